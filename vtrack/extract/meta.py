"""Plan metadata from the text's head: title, issuer, 文号, issued date, horizon."""
import datetime
import re
from collections.abc import Sequence
from typing import TypedDict

from .. import deadlines
from .dates import BUILT
from .owners import PAGE_CHROME, PAGE_FIELD

# the day a page put a document up, under the words for doing so
_PAGE_ACTION_DAY = r"(?:上载|上传|更新|录入|发表|发稿|刊发)(?:日期|时间)"
_META_KEY = re.compile(r"(发布机构|发布机关|发文机关|发文单位|发布单位|發布機構|發布機關|成文日期|"
                       r"发文日期|印发日期|生成日期|信息名称|文件名称|"
                       r"发布日期|發布日期|发布时间|發布時間|发文字号|發文字號|文号|文號|"
                       # (上载日期:2022/11/30 15:18:24 来源:…: the day a page put it up)
                       rf"{_PAGE_ACTION_DAY}|"
                       # (时间 alone as a field's label, its value a date: not a sentence's
                       # word, 报送材料的时间区间为2012年1月1日至…)
                       # (日期:2017-08-23 16:26:52 来源:…: the same, a page's date)
                       r"(?:时间|時間|(?<![\u4e00-\u9fff])日期)"
                       r"(?=[ \t\]】|｜]*(?:[:：]|(?:19|20)\d\d)))"
                       r"[ \t\]】｜]*[:：]?[ \t|\]】｜]*([^|｜\]\[\n]+)")
# the next of a page's index fields on the same line (发布机构: 某县人民政府 生成日期: …; the
# space between them may be gone)
_NEXT_FIELD = re.compile(r"\s*" + PAGE_FIELD.pattern)
DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]"
                     r"\s*\d{1,4}\s*[号號]")
_CITED_NO = re.compile(r"》[（(]?$")  # 《…》（国办发〔2022〕16号）: another document's 文号
_NOTICE_TITLE = re.compile(r"关于印发[《“]?(.+?)[》”]?的通知")
_PLAN_WORDS = re.compile(r"(方案|计划|計劃|意见|意見|办法|辦法|规划|規劃|措施|细则|細則|"
                         r"要点|要點)$")
DATE_WORDS = re.compile(r"((?:19|20)\d\d)\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})")
# on its own line; in brackets under the title of a draft or a speech: （2015年9月15日）
_SIGNATURE_DATE = re.compile(r"^[（(]?((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日[)）]?$")
_RUN_TOGETHER = re.compile(r"^((?:19|20)\d\d)(\d{2,4})$")
# (二0一九年, 二○一九年: a zero typed as a figure, a letter or a circle)
_ZERO_FORMS = str.maketrans("○0OＯ", "〇〇〇〇")
# 二〇〇七年八月十二日, a signature's date in Chinese numerals
_CN_SIGNATURE_DATE = re.compile(r"^[（(]?([〇零一二三四五六七八九]{4})年"
                                r"([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日[)）]?$")
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,30}"
                          r"(人民政府|办公室|辦公室|委员会|委員會|教委|局|厅|廳|委)$")
_UNIT_PREFIX = re.compile(r"^(.{1,12}?(?:人民政府办公室|人民政府|委员会|教委|局|厅|委))")
_HORIZON = re.compile(r"(?:到|至|截至|力争)\s*((?:19|20)\d\d)\s*年")
_FIVE_YEAR = re.compile(r"十([一二三四五六七八九]?)五")
_CN = "一二三四五六七八九"


class Metadata(TypedDict):
    """What the head of a plan says about it (the keys departments.region_of reads of a plan
    among them)."""
    title: str
    issuer: str | None
    doc_no: str | None
    issued: datetime.date | None
    # the issue date is a page's (发布日期, 时间, a byline), not the plan's own (成文日期, the
    # date under its signature): a page that reposts an old plan stamps its own day
    stamped: bool
    horizon: datetime.date | None
    # the 文号 is one the opening cites after a title (《…》（鲁政办发〔2016〕16号）), taken for a
    # plan with no date of its own, not one at its head
    doc_no_cited: bool


def metadata(lines: list[str]) -> Metadata:
    """{title, issuer, doc_no, issued, horizon} found in the lines; absent ones are None."""
    text = "\n".join(lines)
    found: dict[str, str] = {}
    # 发布机构: 某县人民政府 生成日期: 2024-03-16: two fields on a line, each read on its own
    def apart(part: str) -> str:
        return _NEXT_FIELD.sub(lambda m: "\n" + m.group(0).strip(), part)
    fields = apart(text)
    head_end = len(apart("\n".join(lines[:HEAD_LINES])))  # (where the page's head ends)
    for m in _META_KEY.finditer(fields):
        key, value = _canonical_key(m.group(1)), m.group(2).strip(" |:：")
        if key == "time" and (m.start() >= head_end or re.search(r"[至到]", value)):
            continue  # (统计时间：2022年1月1日至…, a span in the plan's words: no page's field)
        if m.group(1) == "日期" and not _page_stamp(fields[fields.rfind("\n", 0, m.start()) + 1:
                                                           m.end()], value):
            continue  # (日期：2024年1月5日（星期五）上午9:00: a meeting's day, no page's stamp)
        found.setdefault(key, value)
    title = _title(lines, found.get("name"))
    own = _date(found.get("written")) or _signature_date(lines)
    issued = own or _date(found.get("published")) or _date(found.get("time")) or \
        _byline_date(lines)
    # the 文号 the head gives, else the first in the text's first third; where the plan has
    # its date, not another document's cited by its title (根据《…的通知》（国办发明电〔2022〕
    # 16号）精神，现将2023年…: the year the date gives is the plan's)
    opening = text[: len(text) // 3 or None]
    first = DOC_NO.search(opening)
    cited = bool(first and _CITED_NO.search(text[max(0, first.start() - 2):first.start()]))
    if cited:
        if issued is not None:
            first = None  # (nor one cited after it: 和宁办发〔2021〕30号文件精神)
        else:
            # (根据《…》(教师〔2009〕1号)和《…》(教师厅〔2015〕1号)精神: with no date of its
            # own, a plan is of the year of the latest document it cites, not the first)
            first = max(DOC_NO.finditer(opening),
                        key=lambda m: re.sub(r"\D", "", m.group(0))[:4])
    headed = DOC_NO.search(found.get("doc_no") or "")
    given = headed or first
    doc_no = re.sub(r"\s", "", given.group(0)) if given else None
    issuer = _signature_issuer(lines) or found.get("issuer") or _title_issuer(title)
    return {"title": title, "issuer": issuer, "doc_no": doc_no, "issued": issued,
            "stamped": own is None and issued is not None,
            "horizon": _horizon(text, title, issued),
            "doc_no_cited": headed is None and first is not None and cited}


def _page_stamp(line: str, value: str) -> bool:
    """Whether a 日期: field, its line and its value, is the page's stamp: written 2017-08-23,
    or on a line with the page's other words (来源, 作者); not 报送截止 ⏎ 日期：2023年12月25日, a
    time limit."""
    return bool(_PAGE_WORDS.search(line) or _STAMP_DAY.match(value))


# the words a page's stamp runs on with (日期:2017-08-23 16:26:52 来源:东海县国土局 作者:)
_PAGE_WORDS = re.compile(r"来源|來源|作者|浏览|瀏覽|点击|點擊|编辑|編輯|发布者|阅读")
_STAMP_DAY = re.compile(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}")


def _canonical_key(key: str) -> str:
    if key in ("发布机构", "发布机关", "发文机关", "发文单位", "发布单位", "發布機構", "發布機關"):
        return "issuer"
    if key in ("成文日期", "发文日期", "印发日期"):
        return "written"
    if key in ("发布日期", "發布日期", "生成日期", "发布时间", "發布時間") or \
            re.fullmatch(_PAGE_ACTION_DAY, key):
        return "published"
    if key in ("时间", "時間", "日期"):
        return "time"
    if key in ("信息名称", "文件名称"):
        return "name"
    return "doc_no"


def _date(value: str | None) -> datetime.date | None:
    m = DATE_WORDS.search(value or "")
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# a web page's byline under its title: 2010-09-20 |  来源:  |  分享到:, 2021-03-30 10:49 作者：…,
# maybe after the name of the site or paper it is from (安陆新闻网 2011-4-28 |; not a sidebar's
# headline and its date: 我县召开防汛工作会 2019-06-02)
_BYLINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,10}(?:网站?|報|报|台|社|在线)\s*"
                     r"(?:www\.[\w.]+\s*)?)?"  # (中国政府门户网站 www.gov.cn 2005年11月07日)
                     r"((?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})日?"
                     r"(?:\s*\d{1,2}:\d\d(?::\d\d)?)?\s*(?:[|｜]|来源|來源|作者|浏览|瀏覽|点击|"
                     r"點擊|编辑|編輯|字号|字號|分享|$)")
# a stamp with its time of day, after a channel's short name (时事   2024-10-22 14:35   福建:
# a reposting account's line; a headline beside a date is longer, and gives no time; not a
# time the page sets, 报名截止 2025-01-10 17:00, 会议时间 …)
_TIMED_STAMP = re.compile(r"^\s*(?:(?![^\s\d]*(?:截止|截至|时间|日期|期限|开始|结束))"
                          r"[\u4e00-\u9fff]{1,4}\s*)?"
                          r"((?:19|20)\d\d\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})\s+\d{1,2}:\d\d(?!\d)")
HEAD_LINES = 12  # lines: the page's head, above the plan's words (its title, its byline)


def _byline_date(lines: list[str]) -> datetime.date | None:
    """The day a web page's byline near its top gives, where nothing else dates the plan."""
    for line in lines[:HEAD_LINES]:
        m = _byline(line)
        if m:
            return _date(m.group(1))
    return None


def _byline(line: str) -> re.Match[str] | None:
    return _BYLINE.match(line) or _TIMED_STAMP.match(line)


def is_byline(line: str) -> bool:
    """Whether line is a web page's byline (2021-03-30 10:49 作者：…, 中国政府门户网站 www.gov.cn
    2005年11月07日 来源：…): the page's, no words of the plan."""
    return _byline(line) is not None


def _signature_date(lines: list[str]) -> datetime.date | None:
    """The date on its own line under the signature (_dated_line), the first such line: a
    notice that forwards another organ's document signs above it (…小学 ⏎ 2007年9月5日 ⏎
    南安市教育局 … 2007年8月29日)."""
    return next((day for day in map(_dated_line, lines) if day), None)


def _dated_line(line: str) -> datetime.date | None:
    """The day a line that is only a date gives: 2022年8月9日, 二〇二二年八月九日, or run
    together: 2023324."""
    m = _SIGNATURE_DATE.match(line)
    if m:
        return _date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    m = _CN_SIGNATURE_DATE.match(line.strip().translate(_ZERO_FORMS))
    if m:
        year, month, day = (deadlines.cn_number(part) for part in m.groups())
        return _date(f"{year}-{month}-{day}")
    m = _RUN_TOGETHER.match(line)
    if m:
        year, rest = int(m.group(1)), m.group(2)
        # 324 -> 3-24 (no month 32); 1231 -> 12-31; 1111 -> 11-11
        for split in ((1, 2) if len(rest) < 4 else (2,)):
            try:
                return datetime.date(year, int(rest[:split]), int(rest[split:]))
            except ValueError:
                continue
    return None


def _signature_issuer(lines: list[str]) -> str | None:
    """The organ named on one of the three lines over the first date line (_dated_line) that
    has one."""
    for at, line in enumerate(lines):
        if _dated_line(line):
            for before in reversed(lines[max(0, at - 3):at]):
                if _ISSUER_LINE.match(before):
                    return before
    return None


# …的通知, …的函, …的批复 (…〔2023〕5号): the title of a paper sent to units, at the head
_NOTICE_HEADING = re.compile(r"(?:通知|函|批复|通报|意见)\s*(?:[（(][^（）()]{2,30}[）)])?$")
_NOTICE_HEAD_LINES = 12


def is_notice(info: Metadata, lines: list[str]) -> bool:
    """Whether the document is a paper sent to units (a 文号 of its own, or a notice's,
    letter's or reply's title among its first lines), not news of one, a report, nor a
    citizen's letter to an organ."""
    return info["doc_no"] is not None or any(
        _NOTICE_HEADING.search(line.strip()) for line in lines[:_NOTICE_HEAD_LINES])


def names_plan(title: str) -> bool:
    """Whether a title names a plan (…实施方案, …工作要点), as the title a notice sends out."""
    return bool(_PLAN_WORDS.search(title))


def _title(lines: list[str], named: str | None = None) -> str:
    head = [line for line in lines[:40] if not _NOT_TITLE.match(line)]
    for line in head:
        m = _NOTICE_TITLE.search(line)
        if m:
            return m.group(1).strip("《》“”")
    for line in head:
        # an item of the list (1.2020年9月底前制定工作方案) names a plan's word, not the plan
        if 6 <= len(line) <= 60 and _PLAN_WORDS.search(_TRAILING_NOTE.sub("", line)) \
                and not _ITEM_LINE.match(line):
            return line
    for k, line in enumerate(head):
        # 当前位置：首页 > 行政部门 > 创建办 ⏎ 创建办工作职责: the duties of the office the
        # site's path leads to (not a notice's heading of its own, …办公室工作职责, further on)
        if _BREADCRUMB.search(line):
            duties = next((later for later in head[k + 1:k + 4]
                           if 4 <= len(later) <= 40 and later.endswith("职责")), None)
            if duties:
                return duties
    if named and 6 <= len(named) <= 80:
        return named  # the page's index names the document: 信息名称：关于…的督查报告
    for line in head:  # a table's title row (2023年重点任务分解表), above its header
        if 6 <= len(line) <= 60 and "|" not in line \
                and _TABLE_TITLE.search(_TRAILING_NOTE.sub("", line)):
            return line
    # else the first short line of words: not a table's header row, nor an item of the
    # plan's list (an excerpt that starts inside it: 2、由县建设局为主，…), nor a labelled
    # line or a sentence (落实单位：…, …活动。)
    return next((line for line in head if len(line) <= 60 and re.search(r"[\u4e00-\u9fff]", line)
                 and not _ITEM_LINE.match(line) and not re.search(r"[|：:]|[。；;]$", line)
                 and not _SITE_CHROME.search(line) and not PAGE_CHROME.search(line)
                 and not _BREADCRUMB.search(line)),
                "")


# 首页 > 新闻 > 安康: the site's path to the page, and • 联系电话…: its links; no plan's title
_BREADCRUMB = re.compile(r"[>＞›»]\s*[\u4e00-\u9fff]|^\s*[•·]")


# a web site's own words (建议使用1440*768分辨率 IE9.0及以上版本浏览器, 欢迎访问…网站), besides
# its footer (owners.PAGE_CHROME): no plan's title
_SITE_CHROME = re.compile(r"分辨率|浏览器|浏览量|点击数|^\s*欢迎(?:访问|光临|来到)")


_ITEM_LINE = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]|^\s*[（(]")
# a comment line or an address (# source: https://…) is never a plan's title
_NOT_TITLE = re.compile(r"^\s*(?:#|https?://|www\.)")
# a title's closing note: …推进情况(1-8月), …分解表（征求意见稿）
_TRAILING_NOTE = re.compile(r"\s*[（(][^（()）]{1,12}[)）]$")


_TABLE_TITLE = re.compile(r"(?:[^代]表|清单|台账|进展情况|落实情况|完成情况|推进情况)$")


def _title_issuer(title: str | None) -> str | None:
    if (title or "").startswith("关于"):
        return None  # (关于转发市应急局…的通知: the words of the title, no issuer before them)
    m = _UNIT_PREFIX.match(title or "")
    return m.group(1) if m else None


def _horizon(text: str, title: str | None,
             issued: datetime.date | None) -> datetime.date | None:
    """The plan's own end date: 至2026年, 到2025年, or its five-year plan's last year."""
    years = [int(y) for y in _HORIZON.findall(text)]
    m = _FIVE_YEAR.search(title or "")
    if m:
        n = 10 + (_CN.index(m.group(1)) + 1 if m.group(1) else 0)
        years.append(2006 + 5 * (n - 11) + 4)
    if issued:
        years = [y for y in years if y >= issued.year]
    return datetime.date(max(years), 12, 31) if years else None


_RANGE = re.compile(r"((?:19|20)\d\d)\s*年?\s*[-—–~～至到]+\s*((?:19|20)\d\d)")


_TERM = r"(第[一二]学期|[上下]学期|春季学期|秋季学期)"
_SCHOOL_TERM = re.compile(r"((?:19|20)\d\d)\s*[-—–~～至]\s*((?:19|20)\d\d)\s*学年度?\s*"
                          + _TERM)
_SPRING = ("第二学期", "下学期", "春季学期")
_ONE_YEAR_TERM = re.compile(r"((?:19|20)\d\d)\s*学年度?\s*" + _TERM)  # 2016学年第二学期


def work_year(info: Metadata, lines: Sequence[str]) -> int | None:
    """The year the plan's work is for (named_year), else its issue date's, else, where the
    page gives no date, the year its opening says it sends out (stated_year: 现将2025年…有关
    事项通知如下; a notice dated in March may send out the last year's assessment). Where
    the page gives no date, the year the plan's purpose names (为做好2017年度…工作) comes
    before a 文号 the opening cites (《…》（鲁政办发〔2016〕16号）), no number of its own."""
    issued = info["issued"]
    if issued is None and info["doc_no_cited"] and \
            named_year({**info, "doc_no": None}) is None:
        purpose = purpose_year(lines)
        cited = year_in(info["doc_no"])
        # (a plan is no older than the document it cites: 为贯彻落实2018年…会议精神，根据
        # 《…》（鲁办发〔2019〕2号） is of 2019)
        if purpose is not None and (cited is None or purpose >= cited):
            return purpose
    return named_year(info) or (issued.year if issued else stated_year(lines))


def purpose_year(lines: Sequence[str]) -> int | None:
    """The year the purpose a plan opens with names (为做好2017年度全市散煤治理工作，…制定本
    方案), in the first paragraph of its text; None where it names none."""
    for line in lines[:_STATED_WITHIN]:
        if line.startswith("#") or len(line) < _OPENING:
            continue
        if line.rstrip().endswith(("：", ":")) and not line.lstrip().startswith("为"):
            continue  # (党中央有关部门办公厅（室），国务院各部委…: the head's addressees)
        m = _PURPOSE_YEAR.match(_GROUNDS_FIRST.sub("为", _CITED.sub("", line.strip())))
        return int(m.group(1)) if m else None
    return None


def reposted_year(info: Metadata, lines: Sequence[str]) -> int | None:
    """The year of a plan a page reposted years later, its issue date the day the page
    stamped on it (时间:2022-10-16 over 现将2008年…通知如下, or over a campaign 自2013年11月
    1日…): the year the sending clause names, else the one year of every date of the plan's
    own work, where that is two years or more before the page's date and the title and 文号
    name none; else None (a plan's own dates are of its year or the next). Not where the
    plan dates itself (成文日期, a date under its signature): that date is its own."""
    issued = info["issued"]
    if issued is None or not info["stamped"] or named_year(info) is not None:
        return None
    # (or the year of its own 文号 at its head, 黑政办发〔2004〕58号 under a page stamped 2021)
    numbered = re.search(r"[〔\[［(（]\s*((?:19|20)\d\d)\s*[〕\]］)）]", info["doc_no"] or "")
    own = stated_year(lines) or dated_year(lines) or \
        (int(numbered.group(1)) if numbered else None) or held_year(lines)
    return own if own is not None and own <= issued.year - _REPOST_GAP else None


# 导语：…一文来源于网友上传，不代表本站观点, 本文由用户上传: a sharing site's word that a user
# put the text up (sought only in the lede above the items: not 清理由网友上传的…, an item's)
_USER_UPLOAD = re.compile(r"(?:来源于|来自|由)(?:网友|用户)上传|(?:网友|用户)上传(?:分享|发布)")
# a line that opens the plan's numbered items: the site's lede is above it
_ITEM_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|"
                         r"\d{1,2}[.、．])")


def uploaded(info: Metadata, lines: Sequence[str]) -> bool:
    """Whether the page's stamped day is the day a user put the plan up on a sharing site
    (时间:2022-12-13 over 导语:…一文来源于网友上传, in the site's lede above the plan's items):
    no date of the plan's, whose year its own words tell."""
    if not info["stamped"] or named_year(info) is not None:
        return False
    for line in lines[:_STATED_WITHIN]:
        if _ITEM_OPENS.match(line):
            return False
        if _USER_UPLOAD.search(line):
            return True
    return False


# 到2020年, 比2012年: a year a target is set for or a figure is measured against
_TARGET_OR_BASE = re.compile(r"(?:到|至|比|较|同比|截至)\s*$")


def named_as_target_only(lines: Sequence[str], year: int) -> bool:
    """Whether every time the text names year it names a target's or a comparison's year (到
    2020年…, 比2012年增长10%): no year of the plan's own work."""
    text = "\n".join(line for line in lines if not line.startswith("#"))
    found = [m.start() for m in re.finditer(rf"(?<!\d){year}\s*年", text)]
    return bool(found) and all(_TARGET_OR_BASE.search(text[max(0, at - 4):at]) for at in found)


def cites_a_recent_paper(lines: Sequence[str], year: int) -> bool:
    """Whether the text cites a paper of the year before year or of year itself (落实《…2021年
    重点项目突破计划》 under a stamp of 2022): a plan of that time, whose work the stamp's year
    may well be."""
    return any(int(y) in (year - 1, year) for line in lines if not line.startswith("#")
               for cited in _CITED.findall(line) for y in _OPENING_YEAR.findall(cited))


def held_year(lines: Sequence[str]) -> int | None:
    """The year of the meeting a news page reports, as its lede dates it (集团公司于2011年11月
    10日在南宁召开…座谈会), among its first lines; not one it recalls (省政府于2020年7月召开的
    …会议精神: 召开的, another meeting's); None where none does."""
    for line in lines[:_STATED_WITHIN]:
        text = _CITED.sub("", line).strip()
        m = _HELD.search(text)
        # (…召开…会议，三年来…: a meeting years gone by, its sentence counting since)
        if m and not _RECALLED_BEFORE.search(m.group(0)) and \
                not _SINCE_THEN.search(text.split("。", 1)[0], m.end()):
            return int(m.group(1))
    return None


_RECALLED_BEFORE = re.compile(r"为贯彻|贯彻落实|按照|根据|自(?!治)|继(?!续)")
_SINCE_THEN = re.compile(r"年来|以来|此后|后来|之后|以后|会后")
# 于2011年11月10日在南宁召开, 于2019年5月8日上午举行: the day the reported meeting was held, as
# the page's first sentence tells it (not 自我县于2011年5月召开…以来, 为贯彻市委于2018年12月召开
# 全会提出的…: a meeting recalled)
_HELD = re.compile(r"^[^。；;]{0,60}?(?<![自从])于\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月"
                   r"\s*\d{1,2}\s*[日号][^。；;，,]{0,20}?(?:召开|举行|举办)"
                   r"(?![^。；;，,]*?(?:的|精神|后))")


_REPOST_GAP = 2  # years between a plan's own dates and the issue date a reposting page gives
# a date of the plan's own work: its period or its time limit (本次集中整治的时间自2013年11月1日
# —12月10日, 于2013年11月7日前), not a dated event it recalls (2019年8月，我县被确定为…,
# 省政府于2020年7月召开的…: 于 and 在 before a day say when, not by when)
_OWN_DATE = re.compile(r"(?:[自从到至]\s*)?(?<!\d)((?:19|20)\d\d)\s*年"
                       r"\s*(?:1[0-2]|0?[1-9])\s*月(?:\s*(?:[12]\d|3[01]|0?[1-9])\s*[日号])?"
                       r"(?P<end>\s*(?:底|末|中旬|下旬|上旬)?\s*(?:前|止|起|[-—―–~～至到]))?")


def dated_year(lines: Sequence[str]) -> int | None:
    """The one year every date of the plan's own work is of (自2013年11月1日—…, 于2013年11月7日
    前): a date that opens a period or closes a time limit, not one of a document it cites
    (《…》) or the past it counts from (自2005年…以来); None where it gives no such date, or
    dates in two years."""
    years = set()
    for line in lines:
        if line.startswith("#"):
            continue
        for m in _OWN_DATE.finditer(_SINCE.sub("", _CITED.sub("", line))):
            if m.group("end") or m.group(0)[:1] in "自从到至":
                years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


def named_year(info: Metadata) -> int | None:
    """The year the plan's work is for as its title or 文号 names it, which a month without
    a year belongs to: the one year its title names (2023年…工作要点, even when signed in
    December 2022), else its 文号's (〔2016〕12号, where that is the issue year or the one
    before: a 文号 cited from an older document is not the plan's own). A title naming a span
    (2021—2023年) names no one year; a school year names the year it starts (2009学年), or
    the next for its spring term (2016学年第二学期: 2017). None where neither names one."""
    issued = info["issued"]
    title = info["title"] or ""
    term = _SCHOOL_TERM.search(title)
    if term:
        # 2020-2021学年第二学期: a school year's spring term is in its second year
        return int(term.group(2) if term.group(3) in _SPRING else term.group(1))
    one = _ONE_YEAR_TERM.search(title)
    if one and one.group(2) in _SPRING:
        return int(one.group(1)) + 1  # 2016学年第二学期: the spring of 2017
    # (a year as a year: 2024年, 2023-2025, 2009学年 (the school year it starts); not a
    # count, 2000万斤)
    years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?=\s*学?年|\s*[-—–~～至到]\s*(?:19|20)\d\d)",
                           title))
    if len(years) == 1 and not _RANGE.search(title):
        named = int(years.pop())
        # 2035年远景目标 names a horizon, not the year of the work, and 关于上报2009年度…情况
        # issued in 2010 the year reported on (a 2023年冬季…方案 issued in January 2024 is
        # still the work of its year)
        reported = named == (issued.year - 1 if issued else None) and _REPORTED.search(title)
        if issued is None or (issued.year - 1 <= named <= issued.year + 1 and not reported):
            return named
    numbered = re.search(r"[〔\[［(（]\s*((?:19|20)\d\d)\s*[〕\]］)）]", info["doc_no"] or "")
    if numbered:
        year = int(numbered.group(1))
        if issued is None or issued.year - 1 <= year <= issued.year:
            return year
    return None


# the clause that sends the plan out says the year of its work (现将2025年迎新工作有关安排通知
# 如下, 现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下, 现将2019年重点工作
# 及责任分解印发给你们) (not an account of work done: 现将2022年…督查情况通报如下, …总结如下)
_SENDS_OUT = re.compile(r"[现現][将將就对對提][^。；;]{0,8}?(?<!\d)((?:19|20)\d\d)\s*年"
                        r"(?P<what>[^。；;]{0,60}?)(?:如下|印发给你们|印發給你們|下达|下達)")
# …，特制定2014年应急演练计划。: the plan says the year it is drawn up for, as it opens
_DRAWN_UP = re.compile(r"(?:特|现|为此)制定(?:了|出)?(?:本)?((?:19|20)\d\d)\s*年"
                       r"(?P<what>[^。；;，,]{0,30}?)(?:计划|方案|要点|安排|意见|细则)")
_ACCOUNT = re.compile(r"情况|情況|总结|總結|通报|通報|综述|綜述|呈报|呈報|报告如下|報告如下|"
                      r"考核|考評|考评|评比|評比|验收|驗收|决算|決算")


def stated_year(lines: Sequence[str]) -> int | None:
    """The year the clause that sends the plan out names (现将2008年…有关事项通知如下), among
    its first lines; None where none does, where it names two years (…2018年考核结果及2019年
    工作安排), or where it gives an account of work done or to be assessed. A year in a title
    it cites (现将《2019年—2021年…方案》转发给你们) is that document's."""
    for line in lines[:_STATED_WITHIN]:
        m = _SENDS_OUT.search(_CITED.sub("", line)) or _DRAWN_UP.search(_CITED.sub("", line))
        if m:
            other = re.search(r"(?:19|20)\d\d", m.group("what"))
            if _ACCOUNT.search(m.group("what")) or (other and other.group(0) != m.group(1)):
                return None
            return int(m.group(1))
    return None


_STATED_WITHIN = 20  # lines: a notice's opening, past a reposting page's head


# a title that asks for, or gives, an account of a past year's work
_REPORTED = re.compile(r"上报|报送|情况|总结|自评|考核|报告|述职")


def reports_work(title: str | None) -> bool:
    """Whether a title names a look back at work done (…民生工作综述, …工作总结); a progress
    report (…推进情况) still lists the work under way, each unit's."""
    return _SUMS_UP.search(title or "") is not None


_SUMS_UP = re.compile(r"综述|綜述|总结|總結|回顾|回顧")


def year_in(text: str | None) -> int | None:
    m = re.search(r"((?:19|20)\d\d)", text or "")
    return int(m.group(1)) if m else None


_OPENING_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
# a title's year before a season or a term (幼儿园2024春季园务计划, 2023秋季学期工作安排): a
# short line of no sentence, not a passing mention (在2023秋季学期工作基础上，…)
_TITLE_SEASON_YEAR = re.compile(r"^[^。，,；;]{0,20}?(?<!\d)((?:19|20)\d\d)"
                                r"(?=春季|秋季|夏季|冬季|学年)[^。，,；;]{0,20}$")
_OPENING = 40  # a paragraph, not a title or a label line


def opening_year(lines: list[str]) -> int | None:
    """The year of an undated plan's work where its opening paragraph names it again and
    again and no other (根据《2023年政府工作报告》…结合我市2023年预算…), or says the issuer
    will work in it (…2024年，我局将…: the first such clause that is no review), or arranges
    it (对2020年度…工作安排如下): a repost that lost its date still says which year it is
    for. Otherwise one mention, or two years, say nothing."""
    for line in lines[:12]:
        if line.startswith("#"):
            continue
        own = _OWN_YEAR.search(line)
        if own:  # 对2020年度监督工作具体安排如下: the year it arranges, said once
            return int(own.group(1))
        said = [m for m in _SELF_YEAR.finditer(line)
                if not _REVIEWED.search(line[m.end():].split("。", 1)[0])]
        if said:  # (the first that is no review: 2023年，我局计划…，实际完成… is one)
            return int(said[0].group(1))
        purpose = purpose_year([line])
        if purpose:
            return purpose
        if len(line) < _OPENING or "|" in line:
            continue
        years = _OPENING_YEAR.findall(line)
        if len(years) >= 2 and len(set(years)) == 1:
            return int(years[0])
        return None
    return None


_OWN_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?[^。；;，,《》的]{0,8}"
                       r"(?:安排|计划|要点|部署|任务)如下")
# …根据工作安排，2018年，我们继续制定…: a year opening a clause whose subject is the issuer
# itself, saying what it will do (not 2023年，我局完成了…, a review of the year before)
_SELF_YEAR = re.compile(r"(?:^|[。，,；;：:])\s*((?:19|20)\d\d)\s*年\s*[，,]?\s*"
                        r"(?:我们|我[部局委厅办市区县镇乡校院])[^，,。；;]{0,4}?"
                        r"(?:将|继续|要|拟|计划|准备)")
# 为做好2017年度…工作, 为推进2023年…: the purpose the plan opens with, the year of its work
# (not 为巩固2020年…成果, 为总结2019年…: a year gone by, its results or its review)
_PURPOSE_YEAR = re.compile(r"^为(?:了)?(?:做好|推进|抓好|完成|确保|切实做好|扎实做好|全面做好|"
                           r"进一步做好|深入推进|加快推进|贯彻落实|组织实施|开展|落实)"
                           r"[^。；;，,]{0,10}?(?<![\d到至止])((?:19|20)\d\d)\s*年(?!以来|以前|前)"
                           # (not 为确保到2025年…: a horizon; nor 为做好2025年度…申报工作, 为贯彻
                           # 落实2018年…会议精神: a year applied for, reviewed or recalled)
                           r"(?![^。；;，,]*(?:申报|申请|考核|总结|评估|评审|决算|年报|会议|精神))")
# a sentence that says what was done (…实际完成22个, 已完成…): a review of a year gone by
_REVIEWED = re.compile(r"实际|已经|已完成|完成了|超额")



def heading_year(lines: list[str]) -> int | None:
    """The one year the first line of an undated page names, where that line is a heading
    (2020全国消费促进月时间表…): short, no sentence, and the year not a cited document's."""
    first = next((line.strip() for line in lines if line.strip() and not line.startswith("#")),
                 "")
    if not first or len(first) > 60 or re.search(r"[。；;]", first):
        return None
    # its year with 年, or opening it without (2020全国消费促进月…); not a figure of a
    # field (浏览次数：2013) nor a count (2000亩)
    heading = _CITED.sub("", first)
    years = set(_OPENING_YEAR.findall(heading))
    opening = re.match(r"((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?![年亩元个万])", heading)
    if opening:
        years.add(opening.group(1))
    return int(years.pop()) if len(years) == 1 else None


_CITED = re.compile(r"《[^《》]*》")
# 为落实《…》(财库〔2021〕20号)有关要求，做好2023年…: the grounds a purpose cites first, then
# the purpose itself
_GROUNDS_FIRST = re.compile(r"^为(?:了)?(?:贯彻落实|落实|贯彻)[^，,。；;]{0,60}?"
                            r"(?:要求|精神|部署)[，,](?=(?:进一步|切实|扎实|全面)?做好)")
# a year the text counts from (自2005年开始, 2012年以来), or what was built or set up before
# it (2000年以前建成的老旧小区): the past, not the year of its work
# 截至2019年年底，…已取消…: a tally to a year's end, which a page tells in the year after (not
# 截至2019年年底，各乡镇要全面完成…: the time a task is due by)
_TALLY = (r"截[至止]\s*(?:19|20)\d\d\s*年(?:年)?(?:底|末)[，,]?"
          r"(?:(?!要|须|应|务必|必须)[^。；;]){0,30}?(?:已|共|累计)")
_SINCE = re.compile(r"(?:自|从)\s*(?:19|20)\d\d\s*年[^，,。；;]{0,6}?(?:开始|開始|起|以来|以來)|"
                    r"(?:19|20)\d\d\s*年(?:以来|以來)|"
                    rf"{_TALLY}|"
                    rf"(?:19|20)\d\d\s*年(?:以前|之前)(?:{BUILT})|"
                    # (1935年，“加拿大一枝黄花”作为观赏植物被引入中国: what happened then, told
                    # in the clause after the year; not 2024年…出生缺陷, 2024年，对…建于…: the
                    # year's own work)
                    r"(?:19|20)\d\d\s*年[，,]?[^，,。；;]{0,20}?(?:被引入|被引进|诞生|逝世|去世)|"
                    # (凡2018年8月31日前出生的…: the children born by then, not the work's year)
                    r"(?:19|20)\d\d\s*年[^，,。；;]{0,10}?(?:前|后|以前|以后|之前|之后)出生")


_COUNTED_TO = re.compile(_TALLY)


def only_year(lines: list[str]) -> int | None:
    """The one year a plan with no date of any kind names in its text (…精心策划2019年…观花
    活动), or a title line in it before a season (幼儿园2024春季园务计划), where it names no
    other: the year its work is in. Two years named say nothing, nor does the year of a
    document it cites (《2019年工作要点》: that document's)."""
    text = [line for line in lines if not line.startswith("#")]
    titled = {m.group(1) for line in text
              for m in [_TITLE_SEASON_YEAR.match(line.strip())] if m}
    named = {y for line in text for y in _OPENING_YEAR.findall(line)} | titled
    own = {int(y) for line in text
           for y in _OPENING_YEAR.findall(_SINCE.sub("", _CITED.sub("", line)))} | \
        {int(y) for y in titled}
    if len(named) == 1 and not own and any(_COUNTED_TO.search(line) for line in text):
        # (截至2019年年底，各地已取消…: a tally to a year's end, told in the year after it)
        return int(named.pop()) + 1
    return own.pop() if len(named) == 1 and own else None
