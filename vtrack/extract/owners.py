"""Who owns a task, as plans write it, and who leads.

The forms, from the corpus of real plans:
- labelled: （牵头单位：A；责任单位：B、C） 〔责任单位：A〕, or 牵头单位：/责任单位：/配合单位：
  lines;
- with a verb: （A负责） （A、B牵头，C及D按职责分工负责） （A会同有关部门负责）
  （A等和各省级人民政府负责）;
- with a rule inside: （A、B、C等负责。列第一位者为牵头单位，下同） — the first unit leads, here
  and after;
- carrying units forward: 以下任务均需A、B落实，不再一一列出 / 具体任务均涉及A，不再做分工，下同;
- with the deadline inside: （牵头单位：A；责任单位：B，6月底完成）.
A table's owner cells are read the same way.
"""
import datetime
import re
from dataclasses import dataclass, field

from .. import deadlines
from ..departments import (
    CLOSING,
    OPENING,
    lead_marked,
    looks_like_units,
    split_outside_brackets,
    units,
)

_LABEL = re.compile(r"(主要责任单位|牵头责任单位|牵头单位|牵头部门|责任单位|责任部门|配合单位|"
                    r"配合部门|协办单位|承办单位|参与单位|协同单位|责任主体)\s*[:：]")
_LEAD_LABELS = ("牵头单位", "牵头部门", "牵头责任单位")
_OWNER_LINE = re.compile(r"^\s*[（(〔【]?\s*(?:主要责任单位|牵头责任单位|牵头单位|牵头部门|"
                         r"责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:：]")
# the verb that ends a piece, and the role it gives the units before it
_VERBS = (
    ("lead", re.compile(r"(?:分别)?牵头(?:负责|落实|推进|实施)?$")),
    ("lead+", re.compile(r"会同(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?"
                         r"(?:负责|落实|推进|实施)?$")),
    ("guide", re.compile(r"(?:负责)?指导$")),
    ("co", re.compile(r"(?:按职责分工|按照职责分工|按职责|分别|共同|具体|各自)?"
                      r"(?:负责|落实|配合|参与|承担)(?:落实|实施|推进)?$")),
)
_FIRST_LEADS = re.compile(r"(?:列|排|排在|排名|位列)?(?:第一位|首位|第一)(?:者|的部门|的单位)?"
                          r"(?:为|是)牵头")
_CARRY = re.compile(r"均(?:需|须|要|涉及|由)(?P<units>.+?)(?:落实|负责|参与|承担|实施)?$")
_SKIP = re.compile(r"^(?:不再.*|下同|同上|下略)$")
_TIME_LABEL = re.compile(r"^(?:完成时限|完成时间|时间节点|时限要求|时间安排|进度安排|完成期限|"
                         r"办结时限)\s*[:：]\s*")
# 责任单位：… written into the item's last sentence, without brackets
INLINE_LABEL = re.compile(r"(?:^|(?<=[。；;，,\s]))"
                          r"(?:牵头单位|牵头部门|责任单位|责任部门|主要责任单位)\s*[:：]")


@dataclass
class Owners:
    leads: list[str] = field(default_factory=list)
    co: list[str] = field(default_factory=list)
    vague: bool = False  # 等 / 会同有关部门: more units than it names
    due_text: str | None = None
    carry: list[str] = field(default_factory=list)  # units every later task also has
    first_leads: bool = False  # 列第一位者为牵头单位
    first_leads_after: bool = False  # … 下同: and so for the tasks after

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(self.leads + self.co))

    def __bool__(self) -> bool:
        return bool(self.leads or self.co or self.carry or self.first_leads)


def is_owner_line(line: str) -> bool:
    return bool(_OWNER_LINE.match(line))


def _split_top(text: str, separators: str) -> list[str]:
    """text split at separators that stand outside brackets."""
    return [p.strip() for p, _ in split_outside_brackets(
        text, lambda text, i, start: text[i] in separators) if p.strip()]


def marker_at_end(text: str) -> tuple[int, str] | None:
    """(start, content) of the bracketed owner marker that ends text, else None."""
    body = text.rstrip(" 。.；;\t")
    if not body or body[-1] not in CLOSING:
        return None
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        ch = body[i]
        if ch in CLOSING:
            depth += 1
        elif ch in OPENING:
            depth -= 1
            if depth == 0:
                content = body[i + 1:-1]
                return (i, content) if _names_owners(content) else None
    return None


def _names_owners(content: str) -> bool:
    if not content or len(content) > 400:
        return False
    if _LABEL.search(content):
        return True
    pieces = _split_top(content, "，,；;。")
    return any(_verb(p)[0] in ("lead", "lead+", "co") and len(p) > 2 for p in pieces)


def _verb(piece: str) -> tuple[str | None, str]:
    for role, pattern in _VERBS:
        m = pattern.search(piece)
        if m and m.start() > 0:
            return role, piece[:m.start()]
    return None, piece


_SENTENCE = re.compile(r"(?:^|(?<=[。；;]))"
                       r"(由?[^。；;]{2,120}?(?:牵头|负责|配合)[^。；;]{0,60})(?:[。；;]|$)")


def owner_sentence(text: str,
                   issued: datetime.date | None = None) -> tuple[int, Owners] | None:
    """(where it starts, Owners) for a closing sentence that only says who does the work
    (由市卫健委牵头，市医保局、市人社局按职责分工负责。), else None."""
    for m in reversed(list(_SENTENCE.finditer(text))):
        sentence = m.group(1)
        pieces = _split_top(sentence.removeprefix("由"), "，,、")
        found = parse(sentence.removeprefix("由"), issued)
        if not found.names or len(text) - m.start(1) > 200:
            continue
        if sentence.startswith("由") or all(looks_like_units(n) for n in found.names):
            if all(_verb(p)[0] or looks_like_units(p) for p in pieces):
                return m.start(1), found
        return None
    return None


def parse(text: str, issued: datetime.date | None = None) -> Owners:
    """Owners from a marker's content, a labelled line or a table's owner cell."""
    found = Owners()
    role: str | None = None  # the role a label set for the units that follow it
    pending: list[str] = []  # units read before the verb that says what they do
    text = re.sub(r"\s+", "", text)
    for clause in _split_top(text, "。；;"):
        for piece in _split_top(clause, "，,"):
            role, pending = _piece(found, piece, role, pending, issued)
    _assign(found, pending, role or "co")
    if found.first_leads and found.names:
        found.leads = found.names[:1]
    return found


def _piece(found: Owners, piece: str, role: str | None, pending: list[str],
           issued: datetime.date | None) -> tuple[str | None, list[str]]:
    """Read one comma piece; returns the label role in force and units still waiting."""
    if _SKIP.match(piece):
        if piece.startswith("下同") and found.first_leads:
            found.first_leads_after = True
        return role, pending
    if _TIME_LABEL.match(piece):
        found.due_text = _TIME_LABEL.sub("", piece)
        return role, pending
    if _FIRST_LEADS.search(piece):
        found.first_leads = True
        found.first_leads_after = found.first_leads_after or "下同" in piece
        return role, pending
    carry = _CARRY.search(piece)
    if carry and ("以下" in piece or "具体" in piece or "其余" in piece or "均" in piece[:6]):
        names, _ = units(carry.group("units"))
        found.carry += [n for n in names if n not in found.carry]
        return role, pending
    labels = list(_LABEL.finditer(piece))
    if labels:
        _assign(found, pending, role or "co")
        pending = []
        for k, label in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(piece)
            role = "lead" if label.group(1) in _LEAD_LABELS else "co"
            value = piece[label.end():end]
            if value:
                role, pending = _piece(found, value, role, pending, issued)
        return role, pending
    if _is_deadline(piece, issued):
        found.due_text = piece
        return role, pending
    verb, before = _verb(piece)
    if verb:
        _assign(found, pending + [before], verb)
        return role, []
    return role, pending + [piece]


def _assign(found: Owners, texts: list[str], role: str) -> None:
    for text in texts:
        names, vague = units(text)
        names, marked = lead_marked(names)
        found.leads += [n for n in marked if n not in found.leads]
        found.vague |= vague or role == "lead+"
        if role == "guide":
            continue
        target = found.leads if role in ("lead", "lead+") else found.co
        target += [n for n in names if n not in found.leads and n not in found.co]


_ANY_YEAR = datetime.date(2000, 1, 1)  # a month without a year is still a date


def _is_deadline(piece: str, issued: datetime.date | None) -> bool:
    if len(piece) > 20 or re.search(r"(局|委|办|院|厅|部|政府|中心|单位|部门)", piece):
        return False
    reading = deadlines.read(piece, issued or _ANY_YEAR)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
