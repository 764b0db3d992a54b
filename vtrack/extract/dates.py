"""Deadlines written inside a task's prose: 2022年10月底前编制…, 年底前基本实现…, 预计2023年5月竣工,
5年内 (from 2012年起), 本意见印发之日起30日内, 每年1月31日前公开….

A date in prose is a deadline only where the words around it say so (前, 底前, 完成, 竣工, 于…,
预计…). Policy windows (实施期限至…, 2021年5月1日至2022年4月30日, 2021年5月1日起), reference
years (不高于2017年) and plan names (三年行动计划(2022-2024)) are not.
"""
import datetime
import re

from .. import deadlines

_DATED = {"ymd", "ym", "q", "half", "year", "year_end", "holiday"}
_PAST_YEARS = 3  # a year more than this before the plan's is history, never its deadline
# the first year of the plans read (a page of no date is of one from then on): a year that
# opens a sentence before it tells history
_EARLIEST_PLAN_YEAR = 1990
# 于 of time (于2022年底前), not of a topic (关于2016年…问题, 对于, 由于, 用于)
_BEFORE_OK = re.compile(r"(?:(?<![关对由属用等基至])于|在|预计|力争|确保|争取|到|要在|计划|"
                        r"时间[为是：:]?|日期[为是：:]?)$")
# (a single dash ends a span's start, 3月—5月; a double one, 学工处——10月15日前…, sets a
# label's words apart)
_BEFORE_NOT = re.compile(r"(?:至|截至|截止|截止到|期限|自|从|不高于|不低于|高于|低于|"
                         # (超过9月底仍未落实的: past it, a condition; not 不超过, 不得超过)
                         r"(?<![不得])超过|"
                         r"以|按|每|上|起|在\d{4}年|(?<![-—―])[-—])$")
# 总数不少于2019年, 较2019年增长, 比2019年多完成: a year alone compared with, no time limit (not
# 不超过2024年10月底, 比2024年10月底提前: a date the work is held to)
_COMPARED = re.compile(r"(?:少于|多于|较|(?<![评对])比)$")
# (该桥建于1994年, 成立于2010年: when a thing came to be, no time the work is due by; not
# …的组建于2024年6月底前完成: a time limit after all)
_CAME_TO_BE = re.compile(r"(?:始?建|建成|成立|设立|创建|组建|落成)于$")
_AFTER_DEADLINE = re.compile(r"^(?:前|底前|末前|以前|之前|内|底|末)")
_WINDOW_END = re.compile(r"(?:底|末)?(?:以|之)?前")  # a window's end: 8月10日前, 年底前
# (上半年已完成建设4022公里: what was done by then, not when the work is due)
_AFTER_NOT = re.compile(r"^(?:起|开始|以来|至|到|—|-|～|~|度|的|征收|标准|为|是|以后|后|"
                        r"之后|年度|已|份(?:起|开始|以来|以后|后|之后))")  # (六月份以后: a start)
# 建成的, 出生的: what came to be before a year (2000年以前建成的小区), said of things as they are
BUILT = r"建成|建造|修建|竣工|投用|投入使用|出生|成立|登记|注册|颁发|取得"
_BUILT_BEFORE = re.compile(rf"^(?:{BUILT})(?:的|并)")
# an organ's name ending right before a date (…办公室2022年1月13日): who signed it, then
_SIGNED_BY = re.compile(r"(?:办公室|局|委|厅|司|政府|公司|中心|集团|院)$")
# what follows a signature's date: the word for issuing it, or the signature again (…办公室
# 2016年11月23日平潭综合实验区管委会办公室2016年11月23日印发)
_ISSUED_AFTER = re.compile(r"(?:印发|发布|签发|制发|"
                           r"[^，,。；;]{2,20}?(?:办公室|局|委|政府|公司|中心)(?:19|20)\d\d年)")
_WITH_YEAR = re.compile(r"(?:19|20)\d\d")
_VERBS = re.compile(r"完成|竣工|建成|开工|实现|出台|报送|验收|上线|投用|投入使用|印发|制定|"
                    r"编制|启动|落地|到位|达到|覆盖|建立|形成|公布|开通|交付|部署|举办|召开|开展")
# a span of years opening a clause (2023-2025年，完成…): the time of the work, to its last year
_OPENING_SPAN = re.compile(r"(?:^|(?<=[。；;，,：:]))(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*"
                           r"((?:19|20)\d\d)年(?=[，,])")
# 撤并村通公路（2013—2017年）: the years the work is scheduled for, in a bracket of their
# own, due at the last one's end (the span's start, before the year that ends it)
_SPAN_START = re.compile(r"[（(](?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*$")
# a plan's or a programme's period in brackets (“十四五”规划（2021—2025年）, 耕地保护制度
# （2021-2035年）): the words before it name a plan, its years are no time limit
_PERIOD_OF = re.compile(r"(?:规划|纲要|计划|方案|制度|战略|时期|期间|”|》)$")
_SPAN_YEARS = 5  # a scheduled span ends within these years of the plan's
# 2024年计划改造…, 2023年将全面启用…, 2004年力争新增…: the year the work is planned for
# 此活动拟在3月中旬―4月初进行, 3月—5月完成: a span of months in prose, due at its end (the
# year said once stays); a stage's period (集中整治阶段（4月-9月）) keeps its start elsewhere
_MONTH_TO_MONTH = re.compile(r"((?:19|20)\d\d年)?(?<!\d)(?:1[0-2]|0?[1-9])月"
                             r"(?:[上中下]旬|中下旬|初|中)?\s*(?:[-—―–~～至到]|——)\s*"
                             r"(?=(?:1[0-2]|0?[1-9])月)")
# 活动时间为11月16日至12月15日, 于…至…, 秋收期间（9月20日至11月20日）: a span of days across
# months that times the work, due at its last (2019年1月1日至12月31日，对…: a span that opens
# a sentence is the window a policy holds in, no deadline)
_DAY_TO_DAY = re.compile(r"(?:(?<=时间)|(?<=日期)|(?<=期间)|(?<=[于在为是：:（(]))"
                         r"((?:19|20)\d\d年)?(?<!\d)(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]"
                         r"\s*(?:[-—―–~～至到]|——)\s*"
                         r"(?=(?P<again>(?:19|20)\d\d年)?(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号])")
_PLANNED = re.compile(r"^度?(?:计划|内计划|力争|将(?=[\u4e00-\u9fff])(?!近|来))(?!单列|生育|经济)")
# (not 2005年内; nor 毕业5年内的高校毕业生: whom the span describes; nor 2003年至2004年两年内:
# the years just named, counted again)
# 年内分布, 年内变化: what a year holds (rain through its months), no time said for work
_THROUGH_THE_YEAR = re.compile(r"(?:分布|变化|波动|变幅)")
_RELATIVE_YEARS = re.compile(r"(?<![\d年])([一二三四五六七八九十两\d]{1,3})年内(?!的)")
_FROM_YEAR = re.compile(r"((?:19|20)\d\d)年(?:起|开始)")
_FROM_ANY = re.compile(r"年\s*(?:起|开始)")
_FROM_ISSUE = re.compile(r"(?:印发|发布|施行|实施)(?:之日起|之日后|后)\s*(\d{1,3})\s*"
                         r"(个工作日|工作日|日|天|周|个月)内")
_CADENCE = {"每年": "yearly", "每季度": "quarterly", "每个季度": "quarterly", "每月": "monthly",
            "每个月": "monthly", "每半年": "half-yearly", "每半月": "semimonthly",
            "每半个月": "semimonthly", "每周": "weekly", "每星期": "weekly",
            "每天": "daily", "每日": "daily",
            # 半月一督查、一月一通报、季度一盘点: a period, 一, the work done once in it
            "半月一": "semimonthly", "一月一": "monthly", "季度一": "quarterly",
            "一季一": "quarterly", "半年一": "half-yearly", "一年一": "yearly", "一周一": "weekly"}
_CADENCES = re.compile(r"每年(?!度)|每个?季度|每个?月|每半年|每半个?月|每周|每星期|每天|每日|"
                       r"(?<![第上下])(?:半月|一月|季度|一季|半年|一年|一周)一"
                       r"(?=[\u4e00-\u9fff])(?![日号并次批般样致起直定些])")  # not 第三季度一并


def anchor_year(text: str) -> int | None:
    """The year a document counts its N年内 from: 2012年起."""
    if not _FROM_ANY.search(text):
        return None  # (most plans count from no year: the whole text normalised for nothing)
    m = _FROM_YEAR.search(deadlines.normalise(text))
    return int(m.group(1)) if m else None


_WHOLE_MONTH = re.compile(r"份|全月|整月")


def in_text(text: str, issued: datetime.date | None, anchor: int | None = None,
            year: int | None = None) -> tuple[str, deadlines.Reading] | tuple[None, None]:
    """(due_text, reading) for the deadline the prose gives, else (None, None).

    year: the year of the plan's work. A month without a year takes the year of the last
    deadline before it in the prose (2019年3月底前…；6月底前… are both of 2019), else that."""
    normal = deadlines.relative_years(deadlines.normalise(text),
                                      issued or (datetime.date(year, 1, 1) if year else None))
    normal = _OPENING_SPAN.sub(r"\1年", normal)
    if "月" in normal:
        normal = _MONTH_TO_MONTH.sub(lambda m: m.group(1) or "", normal)
        # (2024年4月1日—2024年10月31日: the year said again after the dash is the one kept)
        normal = _DAY_TO_DAY.sub(lambda m: "" if m.group("again") else m.group(1) or "", normal)
    found: list[tuple[datetime.date, str, str]] = []  # (date, phrase, its sentence)
    last_year = year
    for m in deadlines._PATTERN.finditer(normal):
        kind = m.lastgroup if m.lastgroup in deadlines._KINDS else deadlines._kind(m)
        # “十三五”末: the plan period's end is a time limit of itself; the period alone
        # (“十四五”规划, “十四五”时期) names a plan or an era
        # (在“十三五”末已实现…的基础上: what was done by then, no time limit)
        plan_end = kind == "fyp" and m.group(0).endswith("末") and \
            normal[m.end():m.end() + 1] != "已"
        if (kind not in _DATED and not plan_end) or \
                (kind == "year" and not m.group(0).endswith("年")):
            continue
        before, after = normal[max(0, m.start() - 4):m.start()], normal[m.end():m.end() + 12]
        if kind == "year" and m.group(0).endswith("年") and after.startswith("度") and \
                (not before or before[-1] in "。；;，,：:\n县市区镇乡省"):
            # (县2022年度农业保险工作从5月上旬启动，6月底全面完成…: the year whose work the
            # sentence tells, the one its months are of; not 根据2021年度考核结果…, a year
            # gone by that it cites)
            last_year = int(m.group("year_y"))
        # (…政策意见（2017-2019年）》: a document's title, its years the document's)
        span = kind == "year" and after[:1] in "）)" and after[1:2] != "》" and \
            _scheduled_span(normal, m.start(), int(m.group("year_y")), issued, year)
        # 2024年计划改造…, 2024年度计划对…: the year the work is planned for
        planned = kind == "year" and bool(_PLANNED.match(after))
        # (从即日起至8月10日前: a window from a day, its end the time the work is due by; not
        # 项目开工之日起至2021年底, what a report sums up to: no 前)
        window = before.endswith("日起至") and _WINDOW_END.match(after) is not None
        if (_BEFORE_NOT.search(before) or _AFTER_NOT.match(after) or
                (kind == "year" and _COMPARED.search(before) and
                 not _AFTER_DEADLINE.match(after))) and not (planned or span or window):
            continue
        if _CAME_TO_BE.search(before) and not _AFTER_DEADLINE.match(after) and \
                not re.search(r"(?:前|内)$", m.group(0)):
            continue
        if "日" in m.group(0) and _WITH_YEAR.match(m.group(0)) and _SIGNED_BY.search(before) \
                and (not after.strip() or _ISSUED_AFTER.match(after)):
            # …国网湖北省电力有限公司办公室2022年1月13日印发: the day an organ signed or issued
            # the document, its name right before it (not 由县住建局3月15日组织验收)
            continue
        if before.endswith("每年") or before.endswith("每"):
            continue
        if _in_definition(normal, m.start()):
            continue
        if m.group(0) == "年内" and re.search(r"[一二三四五六七八九十两\d]$", before):
            continue  # 五年内: a span of years (_relative counts it), not this year's end
        if m.group(0) == "年内" and _THROUGH_THE_YEAR.match(after):
            continue  # 年内分布极不均匀: how a thing goes through the year, no time limit
        if m.group(0) == "全年":
            continue  # 全年开展培训300万人次, 全年完成改造6万户: the year's target, not a time
            # limit (a time cell of 全年 is read as the year's end: deadlines.read)
        # 2025年，全区…达到…: a year that opens a sentence states its target
        # a quarter or a month opening a clause is when its action is done: …，第一季度发行
        #专项债券2000万元
        opens = (not before or before[-1] in "。；;，,：:") and \
            (after[:1] in "，," or kind in ("q", "half", "ym"))
        closing = _AFTER_DEADLINE.match(after)
        if closing and closing.group(0) == "前" and after[1:2] == "后" and \
                re.match(r"[，,]|各|全|有关|相关|[省市州县区乡镇]", after[2:]):
            continue  # (10月1日前后各景区要…: around the day, no time limit)
        if closing and closing.group(0) in ("以前", "之前") and \
                _BUILT_BEFORE.match(after[closing.end():]):
            continue  # (2000年以前建成的老旧小区: what was built by then, no time limit)
        if closing and after[closing.end():closing.end() + 1] == "已" and \
                not closing.group(0).endswith("前"):
            # 6月底已完成…: what was done by then (not 10月底前 ⏎ 已制定…, a time cell
            # that the next cell's progress runs on from)
            continue
        # 年内运营: "within the year" is a time limit of itself, whatever the verb (年底 also
        # names things: 纳入年底考核)
        by_year_end = kind == "year_end" and m.group(0) == "年内"
        # （9月20日至11月20日）: a time in brackets of its own notes when the work is done
        # (（6月份）, （6月全月）: the month named whole)
        whole = _WHOLE_MONTH.match(after) if kind == "ym" else None
        shut = whole.end() if whole else 0
        bracketed = before.endswith(("（", "(")) and after[shut:shut + 1] in ("）", ")")
        if bracketed and after[shut + 1:shut + 2] not in ("", "。", "；", ";", "，", ",", "（",
                                                          "(", "\n"):
            # 按照市政府常务会议（2024年2月20日）部署…: the date of the meeting or document the
            # sentence goes on about, not when its work is due
            continue
        if not (closing or by_year_end or plan_end or bracketed or planned or opens or span
                or _BEFORE_OK.search(before) or _VERBS.search(after[:8])):
            continue
        phrase = m.group(0) + (closing.group(0) if closing else "")
        reading = deadlines.read(phrase, issued, last_year)
        now = issued.year if issued else year
        if kind == "year" and closing and closing.group(0) in ("以前", "之前", "前") and \
                reading.due and now and reading.due.year < now - _PAST_YEARS:
            # 2000年以前投入使用的电梯 in a 2015 plan: what was, not what is due (a date
            # such as 2011年底前 stays as printed, for a person to see)
            continue
        if bracketed and reading.due and now and reading.due.year < now:
            # 督察反馈意见（2023年11月） in a 2024 plan: when the feedback came, not a limit
            continue
        only_opens = opens and not (closing or by_year_end or plan_end or bracketed or planned
                                    or span or _BEFORE_OK.search(before)
                                    or _VERBS.search(after[:8]))
        if only_opens and kind == "year" and reading.due and \
                reading.due.year < max(now or 0, _EARLIEST_PLAN_YEAR) - _PAST_YEARS:
            # 1936年，划并…设置建县 in a 2015 plan (or one of no date): its history, no target
            continue
        if only_opens and "日" in m.group(0) and reading.due and issued and \
                reading.due < issued:
            # 4月15日习近平总书记…发表…, in a notice of 5月6日: a day gone by that the sentence
            # tells of, no time the work is due by
            continue
        if reading.due:
            found.append((reading.due, phrase, _sentence(normal, m.start())))
            named = m.group(f"{kind}_y") if kind in ("ym", "q", "half", "year", "ymd", "holiday") \
                else None
            # (a span's last year is no year the months after it are of)
            last_year = int(named) if named and not span else last_year
    relative = _relative(normal, issued, anchor)
    if relative:
        found.append(relative + (relative[1],))
    if not found:
        # …综合治理常态化，…: the work goes on, with no date, where the item's first sentence
        # says so (a later one is one of its means: …。推动引进工作常态化，…)
        sentences = text.split("。", 2)
        # (严厉打击非法运输行为。常态化开展…: after a short title, the work's first sentence)
        said = sentences[:2] if len(sentences) > 1 and len(sentences[0]) <= TITLE_SENTENCE \
            else sentences[:1]
        for k, sentence in enumerate(said):
            ongoing = _ONGOING_PREDICATE.search(sentence)
            # (in the work's sentence, the predicate opens or closes it: 常态化开展联合执法…,
            # …立即整改、长期坚持; not one of its means in passing, …，常态化开展轮值授课，…)
            if ongoing and (k == 0 or ongoing.start() == 0 or
                            ongoing.end() == len(sentence.rstrip("；;，, "))):
                return ongoing.group(1), deadlines.Reading(ongoing=True)
        # (…。该项工作将长时间持续实施。: a sentence of the item's own on its time, wherever)
        for sentence in text.split("。"):
            own = _ITEMS_OWN_TIME.match(sentence.strip())
            if own is not None:
                return own.group("time"), deadlines.Reading(ongoing=True)
        return None, None
    found.sort()
    # …12月底前取得明显成效并长期坚持: a date, and the work goes on after it
    reading = deadlines.Reading(due=found[-1][0],
                                ongoing=bool(_KEPT_UP.search(normal.rstrip("。；; "))))
    if len(found) > 1:
        reading.milestones = [{"due": due, "text": sentence} for due, _, sentence in found]
    return found[-1][1], reading


# the work made a standing one: 常态化 (长效化, 制度化) closing a clause (城乡环境综合治理常态化，),
# or 常态化开展/推进 before its verb; 完善常态化防控机制 (a regime's name) is no time frame
# (or opening the item: 常态化公开…)
_ONGOING_PREDICATE = re.compile(r"(^常[态態]化|"
                                r"(?:常[态態]化|常[态態]长效|[长長]效化)(?=[，,。；;]|$)|"
                                r"常[态態]化(?:开展|推进|实施|运行|落实)|[长長]期坚持|"
                                # 实现常态化、长效化保洁: the work made standing is the aim
                                r"(?:实现|保持|做到)(?:常[态態]化|[长長]效化))")
# a sentence on the item's own time that says it goes on (该项工作将长时间持续实施, 此项工作长期
# 坚持): the work itself named as 该项工作, then the predicate alone (not 该项工作持续推进, how
# it is going)
_ITEMS_OWN_TIME = re.compile(r"(?:该|此|本|这)项?(?:工作|任务)[将为需要须应]{0,2}"
                             r"(?P<time>(?:(?:长期|长时间|常年)(?:持续|坚持)|常[态態]化)"
                             r"(?:实施|开展|推进|进行)?)[；;，,]?$")
# characters: an item's short title sentence before the sentences of its work, or of whom it
# asks (owners reads it so too)
TITLE_SENTENCE = 15
# the work kept up after its date, said at the end: …并长期坚持, …，持续推进
_KEPT_UP = re.compile(r"(?:并|，|,|；|;)(?:长期坚持|持续推进|持续实施|常态化推进|长期推进)$")
_CLAUSE_MAX = 500  # characters either side of a date that its milestone's words may reach


_DEFINITION_MAX = 80  # characters: a bracket that says what a word means, no paragraph
# （即2019年在建且2020年春节前未投运项目，下同）: what a word of the sentence means
# (not （即2023年6月30日前完成）, （即7月31日前）: the time limit said again, closing as one does)
_DEFINES = re.compile(r"^[（(]\s*即(?!.*(?:前|内|底|末|止|完成|完工)\s*[）)]$)(?!.*截[至止])|"
                      r"下同\s*[）)]$")


def _in_definition(text: str, at: int) -> bool:
    """Whether position at stands in a bracket that says what a word means (（即…）, （…，下
    同）): a date in it is part of the meaning, not a time the work is due by."""
    opening = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if opening < 0 or max(text.rfind("）", opening, at), text.rfind(")", opening, at)) >= 0:
        return False
    ends = [i for i in (text.find("）", at), text.find(")", at)) if i >= 0]
    closing = min(ends) if ends else -1
    return closing >= 0 and closing - opening <= _DEFINITION_MAX and \
        _DEFINES.search(text[opening:closing + 1]) is not None


def _sentence(text: str, at: int) -> str:
    """The clause of text around position at, for a milestone's words: at most _CLAUSE_MAX
    characters either side (a text that runs on without 。 or ；, such as a heading that
    swallowed a table, would otherwise give each of its dates the whole text, in time and
    memory the square of its length)."""
    low, high = max(0, at - _CLAUSE_MAX), min(len(text), at + _CLAUSE_MAX)
    start = max(text.rfind(ch, low, at) for ch in "。；;")
    start = start + 1 if start >= 0 else low
    ends = [i for i in (text.find(ch, at, high) for ch in "。；;") if i >= 0]
    return text[start:min(ends) if ends else high].strip()


def _relative(normal: str, issued: datetime.date | None,
              anchor: int | None) -> tuple[datetime.date, str] | None:
    m = _FROM_ISSUE.search(normal)
    if m and issued:
        return deadlines._within(issued, int(m.group(1)), m.group(2)), m.group(0)
    m = _RELATIVE_YEARS.search(normal)
    start = anchor or (issued.year if issued else None)
    if m and start:
        value = m.group(1)
        n = int(value) if value.isdigit() else deadlines.cn_number(value)
        return datetime.date(start + n - 1, 12, 31), m.group(0)
    return None


# a rate: an amount per head or per area per period (每人每月20元, 每亩每年补贴), or a
# period's amount (每月发放补贴200元)
_PER_HEAD = re.compile(r"每[^\s，,。；;、每]{1,3}$")
_AMOUNT = re.compile(r"^[^，,。；;]{0,8}?\d+(?:\.\d+)?\s*(?:元|万元|亿元|千元|块)")


def _scheduled_span(normal: str, at: int, end_year: int, issued: datetime.date | None,
                    year: int | None) -> bool:
    """Whether the year at `at` ends a span of years in a bracket of its own (…（2013—2017
    年）) that schedules the work, not a plan's or a programme's period."""
    start = _SPAN_START.search(normal, max(0, at - 12), at)
    if start is None or _PERIOD_OF.search(normal[max(0, start.start() - 4):start.start()]):
        return False
    now = issued.year if issued else year
    return now is None or end_year - now <= _SPAN_YEARS


# after a date, the work done by it (…2024年底前完成, 11月份完工)
_DONE_AFTER = re.compile(r"[^，,。；;]{0,3}(?:完成|完工|竣工|建成|投用)")
# after 争取到 and a date, no funds of that year's budget (争取到2024年中央预算内投资), unless
# what is reached follows (争取到2025年…达到…)
_NOT_FUNDS_AFTER = re.compile(r"(?!中央|省级|市级|县级|年度|预算|资金|专项|"
                              r"项目|投资|补助|政策|指标)|[^，,。；;]*(?:达到|实现|完成|建成|突破)")


# 各县要…, 全市各乡镇要…: every one of a kind asked, straight after the year a call is due by
_UNITS_ASKED_AFTER = re.compile(r"[，,]?(?:各|全[省市州县区])[^，,。；;要]{0,20}要(?![求素点])")


def is_time_limit(said: str, text: str) -> bool:
    """Whether the date said in text is a limit for the work (…前, 12月底, 年内, 预计…11月份
    完成), not a day the text tells of (4月14日，…来到…)."""
    # (…整治（2013—2017年）: the years the work is scheduled for, in a bracket of their own)
    # (确保到2020年，…达到…标准: the year the work is to be done by, 到 before it; not 争取到
    # 2024年中央预算内投资, funds of a year's budget won)
    if said.endswith(("前", "底", "末", "内")):
        return True
    # (each place said stands, as a search for it would try them; no pattern built for it)
    at = text.find(said)
    while at >= 0:
        end = at + len(said)
        # (到2020年，各县要…: the year a call opens with, 到 before it, the year its work is
        # due by; not 到2025年，体系进一步健全, a goal)
        if _DONE_AFTER.match(text, end) or text.endswith(("确保到", "力争到"), 0, at) or \
                text.endswith("到", 0, at) and (at == 1 or text[at - 2] in "，,。；;：:") and \
                _UNITS_ASKED_AFTER.match(text, end) or \
                text.endswith("争取到", 0, at) and _NOT_FUNDS_AFTER.match(text, end):
            return True
        at = text.find(said, at + 1)
    return _own_bracket(said, text)


def _own_bracket(said: str, text: str) -> bool:
    """Whether said stands in a bracket of its own in text (（2017年）), or ends a span there
    (（2013—2017年）)."""
    at = text.find(said)
    while at >= 0:
        opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
        before = text[opened + 1:at].strip() if opened >= 0 else None
        if text[at + len(said):].lstrip()[:1] in ("）", ")") and before is not None and \
                (not before or len(before) <= 12 and before[-1] in "-—–~～至到" and
                 not any(ch in before for ch in "（）()")):
            return True
        at = text.find(said, at + 1)
    return False


def cadence(text: str) -> str | None:
    """The first cadence the prose names (每年, 每半年, 每季度, 每月, 每半月, 每周, 每天) that
    repeats the task, as a repeat, else None. The work of each period repeats (每季度召开…,
    每年开展一次…, 每年新增就业1万人); an amount per head or per period is a rate, not a repeat
    (补差标准由每人每月20元提高到30元, 每亩每年补贴…, 每月发放生活补贴200元, 每日最大承载量)."""
    for m in _CADENCES.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        clause = re.split(r"[，,。；;]", text[m.end():m.end() + 20], maxsplit=1)[0]
        if _PER_HEAD.search(before) or _AMOUNT.match(clause) or \
                deadlines.is_rate(before, text[m.end():]):
            continue
        return _CADENCE[m.group(0)]
    return None


# the clause of a cover letter that sets when all its items are to be done (并于5月20日前将问题
# 整改完成, 务必于6月底前全部整改到位), not when a report is due (于3月9日前将落实措施报送…)
_DONE = re.compile(r"完成|到位|完毕|办结|销号|清零|落实")
_REPORTED = re.compile(r"报送|上报|呈报|报告|报(?=[省市区县镇])|反馈|提交|上传|送交|送达|"
                       r"交(?=[省市区县])")
_DATED_BEFORE = re.compile(r"(?:日|号|月|底|末)\s*(?:之|以)?前")  # 5月20日前, 6月底前 (not 提前)


def common_deadline(lines: list[str], issued: datetime.date | None,
                    year: int | None) -> tuple[str, deadlines.Reading] | None:
    """(its words, the date) of the one deadline the lines before a plan's list set for all
    its items, else None: a clause dated before (于…前, …底前) that says the work is done, not
    reported."""
    found: dict[datetime.date, tuple[str, deadlines.Reading]] = {}
    for line in lines:
        if "前" not in line or not _DONE.search(line):
            continue
        for clause in re.split(r"[，,。；;！!]", deadlines.normalise(line)):
            if not _DONE.search(clause) or _REPORTED.search(clause) or \
                    not _DATED_BEFORE.search(clause):
                continue
            reading = deadlines.read(clause, issued, year)
            if reading.due is not None and not reading.milestones and not reading.repeat:
                found.setdefault(reading.due, (clause.strip(), reading))
    return next(iter(found.values())) if len(found) == 1 else None
