"""What reassign, done, reopen, status, cancel, postpone and note change, and applying it.

Each command turns a task (as the cache holds it) into a Change: the fields to set or
remove and the log entry that records it. apply() writes them into tasks.yaml in place,
under the lock, and brings the cache up to date in the same command.
"""
from dataclasses import dataclass, field

from .taskfile import edit as edits, history as journal, lock, read as records, write
from .errors import VtrackError


@dataclass
class Change:
    task_id: str
    set: dict = field(default_factory=dict)  # field -> new value
    remove: tuple = ()  # fields to drop
    note: dict | list | None = None  # appended to notes (one, or several)
    what: str | None = None  # the log entry's what; None: nothing to log
    why: str | None = None  # this change's own reason, where it has one (else the command's)


def combine(task_id, parts):
    """Several changes to one task as one: their fields, one note, one log entry."""
    change = Change(task_id)
    whats, whys = [], []
    for part in parts:
        change.set.update(part.set)
        change.remove = tuple(dict.fromkeys(change.remove + part.remove))
        if part.note:
            notes = change.note or []
            change.note = notes + (part.note if isinstance(part.note, list) else [part.note])
        if part.what:
            whats.append(part.what)
        if part.why:
            whys.append(part.why)
    change.remove = tuple(k for k in change.remove if k not in change.set)
    change.what = "; ".join(whats) or None
    change.why = "; ".join(whys) or None
    return change


@dataclass
class Who:
    """Who makes the change, on which day, and why: read once by the CLI."""
    by: str
    on: object  # datetime.date
    why: str | None = None


class Names:
    """Department spellings known to the cache, for checking and canonical names."""

    def __init__(self, spellings, allow_new=False):
        self.spellings = spellings
        self.allow_new = allow_new  # a new name is written as given (reassign --new-dept)

    def canonical(self, name, for_writing=True):
        name = name.strip()
        if name in self.spellings:
            return self.spellings[name]
        if for_writing and self.allow_new:
            return name
        from .departments import did_you_mean
        hint = "" if not for_writing else "；若是新部门，请加 --new-dept"
        raise VtrackError(f"没有部门 {name}{did_you_mean(name, self.spellings)}{hint}")


# -- what each command changes ---------------------------------------------------------------

def reassign(task, names, to_from=None, add=None, remove=None, lead=None):
    """Owners and lead after moving a task between departments; roles and order are kept."""
    owners = list(task["owners"])
    leads = list(task["lead"]) if task["lead_given"] else []
    old_lead = list(task["lead"])
    said = []

    def index_of(name):
        wanted = names.canonical(name, for_writing=False)
        for i, owner in enumerate(owners):
            if names.spellings.get(owner, owner) == wanted:
                return i
        raise VtrackError(f"任务 {task['id']} 的责任单位中没有 {name}"
                          f"（它的责任单位：{'、'.join(owners)}）")

    if to_from:
        old, new = to_from
        i = index_of(old)
        new = names.canonical(new)
        was = owners[i]
        if new in owners:
            owners.pop(i)
        else:
            owners[i] = new
        leads = list(dict.fromkeys(new if n == was else n for n in leads))
        said.append(f"owners: {was} → {new}")
    if add:
        new = names.canonical(add)
        if new not in owners:
            owners.append(new)
            said.append(f"owners: + {new}")
    if remove:
        i = index_of(remove)
        gone = owners.pop(i)
        if not owners:
            raise VtrackError(f"任务 {task['id']} 将没有责任单位：请用 --to 或 --add 另给一个")
        leads = [n for n in leads if n != gone]
        said.append(f"owners: − {gone}")
    if lead:
        new = names.canonical(lead)
        if new not in owners:
            owners.insert(0, new)
        leads = [new]
    effective = leads or owners[:1]
    if effective != old_lead and (lead or not said):
        said.append(f"lead: {'、'.join(old_lead)} → {'、'.join(effective)}")
    change = Change(task["id"], what="; ".join(said) or None)
    if owners != task["owners"]:
        change.set["owners"] = owners
    if leads and (leads != owners[:1] or task["lead_given"]):
        if leads != (task["lead"] if task["lead_given"] else None):
            change.set["lead"] = leads
    elif task["lead_given"]:
        change.remove = ("lead",)
    return change


def set_status(task, status, on=None):
    if task["status"] == status:
        return Change(task["id"])
    change = Change(task["id"], set={"status": status},
                    what=f"status: {task['status']} → {status}")
    if status == "done":
        change.set["done_on"] = on
    elif task["done_on"]:
        change.remove = ("done_on",)
    return change


def postpone(task, to):
    change = Change(task["id"], set={"due": to},
                    what=f"due: {task['due'] or '无'} → {to}")
    if task["due"] and not task["due_original"]:
        change.set["due_original"] = task["due"]  # on-time counts judge by the first date
    return change


def note(task, text, on, by):
    return Change(task["id"], note={"on": on, "text": text, "by": by})


# -- applying ----------------------------------------------------------------------------------

def apply(tasks_path, open_store, task_ids, make_change, who, dry_run=False, allow_new=False,
          registry=None):
    """Change tasks in tasks.yaml and the cache; return (report lines, diff or None).

    make_change(task, names) -> Change. The read-modify-write holds the lock, so two
    vtrack processes cannot lose each other's change. registry(store, registry) -> the
    departments registry to write with the change, in the same write (reassign --retire).
    """
    with lock.locked(tasks_path):
        store = open_store()  # opened under the lock: fresh even if another writer just wrote
        ids = task_ids(store) if callable(task_ids) else list(dict.fromkeys(task_ids))
        tasks = [store.task(task_id) for task_id in ids]
        names = Names(store.department_names(), allow_new=allow_new)
        changes = [make_change(task, names) for task in tasks]
        text = edits.TaskText(tasks_path)
        made, report, noted = [], [], []
        for task, change in sorted(zip(tasks, changes), key=lambda pair: -pair[0]["offset"]):
            if not (change.set or change.remove or change.note):
                report.append(f"{task['id']}: 没有变化")
                continue
            notes = change.note if isinstance(change.note, list) else [change.note]
            # notes go to the history file, whose lines git merges from every clone
            noted += [{"on": n["on"], "task": task["id"], "kind": "note", "text": n["text"],
                       "by": n.get("by")} for n in notes if n]
            if not (change.set or change.remove or change.what):
                report.append(f"{task['id']}: " + "；".join(f"备注：{n['text']}"
                                                           for n in notes if n))
                continue
            start, end, block = text.block(task["id"], task["offset"])
            before = block.text()
            for key, value in change.set.items():
                block.set(key, value)
            for key in change.remove:
                block.remove(key)
            if change.what:
                block.append("log", [_entry({"on": who.on, "what": change.what,
                                             "why": change.why or who.why, "by": who.by})])
            after = block.text()
            try:
                new_task = edits.check_block(after, task["plan"])
            except records.FileProblems as e:
                raise VtrackError(f"对 {task['id']} 的修改将使记录无效：{e.problems[0][2]}；"
                                  "未做任何改动") from None
            text.replace(start, end, after)
            made.append((task, new_task, end, len(after) - len(before)))
            from .outputs.text import in_chinese
            report.append(f"{task['id']}: " + "；".join(
                ([in_chinese(change.what)] if change.what else []) +
                [f"备注：{n['text']}" for n in notes if n]))
        if registry is not None and made:
            from .taskfile.read import load_registry
            text.text = edits.set_departments(text.text, registry(store, load_registry(
                text.text, tasks_path)), text.newline)
        if not (made or noted):
            return report, None
        if dry_run:
            return report, (_diff(tasks_path, text) if made else "") + _notes_diff(
                journal.path_for(tasks_path), noted)
        # the notes first: should tasks.yaml then fail to be written, running the command
        # again finds them noted already (the import compares) and adds the rest
        place = {task["id"]: k for k, task in enumerate(tasks)}  # in the order asked for
        journal.append(journal.path_for(tasks_path), sorted(noted, key=lambda n: place[n["task"]]))
        if made:
            data = text.data()
            if registry is not None:
                records.parse(data, tasks_path)  # the registry too is checked before writing
            write.write_atomic(tasks_path, data)
            if registry is None:
                store.record_write(tasks_path, data, made)
            # else the file's head changed: the next command reads the whole file again
        journal.refresh(store.conn, tasks_path, tasks_changed=bool(made))
        return report, None


def _entry(entry):
    return {key: value for key, value in entry.items() if value is not None}


def _notes_diff(path, noted):
    """The lines the notes would add to the history file, as a diff shows them."""
    if not noted:
        return ""
    return f"--- a/{path}\n+++ b/{path}\n" + "".join(f"+{journal.line(n)}" for n in noted)


def _diff(path, text):
    import difflib
    with open(path, encoding="utf-8-sig") as f:
        old = f.read().splitlines(keepends=True)
    return "".join(difflib.unified_diff(old, text.text.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))
