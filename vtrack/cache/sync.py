"""The cache kept equal to tasks.yaml: opened when fresh, re-synced in place where only some
blocks changed (resync.py), else rebuilt whole.

When tasks.yaml has changed (size and mtime, then content hash) the cache is brought up to
date: in place, reading only the blocks whose text changed (one transaction), or, where that
cannot be, rebuilt whole into a new file that is renamed over the old one. Either way a
reader sees the old cache or the new one, never half of a sync.

Building uses sqlite-utils, imported only when a rebuild happens.
"""
import hashlib
import json
import os
import sqlite3

from ..departments import Directory
from ..errors import VtrackError
from ..model import YELLOW_DAYS
from ..taskfile import history as journal
from ..taskfile.history import OldRow, hand_edit_events
from .queries import Store
from .schema import (LOG_LENGTH, NAME_COLUMNS, PLAN_COLUMNS, SCHEMA_VERSION, TASK_COLUMNS,
                     owner_rows, task_row, create_indexes, departments_of, plan_row)

class Quiet:
    """Progress that shows nothing: the default where no one watches (the CLI passes a bar)."""

    def __init__(self, label, total):
        pass

    def update(self, done):
        pass

    def close(self):
        pass


def open_store(tasks_path, db_path, force=False, today=None, progress=None):
    """Open the cache for tasks_path, rebuilding it first if tasks.yaml changed.

    today dates the hand edits a rebuild finds (changes made outside vtrack)."""
    try:
        stat = os.stat(tasks_path)
    except FileNotFoundError:
        raise VtrackError(
            f"{tasks_path} 处没有任务文件：请用 --tasks 路径 或 VTRACK_TASKS 指定，"
            "或新建一个（`vtrack extract 方案.txt -o tasks.yaml`，见 README）") from None
    conn = None if force else _open_fresh(db_path, stat, tasks_path)
    if conn is not None:
        journal.refresh(conn, tasks_path)
        return Store(conn)
    counts = None
    if not force:
        from .resync import update  # only what changed, where the layout allows
        counts = update(tasks_path, db_path, today)
    if counts is None:
        counts = rebuild(tasks_path, db_path, today, progress)
    conn = _connect(db_path)
    journal.refresh(conn, tasks_path, tasks_changed=True)
    return Store(conn, synced=counts)


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
    if meta.get("size") == str(stat.st_size) and meta.get("mtime_ns") == str(stat.st_mtime_ns):
        return conn
    # touched but perhaps not changed (a git checkout, an editor saving unchanged): compare
    # contents before paying for a parse
    if meta.get("size") == str(stat.st_size) and meta.get("sha256") == _sha256(tasks_path):
        with conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'mtime_ns'",
                         (str(stat.st_mtime_ns),))
        return conn
    conn.close()
    return None


def _sha256(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def rebuild(tasks_path, db_path, today=None, progress=None):
    """Load tasks.yaml and write a whole new cache in its place; return the counts.

    What changed since the old cache outside vtrack (an editor; a pull of a change made by
    hand) is added to the history file beside tasks.yaml, dated today."""
    import gc
    from ..taskfile import blocks as segments, read as records

    stat = os.stat(tasks_path)
    # the parse makes millions of small objects and no cycles: the cycle collector would
    # only walk them again and again (4x slower at 100k tasks)
    gc.disable()
    progress = (progress or Quiet)("读取 tasks.yaml", stat.st_size)
    try:
        data = records.read(tasks_path)
        task_file = records.parse(data, str(tasks_path))
        progress.update(stat.st_size // 2)
        text = data.decode("utf-8-sig")  # parse has checked the encoding
        layout = _blocks(segments.cut(text), task_file, text)
        old = _old_rows(db_path)
        # no old cache: there is nothing to compare with, and nothing seen changed by hand
        if old is not None:
            journal.append(journal.path_for(tasks_path), hand_edit_events(
                old, list(task_file.tasks()), {t.id for t in task_file.tasks()}, today))
        tmp = f"{db_path}.{os.getpid()}.tmp"
        try:
            counts = _write(tmp, task_file, layout, {
                "schema": SCHEMA_VERSION, "tasks_path": os.path.abspath(tasks_path),
                "size": str(stat.st_size), "mtime_ns": str(stat.st_mtime_ns),
                "sha256": hashlib.sha256(data).hexdigest(),
                "yellow_days": str(task_file.settings.get("yellow_days", YELLOW_DAYS)),
                "head": layout.head.digest if layout else "",
                "registry": json.dumps(task_file.departments, ensure_ascii=False),
            }, progress)
            os.replace(tmp, db_path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as e:
        raise VtrackError(f"{db_path}：无法写入缓存：{e.strerror}") from None
    finally:
        gc.enable()
        progress.close()
    return counts


def _blocks(layout, task_file, text):
    """The layout, where its blocks are the parsed plans and tasks one for one, else None
    (then every change is a full rebuild)."""
    if layout is None or len(layout.plans) != len(task_file.plans):
        return None
    for plan, segs in zip(task_file.plans, layout.plans):
        segs.cut_inside(text)
        if len(plan.tasks) != len(segs.tasks) or not (
                segs.header.start <= plan.offset < segs.header.end):
            return None
        for task, seg in zip(plan.tasks, segs.tasks):
            if not seg.start <= task.offset < seg.end:
                return None
    return layout


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


def _write(path, task_file, layout, meta, progress):
    import sqlite_utils

    if os.path.exists(path):
        os.unlink(path)
    db = sqlite_utils.Database(path)
    # a new file renamed into place only when complete: a crash leaves the old cache, so
    # the journal and fsyncs would buy nothing here
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    directory = Directory(task_file.departments)
    plan_rows, task_rows, unit_rows = [], [], []
    for i, plan in enumerate(task_file.plans):
        segs = layout.plans[i] if layout else None
        start = segs.header.start if segs else plan.offset
        plan_rows.append(plan_row(plan, i, start, segs.header.digest if segs else None,
                                  segs.block.digest if segs else None))
        region = plan_rows[-1]["region"]
        for k, task in enumerate(plan.tasks):
            # a task's place: its block's first line where the file has blocks
            at = segs.tasks[k].start if segs else task.offset
            task_rows.append(task_row(task, k, at - start,
                                       segs.tasks[k].digest if segs else None))
            unit_rows += owner_rows(task, directory, region)
    with db.conn:
        db["meta"].create({"key": str, "value": str}, pk="key")
        db["meta"].insert_all({"key": k, "value": v} for k, v in meta.items())
        db["plans"].create(PLAN_COLUMNS, pk="id")
        db["plans"].insert_all(plan_rows)
        db["tasks"].create(TASK_COLUMNS, pk="id", not_null=["plan", "title", "status"])
        db["task_owners"].create({"task": str, "department": str, "role": str,
                                  "position": int, "name": str}, pk=("task", "position"))
        db["departments"].create({"name": str, "contact": str, "aliases": str}, pk="name")
        db["department_names"].create(NAME_COLUMNS, pk=("name", "department"))
        db.execute(journal.TABLE)  # filled from the history file by journal.refresh
        size = int(meta["size"])
        for k in range(0, len(task_rows), 5000):  # the second half of the bar: writing
            db["tasks"].insert_all(task_rows[k:k + 5000], batch_size=500)
            progress.update(size // 2 + size * (k + 5000) // max(1, 2 * len(task_rows)))
        db["task_owners"].insert_all(unit_rows, batch_size=1000)
        department_rows, name_rows = departments_of(
            task_file.departments, {(o["name"], o["department"]) for o in unit_rows})
        db["departments"].insert_all(department_rows)
        db["department_names"].insert_all(name_rows)
        create_indexes(db.conn)
    db.conn.close()
    return {"plans": len(task_file.plans), "tasks": len(task_rows),
            "departments": len(department_rows)}
