"""Who owns a task, as plans write it, and who leads.

The forms, from the corpus of real plans:
- labelled: （牵头单位：A；责任单位：B、C） 〔责任单位：A〕, or 牵头单位：/责任单位：/配合单位：
  lines;
- with a verb: （A负责） （A、B牵头，C及D按职责分工负责） （A会同有关部门负责）
  （A等和各省级人民政府负责）;
- with a rule inside: （A、B、C等负责。列第一位者为牵头单位，下同） — the first unit leads, here
  and after;
- carrying units forward: 以下任务均需A、B落实，不再一一列出 / 具体任务均涉及A，不再做分工，下同;
- with the deadline inside: （牵头单位：A；责任单位：B，6月底完成）;
- with no marker at all: （A、B） at the end of an item, when A and B are organs by their form
  (units.py), or A、B on a line of its own when named from inside the place (区水务局);
- in prose, a clause that only says who: 由A牵头，B、C参与。 / A负责资金保障。
Labels are read by what they say (负责部门： 主责部门： 牵头：), not from a list; a label that says
something else (适用范围：) names no one, and people (责任领导：王强) are leaders, never owners.
A table's owner cells are read the same way; units on lines of their own stay apart.
"""
import datetime
import re
from dataclasses import dataclass, field

from .. import deadlines
from ..departments import (
    CLOSING,
    OPENING,
    split_outside_brackets,
    units,
)
from . import units as unit_names

# a label: words that say who (牵头单位 责任部门 配合单位 负责部门 责任主体 牵头), who leads as a
# person (责任领导 分管副县长 联系人) or when (完成时限 时间节点), then a colon. Its role comes
# from what it says, not from a list of whole labels.
_LABEL_HEAD = (r"(?:主要|牵头|责任|负责|配合|协办|参与|分管|具体|实施|承办|协同|联系|包保|"
               r"督办|完成|协作|支持|省级|市级|县级|区级|镇级|市直|县直|区直|工作|业务|主办|"
               r"主责|行业|监管|推进|落实)*")
_LABEL_CORE = (r"(?:单位|部门|主体|处室|科室|机构|领导|负责人|联系人|责任人|牵头|主办|负责|配合|"
               r"协办|承办|参与|协同|副?[省市州县区镇乡旗]长|书记|主任|时限|时间|期限|"
               r"时间节点|节点)")
# 单位： alone heads a contact block (单位：… 联系人：…), not a list of owners
_BARE = r"(?:单位|部门|主体|处室|科室|机构)"
_LABEL = re.compile(rf"((?!{_BARE}[:：\s]){_LABEL_HEAD}{_LABEL_CORE})\s*[:：]")
# any other label at the head of a piece (适用范围： 备注： 目标：): what follows is not owners
_OTHER_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
_OWNER_LINE = re.compile(rf"^\s*[（(〔【\[［]?\s*(?!{_BARE}[:：\s]){_LABEL_HEAD}{_LABEL_CORE}"
                         r"\s*[:：]")


def _label_role(label: str) -> str:
    """What a label's value is: 'people', 'time', 'lead' or 'co'."""
    if re.search(r"领导|负责人|联系人|责任人|长$|书记$|主任$", label):
        return "people"
    if re.search(r"时限|时间|期限|节点", label):
        return "time"
    return "lead" if re.search(r"牵头|主办|主责", label) else "co"


# the verb that ends a piece, and the role it gives the units before it
_VERBS = (
    ("lead", re.compile(r"(?:分别)?牵头(?:负责|落实|推进|实施)?$")),
    ("lead+", re.compile(r"会同(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?"
                         r"(?:负责|落实|推进|实施)?$")),
    ("guide", re.compile(r"(?:负责)?指导$")),
    ("co", re.compile(r"(?:按职责分工|按照职责分工|按职责|分别|共同|具体|各自|积极|统一|认真|全力)?"
                      r"(?:负责|落实|配合|参与|承担)(?:落实|实施|推进)?$")),
)
# A会同B负责: A leads, B works with it (A会同有关部门负责 is the verb "lead+")
_PAIRED = re.compile(r"^(?P<lead>.+?)会同(?P<co>.+?)(?:共同)?(?:负责|落实|推进|实施)$")
_VAGUE_OTHERS = re.compile(r"^(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?$")
_FIRST_LEADS = re.compile(r"(?:列|排|排在|排名|位列)?(?:第一位|首位|第一)(?:者|的部门|的单位)?"
                          r"(?:为|是)牵头")
_CARRY = re.compile(r"均(?:需|须|要|涉及|由)(?P<units>.+?)(?:落实|负责|参与|承担|实施)?$")
_SKIP = re.compile(r"^(?:不再.*|下同|同上|下略)$")
_TIME_LABEL = re.compile(r"^(?:完成时限|完成时间|时间节点|时限要求|时间安排|进度安排|完成期限|"
                         r"办结时限)\s*[:：]\s*")
# 责任单位：… written into the item's last sentence, without brackets
_OWNER_LABEL = rf"{_LABEL_HEAD}(?:单位|部门|主体|处室|科室|机构)"
INLINE_LABEL = re.compile(rf"(?:^|(?<=[。；;，,\s])){_OWNER_LABEL}\s*[:：]")



@dataclass
class Owners:
    leads: list[str] = field(default_factory=list)
    co: list[str] = field(default_factory=list)
    vague: bool = False  # 等 / 会同有关部门: more units than it names
    due_text: str | None = None
    carry: list[str] = field(default_factory=list)  # units every later task also has
    first_leads: bool = False  # 列第一位者为牵头单位
    first_leads_after: bool = False  # … 下同: and so for the tasks after
    leaders: list[str] = field(default_factory=list)  # people (责任领导：王强): never owners

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(self.leads + self.co))

    def __bool__(self) -> bool:
        return bool(self.leads or self.co or self.carry or self.first_leads)


# a unit named from inside its place (区水务局, 各街道): never the signature under a plan,
# which gives the issuer's whole name (某某区人民政府办公室)
_RELATIVE_UNIT = re.compile(r"^(?:[省市州县区镇乡旗](?!场)|各)")


def is_owner_line(line: str) -> bool:
    """A line under an item that says who does it: a label (责任单位：… / 牵头：… /
    责任领导：…; a deadline line, 完成时限：…, is not one), or only units named from inside
    the plan's place (区水务局、区财政局)."""
    m = _OWNER_LINE.match(line)
    if m:
        return _label_role(_LABEL.search(line).group(1)) != "time"  # type: ignore[union-attr]
    if len(line) > 80:
        return False
    found = unit_names.read(line, organs_only=True)
    return found is not None and all(_RELATIVE_UNIT.match(n) for n in found.names)


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


def notes_in(text: str) -> tuple[str, list[str]] | None:
    """(text without them, their contents) for owner notes in brackets inside an item's
    text: one with a label anywhere (…（牵头单位：A）…), any other that says who where a
    sentence ends after it (推进河道整治（区水务局牵头，区财政局配合）。完成…); None for none."""
    notes: list[tuple[int, int, str]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING:
            start = i if depth == 0 else start
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
            if depth == 0:
                content = text[start + 1:i]
                labelled = any(_label_role(m.group(1)) in ("lead", "co")
                               for m in _LABEL.finditer(content))
                ends = i + 1 == len(text.rstrip()) or text[i + 1:i + 2] in ("。", "；", ";", "\n")
                if (labelled or ends) and _names_owners(content):
                    notes.append((start, i + 1, content))
    if not notes:
        return None
    rest, last = "", 0
    for begin, end, _ in notes:
        rest, last = rest + text[last:begin], end
    return (rest + text[last:]).strip(), [content for _, _, content in notes]


def _names_owners(content: str) -> bool:
    """Whether a bracket's content says who does the work: a label with units after it
    (牵头单位：A；适用范围：… names A; 适用范围：… alone names none), a leader label, units before a
    verb (A负责), or, with no marker at all, a list of organs (市教育局、市人社局)."""
    if not content or len(content) > 400:
        return False
    labels = [_label_role(m.group(1)) for m in _LABEL.finditer(content)]
    if any(role in ("lead", "co") for role in labels):
        found = parse(content)
        if found.names or found.carry or found.first_leads:
            return True
    if "people" in labels:
        return True  # （责任领导：王强）: said who answers for it, even if no unit
    pieces = _split_top(content, "，,；;。")
    if any(_verb(p)[0] in ("lead", "lead+", "co") and len(p) > 2 for p in pieces):
        return True
    # no marker: organs, and maybe when (（市财政局、市税务局，2023年底前）)
    listed = [p for p in pieces if not _is_deadline(p, None)]
    return len(listed) == 1 and unit_names.read(listed[0], organs_only=True) is not None


def _verb(piece: str) -> tuple[str | None, str]:
    for role, pattern in _VERBS:
        m = pattern.search(piece)
        if m and m.start() > 0:
            return role, piece[:m.start()]
    return None, piece


# a word that says who does the work; a sentence without one names no owners
_WORK = re.compile(r"牵头|负责|配合|参与|落实|承办|承担|实施|会同|(?:单位|部门)[为是]")
# 此项工作由A牵头: the work named, then who
_THIS_WORK = re.compile(r"^(?:(?:此项|该项|本项|以上|上述|各项)?(?:工作|任务)|具体)由")
# 省财政厅负责资金保障: units, then the verb, then a short object
_SUBJECT = re.compile(r"^(?P<units>.+?)(?:具体|分别|共同)?(?P<verb>牵头|负责)"
                      r"(?P<rest>[^，,]{1,15})$")
# 牵头单位为A / 责任部门是A: a label said in a sentence
_SAID_LABEL = re.compile(rf"^(?P<label>{_OWNER_LABEL})[为是](?P<units>.+)$")
# 由A负责资金保障: 由 says who; a short object may follow the verb
_BY = re.compile(r"^由(?P<units>.+?)"
                 r"(?P<verb>(?:分别|共同|具体|统一|全面)?(?:牵头|负责|承办|落实|实施|组织))"
                 r"(?P<rest>[^，,]{0,15})$")
# 会同市财政局等部门研究制定: the units worked with, whatever they do
_WITH = re.compile(r"^(?:并|共同)?(?:会同|联合|协同)"
                   r"(?P<units>.+?(?:等(?:有关|相关)?(?:部门|单位)?)?)"
                   r"(?=研究|制定|做好|抓好|推进|开展|组织|共同|实施|落实|负责|$)")


def owner_sentence(text: str,
                   issued: datetime.date | None = None) -> tuple[int, Owners] | None:
    """(where it starts, Owners) for a closing clause that only says who does the work
    (由市卫健委牵头，市医保局、市人社局按职责分工负责。 / 区水务局牵头，各街道参与。), else None.
    A sentence that only mentions a unit (按照省教育厅要求，…) names no owners."""
    ends = [m.end() for m in re.finditer(r"[。；;]", text)]
    starts = [0] + ends
    for begin in reversed(starts):
        if len(text) - begin > 200:
            return None
        stop = text.find("。", begin)
        sentence = text[begin:] if stop < 0 else text[begin:stop]
        sentence = re.split(r"[；;]", sentence)[0]
        if not sentence.strip():
            continue
        if not _WORK.search(sentence):
            continue  # a closing remark (持续推进。) may follow the clause that says who
        for offset, clause in _clauses(sentence):
            who = _who(clause)
            if who is not None and (begin + offset > 3 or begin > 0):
                found = parse(who, issued)
                if found.names:
                    return begin + offset, found
        return None
    return None


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, the rest of sentence from there) at its start and after each comma."""
    found, depth = [(0, sentence)], 0
    for i, ch in enumerate(sentence):
        depth += ch in OPENING
        depth -= ch in CLOSING
        if depth <= 0 and ch in "，," and sentence[i + 1:].strip():
            found.append((i + 1, sentence[i + 1:]))
    return found


def _who(clause: str) -> str | None:
    """The clause as owner text parse() reads, when every piece of it says who does the work
    (units and a verb, units waiting for a verb, 会同 units); else None."""
    pieces = _split_top(clause, "，,")
    out, verbs = [], 0
    for k, piece in enumerate(pieces):
        piece = _THIS_WORK.sub("由", piece)
        labelled = _SAID_LABEL.match(piece)
        if labelled and unit_names.read(labelled.group("units")) is not None:
            out.append(f"{labelled.group('label')}：{labelled.group('units')}")
            verbs += 1
            continue
        subject = _SUBJECT.match(piece)
        if subject and not piece.startswith("由") and \
                unit_names.read(subject.group("units")) is not None:
            out.append(subject.group("units") + subject.group("verb"))
            verbs += 1
            continue
        by, with_ = _BY.match(piece), _WITH.match(piece)
        if by and unit_names.read(by.group("units")) is not None:
            verb = "牵头" if "牵头" in by.group("verb") else "负责"
            out.append(by.group("units") + verb)
            verbs += 1
            continue
        if with_ and k > 0 and unit_names.read(with_.group("units")) is not None:
            out.append(with_.group("units") + "配合")
            continue
        piece = piece.removeprefix("由")
        role, before = _verb(piece)
        if role in ("lead", "lead+", "co") and (
                unit_names.read(before) is not None or
                unit_names.read(re.sub(r"会同.*$", "", before)) is not None):
            out.append(piece)
            verbs += 1
        elif unit_names.read(piece) is not None:
            out.append(piece)
        else:
            return None
    return "，".join(out) if verbs else None


_WRAPPED = re.compile(r"^[（(〔【\[［]([^（(〔【\[［）)〕】\]］]*)[）)〕】\]］]$")


def parse(text: str, issued: datetime.date | None = None) -> Owners:
    """Owners from a marker's content, a labelled line or a table's owner cell."""
    found = Owners()
    role: str | None = None  # the role a label set for the units that follow it
    pending: list[str] = []  # units read before the verb that says what they do
    text = unit_names.join_lines(text)  # units on lines of their own in a cell stay apart
    for clause in _split_top(text, "。；;"):
        clause = _WRAPPED.sub(r"\1", clause)  # a line of its own: （牵头单位：A）
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
    labels = [m for m in _LABEL.finditer(piece) if not _inside_brackets(piece, m.start())]
    if labels:
        _assign(found, pending, role or "co")
        pending = []
        for k, label in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(piece)
            value = piece[label.end():end]
            if _label_role(label.group(1)) == "time":
                found.due_text = value or found.due_text
                continue
            role = _label_role(label.group(1))
            if value:
                role, pending = _piece(found, value, role, pending, issued)
        return role, pending
    other = _OTHER_LABEL.match(piece)
    if other and unit_names.is_unit(other.group(0)[:-1]):
        return role, pending + [other.group(0)[:-1]]  # 市教育局：负责统筹: the unit, its duty
    if other:
        _assign(found, pending, role or "co")
        return "skip", []  # 适用范围：各试点地区: not who does the work
    if _is_deadline(piece, issued):
        found.due_text = piece
        return role, pending
    paired = _PAIRED.match(piece)
    if paired and not _VAGUE_OTHERS.match(paired.group("co")):
        _assign(found, pending + [paired.group("lead")], "lead")
        _assign(found, [paired.group("co")], "co")
        return role, []
    verb, before = _verb(piece)
    if verb:
        _assign(found, pending + [before], verb)
        return role, []
    return role, pending + [piece]


def _inside_brackets(text: str, at: int) -> bool:
    """Whether text[at] stands inside a bracket: 县水利局（责任人：王强）'s label is the unit's."""
    depth = 0
    for ch in text[:at]:
        depth += ch in OPENING
        depth -= ch in CLOSING and depth > 0
    return depth > 0


def _assign(found: Owners, texts: list[str], role: str) -> None:
    if role == "skip":
        return
    for text in texts:
        reading = unit_names.listed(text)
        found.leaders += [p for p in reading.people if p not in found.leaders]
        if role == "people":
            found.leaders += [n for n in reading.names if n not in found.leaders]
            continue
        names, marked = reading.names, reading.leads
        found.leads += [n for n in marked if n not in found.leads]
        found.vague |= reading.vague or role == "lead+"
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
