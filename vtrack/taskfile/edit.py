"""tasks.yaml edited in place: only the lines of the fields that change.

A task's block is found from the character offset the cache keeps for it, so a change to one
task in a large file costs a read and a write of the file, never a parse of it. Comments,
key order, quoting and blank lines elsewhere stay byte for byte.
"""
import re

from ..errors import VtrackError
from .read import TASK_FIELDS, parse
from .write import dump_departments, yaml_value

_KEY = re.compile(r"^( *)(- +)?([A-Za-z_][\w-]*):(?:\s|$)")


class TaskText:
    """The text of tasks.yaml, with blocks of tasks to edit by their offsets."""

    def __init__(self, path):
        with open(path, "rb") as f:
            data = f.read()
        self.path = path
        self.bom = data.startswith(b"\xef\xbb\xbf")
        self.text = data[3 if self.bom else 0:].decode("utf-8")
        self.newline = "\r\n" if "\r\n" in self.text[:2000] else "\n"

    def block(self, task_id, offset):
        """The lines of one task's block, from its '- id:' line to the line before the next
        item at its level (blank lines and comments at the end stay outside)."""
        text = self.text
        if offset is None or offset > len(text):
            raise _Stale(task_id)
        start = text.rfind("\n", 0, offset) + 1
        first_end = text.find("\n", offset)
        first_end = len(text) if first_end < 0 else first_end + 1
        first = text[start:first_end]
        m = _KEY.match(first)
        if not m or not m.group(2):
            raise _Stale(task_id)
        dash_indent = len(m.group(1))
        field_indent = dash_indent + len(m.group(2))
        pos, end = first_end, first_end
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end + 1
            line = text[pos:line_end]
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                indent = len(line) - len(line.lstrip(" "))
                if indent <= dash_indent:
                    break
                end = line_end
            pos = line_end
        block = Block(text[start:end], field_indent, self.newline)
        if block.scalar("id") != task_id:
            raise _Stale(task_id)
        return start, end, block

    def replace(self, start, end, new):
        self.text = self.text[:start] + new + self.text[end:]

    def replace_blocks(self, blocks):
        """Several (start, end, new text) of the text as it stands, in one pass."""
        pieces, at = [], 0
        for start, end, new in sorted(blocks):
            if start < at:
                raise VtrackError("两处修改落在同一段文字上：未做任何改动")
            pieces += [self.text[at:start], new]
            at = end
        self.text = "".join(pieces) + self.text[at:]

    def data(self):
        return (b"\xef\xbb\xbf" if self.bom else b"") + self.text.encode("utf-8")


class _Stale(VtrackError):
    def __init__(self, task_id):
        super().__init__(f"任务 {task_id} 不在缓存所记的位置：请运行 `vtrack sync` 后再试")


class Block:
    """One task's lines; fields are found by their key at the task's own indent."""

    def __init__(self, text, field_indent, newline):
        self.lines = text.splitlines(keepends=True)
        self.indent = field_indent
        self.newline = newline

    def text(self):
        return "".join(self.lines)

    def _fields(self):
        """[(key, first line, end line)] in the order they stand."""
        found: list[list] = []
        for i, line in enumerate(self.lines):
            m = _KEY.match(line)
            at = len(m.group(1)) + len(m.group(2) or "") if m else -1
            if m and at == self.indent:
                if found:
                    found[-1][2] = self._extent_end(found[-1][1], i)
                found.append([m.group(3), i, len(self.lines)])
        if found:
            found[-1][2] = self._extent_end(found[-1][1], len(self.lines))
        return found

    def _extent_end(self, first, limit):
        """A field runs on over deeper lines (and '- ' items at its own indent); blank lines
        and comments after its last such line belong to what follows."""
        end = first + 1
        for i in range(first + 1, limit):
            line = self.lines[i]
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent > self.indent or (indent == self.indent and stripped.startswith("-")):
                end = i + 1
        return end

    def scalar(self, key):
        for name, first, _ in self._fields():
            if name == key:
                value = self.lines[first].split(":", 1)[1].split(" #")[0].strip()
                return value.strip("'\"")
        return None

    def set(self, key, value):
        """Write key: value on one line, in place of the old lines or where the field order
        puts it."""
        fields = self._fields()
        for name, first, end in fields:
            if name == key:
                prefix = self.lines[first][: self.lines[first].index(key)]
                self.lines[first:end] = [f"{prefix}{key}: {yaml_value(value)}"
                                         f"{self.newline}"]
                return
        self.lines.insert(self._insert_at(key, fields),
                          f"{' ' * self.indent}{key}: {yaml_value(value)}{self.newline}")

    def remove(self, key):
        for name, first, end in self._fields():
            if name == key and first > 0:  # the '- ' line holds the block together
                del self.lines[first:end]
                return

    def append(self, key, entries):
        """Add entries to a list field (notes, log) after the ones it has."""
        lines = [f"{' ' * (self.indent + 2)}- {yaml_value(e)}{self.newline}"
                 for e in entries]
        fields = self._fields()
        for name, first, end in fields:
            if name == key:
                if yaml_value([]) in self.lines[first] or \
                        self.lines[first].rstrip().endswith("null"):
                    self.lines[first] = self.lines[first].split(":", 1)[0] + ":" + self.newline
                self.lines[end:end] = lines
                return
        at = self._insert_at(key, fields)
        self.lines[at:at] = [f"{' ' * self.indent}{key}:{self.newline}"] + lines

    def _insert_at(self, key, fields):
        order = list(TASK_FIELDS)
        rank = order.index(key)
        at = fields[0][2] if fields else len(self.lines)
        for name, _, end in fields:
            if name in order and order.index(name) < rank:
                at = end
        if at == len(self.lines) and self.lines and not self.lines[-1].endswith("\n"):
            self.lines[-1] += self.newline
        return at


def check_block(block_text, plan_id):
    """The edited task, checked as vtrack check would check it."""
    import textwrap
    body = textwrap.dedent(block_text.replace("\r\n", "\n"))
    body = textwrap.indent(body, "      ")
    doc = f"version: 1\nplans:\n  - id: {plan_id}\n    title: x\n    tasks:\n{body}"
    task_file = parse(doc.encode("utf-8"), "tasks.yaml")
    return next(task_file.tasks())


def set_departments(text, registry, newline="\n"):
    """text with its top-level `departments:` section written anew from registry (inserted
    before `plans:` where there is none). Only that section's lines change."""
    lines = text.splitlines(keepends=True)
    new = [line + newline for line in dump_departments(registry)]
    start = next((i for i, line in enumerate(lines) if re.match(r"departments:\s*(#.*)?$", line)),
                 None)
    if start is None:
        at = next((i for i, line in enumerate(lines) if re.match(r"plans:", line)), len(lines))
        return "".join(lines[:at] + new + lines[at:])
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t#"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # blank lines before the next key stay
        end -= 1
    return "".join(lines[:start] + new + lines[end:])
