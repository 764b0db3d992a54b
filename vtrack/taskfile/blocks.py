"""tasks.yaml cut into blocks by its layout: the head (version, settings, departments), then
each plan's block, and inside it the plan's header and each of its tasks, as the text stands.

A block runs from its `- ` line to the next block's; the blank lines and comments after it
are its own. A re-sync parses only the blocks whose text changed, so the blocks are found
without parsing, by indentation, with regular expressions over the whole text. It works in
two steps, so that a one-line edit in a file of 100,000 tasks costs a few thousand plan
hashes, not 100,000 task hashes: the plans' blocks first; then, only inside the plans whose
block changed, the header and the tasks.

The cut is a guess at what the parser will see; the re-sync checks it: a block that does
not parse as one item sends it to the whole-file read, which has the last word. Where the
file is laid out otherwise than vtrack writes it (CRLF, tabs, block scalars, flow style)
there is no cut at all.
"""
import hashlib
import re
from dataclasses import dataclass, field

_PLANS = re.compile(r"^plans:[ \t]*(?:#.*)?$", re.M)
_FIRST_ITEM = re.compile(r"(?:[ \t]*(?:#.*)?\n)*( *)- +\S")
# "\n" first, not ^: the engine then jumps from newline to newline (4x faster on 7 MB)
_ITEM = re.compile(r"\n( *)- ")
_TASKS = re.compile(r"\n( *)tasks:[ \t]*(?:#.*)?(?=\n|$)")
# a block scalar (| or >) could hold lines that look like items: no guessing then
_BLOCK_SCALAR = re.compile(r":[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$", re.M)
_TAB_INDENT = re.compile(r"^ *\t", re.M)


@dataclass
class Segment:
    start: int  # character offset in the text
    end: int
    line: int  # 1-based line of its first character
    digest: str


@dataclass
class PlanSegments:
    block: Segment  # the whole plan, its tasks included
    indent: int  # of its `- ` line
    header: Segment | None = None  # from its `- ` line to its first task
    tasks: list = field(default_factory=list)  # Segment per task, in file order

    def cut_inside(self, text):
        """Fill in header and tasks (the plan's own block where its tasks are no block
        list); returns self."""
        if self.header is None:
            _inside(text, self)
        return self


@dataclass
class Layout:
    head: Segment  # everything before the first plan
    plans: list  # PlanSegments, not yet cut inside


def digest(text):
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def cut(text):
    """The text's Layout, or None where it is not laid out in blocks vtrack can find."""
    if "\r" in text or ("\t" in text and _TAB_INDENT.search(text)) or (
            ("|" in text or ">" in text) and _BLOCK_SCALAR.search(text)):
        return None
    plans = _PLANS.search(text)
    if plans is None:
        return None
    first = _FIRST_ITEM.match(text, plans.end() + 1)
    if first is None:
        return None
    indent = len(first.group(1))
    # (a key after plans: lands in the last plan's block, which then fails to parse on its
    # own: the re-sync reads the whole file)
    plan_item = re.compile(rf"\n {{{indent}}}- ")
    starts = [m.start() + 1 for m in plan_item.finditer(text, plans.end())]
    if not starts:
        return None
    line = [1, 0]  # (line, offset): blocks come in order, so count newlines on from there

    def segment(start, end):
        line[0] += text.count("\n", line[1], start)
        line[1] = start
        return Segment(start, end, line[0], digest(text[start:end]))

    head = segment(0, starts[0])
    bounds = starts + [len(text)]
    return Layout(head, [PlanSegments(segment(bounds[k], bounds[k + 1]), indent)
                         for k in range(len(starts))])


def _inside(text, plan):
    start, end = plan.block.start, plan.block.end

    def segment(a, b):
        return Segment(a, b, plan.block.line + text.count("\n", start, a), digest(text[a:b]))

    line_end = text.find("\n", start, end)
    after_dash = text[start + plan.indent + 1:line_end if line_end != -1 else end]
    fields = plan.indent + 1 + len(after_dash) - len(after_dash.lstrip(" "))
    plan.header, plan.tasks = plan.block, []
    tasks = next((m for m in _TASKS.finditer(text, start, end) if len(m.group(1)) == fields),
                 None)
    if tasks is None:
        return  # no block list of tasks: the plan is one block
    first = _FIRST_ITEM.match(text, tasks.end() + 1, end) if tasks.end() < end else None
    if first is None or len(first.group(1)) < fields:
        return
    task_indent = len(first.group(1))
    task_starts = [m.start() + 1 for m in re.compile(rf"\n {{{task_indent}}}- ")
                   .finditer(text, tasks.end(), end)]
    if not task_starts:
        return
    bounds = task_starts + [end]
    plan.header = segment(start, task_starts[0])
    plan.tasks = [segment(bounds[j], bounds[j + 1]) for j in range(len(task_starts))]
