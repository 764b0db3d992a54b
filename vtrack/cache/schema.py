"""The cache's tables: their columns, indexes and schema version, and records as rows.

Everything here is derived from the records of tasks.yaml; the cache can be deleted at any
time and rebuilt from the files.
"""
from __future__ import annotations

import datetime
import json
import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import (
    FIELDS,
    Conflict,
    Field,
    FieldChange,
    LogEntry,
    Milestone,
    Note,
    Plan,
    Status,
    Task,
    sql_open,
)

if TYPE_CHECKING:
    from ..departments import Directory

SCHEMA_VERSION = "12"  # 11: review holds the reasons (TEXT); 12: conflicts

# Task columns in the order of the YAML fields; list-valued fields are stored as JSON.
# position: the task's place in its plan; offset: where its block starts, counted from the
# start of its plan's block (so an edit moves the offsets of one plan's tasks, not of all);
# block: the hash of the task's block of text, for a re-sync to skip what did not change.
_SQL_TYPES = {"int": int, "bool": int}  # every other kind is TEXT (dates ISO, lists JSON)
TASK_COLUMNS = {"id": str, "plan": str, "position": int, "offset": int, "block": str,
                **{f.name: _SQL_TYPES.get(f.kind, str) for f in FIELDS[1:]}}
# tasks in the order of tasks.yaml: by their plan's place, then their place in the plan
FILE_ORDER = "(SELECT position FROM plans WHERE plans.id = tasks.plan), position"


LOG_LENGTH = "coalesce(json_array_length(log), 0)"


def plan_row(plan: Plan, position: int, offset: int | None, block: str | None,
             chunk: str | None) -> dict[str, Any]:
    """A plan's row: its fields, where its block stands, and the place its units belong to."""
    from ..departments import region_of  # the rules for places: only when rows are written
    return {"id": plan.id, "position": position, "offset": offset, "block": block,
            "chunk": chunk, "region": region_of(plan), "title": plan.title,
            "issuer": plan.issuer, "doc_no": plan.doc_no, "issued": _iso(plan.issued),
            "source": plan.source}


# block: the hash of the plan's header; chunk: of the plan with its tasks
PLAN_COLUMNS = {"id": str, "position": int, "offset": int, "block": str, "chunk": str,
                "region": str,
                "title": str, "issuer": str, "doc_no": str, "issued": str, "source": str}


def create_indexes(conn):
    conn.execute("CREATE INDEX tasks_plan_due ON tasks(plan, due)")
    conn.execute("CREATE INDEX tasks_block ON tasks(block)")
    conn.execute("CREATE INDEX task_owners_department_role ON task_owners(department, role)")
    conn.execute("CREATE INDEX task_owners_task ON task_owners(task)")
    # the question asked most: what is open, by date
    conn.execute("CREATE INDEX tasks_open_due ON tasks(due) "
                 f"WHERE {sql_open()}")


# a spelling -> a department it finds, the name to write for it, and whether the spelling is a
# name a reorganisation retired (registry `replaces`)
NAME_COLUMNS = {"name": str, "department": str, "canonical": str, "retired": int}
# a task's units: the department counted, its role, its place among the owners, the name
# the task writes for it
OWNER_COLUMNS = {"task": str, "department": str, "role": str, "position": int, "name": str}
DEPARTMENT_COLUMNS = {"name": str, "contact": str, "aliases": str}


def departments_of(registry, owners):
    """The departments and the spellings that find them, from the registry and every owner
    of every task as (the name its row keeps, department): each spelling, the name to write
    for it, and each one's identity (departments.identity), by which a look-alike a person
    types (市教育\u200b局, 市敎育局) finds its department."""
    from ..departments import Directory, identity, qualify
    directory = Directory(registry)
    # sorted: which of two rows for one spelling stands does not hang on a set's order
    written = {(name, department): directory.name_to_write(name, department)
               for name, department in sorted({tuple(pair) for pair in owners})}
    by_name: dict[str, set[str]] = {}
    for (_, department), canonical in written.items():
        by_name.setdefault(canonical, set()).add(department)
    rows = {}

    def add(spelling, department, canonical, retired=0):
        key = (spelling, department)
        if key not in rows or retired:
            rows[key] = {"name": spelling, "department": department, "canonical": canonical,
                         "retired": retired}

    for (name, department), canonical in written.items():
        add(name, department, canonical)
        add(canonical, department, canonical)
        add(department, department, canonical)
    contacts: dict[str, dict] = {}
    for name, entry in registry.items():
        region = entry.get("region")
        place = identity(region) if region else None
        # an entry of one place speaks for that place's department; one without a place for
        # each place's department of that name
        targets = {qualify(name, place)} if region else by_name.get(name) or {name}
        for department in sorted(targets):
            contacts.setdefault(department, entry)
            for spelling in (name, department, *entry["aliases"]):
                add(spelling, department, name)
            for old in entry.get("replaces", ()):
                add(old, department, name, retired=1)
                add(qualify(old, place), department, name, retired=1)
    # a look-alike typed finds what its identity finds; a spelling written stands before it
    for row in list(rows.values()):
        rows.setdefault((identity(row["name"]), row["department"]),
                        dict(row, name=identity(row["name"])))
    names = sorted({row["department"] for row in rows.values()})
    return ([{"name": d, "contact": contacts.get(d, {}).get("contact"),
              "aliases": json.dumps(contacts.get(d, {}).get("aliases", []), ensure_ascii=False)}
             for d in names],
            sorted(rows.values(), key=lambda r: (r["name"], r["department"])))


# -- a task as its row and back, field by field from model.FIELDS ------------------------------

def task_row(task: Task, position: int | None, offset: int | None,
             block: str | None) -> dict[str, object]:
    row: dict[str, object] = {"id": task.id, "plan": task.plan, "position": position,
                              "offset": offset, "block": block}
    for f in FIELDS[1:]:
        row[f.name] = _to_sql(f, task.value(f.name))
    return row


def task_from_row(row: sqlite3.Row) -> Task:
    values = {name: row[name] if read is None else read(row[name]) for name, read in _READERS}
    return Task(**values, plan=row["plan"], offset=row["offset"], position=row["position"])


def _to_sql(f: Field, value: Any) -> object:
    if f.kind == "review":
        # NULL: nothing to review; '' flagged without a reason (`review: true`); else why
        return None if value is False else "" if value is True else value
    if f.kind == "bool":
        return int(bool(value))
    if f.kind == "date":
        return _iso(value)
    if f.kind == "status":
        return str(value)
    if f.kind == "names":
        return json.dumps(value, ensure_ascii=False) if value or f.required else None
    if f.kind == "log":
        # typed, not the text tasks.yaml writes: the cache never parses a log's words
        value = [{"on": e.on.isoformat(), "changes": [[c.field, c.old, c.new] for c in e.changes],
                  "why": e.why, "by": e.by} for e in value]
    elif f.listed:
        value = [entry.as_dict() for entry in value]
    if f.listed:
        return json.dumps(value, ensure_ascii=False, default=_iso) if value else None
    return value


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _milestones(value: str | None) -> list[Milestone]:
    return [Milestone(datetime.date.fromisoformat(m["due"]), m.get("text"))
            for m in json.loads(value)] if value else []


def _notes(value: str | None) -> list[Note]:
    return [Note(datetime.date.fromisoformat(n["on"]), n["text"], n.get("by"))
            for n in json.loads(value)] if value else []


def _log(value: str | None) -> list[LogEntry]:
    return [LogEntry(datetime.date.fromisoformat(e["on"]),
                     [FieldChange(*c) for c in e["changes"]], e["why"], e["by"])
            for e in json.loads(value)] if value else []


def _conflicts(value: str | None) -> list[Conflict]:
    return [Conflict.of(c["field"], c["ours"], c["theirs"])
            for c in json.loads(value)] if value else []


def _review(value: str | None) -> bool | str:
    return False if value is None else value or True


def _names(value: str | None) -> list[str]:
    return json.loads(value) if value else []


# how each kind of field is read back from its column (None: as it is); a row is read for
# every task a listing shows, so each field's reader is looked up once, here
_KIND_READERS: dict[str, Callable[[Any], Any] | None] = {
    "bool": bool, "date": _date, "status": Status, "names": _names, "review": _review,
    "milestones": _milestones, "notes": _notes, "log": _log, "conflicts": _conflicts}
_READERS = [(f.name, _KIND_READERS.get(f.kind)) for f in FIELDS]


def owner_rows(task: Task, directory: Directory, region: str | None) -> list[dict[str, object]]:
    """A task's owners as the departments they are: 市教育局 of a 鄂州市 plan is 鄂州市教育局,
    and 市教育\u200b局 or 市敎育局 is the same department (departments.identity). name: the
    registry's name for an owner the registry spells so, else the owner as written."""
    lead = task.effective_lead
    rows = []
    for i, owner in enumerate(task.owners):
        name, department = directory.unit(owner, region)
        rows.append({"task": task.id, "department": department,
                     "role": "lead" if owner in lead else "co", "position": i, "name": name})
    return rows


def _iso(value):
    return value.isoformat() if value is not None else None


def refill_departments(conn: sqlite3.Connection, registry: dict) -> int:
    """The lists of departments as a rebuild makes them, from the registry and the owners
    the tasks have now (a department new to the cache, or one left with no task); how many."""
    departments, names = departments_of(registry, set(conn.execute(
        "SELECT DISTINCT name, department FROM task_owners")))
    conn.execute("DELETE FROM departments")
    conn.executemany("INSERT INTO departments VALUES (:name, :contact, :aliases)", departments)
    conn.execute("DELETE FROM department_names")
    conn.executemany("INSERT INTO department_names VALUES (:name, :department, :canonical, "
                     ":retired)", names)
    return len(departments)


def file_stamp(stat: os.stat_result) -> dict[str, str]:
    """What says, without reading it, that a file is the one the cache was made from: its
    size and times, and which file it is. The change time (ctime) and the inode are set by
    the system on every write and rename and no program can set them back, so an editor or
    a `cp -p` that keeps the modification time, or a same-size rewrite within one tick of
    the clock, still differs here."""
    return {"size": str(stat.st_size), "mtime_ns": str(stat.st_mtime_ns),
            "ctime_ns": str(stat.st_ctime_ns), "ino": str(stat.st_ino)}


def mark_file(conn: sqlite3.Connection, data: bytes, stat: os.stat_result) -> None:
    """The file the cache now equals, by its stamp and hash."""
    import hashlib
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     [*file_stamp(stat).items(),
                      ("sha256", hashlib.sha256(data).hexdigest())])
