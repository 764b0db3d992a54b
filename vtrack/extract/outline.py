"""The numbered outline of a plan's body, at every level: 一、 （一） 1. （1） ①.

Each numbered line opens a node; the lines after it that belong to it (a heading's body, a
paragraph broken by a page, a 责任单位： line) follow it. Which level holds the tasks is
decided from what the levels hold: the one whose items name their owners, else the one with
the most items outside the framing parts (总体要求, 指导思想, 目标 …).
"""
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import deadlines
from ..departments import CLOSING, OPENING
from . import table, units as unit_names
from .meta import DOC_NO
from .owners import (
    ASKS_OR_DUTY,
    BODY_KINDS,
    INLINE_LABEL,
    LEAD_VERB,
    PAGE_CHROME,
    TOLD_DONE,
    addressed_units,
    bare_marker,
    by_line,
    closing_by,
    is_owner_line,
    kind_at_work,
    last_owner_label_end,
    marker_at_end,
    notes_in,
    opening_organs,
    opens_addressed,
    opens_with_subject,
    opinion_line,
    organ_doing,
    site_organ,
    top_brackets,
    unit_label,
)
from .tasks import NOUN_AFTER_YAO, SOME_DAY, split_deadline
from .text import BULLET_MARK, BULLETS

# from the top level down; "shi" is a numbering in words (一是… 二是…, 其一，…), which most
# often lists the points under an item of any other kind
# "word": an ordinal after a word of its own and a colon (实事一：… 实事二：…, 任务三：…)
# "dash": an unnumbered bullet (——… ●…) that names its owners, counted in order
# "di": 第一，… 第二，…, ordinals in words below a part (一、重点任务 over them) and below a
# stage (第一阶段：…)
# "tiao": 第一条… 第二条…, a 若干政策's articles (its chapters, 第一章, are no items), ranked
# just below a part (一、)
# "dec", "dec2": 1.1 …, 1.1.1 …, an emergency plan's numbers in decimals, each below the one
# of fewer parts (1 总则 ⏎ 1.1 编制目的 ⏎ 1.1.1 …), numbered by their last part
KINDS = ("cn", "tiao", "word", "di", "pcn", "num", "dec", "dec2", "pnum", "circ", "shi", "group",
         "dash")
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_FULL_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CN_NUM = "[一二三四五六七八九十百〇零]{1,4}"
# a day written as a decimal (5.1前, 10.1至10.7, 12.4国家宪法日): no part's number
_DEC_NOT_A_PART = re.compile(r"[前后起](?:[，,、]|$)|[至到]\d|期间|当[天日]|假期|"
                             r"节(?:前|后|期间)?[，,]|国家[^，,]{0,6}日|[版升度分时条](?:[，,。]|$)")
# the unit after a figure with a decimal point (1.5万, 4.14周岁, 2.5小时, 3.2公里)
_UNIT_AFTER_FIGURE = (r"[万亿千百元倍个年月日号岁天人户家项次件台辆米吨亩克度秒成折级寸尺斤毫厘]|"
                      r"周岁|周|小时|分钟|公[里斤顷]|平方|立方|千瓦|兆瓦")
_MARKERS = (
    # (二 、基本原则: a converter's space before the mark)
    ("cn", re.compile(rf"^({_CN_NUM})[ \u3000]?[、.．]\s*(?=\S)")),
    ("di", re.compile(rf"^第({_CN_NUM})[、，,.．：:]\s*(?=\S)")),  # 第一，… 第二，…
    # 第一条 设立产业引导基金, 第二条：…, 第三条推进产业能级提升 (its space lost, a heading of its
    # own), 第一条为切实维护… (an article's words, the space lost): the articles of a 若干政策 or
    # a 制度; not 第一条规定的…要作为学习重点。, 第三条第二款…, 第五条至… (a law's articles cited)
    ("tiao", re.compile(rf"^第({_CN_NUM})条(?:[、，,.．：:\s\u3000\xa0]+(?=\S)|"
                        r"(?=[^。；;：:]{2,30}$)|"
                        r"(?![规的之款第至和及与中所、]|[一二三四五六七八九十]+款)(?=\S{12,}))")),
    # (（一）、…: a stray 、 after the bracket is the marker's)
    ("pcn", re.compile(rf"^[（(]\s*({_CN_NUM})\s*[)）][、，,]?\s*")),
    # 1.1 编制目的, 2.3.1 市卫生局…: a part's numbers joined by points, before its words; not
    # 1.5万亩, 2.5亿元, 4.14周岁 (a figure and its unit)
    ("dec2", re.compile(rf"^\d{{1,2}}\.\d{{1,2}}\.(\d{{1,2}})(?![\d.%])[ \u3000]*"
                        rf"(?=[\u4e00-\u9fff“《])(?!{_UNIT_AFTER_FIGURE})")),
    ("dec", re.compile(rf"^\d{{1,2}}\.(\d{{1,2}})(?![\d.%])[ \u3000]*"
                       rf"(?=[\u4e00-\u9fff“《])(?!{_UNIT_AFTER_FIGURE})")),
    # numbers of any length: parse() takes one only in sequence, so a year is no item
    ("pnum", re.compile(r"^[（(]?\s*(\d{1,5})\s*[)）][、，,]?\s*")),  # also 1） 1)
    # 1. 1、 1． "1 加强" or the number glued to its title (1加强…), never 5年内 or 12月
    # (2 .市…: a converter's space before the mark)
    ("num", re.compile(r"^(\d{1,5})(?:[ \u3000]?[.、。](?!\d+(?:\.\d+)?(?:万|亿|%|倍|个百分点))\s*|"
                       r"\s+(?=[^\d\s|│])|"
                       # (not 90后, 00后: a generation born in a decade, no item; 2后勤保障组 is)
                       r"(?=\*\*|[“《\u4e00-\u9fff])(?![年月日个项万亿家人号时天周%])"
                       r"(?!(?<=[0-9]0)后))")),
    ("circ", re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")),
    # 一是…, 二是…; 其一，…: an ordinal said in words opens an item as a numeral does
    # (一要…, 二要…: a speaker's requirements, numbered the same way)
    ("shi", re.compile(r"^([一二三四五六七八九十]{1,3})[是要](?=[^，,。；;、\s])")),
    ("shi", re.compile(r"^其([一二三四五六七八九十])[，,、：:]\s*(?=\S)")),
    # (礼包1：…, 实事2：…: the ordinal in figures; not 附件1：…, 附录2：…, the attachments
    # a notice lists, no work of theirs)
    # (not 当天下午5:00，…: a time of day, its minutes after the colon)
    ("word", re.compile(r"^(?!附[件表录图页])(?![\u4e00-\u9fff]{0,2}(?:上午|下午|晚上|早上|凌晨|"
                        r"中午|傍晚|当天|当日)\d{1,2}[：:]\d\d)[\u4e00-\u9fff]{1,4}?"
                        r"([一二三四五六七八九十]{1,3}|\d{1,2})[：:]\s*(?=\S)")),
    # 第一阶段… 第二阶段…, 第一步：…: the stages of the work, numbered in words
    ("word", re.compile(r"^第([一二三四五六七八九十]{1,3})(?:阶段|步|批|部分)[：:，,、.．\s]*"
                        r"(?=\S)")),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# (a ? before a line's words is a bullet's glyph the page could not encode: ?重点抓好…; not
# where another ? follows in the line: ?放管服?改革…, quotation marks lost)
_DASH = re.compile(rf"^\s*(?:{BULLET_MARK}|—|-(?=\s)|"
                   rf"[?？](?=[\u4e00-\u9fff])(?![^?？]*[?？]))"
                   rf"\s*(?=[^\s—－-])")


def unbulleted(line: str) -> str:
    """line without the glyph a point opens with (- 各乡镇要…, • …), whatever the line holds."""
    return _DASH.sub("", line, count=1)


_SHARE_MIN = 10  # characters: a unit's share of work, not its name and 牵头 alone
_BULLET_TITLE = 80  # characters: a bullet line this short, one sentence, titles a work item
# parts that frame the plan rather than list its work
FRAMING = re.compile(r"总体要求|总要求|指导思想|基本原则|工作原则|"
                     r"(?:总体|发展|主要|工作|预期)?目标|"
                     # (1.1 编制目的: a contingency plan's opening part; not 目的 alone, which
                     # may head the work, 作业时段及目的 ⏎ 1.增雨防旱作业)
                     r"背景|意义|现状|形势|(?:适用|试点|实施)范围|编制依据|编制目的")
_WORK_PART = re.compile(r"任务|措施|举措|行动|项目|重点|工程")
# a rule's articles about itself (第一条【目的和依据】为了规范…，制定本细则; 本办法所称…; 本规定
# 适用于…; 本办法自…起施行): why and where it holds, what its words mean, from when; no work
# (not 本办法由市应急局负责解释, 本通告由…组织实施: who carries it)
# (【目的和依据为了…, ??为提高…: its label's close, or a character, lost to the page)
# (为…，根据《…》《…》…等规定，结合我市实际，制定本办法: its grounds may cite a page of laws;
# 本办法适应于, 本办法所指的…, 本细则中的高校是指…: a page's slip, and other words for the same)
_RULE = r"(?:实施)?(?:办法|细则|规定|条例|制度|规程|规范|标准|预案|方案|通告|指南)"
RULES_OWN_FRAME = re.compile(r"^[\s?？]*(?:【[^】为本]{2,10}】?|[（(][^）)]{2,10}[）)])?\s*"
                              rf"(?:为了?[^。；;]{{2,600}}?(?:特)?(?:制定|制订|修订)本{_RULE}|"
                              rf"本{_RULE}(?:中的?[^。；;，,]{{1,20}}?[是系]指|"
                              r"中?(?:所称|所指|适[用应]于|自[^。；;]{2,30}?起(?:施行|执行|实施))))")
# …，结合我市实际，制定本办法。: the end of such an opening whose start the page lost
_RULES_OWN_GROUNDS_END = re.compile(rf"[，,](?:特)?(?:制定|制订|修订)本{_RULE}[。.]?$")
# a duty or an ask in such an article (本办法所称…。…范围由武冈市人民政府确定并向社会公布): its work
# (the asks and duties owners reads, or a 由 clause of who settles the thing)
_DUTY_IN_FRAME = re.compile(rf"{ASKS_OR_DUTY}|"
                            r"由[^。；;，,]{2,20}?(?:确定|组织|实施|公布|承担|制定)")


def ends_in_rules_grounds(text: str) -> bool:
    """Whether text closes with a rule's grounds (…，结合我县实际，特制定本办法。)."""
    return _RULES_OWN_GROUNDS_END.search(text.strip()) is not None


def rules_own_frame(text: str) -> bool:
    """Whether text is a rule's article about itself (RULES_OWN_FRAME) that gives no duty."""
    return (RULES_OWN_FRAME.match(text) is not None or ends_in_rules_grounds(text)) and \
        _DUTY_IN_FRAME.search(text) is None
# the last words of a part's heading that names an aspect of the plan (整治时间, 整治内容, 组织
# 机构, 工作措施, 开展专项整治的重要意义) or a frame of mind (强化思想认识, 强化政治担当, 树牢安全
# 发展理念): unlike FRAMING (the first words of parts that frame the plan, their items no work)
# and _WORK_PART (words that say a part holds the work, over its items), they keep a part that
# holds no items from being a task of its own
ASPECT = re.compile(r"(?:时间|内容|标准|机构|范围|对象|步骤|安排|方式|方法|要求|保障|领导|计划|"
                    r"原则|目标|措施|意义|必要性|思路|情况|认识|意识|思维|理念|担当|站位|成效|"
                    r"经验|问题)$")


def _frames(heading: str) -> bool:
    return bool(FRAMING.search(heading)) and not _WORK_PART.search(heading)


_SENTENCE_END = re.compile(r"[。！？；;][”’]?$|[）)〕】\]]$")
_HEADING_MAX = 40
# a label that asks by when (完成时限, 办理时限, 整改期限, 时间节点, 进度安排), not one that says
# when something was done or checked (督查时间, 完成情况)
_TIME_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,2}(?:时限|期限)|完成时间|时间节点|时限要求|"
                        r"时间要求|时间安排|进度安排)\s*[:：]\s*")


@dataclass
class Node:
    kind: str
    number: int
    head: str  # the text after the marker on its line
    line: int
    parent: "Node | None" = None
    body: list[str] = field(default_factory=list)  # the lines that belong to it
    owner_lines: list[str] = field(default_factory=list)
    time_lines: list[str] = field(default_factory=list)  # 完成时限：… under the item

    @property
    def heading(self) -> str:
        """The marker line as printed, for a task's section."""
        return self.marker + self.head

    marker: str = ""
    _heading_of: tuple[str, bool] | None = field(default=None, repr=False, compare=False)

    @property
    def glued(self) -> bool:
        """1加强…: the number glued to the title, which then runs into the body."""
        return self.kind == "num" and self.marker.strip().isdigit()

    def is_heading(self) -> bool:
        """A short title on its own line, its text below (（一）统筹发展规划); not a whole
        item closed by its owner marker (推行企业开办一日办结（市市场监管局负责）。)."""
        if self._heading_of is None or self._heading_of[0] != self.head:
            # (asked again and again of each node; its head may still grow while parsed)
            self._heading_of = (self.head, self._reads_as_heading())
        return self._heading_of[1]

    def _reads_as_heading(self) -> bool:
        end = marker_at_end(self.head)
        if end is not None and self.head.endswith("。"):
            return False
        # a heading's owner marker is not its length: （二）…发展（责任单位：A、B、C）
        title = self.head[:end[0]] if end is not None else self.head
        return len(title) <= _HEADING_MAX and "。" not in title[:-1]

    def text_lines(self) -> list[str]:
        """The task's own words: a heading's body, or the item's line and what follows it."""
        if self.is_heading() and self.body and not self._closed_by_marker() and \
                not self._unit_s_share():
            return list(self.body)
        return [self.head, *self.body] if self.head else list(self.body)

    def _unit_s_share(self) -> bool:
        """Whether the item's short line is a sentence of a unit's work, no title over its text
        (第五条 市住建部门负责指导、监督和管理。 ⏎ 市文化部门负责…。: the first unit's share,
        the lines below the others'), as a title (（一）加强组织领导。) never opens with one."""
        head = self.head.strip()
        return head.endswith(("。", "；", ";")) and len(head) > _SHARE_MIN and \
            (opens_with_subject(head) or opens_addressed(head))

    def _closed_by_marker(self) -> bool:
        """Whether all that follows the item's line is its owner marker on a line of its own
        (（2）2025年6月底前应用率达到100%。 ⏎ （省商务厅负责）): a short sentence then, with
        nothing under it but who does it, is the item's words, not a heading over them."""
        return all(bare_marker(line) is not None for line in self.body)

    def ancestors(self) -> Iterator["Node"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def framing(self) -> bool:
        """Under a part that frames the plan, or itself a framing item (（一）指导思想); a
        part that names its work as well (主要目标任务, 目标和重点举措) is not one."""
        return any(a.frames() for a in self.ancestors() if a.is_heading()) \
            or bool(FRAMING.match(self.head[:8]) and not _WORK_PART.search(self.head[:8])
                    and not self.goals_as_work())

    def frames(self) -> bool:
        """Whether this heading frames the plan (一、指导思想, 二、工作目标), its items no
        work of their own."""
        return _frames(self.head[:20]) and not self.goals_as_work()

    def goals_as_work(self) -> bool:
        """二、任务和目标 over ㈠任务 and ㈡目标: a part that names its goals beside its work
        lists them as work, the standards under ㈡目标 to be met as the tasks are."""
        parent = self.parent
        return "目标" in self.head[:8] and parent is not None and parent.is_heading() and \
            _WORK_PART.search(parent.head[:20]) is not None and \
            FRAMING.search(parent.head[:20]) is not None


def cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return (_CN_DIGIT.get(hundreds, 1)) * 100 + (cn_number(rest.lstrip("零〇")) if rest else 0)
    if "十" not in text:
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


# the numbers Word's fonts carry as one character: ⑴ is (1), ⒈ is 1.
_ONE_CHARACTER = {**{chr(0x2474 + n): f"({n + 1})" for n in range(20)},
                  **{chr(0x2488 + n): f"{n + 1}." for n in range(20)},
                  **{chr(0x3220 + n): f"（{'一二三四五六七八九十'[n]}）" for n in range(10)}}


@functools.lru_cache(maxsize=8192)  # each layout asks of the same lines again
def marker(line: str) -> tuple[str, int, str, str] | None:
    """(kind, number, marker text, rest of the line) for a numbered line, else None."""
    if line[:1] in _ONE_CHARACTER:
        found = marker(_ONE_CHARACTER[line[0]] + line[1:])
        return (found[0], found[1], line[0], found[3]) if found else None
    head = line[:6].translate(_FULL_DIGITS) + line[6:]
    period = PERIOD_HEADING.match(head.strip())
    if period:
        # 一月份： ⏎ 1、…: a month of a plan's schedule heads the items done in it
        return "word", cn_number(period.group("first")), line, ""
    dash = _DASH.match(line)
    if dash:
        # a bullet is an item's only where the line names who does it (——增长8%；（牵头
        # 部门：市发改委）): bullets without owners are a paragraph's points
        rest = line[dash.end():].strip()
        # …; or where it is a work item's title on a line of its own (·优化区域营商环境,
        # ☑老旧路灯改造工程项目): a short line, not a sentence of a paragraph's
        titled = len(rest) <= _BULLET_TITLE and not re.search(r"[。！？]", rest[:-1]) \
            and not rest.endswith(("：", ":"))
        # (…; or where it opens with the organ whose duty it is, --省财政厅将…纳入…预算；…:
        # a list of members' duties, each bullet one organ's)
        return ("dash", 0, line[:dash.end()], rest) \
            if marker_at_end(rest) or titled or _organ_s_duty(rest) else None
    if _FILE_NAME.match(head.strip()):
        return None  # (1.jpg: a picture's file name a page left, no item)
    for kind, pattern in _MARKERS:
        m = pattern.match(head)
        if m:
            value = m.group(1)
            number = _CIRCLED.index(value) + 1 if kind == "circ" else cn_number(value)
            rest = line[m.end():].strip()
            if _PAGE_PATH.match(rest):
                return None  # (1. 当前位置： ⏎ 2. 首页 > 政务公开: the page's path, listed)
            if kind == "dec" and _DEC_NOT_A_PART.match(rest):
                continue  # (5.1前，各所要…, 3.15当天，…, 10.1至10.7: a day, no part)
            if kind == "cn" and _NEXT_NUMBER_LISTED.match(rest) and \
                    cn_number(rest[0]) == number + 1:
                return None  # (一、二、三级网格长…: levels counted, no part; 二、三级医院
                # 高质量发展 alone may be part 二, in turn after 一)
            return kind, number, line[:m.end()], rest
    return None


# the next number after a part's, then another (一、二、三级…)
_NEXT_NUMBER_LISTED = re.compile(r"[一二三四五六七八九十]、[一二三四五六七八九十]")


# the words of a web page's own lines that its list markup numbered: where the page stands
# (当前位置：, 首页 > 政务公开 > 文件, > 正文) and the fields of its head ([索引号]…, [有效性]
# 现行有效)
_PAGE_PATH = re.compile(r"当前位置\s*[：:]?\s*$|首页\s*[>＞›»]|[>＞›»]\s*正文\s*$|"
                        # (a field of the page's head by its name: not [民生实事]新建…, an item's
                        # tag)
                        r"\[\s*(?:索引号|主题分类|体裁分类|文种分类|发文机关|发文机构|发布机构|"
                        r"发文字号|文号|标题|成文日期|发布日期|实施日期|失效日期|废止日期|有效性|"
                        r"公开方式|公开范围)\s*\]")


_FILE_NAME = re.compile(r"^\d{1,3}\.(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?)$", re.I)
_CN_NUM_NEXT = re.compile(r"^([一二三四五六七八九十]{1,2})(?:[、和及至]|期|批|类|级|季度|月)")
def _heads_a_list_again(after: list[tuple[str, int, str, str] | None]) -> bool:
    """Whether the next numbered line after a month's starts a list again (1、, a bullet) or
    is the next month: the month heads it."""
    nxt = next((m for m in after if m is not None), None)
    # (or the next month of a schedule whose months hold unnumbered lines: 2月份 ⏎ 制定… ⏎
    # 3月份 ⏎ …)
    return nxt is not None and (nxt[1] == 1 or nxt[0] == "dash" or
                                PERIOD_HEADING.match(nxt[2].strip()) is not None)


def _phrase_numbers(rest: str, number: int) -> bool:
    """Whether a part's words open with the next number (一、二期工程, 二、三级医院)."""
    following = _CN_NUM_NEXT.match(rest)
    return following is not None and cn_number(following.group(1)) == number + 1


# a line that is only a month (or two) of a schedule: 一月份： 七、八月份： 9月： 十月份
_MONTH = r"(?:十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])"
PERIOD_HEADING = re.compile(rf"^(?P<month>(?P<first>{_MONTH})(?:\s*[、，,和至—\-~～]\s*{_MONTH})?"
                            r"\s*月份?)"
                            r"(?:[\u4e00-\u9fff]{0,8}(?:工作|安排|计划|重点|要点|行政|活动))?"
                            r"\s*[：:]?$")  # (二月园务行政, 三月份工作安排)


_SCHEDULE = "月"  # the word a schedule's month headings share, whatever months they name


def worded_in_pairs(markers: list[tuple[str, int, str, str] | None]
                    ) -> list[tuple[str, int, str, str] | None]:
    """markers, an ordinal after a word (实事一：) kept only where the same word numbers the
    item before or after it: 统一： or 之一： alone is a sentence's word, not an item's."""
    def word(found: tuple[str, int, str, str]) -> str:
        if PERIOD_HEADING.match(found[2].strip()):
            return _SCHEDULE  # 六月份： 七、八月份： 九月： are one schedule's
        return re.sub(r"[一二三四五六七八九十]+|\d+|[：:，,、.．\s]+$", "", found[2])

    pairs = {(word(m), m[1]) for m in markers if m is not None and m[0] == "word"}
    # a schedule's months are its own whichever it skips (九月, 十二月, 一月), two or more
    months = sum(1 for m in markers if m is not None and m[0] == "word" and word(m) == _SCHEDULE)
    return [None if m is not None and m[0] == "word" and
            not ({(word(m), m[1] - 1), (word(m), m[1] + 1)} & pairs) and
            not (word(m) == _SCHEDULE and months >= 2) else m
            for m in markers]


def parse(lines: list[str], start: int = 0, end: int | None = None,
          closed: set[int] | None = None) -> list[Node]:
    """The numbered nodes of lines[start:end], each with its body lines, in order. closed:
    the lines whose node takes no further paragraph (the last item of a run cut out of one
    paragraph), but an owner or time line of its own."""
    end = len(lines) if end is None else end
    nodes: list[Node] = []
    last: dict[str, int] = {}  # kind -> the number of its latest node
    open_nodes: dict[str, Node] = {}  # kind -> the latest node of that kind, for parents
    current = None
    detached: set[int] = set()  # the nodes a paragraph of the document's has followed
    ended: set[int] = set()  # the nodes that take no further line of words (closed)
    markers = worded_in_pairs([marker(lines[i]) if lines[i] else None
                                for i in range(start, end)])
    owned = _owner_lined_bullets(lines, start, markers)
    siblings = owned | _fill_sibling_bullets(lines, start, markers) | \
        _unit_labelled_lines(lines, start, markers)
    taken: set[int] = set()  # lines read as the value of the label line above them
    loose_bullets = _loose_bullets(markers, lines[start:end])
    groups: list[Node] = []  # the unnumbered titles over loose bullets
    titled_run = False  # whether the first bullet of the current run has a title over it
    related = False  # past a news page's 相关新闻: its bullets are the site's links
    annexed = False  # past the notice's 附件： label: its numbers list the annexes
    bare_annexes = False  # the label alone (附件：), the annexes' titles on the lines below
    for i in range(start, end):
        if i in taken:
            continue
        line = lines[i]
        found = markers[i - start]
        related = related or bool(_RELATED.match(line.strip()))
        titled = found is not None and (
            _DOCUMENT_TITLE.search(found[3]) is not None or
            # (附件：【点击下载】 ⏎ 1.肝脏分配与共享核心政策: under a label that names no annex,
            # a paper's name is one: no sentence's mark, no figure of a time or an amount, and
            # no verb of work first, 1.新建农村公路50公里, 一、推进农村厕所改造: work)
            bare_annexes and _annex_title(found[3]))
        if _ANNEX_LABEL.match(line.strip()):
            annexed = True
            bare_annexes = _BARE_ANNEX_LABEL.match(line.strip()) is not None
        elif line.strip() and not titled:
            annexed = bare_annexes = False  # (the list ends at the first line no title's)
        if annexed and titled:
            # (附件：1、2003年…目标任务分解表 ⏎ 2、…清欠目标任务分解表: the annexes' titles
            # the notice lists, no items of work)
            current = None
            continue
        if _site_terms(lines, i, end) or \
                (found is not None and _SITE_ITSELF.match(found[3].strip()) and
                 _terms_to_the_end(markers[i - start:])):
            # (the site's terms, 1.本网稿件…, under their heading or with none, 1、本网站所登载
            # 之内容…: nothing after them is the plan's)
            break
        if i - start < _HEAD_LINES and _SHARING_NOTICE.search(line):
            continue  # (1、下载文档前请自行甄别…: a sharing site's notice, no item nor words)
        if _EDITOR.match(line.strip()) and _article_ended(lines, start, i, end):
            # (…会议强调，… ⏎ （责任编辑：黎娟） ⏎ • 房县新闻网微信 ⏎ • 云上房县客户端: the article
            # has ended, the page's own links follow)
            break
        if _CREDIT.match(line.strip()):
            # (●文字 / 霍晓巍 ●编辑 / 冯立巍: the page's credits, no item nor an item's words)
            current = None
            continue
        if found:
            kind, number, text, rest = found
            # (a bullet its next line labels with owners is an item, however few: its own)
            if kind == "dash" and i - start not in owned and \
                    _page_bullet(rest, _heading_above(open_nodes), related, loose_bullets,
                                 i - start in siblings):
                found = None
            elif kind == "dash":  # bullets count from 1 under the node they stand under
                group = _group_title(lines, i, start, markers) \
                    if not any(k not in ("dash", "group") for k in open_nodes) else None
                if "dash" not in open_nodes:
                    titled_run = group is not None
                elif not titled_run and group is not None and current is not None and \
                        current.head.endswith(group[1]):
                    # ●新建社区老年人服务中心、农村老年 ⏎ 人互助中心30个 ⏎ ●…: the short line
                    # between two bullets went on the bullet above (_wrapped), no group's title
                    group = None
                if group is not None:
                    # 推进职能架构重整 ⏎ - …: a short title with no number over loose bullets
                    # heads their group, and they count from 1 under it
                    title_at, title = group
                    if current is not None and current.body[-1:] == [title]:
                        current.body.pop()
                    heading = Node("group", len(groups) + 1, title, title_at)
                    groups.append(heading)
                    nodes.append(heading)
                    open_nodes.pop("dash", None)
                    open_nodes["group"] = heading
                number = open_nodes["dash"].number + 1 if "dash" in open_nodes else 1
            elif kind == "cn" and _phrase_out_of_turn(lines, i, start, rest, number,
                                                      last.get("cn", 0) + 1):
                found = None
            period = PERIOD_HEADING.match(text.strip()) is not None
            # a number in sequence (one missed item forgiven), or a list starting again at 1,
            # or the first of a run cut out of a longer list (204. 205. 206.), or a month of a
            # schedule, which starts in any month and may skip some (九月份：, then 十二月
            # 份：); anything else is text
            if found is not None and (
                    number == 1 or last.get(kind, -9) in (number - 1, number - 2) or
                    _printed_twice(kind, number, last, open_nodes, rest) or
                    _left_out_before(kind, number, open_nodes, rest) or
                    (kind not in last and _worded(found) and
                     _run_goes_on(markers[i - start + 1:], kind, number, found,
                                  lines[i + 1:end])) or period or
                    _cut_page_item(lines, i, start, markers, kind, rest)):
                if period and not _heads_a_list_again(markers[i - start + 1:]):
                    # 1、开展村庄清洁行动 ⏎ 6月 ⏎ 2、…: the month of the item above, no heading
                    if current is not None:
                        current.time_lines.append(text.strip())
                    continue
                node = Node(kind, number, rest, i, marker=text)
                rank = KINDS.index(kind)
                node.parent = next((open_nodes[k] for k in reversed(KINDS[:rank])
                                    if k in open_nodes), None)
                for k in KINDS[rank:]:
                    open_nodes.pop(k, None)
                open_nodes[kind] = node
                last[kind] = number
                nodes.append(node)
                current = node
                # (not a rule's article: its words run on to the next article, 第五条 A负责…。
                # ⏎ B负责…。 ⏎ …。第六条 …, however the page ran them together)
                if closed and i in closed and kind != "tiao":
                    ended.add(id(node))
                continue
        if current is None or not line:
            continue
        if PAGE_CHROME.search(line) or site_organ(lines, i) or _signs(lines, i, end) or \
                (_RELATED.match(line.strip()) and len(line.strip()) <= _LINKS_HEADING_MAX):
            # the web site's footer, or the signature over the date: nothing after it is
            # an item's, and the issuer who signs is no owner (nor 推荐阅读, the site's links
            # under their heading alone; not 推荐阅读书目由…发布, an item's own sentence)
            current = None
            continue
        formula = _CLOSING_LINE.match(line.strip())
        if formula and formula.group("formula") and _closes(line, current):
            # 特此通知。 ⏎ 联系人： ⏎ …: the notice's closing formula, after which no line is
            # an item's (the contact's label no owner line)
            current = None
            continue
        if is_owner_line(line) and not _heads_a_list(lines, markers, i - start, start):
            value = _value_below(lines, i, end, markers, start)
            if value is not None:  # 责任单位： ⏎ 科研所、省气象台: the label's value below it
                line = line + lines[value]
                taken.add(value)
            if id(current) not in detached:
                current.owner_lines.append(line)
        elif _TIME_LINE.match(line):
            current.time_lines.append(_TIME_LINE.sub("", line).strip("。 "))
        elif current.kind == "dash" and not current.body and not titled_run and \
                _wrapped(current.head, line):
            current.head += line.strip()  # ●…农村老年 ⏎ 人互助中心30个: the bullet's own line
        elif id(current) not in ended and _belongs(current, line):
            current.body.append(line)
        elif len(line) > 20:
            # a paragraph of the document's after the item (…务必于4月19日前整改完毕。):
            # a unit's name on a line after it (the signature) is not the item's owner
            detached.add(id(current))
    return nodes


# a news page's credit line (●文字 / 霍晓巍, 编辑：冯立巍, 责任编辑：…), bulleted or not
_CREDIT = re.compile(r"^[●•·\-—\s]*(?:文字|编辑|审核|责编|校对|摄影|图片|作者|责任编辑|初审|复审|"
                     r"终审|审校|监制|记者|通讯员)\s*[/／:：|]\s*[\u4e00-\u9fff]{2,4}"
                     r"(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*\s*$")
# the editor's credit that closes a news article, bracketed or not (（责任编辑：黎娟）, 责编：…)
_EDITOR = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编)\s*[/／:：|]")
_PARAGRAPH_MIN = 40  # characters: a paragraph of words, longer than a page's link or button


def _article_ended(lines: list[str], start: int, at: int, end: int) -> bool:
    """Whether the editor's credit at lines[at] closes an article: a paragraph before it, and
    after it no paragraph, no numbered item and no annex (not 责任编辑：王芳 heading a page of
    short items, nor a credit over 附件：…任务清单 ⏎ 1.…)."""
    after = [line.strip() for line in lines[at + 1:end] if line.strip()]
    return any(len(line.strip()) >= _PARAGRAPH_MIN for line in lines[start:at]) and \
        not any(len(line) >= _PARAGRAPH_MIN or line.startswith("附件") or
                ((found := marker(line)) is not None and found[0] != "dash") for line in after)


# 附件：, 附件1：: the label over the annexes a notice lists
_ANNEX_LABEL = re.compile(r"^附件\s*\d*\s*[:：]")
# 附件：, 附件：【点击下载】: the label with no annex's name, nor more than a link
_BARE_ANNEX_LABEL = re.compile(r"^附件\s*[:：]\s*(?:【[^】]{0,8}】|\[[^\]]{0,8}\])?$")
_ANNEX_TITLE_MAX = 40  # characters: an annex's title, not an item of work and its words


def _annex_title(rest: str) -> bool:
    """Whether a numbered line under a bare 附件： label names a paper (中国人体器官分配与共享
    基本原则, 林草中药材生态种植通则), not work (新建农村公路50公里, 推进农村厕所改造, 县教育局
    完成…2023年8月底)."""
    words = rest.strip()
    return len(words) <= _ANNEX_TITLE_MAX and not re.search(r"[。；;，,：:]", words) and \
        table.WORK_VERB.match(words) is None and not _work_figure(words)


def _work_figure(words: str) -> bool:
    """Whether words hold a figure of work's amount or month (50公里, 5000户, 6月底前), not only
    a paper's year (2021年…试点项目)."""
    return table.COUNT.search(words) is not None or _MONTH_OF_WORK.search(words) is not None


_MONTH_OF_WORK = re.compile(rf"{_MONTH}\s*月(?:底|末|份|\d{{1,2}}日)?")

# a document's title, no sentence: 分解表, 实施方案, 名单, 报名表（样式）
# (not 1.制定全县优化营商环境实施方案（县发改委负责）: work whose product is a document, and
# who does it; but 推进…实施方案, （县应急局制定）: an annex's title and its note)
# (《…会议制度（试行）》: a name in its marks, of rules as well as of plans)
_DOCUMENT_TITLE = re.compile(r"^《?[^，,。；;！？]{2,60}?(?:表|方案|清单|办法|细则|名单|名录|"
                             r"目录|计划|通知|意见|规定|指南|标准|模板|样表|样式|说明|报告|规划|"
                             r"要点|制度|条例|预案|规则|章程|目标)"
                             r"(?:[（(](?![^（）()]*(?:负责|牵头|配合))[^（）()]{1,12}[)）])?》?"
                             r"(?:\.(?:docx?|xlsx?|pdf|wps))?$")
_SIBLINGS_MIN = 3  # bullets in a run: a list, not a paragraph's two points


def _owner_lined_bullets(lines: list[str], start: int,
                         markers: list[tuple[str, int, str, str] | None]) -> set[int]:
    """The bullets, however long their words, that the next line labels with their owners
    (--建立健全工业危险废物…。对…限期整改。 ⏎ 责任单位：区环保局 ⏎ 配合单位：…): items, their
    markers set in markers, their offsets returned."""
    promoted: set[int] = set()
    for k, found in enumerate(markers):
        text = lines[start + k]
        dash = _DASH.match(text) if found is None else None
        after = next((line.strip() for line in lines[start + k + 1:start + len(markers)]
                      if line.strip()), "")
        if dash and _OWNER_LABEL_NEAR.match(after) and is_owner_line(after):
            markers[k] = ("dash", 0, text[:dash.end()], text[dash.end():].strip())
            promoted.add(k)
    return promoted


_OWNER_LABEL_NEAR = re.compile(r"^[^：:]{2,8}[：:]")  # (责任单位：…, 牵头：…: a label, not a list)


def _fill_sibling_bullets(lines: list[str], start: int,
                          markers: list[tuple[str, int, str, str] | None]) -> set[int]:
    """Where a run of lines each opening with the same bullet has half or more of them, or
    three, read as items, the others are items too, however long their words (●新建两所幼儿
    园。分别是…: the list's item that tells more, beside ●新增急救站10个): their markers are
    set in markers, and their offsets returned."""
    promoted: set[int] = set()
    run: list[int] = []  # the offsets of the run's lines

    def close() -> None:
        items = sum(1 for k in run if (found := markers[k]) is not None and found[0] == "dash")
        if len(run) >= _SIBLINGS_MIN and (2 * items >= len(run) or items >= _SIBLINGS_MIN):
            for k in run:
                text = lines[start + k]
                dash = _DASH.match(text)
                if markers[k] is None and dash:
                    markers[k] = ("dash", 0, text[:dash.end()], text[dash.end():].strip())
                    promoted.add(k)
        run.clear()

    glyph = None
    for k, found in enumerate(markers):
        text = lines[start + k].strip()
        if not text:
            continue
        bullet = text[0] if text[0] in BULLETS else None
        if bullet is None or bullet != glyph:
            close()
        glyph = bullet
        if bullet is not None and (found is None or found[0] == "dash"):
            run.append(k)
        elif bullet is not None:
            close()
    close()
    return promoted


_LABELLED_MIN = 2  # such lines in a row: a list of duties, each a unit's


# what follows a name and its colon in a contact block or a list of places, not a duty
# (县教育局：张三，电话12345678; 主席台：设在体育场东侧看台)
_ENTERPRISE = re.compile(r"(?:公司|集团|银行)$")  # (国网龙岩供电公司：…: a company's duty)
_NO_DUTY = re.compile(r"\d{7,}|^(?:设在|位于|地址|电话)")


def _duty_line(unit: str, rest: str) -> bool:
    """Whether a line opening with unit and a colon or a dash states its duty: an organ's
    name (省教育厅, 学工处, 国网龙岩供电公司; 校办, an organ of two characters), not a place of
    the venue (主席台, 检录处) nor a contact's name and number."""
    if "、" in unit:
        # (县文明办、县妇联等单位：…: organs' names listed, each one's, their kind's word after
        # them; not 内容、要求：…)
        listed = re.sub(r"等(?:有关|相关)?(?:单位|部门)$", "", unit).split("、")
        return all(unit_names.read(name, organs_only=True) is not None for name in listed) \
            and not _NO_DUTY.search(rest)
    if _KIND_LABEL.search(unit) or is_owner_line(unit + "："):
        return False  # (责任单位：A, 整改责任单位：A: a label for the units, not a unit's name)
    named = unit_names.read(unit, organs_only=True) is not None or \
        unit_names.is_short_organ(unit) or unit_names.is_section(unit) or \
        _ENTERPRISE.search(unit) is not None and unit_names.read(unit) is not None
    return named and not _NO_DUTY.search(rest)


def _unit_labelled_lines(lines: list[str], start: int,
                         markers: list[tuple[str, int, str, str] | None]) -> set[int]:
    """Where two lines or more in a row, none numbered, each open with a unit's name and a
    colon or a dash (学工处――…, 省教育厅：…), each is an item (a bullet with no glyph), counted
    in order: a list of duties, each the unit's that opens it (body._opening_organs). Their
    markers are set in markers, and their offsets returned."""
    run: list[int] = []
    found_lines: set[int] = set()

    def close() -> None:
        if len(run) >= _LABELLED_MIN:
            for k in run:
                markers[k] = ("dash", 0, "", lines[start + k].strip())
                found_lines.add(k)
        run.clear()

    for k, found in enumerate(markers):
        text = lines[start + k].strip()
        if not text:
            continue
        # (校 办――责任人…，主要运用…, 省应急厅：…迎查资料。: a unit's name, its label's colon or
        # dash, and its duty)
        labelled = unit_label(text) if found is None else None
        if labelled and _duty_line(labelled[0], text[labelled[1]:]):
            run.append(k)
        else:
            close()
    close()
    return found_lines


def _wrapped(head: str, line: str) -> bool:
    """Whether line is the rest of a bullet's words the page wrapped onto a line of its own:
    the bullet's line stops short of any sentence's end or clause's stop and the line is
    shorter, a phrase with no stop (a sentence below a bullet's title is its words: ●社区卫生
    服务中心改扩建工程 ⏎ 目前正在桩基施工中。) that reads as no group's title: it counts
    (2000户以上), runs long, or the bullet's line broke after a comma (教育发展, a title, does
    none of these)."""
    rest = line.strip()
    title_like = len(rest) <= _GROUP_WORDS and not re.search(r"\d", rest) and \
        head[-1:] not in ("，", ",", "、")
    return bool(head) and head[-1] not in "。！？；;：:）)】]" and 0 < len(rest) <= len(head) and \
        not re.search(r"[。！？；;：:]", rest) and not title_like and \
        not rest.startswith(("以上", "上述", "注"))  # (以上项目年底前全部完成: of all of them)


_GROUP_WORDS = 8  # characters: a group's short title (养老服务, 教育发展), no wrapped phrase


def _printed_twice(kind: str, number: int, last: dict[str, int],
                   open_nodes: dict[str, Node], rest: str) -> bool:
    """Whether a part's heading repeats the number of the part before it, a slip of the
    plan's (三、主办、承办单位 … 三、工作职责): a new part, where the one before holds words or
    items of its own and this one is a heading's length."""
    before = open_nodes.get(kind)
    return kind == "cn" and last.get(kind) == number and before is not None and \
        before.number == number and (bool(before.body) or bool(before.owner_lines) or
                                     any(k != kind for k in open_nodes)) and \
        0 < len(rest) <= _HEADING_MAX and not _SENTENCE_END.search(rest)


def _left_out_before(kind: str, number: int, open_nodes: dict[str, Node], rest: str) -> bool:
    """Whether an item numbered past the next one is the next the page kept, where a
    shortened copy left some out (二、…（责任单位：…） ⏎ 三、…（责任单位：…） ⏎ 八、…（…）):
    it and the item before it each close with an owner marker of their own, as a plan's
    items do. (A line of two months after such items, 8、9月份开展回头看（责任单位：…）, is read
    as item 8 so: better than the item before taking its owner, as it did.)"""
    before = open_nodes.get(kind)  # (the latest item of its kind, its number the last)
    return before is not None and before.number < number and not before.body and \
        marker_at_end(rest) is not None and marker_at_end(before.head) is not None


def _heading_above(open_nodes: dict[str, Node]) -> Node | None:
    """The deepest open node above a bullet's level, where there is one."""
    return next((open_nodes[k] for k in reversed(KINDS[:KINDS.index("dash")])
                 if k in open_nodes), None)


def _page_bullet(rest: str, above: Node | None, related: bool, loose_bullets: int,
                 sibling: bool = False) -> bool:
    """Whether a bullet is no item: one that names no owner is an item only under a heading
    with no words of its own, or in a list of three or more where nothing numbered stands
    above; alone, holding a label (• 发布时间：…), a menu's (- 长者版) or under 相关新闻, it
    is the page's."""
    if _page_field(rest.strip()):
        return True  # (• 信息来源: 市发改局(市服务业发展局): a field of the page, its bracket too)
    if marker_at_end(rest):
        return False
    if _DATED_LINK.search(rest):
        return True  # (- 首届中西部畜牧业博览会在渝闭幕2016-11-29: a headline the site links)
    if related or (not sibling and not _loose_item(rest)):
        return True  # (a sibling of a list's items is one, however it reads: _fill_sibling_bullets)
    return loose_bullets < 3 if above is None else not _bare_heading(above)


def _page_field(rest: str) -> bool:
    """Whether a bullet is a field of the page (• 发布时间: 2022-04-18, • 信息来源: 市发改局
    (市服务业发展局), • 浏览次数:): a label of a few characters, its colon, and nothing, a code
    or a date, or units alone; not one that names who does the work (• 责任单位：…), nor a
    unit's duty (学工处：组织开展…)."""
    field = _SHORT_LABEL.match(rest)
    if field is None or is_owner_line(rest):
        return False
    value = unit_names.TRAILING_BRACKET.sub("", rest[field.end():].strip())
    return not value or _filed(value) or unit_names.read(value) is not None


# a field's label: a few characters and a colon (发布时间:, 信息来源：)
_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}\s*[:：]")
# a headline and the day it ran, with no mark between: a site's list of links
# (not 完成应急预案修订（县应急局）2023-06-30: an item, its owner bracketed, then its day)
_DATED_LINK = re.compile(r"^[^（(【\[]*[\u4e00-\u9fff\w”》](?:19|20)\d\d-\d{1,2}-\d{1,2}\s*$")


def _phrase_out_of_turn(lines: list[str], i: int, start: int, rest: str, number: int,
                        expected: int) -> bool:
    """Whether a part's number opens a phrase instead (…新村第 ⏎ 一、二期工程: 第一、二期):
    its words open with the next number, and it is out of turn or the line above it runs
    on into it; 二、三级医院… in turn after a closed line is part 二."""
    if not _phrase_numbers(rest, number):
        return False
    before = next((lines[k].strip() for k in range(i - 1, start - 1, -1)
                   if lines[k].strip()), "")
    return number != expected or (bool(before) and before[-1] not in "。；;：:！？!?）)")


# the units' ask or duty in the item's first sentence (各部门要…, 县财政局负责…), not what they
# did (市政府各部门今年以来认真落实…, 全市科技工作取得显著成效)
_ASKED_FIRST = re.compile(rf"^[^，,；;]{{2,30}}?(?:{ASKS_OR_DUTY}|牵头)")
_TOLD_RESULTS = re.compile(r"取得|今年以来|累计|完成了|已经")


def _organ_s_duty(rest: str) -> bool:
    """Whether a bullet's words open with the organ whose duty they are (--省财政厅将…纳入…),
    not one telling what it did (--县公安局于3月开展了…, --县委宣传部已召开…)."""
    return opening_organs(rest) is not None and TOLD_DONE.search(rest) is None


def _cut_page_item(lines: list[str], i: int, start: int,
                   markers: list[tuple[str, int, str, str] | None], kind: str,
                   rest: str) -> bool:
    """Whether an item numbered out of turn is the one item of a page cut from a plan's
    middle (四、各部门要围绕…。各级科技部门要…。…, the page's first line and no other number
    of its kind below): a paragraph of words opening with the units that do them, the item
    it is, not a phrase's number nor a part's heading run on into its words (三、组织指挥
    体系及职责 镇政府成立…)."""
    if kind in ("cn", "pcn") and "。" not in rest and \
            not any(line.strip() and not line.startswith("#") for line in lines[start:i]) and \
            not any(found is not None and found[0] == kind for found in markers[i - start + 1:]):
        # (三、各成员单位主要职责 ⏎ --省教育厅…： ⏎ --省财政厅…: the page's first line, the
        # heading of the one part it keeps, over bullets that are items of their own; not
        # over numbered ones, （一）…, which stand as the page's list without it)
        # (two of them at least, each opening with its organ, 省财政厅将…: not --县委宣传部：
        # 负责…, labelled bullets the page's list reads otherwise)
        below = [found for found in markers[i - start + 1:] if found is not None][:2]
        return len(below) == 2 and all(
            found[0] == "dash" and _organ_s_duty(found[3]) for found in below)
    first = rest.partition("。")[0]
    return kind in ("cn", "pcn") and len(rest) >= _PARAGRAPH_MIN and "。" in rest and \
        _opens_with_doer(rest) and _ASKED_FIRST.search(first) is not None and \
        _TOLD_RESULTS.search(first) is None and \
        not any(line.strip() and not line.startswith("#") for line in lines[start:i]) and \
        not any(found is not None and found[0] == kind for found in markers[i - start + 1:])


def _bare_heading(node: Node) -> bool:
    """Whether node is a heading with no words of its own yet (一、推动高质量发展 over its
    bullets; a group's title): bullets under an item that says its work and its time
    (（一）提升政务服务效能。年底前实现…。 ● 优化审批流程) are its points, not tasks."""
    return node.kind == "group" or (node.is_heading() and not node.body and
                                    not re.search(r"[。；;]", node.head[:-1]))


def _group_title(lines: list[str], i: int, start: int,
                 markers: list[tuple[str, int, str, str] | None]) -> tuple[int, str] | None:
    """(its line, its words) for the short unnumbered title just above the bullet on line
    i, where it heads a group (积极发展电子政务 over its bullets), else None."""
    above = next((k for k in range(i - 1, start - 1, -1) if lines[k].strip()), None)
    if above is None or markers[above - start] is not None:
        return None
    title = lines[above].strip()
    if not 2 <= len(title) <= _GROUP_TITLE or re.search(r"[。；;，,：:！？!?|]", title) or \
            is_owner_line(title) or PAGE_CHROME.search(title) or _RELATED.match(title) or \
            CAPTION.match(title):
        return None
    return above, title


_GROUP_TITLE = 20  # characters: a group's title, not a sentence
# 【资料图】, （图为…）: a picture's caption, no group's title (【养老服务】 is one)
CAPTION = re.compile(r"^[【\[（(][^】\]）)]*(?:图|照片|摄影|视频)[^】\]）)]*[】\]）)]$")
# a news page's links under its story (相关新闻 ⏎ · …): the site's, no group of work
# (热点推荐, 精彩图片 ⏎ • …: the site's picks and pictures, a line of its own; not 热点专题宣传,
# a plan's group of work)
_LINKS_HEADING_MAX = 8  # characters: 推荐阅读, 相关新闻：, the heading alone on its line
_RELATED = re.compile(r"^(?:相关|推荐|延伸|热点|更多|热门|最新|同类|同栏目|往期)"
                      r"(?:新闻|阅读|文章|链接|报道|资讯)|"
                      r"^(?:热点|精彩|热门|最新|更多)(?:推荐|图片|图文|更新)$|"
                      # (快速关注 ⏎ • 某某APP ⏎ • 某某公众号: the site's channels to follow)
                      r"^(?:快速|扫码)?关注(?:我们)?$")
# 【张家口新闻网版权声明 】, 免责声明：: the heading of a site's terms at a page's foot
# (甘肃日报社关于加强新闻作品版权保护的声明版权与免责声明: a paper's, named in full)
_LEGAL_NOTICE = re.compile(r"^[【\[]?[^【】\[\]，。、.．\d]{0,24}(?:版权|免责|法律|版权与免责)声明"
                           r"\s*[】\]]?[:：]?$")
# the site speaking of itself: 本网稿件…, 凡注明“来源：…”的作品, 转载请注明
_SITE_SPEAKS = re.compile(r"本网|本站|转载|凡注明")
# a numbered term the site opens with itself (1、本网站所登载之内容…, 2.本站原创…)
# an ask or a duty in a numbered line's words: a plan's item, not the site's terms
_ASKS_IN_TERMS = re.compile(r"(?<!需)要|负责|应当|务必|必须|落实|加强|开展|做好|整改")


def _terms_to_the_end(markers: list[tuple[str, int, str, str] | None]) -> bool:
    """Whether the numbered lines from here to the page's end ask no work: the site's terms
    (1、本网站所登载之内容…, 2、本网原创之作品…请注明出处), not a website's or a station's own
    plan whose items open with it (1、本网站要加强内容审核…, 1.本站原创内容要…，…负责)."""
    return not any(found is not None and _ASKS_IN_TERMS.search(found[3]) for found in markers)


# (not 本站测报科要…, a station's own section; nor 本网格内…)
_SITE_ITSELF = re.compile(r"^(?:本网站?|本站)(?:所|原创|转载|登载|发布|刊登|刊发|稿件|内容|作品|"
                          r"未?注明|不承担|声明|文章|信息|图片)")
_GLUED_SHI_RUN = re.compile(r"[：:]\s*一是[^。；;]{4,}?二是[^。；;]{4,}?三是")
# a document-sharing site's notice to its users about the document (1、下载文档前请自行甄别文档
# 内容的完整性…, 2、“仅部分预览”的文档…, 3、如文档侵犯您的权益…)
_SHARING_NOTICE = re.compile(r"文档.{0,20}(?:下载|预览|侵犯|客服|退款)|"
                             r"(?:下载|预览|侵犯).{0,10}文档")
_HEAD_LINES = 20  # the page's head, where a sharing site prints its notices
_TERMS_LOOKAHEAD = 3  # lines after the heading where the site's words show it is its terms


def _site_terms(lines: list[str], i: int, end: int) -> bool:
    """Whether line i heads a web site's terms at the page's foot (【某某新闻网版权声明】 ⏎
    1.本网稿件…): the heading alone, with no number of its own (not 三、版权声明, 2.规范…版权
    声明, a plan's own), and the site speaking of itself in the lines under it."""
    if not _LEGAL_NOTICE.match(lines[i].strip()):
        return False
    return any(_SITE_SPEAKS.search(line) for line in lines[i + 1:min(end, i + 1 +
                                                                   _TERMS_LOOKAHEAD)])


_LOOSE_MIN = 6  # characters: a work item's words, not a page's menu (- 设为首页, - 长者版)


def _loose_bullets(markers: list[tuple[str, int, str, str] | None], lines: list[str]) -> int:
    """How many bullets that name no owner and hold no label stand before the first
    numbered line: a list of the page's own work where three or more; none of a run of
    bullets (a line of words between runs) where more of them are a menu's few words than
    not (• 规章 • 行政规范性文件 • 政府文件 • 部门文件: the site's menu, its longer entries no work
    either; not • 清淤 • 护坡 • 修渠 over as many bullets of work)."""
    total = count = short = 0
    for found, line in zip(markers, lines, strict=True):
        if found is None:
            if line.strip():  # (a line of words: the run ends)
                total += count if short <= count else 0
                count = short = 0
            continue
        if found[0] != "dash":
            break
        if _loose_item(found[3]):
            count += 1
        elif len(found[3].strip()) < _LOOSE_MIN and not re.search(r"[:：，,。；;]", found[3]):
            short += 1
    return total + (count if short <= count else 0)


def _loose_item(rest: str) -> bool:
    """Whether a bullet's words are a work item's, where it names no owner: long enough to
    be more than a page's menu (- 长者版), and no label and its value (• 发布时间：…)."""
    return not marker_at_end(rest) and len(rest) >= _LOOSE_MIN and \
        ":" not in rest and "：" not in rest and not _filed(rest) and \
        not _organ_alone(rest) and not _bracket_field(rest.strip())


def _bracket_field(rest: str) -> bool:
    """Whether a bullet is a label in brackets and a value of a page's record (- 【发布单位】
    宁德市, - 【发布日期】2007-08-17, - 【失效日期】--, - 【时效性】现行有效): a short value with no
    sentence's mark; not 【重点任务】完善…, 【教育】新建幼儿园3所, work under its label."""
    field = re.match(r"【[^】]{2,6}】", rest)
    if field is None:
        return False
    value = rest[field.end():].strip()
    return len(value) <= _BRACKET_VALUE_MAX and not re.search(r"[，,。；;！!]", value) and \
        table.WORK_VERB.match(value) is None and not _work_figure(value)


_BRACKET_VALUE_MAX = 20  # characters: a page record's value, not a sentence


def _organ_alone(rest: str) -> bool:
    """Whether a bullet is one organ's name and nothing else (• 铜梁区统计局: the page's
    record of who issued the plan)."""
    return len(rest) <= _ORGAN_MAX and not re.search(r"[，,。；;、\s]", rest) and \
        unit_names.read(rest, organs_only=True) is not None


_ORGAN_MAX = 16  # characters of one organ's name


# a page's own record of the plan in its bullets (• 115002245043/2023-00014, • 2023-09-13,
# with • 铜统发〔2023〕21号, meta.DOC_NO, and • 铜梁区统计局): a code or a date, no work
_CODE_OR_DATE = re.compile(r"[\dA-Za-z\-/—_.年月日\s]+")


def _filed(rest: str) -> bool:
    return bool(_CODE_OR_DATE.fullmatch(rest) or DOC_NO.fullmatch(rest.strip()))


# the date under a signature, to the month at least (二○○八年七月, 2021年6月23日), whatever
# a web page runs on after it
def _value_below(lines: list[str], i: int, end: int,
                 markers: list[tuple[str, int, str, str] | None], start: int) -> int | None:
    """The line that holds the value of the label line i, where the label stands alone
    (责任单位： with its units on the next line), else None."""
    if not re.search(r"[:：]\s*$", lines[i]):
        return None
    j = next((j for j in range(i + 1, min(end, i + 3)) if lines[j].strip()), None)
    if j is None or markers[j - start] is not None or unit_names.read(lines[j]) is None:
        return None
    return j


_SIGNED_DATE = re.compile(r"^(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年"
                          r"[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?")


def _signs(lines: list[str], i: int, end: int) -> bool:
    """Whether line i is the organ that signs the plan: a short line that is a unit's name
    alone (or any name, where the date under it closes the document), with a date right under
    it (a stage's heading over its dates is none)."""
    line = lines[i].strip()
    # (长沙市、株洲市和湘潭市人民政府 over the date: places' governments that sign together)
    joint = unit_names.places_governments(line) is not None
    if len(line) > (40 if joint else 30) or re.search(r"[，。；：:,.;（(]|\d", line) or \
            ("、" in line and not joint):
        return False
    named = unit_names.read(line) is not None
    if named and not any(lines[j].strip() for j in range(i + 1, end)) and \
            _SENTENCE_END.search(lines[i - 1].strip() if i > 0 else "") and \
            not any(_names_only(lines[j]) for j in range(i)):
        # (…（四）联席会议不纳入省级议事协调机构管理。 ⏎ 省政府办公厅: the organ that signs, the
        # page cut before its date; a unit's name the page ends on, after a whole sentence,
        # where no item above has its units on a line of their own under it)
        return True
    at = next((j for j in range(i + 1, min(end, i + 3)) if lines[j].strip()), None)
    after = lines[at].strip() if at is not None else ""
    # (a name no grammar knows, 某某中学, signs too where its date closes the document)
    closing = at is not None and sum(1 for j in range(at + 1, end) if lines[j].strip()) <= 1
    if not named and not closing:
        return False
    date = _SIGNED_DATE.match(after)
    # the date alone, or a web page's words run on after it (扫一扫在手机打开…), never a
    # span or a sentence (2021年6月1日至6月30日，…)
    return date is not None and not re.match(r"\s*[至到—\-~～，,]", after[date.end():])


def _names_only(line: str) -> bool:
    """Whether a line is units' names and nothing else (省住房城乡建设厅, 甲市、乙市人民政府)."""
    line = line.strip()
    return bool(line) and len(line) <= _SIGNER_MAX and marker(line) is None and \
        not re.search(r"[，。；：:,.;]", line) and unit_names.read(line) is not None


_SIGNER_MAX = 40  # characters: a signature's or an owner line's names, no sentence


def _heads_a_list(lines: list[str], markers: list[tuple[str, int, str, str] | None],
                  k: int, start: int) -> bool:
    """Whether a line of units without a label (区住建局（3项）) heads the list that starts
    again at 1 on the next line: that list's owner, not the item above's."""
    line = lines[start + k].strip()
    if "：" in line or ":" in line:
        return False
    after = next((found for found in markers[k + 1:k + 4] if found is not None), None)
    nxt = next((j for j in range(k + 1, min(k + 4, len(markers))) if lines[start + j].strip()),
               None)
    return after is not None and after[1] == 1 and nxt is not None and markers[nxt] is after


def _run_goes_on(after: list[tuple[str, int, str, str] | None], kind: str, number: int,
                 this: tuple[str, int, str, str], below: list[str]) -> bool:
    """Whether the next two numbers of kind after a line numbered number are number + 1 and
    number + 2 (the next one, for a part 四、): the start of a list cut out of a longer one
    (204. 205. 206.). Two items do where both close with their owners ((二十四)…。（国家发展
    改革委牵头） ⏎ (二十五)…（农业农村部…负责）), on their own line or their words' below
    it: the page quotes two of a plan's items. below: the lines after this one, as after."""
    following = [found for found in after if found is not None and found[0] == kind][:2]
    if kind in ("cn", "di"):
        # 四、实施步骤 … 五、保障措施: a page cut inside the plan's parts, which are few (and
        # 第二，… 第三，…: the ordinals in words after a first said otherwise)
        # (or one part missed between two that each name their owners: 二、…牵头单位：A ⏎
        # 四、…牵头单位：B, a summary page that quotes some of a plan's parts)
        return bool(following) and _worded(following[0]) and (
            following[0][1] == number + 1 or following[0][1] == number + 2 and
            all(INLINE_LABEL.search(found[3]) for found in (this, following[0])))
    # (（三）闻喜县政府 ⏎ 1、… ⏎ （四）稷山县政府 ⏎ 1、…: two parts, each a unit's name alone
    # over items numbered from 1, the parts of a plan's duties by unit a page cut from its
    # middle; the part after them, cut in its name, no matter)
    if kind == "pcn" and following and following[0][1] == number + 1 and \
            all(_unit_alone(found[3]) for found in (this, following[0])) and \
            after and after[0] is not None and after[0][0] != kind and after[0][1] == 1:
        return True
    # (二是… 三是… 四是…: a page that starts after 一是, as after 1.; 第七条… 第八条… 第九条…:
    # a page of a rule set's articles, cut after its first)
    if kind not in ("num", "pnum", "pcn", "shi", "tiao") or not following or \
            following[0][1] != number + 1 or not all(map(_worded, following)):
        return False
    if len(following) == 2 and following[1][1] == number + 2:
        return True
    if len(following) == 2 and following[1][1] == 1 and kind == "pcn" and \
            not any(_told(found[3]) for found in (this, following[0])) and \
            not (after and after[0] is not None and after[0][1] == 1 and
                 after[0][0] not in (kind, "cn")):
        # （四）… ⏎ （五）… ⏎ 五、… ⏎ （一）…: a page cut inside a part, the next part's
        # heading between its last item and the first of the part after it (items of work
        # run on from their titles; not a report's problems, results or progress by place, cut
        # so, nor a heading over points of its own)
        at = [k for k, found in enumerate(after) if found is not None and found[0] == kind][:2]
        if any(found is not None and found[0] == "cn" for found in after[at[0] + 1:at[1]]):
            return True
    # (or both are items of work, each a title and then what it asks of its units: （八）加强
    # 组织领导。各级党委要… ⏎ （九）搭建工作平台。各县市区要…, two of a plan's items a page
    # cut from its middle quotes)
    if all(_titled_work(found[3]) for found in (this, following[0])):
        return True
    # (or both close with the time of their stage: （二）组织实施（3月1日至9月30日） ⏎ …
    # （三）总结验收（10月1日至31日）)
    # (…（三）集中整治阶段（5月1日至6月30日）。有关部门要…: the stage's heading runs on into
    # its words, its time closing the heading's sentence)
    second = next(k for k, found in enumerate(after) if found is not None and found[0] == kind)
    return (_item_closes_with_owners(this[3], after, below, -1) and
            _item_closes_with_owners(following[0][3], after, below, second)) or \
        all((stage := _STAGE_TIME.search(re.split("[。；;]", found[3])[0])) is not None and
            (_SPAN_MARK.search(stage.group(0)) is not None or "日" not in stage.group(0) or
             "前" in stage.group(0))
            for found in (this, following[0]))


def _unit_alone(words: str) -> bool:
    """Whether an item's words are a unit's name and nothing else (闻喜县政府, 县公安局)."""
    name = words.strip(" 。：:")
    read = unit_names.read(name) if 2 <= len(name) <= 20 else None
    return read is not None and read.names == [name] and unit_names.ends_as_name(name)


def _item_closes_with_owners(words: str, after: list[tuple[str, int, str, str] | None],
                             below: list[str], at: int) -> bool:
    """Whether an item closes with its owners: its line, or, where that line is a title alone
    (健全…退出机制。), the first paragraph of its words below it, its bracket naming their roles
    (…。（最高人民法院…按职责分工负责）): not a report's or a news page's credit for a paragraph,
    （县审计局）, nor a page's footer further down. at: the item's place in after (-1: the line
    before after)."""
    if marker_at_end(words.strip().rstrip("。；; ")) is not None:
        return True
    if not _TITLE_ALONE.fullmatch(words.strip()) or words.strip().endswith(("？", "?")):
        return False
    for found, line in zip(after[at + 1:], below[at + 1:], strict=False):
        if found is not None:
            return False
        if line.strip():
            marker = marker_at_end(line.strip().rstrip("。；; "))
            return marker is not None and _ROLE_WORD.search(marker[1]) is not None
    return False


# the words of a bracket that gives units their roles in the work (…牵头，…按职责分工负责)
_ROLE_WORD = re.compile(r"牵头|负责|配合|参与|按职责")


# an item's line that is its title alone (健全非营利法人和非法人组织等退出机制。), no sentence
_TITLE_ALONE = re.compile(r"[^。；;，,：:]{2,30}。?")


def _titled_work(words: str) -> bool:
    """Whether an item's words are a short title closed by its full stop, then a sentence that
    asks of its units (加强组织领导。各级党委要…), and tell no findings."""
    title = _WORK_TITLE.match(words)
    # (the sentence after the title asks: not 布展工作。本届…面积共计76000平方米…, an account;
    # nor 河长。是指负责…, a definition; nor 县委成立了…专班，由…负责, work told done)
    sentence = re.split(r"[。；;]", words[title.end():])[0] if title is not None else ""
    return title is not None and (_ASKED_AFTER.search(sentence) is not None or
                                  _LED_BY.match(sentence) is not None) and \
        "是指" not in sentence and _DONE.search(sentence) is None and not _told(words)


_WORK_TITLE = re.compile(r"[^。；;，,：:]{2,20}。")
_ASKED_AFTER = re.compile(ASKS_OR_DUTY)
# (整治非法修造船厂。由三亚工商局牵头，…配合。: the title, then who leads the work)
_LED_BY = re.compile(rf"由[^，,。；;]{{2,40}}?{LEAD_VERB}")
_DONE = re.compile(r"了(?![解结])")  # (成立了…: told done; not 了解)


# (a stage's time is a span or a month, （5月1日至6月30日）, （10月）: not one day, （3月5日）,
# the day of an event told)
_SPAN_MARK = re.compile(r"[至到—－~～-]")
# a stage's time in a bracket closing its heading: （2012年3月1日至9月30日）, （10月）
_STAGE_TIME = re.compile(r"[（(][^（）()]{0,12}\d{1,2}\s*月[^（）()]{0,16}[)）]\s*$")


def _told(words: str) -> bool:
    """Whether an item's words tell a report's findings, results or progress (存在的主要问题。…,
    城关镇。全镇共有…12家，已完成…10家。), not work asked."""
    return _TOLD_HEAD.match(words) is not None or (
        re.search(r"\d", words) is not None and "已" in words and
        re.search(r"要|须|应|必须|负责", words) is None)


# the heading of a report's findings or results
_TOLD_HEAD = re.compile(r"(?:存在的?(?:主要)?问题|取得的?(?:主要)?(?:成效|成绩)|"
                        r"主要(?:成效|成绩|问题|做法)|工作成效)")


def _worded(found: tuple[str, int, str, str]) -> bool:
    """An item's words after its number, not a figure's decimals (74.8, 75.8, 76.5)."""
    return len(found[3]) >= 4 and bool(re.search(r"[\u4e00-\u9fff]", found[3]))


# the lines that close a document: the signing organ, the date, 附件, 抄送, the notice's
# closing formula (特此通报，请各部门督促落实。) — never an item's (_closes)
_CLOSING_LINE = re.compile(r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d{5,6}|"
                           r"(?P<formula>特此(?:通知|通报|函告?|公告|批复|报告))(?:[，,。；;].*)?|"
                           r"[\u4e00-\u9fff]{2,30}(?:人民政府|办公室|办公厅|委员会|教委|局|厅)|"
                           r"(?:附件\s*\d*\s*[:：]|附件\s*\d*$|抄送\s*[:：]|主送\s*[:：]|"
                           r"联系人\s*[:：]|（此件[^）]*）|\(此件[^)]*\)).*|.*\d日印发)$")


def _closes(line: str, node: "Node | None" = None) -> bool:
    """Whether line closes the document (_CLOSING_LINE). A closing formula that goes on to ask
    for work by a time (特此通报，请各系部于9月30日前完成整改…) is the words of a heading with
    none of its own above it (三、整改要求): that work; after an item's words, still the
    document's (a request of its own, or a day that is no deadline: 元月二日正常上课)."""
    m = _CLOSING_LINE.match(line.strip())
    if m is None:
        return False
    if not m.group("formula") or node is None or not node.is_heading() or node.body or \
            _SENTENCE_END.search(node.head) or re.search(r"[：:]", node.head):
        return True  # (a heading of words alone, 三、整改要求: not 作业要求：学生要…。)
    return deadlines.read(line.strip()[m.end("formula"):], SOME_DAY).due is None


# a page's number left on a line of its own (9, - 9 -, 第9页, 9/12): no item's words
_PAGE_FOOTER = re.compile(r"^(?:[-—－]\s*)?(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*[/／]\s*\d{1,3})?"
                          r"(?:\s*[-—－])?$")


# the problems a notice lists, referred to all together: 上述问题, 以上存在的问题, 检查中发现的问题
_ALL_PROBLEMS = re.compile(r"(?:上述|以上|前述)[^，,。；;]{0,6}(?:问题|隐患)|"
                           r"检查(?:中|时|过程中)?(?:所)?发现的(?:问题|隐患)")
# asked of the units in general, no one named: 请各责任单位, 请相关单位, 请有关单位
_TO_ALL = re.compile(r"请(?:各|相关|有关)|(?:各|相关|有关)(?:责任)?(?:单位|部门)(?:要|务必|须)")


def _belongs(node: Node, line: str) -> bool:
    """Whether an unnumbered line goes on with node: the body of a heading, the rest of a
    paragraph a page broke, or an owner marker on its own line. A whole paragraph after a
    whole item is the document's (a closing paragraph, a part's preface), and so are the
    signature and date that close it, and the web site's footer after them."""
    if _closes(line, node) or _PAGE_FOOTER.match(line.strip()) or \
            PAGE_CHROME.search(line):
        return False
    if _ALL_PROBLEMS.search(line) and _TO_ALL.search(line) and \
            by_line(line) is None and closing_by(line) is None and \
            (node.body or _SENTENCE_END.search(node.head)):
        # 请各责任单位对上述问题尽快整改…, 对检查中发现的问题，请相关单位…: after the last
        # problem's words, the notice's request to all the units about all the problems,
        # none of that problem's (not 上述问题由县市场监管局负责整改…, a problem's own measure)
        return False
    if node.is_heading() and not node.body:
        return True
    if opinion_line(line) is not None:
        return True  # 发展改革委意见：… under a request: the answer to that item
    last = node.body[-1] if node.body else node.head
    if not _SENTENCE_END.search(last):
        return True
    if marker_at_end(line) is not None and len(line) < 200 and line.lstrip()[:1] in "（(〔【[":
        return True
    # a heading's further paragraphs, while they read as prose (not a page's footer)
    if not node.is_heading() or not _SENTENCE_END.search(line) or \
            any(marker_at_end(b) for b in node.body):
        return False
    # (or while they go on as its paragraphs went: each opening with the unit whose share it
    # is, 应急管理部门负责…。气象部门开展…。水文部门根据…: one duty list, however long)
    return (len(node.body) < 3 and len(line) > 20) or \
        (len(node.body) >= 2 and all(_opens_with_doer(b) for b in [*node.body[-2:], line]) and
         not _OF_THE_PAGE.search(line))


# the page's own closing words (县政府办公室负责本方案的解释，本方案自印发之日起施行): no share
_OF_THE_PAGE = re.compile(r"本(?:方案|办法|通知|制度|预案|细则|规定|意见|规则)(?:的解释|由|自|"
                          r"[^，,。]{0,6}施行)")


def _opens_with_doer(paragraph: str) -> bool:
    """Whether a paragraph opens with the units that do its work or are asked to."""
    return opens_with_subject(paragraph) or opens_addressed(paragraph) or \
        organ_doing(paragraph, kinds=True) is not None or kind_at_work(paragraph) is not None


# an inline item marker: (1) （2） 1. 2、 ① ⑴ ⒈ ㈠, and the ordinals of a Chinese list: 一、 （一）
# 一是 第一， 其一，; a figure's decimals (3.5万) are not one
_CN_ORD = "[一二三四五六七八九十]"
_INLINE = re.compile(r"[（(]\s*(?P<paren>\d{1,2})\s*[)）]|"
                     # (3．2020年底前开展…: a number before a year opening its words)
                     r"(?<!\d)(?P<dot>\d{1,2})[.、．](?!(?!(?:19|20)\d\d年)[\d%])|"
                     r"(?P<char>[①-⑳⑴-⒇⒈-⒛㈠-㈩])|"
                     rf"[（(](?P<pcn>{_CN_ORD}{{1,3}})[)）]|"
                     rf"(?<!第)(?P<cn>{_CN_ORD}{{1,3}})、(?!{_CN_ORD})|"
                     rf"(?P<shi>{_CN_ORD}{{1,3}})[是要](?=[^，,。；;、\s])|"
                     rf"第(?P<di>{_CN_ORD}{{1,3}})[，,、：:]|"
                     # (第一条：…, 第二条 …: a policy's articles run together on one line)
                     # (…的原则。第五条州人民政府负责…: run on with no mark after it; not 第五条
                     # 规定, 第五条的…, 第三条明确了…: a cited article)
                     rf"第(?P<tiao>{_CN_ORD}{{1,3}})条(?=[、，,.．：:\s]|(?![规的所之中款第]|明确了|提出|指出|界定|写明|强调)"
                     rf"[\u4e00-\u9fff])|"
                     rf"其(?P<qi>{_CN_ORD})[，,、：:]")
_BEFORE_INLINE = "。；;：:！？!?"
# an ordinal said in words (一是, 第一，) may follow a comma: 一、 (一) 1. in a sentence are
# more often an enumeration of names than items
_WORDS_AFTER = re.compile(r"\s?[\u4e00-\u9fff]")
_FIGURE_ONE_AFTER_COLON = re.compile(r"[：:]\s*1[.．]\s?")
_WORD_STYLES = ("shi", "di", "qi", "cn")
# a part's heading run in before its first item: …。二、做美环境5.建设… (its title short, a
# clause or two, maybe with its time in brackets: （一）摸底调查阶段（2020年5月8日-5月10日）1.…);
# before bracketed points, an item's heading too: …。2.加大成本管控力度（1）…
_HEADING_WORDS = (r"[^，,。；;：:\s]{1,15}(?:[，,][^，,。；;：:\s]{2,15})?"
                  r"(?:[（(][^（）()，,。；;：:]{2,30}[)）])?$")
_PART_MARK = rf"(?:^|[。；;：:，,\s])(?:{_CN_ORD}{{1,3}}、|[（(]{_CN_ORD}{{1,3}}[)）]"
_INLINE_HEADING = re.compile(_PART_MARK + ")" + _HEADING_WORDS)
_ITEM_HEADING = re.compile(_PART_MARK + r"|\d{1,2}[.．]\s?)" + _HEADING_WORDS)
_MIN_PIECE = 2  # 1、2、3项: numbers that count, not items


def split_run_together(lines: list[str]) -> tuple[list[str], set[int]]:
    """Lines with items run together (…以下实事：(1)新建幼儿园3所。(2)改造道路5条。(3)…, or
    ①…②…, 一是…；二是…；, 一、道路1.…。2.…。二、水利3.…) cut into a line per item, so that
    each is an item of its own. Only a run of consecutive numbers from 1, each after a colon,
    a sentence's end or a space (a word ordinal, 一是 第一， also after a comma; the first
    item of a part after its run-in heading; ① anywhere): a lone (1) in a sentence, or
    figures (3所, 5.5万, 1、2、3项), are left as they are. Where only the last item ends with
    an owner marker, the marker is the whole paragraph's: not cut. A run broken across two
    lines by the page (…；五是加大⏎医疗投入…；六是…) is one run, and a sharing site's page
    numbers at the start of each line (1、… 2、…) are no items (_page_breaks).

    Returns the lines and the indices of those that were cut out of a line."""
    out: list[str] = []
    cut_out: set[int] = set()
    # the number each style's run of the lines cut so far goes on with (一、…（一）…（四）… ⏎
    # 二、…（五）…: numbering that runs on across the parts of a page stored a part a line)
    going_on: dict[str, int] = {}
    prepared = list(_first_item_cut(_joined_runs(_page_breaks(_bare_numbers(_labelled_apart(
        _counted_lists(_heading_then_item(_number_owned_paragraphs(_duty_sentences(
            _duties_said_inline(_owned_items_apart(_labelled_parts_apart(_marker_then_item(
                _closed_brackets(_annexes_apart(lines))))))))))))))))
    for at, line in enumerate(prepared):
        if isinstance(line, _Parted):
            cut_out.add(len(out))  # (省教育厅：… cut out of a paragraph, as an item is)
        if _one_cell(line):
            # a web page's layout table of one cell (…分别是：(1)…(2)… |): its text is prose
            line = line.strip().strip("|").strip()
        if "|" not in line and "\t" not in line:
            line = _first_said_without_ordinal(line)
        cuts = _run_together(line, going_on) if "|" not in line and "\t" not in line else []
        if not cuts:
            out.append(line)
            _note_own_number(line, going_on)
            continue
        found = [(start, style.removeprefix(_LOOSE), number)
                 for start, style, number in _markers(line)]
        # the first cut's run goes on with the numbers of the line before (二、推广应用5.…。
        # 6.…), or the line after goes on with its run's (一、制度建设。1.…2.… ⏎ 二、…3.…):
        # the plan's items, numbered across its parts, not one item's points
        runs_on = any(start == cuts[0] and number > 1 and going_on.get(style) == number
                      for start, style, number in found) or \
            _goes_on_below(prepared, at, [f for f in found if f[0] in cuts])
        # 四、工作安排…：（一）摸底阶段1.…2.…（二）部署阶段1.…: headings of their own and
        # the items under them, a part's outline run together, not one item's points
        levels = len({style for start, style, _ in found if start in cuts})
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)],
                                                     strict=True)]
        # the line's own first words are an item too where it opens with a number: (一)…
        # (省发改委负责)(二)…(省财政厅主办…)
        items = pieces[1:] if cuts[0] > 0 and marker(line) is None else pieces
        if _FINDINGS_BEFORE.search(line[:cuts[0]]) and \
                not any(_ASKED_IN_ITEM.search(piece) for piece in pieces[1:]):
            # (仍存在诸多问题：一是…数量大；二是…不到位；: the faults a report finds, no work;
            # not 针对存在的问题：一是要…, the work that fixes them)
            out.append(line)
            _note_own_number(line, going_on)
            continue
        if marker_at_end(items[-1]) is not None and \
                not any(marker_at_end(p) is not None for p in items[:-1]):
            out.append(line)
            _note_own_number(line, going_on)
            continue
        if cuts[0] > 0 and marker(line) is not None and not any(map(_own_evidence, items)) \
                and not _own_run(line, cuts[0]) and not runs_on and levels < 2 and \
                line[:cuts[0]].rstrip().endswith(("：", ":")) and \
                sum(map(_unit_first, pieces[1:])) < _UNITS_LISTED_MIN:
            # （三）加强组织领导：(1)…；(2)…: the points of one item its colon leads into, which
            # say nothing of who or by when for each (a part that says its piece and then lists
            # its measures, 一、关于…问题…支持。一是…二是…, lists its items); a list under a
            # heading (重点抓好以下实事：…) is its items
            out.append(line)
            _note_own_number(line, going_on)
            continue
        for start, style, number in found:
            if start in cuts or start == 0:
                going_on[style] = number + 1
        for k, piece in enumerate(pieces):
            if piece:
                if k > 0 or cuts[0] == 0:
                    if piece[-1] in "；;，,":  # ①清理沟渠；②…: each a sentence of its own
                        piece = piece[:-1] + "。"
                    # 二、有些地方权益没有保障（一）个别地方…: a part cut out of the line may run
                    # on into its first item, as a line of its own may (_heading_then_item)
                    for n, part in enumerate(_heading_then_item([piece])):
                        # (（二）…财源税源一是…。二是…。三是…: the item parted off runs on into
                        # its fellows, which its glued 一是 hid from the line's own cuts)
                        for item in split_run_together([part])[0] if n > 0 else [part]:
                            cut_out.add(len(out))
                            out.append(item)
                    continue
                out.append(piece)
    return out, cut_out


# points after a heading's colon that each open with their unit (（二）成员单位职责。…如下：1.河务
# 部门。…2.气象部门。…): the units' duties, items of their own
_UNITS_LISTED_MIN = 2
_SAID = re.compile(r"(?:要求|强调|指出|提出)[，,：:]")
# the lead-in of a list of what is wrong: 存在诸多问题：, 面临的三方面挑战：
# (not 针对存在的问题：, 为解决…存在的短板：: the work that fixes them follows)
_FINDINGS_BEFORE = re.compile(r"^(?!.*(?:针对|解决|对照|整改|围绕))[^：:]*?(?:存在|面临)"
                              r"[^，,。；;：:]{0,12}(?:问题|不足|短板|困难|挑战)[：:]\s*$")
_ASKED_IN_ITEM = re.compile(r"要|须|应|务必|必须|牵头|负责|配合|前完成")


def _first_said_without_ordinal(line: str) -> str:
    """line, where a paragraph's ordinals in words go on from 二 after a first said without
    one (他要求，各村务必提高认识。二要…，三要…，四要…): the first given its 一要 (一是) at
    the start of what is asked, so that the run starts at 1; else line as it stands."""
    if len(line) > _PARAGRAPH_MAX or marker(line) is not None:
        return line
    words = [(at, n) for at, style, n in _markers(line) if style == "shi"]
    if not words or words[0][1] != 2 or [n for _, n in words[:3]] != [2, 3, 4]:
        return line
    second = words[0][0]
    before = line[:second].rstrip(" 。；;，,")
    start = max(before.rfind(ch) for ch in "。！？；;") + 1
    said = list(_SAID.finditer(before, start))
    if said:
        start = said[-1].end()
    if len(before) - start < 4:
        return line
    return line[:start] + "一" + line[second + 1] + line[start:]


def _note_own_number(line: str, going_on: dict[str, int]) -> None:
    """A line left whole that opens with its own number tells the run of the line below which
    number comes next (1、开学校会。 ⏎ 2、…活动。3、…)."""
    own = _markers(line)[:1]
    if own and own[0][0] == 0:
        going_on[own[0][1]] = own[0][2] + 1


def _goes_on_below(lines: list[str], at: int, cut: list[tuple[int, str, int]]) -> bool:
    """Whether the next line with words goes on with the numbers of a run cut in line at
    (一、制度建设。1.…2.… ⏎ 二、常态应用。3.…): numbering that runs across the parts; not where
    the line is itself numbered as its points are (2.重点抓好：1.…；2.… ⏎ 3.…: the line below
    goes on with the line's own number)."""
    own = marker(lines[at])
    own_style = _inline_style(own) if own is not None else None
    last = {style: number for _, style, number in cut if style != own_style}
    after = next((line for line in lines[at + 1:] if line and line.strip()), None)
    if after is None or not last:
        return False
    return any(last.get(style.removeprefix(_LOOSE)) == number - 1
               for _, style, number in _markers(after) if number > 1)


def _numbered_under(heading: tuple[str, int, str, str] | None, texts: list[str]) -> list[str]:
    """texts numbered in order as the items under heading (its marker, or None): 1. 2. …, or
    （1）（2）… under a heading numbered 1. itself."""
    style = "（{}）" if heading is not None and heading[0] in ("num", "pnum") else "{}."
    return [style.format(n) + text.strip() for n, text in enumerate(texts, 1)]


# 省教育厅负责指导…。: a sentence that opens with the unit whose duty it states
# (…。镇人民政府、街道办事处配合区…部门做好…: a unit's share that helps another's, a duty as
# much as one it leads)
# (…部门（下称区井盖设施监督管理部门）负责…: the name it goes by after, in brackets)
_DUTY_SENTENCE = re.compile(r"^(?P<unit>[^，,。；;：:“”（）()]{2,24}?)"
                            r"(?:[（(][^（）()]{1,24}[)）])?"
                            r"(?:(?:主要)?(?:负责|牵头|配合|协助)(?!人|同志)|"
                            # (教育局的职责包括…: its duty said as such)
                            r"的(?:主要|工作)?职责(?:包括|是|为|主要有)(?![：:]))")
# 《办法》明确，市城管部门负责…: the rules that set the duty, before the one it is of
_DUTIES_SET = re.compile(r"^[^，,。；;：:]{0,20}?(?:明确|规定)[，,：:]\s*")
_DUTY_RUN_MIN = 3  # sentences: a division of duties, not a sentence that names who in passing


def _duty_sentences(lines: list[str]) -> list[str]:
    """lines, where a paragraph runs on a division of duties, a sentence a unit (成员单位职责。
    …。省发展改革委负责…。省教育厅负责…。省民政厅负责…。): each of those sentences a numbered
    line of its own after the paragraph's own words, the items of the part it stands in."""
    out: list[str] = []
    for line in lines:
        # (not a table's row: its cells are its columns')
        # (…。县委政法委负责抓好…；县交运局负责抓好…；: clauses parted by semicolons too, in
        # a paragraph of no item's own; an item's, 2、明确分工。A负责…；B负责…, is its words)
        ends = "。.；;" if marker(line.strip()) is None else "。."
        sentences = [x for x in re.split(rf"(?<=[{ends}])(?![0-9])", line) if x.strip()] \
            if sum(map(line.count, ("负责", "牵头", "配合", "协助", "职责"))) >= _DUTY_RUN_MIN and \
            "|" not in line and "\t" not in line else []
        sentences = _units_then_duties(sentences)
        sentences = _duties_going_on(sentences)
        duty = [_duty_unit(x) for x in sentences]
        # (…县农业农村局负责…。全县各乡镇要于6月30日前完成…。县融媒体中心负责…: a unit asked
        # for its part between the units' duties is one of them)
        # (and so is one named by what it is, between two: 区人民政府确定的井盖设施监督管理部门
        # 负责…)
        duty = [d or (addressed_units(sentences[k].strip()) or _described_duty(sentences[k])
                      if 0 < k < len(duty) - 1 and duty[k - 1] and duty[k + 1] else None)
                for k, d in enumerate(duty)]
        start = next((k for k in range(len(duty) - _DUTY_RUN_MIN + 1)
                      if all(duty[k:k + _DUTY_RUN_MIN])), None)
        if start is None:
            out.append(line)
            continue
        end = start
        while end < len(duty) and duty[end]:
            end += 1
        if len({duty[k] for k in range(start, end)}) < end - start:
            out.append(line)  # (one unit's several duties: its paragraph's words)
            continue
        # (《办法》明确，A负责…: the words that set the duties go before them, no unit's)
        said = _DUTIES_SET.match(sentences[start].lstrip())
        if said is not None:
            sentences[start:start + 1] = [said.group(0), sentences[start].lstrip()[said.end():]]
            start, end = start + 1, end + 1
        head = "".join(sentences[:start]).strip()
        if head:
            out.append(head)
        # (cut out of the paragraph: its last duty ends with it, and the words after the
        # run are none of that duty's; where they ask units of their own, …。县教育局要于6月
        # 底前…, 各单位要密切配合…, they are one more share)
        rest = "".join(sentences[end:]).strip()
        shares = [sentences[k] for k in range(start, end)]
        if rest and (opens_addressed(rest) or _duty_unit(rest)):
            shares, rest = shares + [rest], ""
        out += map(_Parted, _numbered_under(marker(head), shares))
        if rest:
            out.append(rest)
    return out


# 联席会议的主要职责是：…；…；…。: a body's duties said in one sentence, parted by semicolons
_DUTIES_INLINE = re.compile(r"^(?P<lead>[^，,。；;：:“”\s]{2,30}?(?:的)?(?:主要|具体|工作)*职责"
                            r"(?:是|为|包括|如下|主要有|有)[：:])(?P<duties>.+)$")
_INLINE_DUTIES_MIN = 3  # clauses: a list of duties, not a duty and its manner
_INLINE_DUTY_MAX = 120  # characters: a duty, not a paragraph of other words


def _duties_said_inline(lines: list[str]) -> list[str]:
    """lines, where a line says a body's duties one after another parted by semicolons
    (联席会议的主要职责是：统筹协调…；研究…；指导…；完成…交办的其他事项。): its lead-in on a line
    of its own and each duty numbered under it, as a list of duties is printed (body reads
    whose duties they are from the lead-in); the words after the last duty's sentence go on
    as they were."""
    out: list[str] = []
    for line in lines:
        m = _DUTIES_INLINE.match(line.strip()) if "|" not in line and "\t" not in line and \
            marker(line.strip()) is None else None
        if m is None:
            out.append(line)
            continue
        parts = [x for x in re.split(r"(?<=[；;。])", m.group("duties")) if x.strip(" ；;。")]
        # (the list runs past a sentence's end only while the next goes on with duties, its
        # verb first: not a roster, 组长：王刚；…, nor a body or its set-up, 领导小组办公室设在
        # …；…, 专班下设三个小组：…)
        stop = next((k for k in range(1, len(parts)) if parts[k - 1].rstrip()[-1:] == "。" and
                     _own_sentence(parts[k])), len(parts))
        # (the duties run to the sentence that closes the last one parted by a semicolon;
        # the sentences after it, 联席会议由29个成员单位组成…, are the page's own)
        last = max((k for k, x in enumerate(parts[:stop]) if x.rstrip()[-1:] in "；;"),
                   default=-1)
        clauses, rest = parts[:last + 2], "".join(parts[last + 2:])
        if len(clauses) < _INLINE_DUTIES_MIN or \
                any(len(x) > _INLINE_DUTY_MAX for x in clauses):
            out.append(line)
            continue
        out.append(m.group("lead"))
        out += map(_Parted, _numbered_under(None, clauses))
        if rest.strip():
            out.append(rest.strip())
    return out


def _own_sentence(clause: str) -> bool:
    """Whether a clause after a list's sentence opens one of its own: a label and its value
    (组长：…, 召集人：…), a body's set-up (设在, 兼任, 组成, 下设), or a subject of its own (领导
    小组办公室…); a duty goes on with its verb first (研究…, 协调…)."""
    return bool(re.search(r"[：:]|设在|兼任|组成|下设", clause)) or \
        opens_with_subject(clause) or re.match(BODY_KINDS, clause.strip()) is not None


_GOING_ON_MAX = 2  # sentences: a unit's duties running on, not a paragraph of other words


def _duties_going_on(sentences: list[str]) -> list[str]:
    """sentences, where a unit's duties run on past its first sentence before the next
    unit's (县环保局负责…。加强现场执法检查…。县交通局负责…): the sentences between, a few at
    most, joined to the duty they go on."""
    # (a body named by what it is opens a duty of its own too, no going on of the one before)
    duty = [_duty_unit(x) or _described_duty(x) for x in sentences]
    out: list[str] = []
    k = 0
    while k < len(sentences):
        out.append(sentences[k])
        if duty[k]:
            after = next((j for j in range(k + 1, min(len(duty), k + 2 + _GOING_ON_MAX))
                          if duty[j]), None)
            # (…。全县各乡镇要于6月30日前完成…。: a sentence of its own subject, no going on)
            if after is not None and not any(opens_addressed(sentences[j].strip())
                                             for j in range(k + 1, after)):
                out[-1] = "".join(sentences[k:after])
                k = after
                continue
        k += 1
    return out


_DUTY_OPENS = re.compile(r"^\s*(?:主要)?(?:负责|牵头)")


def _units_then_duties(sentences: list[str]) -> list[str]:
    """sentences, where a sentence of units' names alone is the subject of the duties the next
    opens with (…职责如下：县环保局。负责…。县交通局、公路局。负责…): the two as one
    (县环保局负责…), the words before a colon that announce the list apart."""
    out: list[str] = []
    k = 0
    while k < len(sentences):
        sentence = sentences[k]
        head, colon, named = sentence.rpartition("：") if "：" in sentence else \
            sentence.rpartition(":")
        names = named.strip().rstrip("。.")
        if k + 1 < len(sentences) and _DUTY_OPENS.match(sentences[k + 1]) and names and \
                unit_names.read(names, organs_only=True) is not None:
            if head or colon:
                out.append(head + colon)
            out.append(names + sentences[k + 1].lstrip())
            k += 2
            continue
        if colon and _duty_unit(named) is not None:
            # (…职责如下：县生态环境分局负责…。: the first duty after the words that announce
            # them, a sentence of its own)
            out += [head + colon, named]
            k += 1
            continue
        out.append(sentence)
        k += 1
    return out


def _described_duty(sentence: str) -> str | None:
    """The body a duty's sentence opens with where it is named by what it is (区人民政府确定的
    井盖设施监督管理部门负责…), else None."""
    m = _DUTY_SENTENCE.match(_DUTIES_SET.sub("", sentence.strip()))
    return m.group("unit") if m is not None and "的" in m.group("unit") and \
        re.search(r"(?:部门|单位|机构)$", m.group("unit")) else None


def _duty_unit(sentence: str) -> str | None:
    """The organ a sentence opens with as the one whose duty it states, else None."""
    m = _DUTY_SENTENCE.match(_DUTIES_SET.sub("", sentence.strip()))
    if m is None or unit_names.read(m.group("unit"), organs_only=True) is None:
        return None
    return m.group("unit")


_OWNED_HEADING_MAX = 30  # characters: a part's heading over its paragraphs, not a sentence
_OWNED_MIN, _OWNED_MAX = 10, 600  # characters: a measure and its owners, no article
_REPORTED_DAY = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")
_CITED_ONLY = re.compile(r"^《[^《》]+》")


def owned_paragraph(text: str) -> bool:
    """A paragraph of one measure closed by its owners in brackets (…增加金融供给。（市金融局、
    农信办负责）); not a news item opening with the day it reports (3月1日，市发改委召开…。
    （市发改委）: its source), nor a document's title and its issuers (《关于…的意见》（市发改
    委、市财政局）)."""
    return _OWNED_MIN <= len(text) <= _OWNED_MAX and not _REPORTED_DAY.match(text) and \
        not _CITED_ONLY.match(text) and marker_at_end(text) is not None


def _number_owned_paragraphs(lines: list[str]) -> list[str]:
    """lines, where a numbered heading stands over paragraphs with no number of their own
    that each close with their owners (一、支持平台建设 ⏎ 培育各类平台。…（责任单位：省经信厅）
    ⏎ 推动企业上云。…（责任单位：…）): each paragraph numbered in order under it (1. 2. …, or
    （1）（2） under a heading numbered 1.), the items of that part, as their owners say. The run
    ends at the next numbered line or the first paragraph that names no owners (本政策自…施行)."""
    out = list(lines)
    k = 0
    while k < len(out):
        found = marker(out[k]) if out[k] else None
        if found is None or found[0] == "dash" or len(found[3]) > _OWNED_HEADING_MAX or \
                re.search(r"[。；;]", found[3].rstrip("。")):
            k += 1
            continue
        run: list[int] = []
        j = k + 1
        while j < len(out):
            line = out[j].strip()
            if line and (marker(line) is not None or not owned_paragraph(line)):
                break
            if line:
                run.append(j)
            j += 1
        if len(run) >= 2:
            for at, numbered in zip(run, _numbered_under(found, [out[at] for at in run]),
                                    strict=True):
                out[at] = numbered
        k = max(j, k + 1)
    return out


# 这十件民生实事分别是：A；B；…, “十件民生实事”具体为：A；B；…, 完成十大民生实事，即A；B；…:
# a list whose items the words before it count
# (“四个一”活动，即A；B；C；D: four things done once each, a campaign's count of its items)
# (…，并提出七大发展举措。A；B；…: the count's sentence closed, the items the next one's
# pieces)
_COUNTED = re.compile(r"(?P<count>[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:件|项|个方面|大|个一)"
                      r"[^：:。；;]{0,20}?(?:(?:分别为|分别是|具体为|具体是|包括|为|是)\s*[：:]|"
                      r"[，,]\s*(?:即|分别为|分别是|具体为|具体是|包括)(?![：:])|"
                      r"(?<=举措|措施)。(?=[^。]*[；;]))")


# the word that asks for the measures a closed count announces (提出七大举措。, 部署五项措施。)
_COUNT_ASKED = re.compile(r"(?:提出|部署|明确|作出|要求)了?[^，,。；;]{0,4}$")
_THEY_ARE = re.compile(r"^(?:分别为|分别是|具体为|具体是|包括)\s*[：:]")
_COUNT_ONLY = re.compile(r"(?P<count>[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:件|项|个方面|大)"
                         r"[^：:。；;]{0,12}$")


def split_outside_quotes(text: str, marks: str = "，,") -> list[str]:
    """text parted at its marks (commas unless said) outside quotes and brackets (太原市“A”和
    “B”，大同市“C”; “煤改清洁能源”、“创模”企业…)."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "“（(《":
            depth += 1
        elif ch in "”）)》":
            depth = max(0, depth - 1)
        elif ch in marks and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    return pieces + [text[start:]]


def _counted_lists(lines: list[str]) -> list[str]:
    """lines, where a sentence counts the items of the list that follows it and the list
    runs in one paragraph, its items parted by ；: each item a numbered line of its own —
    only where the pieces are as many as the count says."""
    out: list[str] = []
    for at, line in enumerate(lines):
        said = _COUNT_SAID.search(line)
        numbered = _counted_numbers(line[said.end():], count_of(said.group("count"))) \
            if said else None
        if said and numbered is not None:
            # 提出三点要求：1、…责任感2、…。3、…。: the count's own numbers, glued on where a
            # page lost the mark before them: each a line of its own
            out += [line[:said.end()]] + numbered
            continue
        m = _COUNTED.search(line)
        # (4是指全省4项重大任务目标 ⏎ 分别是：A，B，C，D。: the count on the line above)
        they_are = _THEY_ARE.match(line) if m is None and at else None
        above = _COUNT_ONLY.search(lines[at - 1]) if they_are else None
        counted = m or above
        if counted is None:
            out.append(line)
            continue
        if m is not None and marker(line.strip()) and \
                (not m.group(0).endswith(("：", ":")) or marker_at_end(line.strip()) or
                 INLINE_LABEL.search(line[m.end():]) or notes_in(line[m.end():])):
            # 1．推进三项重点改革，即A；B；C。（牵头单位：…）: an item naming its parts, not a
            # list of tasks (a numbered line announces one only with a colon, and where no
            # owner marker closes it as an item of its own)
            out.append(line)
            continue
        count = count_of(counted.group("count"))
        head_end = m.end() if m is not None else they_are.end() if they_are else 0
        body = line[head_end:]
        stop = body.find("。")
        listed = body if stop < 0 else body[:stop]
        pieces = [p.strip() for p in re.split(r"[；;]", listed) if p.strip()]
        closed = counted.group(0).endswith("。")
        if closed and not _COUNT_ASKED.search(line[max(0, counted.start() - 8):counted.start()]):
            out.append(line)  # (2023年…落实三项惠民举措。…: measures told of, none asked)
            continue
        if len(pieces) != count and not closed:
            # parted by commas where the count says so: A，B，C，D (not after a sentence the
            # count closes: its pieces are the next sentence's, by ；)
            pieces = [p.strip() for p in split_outside_quotes(listed) if p.strip()]
        if count < 3 or len(pieces) != count or any(marker(p) or _markers(p) for p in pieces):
            # (numbered pieces, 一是…；二是…, are cut as run-in items; a piece that opens a
            # list of its own, 着重做好以下七方面的工作：一是…, is no item of the count's)
            out.append(line)
            continue
        out.append(line[:head_end])
        out += [f"{k}.{piece}。" for k, piece in enumerate(pieces, 1)]
        rest = body[stop + 1:].strip() if stop >= 0 else ""
        if rest:
            out.append(rest)
    return out


# 提出三点要求：, 作出以下五项部署：: a count of points, then the colon before them
_COUNT_SAID = re.compile(r"(?P<count>[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:点|项|条|个方面)"
                         r"[\u4e00-\u9fff]{0,6}[：:]")


def count_of(number: str) -> int:
    return int(number) if number.isdigit() else cn_number(number)


def _counted_numbers(body: str, count: int) -> list[str] | None:
    """The items of a counted list numbered 1、 to count、 in order in body (3 at least, the
    last running to the end or a full stop), each a numbered line; None where the numbers are
    not all there, in order, once each."""
    if count < 3:
        return None
    starts = []
    at = 0
    for k in range(1, count + 1):
        found = re.compile(rf"(?<!\d){k}[、.．](?!\d)").search(body, at)
        if found is None or (k == 1 and body[:found.start()].strip()):
            return None
        starts.append(found.start())
        at = found.end()
    if re.search(rf"(?<!\d){count + 1}[、.．](?!\d)", body[at:]):
        return None  # (more numbers than the count: another list)
    ends = starts[1:] + [len(body)]
    return [body[a:b].strip() for a, b in zip(starts, ends, strict=True)]


# (also as a page's editor dresses it: #1, NO.1, No.2)
_BARE_NUMBER = re.compile(r"^\s*(?:#|[Nn][Oo]\.?)?\s*(\d{1,3})\s*$")


# where a unit's name may open a sentence labelled with it (…。省教育厅：…): after a full stop,
# or after a heading's words it runs on from (…相关内容省应急厅：…)
_LABEL_AT = re.compile(r"(?:^|(?<=[。；;]))(?=[^。；;：:]{2,40}[：:])")
_COLON_SPLIT = re.compile(r"[：:]")
_LEVEL_OPENS = "省市县州旗各"  # (区 镇 乡 end words too: 社区, 城镇, 城乡)
_KIND_LABEL = re.compile(r"(?:单位|部门|人)\s*$")  # (整改责任单位：, 实施单位：, 联系人：)


class _Parted(str):
    """A sentence _labelled_apart put on a line of its own (the mark goes with the line, as
    long as no later cut changes it)."""


def _labelled_apart(lines: list[str]) -> list[str]:
    """lines, where a line runs on three sentences or more that each open with a unit's name
    and a colon (…迎查资料。省教育厅：…迎查资料。省工业和信息化厅：…): each on a line of its
    own, as _unit_labelled_lines reads them, and the words before the first apart (a
    heading it ran on from, to the unit's level: …相关内容 | 省应急厅：…), the sentences so
    parted marked as such."""
    out: list[str] = []
    for line in lines:
        starts = _labelled_starts(line)
        cuts = [at for at in starts if at > 0]
        if len(starts) < _SIBLINGS_MIN or not cuts:  # (three such sentences: a list)
            out.append(line)
            continue
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)],
                                                     strict=True)]
        out += [piece if k == 0 else _Parted(piece) for k, piece in enumerate(pieces) if piece]
    return out


def _labelled_starts(line: str) -> list[int]:
    """Where each sentence of line that opens with a unit's name and a colon starts (the
    first maybe inside a heading's words, at the unit's level: …内容省应急厅：)."""
    if line.count("：") + line.count(":") < _SIBLINGS_MIN:
        return []
    starts: list[int] = []
    item = marker(line)
    for m in _LABEL_AT.finditer(line):
        head = _COLON_SPLIT.split(line[m.start():m.start() + 41], maxsplit=1)[0]
        if _KIND_LABEL.search(head) or is_owner_line(head.strip() + "："):
            continue  # (责任单位：A、整改责任单位：B: no unit's name is cut from a label's words)
        if m.start() == 0 and item is not None:
            own = _COLON_SPLIT.split(item[3], maxsplit=1)[0].strip()
            found = unit_names.read(own)
            if found is not None and found.names == [own] and _duty_line(own, ""):
                continue  # (（二）省应急厅：…: the item's own words, its marker kept with them)
        elif _duty_line(head.strip(), ""):
            starts.append(m.start())
            continue
        # the unit's name at the end of the words before the colon, from its level on: the
        # shortest tail that opens with a level no word ends with and reads as an organ's
        # (…相关内容省应急厅： -> 省应急厅; not the 区卫生服务中心 of 社区…)
        tail = next((k for k in range(len(head) - 2, max(0, len(head) - 13), -1)
                     if head[k] in _LEVEL_OPENS and
                     unit_names.read(head[k:], organs_only=True) is not None), None)
        if tail is not None and not starts:
            starts.append(m.start() + tail)
    return starts


def _bare_numbers(lines: list[str]) -> list[str]:
    """lines, where a list numbers its items on lines of their own (1 ⏎ 实施…工程；⏎ 2 ⏎ …):
    each number put before its item's words, as 1.实施…, where three numbers or more run
    from 1, each followed by a line of words."""
    numbered: list[tuple[int, int, int]] = []  # (number line, words line, number)
    for at, line in enumerate(lines):
        m = _BARE_NUMBER.match(line)
        if not m:
            continue
        words = next((k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].strip()),
                     None)
        opens = marker(lines[words].strip()) if words is not None else None
        # (a figure its words open with is theirs: 01 ⏎ 24小时自助政务服务延伸点)
        if words is not None and not _BARE_NUMBER.match(lines[words]) and \
                (opens is None or opens[0] == "num" and opens[2].isdigit()) and \
                len(lines[words].strip()) >= 6:
            numbered.append((at, words, int(m.group(1))))
    keep: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    for entry in numbered:
        if entry[2] == 1:
            keep += run if len(run) >= 3 else []
            run = [entry]
        elif run and entry[2] == run[-1][2] + 1:
            run.append(entry)
    keep += run if len(run) >= 3 else []
    if not keep:
        return lines
    out = list(lines)
    for at, words, number in keep:
        out[at] = f"{number}.{lines[words].strip()}"
        out[words] = ""
    return out


# a line's own marker kind -> the style _markers gives the same numbering inside a line
_INLINE_STYLE = {"shi": "shi", "cn": "cn", "pcn": "pcn", "pnum": "paren"}


def _inline_style(found: tuple[str, int, str, str]) -> str | None:
    """The style _markers gives the numbering of a line's own marker (marker()) inside a line:
    1. as dot., 1、 as dot、, （一） as pcn …; None for a kind no line runs in."""
    if found[0] == "num":
        return "dot" + found[2].strip()[-1] if found[2].strip() else None
    return _INLINE_STYLE.get(found[0])


# 一、持续加强水利工程建设1.立足于…, 二、工作职责（一）市工信局：…: a part's heading, then its
# first item on the same line
# a heading of a clause or two (加强科研能力建设，推进科研所改革与发展), never one ending at a comma
# (a heading's words may hold a short bracket of their own: 选优配强村（社区）“两委”班子)
_HEAD_CHAR = r"(?:[^，。；：、,.;:（）()\d]|（[^（）()\d]{1,6}）)"


def _headed_item(figure: str, least: int = 9) -> re.Pattern[str]:
    """A part's heading run on into its first item, where 1、 goes on into a figure as figure
    says (1.5 is a figure, never an item's number), the item least characters and one on."""
    # (…壮大财源税源一是全面加强…。二是…: 一是 glued to the heading, where 二是 follows)
    return re.compile(rf"^(?P<head>{_HEAD_CHAR}{{2,45}}?(?:，{_HEAD_CHAR}{{2,20}}?)?)"
                      rf"(?P<item>(?:1(?:[.．、](?!\d)|、{figure})|一是(?=.*[。；;]二是)|"
                      r"[（(](?P<pcn>[一二三四五六七八九十]{1,3})[)）]|(?P<pchar>[㈠-㈩]))"
                      rf"\S.{{{least},}})$")


# (1、6月1日…: a day may open the item after 、; not 1、2月份, 1、2号地块, 1、2、3号: numbers
# listed)
_HEADED_ITEM = _headed_item(r"(?=\d{1,2}月\d{1,2}日)")
# 1、 before any figure, where a line close after opens the second item (（一）宣传报道1、6月
# 上旬完成… ⏎ 2、7月上旬…; …步骤1、制定部署计划。 ⏎ 各街要… ⏎ 2、…): the first item's number,
# not numbers listed, its words as short as a title
_HEADED_FIGURE_ITEM = _headed_item(r"(?=\d)", least=3)
_SECOND_ITEM = re.compile(r"^\s*2\s*[.．、]")


def _heading_then_item(lines: list[str]) -> list[str]:
    """lines, where a part's numbered heading runs on into its first item (a page whose line
    breaks were lost): the heading and the item apart, as the other cuts here part a line."""
    out: list[str] = []
    last = 0  # the last （N） so far: 二、…（五）… goes on from …（四）…
    for k, line in enumerate(lines):
        found = marker(line) if line else None
        part = found is not None and found[0] in ("cn", "pcn")
        m = _HEADED_ITEM.match(found[3]) if found is not None and part else None
        if m is None and found is not None and part and _second_item_next(lines, k):
            m = _HEADED_FIGURE_ITEM.match(found[3])
        # （一） (or ㈠) opens an item under a part 一、, not under another （一）; the part's
        # first item is （一）, or the one after the last where the numbering runs on
        sub = _sub_number(m) if m is not None else None
        if found is not None and m is not None and not (
                sub is not None and (found[0] != "cn" or sub not in (1, last + 1))):
            # (四、工作保障（一）强化责任落实1.加强…: the item parted off, a heading in turn run
            # on into its own first item, is parted again)
            item = m.group("item")
            out += [found[2] + m.group("head"),
                    *(_heading_then_item([item]) if sub is not None else [item])]
            if sub is not None:  # (the item parted off is the last so far)
                last = max(last, sub)
        else:
            out.append(line)
        # (the numbers inside a line asked only of a line that may hold a run of items)
        inline = _markers(line) if line.count("（") + line.count("(") >= 2 else ()
        last = max([number for _, style, number in inline if style == "pcn"] +
                   [found[1] if found is not None and found[0] == "pcn" else 0, last])
    return out


_FIRST_ITEM_BODY = 3  # lines of the first item's words before the second item's number


def _second_item_next(lines: list[str], k: int) -> bool:
    """Whether the second item (2、) opens one of the few lines after line k, before any other
    numbered line (…步骤1、制定部署计划。 ⏎ 各街要…。 ⏎ 2、搭建…: the first item's words
    between)."""
    for line in lines[k + 1:k + 2 + _FIRST_ITEM_BODY]:
        if _SECOND_ITEM.match(line):
            return True
        if line.strip() and marker(line) is not None:
            return False
    return False


def _sub_number(m: re.Match[str]) -> int | None:
    """The number of the （N） or ㈠ item a heading ran on into (None for a 1、 item)."""
    if not (m.group("pcn") or m.group("pchar")):
        return None
    found = marker(m.group("item"))
    return found[1] if found is not None else None


def _first_item_cut(lines: list[str]) -> list[str]:
    """lines, where a list's first item runs on at the end of the paragraph before it and the
    others each open a line (…拟从以下十个方面开展工作：一是加快…。⏎二是…⏎三是…): the first
    item cut onto a line of its own, so that the list starts at 1."""
    out: list[str] = []
    for line in lines:
        found = marker(line) if line else None
        style = None
        if found is not None and found[1] == 2:
            style = _inline_style(found)
        before = next((k for k in range(len(out) - 1, max(-1, len(out) - 3), -1)
                       if out[k].strip()), None)
        if style is not None and before is not None and marker(out[before]) is None:
            starts = [(at, n) for at, s, n in _markers(out[before]) if s == style]
            if len(starts) == 1 and starts[0][1] == 1 and starts[0][0] > 0:
                at = starts[0][0]
                out[before:before + 1] = [out[before][:at].rstrip(), out[before][at:]]
        out.append(line)
    return out


def _one_cell(line: str) -> bool:
    """A row of one cell holding a paragraph of run-in items: no cell boundary inside it."""
    inner = line.strip().strip("|")
    return "|" in line and "|" not in inner and "\t" not in inner and \
        len(_run_together(inner.strip())) >= 2


_PAGE_NUMBER = re.compile(r"^(\d{1,3})、")
_PAGE_LINE = 150  # a page's worth of text: a numbered line this long is no heading


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line.rstrip())) or line.rstrip()[-1:] in "，,：:"


def _page_breaks(lines: list[str]) -> list[str]:
    """lines, where a sharing site numbers its pages at the start of each line (1、…⏎2、…⏎3、…,
    every line but the last a page long, the text running on from one to the next in the
    middle of a sentence): without those numbers, each page joined to the one before where
    it breaks a sentence."""
    numbered = [i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)]
    run: list[int] = []
    for i in numbered:
        m = _PAGE_NUMBER.match(lines[i])
        assert m is not None
        if int(m.group(1)) == len(run) + 1 and (not run or all(
                not lines[j].strip() for j in range(run[-1] + 1, i))):
            run.append(i)
        elif int(m.group(1)) == 1:
            run = [i]
    if len(run) < 2 or any(len(lines[i]) < _PAGE_LINE for i in run[:-1]) or \
            all(_ends_sentence(lines[i]) for i in run[:-1]):
        return lines
    out = list(lines[:run[0]])
    for i in range(run[0], run[-1] + 1):
        line = _PAGE_NUMBER.sub("", lines[i]) if i in run else lines[i]
        if i in run and i != run[0] and not _ends_sentence(out[-1]):
            out[-1] += line  # the page broke a sentence
        elif i in run or line.strip():
            out.append(line)
    return out + lines[run[-1] + 1:]


_BRACKET_TAIL_MAX = 120  # characters: the rest of an owner bracket, not a paragraph


# an item's owner bracket and the next item's number straight after it: …，(责任单位：区卫生健康局、
# 区财政局等)4.推进…, …)（二）提升…
_OWNED_THEN_NUMBER = re.compile(r"[(（][^()（）]{0,20}?(?:单位|部门)[:：][^()（）]{1,200}[)）]"
                                r"(?=\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）]|"
                                # (…（责任单位：A、B）八、加大…: a part's number; not 二、三级…)
                                r"[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,3}[、级类]))")
_OWNED_ITEMS_MIN = 3
_GROUP_THEN_ITEM = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）][^，,。；;：:（）()\d]{2,30}"
                              r"(?=\d{1,2}[.．、](?!\d))")


def _owned_items_apart(lines: list[str]) -> list[str]:
    """lines, where a line runs items together each closed by its owner bracket and the next
    number straight after it (…（责任单位：A、B等）2.政府举办…（责任单位：…）4.推进…): cut after
    each such bracket, a line an item, whatever numbers a shortened copy left out; three
    such brackets at least."""
    out: list[str] = []
    for line in lines:
        ends = [m.end() for m in _OWNED_THEN_NUMBER.finditer(line)]
        numbers = [int(m.group(1)) if m.group(1).isdigit() else cn_number(m.group(1))
                   for m in (re.match(r"(\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]", line[at:])
                             for at in ends) if m]
        # (not where a number after a bracket is 1, the bracket a group heading's over its
        # points (（一）整治乱停乱放（责任单位：…）1.…2.…; nor where the numbers run on one by one,
        # the run the reading of items run together finds)
        if len(ends) < _OWNED_ITEMS_MIN or "|" in line or 1 in numbers or \
                all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            out.append(line)
            continue
        cuts = [0, *ends, len(line)]
        for piece in (line[a:b] for a, b in zip(cuts, cuts[1:], strict=False)):
            # (（二）提升…能力建设行动5.打造…: a group's heading, then its first item)
            head = _GROUP_THEN_ITEM.match(piece)
            out += [piece[:head.end()], piece[head.end():]] if head else [piece]
    return [line for line in out if line.strip()]


# a part's owner labels, bare, and the next part's number glued to their last unit (…，牵头单位：
# 市林业局责任单位：市财政局、工信局四、加大…): a summary page that ran its parts together
_LABELLED_THEN_PART = re.compile(r"牵头(?:单位|部门)[:：][^:：。；;]{2,40}?责任(?:单位|部门)[:：]"
                                 r"[^:：。；;]{2,160}?(?<=[\u4e00-\u9fff）)])(?<![各第])"
                                 # (not 各二、三级医院: grades in a unit's name)
                                 r"(?=(?P<part>[一二三四五六七八九十]{1,3})、"
                                 r"(?![一二三四五六七八九十]{1,3}[、级类]))")


def _labelled_parts_apart(lines: list[str]) -> list[str]:
    """lines, where a line runs parts together each closed by its bare owner labels and the
    next part's number straight after them (…牵头单位：A责任单位：B、C四、加大…五、…): cut
    before each such number, a line a part, whatever numbers a shortened copy left out; two
    such numbers at least, rising."""
    out: list[str] = []
    for line in lines:
        found = list(_LABELLED_THEN_PART.finditer(line))
        numbers = [cn_number(m.group("part")) for m in found]
        first = re.search(r"[一二三四五六七八九十]{1,3}、", line)
        if len(found) < 2 or first is None or \
                any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
            out.append(line)
            continue
        cuts = [0, first.start(), *(m.end() for m in found), len(line)]
        out += [line[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]
    return out


# …报市州局,附件:1.申请书2.受理通知书…: a notice's list of annexes run on after its last words
_ANNEXES_RUN_ON = re.compile(r"(?<=[，,。；;])\s*(?=附件\s*[:：]\s*1\s*[.．、])")


def _annexes_apart(lines: list[str]) -> list[str]:
    """lines, where a page run onto one line goes on into its list of annexes (…,附件:1.…2.…):
    the list a line of its own, as the annexes' label starts one on a page that kept its
    breaks, so that its numbers are read as the annexes they are, no items of work."""
    out: list[str] = []
    for line in lines:
        at = _ANNEXES_RUN_ON.search(line)
        if at is None:
            out.append(line)
            continue
        annexes = line[at.end():]
        # (附件:1.…任务分解表1.加快推进…: the annex itself follows its name, its numbers from 1
        # again before any sentence ends: the list of annexes ends there)
        first = re.match(r"附件\s*[:：]\s*1\s*[.．、]", annexes)
        # (not inside a bracket: 安全目标责任书（样本1、乡镇；样本2、…）, an annex's own parts)
        again = next((m.start() for m in _FIRST_NUMBER.finditer(annexes, first.end() if first
                                                                else 0)
                      if not re.search(r"[。；;]", annexes[:m.start()]) and
                      _depth(annexes[:m.start()]) == 0), None)
        out += [line[:at.start()], annexes] if again is None else \
            [line[:at.start()], annexes[:again], annexes[again:]]
    return out


_FIRST_NUMBER = re.compile(r"(?<![\d.．])1\s*[.．、](?!\d)")


def _closed_brackets(lines: list[str]) -> list[str]:
    """lines, where a bracket a line leaves open (…。（牵头单位：各镇（区）；) is closed by the
    next (参与单位：镇区民政办）): the two as one line, as the page broke one."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        text = line.strip()
        # (the short line first: each long one is measured only where one may close it)
        if prev and text and len(text) <= _BRACKET_TAIL_MAX and _depth(text) < 0 and \
                marker(text) is None and _depth(prev) > 0 and "|" not in prev + text:
            out[-1] = prev.rstrip() + text
        else:
            out.append(line)
    return out


def _marker_then_item(lines: list[str]) -> list[str]:
    """lines, where one opens with the owner marker that closes the item before it and runs on
    into the next item (（责任单位：县林业局，完成时限：12月底）2.低产林改造。): the marker a
    line of its own, the item another, as a page that kept its breaks has them."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        spans = top_brackets(text) if text[:1] in OPENING else []
        if spans and spans[0][0] == 0 and marker(text[spans[0][1]:].strip()) is not None and \
                marker_at_end(text[:spans[0][1]]) is not None:
            out += [text[:spans[0][1]], text[spans[0][1]:].strip()]
        else:
            out.append(line)
    return out


def _depth(text: str) -> int:
    """How many brackets text opens and leaves open (less those it closes that it did not
    open: negative for the rest of a bracket opened before it)."""
    return sum(map(text.count, OPENING)) - sum(map(text.count, CLOSING))


def _joined_runs(lines: list[str]) -> list[str]:
    """lines, where a line holding a run of inline items ends in the middle of a sentence
    (…；五是加大) and the next goes on with it (医疗卫生投入…；六是…): the two as one line."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if prev and line.strip() and not _ends_sentence(prev) and marker(line) is None and \
                not any(ch in prev + line for ch in "|\t") and \
                not _closes(line) and _run_together(prev):
            out[-1] = prev + line.strip()
        else:
            out.append(line)
    return out


def _own_evidence(piece: str) -> bool:
    """An item closing with its owner marker or its deadline (…（区城管局负责）, …，9月底前完成)."""
    piece = piece.rstrip("；;，, ")
    if marker_at_end(piece) is not None:
        return True
    return split_deadline(piece, SOME_DAY)[1] is not None


@functools.lru_cache(maxsize=8192)  # a line is asked of by each splitting rule in turn
def _markers(line: str) -> tuple[tuple[int, str, int], ...]:
    """The inline item markers of line that may open an item: (start, style, number)."""
    found: list[tuple[int, str, int]] = []
    # (…提出以下几点工作安排:一是…方案二是…问题三是…: a page that lost the marks between
    # its points, their ordinals in turn after the colon that announces them)
    glued_run = _GLUED_SHI_RUN.search(line) is not None
    first = _FIGURE_ONE_AFTER_COLON.search(line)
    work_run = first is not None and table.WORK_VERB.match(line, first.end()) is not None
    for m in _INLINE.finditer(line):
        kind = m.lastgroup
        assert kind is not None
        value = m.group(kind)
        if kind == "char":
            code = ord(value)
            if code >= 0x3220:  # ㈠ is (一)
                style, number = "pcn", code - 0x3220 + 1
            else:
                style = "circ" + str((code - 0x2460) // 20)  # ①, ⑴ and ⒈ are three styles
                number = (code - 0x2460) % 20 + 1
            found.append((m.start(), style, number))
            continue
        before = line[:m.start()]
        stripped = before.rstrip()
        # after a sentence's end, a space, or the owner marker that closes the item before
        # ((1)…。（市工商局牵头负责）(2)…)
        # (要求有:1. 建立…机制,2. 强化…保障,3. …: figures with a full stop, the words of the
        # item after them, a list run in after a comma as word ordinals are, where its 1.
        # follows a colon and opens with work; not 重点整治以下问题,1.占道经营,2.…: things)
        figure_after_comma = kind == "dot" and stripped[-1:] in ("，", ",") and \
            m.group(0)[-1] in ".．" and _WORDS_AFTER.match(line, m.end()) is not None and \
            work_run
        ok = not stripped or stripped[-1] in _BEFORE_INLINE or before != stripped or \
            (kind in _WORD_STYLES and stripped[-1] in "，,") or \
            figure_after_comma or \
            (kind == "shi" and glued_run) or \
            (kind == "shi" and stripped[-1] in _FIGURE_END and
             _ordinal_before(before, value, line[m.end() - 1])) or \
            (kind == "dot" and _INLINE_HEADING.search(stripped) is not None) or \
            (kind == "paren" and _ITEM_HEADING.search(stripped) is not None) or \
            marker_at_end(stripped[-200:]) is not None or \
            (kind in ("dot", "pcn", "cn") and _owner_label_ends(stripped)) or \
            (kind == "shi" and value == "一" and _SECOND_SHI.match(line, m.end()) is not None
             and stripped[-1] not in _ONE_AFTER and
             not (line[m.end() - 1] == "要" and line[m.end():m.end() + 1] in NOUN_AFTER_YAO))
        # a whole document on one line (a sharing site's text, a crawler's page): its items'
        # numbers may follow a heading that lost its own ((一)…实施专项整治工作(一)建筑施工…,
        # 2.加大成本管控力度（1）…); kept as loose, for a run whose every item names its
        # owners or whose first alone is glued on
        loose = not ok and kind in ("pcn", "dot", "paren") and len(line) > _WHOLE_DOCUMENT
        if not ok and not loose:
            continue
        if kind == "paren" and _COUNTED_BY.match(line, m.end()):
            continue  # (初一（1）班, （3）号楼: a class's or a building's number, no item's)
        if kind in ("paren", "dot"):
            style = "paren" if kind == "paren" else "dot" + m.group(0)[-1]
            number = int(value)
        else:
            style, number = kind, cn_number(value)
        found.append((m.start(), _LOOSE + style if loose else style, number))
    return tuple(found)


# the end of a figure (…完成率76%二是…, …已建成94个二是…) before an ordinal glued on: no word
# runs on from it into the ordinal, as 统一是 or 第一要 would
_FIGURE_END = "%％0123456789"
_ORDINALS = "一二三四五六七八九十"


def _ordinal_before(before: str, value: str, said: str) -> bool:
    """Whether before holds the ordinal just before value said the same way (一是 before 二是),
    so that a 二是 glued to a figure goes on a run the line has started."""
    at = _ORDINALS.find(value)
    return at > 0 and f"{_ORDINALS[at - 1]}{said}" in before


# what a bracketed number counts, right after it: a class, a building, a room, a session (届)
# (not a word that opens an item: 班子建设, 楼道管理, 室内…)
_COUNTED_BY = re.compile(r"[号栋幢届]|[班楼室](?![子道内外])")


def _owner_label_ends(before: str) -> bool:
    """Whether before ends with an owner label and its units (…。责任单位：区旅游文体局，各片区
    管理局): the item before is closed by its owners, where a page lost the break after them."""
    tail = before[-80:]
    at = last_owner_label_end(tail)
    if at is None:
        return False
    value = tail[at:].strip()
    return bool(value) and unit_names.read(re.sub(r"[，,]", "、", value)) is not None


# 一是 glued to the words before it, where 二是 opens a later sentence or piece (提出几点要求
# 一是…；二是…: the colon lost; 会议要求，各单位一要…。二要…: the units before it ask them,
# body._asking_sentence); not the 一 of a word (第一要务, 统一是…, 唯一要求, 万一要是), nor
# the 要 of one (一要务, 一要求)
_SECOND_SHI = re.compile(r"[^。；;]{4,}[。；;]\s*二[是要]")
_ONE_AFTER = "第统唯万之同单专划逐均合归"
# 要 that opens a noun, not a call to do: 要求, 要害部位, 要素, 要点, 要务
_PARAGRAPH_MAX = 600  # characters: a paragraph's, not a page stored on one line
_WHOLE_DOCUMENT = 200  # characters on one line: a page stored without its line breaks
_LOOSE = "loose-"


def _own_run(line: str, cut: int) -> bool:
    """Whether the run cut at cut continues the line's own number ((一)… (二)… (三)…: the
    items of one list, run together), not points under it ((三)加强领导：(1)…(2)…)."""
    found = _markers(line)
    first = next(((style, number) for at, style, number in found if at == 0), None)
    after = next(((style, number) for at, style, number in found if at == cut), None)
    return first is not None and after is not None and first[0] == after[0] and \
        after[1] == first[1] + 1


def _run_together(line: str, going_on: dict[str, int] | None = None) -> list[int]:
    """Where each item of the runs of inline markers in line starts (0 excluded); a run
    starts at 1, or at the number going_on says a style's run of the lines before goes on
    with."""
    found = _markers(line)
    cuts: list[int] = []
    for k, (start, style, number) in enumerate(found):
        base = style.removeprefix(_LOOSE)
        # (or the page says it goes on from the one before, [接上页] ⒊…。⒋…: the list runs on
        # from where that page cut it)
        first = number == 1 or (going_on or {}).get(base) == number or \
            (k == 0 and _CONTINUES.search(line[:start]) is not None and
             not _told_done_run(line, found, base))
        # a list the page starts partway through (…代表建议。 2.关于…（牵头单位：…）； 3.…):
        # its first number in the line, where three or more follow on and each names its
        # owners
        midway = not first and not any(s.removeprefix(_LOOSE) == base for _, s, _ in found[:k])
        if not first and not midway:
            continue
        run, loose, later_loose = [start], style != base, False
        for later, later_style, later_number in found[k + 1:]:
            if later_style.removeprefix(_LOOSE) == base and later_number == number + len(run):
                run.append(later)
                later_loose = later_loose or later_style != base
        # (…的原则。第四条…。第五条…: a rule's articles, which no figure's words look like,
        # run on from where the page starts)
        # (…3.人民检察院。依法开展…4.公安机关。…: or each opens with its unit's name)
        if midway and base != "tiao" and (len(run) < 3 or (
                _owned_prefix(line, run) < len(run) - 1 and
                _owned_prefix(line, run, _unit_first) < len(run) - 1)):
            continue
        # …商业大街1、在显著位置… 2、… 3、… 4、…: a first number glued to the heading above
        # it, the run's next three or more each opening a sentence; two where the points are
        # bracketed, (1) glued to the heading of their item (1.法人治理结构得到改进（1）…。
        # （2）…。（3）…: points restart under each item; (一) runs on across a plan's parts)
        glued_first = loose and not later_loose and \
            len(run) >= (_GLUED_POINTS if base == "paren" else _GLUED_RUN)
        # 一、主要目标任务1、符合政策生育率在95%以上2、人口统计准确率…3、…: a list of short
        # items glued one to the next, six or more numbers on in a row (figures never run so)
        spans = list(zip(run, run[1:], strict=False))
        glued_list = len(run) >= _GLUED_LIST and \
            all(_MIN_PIECE + 2 <= b - a <= _GLUED_ITEM for a, b in spans) and \
            not _names_listed([line[a:b] for a, b in spans])
        if (loose or later_loose) and not glued_first and not glued_list:
            # a marker glued to the words before it ((一) after a heading that lost its
            # number) opens an item only where the items of the run name their owners:
            # the run as far as they do (the last one may be cut off with the page)
            run = run[:_owned_prefix(line, run)]
        if len(run) >= 2 and _closed_by_owners(line, run, found):
            continue
        pairs = zip(run, run[1:], strict=False)
        if len(run) >= 2 and all(b - a > _MIN_PIECE + 1 for a, b in pairs):
            cuts += [at for at in run if at > 0 and at not in cuts]
        elif base in ("tiao", "cn") and start > 0 and (going_on or {}).get(base) == number \
                and _next_in_turn_run_on(line, start, base, found):
            # (…做好相关工作。第六条 乡（镇）人民政府应当…: the one article next in turn after
            # those of the lines above, run on after a sentence's end; as no cited one is; or
            # the one part, …本地区工作。三、监测网络与任务…, a page's parts run together)
            cuts.append(start)
    return sorted(cuts + _lone_subpart(line, found, cuts))


def _next_in_turn_run_on(line: str, start: int, base: str,
                         found: tuple[tuple[int, str, int], ...]) -> bool:
    """Whether the one number next in turn after the lines above, at start, opens its own
    article or part: after a sentence's end, not a speaker's ordinal (三、是要…); a part's
    number only in a page stored on one line, or in a paragraph the page wrapped with it
    (…科学发展观。二、10月27日前，拆除…) where no points of its own follow, and never inside
    a quotation."""
    if not line[:start].rstrip().endswith(("。", "；")) or _SENTENCE_GOES_ON.match(line, start):
        return False
    if base == "tiao":
        return True
    return not _quoted(line, start) and (
        marker(line) is not None or len(line) > _ONE_LINE_PAGE or
        not any(at > start for at, _, _ in found))


# [接上页], （续上页）, (上接第2页): a page's note that its text goes on from the page before
_CONTINUES = re.compile(r"^\W{0,3}[\[［【(（]\s*(?:接上页|续上页|上接第?\s*\S{0,3}\s*页)\s*"
                        r"[\]］】)）]\s*$")


# 三、是要…, 三、是指…: a speaker's ordinal or a term's gloss, its sentence going on, no part
_SENTENCE_GOES_ON = re.compile(r"[一二三四五六七八九十]+、\s*(?:是|指|即|系)")


# （一）项规定的情形, （一）所列: an item cited, no heading
_CITED_AFTER = re.compile(r"[（(][一二三四五六七八九十]+[)）]\s*(?:项|款|目|条|所列|规定|中)")


_ONE_LINE_PAGE = 200  # characters: a line that long is a page stored on one line, a paragraph not


def _quoted(line: str, start: int) -> bool:
    """Whether start stands inside a quotation the line opens before it."""
    before = line[:start]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def _told_done_run(line: str, found: tuple[tuple[int, str, int], ...], style: str) -> bool:
    """Whether most pieces of a style's markers tell work done (3.提高了群众满意度。4.完成了
    年度目标任务。: a report's results, no items of work)."""
    starts = [at for at, other, _ in found if other.removeprefix(_LOOSE) == style]
    pieces = [line[a:b] for a, b in zip(starts, starts[1:] + [len(line)], strict=True)]
    return 2 * sum(bool(TOLD_DONE.search(piece)) for piece in pieces) > len(pieces)


def _lone_subpart(line: str, found: tuple[tuple[int, str, int], ...],
                  cuts: list[int]) -> list[int]:
    """Where a part's first sub-part opens, the page cut before its second (三、监测网络…
    工作。（一）市监测中心的任务1、拟制…；2、…): a （一） after a sentence's end in the piece
    its part's number opens, the points cut below it its own, no （二） after it; else none."""
    opens = {start: style for start, style, _ in found}
    for start, style, number in found:
        if style != "pcn" or number != 1 or start in cuts or \
                not line[:start].rstrip().endswith("。") or \
                _quoted(line, start) or _CITED_AFTER.match(line, start):
            continue
        piece = max((cut for cut in [0, *cuts] if cut < start), default=0)
        if opens.get(piece) == "cn" and any(cut > start for cut in cuts) and \
                not any(other.removeprefix(_LOOSE) == "pcn" and at > start
                        for at, other, _ in found):
            return [start]
    return []


def _closed_by_owners(line: str, run: list[int],
                      found: tuple[tuple[int, str, int], ...]) -> bool:
    """Whether only the run's last piece closes with owners (1.加强董事会建设（1）…。（2）…。
    （3）…。（区国资局牵头，…）2.…): the owners, and the time with them, are the item's the
    points are of, not the last point's; the points stay in their item. The last piece ends
    at the next marker of another run (a page on one line holds many)."""
    after = next((start for start, _, _ in found if start > run[-1] and start not in run),
                 len(line))
    pieces = [line[a:b] for a, b in zip(run, run[1:] + [after], strict=True)]
    return _owned_piece(pieces[-1]) and not any(map(_owned_piece, pieces[:-1]))


def _names_listed(pieces: list[str]) -> bool:
    """Whether half the pieces of a run or more are names, not work (1.《安全生产法》2.《消防法》…,
    1、县委办公室2、县政府办公室…, 1、东关村200亩2、西关村150亩…): a list of laws, units or
    places."""
    def name(piece: str) -> bool:
        number = _INLINE.match(piece)  # (the piece's own number: 1. (1) ①)
        words = piece[number.end() if number else 0:].strip("。；;，, ")
        return words.startswith(("《", "“")) or unit_names.read(words) is not None or \
            _PLACE_COUNT.match(words) is not None
    return sum(map(name, pieces)) * 2 >= len(pieces)


# a place and its count (东关村200亩)
_PLACE_COUNT = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{unit_names.PLACE_END})\s*\d")
_GLUED_LIST = 6  # numbers in a row, of a run glued on (…以上2、…3、…)
_GLUED_RUN = 4  # numbers in a run whose first is glued to the heading above it
_GLUED_POINTS = 3  # the same, of bracketed points ((1)(2)(3))
_GLUED_ITEM = 60  # characters of one such short item (a target, a measure's name)


def _owned_prefix(line: str, run: list[int],
                  owned: Callable[[str], bool] | None = None) -> int:
    """How many items from the run's first name their owners with a label (责任部门：…) or a
    closing marker (or as owned says)."""
    ends = run[1:] + [min(len(line), run[-1] + 300)]
    for k, (a, b) in enumerate(zip(run, ends, strict=True)):
        if not (owned or _owned_piece)(line[a:b]):
            return k
    return len(run)


# (or its name alone before the first of its own points, （四）县工商局 1.以…)
_UNIT_FIRST = re.compile(r"^(?:[（(][^（()）]{1,3}[)）]|\S{1,4}?)"
                         r"(?P<name>[\u4e00-\u9fff（）()、]{2,15})"
                         r"(?:[。：:]\s*\S|\s+\d{1,2}[.．、])")


def _unit_first(piece: str) -> bool:
    """Whether an item's piece opens, after its number, with a unit's name as its first
    sentence or label (4.公安机关。把…, 2.县财政局：…)."""
    m = _UNIT_FIRST.match(piece)
    return m is not None and unit_names.read(m.group("name")) is not None


def _owned_piece(piece: str) -> bool:
    """Whether an item's piece of a line names its owners, with a label (责任部门：…) or a
    closing marker; the next group's heading glued on after the marker, before the next
    item, is not the item's (…（区直各有关部门按职责分工负责）（二）有效遏制重特大事故3.…), nor
    the next part's after the last item (…（区应急局负责）三、工作要求…)."""
    piece = _GROUP_GLUED.sub("", piece, count=1)
    return INLINE_LABEL.search(piece) is not None or \
        marker_at_end(piece.rstrip("。；; ")) is not None


# a group's or a part's heading after an item's closing bracket, and all after it:
# …（…负责）（二）有效遏制危险化学品重特大事故, …（…负责）三、工作要求…
_GROUP_GLUED = re.compile(rf"(?<=[)）])\s*(?:[（(]{_CN_ORD}{{1,3}}[)）]|{_CN_ORD}{{1,3}}、)"
                          r"[^（(]{2}.*$")
