"""The command line: read options, call the core, print what comes back.

"Today" is read here once (--as-of, else $VTRACK_TODAY, else the local date) and passed down.
"""
import datetime
import os
import sys

import click

from . import __version__, completion
from .errors import FileProblems, VtrackError

EXIT_DATA = 1
EXIT_OVERDUE = 3


class IsoDate(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime.date):
            return value
        from .days import parse_date
        day = parse_date(value, year=today(None).year)
        if day is None:
            self.fail(f"{value!r} is not a date: write it 2022-09-01, 2022/9/1, 2022年9月1日 "
                      "or 9月1日", param, ctx)
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
            self.fail(f"{value!r} is not a status: give one of open (待办), in_progress (推进中), "
                      "done (已完成), cancelled (已取消)", param, ctx)
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


def default_db_path(tasks_path):
    return os.path.join(os.path.dirname(tasks_path) or ".", ".vtrack.db")


class Settings:
    def __init__(self, tasks_path, db_path):
        self.tasks_path = tasks_path
        self.db_path = db_path or default_db_path(tasks_path)

    def store(self, force=False):
        from .store import open_store
        return open_store(self.tasks_path, self.db_path, force=force, today=today(None))


def today(as_of):
    if as_of is not None:
        return as_of
    env = os.environ.get("VTRACK_TODAY")
    if env:
        try:
            return datetime.date.fromisoformat(env)
        except ValueError:
            raise click.BadParameter(f"{env!r} is not a date YYYY-MM-DD",
                                     param_hint="$VTRACK_TODAY") from None
    return datetime.date.today()


def use_color():
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def as_of_option(f):
    return click.option("--as-of", type=DATE,
                        help="The day to judge from (YYYY-MM-DD); default $VTRACK_TODAY, "
                             "else today.")(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]),
                        default="table", show_default=True, help="Output format.")(f)


def dept_option(f):
    return click.option("--dept", metavar="NAME", shell_complete=completion.departments,
                        help="Only tasks this department owns (its name or an alias).")(f)


def plan_option(f):
    return click.option("--plan", metavar="ID", shell_complete=completion.plan_ids,
                        help="Only tasks of this plan.")(f)


def task_filter_options(f):
    """The filters `list` and `export` share, beside --dept and --plan."""
    for option in reversed((
            click.option("--lead", metavar="NAME", shell_complete=completion.departments,
                         help="Only tasks this department leads."),
            click.option("--status", multiple=True, type=STATUS,
                         help="Only tasks in this status (repeatable)."),
            click.option("--all", "include_closed", is_flag=True,
                         help="Include done and cancelled tasks."))):
        f = option(f)
    return f


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vtrack")
@click.option("--tasks", "tasks_path", envvar="VTRACK_TASKS", default="tasks.yaml",
              show_default=True, metavar="PATH",
              help="The task file; also $VTRACK_TASKS.")
@click.option("--db", "db_path", envvar="VTRACK_DB", metavar="PATH",
              help="The SQLite cache; also $VTRACK_DB. Default: .vtrack.db beside the task file.")
@click.pass_context
def cli(ctx, tasks_path, db_path):
    """Follow up the tasks of policy implementation plans: who owns each, by when, what is late.

    tasks.yaml is the record (keep it in git); vtrack keeps a SQLite cache beside it and
    refreshes it whenever the file changes.
    """
    ctx.obj = Settings(tasks_path, db_path)


@cli.command()
@as_of_option
@click.option("--within", type=click.IntRange(min=0), default=14, show_default=True,
              metavar="DAYS", help="Also list tasks due within this many days.")
@dept_option
@plan_option
@format_option
@click.option("--fail-on-overdue", is_flag=True,
              help="Exit with status 3 when anything is overdue (for scripts that alert).")
@click.pass_obj
def due(settings, as_of, within, dept, plan, fmt, fail_on_overdue):
    """What is overdue, then what falls due in the next days.

    A task is overdue from the day after its due date until it is done or cancelled.
    Ongoing tasks without a date are never overdue; a footer counts them.
    """
    as_of, store = today(as_of), settings.store()
    tasks, undated = store.due(as_of, within=within, dept=dept, plan=plan)
    tell_about_departments(store, dept)
    overdue = [t for t in tasks if t["days_overdue"] > 0]
    from . import render
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
@click.option("--grep", metavar="TEXT", help="Only tasks whose id, title or text holds TEXT.")
@format_option
@click.pass_obj
def list_(settings, as_of, dept, plan, status, lead, grep, include_closed, fmt):
    """List tasks (open ones unless --all or --status), in the order of tasks.yaml."""
    from . import render
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
              show_default=True, help="Output format.")
@click.pass_obj
def show(settings, task_id, as_of, fmt):
    """Every field of one task: owners with their roles, notes and log."""
    from . import render
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
    """Check a task file (default: the one in use) and report every problem.

    Prints one FILE:LINE:COLUMN line per problem and exits 1, or a one-line summary and
    exits 0; it touches no database, so it can run as a git pre-commit hook.
    """
    from . import records
    from .departments import spellings
    path = file or settings.tasks_path
    task_file = records.load(path)
    click.echo(f"{path}: ok, {len(task_file.plans)} plans, "
               f"{sum(len(p['tasks']) for p in task_file.plans)} tasks, "
               f"{len(set(spellings(task_file).values()))} departments")


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
                         help="Print the change as a diff of tasks.yaml; write nothing.")(f)
        f = click.option("--why", required=why_required, metavar="TEXT",
                         help="Why: kept in the task's log." +
                              (" Required." if why_required else ""))(f)
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
    from .changes import Who, apply
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
              help="The owner to replace (with --to).")
@click.option("--to", metavar="NAME", shell_complete=completion.departments,
              help="The department that takes its place and role.")
@click.option("--add", metavar="NAME", shell_complete=completion.departments,
              help="Add a co-owner.")
@click.option("--remove", metavar="NAME", shell_complete=completion.departments,
              help="Remove an owner.")
@click.option("--lead", metavar="NAME", shell_complete=completion.departments,
              help="Make this department the lead.")
@click.option("--dept", metavar="NAME", shell_complete=completion.departments,
              help="Instead of ids: every task that names this department (with --to), "
                   "e.g. when a bureau is renamed or merged.")
@click.option("--retire", is_flag=True,
              help="With --dept A --to B: A is no more (机构改革). Its name and aliases "
                   "become B's in the registry, so filters naming A find B's tasks and say "
                   "so.")
@plan_option
@click.option("--new-dept", is_flag=True,
              help="Accept a department vtrack does not know yet (a new bureau).")
@change_options()
@click.pass_obj
def reassign(settings, task_ids, from_, to, add, remove, lead, dept, plan, new_dept, retire,
             why, dry_run):
    """Move tasks between departments: --from A --to B, --add B, --remove A, --lead B.

    B takes A's place: its position among the owners and its role (lead or co-owner).
    Names are checked against the departments vtrack knows (registry, aliases, owners of
    any task); aliases are written as the canonical name.
    """
    from . import changes
    if dept:
        if task_ids or from_ or not to:
            raise click.UsageError("--dept NAME goes with --to NAME and no ids")
        from_, ids = dept, lambda store: [t["id"] for t in store.tasks(
            dept=dept, plan=plan, include_closed=True)]
    else:
        if not task_ids:
            raise click.UsageError("give task ids, or --dept NAME --to NAME")
        if plan:
            raise click.UsageError("--plan goes with --dept")
        ids = task_ids
    if bool(from_) != bool(to):
        raise click.UsageError("--from and --to go together")
    if not (from_ or add or remove or lead):
        raise click.UsageError("say what changes: --from A --to B, --add B, --remove A "
                               "or --lead B")
    if retire and not dept:
        raise click.UsageError("--retire goes with --dept A --to B: every task of A moves")
    registry = None
    if retire:
        def registry(store, departments):
            from .departments import retire as retired
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
@click.option("--on", type=DATE, help="The day it was done (default: today).")
@change_options()
@click.pass_obj
def done(settings, task_ids, on, why, dry_run):
    """Mark tasks done (on --on DATE, default today)."""
    from . import changes
    day = today(on)
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "done", day),
               why, dry_run)


@cli.command()
@task_ids_argument
@change_options()
@click.pass_obj
def reopen(settings, task_ids, why, dry_run):
    """Open done or cancelled tasks again."""
    from . import changes
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "open"),
               why, dry_run)


@cli.command()
@click.argument("status", type=STATUS)
@task_ids_argument
@change_options()
@click.pass_obj
def status(settings, status, task_ids, why, dry_run):
    """Set the status of tasks: vtrack status in_progress ID..."""
    from . import changes
    day = today(None)
    run_change(settings, task_ids,
               lambda task, names: changes.set_status(task, status, day), why, dry_run)


@cli.command()
@task_ids_argument
@change_options(why_required=True)
@click.pass_obj
def cancel(settings, task_ids, why, dry_run):
    """Cancel tasks (--why is required)."""
    from . import changes
    run_change(settings, task_ids, lambda task, names: changes.set_status(task, "cancelled"),
               why, dry_run)


@cli.command()
@task_ids_argument
@click.option("--to", "to", type=DATE, required=True, help="The new due date.")
@change_options(why_required=True)
@click.pass_obj
def postpone(settings, task_ids, to, why, dry_run):
    """Move due dates; the first due date is kept as due_original (--why is required)."""
    from . import changes
    run_change(settings, task_ids, lambda task, names: changes.postpone(task, to), why, dry_run)


@cli.command()
@click.argument("task_id", metavar="ID", shell_complete=completion.task_ids)
@click.argument("text")
@click.option("--on", type=DATE, help="The day of the note (default: today).")
@click.option("--dry-run", is_flag=True, help="Print the change as a diff; write nothing.")
@click.pass_obj
def note(settings, task_id, text, on, dry_run):
    """Add a dated note to a task."""
    from . import changes
    day, by = today(on), current_user()
    run_change(settings, [task_id], lambda task, names: changes.note(task, text, day, by),
               None, dry_run)


@cli.command()
@as_of_option
@plan_option
@click.option("--role", type=click.Choice(["any", "lead", "co"]), default="any",
              show_default=True, help="Count tasks a department leads, co-owns, or either.")
@dept_option
@format_option
@click.pass_obj
def workload(settings, as_of, plan, role, dept, fmt):
    """How loaded each department is: tasks, open, overdue, done, and the rates.

    A task with five owners counts once for each. 办结率 is done / all tasks; 按时办结率 is
    done on time (by the original due date) / done. Sorted by overdue, then open.
    """
    from . import render
    store = settings.store()
    rows = store.workload(today(as_of), plan=plan, role=role, dept=dept)
    tell_about_departments(store, dept)
    click.echo(render.workload(rows, fmt))


@cli.command()
@as_of_option
@click.option("--days", type=click.IntRange(min=1), default=7, show_default=True,
              help="The period: this many days ending on the as-of day.")
@dept_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "text", "html"]),
              default="markdown", show_default=True, help="Output format.")
@click.option("--out-dir", metavar="DIR",
              help="Write an overview and one file per department here instead of printing.")
@click.option("--fail-on-overdue", is_flag=True,
              help="Exit with status 3 when anything is overdue (after writing).")
@click.pass_obj
def digest(settings, as_of, days, dept, fmt, out_dir, fail_on_overdue):
    """The weekly digest for leadership: overdue (new ones marked), due in the next 14 days,
    done and changed in the period, ongoing work, and the workload table.

    For cron: never prompts; the same data and --as-of give the same bytes.
    """
    from . import digest as digests
    store, day = settings.store(), today(as_of)
    if out_dir:
        if dept:
            raise click.UsageError("--out-dir writes every department: leave out --dept")
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
@click.option("--since", type=DATE, help="Only changes on or after this day.")
@format_option
@click.pass_obj
def history(settings, task_id, since, fmt):
    """What changed, when, by whom and why: vtrack's log, notes, and hand edits seen at sync."""
    from . import render
    entries = settings.store().history(task_id=task_id, since=since)
    click.echo(render.history(entries, fmt))


@cli.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...",
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", metavar="FILE",
              help="The task file to write or merge into (default: the one in use).")
@click.option("--plan-id", "plan_ids", multiple=True, metavar="ID",
              help="The plan id for each DOC in turn (default: from the file name, or the id "
                   "the plan already has in the task file).")
@click.option("--dry-run", is_flag=True, help="Print the resulting file; write nothing.")
@click.pass_obj
def extract(settings, docs, output, plan_ids, dry_run):
    """Read plan documents into task records: tasks, owners, deadlines.

    Reads text (UTF-8 or GB18030), Word (.docx), web pages (.html) and workbooks (.xlsx).
    Recognises division tables (序号/工作任务/牵头单位/责任单位/完成时限 in their usual wordings),
    numbered items at any level with owner markers (（…负责） 〔责任单位：…〕 牵头单位：lines),
    and deadlines in a time column, a closing clause or the prose. A task with no owner or
    date is written and marked for review; a document with no task exits 1. Running it
    again keeps every change made to the records and adds only what is new. Guide:
    docs/extract.md.
    """
    if len(plan_ids) > len(docs):
        raise click.UsageError(f"{len(plan_ids)} --plan-id for {len(docs)} documents")
    from .extract import extract_into
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
              help="The file format.")
@click.option("-o", "--output", metavar="FILE", help="The workbook to write.")
@click.option("--out-dir", metavar="DIR",
              help="Instead: one workbook per department, named after it, in DIR.")
@click.pass_obj
def export(settings, as_of, plan, dept, lead, status, include_closed, fmt, output, out_dir):
    """The 任务台账 as an Excel workbook, to send to departments and read back with
    `vtrack import`.

    One sheet per plan: its title, the tasks with 序号, 任务, 牵头单位, 责任单位, 完成时限, the
    light (红 overdue, 黄 due soon, 绿 on track), 状态, and the columns a department fills in:
    进展情况, 是否办结, 办结日期, 调整原因 (for a new 完成时限). Filters as for `list`; open
    tasks unless --all or --status.
    """
    if bool(output) == bool(out_dir):
        raise click.UsageError("give -o FILE for one workbook, or --out-dir DIR for one per "
                               "department")
    from . import ledger
    from .records import write_atomic
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
        raise click.UsageError("--out-dir writes every department: leave out --dept")
    departments = sorted(r["department"] for r in store.workload(day, plan=plan))
    paths = ledger.write_all(store, lambda d: store.tasks(
        dept=d, plan=plan, status=status, lead=lead, include_closed=include_closed),
        departments, day, out_dir)
    click.echo(f"已写入 {len(paths)} 个台账到 {out_dir}")


@cli.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...",
                type=click.Path(exists=True, dir_okay=False))
@as_of_option
@click.option("--dry-run", is_flag=True, help="Print the changes as a table; write nothing.")
@click.pass_obj
def import_(settings, files, as_of, dry_run):
    """Read 台账 workbooks that departments filled in and returned.

    进展情况 becomes a note (dated, signed with the department), 是否办结/办结日期 marks the
    task done, 状态 sets its status, and a new 完成时限 with a 调整原因 postpones it. Rows with
    an unknown id, a task that has moved to another department, or edited task text or
    owners are reported and skipped. Importing the same workbook twice changes nothing.
    """
    from . import ledger, render
    from .changes import Who, apply
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
              help="The .ics file to write (a calendar can subscribe to it).")
@click.pass_obj
def ics(settings, as_of, plan, dept, output):
    """Open tasks as a calendar (.ics): an all-day event on each due date and milestone,
    with the owners and the plan in the description.

    Each event keeps its UID from one export to the next, so a calendar that subscribes to
    the file updates its events instead of adding them again. The same tasks give the same
    bytes.
    """
    from . import icsfeed
    from .records import write_atomic
    store = settings.store()
    tasks = store.tasks(dept=dept, plan=plan)
    tell_about_departments(store, dept)
    data, events = icsfeed.calendar(tasks, {p["id"]: p for p in store.plans()})
    write_atomic(output, data)
    click.echo(f"已写入 {output}：{events} 个日程，{len(tasks)} 项任务")


@cli.command()
@click.argument("phrase")
@click.option("--issued", type=DATE,
              help="The plan's issued date: its year fills phrases without one "
                   "(default: 1 January of this year).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def when(phrase, issued, fmt):
    """How vtrack reads one deadline phrase, e.g. vtrack when 2022年8月底前出台具体方案.

    Shows the due date (the last day of the period named), whether the task is ongoing or
    repeats, dated milestones, and whether a person should review the reading.
    """
    from . import deadlines, render
    # without a plan, only the year of today stands in for it
    reading = deadlines.read(phrase, issued or today(None).replace(month=1, day=1))
    if fmt == "json":
        click.echo(render.to_json(reading.as_dict()))
    else:
        click.echo(render.reading_card(reading))


@cli.command()
@click.option("--full", is_flag=True,
              help="Read the whole file again, even where only some blocks changed.")
@click.pass_obj
def sync(settings, full):
    """Bring the database cache up to date with the task file now (every command does it
    when the file changed: reading only the plans and tasks whose text changed, or the
    whole file after a change to its head or with --full)."""
    counts = settings.store(force=full).synced
    if counts is None:
        click.echo(f"{settings.db_path} is up to date with {settings.tasks_path}")
        return
    how = f"{counts['parsed']} changed blocks read" if "parsed" in counts else "whole file read"
    click.echo(f"synced {settings.tasks_path} into {settings.db_path} ({how}): "
               f"{counts['plans']} plans, {counts['tasks']} tasks, "
               f"{counts['departments']} departments")


@cli.command("completion")
@click.argument("shell", type=click.Choice(completion.SHELLS))
def completion_(shell):
    """Print the code that lets your shell complete vtrack's commands, options, task ids,
    plan ids and department names. To turn it on for good:

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
        click.echo(f"vtrack: internal error: {type(e).__name__}: {e} "
                   "(run again with VTRACK_DEBUG=1 to see where)", err=True)
        sys.exit(EXIT_DATA)
