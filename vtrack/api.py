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
from .model import Task, left_out, plain_text

if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable

    from .cache.queries import Store
    from .changes import Edit
    from .outputs.digest import Digest
    from .taskfile.session import WriteResult

    Date = datetime.date


def _shown(value: object) -> str:
    """A field's value as a refusal names it."""
    if isinstance(value, list):
        return "、".join(map(str, value)) or "无"
    return "无" if value is None else str(value)


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
            return [t.id for t in store.tasks(dept=self.department(store), plan=self.plan,
                                              include_closed=True, review=self.review)]
        return list(dict.fromkeys(self.ids))

    def department(self, store: Store) -> str | None:
        """The one department whose tasks change. A change never guesses: a short name that
        means a unit in each of several places (市教育局 of 鄂州市 and of 高平市) is refused
        with the list to choose from, unless the plan's place decides."""
        return store.resolve_department(self.dept, self.plan, by_plan=True) \
            if self.dept else None


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
    # what git merges left to settle (tasks.yaml's `conflicts:`): (task id, Conflict)
    conflicts: list = field(default_factory=list)


@dataclass
class Reminders:
    """What `remind` planned, sent and could not send."""
    messages: list  # outputs.remind.Message: to send (dry run) or sent
    parts: dict = field(default_factory=dict)  # id(message) -> parts (sizes in a dry run)
    failed: list = field(default_factory=list)  # (Message, reason)
    already: list = field(default_factory=list)  # (department, channel) reminded today
    unreachable: list = field(default_factory=list)  # departments with no channel set
    recorded: int = 0  # 催办 entries added to the history file


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
        """The departments' rows, ranked, then the placeholders' (各区、县级市: a row's
        `placeholder`), counted apart."""
        return self.store().workload(as_of or self.today, plan=plan, role=role, dept=dept,
                                     placeholders=True)

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
                            sum(1 for t in tasks if t.review and t.is_open),
                            [(t.id, c) for t in tasks for c in t.conflicts])

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
            result = session.commit(dry_run, order=ids)
            if not dry_run:
                self._journal(result, [(task.id, c.notes) for task, c in planned])
            return result

    def _journal(self, result: WriteResult, notes: list[tuple[str, list]]) -> None:
        """Keep what a write changed, for `vtrack undo` (taskfile/undo.py); under the lock."""
        from .model import FIELD_NAMES, describe_zh
        from .taskfile import undo
        tasks = []
        for old, new, _, _ in result.edited:
            before, after = {}, {}
            for name in FIELD_NAMES:
                if name not in ("id", "log", "notes") and \
                        undo.plain(old.value(name)) != undo.plain(new.value(name)):
                    before[name] = undo.plain(old.value(name))
                    after[name] = undo.plain(new.value(name))
            said = describe_zh(new.log[-1].changes) if len(new.log) > len(old.log) else ""
            tasks.append({"id": old.id, "before": before, "after": after, "said": said})
        added = [{"task": task_id, "on": n.on.isoformat(), "text": plain_text(n.text),
                  "by": plain_text(n.by) if n.by else None}
                 for task_id, task_notes in notes for n in task_notes]
        if len(added) != result.noted:
            added = []  # some were in the file already: theirs to keep, not this command's
        if (result.data is None or not tasks) and not added:
            return
        undo.push(self.tasks_path, {"kind": "change", "on": self.today.isoformat(),
                                    "tasks": tasks if result.data is not None else [],
                                    "notes": added})

    def _fresh_cache(self) -> None:
        """After a write that added, removed or renamed tasks: the cache built anew from the
        file (under the writer's lock), so that the change is not taken for a hand edit, as
        a re-sync comparing ids would take it."""
        self.close()
        if os.path.exists(self.db_path):
            os.unlink(self.db_path)
        self.store(locked=True)

    # -- adding, correcting, renaming, undoing ----------------------------------------------------
    def add(self, plan: str, title: str, owners: tuple[str, ...], *, text: str | None = None,
            lead: str | None = None, due: str | None = None, review: str | bool = False,
            task_id: str | None = None, why: str | None = None, allow_new: bool = False,
            dry_run: bool = False) -> WriteResult:
        """A task the extraction missed, appended to its plan's tasks: the plan's next free
        id (`<plan>-NN`, as extract numbers them) and seq, unless task_id is given. due: a
        date, or a deadline phrase read as `vtrack when` reads it (the plan's issue date
        for a year it leaves out)."""
        from .changes import Names
        from .days import parse_date
        from .model import FieldChange, LogEntry, Milestone, Task
        from .taskfile import undo
        from .taskfile.session import EditSession
        from .taskfile.write import dump_task

        title = " ".join(plain_text(title).split())
        if not title:
            raise VtrackError("标题是空的：请用 --title 写下任务的标题")
        with EditSession(self.tasks_path) as session:
            self.close()
            store = session.cache = self.store(locked=True)
            store.plan_exists(plan)
            issued = next((p["issued"] for p in store.plans() if p["id"] == plan), None)
            if isinstance(issued, str):
                import datetime
                issued = datetime.date.fromisoformat(issued)
            siblings = store.tasks(plan=plan, include_closed=True)
            if not siblings:
                raise VtrackError(f"计划 {plan} 还没有任务：请在 tasks.yaml 中手工添加第一项")
            names = Names(store.department_names(), allow_new=allow_new)
            units = list(dict.fromkeys(names.canonical(n) for n in owners))
            leads: list[str] = []
            if lead:
                leading = names.canonical(lead)
                if leading not in units:
                    units.insert(0, leading)
                leads = [leading] if leading != units[0] else []
            seq = max((t.seq or 0 for t in siblings), default=0) + 1
            if task_id is None:
                number = seq
                while self._exists(store, task_id := f"{plan}-{number:02d}"):
                    number += 1
            elif self._exists(store, task_id):
                raise VtrackError(f"任务编号 {task_id} 已被占用："
                                  "请另给一个 --id，或不给（自动编号）")
            assert task_id is not None
            new = Task(task_id, title, units, plan=plan, seq=seq,
                       text=plain_text(text) or None if text else None, lead=leads,
                       review=review)
            if due:
                day = parse_date(due)
                if day is not None:
                    new.due = day
                else:
                    from . import deadlines
                    reading = deadlines.read(due, issued)
                    if reading.due is None and not (reading.ongoing or reading.repeat):
                        raise VtrackError(f"读不出期限“{due}”：请写日期（2022-09-30、9月30日）"
                                          "或方案的说法（2022年三季度末、持续推进）")
                    new.due, new.ongoing, new.repeat = reading.due, reading.ongoing, \
                        reading.repeat
                    new.due_text = plain_text(due)
                    new.milestones = [Milestone(m["due"], m.get("text"))
                                      for m in reading.milestones]
                    if reading.review and not review:
                        new.review = reading.why or True
            new.log = [LogEntry(self.today, [FieldChange(None, None, "添加")],
                                plain_text(why) or None if why else None, self.user)]
            last = store.task(siblings[-1].id)
            start, end, block = session.text.block(last.id, last.offset)
            dash = " " * (block.indent - 2)
            nl = session.text.newline
            lines = nl.join(dump_task(new, dash)) + nl
            body = session.text.text
            at = end
            if body[at - 1:at] != "\n":
                lines = nl + lines
            session.replace_all(("\ufeff" if session.text.bom else "") +
                                body[:at] + lines + body[at:])
            session.report.append(f"{task_id}: 已添加到计划 {plan}（{title}）")
            result = session.commit(dry_run)
            if not dry_run:
                self._fresh_cache()
                undo.push(self.tasks_path, {"kind": "add", "on": self.today.isoformat(),
                                            "task": task_id, "plan": plan,
                                            "fields": self._fields(self.store().task(task_id))})
            return result

    @staticmethod
    def _fields(task: Task) -> dict[str, object]:
        """A task's record as the undo journal keeps it: its log and notes aside (an undo of
        a later change leaves its log entries behind; the record is what counts)."""
        from .model import FIELD_NAMES
        from .taskfile import undo
        return {name: undo.plain(task.value(name)) for name in FIELD_NAMES
                if name not in ("log", "notes")}

    @staticmethod
    def _exists(store: Store, task_id: str) -> bool:
        try:
            store.task(task_id)
        except VtrackError:
            return False
        return True

    def rename_plan(self, old: str, new: str, why: str | None = None, dry_run: bool = False,
                    undoing: dict | None = None) -> WriteResult:
        """A plan's id put right, its tasks' ids (`old-NN`) following it; each task's log
        says 更正 id. Refused where the new ids are taken, or where the history file holds
        lines about the old ones: that file is union-merged from every clone, so its lines
        are never rewritten, and renaming would leave them pointing at nothing."""
        from .model import CORRECTED, FieldChange, LogEntry
        from .taskfile import history, undo
        from .taskfile.session import EditSession
        from .taskfile.write import yaml_value

        with EditSession(self.tasks_path) as session:
            self.close()
            store = session.cache = self.store(locked=True)
            store.plan_exists(old)
            if old == new:
                raise VtrackError(f"计划编号已是 {new}：没有变化")
            if any(p["id"] == new for p in store.plans()):
                raise VtrackError(f"计划编号 {new} 已被占用：未改动")
            tasks = [store.task(t.id) for t in store.tasks(plan=old, include_closed=True)]
            ids = {t.id: new + t.id[len(old):] if t.id.startswith(f"{old}-") else t.id
                   for t in tasks}
            taken = [i for i in ids.values() if i not in ids and self._exists(store, i)]
            if taken:
                raise VtrackError(f"任务编号 {taken[0]} 已被占用：未改动")
            noted = sorted({e["task"] for e in history.read(history.path_for(self.tasks_path))
                            if e["task"] in ids})
            if noted:
                raise VtrackError(
                    f"历史文件中有关于 {'、'.join(noted[:3])}{'等' if len(noted) > 3 else ''} 的"
                    "备注或手工修改记录：改编号会使它们对不上（历史文件由各副本合并，不改写），"
                    "未改动")
            text = session.text
            who_why = plain_text(why) or None if why else None
            blocks = []
            for t in tasks:
                start, end, block = text.block(t.id, t.offset)
                if ids[t.id] != t.id:
                    block.set("id", ids[t.id])
                    block.append("log", [LogEntry(self.today, [FieldChange(
                        f"{CORRECTED}id", t.id, ids[t.id])], who_why, self.user)])
                blocks.append((start, end, block.text()))
            plan_row = next(p for p in store.plans() if p["id"] == old)
            at = int(plan_row["offset"])
            line_end = text.text.find("\n", at)
            line_end = len(text.text) if line_end < 0 else line_end
            head = text.text[at:line_end]
            if f"id: {old}" not in head and f"id: {yaml_value(old)}" not in head:
                raise VtrackError(f"计划 {old} 不在缓存所记的位置：请运行 `vtrack sync` 后再试")
            key = f"id: {old}" if f"id: {old}" in head else f"id: {yaml_value(old)}"
            blocks.append((at, line_end, head.replace(key, f"id: {yaml_value(new)}", 1)))
            text.replace_blocks(blocks)
            session.replace_all(("\ufeff" if text.bom else "") + text.text)
            session.report.append(f"计划 {old} 改为 {new}：{len(tasks)} 项任务的编号随之更正")
            if undoing is not None:
                self._still_last(undoing)
            result = session.commit(dry_run)
            if not dry_run:
                self._fresh_cache()
                if undoing is not None:
                    self._drop_last()
                else:
                    undo.push(self.tasks_path, {"kind": "rename", "on": self.today.isoformat(),
                                                "old": old, "new": new})
            return result

    def _retired(self, store: Store, selection: Selection, old: str, new: str) -> dict:
        from .changes import Names
        from .departments import retire
        from .taskfile.read import load_registry
        regions = {p["id"]: p["region"] for p in store.plans()}
        places = {regions[t.plan] for t in store.tasks(dept=selection.department(store),
                                                       plan=selection.plan, include_closed=True)}
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

    def forget_undo(self) -> str:
        """Drop the last record of the undo journal without reverting it (its change is to
        stay, or was put right by hand): the next undo takes back the one before. Returns
        what it was."""
        from .taskfile import undo
        from .taskfile.lock import locked
        with locked(self.tasks_path):
            records = undo.read(self.tasks_path)
            if not records:
                raise VtrackError("没有可撤销的修改：撤销记录是空的")
            undo.write(self.tasks_path, records[:-1])
        return undo.summary(records[-1])

    def undo(self, dry_run: bool = False) -> WriteResult:
        """Take back the last change vtrack made in this working copy (its journal:
        taskfile/undo.py): the old values put back, a log entry 撤销 …, the record
        removed, so that the next undo takes back the one before. Refused, with nothing
        written, where the file no longer holds what that change wrote."""
        from .taskfile import undo
        records = undo.read(self.tasks_path)
        if not records:
            raise VtrackError("没有可撤销的修改："
                              "本工作副本中 vtrack 所做的修改已全部撤销，或还没有")
        record = records[-1]
        if record["kind"] == "rename":
            return self.rename_plan(record["new"], record["old"], why="撤销", dry_run=dry_run,
                                    undoing=record)
        if record["kind"] == "add":
            return self._undo_add(record, dry_run)
        return self._undo_change(record, dry_run)

    def _still_last(self, record: dict) -> None:
        """Under the lock, before an undo writes: the record is still the journal's last
        (no other vtrack pushed one since it was read)."""
        from .taskfile import undo
        if undo.read(self.tasks_path)[-1:] != [record]:
            raise VtrackError("撤销记录在此期间有了新的修改：未撤销；请重新运行 vtrack undo")

    def _drop_last(self) -> None:
        """The undone record out of the journal, still under the lock."""
        from .taskfile import undo
        undo.write(self.tasks_path, undo.read(self.tasks_path)[:-1])

    def _undo_change(self, record: dict, dry_run: bool) -> WriteResult:
        from .changes import Change, Who, one_line
        from .model import FieldChange
        from .taskfile import history, undo
        from .taskfile.session import EditSession

        day = record.get("on", "")
        with EditSession(self.tasks_path) as session:
            self.close()
            store = session.cache = self.store(locked=True)
            planned = []
            for entry in record["tasks"]:
                try:
                    now = store.task(entry["id"])
                except VtrackError:
                    raise VtrackError(f"任务 {entry['id']} 已不在 tasks.yaml 中：无法撤销 {day} "
                                      "的修改") from None
                for name, value in entry["after"].items():
                    if undo.plain(now.value(name)) != value:
                        raise VtrackError(
                            f"任务 {entry['id']} 的{undo.LABELS.get(name, name)}在 {day} 的修改"
                            f"之后又被改动（现为 {_shown(undo.plain(now.value(name)))}，该次修改"
                            f"后为 {_shown(value)}）：未撤销；核对后可用 vtrack undo --forget "
                            "放弃撤销这一次")
                change = Change(now.id, changes=[FieldChange(
                    None, None, f"撤销：{one_line(entry['said'] or '修改')}")])
                for name, value in entry["before"].items():
                    if value is None or left_out(name, undo.typed(name, value), now):
                        change.remove += (name,)
                    else:
                        change.set[name] = undo.typed(name, value)
                planned.append((now, change))
            notes = record.get("notes", [])
            for note in notes:
                now = store.task(note["task"])
                said = f"撤销备注：{one_line(note['text'])[:40]}"
                found = next((c for t, c in planned if t.id == now.id), None)
                if found is not None:
                    found.changes.append(FieldChange(None, None, said))
                else:
                    planned.append((now, Change(now.id, changes=[FieldChange(None, None, said)])))
            who = Who(self.user, self.today, f"撤销 {day} 的修改")
            for now, change in sorted(planned, key=lambda p: -(p[0].offset or 0)):
                session.change(now, change, who)
            gone = ""
            if notes:  # checked first: a note no longer there refuses the whole undo
                gone = undo.remove_history_lines(history.path_for(self.tasks_path), notes,
                                                 dry_run=True)
            self._still_last(record)
            result = session.commit(dry_run)
            if dry_run:
                result.diff = (result.diff or "") + gone
                return result
            if notes:
                undo.remove_history_lines(history.path_for(self.tasks_path), notes, False)
                history.refresh(store.conn, self.tasks_path)
            self._drop_last()
            return result

    def _undo_add(self, record: dict, dry_run: bool) -> WriteResult:
        from .taskfile import history
        from .taskfile.session import EditSession

        task_id = record["task"]
        with EditSession(self.tasks_path) as session:
            self.close()
            store = session.cache = self.store(locked=True)
            try:
                now = store.task(task_id)
            except VtrackError:
                raise VtrackError(f"任务 {task_id} 已不在 tasks.yaml 中：无需撤销添加") from None
            start, end, _ = session.text.block(task_id, now.offset)
            if self._fields(now) != record["fields"]:
                raise VtrackError(f"任务 {task_id} 添加后又被改动：未撤销"
                                  "（要删除它，请在 tasks.yaml 中手工删去）")
            if any(e["task"] == task_id
                   for e in history.read(history.path_for(self.tasks_path))):
                raise VtrackError(f"历史文件中已有任务 {task_id} 的记录：未撤销添加")
            body = session.text.text
            session.replace_all(("\ufeff" if session.text.bom else "") + body[:start] +
                                body[end:])
            session.report.append(f"{task_id}: 撤销添加（已从计划 {now.plan} 中删去）")
            self._still_last(record)
            result = session.commit(dry_run)
            if not dry_run:
                self._fresh_cache()
                self._drop_last()
            return result

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
        import dataclasses

        from .outputs import ledger
        from .taskfile.write import write_atomic
        store = self.store()
        # one department's 台账: its name in the file says whose (--plan picks the place)
        dept = store.resolve_department(which.dept, which.plan, by_plan=True) \
            if which.dept else None
        tasks = dataclasses.replace(which, dept=dept).select(store)
        write_atomic(self._output(output),
                     ledger.workbook(store, tasks, as_of or self.today, dept=dept))
        return len(tasks)

    def export_all(self, out_dir: str, which: Filter, as_of: Date | None = None) -> list[str]:
        """A 台账 workbook for each department (of the tasks selected), in out_dir."""
        from dataclasses import replace

        from .outputs import ledger
        store, day = self.store(), as_of or self.today
        # departments only: a placeholder (各区、县级市) is no one to send a 台账 to; its tasks
        # are in the 台账 of each department that shares them, and in `export -o`
        departments = sorted(str(r["department"]) for r in store.workload(day, plan=which.plan))
        vague = store.placeholders()
        unsent = [t.id for t in which.select(store)
                  if t.roles and all(r.department in vague for r in t.roles)]
        if unsent:  # said, so that no task is dropped unseen
            shown = "、".join(unsent[:5]) + (" 等" if len(unsent) > 5 else "")
            self.warnings.append(f"{len(unsent)} 项任务只由泛指单位（各区、有关部门等）负责，"
                                 f"不在任何部门的台账中：{shown}；"
                                 "可用 vtrack export -o 文件 导出全部任务")
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

    def remind(self, within: int = 7, dept: str | None = None, as_of: Date | None = None,
               dry_run: bool = False, force: bool = False, now_ms: int = 0,
               env: dict[str, str] | None = None) -> Reminders:
        """催办: to each department with a channel in the registry (`remind:`), one message
        of its open tasks overdue or due within `within` days, by 钉钉, 企业微信 or mail.
        Each message sent is recorded in the history file as a 催办 entry on each task it
        names; a task already reminded today to that department by that channel is left
        out (unless force), and a message left with no task is not sent. A failed send is
        reported, recorded nowhere, and the others still go. now_ms: the time 钉钉's
        signature and a mail's Date carry."""
        from .departments import CHANNELS, Directory, remind_channels
        from .outputs import remind as messages, send
        from .taskfile import history
        from .taskfile.lock import locked

        day = as_of or self.today
        store = self.store()
        department = store.resolve_department(dept) if dept else None
        dated, _ = store.due(day, within=within, dept=department)
        registry = store.registry()
        directory = Directory(registry)
        plans = {p["id"]: p for p in store.plans()}
        vague = store.placeholders()
        # department -> (its channels, its items), in the order the tasks come (overdue first)
        found: dict[str, tuple[list, list[tuple[Task, bool]]]] = {}
        for task in dated:
            plan = plans.get(task.plan, {})
            for owner, role in zip(task.owners, task.roles, strict=False):
                if role.department in vague or (department and role.department != department):
                    continue
                name = directory.registered(owner, plan.get("region"))
                channels = remind_channels(registry.get(name, {})) if name else []
                entry = found.setdefault(role.department, (channels, []))
                if not entry[0] and channels:
                    found[role.department] = entry = (channels, entry[1])
                if all(t.id != task.id for t, _ in entry[1]):
                    entry[1].append((task, role.role == "lead"))
        report = Reminders([])
        with locked(f"{self.tasks_path}.remind"):  # two runs at once would both send
            sent_before = store.reminders([t.id for t in dated])
            for name in sorted(found):
                channels, tasks = found[name]
                if not channels:
                    report.unreachable.append(name)
                    continue
                for channel, address, secret_env in channels:
                    said = messages.record_text(channel, name)
                    items = []
                    for task, lead in tasks:
                        earlier = sent_before.get(task.id, [])
                        if not force and (day.isoformat(), said) in earlier:
                            continue
                        plan = plans.get(task.plan, {})
                        items.append(messages.Item(
                            task.id, task.title, task.due, task.days_overdue or 0,
                            str(plan.get("title") or task.plan), lead,
                            # this department's 催办 of it before, by any channel
                            sum(1 for _, what in earlier if what.endswith(f"：{name}"))))
                    if not items:
                        report.already.append((name, CHANNELS[channel]))
                        continue
                    message = messages.Message(name, channel, address, day, within, items,
                                               secret_env)
                    if dry_run:
                        report.messages.append(message)
                        report.parts[id(message)] = [len(p.encode("utf-8")) for p in (
                            [messages.plain_text(message)] if channel == "mail"
                            else messages.markdown_parts(message, messages.LIMITS[channel]))]
                        continue
                    try:
                        report.parts[id(message)] = send.send(message, env, now_ms)
                    except send.SendError as e:
                        report.failed.append((message, str(e)))
                        continue
                    report.messages.append(message)
                    # recorded as soon as it went: a later failure or a kill keeps it
                    report.recorded += history.append(history.path_for(self.tasks_path), [
                        {"on": day, "task": item.task_id, "kind": history.REMIND, "text": said,
                         "by": self.user} for item in items])
            if report.recorded:
                history.refresh(store.conn, self.tasks_path)
        return report

    def reminders(self, task_ids: list[str] | None = None) -> dict[str, list[tuple[str, str]]]:
        """The 催办 recorded of each task: id -> [(day, 钉钉：市教育局)], oldest first."""
        return self.store().reminders(task_ids)

    def ics(self, output: str, dept: str | None = None, plan: str | None = None,
            alarm_days: int = 3) -> tuple[int, int]:
        """Open tasks as a calendar file: (events, tasks). alarm_days: an alarm that many
        days before each date (0: none)."""
        from .outputs import ics
        from .taskfile.write import write_atomic
        store = self.store()
        tasks = store.tasks(dept=dept, plan=plan)
        data, events = ics.calendar(tasks, {p["id"]: p for p in store.plans()}, alarm_days,
                                    store.reminders([t.id for t in tasks]))
        write_atomic(self._output(output), data)
        return events, len(tasks)

    def serve(self, today: Callable[[], Date], host: str = "127.0.0.1", port: int = 8001,
              open_browser: bool = False, ready: Callable[[str], None] | None = None) -> None:
        """Serve a read-only snapshot of the cache, synced first, until interrupted (Datasette,
        the vtrack[web] extra). today: the day a page judges from, asked at each request;
        ready: told the address once the snapshot is taken."""
        try:
            import datasette  # noqa: F401  (only this command needs it)
        except ImportError:
            raise VtrackError("vtrack serve 需要 Datasette：pip install 'vtrack[web]'") from None
        from .outputs import web
        store = self.store()
        conn, placeholders, yellow = store.conn, store.placeholders(), store.yellow_days
        self._store = None  # the snapshot taken, web.serve closes the connection
        web.serve(conn, placeholders, yellow, today, host, port, open_browser, ready)

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
