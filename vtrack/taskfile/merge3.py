"""Three versions of tasks.yaml (the common base, ours, theirs) merged by plan, task and
field: git's merge driver for the file (`vtrack merge-file`, set up by gitrepo.py).

Pure: bytes in, bytes and what was left to settle out; no file, no clock, no git.

The result is ours' text with theirs' changes applied, block by block (blocks.py cuts the
files without a parse): a plan or task only theirs changed is taken as theirs wrote it, one
only ours changed stays as it is, so hand formatting and comments survive and a merge of
changes to different tasks touches nothing else. Where both changed one task, it is merged
field by field on ours' block (edit.Block): a field one side changed takes that side's
lines; logs, notes and recorded conflicts keep what either side added and drop what either
removed (an undo), logs in date order. Fields that belong together move together: status
with done_on, due with due_original, owners with lead, so that a merge never makes a record
vtrack would refuse. A field both changed two ways keeps ours and records theirs in the
task's `conflicts:` list, which `vtrack check` lists and `vtrack resolve` settles: the file
stays valid, and the next merge carries the record along like any field.

Tasks added on both sides under one id with two titles (two clones each added "the next"
task) are both kept: theirs gets the next free id of its plan, and a log entry saying so;
under one id with one title, they are one task added twice, merged field by field.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import FileProblems
from ..model import FIELDS, PLAN_KEYS, Conflict, FieldChange, LogEntry, Plan, Task, left_out
from . import blocks
from .edit import Block, check_block, set_departments
from .read import CONFLICT_FIELDS, TaskFile, parse
from .write import dump, dump_plans, dump_task, yaml_value

# fields that change together: a side's change of any of them takes the group
GROUPS: tuple[tuple[str, ...], ...] = (("status", "done_on"), ("due", "due_original"),
                                       ("owners", "lead"))
_GROUP = {name: group for group in GROUPS for name in group}
_JOINED = ("log", "notes", "conflicts")  # lists: what either side added, less what either removed
_DASH = re.compile(r"^( *)- ", re.M)


class Unreadable(Exception):
    """A side that is not a valid tasks.yaml: git's own line merge must do (markers)."""

    def __init__(self, side: str, problem: str):
        super().__init__(f"{_SIDES.get(side, side)}：{problem}")
        self.side = side


_SIDES = {"base": "共同版本", "ours": "本方", "theirs": "对方", "merged": "合并结果"}


@dataclass
class Outcome:
    data: bytes
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (task id, field)
    notices: list[str] = field(default_factory=list)  # what ours kept where no record can say
    renamed: list[tuple[str, str]] = field(default_factory=list)  # theirs' (old id, new id)


def merge(base: bytes, ours: bytes, theirs: bytes, today: datetime.date,
          path: str = "tasks.yaml") -> Outcome:
    """The three versions merged. Unreadable when ours or theirs (or a base that is not
    empty) is not a valid tasks.yaml."""
    if ours == theirs or base == theirs:
        return Outcome(ours)
    if base == ours:
        return Outcome(theirs)
    sides = {name: _Side.read(data, name, path) for name, data in
             (("base", base), ("ours", ours), ("theirs", theirs))}
    return _Merge(sides["base"], sides["ours"], sides["theirs"], today).run(
        bom=ours.startswith(b"\xef\xbb\xbf"))


# -- one version, cut into blocks --------------------------------------------------------------

@dataclass
class _Task:
    text: str  # its block, with the blank lines and comments after it
    task: Task


@dataclass
class _Plan:
    text: str  # the whole plan
    header: str  # to its first task (the whole plan where it has no task blocks)
    plan: Plan
    tasks: dict[str, _Task]
    task_indent: int | None  # of its tasks' `- ` lines


@dataclass
class _Side:
    name: str
    file: TaskFile
    head: str
    plans: dict[str, _Plan]
    cut: bool  # laid out in blocks vtrack can find (else only the records are merged)

    @classmethod
    def read(cls, data: bytes, name: str, path: str) -> _Side:
        if name == "base" and not data.strip():
            # the file was added on both sides: no common version
            data = b"version: 1\nplans: []\n"
        try:
            task_file = parse(data, path)
        except FileProblems as e:
            line, col, message = e.problems[0]
            raise Unreadable(name, f"{path}:{line}:{col}: {message}") from None
        text = data.decode("utf-8").removeprefix("\ufeff")
        layout = blocks.cut(text) if task_file.plans else None
        plans: dict[str, _Plan] = {}
        if layout is None or len(layout.plans) != len(task_file.plans):
            for plan in task_file.plans:
                plans[plan.id] = _Plan("", "", plan, {t.id: _Task("", t) for t in plan.tasks},
                                       None)
            empty = not task_file.plans and re.search(r"^plans:", text, re.M) is not None
            head = text if empty else ""
            return cls(name, task_file, head, plans, cut=empty)
        for segments, plan in zip(layout.plans, task_file.plans, strict=True):
            segments.cut_inside(text)
            tasks: dict[str, _Task] = {}
            ok = len(segments.tasks) == len(plan.tasks)
            indent = None
            for segment, task in zip(segments.tasks, plan.tasks, strict=False):
                # the cut is a guess: each block must start where the parser saw the task
                ok = ok and text[segment.start:task.offset].strip() == "-"
                tasks[task.id] = _Task(text[segment.start:segment.end], task)
                dash = _DASH.match(text, segment.start)
                indent = len(dash.group(1)) if dash else None
            if not ok:
                return cls.read_records(task_file, name)
            header = segments.header or segments.block
            plans[plan.id] = _Plan(text[segments.block.start:segments.block.end],
                                   text[header.start:header.end], plan, tasks, indent)
        return cls(name, task_file, text[layout.head.start:layout.head.end], plans, cut=True)

    @classmethod
    def read_records(cls, task_file: TaskFile, name: str) -> _Side:
        plans = {plan.id: _Plan("", "", plan, {t.id: _Task("", t) for t in plan.tasks}, None)
                 for plan in task_file.plans}
        return cls(name, task_file, "", plans, cut=False)


# -- the merge ---------------------------------------------------------------------------------

class _Merge:
    def __init__(self, base: _Side, ours: _Side, theirs: _Side, today: datetime.date):
        self.base, self.ours, self.theirs = base, ours, theirs
        self.today = today
        self.outcome = Outcome(b"")
        self.text_ok = ours.cut and theirs.cut
        # every task id of the result, to give a task added on both sides a free one
        self.ids = {t.id for side in (ours, theirs, base) for t in side.file.tasks()}

    def run(self, bom: bool) -> Outcome:
        registry = self.merge_map(self.base.file.departments, self.ours.file.departments,
                                  self.theirs.file.departments, "部门名录")
        settings = self.merge_map(self.base.file.settings, self.ours.file.settings,
                                  self.theirs.file.settings, "settings")
        plans = self.merge_plans()
        text = None
        if self.text_ok:
            text = self.head(registry, settings) + "".join(
                _ends_line(p.text) for p in plans)
            try:
                parse(text.encode("utf-8"))
            except FileProblems:
                text = None  # the blocks did not fit together: write the records instead
        if text is None:
            text = dump(registry, [p.plan for p in plans], settings)
            try:
                parse(text.encode("utf-8"))
            except FileProblems as e:  # (one id in two plans, say): no merge vtrack can write
                line, col, message = e.problems[0]
                raise Unreadable("merged", f"{line}:{col}: {message}") from None
        self.outcome.data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
        return self.outcome

    # the head: version, settings, departments
    def head(self, registry: dict, settings: dict) -> str:
        b, o, t = self.base.head, self.ours.head, self.theirs.head
        if t == b or o == t:
            head = o
        elif o == b:
            head = t
        else:
            head = o
        if registry != _read_head(head).departments:
            head = set_departments(head, registry)
        if settings != _read_head(head).settings:
            head = _set_settings(head, settings)
        return head

    def merge_map(self, base: dict, ours: dict, theirs: dict, what: str) -> dict:
        """A mapping merged by key: added on either side kept, removed on one side and
        unchanged on the other gone, changed two ways: ours (and said)."""
        out: dict = {}
        for key in list(ours) + [k for k in theirs if k not in ours]:
            b, o, t = base.get(key), ours.get(key), theirs.get(key)
            value = _three(b, o, t)
            if value is _CLASH:
                value = o
                self.outcome.notices.append(f"{what} 中的 {key} 两边改得不同：保留本方的")
            if value is not None:
                out[key] = value
        return out

    # plans
    def merge_plans(self) -> list[_Plan]:
        out: list[_Plan] = []
        for plan_id in _order(list(self.ours.plans), list(self.theirs.plans)):
            b = self.base.plans.get(plan_id)
            o = self.ours.plans.get(plan_id)
            t = self.theirs.plans.get(plan_id)
            if o is None or t is None:
                kept = self.one_sided(b, o, t, f"计划 {plan_id}")
                if kept is not None:
                    out.append(kept)
                continue
            if self.text_ok and (t.text == (b.text if b else None) or o.text == t.text):
                out.append(o)
            elif self.text_ok and b is not None and o.text == b.text:
                out.append(t)  # plans sit at the one plan indent blocks.cut found
            else:
                out.append(self.merge_plan(b, o, t))
        return out

    def one_sided(self, b: Any, o: Any, t: Any, what: str) -> Any:
        """A plan or task one side does not have: added there (kept), removed there (gone,
        unless the other side changed it: then kept, and said)."""
        present = o if o is not None else t
        if present is None:
            return None
        if b is None:
            return present  # added
        if _same(b, present):
            return None  # removed on one side, unchanged on the other
        side = "对方" if o is None else "本方"
        self.outcome.notices.append(f"{what} 被{side}删除，但另一方改动了它：保留改动后的")
        return present

    def merge_plan(self, b: _Plan | None, o: _Plan, t: _Plan) -> _Plan:
        header_plan = self.merge_header(b, o, t)
        tasks: list[_Task] = []
        b_tasks = b.tasks if b else {}
        for task_id in _order(list(o.tasks), list(t.tasks)):
            bt, ot, tt = b_tasks.get(task_id), o.tasks.get(task_id), t.tasks.get(task_id)
            if ot is None or tt is None:
                kept = self.one_sided(bt, ot, tt, f"任务 {task_id}")
                if kept is not None:
                    tasks.append(kept)
            elif bt is None and ot.task.title != tt.task.title:
                # two tasks under one id (each clone added "the next"): both kept
                tasks.append(ot)
                tasks.append(self.renamed(tt, o.plan.id))
            else:
                tasks.append(self.merge_task(bt, ot, tt))
        plan = Plan(**{k: getattr(header_plan, k) for k in PLAN_KEYS},
                    tasks=[t.task for t in tasks])
        if not self.text_ok:
            return _Plan("", "", plan, {}, None)
        header = o.header if _plan_fields(header_plan) == _plan_fields(o.plan) else \
            t.header if _plan_fields(header_plan) == _plan_fields(t.plan) and \
            t.task_indent == o.task_indent else None
        if header is None or (tasks and o.task_indent is None):
            # written anew from the records: the plan's own lines, with ours' indent
            spaces = " " * _dash_indent(o.text) if o.text else "  "
            return _Plan("\n".join(dump_plans([plan], spaces)) + "\n", "", plan, {}, None)
        return _Plan(header + "".join(_ends_line(_indented(t.text, o.task_indent))
                                      for t in tasks), header, plan, {}, o.task_indent)

    def merge_header(self, b: _Plan | None, o: _Plan, t: _Plan) -> Plan:
        fields = {}
        for key in PLAN_KEYS:
            values = [getattr(p.plan, key) if p else None for p in (b, o, t)]
            value = _three(*values)
            if value is _CLASH:
                value = values[1]
                self.outcome.notices.append(f"计划 {o.plan.id} 的 {key} 两边改得不同：保留本方的")
            fields[key] = value
        return Plan(**fields)

    # tasks
    def merge_task(self, b: _Task | None, o: _Task, t: _Task) -> _Task:
        if self.text_ok and (o.text == t.text or (b is not None and t.text == b.text)):
            return o
        if self.text_ok and b is not None and o.text == b.text:
            return t
        base = b.task if b else Task(o.task.id, "", [])
        values: dict[str, Any] = {}
        clashes: list[Conflict] = []
        for group in _groups():
            if group[0] in _JOINED:
                values[group[0]] = _joined(group[0], base.value(group[0]),
                                           o.task.value(group[0]), t.task.value(group[0]))
                continue
            ours_changed = any(o.task.value(n) != base.value(n) for n in group)
            theirs_changed = any(t.task.value(n) != base.value(n) for n in group)
            same = all(o.task.value(n) == t.task.value(n) for n in group)
            if same or not theirs_changed:
                take = [o.task.value(n) for n in group]
            elif not ours_changed:
                take = [t.task.value(n) for n in group]
            else:
                take = [o.task.value(n) for n in group]
                clashes += [Conflict(n, o.task.value(n), t.task.value(n)) for n in group
                            if n in CONFLICT_FIELDS and o.task.value(n) != t.task.value(n)]
            values.update(zip(group, take, strict=True))
        known = {_key(c) for c in values["conflicts"]}
        values["conflicts"] = list(values["conflicts"]) + [c for c in clashes
                                                             if _key(c) not in known]
        self.outcome.conflicts += [(o.task.id, c.field) for c in clashes]
        merged = _with(o.task, values)
        return _Task(self.block_for(o, t, merged), merged)

    def block_for(self, o: _Task, t: _Task, merged: Task) -> str:
        """ours' block with the fields that differ set to the merged values: theirs' own lines
        where theirs has the value, else written anew; the whole record anew where that
        does not read back as the merged task."""
        if not self.text_ok:
            return ""
        indent = _field_indent(o.text)
        ours = Block(o.text, indent, "\n")
        theirs = Block(_indented(t.text, _dash_indent(o.text)), indent, "\n")
        theirs_lines = {name: theirs.lines[first:end] for name, first, end in theirs._fields()}
        for f in FIELDS[1:]:
            new, old = merged.value(f.name), o.task.value(f.name)
            if new == old:
                continue
            if new == t.task.value(f.name) and f.name in theirs_lines:
                _replace_lines(ours, f.name, theirs_lines[f.name])
            elif left_out(f.name, new, merged):
                ours.remove(f.name)
            elif f.listed and f.kind != "names":
                ours.remove(f.name)
                ours.append(f.name, new)
            else:
                ours.set(f.name, new)
        text = ours.text()
        if _reads_as(text, merged):
            return text
        lines = dump_task(merged, " " * _dash_indent(o.text))
        return "\n".join(lines) + "\n" + _trailer(o.text)

    def renamed(self, t: _Task, plan_id: str) -> _Task:
        """Theirs' task added under an id ours added too: the next free id of its plan."""
        number = 1
        while f"{plan_id}-{number:02d}" in self.ids:
            number += 1
        new_id = f"{plan_id}-{number:02d}"
        self.ids.add(new_id)
        old_id = t.task.id
        entry = LogEntry(self.today, [FieldChange(None, None,
                         f"合并时编号 {old_id} 已被另一方新增的任务占用，改为 {new_id}")],
                         None, "vtrack")
        task = _with(t.task, {"id": new_id, "log": [*t.task.log, entry]})
        self.outcome.renamed.append((old_id, new_id))
        if not self.text_ok:
            return _Task("", task)
        block = Block(t.text, _field_indent(t.text), "\n")
        block.set("id", new_id)
        block.append("log", [entry])
        text = block.text()
        if not _reads_as(text, task):
            text = "\n".join(dump_task(task, " " * _dash_indent(t.text))) + "\n"
        return _Task(text, task)


# -- helpers -----------------------------------------------------------------------------------

class _Clash:
    pass


_CLASH: Any = _Clash()


def _three(b: Any, o: Any, t: Any) -> Any:
    """One value merged: the side that changed it, else ours; _CLASH when both did, two
    ways."""
    if o == t or t == b:
        return o
    if o == b:
        return t
    return _CLASH


def _groups() -> list[tuple[str, ...]]:
    seen: list[tuple[str, ...]] = []
    for f in FIELDS[1:]:
        group = _GROUP.get(f.name, (f.name,))
        if group not in seen:
            seen.append(group)
    return seen


def _key(entry: Any) -> str:
    return yaml_value(entry)


def _joined(name: str, base: list, ours: list, theirs: list) -> list:
    """What either side added, less what either removed; logs and notes in date order (a
    stable sort: ours' entries of a day before theirs')."""
    b = {_key(e) for e in base}
    o = {_key(e) for e in ours}
    t = {_key(e) for e in theirs}
    out = [e for e in ours if _key(e) in t or _key(e) not in b]
    have = {_key(e) for e in out}
    out += [e for e in theirs if _key(e) not in have and _key(e) not in b and _key(e) not in o]
    if name in ("log", "notes"):
        out.sort(key=lambda e: e.on)
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, _Task):
        return a.text == b.text if a.text and b.text else _fields(a.task) == _fields(b.task)
    if isinstance(a, _Plan):
        return a.text == b.text if a.text and b.text else (
            _plan_fields(a.plan) == _plan_fields(b.plan)
            and [_fields(t) for t in a.plan.tasks] == [_fields(t) for t in b.plan.tasks])
    return bool(a == b)


def _fields(task: Task) -> list:
    return [yaml_value(task.value(f.name)) for f in FIELDS]


def _plan_fields(plan: Plan) -> list:
    return [getattr(plan, k) for k in PLAN_KEYS]


def _with(task: Task, values: dict[str, Any]) -> Task:
    from dataclasses import replace
    return replace(task, **values)


def _order(ours: list[str], theirs: list[str]) -> list[str]:
    """Ours' order, with what only theirs has after the item it follows there."""
    out = list(ours)
    have = set(out)
    for k, key in enumerate(theirs):
        if key in have:
            continue
        after = next((theirs[j] for j in range(k - 1, -1, -1) if theirs[j] in have), None)
        out.insert(out.index(after) + 1 if after is not None else 0, key)
        have.add(key)
    return out


def _replace_lines(block: Block, name: str, lines: list[str]) -> None:
    fields = block._fields()
    for key, first, end in fields:
        if key == name:
            block.lines[first:end] = [_ends_line(line) for line in lines]
            return
    block.set(name, None)  # a line where the field order puts it, replaced at once
    _replace_lines(block, name, lines)


def _reads_as(text: str, task: Task) -> bool:
    try:
        found = check_block(text, task.plan or task.id.rsplit("-", 1)[0])
    except FileProblems:
        return False
    return _fields(found) == _fields(task)


def _dash_indent(text: str) -> int:
    m = _DASH.match(text)
    return len(m.group(1)) if m else 0


def _field_indent(text: str) -> int:
    m = re.match(r"^( *- +)", text)
    return len(m.group(1)) if m else 2


def _indented(text: str, indent: int | None) -> str:
    """A block moved to another indent, its lines shifted alike."""
    have = _dash_indent(text)
    if indent is None or indent == have:
        return text
    shift = indent - have
    out = []
    for line in text.splitlines(keepends=True):
        if not line.strip():
            out.append(line)
        elif shift > 0:
            out.append(" " * shift + line)
        else:
            cut = min(-shift, len(line) - len(line.lstrip(" ")))
            out.append(line[cut:])
    return "".join(out)


def _trailer(text: str) -> str:
    """The blank lines and comments after a block's last field."""
    lines = text.splitlines(keepends=True)
    k = len(lines)
    while k > 1 and (not lines[k - 1].strip() or lines[k - 1].lstrip().startswith("#")):
        k -= 1
    return "".join(lines[k:])


def _ends_line(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


def _read_head(head: str) -> TaskFile:
    from .read import parse_head
    return parse_head(head if re.search(r"^plans:", head, re.M) else head + "plans:\n")


def _set_settings(head: str, settings: dict) -> str:
    """The head with its `settings:` section written anew (dropped where there are none)."""
    lines = head.splitlines(keepends=True)
    new = ["settings:\n"] + [f"  {k}: {yaml_value(v)}\n" for k, v in settings.items()]
    start = next((i for i, line in enumerate(lines) if re.match(r"settings:\s*(#.*)?$", line)),
                 None)
    if start is None:
        at = next((i for i, line in enumerate(lines) if re.match(r"(departments|plans):", line)),
                  len(lines))
        return "".join(lines[:at] + (new if settings else []) + lines[at:])
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t#"):
        end += 1
    return "".join(lines[:start] + (new if settings else []) + lines[end:])
