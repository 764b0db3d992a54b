"""Chinese deadline phrases -> due date, ongoing, repeat, milestones, and whether to review.

A phrase names the end of its period: 8月底前 -> the last day of August, 年底前 -> 31 December,
上半年 -> 30 June, 第三季度 -> 30 September, “十四五”期间 -> 2025-12-31. A phrase without a
year takes the year of the last year it named, else the plan's year.
"""
import calendar
import datetime
import functools
import re
from dataclasses import dataclass, field

from . import holidays

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # (○ for 〇, as pages often print it)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．／－", "0123456789./-")
_ANY_FULL_WIDTH = re.compile("[０-９．／－]")
_QUOTES = re.compile(r"[\s“”‘’\"'「」『』]")
# 十二月, 八月, 三十日: Chinese numerals before a unit become digits
# 十一月 -> 11月; never 两月 (two months) nor a cadence's 一月一通报 (once a month)
_CN_NUMBER = re.compile(r"(?<!半)((?!两)[一二三四五六七八九十两〇零]{1,3})"
                        r"(?=月(?!一(?![日号一二三四五六七八九十〇零]))|日|号)")

_YEAR = r"(?:19|20)\d\d"
_PATTERN = re.compile(
    # (the characters a phrase can start with, looked for first: the alternatives below are
    # then tried only there, not at every character of an item's text)
    rf"(?=[0-9第一二三四上下年本当今全十每持长長常经經{holidays.FIRST_CHARS}])(?:"
    # a span counted from the plan's issue: 30日内, 14个工作日内, 3个月内
    # (三年内: the years counted as the plan's own count does, dates.py _relative; not
    # 2005年内, a year's end)
    r"(?P<within>(?<!\d)(?P<within_n>\d{1,3})\s*(?P<within_unit>个工作日|工作日|日|天|个月|周|个?星期|年)"
    r"内)"
    # a holiday the work is due before: 春节前, 2020年国庆节前, “七一”前, 六一儿童节前 (not
    # 清明节前后, around it; 春节前一周, a time counted back from it; 春节前返乡的人员, who, not
    # when; 与国庆节前持平, a comparison; nor 第五一, figures)
    rf"|(?P<holiday>(?<![与比较同])(?:(?P<holiday_y>{_YEAR})年)?"
    r"(?<![一二三四五六七八九十〇零\d第])"
    rf"(?P<holiday_name>{holidays.NAMES})[节節]?"
    r"(?=(?:之|以)?前(?!后|[\d一二三四五六七八九十两半]+\s*个?(?:天|日|周|星期|月))"
    r"(?![^，,。；;的]{0,2}的)))"
    rf"|(?P<ymd>(?P<ymd_y>{_YEAR})[-./](?P<ymd_m>\d{{1,2}})[-./](?P<ymd_d>\d{{1,2}}))"
    rf"|(?P<start>(?P<start_y>{_YEAR})年?(?:起|开始))"
    rf"|(?P<ym>(?:(?P<ym_y>{_YEAR})年?)?(?P<ym_m>1[0-2]|0?[1-9])月"
    r"(?:(?P<ym_d>[12]\d|3[01]|0?[1-9])[日号]|(?P<ym_part>上旬|中旬|下旬))?)"
    rf"|(?P<q>(?:(?P<q_y>{_YEAR})年?)?第?(?P<q_n>[一二三四1-4])季度?(?=末|底|前|内|完成|$|[,，。;；])?)"
    rf"|(?P<half>(?:(?P<half_y>{_YEAR})年?)?(?P<half_n>上半年|下半年))"
    # (a year alone is four figures of their own: 20181216 is a plan's number, not 2018;
    # and not a sum or a count, 2000万元, 2020个, 2028完成签约: words after it only of a
    # time, 2025底前)
    # (2019年元旦节: the holiday's day, not the year's end)
    rf"|(?P<year>(?<!\d)(?P<year_y>{_YEAR})(?:年(?!{holidays.NAMES})|"
    r"(?!\s*[\d.%％\u4e00-\u9fff])|(?=\s*[前底末内起至到以后])))"
    r"|(?P<year_end>年底|年末|年内|年前|本年度?|当年|今年|全年)"
    r"|(?P<fyp>十(?P<fyp_n>[一二三四五六七八九]?)五(?:[规規][划劃])?(?:期[间間]|[时時]期|末|内)?)"
    r"|(?P<repeat>每(?P<repeat_unit>年度?|季度?|个?月|半年|半个?月|个半月|周|星期|天|日))"
    r"|(?P<ongoing>持[续續]|[长長]期|常[态態](?:化|工作)|[经經]常性))"
)
# One phrase for each rule above, as people write them: docs/deadlines.md shows how each reads
# (generated), and a test holds every rule to an example.
EXAMPLES = (
    ("2022年8月底前出台具体方案", "month: its last day"),
    ("10月底前完成", "month without a year: the plan's year"),
    ("2022年9月15日前", "a day"),
    ("9月20前", "a day whose 日 is left off, before 前"),
    ("三年内完成", "within N years: the end of the Nth year, the plan's own counted first"),
    ("2022-12-31", "a date in figures (also 2022.12.31, 2022/12/31)"),
    ("2023.6", "a year and month in figures (also 2023/06): the month's last day"),
    ("二〇二三年三月底前", "Chinese numerals"),
    ("2023年6月上旬", "上旬/中旬/下旬: the 10th, 20th, last day"),
    ("1997年4―6月", "a span of months: its last (1-11月, a report's year to date, is none)"),
    ("9月1日至30日", "a span of days in one month: its last"),
    ("12月24日至1月3日", "a span into the next year: its last day, in that year"),
    ("2023.03.01至2023.11.30", "a span of two days: due at its end; its start is no step"),
    ("第三季度", "quarter: its last day"),
    ("2023年一季度末", "quarter of a named year"),
    ("上半年", "half year: 30 June or 31 December"),
    ("2024年", "a year alone: 31 December"),
    ("年底前", "年底, 年末, 年内, 本年度: 31 December of the plan's year"),
    ("“十四五”期间完成", "five-year plan: its last year (十四五 2021–2025, 十五五 2026–2030)"),
    ("持续实施", "持续, 长期, 常态化, 常态工作, 经常性: ongoing, never overdue without a date"),
    ("每年2月底前报送", "每年, 每半年, 每季度, 每月, 每半月, 每周, 每天: repeats; first due after "
                  "the plan is issued"),
    ("2023年起每年开展", "年起: repeats from that year"),
    ("2022年12月底前启动，2023年6月底前完成", "several dates: milestones, due the last"),
    ("明年6月底前", "明年, 次年, 下一年度 (and 今年): counted from the plan's issue date"),
    ("30日内", "N日内, N天内, N周内, N个月内 (一周内, 两个月内 too): counted from the plan's "
              "issue date"),
    ("春节前完成", "a holiday (春节 元旦 清明 端午 中秋 五一 六一 七一 国庆): its eve, the "
              "first after the plan is issued"),
    ("14个工作日内", "N个工作日内: weekends skipped; review, holidays are not known"),
    ("2022年2月30日", "a day not on the calendar: review"),
    ("2022年6月底前", "a due before the plan was issued: review"),
    ("尽快完成", "no date, not ongoing: review"),
)

_REPEATS = {"年": "yearly", "年度": "yearly", "季": "quarterly", "季度": "quarterly",
            "月": "monthly", "个月": "monthly", "半年": "half-yearly", "半月": "semimonthly",
            "半个月": "semimonthly", "个半月": "semimonthly", "周": "weekly", "星期": "weekly",
            "天": "daily", "日": "daily"}
# repeats counted in days, not months
_DAYS_APART = {"semimonthly": 15, "weekly": 7, "daily": 1}
_CLAUSE = re.compile(r"[^,，;；。、]+")
# a rate, not a cadence: 每人每月300元, 每亩每年…, 每日最大承载量, 每天30元
_RATE = re.compile(r"每[人户亩家名座台辆]$")
# (每周工程量, 每年投资额: an amount of each period, not work done in each; not 每月的质量
# 控制指标, the work each month)
_RATE_AFTER = re.compile(r"^(?:\d+(?:\.\d+)?\s*(?:元|万元|块)|最|平均|人均|不超过|限|"
                         r"[^\W\d的]{1,3}?(?<!质)(?:量|额)(?!化))")


def is_rate(before: str, after: str) -> bool:
    """Whether a cadence (每月, 每天) between these words is a rate, not the work's repeat."""
    return bool(_RATE.search(before[-3:]) or _RATE_AFTER.match(after))


@dataclass
class Reading:
    due: datetime.date | None = None
    ongoing: bool = False
    repeat: str | None = None
    milestones: list = field(default_factory=list)  # [{"due": date, "text": str}], 2 or more
    review: bool = False
    why: str | None = None  # why a person should review it, in the data's language
    # the day a span opens (2024.03.01至2024.11.30: 1 March), when the work starts: no step
    start: datetime.date | None = None

    def as_dict(self):
        return {"due": self.due, "ongoing": self.ongoing, "repeat": self.repeat,
                "milestones": self.milestones, "review": self.review}


# years named relative to the plan's issue date: written as the year they name
_NEXT_YEAR = re.compile(r"明年|次年|来年|下一年|下年度")
_THIS_YEAR = re.compile(r"今年")


def relative_years(text: str, issued: datetime.date | None) -> str:
    """明年6月底前 in a plan issued in 2022 -> 2023年6月底前: 明年, 次年, 下一年(度) and 今年
    as the years they name, counted from the issue date (unchanged without one)."""
    if issued is None:
        return text
    text = _NEXT_YEAR.sub(f"{issued.year + 1}年", text)
    # 今年年底前 -> 2022年底前, not 2022年年底前 read twice
    return _THIS_YEAR.sub(f"{issued.year}年", text.replace("今年年", "今年"))


# a span counted from something other than the plan's issue (受理后, 申请之日起, 收到…起)
_OTHER_START = re.compile(r"(?:^|(?<!印发)(?<!发布)(?<!施行)(?<!实施)(?<!之日))"
                          r"(?:之日起|之日后|后|起)$")


def _working_days_after(day: datetime.date, n: int) -> datetime.date:
    """The n-th working day after day, weekends skipped (holidays are not known here)."""
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")


# a year and month in figures, as tables write them: 2023.6, 2023/06 (not 2023.6.30, 3.5亿,
# nor a measure, 2090.7亩, 2015.3公里, 2024.5吨; but 2024.12人社局牵头: a unit's name after it)
_FIGURES_YM = re.compile(r"(?<![\d.])((?:19|20)\d\d)[./](1[0-2]|0?[1-9])"
                         r"(?![\d.%]|\s*(?:[亿万元亩吨]|人次|公[里顷斤]|平方|立方))")


# a date whose year a template page masked (XX年4月下旬, XX年2—4月, 20xx年10月, **年6月底): no day
# can be told from it, and the year of the page the template was saved on is not its year
# (** alone only before a month: 于**年底前** is a page's bold, not a mask)
MASKED_DATE = re.compile(r"(?:(?:19|20)[Xx×＊*]{2}|[Xx×]{2}|[＊*]{2}(?=\s*年\s*\d))\s*年\s*"
                         r"(?:[0-9一二三四五六七八九十]{1,3}\s*(?:[-—―–~～至到]\s*"
                         r"[0-9一二三四五六七八九十]{1,3}\s*)?月"
                         r"(?:\s*[0-9一二三四五六七八九十]{1,3}\s*[日号])?|年?底|年?末)?|"
                         # (2024年××月底前, 9月××日: a month or a day masked)
                         r"(?:(?:19|20)\d\d\s*年\s*)?[Xx×＊*]{1,2}\s*月(?:\s*[Xx×＊*\d]{1,2}\s*[日号])?|"
                         r"\d{1,2}\s*月\s*[Xx×＊*]{1,2}\s*[日号]")
_MASKS = frozenset("Xx×＊*")


# what joins a span's start to its end (12月24日至1月3日, 3月1日—30日)
_TO = r"(?:[-—―–~～至到]|——|――)"
# a span of months in figures, as a schedule's table writes it, due at its end: 2005.1—4
# (January to April 2005), 2023.11—2 (to February 2024), 2023.3—4.15 (to 15 April)
_FIGURES_SPAN = re.compile(rf"(?<![\d.])((?:19|20)\d\d)[./](1[0-2]|0?[1-9])\s*{_TO}\s*"
                           r"(1[0-2]|0?[1-9])(?:[./]([12]\d|3[01]|0?[1-9]))?"
                           r"(?![\d.%月日]|\s*[亿万元])")  # (2015.6—8亿元: a sum)


def _figures_span(m: re.Match[str]) -> str:
    year, start, end = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day = f"{m.group(4)}日" if m.group(4) else ""
    return f"{year if end >= start else year + 1}年{end}月{day}"


# 1997年4―6月, 7-9月: months of one year, a span: the work is due at its end (1-11月 is a
# report's year to date, not a span of work)
# 5月30日一6月4日: 一 typed for the dash between two dates
_ONE_FOR_DASH = re.compile(r"(?<=\d日)一(?=\d{1,2}月)")
# 2016年6底前: a month whose 月 was lost before 底/末
_MONTH_WORD_LOST = re.compile(r"((?:19|20)\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*(?=底|末)")
_MONTH_SPAN = re.compile(rf"((?:19|20)\d\d年)?(?<!\d)(?:1[0-2]|0?[2-9])\s*{_TO}\s*"
                         r"(1[0-2]|0?[1-9])月")


_SPAN_JOIN = re.compile(rf"\s*(?:起|开始)?\s*{_TO}\s*")
# 3月1日至30日: a span of days in one month, due at its last
_DAY_SPAN = re.compile(r"(?<!\d)(1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号]?\s*"
                       rf"{_TO}\s*([12]\d|3[01]|0?[1-9])[日号]")


# 一周内, 两个月内, 十五个工作日内, 三个星期内: a span counted in Chinese numerals
# (a numeral as written, 十五, 二十, 两: not two side by side, 两三天内, 三四个月内, a guess)
_CN_SPAN = re.compile(r"(?<![一二三四五六七八九十两〇零百千万\d第])"
                      r"([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两])"
                      r"(?=\s*(?:个(?:工作日|月|星期)|工作日|天|周|星期|年)内)")


# 力争2025完成, 确保2026全面完成: a year aimed at, its 年 left off (not 共有2028完成签约, a
# count: no word of aiming before it)
_AIMED_YEAR = re.compile(rf"((?:力争|确保|争取|预计|计划|[于到在])\s*{_YEAR})(?=\s*(?:完成|全面))")


# 在3月20前完成: a day whose 日 was left off, before 前
_DAY_WORD_LOST = re.compile(r"(\d{1,2}\s*月\s*\d{1,2})(?=\s*(?:前|之前|以前))")


@functools.lru_cache(maxsize=4096)  # the same phrases come back for every reading of an item
def normalise(phrase):
    if _ANY_FULL_WIDTH.search(phrase) is not None:  # rare: a search is cheaper than a translate
        phrase = phrase.translate(_FULL_WIDTH)
    text = _QUOTES.sub("", phrase)
    if not _MASKS.isdisjoint(text) and ("年" in text or "月" in text):
        text = MASKED_DATE.sub("某时", text)
    # each rewrite only where its mark is in the text at all: an item's whole text is read,
    # and most of its words have none
    if "." in text or "/" in text:
        text = _FIGURES_SPAN.sub(_figures_span, text)
        text = _FIGURES_YM.sub(r"\1年\2月", text)
    if "月" in text:
        # (次年元月十日前: 元月 is the first month of the year)
        text = text.replace("元月", "1月")
        text = _MONTH_SPAN.sub(r"\1\2月", text)
        text = _ONE_FOR_DASH.sub("—", text)
    if "年" in text:
        text = _MONTH_WORD_LOST.sub(r"\1年\2月", text)
        text = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGITS[ch]) for ch in m.group(0)), text)
    if "月" in text or "日" in text or "号" in text:
        text = _CN_NUMBER.sub(lambda m: str(cn_number(m.group(1))), text)
    if "月" in text:
        text = _DAY_SPAN.sub(r"\1月\2日", text)  # (三月一日至三十日 too, in figures by now)
        text = _DAY_WORD_LOST.sub(r"\1日", text)
        text = _WEEKDAY.sub("", text)  # (4月28日（周五）前: by the day, its weekday aside)
        text = _HOUR_OF_DAY.sub("", text)  # (11月7日下午5点之前: by the day, its hour aside)
    if "内" in text:
        # 一周内, 两个月内, 十五个工作日内: a count in Chinese numerals, in figures (not 十一月内,
        # a month: months are counted with 个)
        text = _CN_SPAN.sub(lambda m: str(cn_number(m.group(1))), text)
    if "完成" in text or "全面" in text:
        text = _AIMED_YEAR.sub(r"\1年", text)  # 力争2025完成: the year its 年 was left off
    return text


# the hour of a day before its 前 (下午5点, 17:00, 上午11时30分; 17:00点前 and a traditional
# print's 17點前, the clock's figures said with 点 too)
_HOUR_OF_DAY = re.compile(r"(?<=[日号])\s*(?:(?:[上下中]午|早上|晚上)?\s*\d{1,2}"
                          r"(?:[:：]\d{2}[点點时]?|[点點时](?:\d{1,2}分|半|整)?)|下班)"
                          r"(?=\s*(?:之|以)?前)")


# the weekday a page adds in brackets after a day (于2017年4月28日（周五）前, 5月10日（星期二）
# 17:00前)
_WEEKDAY = re.compile(r"(?<=[日号])\s*[（(](?:周|星期|礼拜)[一二三四五六日天][）)]")


def cn_number(text):
    """一 .. 九十九 as an int: 十二 -> 12, 二十 -> 20, 三十一 -> 31."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _month_end(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


# the first year a text names, and what follows it: 年度 and a word (2018年度财政扶贫…项目), or
# a document's or a programme's name (2020年工作要点): what the year names, not a time
_FIRST_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
# (not 2024年计划改造, 2018年度计划…: the year the work is planned for)
_PROGRAMME = re.compile(r"度(?!内|前|底|末|计划)[\u4e00-\u9fff]{2}|"
                        r"度?(?:工作要点|工作计划|工作方案|要点|方案|报告|总结|预算|决算|重点工作)")


def names_a_programme(text):
    """Whether the first year text names is that of a programme or a document (…村2018年度
    财政扶贫建设…项目, 印发2020年工作要点), not a time the work is due by."""
    m = _FIRST_YEAR.search(text)
    return m is not None and _PROGRAMME.match(text, m.end()) is not None


def read(phrase, issued=None, year=None):
    """How vtrack reads one deadline phrase, for a plan issued on `issued` (or None).

    year: the year the plan's work is for, where it is not the issue date's (a plan signed
    in December 2022 for 2023 names 2023 in its title): a month without a year takes it."""
    # 明年 from the issue date; without one, from the plan's year
    text = relative_years(normalise(phrase or ""),
                          issued or (datetime.date(year, 1, 1) if year else None))
    reading = Reading()
    plan_year = year or (issued.year if issued else None)
    year = None  # the last year the phrase named: a later bare month belongs to it
    repeat_from = None
    dated = []  # (date, where in text)
    for m in _PATTERN.finditer(text):
        kind = m.lastgroup if m.lastgroup in _KINDS else _kind(m)
        if kind == "ongoing":
            reading.ongoing = True
            continue
        if kind == "repeat":  # the first cadence named is the task's own (每月上报…每季度…)
            if not is_rate(text[:m.start()], text[m.end():]):
                reading.repeat = reading.repeat or _REPEATS[m.group("repeat_unit")]
            continue
        if kind == "start":
            year = repeat_from = int(m.group("start_y"))
            continue
        if kind == "holiday":
            due = _holiday_eve(m, year, issued, plan_year)
            if m.group("holiday_y"):
                year = int(m.group("holiday_y"))
            elif due and issued is None and year is None:
                # (a winter plan known by its year alone: which 春节 it means is a guess)
                reading.review = True
                reading.why = f"没有发布日期，节日按计划年份推算，请核对：{m.group(0)}前"
            if due:
                dated.append((due, m.start(), m.end(), True))
            continue
        if kind == "within":
            if _OTHER_START.search(text[:m.start()]):
                continue  # 申请之日起14个工作日内办结: a service's standard, not a deadline
            if text.startswith("的", m.end()):
                continue  # 毕业5年内的高校毕业生: whom the span describes, not when
            if issued is None:
                reading.review, reading.why = True, f"须知道计划的发布日期：{m.group(0)}"
                continue
            due = _within(issued, int(m.group("within_n")), m.group("within_unit"))
            if "工作日" in m.group("within_unit"):
                reading.review = True
                reading.why = f"按工作日推算（未计节假日），请核对：{m.group(0)}"
            dated.append((due, m.start(), m.end(), True))
            continue
        explicit = m.group(f"{kind}_y") if kind in ("ymd", "ym", "q", "half", "year") else None
        if explicit:
            year = int(explicit)
        use_year = year or plan_year
        try:
            due = _date_of(kind, m, use_year)
        except ValueError:
            reading.review, reading.why = True, f"不是真实的日期：{m.group(0)}"
            return reading
        if due is None:
            continue
        if dated and not explicit and due < dated[-1][0] and \
                _SPAN_JOIN.fullmatch(text[dated[-1][2]:m.start()]):
            due = _add_months(due, 12)  # 12月24日至1月3日: the span runs into the next year
            year = due.year  # (…，1月10日前报送总结: a month after it is of that year too)
        if dated and _SPAN_JOIN.fullmatch(text[dated[-1][2]:m.start()]):
            # 2024.03.01至2024.11.30, 3月1日起至4月30日: the day before 至 is when the work
            # starts, no step of it; the span is due at its end
            opened = dated.pop()[0]
            reading.start = reading.start or opened
        dated.append((due, m.start(), m.end(), explicit is not None or kind == "fyp"))
    if reading.repeat and repeat_from is None and dated and issued and not dated[0][3]:
        # 每年2月底前 in a plan issued in August: the first such day after the plan
        first = dated[0][0]
        while first < issued:
            # by months, never replace(year=): 2000-02-29 a year on is 2001-02-28
            if reading.repeat in _DAYS_APART:  # half a month: the 1st and the 16th
                first += datetime.timedelta(days=_DAYS_APART[reading.repeat])
            else:
                first = _add_months(first, {"yearly": 12, "half-yearly": 6,
                                            "quarterly": 3}.get(reading.repeat, 1))
        dated[0] = (first,) + dated[0][1:]
    # 2023年年底前: one date named twice is one date
    dated = [d for k, d in enumerate(dated) if all(d[0] != e[0] for e in dated[:k])]
    if len(dated) > 1:
        reading.milestones = [{"due": due, "text": _clause(text, start, end)}
                              for due, start, end, _ in sorted(dated)]
    if dated:
        reading.due = max(d[0] for d in dated)
        if any(not d[3] for d in dated) and plan_year is None and year is None:
            reading.review, reading.why = True, "没有年份，须知道计划的发布日期"
    if reading.due is None and not reading.ongoing and not reading.repeat \
            and not reading.review:
        reading.review, reading.why = True, "读不出期限"
    if reading.due and issued and reading.due < issued and not reading.repeat:
        reading.review, reading.why = True, f"截止日期 {reading.due} 早于计划发布日期 {issued}"
    return reading


def _holiday_eve(m, year, issued, plan_year):
    """The day before the holiday m names: of the year it gives, else the first after the
    plan's issue, or after the start of the last year the phrase named (2020年1月20日起…
    春节前: that year's), whichever is later; with neither, the first in the plan's year (a
    guess the caller flags: a winter plan of 2021 means the 春节 of 2022)."""
    name = m.group("holiday_name")
    if m.group("holiday_y"):
        return holidays.eve(name, int(m.group("holiday_y")))
    starts = [day for day in (issued, datetime.date(year, 1, 1) if year else None) if day]
    if not starts and plan_year:
        starts = [datetime.date(plan_year, 1, 1)]
    return holidays.next_eve(name, max(starts)) if starts else None


def _within(issued, n, unit):
    if unit == "年":
        return datetime.date(issued.year + n - 1, 12, 31)  # (三年内 from 2007: 2009's end)
    if "工作日" in unit:
        return _working_days_after(issued, n)
    if unit == "个月":
        return _add_months(issued, n)
    return issued + datetime.timedelta(days=n * 7 if unit in ("周", "星期", "个星期") else n)


_KINDS = {"within", "holiday", "ymd", "start", "ym", "q", "half", "year", "year_end", "fyp",
          "repeat", "ongoing"}


def _kind(m):
    for kind in _KINDS:
        if m.group(kind) is not None:
            return kind
    raise AssertionError(m.group(0))


def _date_of(kind, m, year):
    if kind == "fyp":
        n = 10 + (_CN_DIGITS[m.group("fyp_n")] if m.group("fyp_n") else 0)
        # the 11th five-year plan was 2006-2010; each since is the next five years
        return datetime.date(2006 + 5 * (n - 11) + 4, 12, 31) if n >= 11 else None
    if year is None:
        return None
    if kind == "ymd":
        return datetime.date(year, int(m.group("ymd_m")), int(m.group("ymd_d")))
    if kind == "ym":
        month = int(m.group("ym_m"))
        if m.group("ym_d"):
            return datetime.date(year, month, int(m.group("ym_d")))
        part = m.group("ym_part")
        if part == "上旬":
            return datetime.date(year, month, 10)
        if part == "中旬":
            return datetime.date(year, month, 20)
        return _month_end(year, month)
    if kind == "q":
        n = m.group("q_n")
        quarter = int(n) if n.isdigit() else _CN_DIGITS[n]
        return _month_end(year, quarter * 3)
    if kind == "half":
        return datetime.date(year, 6, 30) if m.group("half_n") == "上半年" \
            else datetime.date(year, 12, 31)
    return datetime.date(year, 12, 31)  # year, year_end


def _add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return min(day.replace(year=year, month=month, day=1) + datetime.timedelta(days=day.day - 1),
               _month_end(year, month))


def _clause(text, start, end):
    for m in _CLAUSE.finditer(text):
        if m.start() <= start < m.end():
            return m.group(0)
    return text[start:end]
