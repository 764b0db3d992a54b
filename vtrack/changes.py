"""What the editing commands change: typed edits (Reassign, SetStatus, Postpone, AddNote,
Reviewed, Correct, FromLedger) that turn a task, as the cache holds it, into a Change.

Pure: no file, no cache, no clock. Writing a Change into tasks.yaml is
taskfile.session.EditSession's job; choosing the tasks is the core's (api.Tracker).
"""
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from .errors import VtrackError
from .model import CORRECTED, FieldChange, Note, Status, Task, left_out, plain_text

Date = datetime.date


@dataclass
class Change:
    """What to do to one task's record: fields to set or drop, notes to add, and the field
    changes its log entry records (none: nothing logged)."""
    task_id: str
    set: dict[str, object] = field(default_factory=dict)
    remove: tuple[str, ...] = ()
    notes: list[Note] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    why: str | None = None  # this change's own reason, where it has one (else the command's)

    @property
    def empty(self) -> bool:
        """Nothing to do (a log entry alone is something: an undo of a note writes one)."""
        return not (self.set or self.remove or self.notes or self.changes)

    @property
    def edits_record(self) -> bool:
        """Whether tasks.yaml changes (notes alone go to the history file)."""
        return bool(self.set or self.remove or self.changes)


def combine(task_id: str, parts: list[Change]) -> Change:
    """Several changes to one task as one: their fields, their notes, one log entry."""
    change = Change(task_id)
    whys = []
    for part in parts:
        change.set.update(part.set)
        change.remove = tuple(dict.fromkeys(change.remove + part.remove))
        change.notes += part.notes
        change.changes += part.changes
        if part.why:
            whys.append(part.why)
    change.remove = tuple(k for k in change.remove if k not in change.set)
    change.why = "; ".join(whys) or None
    return change


@dataclass(frozen=True)
class Who:
    """Who makes the change, on which day, and why: read once by the CLI."""
    by: str
    on: Date
    why: str | None = None


class Names:
    """Department spellings known to the cache, for checking and canonical names."""

    def __init__(self, spellings: dict[str, str], allow_new: bool = False):
        self.spellings = spellings
        self.allow_new = allow_new  # a new name is written as given (reassign --new-dept)

    def canonical(self, name: str, for_writing: bool = True) -> str:
        """The name to write for a spelling typed: as it is known, else as its look-alikes
        are (市教育\u200b局 and 市敎育局 find 市教育局: departments.identity)."""
        name = name.strip()
        if name in self.spellings:
            return self.spellings[name]
        from .departments import did_you_mean, identity, visible
        key = identity(name)
        if key in self.spellings:
            return self.spellings[key]
        if for_writing and self.allow_new:
            return visible(name)  # a new unit as typed, less the characters no one sees
        hint = "" if not for_writing else "；若是新部门，请加 --new-dept"
        raise VtrackError(f"没有部门 {name}{did_you_mean(name, self.spellings)}{hint}")


class Edit(Protocol):
    def change(self, task: Task, names: Names) -> Change: ...


# -- the edits ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reassign:
    """Move a task between departments; roles and order are kept. `replace` is (old, new):
    new takes old's place and role."""
    replace: tuple[str, str] | None = None
    add: tuple[str, ...] = ()  # each one given (--add A --add B)
    remove: tuple[str, ...] = ()
    lead: str | None = None

    def change(self, task: Task, names: Names) -> Change:
        owners = list(task.owners)
        leads = list(task.lead)
        old_lead = task.effective_lead
        said: list[FieldChange] = []

        def index_of(name: str) -> int:
            wanted = names.canonical(name, for_writing=False)
            for i, owner in enumerate(owners):
                if names.spellings.get(owner, owner) == wanted:
                    return i
            raise VtrackError(f"任务 {task.id} 的责任单位中没有 {name}"
                              f"（它的责任单位：{'、'.join(owners)}）")

        if self.replace:
            old, new = self.replace
            i = index_of(old)
            new = names.canonical(new)
            was = owners[i]
            if new in owners:
                owners.pop(i)
            else:
                owners[i] = new
            leads = list(dict.fromkeys(new if n == was else n for n in leads))
            said.append(FieldChange("owners", was, new))
        for name in self.add:
            new = names.canonical(name)
            if new not in owners:
                owners.append(new)
                said.append(FieldChange("owners", None, new))
        for name in self.remove:
            i = index_of(name)
            gone = owners.pop(i)
            if not owners:
                raise VtrackError(f"任务 {task.id} 将没有责任单位：请用 --to 或 --add 另给一个")
            leads = [n for n in leads if n != gone]
            said.append(FieldChange("owners", gone, None))
        if self.lead:
            new = names.canonical(self.lead)
            if new not in owners:
                owners.insert(0, new)
            leads = [new]
        effective = leads or owners[:1]
        if effective != old_lead and (self.lead or not said):
            said.append(FieldChange("lead", "、".join(old_lead), "、".join(effective)))
        change = Change(task.id, changes=said)
        if owners != task.owners:
            change.set["owners"] = owners
        if leads and (leads != owners[:1] or task.lead):
            if leads != task.lead:
                change.set["lead"] = leads
        elif task.lead:
            change.remove = ("lead",)
        return change


@dataclass(frozen=True)
class SetStatus:
    status: Status
    on: Date | None = None  # the day it was done (done only)

    def change(self, task: Task, names: Names | None = None) -> Change:
        if task.status == self.status:
            return Change(task.id)
        change = Change(task.id, set={"status": Status(self.status)},
                        changes=[FieldChange("status", str(task.status), str(self.status))])
        if self.status == Status.DONE:
            change.set["done_on"] = self.on
        elif task.done_on:
            change.remove = ("done_on",)
        return change


@dataclass(frozen=True)
class Postpone:
    to: Date

    def change(self, task: Task, names: Names | None = None) -> Change:
        if not task.is_open:
            raise VtrackError(f"任务 {task.id} 的状态是“{Status(task.status).zh}”：不能延期；"
                              f"要重新办理，请先 vtrack reopen {task.id}")
        if task.due == self.to:
            return Change(task.id)  # the date it has: nothing to change, nothing to log
        change = Change(task.id, set={"due": self.to}, changes=[FieldChange(
            "due", task.due.isoformat() if task.due else None, self.to.isoformat())])
        if task.due and not task.due_original:
            change.set["due_original"] = task.due  # on-time counts judge by the first date
        return change


@dataclass(frozen=True)
class AddNote:
    text: str
    on: Date
    by: str

    def change(self, task: Task, names: Names | None = None) -> Change:
        text = plain_text(self.text)
        if not text:
            raise VtrackError(f"任务 {task.id}：备注是空的：请写下要记的内容")
        return Change(task.id, notes=[Note(self.on, text, self.by)])


@dataclass(frozen=True)
class Reviewed:
    """A person has checked what extraction read: the task's `review` goes, and its log keeps
    the reason it had (the reason is what the person checked)."""

    def change(self, task: Task, names: Names | None = None) -> Change:
        if not task.review:
            return Change(task.id)
        if not task.owners:  # the plan named none: reviewing it is naming one
            raise VtrackError(f"任务 {task.id} 还没有责任单位：请先用 vtrack reassign {task.id} "
                              "--add 单位 填写，再标记已复核")
        # `review: true → 无` where the record kept no reason; a reason written by hand is
        # made one line a log's words can hold (`; ` and ` → ` part them)
        reason = " ".join((task.review_reason or "true").split())
        reason = reason.replace("; ", "；").replace(" → ", "→")
        return Change(task.id, remove=("review",), changes=[FieldChange("review", reason, None)])


@dataclass(frozen=True)
class Correct:
    """A record put right, not a change of plan (vtrack edit): a mistyped title, text, unit
    or date. A due date corrected is no postponement: due_original stays as it is, so the
    on-time figures do not count it, and the log says 更正."""
    title: str | None = None
    text: str | None = None
    owners: tuple[str, ...] = ()  # the whole list, lead first unless `lead` says
    lead: str | None = None
    due: Date | None = None

    def change(self, task: Task, names: Names) -> Change:
        change = Change(task.id)
        said = change.changes
        if self.title is not None:
            title = " ".join(plain_text(self.title).split())
            if not title:
                raise VtrackError(f"任务 {task.id}：标题是空的：请写下新的标题")
            if title != task.title:
                change.set["title"] = title
                said.append(FieldChange(f"{CORRECTED}title", one_line(task.title),
                                        one_line(title)))
        if self.text is not None:
            text = plain_text(self.text)
            if not text:
                raise VtrackError(f"任务 {task.id}：任务内容是空的：请写下新的内容")
            if text != (task.text or ""):
                change.set["text"] = text
                said.append(FieldChange(f"{CORRECTED}text", None, None))
        owners = list(task.owners)
        if self.owners:
            owners = list(dict.fromkeys(names.canonical(n) for n in self.owners))
        leads = [n for n in task.lead if n in owners]
        if self.lead:
            lead = names.canonical(self.lead)
            if lead not in owners:
                owners.insert(0, lead)
            leads = [lead]
        if owners != task.owners:
            change.set["owners"] = owners
            said.append(FieldChange(f"{CORRECTED}owners", "、".join(task.owners) or None,
                                    "、".join(owners)))
        old_lead = task.effective_lead
        if leads and leads != owners[:1]:
            if leads != task.lead:
                change.set["lead"] = leads
        elif task.lead:
            change.remove = ("lead",)
        if (leads or owners[:1]) != old_lead and self.lead:
            said.append(FieldChange(f"{CORRECTED}lead", "、".join(old_lead) or None,
                                    "、".join(leads or owners[:1])))
        if self.due is not None and self.due != task.due:
            change.set["due"] = self.due
            said.append(FieldChange(f"{CORRECTED}due", task.due.isoformat() if task.due
                                    else None, self.due.isoformat()))
        return change


def one_line(text: str) -> str:
    """Words a log entry can hold as a value: `; ` and ` → ` part its changes."""
    return " ".join(text.split()).replace("; ", "；").replace(" → ", "→")


@dataclass(frozen=True)
class Each:
    """A different edit for each task, by id (an import's rows)."""
    edits: Mapping[str, Edit]

    def change(self, task: Task, names: Names) -> Change:
        return self.edits[task.id].change(task, names)


@dataclass(frozen=True)
class Resolve:
    """Settle what a git merge left in a task's `conflicts:` (taskfile/merge3.py): keep ours
    (the record as it stands) or theirs (the other side's values), for the fields given or
    all of them. The log says which side was kept."""
    keep: str  # "ours" or "theirs"
    fields: tuple[str, ...] = ()

    def change(self, task: Task, names: Names | None = None) -> Change:
        chosen = [c for c in task.conflicts if not self.fields or c.field in self.fields]
        if not chosen:
            listed = "、".join(dict.fromkeys(c.field for c in task.conflicts))
            raise VtrackError(f"任务 {task.id} 没有合并冲突" if not listed else
                              f"任务 {task.id} 的合并冲突在 {listed}，不在 "
                              f"{'、'.join(self.fields)}")
        change = Change(task.id)
        for conflict in chosen:
            old, new = task.value(conflict.field), conflict.theirs
            if self.keep != "theirs" or _plain(old) == _plain(new):
                change.changes.append(FieldChange(None, None,
                                                  f"合并冲突 {conflict.field}：保留本方"))
                continue
            if left_out(conflict.field, new, task):
                change.remove += (conflict.field,)
            else:
                change.set[conflict.field] = new
            if conflict.field in ("owners", "lead", "status", "due"):
                change.changes.append(FieldChange(conflict.field, _shown(old), _shown(new)))
            else:
                change.changes.append(FieldChange(None, None,
                                                  f"合并冲突 {conflict.field}：取另一方"))
        rest = [c for c in task.conflicts if c not in chosen]
        if rest:
            change.set["conflicts"] = rest
        else:
            change.remove += ("conflicts",)
        return change


def _plain(value: object) -> object:
    from .model import plain_value
    return plain_value(value)


def _shown(value: object) -> str | None:
    """A value as a log's words give it: names joined by 、, a date ISO, none as None."""
    if value is None or value is False or value == []:
        return None
    if isinstance(value, list):
        return "、".join(map(str, value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


# -- what a returned 台账's rows ask ---------------------------------------------------------------

@dataclass
class Request:
    """What one row of a returned 台账 asks of its task, before it is checked against the
    task as it is."""
    place: tuple[str, str, int]  # (file name, sheet, row)
    by: str  # the department the workbook went to, or 台账
    on: Date  # the day of the import: the notes' date
    progress: str | None = None
    done_on: Date | None = None  # 办结 on that day
    status: Status | None = None
    new_due: Date | None = None
    reason: str | None = None


@dataclass(frozen=True)
class FromLedger:
    """The rows of returned workbooks about one task, as one change."""
    requests: tuple[Request, ...]

    def change(self, task: Task, names: Names | None = None) -> Change:
        return self.planned(task)[0]

    def planned(self, task: Task) -> tuple[Change, str]:
        """The change and its words: nothing for what is done already, so that importing
        the same workbook twice changes nothing the second time."""
        parts, said = [], []
        for request in self.requests:
            progress = plain_text(request.progress or "")
            if progress and not any(n.text == progress and n.by == request.by
                                    for n in task.notes):
                parts.append(AddNote(progress, request.on, request.by).change(task))
                said.append(f"进展：{progress}")
            if request.done_on and task.status != Status.DONE:
                parts.append(SetStatus(Status.DONE, request.done_on).change(task))
                said.append(f"办结（{request.done_on}）")
            elif request.status and request.status not in (task.status, Status.DONE) and \
                    not request.done_on:
                parts.append(SetStatus(request.status).change(task))
                said.append(f"状态改为{Status(request.status).zh}")
            if request.new_due and request.new_due != task.due:
                change = Postpone(request.new_due).change(task)
                change.why = f"{request.reason}（{request.by}）"
                parts.append(change)
                said.append(f"延期至 {request.new_due}（{request.reason}）")
        return combine(task.id, parts), "；".join(said)
