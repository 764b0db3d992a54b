"""An item whose sentences hand its work to units of their own, in turn:

    （二）探索完善考核制度。各试点单位要按照统一部署，不断完善平时考核制度。要充分利用…。
    尚未开展试点工作的部门要结合实际，制定相应办法措施。

is as many tasks of the item's number as the units it names in turn (the item's title goes
with the first units' share; a sentence with no units of its own goes with the share before
it), each with its own owners, the time its own words give (the item's where no share holds
it) and the clauses that frame it (6月底前，县住建局要…). Not where a bracket or a label names
the item's owners, in its words or on the page beside them (（市卫健委牵头，…负责）, ⏎ 责任单位：…:
the whole item's), nor where a lead is named, the owners come from elsewhere, the units asked
are the same throughout or one unit by two names (县人社局, 人社部门), nor where those asked are
sites (新建住宅小区要…).

An item of no owner whose one doer a later sentence asks (…取得一定成效。因此，各乡镇、各有关
部门要…) is that doer's, its words, time and cadence as read.
"""
import dataclasses
import re

from .. import owners
from ..dates import in_text, is_time_limit
from ..tasks import NO_OWNER, is_deadline_clause, make_task, split_deadline
from .base import Doc, Found

# where a share may open: the item's words' start, a sentence's start, a piece's after ； or a
# clause's after its comma (各乡镇要…。各牵头单位要…; 卫生局要…，各医院领导班子要…; 物业公司要…；
# 安保处要…)
_OPENS = re.compile(r"(?:^|(?<=[。；;！，,]))")
# the condition of a consequence: the work not done (逾期不补正的，…; 未按时完成的，…)
_NOT_DONE_BEFORE = re.compile(r"(?:逾期|未|不|拒不|没有)[^，,。；;]*的[，,]\s*$")
_SHARES_MAX = 6  # a list of more is a roll of units, no item's shares
# (垃圾排放场, 集贸市场, 新建住宅小区, 在建工程, 公共场所: sites and works asked of, no units)
_SITE_ENDS = ("场", "园", "馆", "台", "小区", "工程", "项目", "场所")
# a clause that frames the share after it: its time, its condition, what it is done to, or
# the word that joins it (6月底前，县住建局要…; 对排查出隐患的单位，县教育局要…; 同时，…)
_FRAME = re.compile(r"^(?:同时|此外|另外|对[^，,]{1,20}|"
                    r"[^，,]{1,16}(?:前|后|时|的|期间|之际|以来))$")
# a unit's level and its kind, the rest its field (县人社局 and 人社部门 are one)
_LEVEL = re.compile(r"^(?:各|[省市州县区])")
_KIND = re.compile(r"(?:局|部门|厅|委员会|委|办公室|办)$")


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
    if _labelled(text):
        return None
    starts: list[tuple[int, tuple[str, ...]]] = []
    read_to = 0  # (where the units an earlier share opens with end)
    for m in _OPENS.finditer(text):
        at = m.end()
        clause = text[at:].lstrip()
        if at < read_to:
            continue  # (A，B，C要…: B and C inside the list A opens, no share of their own)
        units = owners.addressed_units(clause)
        # (逾期不补正的，市市场监管局可以退回: what a unit may do if the work is not done, no
        # share of it; 计划单列市可直接申报 is one)
        if units is None or clause[len(units):].lstrip("也还").startswith("可") and \
                _NOT_DONE_BEFORE.search(text[:at]):
            continue
        names = tuple(owners.parse(units + "负责", doc.issued).names)
        # (units its clause opens with and asks, not a site, 垃圾排放场要远离水源)
        if names and not any(name.endswith(_SITE_ENDS) for name in names):
            starts.append((at, names))
            read_to = at + (len(text[at:]) - len(clause)) + len(units)  # (spaces, units)
    cuts: list[tuple[int, tuple[str, ...]]] = []
    for at, names in starts:
        if not cuts:
            cuts.append((0, names))  # (the title and what comes before them go with them)
        elif names != cuts[-1][1]:
            cuts.append((at, names))
    # (…近年来…。因此，各乡镇、各有关部门要…: the one doer a later sentence of an item of no
    # owner asks, the whole item's)
    if len(cuts) == 1 and not task.owners and not task.lead and \
            _opens_a_sentence(text, starts[0][0]) and not _labelled_on_the_page(doc, text) and \
            _the_item_s_doer(text, starts[0][0]):
        # (its words, time and cadence as read; only who does it, and the doubt of no owner)
        made = dataclasses.replace(task, owners=list(cuts[0][1]))
        return [dataclasses.replace(each, task=made,
                                    doubts=[d for d in each.doubts if d != NO_OWNER])]
    if not 2 <= len(cuts) <= _SHARES_MAX:
        return None
    # (a lead named, or owners its own sentences do not name: a label's or a heading's, the
    # whole item's)
    named = {name for _, names in cuts for name in names}
    if task.lead or not set(task.owners) <= named or _labelled_on_the_page(doc, text):
        return None
    # (县人社局…。人社部门要…: one unit by two names, no second share)
    if len({_core(name) for name in named}) < len(named):
        return None
    cuts = [(_with_frame(text, at), names) if k else (at, names)
            for k, (at, names) in enumerate(cuts)]
    ends = [at for at, _ in cuts[1:]] + [len(text)]
    last = re.split(r"[，,；;]", text.rstrip("。！ "))[-1].strip()
    # (not how often, 每月报县应急局: the last share's own)
    closing = is_deadline_clause(last, doc.issued) and not last.startswith("每") and \
        owners.addressed_units(last) is None
    shares: list[Found] = []
    for k, ((start, names), end) in enumerate(zip(cuts, ends, strict=True)):
        words = text[start:end].strip(" ，,；;")
        words = words if words.endswith(("。", "！")) else words + "。"
        _, due_text = split_deadline(words, doc.issued)
        # (the item's time where it opens or closes the whole item, not another share's; a
        # clause of its time alone closing the item is the whole item's, 各乡镇要…，县应急局
        # 要…，2023年6月底前完成)
        if due_text is None and task.due_text and (closing or not any(
                task.due_text in text[a:b] for (a, _), b in zip(cuts, ends, strict=True))):
            due_text = task.due_text
        # (a time limit inside the share's words: 县住建局要在4月底前完成…, 6月底前，A要…)
        reading_text, reading = (None, None) if due_text else \
            in_text(words, doc.issued, year=doc.year)
        if reading_text is not None and not is_time_limit(reading_text, words):
            reading_text, reading = None, None
        made, doubts = make_task(task.seq or 0, words, list(names), due_text, doc.issued,
                                 section=task.section, year=doc.year,
                                 title=task.title if k == 0 and not _runs_on(text, task.title, end)
                                 else None,
                                 reading=reading, reading_text=reading_text)
        shares.append(dataclasses.replace(each, task=made, doubts=doubts))
    return shares


# an ask that is no item's work: to help or to heed (各村要积极配合县应急局工作, 各部门要高度重视,
# 要充分认识…, 给予经费支持, 提供技术支撑), to be checked or to obey (要接受…检查, 应当服从…), to
# oversee (审计局要对…进行审计监督)
_NO_ITEM_WORK = re.compile(r"(?:也|还|都|一定)?(?:要|应当|应|须|必须)?"
                           r"(?:积极|主动|全力|密切|认真|大力)?(?:做好|给予|提供)?[^，,。；;]{0,12}?"
                           r"(?:配合|支持|支撑|协助|协调|重视|充分认识|须知|接受|服从|监督)")
# the issuer naming itself (本单位, 本局, 我局, 我县)
_SELF = re.compile(r"^(?:本|我)[\u4e00-\u9fff]{1,3}$")


def _the_item_s_doer(text: str, at: int) -> bool:
    """Whether the units the words at at open with, in a sentence after an item's first, do its
    work: organs or the governments of places (not 不合格企业, 施工单位, 责任单位: those the work
    is about or a role's name), not the issuer itself, asked to do work of their own."""
    clause = text[at:].lstrip()
    asked = owners.addressed_units(clause)
    return asked is not None and not _SELF.match(asked) and \
        _NO_ITEM_WORK.match(clause, len(asked)) is None and owners.works_as_body(asked)


# the word that joins a sentence to those before it as their end (因此，各乡镇要…; 为此，…; not
# 同时，… or 对此，…: another's work beside it)
_JOINING = re.compile(r"^(?:因此|为此|所以|总之)?[，,]?$")


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether the words at at open a sentence after others, maybe after the word that joins
    it to them (…。因此，各乡镇要…), not the item's first words nor a clause after a comma."""
    before = text[:at].rstrip()
    mark = max(before.rfind(ch) for ch in "。！；;")
    return mark >= 0 and _JOINING.match(before[mark + 1:].strip()) is not None


def _runs_on(text: str, title: str | None, end: int) -> bool:
    """Whether the item's title, taken from its words, runs on past the first share's end into
    the next share's (各乡镇要高度重视，县应急局要加强督导: the first share's title its own)."""
    at = text.find(title) if title else -1
    return at >= 0 and at + len(title or "") > end


def _with_frame(text: str, at: int) -> int:
    """Where a share that opens at at starts, with the clauses before it that frame it (its
    time or condition, 6月底前，县住建局要…), which belong to it, not to the share before."""
    while True:
        before = text[:at].rstrip("，, ")
        mark = max(before.rfind(ch) for ch in "，,。；;！")
        clause = before[mark + 1:].strip()
        if mark < 0 or before[mark] not in "，," or not _FRAME.match(clause):
            return at
        at = mark + 1


def _core(name: str) -> str:
    """A unit's field without its level and its kind (县人社局 -> 人社)."""
    return _KIND.sub("", _LEVEL.sub("", name)) or name


def _labelled_on_the_page(doc: Doc, text: str) -> bool:
    """Whether the item's lines on the page end with its owners' bracket or are followed by an
    owner line (…。（县乡村振兴局负责） or ⏎ 责任单位：…), which the item's words no longer hold."""
    probe = re.sub(r"\s", "", text)[:12]
    if len(probe) < 6:
        return False
    lines = [line.strip() for line in doc.lines]
    at = next((k for k, line in enumerate(lines) if probe in re.sub(r"\s", "", line)), None)
    if at is None:
        return False
    below = next((line for line in lines[at + 1:] if line), "")
    return _labelled(lines[at]) or owners.is_owner_line(below)


def _labelled(text: str) -> bool:
    """Whether text names its owners by a label or a bracket, anywhere (…。责任单位：A, …（A牵头，
    B配合）。…, …（A负责）): the whole item's, as the owner readers find them."""
    return owners.INLINE_LABEL.search(text) is not None or owners.notes_in(text) is not None or \
        owners.marker_at_end(text) is not None
