"""The cache kept equal to tasks.yaml: opened when fresh, re-synced in place where only some
blocks changed (resync.py), else rebuilt whole.

When tasks.yaml has changed (size and mtime, then content hash) the cache is brought up to
date: in place, reading only the blocks whose text changed (one transaction), or, where that
cannot be, rebuilt whole into a new file that is renamed over the old one. Either way a
reader sees the old cache or the new one, never half of a sync.

Building uses sqlite-utils, imported only when a rebuild happens.
"""
from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import FileProblems, VtrackError
from ..model import YELLOW_DAYS
from ..taskfile import history
from ..taskfile.history import OldRow, changed_by_hand, gone_by_hand
from .queries import Store

if TYPE_CHECKING:
    from ..model import Plan
    from ..taskfile.blocks import PlanSegments
    from ..taskfile.read import TaskFile
from .schema import (
    DEPARTMENT_COLUMNS,
    LOG_LENGTH,
    NAME_COLUMNS,
    OWNER_COLUMNS,
    PLAN_COLUMNS,
    SCHEMA_VERSION,
    TASK_COLUMNS,
    create_indexes,
    departments_of,
    file_stamp,
    owner_rows,
    plan_row,
    task_row,
)


class Quiet:
    """Progress that shows nothing: the default where no one watches (the CLI passes a bar)."""

    def __init__(self, label, total):
        pass

    def update(self, done):
        pass

    def close(self):
        pass


def open_store(tasks_path: str, db_path: str, force: bool = False, *, today: datetime.date,
               progress: Callable[[str, int], Any] | None = None,
               locked: bool = False) -> Store:
    """Open the cache for tasks_path, re-syncing or rebuilding it first if tasks.yaml changed.

    today dates the hand edits a sync finds (changes made outside vtrack). A sync holds the
    lock as a reader (a writer holding it is waited for); locked: the caller holds the lock
    as the writer."""
    _check_paths(tasks_path, db_path)
    try:
        stat = os.stat(tasks_path)
    except FileNotFoundError:
        raise VtrackError(
            f"{tasks_path} 处没有任务文件：请用 --tasks 路径 或 VTRACK_TASKS 指定，"
            "或新建一个（`vtrack extract 方案.txt -o tasks.yaml`，见 README）") from None
    conn = None if force else _open_fresh(db_path, stat, tasks_path)
    if conn is not None:
        return Store(conn, warnings=history.refresh(conn, tasks_path))
    from ..taskfile import lock
    with contextlib.nullcontext() if locked else lock.shared(tasks_path):
        if not force:  # a writer may have brought it up to date while this one waited
            conn = _open_fresh(db_path, os.stat(tasks_path), tasks_path)
            if conn is not None:
                return Store(conn, warnings=history.refresh(conn, tasks_path))
        counts = None
        if not force:
            from .resync import update  # only what changed, where the layout allows
            counts = update(tasks_path, db_path, today)
        if counts is None:
            counts = rebuild(tasks_path, db_path, today, progress)
        conn = _connect(db_path)
        warnings = history.refresh(conn, tasks_path, tasks_changed=True)
    return Store(conn, synced=counts, warnings=warnings)


def _check_paths(tasks_path: str, db_path: str) -> None:
    """The cache is never the task file or its history, and its folder must exist."""
    real = os.path.realpath(db_path)
    if real in (os.path.realpath(tasks_path), os.path.realpath(history.path_for(tasks_path))):
        raise VtrackError(f"缓存 {db_path} 就是任务文件或历史文件：请用 --db 另给一个路径"
                          "（默认：任务文件旁的 .vtrack.db）")
    if os.path.isdir(real):
        raise VtrackError(f"缓存 {db_path} 是一个目录：请给出文件名，如 "
                          f"{os.path.join(db_path, '.vtrack.db')}")
    if not os.path.isdir(os.path.dirname(real)):
        raise VtrackError(f"缓存 {db_path}：目录 {os.path.dirname(os.path.abspath(db_path))} "
                          "不存在：请先建立它，或用 --db 另给一个路径")


def _connect(db_path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    return conn


def _open_fresh(db_path, stat, tasks_path):
    """The open database if it still matches tasks.yaml, else None."""
    if not os.path.exists(db_path):
        return None
    try:
        conn = _connect(db_path)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError:  # an old or damaged cache is simply rebuilt
        return None
    if meta.get("schema") != SCHEMA_VERSION:
        conn.close()
        return None
    stamp = file_stamp(stat)
    if all(meta.get(key) == value for key, value in stamp.items()):
        return conn
    # touched but perhaps not changed (a git checkout, an editor saving unchanged): compare
    # contents before paying for a parse
    if meta.get("size") == stamp["size"] and meta.get("sha256") == _sha256(tasks_path):
        with conn:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             stamp.items())
        return conn
    conn.close()
    return None


def _sha256(path):
    import hashlib
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def rebuild(tasks_path: str, db_path: str, today: datetime.date,
            progress: Callable[[str, int], Any] | None = None) -> dict[str, int]:
    """Read tasks.yaml and write a whole new cache in its place; return the counts.

    The file is read plan by plan (its blocks, as a re-sync cuts them), so memory is bounded
    by the largest plan, not the file; a file not laid out in blocks, or with a problem
    anywhere, is read whole, which reports every problem. What changed since the old cache
    outside vtrack (an editor; a pull of a change made by hand) is added to the history file
    beside tasks.yaml, dated today."""
    import gc
    import hashlib

    from ..taskfile import read as records

    _remove_stale(db_path)
    stat = os.stat(tasks_path)
    # the parse makes millions of small objects and no cycles: the cycle collector would
    # only walk them again and again (4x slower at 100k tasks)
    gc.disable()
    bar = (progress or Quiet)("读取 tasks.yaml", stat.st_size)
    tmp = f"{db_path}.{os.getpid()}.tmp"
    try:
        data = records.read(tasks_path)
        meta = {"schema": SCHEMA_VERSION, "tasks_path": os.path.abspath(tasks_path),
                **file_stamp(stat),
                "sha256": hashlib.sha256(data).hexdigest()}
        old = _old_rows(db_path)
        try:
            try:
                counts, events = _write(tmp, _by_plan(data, tasks_path), meta, old, today, bar)
            except _Whole:  # not in blocks, or a problem somewhere: read it whole
                counts, events = _write(tmp, _whole(data, tasks_path), meta, old, today, bar)
            # no old cache: there is nothing to compare with, and nothing seen changed by hand
            # (recorded before the new cache stands: a stop here records them again, once)
            if old is not None and events:
                history.append(history.path_for(tasks_path), events)
            os.replace(tmp, db_path)
            if old is None:  # a new cache: never committed with a `git add -A`
                from ..taskfile.gitrepo import keep_out, set_up_merge
                keep_out(db_path, f"{db_path}.*.tmp")
                # and git merges the file by task and field
                set_up_merge(tasks_path, history.path_for(tasks_path))
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as e:
        raise VtrackError(f"{db_path}：无法写入缓存：{e.strerror}") from None
    finally:
        gc.enable()
        bar.close()
    return counts


def _remove_stale(db_path: str) -> None:
    """Temporary caches a killed rebuild left behind (<db>.<pid>.tmp of a process gone)."""
    import glob
    for path in glob.glob(f"{glob.escape(db_path)}.*.tmp"):
        pid = path[len(db_path) + 1:-len(".tmp")]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Whole(Exception):
    """The file must be read whole (it is not laid out in blocks, or has a problem)."""


class _Read(NamedTuple):
    """A task file as the cache is built from it: its head, then its plans one by one with
    their blocks (None where the file is not laid out in blocks)."""
    head: TaskFile
    head_digest: str
    plans: Iterator[tuple[Plan, PlanSegments | None]]
    chars: int  # the text's length, for the progress bar


def _by_plan(data: bytes, path: str) -> _Read:
    from ..taskfile import blocks, read as records

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Whole() from None
    layout = blocks.cut(text)
    if layout is None:
        raise _Whole()
    try:
        head = records.parse_head(text[:layout.head.end], path)
    except FileProblems:
        raise _Whole() from None

    def plans() -> Iterator[tuple[Plan, PlanSegments | None]]:
        plan_ids: set[str] = set()
        task_ids: set[str] = set()
        for segs in layout.plans:
            segs.cut_inside(text)
            block = segs.block
            try:
                plan = records.parse_block(text[block.start:block.end], path, block.line - 1,
                                           block.start)
            except (FileProblems, records.NotABlock):
                raise _Whole() from None
            ids = {t.id for t in plan.tasks}
            if plan.id in plan_ids or len(ids) < len(plan.tasks) or not ids.isdisjoint(
                    task_ids) or not _matches(plan, segs):
                raise _Whole()  # the whole file's check says where
            plan_ids.add(plan.id)
            task_ids |= ids
            yield plan, segs

    return _Read(head, layout.head.digest, plans(), len(text))


def _whole(data: bytes, path: str) -> _Read:
    from ..taskfile import blocks, read as records

    task_file = records.parse(data, path)  # every problem of the file, or the records
    text = data.decode("utf-8-sig")
    layout = blocks.cut(text)
    if layout is not None and (len(layout.plans) != len(task_file.plans) or not all(
            _matches(plan, segs.cut_inside(text))
            for plan, segs in zip(task_file.plans, layout.plans, strict=True))):
        layout = None  # the cut guessed otherwise than the parser read: no blocks
    plans = task_file.plans
    task_file.plans = []  # the head alone; the plans follow one by one
    segments = layout.plans if layout else [None] * len(plans)
    return _Read(task_file, layout.head.digest if layout else "",
                 iter(zip(plans, segments, strict=True)), len(text))


def _matches(plan: Plan, segs: PlanSegments) -> bool:
    """Whether a plan's blocks are its parsed header and tasks, one for one."""
    if segs.header is None or len(plan.tasks) != len(segs.tasks) or not (
            plan.offset is not None and segs.header.start <= plan.offset < segs.header.end):
        return False
    return all(task.offset is not None and seg.start <= task.offset < seg.end
               for task, seg in zip(plan.tasks, segs.tasks, strict=True))


def _old_rows(db_path: str) -> dict[str, OldRow] | None:
    """What the cache held before, by task id; None where there is no cache to compare with."""
    if not os.path.exists(db_path):
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if dict(conn.execute("SELECT key, value FROM meta")).get("schema") != SCHEMA_VERSION:
            return None
        return {row[0]: OldRow(json.loads(row[1]), *row[2:]) for row in conn.execute(
            "SELECT id, owners, due, status, (SELECT position FROM plans WHERE "
            f"plans.id = tasks.plan), position, {LOG_LENGTH} FROM tasks")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _write(path: str, read: _Read, meta: dict[str, str], old: dict[str, OldRow] | None,
           today: datetime.date | None, bar: Any) -> tuple[dict[str, int], list[dict]]:
    """Write the cache of a file read plan by plan into a new database at path; return the
    counts and the hand edits seen against the old rows."""
    import sqlite_utils

    if os.path.exists(path):
        os.unlink(path)
    db = sqlite_utils.Database(path)
    # a new file renamed into place only when complete: a crash leaves the old cache, so
    # the journal and fsyncs would buy nothing here
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    head = read.head
    meta = {**meta, "yellow_days": str(head.settings.get("yellow_days", YELLOW_DAYS)),
            "head": read.head_digest,
            "registry": json.dumps(head.departments, ensure_ascii=False)}
    conn = db.conn
    events: list[dict] = []
    counts = {"plans": 0, "tasks": 0}
    try:
        _fill(db, read, meta, old, today, bar, events, counts)
    finally:
        conn.close()
    return counts, events


def _fill(db: Any, read: _Read, meta: dict[str, str], old: dict[str, OldRow] | None,
          today: datetime.date | None, bar: Any, events: list[dict],
          counts: dict[str, int]) -> None:
    from ..departments import Directory

    head, conn = read.head, db.conn
    directory = Directory(head.departments)
    present: set[str] = set()
    units: set[tuple[str, str]] = set()
    with conn:
        _create(db)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        task_sql = _insert("tasks", TASK_COLUMNS)
        unit_sql = _insert("task_owners", OWNER_COLUMNS)
        plan_sql = _insert("plans", PLAN_COLUMNS)
        size = int(meta["size"])
        for i, (plan, segs) in enumerate(read.plans):
            start = segs.header.start if segs and segs.header else plan.offset or 0
            row = plan_row(plan, i, start, segs.header.digest if segs and segs.header else None,
                           segs.block.digest if segs else None)
            conn.execute(plan_sql, list(row.values()))
            tasks, unit_rows = [], []
            for k, task in enumerate(plan.tasks):
                # a task's place: its block's first line where the file has blocks
                seg = segs.tasks[k] if segs else None
                at = seg.start if seg else task.offset or 0
                tasks.append(list(task_row(task, k, at - start,
                                           seg.digest if seg else None).values()))
                unit_rows += [list(u.values()) for u in owner_rows(task, directory,
                                                                    row["region"])]
            conn.executemany(task_sql, tasks)
            conn.executemany(unit_sql, unit_rows)
            units.update((str(u[4]), str(u[1])) for u in unit_rows)
            if old is not None and today is not None:
                events += changed_by_hand(old, plan.tasks, today)
            present.update(t.id for t in plan.tasks)
            counts["plans"] += 1
            counts["tasks"] += len(plan.tasks)
            if segs:
                bar.update(size * segs.block.end // max(1, read.chars))
        if old is not None and today is not None:
            events += gone_by_hand(old, present, today)
        department_rows, name_rows = departments_of(head.departments, units)
        conn.executemany(_insert("departments", DEPARTMENT_COLUMNS),
                         [list(r.values()) for r in department_rows])
        conn.executemany(_insert("department_names", NAME_COLUMNS),
                         [list(r.values()) for r in name_rows])
        create_indexes(conn)
    counts["departments"] = len(department_rows)


def _create(db: Any) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("plans").create(PLAN_COLUMNS, pk="id")
    db.table("tasks").create(TASK_COLUMNS, pk="id", not_null=["plan", "title", "status"])
    db.table("task_owners").create(OWNER_COLUMNS, pk=("task", "position"))
    db.table("departments").create(DEPARTMENT_COLUMNS, pk="name")
    db.table("department_names").create(NAME_COLUMNS, pk=("name", "department"))
    db.execute(history.TABLE)  # filled from the history file by history.refresh


def _insert(table: str, columns: Mapping[str, type]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
