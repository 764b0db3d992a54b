"""An item whose sentences hand its work to units of their own, in turn:

    （二）探索完善考核制度。各试点单位要按照统一部署，不断完善平时考核制度。要充分利用…。
    尚未开展试点工作的部门要结合实际，制定相应办法措施。

is as many tasks of the item's number as the units it names in turn (the item's title goes
with the first units' share; a sentence with no units of its own goes with the share before
it), each with its own owners and the time its own words give. Not where a bracket or a
label names the item's owners (（市卫健委牵头，…负责）: the whole item's), nor where the units
asked are the same throughout.
"""
import dataclasses
import re

from .. import owners
from ..tasks import make_task, split_deadline
from .base import Doc, Found

# where a share may open: a sentence's start, a piece's after ； or a clause's after its comma
# (卫生局要…，各医院领导班子要…; 物业公司要…；安保处要…)
_OPENS = re.compile(r"(?<=[。；;！，,])")
_SHARES_MAX = 6  # a list of more is a roll of units, no item's shares
_SITE_ENDS = ("场", "园", "馆", "台")  # (垃圾排放场, 集贸市场: sites asked of, no units)
# an owner label or bracket anywhere in the item: its owners are the whole item's
_LABELLED = re.compile(r"(?:牵头|责任|配合|参与|主办|协办)(?:单位|部门)\s*[：:]|"
                       r"[（(][^（）()]{0,40}(?:牵头|负责|配合)[^（）()]{0,20}[）)]")


def parted_by_doer(doc: Doc, tasks: list[Found]) -> list[Found]:
    """tasks, each item whose words hand its work to units of their own in turn parted into
    their shares (the same number, in order)."""
    out: list[Found] = []
    for each in tasks:
        out += _shares(doc, each) or [each]
    return out


def _shares(doc: Doc, each: Found) -> list[Found] | None:
    task = each.task
    text = task.text or ""
    if _LABELLED.search(text):
        return None
    starts: list[tuple[int, tuple[str, ...]]] = []
    for m in _OPENS.finditer(text):
        at = m.end()
        clause = text[at:].lstrip()
        units = owners.addressed_units(clause)
        # (units its clause opens with and asks, not a site, 垃圾排放场要远离水源)
        if units is None:
            continue
        names = tuple(owners.parse(units + "负责", doc.issued).names)
        if names and not any(name.endswith(_SITE_ENDS) for name in names):
            starts.append((at, names))
    cuts: list[tuple[int, tuple[str, ...]]] = []
    for at, names in starts:
        if not cuts:
            cuts.append((0, names))  # (the title and what comes before them go with them)
        elif names != cuts[-1][1]:
            cuts.append((at, names))
    if not 2 <= len(cuts) <= _SHARES_MAX:
        return None
    # (a lead named, or owners its own sentences do not name: a label's or a heading's, the
    # whole item's)
    named = {name for _, names in cuts for name in names}
    if task.lead or not set(task.owners) <= named:
        return None
    ends = [at for at, _ in cuts[1:]] + [len(text)]
    shares: list[Found] = []
    for k, ((start, names), end) in enumerate(zip(cuts, ends, strict=True)):
        words = text[start:end].strip(" ，,；;")
        words = words if words.endswith(("。", "！")) else words + "。"
        _, due_text = split_deadline(words, doc.issued)
        due_text = due_text or task.due_text
        made, doubts = make_task(task.seq or 0, words, list(names), due_text, doc.issued,
                                 section=task.section, year=doc.year,
                                 title=task.title if k == 0 else None)
        shares.append(dataclasses.replace(each, task=made, doubts=doubts))
    return shares
