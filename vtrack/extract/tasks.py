"""Building one task from what a layout found: text, units, deadline words."""
import datetime
import re
from collections.abc import Sequence

from .. import deadlines
from ..departments import LABEL_SEPARATOR, split_units
from ..model import Milestone, Task
from .text import BULLET_MARK

# any day will do as the issue date to tell a time from other words (6月底前 reads on it)
SOME_DAY = datetime.date(2000, 1, 1)

_SENTENCE = re.compile(r"^(.+?)[。！；;]")
_CLAUSE = re.compile(r"^(.+?)[，,：:]")
_BOLD = re.compile(r"^\*\*(.+?)\*\*")
# verbs that open the body when a title is glued to it (1加强思想政治教育坚持用……); the weak
# ones also end titles (…队伍建设, …条件改善), so they count for less
_OPENING_VERBS = ("坚持", "推进", "推动", "加强", "强化", "完善", "围绕", "按照", "实施", "建立",
                  "支持", "深化", "加快", "落实", "鼓励", "构建", "健全", "统筹", "依托", "提升",
                  "优化", "打造", "增强", "引导", "发挥", "扩大", "严格", "规范", "探索", "以")
_ADVERBS = ("积极", "大力", "全面", "深入", "进一步")  # (how the work is done, before its verb)
_WEAK_VERBS = ("服务", "建设", "改善", "面向", "开展", *_ADVERBS)
# how the titles of such items end: 机制, 能力, 体系, 行动, 并举 …
_TITLE_END = re.compile(r"(机制|能力|水平|体系|行动|教育|建设|改革|评价|制度|创新|发展|格局|"
                        r"布局|功能|质量|工作|平台|基地|模式|育人|融合|合作|改善|并举|标准|"
                        r"队伍|管理|服务|保障|"
                        r"计划|工程|结构|环境|交流|培训|就业|招生)$")
TITLE_MAX = 30
# a trailing clause that is only a deadline: ，6月底前完成。 / ，持续实施
_DEADLINE_CLAUSE = re.compile(r"[，,；;。]\s*([^，,；;。]{1,16})[。]?$")


# a clause that cannot end a title: it leaves its sentence hanging (建立由发展改革部门牵头，…)
_DANGLING = re.compile(r"(?:牵头|负责|配合|参与|协同|的|和|与|及|等|由|为|在|对|将|把|从|向|以|"
                       r"按照|根据|围绕|通过|结合|依托|其中|包括)$")


# 对尚未完成整改的隐患点，制定…: the matter the work is done to, no title without the work
# (not 对接…, 对照…, 对上争取…, 对症施策…: words of their own; nor 对重点行业开展…: the work
# in the clause)
_MATTER_FIRST = re.compile(r"^对(?![外口接照标表话上下账症])(?:(?!" + "|".join(
    _OPENING_VERBS + _WEAK_VERBS[:5] + ("进行", "组织", "制定", "做好", "抓好", "加大", "予以",
                                       "给予", "实行", "依法")) + r")[^，,：:；;])*$")


_LIST_INTRO = re.compile(rf"^([^：:]{{4,{TITLE_MAX}}})[：:]\s*"
                         r"(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[.、．]|[①-⑳⑴-⒇]|一是)")


# (a label of a word or more and its role, 责任单位：, 牵头部门：; not （单位：万元）, a measure's)
_LABELLED_BRACKET = re.compile(r"[（(][^（）()：:]{1,8}(?:单位|部门|处室|科室)[：:]"
                               r"[^（）()]*[）)]$")


def title_of(text: str, glued: bool = False) -> str:
    """A short one-line title: the bold lead-in or the heading before the first 。 where the
    item has one, else its first sentence, shortened at a natural break, never at a clause
    that leaves it hanging."""
    text = _BULLET_OPENING.sub("", text)  # (--建立…, ●新建…: the point's glyph, no word)
    bold = _BOLD.match(text)
    if bold:
        return bold.group(1).strip("。 ")
    if glued:
        title = _glued_title(text)
        if title:
            return title
    m = _SENTENCE.match(text)
    # (…要求A和B，充分发挥…: the words after the units' comma, which opens nothing)
    sentence = (m.group(1) if m else text).strip("。 ").lstrip("，,、；; ")
    # 要加强行业监管 -> 加强行业监管: the call's 要 is no word of the work (not 要求…, 要素…)
    if not _NAMED_HEADING.match(sentence):
        sentence = CALL.sub("", sentence) or sentence
    # (…院长王胜俊在讲话中强调，各地各部门要…: who says it, no word of the work; the title the
    # words after him)
    said = _SPEAKER_CLAUSE.match(sentence)
    if said and len(sentence) - said.end() >= _AFTER_SPEAKER_MIN:
        sentence = CALL.sub("", sentence[said.end():]) or sentence[said.end():]
    framed = re.match(r"^([^，,：:；;]{2,24})[，,]", sentence)
    if framed and _FRAMING.match(framed.group(1)) and CALL.match(sentence[framed.end():]):
        # (针对…的项目，要依法依规严查严抓: the call past what it is aimed at)
        sentence = CALL.sub("", sentence[framed.end():])
    # (…科室建设，（责任单位：…）: the comma before the owners' bracket ends nothing)
    sentence = sentence.rstrip("，,、 ") or sentence
    # 加快编制…规划（责任单位：区资源生态局）。加强…（责任单位：…）: the first sentence's own
    # labelled units (its owners, or the units it is for), no part of its title
    sentence = _LABELLED_BRACKET.sub("", sentence).strip("。 ") or sentence
    listed = _LIST_INTRO.match(sentence)
    if listed:  # 规范交通秩序：(1)规范停车；(2)…: the words before its points
        return listed.group(1)
    if len(sentence) <= TITLE_MAX:
        return sentence
    return _shortened(sentence)


_BULLET_OPENING = re.compile(rf"^\s*(?:{BULLET_MARK})\s*(?=\S)")
# a clause of who says the words after it, ending in his word and its comma (会议强调，…,
# 陕西省教育厅要求，…, 市长王某在讲话中指出，…): a meeting, an organ, an official or a paper,
# or where he said it, straight before the word (not 工作要求：, 严格落实…要求，, 根据…的要求，,
# 严格按照《安全生产法》要求，: a heading, a call's own words, the grounds the work follows)
_SPEAKER_CLAUSE = re.compile(r"^(?!为)(?![^，,。；;：:]*(?:根据|按照|依据|遵照|对照))"
                             r"[^，,。；;：:]{0,40}?"
                             r"(?:会议?|会上|组|局|委|办|厅|部|府|院|中心|长|书记|主任|主席|他|她|》|"
                             r"负责人|负责同志|在[^，,。；;：:]{1,20}?(?:上|中|时))"
                             r"(?:最后|还|也|同时|再次)?(?:强调|指出|要求|表示|提出)[，,：:]")
_AFTER_SPEAKER_MIN = 6  # characters of the words after him, for a title of their own
# the nouns 要 opens (要求, 要害, 要素, 要点…): after it no call to do
NOUN_AFTER_YAO = "求害素点件闻地塞职务员"
# the call's 要 before the work (要加强…, 要切实…, 要把…, 要锚定…); not a word that opens with
# 要 (要求, 要素, 要情, 要案, 要道, 要事, 要约), nor 要是/要想/要说 (if, to speak), 要有/要让 (its
# own verb)
CALL = re.compile(r"^(?:同时|此外|另外)?[，,]?(?:还|也|更|必须|务必|一定)?要"
                   rf"(?![{NOUN_AFTER_YAO}情案道事约是想说么有让]|不然|不要|紧的|知道|"
                   r"数(?![据字量]))(?=[\u4e00-\u9fff])")
# a heading that opens with a place's name, 要 its own first character (要庄村道路硬化工程)
_NAMED_HEADING = re.compile(r"^要[\u4e00-\u9fff]{0,2}[村庄][^，,。；;]{2,12}(?:工程|项目)$")
# 每年1月，…; 新建信息系统时，…; 在专项活动方面，…: a clause that only sets the time or the
# scene of the work, not what the work is
_SETTING = re.compile(r"(?:时|之前|以前|以后|期间|方面|会上|以来|"
                      r"[\d今明本每次当上下][^，,]{0,4}?(?:[年月日]|[上中下]旬|月份))$")


# 以…为契机, 根据现有政策, 结合工作实际, 在…基础上: a clause of the grounds or the occasion
# of the work, none of the work (not 根据通知要求按时停工: the work said in it; nor 围绕…)
_FRAMING = re.compile(r"^(?:以[^，,]{1,16}为(?:契机|抓手|载体|引领|导向|突破口)|"
                      r"(?:依据|根据|依照|按照)[^，,]*(?:要求|精神|规定|安排|部署|职责|情况|需要|"
                      r"实际|意见|通知|办法|方案|授权|指令|预案|原因|需求|法规|政策|标准|原则|分工)|"
                      r"结合[^，,]*(?:实际|内容|特点|情况|要求)|在[^，,]*基础上|"
                      # (在政府领导下，由…牵头: under whose lead, not who does it)
                      r"在[^，,]{1,16}(?:统一)?(?:领导|指导|组织)下|"
                      # (针对排查出的问题，要建立…: what the work is aimed at)
                      r"针对[^，,]{2,30}|"
                      # (方案明确，到2017年底前，完成…; 《通知》要求，…: the paper that says it)
                      r"(?:方案|通知|意见|文件|《[^》]{1,30}》)还?(?:明确|提出|要求|指出|强调|规定))$")


def after_framing(text: str) -> int:
    """Where the words after the clauses that only frame the work start (按照属地管理原则，各县
    政府负责… -> at 各县; 根据工作分工，…), else 0: the grounds a sentence opens with are no part
    of who does it, nor of its work's title. A call's 要 between two of them (按照…，要结合…实际，
    开展…) is passed over; one after the last is left to the caller."""
    at = 0
    while True:
        call = CALL.match(text[at:]) if at else None
        framing = _FRAME_CLAUSE.match(text, at + (call.end() if call else 0))
        if not (framing and _FRAMING.match(framing.group(1)) and _balanced(framing.group(1)) and
                len(text) - framing.end() >= 4):
            return at
        at = framing.end()


_FRAME_CLAUSE = re.compile(r"([^，,：:；;]{2,24})[，,]")


# 9月10日前, 2009年底前, 自3月2日起, 每年1月初: a clause of a time's words alone (not 持续推进
# 重大项目攻坚, which reads as ongoing but is the work; not 完成立项审批6月底前)
TIME_ONLY = re.compile(r"^\s*(?:于|在|自|从|到|至|截至|力争|确保)?"
                       r"[\d０-９〇零一二三四五六七八九十两年月日号底前末初内起旬季度上中下半"
                       r"今明本次每第个周\s—\-～~至到以之]+$")


_MOMENT = ("后", "前", "时", "起", "初", "底", "末")  # how a moment in time ends
_FIRST_CLAUSE = re.compile(r"^\s*([^，,。；;：:]{2,20})[，,]")


def opening_time(text: str) -> int | None:
    """Where the words after a first clause that only says when start (9月10日前，院办…,
    自9月1日起，…, 每周活动结束后，…), else None."""
    m = _FIRST_CLAUSE.match(text)
    if m is None:
        return None
    # (a time's words alone, or a cadence and the moment in each period: 每周活动结束后;
    # not 每月15日查核…, the work of each period)
    clause = m.group(1).strip()
    if TIME_ONLY.match(clause):
        return m.end() if deadlines.read(clause, SOME_DAY).due is not None else None
    if clause.startswith("每") and clause.endswith(_MOMENT):
        return m.end() if deadlines.read(clause, SOME_DAY).repeat is not None else None
    return None


def _shortened(sentence: str) -> str:
    """A long sentence's title: its first clauses that stand on their own (past one that
    only sets the time or the scene), else the verb and the thing it makes (建立由…牵头，…的产
    教融合推进机制 -> 建立产教融合推进机制)."""
    # (以本次整治为契机，…; 依据现有政策，结合工作实际，…: the grounds or the occasion the work
    # is framed by, each clause of them, before the work)
    framed = after_framing(sentence)
    if framed:
        # (…，要建立…: the call's 要 after the frame, no word of the work)
        sentence = CALL.sub("", sentence[framed:]) or sentence[framed:]
    if len(sentence) <= TITLE_MAX:
        return sentence
    setting = re.match(r"^([^，,：:；;]{2,20})[，,]", sentence)
    # (9月10日前，院办、学生处组织…: a time the work is due by sets it too)
    if setting and (_SETTING.search(setting.group(1)) or opening_time(sentence)) and \
            len(sentence) - setting.end() >= 4:
        # (在摸清底数的同时，要开展…: the call's 要 after the setting, no word of the work)
        sentence = CALL.sub("", sentence[setting.end():]) or sentence[setting.end():]
        if len(sentence) <= TITLE_MAX:
            return sentence
    title = None
    # (not a clock's colon, 17:00前: between figures it breaks no clause)
    for m in re.finditer(r"[，,；;]|(?<!\d)[：:]|[：:](?!\d)", sentence):
        head = sentence[:m.start()]
        if len(head) > TITLE_MAX:
            break
        if len(head) >= 4 and not _DANGLING.search(head) and _balanced(head) and \
                not _MATTER_FIRST.match(head):
            title = head
            break
    if title:
        return title
    # (not an adverb, 全面清理…规定、取消…的行政审批事项: the verb is past it, 全面行政审批事项
    # no work's name)
    verb = next((v for v in _OPENING_VERBS + _WEAK_VERBS
                 if sentence.startswith(v) and v not in _ADVERBS), None)
    tail = sentence.rsplit("的", 1)[-1] if "的" in sentence else ""
    if verb and 4 <= len(tail) <= TITLE_MAX - len(verb) and not re.search(r"[，,、；;]", tail):
        return verb + tail
    return sentence[: TITLE_MAX - 1] + "…"


def _balanced(text: str) -> bool:
    return text.count("（") == text.count("）") and text.count("“") == text.count("”") and \
        text.count("《") == text.count("》") and text.count("(") == text.count(")")


def _glued_title(text: str) -> str | None:
    """Where the body starts after a glued title: at an opening verb, best where what
    comes before it ends like a title."""
    best, best_score = None, 0
    for i in range(4, min(len(text), 28)):
        if text.startswith(_OPENING_VERBS, i):
            score = 1
        elif text.startswith(_WEAK_VERBS, i):
            score = 0
        else:
            continue
        if _TITLE_END.search(text[:i]):
            score += 2
        if score > best_score:
            best, best_score = text[:i], score
    return best


def split_deadline(text: str, issued: datetime.date | None) -> tuple[str, str | None]:
    """'组建职业教育集团，10月底完成。' -> ('组建职业教育集团。', '10月底完成'): the words
    before the deadline (for the title) and the deadline."""
    words: list[str] = []
    body = text.rstrip("。 ")
    while True:
        m = _DEADLINE_CLAUSE.search(body)
        if not m:
            break
        if not is_deadline_clause(m.group(1), issued):
            break
        # a sentence of its own is a deadline only when it says nothing else: 持续推进。,
        # not 持续实施“歇业登记”等新制度。 nor 实施期限至2021年12月31日。 (a policy window)
        if m.group(0).startswith("。") and (len(m.group(1)) > 6 or
                                            deadlines.read(m.group(1), issued).due):
            break
        words.insert(0, m.group(1))
        body = body[: m.start()]
    return (body + "。", "，".join(words)) if words else (text, None)


_ONGOING_CLAUSE = re.compile(r"^(?:[长長]期|持[续續]|常[态態]化)")


# 完成全年目标的54.4%: the year's target, a share of it done; not a time limit
_YEAR_S_TARGET = re.compile(r"全年(?:目标|任务|计划)")


def is_deadline_clause(clause: str, issued: datetime.date | None) -> bool:
    """A short clause that is only a deadline: 6月底前完成, 持续实施, “十四五”期间完成."""
    # (印发2020年工作要点: a year that names a document, not when the work is due)
    if len(clause) > 16 or _YEAR_S_TARGET.search(clause) or deadlines.names_a_programme(clause):
        return False
    if "全年" in clause and not re.search(r"\d{1,2}\s*月|[年月]底|[年月]末|前", clause):
        return False  # …，全年开展培训300万人次: the year's target, as in prose (dates.in_text)
    if re.search(r"[年月日底末]已", clause):
        return False  # …，6月底已完成全部签约: what was done by then (dates.in_text too)
    reading = deadlines.read(clause, issued)
    if reading.due is not None or reading.repeat:
        return True
    return reading.ongoing and bool(_ONGOING_CLAUSE.match(clause))


def make_task(seq: int, text: str, owners: str | Sequence[str] | None, due_text: str | None,
              issued: datetime.date | None, *, section: str | None = None,
              lead: str | Sequence[str] | None = None, title: str | None = None,
              glued: bool = False, year: int | None = None,
              lead_hint: str | None = None, title_from: str | None = None,
              reading: deadlines.Reading | None = None, reading_text: str | None = None,
              repeat: str | None = None, others: bool = False) -> tuple[Task, list[str]]:
    """The task (without its id: the plan gives it one) and a list of reasons a person
    should review it.

    reading: a deadline found in the task's prose, where no deadline phrase was given;
    year: the year of the plan's work, for a month without a year (deadlines.read).
    A task without owners keeps none and is flagged: a person names them."""
    text = re.sub(r"\*\*", "", text).strip()
    # a title a record can have: never empty, whatever the text held
    title = (title or title_of(title_from or _without_label(text, owners), glued=glued)
             ).strip() or f"第{seq}项"
    doubts: list[str] = []
    # (a unit named twice, by the item and by a rule carried from above, is one owner)
    names = list(dict.fromkeys(split_units(owners) if isinstance(owners, str) else owners or []))
    lead_names = list(dict.fromkeys(split_units(lead) if isinstance(lead, str) else lead or []))
    if lead_hint:  # a lead the body names for this task counts only among its owners
        lead_names = [name for name in split_units(lead_hint) if name in names]
    for name in reversed(lead_names):
        if name in names:
            names.remove(name)
        names.insert(0, name)
    if not names:
        # the issuer signs the plan, it does not do the work: never an owner by default
        doubts.append(NO_OWNER)
    words = None  # the plan's words for the deadline
    if due_text:
        cadence = deadlines.read(due_text, issued, year).repeat
        read = reading or deadlines.read(due_text, issued, year)
        reading = deadlines.Reading(read.due, read.ongoing, read.repeat or cadence,
                                    read.milestones, read.review, read.why)
        words = due_text
        if reading.review:
            doubts.append(reading.why or "")  # a reading to review always says why
    elif reading is not None:
        words = reading_text
        doubts.append("截止日期取自正文，请核对")
        if reading.due and issued and reading.due < issued:
            doubts.append(f"截止日期 {reading.due} 早于计划发布日期 {issued}")
    else:
        reading = deadlines.Reading()
        if not repeat:
            doubts.append(NO_DEADLINE)
    task = Task(id="", seq=seq, section=section, title=title, text=text, owners=names,
                # the lead is written only where it is not simply the first owner
                lead=lead_names if lead_names and lead_names != names[:1] else [],
                others=others, due_text=words, due=reading.due, ongoing=reading.ongoing,
                repeat=reading.repeat or repeat,
                milestones=[Milestone(m["due"], m.get("text")) for m in reading.milestones],
                review=bool(doubts))
    return task, doubts


# 学工处――责任人李天艳主任，主要运用…: the unit's label, then the person who answers for it
_LABEL_THEN = re.compile(rf"\s*{LABEL_SEPARATOR}\s*"
                         r"(?:(?:责任人|负责人|联系人)[^，,。；;]{0,12}[，,])?"
                         # (主要负责…, 负责…: who does it, said again; 主要运用…, 主要任务是…
                         # are the work's words)
                         r"(?:主要负责|负责)?")


# the units a paragraph opens with as its label, and its colon (财政部门：…; 民政、国土部门：…)
UNITS_LABEL = re.compile(r"(?P<units>[^，,。；;：:\s]{2,30})[：:]")


def _without_label(text: str, owners: str | Sequence[str] | None) -> str:
    """text without the unit's name and the colon or dash it opens with (省教育厅：…,
    学工处――…), where that unit is its owner: the title is the work."""
    names = split_units(owners) if isinstance(owners, str) else list(owners or [])
    first = names[0] if names else ""
    bare = re.sub(r"\s", "", text[:len(first) + 2])
    if first and not bare.startswith(first):
        # (民政、国土部门：…: the owners written as one, their kind said once at the end)
        joint = UNITS_LABEL.match(text)
        if joint and joint.group("units").startswith(first[:2]) and \
                joint.group("units").endswith(names[-1]):
            first = joint.group("units")
            bare = re.sub(r"\s", "", text[:len(first) + 2])
    if not first or not bare.startswith(first):
        return text
    at = len(first) + (len(text[:len(first) + 2]) - len(bare))  # (校 办――: a space inside)
    m = _LABEL_THEN.match(text, at)
    return text[m.end():] if m and m.end() > at and text[m.end():].strip() else text


NO_OWNER = "计划没有写明责任单位，请填写"
NO_DEADLINE = "计划未写完成时限"
