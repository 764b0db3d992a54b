"""Tasks from the numbered items of a plan's body (layouts B, C, D, E, H).

The level that holds the tasks is the one whose items name owners (in brackets at the end,
or on 牵头单位：/责任单位： lines); a heading that names owners on its own line lends them to
the items under it, which are then that level. In a plan that names none, the level with the
most items outside the framing parts. Items run together in a paragraph ((1)…(2)…, ①…②…)
are items of their own where that makes them tasks. Owners carried forward (下同,
以下均需…不再列出) and a lead rule (列第一位者为牵头单位) hold for the items after the one that
states them. No owner is made up: a task whose plan names none has none.
"""
import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from .. import deadlines, departments
from . import outline, owners, table, units
from .dates import anchor_year, cadence, in_text, is_time_limit
from .tasks import NOUN_AFTER_YAO, SOME_DAY, is_deadline_clause, opening_time, split_deadline


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
    # its owners named outside its sentences (a marker, a label, a heading, a form's field)
    marked: bool = False
    marker: str | None = None  # the owner marker that closes its text, its content


def items(lines: list[str], issued: datetime.date | None = None,
          year: int | None = None) -> list[Item]:
    """The task items of the body, or [] when its numbering holds none. year: the year of
    the plan's work, for a month without a year (meta.work_year)."""
    cut, cut_out = outline.split_run_together(lines)
    # the last item cut out of a paragraph ends with it: the next paragraph is not its words
    nodes = outline.parse(cut, closed={i for i in cut_out if i + 1 not in cut_out})
    if not nodes and (cut_out or cut != lines):
        # nothing numbered once a sharing site's page numbers are taken out: those numbers
        # are then all the document has to go by (its items flagged for review as any)
        # (lines the cutting left as they were would parse to nothing again: not parsed twice)
        cut, cut_out = lines, set()
        nodes = outline.parse(lines)
    if not nodes:
        return []
    nodes = _folded_points(nodes, issued)
    found, closed = _owners_by_item(nodes, issued)
    chosen = _task_nodes(nodes, found, issued)
    parsed = cut
    if cut_out and not any(node.line in cut_out for node in chosen):
        # the items cut out of paragraphs are not the tasks: they stay the words of theirs
        nodes = outline.parse(lines)
        if not nodes:
            return []
        found, closed = _owners_by_item(nodes, issued)
        chosen = _task_nodes(nodes, found, issued)
        parsed = lines
    unit_parts = _unit_parts(nodes)
    fields_below = _form_fields(nodes)
    chosen = _form_measures(nodes, [node for node in chosen if node not in fields_below],
                            fields_below) if fields_below else chosen
    chosen = _owned_points(chosen, nodes, found, unit_parts)
    chosen, timed_by = _time_items(chosen, found, issued, year)
    unit_heads = [(at, unit, next((n.parent for n in nodes if n.line > at), None))
                  for at, unit in _unit_headings(parsed)]
    anchor = anchor_year("\n".join(lines))
    out: list[Item] = []
    carried: list[str] = []
    first_leads = False
    # the runs of points in words of each part, each point as (where in out, number, words)
    runs: dict[int, list[list[tuple[int, int, str]]]] = {}
    chosen_ids = {id(node) for node in chosen}
    plan_time = _plan_time([n for n in nodes if id(n) not in chosen_ids], issued, year) or \
        _opening_window(parsed[:nodes[0].line], issued, year) or \
        _month_plan(parsed[:nodes[0].line], issued)
    opening, lone_opening = _opening_organs(chosen, found, issued)
    # a form's owner field over its measures, where no measure names its own
    fields = None if any(found[id(n)][1] for n in chosen) else \
        owners.form_fields(parsed[:nodes[0].line] + [
            line for node in fields_below for line in (node.head, *node.body, *node.owner_lines)
        ], issued)
    periods = _periods(nodes)
    # the sentence that leads into a list at the top and asks its units, read once
    top_asking = _asking_sentence(parsed[:nodes[0].line])
    for node in nodes:
        # the points in words (一是… 二是…) under a task that are not tasks themselves are
        # its words
        parent = node.parent
        if node.kind == "shi" and id(node) not in chosen_ids and parent is not None and \
                id(parent) in chosen_ids and not found[id(parent)][1]:
            parent.body += [node.marker + node.head, *node.body]
            found[id(parent)] = _owners(parent, issued)
    helper_lines = _helper_lines(nodes)
    for node in chosen:
        text, named = found[id(node)]
        if not text.strip(" 。；;，,") and not named:
            continue  # a number with nothing after it is no task
        if named and id(node) in helper_lines:
            # (（九）县公安局主要工作任务： ⏎ 1、… 2、… ⏎ 协助单位：交通局: the helpers beside
            # the unit the heading names, not in its place)
            heading = _heading_owners(node, chosen_ids, issued, unit_parts)
            if heading.names:
                named = owners.Owners(leads=list(heading.leads), co=list(heading.co) + [
                    n for n in named.names if n not in heading.names], vague=heading.vague)
        # (owners a marker, a label or a heading names, not the item's sentences: no unit's
        # share of it to part off)
        marked = bool(named) and _owned_by_mark(node)
        if not named and (unit_label := _LABELLED.match(text)) is not None and (
                _OWN_DUTY.match(text[unit_label.end():].lstrip()) or
                not _organs_head(_heading_owners(node, chosen_ids, issued, unit_parts))):
            # (（一）成员单位职责 ⏎ 1.财政部门：负责…: the unit its label names over its duty,
            # not the body of members the heading names; but （一）县市场监管局 ⏎ 1.大型商场
            # 超市：检查…: what the organ the heading names inspects, unless the label's body
            # has a duty of its own, 物业服务企业：负责…)
            named = _subject(re.split(r"(?<=[。！；;])", text.strip())[0], issued) or named
        if not named:
            # an owner named only in the heading above (三、城市建设（区住建局牵头）) holds
            # for the items under it that name none
            named = _heading_owners(node, chosen_ids, issued, unit_parts)
            own = owners.opening_organs(text, issued) if named.names and \
                all(_MEMBERS_ALL.search(name) for name in named.names) else None
            if own is not None and own.names:
                # (三、各成员单位主要职责 ⏎ --省教育厅牵头…； ⏎ --省财政厅将…: the members the
                # heading names as a body, each item then opening with the one whose it is)
                named = own
            marked = bool(named)

        if not named:
            # a unit's name on a line of its own over a list of items (区委办公室（8项）)
            # (only over the items of the part the first item under it stands in: 六、… after
            # the units of 五、 listed with their items is none of theirs)
            # (工作要求： between them ends the units' items: (line, None))
            above = [unit for at, unit, part in unit_heads if at < node.line and
                     (part is None or any(a is part for a in node.ancestors()))][-1:]
            if above and above[-1] is not None:
                named = owners.parse(above[-1], issued)
            marked = bool(named)
        if not named:
            # 区公安分局要加大…: a decision addressed to an organ, once the tasks are chosen
            # (the words that say so are no evidence of which level holds the tasks); …邀请
            # 记者由宣传部负责。; …要求各行政村签订…
            named = owners.addressed_to(text, issued, every_kind=True) or \
                owners.closing_by(text, issued) or owners.directed(text, issued) or \
                owners.proposer_asked(text, issued) or owners.duty_clauses(text, issued) or \
                owners.you_asked(text) or named
        if not named and node.parent is not None and id(node.parent) in closed and \
                id(node.parent) not in chosen_ids:
            # 3.加强队伍建设。 ⏎ （1）… ⏎ （2）… ⏎ （县应急局负责）, its points chosen as tasks
            # (their level the plan's): the marker that closes the item is theirs
            named = found[id(node.parent)][1]
            marked = True
        if not named:
            # 2、各班加强常规训练…: every one of a kind an item opens with, doing its work
            named = owners.every_kind_opening(text, issued) or named
        if not named and not node.is_heading():
            # 一、召开一次反诈主题的教职工会议。各校园在宣传周内组织召开…: the units the
            # sentence after the item's short title asks, once the tasks are chosen
            named = _asked_after_title(text, issued) or named
        if not named and id(node) in opening:
            # 市财政局统筹利用…, 由保洁公司负责组织…: in a list whose items mostly open with
            # the unit that does the work, the unit each opens with
            named = opening[id(node)]
        if not named:
            # 三、各校要建立…制度。 ⏎ 1、实行…: the heading above asks units for what its items
            # then list, and an item that asks no one of its own is theirs
            named = _addressed_heading(node, chosen_ids, issued) or named
        if not named and node.is_heading() and node.head.rstrip().endswith(("。", "！")):
            # 第七条各级人民政府应当加强…。 ⏎ 对…给予表彰。: the sentence over the words, not a
            # title, asks its units
            named = owners.addressed_to(node.head, issued, every_kind=True) or named
        if not named:
            # 后勤服务中心加强水电管理: the organ the words open with, doing the work; 1、考勤组：
            # ⏎ 负责人：… ⏎ （做好考勤记录…）: the body the item's heading names, its duties below
            words = "".join([node.head, *node.body, *node.owner_lines])
            named = owners.organ_doing(text, issued) or named
            group = owners.named_by_its_head(node.head, words, issued) if not named else None
            if group is not None:
                named = group
                # (组长：张三 ⏎ 成员：… ⏎ 工作职责：负责…: the group's roster is who it is,
                # its duties the work)
                text = _ROSTER.sub("", text).strip() or text
        if not named:
            # （九）工商部门职责：依法确认…: the item is the duties of the unit its label
            # names as theirs
            before_colon = re.match(r"([^：:]+)[：:]", text)
            label = node.head if node.is_heading() and node.body else \
                before_colon.group(1) if before_colon else ""
            duties_of = owners.duty_owner(label) if label else None
            named = owners.parse(duties_of + "负责", issued) if duties_of else named
        duties = text
        labelled = owners.unit_label(text) if id(node) in unit_parts else None
        if labelled is not None and labelled[0] == unit_parts[id(node)]:
            # (财政部门：负责筹集…: the unit's name and its colon, its duties after them)
            duties = text[labelled[1]:].lstrip()
        elif not node.is_heading() and id(node) in unit_parts:
            # (3.人民检察院。依法开展…: the unit's name the item's first sentence, its duties
            # after it)
            duties = text.partition("。")[2].lstrip()
        # (（三）卫生部门。做好救治工作，定点医院要开通…: a body a later clause asks is no owner
        # of the item its unit's name heads, among such)
        asked_later = bool(named) and not marked and id(node) in unit_parts and \
            not any(duties.startswith(n) for n in named.names) and \
            all(re.search(re.escape(n) + r"(?:也|还)?(?:要|须|应)", duties) for n in named.names)
        if (not named or asked_later) and id(node) in unit_parts and \
                (_DUTY_OPENING.match(duties) or
                 not node.is_heading() and _run_in_duties(unit_parts[id(node)], duties)) and \
                not owners.told_done(duties) and not _FOUNDED.match(duties):
            # （一）市公安局 ⏎ 负责设置…: the task's own heading is only its unit's name, as
            # its siblings' are, and its words are duties (not 县人民医院 ⏎ 检查消防设施…,
            # a place the work is done at; nor 由县卫健局负责…, read above)
            named = owners.parse(unit_parts[id(node)] + "负责", issued)
            text = duties
        if not named and fields is not None:
            named, marked = fields, True
        asked = None if named else \
            _lead_in_asked(node, top_asking, issued) or _duties_lead(node, nodes, parsed, issued)
        if asked is not None and all(n.startswith("各") for n in asked.names):
            # (各职能部门具体职责： ⏎ 1.财政部门负责… ⏎ 2.发改委对…列入…: a kind the lead-in
            # names, each item's own organ where it opens with one)
            asked = _own_organ(text, opening.get(id(node)) or lone_opening.get(id(node)),
                               issued) or asked
        if asked is not None:
            # 请各单位在…期间开展…“四个一”活动，即 ⏎ 1.… ⏎ 2.…: the units the sentence that
            # leads into the list asks (who asks them, not who owns the item's shares)
            named = asked
        if not named:
            # 会议要求，各成员单位要…做好四个方面工作。一要…；二要…: the units the sentence
            # right before a run of points in words asks
            named = _run_asked(node, nodes, parsed, issued) or named
        if not named:
            # 一、由长江航务管理局牵头组织协调推进…工作。 ⏎ （一）拟订…: the organ the heading's
            # sentence puts at the head of the part, for the items that name no one of their own
            named = _led_by_heading(node, chosen_ids, issued) or named
        if not named and id(node) in lone_opening:
            # 二、市场监管部门对零售药店开展督查检查…: an item that opens with the organ doing
            # its work, among items that ask the public or name no one
            named = lone_opening[id(node)]
        if named and node.kind == "shi" and text.lstrip().startswith("希望") and \
                _PUBLIC_WISH.search(_run_lead(node, nodes, parsed) or ""):
            # (网友们纷纷留言提出建议：一是希望城管部门要…: the public's wish, no work set; an
            # official's 提出三点希望：一是希望各律所要… is)
            named = owners.Owners()
        first_leads = first_leads or named.first_leads
        names = list(named.names)
        leads = named.leads
        # a rule a part's heading states on a line of its own under it (二、重点任务 ⏎ （以下
        # 任务除注明外，均由省商务厅牵头，不再一一列出） ⏎ （一）…): within that part, the units
        # it names lead a task that names no lead of its own, and are none of one that does
        part_leads = [n for holder in node.ancestors() if found[id(holder)][1].carry_leads
                      for n in found[id(holder)][1].carry]
        if named.carry_leads:
            part_leads += [n for n in named.carry if n not in part_leads]
        if part_leads:
            if not leads:
                leads = list(dict.fromkeys(part_leads))
                names = leads + [n for n in names if n not in leads]
        else:
            # 以下任务均需A、B落实: units every later task also has
            for holder in node.ancestors():
                carried += [n for n in found[id(holder)][1].carry if n not in carried]
            names += [n for n in carried if n not in names]
            for n in named.carry:
                if n not in names:
                    names.append(n)
            carried += [n for n in named.carry if n not in carried]
        if first_leads and names and not named.leads:
            leads = names[:1]
        first_leads = named.first_leads_after or (first_leads and not named.first_leads)
        body, due_text = split_deadline(text, issued)
        due_text = "，".join(node.time_lines) or named.due_text or due_text or \
            _inline_time(text, issued, year) or timed_by.get(id(node))
        reading_text: str | None = None
        reading: deadlines.Reading | None = None
        if not due_text:
            reading_text, reading = in_text(text, issued, anchor, year)
        if not due_text and _undated(reading) and node.is_heading():
            # 9、安全月总结表彰（7月中旬） over lines of its own: the time its own heading
            # gives in brackets at its end
            reading_text, reading = _bracketed_time(node.head, issued, anchor, year) or \
                (reading_text, reading)
        if not due_text and reading is None:
            # 3提升基层医疗卫生服务能力 ⏎ (1)…；(2)…年底前实现…: the points under a task that are
            # no tasks are its words, and so is the date one of them gives
            points = [n for n in nodes if n.parent is node and id(n) not in chosen_ids]
            said_in = _join([t for n in points for t in n.text_lines()])
            said = in_text(said_in, issued, anchor, year) if points else (None, None)
            if said[0] is not None and is_time_limit(said[0], said_in):
                reading_text, reading = said  # a time limit, not a day in passing
        if not due_text and _undated(reading) and id(node.parent) in periods:
            # 一月份： ⏎ 1、庆元旦活动: the month the schedule puts it in (a school year's
            # months after 十二月 in the next year)
            month, later = periods[id(node.parent)]
            when = year + later if year else None
            reading_text, reading = month, deadlines.read(month, issued, when)
        if not due_text and _undated(reading) and node.parent is not None and \
                node.parent.is_heading() and id(node.parent) not in chosen_ids:
            # 第一阶段：动员部署（2024年3月底前） ⏎ 第一，成立工作专班。: the time its part's
            # heading gives in brackets at its end
            stage = _bracketed_time(node.parent.head, issued, anchor, year)
            if stage is not None:
                reading_text, reading = stage
        if not due_text and _undated(reading):
            # 到2018年底，全市主要经济指标如下： the sentence that leads into the list dates
            # the items that give no date of their own, else the part that times the
            # whole plan (一、整治时间：6月23日-7月1日)
            # (a task whose time is still to be set, 具体时间另行通知, takes none of these)
            reading_text, reading = \
                _lead_in_date(node, top_asking, issued, anchor, year) or \
                _run_time(node, nodes, parsed, issued, year) or \
                (None if _TIME_LATER.search(text) else plan_time) or (reading_text, reading)
        if node.kind == "shi":
            run = runs.setdefault(id(node.parent), [[]])
            if run[-1] and node.number <= run[-1][-1][1]:
                run.append([])  # (the points of a second run, numbered anew)
            run[-1].append((len(out), node.number, text))
        out.append(Item(seq=node.number, part=_part(node), section=_section(node), text=text,
                        # (a heading that is only its unit's name, or its duties' or tasks'
                        # name, 县农牧局主要工作任务：, titles nothing: the duties under it do)
                        title=_title(node) if node.is_heading() and node.body and
                        id(node) not in unit_parts and not _names_organ(
                            owners.duty_owner(node.head)) else None,
                        title_from=body if due_text else None, glued=node.glued,
                        leads=leads, owners=names, vague=named.vague, due_text=due_text,
                        reading=reading, reading_text=reading_text,
                        repeat=None if due_text else cadence(text), marked=marked,
                        marker=end[1] if marked and (end := owners.marker_at_end(
                            _join(node.text_lines()))) is not None else None))
    for run_of in (run_of for part in runs.values() for run_of in part):
        _addressed_run([(out[at], words) for at, _, words in run_of], run_of[0][1])
    return out


def by_subject(items: list[Item], lines: list[str], issued: datetime.date | None,
               year: int | None) -> list[Item]:
    """items, each item whose sentences open with units of their own (1、A要…。B负责…。C负责…)
    parted into one task a unit's share, all with the item's number (its first part keeps
    the item's title). The layout is chosen on the items whole; this is how it reads them."""
    anchor = anchor_year("\n".join(lines))
    return [piece for item in items for piece in _by_subject(item, issued, anchor, year)]


_LABELLED = re.compile(r"^\s*[^，,。；;：:]{2,20}[：:]")
# a request or an assignment made of units from outside (请A…, …，由A负责)
_REQUESTED = re.compile(r"(?:^|[，,])\s*(?:请|由)")
# a sentence whose only work is to help (相关部门要积极配合, 有关单位要给予支持)
_ONLY_HELPS = re.compile(r"^[^，,。；;]{2,20}?(?:要|应|须)?(?:积极|密切|主动|全力)?"
                         r"(?:配合|给予支持|予以支持|协助配合|参与配合)(?:工作)?[。！]?$")


# the opening of a unit's duty after its label (负责…, 认真履行…, 组织…, 收集…, 参与…)
_DUTY_OPENS = re.compile(r"(?:负责|牵头|配合|协助|认真|切实|积极|组织|协调|指导|督促|会同|做好|"
                         r"加强|落实|严格|依法|收集|参与|安排|提供|监测|检查|排查|宣传|审核|"
                         r"受理|核查|承担|统筹|及时)")
# what a unit's label holds that is no duty: a shortfall or a ranking (推进缓慢, 完成率30%)
# (not 接种率达到95%以上, 对尚未取得…的, 进度滞后的学校: a target, what the duty is done to; nor
# 检查发现…: an inspection's finding)
_NOT_A_DUTY = re.compile(r"缓慢|滞后(?=[，,。；;]|$)|不到位|不力|"
                         r"尚未[^，,。；;的]{0,8}(?=[，,。；;]|$)|"
                         r"未能|完成率|排名|名列|(?:检查|排查|督查|抽查)发现")
# 〔一〕, （二）, *, ●: the number or bullet a label opens with, no part of the unit's name
_MARK_FIRST = re.compile(r"^(?:[〔（(][一二三四五六七八九十\d]{1,3}[〕）)]|[*＊●•·☆★\-]|"
                         r"\d{1,2}[、.．])\s*")


def _subject(sentence: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units a sentence opens with as its subject, doing or asked (市财政局负责…, 各乡镇要…);
    None for a label and its value (省教育厅：学校安全设施情况。) and for a sentence that only
    says who helps (相关部门要积极配合。有关单位要给予支持。)."""
    label = _LABELLED.match(sentence)
    if label is not None:
        # (民政局：负责对…监督检查。: a unit's label over its duties, its share; not 省教育厅：
        # 学校安全设施情况。, a label and its value)
        named = units.read(_MARK_FIRST.sub("", label.group(0).strip().rstrip("：:")))
        duty = sentence[label.end():].lstrip()
        # (not 县交通局：建设进度滞后，尚未开工, 县卫健局：完成率85%，排名第一: a unit's
        # problem or result under its label)
        # (its opening clause: not 负责督办整改进度滞后的学校, …接种率达到95%以上, a duty's
        # object or target)
        opening = re.split(r"[，,；;]", duty, maxsplit=1)[0]
        if named is None or not named.names or not (_DUTY_OPENS.match(duty) or
                                                    table.WORK_VERB.match(duty)) or \
                (not duty.startswith(("负责", "牵头")) and _NOT_A_DUTY.search(opening)) or \
                _COUNT_DONE.search(duty):
            return None
        return owners.Owners(co=named.names, leads=named.leads)
    if _ONLY_HELPS.match(sentence.strip()):
        return None
    # (气象部门开展…。水利部门对…发布…: organs of a kind, each doing its share, where two
    # sentences or more of the item open so)
    found = owners.addressed_to(sentence, issued, every_kind=True) or \
        owners.organ_doing(sentence, issued, kinds=True) or \
        owners.leading_subject(sentence, issued) or owners.kind_at_work(sentence, issued)
    return found if found is not None and found.names else None


def _asked_clauses(sentence: str, issued: datetime.date | None) -> list[str]:
    """sentence, cut after each ； that a clause asking units of its own follows (市建管委要…；
    市燃气集团要…；市热力公司要…: each unit's share, as a sentence of its own would be)."""
    cuts = [m.end() for m in re.finditer(r"[；;]", sentence)
            if _opens_asked(sentence[m.end():].lstrip(), issued)]
    return [sentence[a:b] for a, b in zip([0, *cuts], [*cuts, len(sentence)], strict=True)]


def _opens_asked(clause: str, issued: datetime.date | None) -> bool:
    """Whether a clause opens with units of its own that it asks (市燃气集团要…), as printed
    at its start (not …的，市市场监管局可以退回: a consequence), named by their level or each
    an organ's name (农村卫生院、敬老院要…; not 庭院、重点库房外…, places, nor 向申请人提供市局)."""
    # (对已建成的高速公路，省发展改革委要…: what the clause's work is for, before its units;
    # 同时，县自然资源局要…: a word that joins it)
    clause = _CLAUSE_SETTING.sub("", clause)
    found = owners.addressed_to(clause, issued)
    printed = owners.addressed_units(clause)  # (县交通、应急部门: as printed, its kind shared)
    if found is None and (lead := _LEAD_FIRST.match(clause)) is not None:
        # (…；市住建局牵头负责…；市经信局牵头，市商务局配合，负责…: each unit's lead, as its
        # 要 would ask it)
        found = owners.leading_subject(clause, issued)
        printed = lead.group("units")
    return found is not None and bool(found.names) and printed is not None and \
        clause.startswith(printed) and (owners.LEVEL_FIRST.match(printed) is not None or all(
            units.kind(name) == "organ" and not _NOT_A_NAME_FIRST.match(name) and
            not _A_PLACE_END.search(name) for name in found.names))


# organs, then their lead in the work (牵头负责…, 牵头，…; not 负责 alone, a list of duties'
# own reading: _duty_list)
_LEAD_FIRST = re.compile(rf"(?P<units>[^，,。；;：:]{{2,30}}?){owners.LEAD_VERB}")
_CLAUSE_SETTING = re.compile(r"^(?:(?:同时|此外|另外)[，,]?|"
                             r"(?:对|针对|对于|在)[^，,。；;]{1,20}[，,])")
# (居民区厕所, 公共场所: places, whose 所 is no organ's)
_A_PLACE_END = re.compile(r"(?:厕所|场所|住所|处所)$")
# (向申请人提供市局…: a verb's words run into a name, no unit)
_NOT_A_NAME_FIRST = re.compile(r"^(?:向|对|在|把|将|由|从|给|为)")


def _by_subject(item: Item, issued: datetime.date | None, anchor: int | None,
                year: int | None) -> list[Item]:
    """item, or its sentences each a task of its own with the same number, where two or more
    of them open with units of their own (1、A要…。B负责…。C负责…: each unit's share)."""
    shares = _marker_shares(item, issued, anchor, year)
    if shares:
        return shares
    # (not an item whose owners a marker, a label or a heading names, outside its words:
    # 1.…。县住建局负责…。（牵头单位：县城管局）)
    if item.marked:
        return [item]
    duties = _duty_list(item.text, issued)
    if duties is not None:
        # (各相关部门职责：综治办负责…；派出所负责…；…: a list of duties, each clause a unit's)
        return _duty_shares(item, *duties, issued, anchor, year)
    sentences = [piece for s in re.split(r"(?<=[。！])", item.text) if s.strip(" 。！")
                 for piece in _asked_clauses(s, issued)]
    if len(sentences) < 2:
        return [item]
    subjects = [_subject(s, issued) for s in sentences]
    opened = [k for k, found in enumerate(subjects) if found is not None]
    if len({tuple(found.names) for found in subjects if found is not None}) < 2:
        return [item]
    # the parts, each from a sentence that opens with its units: the first sentence that does
    # is the item's own first part with the words before it (its title), whose owners the
    # item's reading gives; the others are a unit's share each
    # (…储备救灾物资；中心学校：收集…。派出所：参与…: words before the first unit's sentence
    # that are more than a title, another's duties unread, are no share of that unit's; but
    # not where the item's reading already owns them by that unit, nor where its sentence
    # only says who does the work above, …完成排查整治。县生态环境局负责牵头组织实施。)
    preface = "".join(sentences[:opened[0]])
    first = subjects[opened[0]]
    apart = opened[0] > 0 and len(preface.strip()) > _TITLE_BEFORE_MAX and \
        item.owners != (first.names if first is not None else []) and \
        len(sentences[opened[0]].strip()) > _WHO_DOES_IT_MAX
    starts = [0, *opened] if apart else [0, *opened[1:]]
    if item.owners and any(found.names == item.owners and _REQUESTED.search(sentences[a])
                           for a, found in ((a, subjects[a]) for a in starts[1:])
                           if found is not None):
        return [item]  # (the item's owners a later request's, …，请科技部…: the item's ask)
    parts = ["".join(sentences[a:b])
             for a, b in zip(starts, starts[1:] + [len(sentences)], strict=True)]
    # (the item's time the first part's, as the whole item's; a later part's that gives none
    # of its own only where no unit's sentence says it: 2024年底前全面完成。 in its heading)
    said = item.reading_text or item.due_text
    elsewhere = said is not None and any(said in part for part in parts)
    out: list[Item] = [dataclasses.replace(item, text=parts[0])]
    if not item.owners and first is not None and not apart:
        # (an item that names no owners of its own: its first part is the first unit's share)
        out[0] = dataclasses.replace(out[0], leads=first.leads, owners=first.names,
                                     vague=first.vague)
    for n, (a, text) in enumerate(zip(starts, parts, strict=True)):
        if n == 0:
            continue
        found = subjects[a]
        body, due_text = split_deadline(text, issued)
        reading_text, reading = (None, None) if due_text else in_text(text, issued, anchor, year)
        if not due_text and _undated(reading) and not elsewhere:
            due_text, reading_text, reading = item.due_text, item.reading_text, item.reading
        assert found is not None  # (a start is a sentence that opens so)
        # (县民政局：负责…: the duty after the unit's label, for its title)
        label = _LABELLED.match(body if due_text else text)
        if label is not None:
            body, due_text = (body if due_text else text)[label.end():].lstrip(), \
                due_text or None
        out.append(Item(seq=item.seq, part=item.part, section=item.section, text=text,
                        title=None, title_from=body if due_text or label else None,
                        leads=found.leads, owners=found.names, vague=found.vague,
                        due_text=due_text, reading=reading, reading_text=reading_text,
                        repeat=None if due_text else cadence(text)))
    return out


def _marker_shares(item: Item, issued: datetime.date | None, anchor: int | None,
                   year: int | None) -> list[Item]:
    """item's sentences parted at the owner markers that close them, each part the work of
    the units its marker names (1.实施…行动。完善…。（卫生健康委负责）制定…。（农业农村部负责）:
    two tasks of the item's number), where two or more markers close its parts; else []."""
    if item.marker is None:  # (set only where a marker closes the item: marked)
        return []
    inside = owners.closing_marker_spans(item.text)
    if not inside:
        return []
    starts = [0, *(end for _, end, _ in inside)]
    ends = [start for start, _, _ in inside] + [len(item.text)]
    texts = [item.text[a:b].strip(" ，,；;").lstrip("。")
             for a, b in zip(starts, ends, strict=True)]
    contents = [content for _, _, content in inside] + [item.marker]
    if any(not text.strip(" 。") for text in texts):
        return []
    # (the item's time a span's that gives none of its own, unless another span says it; a
    # time its title sentence gives, 1.推进医疗改革，2023年底前完成。…, is the whole item's)
    said = item.reading_text or item.due_text
    elsewhere = said is not None and any(said in text for text in texts) and \
        said not in re.split(r"[。！]", texts[0], maxsplit=1)[0]
    out: list[Item] = []
    for n, (text, content) in enumerate(zip(texts, contents, strict=True)):
        named = owners.parse(content, issued)
        body, due_text = split_deadline(text, issued)
        reading_text, reading = (None, None) if due_text else in_text(text, issued, anchor, year)
        if not due_text and _undated(reading) and not elsewhere:
            due_text, reading_text, reading = item.due_text, item.reading_text, item.reading
        # (the first span keeps the item's title; a later one is titled from its own words,
        # without the time it closes with)
        title_from = item.title_from if n == 0 else body if due_text else None
        out.append(dataclasses.replace(
            item, text=text, title=item.title if n == 0 else None, title_from=title_from,
            leads=named.leads, owners=named.names, vague=named.vague, due_text=due_text,
            reading=reading, reading_text=reading_text,
            repeat=None if due_text else cadence(text), marker=content))
    return out


_WHO_DOES_IT_MAX = 20  # characters: a sentence that only names who does the work above it
_TITLE_BEFORE_MAX = 40  # characters: an item's title and a line after it, before a unit's
_DUTY_CLAUSES_MIN = 3  # clauses of units' duties, parted by ；: a list, not a sentence's two


def _duty_list(text: str, issued: datetime.date | None) -> tuple[list[str], str] | None:
    """(the clauses, the sentences after the last) of an item that lists units' duties parted
    by ；, most opening with their unit and 负责 or 牵头 (（二）各部门职责：综治办负责…；派出所
    负责…；工商所负责…。各部门要加强协作，6月底前完成。), its label or short title kept with the
    first; else None. Not duties told as done (…，全年召开协调会4次；…)."""
    label = _LABELLED.match(text)
    if label is not None and units.read(label.group(0).strip().rstrip("：: ")) is not None:
        return None  # (省教育厅：…: a unit's label, its duties its own)
    clauses = [c for c in re.split(r"(?<=[；;])", text) if c.strip(" ；;。")]
    if len(clauses) < _DUTY_CLAUSES_MIN:
        return None
    # (the last clause's first sentence is its share; the sentences after it the list's close,
    # each that opens with a unit of its own a share too: 县住建局要加强…巡查，6月底前…)
    last, stop, closing = clauses[-1].partition("。")
    clauses[-1] = last + stop
    while closing.strip():
        sentence, stop, after = closing.partition("。")
        if _subject(sentence, issued) is None:
            break
        clauses.append(sentence + stop)
        closing = after
    # (综治办负责组织协调。派出所负责…；…: a unit's own sentence first, a share of its own)
    first, stop, then = clauses[0].partition("。")
    if then.strip() and _head_off(clauses[0]) == clauses[0] and \
            owners.leading_subject(first, issued) is not None:
        clauses[:1] = [first + stop, then]
    opening = [(_head_off(c) if k == 0 else c).lstrip() for k, c in enumerate(clauses)]
    # (the unit first, its duty after: not 督导组由A负责, a group's, who runs it said after)
    dutied = [found is not None and bool(found.names) and words.startswith(found.names[0])
              for found, words in ((owners.leading_subject(w, issued), w) for w in opening)]
    if sum(dutied) < _DUTY_CLAUSES_MIN or not all(_DUTY_VERB.search(c) for c in clauses[:-1]) \
            or any(owners.told_done(c) or _COUNT_DONE.search(c) for c in clauses):
        return None
    return clauses, closing.strip()


def _head_off(clause: str) -> str:
    """The first clause of a list of duties without the label or short title before its first
    unit (各部门职责：…, 明确工作责任。…); not a unit's own sentence (综治办负责组织协调。…)."""
    head = _HEAD_FIRST.match(clause)
    if head is None or owners.leading_subject(head.group(0).rstrip("：:。"), None) is not None:
        return clause
    return clause[head.end():]


def _duty_shares(item: Item, clauses: list[str], closing: str, issued: datetime.date | None,
                 anchor: int | None, year: int | None) -> list[Item]:
    """item's list of duties, a task a clause under its number: owned by the unit the clause
    opens with (none where no unit is read: a person names it), timed by its own words, else
    by the closing sentences' (以上工作于6月30日前完成); the first keeps the item's title."""
    said_after = in_text(closing, issued, anchor, year) if closing else (None, None)
    out: list[Item] = []
    for k, clause in enumerate(clauses):
        words = (_head_off(clause) if k == 0 else clause).lstrip()
        # (县科技、财政等部门按照职责，协同做好…; 由县市场监管局负责…: the share's units however
        # its sentence names them)
        found = _subject(words, issued) or owners.by_line(words, issued)
        body, due_text = split_deadline(clause, issued)
        reading_text, reading = (None, None) if due_text else in_text(clause, issued, anchor,
                                                                       year)
        if not due_text and _undated(reading):
            reading_text, reading = said_after
        named = found if found is not None and found.names else owners.Owners()
        out.append(Item(seq=item.seq, part=item.part, section=item.section, text=clause,
                        title=item.title if k == 0 else None,
                        title_from=body if due_text else None, leads=named.leads,
                        owners=named.names, vague=named.vague, due_text=due_text,
                        reading=reading, reading_text=reading_text,
                        repeat=None if due_text else cadence(clause)))
    return out


_DUTY_VERB = re.compile(r"负责|牵头")
# …，全年召开协调会4次, 清查出租屋1200户: what a duty has come to, counted (a summary's)
# (not a target, 全年培训不少于500人次; nor 共同, nor an object told, 已排查出的35家企业)
_COUNT_DONE = re.compile(r"(?:全年|共(?!同)|累计|已)(?:(?!不少于|不低于|不超过|达到|的)[^，,。；;])"
                         r"{0,12}\d+\s*(?:次|户|家|件|起|人|个|场)")
# 各部门职责：…, 明确工作责任。…: the label or the short title before the list's first unit
_HEAD_FIRST = re.compile(r"^\s*[^，,。；;：:]{2,20}[：:。]")


def _addressed_run(points: list[tuple[Item, str]], first_number: int) -> None:
    """一是各服务区务必做好…；二是进一步加强…: the units a run's first point names, where every
    point that names any names them, are those of a later point that names none and no other
    subject of its own (not 二是要…整改。垃圾排放场要远离…, a point that says what is to see
    to it; nor a run whose points each name their own: 一是…各社区要…；二是…街道应急办要…)."""
    first, first_words = points[0]
    named = {(tuple(item.leads), tuple(item.owners)) for item, _ in points if item.owners}
    # (the units the first point's words open a clause with, its subject, or ask: not 一是
    # 督促各乡镇落实…, units the speaker sees to; and a run's addressee, every one of a kind
    # or a group, 各服务区, 有关部门: not 一是县水利局要…, one point's own organ)
    if first_number != 1 or not first.owners or len(named) != 1 or not any(
            _TIME_OR_ASK_FIRST.sub("", clause.strip()).startswith(tuple(first.owners))
            for clause in re.split(r"[，,。；;！]", first_words)):
        return
    # (one organ's own point, 一是县水利局要…, carries only to points that go on asking with
    # a bare 要, 二是要…; a class or group to any)
    addressee = all(name.startswith(("各", "全")) or _GROUP.search(name)
                    for name in first.owners)
    for item, words in points[1:]:
        if not item.owners and (addressee or _BARE_CALL.match(words)) and not any(
                not m.group("who").startswith(tuple(first.owners))
                for m in _OWN_SUBJECT.finditer(words)):
            item.leads, item.owners, item.vague = list(first.leads), list(first.owners), \
                first.vague


_GROUP = re.compile(r"有关|相关|部门|单位|成员")
# 要…, or 在摸清底数的同时，要…: a call with no subject, after the time or the setting at most
_BARE_CALL = re.compile(r"^(?:在[^，,。；;]{1,30}?(?:的同时|时|中|后|期间|基础上)[，,]?)?"
                        rf"要(?![{NOUN_AFTER_YAO}]|想(?!方设法|尽办法))")  # (not 要素…, 要想…)
# 要求各乡镇…, 春运期间各客运站要…: an ask or a time before the units a clause opens with
_TIME_OR_ASK_FIRST = re.compile(r"^(?:要求|希望|请)?(?:[\u4e00-\u9fff]{1,8}?(?:期间|之际|以来))?")
# a subject of a point's own, at its start or a sentence's (二是学生家长要…, …整改。垃圾排放场要…)
_OWN_SUBJECT = re.compile(r"(?:^|(?<=[。！；;]))\s*"
                          # (not a setting, 在做好…的同时要…, 春运期间要…, 站区内应…; nor 重要,
                          # 应急, 要道: no subject)
                          r"(?!在|对|按照|根据|结合|通过|围绕)(?P<who>[^，,。；;：:\s]{2,12}?)"
                          r"(?<!期间)(?<!之际)(?<!以来)(?<![期前后时内外中节])"
                          rf"(?:{owners.ASKS_OF_UNITS})")


# 组织发动阶段。时间：5月30日—6月4日。…: the time a label in the item's words gives
_SENTENCE_ENDS = ("。", "；", ";")  # the marks a sentence, or a clause of a list, ends with
_INLINE_TIME = re.compile(r"(?:^|[。；;])\s*(?:完成|实施|工作)?(?:时间|时限)(?:安排|节点)?\s*[:：]"
                          r"(?P<when>[^。；;]{2,80})")


def _inline_time(text: str, issued: datetime.date | None, year: int | None) -> str | None:
    m = _INLINE_TIME.search(text)
    if m is None:
        return None
    reading = deadlines.read(m.group("when"), issued, year)
    return m.group("when").strip() if reading.due or reading.ongoing else None


_CLOSING_MAX = 8  # characters: 特此通知。, not an item's words


def _time_items(chosen: list[outline.Node], found: dict[int, tuple[str, owners.Owners]],
                issued: datetime.date | None, year: int | None
                ) -> tuple[list[outline.Node], dict[int, str]]:
    """(chosen without the items that only say when, {id(item): that time} for the items
    before each such one in its list): 1.健全相关委员。 ⏎ 2.及时增补。 ⏎ 3、完成时限：2019年4月20日
    前。 — the last is no task, it times the two before it."""
    timed_by: dict[int, str] = {}
    dropped: set[int] = set()
    for k, node in enumerate(chosen):
        head = node.head.strip().rstrip("。；; ")
        m = _INLINE_TIME.match(head)
        # (its words the time alone: a document's closing 特此通知。 may follow it)
        if m is None or m.end() < len(head) or found[id(node)][1].names or \
                any(len(line.strip()) > _CLOSING_MAX for line in node.body):
            continue
        before = [n for n in chosen[:k] if n.parent is node.parent and n.kind == node.kind
                  and id(n) not in dropped]
        when = m.group("when").strip()
        if before and deadlines.read(when, issued, year).due is not None:
            dropped.add(id(node))
            for item in before:
                timed_by.setdefault(id(item), when)
    return [n for n in chosen if id(n) not in dropped], timed_by


def _undated(reading: deadlines.Reading | None) -> bool:
    """Whether a reading gives the task no time yet: no date, and not ongoing work."""
    return reading is None or (reading.due is None and not reading.ongoing)


def _owned_points(chosen: list[outline.Node], nodes: list[outline.Node],
                  found: dict[int, tuple[str, owners.Owners]],
                  unit_parts: dict[int, str]) -> list[outline.Node]:
    """The tasks, where a task that names no owner has points under it each naming theirs
    (3. 推进医养结合。 ⏎ （1）区卫健委负责… ⏎ （2）区卫健委会同区民政局…), or is only the name
    of the unit whose duties its points are (2.考务组 ⏎ （1）落实考场区域… ⏎ （2）…, among
    siblings so named: unit_parts): those points are the tasks there, at the level the owners
    attach to. An item whose only owner marker closes its last point takes that marker:
    found is updated in place."""
    out: list[outline.Node] = []
    for node in chosen:
        points = [n for n in nodes if n.parent is node]
        if not found[id(node)][1] and len(points) >= 2 and (
                all(found[id(n)][1] for n in points) or id(node) in unit_parts):
            out += points
            continue
        if not found[id(node)][1] and len(points) >= 2 and found[id(points[-1])][1] and \
                not any(found[id(n)][1] for n in points[:-1]):
            # 1.提升…水平。 ⏎ （1）…； ⏎ （2）…。 ⏎ （海关…、省商务厅按职责分工负责）: the marker
            # after the last point closes the whole item, which names no owner of its own
            found[id(node)] = (found[id(node)][0], found[id(points[-1])][1])
        out.append(node)
    return out


def _opening_organs(chosen: list[outline.Node], found: dict[int, tuple[str, owners.Owners]],
                    issued: datetime.date | None
                    ) -> tuple[dict[int, owners.Owners], dict[int, owners.Owners]]:
    """{id(node): the units its words open with, 由 or not (市财政局统筹利用…, 由保洁公司负责
    组织…)}, for the items that name no owner otherwise, in the lists where half the items
    or more open so (two at least, those that name theirs otherwise too): a list of duties,
    whatever its heading calls it; and, second, those of the items in other lists that open
    with organs and their work's verb (_opens_with_organs), for where nothing else names
    theirs."""
    lists: dict[tuple[int, str], list[outline.Node]] = {}
    for node in chosen:
        lists.setdefault((id(node.parent), node.kind), []).append(node)
    out: dict[int, owners.Owners] = {}
    lone: dict[int, owners.Owners] = {}
    for items in lists.values():
        opened = {id(n): o for n in items
                  for o in [owners.duty_subject(found[id(n)][0], issued)] if o is not None}
        # (an item whose opening units another reading already took counts too: 1.县教育局
        # 牵头…（县教育局负责） ⏎ 2.县公安局维护…)
        # (a rule's articles, 第五条 村民委员会参与…: each its own, whatever those around it
        # say, principles or encouragement)
        articles = items[0].kind == "tiao"
        if len(opened) >= 2 and (len(opened) * 2 >= len(items) or articles):
            out.update({k: o for k, o in opened.items() if not found[k][1]})
            # (（一）村级组织：对本村…负责。 ⏎ （二）乡镇：负责… ⏎ （三）区农业局：负责…: the
            # others' labels name units, so these name who too, though no name of an organ's)
            out.update({id(n): o for n in items if id(n) not in opened and not found[id(n)][1]
                        for o in [_labelled_duty(found[id(n)][0], issued)] if o is not None})
        else:
            # (not 一、宣传主题 ⏎ 国家安全部门积极引导…: a label's heading over words that
            # open with an organ, no work of its own; 抽查复核 ⏎ 市林湿局对…进行抽查 names work)
            lone.update({id(n): opened[id(n)] for n in items if id(n) in opened and
                         not found[id(n)][1] and not _LABEL_TITLE.search(n.head.strip()) and
                         _opens_with_organs(found[id(n)][0], opened[id(n)])})
    return out, lone


# 各成员单位, 联席会议成员单位, 有关部门: the members or bodies of a kind, all of them, named as one
_MEMBERS_ALL = re.compile(r"^(?:各|有关|相关|各有关|各相关)?(?:部门|单位|部门和单位|单位和部门)$|"
                          r"成员单位$")


# 对本村粮食订单的真实性负责: the duty a body answers for, its 负责 after the thing
_RESPONSIBLE_FOR = re.compile(r"^对[^，,。；;]{2,40}负责")


# a label that names a body by its kind (村级组织, 乡镇, 各社区, 工作组; not 联络员, 资金来源: a
# person's post, a field)
_BODY_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:组织|乡镇|街道|村|社区|单位|部门|企业|组|队|"
                         r"站|所|委员会|中心)")


def _labelled_duty(text: str, issued: datetime.date | None) -> owners.Owners | None:
    """The body an item's label names, where its words after the colon are a duty (村级组织：
    对本村…负责, 乡镇：负责…), though the label is no organ's name; else None. Read only
    beside labels of organs (_opening_organs), which make the list one of duties."""
    labelled = owners.unit_label(text.lstrip())
    if labelled is None or not _BODY_LABEL.fullmatch(labelled[0]) or \
            _LABEL_TITLE.search(labelled[0]):
        return None
    duty = text.lstrip()[labelled[1]:].lstrip()
    # (not 资金来源：负责由县财政统筹安排: the work another's, by 由)
    if not (duty.startswith("负责") and not duty.startswith("负责由") or
            _RESPONSIBLE_FOR.match(duty)):
        return None
    found = owners.parse(labelled[0] + "负责", issued)
    return found if found.names else None


def _opens_with_organs(text: str, named: owners.Owners) -> bool:
    """Whether an item's words open with the organs named, and their work's verb straight
    after them (市场监管部门对零售药店全面开展…, 税务总局负责…): the item's own owners, though
    the items around it open otherwise. Not 会同汉滨区政府…, 指挥部成员名单, 市创城办办公地点,
    市政府高度重视…, 区安委会办公室将对…开展督导 (a partner, a heading, a label, a statement,
    an announced step)."""
    # (not 由教育部门牵头建立…: a list that says who within the work's words, read so only
    # where its items mostly do, _opening_organs)
    words = text.lstrip()
    # (an organ by its name, or the department of a field, 市场监管部门)
    if not named.names or not words.startswith(named.names[0]) or any(
            units.read(n, organs_only=True) is None and not n.endswith("部门")
            for n in named.names):
        return False
    last = named.names[-1]
    rest = words[words.find(last) + len(last):]
    first = re.split(r"[，,。；;]", rest, maxsplit=1)[0]
    # (not 区安委会办公室将对任务落实情况开展督导: the office's own step over the others' work,
    # told as what it will do; nor what it did or reached, 市住建局对供热企业开展的检查已经结束,
    # …开展了督导, …全年建成5万亩, 取得明显成效; nor 我局…, the writer itself)
    return owners.DOER_VERB.match(rest) is not None and \
        not rest.startswith(("高度重视", "将")) and not owners.told_done(first) and \
        not _REACHED.search(first) and not named.names[0].startswith(("我", "本"))


# a heading that labels what follows (宣传主题, 活动时间, 工作目标), naming no work
_LABEL_TITLE = re.compile(r"^[^，,。；;]{0,8}(?:主题|目标|时间|地点|范围|对象|原则|意义|背景|"
                          r"依据|口号|思想)[。：:]?$")


# what an organ reached or held, told with no 已 or 了 (owners.told_done reads those): 检查
# …结束, 开展的…, 建成5万亩, 取得成效, 80%
_REACHED = re.compile(r"结束|取得|成效|[%％]|(?:开展|进行|组织|实施)的|建成\d")


# a part that times the whole plan: 一、整治时间：2021年6月23日-7月1日, 一、时间安排：5月25日
_TIME_WORDS = r"^[\u4e00-\u9fff]{0,6}(?:时间|时间安排|时限|期限)"
_TIME_PART = re.compile(_TIME_WORDS + r"\s*[:：]\s*(?P<when>\S.*)$")
# 一、检查整改时间 ⏎ 2021年3月7日-3月10日: the heading alone, its time on the line below
_TIME_HEADING = re.compile(_TIME_WORDS + r"[:：]?$")


_TIME_LATER = re.compile(r"(?:时间|日期)(?:另行|另|再行)(?:通知|安排|确定)")


def _plan_time(parts: list[outline.Node], issued: datetime.date | None, year: int | None
               ) -> tuple[str, deadlines.Reading] | None:
    """(its words, the date) of the one top part, not a task, whose heading times the whole
    plan, where it gives a date."""
    timed = [m.group("when") for node in parts if node.parent is None
             for m in [_TIME_PART.match(node.head)] if m]
    # 一、检查整改时间 ⏎ 2021年3月7日-3月10日: the time on the line under the heading
    timed += [node.body[0].strip() for node in parts if node.parent is None
              and _TIME_HEADING.match(node.head.strip()) and node.body
              and is_deadline_clause(node.body[0].strip(), issued or SOME_DAY)]
    if len(timed) != 1 or len(timed[0]) > 40:
        return None
    reading = deadlines.read(timed[0], issued, year)
    if reading.due is None:
        return None
    # a span's end is when the work is due; its start is no step of any one task
    return timed[0], dataclasses.replace(reading, milestones=[])


# 专项行动自2016年1月4日开始至5月31日结束: the window a campaign runs in, from one day to
# another that closes it
_WINDOW = re.compile(r"(?:自|从)\s*(?P<start>[^，,。；;：:]{3,20}?)\s*(?:开始|起)?\s*(?:至|到)\s*"
                     r"(?P<end>[^，,。；;：:]{2,16}?)\s*(?:结束|止)|"
                     # 定于2022年9月5日至9月12日，在全校开展…活动: the days the work is held on
                     # (自即日至12月底，在全县范围内开展…: from the day of the plan)
                     r"(?:定于|拟于|自(?=即日))\s*(?P<held>[^，,。；;：:]{2,20}?)\s*"
                     r"(?:至|到|[—–~～-]{1,2})\s*"
                     r"(?P<until>[^，,。；;：:]{2,16}?)\s*(?:期间)?\s*[，,]?\s*(?:在[^，,。；;]{1,12})?"
                     r"(?:开展|举办|举行|组织|集中)|"
                     # 12月24日至1月3日期间，进一步加强…: the days a campaign runs, said so
                     r"(?<![\d月])(?P<during>(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日)\s*(?:至|到)\s*"
                     r"(?P<during_end>(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日)\s*期间")


def _opening_window(opening: list[str], issued: datetime.date | None, year: int | None
                    ) -> tuple[str, deadlines.Reading] | None:
    """(its words, its end) of the one window from a day to a day that closes it that the
    plan's opening, before its first numbered part, gives its whole work (…自2016年1月4日开始
    至5月31日结束; the days a campaign is held on, 定于2022年9月5日至9月12日，在全校开展…):
    the time of every item that gives none of its own. Not the days of one part of the
    year's work (…全年…，其中拟于…) nor of a campaign's first stage (…，7月至10月集中整治)."""
    found = [(line, m) for line in opening for m in _WINDOW.finditer(line)]
    if len(found) != 1:
        return None
    line, m = found[0]
    sentence_start = max(line.rfind(ch, 0, m.start()) for ch in _SENTENCE_ENDS) + 1
    stop = [at for at in (line.find(ch, m.end()) for ch in _SENTENCE_ENDS) if at >= 0]
    before, after = line[sentence_start:m.start()], line[m.end():min(stop, default=len(line))]
    if m.group("held") and (_PART_OF_WHOLE.search(before) or _ANOTHER_TIME.search(after)):
        # …全年工作安排如下，其中拟于6月1日至6月30日…: the days of one part of the work;
        # 拟于4月至6月集中开展排查，7月至10月集中整治，…: the first of its stages
        return None
    begins = m.group("start") or m.group("held") or m.group("during")
    ends = m.group("end") or m.group("until") or m.group("during_end")
    if begins == "即日":
        # (自即日至12月底: from the plan's own day, its end the window's)
        end = deadlines.read(ends, issued, year)
        if end.due is None:
            return None
        return f"{begins}至{ends}", dataclasses.replace(end, milestones=[])
    start = deadlines.read(begins, issued, year)
    if start.due is None:
        return None  # (自成立之日起至…: no day it starts on, no window of dates)
    # (the span read whole: 12月24日至1月3日 runs into the next year)
    end = deadlines.read(f"{begins}至{ends}", issued, year)
    if end.due is None or end.due < start.due:
        return None
    # (the held form's words are its days alone, not the activity they open)
    words = m.group(0) if m.group("start") else f"{begins}至{ends}"
    return words, dataclasses.replace(end, milestones=[])


_PART_OF_WHOLE = re.compile(r"其中")  # (…全年工作安排如下，其中拟于…: one part of the work)
_ANOTHER_TIME = re.compile(r"\d{1,2}\s*月|[年月]底|季度|上半年|下半年|全年|年内")


# 2025年5月份县政府重点工作安排, 2024年3月工作计划: a plan of one month's work
_MONTH_PLAN = re.compile(r"(?P<month>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月)(?!\s*\d)份?"
                         r"[^，,。；;：:\d]{0,16}?"
                         r"(?:重点工作|工作)(?:安排|计划|要点)")


def _month_plan(opening: list[str], issued: datetime.date | None
                ) -> tuple[str, deadlines.Reading] | None:
    """(its words, the month's end) where the plan's title, before its first numbered part,
    names the one month whose work it plans: the time of every item that gives none."""
    found = {m.group("month") for line in opening for m in _MONTH_PLAN.finditer(line)}
    if len(found) != 1:
        return None
    month = found.pop()
    reading = deadlines.read(month, issued)
    return (month, reading) if reading.due is not None else None


def _periods(nodes: list[outline.Node]) -> dict[int, tuple[str, int]]:
    """{id(node): (its month, years past the plan's)} for the month headings of a schedule
    (九月份： 十月份： … 一月份：): a month after a later one is in the next year."""
    out: dict[int, tuple[str, int]] = {}
    later, previous = 0, 0
    for node in nodes:
        heading = outline.PERIOD_HEADING.match(node.marker.strip())
        if node.kind != "word" or heading is None:
            continue
        if node.number < previous:
            later += 1
        previous = node.number
        out[id(node)] = (heading.group("month"), later)
    return out


def _lead_in_date(node: outline.Node, top_asking: str | None, issued: datetime.date | None,
                  anchor: int | None, year: int | None) -> tuple[str, deadlines.Reading] | None:
    """(its words, the date) of the sentence that leads into the list node is in, closing
    with a colon (…如下： 2023年底前完成以下工作：), where it gives a deadline; for a list at
    the top, of top_asking, the sentence that asks its units (_asking_sentence)."""
    parent = node.parent
    if parent is None:
        # 会议要求各乡镇上半年要抓好以下工作：一是…: its time of the last sentence, or between
        # the units and their 要 (not a day the sentence before sets for other work,
        # 各乡镇于3月5日前上报…。还部署了以下工作：)
        asking = top_asking if top_asking and owners.asked_in(top_asking, issued) else None
        lead_in = _last_sentence(asking) if asking else None
        when = _ASKED_WHEN.search(asking) if asking else None
    else:
        lead_in = next((line for line in reversed(parent.body) if line.strip()), "") or \
            parent.head
        lead_in = lead_in if lead_in.rstrip().endswith(("：", ":")) else None
        when = None
    if lead_in is None:
        return None
    found, reading = in_text(lead_in, issued, anchor, year)
    if found is None and when is not None:
        # (各级妇联组织下半年要…: the time the units are asked to do the work in)
        found, reading = when.group("when"), deadlines.read(when.group("when"), issued, year)
    if found is None or reading is None or reading.due is None:
        return None
    return found, reading


def _lead_in_asked(node: outline.Node, top_asking: str | None,
                   issued: datetime.date | None) -> owners.Owners | None:
    """The units the sentence that leads into node's list asks to do its items (为…，请各单位
    …开展以下工作： / …活动，即), where it closes with a colon or 即; else None. top_asking:
    the sentence that leads into a list at the top (_asking_sentence of the lines before the
    document's first item)."""
    parent = node.parent
    sentence = top_asking if parent is None else _asking_sentence([parent.head, *parent.body])
    return None if sentence is None else \
        owners.asked_in(sentence, issued) or owners.announced_by(sentence, issued)


def _duties_lead(node: outline.Node, nodes: list[outline.Node], lines: list[str],
                 issued: datetime.date | None) -> owners.Owners | None:
    """The units whose duties node's run is, as the line right before its first item says
    (驻村工作队的职责是： ⏎ 1.… 2.…, 第五条 县教育局的职责是： ⏎ 1.…), where that line is no
    item of its own; else None."""
    lead = _line_before_run(node, nodes, lines, node.kind)
    if lead is None:
        return None
    # (…。具体职责是：, the unit in the sentence before: the line whole)
    duties = _duties_holder(_last_sentence(lead), issued) or _duties_holder(lead, issued)
    return duties if duties is not None and duties.names else None


def _run_asked(node: outline.Node, nodes: list[outline.Node], lines: list[str],
               issued: datetime.date | None) -> owners.Owners | None:
    """The units the sentence right before node's run of points in words asks (他强调，各
    相关单位要高度重视…。一是要…；二是要…), where that sentence ends the paragraph the points
    were cut from, or the one before them; else None."""
    if node.kind != "shi":
        return None
    # (not 一是组织领导不断加强…, 一是部分乡镇重视程度不够: what was done, or found wrong,
    # listed after the request; but 要注重解决…遇到的具体困难, what is wrong to be put right)
    clause = re.split(r"[，,。；;]", node.head, maxsplit=1)[0]
    if owners.TOLD_DONE.search(clause) or (
            _DONE_OR_WRONG.search(clause) and not _TO_PUT_RIGHT.search(clause)):
        return None
    sentence = _run_lead(node, nodes, lines)
    if sentence is None:
        return None
    # (not work told of, 各单位已完成…, nor an ask made before; 强调了四点意见 tells what is
    # said now, no work done)
    if owners.asked_before(sentence):
        return None
    if owners.told_done(sentence):
        # (春节长假已经结束，…，厦门市港务管理站加强检查力度，…。一是…: what is done the
        # setting's, the organ's own words tell its work)
        return owners.announced_by(sentence, issued, uncounted=True)
    # (会议指出，各县（区）局一要…；二要…: units pointed out own the run where its first item
    # asks; 一是要素保障不足 is a finding)
    first = next((n for n in nodes if n.kind == node.kind and n.parent is node.parent), node)
    return owners.asked_in(sentence, issued) or \
        owners.announced_by(sentence, issued, uncounted=True) or (
        owners.units_pointed_out(sentence, issued) if _ASKS_FIRST.match(first.heading) else
        None) or _asked_before_lead(sentence, node, nodes, lines, issued) or \
        (owners.pledged_by(sentence, issued) if _points_of_work(node, nodes) else None) or \
        (_framed_units(sentence, issued) if _ASKS_IN.search(first.head) else None)


_LEAD_ASKS = re.compile(rf"{owners.ASKS_OF_UNITS}|需要?|须")
_FINDINGS_OR_PUBLIC = re.compile(r"存在的?问题|不足|差距|表现在|广大|市民可|群众可|居民可")


def _asked_before_lead(sentence: str, node: outline.Node, nodes: list[outline.Node],
                       lines: list[str], issued: datetime.date | None) -> owners.Owners | None:
    """The units the sentence before a run's lead-in asks, where the lead-in only leads on
    and names none (请各地各单位提前谋划…。读书活动今年要注意突出几个重点：一是…), else None."""
    # (the lead-in itself asks, 要注意突出…：; not 存在的问题主要有：, 广大市民可以通过以下方式
    # 参与：: findings, or the public's ways)
    if not sentence.rstrip().endswith(("：", ":")) or units.read(sentence) is not None or \
            owners.units_pointed_out(sentence, issued) is not None or \
            not _LEAD_ASKS.search(sentence) or _FINDINGS_OR_PUBLIC.search(sentence):
        return None
    first = _run_first(node, nodes, "shi")
    if first is None or first.line < 1:
        return None
    said = [s for s in re.split(r"(?<=[。！？])", lines[first.line - 1].strip()) if s.strip()]
    before = said[-2] if len(said) > 1 else None
    if before is None or owners.told_done(before) or owners.asked_before(before):
        return None
    return owners.asked_in(before, issued)


# 一是部分企业台账不全: what some of them were found in, no work
_FINDING_OPENS = re.compile(r"^(?:部分|个别|少数|有的|一些)")
# 一是新建养老机构5家, 二是发放救助金800万元: a count reached (or aimed at), no work pledged
_COUNTED_RESULT = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]{0,2}[。；;]?$")


def _points_of_work(node: outline.Node, nodes: list[outline.Node]) -> bool:
    """Whether the run of points node stands in is work to come, judged as a run: none of
    them opens on work done, a finding or what is wrong (一是完成了…, 一是部分企业台账不全, 一是支出
    进度偏慢), nor ends on a count reached (一是新建养老机构5家)."""
    for point in nodes:
        if point.parent is not node.parent or point.kind != node.kind:
            continue
        opening = re.split(r"[，,。；;]", point.head, maxsplit=1)[0]
        if owners.told_done(opening) or _FINDING_OPENS.match(opening) or \
                _DONE_OR_WRONG.search(opening) or _COUNTED_RESULT.search(point.head):
            return False
    return True


# 各省级银行在加大对丽水金融服务上，一是…: the units, then the field their points are in (在…上,
# 在…方面, 在…中), the points after it asking them
_UNITS_IN_FIELD = re.compile(r"(?:^|[，,])(?P<units>[^，,。；;：:“”\s]{2,20}?)"
                             r"在[^，,。；;：:]{2,30}?(?:上|方面|中)[，,：:]?$")
_ASKS_IN = re.compile(r"(?:^|[，,])\s*(?:要|必须|务必|应当?)")


def _framed_units(sentence: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units a run's lead-in names before the field its points are in (各省级银行在加大…
    服务上，一是抓投入，要…), where the points ask; else None."""
    m = _UNITS_IN_FIELD.search(sentence.rstrip("。"))
    if m is None or units.read(m.group("units")) is None:
        return None
    found = owners.parse(m.group("units") + "负责", issued)
    return found if found.names else None


_ASKS_FIRST = re.compile(r"^[一二三四五六七八九十]{1,3}是?要(?![素件情点求害])")


def _run_lead(node: outline.Node, nodes: list[outline.Node], lines: list[str]) -> str | None:
    """The sentence right before node's run of points in words (…提出了要求，一是…), where
    that sentence ends the paragraph the points were cut from, or the one before them."""
    lead = _line_before_run(node, nodes, lines, "shi")
    return None if lead is None else _last_sentence(lead)


def _run_first(node: outline.Node, nodes: list[outline.Node], kind: str) -> outline.Node | None:
    """The first item (number 1) of the run of items of a kind that node stands in, at or
    before node under the same parent; None where there is none."""
    run = [n for n in nodes if n.parent is node.parent and n.kind == kind and
           n.line <= node.line]
    return next((n for n in reversed(run) if n.number == 1), None)


def _line_before_run(node: outline.Node, nodes: list[outline.Node], lines: list[str],
                     kind: str) -> str | None:
    """The line right before the first item of node's run of a kind, stripped, where it is
    no item of its own and holds words; else None."""
    first = _run_first(node, nodes, kind)
    at = None if first is None else first.line - 1
    if at is None or at < 0 or any(n.line == at for n in nodes) or not lines[at].strip():
        return None
    return lines[at].strip()


# those whose wishes set no one to work: the public, deputies, reporters (网友们纷纷留言提出建议)
_PUBLIC_WISH = re.compile(rf"{owners.PUBLIC}|代表|委员|记者")


# 下半年, 年内, with the year before it (明年下半年): a time the work asked is to be done in (not
# 今年 or 明年 alone: the year a meeting's words are of, which keys leave undated)
_HALF_OR_WITHIN = re.compile(r"(?:(?:19|20)\d\d\s*年|明年|今年)?(?:[上下]半年|年内)")
# the clause asks for the work (提出了要求, 作出部署, 安排); not one that looks back (总结, 回顾)
_ASKED_FOR = re.compile(rf"要求|部署|安排|任务|希望|要|{owners.WORK_VERBS}")
_LOOKED_BACK = re.compile(r"总结|回顾|完成的|取得(?:了|的)|迎来|将有")


def _run_time(node: outline.Node, nodes: list[outline.Node], lines: list[str],
              issued: datetime.date | None, year: int | None
              ) -> tuple[str, deadlines.Reading] | None:
    """(its words, the date) of the time the clause right before node's run of points in
    words gives the work they ask (…并对下半年出访工作提出了要求，一是…), where it names one
    (下半年, 年内) and tells of no work done."""
    if node.kind != "shi" or node.parent is not None:
        return None
    sentence = _run_lead(node, nodes, lines)
    clauses = [c for c in re.split(r"[，,]", sentence or "") if c.strip()]
    if not clauses or owners.told_done(clauses[-1]) or not _ASKED_FOR.search(clauses[-1]) or \
            _LOOKED_BACK.search(clauses[-1]):
        return None  # (…对上半年工作特点进行总结，一是…: findings, no ask)
    when = re.search(_HALF_OR_WITHIN, clauses[-1])
    if when is None:
        return None
    # (对明年下半年出访工作提出要求: the half of the year the words before it say)
    reading = deadlines.read(when.group(), issued, year)
    return (when.group(), reading) if reading.due is not None else None


# a point's first clause that tells what got better, or what is wrong (组织领导不断加强,
# 重视程度不够, 水费收缴困难): an account, no work
_DONE_OR_WRONG = re.compile(rf"{owners.WENT}|{owners.WRONG}")
_TO_PUT_RIGHT = re.compile(r"^(?:要|务必|必须)|解决|克服|破解|整改|补齐|扭转")


# 全市各级妇联组织下半年要…: the time of the work, between the units asked and their 要
# (not 主席总结了上半年，要求…: a time gone by, then 要求)
_ASKED_WHEN = re.compile(rf"(?<=[{re.escape(''.join(sorted(units.END_CHARS)))}])"
                         rf"(?P<when>{owners.WORK_TIME})[，,]?(?:要(?!求)|应|须|务必)")


def _last_sentence(text: str) -> str:
    return [s for s in re.split(r"(?<=[。！？])", text) if s.strip()][-1]


def _asking_sentence(lines: list[str]) -> str | None:
    """The sentence that leads into the list after lines and asks its units: the last, where
    the last line closes with a colon or 即 (为…，请各单位…开展以下工作：); the one before as
    well, where it asks units the last, which only leads on, names none of (她要求全市各级妇联
    组织下半年要…。具体而言是重点做好五件事：, 各供热企业要…。具体相关要求如下：); else None."""
    lead_in = next((line.strip() for line in reversed(lines) if line.strip()), "")
    # (…活动，即: the list's namely; not 立即, 随即 where a line broke; 会议要求，各单位 ⏎
    # 一要…: the units asked, whose items were cut from after them)
    if not (lead_in.endswith(("：", ":")) or re.search(r"(?:^|[，,。])即$", lead_in) or
            owners.asks_units_at_end(lead_in)):
        return None
    sentences = [s for s in re.split(r"(?<=[。！？])", lead_in) if s.strip()]
    if len(sentences) > 1 and _LEADS_ON.match(sentences[-1]) and \
            units.read(sentences[-1]) is None and \
            owners.asked_in(sentences[-1]) is None and not _OWN_WORK.search(sentences[-1]) and \
            not _CITES.match(sentences[-2]) and not owners.asked_before(sentences[-2]) and \
            owners.asked_in(sentences[-2]):
        return sentences[-2] + sentences[-1]
    return sentences[-1]


# 今年我局重点做好以下工作：: the list is the writer's own work, whoever the sentence before
# asked (我局, 我县, 我们)
_OWN_WORK = re.compile(rf"我们|我(?=[{re.escape(''.join(sorted(units.END_CHARS)))}])")
# 具体而言是…：, 相关要求如下：, 主要做好以下工作：: a sentence that only leads on into the list,
# with no subject of its own (not 会议还部署了以下工作：, which says what else was done)
_LEADS_ON = re.compile(r"^(?:具体|主要|其中|相关|重点|分别)")


# 根据…规定，各级行政机关应于…: a rule a notice cites, no ask of its own (not 按照县委部署，
# 各乡镇要…, an ask on a plan's behalf)
_CITES = re.compile(r"^(?:根据|依据|按照)[^，,。]*(?:规定|条例|办法)")


# (办公室： ⏎ 1、…: the name and its colon, as a list of sections' items heads each)
_UNIT_HEAD = re.compile(r"^(?P<unit>[^\s，。；：:（()）]{2,30})\s*(?:[（(]\s*\d+\s*项\s*[)）])?"
                        r"\s*[：:]?$")


# 4项目标的责任单位均为市发展改革委。 / 该目标责任单位为市经委。: a sentence after items that
# names the owners of the last N of them (or of the one before it)
_COUNTED_OWNERS = re.compile(r"(?:(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*项|该|此|以上)"
                             r"(?:目标|任务|工作|指标|事项)?的?(?:责任单位|牵头单位|责任部门)"
                             r"(?:均|都)?(?:为|是)(?P<units>[^。；;]+)")


def _counted_back(nodes: list[outline.Node], found: dict[int, tuple[str, owners.Owners]],
                  issued: datetime.date | None) -> dict[int, tuple[str, owners.Owners]]:
    """found, where a sentence after a run of items names the owners of the last N of them
    (4项目标的责任单位均为市发展改革委 after items 1-4; 该目标责任单位为市经委 after item 5): each
    of those items that names none has them, and the sentence is no part of the last one's
    words."""
    for k, node in enumerate(nodes):
        text, named = found[id(node)]
        m = _COUNTED_OWNERS.search(text)
        if m is None:
            continue
        said = owners.parse(m.group("units"), issued)
        if not said.names:
            continue
        value = m.group("count")
        count = (int(value) if value.isdigit() else outline.cn_number(value)) if value else 1
        siblings = [n for n in nodes[:k + 1] if n.parent is node.parent and n.kind == node.kind]
        for each in siblings[-count:]:
            words, own = found[id(each)]
            if each is node:
                words = (text[:m.start()] + text[m.end():]).strip().rstrip("。") + "。"
            if not own or each is node:
                found[id(each)] = (words, said if not own else own)
    return found


def _unit_headings(lines: list[str]) -> list[tuple[int, str | None]]:
    """(line, unit) for each line that is one unit's name alone (区委办公室（8项）) over items
    numbered from 1, or over a sentence of its remit and then those items (市人社局 ⏎ 负责…。
    ⏎ （一）…): the unit whose items they are, in a list of several units' items. Written with
    a colon (办公室： ⏎ 1、…), one unit, not many (县直各单位：, 全县中小学校：: a notice's
    addressees); a heading of other words with its colon (工作要求：) is (line, None), the end
    of the unit's items above it."""
    found: list[tuple[int, str | None]] = []
    for at, line in enumerate(lines):
        text = line.strip()
        if outline.marker(text) is not None:
            continue
        # (the next two lines that are not blank, within four: its remit, then its first item)
        after = [later.strip() for later in lines[at + 1:at + 5] if later.strip()]
        following = after[0] if after else ""
        if following and _DUTY_LINE.match(following) and len(after) > 1:
            following = after[1]  # 市劳动保障局 ⏎ 负责农民工工资的清欠工作。 ⏎ （一）…: its remit
        item = outline.marker(following)
        if item is None or item[1] != 1:
            continue
        m = _UNIT_HEAD.match(text)
        read = units.read(m.group("unit"), organs_only=True) if m else None
        colon = text.endswith(("：", ":"))
        # (县直各单位：, 全县中小学校：: many units, a notice's addressees)
        many = colon and m is not None and departments.placeholder(m.group("unit"))
        if m and read is not None and len(read.names) == 1 and not many:
            found.append((at, m.group("unit")))
            continue
        if colon and len(text) <= _LABEL_HEADING:
            found.append((at, None))  # (工作要求：: the units' list has ended)
            continue
        # 能源提升工程（分管领导：黄楚平；牵头部门：省发改委、省能源局）。: a heading with no
        # number of its own whose marker names the units of the items under it
        # (a bracket alone on its line, （以下任务除注明外，均由A牵头）, is a rule its part
        # states: the carried lead, read as such in the part and nowhere else)
        end = owners.marker_at_end(text)
        if end is not None and 0 < end[0] <= _HEADING_WORDS and "。" not in text[:end[0]]:
            found.append((at, end[1]))
    return found


_HEADING_WORDS = 30  # the words before a heading's owner marker: a short title
_LABEL_HEADING = 12  # characters of a heading of words with its colon (工作要求：)
# the words a unit's duties open with (负责…, 牵头…, 做好…); not a duty named inside them
# (检查院感防控职责落实情况: the hospital is where it is checked)
_DUTY_WORDS = r"(?:主要)?(?:负责(?!人|同志)|职责|牵头|配合|协助|承担|做好|落实)"
# (or a duty's own verb or manner, 依法开展…, 会同…, 把…纳入…, 积极做好…: the work a unit does,
# not 检查…, what is checked at a place; nor work told as done, 建立于1958年…, …圆满完成了…,
# though a duty may say its time, 负责于2024年6月底前完成…)
_FOUNDED = re.compile(rf"^(?!{_DUTY_WORDS})[\u4e00-\u9fff]{{1,3}}于(?:19|20)\d\d年"
                      r"(?![^，,。；;]{0,8}前)")
_DUTY_OPENING = re.compile(rf"{_DUTY_WORDS}|依法|积极|主动|会同|协同|加强|完善|建立|健全|制定|"
                           r"督促|指导|协调|把|将")
def _run_in_duties(unit: str, duties: str) -> bool:
    """Whether the words after a run-in item's unit name (区住建局。排查…) are that body's
    duties, whatever verb they open with: not what is checked at a place, nor what was found,
    scored or praised of it."""
    return owners.is_body(unit, kinds=True) and not _CHECKED_AT.match(duties) and \
        not _FOUND_OR_RATED.search(re.split(r"[，,。；;]", duties)[0]) and \
        not _PRAISED.search(duties.split("。")[0])


# what is checked at a place (县人民医院。检查发现…, 抽查食堂…): its words after its name are
# no duties of its
_CHECKED_AT = re.compile(r"^(?:[检抽督巡]查|暗访|走访)")
# (县第一中学。发现消防通道堵塞…, 区住建局。考核得分95分…, 县交通运输局。工作进展缓慢…, 县公安局。
# 破获案件120起，成绩突出: what was found, scored or praised of a unit, no duty)
_FOUND_OR_RATED = re.compile(r"^(?:检查|排查)?发现|^存在|得分\d|等次为|评为|荣获|破获|"
                             r"(?:进展|推进)缓慢|(?:不够|不到位|不完善|滞后)$")
_PRAISED = re.compile(r"受到[^，,。]{0,6}(?:好评|表扬|肯定)|成绩突出|成效显著")
# a unit's remit said in a sentence under its name, before its items
_DUTY_LINE = re.compile(_DUTY_WORDS + r"[：:]?[^。]{2,60}。$")


def _folded_points(nodes: list[outline.Node],
                   issued: datetime.date | None) -> list[outline.Node]:
    """nodes, where an item's points in words (一是…⏎二是…⏎三是…（牵头单位：A）) close with
    one owner marker at the end of the last: the marker is the item's, as in one paragraph
    (split_run_together), so the points go back into the item's words."""
    groups: dict[int, list[outline.Node]] = {}
    for node in nodes:
        if node.kind == "shi" and node.parent is not None:
            groups.setdefault(id(node.parent), []).append(node)
    folded: set[int] = set()
    for group in groups.values():
        last = group[-1]
        if len(group) < 2 or last.owner_lines or \
                owners.marker_at_end(_join(last.text_lines())) is None or \
                any(_text_owners(n, issued)[1] for n in group[:-1]):
            continue
        parent = group[0].parent
        assert parent is not None
        for node in group:
            parent.body += [node.marker + node.head, *node.body]
            parent.time_lines += node.time_lines
            folded.add(id(node))
    return [n for n in nodes if id(n) not in folded] if folded else nodes


def _title(node: outline.Node) -> str:
    """A heading's title, without the owner marker it may end with."""
    head = node.head.rstrip("。；;")
    end = owners.marker_at_end(head)
    return (head[:end[0]] if end else head).rstrip("。；;，, ") or head


def _unit_parts(nodes: list[outline.Node]) -> dict[int, str]:
    """{id(heading): the unit it names} for the headings that are only a unit's name (一、学院
    办公室 ⏎ （一）负责起草… 二、学工部 ⏎ …), where two or more of their siblings and half of
    them or more are: a plan of duties by unit, each part the duties of the unit heading it."""
    siblings: dict[tuple[int, str], list[outline.Node]] = {}
    for node in nodes:
        siblings.setdefault((id(node.parent), node.kind), []).append(node)
    out: dict[int, str] = {}
    for group in siblings.values():
        # (or a run-in item's first sentence, 3.人民检察院。依法开展…, with words after it)
        # (or a unit's name and its colon before its duties, 2.财政部门：负责筹集…, beside
        # 1.农业部门。 over its points)
        names = {id(n): _labelled_unit(n.head) or (
                     n.head.strip(" 。：:") if n.is_heading() else _first_sentence(n.head))
                 for n in group
                 if _labelled_unit(n.head) or n.is_heading() and len(n.head) <= _UNIT_PART_MAX or
                 not n.is_heading() and _first_sentence(n.head)}
        # (not 成立领导小组, 组建工作专班: the work of setting a body up, no body's name)
        named = {k: name for k, name in names.items()
                 if units.ends_as_name(name) and units.read(name) is not None and
                 not _SETS_UP.match(name)}
        if len(named) >= 2 and len(named) * 2 >= len(group) or \
                len(group) == 1 and named and _duties_below(group[0], nodes):
            out.update(named)
    return out


def _duties_below(heading: outline.Node, nodes: list[outline.Node]) -> bool:
    """Whether every item under a heading opens with a duty of its own (（一）县环保局 ⏎
    1.负责… ⏎ 2.承担…): a lone unit's heading over its duties, the page cut after it or the
    plan giving one unit its part, as a plan of duties by unit does each; not items that
    name their own units (（一）县第一中学 ⏎ 1.牵头负责：县教育局，… ⏎ 2.落实资金保障：县财政局
    负责: a project's name over its owners)."""
    below = [n for n in nodes if n.parent is heading]
    return bool(below) and all(_OWN_DUTY_OPENS.match(n.head) for n in below)


# 负责…, 主要负责…, 承担…: a duty in the words of the unit above, no field naming another
_OWN_DUTY_OPENS = re.compile(r"(?:主要|具体)?(?:负责|承担)(?!人|同志|单位|部门)"
                             r"(?![^，,。；;]{0,4}[：:])")


# a label's body doing a duty of its own (物业服务企业：负责…), not a place an organ inspects
_OWN_DUTY = re.compile(r"(?:负责|牵头)")


def _organs_head(heading: owners.Owners) -> bool:
    """Whether the owners a heading names are organs by name (县市场监管局), not a body of
    members or of every one of a kind (领导小组成员单位, 各部门)."""
    return bool(heading.names) and all(units.read(name, organs_only=True) is not None and
                                       not name.startswith("各") and
                                       not re.search(r"成员(?:单位)?$", name)
                                       for name in heading.names)


def _names_organ(name: str | None) -> bool:
    """Whether a heading's units are an organ's name (县农牧局), not work's words (强化部门)."""
    return name is not None and units.read(name, organs_only=True) is not None


def _labelled_unit(head: str) -> str:
    """The unit's name before the colon an item opens with (财政部门：负责… -> 财政部门), where
    short enough to be a name; else ""."""
    labelled = owners.unit_label(head)
    # (its duties after the colon, 负责…; not 宣传氛围组：（王静副校长牵头）, a group's heading)
    return labelled[0] if labelled and len(labelled[0]) <= _UNIT_PART_MAX and \
        re.match(_DUTY_WORDS, head[labelled[1]:].lstrip()) else ""


def _first_sentence(head: str) -> str:
    """A run-in item's first sentence where it is short enough to be a unit's name and words
    follow it (人民检察院。依法开展… -> 人民检察院), else ""."""
    first, end, rest = head.partition("。")
    return first if end and len(first) <= _UNIT_PART_MAX and rest.strip() else ""


_UNIT_PART_MAX = 15  # characters: a unit's name, not a heading's phrase
# (not 组织部, 组织部门, 实施单位: bodies whose names open so)
_SETS_UP = re.compile(rf"^(?:成立|组建|筹建|增设|抽调|设立|建立|召开|组织|壮大|引进|培育|扶持|打造|"
                      rf"招引|做强|做大|{owners.WORK_VERBS})"
                      r"(?!部|单位|主体|人事)")


def _helper_lines(nodes: list[outline.Node]) -> set[int]:
    """The ids of the items whose owners a line of helpers alone gives (协助单位：A, 工作配合
    部门：B): its own, or the one closing the items of its group."""
    out: set[int] = set()
    for group in _point_groups(nodes):
        closing = group[-1].owner_lines
        for node in group:
            lines = node.owner_lines or closing
            if lines and all(owners.names_helpers(line) for line in lines):
                out.add(id(node))
    return out


def _point_groups(nodes: list[outline.Node]) -> list[list[outline.Node]]:
    """The items under each item, one list for each kind of numbering under it."""
    groups: dict[tuple[int, str], list[outline.Node]] = {}
    for node in nodes:
        if node.parent is not None:
            groups.setdefault((id(node.parent), node.kind), []).append(node)
    return list(groups.values())


# a working group's roster and its duties' label (组长：张三副组长：李四成员：王五工作职责：),
# the lines run together in an item's words
_ROSTER_LABEL = (r"(?:副?(?:组长|队长|指挥长|总指挥|主任)|成\s*员|组\s*员|负责人|联系人|联络员|"
                 r"(?:主要|工作)?职\s*责)\s*[:：]")
# (a field's value ends where a duty begins, 成员：县公安局、县交通局负责…: the lines joined)
_ROSTER = re.compile(rf"^(?:{_ROSTER_LABEL}(?:(?!{_ROSTER_LABEL}|负责(?!人))[^。；;])*?"
                     rf"(?={_ROSTER_LABEL}|负责(?!人)|$))*(?:(?:主要|工作)?职\s*责\s*[:：])?")


def _own_organ(text: str, opened: owners.Owners | None,
               issued: datetime.date | None) -> owners.Owners | None:
    """The organ an item's words open with, doing its work (read already where the list's
    items mostly open so: opened), else None; none where the work's verb comes first
    (1.指导业主委员会选举…: the bodies it is done to)."""
    if table.WORK_VERB.match(text) or _GUIDING_FIRST.match(text):
        return None
    own = opened or owners.opening_organs(text, issued) or owners.kind_at_work(text, issued)
    return own if own is not None and own.names else None


def _tells_done(words: str) -> bool:
    """Whether words' first clause tells what was done (去年完成了…), no duty."""
    return owners.told_done(re.split(r"[，,。；;]", words)[0])


# a duty's verb that may open an item before the bodies it is done to (指导业主委员会…)
_GUIDING_FIRST = re.compile(r"指导|督促|协助|配合|协调|监督|检查|参与|负责")


def _heading_owners(node: outline.Node, chosen: set[int], issued: datetime.date | None,
                    unit_parts: dict[int, str]) -> owners.Owners:
    """The owners the nearest heading above node names for what stands under it: a marker
    ending its line, 责任单位： lines under it, or the heading's own words where it is a
    unit's name among such (unit_parts); none where no heading does."""
    for above in node.ancestors():
        if id(above) in chosen:
            break  # a task's own words are not a heading's
        said = owners.heading_owners(above.head) or unit_parts.get(id(above))
        if said is not None:
            named = owners.parse(said, issued)
        elif above.owner_lines:
            named = owners.parse("；".join(above.owner_lines), issued)
        elif (duties := _duties_holder(above.head, issued)) is not None and duties.names and \
                not _tells_done(node.head):
            # (1.市、县统计机构，…。主要职责是： ⏎ （1）…: the units whose duties the nearer
            # heading leads into, not those of the part over it, 一、各级…统计机构的职责; not
            # for a point that tells what was done, （1）去年完成了…)
            named = duties
        else:
            # a part's preface naming units (…由市政府办公室督办) speaks of the part, not
            # of who does each item
            continue
        if named.names:
            return owners.Owners(leads=list(named.leads), co=list(named.co),
                                 vague=named.vague)
    return owners.Owners()


def _led_by_heading(node: outline.Node, chosen: set[int],
                    issued: datetime.date | None) -> owners.Owners | None:
    """The organ the nearest heading above node puts at the head of its part's work
    (owners.led_by_heading), else None."""
    for above in node.ancestors():
        if id(above) in chosen:
            return None
        said = owners.led_by_heading(above.head)
        if said is not None:
            named = owners.parse(said, issued)
            return named if named.names else None
    return None


def _addressed_heading(node: outline.Node, chosen: set[int],
                       issued: datetime.date | None) -> owners.Owners | None:
    """The units the heading right above node opens addressed to (三、各校要…), else None."""
    above = node.parent
    if above is None or id(above) in chosen:
        return None
    asked = owners.addressed_units(above.head)
    # (the duties it leads into, not what was done, （1）去年完成了…)
    named = owners.parse(asked, issued) if asked is not None else \
        _duties_holder(above.head, issued) if not _tells_done(node.head) else None
    return named if named is not None and named.names else None


def _duties_holder(lead_in: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units whose duties a list's lead-in says its items are (市卫健委的主要职责是：,
    …。具体职责包括：), else None."""
    lead_in = _ARTICLE_MARK.sub("", lead_in.strip())
    asked = None
    duty = _DUTIES_ARE.match(lead_in)
    if duty is not None:
        # 各级党委（党组）主要承担的网络安全责任是：
        # (not 追究各级党委（党组）责任：, 检查考核各乡镇的主要任务：: what is done to them)
        # (联席会议的主要职责是：: the body the page's rules are for, by its kind)
        asked = duty.group("units") if (
            units.read(duty.group("units")) is not None or
            re.fullmatch(owners.BODY_KINDS, duty.group("units"))) and \
            not _ACTS_ON.match(duty.group("units")) else None
    below = _DUTIES_BELOW.match(lead_in) if asked is None else None
    if below is not None and units.read(below.group("units")) is not None:
        # (第六条 市经信委是全市政务外网的主管部门，负责以下工作：, 县应急局履行下列职责：)
        asked = below.group("units")
    listed = _DUTIES_LISTED.search(lead_in) if asked is None else None
    if listed is not None:
        # 第三条 公安机关依法对民宿实施治安管理。具体职责包括：: the unit the sentence before
        # the list's lead-in opens with, doing the work the list parts into duties
        # (领导小组办公室设在市政府法制办，…。具体职责是：: the organ it opens with, set up)
        asked = owners.doer(lead_in[:listed.start()])
        first = re.split(r"[，,。；;]", lead_in, maxsplit=1)[0]
        if asked is None and first != lead_in[:listed.start()] and \
                units.read(first, organs_only=True) is not None:
            # (市、县统计机构，执行综合统计职能，负责…。主要职责是：: the units its first
            # clause is, all of it, said what they are before the duties they hold)
            asked = first
        if asked is None and (body := _BODY_DOES.match(lead_in)) is not None:
            # (联席会议在市政府统一领导下，组织协调…。主要职责如下：: the body the page's rules
            # are for, by its kind, doing the work the list parts into duties)
            asked = body.group("body")
        if asked is None and not _SETTING_UP.search(lead_in[:listed.start()]):
            # (not 市政府成立…领导小组。具体职责是：: the organ that sets the body up, whose
            # duties the list is not)
            return owners.opening_organs(lead_in[:listed.start()], issued)
    return owners.parse(asked, issued) if asked is not None else None


_SETTING_UP = re.compile(r"成立|组建|设立|下设")  # (…决定成立…指挥部，…下设办公室)
# a body by its kind opening a lead-in, at its work (联席会议在市政府领导下，…, 领导小组负责…)
_BODY_DOES = re.compile(rf"^(?P<body>{owners.BODY_KINDS})(?=在|负责|主要|统筹|组织|[，,])")
# 第五条 驻村工作队的职责是：: an article's number before its lead-in, where the page's
# articles are no items of their own
_ARTICLE_MARK = re.compile(r"^第[一二三四五六七八九十百零〇]{1,5}条\s*")


# …。具体职责包括：, …，其主要职责是：: the words that lead into the list of a unit's duties
_DUTIES_LISTED = re.compile(r"[。，,；;]\s*(?:其|具体|主要|其主要|工作)*职责"
                            r"(?:包括|是|为|如下|有)[：:]$")


# the unit, what it is, then the duties it does listed below: 市经信委是…主管部门，负责以下
# 工作：, 县应急局履行下列职责：, 市场监管部门主要负责以下事项：
_DUTIES_BELOW = re.compile(r"^(?P<units>[^，,。；;：:“”\s]{2,30}?)(?:是[^，,。；;：:]{2,30}?[，,])?"
                           r"(?:主要|具体|应当|分别)?(?:负责|履行|承担|做好)(?:以下|下列|如下)"
                           r"(?:工作|职责|事项|任务|工作职责)?[：:]$")
_ACTS_ON = re.compile(r"^(?:追究|免除|免予|问责|检查|考核|督查|督促|指导|协调|对)")
# a heading that says its units' duties are the items below it: 各级党委（党组）主要承担的网络
# 安全责任是：, 市卫健委的主要职责是：
_DUTIES_ARE = re.compile(r"^(?P<units>[^，,。；;：:“”\s]{2,30}?)(?:的|主要|应当|要|须|具体)*"
                         r"(?:(?:承担|履行|负有|负)[^，,。；;：:]{0,12}?(?:责任|职责)|职责|"
                         r"(?:(?<=主要)|(?<=的))职能|责任|"
                         r"主要任务|工作任务)(?:是|为|包括|有)?[：:]$")


def _owned_by_mark(node: outline.Node) -> bool:
    """Whether an item's owners stand in a marker or a label of its own (…（A负责）, 牵头单位：
    A, a line of owners under it), not in its sentences."""
    text = _join(node.text_lines())
    return bool(node.owner_lines or owners.marker_at_end(text) or owners.notes_in(text) or
                owners.INLINE_LABEL.search(text))


# a clause of units and their part alone (县教育局负责, 县卫健局、县财政局配合)
_ROLE_ONLY = re.compile(r"[^，,。；;]{2,40}?(?:具体|分别|共同|积极)?"
                        r"(?:负责|牵头|配合|参与|协助|协同|协办)"
                        r"(?:(?:组织|督促|抓好|具体)?(?:落实|实施))?")


def _one_of_the_shares(text: str, start: int, issued: datetime.date | None) -> bool:
    """Whether the closing sentence that says who, from start, is one of the item's sentences
    that each open with units of their own (…。县教育局负责规划。县财政局负责资金保障。),
    not a clause after the work (…，区水务局牵头。) nor the only sentence that names units."""
    # (…；区林业局负责…。: the last clause of a list parted by ；, never the whole item's)
    if start > 0 and text[start - 1] in "；;":
        return True
    if start == 0 or text[start - 1] not in "。！":
        return False
    # (县教育局负责。 县农业农村局牵头，县卫健局配合。: who does the whole item, no work of its
    # own to be a share)
    clauses = [c for c in re.split(r"[，,。；;！]", text[start:]) if c.strip()]
    # (…配合，2024年9月底前完成。: the time it closes with is the whole item's too)
    if all(_ROLE_ONLY.fullmatch(c.strip()) or owners.when_only(c.strip()) for c in clauses):
        return False
    closing = _subject(text[start:], issued)
    before = [_subject(s, issued) for s in re.split(r"(?<=[。！])", text[:start]) if s.strip()]
    return closing is not None and any(
        found is not None and found.names != closing.names for found in before)


def _owners(node: outline.Node,
            issued: datetime.date | None) -> tuple[str, owners.Owners]:
    """(the item's text without its owner marker, the owners it names)."""
    text, found = _text_owners(node, issued)
    if not found and node.is_heading() and node.body:
        # （一）推进一网通办（市政务服务局牵头） over its text: the heading says who
        head = owners.heading_owners(node.head)
        if head is not None:
            return text, owners.parse(head, issued)
    return text, found


def _text_owners(node: outline.Node,
                 issued: datetime.date | None) -> tuple[str, owners.Owners]:
    text = _join(node.text_lines())
    end = owners.marker_at_end(text)
    if end is not None:
        start, content = end
        # an item of several sentences, each closed by its own marker (…。（A、B负责）完善…。
        # （C负责）): all of them name the item's owners, in their order
        earlier = owners.closing_markers(text[:start])
        return text[:start].rstrip(), owners.parse("；".join(earlier + [content]), issued)
    if node.owner_lines:
        return text, owners.parse("；".join(map(_unwrapped, node.owner_lines)), issued)
    notes = owners.notes_in(text)  # …（牵头单位：A）… / 推进…（A牵头，B配合）。…
    if notes is not None:
        return notes[0], owners.parse("；".join(notes[1]), issued)
    inline = owners.INLINE_LABEL.search(text)
    if inline and len(text) - inline.start() < 200:
        # the label's value ends with its sentence, and the labelled ones after it go with
        # it (。完成时限：…); a sentence of words (。其中，…为舒城县。) is a note on the work
        sentences = text[inline.start():].split("。")
        kept = [sentences[0]]
        for sentence in sentences[1:]:
            if not owners.FIELD_LABEL.match(sentence.strip()):
                break
            kept.append(sentence)
        return text[:inline.start()].strip(), owners.parse("。".join(kept), issued)
    said = owners.owner_sentence(text, issued)
    if said is not None and _one_of_the_shares(text, said[0], issued):
        # 县教育局负责规划。县财政局负责资金保障。: the closing sentence is one unit's share of
        # the item among others, not who does the whole of it (by_subject parts them)
        said = None
    if said is not None:
        start, found = said
        if owners.opens_with_subject(text[start:]):
            # A、B负责提供…，C负责提供…: the clause is one of the sentence's duties, each
            # with its subject (owners.leading_subject reads them all)
            subject = owners.leading_subject(text, issued)
            if subject is not None and set(found.names) <= set(subject.names):
                return text, subject
        # a clause after a comma (…，区水务局牵头，各街道参与。) goes with its comma; the
        # time it closes with (…配合，年底前完成。) stays with the work
        said_text, _, after = text[start:].partition("。")
        pieces = re.split(r"[，,]", said_text)
        when: list[str] = []
        while len(pieces) > 1 and owners.when_only(pieces[-1]):
            when.insert(0, pieces.pop())
        work = text[:start].rstrip("，, ")
        if when:
            # (after a title sentence's 。 the time opens a sentence of its own)
            work += ("" if work.endswith(_SENTENCE_ENDS) or not work else "，") + \
                "，".join(when) + "。"
        return (work + after).strip(), found
    # 由副市长负责，市发改委牵头，相关部门配合，尽快…: who, in clauses before the work
    subject = owners.opening_roles(text, issued) or \
        owners.leading_subject(text, issued)  # 文明办负责协调…: the sentence's subject
    if subject is not None:
        return text, subject
    glued = owners.label_without_colon(text, issued)  # …垃圾责任单位环卫公司、执法七中队
    if glued is not None:
        return text[:glued[0]].rstrip("，, "), glued[1]
    for k, line in enumerate(node.body):
        answer = owners.opinion_line(line, issued)  # 发展改革委意见：… under a request
        if answer is not None:
            return text, answer
        # a line of its own under the item: 整改要求：由县环卫站负责清除… (the first line of a
        # heading's text only after a label: 由A牵头建立… opening an item's words is theirs)
        if k == 0 and node.is_heading() and not re.match(r"^[\u4e00-\u9fff]{2,6}[:：]", line):
            continue
        by = owners.by_line(line, issued)
        if by is not None:
            return text, by
    asked = _asked_after_title(text, issued) if node.kind == "shi" else None
    if asked is not None:
        return text, asked
    return text, owners.Owners()


_TITLE_SENTENCE_MAX = 16  # characters: a run-in item's title (强化责任意识。), no sentence of work


def _asked_after_title(text: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units the first sentence after a run-in item's short title asks (一要强化责任意识。
    泉州是文物大市，…，市、县文旅部门、各文物相关单位都要…: those units), where no sentence
    before it names any; else None."""
    sentences = [s.strip() for s in re.split(r"[。！]", text) if s.strip()]
    # (1.制定…办法。2006年12月31日前，市交委牵头，市财政局配合，制定…: the units leading
    # and helping right after the time the title's work is due, whatever the title's length,
    # or the organ doing it, 2.抽查阶段。5月31日前，市文物局组织…; not …。区财政局牵头，…做好
    # 资金保障, another's work after a sentence)
    shared = _owned_after_time(sentences[1], issued) if len(sentences) > 1 else None
    if shared is not None:
        return shared
    if len(sentences) < 2 or len(sentences[0]) > _TITLE_SENTENCE_MAX or \
            any(map(owners.opens_with_organ, re.split(r"[，,；;]", sentences[0]))):
        return None  # (加强督导，县防汛办每周通报一次。: a title that names its own)
    for sentence in sentences[1:]:
        if owners.TOLD_DONE.search(sentence):
            continue  # (上半年，市粮食局要对…进行了全面清查，未发现问题: work told of as done)
        for clause in re.split(r"[，,；;]", sentence):
            # (an organ, 县住建局, or the governments of places, 各村, 项目建设县区; not
            # 垃圾排放场要远离…, a thing the work is about)
            asked = owners.addressed_units(clause.strip())
            # (every one of a kind of body, 各校园; not every kind of thing, 各类…要…, nor
            # a site, 各施工现场要…)
            if asked is not None and owners.works_as_body(asked):
                return owners.parse(asked, issued)
    return None


def _owned_after_time(sentence: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units a sentence that opens with a time gives its work to: those leading and
    helping (2006年12月31日前，市交委牵头，市财政局配合，…), else the organ doing it (5月31日前，
    市文物局组织…); None for a sentence that opens otherwise."""
    at = opening_time(sentence)
    if at is None:
        return None
    shared = owners.duty_clauses(sentence, issued)
    if shared is not None and shared.leads:
        return shared
    doing = owners.organ_doing(sentence[at:], issued)
    return doing if doing is not None and doing.names else None


def _unwrapped(line: str) -> str:
    """An owner line without the bracket around all of it: （责任单位：A、B） -> 责任单位：A、B;
    a line of bracketed fields, each its own (〔责任单位：A、B〕〔完成时限：…〕), as one."""
    content = owners.bare_marker(line)
    if content is not None:
        return content
    # (〔责任单位：A〕 〔完成时限：…〕: the spaces a page leaves between fields are nothing)
    bare = re.sub(r"(?<=[）)\]】〕])\s+(?=[（(\[【〔])", "", line.strip())
    fields = owners.top_brackets(bare)
    if len(fields) >= 2 and sum(e - s for s, e, _ in fields) == len(bare):
        return "；".join(content for _, _, content in fields)
    return line


def _owners_by_item(nodes: list[outline.Node], issued: datetime.date | None
                    ) -> tuple[dict[int, tuple[str, owners.Owners]], set[int]]:
    """({id(item): (its text without its owner marker, the owners it names)}, the ids of the
    items a marker after their last point closes): with the owners a line closing a group's
    points gives each point (_group_owners) or gives the item over them (_closed_items),
    and those a count after the items gives back (_counted_back)."""
    found = _group_owners(nodes, {id(node): _owners(node, issued) for node in nodes})
    closed = _closed_items(nodes, found)
    found = _counted_back(nodes, found, issued)
    unit_parts = _unit_parts(nodes)
    # (an item owned or dated outside the plan's framing and the units' own parts)
    competing = bool(unit_parts) and any(
        (found[id(n)][1] or not _undated(in_text(n.head, issued or SOME_DAY)[1])) and
        not n.framing()
        for n in nodes if id(n) not in unit_parts)
    for node in nodes:
        unit = unit_parts.get(id(node)) if node.is_heading() and not competing else None
        if unit is not None and not found[id(node)][1] and node.body and \
                re.match(_DUTY_WORDS, node.body[0]) and not owners.told_done(node.body[0]):
            # (（一）县交通局： ⏎ 负责…: a unit's duties under its name, its own as any
            # item's owners are, when the tasks are chosen, where no item owned outside the
            # plan's framing competes: not findings or results told per unit, 县交通局： ⏎
            # 落实…不到位)
            found[id(node)] = (found[id(node)][0], owners.parse(unit + "负责", issued))
    return found, closed


def _says_its_work(node: outline.Node) -> bool:
    """Whether an item's line says its work in a sentence of its own (提升跨境贸易便利化
    水平。, 深化…改革。围绕…集成办理：), not a title (1.完善应急预案体系) or a label that leads
    into its points (重点开展以下专项整治：)."""
    head = node.head.rstrip()
    return head.endswith(_SENTENCE_ENDS) or "。" in head


def _leads_into_points(node: outline.Node) -> bool:
    """Whether an item's line is a label that leads into its points (重点开展以下专项整治：,
    （1）年度主要任务与要求：): a colon at its end, no sentence of its own before it."""
    return node.head.rstrip().endswith(("：", ":")) and "。" not in node.head


def _closed_items(nodes: list[outline.Node], found: dict[int, tuple[str, owners.Owners]]
                  ) -> set[int]:
    """The ids of the items an owner marker on a line of its own after their last point
    closes, where the item says its work in a sentence and no point names owners (found
    updated in place: the item takes the marker's owners, its last point loses them):

        1. 提升跨境贸易便利化水平。
        （1）…2024年底前…；
        （2）2025年6月底前…。
        （海关…、省商务厅按职责分工负责）

    The marker closes the whole item, as those of the items beside it close theirs. (Over a
    title or a label, 1.完善应急预案体系 or 重点开展以下专项整治：, the points are a group,
    and the line closing them is each point's: _group_owners.)"""
    points: dict[int, list[outline.Node]] = {}
    for node in nodes:
        if node.parent is not None:
            points.setdefault(id(node.parent), []).append(node)
    closed: set[int] = set()
    for node in nodes:
        under = points.get(id(node), [])
        if len(under) < 2 or found[id(node)][1] or not _says_its_work(node):
            continue
        last = under[-1]
        if last.owner_lines or not last.body or not found[id(last)][1] or \
                any(found[id(n)][1] for n in under[:-1]) or \
                owners.bare_marker(last.body[-1]) is None:
            continue
        found[id(node)] = (found[id(node)][0], found[id(last)][1])
        found[id(last)] = (found[id(last)][0], owners.Owners())
        closed.add(id(node))
    return closed


def _group_owners(nodes: list[outline.Node], found: dict[int, tuple[str, owners.Owners]]
                  ) -> dict[int, tuple[str, owners.Owners]]:
    """found, with the owner line that closes a group of sub-items given to each of them:

        1.完善应急预案体系
        (1)加强应急预案管理…  (2)…  (3)…  (4)…
        (责任单位：市应急办、各县(市、区)人民政府)

    An owner line of its own under the last item of a group (the items under one heading,
    of one kind), where no other item of the group names owners, belongs to the group: each
    item is a task with those owners. Items at the top have no group: a plan's last part is
    not the rest's owner."""
    for group in _point_groups(nodes):
        last = group[-1]
        # (a bare marker on the last line, （县应急局负责）, closes the group too where the item
        # over it is a title or a label, 1.完善应急预案体系, 重点开展以下专项整治：)
        parent = group[0].parent
        marker = parent is not None and not _says_its_work(parent) and bool(last.body) and \
            owners.bare_marker(last.body[-1]) is not None
        if len(group) < 2 or not (last.owner_lines or marker):
            continue
        owned = [k for k, n in enumerate(group) if found[id(n)][1]]
        # the items each owner line closes: since the one before it
        runs = [b - a for a, b in zip([-1, *owned], owned, strict=False)]
        if owned[:-1] and sum(run >= 2 for run in runs) >= 2 and \
                all(group[k].owner_lines for k in owned):
            # (⑴… ⑵… ⑶… 责任部门：A ⏎ ⑷… 责任部门：B ⏎ ⑸… ⑹… 责任部门：C: each owner line
            # of its own closes the items since the one before it, as two close several;
            # not where the lines close one item each but the first, 1.… ⏎ 2.… 责任单位：A ⏎
            # 3.… 责任单位：B ⏎ 4.… 责任单位：C: each line its item's, the first none's)
            for k, node in enumerate(group):
                after = next((j for j in owned if j >= k), None)
                if after is not None and after != k:
                    found[id(node)] = (found[id(node)][0], _shared(found[id(group[after])][1]))
            continue
        if owned[:-1]:
            continue
        named = found[id(last)][1]
        if not named.names:
            continue
        for node in group[:-1]:
            found[id(node)] = (found[id(node)][0], _shared(named))
    return found


def _shared(named: owners.Owners) -> owners.Owners:
    """An owner line's owners as the items it closes each take them."""
    return dataclasses.replace(named, carry=[], carry_leads=False, first_leads=False,
                               first_leads_after=False)


_FEW_OWNED = 4  # a level where fewer than one item in this many names owners: by chance


def _by_chance(work: list[outline.Node], owned: list[outline.Node],
               found: dict[int, tuple[str, owners.Owners]],
               issued: datetime.date | None) -> bool:
    """Whether the few owned items of a level name their owners by chance: with the items
    that say who in their words (…，由区总工会制定慰问方案), still fewer than one in _FEW_OWNED
    of the level's work."""
    saying = len(owned)
    for node in work:
        if saying * _FEW_OWNED >= len(work):
            return False
        if node not in owned and (owners.addressed_to(found[id(node)][0]) is not None or
                                  owners.closing_by(found[id(node)][0], issued) is not None):
            saying += 1
    return saying * _FEW_OWNED < len(work)


def _task_nodes(nodes: list[outline.Node], found: dict[int, tuple[str, owners.Owners]],
                issued: datetime.date | None) -> list[outline.Node]:
    """The items that are the tasks: those of the level where owners attach (a heading that
    names owners at the end of its line, over numbered items, lends them to those items);
    in a plan that names none, the level with the most items outside the framing parts,
    among those where deadlines attach if any do. Every plan with numbered items gives
    some."""
    children: dict[int, list[outline.Node]] = {}
    for node in nodes:
        if node.parent is not None:
            children.setdefault(id(node.parent), []).append(node)
    # (二、组织单位：共青团市委、市青年志愿者协会 among 一、活动主题：… 三、时间地点：…: a field
    # of the plan naming who runs all of it, no item of work whose owners mark a level)
    owned = {id(n): bool(found[id(n)][1]) and
             not (n.parent is None and id(n) not in children and _field_of_plan(n))
             for n in nodes}
    # (一、县教育局负责统筹协调。 ⏎ 1.各学校要… ⏎ 2.县公安局要…: points each asking units of
    # their own name them, as a marker would, under a part that names its own)
    for n in nodes:
        if not owned[id(n)] and n.parent is not None and owned[id(n.parent)] and \
                id(n) not in children and not n.framing() and \
                owners.addressed_to(found[id(n)][0], every_kind=True) is not None:
            owned[id(n)] = True
    # 1、公交一体化（承办单位：县交运局） with no items under it, beside 2、医疗惠民工程（承办
    # 单位：县卫生局） over its progress points (1)(2)(3): the marked level is the tasks'
    marked: dict[tuple[int, str], list[bool]] = {}  # (parent, kind) -> each marked: a leaf?
    for n in nodes:
        if n.is_heading() and owners.heading_owners(n.head) is not None:
            marked.setdefault((id(n.parent), n.kind), []).append(id(n) not in children)
    # (where half of them or more are: 三、生态环境（区生态环境局负责） alone with no items,
    # beside parts over their items, lends as its siblings do)
    leaf_owned = {key for key, leaves in marked.items() if sum(leaves) * 2 >= len(leaves)}
    for node in nodes:
        if id(node) in children and node.is_heading() and \
                owners.heading_owners(node.head) is not None and \
                (id(node.parent), node.kind) not in leaf_owned:
            # 三、城市建设（区住建局牵头） over 1. 2. 3.: the owners are the items'
            owned[id(node)] = False
            under = children[id(node)]
            if len(under) == 1 and _leads_into_points(under[0]) and \
                    len(children.get(id(under[0]), [])) >= 2:
                # （一）综合办公室 ⏎ （1）年度主要任务与要求：①…；②…: one label leading into
                # the items, theirs
                under = children[id(under[0])]
            for child in under:
                owned[id(child)] = True
    unit_parts = _unit_parts(nodes)
    groups: dict[tuple[int, str], list[outline.Node]] = {}
    for node in nodes:
        groups.setdefault((id(node.parent), node.kind), []).append(node)
    for group in groups.values():
        # (（一）县信访局： ⏎ 1、… 2、… beside （二）各乡镇、各单位: headings that are only their
        # units' names, every one of them, over the items of each unit's duties, name those
        # items' owners as a marker would, whatever another part names of its own; not where
        # none is an organ's, （一）危化品企业： over the checks made on them; not where some are
        # no unit's, 7、财务处 read or not beside 9、保卫部(处), nor where some hold their duties
        # in words of their own, （四）工商部门 ⏎ 查处…, tasks of that level beside the points
        # of the others)
        if not all(id(n) in unit_parts and (id(n) in children or not _holds_words(n))
                   for n in group) or \
                not any(units.read(unit_parts[id(n)], organs_only=True) is not None
                        for n in group):
            continue
        for node in group:
            if id(node) in children and node.is_heading():
                owned[id(node)] = False
                for child in children[id(node)]:
                    owned[id(child)] = True
    for node in nodes:
        # (1.市、县统计机构，执行综合统计职能…。主要职责是： ⏎ （1）… （2）…: an item naming its
        # units only to lead into their duties, its points; they are the items owned)
        if owned[id(node)] and _leads_into_duties(node, children, issued):
            owned[id(node)] = False
            for child in children[id(node)]:
                owned[id(child)] = True
    by_kind: dict[str, list[outline.Node]] = {}
    for node in nodes:
        if node.kind != "group":  # a title over loose bullets heads them, it is none of them
            by_kind.setdefault(node.kind, []).append(node)
    rank = outline.KINDS.index
    owned_count = {k: sum(owned[id(n)] for n in group) for k, group in by_kind.items()}
    if any(owned_count.values()):
        kind = max(owned_count, key=lambda k: (owned_count[k], rank(k)))
        group = by_kind[kind]
        # a part whose items name owners keeps its others (an opening 目标 item); a part
        # with none of them is framing or a list of another kind
        # (an item addressed to its organs, 省教育厅要会同…, names them too: its part is one
        # of the work's, though no marker says so)
        parts_with_owners = {_part_key(n) for n in group if owned[id(n)]} | \
            {_part_key(n) for n in group if not n.framing() and
             owners.addressed_to(found[id(n)][0]) is not None}
        work = [n for n in group if not n.framing()]
        if _by_chance(work, [n for n in group if owned[id(n)]], found, issued):
            # (（八）排污企业承担… and （二十一）发展改革委、财政部要… in a plan of nineteen
            # measures that name no one: owners said in passing, here and there, no sign of
            # which parts hold the work; they all do)
            parts_with_owners |= {_part_key(n) for n in work}
        chosen = [n for n in group if owned[id(n)] or
                  (_part_key(n) in parts_with_owners and not n.framing())]
        # (二、主要任务 ⏎ 1.… 2.… 3.… beside 四、职责分工 whose sentence names the office:
        # a heading of no words of its own over its items; not 一、申报条件, 二、补助标准:
        # conditions, standards, no work)
        chosen = [m for n in chosen
                  for m in (children[id(n)] if not owned[id(n)] and n.is_heading() and
                            not n.body and len(children.get(id(n), [])) >= 2 and
                            (_NO_WORK_HELD.search(n.head) is None or
                             table.WORK_VERB.match(n.head) is not None) and
                            all(id(c) not in children for c in children[id(n)])
                            else [n])]
        # (五、工作要求 ⏎ 1、各乡镇中心学校要… beside 四、 over （一）（二）: items of another
        # level, each addressed to its organs, name them as a marker would)
        addressed = {id(n) for n in nodes if id(n) not in children and n.kind != kind and
                     n.parent is not None and not n.framing() and
                     owners.addressed_to(found[id(n)][0], every_kind=True) is not None}
        return _with_gaps(nodes, chosen, children,
                          {k: v or k in addressed for k, v in owned.items()}, parts_with_owners)
    # (一、年度主要工作目标 over all the plan's items: the one part that holds items, and
    # frames, is the plan's body, not a frame around it)
    holders = [n for n in nodes if n.parent is None and id(n) in children]
    # (not 一、指导思想 over （一）（二） beside 二、开展…。 三、…: parts that are items of their
    # own hold the work)
    leaves = [n for n in nodes if n.parent is None and id(n) not in children and
              not n.framing() and not n.body]
    framed = (lambda n: n.framing()) if not holders or leaves or \
        not all(n.is_heading() and n.frames() for n in holders) else (lambda n: False)
    fields = _form_fields(nodes)
    substantive = {k: [n for n in group if not framed(n) and n not in fields]
                   for k, group in by_kind.items()}
    # (a campaign's particulars mark no level by their count or their date; kept among the
    # items of the level chosen, whose time they may give)
    particulars = _particulars(nodes, children, found, issued)
    counted = {k: [n for n in group if id(n) not in particulars]
               for k, group in substantive.items()}
    kinds = [k for k in by_kind if substantive[k]]
    if not by_kind:  # (only titles over loose bullets: no item of any level)
        return []
    if not kinds:  # every item frames the plan: its items are still what it asks for
        kind = max(by_kind, key=lambda k: (len(by_kind[k]), rank(k)))
        return by_kind[kind]
    # where no owner is named: the level with the most items, the one whose items close
    # with a deadline (…，9月底前完成) among equals, the deeper among equals still
    dated = {k: any(_attached_deadline(n, found[id(n)], issued) for n in counted[k])
             for k in kinds}
    # (（三）… （四）… ⏎ 第十八条…：（一）… ⏎ 第十九条…: the points of the article a page cut from
    # a rule's middle opens inside are that article's, no level of their own to count)
    articles = [n for n in nodes if n.kind == "tiao"]
    in_articles = {n.kind for n in nodes if n.parent is not None and n.parent.kind == "tiao"}
    # (only where the first article is not the rule's first: a notice's own points before
    # 第一条 of the rule it sends are its work)
    opened_inside = {id(n) for n in nodes if articles and articles[0].number != 1 and
                     n.parent is None and n.line < articles[0].line and n.kind in in_articles}
    kind = max(kinds, key=lambda k: (sum(id(n) not in opened_inside for n in counted[k]),
                                     dated[k], rank(k)))
    chosen = substantive[kind] + _addressed_parts(nodes, substantive[kind], children, found)
    # (第六条 市经信委是…主管部门，负责以下工作： ⏎ （一）… （二）…: an item that only leads into
    # its points, a unit's duties, is them)
    chosen = [m for n in chosen
              for m in (children[id(n)] if _leads_into_duties(n, children, issued) else [n])]
    # (no branch filling here, but for two cases: in a plan that names no one, a part of
    # another level is as likely a part's preface or its 保障措施 as work; a part with no
    # items of its own before a part that holds the tasks, that dates its work
    # (二、制定配套制度 …以上工作要在2019年2月底前完成), is a task of its own, and so is one
    # there whose heading is a piece of work (二、完善流动人口管理工作))
    return _leaf_parts(nodes, chosen, children, found, issued)


def _holds_words(node: outline.Node) -> bool:
    """Whether a node's body holds words of its own, a sentence or a clause closed (not a
    sharing site's note in brackets under it, （未完，全文共1900字，当前显示618字）)."""
    return any(_CLAUSE_CLOSED.search(line) and not _BRACKETED_LINE.match(line.strip())
               for line in node.body)


_CLAUSE_CLOSED = re.compile(r"[。；;]")
_BRACKETED_LINE = re.compile(r"^[（(][^（）()]*[)）]$")


def _leads_into_duties(node: outline.Node, children: dict[int, list[outline.Node]],
                       issued: datetime.date | None) -> bool:
    """Whether node's words only lead into its points, two or more with none below them, as
    a unit's duties (市经信委是…主管部门，负责以下工作：)."""
    under = children.get(id(node), [])
    # (not points that tell what was done, （1）去年完成了经济普查: no duties)
    return len(under) >= 2 and not node.body and \
        all(id(c) not in children for c in under) and \
        not any(_tells_done(c.head) for c in under) and \
        _duties_holder(node.head, issued) is not None


def _addressed_parts(nodes: list[outline.Node], chosen: list[outline.Node],
                     children: dict[int, list[outline.Node]],
                     found: dict[int, tuple[str, owners.Owners]]) -> list[outline.Node]:
    """The items of another level than chosen's in a part that holds none of them, where two
    of them or more are addressed to their organs (五、工作要求 ⏎ 1、各乡镇中心学校要… ⏎ 2、…
    beside 四、 over （一）（二）): the plan's asks there, as a marker would show."""
    held = {_part_key(n) for n in chosen}
    under: dict[int, list[outline.Node]] = {}
    for node in nodes:
        part = node.parent
        if part is not None and part.parent is None and id(part) not in held and \
                not part.framing() and id(node) not in children and not node.framing() and \
                node.kind != chosen[0].kind:
            under.setdefault(id(part), []).append(node)
    return [node for items in under.values()
            if sum(owners.addressed_to(found[id(n)][0], every_kind=True) is not None
                   for n in items) >= 2 for node in items]


def _form_measures(nodes: list[outline.Node], chosen: list[outline.Node],
                   fields: list[outline.Node]) -> list[outline.Node]:
    """The tasks of a form with fields (二、整改实施主体 ⏎ A、B): the items of its parts of work
    (三、整改措施 ⏎ 1.… 2.…), not its parts that state the problem, the target, the state of the
    work or its origin (一、问题描述, 四、目标任务, 六、整改完成情况), nor its fields; where no
    part of work holds items, chosen without those parts."""
    work = [n for n in nodes if n.parent is None and n not in fields and
            (not _FORM_NOT_WORK.search(n.head.strip(" 。：:")) or
             _FORM_WORK.search(n.head))]
    items = [n for n in nodes if n.parent is not None and n.parent in work]
    return items or [n for n in chosen if n.parent is not None or n in work] or chosen


# a form's parts that hold no work: its problem, target, state, origin, time and money (整改问题,
# 目标任务, 整改完成情况, 项目由来, 验收单位, 建设期限, 经费预算)
_FORM_NOT_WORK = re.compile(r"问题|情况|由来|依据|背景|目标|概况|验收|督办|期限|时间|经费|预算|"
                            r"资金")
_FORM_WORK = re.compile(r"措施|举措|内容")  # (整改目标及措施, 建设内容: work all the same)


def _form_fields(nodes: list[outline.Node]) -> list[outline.Node]:
    """The top parts that are a form's fields (二、整改实施主体 ⏎ A、B, 五、完成时限 ⏎ 2024年
    年底), no items of work, where one of them names the owners; a time part alone (二、活动
    时间 ⏎ 3月5日), in a plan with no field of owners, is one of its steps."""
    fields = [node for node in nodes if _field_below(node)]
    return fields if any(not _TIME_HEADING.match(n.head.strip()) for n in fields) else []


def _field_below(node: outline.Node) -> bool:
    """Whether a top part is a form's field, its label the heading and its value the one line
    under it: units (二、整改实施主体 ⏎ 三山经开区党工委、管委会) or a time (五、完成时限 ⏎
    2024年年底。): what the plan's measures are owned or timed by, no work of its own."""
    # (the units' line may have been read as the part's owner line)
    lines = node.body + node.owner_lines
    if node.parent is not None or len(lines) != 1:
        return False
    head, value = node.head.strip(), lines[0].strip().rstrip("。；;")
    if _TIME_HEADING.match(head):
        return is_deadline_clause(value, SOME_DAY)
    return owners.field_label_alone(head) and units.read(value) is not None


def _field_of_plan(node: outline.Node) -> bool:
    """Whether an item is only a label naming units and its value (二、组织单位：A、B), nothing
    of work before the label nor lines under it, or its value on the one line under it (二、
    整改实施主体 ⏎ A、B)."""
    return not node.body and owners.opens_with_unit_label(node.head) or \
        _field_below(node) and not _TIME_HEADING.match(node.head.strip())


def _particulars(nodes: list[outline.Node], children: dict[int, list[outline.Node]],
                 found: dict[int, tuple[str, owners.Owners]],
                 issued: datetime.date | None) -> set[int]:
    """The ids of a campaign's particulars at the top level, items with none under them (一、
    活动主题 ⏎ 关爱生命… 二、活动时间 ⏎ 6月1日至30日 beside 三、活动要求 over （一）（二）（三）):
    no items of work. None where another such item names its owners or its time (四、县应急局于
    6月10日前制定…: work of the top level beside them)."""
    top_leaves = [n for n in nodes if n.parent is None and id(n) not in children]
    named = {id(n) for n in top_leaves if _particular(n.head)}
    work = any(found[id(n)][1] or _attached_deadline(n, found[id(n)], issued) or
               owners.opens_with_organ(found[id(n)][0]) or
               owners.TIME_LIMIT.search(found[id(n)][0])
               for n in top_leaves if id(n) not in named)
    return set() if work else named


def _particular(head: str) -> bool:
    """Whether a part's heading names one of a campaign's particulars (活动主题, 活动时间：6月
    1日至30日, 参加对象, 实施范围), the words before its colon."""
    label = re.split(r"[：:]", head.strip(), maxsplit=1)[0].strip(" 。")
    return _PARTICULAR.fullmatch(label) is not None


_PARTICULAR = re.compile(r"[\u4e00-\u9fff]{0,4}(?:主题|口号|时间|地点|对象|范围)")


def _work_heading(head: str) -> bool:
    """Whether a part's heading is a piece of work, a verb and what it works on (完善流动人口
    管理工作, 推进…), not an aspect of the plan (整治时间, 工作措施) nor a thing named (开展的
    主要工作)."""
    words = head.rstrip("。；;：: ")
    # (…的…: a thing named, 开展的主要工作, not work to do)
    return table.WORK_VERB.match(words) is not None and not outline.ASPECT.search(words) and \
        "的" not in words


def _leaf_parts(nodes: list[outline.Node], chosen: list[outline.Node],
                children: dict[int, list[outline.Node]],
                found: dict[int, tuple[str, owners.Owners]],
                issued: datetime.date | None) -> list[outline.Node]:
    """chosen, with the parts that hold no items before a part that holds chosen ones (not a
    closing part: 加强督促检查, 保障措施), where such a part dates its work in its own words
    or its heading is a piece of work (_work_heading)."""
    picked = {id(n) for n in chosen}
    holders = {id(a) for n in chosen for a in n.ancestors()}
    siblings: dict[tuple[int, str], list[outline.Node]] = {}
    for node in nodes:
        siblings.setdefault((id(node.parent), node.kind), []).append(node)
    extra = set()
    for group in siblings.values():
        last_holder = max((k for k, n in enumerate(group) if id(n) in holders), default=-1)
        for node in group[:max(0, last_holder)]:
            if id(node) in picked or id(node) in children or node.framing():
                continue
            if not node.is_heading() and _run_in_work(node.head) and \
                    not _told_or_charged(node.head.partition("。")[2]):
                # (（一）落实…课堂教学。各学校要… before （二）开展…活动 over its 1. 2. 3.: a part
                # that is a piece of work of its own, its words on its line)
                extra.add(id(node))
                continue
            if not (node.is_heading() and node.body) or \
                    not table.WORK_VERB.search(node.head[:5]):
                # a heading that opens with work to do (制定配套制度, 深入推进…), not a
                # review of the past (1996年地震活动情况, 2018年工作完成情况)
                continue
            if in_text(found[id(node)][0], issued)[1] is not None or _work_heading(node.head):
                extra.add(id(node))
        # (（五）制定预案。…一是…四是… then （六）认真抓好排查工作。各乡镇…: a part after the
        # one holding the tasks, its run-in title a piece of work, and its words after it, is
        # a task too; not 加强督促检查, 保障措施, a closing part's aspect)
        extra |= {id(node) for node in group[last_holder + 1:]
                  if last_holder >= 0 and id(node) not in picked and id(node) not in children
                  and not node.framing() and _run_in_work(node.head)}
    if not extra:
        return chosen
    return [n for n in nodes if id(n) in picked or id(n) in extra]


# (各学校校长是…第一责任人: who answers for the work, stated)
_ANSWERS_FOR = re.compile(r"是[^。；;，,]{0,20}责任人")


def _told_or_charged(words: str) -> bool:
    """Whether a part's words after its run-in title tell its work done (2023年，县政府出台了…;
    县城管局已对…进行摸底) or only say who answers for it, no work to do."""
    first = re.split(r"[。；;]", words.strip(), maxsplit=1)[0]
    return owners.told_done(first) or _ANSWERS_FOR.search(first) is not None


def _run_in_work(head: str) -> bool:
    """Whether an item opens with a short title that is a piece of work, then its words on
    the same line (认真抓好排查工作。各乡镇要…)."""
    title, _, rest = head.partition("。")
    how = _HOW_FIRST.match(title)
    work = title[how.end():] if how else title
    # (not a closing part, 加强督促检查, 强化督查考核, 狠抓工作落实, nor one telling work
    # done, 全年共治理隐患点35处…已全部完成)
    if _CLOSING_WORK.search(work) or _COUNT_DONE.search(rest) or \
            _DONE_AT_END.search(rest.strip()) or _GOING_ON.search(head):
        return False
    # (抓好排查工作: 抓 the verb, whatever the work it grips)
    return bool(rest.strip()) and len(title) <= _RUN_IN_TITLE_MAX and (
        _work_heading(work) or (_MORE_WORK_VERBS.match(work) is not None and
                                not outline.ASPECT.search(work) and "的" not in work) or
        (how is not None and "抓" in how.group(0) and
         not outline.ASPECT.search(work) and "的" not in work))


_RUN_IN_TITLE_MAX = 15
# (推行执业资格准入制度, 打击…, 排查…: work of a part's run-in title beyond table.WORK_VERB's)
_MORE_WORK_VERBS = re.compile(r"推行|推广|实行|打击|排查|清理|查处|取缔|治理")
# …，已全部完成。: a part's words telling its work done
_DONE_AT_END = re.compile(r"已(?:全部|基本|顺利)?(?:完成|建成|到位)[。！]?$")
# the work of a plan's closing parts: overseeing, appraising, leading, carrying it all out
_CLOSING_WORK = re.compile(r"(?<!监)督|考核(?:问责)?$|考评$|保障|组织领导|问责|追究|总结|"
                           r"工作落实")
# (治理工作稳步推进。今年以来…已完成…: a part that reports how its work is going)
_GOING_ON = re.compile(r"稳步推进|成效明显|全面展开|有序推进|以来|已(?:完成|全面|基本|累计)")
# (认真抓好…, 全面完成…, 狠抓…: how the work is done, then the work)
_HOW_FIRST = re.compile(r"^(?:认真|全面|切实|扎实|大力|积极|深入|着力|进一步|狠)(?:抓好|抓)?")


# a part's heading over what the work is measured by or done to, no work (申报条件, 申报材料,
# 补助标准, 参加对象, 整治内容, 运动会名称; not 改善办学条件, 完善标准体系: the work on them,
# a verb of work first)
_NO_WORK_HELD = re.compile(r"(?:条件|材料|标准|对象|范围|名称|人员|资格|定义|分级|种类|类别|"
                           r"(?:整治|检查|考核|评估|审查|排查|评审)内容)$")


def _with_gaps(nodes: list[outline.Node], chosen: list[outline.Node],
               children: dict[int, list[outline.Node]], owned: dict[int, bool],
               parts: set[int | None]) -> list[outline.Node]:
    """chosen, and the items of the branches it leaves out: where a plan's levels are
    uneven (（一）道路建设 over 1. 2., then （二）水利建设 over ①②③, then 二、社会事业 with no
    items under it), the last items of a branch that holds none of the chosen level are
    its tasks, in a part whose tasks name owners or where they name their own."""
    picked = {id(n) for n in chosen}
    holding = set(picked)  # the chosen items and every item above one
    for node in chosen:
        holding.update(id(a) for a in node.ancestors())
    # 1. 2. 3. where 2. holds the chosen points (1)(2): 3., a leaf beside it, is a task too
    beside = {(id(a.parent), a.kind) for node in chosen for a in node.ancestors()}
    extra = {id(n) for n in nodes
             if id(n) not in holding and id(n) not in children and not n.framing()
             and not any(id(a) in picked for a in n.ancestors())
             and (((owned[id(n)] or _part_key(n) in parts)
                   and (n.parent is None or id(n.parent) not in holding))
                  or ((id(n.parent), n.kind) in beside and _task_beside(n, owned[id(n)])))}
    # an item that names owners over points none of which is chosen (2.完善应急预案体系。
    # ⏎ （1）… ⏎ （2）… ⏎ （县应急局负责）, beside a group whose points are the tasks): the
    # item is the task there, not lost with its points
    extra |= {id(n) for n in nodes
              if id(n) in children and owned[id(n)] and id(n) not in holding
              and not n.framing() and not any(id(a) in picked for a in n.ancestors())}
    if not extra:
        return chosen
    return [n for n in nodes if id(n) in picked or id(n) in extra]


def _bracketed_time(head: str, issued: datetime.date | None, anchor: int | None,
                    year: int | None) -> tuple[str, deadlines.Reading] | None:
    """(its words, the date) a heading gives in brackets at its end, and nothing else
    there (集中整治（2024年4月至10月）), else None."""
    head = head.rstrip("。：: ")
    spans = owners.top_brackets(head)
    if not spans or spans[-1][1] != len(head):
        return None
    content = spans[-1][2]
    # read in its brackets: a span of days there times the work (3月1日—3月31日)
    said, reading = in_text(f"（{content}）", issued, anchor, year)
    if said is None or reading is None or reading.due is None or \
            len(_DATE_CHARS.sub("", content)) > _TIME_NOTE:
        return None
    return said, reading


_TIME_NOTE = 4  # characters beside the time in a heading's brackets (2024年3月底前完成)
_DATE_CHARS = re.compile(r"[\d年月日号旬底初末前止至到起\-—―–~～\s上中下]")


def _task_beside(node: outline.Node, owned: bool) -> bool:
    """Whether an item beside one that holds chosen points, under the same part, is a task
    too: an item, not a part's heading nor a heading over its own text that names no owners,
    that names its owners (1. 发展…。区民政局负责，…; （一）组织准备阶段 ⏎ 建立…。 ⏎ （责任单位：
    组宣处）, a stage's heading over its text beside a stage over numbered items) or whose
    words are addressed to the organs that do its work (3. 加强资金保障。区财政局要…); not a
    general call (各乡镇、各部门要立即行动起来)."""
    if node.kind == "cn" or (node.is_heading() and node.body and not owned):
        return False
    return owned or (not node.is_heading() and
                     owners.addressed_to(_join(node.text_lines())) is not None)


def _attached_deadline(node: outline.Node, named: tuple[str, owners.Owners],
                       issued: datetime.date | None) -> bool:
    """Whether the item states its own deadline: a 完成时限： line, one in its owner
    marker, or a closing clause (…，9月底前完成。); dates in its prose do not count."""
    text, found = named
    return bool(node.time_lines or found.due_text or split_deadline(text, issued)[1])


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
    parts: list[str] = []
    last = ""  # the last character so far: a space between two words of Latin letters
    for line in lines:
        if last.isascii() and last.isalnum() and line[:1].isascii() and line[:1].isalnum():
            parts.append(" ")
        parts.append(line)
        last = line[-1:] or last
    return "".join(parts).strip()
