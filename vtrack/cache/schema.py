"""The cache's tables: their columns, indexes and schema version, and records as rows.

Everything here is derived from the records of tasks.yaml; the cache can be deleted at any
time and rebuilt from the files.
"""
import json

from ..departments import qualify, region_of

SCHEMA_VERSION = "8"

# Task columns in the order of the YAML fields; list-valued fields are stored as JSON.
# position: the task's place in its plan; offset: where its block starts, counted from the
# start of its plan's block (so an edit moves the offsets of one plan's tasks, not of all);
# block: the hash of the task's block of text, for a re-sync to skip what did not change.
TASK_COLUMNS = {
    "id": str, "plan": str, "position": int, "offset": int, "block": str, "seq": int,
    "section": str, "title": str, "text": str, "owners": str, "lead": str, "others": int,
    "due": str, "due_original": str, "due_text": str, "ongoing": int, "repeat": str,
    "milestones": str, "status": str, "done_on": str, "review": int, "notes": str, "log": str,
}
_JSON_FIELDS = ("owners", "lead", "milestones", "notes", "log")
# tasks in the order of tasks.yaml: by their plan's place, then their place in the plan
FILE_ORDER = "(SELECT position FROM plans WHERE plans.id = tasks.plan), position"


LOG_LENGTH = "coalesce(json_array_length(log), 0)"


def plan_row(plan, position, offset, block, chunk):
    return {"id": plan["id"], "position": position, "offset": offset, "block": block,
            "chunk": chunk, "region": region_of(plan),
            "title": plan["title"], "issuer": plan.get("issuer"), "doc_no": plan.get("doc_no"),
            "issued": _iso(plan.get("issued")), "source": plan.get("source")}


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
                 "WHERE status IN ('open', 'in_progress')")


# a spelling -> a department it finds, the name to write for it, and whether the spelling is a
# name a reorganisation retired (registry `replaces`)
NAME_COLUMNS = {"name": str, "department": str, "canonical": str, "retired": int}


def departments_of(registry, owners):
    """The departments and the spellings that find them, from the registry and every owner
    of every task as (canonical name, department)."""
    by_name = {}
    for name, department in owners:
        by_name.setdefault(name, set()).add(department)
    rows = {}

    def add(spelling, department, canonical, retired=0):
        key = (spelling, department)
        if key not in rows or retired:
            rows[key] = {"name": spelling, "department": department, "canonical": canonical,
                         "retired": retired}

    for name, departments in by_name.items():
        for department in departments:
            add(name, department, name)
            add(department, department, name)
    contacts = {}
    for name, entry in registry.items():
        region = entry.get("region")
        # an entry of one place speaks for that place's department; one without a place for
        # each place's department of that name
        targets = {qualify(name, region)} if region else by_name.get(name) or {name}
        for department in targets:
            contacts.setdefault(department, entry)
            for spelling in (name, department, *entry["aliases"]):
                add(spelling, department, name)
            for old in entry.get("replaces", ()):
                add(old, department, name, retired=1)
                add(qualify(old, region), department, name, retired=1)
    departments = sorted({row["department"] for row in rows.values()})
    return ([{"name": d, "contact": contacts.get(d, {}).get("contact"),
              "aliases": json.dumps(contacts.get(d, {}).get("aliases", []), ensure_ascii=False)}
             for d in departments],
            sorted(rows.values(), key=lambda r: (r["name"], r["department"])))


def _task_row(task, position, offset, block):
    dumps = json.dumps
    row = {
        "id": task["id"], "plan": task["plan"], "position": position, "offset": offset,
        "block": block, "seq": task.get("seq"), "section": task.get("section"),
        "title": task["title"], "text": task.get("text"),
        "owners": dumps(task["owners"], ensure_ascii=False),
        "lead": dumps(task["lead"], ensure_ascii=False) if task.get("lead") else None,
        "others": int(bool(task.get("others"))),
        "due": _iso(task.get("due")), "due_original": _iso(task.get("due_original")),
        "due_text": task.get("due_text"), "ongoing": int(bool(task.get("ongoing"))),
        "repeat": task.get("repeat"), "status": task["status"],
        "done_on": _iso(task.get("done_on")), "review": int(bool(task.get("review"))),
    }
    for key in ("milestones", "notes", "log"):
        row[key] = dumps(task[key], ensure_ascii=False, default=_iso) if task.get(key) else None
    return row


def _owner_rows(task, directory, region):
    """A task's owners as the departments they are: 市教育局 of a 鄂州市 plan is 鄂州市教育局."""
    lead = task.get("lead") or task["owners"][:1]
    rows = []
    for i, owner in enumerate(task["owners"]):
        name = directory.canonical(owner, region)
        rows.append({"task": task["id"], "department": qualify(name, region),
                     "role": "lead" if owner in lead else "co", "position": i, "name": name})
    return rows


def _iso(value):
    return value.isoformat() if value is not None else None
