"""The core the command line adapts: one Tracker, opened on the task file, its cache and one
explicit day, with a method for each thing vtrack does.

    tracker = Tracker("tasks.yaml", today=datetime.date(2026, 11, 30), user="王强")
    report = tracker.due(within=14)
    tracker.change(Selection(ids=("ezhou-2022-04",)), Reassign(replace=("市经信局", "市工信局")),
                   why="机构改革")

Nothing here reads the clock: the day is given. The modules a command needs are imported in
its method, so that `vtrack due` pays for no Excel, YAML writer or calendar library.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import VtrackError
from .model import Task, plain_text

if TYPE_CHECKING:
    import datetime

    from .cache.queries import Store
    from .changes import Edit
    from .outputs.digest import Digest
    from .taskfile.session import WriteResult

    Date = datetime.date


def default_db_path(tasks_path: str) -> str:
    """The cache beside the task file: .vtrack.db in its folder."""
    return os.path.join(os.path.dirname(tasks_path) or ".", ".vtrack.db")


def current_user() -> str:
    """Who signs the log: $VTRACK_USER, else git's user.name, else the login name."""
    name = os.environ.get("VTRACK_USER")
    if name:
        return name
    import subprocess  # only for commands that sign a change: 3 ms of every start-up
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


@dataclass(frozen=True)
class Selection:
    """The tasks an edit applies to: ids as given, or every task a department owns (in a
    plan), or a plan's; those are looked up under the lock, when the edit is made. review:
    of those, only the tasks flagged for review."""
    ids: tuple[str, ...] = ()
    dept: str | None = None
    plan: str | None = None
    review: bool = False

    def task_ids(self, store: Store) -> list[str]:
        if self.dept or self.plan:
            return [t.id for t in store.tasks(dept=self.dept, plan=self.plan,
                                              include_closed=True, review=self.review)]
        return list(dict.fromkeys(self.ids))


@dataclass(frozen=True)
class Filter:
    """Which tasks a listing or a 台账 takes: by department, plan, status, lead unit and
    words; open ones only unless closed ones are asked for or a status is named."""
    dept: str | None = None
    plan: str | None = None
    status: tuple[str, ...] = ()
    lead: str | None = None
    grep: str | None = None
    include_closed: bool = False
    review: bool = False  # only the tasks flagged for a person to review

    def select(self, store: Store, as_of: Date | None = None) -> list[Task]:
        return store.tasks(as_of=as_of, dept=self.dept, plan=self.plan, status=self.status,
                           lead=self.lead, grep=self.grep, include_closed=self.include_closed,
                           review=self.review)


@dataclass
class DueReport:
    overdue: list[Task]
    upcoming: list[Task]
    undated: int  # open ongoing tasks without a date: never late, not to be forgotten

    @property
    def dated(self) -> list[Task]:
        return self.overdue + self.upcoming


@dataclass
class CheckSummary:
    path: str
    plans: int
    tasks: int
    departments: int
    review: int = 0  # open tasks still flagged for a person to review


@dataclass
class Planned:
    """What returned 台账 workbooks would change, before it is done."""
    rows: list[tuple[tuple[str, str, int], str, str]]  # (place, task id, what) per task
    skipped: list[tuple[str, str, int, str, str]]
    requests: dict = field(default_factory=dict)  # task id -> [changes.Request]


class Tracker:
    """vtrack on one task file: queries, edits, reports, extraction and exchange."""

    def __init__(self, tasks_path: str = "tasks.yaml", db_path: str | None = None, *,
                 today: Date, user: str | None = None, progress: type | None = None):
        self.tasks_path = str(tasks_path)
        self.db_path = str(db_path) if db_path else default_db_path(self.tasks_path)
        self.today = today  # the day changes are stamped with, and the default "as of"
        self._user = user
        self.progress = progress  # a bar for a long sync: Progress(label, total) (the CLI's)
        self._store: Store | None = None
        self.warnings: list[str] = []  # what a person should hear of, beside the answer

    @property
    def user(self) -> str:
        if self._user is None:
            self._user = current_user()
        return self._user

    # -- the cache ------------------------------------------------------------------------------
    def store(self, force: bool = False, locked: bool = False) -> Store:
        """The cache, brought up to date with the files first (once per Tracker). locked:
        this process holds the task file's lock as its writer."""
        if self._store is None or force:
            from .cache.sync import open_store
            self.close()
            self._store = open_store(self.tasks_path, self.db_path, force=force,
                                     today=self.today, progress=self.progress, locked=locked)
            self.warnings += self._store.warnings
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.conn.close()
            self._store = None

    def sync(self, full: bool = False) -> dict | None:
        """Counts when the cache was re-read (None: it was up to date)."""
        return self.store(force=full).synced

    def notices(self, *names: str | None) -> list[str]:
        """What a filter by a retired or emptied department should say: where its tasks
        went. An empty answer must never look like an all-clear."""
        store = self.store()
        return [n for n in (store.department_notice(name) for name in names if name) if n]

    # -- questions ------------------------------------------------------------------------------
    def due(self, as_of: Date | None = None, within: int = 14, dept: str | None = None,
            plan: str | None = None) -> DueReport:
        tasks, undated = self.store().due(as_of or self.today, within=within, dept=dept,
                                          plan=plan)
        overdue = [t for t in tasks if (t.days_overdue or 0) > 0]
        return DueReport(overdue, tasks[len(overdue):], undated)

    def tasks(self, which: Filter, as_of: Date | None = None) -> list[Task]:
        return which.select(self.store(), as_of or self.today)

    def task(self, task_id: str, as_of: Date | None = None) -> Task:
        store = self.store()
        return store.judge(store.task(task_id), as_of or self.today)

    def workload(self, as_of: Date | None = None, plan: str | None = None, role: str = "any",
                 dept: str | None = None) -> list[dict]:
        return self.store().workload(as_of or self.today, plan=plan, role=role, dept=dept)

    def history(self, task_id: str | None = None, since: Date | None = None) -> list[dict]:
        return self.store().history(task_id=task_id, since=since)

    def check(self, path: str | None = None) -> CheckSummary:
        """Check a task file (default: this one) and its history file, without the cache;
        FileProblems if either has a problem."""
        from .departments import spellings
        from .errors import FileProblems
        from .taskfile import history
        from .taskfile.read import load
        path = path or self.tasks_path
        task_file = load(path)
        problems: list[tuple[int, int, str]] = []
        history.read(history.path_for(path), problems)
        if problems:
            raise FileProblems(history.path_for(path), problems)
        tasks = list(task_file.tasks())
        return CheckSummary(path, len(task_file.plans), len(tasks),
                            len(set(spellings(task_file).values())),
                            sum(1 for t in tasks if t.review and t.is_open))

    # -- edits ----------------------------------------------------------------------------------
    def change(self, selection: Selection, edit: Edit, why: str | None = None,
               dry_run: bool = False, allow_new: bool = False,
               retire: tuple[str, str] | None = None, on: Date | None = None) -> WriteResult:
        """Apply an edit to the selected tasks: one locked write of tasks.yaml, the history
        file and the cache. retire: (old, new) — the registry retires old in favour of new
        in the same write (reassign --dept old --to new --retire). on: the day the log
        entries carry (default: the tracker's day)."""
        from .changes import Names, Who
        from .taskfile.session import EditSession

        who = Who(self.user, on or self.today, plain_text(why) or None if why else None)
        with EditSession(self.tasks_path) as session:
            self.close()  # opened again under the lock: fresh even if another just wrote
            store = session.cache = self.store(locked=True)
            ids = selection.task_ids(store)
            tasks = [store.task(task_id) for task_id in ids]
            names = Names(store.department_names(), allow_new=allow_new)
            planned = [(task, edit.change(task, names)) for task in tasks]
            # from the end of the file backwards: an edit moves no block still to be found
            for task, change in sorted(planned, key=lambda p: -(p[0].offset or 0)):
                session.change(task, change, who)
            if retire is not None:
                session.set_registry(self._retired(store, selection, *retire))
            return session.commit(dry_run, order=ids)

    def _retired(self, store: Store, selection: Selection, old: str, new: str) -> dict:
        from .changes import Names
        from .departments import retire
        from .taskfile.read import load_registry
        regions = {p["id"]: p["region"] for p in store.plans()}
        places = {regions[t.plan] for t in store.tasks(dept=selection.dept, plan=selection.plan,
                                                       include_closed=True)}
        names = Names(store.department_names(), allow_new=True)
        with open(self.tasks_path, encoding="utf-8-sig") as f:
            registry = load_registry(f.read(), self.tasks_path)
        return retire(registry, names.canonical(old, for_writing=False), names.canonical(new),
                      places.pop() if len(places) == 1 else None)

    def _output(self, path: str) -> str:
        """A file a report or export may be written to: never the task file, its history
        or the cache (write_atomic refuses folders, devices and read-only files)."""
        from .taskfile.history import path_for
        real = os.path.realpath(path)
        for kept, what in ((self.tasks_path, "任务文件"), (path_for(self.tasks_path), "历史文件"),
                           (self.db_path, "缓存")):
            if real == os.path.realpath(kept):
                raise VtrackError(f"{path} 是{what}：不能用输出覆盖它，请另给一个文件名")
        return path

    @staticmethod
    def _out_dir(path: str) -> str:
        """A folder for one file per department: made if missing, refused in one line if it
        is a file or cannot be made."""
        if os.path.exists(path) and not os.path.isdir(path):
            raise VtrackError(f"{path} 是一个文件，不是目录：请给出一个目录")
        try:
            os.makedirs(path, exist_ok=True)
        except OSError as e:
            raise VtrackError(f"{path}：无法建立目录（{e.strerror}）") from None
        return path

    # -- reports --------------------------------------------------------------------------------
    def digest(self, as_of: Date | None = None, days: int = 7,
               dept: str | None = None) -> Digest:
        from .outputs import digest
        store = self.store()
        return digest.build(store, as_of or self.today, days,
                            dept=store.resolve_department(dept) if dept else None)

    def digest_files(self, out_dir: str, fmt: str, as_of: Date | None = None,
                     days: int = 7) -> tuple[list[str], int]:
        """An overview and one file per department in out_dir: (paths, overdue count)."""
        from .outputs import digest
        return digest.write_all(self.store(), as_of or self.today, days, fmt,
                                self._out_dir(out_dir))

    def export(self, output: str, which: Filter, as_of: Date | None = None) -> int:
        """The 台账 of the tasks selected, as one workbook; how many tasks."""
        from .outputs import ledger
        from .taskfile.write import write_atomic
        store = self.store()
        tasks = which.select(store)
        dept = store.resolve_department(which.dept) if which.dept else None
        write_atomic(self._output(output),
                     ledger.workbook(store, tasks, as_of or self.today, dept=dept))
        return len(tasks)

    def export_all(self, out_dir: str, which: Filter, as_of: Date | None = None) -> list[str]:
        """A 台账 workbook for each department (of the tasks selected), in out_dir."""
        from dataclasses import replace

        from .outputs import ledger
        store, day = self.store(), as_of or self.today
        departments = sorted(str(r["department"]) for r in store.workload(day, plan=which.plan))
        return ledger.write_all(store, lambda d: replace(which, dept=d).select(store),
                                departments, day, self._out_dir(out_dir))

    def returned(self, files: list[str], as_of: Date | None = None) -> Planned:
        """What returned 台账 workbooks ask, checked against the tasks as they are."""
        from .changes import FromLedger
        from .outputs import ledger
        store = self.store()
        returned = ledger.read_returned(files, store, as_of or self.today)
        rows = []
        for task_id, requests in returned.requests.items():
            _, said = FromLedger(tuple(requests)).planned(store.task(task_id))
            if said:
                rows.append((requests[0].place, task_id, said))
        return Planned(rows, returned.skipped, returned.requests)

    def ingest(self, planned: Planned, as_of: Date | None = None) -> WriteResult:
        """Make the changes returned workbooks ask for (as `returned` planned them)."""
        from .changes import Each, FromLedger
        edits = {task_id: FromLedger(tuple(planned.requests[task_id]))
                 for _, task_id, _ in planned.rows}
        return self.change(Selection(ids=tuple(edits)), Each(edits), why="台账导入",
                           on=as_of)

    def ics(self, output: str, dept: str | None = None, plan: str | None = None) -> tuple[int, int]:
        """Open tasks as a calendar file: (events, tasks)."""
        from .outputs import ics
        from .taskfile.write import write_atomic
        store = self.store()
        tasks = store.tasks(dept=dept, plan=plan)
        data, events = ics.calendar(tasks, {p["id"]: p for p in store.plans()})
        write_atomic(self._output(output), data)
        return events, len(tasks)

    # -- plans in ---------------------------------------------------------------------------------
    def extract(self, docs: list[str], output: str | None = None, plan_ids: tuple[str, ...] = (),
                dry_run: bool = False,
                issued: tuple[Date, ...] = ()) -> tuple[str | None, list[str]]:
        """Read plan documents and merge their plans into the task file (default: this one).
        plan_ids, issued: for the first documents, in order."""
        for given, option in ((plan_ids, "--plan-id"), (issued, "--issued")):
            if len(given) > len(docs):
                raise VtrackError(f"给了 {len(given)} 个 {option}，但只有 {len(docs)} 份文件")
        from .extract import extract_into
        output = output or self.tasks_path
        same = os.path.realpath(output) == os.path.realpath(self.tasks_path)
        return extract_into(output, docs, plan_ids, dry_run, issued,
                            cache=self.db_path if same else default_db_path(output),
                            today=self.today)
