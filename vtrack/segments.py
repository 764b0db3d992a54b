"""tasks.yaml cut into blocks by its layout: the head (version, settings, departments), then
each plan's header and each of its tasks, as the text stands in the file.

A block runs from its `- ` line to the next block's; the blank lines and comments after it
are its own. A re-sync parses only the blocks whose text changed, so the blocks must be found
without parsing: by indentation. Where the file is laid out otherwise than block style (flow
style, keys after `plans:`, a plan with fields after its tasks …) there are no blocks, and
the caller reads the whole file.
"""
import hashlib
import re
from dataclasses import dataclass, field

_PLANS = re.compile(r"^plans:[ \t]*(?:#.*)?$")
_ITEM = re.compile(r"^( *)- +\S")
_TASKS_KEY = re.compile(r"^( *)tasks:[ \t]*(?:#.*)?$")


@dataclass
class Segment:
    start: int  # character offset in the text
    end: int
    line: int  # 1-based line of its first character
    digest: str


@dataclass
class PlanSegments:
    header: Segment  # from the plan's `- ` line to its first task (its `tasks:` line included)
    tasks: list = field(default_factory=list)  # Segment per task, in file order

    @property
    def end(self):
        return self.tasks[-1].end if self.tasks else self.header.end


@dataclass
class Layout:
    head: Segment  # everything before the first plan
    plans: list  # PlanSegments


def digest(text):
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _blank(line):
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _indent(line):
    return len(line) - len(line.lstrip(" "))


def cut(text):
    """The text's Layout, or None where it is not laid out in blocks vtrack can find."""
    lines = text.splitlines(keepends=True)
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line)
    starts.append(at)
    plans_at = next((i for i, line in enumerate(lines) if _PLANS.match(line)), None)
    if plans_at is None:
        return None
    body = [i for i in range(plans_at + 1, len(lines)) if not _blank(lines[i])]
    if not body:
        return None
    first = _ITEM.match(lines[body[0]])
    if not first or "\t" in lines[body[0]][:len(first.group(1)) + 2]:
        return None
    indent = len(first.group(1))
    plan_lines = []
    for i in body:
        if _indent(lines[i]) < indent or "\t" in lines[i][:indent + 1]:
            return None  # a top-level key after plans:, or tabs: not block style
        if _indent(lines[i]) == indent:
            if not lines[i][indent:].startswith("- "):
                return None
            plan_lines.append(i)
    head = Segment(0, starts[plan_lines[0]], 1, digest(text[:starts[plan_lines[0]]]))
    plans = []
    for k, first_line in enumerate(plan_lines):
        last_line = plan_lines[k + 1] if k + 1 < len(plan_lines) else len(lines)
        found = _plan(text, lines, starts, first_line, last_line)
        if found is None:
            return None
        plans.append(found)
    return Layout(head, plans)


def _segment(text, starts, first_line, last_line):
    start, end = starts[first_line], starts[last_line]
    return Segment(start, end, first_line + 1, digest(text[start:end]))


def _plan(text, lines, starts, first, last):
    """A plan's header and task segments, or None where its tasks are not a block list."""
    item = lines[first]
    after_dash = item[_indent(item) + 1:]
    field_indent = _indent(item) + 1 + len(after_dash) - len(after_dash.lstrip(" "))
    tasks_line = None
    for i in range(first, last):
        m = _TASKS_KEY.match(lines[i]) if i > first else None
        if m and len(m.group(1)) == field_indent:
            tasks_line = i
            break
    if tasks_line is None:
        return PlanSegments(_segment(text, starts, first, last))  # no block list of tasks
    task_lines, task_indent = [], None
    for i in range(tasks_line + 1, last):
        line = lines[i]
        if _blank(line):
            continue
        if task_indent is None:
            m = _ITEM.match(line)
            if not m or len(m.group(1)) < field_indent:
                return None  # tasks: [...] spread over lines, or a field after tasks:
            task_indent = len(m.group(1))
        if _indent(line) < task_indent:
            return None  # a plan field after its tasks
        if _indent(line) == task_indent:
            if not line[task_indent:].startswith("- "):
                return None
            task_lines.append(i)
    if not task_lines:
        return PlanSegments(_segment(text, starts, first, last))
    header = _segment(text, starts, first, task_lines[0])
    bounds = task_lines + [last]
    return PlanSegments(header, [_segment(text, starts, bounds[k], bounds[k + 1])
                                 for k in range(len(task_lines))])
