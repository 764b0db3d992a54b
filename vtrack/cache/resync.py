"""Bring the cache up to date with a changed tasks.yaml by reading only what changed.

The cache keeps a hash of every block of the file (taskfile/blocks.py): each plan's header and
each task. After a hand edit or a `git pull`, the file is cut into blocks again (a scan of
its lines, no parse); a block whose hash the cache knows is the same text as before and
keeps its row, wherever it now stands; only the blocks with new text are parsed and
checked, each on its own, with problems reported at their line in the whole file.

Anything this cannot do as a full rebuild would is left to the full rebuild: a change to
the file's head (version, settings, departments), a layout without blocks, ids that now
clash or no longer match their plan. The result is the same cache a full rebuild makes,
row for row; the update is one transaction, so a reader sees it whole or not at all.
"""
import json
import os
import sqlite3
from typing import NamedTuple

from ..departments import Directory
from ..taskfile import blocks, history, read as records
from ..taskfile.history import OldRow, hand_edit_events
from .schema import (
    LOG_LENGTH,
    SCHEMA_VERSION,
    mark_file,
    owner_rows,
    plan_row,
    refill_departments,
    task_row,
)


class Cached(NamedTuple):
    """A task's row as the cache holds it, before the re-sync."""
    plan: str
    position: int
    offset: int | None
    block: str | None
    owners: str  # JSON
    due: str | None
    status: str
    logged: int  # entries in its log


class Fallback(Exception):
    """The change needs a full rebuild."""


def update(tasks_path, db_path, today):
    """Counts after updating the cache in place, or None where a full rebuild is needed."""
    if not os.path.exists(db_path):
        return None
    try:
        conn = sqlite3.connect(db_path)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return None
    try:
        if meta.get("schema") != SCHEMA_VERSION or not meta.get("head"):
            return None
        with open(tasks_path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None  # the full read reports where
        layout = blocks.cut(text)
        if layout is None or layout.head.digest != meta["head"]:
            return None
        try:
            return _apply(conn, tasks_path, data, text, layout, today)
        except records.FileProblems:
            # the whole file has the last word: its problems, all of them, as a rebuild
            # reports them; or, where the cut guessed wrong, a rebuild
            records.load(tasks_path)
            return None
    except (Fallback, records.NotABlock):
        return None
    finally:
        conn.close()


def _apply(conn, path, data, text, layout, today):
    cursor = conn.execute("SELECT * FROM plans")
    columns = [c[0] for c in cursor.description]
    old_plans = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}
    plan_by_chunk = {row["chunk"]: plan_id for plan_id, row in old_plans.items() if row["chunk"]}
    # the plans whose block is as it was keep every row of theirs: only the others are cut
    # into header and tasks, and only their tasks' rows are read
    same = {}
    for position, segs in enumerate(layout.plans):
        plan_id = plan_by_chunk.pop(segs.block.digest, None)
        if plan_id is not None:
            same[position] = plan_id
    kept_plans = set(same.values())
    changed_old = [plan_id for plan_id in old_plans if plan_id not in kept_plans]
    if len(changed_old) > max(1000, len(old_plans) // 2):
        raise Fallback()  # most of the file changed: one full read is cheaper
    old_tasks: dict[str, Cached] = {}
    for chunk in _chunks(changed_old):
        old_tasks.update((row[0], Cached(*row[1:])) for row in conn.execute(
            f"SELECT id, plan, position, offset, block, owners, due, status, {LOG_LENGTH} "
            "FROM tasks "
            f"WHERE plan IN ({', '.join('?' * len(chunk))})", chunk))
    by_block: dict[str, list[str]] = {}
    for task_id, cached in old_tasks.items():
        if cached.block:
            by_block.setdefault(cached.block, []).append(task_id)
    plan_by_block = {old_plans[p]["block"]: p for p in changed_old if old_plans[p]["block"]}
    registry = records.parse_head(text[:layout.head.end], path)
    directory = Directory(registry.departments)

    plan_rows, moved, parsed, kept_ids = [], [], [], set()
    for position, segs in enumerate(layout.plans):
        if position in same:
            plan_rows.append(dict(old_plans[same[position]], position=position,
                                  offset=segs.block.start))
            continue
        segs.cut_inside(text)
        header = segs.header
        plan_id = plan_by_block.pop(header.digest, None)
        if plan_id is None:
            plan = records.parse_block(text[header.start:header.end], path, header.line - 1,
                                       header.start)
            plan_id = plan.id
            if plan.tasks:  # tasks not laid out in blocks: not for this path
                raise Fallback()
            row = plan_row(plan, position, header.start, header.digest, segs.block.digest)
            if plan_id in old_plans and old_plans[plan_id]["region"] != row["region"]:
                raise Fallback()  # its place changed: every owner of its tasks is another unit
        else:
            row = dict(old_plans[plan_id], position=position, offset=header.start,
                       block=header.digest, chunk=segs.block.digest)
        plan_rows.append(row)
        for k, seg in enumerate(segs.tasks):
            candidates = by_block.get(seg.digest)
            if candidates:
                task_id = candidates.pop(0)
                was = old_tasks[task_id]
                if (was.plan, was.position, was.offset) != (plan_id, k, seg.start - header.start):
                    if not task_id.startswith(plan_id + "-"):
                        raise Fallback()  # the full check says what is wrong with it
                    moved.append((plan_id, k, seg.start - header.start, task_id))
                kept_ids.add(task_id)
            else:
                task = records.parse_block(text[seg.start:seg.end], path, seg.line - 1,
                                           seg.start, plan_id)
                parsed.append((task, k, seg.start - header.start, seg.digest))

    parsed_ids = [t.id for t, *_ in parsed]
    plan_ids = [row["id"] for row in plan_rows]
    if len(set(parsed_ids) | kept_ids) != len(parsed_ids) + len(kept_ids) or \
            len(set(plan_ids)) != len(plan_ids) or _clash(conn, parsed_ids, changed_old):
        raise Fallback()  # ids used twice: the full check reports each place
    present = set(parsed_ids) | kept_ids
    regions = {row["id"]: row["region"] for row in plan_rows}
    plan_place = {plan_id: row["position"] for plan_id, row in old_plans.items()}
    before = {task_id: OldRow(json.loads(row.owners), row.due, row.status,
                              plan_place.get(row.plan), row.position, row.logged)
              for task_id, row in old_tasks.items() if task_id not in kept_ids}
    # recorded before the cache moves on: should this stop here, the next sync sees the
    # same edits again, and the history file takes each once
    history.append(history.path_for(path), hand_edit_events(
        before, [t for t, *_ in parsed], present, today))
    stat = os.stat(path)
    with conn:
        gone = [task_id for task_id in old_tasks if task_id not in present]
        for chunk in _chunks(gone + parsed_ids):
            marks = ", ".join("?" * len(chunk))
            conn.execute(f"DELETE FROM tasks WHERE id IN ({marks})", chunk)
            conn.execute(f"DELETE FROM task_owners WHERE task IN ({marks})", chunk)
        conn.executemany("UPDATE tasks SET plan = ?, position = ?, offset = ? WHERE id = ?",
                         moved)
        for task, position, rel, digest in parsed:
            row = task_row(task, position, rel, digest)
            conn.execute(f"INSERT INTO tasks ({', '.join(row)}) VALUES "
                         f"({', '.join('?' * len(row))})", list(row.values()))
            conn.executemany("INSERT INTO task_owners VALUES (:task, :department, :role, "
                             ":position, :name)",
                             owner_rows(task, directory, regions[task.plan]))
        conn.execute("DELETE FROM plans")
        conn.executemany(f"INSERT INTO plans VALUES ({', '.join(':' + c for c in columns)})",
                         plan_rows)
        # owners no task has any more leave the lists of departments, as in a rebuild
        departments = refill_departments(conn, registry.departments)
        mark_file(conn, data, stat)
        tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    return {"plans": len(plan_rows), "tasks": tasks, "departments": departments,
            "parsed": len(parsed)}


def _clash(conn, ids, changed_plans):
    """Whether a task id read anew is also the id of a task in a plan that did not change."""
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        plans = ", ".join("?" * len(changed_plans)) or "''"
        if conn.execute(f"SELECT 1 FROM tasks WHERE id IN ({marks}) AND plan NOT IN ({plans}) "
                        "LIMIT 1", chunk + changed_plans).fetchone():
            return True
    return False


def _chunks(items, size=500):
    for k in range(0, len(items), size):
        yield items[k:k + size]
