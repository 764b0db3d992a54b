"""The command line: each command reads its options, calls one method of the core
(api.Tracker, the click context's object) and prints what comes back.

"Today" is read here once (--as-of, else $VTRACK_TODAY, else the local date) and passed down.
"""
from __future__ import annotations

import datetime
import os
import sys
from typing import TYPE_CHECKING

import click

from .. import __version__
from ..api import Filter, Selection, Tracker
from ..model import Status
from . import clickzh, completion
from .clock import today
from .params import (
    DATE,
    EXIT_DATA,
    EXIT_OVERDUE,
    STATUS,
    Group,
    as_of_option,
    change_options,
    dept_option,
    echo_listing,
    format_option,
    plan_option,
    task_filter_options,
    task_ids_argument,
    terminal_width,
    use_color,
)

if TYPE_CHECKING:
    from ..taskfile.session import WriteResult

clickzh.install()
pass_tracker = click.make_pass_decorator(Tracker)


def tell(notices: list[str]) -> None:
    for notice in notices:
        click.echo(notice, err=True)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vtrack")
@click.option("--tasks", "tasks_path", envvar="VTRACK_TASKS", default="tasks.yaml",
              show_default=True, metavar="PATH",
              help="任务文件；也可用 $VTRACK_TASKS 指定。")
@click.option("--db", "db_path", envvar="VTRACK_DB", metavar="PATH",
              help="SQLite 缓存；也可用 $VTRACK_DB 指定。默认：任务文件旁的 .vtrack.db。")
@click.pass_context
def cli(ctx: click.Context, tasks_path: str, db_path: str | None) -> None:
    """督办实施方案的重点任务：谁负责、何时完成、哪些已逾期。

    tasks.yaml 是台账本身（请放在 git 中）；vtrack 在旁边维护一个 SQLite 缓存，文件一变就自动更新。
    """
    from .progress import Progress
    ctx.obj = tracker = Tracker(tasks_path, db_path, today=today(), progress=Progress)
    ctx.call_on_close(lambda: tell([f"vtrack: {w}" for w in tracker.warnings]))


@cli.command()
@as_of_option
@click.option("--within", type=click.IntRange(min=0, max=36500), default=14, show_default=True,
              metavar="DAYS", help="同时列出这么多天内到期的任务。")
@dept_option
@plan_option
@format_option
@click.option("--fail-on-overdue", is_flag=True,
              help="有逾期任务时以状态 3 退出（供告警脚本使用）。")
@pass_tracker
def due(tracker: Tracker, as_of: datetime.date | None, within: int, dept: str | None,
        plan: str | None, fmt: str, fail_on_overdue: bool) -> None:
    """先列逾期任务，再列近期到期的任务。

    任务从期限的次日起算逾期，直到办结或取消。没有期限的持续性任务不算逾期，表尾另计其数。
    """
    from ..outputs import text
    as_of = today(as_of)
    report = tracker.due(as_of, within=within, dept=dept, plan=plan)
    tell(tracker.notices(dept))
    if fmt in ("table", "markdown"):
        click.echo(text.due_report(report.overdue, report.upcoming, report.undated, as_of,
                                   within, fmt, use_color() and fmt == "table",
                                   terminal_width()))
    else:
        echo_listing(text.tasks(report.dated, (), fmt), fmt)
    if fail_on_overdue and report.overdue:
        sys.exit(EXIT_OVERDUE)


@cli.command("list")
@as_of_option
@dept_option
@plan_option
@task_filter_options
@click.option("--grep", metavar="TEXT", help="只看编号、标题或内容含 TEXT 的任务。")
@click.option("--review", is_flag=True,
              help="只看待人工复核的任务（extract 没有把握之处），并列出复核原因；"
                   "核实后用 vtrack reviewed 编号 去掉标记。")
@format_option
@pass_tracker
def list_(tracker: Tracker, as_of: datetime.date | None, dept: str | None, plan: str | None,
          status: tuple[Status, ...], lead: str | None, grep: str | None,
          include_closed: bool, review: bool, fmt: str) -> None:
    """按 tasks.yaml 的顺序列出任务（除非给 --all 或 --status，只列未完成的）。"""
    from ..outputs import text
    tasks = tracker.tasks(Filter(dept, plan, status, lead, grep, include_closed, review),
                          today(as_of))
    tell(tracker.notices(dept, lead))
    if review and not tasks and fmt == "table":
        click.echo("没有待人工复核的任务。")
        return
    columns = ("id", "due", "owners", "title", "review") if review else \
        ("light", "id", "status", "due", "owners", "title")
    echo_listing(text.tasks(tasks, columns, fmt, use_color() and fmt == "table",
                            terminal_width()), fmt)


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@as_of_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="输出格式。")
@pass_tracker
def show(tracker: Tracker, task_id: str, as_of: datetime.date | None, fmt: str) -> None:
    """一项任务的全部信息：责任单位及其角色、备注和变更记录。"""
    from ..outputs import text
    task = tracker.task(task_id, today(as_of))
    if fmt == "json":
        click.echo(text.to_json(text.task_json(task)))
    else:
        click.echo(text.task_card(task, terminal_width(),
                                  tracker.reminders([task.id]).get(task.id, [])))


@cli.command()
@click.argument("file", required=False, metavar="[FILE]")
@pass_tracker
def check(tracker: Tracker, file: str | None) -> None:
    """检查任务文件（默认：当前使用的那个），报告每一处问题。

    每处问题打印一行 文件:行:列 并以 1 退出；没有问题则打印一行摘要并以 0 退出。
    尚有待人工复核的未完成任务时，另打印一行其数目（不算问题，退出状态不变）。
    不读写数据库，可作 git pre-commit 钩子。
    git 合并时两边改得不同、暂保留本方的字段（合并冲突）逐条列出，用 vtrack resolve 解决。
    """
    summary = tracker.check(file)
    click.echo(f"{summary.path}：没有问题，{summary.plans} 个计划，{summary.tasks} 项任务，"
               f"{summary.departments} 个部门")
    if summary.review:  # not a problem of the file: work left for a person, exit 0
        where = "" if file is None else f" --tasks {click.format_filename(file)}"
        click.echo(f"待人工复核：{summary.review} 项（vtrack{where} list --review 列出）")
    if summary.conflicts:  # valid too: what a git merge kept of the other side, to settle
        from ..outputs.text import conflict_text
        where = "" if file is None else f" --tasks {click.format_filename(file)}"
        click.echo(f"合并冲突：{len(summary.conflicts)} 处（vtrack{where} resolve 编号 "
                   "--keep ours|theirs 解决）")
        for task_id, conflict in summary.conflicts:
            click.echo(f"  {task_id} {conflict_text(conflict)}")


def report_change(result: WriteResult) -> None:
    """A change's report; with --dry-run the diff on stdout and the report on stderr."""
    if result.diff is not None:
        click.echo(result.diff, nl=False)
        click.echo("\n".join(result.report), err=True)
    else:
        click.echo("\n".join(result.report))


@cli.command()
@click.argument("task_ids", nargs=-1, metavar="[ID...]", shell_complete=completion.task_ids)
@click.option("--from", "from_", metavar="NAME", shell_complete=completion.departments,
              help="要被替换的责任单位（与 --to 连用）。")
@click.option("--to", metavar="NAME", shell_complete=completion.departments,
              help="接替它的位置和角色的部门。")
@click.option("--add", metavar="NAME", multiple=True, shell_complete=completion.departments,
              help="增加一个配合单位（可重复：--add A --add B）。")
@click.option("--remove", metavar="NAME", multiple=True,
              shell_complete=completion.departments,
              help="去掉一个责任单位（可重复）。")
@click.option("--lead", metavar="NAME", shell_complete=completion.departments,
              help="改由这个部门牵头。")
@click.option("--dept", metavar="NAME", shell_complete=completion.departments,
              help="不给编号：改动这个部门的全部任务（与 --to 连用），如部门更名或合并。"
                   "名称指几个地方的部门时（两市各有 市教育局）不改动，列出可选的全称；"
                   "给 --plan 则按该计划的地方。")
@click.option("--retire", is_flag=True,
              help="与 --dept A --to B 连用：A 已撤并（机构改革）。它的名称和别名在部门名录中"
                   "归 B，按 A 筛选会找到 B 的任务并加以说明。")
@plan_option
@click.option("--new-dept", is_flag=True,
              help="接受 vtrack 尚不认识的部门（新设的部门）。")
@change_options()
@pass_tracker
def reassign(tracker: Tracker, task_ids: tuple[str, ...], from_: str | None, to: str | None,
             add: tuple[str, ...], remove: tuple[str, ...], lead: str | None, dept: str | None,
             plan: str | None, new_dept: bool, retire: bool, why: str | None,
             dry_run: bool) -> None:
    """在部门之间调整任务：--from A --to B、--add B、--remove A、--lead B。

    B 接替 A 在责任单位中的位置和角色（牵头或配合）。部门名称须是 vtrack 认识的
    （部门名录、别名、任何任务的责任单位）；别名按规范名称写入。
    """
    from ..changes import Reassign
    if dept:
        if task_ids or from_ or not to:
            raise click.UsageError("--dept 部门 须与 --to 部门 连用，且不给任务编号")
        from_, selection = dept, Selection(dept=dept, plan=plan)
    else:
        if not task_ids:
            raise click.UsageError("请给出任务编号，或 --dept 部门 --to 部门")
        if plan:
            raise click.UsageError("--plan 须与 --dept 连用")
        selection = Selection(ids=task_ids)
    if bool(from_) != bool(to):
        raise click.UsageError("--from 与 --to 须一起给出")
    if not (from_ or add or remove or lead):
        raise click.UsageError("请说明改什么：--from A --to B、--add B、--remove A 或 --lead B")
    if retire and not dept:
        raise click.UsageError("--retire 须与 --dept A --to B 连用：A 的全部任务一起移交")
    edit = Reassign(replace=(from_, to) if from_ and to else None, add=add, remove=remove,
                    lead=lead)
    report_change(tracker.change(selection, edit, why, dry_run, allow_new=new_dept,
                                 retire=(dept, to) if retire and dept and to else None))


@cli.command()
@task_ids_argument
@click.option("--on", type=DATE, help="办结日期（默认：今天）。")
@change_options()
@pass_tracker
def done(tracker: Tracker, task_ids: tuple[str, ...], on: datetime.date | None,
         why: str | None, dry_run: bool) -> None:
    """标记任务办结（日期用 --on，默认今天）。"""
    from ..changes import SetStatus
    report_change(tracker.change(Selection(ids=task_ids), SetStatus(Status.DONE, today(on)),
                                 why, dry_run))


@cli.command()
@click.argument("task_ids", nargs=-1, metavar="[ID...]", shell_complete=completion.task_ids)
@click.option("--dept", metavar="NAME", shell_complete=completion.departments,
              help="不给编号：标记这个部门的全部待复核任务（名称指几个地方的部门时，"
                   "须给全称或 --plan）。")
@click.option("--plan", metavar="ID", shell_complete=completion.plan_ids,
              help="不给编号：标记这个计划的全部待复核任务（可与 --dept 连用）。")
@change_options()
@pass_tracker
def reviewed(tracker: Tracker, task_ids: tuple[str, ...], dept: str | None, plan: str | None,
             why: str | None, dry_run: bool) -> None:
    """标记任务已人工复核：去掉 review 标记，变更记录中留下原来的复核原因。

    先用 vtrack list --review 看原因，用 reassign、postpone 等改正记录，再标记。
    不给编号时，用 --dept 或 --plan 标记其全部待复核任务。
    """
    from ..changes import Reviewed
    if task_ids and (dept or plan):
        raise click.UsageError("请给出任务编号，或用 --dept/--plan 选出待复核的任务，不要同时给")
    if not (task_ids or dept or plan):
        raise click.UsageError("请给出任务编号（vtrack list --review 列出待复核的任务），"
                               "或用 --dept/--plan 选出")
    selection = Selection(ids=task_ids) if task_ids else \
        Selection(dept=dept, plan=plan, review=True)
    result = tracker.change(selection, Reviewed(), why, dry_run)
    if not result.report:
        click.echo("没有待人工复核的任务：未做改动")
        return
    report_change(result)


@cli.command()
@task_ids_argument
@change_options()
@pass_tracker
def reopen(tracker: Tracker, task_ids: tuple[str, ...], why: str | None, dry_run: bool) -> None:
    """把已完成或已取消的任务重新打开。"""
    from ..changes import SetStatus
    report_change(tracker.change(Selection(ids=task_ids), SetStatus(Status.OPEN), why, dry_run))


@cli.command()
@click.argument("status", type=STATUS)
@task_ids_argument
@change_options()
@pass_tracker
def status(tracker: Tracker, status: Status, task_ids: tuple[str, ...], why: str | None,
           dry_run: bool) -> None:
    """设置任务状态：vtrack status 推进中 编号…（也可用 open、in_progress、done、cancelled）"""
    from ..changes import SetStatus
    report_change(tracker.change(Selection(ids=task_ids), SetStatus(status, tracker.today),
                                 why, dry_run))


@cli.command()
@task_ids_argument
@change_options(why_required=True)
@pass_tracker
def cancel(tracker: Tracker, task_ids: tuple[str, ...], why: str | None, dry_run: bool) -> None:
    """取消任务（须给 --why）。"""
    from ..changes import SetStatus
    report_change(tracker.change(Selection(ids=task_ids), SetStatus(Status.CANCELLED), why,
                                 dry_run))


@cli.command()
@task_ids_argument
@click.option("--to", "to", type=DATE, required=True, help="新的期限。")
@change_options(why_required=True)
@pass_tracker
def postpone(tracker: Tracker, task_ids: tuple[str, ...], to: datetime.date, why: str | None,
             dry_run: bool) -> None:
    """延期：原定期限记为 due_original（须给 --why）。

    已办结或已取消的任务不能延期（先 vtrack reopen）；新期限与现有期限相同则不改动。
    """
    from ..changes import Postpone
    report_change(tracker.change(Selection(ids=task_ids), Postpone(to), why, dry_run))


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@click.argument("text")
@click.option("--on", type=DATE, help="备注日期（默认：今天）。")
@click.option("--dry-run", is_flag=True, help="只打印改动，不写入。")
@pass_tracker
def note(tracker: Tracker, task_id: str, text: str, on: datetime.date | None,
         dry_run: bool) -> None:
    """给任务加一条带日期的备注（记入历史文件 tasks.history.yaml）。"""
    from ..changes import AddNote
    from ..model import plain_text
    if not plain_text(text):
        raise click.UsageError("备注是空的：请写下要记的内容，"
                               "如 vtrack note 编号 \"方案已报市政府\"")
    report_change(tracker.change(Selection(ids=(task_id,)),
                                 AddNote(text, today(on), tracker.user), None, dry_run))


def _units(given: tuple[str, ...]) -> tuple[str, ...]:
    """Departments as given: --owner A --owner B, or a list in one (A、B; A,B)."""
    import re
    return tuple(n for g in given for n in re.split(r"[、,，;；]", g) if n.strip())


@cli.command()
@click.option("--plan", metavar="ID", required=True, shell_complete=completion.plan_ids,
              help="任务所属的计划（已有的计划编号）。")
@click.option("--title", required=True, metavar="TEXT", help="任务标题。")
@click.option("--text", metavar="TEXT", help="任务内容（方案原文）。")
@click.option("--owner", "owners", metavar="NAME", multiple=True, required=True,
              shell_complete=completion.departments,
              help="责任单位，牵头的在前；可重复（--owner A --owner B），也可一次写几个（A、B）。")
@click.option("--lead", metavar="NAME", shell_complete=completion.departments,
              help="牵头单位（默认：第一个责任单位）。")
@click.option("--due", metavar="DATE|TEXT",
              help="期限：日期（2022-09-30、9月30日），或方案的说法（2022年三季度前、持续推进），"
                   "按 vtrack when 的方式理解。")
@click.option("--review", is_flag=True, help="标记为待人工复核。")
@click.option("--id", "task_id", metavar="ID",
              help="任务编号（默认：计划的下一个空号，如 ezhou-2022-08）。")
@click.option("--new-dept", is_flag=True, help="接受 vtrack 尚不认识的部门（新设的部门）。")
@change_options()
@pass_tracker
def add(tracker: Tracker, plan: str, title: str, text: str | None, owners: tuple[str, ...],
        lead: str | None, due: str | None, review: bool, task_id: str | None, new_dept: bool,
        why: str | None, dry_run: bool) -> None:
    """添加一项提取时漏掉的任务，排在计划的最后。

    编号和序号取计划的下一个；部门名称须是 vtrack 认识的（新部门加 --new-dept）。
    变更记录写“添加”；vtrack undo 可撤销。
    """
    units = _units(owners)
    if not units:
        raise click.UsageError("请用 --owner 给出至少一个责任单位")
    report_change(tracker.add(plan, title, units, text=text, lead=lead, due=due, review=review,
                              task_id=task_id, why=why, allow_new=new_dept, dry_run=dry_run))


@cli.command()
@click.argument("task_id", required=False, metavar="[ID]", shell_complete=completion.task_ids)
@click.option("--title", metavar="TEXT", help="更正标题。")
@click.option("--text", metavar="TEXT", help="更正任务内容。")
@click.option("--owners", metavar="NAME", multiple=True, shell_complete=completion.departments,
              help="更正责任单位：整个名单，牵头的在前（--owners A、B 或 --owners A --owners B）。")
@click.option("--lead", metavar="NAME", shell_complete=completion.departments,
              help="更正牵头单位。")
@click.option("--due", type=DATE, help="更正期限（录错的日期；不算延期，须给 --why）。")
@click.option("--plan", "plan", metavar="OLD", shell_complete=completion.plan_ids,
              help="与 --plan-id 连用：要改编号的计划。")
@click.option("--plan-id", metavar="NEW",
              help="计划的新编号；它的任务编号（OLD-NN）随之改为 NEW-NN。")
@click.option("--new-dept", is_flag=True, help="接受 vtrack 尚不认识的部门（新设的部门）。")
@change_options()
@pass_tracker
def edit(tracker: Tracker, task_id: str | None, title: str | None, text: str | None,
         owners: tuple[str, ...], lead: str | None, due: datetime.date | None,
         plan: str | None, plan_id: str | None, new_dept: bool, why: str | None,
         dry_run: bool) -> None:
    """更正记录中的错误（标题、内容、责任单位、录错的期限），不算计划的变更。

    变更记录写“更正”：期限的更正不是延期（不记原定期限，不影响按期完成率），
    周报和 history 与真正的变更分开。改计划编号：vtrack edit --plan 旧编号 --plan-id 新编号
    （历史文件中已有这些任务的备注或手工修改记录时拒绝，因为该文件由各副本合并，不改写）。
    """
    from ..changes import Correct
    if plan or plan_id:
        if not (plan and plan_id) or task_id or title or text or owners or lead or due:
            raise click.UsageError("改计划编号：vtrack edit --plan 旧编号 --plan-id 新编号"
                                   "（不与任务编号或其他更正同用）")
        report_change(tracker.rename_plan(plan, plan_id, why, dry_run))
        return
    if not task_id:
        raise click.UsageError("请给出要更正的任务编号，如 vtrack edit 编号 --title 新标题")
    if not (title is not None or text is not None or owners or lead or due):
        raise click.UsageError("请说明更正什么：--title、--text、--owners、--lead 或 --due")
    if due and not why:
        raise click.UsageError("更正期限须给 --why（如 --why \"录入时日期有误\"）")
    edit_ = Correct(title=title, text=text, owners=_units(owners), lead=lead, due=due)
    report_change(tracker.change(Selection(ids=(task_id,)), edit_, why, dry_run,
                                 allow_new=new_dept))


@cli.command()
@click.option("--dry-run", is_flag=True, help="只打印将撤销的改动（diff），不写入。")
@click.option("--forget", is_flag=True,
              help="不撤销最近一次修改，只把它从撤销记录中去掉（它被拒绝撤销、须保留时）。")
@pass_tracker
def undo(tracker: Tracker, dry_run: bool, forget: bool) -> None:
    """撤销本工作副本中 vtrack 所做的最近一次修改；再运行一次撤销再前一次。

    恢复该次修改前的值（责任单位、期限、状态、备注、添加的任务、计划编号），变更记录写“撤销”。
    该处此后又被改动过（手工编辑、git 操作或其他命令）时拒绝，不写入任何改动。
    撤销记录只在本机（tasks.yaml.undo，不进 git）：从别的副本拉取的修改不在其中。
    """
    if forget:
        if dry_run:
            raise click.UsageError("--forget 与 --dry-run 不能同用")
        click.echo(f"已从撤销记录中去掉：{tracker.forget_undo()}（未改动任务）")
        return
    report_change(tracker.undo(dry_run))


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@click.option("--keep", type=click.Choice(["ours", "theirs"]), required=True,
              help="ours：保留记录现在的值（合并时本方的）；theirs：改用另一方的值。")
@click.option("--field", "fields", metavar="NAME", multiple=True,
              help="只解决这个字段的冲突（可重复；默认：这项任务的全部冲突）。")
@change_options()
@pass_tracker
def resolve(tracker: Tracker, task_id: str, keep: str, fields: tuple[str, ...],
            why: str | None, dry_run: bool) -> None:
    """解决 git 合并留下的冲突：两位同事在各自的副本中把同一字段改得不同。

    合并时 vtrack 保留本方的值，另一方的值记在任务的 conflicts 中，文件始终有效；
    vtrack check 列出这些冲突。--keep ours 保留现在的值，--keep theirs 改用另一方的值；
    两者都去掉冲突记录，并在变更记录中写明。
    """
    from ..changes import Resolve
    report_change(tracker.change(Selection(ids=(task_id,)), Resolve(keep, fields),
                                 why or "解决合并冲突", dry_run))


@cli.command("merge-file", hidden=True)
@click.argument("base", type=click.Path(dir_okay=False))
@click.argument("ours", type=click.Path(dir_okay=False))
@click.argument("theirs", type=click.Path(dir_okay=False))
@click.argument("name", required=False, default="tasks.yaml")
def merge_file(base: str, ours: str, theirs: str, name: str) -> None:
    """git 的合并驱动（.git/config 中 merge "vtrack"）：按计划、任务和字段合并 tasks.yaml。

    git 调用它：vtrack merge-file %O %A %B %P。结果写入 OURS（%A）；得到有效文件时以 0 退出，
    某一方读不出时写入 git 的冲突标记并以 1 退出。
    """
    from ..taskfile import merge3
    from ..taskfile.gitrepo import line_merge
    from ..taskfile.write import write_atomic
    data = []
    for path in (base, ours, theirs):
        with open(path, "rb") as f:
            data.append(f.read())
    try:
        outcome = merge3.merge(data[0], data[1], data[2], today(), name)
    except Exception as e:  # unreadable, or a bug of ours: never worse than git's own merge
        write_atomic(ours, line_merge(data[0], data[1], data[2]))
        why = str(e) if isinstance(e, merge3.Unreadable) else f"内部错误 {type(e).__name__}: {e}"
        click.echo(f"vtrack: {name} 无法按任务合并（{why}）：已按行合并，冲突处留有标记", err=True)
        sys.exit(1)
    write_atomic(ours, outcome.data)
    for notice in outcome.notices:
        click.echo(f"vtrack: {name}：{notice}", err=True)
    for old, new in outcome.renamed:
        click.echo(f"vtrack: {name}：两边都新增了 {old}，对方的改为 {new}", err=True)
    if outcome.conflicts:
        click.echo(f"vtrack: {name}：{len(outcome.conflicts)} 处两边改得不同，暂保留本方的值"
                   "（vtrack check 列出，vtrack resolve 解决）", err=True)


@cli.command()
@as_of_option
@plan_option
@click.option("--role", type=click.Choice(["any", "lead", "co"]), default="any",
              show_default=True, help="统计部门牵头（lead）、配合（co）或全部（any）的任务。")
@dept_option
@format_option
@pass_tracker
def workload(tracker: Tracker, as_of: datetime.date | None, plan: str | None, role: str,
             dept: str | None, fmt: str) -> None:
    """各部门的工作量：任务数、未完成、逾期、已完成，以及办结率。

    一项任务有五个责任单位，就各计一次。办结率 = 已完成 / 全部任务；按时办结率 =
    按原定期限办结 / 已完成。按逾期数、再按未完成数排序。

    各区、县级市、市直各部门、有关单位之类的泛指单位不是一个部门：在排名之后另列，
    不参与排名（JSON、CSV 中 placeholder 为 true）。
    """
    from ..outputs import text
    rows = tracker.workload(today(as_of), plan=plan, role=role, dept=dept)
    tell(tracker.notices(dept))
    echo_listing(text.workload(rows, fmt, terminal_width()), fmt)


@cli.command()
@as_of_option
@click.option("--days", type=click.IntRange(min=1, max=36500), default=7, show_default=True,
              help="统计周期：截至 --as-of 当天的这么多天。")
@dept_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "text", "html"]),
              default="markdown", show_default=True, help="输出格式。")
@click.option("--out-dir", metavar="DIR",
              help="不打印，而在此目录写一份总览和每个部门各一份（泛指单位不单独成文）。")
@click.option("--fail-on-overdue", is_flag=True,
              help="有逾期任务时以状态 3 退出（写完之后）。")
@pass_tracker
def digest(tracker: Tracker, as_of: datetime.date | None, days: int, dept: str | None,
           fmt: str, out_dir: str | None, fail_on_overdue: bool) -> None:
    """给领导的督办周报。

    内容：逾期（标出新增）、14 天内到期、本期办结与变更、定期和持续实施的任务、各部门工作量。

    可放进 cron：从不提问；数据和 --as-of 相同，输出逐字节相同。
    """
    from ..outputs import digest as digests
    day = today(as_of)
    if out_dir:
        if dept:
            raise click.UsageError("--out-dir 会写出每个部门：请去掉 --dept")
        paths, overdue = tracker.digest_files(out_dir, fmt, day, days)
        click.echo(f"已写入 {len(paths)} 个文件到 {out_dir}")
    else:
        built = tracker.digest(day, days, dept)
        tell(tracker.notices(dept))
        click.echo(digests.render_digest(built, fmt), nl=False)
        overdue = built.overdue
    if fail_on_overdue and overdue:
        sys.exit(EXIT_OVERDUE)


@cli.command()
@click.argument("task_id", required=False, metavar="[ID]", shell_complete=completion.task_ids)
@click.option("--since", type=DATE, help="只看这一天及以后的变更。")
@format_option
@pass_tracker
def history(tracker: Tracker, task_id: str | None, since: datetime.date | None,
            fmt: str) -> None:
    """变更历史：改了什么、何时、谁改的、为什么——vtrack 的变更记录、备注和同步时发现的手工修改。"""
    from ..outputs import text
    echo_listing(text.history(tracker.history(task_id=task_id, since=since), fmt,
                              terminal_width()), fmt)


@cli.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...",
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", metavar="FILE",
              help="写入或合并到的任务文件（默认：当前使用的那个）。")
@click.option("--plan-id", "plan_ids", multiple=True, metavar="ID",
              help="依次给每份文件的计划编号（默认：任务文件中该计划已有的编号，或取自文件名，"
                   "中文文件名写成拼音）。已有的计划给了新编号就改用它，任务编号随之改动"
                   "（其任务已有变更记录或备注时拒绝）。")
@click.option("--issued", "issued", multiple=True, type=DATE, metavar="DATE",
              help="依次给每份文件的印发日期，用于文件中没写日期时：没写年份的期限、“明年”等"
                   "都从它算起。文件中另有日期时以此为准，并在报告中说明。")
@click.option("--dry-run", is_flag=True, help="只打印结果文件，不写入。")
@pass_tracker
def extract(tracker: Tracker, docs: tuple[str, ...], output: str | None,
            plan_ids: tuple[str, ...], issued: tuple[datetime.date, ...],
            dry_run: bool) -> None:
    """从实施方案文件中读出任务记录：任务、责任单位、完成时限。

    可读文本（UTF-8 或 GB18030）、Word（.docx）、网页（.html）、工作簿（.xlsx）和 PDF
    （需 pip install 'vtrack[pdf]'）；.doc/.wps/.xls 由 LibreOffice（soffice）转换后读取。能识别
    任务分工表（序号/工作任务/牵头单位/责任单位/完成时限 的各种常见写法）、任意层级带责任
    标注的编号条目（（…负责） 〔责任单位：…〕 牵头单位：行），以及时间列、结尾分句或正文中的
    期限。没有责任单位或期限的任务照样写入并标记待复核；一项任务也没读出的文件以 1 退出。
    再次运行会保留对记录所做的一切修改，只添加新的内容。说明见 docs/extract.md。
    """
    for given, option in ((plan_ids, "--plan-id"), (issued, "--issued")):
        if len(given) > len(docs):
            raise click.UsageError(f"给了 {len(given)} 个 {option}，但只有 {len(docs)} 份文件")
    text, report = tracker.extract(list(docs), output, plan_ids, dry_run, issued)
    if dry_run:
        click.echo(text or "", nl=False)
        click.echo("\n".join(report), err=True)
        return
    click.echo("\n".join(report))


@cli.command()
@as_of_option
@plan_option
@dept_option
@task_filter_options
@click.option("--format", "fmt", type=click.Choice(["xlsx"]), default="xlsx", show_default=True,
              help="文件格式。")
@click.option("-o", "--output", metavar="FILE", help="要写出的工作簿。")
@click.option("--out-dir", metavar="DIR",
              help="改为在 DIR 中给每个部门各写一个工作簿，以部门命名（各区、有关单位等"
                   "泛指单位不单独成册）。")
@pass_tracker
def export(tracker: Tracker, as_of: datetime.date | None, plan: str | None, dept: str | None,
           lead: str | None, status: tuple[Status, ...], include_closed: bool, fmt: str,
           output: str | None, out_dir: str | None) -> None:
    """导出任务台账（Excel 工作簿），发给各部门填写，交回后用 `vtrack import` 读入。

    每个计划一张工作表：计划标题，任务的 序号、任务、牵头单位、责任单位、完成时限、灯（红：
    逾期，黄：即将到期，绿：正常推进）、状态，以及由部门填写的 进展情况、是否办结、办结日期、
    调整原因（改完成时限时填写）。筛选项同 `list`；除非给 --all 或 --status，只含未完成的任务。
    """
    if bool(output) == bool(out_dir):
        raise click.UsageError("请用 -o 文件 写一个工作簿，或用 --out-dir 目录 给每个部门各写一个")
    which = Filter(dept, plan, status, lead, include_closed=include_closed)
    if output:
        count = tracker.export(output, which, today(as_of))
        tell(tracker.notices(dept, lead))
        click.echo(f"已写入 {output}：{count} 项任务")
        return
    if dept:
        raise click.UsageError("--out-dir 会写出每个部门：请去掉 --dept")
    assert out_dir is not None  # one of the two, checked above
    paths = tracker.export_all(out_dir, which, today(as_of))
    click.echo(f"已写入 {len(paths)} 个台账到 {out_dir}")


@cli.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...",
                type=click.Path(exists=True, dir_okay=False))
@as_of_option
@click.option("--dry-run", is_flag=True, help="只列出将导入的变更，不写入。")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True,
              help="报告的格式：json 给脚本读，含每项变更、每个跳过的行及其原因，"
                   "以及是否已写入（applied）。")
@pass_tracker
def import_(tracker: Tracker, files: tuple[str, ...], as_of: datetime.date | None,
            dry_run: bool, fmt: str) -> None:
    """读入各部门填好交回的台账工作簿。

    进展情况 记为备注（注明日期和部门；与导出时预填的最新进展相同则不重复记），
    是否办结/办结日期 标记办结，状态 设置任务状态，新的完成时限加上调整原因即为延期。
    编号不存在、核对码不符（编号、部门、任务内容或责任单位被改动）、任务已移交其他部门的行，
    以及隐藏的工作表和行，只报告不导入；只是任务内容或责任单位被改动的行，仍记入其进展情况。
    报告列出每项变更和每个原因的全文。
    旧版 vtrack 导出的台账和超过大小上限的文件整个拒绝：请重新导出。
    同一工作簿导入两次，第二次不会改动任何内容。
    """
    from ..outputs import text
    day = today(as_of)
    planned = tracker.returned(list(files), day)
    apply = bool(planned.rows) and not dry_run
    if fmt == "json":
        report = tracker.ingest(planned, day).report if apply else []
        click.echo(text.import_json(planned.rows, planned.skipped, apply, report))
        return
    click.echo(text.import_report(planned.rows, planned.skipped, terminal_width()))
    if apply:
        click.echo("\n".join(tracker.ingest(planned, day).report))


@cli.command()
@as_of_option
@click.option("--within", type=click.IntRange(min=0, max=365), default=7, show_default=True,
              help="催办已逾期的任务和这么多天内到期的任务。")
@dept_option
@click.option("--dry-run", is_flag=True,
              help="只打印将发给每个部门的消息（渠道、大小和内容），不发送，不记录。")
@click.option("--force", is_flag=True, help="今天已经催办过的任务也再发一次。")
@pass_tracker
def remind(tracker: Tracker, as_of: datetime.date | None, within: int, dept: str | None,
           dry_run: bool, force: bool) -> None:
    """催办：给每个部门发一条消息，列出它逾期和 --within 天内到期的任务
    （标题、期限、逾期天数、计划）。

    渠道写在 tasks.yaml 的部门登记中：remind: {dingtalk: 钉钉机器人的 webhook, secret_env:
    存放加签密钥的环境变量名}、{wecom: 企业微信群机器人的 webhook} 或 {mail: 邮件地址}。
    密钥只写环境变量的名称，不写入 tasks.yaml。

    邮件经 SMTP 发出，服务器和登录只从环境变量读取：VTRACK_SMTP_HOST（服务器）、
    VTRACK_SMTP_PORT（端口）、VTRACK_SMTP_USER 和 VTRACK_SMTP_PASSWORD（登录）、发件
    人 VTRACK_MAIL_FROM；加密用 VTRACK_SMTP_STARTTLS=1 或 VTRACK_SMTP_SSL=1。

    每发出一条消息，就在历史文件中给它列出的每项任务记一条催办（show、digest 显示“已催办 N 次”）。
    同一天不重复催办同一任务（--force 重发）。有部门发送失败时逐一说明并以状态 1 退出，
    其余部门照常发送。
    可放进 cron。
    """
    from ..outputs import remind as messages
    from .clock import now_ms
    day = today(as_of)
    done = tracker.remind(within, dept, day, dry_run=dry_run, force=force, now_ms=now_ms())
    tell(tracker.notices(dept))
    for message in done.messages:
        where = f"{message.department}（{messages.CHANNELS[message.channel]}）"
        counted = f"逾期 {len(message.overdue)} 项，即将到期 {len(message.upcoming)} 项"
        if dry_run:
            sizes = done.parts[id(message)]
            shown = "、".join(f"{n} 字节" for n in sizes)
            click.echo(f"将发给 {where}：{counted}；{len(sizes)} 条消息（{shown}）")
            bodies = [messages.plain_text(message)] if message.channel == "mail" else \
                messages.markdown_parts(message, messages.LIMITS[message.channel])
            for text in bodies:
                click.echo("    " + text.rstrip("\n").replace("\n", "\n    "))
        else:
            click.echo(f"已催办 {where}：{counted}")
    for name, channel in done.already:
        click.echo(f"{name}（{channel}）今天已催办过这些任务：未重发（要重发请加 --force）")
    if done.unreachable:
        click.echo(f"{len(done.unreachable)} 个部门未设催办渠道（departments 中的 remind）："
                   f"{'、'.join(done.unreachable)}", err=True)
    if not done.messages and not done.failed:
        click.echo("没有要发出的催办。")
    elif done.recorded:
        click.echo(f"已在历史文件中记下 {done.recorded} 条催办")
    for message, reason in done.failed:
        click.echo(f"vtrack: 催办 {message.department}（{messages.CHANNELS[message.channel]}）"
                   f"失败：{reason}", err=True)
    if done.failed:
        sys.exit(EXIT_DATA)


@cli.command()
@as_of_option
@plan_option
@dept_option
@click.option("-o", "--output", metavar="FILE", required=True,
              help="要写出的 .ics 文件（日历可以订阅它）。")
@click.option("--alarm-days", type=click.IntRange(min=0, max=365), default=3, show_default=True,
              help="每个日程提前这么多天（当天 9 点）提醒；0 表示不提醒。")
@pass_tracker
def ics(tracker: Tracker, as_of: datetime.date | None, plan: str | None, dept: str | None,
        output: str, alarm_days: int) -> None:
    """把未完成的任务导出为日历（.ics）：每个期限和节点一个全天日程，标题前写牵头单位（【市教育局】…），
    说明中写明责任单位、计划和已催办的次数。

    每个日程在各次导出之间保持同一 UID，订阅该文件的日历会更新日程而不是重复添加。
    任务相同，文件逐字节相同。
    """
    events, count = tracker.ics(output, dept=dept, plan=plan, alarm_days=alarm_days)
    tell(tracker.notices(dept))
    click.echo(f"已写入 {output}：{events} 个日程，{count} 项任务")


@cli.command()
@as_of_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听的地址；默认只有本机能访问，给 0.0.0.0 则局域网内都能访问。")
@click.option("--port", type=click.IntRange(min=1, max=65535), default=8001,
              show_default=True, help="监听的端口。")
@click.option("--open", "open_browser", is_flag=True, help="启动后在浏览器中打开。")
@pass_tracker
def serve(tracker: Tracker, as_of: datetime.date | None, host: str, port: int,
          open_browser: bool) -> None:
    """以网页只读展示任务（Datasette），供领导查看；其 JSON 接口供其他系统读取。

    先同步缓存，再展示它此刻的快照：之后 vtrack 的修改不会改变正在看的页面（重新启动才显示），
    网页上也无法修改任何数据。页面有逾期、两周内到期、各部门工作量、按计划四个查询，
    可按部门、计划、状态筛选，红黄绿灯以颜色显示。按 Ctrl+C 停止。
    需要 Datasette：pip install 'vtrack[web]'。
    """
    tracker.serve(lambda: today(as_of), host=host, port=port, open_browser=open_browser,
                  ready=lambda url: click.echo(f"只读网页：{url} （按 Ctrl+C 停止）", err=True))


@cli.command()
@click.argument("phrase")
@click.option("--issued", type=DATE,
              help="计划的印发日期：没写年份的期限用它的年份（默认：今年 1 月 1 日）。")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="输出格式。")
def when(phrase: str, issued: datetime.date | None, fmt: str) -> None:
    """vtrack 怎样理解一句期限表述，如 vtrack when 2022年8月底前出台具体方案。

    显示期限（所说时段的最后一天）、是否持续实施或定期重复、有日期的节点，以及是否需要人工复核。
    """
    from .. import deadlines
    from ..outputs import text
    # without a plan, only the year of today stands in for it
    reading = deadlines.read(phrase, issued or today().replace(month=1, day=1))
    if fmt == "json":
        click.echo(text.to_json(reading.as_dict()))
    else:
        click.echo(text.reading_card(reading))


@cli.command()
@click.option("--full", is_flag=True,
              help="重新读取整个文件，即使只有部分内容改动。")
@pass_tracker
def sync(tracker: Tracker, full: bool) -> None:
    """立即让数据库缓存与任务文件一致（文件改动后每个命令都会自动做：只读改动过的计划和任务；
    文件开头改动或给 --full 时读整个文件）。"""
    counts = tracker.sync(full)
    if counts is None:
        click.echo(f"{tracker.db_path} 已与 {tracker.tasks_path} 一致")
        return
    how = f"读取了 {counts['parsed']} 处改动" if "parsed" in counts else "读取了整个文件"
    click.echo(f"已将 {tracker.tasks_path} 同步到 {tracker.db_path}（{how}）："
               f"{counts['plans']} 个计划，{counts['tasks']} 项任务，"
               f"{counts['departments']} 个部门")


@cli.command("completion")
@click.argument("shell", type=click.Choice(completion.SHELLS))
def completion_(shell: str) -> None:
    """打印 shell 补全代码：命令、选项、任务编号、计划编号和部门名称。

    长期启用：

    \b
      bash:  echo 'eval "$(vtrack completion bash)"' >> ~/.bashrc
      zsh:   echo 'eval "$(vtrack completion zsh)"' >> ~/.zshrc
      fish:  vtrack completion fish > ~/.config/fish/completions/vtrack.fish
    """
    click.echo(completion.source(cli, shell))


def main(argv: list[str] | None = None) -> None:
    """The `vtrack` command: argv (default sys.argv[1:]) in, an exit status out by SystemExit."""
    try:
        cli.main(args=argv, prog_name="vtrack")
    except BrokenPipeError:  # `vtrack list | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except Exception as e:  # a bug of ours: still one line, with a way to see more
        if os.environ.get("VTRACK_DEBUG"):
            raise
        click.echo(f"vtrack: 内部错误（internal error）：{type(e).__name__}: {e}"
                   "（设 VTRACK_DEBUG=1 再运行一次可看到出错位置）", err=True)
        sys.exit(EXIT_DATA)
