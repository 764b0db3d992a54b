"""The layouts a plan may lay out its tasks in, each a module that says how it recognises
itself and how it reads its tasks (docs/extract.md, "Adding a layout").

extract() asks each layout in LAYOUTS how well the document has its shape and reads the
tasks with the best; where that gives none (or a single task naming no one and no time), the
next best, and so on. A new layout is one module here with a class of a `name`,
`recognise(doc)` and `read(doc)`, and one line in LAYOUTS.
"""
import dataclasses
import re

from ...model import Task
from .. import outline, owners, table, units as unit_names
from ..tasks import make_task
from . import by_doer, covering_ask
from .base import Doc, Found, Layout
from .calls_and_ordinals import CallsAndOrdinals
from .covering_ask import CoveringAsk
from .dated_rows import DatedRows
from .division_table import DivisionTable
from .duty_paragraphs import DutyParagraphs
from .labelled_blocks import LabelledBlocks
from .numbered_items import NumberedItems
from .run_in_list import RunInList
from .stage_timetable import StageTimetable
from .target_table import TargetTable

# in the order of preference among equal scores
LAYOUTS: list[Layout] = [DivisionTable(), LabelledBlocks(), StageTimetable(), DatedRows(),
                         CallsAndOrdinals(), NumberedItems(), DutyParagraphs(), RunInList(),
                         TargetTable()]


def read(doc: Doc, layouts: list[Layout] | None = None) -> tuple[Layout, list[Found]] | None:
    """(the layout, its tasks) of the best recognised layout that gives tasks; a layout that
    gives one task naming no one and no time only where no other gives any; None where none
    gives tasks. Where the best gives none, one such task, or only the framing sections of a
    plan a covering notice sends out (一、总体要求), the notice's own asks before that plan
    are the tasks, where it has any. A layout whose `ceiling` (the best score it can give) is
    below a score already found is not asked until those above it have given no task:
    recognising the body's numbering costs more than a table's header, and is then seldom
    needed."""
    ceiling = lambda layout: float(getattr(layout, "ceiling", 1.0))  # noqa: E731
    pending = sorted(enumerate(LAYOUTS if layouts is None else layouts),
                     key=lambda p: -ceiling(p[1]))
    candidates: list[tuple[float, int, Layout]] = []
    # a layout that read a single task naming no one and no time, not even in words (a table
    # of one row broken past reading, under a body of numbered items): kept only where no
    # other gives tasks (a table of one row timed 立行立改 is the plan's one task)
    thin: tuple[Layout, list[Found]] | None = None
    while True:
        best = max((-c[0] for c in candidates), default=-1.0)
        while pending and ceiling(pending[0][1]) >= best:
            order, layout = pending.pop(0)
            score = layout.recognise(doc)
            if score is not None:
                candidates.append((-score, order, layout))
                best = max(best, score)
        if not candidates:
            # (a plan's one item of real work, 组建县域医共体…, stays its task; its one framing
            # part, 一、指导思想, or a heading cut from its words, 三、实施, gives way to the
            # notice's ask)
            ask = thin is None or _framing(thin[1]) or all(
                len((each.task.text or "").strip(" 。：:")) <= len(each.task.title) + 2
                for each in thin[1])
            return _notice_before_plan(doc, ask=ask) or thin
        candidates.sort(key=lambda c: (c[0], c[1]))
        _, _, layout = candidates.pop(0)
        tasks = _without_rules_own_frame(doc, layout.read(doc))
        only = tasks[0].task if len(tasks) == 1 else None
        if only is not None and not only.owners and only.due is None and not only.due_text \
                and not only.ongoing:
            thin = thin or (layout, tasks)
        elif tasks:
            # (the plan's only items its framing sections, 一、总体要求 …持续优化…, naming no
            # one and no date: a covering notice's asks before it are the work, where it has
            # any; not 一、工作目标 6月30日前完成…, a plan's dated targets)
            found = (_notice_before_plan(doc) if _framing(tasks) else None) or (layout, tasks)
            read = _with_owned_clauses(doc, found[0], _with_asks_above(
                doc, found[0], _with_covering_ask(
                    doc, found[0], _with_duty_paragraphs(doc, found[0], found[1]))))
            # (a numbered item that hands its work to units in turn: their shares)
            return found[0], (by_doer.parted_by_doer(doc, read)
                              if isinstance(found[0], NumberedItems) else read)


def _with_covering_ask(doc: Doc, layout: Layout, tasks: list[Found]) -> list[Found]:
    """tasks, after the one ask of a covering notice that sends out a plan the page keeps no
    item of, where the tasks are the notice's own asks after it (现将《…方案》印发给你们，请认真
    贯彻执行。 ⏎ …。各市人民政府要抓紧完善工作机制…。省有关单位要…): the notice is all the page
    holds, its ask to carry the plan out among its work (not beside a plan's numbered items,
    which are the work the ask points to)."""
    if not tasks or not isinstance(layout, RunInList) or doc.items():
        return tasks
    sent, ask_at = next(((k, at) for k, line in enumerate(doc.lines)
                         if (at := covering_ask.ask_after_sending(line)) is not None),
                        (None, 0))
    if sent is None:
        return tasks
    # (every task an ask of units named, past the ask's sentence, on its line or below it:
    # not asks above it, 各乡镇要… before 现将…印发; nor the ask's own words, 现将…转发给你们，
    # 请各区组织企业申报。, read as a task already; nor a plan's items on a page run onto one
    # line, 一、2010年完成…, that name no one)
    # (nor a notice that forwards another's paper, 现将县公安局《…意见》转发给你们, whose text
    # the page goes on with, nor one whose plan starts below it with the asks read after it,
    # its title on a line or 为…，制定本方案: their items, not the notice's own)
    line, below = doc.lines[sent], doc.lines[sent + 1:]
    openings = [(found.task.text or found.task.title)[:_PLACED] for found in tasks]
    plan_at = _plan_starts(below, line[:ask_at])
    if "转发" in line[:ask_at] or _PAPER_OF_ANOTHER.search(line[:ask_at]) or (
            plan_at is not None and
            any(opening in each for opening in openings for each in below[plan_at:])):
        return tasks
    ask_end = re.search(r"[。！]", line[ask_at:])
    asked = line[ask_at:ask_at + ask_end.end()] if ask_end else line[ask_at:]
    after = [line[ask_at + len(asked):], *below]
    if not all(found.task.owners and opening not in asked and
               any(opening in each for each in after)
               for found, opening in zip(tasks, openings, strict=True)):
        return tasks
    ask = CoveringAsk().read(doc)  # ([] where the page holds no covering ask to read)
    if not ask:
        return tasks
    for found in tasks:
        found.task.seq = (found.task.seq or 0) + 1
    return ask + tasks


# 现将《国务院办公厅关于…的意见》印发给你们: another body's paper, named by its issuer, whose
# text the page goes on with as a forwarded one's
_PAPER_OF_ANOTHER = re.compile(r"将[^《。]{0,20}?《[^《》]{0,20}?"
                               r"(?:办公厅|办公室|人民政府|部|委|局|厅)(?:[、和][^《》]{0,12}?)?关于")
# 为…，制定本方案: a plan's own opening, its text on the page
_PLAN_OPENS = re.compile(r"^为[^。]{2,80}?[，,](?:特)?制定本(?:方案|计划|意见|办法|细则|规划|要点)")


def _plan_starts(after: list[str], sending: str) -> int | None:
    """Where, in the lines after a covering notice's ask, the plan it sends starts (its title
    on a line of its own, or its opening 为…，制定本方案), else None: the asks after it are the
    plan's, under the ask to carry it out, no notice's own."""
    names = [name.strip("《》") for name in re.findall(r"《[^《》]{2,60}》", sending)]
    return next((k for k, line in enumerate(each.strip() for each in after)
                 if _PLAN_OPENS.match(line) or any(line.strip("《》 ") == name for name in names)),
                None)


def _with_duty_paragraphs(doc: Doc, layout: Layout, tasks: list[Found]) -> list[Found]:
    """tasks, with the unnumbered paragraphs that each open with their units and a duty (省环保
    厅负责…。 ⏎ 省财政厅负责…。 ⏎ …, three or more) where the numbered items' layout read them
    as no tasks of their own: as the words of the item above them ((一)落实部门责任。…), or
    before the first item on a page cut from a plan's middle. Each such paragraph is a task,
    after the item whose words hold it, as duty_paragraphs.py reads a page of them alone."""
    if not isinstance(layout, NumberedItems):
        return tasks
    duties = DutyParagraphs().read(doc)
    # (each a duty or an ask of its units, 省财政厅负责…, 民政部门要…; not findings told per
    # unit, 行政部门共有102间办公室超标)
    if len(duties) < _MIN_DUTIES or not all(_DUTY_AFTER.match(
            (each.task.text or "").partition(each.task.owners[-1])[2] if each.task.owners
            else "") and not owners.told_done(re.split(r"[，,。；;]", each.task.text or "")[0])
            for each in duties):
        return tasks
    opening = lambda found: (found.task.text or found.task.title)[:_OPENING]  # noqa: E731
    own = {opening(found) for found in tasks}
    # (read as tasks already, numbered items of their own; not one item below that opens
    # with a duty's units, 辽阳县、灯塔市、弓长岭区要保证…经费 under 辽阳县、灯塔市、弓长岭区
    # 政府…负责…)
    if 2 * sum(opening(duty) in own for duty in duties) >= len(duties):
        return tasks
    # (in the page's order: after the items that open on lines above the first duty)
    lines = [line.strip() for line in doc.lines]
    where = lambda found: next((k for k, line in enumerate(lines)  # noqa: E731
                                if opening(found)[:_PLACED] in line), len(lines))
    first = where(duties[0])
    numbered = next((found for line in reversed(lines[:first])
                     if (found := outline.marker(line)) is not None), None)
    heading = re.split(r"[。，,；;]", numbered[3])[0] if numbered else ""
    if outline.ASPECT.search(heading.rstrip("：: ")):
        return tasks  # (二、保障措施 ⏎ 县财政局要保障…: a closing part's measures, as read)
    at = sum(1 for found in tasks if where(found) < first)
    if at:
        # (the shares of the item above them, its number and part theirs: ids x-01a, x-01b…)
        holder = tasks[at - 1]
        duties = [dataclasses.replace(duty, task=dataclasses.replace(
            duty.task, seq=holder.task.seq, section=holder.task.section), part=holder.part)
            for duty in duties]
    return tasks[:at] + duties + tasks[at:]


def _with_owned_clauses(doc: Doc, layout: Layout, tasks: list[Found]) -> list[Found]:
    """tasks, after the clauses of an unnumbered paragraph above the numbered items that each
    close with their owners' bracket (…，开展人才评选（责任单位：县人社局），培养涉农专业学生50名
    （责任单位：县教育局），…: a part's targets set to units, 一、总体要求 among them), two or
    more in the paragraph, each a task numbered in its part, as the items below are."""
    if not isinstance(layout, NumberedItems) or not tasks:
        return tasks
    texts = [found.task.text or found.task.title for found in tasks]
    first = next((k for k, line in enumerate(doc.lines)
                  if outline.marker(line.strip()) is not None and
                  any(text[:_PLACED] in line for text in texts)), None)
    if first is None:
        return tasks
    clauses: list[Found] = []
    numbered: dict[str | None, int] = {}  # the clauses numbered so far in each part
    section = None
    for line in (each.strip() for each in doc.lines[:first]):
        if outline.marker(line) is not None:
            section = line
            continue
        if any(line[:_OPENING] in text for text in texts):
            continue  # (the words of an item read already)
        spans = [(start, end, content) for start, end, content in owners.top_brackets(line)
                 if owners.is_owner_marker(content) and line[end:end + 1] in ("，", ",", "。",
                                                                         "；", ";", "")]
        if len(spans) < 2:
            continue
        at = 0
        for start, end, content in spans:
            cut = max((m.end() for m in re.finditer(r"[，,。；;]", line[at:start])), default=0)
            words = line[at + cut:start].strip()
            at = end
            named = owners.parse(content, doc.issued)
            if len(words) < _CLAUSE_MIN or not named.names or \
                    any(words[:_PLACED] in text for text in texts):
                continue  # (a target the items below restate: theirs)
            numbered[section] = seq = numbered.get(section, 0) + 1
            task, doubts = make_task(seq, words, named.names, named.due_text, doc.issued,
                                     section=section, lead=named.leads, others=named.vague,
                                     year=doc.year)
            clauses.append(Found(task, doubts))
    return clauses + tasks


_CLAUSE_MIN = 4  # characters of a clause's work before its owners' bracket


def _with_asks_above(doc: Doc, layout: Layout, tasks: list[Found]) -> list[Found]:
    """tasks, after the asks of units in the paragraphs above them, where the numbered items'
    layout read a single item on a page cut from a plan's middle (各地区、各部门要…。地方各级
    人民政府要…。 ⏎ （一）坚持依法普查。…): the part the page opens inside asks them, as its
    item does; not a covering notice's asks over the plan it sends (_with_covering_ask's)."""
    if not isinstance(layout, NumberedItems) or len(tasks) != 1 or \
            any(covering_ask.ask_after_sending(line) is not None for line in doc.lines):
        return tasks
    # (the item's own numbered line: its words may open as a paragraph above does)
    opening = tasks[0].task.title[:_PLACED]
    at = next((k for k, line in enumerate(doc.lines)
               if opening in line and outline.marker(line.strip()) is not None), None)
    if not at:
        return tasks
    head = dataclasses.replace(doc, lines=doc.lines[:at], _memo={})
    if RunInList().recognise(head) is None:
        return tasks
    # (each a sentence that opens with its units, as the item's own words do: not a view or a
    # report, 专家指出，各级政府要…, 据群众反映，…, nor results before an ask, 今年以来，市教育局
    # 新建…，各县区要…)
    asks = [found for found in RunInList().read(head)
            if found.task.owners and _opens_a_sentence(found.task, doc.lines[:at])]
    return asks + tasks if len(asks) >= _MIN_ASKS_ABOVE else tasks


def _opens_a_sentence(task: Task, lines: list[str]) -> bool:
    """Whether a task's words open with its first owner, at a line's or a sentence's start."""
    text = (task.text or "").strip()
    if not text.startswith(task.owners[0]):
        return False
    return any(line.strip().startswith(text[:_PLACED]) or
               re.search(r"[。！？；;]\s*" + re.escape(text[:_PLACED]), line)
               for line in lines)


_MIN_ASKS_ABOVE = 2  # asks of units above the one item: the part's work, not a passing one


_MIN_DUTIES = 3  # paragraphs of duties, each its units': a division, not a passing mention
# the duty or the ask right after a paragraph's units (负责, 要, 牵头, 主管…), or after the
# principle it is done by (…政府按照属地管理原则，负责…)
# (or a colon, 公安部门：依法查处…: the unit labelling its duty; 等单位： its kind's word first)
_DUTY_AFTER = re.compile(r"^(?:(?:[^，,。；;]{0,6}?|(?:按照|根据|依据|依照)[^，,。；;]{2,20}[，,])"
                         r"(?:负责|主管|牵头|承担|配合|协助|要|应当?|须|必须|务必)|"
                         # (not 县财政局：共有3辆…超标, 水库12座: a count told per unit)
                         r"(?:等?(?:有关|相关)?(?:单位|部门))?[：:]\s*"
                         r"(?![^，,。；;]{0,8}\d)(?!共有|共计|存在|现有|得分)(?=[\u4e00-\u9fff]))")
_OPENING = 12  # characters that tell one task's words from another's
_PLACED = 6  # …of them, found on the page's line (a title is the words cut short)


def _without_rules_own_frame(doc: Doc, tasks: list[Found]) -> list[Found]:
    """tasks without a rule's articles about itself (第一条 为…，制定本办法; 本办法所称…是指;
    本办法适用于…), which ask no work, where other articles do; all of them stay where they are
    the whole (the page cut after them: _framing tells a covering notice's ask is the work).
    Where a covering notice sends the rule out (现将《…办法》印发给你们，请认真遵照执行) and its
    first article was such, the notice's ask is the first task in its place."""
    kept = [each for each in tasks
            if not _wholly_rules_own_frame(each.task.text or each.task.title)]
    if not kept or len(kept) == len(tasks):
        return tasks
    if tasks[0] is not kept[0] and all(each.task.seq != 1 for each in kept):
        return CoveringAsk().read(doc) + kept
    return kept


def _wholly_rules_own_frame(text: str) -> bool:
    """Whether every sentence of text is a rule's word about itself (its grounds, scope, what
    its words mean), no work said among them (not 为…，制定本方案。县农业农村局牵头，…10月底前
    完成…: work after its grounds; nor 为…，县交通运输局会同…于1月10日前完成…，特制定本方案: work
    inside them)."""
    sentences = [each for each in re.split(r"(?<=[。；;])", text) if each.strip(" 。；;")]
    # (…是…的重要阵地。为确保…，特制定本办法。: what the thing is, then the grounds it closes with)
    return bool(sentences) and _WORK_IN_GROUNDS.search(text) is None and (
        outline.rules_own_frame(sentences[0]) and
        all(outline.rules_own_frame(each) or _DEFINES.search(each) for each in sentences[1:]) or
        outline.ends_in_rules_grounds(sentences[-1]) and outline.rules_own_frame(text))


# 牵头, 会同, 配合, 于…前完成: work named inside a rule's grounds
_WORK_IN_GROUNDS = re.compile(r"牵头|会同|配合|于[^，,。；;]{1,12}前|前完成")
# 是指, 系指, 所称: what a rule's words mean
_DEFINES = re.compile(r"是指|系指|所称|所指")


def _framing(tasks: list[Found]) -> bool:
    """Whether every task is a framing part of a plan (一、总体要求, 二、工作目标) naming no one,
    with no time or only the years its goals look ahead to (到2025年…), and no unit of its own
    in its words (到2025年底，…其中潞州区布局…，各县布局…: goals set to units, their work)."""
    return all(not each.task.owners and (
        # (under 一、授权运营背景及必要性: the times and places its words tell are the past's)
        _under_reasons(each.task.section) or _cut_part(each.task) or
        # (一、基本情况, …产业现状和发展形势: the times its words tell are the past's too)
        _tells_situation(each.task.title) or _tells_situation(_part_name(each.task.section)) or
        # (第一条 为了规范…，制定本细则; 本办法所称…: a rule's articles about itself)
        outline.rules_own_frame(each.task.text or each.task.title) or
        (each.task.due is None or _HORIZON.fullmatch(each.task.due_text or "")) and
        (_frame_title(each.task.title) or
         (_under_framing(each.task.section) and not (
             "目标" in (each.task.section or "") and _worded_as_work(each.task.title)))) and
        # (goals set to units are theirs to reach; a principle's places are only named, and a
        # scope's, （一）实施范围。…包括城关区… under 一、实施范围及目标)
        not ("目标" in each.task.title + ("" if _frame_title(each.task.title) else
                                          each.task.section or "") and
             _units_set_goals(each.task.text or ""))) for each in tasks)


def _cut_part(task: Task) -> bool:
    """Whether task is the heading of a part that holds the work (二、重点任务, 三、主要措施)
    with no words of its own, the page cut before its items: no work of its own."""
    title = task.title.strip(" 。：:")
    return task.due is None and len((task.text or "").strip(" 。：:")) <= len(title) and \
        _PART_OF_WORK.fullmatch(title) is not None


# a part's name over its work (重点任务, 主要措施, 工作举措; not 推进重点项目, work itself, nor
# 安全生产工作, a line of work named, nor 保障措施, a closing part)
_PART_OF_WORK = re.compile(r"(?:重点|主要|具体|工作|其他|年度|核心)?(?:任务|措施|举措)|"
                           r"(?:重点|主要|具体|其他)工作")


def _frame_title(title: str) -> bool:
    """Whether a task's title is a frame's (指导思想, 一、重要意义, 整治目标): a frame word opens
    it, or ends it after a word of its own; not 开展现状调查, 确保完成年度目标, work."""
    # (总体思路和改革目标: each of its words a frame's; 目的及依据: a contingency plan's first
    # part, why it is written and on what grounds)
    title = title.strip(" 。：:")
    return re.fullmatch(r"(?:编制)?目的[和与及、](?:编制)?依据", title) is not None or \
        all(_one_frame(word) for word in re.split(r"[和与及、]", title))


def _one_frame(words: str) -> bool:
    before = re.match(rf"(?P<before>[\u4e00-\u9fff]{{0,2}}?)(?:{_FRAME_WORDS}|{_PART_WORDS})$",
                      words)
    # (not 摸清现状, 分解目标, 研判形势: a verb and its object, work)
    return re.match(_FRAME_WORDS, words) is not None or \
        before is not None and not _VERB_BEFORE.fullmatch(before.group("before")) or \
        situation(words)


# how things stand where the plan starts, the last words of a part that tells it (一、基本情况,
# （一）县域商业概况, 云南户外运动产业现状, 面临形势, 发展基础; 发展现状和趋势, where things
# head): the facts before the work
_SITUATION = re.compile(r"(?:基本)?(?:情况|概况)|现状|形势|趋势|(?:发展|现实|工作|产业)基础")


def situation(words: str) -> bool:
    """Whether words name the plan's starting situation (基本情况, 全县养老服务现状): the
    words of it after a subject of any length; not after a verb (摸清全县养老服务现状, 研判
    形势, 夯实工作基础: work), nor a report on work (工作开展情况, 整改落实情况)."""
    found = re.fullmatch(rf"(?P<before>[\u4e00-\u9fff]{{0,12}}?)(?:{_SITUATION.pattern})",
                         words.strip(" 。：:"))
    if found is None:
        return False
    # (全面提升产业基础, 进一步夯实工作基础, 全力稳定经济发展形势: the verb after how it is done)
    before = _MANNER.sub("", found.group("before"))
    return not (table.WORK_VERB.match(before) or _VERB_BEFORE.match(before) or
                _SITUATION_VERB.match(before) or
                re.search(r"(?:开展|推进|落实|完成|执行|进展|办理|整改)$", before))


_MANNER = re.compile(r"^(?:进一步|全面|切实|持续|全力|不断|认真|准确|深入|及时|定期|如实|客观|扎实|"
                     r"大力|积极|着力|努力|继续|加快|尽快)+")
# verbs done to how things stand, besides _VERB_BEFORE's (夯实基础, 稳定形势, 核实情况, 上报
# 情况, 扭转被动形势)
_SITUATION_VERB = re.compile(r"夯实|巩固|筑牢|打牢|打好|了解|掌握|调查|摸排|摸底|排查|改变|改善|"
                             r"稳定|保持|维护|扭转|核实|反映|报告|报送|上报|通报|说明|研究|调研|"
                             r"跟踪|提高|自查|"
                             # (遏制事故多发趋势, 顺应数字化发展趋势: work on where things head)
                             r"遏制|顺应|适应|引领|紧跟|抢抓|减缓|形成|控制")


# the words of a frame (outline's, and 思路: 总体思路, 基本思路; not 理清发展思路, 创新工作思路,
# a verb before it, work)
_FRAME_WORDS = rf"{outline.FRAMING.pattern}|(?:总体|工作|发展)?思路"
# a part's grounds, principles, scope or whom it serves (依据及原则, 指导原则, 补贴范围, 实施对象):
# a frame's words where they end its title (not 依据…处理, 原则上…: how work is done)
_PART_WORDS = r"原则|范围|对象|依据"


_VERB_BEFORE = re.compile(r"(?:摸清|分解|研判|明确|细化|分析|把握|聚焦|锁定|紧扣|围绕|实现|完成|"
                          r"确保|落实|制定|调整|优化|提升|理清|厘清|创新|转变|拓宽|拓展|"
                          # (坚持原则, 扩大范围, 核实对象, 公示对象: work on a principle, a scope or
                          # those served)
                          r"坚持|遵循|扩大|缩小|界定|确定|核实|公示|审核|认定|确认|划定|核定|排查|"
                          r"筛选|清理|申报|遵守|贯彻|收集|提供|统一)")


def _worded_as_work(title: str) -> bool:
    """Whether an item's title opens with the work to do (进一步加强…监测, 全面开展春季查螺), not a
    goal's state (枢纽能级显著提升, 生态体系全面优化): under 工作目标, work all the same."""
    words = re.sub(r"^(?:进一步|全面|切实|大力|持续|积极|认真)", "", title.strip())
    return (table.WORK_VERB.match(words) is not None or _STRICT.match(words) is not None) and \
        _GOAL_REACHED.match(words) is None


# a goal's state reached, though a verb of work's (实现…全覆盖, 完成…3000户, 提升…水平)
_GOAL_REACHED = re.compile(r"实现|完成|提升|提高|优化|改善|建成")
_STRICT = re.compile(r"严格|抓好")  # (严格落实…, 抓好…: work, in words table.py lists no verb for)


def _part_name(section: str | None) -> str:
    """The name of the part section heads (工作目标 of 一、工作目标), else ""."""
    found = outline.marker((section or "").strip())
    return found[3].strip(" 。：:") if found is not None else ""


def _under_framing(section: str | None) -> bool:
    """Whether a task stands under a part that frames the plan (一、工作目标 ⏎ （一）枢纽能级
    显著提升。力争到2027年…): a goal, as the part is."""
    # (every word of it a frame's, 指导思想和工作目标; not 目标与责任, the duties a unit signs)
    words = re.split(r"[和与及、，,]", _part_name(section)) if section else []
    return bool(words) and all(word and (outline.FRAMING.fullmatch(word) or situation(word))
                               for word in words)


def _tells_situation(title: str) -> bool:
    """Whether title names how things stand and nothing else (基本情况, 产业现状和发展形势)."""
    words = re.split(r"[和与及、]", title.strip(" 。：:"))
    return any(situation(word) for word in words) and all(_one_frame(word) for word in words)


def _under_reasons(section: str | None) -> bool:
    """Whether a task stands under a part that gives the plan's reasons (一、授权运营背景及
    必要性, 一、充分认识…的重要意义): what led to it, told, no work."""
    found = outline.marker((section or "").strip())
    words = re.split(r"[和与及、]", found[3].strip(" 。：:")) if found is not None else []
    return bool(words) and all(_REASONS.search(word) for word in words)


# (（一）“十一五”时期老龄事业发展的主要成就: what the last plan achieved, under 一、发展背景; not
# 巩固拓展脱贫攻坚成就, work on it)
_REASONS = re.compile(r"(?:背景|意义|必要性|重要性|(?:主要|的|发展)成就)$")


def _units_set_goals(text: str) -> bool:
    """Whether a clause of text opens with units, its goal theirs (其中潞州区布局提升…)."""
    clauses = (re.sub(r"^(?:其中|另外|同时)", "", c.strip()) for c in re.split(r"[，,；;。]", text))
    # (a place or every one of a kind first: not 坚持党委领导…, a principle's words)
    # (not 促进城市…: the common noun 城市 after a verb, no place's name, 盐城市)
    return any((m := _PLACE_FIRST.match(clause)) is not None and
               unit_names.read(m.group(0)) is not None and
               re.search(r"[\u4e00-\u9fff]{2}城[市区]$", m.group(0)) is None
               for clause in clauses)


_PLACE_FIRST = re.compile(r"各[\u4e00-\u9fff]{1,4}?(?=[^\u4e00-\u9fff]|[要应将布建完实推加确]|$)|"
                          # (not 服务全市…, 覆盖本县…: a verb over the scope, no place; nor 结合省…
                          # 部署, 立足市情: the grounds the work keeps to)
                          r"(?![在将把对])(?!结合|围绕|按照|根据|依据|依托|面向|立足)"
                          r"(?:(?![全本])[\u4e00-\u9fff]){1,3}?[省市州县区旗镇乡]"
                          # (not 贫困地区人群贫血率…: the people of such places, a goal's measure)
                          r"(?![场容政长委级]|人[群口]|居民|儿童)")


def _notice_before_plan(doc: Doc, ask: bool = True) -> tuple[Layout, list[Found]] | None:
    """A covering notice's own asks, read from the lines before the plan it sends out,
    where that plan gives no task (its text cut off after its framing section: 现印发给你们…
    各省级部门要…于5月底前报送。 then 一、总体要求 …); where it has none and `ask` allows,
    its one ask to carry the plan out (covering_ask.py: …印发给你们，请认真贯彻落实。)."""
    # (a page cut before the plan's first item, …等相关规定和要求，制: the notice is all of it,
    # where its ask ends as a sentence; not …请认真遵照执行某市人民政府办公室2016年7月3日, a page
    # run onto one line, the ask's words running on into the signature)
    # (not a page's bullets above the notice, - 旅游 ⏎ - 2025-01-02 ⏎ • 索引号：…: its site's
    # list or fields, no item; a notice's own asks in bullets are, - 各乡镇要…)
    first = next((i for i, line in enumerate(doc.lines)
                  if (found := outline.marker(line.strip())) and
                  (found[0] != "dash" or _asked_bullet(line))), None)
    if first is None and not any(map(covering_ask.runs_on, doc.lines)):
        first = len(doc.lines)
    if not first:
        return None
    # (the same plan's head and dates, its lines cut; nothing the whole's layouts found)
    # (a notice's own asks in bullets, - 各乡镇要… ⏎ - 县应急管理局要…, are its head too, read
    # without their glyphs, up to the plan's first numbered item)
    end = next((i for i in range(first, len(doc.lines))
                if (found := outline.marker(doc.lines[i].strip())) and found[0] != "dash"),
               len(doc.lines)) if first < len(doc.lines) and _asked_bullet(doc.lines[first]) \
        else first
    lines = [outline.unbulleted(line) if end > first else line for line in doc.lines[:end]]
    # (a page with no numbered line at all is its own head: what was read of it is kept, not
    # read again)
    head = doc if lines == doc.lines else dataclasses.replace(doc, lines=lines, _memo={})
    # (its asks of its addressees, else the one ask to carry the plan out: 请认真贯彻落实)
    for layout in (RunInList(), CoveringAsk()) if ask else (RunInList(),):
        if layout.recognise(head) is not None:
            tasks = layout.read(head)
            if tasks:
                return layout, tasks
    return None


def _asked_bullet(line: str) -> bool:
    """Whether line is a bullet (- …, • …) whose words ask (- 各乡镇要于3月10日前完成…)."""
    found = outline.marker(line.strip())
    return found is not None and found[0] == "dash" and _ASKS_IN_BULLET.match(found[3]) is not None


# an ask in a bullet's words (各乡镇要…; not 发布机构：县应急管理局, 请使用…浏览器: a field, a
# site's notice)
# (its units first: not - 要闻动态, - 应用下载, - 办事须知: a site's links)
_ASKS_IN_BULLET = re.compile(rf"^(?![^：:]{{1,8}}[：:])[^，,。；;]{{2,30}}?"
                             rf"(?:{owners.ASKS_OR_DUTY})")
# 2025年, 2025年底, 2025年年底前, 3年内: the years a plan's goals look ahead to, no month of a
# time limit
_HORIZON = re.compile(r"(?:19|20)\d\d年(?:年?[底末])?前?|[一二三四五两\d]年内")


__all__ = ["LAYOUTS", "Doc", "Found", "Layout", "read"]
