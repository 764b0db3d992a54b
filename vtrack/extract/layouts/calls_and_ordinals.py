"""A report's calls with no numbers beside a run of ordinals in a paragraph of its own, as a
meeting's news gives a speaker's words:

    张明强调，各乡镇要提高政治站位…。要加强组织领导…。
    张明还对江尾镇提出了具体要求。一是要进一步摸清底数…；二是要因地制宜…；三是要…。

The body's numbering (numbered_items) sees only the ordinals, the calls without numbers
(run_in_list) only where nothing is numbered: here both are the work. The ordinals keep
their numbers; the calls are numbered in order across the other paragraphs, as run_in_list
numbers them; each run is a part, in the order the page gives them.
"""
import dataclasses
import re

from .. import outline, owners
from .base import Doc, Found
from .numbered_items import NumberedItems
from .run_in_list import RunInList

# an ordinal that opens an item inside a paragraph (一是…, 二要…), at the paragraph's start or
# after a mark
_ORDINAL = re.compile(r"(?:^|(?<=[。；;：:，,！]))\s*[一二三四五六七八九十]{1,2}[是要](?=\S)")
# the words that ask in a call (要, 应, 须…): what the other paragraphs hold that asks none
# may be praise or a record told (局党组高度重视…, 县级林长2名…), no call
# (owners' words that ask of a subject, and 须, 需要, 希望, 督促, 要求 but not 提出要求, a
# request told of)
_ASKS = re.compile(rf"{owners.ASKS_OF_UNITS}|(?<!提出)(?<!提出了)(?<!的)要求|须|需要|希望|督促")
_HEAD_MIN, _HEAD_MAX = 4, 12  # characters of an ordinal's first clause another names it by
# a count, praise and speeches: told, not asked (县级林长2名、副林长4名; 取得明显成效; 王明局长做
# 重要讲话; not 对全县156座危桥开展…, 巩固…成效, 参加培训: the work's own)
_TOLD = re.compile(r"\d+\s*(?:名|人|个|家|座|处|户)(?:[、；;，,。]|$)|多次|普遍|肯定|"
                   r"取得[^，,。；;]{0,6}成效|成效(?:明显|显著)|成绩|讲话|出席|主持")
_MATTERS_MAX = 14  # characters of an item of a list of matters (贫困户安全饮水问题)
_COPY_MAX = 12  # characters of a call's title that names an ordinal's work and no more
_MODAL = re.compile(r"^(?:要|应|须|务必|必须)")


def _ordinal_lines(doc: Doc) -> set[int]:
    """The lines an ordinal opens an item in: a paragraph with two ordinals or more, or one
    that opens with its own, 二是…, among others."""
    found = {i for i, line in enumerate(doc.lines) if _ORDINAL.search(line.strip())}
    return {i for i in found if len(_ORDINAL.findall(doc.lines[i].strip())) >= 2 or
            i - 1 in found or i + 1 in found}


def _line_of(words: str, lines: list[str], among: set[int] | None = None) -> int | None:
    """The first line (of among, if given) that holds words' first characters."""
    probe = re.sub(r"\s", "", _MODAL.sub("", words))[:8]
    if len(probe) < 4:
        return None
    return next((i for i, line in enumerate(lines) if (among is None or i in among) and
                 probe in re.sub(r"\s", "", line)), None)


class CallsAndOrdinals:
    name = "讲话要求与列举"
    ceiling = 0.75  # above any body numbering's (0.7): where it holds, both runs are the work

    def recognise(self, doc: Doc) -> float | None:
        return 0.75 if doc.memo("calls_and_ordinals", lambda: self._runs(doc)) else None

    def _runs(self, doc: Doc) -> tuple[list[Found], list[Found], Doc] | None:
        items = doc.items()
        if len(items) < 2 or doc.table() is not None:
            return None
        lines = _ordinal_lines(doc)
        # (every item one of the ordinals: not a plan numbered 一、（一）, whose paragraphs
        # may hold ordinals of their own)
        if not lines or any(_line_of(item.text, doc.lines, lines) is None for item in items):
            return None
        rest = dataclasses.replace(doc, lines=["" if i in lines else _unmarked(line)
                                               for i, line in enumerate(doc.lines)], _memo={})
        calls = RunInList()
        if calls.recognise(rest) is None:
            return None
        ordinals = NumberedItems().read(doc)
        heads = [_work_head(each) for each in ordinals]
        said = [each for each in calls.read(rest) if _asks(each) and
                # (要抓好稳定工业运行、扩大有效投资…等三个方面; 要明确分工，强化责任担当，
                # 狠抓工作落实: the ordinals' summary, no call of its own)
                sum(head in re.sub(r"\W", "", each.task.text or each.task.title)
                    for head in set(heads) if head) < 2 and
                # (抓好稳定工业运行: a short call that names an ordinal's work, its copy)
                not (len(each.task.title) <= _COPY_MAX and
                     any(head in each.task.title for head in heads if head))]
        if not said:
            return None
        return ordinals, said, rest

    def read(self, doc: Doc) -> list[Found]:
        runs = doc.memo("calls_and_ordinals", lambda: self._runs(doc))
        if not runs:
            return []
        ordinals, said, rest = runs
        at = min(_ordinal_lines(doc), default=0)
        before = [each for each in said
                  if (_line_of(each.task.title, rest.lines) or 0) < at]
        after = [each for each in said if each not in before]
        # (…，要求全省各级农业农村部门紧紧抓住…。 ⏎ 一是…二是…: the call that sets the units
        # to the points after it, whose owners they carry, is their head, no task of its own;
        # not where the points' paragraph opens with a head of its own, 会议要求，各地要…。一要…)
        heads = {tuple(each.task.owners) for each in ordinals}
        if before and len(heads) == 1 and heads != {()} and \
                _ORDINAL.match(doc.lines[at].strip()) and \
                tuple(before[-1].task.owners) in heads:
            before = before[:-1]
        # the calls numbered on across the ordinals, as the page's order gives them
        numbered = [dataclasses.replace(each, task=dataclasses.replace(each.task, seq=k))
                    for k, each in enumerate(before + after, 1)]
        return [dataclasses.replace(each, part=part)
                for part, run in enumerate((numbered[:len(before)], ordinals,
                                            numbered[len(before):]), 1)
                for each in run]


def _asks(call: Found) -> bool:
    """Whether a call may be one: its words ask (要, 应, 须…), or they tell no work done, no
    figures, no praise, no matters and no one's speech (局党组高度重视…, 县级林长2名, 贫困户安全
    饮水问题, 王明局长做重要讲话)."""
    words = call.task.text or call.task.title
    matters = len(words.rstrip("。；;")) <= _MATTERS_MAX and \
        re.search(r"(?:问题|情况)[。；;]?$", words) is not None
    return bool(_ASKS.search(words)) or \
        not (owners.TOLD_DONE.search(words) or _TOLD.search(words) or matters)


def _work_head(ordinal: Found) -> str:
    """The first clause of an ordinal's work (稳定工业运行, 强化责任担当), past the units it opens
    with and their 要; "" where it is too short or too long to name it by."""
    words = re.split(r"[，,。；;：:]", ordinal.task.title)[0]
    for name in ordinal.task.owners:
        words = words.removeprefix(name)
    words = re.sub(r"\W", "", _MODAL.sub("", words))
    return words if _HEAD_MIN <= len(words) <= _HEAD_MAX else ""


def _unmarked(line: str) -> str:
    """A line without the outline marker that opens it where units asked follow (（二）教育部门
    要…: a cut plan's item, read as the call it is); a heading keeps its marker."""
    found = outline.marker(line.strip())
    if found is None:
        return line
    words = found[3].lstrip()
    return words if owners.addressed_units(words) is not None else line
