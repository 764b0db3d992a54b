"""Tasks from the numbered items of a plan's body (layouts B, C, D, E, H).

The level that holds the tasks is the one whose items name owners (in brackets at the end,
or on 牵头单位：/责任单位： lines); in a plan that names none, the level with the most items
outside the framing parts. Owners carried forward (下同, 以下均需…不再列出) and a lead rule
(列第一位者为牵头单位) hold for the items after the one that states them.
"""
import datetime
import re
from dataclasses import dataclass, field

from .. import deadlines
from . import outline, owners
from .dates import anchor_year, cadence, in_text
from .tasks import split_deadline

_OWNER_NOTE = re.compile(r"[〔\[［【（(]\s*((?:牵头单位|责任单位|配合单位|责任部门|牵头部门)"
                         r"\s*[:：][^〔〕\[\]［］【】（）()]+)[〕\]］】）)]")


@dataclass
class Item:
    """One task as the body gives it, before it becomes a record."""
    seq: int
    part: int | None  # the number of the item it stands under, for ids where numbering restarts
    section: str | None
    text: str
    title: str | None
    title_from: str | None = None  # the words to make a title of, where not the whole text
    glued: bool = False  # the title runs into the text (1加强…坚持…)
    leads: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    vague: bool = False
    due_text: str | None = None
    reading: deadlines.Reading | None = None  # for dates found in the prose
    reading_text: str | None = None  # the words it was read from
    repeat: str | None = None


def items(lines: list[str], issued: datetime.date | None = None) -> list[Item]:
    """The task items of the body, or [] when its numbering holds none."""
    nodes = outline.parse(lines)
    if not nodes:
        return []
    found = {id(node): _owners(node, issued) for node in nodes}
    chosen = _task_nodes(nodes, found)
    anchor = anchor_year("\n".join(lines))
    out: list[Item] = []
    carried: list[str] = []
    first_leads = False
    for node in chosen:
        text, named = found[id(node)]
        if not text.strip(" 。；;，,") and not named:
            continue  # a number with nothing after it is no task
        first_leads = first_leads or named.first_leads
        names = named.names
        names += [n for n in carried if n not in names]
        for n in named.carry:
            if n not in names:
                names.append(n)
        carried += [n for n in named.carry if n not in carried]
        leads = named.leads
        if first_leads and names and not named.leads:
            leads = names[:1]
        first_leads = named.first_leads_after or (first_leads and not named.first_leads)
        body, due_text = split_deadline(text, issued)
        due_text = "，".join(node.time_lines) or named.due_text or due_text
        reading_text: str | None = None
        reading: deadlines.Reading | None = None
        if not due_text:
            reading_text, reading = in_text(text, issued, anchor)
        out.append(Item(seq=node.number, part=_part(node), section=_section(node), text=text,
                        title=node.head.rstrip("。；;") if node.is_heading() and node.body
                        else None, title_from=body if due_text else None, glued=node.glued,
                        leads=leads, owners=names, vague=named.vague, due_text=due_text,
                        reading=reading, reading_text=reading_text,
                        repeat=None if due_text else cadence(text)))
    return out


def _owners(node: outline.Node,
            issued: datetime.date | None) -> tuple[str, owners.Owners]:
    """(the item's text without its owner marker, the owners it names)."""
    text = _join(node.text_lines())
    end = owners.marker_at_end(text)
    if end is not None:
        start, content = end
        return text[:start].rstrip(), owners.parse(content, issued)
    if node.owner_lines:
        return text, owners.parse("；".join(node.owner_lines), issued)
    notes = list(_OWNER_NOTE.finditer(text))
    if notes:
        return _OWNER_NOTE.sub("", text).strip(), owners.parse(
            "；".join(n.group(1) for n in notes), issued)
    inline = owners.INLINE_LABEL.search(text)
    if inline and len(text) - inline.start() < 200:
        return text[:inline.start()].strip(), owners.parse(text[inline.start():], issued)
    said = owners.owner_sentence(text, issued)
    if said is not None:
        start, found = said
        return (text[:start] + text[start:].split("。", 1)[-1]).strip(), found
    return text, owners.Owners()


def _task_nodes(nodes: list[outline.Node],
                found: dict[int, tuple[str, owners.Owners]]) -> list[outline.Node]:
    by_kind: dict[str, list[outline.Node]] = {}
    for node in nodes:
        by_kind.setdefault(node.kind, []).append(node)
    owned = {kind: sum(1 for n in group if found[id(n)][1]) for kind, group in by_kind.items()}
    if any(owned.values()):
        kind = max(owned, key=lambda k: (owned[k], outline.KINDS.index(k)))
        group = by_kind[kind]
        # a part whose items name owners keeps its others (an opening 目标 item); a part
        # with none of them is framing or a list of another kind
        parts_with_owners = {_part_key(n) for n in group if found[id(n)][1]}
        return [n for n in group if found[id(n)][1] or
                (_part_key(n) in parts_with_owners and not n.framing())]
    def substantive(node: outline.Node) -> bool:
        return not node.framing()
    counts = {kind: sum(1 for n in group if substantive(n)) for kind, group in by_kind.items()}
    kind = max(counts, key=lambda k: (counts[k], outline.KINDS.index(k)))
    return [n for n in by_kind[kind] if substantive(n)]


def _part_key(node: outline.Node) -> int | None:
    """The item at the top of node's branch (id), or None for an item at the top."""
    ancestors = list(node.ancestors())
    return id(ancestors[-1]) if ancestors else None


def _part(node: outline.Node) -> int | None:
    """The number of the item a task stands under, for its id where numbering starts again
    under each (一、 for （一）, 1. for （1）)."""
    return node.parent.number if node.parent is not None else None


def _section(node: outline.Node) -> str | None:
    return node.parent.heading if node.parent is not None else None


def _join(lines: list[str]) -> str:
    """Lines of one item, broken by the page or the web page, back into one text."""
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() \
                and line[:1].isalnum():
            text += " "
        text += line
    return text.strip()
