"""What vtrack keeps: plans, their tasks, and the words people use for their states.

A task's fields are written once, in FIELDS: the tasks.yaml reader, the cache's columns and
the JSON keys are derived from that table (beets' `_fields` is the pattern). What follows
from the fields (the lead that counts, whether a task is open, its light on a day, whether it
was done on time) are properties and methods of Task, never keys added on the way.

Nothing here reads the clock, a file or the cache.
"""
from __future__ import annotations

import datetime
import enum
import re
from dataclasses import dataclass, field
from typing import Any, Literal

Date = datetime.date


class Status(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def zh(self) -> str:
        return _STATUS_ZH[self]

    @property
    def is_open(self) -> bool:
        return self in (Status.OPEN, Status.IN_PROGRESS)

    @classmethod
    def from_words(cls, text: str) -> Status | None:
        """A status as people type it, in English or Chinese (待办, 推进中, 办结 …)."""
        return _STATUS_WORDS.get(str(text).strip())


_STATUS_ZH = {Status.OPEN: "待办", Status.IN_PROGRESS: "推进中", Status.DONE: "已完成",
              Status.CANCELLED: "已取消"}
_STATUS_WORDS = {**{s.value: s for s in Status}, **{zh: s for s, zh in _STATUS_ZH.items()},
                 "未开始": Status.OPEN, "进行中": Status.IN_PROGRESS, "完成": Status.DONE,
                 "办结": Status.DONE, "已办结": Status.DONE, "取消": Status.CANCELLED}
STATUS_WORDS: tuple[str, ...] = tuple(_STATUS_WORDS)  # every word from_words takes


def sql_open(column: str = "status") -> str:
    """Status.is_open as the cache asks it: `status IN ('open', 'in_progress')`."""
    words = ", ".join(f"'{s.value}'" for s in Status if s.is_open)
    return f"{column} IN ({words})"


class Repeat(enum.StrEnum):
    YEARLY = "yearly"
    HALF_YEARLY = "half-yearly"  # 每半年一总结: as common in plans as 每季度
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    SEMIMONTHLY = "semimonthly"  # 每半月一汇报
    WEEKLY = "weekly"  # 每周一调度
    DAILY = "daily"  # 每天到各村督查: the work of every day

    @property
    def zh(self) -> str:
        return {"yearly": "每年", "half-yearly": "每半年", "quarterly": "每季度",
                "monthly": "每月", "semimonthly": "每半月", "weekly": "每周",
                "daily": "每天"}[self.value]


# line and paragraph separators, and every control character but the newline and the tab
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def plain_text(text: str) -> str:
    """Words people give vtrack to keep (a note, progress, a reason): separators as newlines,
    no control characters, no blank ends. What goes into the files is this, so a line of the
    history file is always one line."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", text)).strip()


def repeat_zh(repeat: str | None) -> str | None:
    return Repeat(repeat).zh if repeat else None


# -- 红黄绿灯 -----------------------------------------------------------------------------------
# 红 (red): past its due date. 黄 (yellow): due within the next `yellow_days` days, 7 unless
# tasks.yaml's `settings: {yellow_days: N}` says otherwise (a week's notice, the interval of
# the weekly 调度 most offices hold). 绿 (green): on track, a later date or ongoing work
# without one. Done and cancelled tasks have no light.

YELLOW_DAYS = 7


class Light(enum.StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"

    @property
    def zh(self) -> str:
        return {"red": "红", "yellow": "黄", "green": "绿"}[self.value]

    @property
    def fill(self) -> str:
        """The cell fill Excel itself uses for bad, neutral and good."""
        return {"red": "FFC7CE", "yellow": "FFEB9C", "green": "C6EFCE"}[self.value]



# -- the parts of a task --------------------------------------------------------------------------

@dataclass(slots=True)
class Milestone:
    due: Date
    text: str | None = None

    def as_dict(self) -> dict[str, object]:
        return _present({"due": self.due, "text": self.text})


@dataclass(slots=True)
class Note:
    on: Date
    text: str
    by: str | None = None

    def as_dict(self) -> dict[str, object]:
        return _present({"on": self.on, "text": self.text, "by": self.by})


@dataclass(slots=True, frozen=True)
class FieldChange:
    """One field's change, as a log entry records it. owners may gain (old None) or lose
    (new None) one unit; a field of None is words the log holds that name no field."""
    field: str | None
    old: str | None
    new: str | None

    @property
    def correction(self) -> bool:
        """A record put right (vtrack edit): not a change of plan — no postponement, no
        transfer; the log writes it `更正 due: A → B`."""
        return bool(self.field and self.field.startswith(CORRECTED))

    def text(self) -> str:
        """As tasks.yaml's log writes it: `owners: A → B`, `owners: + C`, `due: 无 → …`."""
        if self.field is None:
            return self.new or ""
        if self.correction and self.old is None and self.new is None:
            return self.field  # `更正 text`: a long text's words are not repeated in the log
        if self.field == "owners" and self.old is None:
            return f"owners: + {self.new}"
        if self.field == "owners" and self.new is None:
            return f"owners: − {self.old}"
        return f"{self.field}: {self.old or '无'} → {self.new or '无'}"

    def describe_zh(self) -> str:
        """As people read it (the digest, history, a command's report)."""
        old, new = self.old, self.new
        if self.field and self.correction:
            label = _LABELS.get(self.field[len(CORRECTED):], self.field[len(CORRECTED):])
            if old is None and new is None:
                return f"更正{label}"
            return f"更正{label}为 {new or '无'}（原为 {old or '无'}）"
        if self.field == "owners":
            if old is None:
                return f"增加责任单位{new}"
            if new is None:
                return f"不再由{old}负责"
            if "、" not in old and "、" not in new:
                return f"改由{new}负责（原为{old}）"
            return f"责任单位由{old}改为{new}"
        if self.field == "lead":
            return f"改由{new}牵头"
        if self.field == "status" and new in _STATUS_CHANGES:
            return _STATUS_CHANGES[new]
        if self.field == "review":
            # the reason it had stays in the log's words; as people read it, one phrase, so
            # that the digest shows a plan's tasks reviewed at once as one row
            return "已人工复核"
        if self.field == "due":
            if old is None:
                return f"定下期限 {new}"
            if new is None:
                return "取消期限"
            return f"延期至 {new}" if new > old else f"期限提前至 {new}"
        return self.text()

    @classmethod
    def parse(cls, what: str) -> list[FieldChange]:
        """The changes a log's `what` text records. Read only where the files are read: the
        log in tasks.yaml and the history file hold this text; vtrack passes the typed form."""
        changes = []
        for part in what.split("; "):
            name, sep, rest = part.partition(": ")
            if part.startswith(CORRECTED) and part[len(CORRECTED):] in _LABELS:
                changes.append(cls(part, None, None))  # `更正 text`
            elif name.startswith(CORRECTED) and name[len(CORRECTED):] in _LABELS and \
                    " → " in rest:
                old, new = rest.split(" → ", 1)
                changes.append(cls(name, None if old == "无" else old,
                                   None if new == "无" else new))
            elif not sep or name not in ("owners", "lead", "status", "due", "review"):
                changes.append(cls(None, None, part))
            elif name == "owners" and rest.startswith("+ "):
                changes.append(cls(name, None, rest[2:]))
            elif name == "owners" and rest.startswith("− "):
                changes.append(cls(name, rest[2:], None))
            elif " → " in rest:
                old, new = rest.split(" → ", 1)
                changes.append(cls(name, None if old == "无" else old,
                                   None if new == "无" else new))
            else:
                changes.append(cls(None, None, part))
        return changes


# a correction's field in the log: `更正 due: 2022-08-13 → 2022-08-31` (vtrack edit)
CORRECTED = "更正 "
_LABELS = {"title": "标题", "text": "任务内容", "owners": "责任单位", "lead": "牵头单位",
           "due": "期限", "id": "编号"}

_STATUS_CHANGES = {"done": "办结", "cancelled": "取消", "in_progress": "开始推进",
                   "open": "重新打开"}


def describe_zh(changes: list[FieldChange]) -> str:
    return "；".join(c.describe_zh() for c in changes)


def changes_text(changes: list[FieldChange]) -> str:
    return "; ".join(c.text() for c in changes)


@dataclass(slots=True)
class LogEntry:
    """A change vtrack made: on a day, by someone, for a reason."""
    on: Date
    changes: list[FieldChange]
    why: str | None = None
    by: str | None = None

    @property
    def what(self) -> str:
        return changes_text(self.changes)

    def as_dict(self) -> dict[str, object]:
        return _present({"on": self.on, "what": self.what, "why": self.why, "by": self.by})


@dataclass(slots=True, frozen=True)
class Conflict:
    """A field two clones changed two ways, as the merge (taskfile/merge3.py) left it: the
    record keeps ours, this keeps both, until `vtrack resolve` settles it. A value None: the
    field was absent on that side."""
    field: str
    ours: Any
    theirs: Any

    def as_dict(self) -> dict[str, object]:
        return {"field": self.field, "ours": plain_value(self.ours),
                "theirs": plain_value(self.theirs)}

    @classmethod
    def of(cls, name: str, ours: Any, theirs: Any) -> Conflict:
        """From values as read (YAML converters) or stored (the cache's JSON: ISO dates)."""
        return cls(name, typed_value(name, ours), typed_value(name, theirs))


def plain_value(value: Any) -> Any:
    """A field's value as YAML and JSON write it: words for a status, mappings for parts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [v.as_dict() if hasattr(v, "as_dict") else v for v in value]
    return value


def typed_value(name: str, value: Any) -> Any:
    """A field's value as a Task holds it, from its plain form (plain_value's, or JSON's)."""
    kind = _KINDS.get(name)
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if kind == "status":
        return Status(value)
    if kind == "milestones":
        return [m if isinstance(m, Milestone) else
                Milestone(typed_value("due", m["due"]), m.get("text")) for m in value]
    return value


@dataclass(slots=True, frozen=True)
class Role:
    department: str  # the unit counted: 鄂州市教育局 for 市教育局 of a 鄂州市 plan
    role: Literal["lead", "co"]


def _present(values: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in values.items() if value is not None}


# -- the table of fields --------------------------------------------------------------------------

Kind = Literal["text", "int", "bool", "date", "names", "repeat", "status", "milestones", "notes",
               "log", "review", "conflicts"]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a task in tasks.yaml, in the file's order."""
    name: str
    kind: Kind
    required: bool = False  # the checker asks for it

    @property
    def listed(self) -> bool:
        """Kept as a list (a JSON array in the cache)."""
        return self.kind in ("names", "milestones", "notes", "log", "conflicts")


FIELDS: tuple[Field, ...] = (
    Field("id", "text", required=True),
    Field("seq", "int"),
    Field("section", "text"),
    Field("title", "text", required=True),
    Field("text", "text"),
    Field("owners", "names", required=True),
    Field("lead", "names"),
    Field("others", "bool"),
    Field("due", "date"),
    Field("due_original", "date"),
    Field("due_text", "text"),
    Field("ongoing", "bool"),
    Field("repeat", "repeat"),
    Field("milestones", "milestones"),
    Field("status", "status"),
    Field("done_on", "date"),
    Field("review", "review"),
    Field("notes", "notes"),
    Field("log", "log"),
    Field("conflicts", "conflicts"),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
_KINDS: dict[str, str] = {f.name: f.kind for f in FIELDS}
# what vtrack works out, after the fields, in JSON
DERIVED_KEYS = ("days_overdue", "light")
JSON_KEYS: tuple[str, ...] = ("id", "plan") + FIELD_NAMES[1:] + DERIVED_KEYS


@dataclass(slots=True)
class Task:
    """One task of a plan, as tasks.yaml holds it (FIELDS), with where it stands."""
    id: str
    title: str
    owners: list[str]
    plan: str = ""
    seq: int | None = None
    section: str | None = None
    text: str | None = None
    lead: list[str] = field(default_factory=list)  # the lead as given; [] = the first owner
    others: bool = False  # the plan's list ends 等: more units than it names
    due: Date | None = None
    due_original: Date | None = None  # the first date, when postponed
    due_text: str | None = None  # the plan's words for the deadline
    ongoing: bool = False
    repeat: str | None = None
    milestones: list[Milestone] = field(default_factory=list)
    status: Status = Status.OPEN
    done_on: Date | None = None
    # a person should check what extraction read: why (the reasons, joined by ；), or True
    # where the file says only `review: true` (files written before the reasons were kept)
    review: bool | str = False
    notes: list[Note] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    # what a git merge could not join: the other side's value of a field both sides changed
    conflicts: list[Conflict] = field(default_factory=list)
    # -- not fields of the file: where the task stands, and what it is on a day --
    line: int | None = None  # of its first line in tasks.yaml, where it was read from there
    offset: int | None = None  # the character where its block starts in tasks.yaml
    position: int | None = None  # its place in its plan
    roles: list[Role] = field(default_factory=list)  # its units as counted (from the cache)
    days_overdue: int | None = None  # set by judge(): as of the day asked
    light: Light | None = None  # set by judge()

    @property
    def effective_lead(self) -> list[str]:
        """The units that lead: the lead given, else the first owner."""
        return self.lead or self.owners[:1]

    @property
    def is_open(self) -> bool:
        return Status(self.status).is_open

    @property
    def review_reason(self) -> str | None:
        """Why the task is to be reviewed, where the record says (None: not flagged, or
        flagged by `review: true` alone)."""
        return self.review if isinstance(self.review, str) and self.review else None

    @property
    def first_due(self) -> Date | None:
        """The date on-time figures judge by: the first one, before any postponement."""
        return self.due_original or self.due

    @property
    def done_on_time(self) -> bool:
        """Done by its first date (a task without a date is on time when done)."""
        first = self.first_due
        return first is None or (self.done_on is not None and self.done_on <= first)

    def light_on(self, as_of: Date, yellow_days: int = YELLOW_DAYS) -> Light | None:
        if not self.is_open:
            return None
        if self.due is None:
            return Light.GREEN
        if self.due < as_of:
            return Light.RED
        if self.due <= as_of + datetime.timedelta(days=yellow_days):
            return Light.YELLOW
        return Light.GREEN

    def judge(self, as_of: Date, yellow_days: int = YELLOW_DAYS) -> Task:
        """Set days_overdue (as_of minus due) and the light as of a day; returns self."""
        self.days_overdue = (as_of - self.due).days if self.due else None
        self.light = self.light_on(as_of, yellow_days)
        return self

    def value(self, name: str) -> Any:
        """A field by its name in FIELDS (for the adapters that read and write files)."""
        return getattr(self, name)


@dataclass(slots=True)
class Plan:
    id: str
    title: str
    issuer: str | None = None
    region: str | None = None
    doc_no: str | None = None
    issued: Date | None = None
    source: str | None = None
    tasks: list[Task] = field(default_factory=list)
    line: int | None = None  # of its first line in tasks.yaml
    offset: int | None = None  # the character where its block starts


PLAN_KEYS = ("id", "title", "issuer", "region", "doc_no", "issued", "source")


# what a task record leaves out when it has it (taskfile.write writes, merge3 and the
# edits compare against it)
_DEFAULTS = {"status": "open", "ongoing": False, "review": False, "others": False}


def left_out(name: str, value: object, task: Task) -> bool:
    """Whether a task's record says this value by leaving the field out: no value, an empty
    list, a default. `due: null` stays where a deadline phrase gave no date, and
    `owners: []` stays: a task the plan names no owner for, to fill in."""
    if name == "due":
        return value is None and not task.due_text
    if name == "owners":
        return False
    return value is None or value == [] or _DEFAULTS.get(name) == value
