"""The command line: read options, call the core, print what comes back.

"Today" is read here once (--as-of, else $VTRACK_TODAY, else the local date) and passed down.
"""
import datetime
import os
import sys

import click

from .. import __version__
from . import clickzh, completion
from ..api import default_db_path
from ..errors import FileProblems, VtrackError

clickzh.install()
EXIT_DATA = 1
EXIT_OVERDUE = 3


class IsoDate(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime.date):
            return value
        from ..days import parse_date
        day = parse_date(value, year=today(None).year)
        if day is None:
            self.fail(f"{value!r} 不是日期：请写作 2022-09-01、2022/9/1、2022年9月1日或 9月1日",
                      param, ctx)
        return day


DATE = IsoDate()


class Status(click.ParamType):
    """A status as people type it: open, in_progress, done, cancelled, or in Chinese (待办,
    推进中/进行中, 已完成/办结, 已取消), as `list` and the 台账 show them."""
    name = "STATUS"
    WORDS = {"open": "open", "in_progress": "in_progress", "done": "done",
             "cancelled": "cancelled", "待办": "open", "未开始": "open", "推进中": "in_progress",
             "进行中": "in_progress", "已完成": "done", "完成": "done", "办结": "done",
             "已办结": "done", "已取消": "cancelled", "取消": "cancelled"}

    def convert(self, value, param, ctx):
        status = self.WORDS.get(str(value).strip())
        if status is None:
            self.fail(f"{value!r} 不是任务状态：请用 待办（open）、推进中（in_progress）、"
                      "已完成（done）或 已取消（cancelled）", param, ctx)
        return status

    def shell_complete(self, ctx, param, incomplete):
        from click.shell_completion import CompletionItem
        return [CompletionItem(w) for w in self.WORDS if w.startswith(incomplete)]


STATUS = Status()


class Group(click.Group):
    """Turns the core's errors into one line on stderr and exit 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FileProblems as e:
            for line in e.lines():
                click.echo(line, err=True)
            ctx.exit(EXIT_DATA)
        except VtrackError as e:
            click.echo(f"vtrack: {e}", err=True)
            ctx.exit(EXIT_DATA)


class Settings:
    def __init__(self, tasks_path, db_path):
        self.tasks_path = tasks_path
        self.db_path = db_path or default_db_path(tasks_path)

    def store(self, force=False):
        from ..cache.sync import open_store
        from .progress import Progress
        return open_store(self.tasks_path, self.db_path, force=force, today=today(None),
                          progress=Progress)


def today(as_of):
    if as_of is not None:
        return as_of
    env = os.environ.get("VTRACK_TODAY")
    if env:
        try:
            return datetime.date.fromisoformat(env)
        except ValueError:
            raise click.BadParameter(f"{env!r} 不是 YYYY-MM-DD 格式的日期",
                                     param_hint="$VTRACK_TODAY") from None
    return datetime.date.today()


def use_color():
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def as_of_option(f):
    return click.option("--as-of", type=DATE,
                        help="以哪一天为准（如 2022-09-01）；默认 $VTRACK_TODAY，否则今天。")(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]),
                        default="table", show_default=True, help="输出格式。")(f)


def dept_option(f):
    return click.option("--dept", metavar="NAME", shell_complete=completion.departments,
                        help="只看这个部门负责的任务（全称、计划中的写法或别名）。")(f)


def plan_option(f):
    return click.option("--plan", metavar="ID", shell_complete=completion.plan_ids,
                        help="只看这个计划的任务。")(f)


def task_filter_options(f):
    """`list` 和 `export` 共用的筛选项（--dept、--plan 之外）。"""
    for option in reversed((
            click.option("--lead", metavar="NAME", shell_complete=completion.departments,
                         help="只看这个部门牵头的任务。"),
            click.option("--status", multiple=True, type=STATUS,
                         help="只看这个状态的任务（可重复）。"),
            click.option("--all", "include_closed", is_flag=True,
                         help="包括已完成和已取消的任务。"))):
        f = option(f)
    return f


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vtrack")
@click.option("--tasks", "tasks_path", envvar="VTRACK_TASKS", default="tasks.yaml",
              show_default=True, metavar="PATH",
              help="任务文件；也可用 $VTRACK_TASKS 指定。")
@click.option("--db", "db_path", envvar="VTRACK_DB", metavar="PATH",
              help="SQLite 缓存；也可用 $VTRACK_DB 指定。默认：任务文件旁的 .vtrack.db。")
@click.pass_context
def cli(ctx, tasks_path, db_path):
    """督办实施方案的重点任务：谁负责、何时完成、哪些已逾期。

    tasks.yaml 是台账本身（请放在 git 中）；vtrack 在它旁边维护一个 SQLite 缓存，文件一变就自动更新。
    """
    ctx.obj = Settings(tasks_path, db_path)


@cli.command()
@as_of_option
@click.option("--within", type=click.IntRange(min=0), default=14, show_default=True,
              metavar="DAYS", help="同时列出这么多天内到期的任务。")
@dept_option
@plan_option
@format_option
@click.option("--fail-on-overdue", is_flag=True,
              help="有逾期任务时以状态 3 退出（供告警脚本使用）。")
@click.pass_obj
def due(settings, as_of, within, dept, plan, fmt, fail_on_overdue):
    """先列逾期任务，再列近期到期的任务。

    任务从期限的次日起算逾期，直到办结或取消。没有期限的持续性任务不算逾期，表尾另计其数。
    """
    as_of, store = today(as_of), settings.store()
    tasks, undated = store.due(as_of, within=within, dept=dept, plan=plan)
    tell_about_departments(store, dept)
    overdue = [t for t in tasks if t["days_overdue"] > 0]
    from ..outputs import text as render
    if fmt in ("table", "markdown"):
        upcoming = tasks[len(overdue):]
        click.echo(render.due_report(overdue, upcoming, undated, as_of, within, fmt,
                                     use_color() and fmt == "table"))
    else:
        click.echo(render.tasks(tasks, (), fmt))
    if fail_on_overdue and overdue:
        sys.exit(EXIT_OVERDUE)


@cli.command("list")
@as_of_option
@dept_option
@plan_option
@task_filter_options
@click.option("--grep", metavar="TEXT", help="只看编号、标题或内容含 TEXT 的任务。")
@format_option
@click.pass_obj
def list_(settings, as_of, dept, plan, status, lead, grep, include_closed, fmt):
    """按 tasks.yaml 的顺序列出任务（除非给 --all 或 --status，只列未完成的）。"""
    from ..outputs import text as render
    store = settings.store()
    tasks = store.tasks(as_of=today(as_of), dept=dept, plan=plan, status=status, lead=lead,
                        grep=grep, include_closed=include_closed)
    tell_about_departments(store, dept, lead)
    click.echo(render.tasks(tasks, ("light", "id", "status", "due", "owners", "title"), fmt,
                            use_color() and fmt == "table"))


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@as_of_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="输出格式。")
@click.pass_obj
def show(settings, task_id, as_of, fmt):
    """一项任务的全部信息：责任单位及其角色、备注和变更记录。"""
    from ..outputs import text as render
    store = settings.store()
    task = store.judge(store.task(task_id), today(as_of))
    if fmt == "json":
        click.echo(render.to_json(render.task_json(task)))
    else:
        click.echo(render.task_card(task))


@cli.command()
@click.argument("file", required=False, metavar="[FILE]")
@click.pass_obj
def check(settings, file):
    """检查任务文件（默认：当前使用的那个），报告每一处问题。

    每处问题打印一行 文件:行:列 并以 1 退出；没有问题则打印一行摘要并以 0 退出。
    不读写数据库，可作 git pre-commit 钩子。
    """
    from ..departments import spellings
    from ..taskfile import read as records
    path = file or settings.tasks_path
    task_file = records.load(path)
    click.echo(f"{path}：没有问题，{len(task_file.plans)} 个计划，"
               f"{sum(len(p['tasks']) for p in task_file.plans)} 项任务，"
               f"{len(set(spellings(task_file).values()))} 个部门")


def current_user():
    """Who signs the log: $VTRACK_USER, else git's user.name, else the login name."""
    name = os.environ.get("VTRACK_USER")
    if name:
        return name
    import subprocess
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True,
                              timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    if name:
        return name
    import getpass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def change_options(why_required=False):
    def decorate(f):
        f = click.option("--dry-run", is_flag=True,
                         help="只打印改动（tasks.yaml 的 diff），不写入。")(f)
        f = click.option("--why", required=why_required, metavar="TEXT",
                         help="原因：记入任务的变更记录。" +
                              ("必填。" if why_required else ""))(f)
        return f
    return decorate


def tell_about_departments(store, *names):
    """On stderr, what a filter by a retired or emptied department should say: where its
    tasks went. An empty answer must never look like an all-clear."""
    for name in names:
        notice = store.department_notice(name) if name else None
        if notice:
            click.echo(notice, err=True)


def run_change(settings, task_ids, make_change, why, dry_run, allow_new=False, registry=None):
    from ..changes import Who, apply
    report, diff = apply(settings.tasks_path, settings.store, task_ids, make_change,
                         Who(current_user(), today(None), why),
                         dry_run=dry_run, allow_new=allow_new, registry=registry)
    if diff is not None:
        click.echo(diff, nl=False)
        click.echo("\n".join(report), err=True)
    else:
        click.echo("\n".join(report))


task_ids_argument = click.argument("task_ids", nargs=-1, required=True, metavar="ID...",
                                   shell_complete=completion.task_ids)


@cli.command()
@click.argument("task_ids", nargs=-1, metavar="[ID...]", shell_complete=completion.task_ids)
@click.option("--from", "from_", metavar="NAME", shell_complete=completion.departments,
              help="要被替换的责任单位（与 --to 连用）。")
@click.option("--to", metavar="NAME", shell_complete=completion.departments,
              help="接替它的位置和角色的部门。")
@click.option("--add", metavar="NAME", shell_complete=completion.departments,
              help="增加一个配合单位。")
@click.option("--remove", metavar="NAME", shell_complete=completion.departments,
              help="去掉一个责任单位。")
@click.option("--lead", metavar="NAME", shell_complete=completion.departments,
              help="改由这个部门牵头。")
@click.option("--dept", metavar="NAME", shell_complete=completion.departments,
              help="不给编号：改动这个部门的全部任务（与 --to 连用），如部门更名或合并。")
@click.option("--retire", is_flag=True,
              help="与 --dept A --to B 连用：A 已撤并（机构改革）。它的名称和别名在部门名录中"
                   "归 B，按 A 筛选会找到 B 的任务并加以说明。")
@plan_option
@click.option("--new-dept", is_flag=True,
              help="接受 vtrack 尚不认识的部门（新设的部门）。")
@change_options()
@click.pass_obj
def reassign(settings, task_ids, from_, to, add, remove, lead, dept, plan, new_dept, retire,
             why, dry_run):
    """在部门之间调整任务：--from A --to B、--add B、--remove A、--lead B。

    B 接替 A 在责任单位中的位置和角色（牵头或配合）。部门名称须是 vtrack 认识的
    （部门名录、别名、任何任务的责任单位）；别名按规范名称写入。
    """
    from .. import changes
    if dept:
        if task_ids or from_ or not to:
            raise click.UsageError("--dept 部门 须与 --to 部门 连用，且不给任务编号")
        from_, ids = dept, lambda store: [t["id"] for t in store.tasks(
            dept=dept, plan=plan, include_closed=True)]
    else:
        if not task_ids:
            raise click.UsageError("请给出任务编号，或 --dept 部门 --to 部门")
        if plan:
            raise click.UsageError("--plan 须与 --dept 连用")
        ids = task_ids
    if bool(from_) != bool(to):
        raise click.UsageError("--from 与 --to 须一起给出")
    if not (from_ or add or remove or lead):
        raise click.UsageError("请说明改什么：--from A --to B、--add B、--remove A 或 --lead B")
    if retire and not dept:
        raise click.UsageError("--retire 须与 --dept A --to B 连用：A 的全部任务一起移交")
    registry = None
    if retire:
        def registry(store, departments):
            from ..departments import retire as retired
            regions = {p["id"]: p["region"] for p in store.plans()}
            places = {regions[t["plan"]] for t in store.tasks(dept=dept, plan=plan,
                                                                include_closed=True)}
            names = changes.Names(store.department_names(), allow_new=True)
            return retired(departments, names.canonical(dept, for_writing=False),
                           names.canonical(to), places.pop() if len(places) == 1 else None)
    run_change(settings, ids, lambda task, names: changes.reassign(
        task, names, to_from=(from_, to) if from_ else None, add=add, remove=remove,
        lead=lead), why, dry_run, allow_new=new_dept, registry=registry)


@cli.command()
@task_ids_argument
@click.option("--on", type=DATE, help="办结日期（默认：今天）。")
@change_options()
@click.pass_obj
def done(settings, task_ids, on, why, dry_run):
    """标记任务办结（日期用 --on，默认今天）。"""
    from .. import changes
    day = today(on)
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "done", day),
               why, dry_run)


@cli.command()
@task_ids_argument
@change_options()
@click.pass_obj
def reopen(settings, task_ids, why, dry_run):
    """把已完成或已取消的任务重新打开。"""
    from .. import changes
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "open"),
               why, dry_run)


@cli.command()
@click.argument("status", type=STATUS)
@task_ids_argument
@change_options()
@click.pass_obj
def status(settings, status, task_ids, why, dry_run):
    """设置任务状态：vtrack status 推进中 编号…（也可用 open、in_progress、done、cancelled）"""
    from .. import changes
    day = today(None)
    run_change(settings, task_ids,
               lambda task, names: changes.set_status(task, status, day), why, dry_run)


@cli.command()
@task_ids_argument
@change_options(why_required=True)
@click.pass_obj
def cancel(settings, task_ids, why, dry_run):
    """取消任务（须给 --why）。"""
    from .. import changes
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "cancelled"),
               why, dry_run)


@cli.command()
@task_ids_argument
@click.option("--to", "to", type=DATE, required=True, help="新的期限。")
@change_options(why_required=True)
@click.pass_obj
def postpone(settings, task_ids, to, why, dry_run):
    """延期：原定期限记为 due_original（须给 --why）。"""
    from .. import changes
    run_change(settings, task_ids, lambda task, names: changes.postpone(task, to), why, dry_run)


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@click.argument("text")
@click.option("--on", type=DATE, help="备注日期（默认：今天）。")
@click.option("--dry-run", is_flag=True, help="只打印改动，不写入。")
@click.pass_obj
def note(settings, task_id, text, on, dry_run):
    """给任务加一条带日期的备注（记入历史文件 tasks.history.yaml）。"""
    from .. import changes
    day, by = today(on), current_user()
    run_change(settings, [task_id], lambda task, names: changes.note(task, text, day, by),
               None, dry_run)


@cli.command()
@as_of_option
@plan_option
@click.option("--role", type=click.Choice(["any", "lead", "co"]), default="any",
              show_default=True, help="统计部门牵头（lead）、配合（co）或全部（any）的任务。")
@dept_option
@format_option
@click.pass_obj
def workload(settings, as_of, plan, role, dept, fmt):
    """各部门的工作量：任务数、未完成、逾期、已完成，以及办结率。

    一项任务有五个责任单位，就各计一次。办结率 = 已完成 / 全部任务；按时办结率 =
    按原定期限办结 / 已完成。按逾期数、再按未完成数排序。
    """
    from ..outputs import text as render
    store = settings.store()
    rows = store.workload(today(as_of), plan=plan, role=role, dept=dept)
    tell_about_departments(store, dept)
    click.echo(render.workload(rows, fmt))


@cli.command()
@as_of_option
@click.option("--days", type=click.IntRange(min=1), default=7, show_default=True,
              help="统计周期：截至 --as-of 当天的这么多天。")
@dept_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "text", "html"]),
              default="markdown", show_default=True, help="输出格式。")
@click.option("--out-dir", metavar="DIR",
              help="不打印，而在此目录写一份总览和每个部门各一份。")
@click.option("--fail-on-overdue", is_flag=True,
              help="有逾期任务时以状态 3 退出（写完之后）。")
@click.pass_obj
def digest(settings, as_of, days, dept, fmt, out_dir, fail_on_overdue):
    """给领导的督办周报。

    内容：逾期（标出新增）、14 天内到期、本期办结与变更、定期和持续实施的任务、各部门工作量。

    可放进 cron：从不提问；数据和 --as-of 相同，输出逐字节相同。
    """
    from ..outputs import digest as digests
    store, day = settings.store(), today(as_of)
    if out_dir:
        if dept:
            raise click.UsageError("--out-dir 会写出每个部门：请去掉 --dept")
        paths, overdue = digests.write_all(store, day, days, fmt, out_dir)
        click.echo(f"已写入 {len(paths)} 个文件到 {out_dir}")
    else:
        built = digests.build(store, day, days, dept=store.resolve_department(dept)
                              if dept else None)
        tell_about_departments(store, dept)
        click.echo(digests.render_digest(built, fmt), nl=False)
        overdue = built.overdue
    if fail_on_overdue and overdue:
        sys.exit(EXIT_OVERDUE)


@cli.command()
@click.argument("task_id", required=False, metavar="[ID]", shell_complete=completion.task_ids)
@click.option("--since", type=DATE, help="只看这一天及以后的变更。")
@format_option
@click.pass_obj
def history(settings, task_id, since, fmt):
    """变更历史：改了什么、何时、谁改的、为什么——vtrack 的变更记录、备注，以及同步时发现的手工修改。"""
    from ..outputs import text as render
    entries = settings.store().history(task_id=task_id, since=since)
    click.echo(render.history(entries, fmt))


@cli.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...",
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", metavar="FILE",
              help="写入或合并到的任务文件（默认：当前使用的那个）。")
@click.option("--plan-id", "plan_ids", multiple=True, metavar="ID",
              help="依次给每份文件的计划编号（默认：取自文件名，或任务文件中该计划已有的编号）。")
@click.option("--dry-run", is_flag=True, help="只打印结果文件，不写入。")
@click.pass_obj
def extract(settings, docs, output, plan_ids, dry_run):
    """从实施方案文件中读出任务记录：任务、责任单位、完成时限。

    可读文本（UTF-8 或 GB18030）、Word（.docx）、网页（.html）和工作簿（.xlsx）。能识别
    任务分工表（序号/工作任务/牵头单位/责任单位/完成时限 的各种常见写法）、任意层级带责任
    标注的编号条目（（…负责） 〔责任单位：…〕 牵头单位：行），以及时间列、结尾分句或正文中的
    期限。没有责任单位或期限的任务照样写入并标记待复核；一项任务也没读出的文件以 1 退出。
    再次运行会保留对记录所做的一切修改，只添加新的内容。说明见 docs/extract.md。
    """
    if len(plan_ids) > len(docs):
        raise click.UsageError(f"给了 {len(plan_ids)} 个 --plan-id，但只有 {len(docs)} 份文件")
    from ..extract import extract_into
    text, report = extract_into(output or settings.tasks_path, docs, plan_ids, dry_run)
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
              help="改为在 DIR 中给每个部门各写一个工作簿，以部门命名。")
@click.pass_obj
def export(settings, as_of, plan, dept, lead, status, include_closed, fmt, output, out_dir):
    """导出任务台账（Excel 工作簿），发给各部门填写，交回后用 `vtrack import` 读入。

    每个计划一张工作表：计划标题，任务的 序号、任务、牵头单位、责任单位、完成时限、灯（红：
    逾期，黄：即将到期，绿：正常推进）、状态，以及由部门填写的 进展情况、是否办结、办结日期、
    调整原因（改完成时限时填写）。筛选项同 `list`；除非给 --all 或 --status，只含未完成的任务。
    """
    if bool(output) == bool(out_dir):
        raise click.UsageError("请用 -o 文件 写一个工作簿，或用 --out-dir 目录 给每个部门各写一个")
    from ..outputs import ledger
    from ..taskfile.write import write_atomic
    store, day = settings.store(), today(as_of)
    if output:
        tasks = store.tasks(dept=dept, plan=plan, status=status, lead=lead,
                            include_closed=include_closed)
        tell_about_departments(store, dept, lead)
        write_atomic(output, ledger.workbook(store, tasks, day, dept=store.resolve_department(
            dept) if dept else None))
        click.echo(f"已写入 {output}：{len(tasks)} 项任务")
        return
    if dept:
        raise click.UsageError("--out-dir 会写出每个部门：请去掉 --dept")
    departments = sorted(r["department"] for r in store.workload(day, plan=plan))
    paths = ledger.write_all(store, lambda d: store.tasks(
        dept=d, plan=plan, status=status, lead=lead, include_closed=include_closed),
        departments, day, out_dir)
    click.echo(f"已写入 {len(paths)} 个台账到 {out_dir}")


@cli.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...",
                type=click.Path(exists=True, dir_okay=False))
@as_of_option
@click.option("--dry-run", is_flag=True, help="只以表格列出将导入的变更，不写入。")
@click.pass_obj
def import_(settings, files, as_of, dry_run):
    """读入各部门填好交回的台账工作簿。

    进展情况 记为备注（注明日期和部门），是否办结/办结日期 标记办结，状态 设置任务状态，
    新的完成时限加上调整原因即为延期。编号不存在、任务已移交其他部门、任务内容或责任单位
    被改动的行，只报告不导入。同一工作簿导入两次，第二次不会改动任何内容。
    """
    from ..outputs import ledger, text as render
    from ..changes import Who, apply
    day = today(as_of)
    store = settings.store()
    returned = ledger.read_returned(files, store, day)
    planned = []
    for task_id, requests in returned.requests.items():
        change, said = ledger.change_for(store.task(task_id), requests)
        if said:
            planned.append((requests[0].place, task_id, said))
    click.echo(render.import_report(planned, returned.skipped))
    if dry_run or not planned:
        return
    report, _ = apply(settings.tasks_path, settings.store, [task_id for _, task_id, _ in planned],
                      lambda task, names: ledger.change_for(task, returned.requests[task["id"]])[0],
                      Who(current_user(), day, "台账导入"))
    click.echo("\n".join(report))


@cli.command()
@as_of_option
@plan_option
@dept_option
@click.option("-o", "--output", metavar="FILE", required=True,
              help="要写出的 .ics 文件（日历可以订阅它）。")
@click.pass_obj
def ics(settings, as_of, plan, dept, output):
    """把未完成的任务导出为日历（.ics）：每个期限和节点一个全天日程，说明中写明责任单位和计划。

    每个日程在各次导出之间保持同一 UID，订阅该文件的日历会更新日程而不是重复添加。
    任务相同，文件逐字节相同。
    """
    from ..outputs import ics as icsfeed
    from ..taskfile.write import write_atomic
    store = settings.store()
    tasks = store.tasks(dept=dept, plan=plan)
    tell_about_departments(store, dept)
    data, events = icsfeed.calendar(tasks, {p["id"]: p for p in store.plans()})
    write_atomic(output, data)
    click.echo(f"已写入 {output}：{events} 个日程，{len(tasks)} 项任务")


@cli.command()
@click.argument("phrase")
@click.option("--issued", type=DATE,
              help="计划的印发日期：没写年份的期限用它的年份（默认：今年 1 月 1 日）。")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="输出格式。")
def when(phrase, issued, fmt):
    """vtrack 怎样理解一句期限表述，如 vtrack when 2022年8月底前出台具体方案。

    显示期限（所说时段的最后一天）、是否持续实施或定期重复、有日期的节点，以及是否需要人工复核。
    """
    from .. import deadlines
    from ..outputs import text as render
    # without a plan, only the year of today stands in for it
    reading = deadlines.read(phrase, issued or today(None).replace(month=1, day=1))
    if fmt == "json":
        click.echo(render.to_json(reading.as_dict()))
    else:
        click.echo(render.reading_card(reading))


@cli.command()
@click.option("--full", is_flag=True,
              help="重新读取整个文件，即使只有部分内容改动。")
@click.pass_obj
def sync(settings, full):
    """立即让数据库缓存与任务文件一致（文件改动后每个命令都会自动做：只读改动过的计划和任务；
    文件开头改动或给 --full 时读整个文件）。"""
    counts = settings.store(force=full).synced
    if counts is None:
        click.echo(f"{settings.db_path} 已与 {settings.tasks_path} 一致")
        return
    how = f"读取了 {counts['parsed']} 处改动" if "parsed" in counts else "读取了整个文件"
    click.echo(f"已将 {settings.tasks_path} 同步到 {settings.db_path}（{how}）："
               f"{counts['plans']} 个计划，{counts['tasks']} 项任务，"
               f"{counts['departments']} 个部门")


@cli.command("completion")
@click.argument("shell", type=click.Choice(completion.SHELLS))
def completion_(shell):
    """打印 shell 补全代码：命令、选项、任务编号、计划编号和部门名称。

    长期启用：

    \b
      bash:  echo 'eval "$(vtrack completion bash)"' >> ~/.bashrc
      zsh:   echo 'eval "$(vtrack completion zsh)"' >> ~/.zshrc
      fish:  vtrack completion fish > ~/.config/fish/completions/vtrack.fish
    """
    click.echo(completion.source(cli, shell))


def main(argv=None):
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
