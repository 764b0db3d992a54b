"""tasks.yaml: read it with line numbers and check it against version 1 of the format.

The file is parsed by libyaml into nodes, and one pass over the nodes both checks and builds
the records, so every problem is reported with its line and column and a valid file costs
about what a bare ``yaml.load`` costs.
"""
import datetime
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import FileProblems, VtrackError
from ..model import (
    FIELDS,
    Conflict,
    FieldChange,
    LogEntry,
    Milestone,
    Note,
    Plan,
    Repeat,
    Status,
    Task,
)

STATUSES = tuple(s.value for s in Status)
REPEATS = tuple(r.value for r in Repeat)

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# diff3 style adds a '|||||||' base marker; the '=======' divider stands alone on its line
_CONFLICT = re.compile(rb"^(?:<{7}|>{7}|\|{7})(?:[ \t].*)?\r?$|^={7}\r?$", re.M)

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# what plain YAML resolves to; any other tag (!!python/object, !custom) is refused
_PLAIN_TAGS = {_STR, _NULL, _BOOL, _INT, _TIMESTAMP, "tag:yaml.org,2002:float"}
_MAP = yaml.MappingNode
_SEQ = yaml.SequenceNode
_SCALAR = yaml.ScalarNode

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class TaskFile:
    path: str
    departments: dict = field(default_factory=dict)  # name -> {"aliases": [...], "contact": str}
    plans: list[Plan] = field(default_factory=list)
    settings: dict = field(default_factory=dict)  # the file's own settings (SETTINGS_FIELDS)

    def tasks(self):
        for plan in self.plans:
            yield from plan.tasks


def load(path):
    """Read and check a tasks file; raise FileProblems listing every problem found."""
    return parse(read(path), str(path))


def read(path):
    """A tasks file's bytes, or a VtrackError that says why they cannot be had."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise VtrackError(f"{path}：没有这个文件") from None
    except OSError as e:
        raise VtrackError(f"{path}：无法读取：{e.strerror}") from None


def load_registry(text, path="tasks.yaml"):
    """The departments registry of a tasks.yaml text, read from its head alone."""
    import re
    m = re.search(r"^plans:", text, re.M)
    head = text[:m.start()] if m else text
    return parse((head + "plans: []\n").encode("utf-8"), path).departments


def parse_head(head, path="tasks.yaml"):
    """The head of a tasks.yaml text (version, settings, departments) read on its own."""
    head = re.sub(r"^plans:.*$", "plans: []", head, count=1, flags=re.M)
    return parse(head.encode("utf-8"), path)


def parse(data, path="tasks.yaml"):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problems = _encoding_problems(data) or _conflict_problems(data)
    if problems:
        raise FileProblems(path, problems)
    try:
        if b"&" in data:  # an alias needs an anchor; only then is the slower scan worth it
            problems = _alias_problems(data)
            if problems:
                raise FileProblems(path, problems)
        root = _Loader(data).get_single_node()
    except yaml.YAMLError as e:
        raise FileProblems(path, [_yaml_problem(e)]) from None
    checker = _Checker()
    plans, departments = checker.top(root)
    checker.cross_check(plans, departments)
    if checker.problems:
        raise FileProblems(path, checker.problems)
    return TaskFile(path, departments, plans, checker.settings)


class NotABlock(Exception):
    """A piece of the file that does not parse as one item on its own: read the whole file."""


def parse_block(text, path, line_base, index_base, plan_id=None):
    """One plan's or one task's block of tasks.yaml, checked as `vtrack check` checks it,
    problems reported at their place in the whole file.

    Returns the plan (with any tasks it holds) when plan_id is None, else the task."""
    data = text.encode("utf-8")
    problems = [(line + line_base, col, msg) for line, col, msg in _conflict_problems(data)]
    checker = _Checker(line_base, index_base)
    try:
        if not problems and b"&" in data:
            problems = [(line + line_base, col, msg) for line, col, msg in _alias_problems(data)]
        if problems:
            raise FileProblems(path, problems)
        root = _Loader(text).get_single_node()
    except yaml.YAMLError as e:
        line, col, msg = _yaml_problem(e)
        raise FileProblems(path, [(line + line_base, col, msg)]) from None
    if root is None or root.__class__ is not _SEQ or len(root.value) != 1:
        raise NotABlock(f"{path}:{line_base + 1}")
    if plan_id is None:
        found = checker.plan(root.value[0])
        for task in found.tasks if found else ():
            checker.check_task(task, found.id)
    else:
        found = checker.task(root.value[0])
        if found is not None:
            found.plan = plan_id
            checker.check_task(found, plan_id)
    if checker.problems or found is None:
        raise FileProblems(path, checker.problems)
    return found


def _encoding_problems(data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        start = data.rfind(b"\n", 0, e.start) + 1
        col = len(data[start:e.start].decode("utf-8", "replace")) + 1
        return [(line, col, "文件不是 UTF-8 编码：请另存为 UTF-8")]
    return []


def _conflict_problems(data):
    return [
        (data.count(b"\n", 0, m.start()) + 1, 1,
         "git 合并冲突标记：请先解决冲突，再运行 `vtrack check`")
        for m in _CONFLICT.finditer(data)
    ]


def _alias_problems(data):
    problems = []
    for event in yaml.parse(data, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            m = event.start_mark
            assert m is not None  # the C and pure-Python parsers both mark events
            problems.append((m.line + 1, m.column + 1,
                             "任务文件中不能用 YAML 锚点和引用（& 和 *）：请把值直接写出来"))
    return problems


def _yaml_problem(e):
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    what = getattr(e, "problem", None) or str(e)
    if mark is None:
        return (1, 1, f"不是有效的 YAML：{what}")
    return (mark.line + 1, mark.column + 1, f"不是有效的 YAML：{what}")


class _Bad(Exception):
    def __init__(self, node, message):
        self.node = node
        self.message = message


def _scalar(node, what):
    if node.__class__ is not _SCALAR:
        raise _Bad(node, f"{what} 只能是单个值")
    if node.tag == _NULL:
        return None
    if node.tag not in _PLAIN_TAGS:
        raise _Bad(node, f"任务文件中不能用 YAML 标签 {node.tag}")
    return node.value


def _text(node, what):
    value = _scalar(node, what)
    return None if value is None else value.strip()


def _int(node, what):
    value = _scalar(node, what)
    if value is None:
        return None
    if node.tag != _INT:
        raise _Bad(node, f"{what} 必须是整数，不能是 {value!r}")
    digits = value.replace("_", "")
    if len(digits) > 9 or not digits.lstrip("+-").isdigit():  # 0x1F, 4,300 digits …
        raise _Bad(node, f"{what} 必须是不超过 9 位的十进制整数，不能是 {value[:20]!r}"
                         + ("…" if len(value) > 20 else ""))
    return int(digits)


def _bool(node, what):
    value = _scalar(node, what)
    if value is None:
        return None
    if node.tag != _BOOL:
        raise _Bad(node, f"{what} 必须是 true 或 false，不能是 {value!r}")
    return value.lower() in ("true", "yes", "on", "y")


def _review(node, what):
    """true/false, or why a person should review the task: words, or a list of them (joined
    by ；, as extract writes them)."""
    complaint = f"{what} 必须是 true、false 或复核的原因（文字）"
    if node.__class__ is _SEQ:
        if any(item.__class__ is not _SCALAR or item.tag != _STR for item in node.value):
            raise _Bad(node, complaint)
        reasons = [_text(item, what) for item in node.value]
        return "；".join(r for r in reasons if r) or False
    value = _scalar(node, what)
    if value is None:
        return False
    if node.tag == _BOOL:
        return _bool(node, what)
    if node.tag != _STR:
        raise _Bad(node, f"{complaint}，不能是 {value!r}")
    return value.strip() or False


def _date(node, what):
    value = _scalar(node, what)
    if value is None:
        return None
    if node.tag not in (_TIMESTAMP, _STR) or not _DATE.match(value):
        raise _Bad(node, f"{what} 必须是 YYYY-MM-DD 格式的日期，不能是 {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise _Bad(node, f"{what} {value} 不是日历上存在的日子") from None


def _choice(allowed):
    def convert(node, what):
        value = _scalar(node, what)
        if value is not None and value not in allowed:
            raise _Bad(node, f"{what} 必须是 {'、'.join(allowed)} 之一，不能是 {value!r}")
        return value
    return convert


def _is_null(node):
    return node.__class__ is _SCALAR and node.tag == _NULL


def _items(node, complaint):
    """The items of a sequence node (none for null), else complain."""
    if node.__class__ is _SEQ:
        return node.value
    if _is_null(node):
        return []
    raise _Bad(node, complaint)


def _names(node, what):
    names = []
    for item in _items(node, f"{what} 必须是名称的列表，如 [市教育局, 市人社局]"):
        name = _text(item, f"each of {what}")
        if not name:
            raise _Bad(item, f"{what} 中有空的名称")
        if name in names:
            raise _Bad(item, f"{what} 中 {name} 出现了两次")
        names.append(name)
    return names


def _entries(keys, required):
    """A converter for a list of small mappings (milestones, notes, log)."""
    def convert(node, what):
        entries = []
        for item in _items(node, f"{what} 必须是列表"):
            entry = _mapping(item, keys, f"{what} 的一项")
            for key in required:
                if entry.get(key) is None:
                    raise _Bad(item, f"{what} 的每一项都需要 {key}")
            entries.append(entry)
        return entries
    return convert


def _mapping(node, converters, what, report=None):
    """Convert a mapping whose keys must all be known.

    Without report the first problem raises; with it, each bad field is reported and
    skipped, so that one task shows all its problems at once.
    """
    if node.__class__ is not _MAP:
        raise _Bad(node, f"{what} 必须是“键: 值”的映射")
    out = {}
    for key_node, value_node in node.value:
        key = key_node.value
        try:
            convert = converters.get(key)
            if convert is None or key_node.__class__ is not _SCALAR:
                raise _Bad(key_node, _unknown_key(key, converters, what))
            if key in out:
                raise _Bad(key_node, f"{what}中 {key} 写了两次")
            out[key] = convert(value_node, key)
        except _Bad as e:
            if report is None:
                raise
            report(e.node, e.message)
    return out


def _unknown_key(key, known, what):
    import difflib
    close = difflib.get_close_matches(str(key), list(known), n=1)
    hint = f"（是不是 {close[0]}？）" if close else f"；可用的键：{', '.join(known)}"
    return f"{what}中没有键 {key!r}{hint}"


_MILESTONE = {"due": _date, "text": _text}
_NOTE = {"on": _date, "text": _text, "by": _text}
_LOG = {"on": _date, "what": _text, "why": _text, "by": _text}

# the fields a merge may find changed two ways (the rest are joined: log, notes, conflicts)
CONFLICT_FIELDS = tuple(f.name for f in FIELDS
                        if f.name != "id" and f.kind not in ("log", "notes", "conflicts"))


def _conflicts(node, what):
    """What a merge left to settle: {field, ours, theirs}, each value checked as the field
    itself is (null: the field was absent on that side)."""
    out = []
    for item in _items(node, f"{what} 必须是列表"):
        if item.__class__ is not _MAP:
            raise _Bad(item, f"{what} 的一项 必须是“键: 值”的映射")
        values = {}
        for key_node, value_node in item.value:
            key = key_node.value
            if key not in ("field", "ours", "theirs") or key in values:
                raise _Bad(key_node, f"{what} 的一项只有 field、ours、theirs 三个键")
            values[key] = value_node
        name = _text(values["field"], "field") if "field" in values else None
        if name not in CONFLICT_FIELDS:
            raise _Bad(item, f"{what} 的 field 必须是任务的字段之一"
                             f"（{', '.join(CONFLICT_FIELDS)}）")
        convert = TASK_FIELDS[name]
        sides = [None if side not in values or _is_null(values[side])
                 else convert(values[side], f"{what} 中 {name} 的 {side}")
                 for side in ("ours", "theirs")]
        out.append(Conflict.of(name, *sides))
    return out


# a converter for each kind of field in model.FIELDS: YAML node -> value, or _Bad
CONVERTERS = {
    "conflicts": _conflicts,
    "text": _text, "int": _int, "bool": _bool, "date": _date, "names": _names,
    "review": _review, "repeat": _choice(REPEATS), "status": _choice(STATUSES),
    "milestones": _entries(_MILESTONE, ("due",)),
    "notes": _entries(_NOTE, ("on", "text")),
    "log": _entries(_LOG, ("on", "what")),
}
TASK_FIELDS = {f.name: CONVERTERS[f.kind] for f in FIELDS}


def task_of(values):
    """A Task from the fields read (the checker has reported what is missing or wrong)."""
    values["milestones"] = [Milestone(**m) for m in values.get("milestones") or ()]
    values["notes"] = [Note(**n) for n in values.get("notes") or ()]
    values["log"] = [LogEntry(e["on"], FieldChange.parse(e["what"]), e.get("why"), e.get("by"))
                     for e in values.get("log") or ()]
    values["status"] = Status(values.get("status") or "open")
    for name in ("others", "ongoing"):
        values[name] = bool(values.get(name))
    values["review"] = values.get("review") or False
    values["lead"] = values.get("lead") or []
    values["owners"] = values.get("owners") or []
    values.setdefault("id", "")
    values.setdefault("title", "")
    return Task(**values)
PLAN_FIELDS: dict[str, Any] = {
    "id": _text,
    "title": _text,
    "issuer": _text,
    "region": _text,
    "doc_no": _text,
    "issued": _date,
    "source": _text,
    "tasks": None,  # checked task by task, so that one bad task does not hide the others
}
def _remind(node, what):
    """A department's `remind:`: dingtalk, wecom (a webhook URL each), mail (an address or a
    list of them), secret_env (the name of the variable holding dingtalk's signing secret)."""
    from ..departments import CHANNELS, REMIND_KEYS, remind_problem
    if _is_null(node):
        return None
    if node.__class__ is not _MAP:
        raise _Bad(node, f"{what} 应是映射，如 {{dingtalk: https://oapi.dingtalk.com/robot/send"
                         "?access_token=…, secret_env: VTRACK_DD_SECRET}")
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = key_node.value
        if key not in REMIND_KEYS or key_node.__class__ is not _SCALAR:
            raise _Bad(key_node, _unknown_key(key, dict.fromkeys(REMIND_KEYS), what))
        if key in out:
            raise _Bad(key_node, f"{what}中 {key} 写了两次")
        values = [_text(value_node, key)] if value_node.__class__ is _SCALAR \
            else _names(value_node, key) if key == "mail" else [_text(value_node, key)]
        for value in values:
            if not value:
                raise _Bad(value_node, f"{what}中 {key} 是空的")
            problem = remind_problem(key, value)
            if problem:
                raise _Bad(value_node, f"{what}：{problem}")
        out[key] = values if key == "mail" else values[0]  # mail: one or several
    if not any(key in out for key in CHANNELS):
        raise _Bad(node, f"{what} 需要 {'、'.join(CHANNELS)} 之一")
    if "secret_env" in out and "dingtalk" not in out:
        raise _Bad(node, f"{what}：secret_env 是钉钉机器人的加签密钥，只能与 dingtalk 一起写")
    return out


DEPARTMENT_FIELDS = {"aliases": _names, "contact": _text, "region": _text, "replaces": _names,
                     "remind": _remind}
TOP_FIELDS = {"version": None, "settings": None, "departments": None, "plans": None}


def _yellow_days(node, what):
    value = _int(node, what)
    if value is not None and not 0 <= value <= 365:
        raise _Bad(node, f"{what} 必须是 0 到 365 之间的天数，不能是 {value}")
    return value


SETTINGS_FIELDS = {"yellow_days": _yellow_days}


class _Checker:
    def __init__(self, line_base=0, index_base=0):
        self.problems = []
        self.settings = {}
        # where the text parsed starts in the file: a block of it is checked on its own
        self.line_base = line_base
        self.index_base = index_base
        self.lines = {}  # id(record dict) -> (line, column) where it starts, for cross checks

    def bad(self, node, message):
        mark = node.start_mark
        self.problems.append((mark.line + 1 + self.line_base, mark.column + 1, message))

    def top(self, root):
        if root is None:
            self.problems.append((1, 1, "文件是空的：需要 `version: 1` 和 `plans:`"))
            return [], {}
        if root.__class__ is not _MAP:
            self.bad(root, "任务文件应是含 version、departments 和 plans 的映射")
            return [], {}
        parts = {}
        for key_node, value_node in root.value:
            key = key_node.value
            if key not in TOP_FIELDS:
                self.bad(key_node, _unknown_key(key, TOP_FIELDS, "文件顶层"))
            elif key in parts:
                self.bad(key_node, f"文件顶层 {key} 写了两次")
            else:
                parts[key] = value_node
        version = parts.get("version")
        if version is None:
            self.bad(root, "文件开头需要 `version: 1`")
        elif version.__class__ is not _SCALAR or version.value != "1":
            self.bad(version, f"这个 vtrack 只读第 1 版 tasks.yaml，不能读 {version.value!r}")
        settings = parts.get("settings")
        if settings is not None and not _is_null(settings):
            self.settings = _mapping(settings, SETTINGS_FIELDS, "settings", report=self.bad)
        departments = self.departments(parts.get("departments"))
        plans: list[Plan] = []
        node = parts.get("plans")
        if node is None or _is_null(node):
            return plans, departments
        if node.__class__ is not _SEQ:
            self.bad(node, "plans 必须是计划的列表")
            return plans, departments
        for plan_node in node.value:
            plan = self.plan(plan_node)
            if plan is not None:
                plans.append(plan)
        return plans, departments

    def departments(self, node):
        registry: dict[str, dict] = {}
        if node is None or _is_null(node):
            return registry
        if node.__class__ is not _MAP:
            self.bad(node, "departments 应把每个部门名称映射到它的别名和联系人")
            return registry
        for name_node, value_node in node.value:
            name = name_node.value.strip() if name_node.__class__ is _SCALAR else None
            if not name:
                self.bad(name_node, "部门需要名称")
                continue
            if name in registry:
                self.bad(name_node, f"部门 {name} 写了两次")
                continue
            try:
                if _is_null(value_node):
                    entry = {}
                else:
                    entry = _mapping(value_node, DEPARTMENT_FIELDS, f"部门 {name}")
            except _Bad as e:
                self.bad(e.node, e.message)
                continue
            entry.setdefault("aliases", [])
            self.lines[name] = name_node
            registry[name] = entry
        return registry

    def plan(self, node):
        if node.__class__ is not _MAP:
            self.bad(node, "每个计划应是含 id、title 和 tasks 的映射")
            return None
        fields = {}
        tasks_node = None
        for key_node, value_node in node.value:
            key = key_node.value
            if key not in PLAN_FIELDS:
                self.bad(key_node, _unknown_key(key, PLAN_FIELDS, "计划"))
            elif key in fields or (key == "tasks" and tasks_node is not None):
                self.bad(key_node, f"计划中 {key} 写了两次")
            elif key == "tasks":
                tasks_node = value_node
            else:
                try:
                    fields[key] = PLAN_FIELDS[key](value_node, key)
                except _Bad as e:
                    self.bad(e.node, e.message)
        plan_id = fields.get("id")
        if not plan_id:
            self.bad(node, "计划需要 id（小写字母、数字和 -）")
        elif not _ID.match(plan_id):
            self.bad(node, f"计划 id {plan_id!r} 只能含小写字母、数字和 -")
        if not fields.get("title"):
            self.bad(node, f"计划 {plan_id or ''} 需要 title".replace("  ", " "))
        plan = Plan(**{"id": "", "title": "", **fields},
                    line=node.start_mark.line + 1 + self.line_base,
                    offset=node.start_mark.index + self.index_base)
        if tasks_node is None or _is_null(tasks_node):
            return plan
        if tasks_node.__class__ is not _SEQ:
            self.bad(tasks_node, "tasks 必须是任务的列表")
            return plan
        for task_node in tasks_node.value:
            task = self.task(task_node)
            if task is not None:
                task.plan = plan_id or ""
                plan.tasks.append(task)
        return plan

    def task(self, node):
        try:
            values = _mapping(node, TASK_FIELDS, "任务", report=self.bad)
        except _Bad as e:
            self.bad(e.node, e.message)
            return None
        given = {key_node.value for key_node, _ in node.value}
        # a key given with a bad value was reported already; only the absent or empty ones
        missing = [f.name for f in FIELDS if f.required
                   and (f.name not in given or (f.name in values and not values[f.name]))]
        if "owners" in given and values.get("review"):
            # `owners: []` on a task flagged for review: the plan names no owner, a person will
            missing = [name for name in missing if name != "owners"]
        if missing:
            self.bad(node, f"任务 {values.get('id') or ''} 需要 {'、'.join(missing)}"
                     .replace("  ", " "))
        task = task_of(values)
        task.line = node.start_mark.line + 1 + self.line_base
        task.offset = node.start_mark.index + self.index_base  # where edits find it again
        self.lines[id(task)] = node
        return task

    def cross_check(self, plans, departments):
        """What no single value shows: unique ids, a lead among the owners, aliases."""
        plan_ids, task_ids = set(), set()
        for plan in plans:
            plan_id = plan.id
            if plan_id in plan_ids:
                self.problems.append((plan.line, 1, f"计划 id {plan_id} 用了两次"))
            plan_ids.add(plan_id)
            for task in plan.tasks:
                task_id = task.id
                if task_id in task_ids:
                    self.bad(self.lines[id(task)], f"任务 id {task_id} 用了两次")
                task_ids.add(task_id)
                self.check_task(task, plan_id)
        self.check_aliases(departments)
        self.check_look_alikes(plans)

    def check_task(self, task, plan_id):
        """What one task's fields show together: its id under its plan's, its lead among its
        owners, done_on only when done."""
        node = self.lines[id(task)]
        task_id = task.id
        if task_id and plan_id and (not _ID.match(task_id)
                                    or not task_id.startswith(plan_id + "-")):
            self.bad(node, f"任务 id {task_id!r} 应是计划 id {plan_id} 加 - 和序号或名称，"
                           f"如 {plan_id}-01")
        outside = [name for name in task.lead if name not in task.owners]
        if outside:
            self.bad(node, f"任务 {task_id}：牵头单位 {'、'.join(outside)} "
                           "不在责任单位（owners）中")
        if task.done_on and task.status != Status.DONE:
            self.bad(node, f"任务 {task_id} 有 done_on，但状态是 {task.status} 而不是 done")

    def check_aliases(self, departments):
        from ..departments import hidden, identity
        # (region, identity) -> the department it names: entries of two regions may share a
        # spelling, each for its own place's plans; look-alikes (繁简、全角、看不见的字符) are
        # one spelling, as vtrack matches them
        def place(entry):
            return identity(entry["region"]) if entry.get("region") else None

        entries: dict[tuple[str | None, str], str] = {}
        for name, entry in departments.items():
            key = (place(entry), identity(name))
            if key in entries:
                self.bad(self.lines[name], f"部门 {name} 与 {entries[key]} 只是写法不同，"
                                           "vtrack 视为同一个部门：请合为一条")
            entries.setdefault(key, name)
        seen: dict[tuple[str | None, str], str] = {}
        for name, entry in departments.items():
            region = place(entry)
            for spelling in (name, *entry["aliases"], *entry.get("replaces", [])):
                if hidden(spelling):
                    self._hidden(self.lines[name], f"部门 {name}", spelling)
            for alias in entry["aliases"] + entry.get("replaces", []):
                key = (region, identity(alias))
                other = seen.get(key)
                if entries.get(key, name) != name:
                    other = entries[key]
                if other is not None and other != name:
                    self.bad(self.lines[name], f"{name} 的别名 {alias} 也指 {other}")
                seen[key] = name

    def check_look_alikes(self, plans):
        """Names of units with characters no one sees (a zero-width space, a control
        character): a look-alike of the name without them, which vtrack counts as one
        department but a search or a spreadsheet tells apart. Reported where each is
        written. Traditional and full-width spellings are no problem: vtrack counts them
        as the department they spell, and a repost may well write them."""
        from ..departments import hidden
        names = set()
        for plan in plans:
            for task in plan.tasks:
                names.update(task.owners)
        if not any(map(hidden, names)):
            return
        for plan in plans:
            for task in plan.tasks:
                if not any(map(hidden, task.owners)):
                    continue  # lead is among owners, or check_task says so
                for key_node, value_node in self.lines[id(task)].value:
                    if key_node.value in ("owners", "lead") and value_node.__class__ is _SEQ:
                        for item in value_node.value:
                            name = item.value.strip() if item.__class__ is _SCALAR else ""
                            if hidden(name):
                                self._hidden(item, key_node.value, name)

    def _hidden(self, node, where, name):
        from ..departments import describe_hidden, hidden, marked, visible
        chars = "、".join(dict.fromkeys(map(describe_hidden, hidden(name))))
        self.bad(node, f"{where} 中的 {marked(name)} 含看不见的字符 {chars}："
                       f"请写作 {visible(name)}")
