"""The numbered outline of a plan's body, at every level: 一、 （一） 1. （1） ①.

Each numbered line opens a node; the lines after it that belong to it (a heading's body, a
paragraph broken by a page, a 责任单位： line) follow it. Which level holds the tasks is
decided from what the levels hold: the one whose items name their owners, else the one with
the most items outside the framing parts (总体要求, 指导思想, 目标 …).
"""
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .owners import is_owner_line, marker_at_end

KINDS = ("cn", "pcn", "num", "pnum", "circ")  # from the top level down
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_FULL_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_NUM = "[一二三四五六七八九十百〇零]{1,4}"
_MARKERS = (
    ("cn", re.compile(rf"^({_CN_NUM})[、.．]\s*(?=\S)")),
    ("pcn", re.compile(rf"^[（(]\s*({_CN_NUM})\s*[)）]\s*")),
    # numbers of any length: parse() takes one only in sequence, so a year is no item
    ("pnum", re.compile(r"^[（(]\s*(\d{1,5})\s*[)）]\s*")),
    # 1. 1、 1． "1 加强" or the number glued to its title (1加强…), never 5年内 or 12月
    ("num", re.compile(r"^(\d{1,5})(?:[.、](?!\d+(?:\.\d+)?(?:万|亿|%|倍|个百分点))\s*|"
                       r"\s+(?=[^\d\s])|"
                       r"(?=\*\*|[“《\u4e00-\u9fff])(?![年月日个项万亿家人号时天周%]))")),
    ("circ", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# parts that frame the plan rather than list its work
FRAMING = re.compile(r"总体要求|总要求|指导思想|基本原则|工作原则|"
                     r"(?:总体|发展|主要|工作|预期)?目标|"
                     r"背景|意义|现状|形势|适用范围|试点范围|编制依据")
_SENTENCE_END = re.compile(r"[。！？；;][”’]?$|[）)〕】\]]$")
_HEADING_MAX = 40
_TIME_LINE = re.compile(r"^\s*(?:完成时限|完成时间|时间节点|时限要求|时间安排|进度安排|完成期限|"
                        r"办结时限)\s*[:：]\s*")


@dataclass
class Node:
    kind: str
    number: int
    head: str  # the text after the marker on its line
    line: int
    parent: "Node | None" = None
    body: list[str] = field(default_factory=list)  # the lines that belong to it
    owner_lines: list[str] = field(default_factory=list)
    time_lines: list[str] = field(default_factory=list)  # 完成时限：… under the item

    @property
    def heading(self) -> str:
        """The marker line as printed, for a task's section."""
        return self.marker + self.head

    marker: str = ""

    @property
    def glued(self) -> bool:
        """1加强…: the number glued to the title, which then runs into the body."""
        return self.kind == "num" and self.marker.strip().isdigit()

    def is_heading(self) -> bool:
        """A short title on its own line, its text below (（一）统筹发展规划)."""
        return len(self.head) <= _HEADING_MAX and "。" not in self.head[:-1]

    def text_lines(self) -> list[str]:
        """The task's own words: a heading's body, or the item's line and what follows it."""
        if self.is_heading() and self.body:
            return list(self.body)
        return [self.head, *self.body] if self.head else list(self.body)

    def ancestors(self) -> Iterator["Node"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def framing(self) -> bool:
        """Under a part that frames the plan, or itself a framing item (（一）指导思想)."""
        return any(FRAMING.search(a.head[:20]) for a in self.ancestors() if a.is_heading()) \
            or bool(FRAMING.match(self.head[:8]))


def cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return (_CN_DIGIT.get(hundreds, 1)) * 100 + (cn_number(rest.lstrip("零〇")) if rest else 0)
    if "十" not in text:
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def marker(line: str) -> tuple[str, int, str, str] | None:
    """(kind, number, marker text, rest of the line) for a numbered line, else None."""
    head = line[:6].translate(_FULL_DIGITS) + line[6:]
    for kind, pattern in _MARKERS:
        m = pattern.match(head)
        if m:
            value = m.group(1)
            number = _CIRCLED.index(value) + 1 if kind == "circ" else cn_number(value)
            return kind, number, line[:m.end()], line[m.end():].strip()
    return None


def parse(lines: list[str], start: int = 0, end: int | None = None) -> list[Node]:
    """The numbered nodes of lines[start:end], each with its body lines, in order."""
    end = len(lines) if end is None else end
    nodes: list[Node] = []
    last: dict[str, int] = {}  # kind -> the number of its latest node
    open_nodes: dict[str, Node] = {}  # kind -> the latest node of that kind, for parents
    current = None
    for i in range(start, end):
        line = lines[i]
        found = marker(line) if line else None
        if found:
            kind, number, text, rest = found
            # a number in sequence (one missed item forgiven), or a list starting again at 1;
            # anything else is text
            if number == 1 or last.get(kind, -9) in (number - 1, number - 2):
                node = Node(kind, number, rest, i, marker=text)
                rank = KINDS.index(kind)
                node.parent = next((open_nodes[k] for k in reversed(KINDS[:rank])
                                    if k in open_nodes), None)
                for k in KINDS[rank:]:
                    open_nodes.pop(k, None)
                open_nodes[kind] = node
                last[kind] = number
                nodes.append(node)
                current = node
                continue
        if current is None or not line:
            continue
        if is_owner_line(line):
            current.owner_lines.append(line)
        elif _TIME_LINE.match(line):
            current.time_lines.append(_TIME_LINE.sub("", line).strip("。 "))
        elif _belongs(current, line):
            current.body.append(line)
    return nodes


def _belongs(node: Node, line: str) -> bool:
    """Whether an unnumbered line goes on with node: the body of a heading, the rest of a
    paragraph a page broke, or an owner marker on its own line. A whole paragraph after a
    whole item is the document's (a closing paragraph, a part's preface)."""
    if node.is_heading() and not node.body:
        return True
    last = node.body[-1] if node.body else node.head
    if not _SENTENCE_END.search(last):
        return True
    if marker_at_end(line) is not None and len(line) < 200 and line.lstrip()[:1] in "（(〔【[":
        return True
    # a heading's further paragraphs, while they read as prose (not a page's footer)
    return node.is_heading() and len(node.body) < 3 and len(line) > 20 and \
        bool(_SENTENCE_END.search(line)) and not any(marker_at_end(b) for b in node.body)
