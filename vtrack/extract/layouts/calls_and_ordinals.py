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

from .base import Doc, Found
from .numbered_items import NumberedItems
from .run_in_list import RunInList

# an ordinal that opens an item inside a paragraph (一是…, 二要…), at the paragraph's start or
# after a mark
_ORDINAL = re.compile(r"(?:^|(?<=[。；;：:，,！]))\s*[一二三四五六七八九十]{1,2}[是要](?=\S)")
_ASK = re.compile(r"^要")


def _ordinal_lines(doc: Doc) -> set[int]:
    """The lines an ordinal opens an item in: a paragraph with two ordinals or more, or one
    that opens with its own, 二是…, among others."""
    found = {i for i, line in enumerate(doc.lines) if _ORDINAL.search(line.strip())}
    return {i for i in found if len(_ORDINAL.findall(doc.lines[i].strip())) >= 2 or
            i - 1 in found or i + 1 in found}


def _line_of(words: str, lines: list[str], among: set[int] | None = None) -> int | None:
    """The first line (of among, if given) that holds words' first characters."""
    probe = re.sub(r"\s", "", _ASK.sub("", words))[:8]
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
        rest = dataclasses.replace(doc, lines=["" if i in lines else line
                                               for i, line in enumerate(doc.lines)], _memo={})
        calls = RunInList()
        if calls.recognise(rest) is None:
            return None
        said = calls.read(rest)
        if not said:
            return None
        return NumberedItems().read(doc), said, rest

    def read(self, doc: Doc) -> list[Found]:
        runs = doc.memo("calls_and_ordinals", lambda: self._runs(doc))
        if not runs:
            return []
        ordinals, said, rest = runs
        at = min((i for i in _ordinal_lines(doc)), default=0)
        before = [each for each in said
                  if (_line_of(each.task.title, rest.lines) or 0) < at]
        after = [each for each in said if each not in before]
        # (…，要求全省各级农业农村部门紧紧抓住…。 ⏎ 一是…二是…: the call that sets the units
        # to the points after it, whose owners they carry, is their head, no task of its own;
        # not where the points' paragraph opens with a head of its own, 会议要求，各地要…。一要…)
        heads = {tuple(each.task.owners) for each in ordinals}
        if before and len(heads) == 1 and heads != {()} and \
                re.match(r"\s*[一二三四五六七八九十]{1,2}[是要]", doc.lines[at]) and \
                tuple(before[-1].task.owners) in heads:
            before = before[:-1]
        out: list[Found] = []
        for part, run in enumerate((before, ordinals, after), 1):
            out += [dataclasses.replace(each, part=part) for each in run]
        # the calls numbered on across the ordinals, as the page's order gives them
        number = 0
        for each in out:
            if each.part != 2:
                number += 1
                each.task.seq = number
        return out
