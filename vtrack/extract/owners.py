"""Who owns a task, as plans write it, and who leads.

The forms, from the corpus of real plans:
- labelled: （牵头单位：A；责任单位：B、C） 〔责任单位：A〕, or 牵头单位：/责任单位：/配合单位：
  lines;
- with a verb: （A负责） （A、B牵头，C及D按职责分工负责） （A会同有关部门负责）
  （A等和各省级人民政府负责）;
- with a rule inside: （A、B、C等负责。列第一位者为牵头单位，下同） — the first unit leads, here
  and after;
- carrying units forward: 以下任务均需A、B落实，不再一一列出 / 具体任务均涉及A，不再做分工，下同;
- with the deadline inside: （牵头单位：A；责任单位：B，6月底完成）;
- with no marker at all: （A、B） at the end of an item, when A and B are organs by their form
  (units.py), or A、B on a line of its own when named from inside the place (区水务局);
- in prose, a clause that only says who: 由A牵头，B、C参与。 / A负责资金保障。
Labels are read by what they say (负责部门： 主责部门： 牵头：), not from a list; a label that says
something else (适用范围：) names no one, and people (责任领导：王强) are leaders, never owners.
A table's owner cells are read the same way; units on lines of their own stay apart.
"""
import dataclasses
import datetime
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import deadlines
from ..departments import (
    CLOSING,
    FIELDS_WITH_AND,
    LABEL_SEPARATOR,
    LEVEL_RANK,
    OPENING,
    OTHERS_OF_A_KIND,
    OTHERS_ORGANISED,
    placeholder,
    split_outside_brackets,
    units,
)
from . import units as unit_names
from .dates import TITLE_SENTENCE  # (一是半月一汇报。各乡镇…: a title before who)
from .tasks import SOME_DAY, TIME_ONLY, after_framing, is_deadline_clause, opening_time
from .text import BULLETS

# a label: words that say who (牵头单位 责任部门 配合单位 负责部门 责任主体 牵头), who leads as a
# person (责任领导 分管副县长 联系人) or when (完成时限 时间节点), then a colon. Its role comes
# from what it says, not from a list of whole labels.
# (省牵头单位： a level before the label: whose level the units are)
_HEAD_WORDS = (r"主要|相关|其他|牵头|责任|负责|配合|协办|协助|参加|主管|督导|参与|分管|具体|实施|"
               r"建设|承建|共同|承办|协同|联系|包保|督办|完成|协作|支持|省级|市级|县级|区级|镇级|"
               r"市直|县直|区直|工作|业务|主办|主责|行业|监管|推进|落实|整改|主体|承担")
# (总牵头部门：: the one that leads the whole of the work)
_LABEL_HEAD = rf"[省市州县区镇]?总?(?:{_HEAD_WORDS})*"
# (before a colon, after one of those words, one word of two characters more: 牵头考核单位：,
# 责任落实部门：; not without one: 市直有关部门；各镇 is two units, no label and its value)
# (every head word is of two characters: the lookbehind below needs one width)
# (not a word that makes the units the work's target: 督导对象单位：, 监管重点单位：)
_COLON_LABEL_HEAD = rf"{_LABEL_HEAD}(?:(?<={_HEAD_WORDS})(?!对象|重点)[\u4e00-\u9fff]{{2}})?"
# (组织单位： of an activity, its organisers; not 组织机构：, 组织领导：, a plan's headings)
# (任务部门：, 执行单位：: the task's own units; not 任务下达单位：, those who set it)
# (责任处室及单位：, 牵头科室和单位：: a role's two kinds of unit together; not 各相关部门和单位：,
# a salutation, of no role's word)
_LABEL_CORE = (r"(?:组织单位|(?<=责任|牵头|配合|承办|主办|协办)(?:处室|科室|股室|部门)(?:及|和|与)"
               r"(?:单位|部门|处室|科室)|"
               r"(?:任务|执行)?(?:单位|部门)|主体|处室|科室|股室|机构|领导|负责人|"
               r"联系人|责任人|牵头|"
               r"主办|负责|"
               r"配合|协办|承办|参与|协同|副?[省市州县区镇乡旗]长|书记|主任|时限|时间|期限|"
               r"时间节点|节点|(?:部门|任务)?分工)")
# 单位： alone heads a contact block (单位：… 联系人：…), not a list of owners
_BARE = r"(?:单位|部门|主体|处室|科室|股室|机构)"
_LABEL = re.compile(rf"((?!{_BARE}[:：\s]){_COLON_LABEL_HEAD}{_LABEL_CORE})\s*[:：]")
# any other label at the head of a piece (适用范围： 备注： 目标：): what follows is not owners
FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]")
_OWNER_LINE = re.compile(rf"^\s*[（(〔【\[［]?\s*(?!{_BARE}[:：\s]){_COLON_LABEL_HEAD}{_LABEL_CORE}"
                         r"\s*[:：]")


def last_owner_label_end(text: str) -> int | None:
    """Where the value of the last label in text that names owners starts (…整改期限：5月31日
    责任单位：A，B → before A), a label glued to the words before it too; else None."""
    ends = [m.end() for m in _LABEL.finditer(text) if _label_role(m.group(1)) in ("lead", "co")]
    return ends[-1] if ends else None


@functools.lru_cache(maxsize=1024)  # a plan's few labels, asked of again and again
def _label_role(label: str) -> str:
    """What a label's value is: 'people', 'time', 'lead', 'co' or 'skip' (no owners: the
    units that check the work). A label of units and people at once (责任单位及责任人：A、B
    主要领导) names the units."""
    if re.search(r"领导|负责人|联系人|责任人|长$|书记$|主任$", label) and \
            not re.search(r"单位|部门|处室|科室|股室|机构", label):
        return "people"
    if re.search(r"时限|时间|期限|节点", label):
        return "time"
    if re.search(r"牵头|主办|主责", label):
        return "lead"  # (牵头考核单位：, the one that leads, and scores, the work)
    if _CHECKING_LABEL.search(label):
        return "skip"  # (整改验收单位：, 督导部门：: those who check the work, not its owners)
    return "co"


_CHECKING_LABEL = re.compile(unit_names.OVERSEER_LABEL)


# the verb that ends a piece, and the role it gives the units before it
# the verbs of a lead's part, and how it leads (牵头, 牵头负责, 牵头督促, 主抓): read by the
# owners' verbs below and by the run-in list's titles alike
LEAD_VERB = r"(?:牵头|主责|主抓|主办)(?:负责|落实|推进|实施|督促|组织)?"
_VERBS = (
    ("lead", re.compile(rf"(?:分别)?{LEAD_VERB}$")),
    ("lead+", re.compile(r"会同(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?"
                         r"(?:负责|落实|推进|实施)?$")),
    # (县住建局加强业务指导, 县规划中心负责技术指导: they guide those who do the work)
    ("guide", re.compile(r"(?:负责|加强|做好|给予|进行)?(?:业务|技术|工作)?指导$")),
    # (按职责分工, 按照职能分工: by each one's duties)
    ("co", re.compile(r"(?:按照?(?:职责|职能)(?:分工)?|分工|分别|共同|具体|各自|积极|统一|认真|"
                      r"全力|参照|结合实际){0,2}"  # (按职责分工分别负责: two of them)
                      r"(?:负责|落实|配合|参与|承担|承办|办理|协同|协助|协办|执行|具体实施|组织实施|"
                      r"部署)"
                      # (卫生院、学校等相关单位参与响应: their part in the response; 各区负责推动
                      # 落实: their seeing it done)
                      r"(?:推动|督促)?(?:落实|实施|推进|响应)?$")),
)
PARTNER = r"(?:并|共同)?(?:会同|联合|协同)"  # who works with the units named next
_WITH_OPENING = re.compile(rf"^{PARTNER}(?=\S{{2}})")
# A会同B负责: A leads, B works with it (A会同有关部门负责 is the verb "lead+")
_PAIRED = re.compile(r"^(?P<lead>.+?)会同(?P<co>.+?)(?:共同)?(?:负责|落实|推进|实施)$")
_VAGUE_OTHERS = re.compile(r"^(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?$")
# A会同有关部门和各县市区: the others A works with, not named, then those that are
_OTHERS_THEN = re.compile(r"^(?:其他|其它)?(?:有关|相关)(?:部门|单位)[和及与、](?=\S{2})")
# 列第一位者为牵头单位 / 列第一位为牵头或汇总单位 / 排在首位的为工作牵头单位
# (排名第一位的市直部门为牵头单位: the first of a kind named, the same)
_FIRST_LEADS = re.compile(r"(?:列|排|排在|排名|位列)?(?:第一位|首位|第一个?|首个)"
                          r"(?:者|的(?:[\u4e00-\u9fff]{0,4}(?:部门|单位))?|(?:责任)?单位|"
                          r"(?:责任)?部门)?(?:为|是)"
                          r"[^，,；;。（）()]{0,4}?牵头")
# 以下各项任务（中）, 下列任务: the tasks a rule beside a list of owners holds for
_TASKS_BELOW = re.compile(r"^(?:以下|下列|其余|其他)(?:各项|各|所有)?(?:任务|工作|事项)(?:中)?")
_CARRY = re.compile(r"均(?:需|须|要|涉及|由|有)(?P<units>.+?)(?:推动|督促)?"
                    r"(?:落实|负责|参与|承担|实施)?$")
# pieces of a rule, not units: 下同, (以下)不再逐一列出, 不逐一列出, a condition (明确牵头部门的，…)
# (第1389号: a proposal's serial number beside its owners; 以下任务除注明外: which tasks a
# rule is for)
_SKIP = re.compile(r"^(?:(?:以下|下文|后文|此后|下面|后面)?不再.*|(?:以下)?不(?:逐一|一一)列出.*|"
                   r".{2,12}的|(?:以下|下|后)同|同上|下略|第\s*\d+\s*号|.{0,10}除.{0,8}外)$")
_TIME_LABEL = re.compile(r"^(?:完成时限|完成时间|时间节点|时限要求|时间安排|进度安排|完成期限|"
                         r"办结时限|[\u4e00-\u9fff]{1,4}(?:时限|期限))\s*[:：]\s*")
# 责任单位：… written into the item's last sentence, without brackets
_OWNER_LABEL = rf"{_LABEL_HEAD}(?:单位|部门|主体|处室|科室|股室|机构)"
# (before a colon or inside brackets, one word more after a head word, as _LABEL reads it)
_COLON_OWNER_LABEL = rf"{_COLON_LABEL_HEAD}(?:单位|部门|主体|处室|科室|股室|机构)"
# (after a sentence's or a clause's end, or after the date that closes a time label's value:
# 整改期限：2020年5月31日责任单位：…, fields run together on a page stored on one line)
INLINE_LABEL = re.compile(rf"(?:^|(?<=[。；;，,\s）)])|(?<=\d日))(?:{_COLON_OWNER_LABEL}\s*[:：]|"
                          rf"[【\[［〔]{_COLON_OWNER_LABEL}[】\]］〕])|"
                          # 。牵头领导：王强责任单位：A: fields run together after the item
                          rf"(?<=[。；;])(?={_LABEL_HEAD}(?:领导|负责人|联系人)\s*[:：]"
                          rf"[^。；;]{{2,12}}?{_OWNER_LABEL}\s*[:：])|"
                          # …门前三包工作配合领导：张明贵副局长配合部门：A: the same, its stop
                          # lost too (a page stored on one line)
                          rf"(?=[\u4e00-\u9fff]{{2}}(?:领导|负责人)\s*[:：][^。；;：:]{{2,12}}?"
                          rf"{_OWNER_LABEL}\s*[:：])")

# a label written another way than with a colon: 【牵头单位】A, 牵头单位——A, 责任单位A (its
# space lost); read as 牵头单位：A
_BRACKET_LABEL = re.compile(rf"[【\[［〔]\s*(?=[\u4e00-\u9fff]{{3}})"
                            rf"({_COLON_LABEL_HEAD}{_LABEL_CORE})\s*[】\]］〕]\s*[:：]?")
_SAID_AS = re.compile(rf"({_LABEL_HEAD}{_LABEL_CORE})(?:有|为|是)(?=[\u4e00-\u9fff])")
# 责任单位及责任人：A、B主要领导: one label for the units and their heads, read as 责任单位：
_UNITS_AND_PEOPLE = re.compile(rf"({_LABEL_HEAD}(?:单位|部门|处室|科室|股室))\s*"
                               r"(?:及|和|与|、|/)\s*"
                               r"(?:责任|牵头|分管|主要)?(?:人|领导|负责人)(?=\s*[:：])")
# 牵头单位——A, and 责任单位；A at a marker's start (a semicolon typed for the colon): read as
# 牵头单位：A
_DASH_LABEL = re.compile(rf"({_LABEL_HEAD}{_LABEL_CORE})\s*(?:——|—|－－|--)\s*|"
                         rf"(?:^|(?<=[（(〔【\[［\s]))({_LABEL_HEAD}{_LABEL_CORE})\s*[；;]"
                         r"(?=\s*[\u4e00-\u9fff])\s*")
_GLUED_LABEL = re.compile(rf"(?:^|(?<=[；;。\s]))({_LABEL_HEAD.replace(')*', ')+')}"
                          # (not 县直相关单位和各乡镇: units of a kind, and others)
                          r"(?:单位|部门))(?![为是:：\s和及与])(?=[\u4e00-\u9fff])")
# 县民政局（牵头）县财政局: the mark closes its unit
_GLUED_MARK = re.compile(r"([（(]\s*牵头(?:单位|部门)?\s*[）)])(?=[\u4e00-\u9fff])")
# (not 居委会; not a word of 会's own: 会计核算中心, 会展办, 会议室)
_SHORT_WITH = re.compile(r"^(?P<a>[^，,、；;（）()\s]{1,12}?[处局办厅室科部])会"
                         r"(?![计展议员长商务所场堂])"
                         r"(?P<b>[^，,、；;\s]{1,12}(?:办公室|中心|[处局委办厅室科部]))$")
# 县民政局牵头县财政局配合 (the space between lost): a verb, then the next units
_VERB_AT = re.compile(r"(?<=牵头|负责|配合|参与|协办|落实|主责|主办)(?=[省市州县区镇乡各团])")


@functools.lru_cache(maxsize=4096)  # the same owner text is parsed by several readers
def _normal(text: str) -> str:
    """Owner text with its labels and parts in the forms parse() reads."""
    # 宣传处会办公室: 会 short for 会同 between two units in a table's cell
    text = _SHORT_WITH.sub(r"\g<a>会同\g<b>负责", text)
    text = _UNITS_AND_PEOPLE.sub(r"\1", text)
    text = _BRACKET_LABEL.sub(lambda m: ("；" if m.start() else "") + m.group(1) + "：", text)
    text = _DASH_LABEL.sub(lambda m: (m.group(1) or m.group(2)) + "：", text)
    # 相关责任单位有A、B / 责任单位为A: a label said with a verb, before units
    text = _SAID_AS.sub(lambda m: m.group(1) + "：" if _units_follow(text[m.end():]) else
                        m.group(0), text)
    text = _GLUED_MARK.sub(r"\1、", text)
    text = _GLUED_LABEL.sub(lambda m: m.group(1) + "：" if _units_follow(text[m.end():]) else
                            m.group(1), text)
    for m in reversed(list(_VERB_AT.finditer(text))):
        if _units_follow(text[m.start():]):
            text = text[:m.start()] + "，" + text[m.start():]
    return text


def _units_follow(rest: str) -> bool:
    """Whether rest starts with units (and maybe their verb) up to its next separator."""
    piece = re.split(r"[，,；;。]", rest, maxsplit=1)[0]
    role, before = _verb(piece)
    return unit_names.read(before if role else piece) is not None



@dataclass
class Owners:
    leads: list[str] = field(default_factory=list)
    co: list[str] = field(default_factory=list)
    vague: bool = False  # 等 / 会同有关部门: more units than it names
    due_text: str | None = None
    carry: list[str] = field(default_factory=list)  # units every later task also has
    carry_leads: bool = False  # …均由A牵头: the carried units lead, where a task names no lead
    first_leads: bool = False  # 列第一位者为牵头单位
    first_leads_after: bool = False  # … 下同: and so for the tasks after
    leaders: list[str] = field(default_factory=list)  # people (责任领导：王强): never owners
    # 责任单位：A 配合单位：B with no 牵头 label: A leads (while parsing only)
    primary_leads: bool = field(default=False, repr=False, compare=False)

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(self.leads + self.co))

    def __bool__(self) -> bool:
        return bool(self.leads or self.co or self.carry or self.first_leads)

    def copy(self) -> "Owners":
        """A copy whose lists the caller may change (every list field, a field added later
        too: readings kept in a cache are handed out as copies)."""
        copied = dataclasses.replace(self)
        for each in dataclasses.fields(self):
            value = getattr(self, each.name)
            if isinstance(value, list):
                setattr(copied, each.name, list(value))
        return copied


# a unit named from inside its place (区水务局, 各街道): never the signature under a plan,
# which gives the issuer's whole name (某某区人民政府办公室)
_RELATIVE_UNIT = re.compile(r"^(?:[省市州县区镇乡旗](?!场)|各)")


# 主办：某市人民政府办公室 ⏎ 承办：某市大数据中心 ⏎ 版权所有…: the web site's own organs
_SITE_ORGAN = re.compile(r"^\s*(?:主办|承办|协办|技术支持|维护)(?:单位)?\s*[：:]")
_FOOTER_NEAR = 4  # lines, blank ones counted: how far a site's organ stands from its footer


def site_organ(lines: list[str], i: int) -> bool:
    """Whether line i names the web site's organ (主办：…, 承办：…) beside the page's footer
    (版权所有, ICP备) a line or two away, not a plan's owner label."""
    if not _SITE_ORGAN.match(lines[i]):
        return False
    return any(PAGE_CHROME.search(line) for line in lines[max(0, i - _FOOTER_NEAR):
                                                          i + _FOOTER_NEAR + 1])


# a web site's footer (主办单位：… 版权所有：…, ICP备…): the page's, never the plan's
# (互联网新闻信息服务许可证: a news site's licence, by its sponsor's line; not 互联网新闻信息服务
# 单位, those a plan checks)
PAGE_CHROME = re.compile(r"版权所有|ICP备|网站标识码|公网安备|互联网新闻信息服务许可证|"
                         # a line that is a site's name and address alone (花田文秘网 https://…)
                         r"^\s*[^\s，。；]{0,20}\s*(?:https?://|www\.)\S+\s*$")
# a field of a government page's record of the paper it shows (发布机构：, 索引号：, 成文日期：):
# the office that keeps the page and its records, no owner; beside an owner field on its line
# (责任部门:市市场监督管理局 发布日期:2019-02-22)
_RECORD_LABELS = (r"(?:生成|成文|发布|发文|印发|公开)(?:日期|时间)|索\s*引\s*号|效力状态|发布机构|"
                  r"主题分类|公文种类")
PAGE_RECORD = re.compile(rf"(?:{_RECORD_LABELS})\s*[:：]")
# any field of the page's index, the record's and those a page lists beside it (公开方式：,
# 信息名称：, 文件下载：): the next of them ends a field's value on its line; not for owner
# fields (公开时限：… beside 责任单位 is the work's, on a 政务公开 form)
PAGE_FIELD = re.compile(rf"(?:{_RECORD_LABELS}|公开(?:方式|范围|时限)|文件编号|发文字号|有效性|"
                        r"信息(?:名称|分类)|文件下载|重点领域)\s*[:：]")


_UNITS_LINE_MAX = 80  # characters: a line of units alone, no paragraph
# a label's word near a line's start, in any of the forms _normal reads (【牵头单位】, 牵头单位——,
# 责任单位为, 县民政局牵头): a line without one opens with no label
_LABEL_NEAR_START = re.compile(rf"^\s*[（(〔【\[［]?\s*[^，,。；;]{{0,40}}?{_LABEL_CORE}")


@functools.lru_cache(maxsize=8192)  # a body's lines are asked of by each reading of it
def is_owner_line(line: str) -> bool:
    """A line under an item that says who does it: a label (责任单位：… / 牵头：… /
    责任领导：…; a deadline line, 完成时限：…, is not one), or only units named from inside
    the plan's place (区水务局、区财政局)."""
    if len(line) > _UNITS_LINE_MAX and not _LABEL_NEAR_START.match(line):
        return False  # (a paragraph: no label opens it, and no list of units runs so long)
    if PAGE_CHROME.search(line):
        return False  # 主办单位：某县政府办公室 版权所有：…: the web site's footer, not the plan's
    line = _normal(line)
    m = _OWNER_LINE.match(line)
    if m:
        return _label_role(_LABEL.search(line).group(1)) != "time"  # type: ignore[union-attr]
    if len(line) > _UNITS_LINE_MAX or not unit_names.ends_as_name(line):
        return False  # (a list of units ends as its last unit does)
    found = unit_names.read(line, organs_only=True)
    return found is not None and (all(_RELATIVE_UNIT.match(n) for n in found.names) or
                                  unit_names.places_governments(line) is not None)


def opens_with_unit_label(line: str) -> bool:
    """Whether a line opens with a label whose value is units (组织单位：…, 牵头：…), not people
    nor a time."""
    line = _normal(line)
    return bool(_OWNER_LINE.match(line)) and \
        _label_role(_LABEL.search(line).group(1)) in ("lead", "co")  # type: ignore[union-attr]


_ANY_BRACKET = re.compile(f"[{re.escape(OPENING + CLOSING)}]")


@functools.lru_cache(maxsize=16)
def _separator(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def _split_top(text: str, separators: str) -> list[str]:
    """text split at separators that stand outside brackets."""
    if not _ANY_BRACKET.search(text):
        # no bracket to stay inside: a plain split (the common case, and far quicker)
        return [p.strip() for p in _separator(separators).split(text) if p.strip()]
    return [p.strip() for p, _ in split_outside_brackets(
        text, lambda text, i, start: True, separators) if p.strip()]


# 一、县示范区管委会牵头工作（8项） / 二、市发改委牵头的重点任务: the units a part's heading
# names as leading the work under it (a person leading it, 县长牵头工作, names none)
_LEADS_PART = re.compile(r"^(?P<units>.{2,40}?)(?:牵头|负责)(?:的)?(?:重点|主要)?"
                         r"(?:工作|任务|事项)(?:清单)?\s*(?:[（(]\s*\d+\s*项\s*[)）])?$")

# 一、由长江航务管理局牵头组织协调推进…相关工作。: a heading that is one sentence putting an
# organ at the head of the part's work (not 由X负责的…职责划入Y: duties that leave it; nor 由X
# 负责统一调度，各乡镇…做好以下工作: the others it names do the items)
_LED_BY = re.compile(r"^由(?P<units>[^，,。；;：:]{2,40}?)(?P<verb>牵头|负责)(?!人|同志|的)"
                     r"(?P<work>[^，,。；;]{4,})[。；;]?$")


def led_by_heading(head: str) -> str | None:
    """The organ a heading's one sentence puts at the head of the part's work (一、由长江航务
    管理局牵头组织协调推进…相关工作。), as text parse() reads, else None: the owner of the items
    under it that name none of their own (1.拟订…方案; not 2.县水利局要…: its own)."""
    m = _LED_BY.match(head.strip())
    if m is None or "划" in m.group("work") or \
            unit_names.read(m.group("units"), organs_only=True) is None:
        return None
    return m.group("units") + m.group("verb")


def heading_owners(head: str) -> str | None:
    """The owners a heading names for the items under it, as text parse() reads: a marker
    ending it (三、城市建设（区住建局牵头）; after a unit's own name, a bracket of bare units is
    the names its office also bears, 综合办公室（党群工作部、监察室）), or the units its words
    say lead the part's work
    (一、县示范区管委会牵头工作（8项）); else None."""
    end = marker_at_end(head)
    if end is not None and parse(end[1]).names:
        # （一）综合办公室（党群工作部、监察室）, 县委宣传部（县新闻出版局、县版权局）: a bracket
        # of bare units after a unit's own name gives the names its office also bears; the
        # unit is the owner (partners of its level, were they meant, are told apart by no
        # shape, and are left out)
        named = head[:end[0]].strip(" 。；;：:")
        if named and unit_names.kind(named) == "organ" and \
                not _ROLE_WORDS.search(end[1]) and not _LABEL.search(end[1]):
            return named
        return end[1]
    m = _LEADS_PART.match(head.rstrip("。；; "))
    if m and unit_names.read(m.group("units")) is not None:
        return m.group("units") + "牵头"
    # 一、县农机安全委员会工作职责：, （二）镇乡工作职责: the duties of the units it names
    duties = duty_owner(head)
    if duties is not None:
        return duties
    # 一、党委：主体责任, 二、纪委：监督责任: a list of duties by the body that bears them
    duty = _DUTY_HEAD.match(head.strip(" 。；;"))
    if duty and (unit_names.read(duty.group("units")) is not None or
                 _BODY_END.search(duty.group("units"))):
        return duty.group("units")
    # （一）鹿城镇（14个）: a heading that is only a unit, the count of its items after it,
    # over the problems it is handed
    head = head.strip(" 。；;：:")
    name = _COUNTED_TAIL.sub("", head)
    # an organ, or a town (镇, 乡): a heading of a kind of place (老旧小区（3个）, 重点街道（6条）)
    # counts the sites its items are at, not who works on them
    if name != head and len(name) <= 20 and not _EVERY.search(name) and \
            (unit_names.read(name, organs_only=True) is not None or
             (re.search(r"[镇乡]$", name) and unit_names.read(name) is not None)):
        return name
    return None


# 请你局…, 你单位要…, 贵委…: the notice speaks to the units it is addressed to
YOU_OF = r"们|局|委|厅|办|单位|部门|市|县|区|校|院|中心|公司"  # (你们, 你局, 贵单位…)
_YOU = re.compile(rf"^请?(?:你|贵)(?:{YOU_OF})?$")
_ADDRESS_LINES = 20  # the notice's head, where the line of whom it is sent to stands
# characters: a line of units (a city's 26 organs run to 180), not a paragraph
ADDRESS_MAX = 300


# 请你们认真研阅…, 请你们结合当地实际…, 你单位要…: an item's sentence that asks the notice's
# "you", at its start or after the clause it opens with (按照…要求，请你们…)
_YOU_ASKED = re.compile(rf"(?:^|[。；;！])\s*(?:[^，,。；;“”]{{1,30}}[，,])?"
                        rf"(?:请(?P<asked>(?:你|贵)(?:{YOU_OF}))|"
                        rf"(?P<told>(?:你|贵)(?:{YOU_OF}))(?=要|应|须|务必|必须))")


# 他说，…, 他表示，…, “…: a speaker's words, not a notice's (请你们放心 said to those before him)
QUOTED = re.compile(r"[说称道示]|“")


def you_asked(text: str) -> Owners | None:
    """The notice's "you" an item's words ask (请你们…, 你单位要…), as an owner is_you knows,
    for the addressees to take its place; else None. (Not a speaker's words to those before
    him, 他说，请你们放心: no request of the notice's.)"""
    m = _YOU_ASKED.search(text)
    if m is None:
        return None
    you = "asked" if m.group("asked") else "told"
    if QUOTED.search(text, max(0, m.start() - 6), m.start(you)):
        return None
    return Owners(co=[m.group(you)])


def is_you(name: str) -> bool:
    """Whether an owner's name is the notice's "you" (你局, 请你局, 贵单位)."""
    return _YOU.match(name) is not None


def addressees(lines: list[str], nearest_last: bool = False) -> list[str]:
    """The units a notice is addressed to, on the line of its own its head ends with a colon
    (各市(州)国土资源局:, 各县（市、区）人民政府，县直各单位：), else []: every word of the
    line a unit's (not 现将有关事项通知如下：). nearest_last: the line nearest the end of
    lines, the words before an ask (a page's head of fields may fill its first lines)."""
    # (the head's lines with words: a web page's head holds many blank ones)
    words = [line.strip() for line in lines if line.strip()]
    order = range(len(words) - 1, -1, -1) if nearest_last else range(len(words))
    for at in list(order)[:_ADDRESS_LINES]:
        # (  • 各区卫生健康委、…： a page's bullet before the line, no part of it)
        text = words[at].lstrip(BULLETS).strip()
        if text != words[at] and not re.match(r"各|全", text) and \
                not re.search(r"[、，,]", text):
            # (• 县教育局： over its duties: one unit's heading, no salutation, which names
            # every one of a kind or several)
            continue
        if not text or text[-1] not in "：:" or len(text) > ADDRESS_MAX:
            continue
        units = text[:-1].strip()
        named = unit_names.read(units)
        # (bodies of any kind, 各村、部门单位：, 村(居)委会：; not a field of the page's head,
        # 发布机构：, 承办单位：, 成员单位：: one kind's word after a verb's or a role's, no body;
        # nor 制定地区： ⏎ 山东省, 公开责任部门： ⏎ 成文日期：, a field whose value is a unit alone
        # on the line after it, or another field)
        value = words[at + 1] if at + 1 < len(words) else ""
        field = _FIELD_OF_HEAD.fullmatch(units) is not None or \
            unit_names.read(value.rstrip("。")) is not None or \
            re.fullmatch(r"[\u4e00-\u9fff]{2,8}\s*[：:]", value) is not None
        if named is not None and named.names and not named.people and (
                unit_names.read(units, organs_only=True) is not None or not field):
            return list(named.names)
    return []


# a page head's field of who (发布机构, 发文机关, 承办单位, 成员单位, 试点单位): two characters
# and the kind of body, no level, no 各, no name of its own
_FIELD_OF_HEAD = re.compile(r"[\u4e00-\u9fff]{2}(?:机构|机关|单位|部门)")


def duty_owner(heading: str) -> str | None:
    """The units a heading (or a document's title) says the duties below are of:
    勐海县森林防火指挥部办公室工作职责, 县农机安全委员会工作职责：, 镇乡工作职责; else None."""
    m = _DUTIES_OF.match(heading.strip(" 。；;：:"))
    if m is None:
        return None
    units = m.group("units")
    if _WORK_FIRST.match(units) or _DUTY_WORK_FIRST.match(units):
        return None  # (强化部门职责, 认真履行部门职责: work on duties, or its manner, no body's)
    if units.endswith(("及", "和", "与")):
        return None  # (组织机构及职责: the bodies set up and their duties, a part's heading)
    if m.group("tasks"):
        # (an organ's tasks; not 相关职能部门主要任务, a kind whose items name their own)
        return units if unit_names.read(units, organs_only=True) is not None else None
    return units if unit_names.read(units) is not None or _BODY_END.search(units) or \
        re.fullmatch(r"(?:各)?[镇乡街道村社区、]{2,6}", units) else None


# how duties are done, or the doing of them, before 职责 (认真履行部门职责, 全面落实党委职责,
# 服务企业职责; not 服务中心职责, a body's)
_DUTY_WORK_FIRST = re.compile(r"强化|压实|压紧|明确|夯实|认真|全面|严格|切实|依法|积极|主动|"
                              r"履行|落实|加强|做好|抓好|承担|担负|"
                              r"服务(?!中心|站|处|科|部|队|社|组|单位|保障)")
_DUTIES_OF = re.compile(r"^(?P<units>[^：:，,。；;\s]{2,30}?)(?:的)?"
                        r"(?:主要|工作|共同|具体|岗位){0,2}"
                        # (县公安局主要工作任务: the tasks of the unit, as its duties are)
                        r"(?:职责(?:分工)?|(?P<tasks>任务))$")
# the bodies a list of duties may be headed by, which the unit grammar leaves to longer
# names (党委, 纪委, 党组): not 强化责任, not 主要负责人
_BODY_END = re.compile(r"(?:党委|党组|纪委|党工委|委员会|支部|总支|部门|政府)$")
_DUTY_HEAD = re.compile(r"^(?P<units>[^：:，,。；;、\s]{2,12})[：:]\s*[\u4e00-\u9fff]{0,4}责任$")
_COUNTED_TAIL = re.compile(r"[（(]\s*(?:共\s*)?\d+\s*(?:个|项|处|条|件|点)?[)）]$")


def bare_marker(line: str) -> str | None:
    """The content of the owner marker a line is only made of (（省商务厅负责） -> 省商务厅负责),
    else None."""
    line = line.strip()
    end = marker_at_end(line)
    return end[1] if end is not None and not line[:end[0]].strip() else None


@functools.lru_cache(maxsize=16384)
def marker_at_end(text: str) -> tuple[int, str] | None:
    """(start, content) of the bracketed owner marker that ends text, else None."""
    body = text.rstrip(" 。.；;\t")
    if body and body[-1] not in CLOSING:
        return _unclosed_marker(body)
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        ch = body[i]
        if ch in CLOSING:
            depth += 1
        elif ch in OPENING:
            depth -= 1
            if depth == 0:
                content = _without_contact(body[i + 1:-1])
                if content is None:
                    return None
                if _COUNT_BEFORE.search(body[:i]) and not _says_who(content):
                    return None  # 新增省级重点专科2个（心血管内科、神经内科）: what is counted
                if credit_after(body[:i], content):
                    return None
                if _names_owners(content) or (body[:i].rstrip().endswith(("。", "！")) and
                                              _one_named_unit(content)):
                    return i, content
                # 【A（牵头）、B】【2024年第三季度】: the time in a bracket of its own after the
                # owners' bracket
                before = marker_at_end(body[:i]) if body[:i].endswith(tuple(CLOSING)) \
                    and is_deadline_clause(content, SOME_DAY) else None
                return (before[0], before[1] + "；" + content) if before else None
    return None


def _one_named_unit(content: str) -> bool:
    """Whether a bracket holds one unit's name the grammar knows by its ending, without the
    level an organ's name needs elsewhere (交警大队, 运管所): after a sentence's full stop, a
    bracket of a name says who (…长期占道停放。（交警大队））, not what (（试行）, （网格员）)."""
    if unit_names.is_short_organ(content):
        return True  # （团委）, （妇联）
    found = unit_names.read(content)
    body = unit_names.without_ending(content)
    # (not 会议室, 本科; 分公司 has no body; 新华社 after a news paragraph is its source)
    return found is not None and len(found.names) == 1 and not found.people and \
        content[-1:] in unit_names.END_CHARS and not unit_names.is_person(content) and \
        len(body) >= 2 and not content.endswith(("室", "科", "社"))




# a count just before a bracket: the bracket names what is counted, not who does the work
_COUNT_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*"
                           r"(?:个|项|所|家|条|座|处|名|批|类|种|支)$")


def _unclosed_marker(body: str) -> tuple[int, str] | None:
    """(start, content) of a labelled owner marker the page left open at the end
    (…并说明理由。(牵头部门:办公室、法规宣教股), else None: only a label says it is one. A
    name the page cut (…、市) is left out, and a closed marker just before it (（牵头单位：A）
    （配合单位：B) is part of it."""
    start = max(body.rfind(ch) for ch in OPENING)
    if start < 0 or any(ch in CLOSING for ch in body[start:]):
        return None
    content = body[start + 1:]
    m = _LABEL.match(content)
    if m is None or _label_role(m.group(1)) not in ("lead", "co"):
        return None
    head, _, last = content.rpartition("、")
    if head and unit_names.read(last) is None:
        content = head  # （牵头单位：市国资委、市 cut with the page
    if not _names_owners(content):
        return None
    before = marker_at_end(body[:start])
    if before is not None and not body[:start].rstrip().endswith(("。", "；", ";")):
        return before[0], before[1] + "；" + content
    return start, content


def notes_in(text: str) -> tuple[str, list[str]] | None:
    """(text without them, their contents) for owner notes in brackets inside an item's
    text: one with a label anywhere (…（牵头单位：A）…), any other that says who where a
    sentence ends after it (推进河道整治（区水务局牵头，区财政局配合）。完成…); None for none."""
    notes = []
    for start, end, bracket in top_brackets(text):
        content = _without_contact(bracket)
        if content is None:
            continue
        if _COUNT_BEFORE.search(text[:start]) and not _says_who(content):
            continue  # …重点专科2个（心血管内科、神经内科）: what is counted
        if credit_after(text[:start], content):
            continue
        labelled = any(_label_role(m.group(1)) in ("lead", "co")
                       for m in _LABEL.finditer(content))
        ends = end == len(text.rstrip()) or text[end:end + 1] in ("。", "；", ";", "\n")
        if (labelled or ends) and _names_owners(content):
            notes.append((start, end, content))
    if not notes:
        return None
    return _without(text, notes).strip(), [content for _, _, content in notes]


def closing_markers(text: str) -> list[str]:
    """The contents of the owner markers that close a sentence inside text, right after its
    end (…举办体育赛事。（体育总局、教育部负责）完善…) or right before it (…助餐服务（民政部
    牵头，农业农村部配合）。鼓励…): each says who does the work before it."""
    return [content for _, _, content in closing_marker_spans(text)]


def is_owner_marker(content: str) -> bool:
    """Whether a bracket's content names the owners of the words before it (责任单位：县教育局)."""
    return _names_owners(content) and _says_who(content)


def closing_marker_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of each of closing_markers' markers in text."""
    return [(start, end, content) for start, end, content in top_brackets(text)
            if start > 0 and (text[start - 1] in "。；;" or
                              (text[end:end + 1] in ("。", "；", ";") and _closes_work(content)))
            and is_owner_marker(content)]


def _closes_work(content: str) -> bool:
    """Whether a bracket inside a sentence, before its stop, is an owner marker: a label
    (责任单位：A) or a clause with the role last (民政部牵头，农业农村部配合), not a note on what
    the sentence names (联席会议制度（由市民政局、市卫健委等部门组成）。)."""
    content = _normal(content).strip()
    # (a clause of it: 省国资委牵头。有关部门配合，不逐一列出，下同)
    return any(_ENDS_WITH_ROLE.search(clause.strip().rstrip("等"))
               for clause in re.split(r"[，,；;。]", content)) or \
        any(_label_role(m.group(1)) in ("lead", "co") for m in _LABEL.finditer(content))


def _says_who(content: str) -> bool:
    """A marker with a verb or a label (A负责, 牵头单位：A), not a bare list of units, which
    inside a text may be an example (如市教育局、市卫健委)."""
    content = _normal(content)
    return any(_label_role(m.group(1)) in ("lead", "co") for m in _LABEL.finditer(content)) \
        or any(_verb(p, loose=True)[0] in ("lead", "lead+", "co")
               for p in _split_top(content, "，,；;。"))


def top_brackets(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of each bracket not inside another, of either width."""
    found: list[tuple[int, int, str]] = []
    if _ANY_BRACKET.search(text) is None:
        return found  # most lines hold none: the scan below is Python's, a character a time
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING:
            start = i if depth == 0 else start
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
            if depth == 0:
                found.append((start, i + 1, text[start + 1:i]))
    return found


def _without(text: str, spans: list[tuple[int, int, str]]) -> str:
    """text with the spans (start, end, …; in order) cut out."""
    rest, last = "", 0
    for begin, end, _ in spans:
        rest, last = rest + text[last:begin], end
    return rest + text[last:]


# （…；联系人：张伟，电话：…）, （卫生局四楼，联系人周某）: where and whom to reach, to the
# field's end, none of who does the work
_CONTACT = re.compile(r"[；;，,\s]*(?:联系人|联系电话|联系方式|电话[：:]?\s*\d|传真|邮箱|手机)"
                      r"[^；;]*")


def _without_contact(content: str) -> str | None:
    """A bracket's content without whom to reach (…；联系人：张伟，电话：…); None where that is
    all it says of anyone (卫生局四楼，联系人周某: where to go, no owner)."""
    cut = _CONTACT.sub("", content)
    # (not _says_who: its loose reading takes 卫生局四楼, a place, for units before a verb)
    if cut != content and not _LABEL.search(cut) and not re.search(r"负责|牵头|配合", cut):
        return None
    return cut


# （县乡村振兴局 供稿）, （来源：市商务局）, （通讯员 王强）: who sent the page its story, not
# who does the work
# (not 县委宣传部负责宣传报道, 县档案馆负责整理: work; not 编辑部负责…: a unit)
_CREDIT = re.compile(r"(?:供稿|供图|撰稿|投稿|摄)\s*$|"
                     r"^\s*(?:(?:来源|稿源|通讯员|记者|作者|编辑|摄影)\s*[：:\s]|图文|文/图|图/文)")


# characters: a news paragraph a credit closes, longer than an item's words (…报送。（X提供）)
_NEWS_PARAGRAPH = 40
_GAVE_WORDS = re.compile(r"^[^，,；;：:]{2,20}(?<!负责)提供\s*$")


def credit_after(before: str, content: str) -> bool:
    """Whether a bracket's content, after the words before it, is who gave the page its words
    (…研究提出工作思路。（劳动保障部提供）, （记者 张三）, （某某供稿）): closing a news paragraph's
    full stop; not …报送。（县公安局提供）, what a unit provides after an item's short words.
    (…细化责任清单。（中垾镇夏园园）: a unit and the writer who signed, after any sentence: no
    owner names its person so.)"""
    if unit_names.is_signed(content) and before.rstrip().endswith(("。", "！")):
        return True
    return bool(_CREDIT.search(content) or _GAVE_WORDS.search(content)) and \
        before.rstrip().endswith(("。", "！")) and len(before) >= _NEWS_PARAGRAPH


def _names_owners(content: str) -> bool:
    """Whether a bracket's content says who does the work: a label with units after it
    (牵头单位：A；适用范围：… names A; 适用范围：… alone names none), a leader label, units before a
    verb (A负责), or, with no marker at all, a list of organs (市教育局、市人社局)."""
    if not content or len(content) > 400 or _CREDIT.search(content):
        return False
    content = _normal(content)
    labels = [_label_role(m.group(1)) for m in _LABEL.finditer(content)]
    if any(role in ("lead", "co") for role in labels):
        found = parse(content)
        if found.names or found.carry or found.first_leads:
            return True
    if "people" in labels:
        return True  # （责任领导：王强）: said who answers for it, even if no unit
    # (市卫生健康委、市医保局，列第一位的为牵头单位，下同: the rule beside the list is no unit)
    pieces = [p for p in _split_top(content, "，,；;。")
              if not (_FIRST_LEADS.match(p) or _SKIP.match(p))]
    # any short verb after units, in a bracket of one sentence (and maybe its time: …各负其
    #责。2023年5月底前完成。): a bracket of sentences (此件不公开发布，发至收文单位本部及所属
    # 二级单位机关。未经…) is a note, its verbs its own
    sentences = [x for x in content.split("。") if x.strip()]
    loose = sum(1 for x in sentences if not is_deadline_clause(x, SOME_DAY)) <= 1
    if any(_verb(p, loose=loose)[0] in ("lead", "lead+", "co") and len(p) > 2 for p in pieces):
        return True
    if any((m := _UNITS_ARE.match(p)) and unit_names.read(m.group("units")) is not None
           for p in pieces):
        return True  # （市教育局为牵头单位）
    # no marker: organs, and maybe when (（市财政局、市税务局，2023年底前）)
    listed = [p for p in pieces if not _is_deadline(p, None)]
    if not listed or len(listed) > 4 or any(unit_names.read(p) is None for p in listed):
        return False
    # （县民政局、县财政局，各乡镇（街道））: lists a comma apart, one of them of organs
    return any(unit_names.read(p, organs_only=True) is not None for p in listed)


def _verb(piece: str, loose: bool = False) -> tuple[str | None, str]:
    """(role, the units before it) for a piece that ends with a verb saying what they do;
    loose: inside an owner marker, any short verb after units (a repost's synonyms:
    省发改委牵头卖力 for 牵头负责, A、B按职责分工承办)."""
    for role, pattern in _VERBS:
        m = pattern.search(piece)
        if m and m.start() > 0:
            return role, piece[:m.start()]
    return _any_verb(piece) if loose else (None, piece)


# the manner before a verb: 按职责分工卖力 is still the units' work, whatever the verb
_MANNER = re.compile(r"^(?:按照?(?:职责|职能)(?:分工)?|分工|分别|共同|具体|各自|积极|统一)")
# a sentence's head, not a unit's: 经区政府批准, 报市政府审定 (unlike 由A卖力: by A)
_NOT_SUBJECT = re.compile(r"^(?:经|报|向|对|与|请|提请|送|在|从|按|据|为|以|给|被|把|将)")


# what a unit does to a paper, not to the work: （市委、市政府印发） names a document's source
_ISSUED = re.compile(r"印发|发布|出台|颁布|公布|批复|批准|审定|同意|转发|制定|编制|提出")


def _any_verb(piece: str) -> tuple[str | None, str]:
    """(role, units) for units then a short verb of any words: the units' shape is still
    there where a plan (or a rewriter) uses words of its own. The longest list of units
    with a strong ending before a verb of at most four characters (after 按职责分工, 牵头)."""
    piece = piece.removeprefix("由")
    if _NOT_SUBJECT.match(piece) or unit_names.read(piece) is not None or \
            _VAGUE_OTHERS.match(piece) or unit_names.is_person(piece):
        # 市委组织部 is a unit, not 市委组 doing 织部; 相关部门, not 相关部; 红十字会副会长 a
        # post, not 红十字会副会 doing 长
        return None, piece
    best: tuple[bool, int] | None = None
    for k in range(max(1, len(piece) - 10), len(piece)):
        if piece[k - 1] not in unit_names.END_CHARS or _runs_on(piece, k):
            continue  # (明确办理时限: 办 opens 办理, no organ's ending)
        before, tail = piece[:k], piece[k:]
        verb = re.sub(r"^牵头|^主办|^主责", "", _MANNER.sub("", tail))
        if not re.fullmatch(r"[\u4e00-\u9fff]{0,4}", verb) or verb == tail == "" or \
                unit_names.is_unit(tail) or unit_names.is_person(tail) or \
                _ISSUED.fullmatch(verb):  # 管委会主任: a title; （市委、市政府印发）: a source
            continue
        last = re.split(r"[、，,]", before)[-1]
        if not unit_names.is_unit(last) or unit_names.read(before, organs_only=True) is None:
            continue
        strong = not unit_names.weak_end(last)
        if best is None or (strong, k) > best:
            best = (strong, k)
    if best is None:
        return None, piece
    before, tail = piece[:best[1]], piece[best[1]:]
    return ("lead" if re.match(r"(?:牵头|主办|主责)", _MANNER.sub("", tail)) else "co"), before


# a word that says who does the work; a sentence without one names no owners
_WORK = re.compile(r"牵头|负责|配合|参与|落实|承办|承担|实施|会同|主办|协办|(?:单位|部门)[为是]")
# 此项工作由A牵头: the work named, then who
# (重复信访化解工作由A牵头，B配合: the work named, then by whom, as 此项工作由A牵头; not …的清理工作
# 由A会同B…, a part of the work)
_THIS_WORK = re.compile(r"^(?:(?:此项|该项|本项|以上|上述|各项|[^，,。；;由的]{2,30}?)?"
                        r"(?:工作|任务|事项)|具体)由")
# 省财政厅负责资金保障: units, then the verb, then a short object
_SUBJECT = re.compile(r"^(?P<units>.+?)(?:具体|分别|共同)?(?P<verb>牵头|负责)(?!人|同志)"
                      r"(?P<rest>[^，,]{1,15})$")
# 牵头单位为A / 责任部门是A: a label said in a sentence
_SAID_LABEL = re.compile(rf"^(?P<label>{_OWNER_LABEL})[为是](?P<units>.+)$")
# 由A负责资金保障: 由 says who; a short object may follow the verb
_BY = re.compile(r"^由(?P<units>.+?)"
                 # (not 由市委组织部…: 组织部 is the organ's name, not its verb)
                 r"(?P<verb>(?:分别|共同|具体|统一|全面)?(?:牵头|负责|承办|落实|实施|组织(?!部)))"
                 r"(?P<rest>[^，,]{0,15})$")
# 会同市财政局等部门研究制定: the units worked with, whatever they do
_WITH = re.compile(r"^(?:并|共同)?(?:会同|联合|协同)"
                   r"(?P<units>.+?(?:等(?:有关|相关)?(?:部门|单位)?)?)"
                   r"(?=研究|制定|做好|抓好|推进|开展|组织|共同|实施|落实|负责|$)")


def owner_sentence(text: str,
                   issued: datetime.date | None = None) -> tuple[int, Owners] | None:
    """(where it starts, Owners) for a closing clause that only says who does the work
    (由市卫健委牵头，市医保局、市人社局按职责分工负责。 / 区水务局牵头，各街道参与。), else None.
    A sentence that only mentions a unit (按照省教育厅要求，…) names no owners."""
    if _WORK.search(text, max(0, len(text) - 201)) is None:
        return None  # no word that says who in the sentences it reads (the last 200 characters)
    ends = [m.end() for m in re.finditer(r"[。；;]", text)]
    starts = [0] + ends
    for begin in reversed(starts):
        if len(text) - begin > 200:
            return None
        stop = text.find("。", begin)
        sentence = text[begin:] if stop < 0 else text[begin:stop]
        sentence = re.split(r"[；;]", sentence)[0]
        if not sentence.strip():
            continue
        if not _WORK.search(sentence):
            continue  # a closing remark (持续推进。) may follow the clause that says who
        clauses = _clauses(sentence)
        for k, (offset, clause) in enumerate(clauses):
            who = _who(clause)
            # (重复信访化解工作由A牵头，B配合: the item's own first words, the work named and then
            # by whom, say who too, as a closing clause does)
            if who is not None and (begin + offset > 3 or begin > 0 or
                                    _THIS_WORK.match(clause.lstrip()) is not None):
                # (…。由A牵头，B、C配合。: the lead's clause before the one found, where the
                # sentence opens with it, says who too)
                first = k
                while first > 0 and clauses[first - 1][0] + begin > 0 and \
                        _who(clauses[first - 1][1]) is not None and \
                        _verb(clauses[first - 1][1])[0] == "lead":
                    first -= 1
                if first < k:
                    found = parse("，".join(w for _, c in clauses[first:k + 1]
                                           if (w := _who(c)) is not None), issued)
                    if found.names:
                        return begin + clauses[first][0], found
                found = parse(who, issued)
                opening = re.split(r"[，,]", sentence, maxsplit=1)[0]  # (clauses: to its end)
                lead = _who(opening) if k > 1 else None
                if found.names and lead is not None and opening.lstrip().startswith("由") \
                        and _verb(opening)[0] == "lead" and _verb(who)[0] == "co":
                    # (由县城管局牵头，每月组织一次联合执法，县公安局、县交通局配合。: the lead the
                    # sentence opens with, over the work, leads the helpers its close names)
                    both = parse(f"{lead}，{who}", issued)
                    if both.names:
                        return begin + offset, both
                doer = closing_by(sentence[:offset], issued) \
                    if found.names and k > 0 and _verb(who)[0] == "co" else None
                if doer is not None and doer.names:
                    # (仪式由大型活动部组织实施，宣传部配合。: the organ the work is done by,
                    # named inside the sentence before those who help it, does it with them)
                    both = parse("、".join(doer.names) + f"负责，{who}", issued)
                    if both.names:
                        return begin + offset, both
                if found.names:
                    # (the work named first stays the item's words: 重复信访化解工作 | 由A牵头…)
                    by_at = clause.find("由") if begin + offset <= 3 and begin == 0 else -1
                    return begin + offset + max(by_at, 0), found
        return None
    return None


_ROLE_WORDS = re.compile(r"牵头|负责|配合|协助|参与|协同|协办")


def opening_roles(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The owners an item's first sentence names in clauses of their own before the work
    (由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成…): two clauses or more that each
    say who (a leader's the first, kept apart as a person), then the work; or the sentence
    after a short title sentence (加强基层党组织建设。区委组织部牵头，区民政局配合，…); else
    None."""
    title = _after_title(text, TITLE_SENTENCE)
    for words in [text] if title is None else [text, text[title:]]:
        found = _roles_before_work(words, issued)
        if found is not None:
            return found
    return None


def _roles_before_work(text: str, issued: datetime.date | None) -> Owners | None:
    stop = text.find("。")
    sentence = text if stop < 0 else text[:stop]
    if len(_ROLE_WORDS.findall(sentence[:80])) < 2:
        return None  # (two clauses that say who each say it with a verb of their own)
    pieces = _split_top(sentence, "，,")
    said: list[str] = []
    for piece in pieces:
        who = _who(piece)
        if who is None:
            role, before = _verb(piece.removeprefix("由"))
            if role in ("lead", "co") and before and (
                    _VAGUE_OTHERS.match(before) or
                    (not said and unit_names.is_person(before))):
                # 相关部门配合; 由副市长负责 (a person, read as a leader)
                who = piece.removeprefix("由")
        if who is None:
            break
        said.append(who)
    if len(said) < 2 or len(said) == len(pieces):
        return None  # (one clause is leading_subject's; clauses with no work after, no item)
    found = parse("；".join(said), issued)
    return found if found.names and (found.leads or len(found.names) >= 2) else None


# 文明办负责协调…, 国营农场及农场社区分别负责…: the item opens with who does it and the verb that
# says so; 负责人, 牵头单位, 组织领导 are nouns, not that verb
# the words that say what a point means before its units (不靠，就是A要…, 特别是县城管局每月…),
# none of the units'
# (…；要区应急局牵头…: a requirement's 要 before the units it asks)
# (明确各地教育部门要…: what a notice makes plain, before whom it asks)
_CONNECTIVE = (rf"(?:就是|也就是|特别是|尤其是|同时|明确|希望|望(?=各|全|有关|相关)|因此|为此|所以|"
               rf"{unit_names.ASKED_BEFORE.pattern})?")
# what follows 将 where it says what one will do (将结合…, 将继续…, 将在…, 将对…), not the
# thing it takes as 把 does (将材料报送…)
_WILL_THEN = (r"继续|进一步|全面|加快|加大|持续|结合|开展|组织|启动|推进|加强|在|对|于|"
              r"围绕|着力|重点|深入|大力|积极|逐步|陆续|按照|根据|以|不断|切实|认真|严格|及时|"
              r"尽快|立即|抓紧|定期|适时|派|举办|召开|建立|完善")
_LEADING = re.compile(rf"^{_CONNECTIVE}(?P<units>[^，,。；;：:“”‘’\s]{{2,40}}?)"
                      r"(?:分别|共同|具体|主要|要|应)?"
                      # (not 省委组织部要…: 组织 the name's own, before 部)
                      # (教育局的职责包括…; not …的主要职责是：, a heading over its duties)
                      # (县消防队协助植树的用水工作: who helps in the work, a part of it theirs)
                      r"(?:(?P<verb>负责|牵头|承担|协助|"
                      # (江北区供节水办将结合…开展…: who will do it, 将 before how or the verb;
                      # not 各单位将材料报送…, 将 as 把 before the thing)
                      rf"将(?={_WILL_THEN})|"
                      # (县住建局为立面改造提升工作牵头单位，负责…: the lead named as such)
                      r"为[^，,。；;：:]{0,20}?牵头(?:单位|部门)(?=[，,])|"
                      r"的(?:主要|工作)?职责(?:包括|是|为|主要有)(?![：:])|"
                      # (not 省社会组织联合会, 全省性社会组织评估委员会: 组织 inside a body's name)
                      r"组织(?!部(?!署))(?![\u4e00-\u9fff]{0,2}(?:联合会|委员会|协会|促进会)))"
                      # (负责领导 a person, 各单位负责领导要…; not 负责领导和协调…, two verbs)
                      r"(?!人|同志|单位|部门|领导(?![和、及并与])|保障|实施方案|架构|机构|体系|"
                      r"形式|方式|的|沿革)|"
                      r"(?P<cadence>每(?:[一两半]个?)?(?:日|天|周|旬|月|季度?|半年|年|半月)))")


# 县教育局：张三，电话13800000000: whom to call at the body, not its duty
_CONTACT_VALUE = re.compile(r"\s*(?:联系人[:：]?)?[\u4e00-\u9fff]{2,4}(?:同志)?[，,、\s]*"
                            r"(?:联系)?(?:电话|手机|座机)?[:：]?\s*\d[\d\-－ ]{6,}"
                            r"(?![\d\-－]|\s*(?:学年|年度|年))")  # (not 2024-2025学年)


def leading_subject(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The owners an item names as the subject of its first sentence (A、B负责…, A及B分别牵头…,
    A每月召开…: who, then the verb or the cadence of the work), or of the sentence after a
    short title (半月一汇报。A每半月…); else None. A unit merely mentioned inside a sentence
    is no owner, and so is a unit in any later sentence."""
    short = _after_title(text, TITLE_SENTENCE)
    starts = [0] if short is None else [0, short]
    # 9月10日前，院办、学生处组织…: the subject after the time the work is due by
    timed = opening_time(text)
    if timed is not None:
        starts.append(timed)
    # 按照属地管理原则，各县政府负责…: the subject after the grounds the sentence opens with
    framed = after_framing(text)
    if framed:
        starts.append(framed)
    title = _after_title(text, _TITLE_MAX)
    # (在政府领导下，由A牵头，B参与…: the clauses after the frame name who)
    said = [text] + ([text[title:]] if title is not None else [])
    framed_words = [rest[at:] for rest in said if (at := after_framing(rest))]
    for words in said + framed_words:
        # 由A牵头，B配合，…; 摸底排查（5月底前）。由A牵头，组织…: who, in clauses of their own
        # (A牵头，B配合，… only where the item opens so: after a sentence of work, who funds or
        # audits it is no owner of that work)
        by = _by_clauses(words, bare_lead=words is text or words in framed_words)
        if by is not None:
            found = parse(by, issued)
            if found.names:
                _each_clause_s_subject(found, words, issued)
                return found
    labelled = unit_label(text)
    if labelled and unit_names.read(labelled[0], organs_only=True) is not None and \
            not _CONTACT_VALUE.match(text, labelled[1]):
        # （一）市工信局：落实…: the duties of the units before the colon
        found = parse(labelled[0] + "负责", issued)
        if found.names:
            return found
    for start in starts:
        paired = _paired_opening(text[start:].lstrip(), issued)
        if paired is not None:
            return paired
        m = _LEADING.match(text[start:].lstrip())
        # 由A牵头建立…: the plan's way of saying who within the work's words, which the
        # plans that use it at an item's start do not mean as its owner list
        if m is None or m.group("units").startswith("由"):
            continue
        # (协助做好县林业局的…: the unit helped after the verb of the help)
        helped = re.sub(r"^(?:做好|开展|完成|搞好|抓好)", "", text[start:].lstrip()[m.end():])
        if m.group("verb") == "协助" and (m.group("units").startswith("请") or any(
                unit_names.kind(helped[:k]) == "organ"
                for k in range(2, min(len(helped), 16) + 1))):
            # (县级卫生部门协助市级卫生部门做好…: whose the work is, the one helped; 请班委会
            # 协助…: a request for help, read as requests are)
            continue
        if m.group("verb") == "将" and _asks_others(
                _SENTENCE_END.split(text[start:].lstrip()[m.end():], maxsplit=1)[0]):
            # (9月29日国家旅游局将在北京举办…，届时请三明市…; 省生态环境厅将于…对我县进行督察，
            # 县生态环境局要于…完成整改: the units the sentence asks, not the host or the
            # inspector)
            continue
        # (4月下旬市政府组织召开…: the time the work is done in, run into its subject)
        who = _TIME_BEFORE.sub("", m.group("units"))
        if m.group("verb") == "组织" and _ASK_AFTER_NAME.match(text[start:].lstrip(), m.end()) and \
                unit_names.read(who + "组织") is not None:
            who += "组织"  # (各级团组织要…: 组织 the body each one is, the ask's modal after it)
        if who.startswith("请") and unit_names.read(who[1:]) is not None:
            who = who[1:]  # (请各党总支、直属党支部组织…: the units asked, 请 none of theirs)
        # 医疗卫生人员由县卫健局负责组织: the work's object first, then by whom
        topic, by, after = who.rpartition("由")
        if by and topic and (unit_names.read(after, organs_only=True) is not None or (
                # (公园除四害工作由园林和林业部门负责: the work named, then its doers)
                _WORK_NAMED.search(topic) and unit_names.read(after) is not None)):
            who = after
        # (民政部门会同发展改革、财政等部门负责…: the lead and its partners, read as a pair;
        # their list alone may not read as one name's)
        pair = _PAIRED.match(who + "负责")
        if unit_names.read(who) is None and not (
                pair and unit_names.read(pair.group("lead")) is not None and
                unit_names.read(pair.group("co")) is not None):
            continue
        named_lead = (m.group("verb") or "").startswith("为")  # (…为…牵头单位: the lead)
        found = parse(who + ("牵头" if named_lead else "负责"), issued)
        if found.names:
            _each_clause_s_subject(found, text[start:].lstrip(), issued)
            return found
    return None


# what one does to the work of others (督导, 考核, 通报): who oversees it, not who does it
# (not units.OVERSEER_WORDS, whose 指导, 监督 a unit's own work takes too: 教育部将组织专家…
# 进行指导, …并向社会公开，接受各界监督)
_OVERSEES = re.compile(r"督导|督查|督察|督办|考核|考评|通报")


def _asks_others(rest: str) -> bool:
    """Whether the rest of a sentence after a unit's 将 asks units with 请, oversees others'
    work (区安委会办公室将对任务落实情况开展季度督导), or sets units to the work in a clause of
    their own (，县生态环境局要…, ，县商务局负责…, ，由县农业农村局具体负责)."""
    return "请" in rest or _OVERSEES.search(rest) is not None or any(
        opens_addressed(clause) or opens_with_subject(clause.removeprefix("由"))
        for clause in _COMMA.split(rest)[1:])


# the work an item names first, before 由 and its doers (…除四害工作由…; unlike _THIS_WORK, any
# topic: the item's opening words)
_WORK_NAMED = re.compile(r"(?:工作|任务|事项|职责)$")
_TIME_BEFORE = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
                          r"(?:上旬|中旬|下旬|初|底|末|份)?(?:前|以前|之前|起)?")


def _without_ask(text: str) -> str:
    """text without the 要 or 请 that opens it asking the units after it (要区住建局加强…)."""
    m = unit_names.ASKED_BEFORE.match(text)
    return text[m.end():] if m else text


def _each_clause_s_subject(found: Owners, words: str, issued: datetime.date | None) -> None:
    """found with the units each later clause of the first sentence opens with as its
    subject and verb (县财政局负责统筹资金…；县发改局负责争取…, A、B负责…，C负责…: an
    owner for each duty)."""
    def subject(clause: str) -> str | None:
        m = _LEADING.match(clause.strip())
        return m.group("units") if m is not None and opens_with_subject(clause) else None
    _later_clauses(found, words, "；;，,", subject, issued)


def _later_clauses(found: Owners, words: str, parts: str,
                   owners_of: Callable[[str], str | None],
                   issued: datetime.date | None) -> None:
    """found with the units owners_of reads in each later clause of the first sentence of
    words (the clauses parted by the characters of parts), in their order."""
    for clause in re.split(f"[{parts}]", words.split("。", 1)[0])[1:]:
        units = owners_of(clause)
        for name in parse(units + "负责", issued).names if units else []:
            if name not in found.names:
                found.co.append(name)


def opens_with_subject(clause: str) -> bool:
    """Whether a clause opens with units as the subject of 负责/牵头 (市疾控中心负责提供…),
    not of guiding those who do the work (县规划中心负责技术指导)."""
    m = _LEADING.match(clause.strip())
    return m is not None and m.group("verb") is not None and \
        unit_names.read(m.group("units")) is not None and \
        _verb(clause.strip().rstrip("。；;"))[0] != "guide"


def _paired_opening(words: str, issued: datetime.date | None) -> Owners | None:
    """A、B会同C、D推进…: the organs an item opens with, leading, and those they work with."""
    if "会同" not in words[:_OPENING_MAX]:
        return None  # (asked of every item's words: most have no 会同 near their start)
    lead = _unit_prefix(words, True)
    if lead is None or not words[len(lead):].startswith("会同"):
        return None
    rest = words[len(lead) + 2:]
    partners = _unit_prefix(rest, True)
    if partners is None:
        # A会同有关部门制定…: A leads; the others are not named
        if not _UNNAMED_PARTNERS.match(rest):
            return None
        found = parse(f"{lead}负责", issued)
        found.vague = True
        return found if found.names else None
    found = parse(f"{lead}会同{partners}负责", issued)
    return found if found.names else None


_UNNAMED_PARTNERS = re.compile(r"(?:各)?(?:有关|相关|其他)(?:部门|单位|方面)")


def _after_title(text: str, limit: int) -> int | None:
    """Where an item's words start after its short title sentence (推动…落实到位。A要…): the
    end of a first sentence of at most limit characters, of one clause or a few short ones
    none of which says who (要提高站位，压实责任。), else None."""
    end = _FULL_STOP.search(text, 0, limit + 1)
    if end is None or not 0 < end.start() <= limit:
        return None
    # (要高度重视，全面落实防汛工作。 / 统一思想，提高认识，增强…紧迫感。: a title of a few short
    # clauses, as 一是… points give it, is one too)
    clauses = _PAUSE.split(text[:end.start()])
    if len(clauses) > 1 and (len(clauses) > _TITLE_CLAUSES or
                             max(map(len, clauses)) > _TITLE_CLAUSE_MAX or
                             any(_says_who_in(c.strip()) for c in clauses)):
        return None  # (6月底前，市财政局要…: a sentence that says who, no title)
    return end.end()


_TITLE_CLAUSES, _TITLE_CLAUSE_MAX = 3, 16  # a title's clauses, and their longest
_STATEMENT_MAX = 80  # characters: a first sentence that says what the work is, not how long
# 是 that says what a thing is (not 特别是, 还是, 凡是, 只是, 但是, 要是, 可是, 于是, 是否)
VERDICT_IS = r"(?<![特别尤其或还凡只但要总可于若])是(?!否)"
# 本次专项行动是落实…的重要举措。: a sentence of what the work is (…是…), asking no one
_STATEMENT = re.compile(rf"^[^。！？；;]*?{VERDICT_IS}[^。！？；;]*$")
_ASKING = re.compile(r"(?<![重主需必首紧纲摘概])要|须|应当|务必|(?<![申邀提])请")


def _after_label(text: str) -> int | None:
    """Where an item's words start after a short label of what they are, no unit's name
    (有关要求：各区按要求…, 工作要求：…), else None."""
    m = _SHORT_LABEL.match(text)
    return m.end() if m and unit_names.read(m.group(1)) is None else None


_SHORT_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]\s*")


def _after_statement(text: str) -> int | None:
    """Where an item's words start after a first sentence that only says what the work is
    (本次专项行动是…重要举措。各县市区市场监督管理局要…), else None."""
    end = _FULL_STOP.search(text, 0, _STATEMENT_MAX + 1)
    if end is None or end.end() >= len(text.rstrip()):
        return None
    first = text[:end.start()]
    return end.end() if _STATEMENT.match(first) and not _ASKING.search(first) else None


def _says_who_in(clause: str) -> bool:
    """Whether a clause opens with who does the work: units then 要/于…, 负责/牵头, a cadence
    (市防指办公室每周通报…), an organ's name (市水务局完成…), or a request to units (请各局处
    应…)."""
    if _must(clause) is not None or _unit_prefix(clause, organs_only=True) is not None or \
            _asked(clause, sections=True) is not None:
        return True
    m = _LEADING.match(clause)
    return m is not None and unit_names.read(m.group("units")) is not None


_FULL_STOP = re.compile(r"[。！？]")
_PAUSE = re.compile(r"[，,；;]")


_TOPIC = re.compile(r"^(?:关于.{2,40}(?:问题|事项|事宜|工作)|《[^》]{2,60}》)$")
_ENDS_WITH_ROLE = re.compile(r"(?:牵头|负责|配合|参与|参加|协办|协助|主办|承办)$")


def _by_clauses(text: str, bare_lead: bool = False) -> str | None:
    """The owner text of the clauses an item opens with that only say who, each closed by a
    comma (由县编办、发改局牵头，考评办配合，抓紧制定…), else None: 由A牵头建立… runs on into
    the work, and says who only within it. bare_lead: also a lead without 由 (A牵头，B配合，…)."""
    pieces = _split_top(re.split(r"[。；;]", text, maxsplit=1)[0], "，,")
    if len(pieces) > 2 and _TOPIC.match(pieces[0]):
        pieces = pieces[1:]  # 关于…问题，由A负责，…: a decision's topic, then who
    # (A牵头，B、C配合，负责…: the lead named in a clause of its own, without 由, as 由A牵头)
    if not pieces or not (pieces[0].startswith("由") or (
            bare_lead and len(pieces) > 2 and _units_alone(pieces[0], "lead"))):
        return None
    said, work = None, None
    for k in range(1, len(pieces)):
        if not _ENDS_WITH_ROLE.search(pieces[k - 1]):
            work = k  # 由A牵头建立…: the verb runs on into the work
            break
        who = _who("，".join(pieces[:k]))
        if who is None:
            break
        said = who
    if said is not None and work is not None:
        # (由县政府牵头，成立工作专班，县公安局、县市场监管局配合，…: the partners in a clause of
        # their own after the work the lead sets up, their units and their part alone)
        said += "".join(f"，{piece}" for piece in pieces[work:] if _units_alone(piece, "co"))
    return said


def _units_alone(piece: str, role: str) -> bool:
    """Whether piece is units and the verb of their role alone (市经信局牵头: "lead";
    县公安局、县市场监管局配合: "co"), as _verb reads a piece's close."""
    verb, before = _verb(piece)
    return verb == role and not before.startswith("由") and unit_names.read(before) is not None


# 各地区、各部门要…, 县级以上地方各级人民政府要…: all of a kind, whom the whole plan addresses
_EVERY = re.compile(r"^各|各级|有关|相关")
_TITLE_MAX = 40  # （一）推动预算调剂和仪器采购管理权落实到位。: the item's title before its words
# 科技部、财政部和相关科技项目管理部门: the named ones, and others
# (not the 和 of a field's own name, 各级住房和城乡建设部门: one unit)
# (not 各有关部门和单位: one kind said in two words, the head of all of them)
_AND_OTHERS = re.compile(rf"(?:{''.join(f'(?<!{first})' for first, _ in FIELDS_WITH_AND)}和|"
                         rf"及|以及|等)(?<!部门和|单位和|机构和|部门及|单位及|机构及)"
                         rf"(?!(?:部门|单位|机构)$){OTHERS_OF_A_KIND}$|等{OTHERS_ORGANISED}$")
_DATE_IN = re.compile(r"\d{1,2}\s*月|年底|年内|季度|[上下]半年")
# 按照职责分工，, 根据工作需要，: how the roles after it are parted, no unit
_HOW_PARTED = re.compile(r"^(?:按照|根据|依据|按)(?:职责分工|工作需要|各自职责|职能)$")
# (A和有关部门, A及州直各部门, A和相关项目管理部门: the units of a kind asked beside A, by
# no name of their own; not 各有关部门和单位, one kind said in two words)
# (not 及其有关部门: theirs, as 各乡镇及其所属村委会 reads; nor a tail holding another name or
# 等, 和执法部门及有关单位, 和图书馆等相关单位)
_AND_THE_RELEVANT = re.compile(r"(?:以及|和|及)(?!(?:部门|单位|机构)$)(?!其(?![他它]))"
                               r"(?:其他|其它)?(?:有关|相关)?[^等及和与、，,]{0,8}?"
                               r"(?:部门|单位|机构)$")
# 今年, 下半年: the time a plan gives the work it asks of units (between them and their 要)
WORK_TIME = "今年|明年|下半年|上半年|年内"
# the year or the day a call is due by, said before its 要 (到2020年, 2017年底前, 6月底前)
DUE_BY = r"到?(?:19|20)\d\d年(?:年?底前|底|前|年?内)?|\d{1,2}月(?:底|上旬|中旬|下旬)?前"
# 要 of a thing to be done, before its 的 (各县区要完成的任务): no call
TO_BE_DONE = r"要[^，,。；;]{0,6}的"
# 区公安分局要加大…, 市教育局、市卫健委应当…: organs, then what they must do
# (…等牵头部门，要于…: a comma may stand before the verb)
# (not 请A… nor 会同A…: a request's units, a partner's, are read elsewhere)
# the part a unit plays, after its name (区住建局作为行业管理部门，要…): no part of the name
# (…作为行业管理部门，; …是此次调查工作的主要责任人，: the part it plays in the work)
PART_PLAYED = re.compile(r"(?:作为[^，,。；;：:“”‘’\s]{2,20}?|"
                         r"是[^，,。；;：:“”‘’\s]{2,20}?(?:责任人|责任主体|责任单位))[，,]")
# the verbs of the work a body does, right after its name (各单位加强…, 后勤服务中心做好…); not
# 督促, 指导, 协调: an organ setting others to work names them too
WORK_VERBS = r"加强|加快|做好|抓好|落实|开展|推进|完善|建立|健全|制定|实施"
# what units may do, straight after 可 (各乡镇可依托现有的综治中心设立…)
_MAY_DO = rf"依托|参照|根据|结合|采取|通过|按照|因地制宜|{WORK_VERBS}"
_MUST = re.compile(rf"^{_CONNECTIVE}(?!请|配合|{PARTNER})"
                   # (“两办”督查室要…: a short name quoted before the organ's ending)
                   r"(?P<units>(?:“[\u4e00-\u9fff]{1,6}”)?[^，,。；;：:“”‘’\s]{2,60}?)"
                   # (各校对学生出入口处要…: what the work is done to, after its subject)
                   # (not a name's own 对外, 对口, 向阳, 将乐: 市商务局对外贸易科)
                   rf"(?:(?:{unit_names.DONE_TO_OPENS}|把|将(?![乐军]))[^，,。；;：:“”‘’\s]{{1,20}}?)?"
                   r"[，,]?"
                   # (区住建局作为行业管理部门，要…: the part it plays, after its subject)
                   rf"(?:{PART_PLAYED.pattern})?"
                   # (各级妇联下半年要…: the time of the work, after its subject)
                   # (各地、各部门在会后要…: after the meeting; 各地在开展…工作时要…: while;
                   # 建筑施工企业在项目开工前，应…: before)
                   # (各省到2020年要…, 各乡镇6月底前要…: the year or the day it is due by)
                   # (not 各乡镇2019年要完成的改厕任务…: 要 of a thing to be done, before its 的)
                   rf"(?:(?:{WORK_TIME}|(?:{DUE_BY})(?![，,]?{TO_BE_DONE})|"
                   r"近期|下一步|下阶段|今后|在?会后|"
                   r"在[^，,。；;：:“”‘’\s]{1,24}?(?:时|中|期间|之?前|之?后))[，,]?)?"
                   # (各部门、乡镇一定要…: how firmly it must)
                   # (各乡镇全部要…, 各学校内部要…; 各乡镇、各相关部门一要…: the first of its calls)
                   r"(?:全部|内部|一定|都|也|还|更|既|[一二三四五六七八九十](?=要))?"
                   # (not the 应 that ends a word inside a name, 供应 响应 相应 适应 反应 对应
                   # 答应 效应 呼应 感应 照应: 市外轮供应公司应将…, 县应急响应中心应…)
                   # (not 要素, 要害, 要点: a word of its own after the units, 各乡镇要素保障…)
                   r"(?:要(?![素害点]|想(?!方设法|尽办法))|应当|(?<![供反适响相对答效呼感照])应(?!急)|须|必须|务必|"
                   # (各乡镇可依托…: what it may do, its work all the same; not 可能, 可见,
                   # 可持续发展: words of their own)
                   # (nor 可谓, 可供出租的…, 可用于…的: what it is, or has)
                   rf"可以|可(?={_MAY_DO})|可(?![能见是靠信行控视谓供]|再生|持续发展|容纳|获得|追溯|"
                   r"复制|用于|[^，,。；;]{0,6}的)|"
                   # (教务处据此调整…, 各单位根据值班表组织…: who acts on what it is given,
                   # a unit of any name, as no thing a sentence is about does)
                   # (各区按要求认真组织…: 按 before what it is given; 质监部门按其职责做好…: its
                   # duties)
                   r"(?P<acts>据此|根据|按照|依据|对照|按(?=要求|规定|计划|程序|时间|其?(?:各自)?(?:职责|职能)))|"
                   # (各学院于9月底前完成…: the time its work is due by, after its subject,
                   # which _by_time reads)
                   r"(?P<by>于|(?<!所)在|从))"
                   # (于XX年9月10日前: a year a template page masked)
                   # (各社区要“守土有责”: the watchword it is asked in, quoted)
                   # (not 各部门要“守土有责”的观念已深入人心: a quoted word a noun's, a statement;
                   # but 按照“…”的要求: what the work follows)
                   r"(?!求|是|点)(?=[\u4e00-\u9fff0-9０-９]|"
                   r"(?:(?<!要)“|(?<=要)“(?![^“”]{1,20}”的))[\u4e00-\u9fff]|[Xx×＊*]{2}年)")
# the time after 于/在 (9月底前, 2024年9月, 今年底前, 第三季度), read by deadlines.read
_TIME_AFTER = re.compile(r"^[^，,。；;：:]{1,12}(?:前|底|末|内|日|号|月份?|旬|季度|半年|年)"
                         r"(?:底|末)?(?:前|以前|之前|内)?")


def _must(text: str, issued: datetime.date | None = None) -> re.Match[str] | None:
    """_MUST's match of text, where its 于/在 (if so) is followed by a time (_by_time)."""
    m = _MUST.match(text)
    return None if m is None or m.group("by") and not _by_time(text[m.end():], issued) else m


def _by_time(rest: str, issued: datetime.date | None) -> bool:
    """Whether rest, the words after 于/在, open with a time the work is due by (9月底前完成,
    今年底前); not a place or a grade (在100所中小学, 在三年级开展), nor a year gone by."""
    when = _TIME_AFTER.match(rest)
    if when is None:
        return False
    reading = deadlines.read(when.group(0), issued or SOME_DAY)
    if reading.repeat is not None and when.group(0).startswith("每"):
        return True  # (各县市区局于每月21日前报送…: a time that comes round, each period's)
    due = reading.due
    # (县文旅局于2018年挂牌成立 in a 2024 plan: a year gone by; a month without its year
    # before the plan's date is still the plan's to flag)
    past = issued is not None and due is not None and due.year < issued.year and \
        re.match(r"(?:19|20)\d\d", when.group(0)) is not None
    # (各学校于20XX年8月25日前…: a time a template page masked is a time all the same)
    return (due is not None and not past) or \
        deadlines.MASKED_DATE.match(when.group(0)) is not None


def _doing(units: str, issued: datetime.date | None, *, none_of_a_kind: bool = False
           ) -> Owners | None:
    """The owners units do the work as (parse(units + 负责)), where some of them is more
    than a kind of body (各地区, 有关部门); with none_of_a_kind, where none of them is one."""
    found = parse(units + "负责", issued)
    kinds = [bool(_EVERY.search(n)) for n in found.names]
    return found if found.names and not (any(kinds) if none_of_a_kind else all(kinds)) \
        else None


_CLAUSES_TRIED = 3  # the commas of a first sentence whose next clause may name who


_COMMA = re.compile(r"[，,]")
_SENTENCE_END = re.compile(r"[。！？；;]")


def _says_who_before(words: str) -> bool:
    """Whether a clause of words is units and the verb of their part (市发改委牵头)."""
    for clause in _COMMA.split(words):
        role, units = _verb(clause.strip())
        if role is not None and unit_names.read(units) is not None:
            return True
    return False



def asked_before(sentence: str) -> bool:
    """Whether sentence tells of an ask made before (去年，省政府要求各乡镇…; 省政府已要求…;
    市政府曾责成各区…), not one it makes (主席总结了上半年，要求…要…: what was done, then the
    ask; …要求各乡镇要巩固已有成果: what is asked)."""
    named: str | None = None  # the clause of the last demand named as a thing
    for said in re.finditer(r"要求|责成|(?:^|[，,])请", sentence):
        # (the words of the ask's own clause before it: 省政府已要求…, 市政府曾要求…)
        clause = sentence[max(sentence.rfind(c, 0, said.start()) for c in "，,。") + 1:
                          said.start()]
        # (not 总书记…提出了一系列明确要求。要…: a demand named as a thing, which 了 does not
        # make an ask told of; but 去年/此前/曾/已 still do: 省政府曾提出明确要求，各地要…)
        if not _DEMAND_NAMED.search(clause):
            break
        if not _CITED.match(clause):  # (not 根据已出台的方案要求: a demand cited)
            named = clause
    else:
        return named is not None and bool(
            _PAST_OPENING.match(sentence) or _EARLIER.match(sentence) or
            re.search(r"(?:已|曾)(?:经|多次|专门|明确)?(?:提出|作出|做出|部署)", named))
    return bool(_PAST_OPENING.match(sentence) or TOLD_DONE.search(clause) or
                _BEFORE_NOW.search(clause))


# 按照, 根据…: what the work follows, a demand cited (按照通知要求，…)
FOLLOWS = "按照|根据|依照|依据|遵照"
_CITED = re.compile(rf"(?:{FOLLOWS}|落实|贯彻)")
# 提出了…要求, 作出…要求, 按照…要求: 要求 as the thing asked for, the object of a verb
_DEMAND_NAMED = re.compile(rf"(?:提出|作出|做出|{FOLLOWS}|落实|贯彻)[^，,。]*$|[的了]$")
# 去年，省政府要求各乡镇…: an ask of a year gone by (TOLD_DONE reads the ask's own clause)
_PAST_OPENING = re.compile(r"^(?:去年|上年|前年|往年|当时|当年)")
_BEFORE_NOW = re.compile(r"曾|此前|以前|早在")
# 此前，…: a sentence that opens with a time gone by (not 曾, which opens names: 曾都区)
_EARLIER = re.compile(r"此前|以前|早在")


def asked_in(sentence: str, issued: datetime.date | None = None) -> Owners | None:
    """The units a sentence that leads into a list asks to do its items, after its purpose
    (为营造…，请各单位…开展…活动，即), or sets to them (…，要求各村（居）完成好…; 她要求全市
    各级妇联组织下半年要…), else None."""
    request = re.search(r"(?:^|[，,])(?=请)", sentence)
    # (after what asks: 她要求A…要…, 他希望A要…; not where A要按…要求… is addressed itself)
    said = re.search(r"(?:要求|希望)[，,：:]?", sentence)
    starts = [request.end() if request else 0] + ([said.end()] if said else [])
    closing = _units_at_end(sentence)
    if closing is not None and not asked_before(sentence) and \
            not _told_before(sentence[:sentence.rfind(closing)]):
        return parse(closing, issued)  # (会议要求，各单位 ⏎ 一要…)
    # (他对A、B及有关部门提出四点要求。 ⏎ 一是要…: the units the requests are made of)
    made_of = _REQUESTS_OF.search(sentence)
    # (对我区体育系统安全工作提出要求: the units before the work's topic, read whole, or the
    # longest opening that reads as units with 的 after it; not a topic whose first words end
    # as a unit's name would, 就春节期间全区社区矫正…工作, 就打造基层所队…, 就学习贯彻国家统计局…)
    of = made_of.group("units") + (made_of.group("topic") or "") if made_of else ""
    # (the object refused only where the units have no level of their own: 清廉医院建设工作,
    # not 县住建局建设管理工作)
    units = next((of[:end] for end in range(len(of), 1, -1)
                  if unit_names.read(of[:end]) is not None and
                  (_TOPIC_AFTER.match(of[end:]) or _LEVEL_OR_EVERY.match(of))),
                 None) if not _WORK_FIRST.match(of) else None
    if units is not None:
        return parse(units, issued)
    return next((found for found in (addressed_to(sentence[start:], issued, every_kind=True)
                                     for start in starts) if found), None) or \
        directed(sentence, issued) or (set_to_work(sentence[said.end():], issued)
                                       if said else None)


# a topic that opens with the work's verb or its time, no unit (打造…, 学习贯彻…, 春节期间…)
_WORK_FIRST = re.compile(rf"(?:{WORK_VERBS}|学习|贯彻|打造|推进|推行|做好|抓好|"
                         r"(?![各省市县区])[\u4e00-\u9fff]{0,2}(?:期间|之际|阶段))")
_LEVEL_OR_EVERY = re.compile(r"[各省市州县区乡镇]")
# what may follow the units the requests are made of: their work's topic (…的工作实际, …2024年
# 工作, 河口县打击…专项整治), not the words of a thing built or run (清廉医院建设工作: no units,
# the work's object)
_TOPIC_AFTER = re.compile(r"(?!建设|创建|改造|整治|治理|管理)")
# (…，向施工单位和监理单位提出要求：1.…, 检查组向…: to whom, as 对; not 企业代表向市直有关部门
# 提出…, 县政府向省财政厅提出…: a petition, no work set)
_REQUESTS_OF = re.compile(r"(?:对|(?<![^，,组])向|就)(?:当前|目前)?"
                          r"(?P<units>[^，,。；;：:对向就]{2,60}?)"
                          # (对我区体育系统安全工作提出要求: the units, then their work's topic;
                          # 就当前湄潭县档案局的工作实际，提出了3个要求)
                          r"(?P<topic>的?[^，,。；;：:对]{0,8}?(?:工作|实际))?[，,]?"
                          # (对区律工委新一年工作寄予厚望：一是…: the hopes it is asked to meet)
                          r"(?:寄予了?(?:殷切)?(?:厚望|希望|期望)|提出了?"
                          # (对各县区生态环境部门提出相关要求: the requests of the matter)
                          r"(?:[一二三四五六七八九十两\d]{1,2}个?[点条项]?|几点|以下|如下|"
                          # (…提出相关要求：一是…, …要求。一是…: a list after it; not 提出相关要求，
                          # 各乡镇表示…)
                          r"(?:相关|有关)(?=(?:工作)?(?:要求|希望)(?:[：:。]|$|[，,]?\s*(?:一是|一要))))?"
                          # (提出具体工作要求: the kind of request said)
                          r"(?:具体|明确)?(?:工作)?(?:要求|希望))")
# (督查要求各县（区）交通运输局： ⏎ 一是要…: the units closing it, before the mark that opens
# the list)
_ASKS_AT_END = re.compile(r"(?:要求|强调)[，,：:]?(?P<units>[^，,。；;：:]{2,30})[，,：:]?$")
# 会议指出，各县（区）局 ⏎ 一是要…: what is pointed out to units closing its sentence, theirs
# where the items ask (要); else a finding (调研组指出，各村一是底数不清…)
_POINTS_OUT_AT_END = re.compile(r"指出[，,：:]?(?P<units>[^，,。；;：:]{2,30})[，,：:]?$")
# 要, 务必, 必须, 应: the words that ask of a subject (not 重要, 主要, 要求, 要道; 应急, 相应)
ASKS_OF_UNITS = (r"(?<![重主需必只紧])要(?![求素点件道害闻])|务必|必须|"
                 r"(?<![相响适供反对])应当?(?![急对用变付聘])")
# …or a duty taken on (负责, not 负责人, 负责同志, 负责制; 负责制定 a duty), or 须 (not 须知)
ASKS_OR_DUTY = rf"{ASKS_OF_UNITS}|须(?!知)|负责(?![人同]|制(?![定订]))"
# (各级团组织要…: the ask straight after a name, where 组织 closes it)
_ASK_AFTER_NAME = re.compile(rf"{ASKS_OF_UNITS}|须")
# 会议强调：晚秋蚕生产事关…，各县（市） ⏎ 一要…: the units closing the last of its clauses
_SAID_THEN_UNITS = re.compile(r"(?<!按照)(?<!根据)(?<!依照)(?:要求|强调|指出)[，,：:]?"
                              r"(?P<between>[^。；;！]*)[，,](?P<units>[^，,。；;：:]{2,30})"
                              r"[，,：:]?$")


def units_pointed_out(sentence: str, issued: datetime.date | None = None) -> Owners | None:
    """The units a sentence closes with after 指出 (会议指出，各县（区）局), or after the
    clauses of what is said (会议强调：…事关…，各县（市）), else None; for items that each open
    with 要. Not where a clause between names a subject asked already (各乡镇要压实…，积极配合
    县应急管理局：), nor an ask told of as made before."""
    text = sentence.strip()
    m = _POINTS_OUT_AT_END.search(text)
    if m is not None and _reads_whole(m.group("units")):
        return parse(m.group("units"), issued)
    m = _SAID_THEN_UNITS.search(text)
    if m is None or not _reads_whole(m.group("units")) or \
            re.search(ASKS_OF_UNITS, m.group("between")) or asked_before(text) or \
            _told_before(text[:m.start()]):
        return None
    return parse(m.group("units"), issued)


def _reads_whole(named: str) -> bool:
    """Whether the words read as units, all of them (各县（市）; not 积极配合县应急管理局, a
    clause with a unit in it)."""
    found = unit_names.read(named)
    # (县住建局、县城管局等部门: the rest said after 等, read as no name)
    bare = unit_names.REST_AFTER.sub("", named)
    return found is not None and \
        len("".join(found.names)) >= len(re.sub(r"[、，,和及与]", "", bare))


def _told_before(words: str) -> bool:
    """Whether the words before 强调/指出/要求 tell of what was said before (去年，…; 此前，市政府
    曾在会上…)."""
    return bool(_PAST_OPENING.match(words) or _EARLIER.match(words) or
                re.search(r"(?:已|曾)(?:经)?(?:[^，,。]{0,8})?$", words))


def asks_units_at_end(sentence: str) -> bool:
    """Whether sentence closes with the units it asks, its items cut from after them (会议
    要求，各单位 ⏎ 一要…)."""
    return _units_at_end(sentence) is not None


def _units_at_end(sentence: str) -> str | None:
    m = _ASKS_AT_END.search(sentence.strip())
    # (《通知》要求企业， ⏎ 一是…: a body named by its kind alone, asked all the same)
    return m.group("units") if m and (_reads_whole(m.group("units")) or
                                      BARE_BODY.fullmatch(m.group("units"))) else None


# how soon or how firmly a request says its units are to work, after them
HOW_SOON = "立即|马上|尽快|迅速|务必|必须|切实|认真|抓紧"
# 要求热源单位立即…, 责成县交通局尽快…: named units a request sets to the work, how soon or
# how firmly said after them
_ASKED_NAMED = re.compile(r"(?:要求|责成)(?P<units>[^，,。；;：:、\s]{2,12}?)"
                          rf"(?={HOW_SOON}|于|在\d)")


def directed(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The bodies an item's words set to its work (…要求各行政村签订责任书…): every one of
    a kind, named as the object of 要求/发动/组织/督促, or units named as the object of
    要求/责成 before how soon (要求热源单位立即…); None where the words set none."""
    for m in [*_DIRECTED.finditer(text), *_ASKED_NAMED.finditer(text)]:
        if unit_names.read(m.group("units")) is None:
            continue
        # (县住建局督促各施工单位落实…: the organ that sets them to it leads them; not one
        # that only asks, 全国老龄办要求通报单位切实…: the work is theirs)
        clause = re.split(r"[，,。；;：:]", text[:m.start()])[-1].strip()
        subject = clause and unit_names.read(clause, organs_only=True) is not None and \
            not text.startswith(("要求", "责成"), m.start())
        said = f"{clause}牵头，{m.group('units')}负责" if subject else m.group("units") + "负责"
        found = parse(said, issued)
        if found.names:
            return found
    for m in _REQUEST_OPENS.finditer(text):
        # (…知识。会后，要求各村利用板报…: a sentence that sets every one of a kind to the
        # work, whatever its verb, as a request's units straight after 要求 are; not where
        # the words after them go on naming people or things, 各村民…, 各级领导干部…, 各方面
        # 力量…, 各地区域内的…单位)
        rest = text[m.end():]
        set_to = set_to_work(rest, issued, any_verb=True)
        if set_to is None or not set_to.names:
            continue
        last = rest.find(set_to.names[-1])
        after = rest[last + len(set_to.names[-1]):] if last >= 0 else ""
        if not _PEOPLE_OR_THINGS_ON.match(after) and set_to.names[0] not in _NO_BODY:
            return set_to
    return None


# the words that go on naming people or things after what reads as every one of a kind (各村|
# 民, 各级|党员干部, 各年级|学生, 各地|区域内的…单位): no body set to the work
_PEOPLE_OR_THINGS_ON = re.compile(r"民|干部|党员|领导|同志|学生|群众|职工|人员|家长|教师|老师|师生|"
                                  r"力量|区域|域内|内的|的")
_NO_BODY = frozenset({"各方面", "各级", "各类", "各项", "各种", "各个"})  # (a kind of nothing)


# 要求 opening a sentence, or after the time or the setting it opens with (会后，要求各村…),
# before every one of a kind (not 各乡镇（街道）…, a name its bracket goes on: read whole by
# the other readers)
_REQUEST_OPENS = re.compile(r"(?:^|[。；;！])(?:[^，,。；;：:]{1,8}[，,])?要求"
                            r"(?=各(?![^，,。；;：:]{1,4}[（(]))")


# the last character of a body that works or of a place of a level (物业公司, 安保处, 各乡镇,
# 各医疗机构, 各县（市、区）, 各系): a unit's, not a site's (垃圾排放场, 集贸市场, 各公园, 各工地)
_BODY_LAST = (unit_names.END_CHARS - frozenset("场园馆台")) | {"系"}


_SETTING_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:期间|之际|时|中)(?=各)")


def _bodies(named: str) -> bool:
    """Whether named reads as units, each a body that works (学生处、后勤公司), not a site
    (垃圾排放场), a place of no level (畜牧饲养小区, 试点地区; 各镇区 is one) nor people
    (上课教师). (A kind of party a rule binds, 施工单位要…, 隐患治理主体单位要…, is one: the
    corpus keys count them.)"""
    found = unit_names.read(named)
    return found is not None and not found.people and \
        len("".join(found.names)) >= len(re.sub(r"[、，,和及与]", "", named)) and \
        all(name[-1] in _BODY_LAST and
            (unit_names.kind(name, ()) == "organ" or _RELATIVE_UNIT.match(name))
            for name in found.names)


# every body of a kind, or those concerned, at a level: 区级有关部门, 县直各单位, 市属相关单位
# (省有关单位, 县各部门: the level said bare before them; not 区 or 州 bare, the end of 地区
# or 自治州 a longer name cut: 各地区各有关部门)
_LEVEL_KIND = re.compile(r"^(?:[省市州县区旗乡镇](?:级|直|属)(?:各|各有关|各相关|有关|相关)?|"
                         r"[省市县](?:各有关|各相关|有关|相关|各))"
                         r"(?:部门|单位|机关|机构)(?:[和及](?:部门|单位))?$")


def works_as_body(named: str) -> bool:
    """Whether units asked as a subject are bodies that do work: organs, or the governments of
    places (县住建局, 各村, 项目建设县区); not every kind of thing or a site (各类场所要…,
    各施工现场要…), nor those the work is about (不合格企业, 施工单位)."""
    return (unit_names.read(named, organs_only=True) is not None or
            unit_names.kind(named) == "place") and not kind_of_thing(named)


def kind_of_thing(named: str) -> bool:
    """Whether named is every kind of thing (各类场所) or a site (各施工现场), no body (a
    venue that is a body, 各宗教活动场所, is one)."""
    return named.startswith(("各类", "各种")) or named.endswith("现场")


# a place by its name, before 各 (竖岗镇各村, 通许县各乡镇)
_PLACE_BY_NAME = r"[\u4e00-\u9fff]{1,6}?[省市州县区旗镇乡]"


# (compiled once: every_body is asked of each candidate subject)
_EVERY_PARTS = re.compile(r"[、和及](?=各|[省市州县区旗乡镇][级直属])")
_SCOPE_BEFORE_EVERY = re.compile(rf"^(?:{unit_names.EVERY_SCOPE}|{_PLACE_BY_NAME})(?=各)")
_ALL_OPENING = re.compile(r"^所有(?=[\u4e00-\u9fff]{2})")


def every_body(named: str) -> bool:
    """Whether named is every one of a kind of body or place (各乡镇, 各社区、各村), not a
    kind of thing (各类场所) nor of site (各施工现场); over the place it says (全市各级妇联组织)."""
    for part in _EVERY_PARTS.split(named):
        # (全市各地, 沿江各地, 长城沿线各县区: every one of a scope; 竖岗镇各村, 通许县各乡镇:
        # of a place by its name)
        bare = unit_names.TRAILING_BRACKET.sub("", _SCOPE_BEFORE_EVERY.sub("", part))
        if _LEVEL_KIND.match(bare):
            continue  # (区级有关部门, 县直各单位: all of a kind at a level)
        # (所有试点地区: every one, as 各 says it)
        bare = _ALL_OPENING.sub("各", bare)
        if not bare.startswith("各") or kind_of_thing(bare) or \
                not (bare in ("各地", "各地区") or bare[-1] in _BODY_LAST):
            return False
    return True


def opens_addressed(text: str) -> bool:
    """Whether text opens with the units it is addressed to (区教育局要…, 各乡镇要…)."""
    return addressed_units(text) is not None


# the kinds of body a plan sets up to lead or join up its work, whose rules and duties a page
# may give (联席会议由…组成, 领导小组下设办公室)
BODY_KINDS = r"联席会议|领导小组|工作领导小组|委员会|指挥部|工作专班|工作组"


# the head of a unit, who answers for it (市审计局主要领导要…: the unit's work)
HEAD = re.compile(r"(?:党政)?(?:主要领导(?:同志)?|主要负责人|主要负责同志|负责同志|一把手)")
_HEAD_OF = re.compile(rf"^(?P<units>[^，,。；;：:“”\s]{{2,30}}?){HEAD.pattern}(?:要|务必|必须)")


_LIST_OPENS = re.compile(r"各|全[省市州县区]|[省市州县区乡镇](?!任)")


def addressed_units(text: str) -> str | None:
    """The units text opens addressed to (县河管站要… -> 县河管站; 市审计局主要领导要… ->
    市审计局, whose head answers for it), else None."""
    head = _HEAD_OF.match(text.strip())
    # (not 各级党政主要负责同志: the heads of every level, people of no one body)
    # (全县各乡镇、相关部门主要负责人要…: a list of units, read as a list, that opens with its
    # level or every one of a kind; not 汛期各乡镇、…, 新任乡镇、…: a time or the heads' word first)
    if head is not None and (unit_names.kind(head.group("units")) is not None or
                             unit_names.read(head.group("units")) is not None and
                             _LIST_OPENS.match(head.group("units")) is not None) and \
            not head.group("units").endswith("级"):
        return str(head.group("units"))
    role = _ROLE_ASKED.match(text.strip())
    if role is not None:
        return str(role.group("units"))
    listed = _lists_asked(text.strip())
    if listed is not None:
        return listed
    m = _must(text.strip())
    if m is not None and RELEVANT.match(m.group("units")):
        return str(m.group("units"))  # (相关部门要…: the relevant ones, asked as a subject)
    if m is not None and _bare_body_asked(text.strip(), m):
        return str(m.group("units"))  # (街道要…, 学校要…: a body by its kind alone, asked so)
    if m is None or not _reads_with_others(m.group("units")):
        return None
    return str(m.group("units"))


def _reads_with_others(units: str) -> bool:
    """Whether units, and others of a kind after them (A和相关部门), read as units: without
    the others, or whole as the grammar reads 等部门 (各地商务等部门: a field's bodies and
    more)."""
    return unit_names.read(_AND_OTHERS.sub("", units)) is not None or \
        unit_names.read(units) is not None


# bodies of a kind described by a clause before them (承担示范场建设的乡镇, 提供托育服务的机构,
# 流动人口较多的乡镇（街道）), the subject of 要 or 应; not a thing (建成的项目要…)
# (not 参会的30家责任单位: those counted at a meeting; nor 各公司的领导、部门: people)
# (not 按照县里的统一部署各乡镇…: what the work follows, then the units; nor 计量单位, a measure)
_DESCRIBED = re.compile(r"(?!按照|根据|依据|依照|遵照|在|对|为)"
                        r"(?P<units>[^，,。；;：:“”‘’\s\d]{2,24}的(?:各|所有|全部)?(?!计量)"
                        r"[^，,。；;：:“”‘’\s\d的、]{0,6}?"
                        r"(?:单位|机构|部门|企业|乡镇|街道|学校|医院|村|社区|场馆|公司|商会|"
                        r"主体|组织|地区)(?:（[^（）]{1,8}）)?|"
                        # (有条件的地方要…: the places the condition picks out; not 存在隐患的
                        # 地方, 做得不够的地方, a spot or an aspect)
                        r"(?:有|具备|符合)条件的地方)"
                        r"(?:也|还|都|均)?(?:要|须|务必|必须|应当|(?<![供反适响相对答效呼感照])应(?!急))")


def _inside_bracket(before: str) -> bool:
    """Whether the words after before stand inside a bracket before opened."""
    return sum(before.count(c) for c in OPENING) > sum(before.count(c) for c in CLOSING)


def _places_asked(named: str) -> bool:
    """Whether named is places by their names, two or more (沙洋县、东宝区、屈家岭管理区), each
    a county, a district or a town: asked, their governments do the work."""
    reading = unit_names.read(named)
    return reading is not None and len(reading.names) >= 2 and all(
        unit_names.kind(name) == "place" and not name.startswith(("各", "全", "我", "本"))
        for name in reading.names)


# lists of units a comma apart, then their 要 (各县（市、区）政府，市政府各部门、单位，…要…)
# (not 县委，县政府要求…: those who ask; nor 都已完成…: a statement, no modal after 都)
_LISTS_ASKED = re.compile(r"^(?P<units>(?:[^，,。；;：:“”\s要]{2,30}[，,]){1,4}"
                          r"[^，,。；;：:“”\s要]{2,30}?)(?:也|还|都|一定)?"
                          r"(?:务必|必须|要(?![求素害点])|应当)")
# (县发改局牵头，…; 县教育局会同…，…; 特别是重点乡镇，…: a lead, a partner, a stress, no list)
_NOT_A_LIST_PART = re.compile(r"牵头|会同|配合|特别是|尤其是")


def _lists_asked(text: str) -> str | None:
    """The lists of units text opens with, a comma apart, asked by the 要 after them (各县（市、
    区）政府，市政府各部门、单位，驻酒有关单位要…: a notice's addressees asked again as the subject,
    their lists parted as in the salutation), each list read as units; else None."""
    listed = _LISTS_ASKED.match(text)
    if listed is None or _LIST_OPENS.match(listed.group("units")) is None:
        return None
    for part in re.split(r"[，,]", listed.group("units")):
        reading = unit_names.read(part)
        # (each part bodies of their own, an organ, every one of a kind or those concerned:
        # not 县城区, a place)
        if reading is None or reading.leads or reading.people or \
                _NOT_A_LIST_PART.search(part) or not all(
                    unit_names.kind(name) == "organ" or
                    name.startswith(("各", "全", "有关", "相关")) or
                    name.endswith(("办事处", "政府", "管委会")) for name in reading.names):
            return None
    return str(listed.group("units"))


# the units that play a part in each task of a division (各牵头单位, 配合部门, 其他参与单位):
# no unit's name of their own, but whom a covering notice asks as its subject
_ROLE_ASKED = re.compile(r"^(?P<units>(?:各|其他|相关|有关)?(?:牵头|配合|参与|协办|协作)"
                         r"(?:单位|部门))(?:也|还|都|更|既)?(?:要|应当|应|须|必须|务必)")
# 相关部门, 有关单位: no unit's name of their own, but whom a requirement asks as its subject
# (有关地区要…, 有关地区和部门要…: the places concerned, and their organs, the same)
RELEVANT = re.compile(r"^(?:相关|有关)(?:职能|责任)?(?:部门|单位|地区|地方|机构)"
                      r"(?:[和及、](?:有关|相关)?(?:部门|单位|地区|地方|机构))?$")
# (支持民办学校按程序…, A督导B按计划…, …，指导茶农和茶叶企业要…: the work's words before the units
# or among them; not the units that act on what they are given)
WORK_BEFORE_UNITS = re.compile(r"^(?:支持|指导|组织|鼓励|引导|推动)|督导|督促")
# a body named by its kind alone (学校, 企业, 街道: the street's own office, as a street's news
# page says it): no unit by the grammar of names, which reads a bare kind as a topic, but the
# subject a requirement asks
BARE_BODY = re.compile(r"学校|企业|社区|医院|幼儿园|街道|乡镇")
# what asks such a body for work, straight after it: not 应收账款, 应届毕业生, 应对…的意识
# (words of their own), 可享受, 按规定享受 (what it is given), 应缴纳的… (what it owes, named)
# (not 乡镇要道, 乡镇要闻, 要务, 要案: a word of its own after the kind)
_BARE_BODY_ASKED = re.compile(r"(?:全部|内部|一定|都|也|还|更)?"
                              r"(?:要(?![素害点求道闻件案务地])|须|必须|务必|应当|应该|根据|按照|依据|"
                              r"(?:于|在)(?=[^，,。；;]{1,12}(?:前|底|内))|"
                              r"应对(?=[^，,。；;]*负责)|"
                              r"应(?![收付用届对急])(?!(?:缴纳?|支付|付|交|享受|得)的))")
# what a body of a kind is given, not asked to do (企业按照规定享受…, 学校根据需要可聘请…)
_GIVEN = re.compile(r"[^，,。；;]{0,16}?(?:享受|可(?!持续))")
# what streets are to look like (街道要保持干净整洁, 街道要美、路要平): the streets themselves, no
# street's office asked
_STREET_STATE = re.compile(r"保持|干净|整洁|美|亮|平|宽|畅通|通畅|无|有序")


def _bare_body_asked(text: str, m: re.Match[str]) -> bool:
    """Whether the units _MUST's match m reads in text are a body by its kind alone (学校,
    街道) that text asks for work straight after them: not a word of its own (企业应收账款,
    乡镇要道), what it is given (企业可享受…), nor the streets' looks (街道要保持整洁)."""
    units = m.group("units")
    asks = _BARE_BODY_ASKED.match(text, m.end("units")) if BARE_BODY.fullmatch(units) else None
    return asks is not None and _GIVEN.match(text, asks.end()) is None and \
        not (units == "街道" and _STREET_STATE.match(text, asks.end()))


_FIELDS_KIND_END = re.compile(r"(?:部门|机构)$")  # the kind fields share


def addressed_to(text: str, issued: datetime.date | None = None,
                 every_kind: bool = False) -> Owners | None:
    """The organs an item's first sentence is addressed to: _addressed_to, read once for each
    text (the same sentences are asked by several layouts), a copy the caller may change."""
    found = _addressed_to(text, issued, every_kind)
    return None if found is None else found.copy()


@functools.lru_cache(maxsize=8192)
def _addressed_to(text: str, issued: datetime.date | None, every_kind: bool) -> Owners | None:
    """The organs an item's first sentence is addressed to (A、B要…, 请A落实…), or its second
    where the first is a short title (推动…落实到位。A、B和相关部门要…), else None; people
    (分管领导要…) are none. every_kind: also every one of a kind of body or place it
    addresses (各乡镇要…, 各地区、各部门要…), for an item already chosen as a task (which
    such a general call is no evidence of)."""
    text = text.lstrip()
    title = _after_title(text, _TITLE_MAX) or _after_statement(text) or _after_label(text)
    starts = [0] if title is None else [0, title]
    heads = set(starts)  # (where a sentence opens, not a clause after its comma)
    # 凡提交会议研究的事项，呈报部门要…, 6月底前，市财政局要…: the first sentence's subject
    # after the topic or the time it opens with
    first = _SENTENCE_END.split(text[starts[-1]:], maxsplit=1)[0]
    # (not after a clause that already says who: 市发改委牵头，市财政局要积极配合)
    # (the first few such clauses only, looked for no further)
    opening = starts[-1]
    starts += itertools.islice((opening + m.end() for m in _COMMA.finditer(first)
                                if not _says_who_before(first[:m.start()])), _CLAUSES_TRIED)
    # (近日市文旅局将…: the subject straight after the time, no comma between; …获悉，2015年
    # 教育部将…: after a clause's comma too)
    for k, start in reversed(list(enumerate(starts))):
        when = WHEN_FIRST.match(text, start)
        if when is not None and when.end() > start:
            starts.insert(k + 1, when.end())
    # (units, the sentence's words after them, the sentence): a kind of body's
    bodies: tuple[str, str, str] | None = None
    for start in starts:
        sentence = text[start:]
        listed = _lists_asked(sentence)
        if listed is not None:
            return parse(listed + "负责", issued)  # (A，B，C要…: every list a comma apart)
        role = _ROLE_ASKED.match(sentence.lstrip())
        if role is not None and start in heads:
            return parse(role.group("units") + "负责", issued)  # (各牵头单位要…, 配合部门应…)
        m = _must(sentence, issued)
        if m is not None and m.group("acts") == "按" and WORK_BEFORE_UNITS.search(m.group("units")):
            m = None  # (支持民办学校按程序…, A督导B按计划…: no units alone before 按)
        # (请财政部落实《…》，按照…: the words before 按照 are no units, the request says who)
        must = m.group("units") if m and _reads_with_others(m.group("units")) else None
        if m and must is None and start == 0:
            # （一）完善辖区主干道交通指示标志区交通与建设局要…: a heading run straight into the
            # subject, on a page stored on one line; the subject from its level
            must = unit_names.past_heading(m.group("units"))
            if must is not None:
                sentence = sentence[m.end("units") - len(must):]
        described = _DESCRIBED.match(sentence) if every_kind and start in heads else None
        if described is not None and not _inside_bracket(text[:start]):
            # (承担示范场建设的乡镇要…, 流动人口较多的乡镇要…: bodies of a kind described by
            # what they do or are, asked as a subject, once the item is a task)
            return _with_partners(Owners(co=[described.group("units")]),
                                  sentence[described.end("units"):], sentence, every_kind, issued)
        if every_kind and m is not None and RELEVANT.match(m.group("units")) and \
                not _inside_bracket(text[:start]) and \
                not VIEW_BEFORE.search(text[text.rfind("。", 0, start) + 1:start]):
            # (相关部门要…: the relevant ones, whom a requirement asks as its subject, once
            # the item is a task: the owners it names, though by no name of their own; not
            # a note's, （无明确时限的，相关部门应…）)
            return _with_partners(Owners(co=[m.group("units")]), sentence[m.end("units"):],
                                  sentence, every_kind, issued)
        if every_kind and m is not None and start in heads and \
                _bare_body_asked(sentence, m) and not _inside_bracket(text[:start]):
            # (学校要…, 企业必须…: a body named by its kind alone, asked as a sentence's
            # subject, once the item is a task: the plan's schools or firms, whichever)
            return _with_partners(Owners(co=[m.group("units")]), sentence[m.end("units"):],
                                  sentence, every_kind, issued)
        asked = must is None
        who = _asked(sentence, sections=every_kind) if asked else must
        if who is None:
            continue
        # (请财政部…: the sentence's words after the organs asked start past 请)
        rest = sentence[1 + len(who):] if asked else sentence[len(who):]
        # 科技部、财政部和相关科技项目管理部门要…: the named ones, and others; 放假期间各单位
        # 必须…: every one of a kind, after the time or the setting it opens with
        named = _SETTING_BEFORE.sub("", _AND_OTHERS.sub("", who))
        if unit_names.read(named) is None:
            named = _SETTING_BEFORE.sub("", who)  # (各地商务等部门: read whole)
        parts = re.split(r"[和及](?=[省市州县区旗乡镇][级直属])", _SETTING_BEFORE.sub("", who))
        if every_kind and named != who and all(_LEVEL_KIND.match(part) for part in parts):
            # (县直有关部门和单位, 市级相关单位和县直有关部门: all of a kind at a level, its 和
            # no others besides)
            named = "、".join(parts)
        # organs (区公安分局要…), or every one of a kind the item is addressed to (各乡镇要…,
        # 各社区、各村要…, 各地区、各部门要…): once the item is a task, they do it; not a
        # thing the sentence is about (垃圾排放场要远离…)
        every = every_kind and every_body(named) and unit_names.read(named) is not None
        acts = every_kind and m is not None and m.group("acts") is not None and \
            who == m.group("units") and unit_names.read(named) is not None
        # (沙洋县、东宝区、屈家岭管理区要制定…: places by name asked, their governments)
        places = every_kind and _places_asked(named)
        # (交警、城管等监管部门要…: fields that share the kind of body said after the last)
        fields = every_kind and "、" in named and "各" not in named and \
            _FIELDS_KIND_END.search(named) is not None and unit_names.read(named) is not None
        if unit_names.read(named, organs_only=True) is None and \
                not (every or acts or places or fields):
            # (学生处、教务处要…, 施工单位要…: bodies of any name, as a later clause's are;
            # where no start of the item names organs or asks them: 科研单位要…。…请科技部…)
            if every_kind and bodies is None and _bodies(named):
                # (请学生处、保卫处将…: asked by name, as 学生处、保卫处要… is; 党政机关和事业单位
                # 要…: the bodies of the other kind after 和 asked beside them)
                others = _AND_THE_RELEVANT.search(who)
                if others is not None and who[:others.start()].endswith(named):
                    named += others.group(0)
                bodies = (named, (sentence[1:] if asked else sentence)[len(named):], sentence)
            continue
        found = parse(named + "负责", issued) if every or acts or places or fields else \
            _doing(named, issued)
        if found is not None and found.names:
            # (A和有关部门要…, A及各相关单位要…: the relevant ones are asked beside A, as the
            # subject names them; A等有关部门要…: more units than it names)
            others = _AND_THE_RELEVANT.search(who)
            before = _SETTING_BEFORE.sub("", who[:others.start()]) if others else ""
            if others is not None and before != named and \
                    unit_names.read(before) is not None:
                # (A和B及有关单位: A and B named, the kind after them)
                found = parse(before + "负责", issued)
                named = before
            if others is not None and named == before and found.names:
                found.co.append(others.group(0).lstrip("以和及"))
            else:
                found.vague = found.vague or named != who
            return _with_partners(found, rest, sentence, every_kind, issued)
    if bodies is not None:
        named, after, sentence = bodies
        return _with_partners(parse(named + "负责", issued), after, sentence, every_kind, issued)
    if every_kind:  # (机房要向学生开放；物业公司要…；安保处要…: the first clause's is no unit)
        found = Owners()
        _each_clause_addressed(found, text[title or 0:], issued)
        return found if found.names else None
    return None




# the verbs of work right after the units that do it (经营部门提升集包能力, 客服团队保持…)
# (not 负责同志, 负责人: the people in charge)
# 对 before what the work is done to (对尚未完成整改的…, 对外地返乡人员…; not 对口, 对外交流,
# 对外开放: words of their own)
DONE_TO = rf"对(?!口|外[交开合联宣]|{unit_names.TAIWAN_AFFAIRS})"
DOER_VERB = re.compile(rf"(?:要|将|应|须|也|还)?(?:{WORK_VERBS}|负责(?!同志|人)|牵头|"
                       r"提升|提高|保证|"
                       r"保障|保持|确保|强化|严格|切实|全力|积极|认真|深入|持续|着力|及时|主动|"
                       r"围绕|聚焦|用好|狠抓|支持|推动|鼓励|引导|充分|合理|高度重视|依法|依照|"
                       # (A、B将重点慰问…; A对本区域内…进行慰问)
                       rf"重点(?:{WORK_VERBS}|慰问|走访|检查|整治|督办|支持|推动)|"
                       rf"{DONE_TO}(?=[^，,。；;]{{2,30}}?(?:进行|开展))|"
                       # (各级纪委对…行为加大…力度; 县公安局对违法行为依法查处: what it acts on,
                       # then its verb; not 对120家企业实施抽检, a count of what was done)
                       rf"{DONE_TO}(?![^，,。；;]{{0,3}}\d)(?=[^，,。；;]{{2,30}}?(?:加大|加强|依法|实施|查处)))")
_DOER_MAX = 16  # characters of the units a piece opens with


def doer(piece: str, any_verb: bool = False) -> str | None:
    """The units a piece of a list opens with, the verb of its work right after them (网运
    部门保证处理能力 -> 网运部门); None where it opens otherwise (people, 信息科技人员开展…, are
    none). any_verb: whatever follows them."""
    # (由A牵头…: the roles by_line reads; 部分企业落实…不到位: a finding of some, no doer)
    if piece.startswith("由") or SOME.match(piece):
        return None
    when = WHEN_FIRST.match(piece)  # (近期各部门加强…: when, first)
    piece = piece[when.end():] if when else piece
    for end in range(2, min(_DOER_MAX, len(piece) - 2) + 1):
        if (any_verb or DOER_VERB.match(piece, end)) and \
                unit_names.read(piece[:end]) is not None and \
                not unit_names.is_person(piece[:end]) and not _name_goes_on(piece, end):
            return piece[:end]
    return None


# the public, people of no office (村民, 网友, 家长): their demands and wishes set no one to work
PUBLIC = r"村民|居民|市民|群众|网友|家长|患者|游客|业主|农户|读者"

# 记者了解到，…; 专家认为，…; 市民张先生表示，…: a report, or a view not an organ's, before
# what it says (no one asked)
VIEW_BEFORE = re.compile(rf"了解到|获悉|(?:{PUBLIC}|专家|有人|女士|先生)[\u4e00-\u9fff]{{0,4}}"
                         r"(?:表示|认为|说|建议|呼吁|反映|希望)[，,：:]")
# the time of the work, or what joins the sentence, before the units doing it
WHEN_FIRST = re.compile(rf"(?:{unit_names.TIME_BEFORE})[，,]?")
# some of those a finding is of (部分企业, 个别单位), no doer of work
SOME = re.compile(r"^(?:部分|个别|少数|一些|有的(?!放矢)|多数|不少|大部分|绝大多数)")
_NAME_ON = 4  # characters: how far a name may run on past a verb inside it (社会|保障局)


def _name_goes_on(piece: str, end: int) -> bool:
    """Whether the name piece opens with runs on past end to an organ's ending, the verb
    there a word of it (市教育局与人力资源社会|保障局联合…: 保障 is no work's verb; not 各有关
    单位|认真组织…, whose 组 ends no organ)."""
    return any(_ORGAN_END.search(piece, 0, later) and unit_names.read(piece[:later]) is not None
               for later in range(end + 2, min(end + _NAME_ON, len(piece)) + 1))


# the manner or verb of work straight after the units 要求 sets to it (要求全省各级…部门紧紧
# 抓住…, 要求各县区高度重视…)
# (要求各地以“三整治一强化”为主要任务，开展…: what the work is to centre on, then the work)
_WORK_STRAIGHT_AFTER = re.compile(rf"(?:紧紧|高度重视|全力|积极|扎实|深入|进一步|{HOW_SOON}|"
                                  rf"{WORK_VERBS}|以[^，,。；;]{{1,20}}?为(?:主要|重点|核心)?"
                                  r"(?:任务|抓手|重点|主线|目标))")
_SET_UNITS_MAX = 30  # characters of the units 要求 names before their work
# 3月底前, 2020年6月30日前, 年底前: a time limit (straight after the units 要求 names, or after
# an organ, or anywhere in an item's words); not 各街道6月底前的普查数据: the time of a thing's
# own, no limit of their work
TIME_LIMIT = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}[日号])?"
                        r"(?:底|上旬|中旬|下旬)?|年底|年内)(?:前|以前|之前)(?!的)")
# the words that open with a name's last character (各乡镇组|织, 各单位处|理, 各镇区部|署, 教育
# 部|门, 委|员, 居委|会, 组|长 (a person), 院|校, 办|法 (a rule), 各地紧扣区|域): a name read up
# to one of them is read too long
# (政府性融资担保: a government's kind of thing, 为支持全市政府|性… no government's name)
WORDS_FROM_NAMES_END = frozenset({"组织", "会同", "会商", "会议", "处理", "处置", "办理", "部署",
                                  "所属", "所在", "站在", "局面", "科学", "部门", "委员", "委会",
                                  "组长", "院校", "办学", "办事", "办公", "办法", "团体", "府性",
                                  "区域"})
# every one of a place or kind, said short (各地, 各县区, 各乡镇): named with any verb after it
_EVERY_SHORT = re.compile(r"各[\u4e00-\u9fff]{1,4}")
# a verb and its object, no units (约谈相关企业, 关停污染企业, 全面排查…, 区分高危企业): the
# verb first, or whom it is done to (相关, 有关, 重点) after a two-character verb
_VERB_FIRST = re.compile(rf"(?:{WORK_VERBS}|全面|全力|区分|约谈|关停|帮扶|引进|查处|取缔|整治|排查|"
                         rf"打击|督促|指导)|[\u4e00-\u9fff]{{2}}(?:相关|有关|重点)")


def set_to_work(rest: str, issued: datetime.date | None, any_verb: bool = False
                ) -> Owners | None:
    """The units that open rest, the words after 要求, where the manner or verb of their work
    follows them straight (any_verb: any word, where the request's time limit came first,
    要求，3月底前，各地启动…); else None."""
    clause = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0]
    if re.match(r"[现現][将將就对對]|[和及与]", rest):
        # (…相关要求，现就组织推荐…工作通知如下, …行动要求和省政府…总体部署: 要求 the noun,
        # then the notice's own words, or another thing it follows)
        return None
    for end in range(min(_SET_UNITS_MAX, len(rest) - 2), 1, -1):
        # (or units in the first clause whose name ends as a body's does, whatever verb
        # follows: 要求各级公安交管部门树牢底线思维…; not 全面动员部|署…, a word's start)
        ends_as_body = end <= len(clause) and not _runs_on(rest, end) and bool(
            _OF_A_KIND.search(rest, 0, end) or _ORGAN_END.search(rest, 0, end)) and \
            not _VERB_FIRST.match(rest)
        # (要求各地3月底前启动…: the units, then the time limit of their work; with any_verb,
        # every one of a place, 各地启动…, as a body's name would be with ends_as_body)
        if (_WORK_STRAIGHT_AFTER.match(rest, end) or ends_as_body or
                TIME_LIMIT.match(rest, end) or
                any_verb and end < len(clause) and _EVERY_SHORT.fullmatch(rest, 0, end) and
                rest[end - 1:end + 1] not in WORDS_FROM_NAMES_END) and \
                unit_names.read(rest[:end]) is not None and \
                not unit_names.is_person(rest[:end]):
            return parse(rest[:end], issued)
    return None


# 要求各行政村签订…, 发动各村通过…, 组织各村对…排查: the bodies a plan's organ sets to the
# work, every one of a kind (the verb's object, where it is 各…)
_DIRECTED = re.compile(r"(?:要求|发动|组织|督促|责成|安排|指导)"
                       r"(?P<units>各[^，,。；;：:、\s]{1,10}?(?:、各[^，,。；;：:、\s]{1,10}?)*)"
                       r"(?=对|通过|在|按|于|开展|做好|加强|签订|落实|进行|完成|全面|认真|要|[，,]|"
                       # (要求各镇区组织专门力量…, 要求各乡镇立即…, 要求各区县充分利用…: the
                       # units, then their work or how it is done)
                       rf"组织|{HOW_SOON}|{WORK_VERBS}|充分|进一步|高度|积极|严格|及时|深入|扎实|"
                       r"主动|大力|全力|集中|继续|持续|结合|根据|按照|把|将)")


# 多举措, 多项措施, 多措并举: measures, how many left unsaid
_MANY_MEASURES = r"(?:多(?:项|种)?(?:举措|措施)|多措并举)"
# the organ a list's lead-in opens with, announcing the work it will do (口岸委将着力抓好六项
# 工作，一是…; 国家网信办部署开展…专项行动，具体包括10个方面重点任务：), after the setting it
# stands in (在…方面，); its count or 以下/如下 says the list is that work
_ANNOUNCES = re.compile(r"^(?P<units>[^，,。；;：:“”‘’\s]{2,20}?)(?:"
                        # (县烟草专卖局“四举措”提升…: the count of its measures, quoted)
                        r"[“\"][一二三四五六七八九十两\d][^”\"]{0,6}[”\"]|"
                        r"(?:将|要|还|也|今年|明年)*"
                        r"(?:着力|继续|重点|主要|全力|集中|进一步|积极|认真|切实)*"
                        # (我局将从以下方面开展: the sides of the work, then its verb)
                        r"(?:从[^，,。；;：:]{1,8}?方面)?"
                        rf"(?:{_MANY_MEASURES}[，,]?)?"  # (…中心多举措做好…)
                        rf"(?:{WORK_VERBS}|部署|抓|推出|采取|突出))")
# the setting before the organ: a purpose, a time to come, or the news's own day (近日，
# 2020年，; not 近年来: work told of)
_SETTING = re.compile(r"^(?:在|为|围绕|按照|根据|针对|今年|明年|下一步|下半年|"
                      r"近日|近期|日前|(?:19|20)\d\d\s*年$)")
# …闸北区律师代表团工作主题为：, 市残联2023年工作重点是：: the body whose work the list is,
# the name before its work's theme
_WORK_THEME = re.compile(r"(?P<before>[^，,。；;：:“”‘’\s]{2,40}?)(?:的)?"
                         r"(?:(?:19|20)\d\d\s*年度?|今年|明年|下半年|上半年)?(?:的)?"
                         r"工作(?:主题|重点|任务|要点|思路)(?:为|是|如下)")
# a count of work (六项工作, 10个方面重点任务, 三大工程; not 三项消费提示: tips for others)
_COUNTED_WORK = re.compile(r"(?:以下|如下|[一二三四五六七八九十两\d]+"
                           r"(?:个方面|方面|项|件|大|点|条|举措|措施))(?![^，,。；;：:]{0,4}?(?:"
                           r"提示|建议|注意事项|须知|常识))|"
                           # (…局采取措施切实加强…监管。 ⏎ 一是…: its measures, listed)
                           r"采取(?:有力|有效|多项|一系列|系列)?(?:举措|措施)|"
                           # (…中心多举措做好资金发放工作。一是…: its measures, how many left
                           # unsaid)
                           rf"{_MANY_MEASURES}")


def announced_by(sentence: str, issued: datetime.date | None = None, *,
                 uncounted: bool = False) -> Owners | None:
    """The organ that announces, in the sentence leading into a list, the list as its own
    work to come (在口岸通关环境建设方面，口岸委将继续做好七项工作，一是…), or whose work's
    theme the list is (…闸北区律师代表团工作主题为：); None where the sentence names none, or
    tells of work done (已/了), or announces no count of work. uncounted: the sentence leads
    straight into the points (…，厦门市港务管理站加强检查力度，…。 ⏎ 一是…), so no count is
    needed; only the words from the organ's on must tell nothing done (春节长假已经结束，…: the
    setting's), and none after it hand the points to another (…，发现问题如下。)."""
    if TOLD_DONE.search(sentence) and not uncounted:
        return None
    theme = _WORK_THEME.search(sentence)
    if theme is not None:
        # (会议讨论确定2006年闸北区律师代表团工作主题为：一要…: whose work the list is)
        # (the longest name it closes with, after the year the work is of)
        before = re.split(r"(?:19|20)\d\d\s*年度?|今年|明年", theme.group("before"))[-1]
        whose = next((before[at:] for at in range(len(before) - 1)
                      if unit_names.read(before[at:], organs_only=True) is not None), None)
        found = parse(whose + "负责", issued) if whose else None
        return found if found and found.names else None
    # (or the organ's next step, 下一步，县自然资源局将开展…工作，一是…: its work to come,
    # however many its points)
    if not uncounted and not _COUNTED_WORK.search(sentence) and \
            not re.match(rf"(?:{unit_names.NEXT_STEP})[，,]?", sentence.strip()):
        return None
    purpose = False  # (为落实…要求，规范…行为，近日，…局采取措施…: a purpose of two clauses)
    for clause in re.split(r"[，,]", sentence.strip()):
        clause = clause.strip()
        year = re.match(r"(19|20)\d\d", clause)
        if year and _SETTING.match(clause) and issued and int(year.group(0)) < issued.year:
            return None  # (2021年，某县交通运输局采取措施…, in a later page: results told)
        # (下一步我局将…: the time to come run into the organ, no comma between)
        timed = _TIME_TO_COME.match(clause)
        if not clause or (_SETTING.match(clause) and not (
                timed and _ANNOUNCES.match(clause[timed.end():]))):
            purpose = purpose or clause.startswith(("为", "围绕"))
            continue
        if re.match(r"[\u4e00-\u9fff]{0,3}(?:以来|年来)(?!临)", clause):
            return None  # (近年来县交通运输局着力抓好…: work told of)
        if _REPORTED.fullmatch(clause):
            continue  # (据了解，…工作组将要重点抓好十件事: the page's source, no setting)
        m = _ANNOUNCES.match(clause[timed.end():] if timed else clause) or \
            _WILL_WITH.fullmatch(clause[timed.end():] if timed else clause)
        if m is None and (purpose or uncounted) and not unit_names.read(clause):
            continue  # (…，节后进出厦门港的船舶数量陡增，…: the setting told, before the organ)
        tells = _TELLS_OF_ANOTHER.search(m.group("units")) if m else None
        if m is None or unit_names.read(m.group("units"), organs_only=True) is None or (
                tells and unit_names.read(m.group("units")[:tells.start()],
                                          organs_only=True) is not None):
            # (省生态环境厅通报表扬某市生态环境局采取…, 央视新闻报道某市卫健委…: one organ
            # telling of another's measures, no organ announcing its own)
            return None
        if unit_names.is_self(m.group("units")):
            return None  # (今年我局重点做好以下工作：: the writer's own list, no one's)
        at = sentence.find(clause)
        if uncounted and (TOLD_DONE.search(sentence, at) or
                          _NOT_ITS_WORK_AFTER.search(sentence, at)):
            # (…，该局采取了六条措施：: measures told taken; …，发现问题如下。, …，市民纷纷表示：,
            # …，市长王明在检查中指出：: findings, results or another's words lead into the
            # points, no work of the organ's; not …将重点做好以下工作：, the count of its own)
            return None
        # (某县市场监管局联合县公安局采取…: the two organs, together; 下一步，市商务局将会同
        # 有关部门，推动…: the organ, and those it works with)
        # (邻水县交运局组织交通各有关单位抓紧部署…: the organ that sets others to work)
        m_units = _ORGANISES.split(m.group("units"), maxsplit=1)[0]
        partners = m.groupdict().get("partners")
        if partners and not RELEVANT.fullmatch(partners) and (
                unit_names.read(partners, organs_only=True) is None or _FIRMS.search(partners)):
            # (将联合广大市民, 将联合各大电商平台: the public or firms, no organs; the organ's
            # alone; 将会同有关部门: the ones concerned, named so)
            partners = None
        found = parse(_TOGETHER.sub("、", m_units) +
                      (f"、{partners}" if partners else "") + "负责", issued)
        return found if found.names else None
    return None


# an organ's pledge that leads into its points (中卫市邮政管理局表示，将认真贯彻…。一是…；
# 市瓷局将以市场为主导，…。一是…): the organ, then its 将, whatever the work's words
_PLEDGE = re.compile(rf"^(?:(?:{unit_names.NEXT_STEP}|今后|今年|明年)[，,]?)?"
                     r"(?P<units>[^，,。；;：:“”‘’\s]{2,20}?)(?:表示|称)?[，,]?"
                     rf"(?:(?:{unit_names.NEXT_STEP}|今后)[，,]?)?(?:还|也|仍)?将(?![来近要])")


def pledged_by(sentence: str, issued: datetime.date | None = None) -> Owners | None:
    """The organ whose pledge of work to come the sentence is (…局表示，将…。, …局将以…为…，
    加快…。), where it leads straight into its points; None for a place, the writer (我县将,
    我局将), a thing's fate or work told done."""
    m = _PLEDGE.match(sentence.strip())
    if m is None or TOLD_DONE.search(sentence) or unit_names.is_self(m.group("units")) or \
            unit_names.read(m.group("units"), organs_only=True) is None:
        return None
    found = parse(m.group("units") + "负责", issued)
    return found if found.names else None


_FIRMS = re.compile(r"企业|平台|银行|公司|经销商|商户|商家")  # (各大电商平台, 各商业银行)
# an organ, then the verb by which it sets others to work (…交运局组织交通各有关单位, …集团组织…)
_ORGANISES = re.compile(r"(?<=[局委办厅院所站队团司])组织(?!部|人事)")
# the organ's clause of its next step that names whom it will work with, its work in the
# clause after (下一步，市商务局将会同有关部门，推动…产业发展壮大。一是…)
_WILL_WITH = re.compile(rf"(?P<units>[^，,。；;：:“”‘’\s]{{2,20}}?)(?:将|要)(?:继续)?{PARTNER}"
                        r"(?P<partners>[^，,。；;：:“”‘’\s]{2,30})")


# after the organ's clause, what hands the points to another or tells them as no work
# (发现问题如下, 主要体现在, 呈现以下特点, 市民纷纷表示, 市长…指出)
_NOT_ITS_WORK_AFTER = re.compile(r"特点|体现|问题|表示|指出|强调|认为|反映|发现|成效|成绩")
# 据了解, 据悉, 记者从市商务局了解到: where the page has what it reports from
_REPORTED = re.compile(r"据(?:了解|悉|介绍|报道)|(?:记者)?(?:从[^，,]{2,20})?(?:了解到|获悉)")
_TELLS_OF_ANOTHER = re.compile(r"通报|表扬|表彰|报道|转发|推广|介绍|批复|肯定")
_TIME_TO_COME = re.compile(rf"(?:{unit_names.NEXT_STEP}|今年|明年)(?=[^，,])")
# (某县市场监管局联合县公安局: two organs; not 县商务局联合党委, 联合执法大队: one body's name)
_TOGETHER = re.compile(rf"(?<=[局委办厅部院所站队]){PARTNER}(?=[省市州县区乡镇某])")


# a verb alone, the kind of the work a bracket names beside its owners (制定, 修订, 废止)
_KIND_OF_WORK = re.compile(rf"^(?:新|重新)?(?:{WORK_VERBS}|修改|修订|废止|废除|起草|编制)$")
# the organs an item opens with and the work's verb right after them (市教育局加快…, 后勤服务
# 中心加强…, 区政府督查室加强…, 县民政局与县文体广新局联合开展…); or a group or a section by
# its short name (保卫处做好…)
# (县消防救援大队6月15日前完成…, 县应急局6月底前补充…: its time limit straight after the organ,
# then the work's verb, whatever it is)
_ORGAN_DOES = re.compile(rf"^(?P<units>[^，,。；;：:“”‘’\s]{{2,30}}?)"
                         rf"(?:(?:{TIME_LIMIT.pattern})(?=[\u4e00-\u9fff])|"
                         rf"(?:联合|共同|一起|携手)?"
                         # (领导小组每季度召开…: how often, between the organ and its verb;
                         # 组织 not of 县委组织部, 组织人事科)
                         rf"(?:(?:每(?:年|半年|季度?|月|周)|定期)?(?:召开|组织(?!部|人事|科|员)|研究)|"
                         rf"{WORK_VERBS}|加大))")
# a working group, a team or a section of an organ by its short name (宣传组, 救护队, 保卫处;
# not 场所, 网站, 实验室, 值班室: places; 学科 the unit grammar refuses)
_SECTION_END = "处|科|股"
_GROUP_OR_SECTION = re.compile(rf"^[\u4e00-\u9fff（）()]{{1,12}}(?:组|队|{_SECTION_END})$")


def is_body(name: str, kinds: bool = False) -> bool:
    """Whether name is an organ's (区住建局, 县人民医院) or a working group's, a team's or a
    section's (学院认定工作组, 学生处): a body that does work, not a thing named like one
    (进一步优化标化管理平台). kinds: or bodies of a kind (农业部门, 各镇（园区）)."""
    return unit_names.read(name, organs_only=True) is not None or \
        bool(_GROUP_OR_SECTION.search(name) and unit_names.read(name) is not None) or \
        kinds and (every_body(name) or bool(
            _OF_A_KIND.search(name) and unit_names.read(name) is not None))


def organ_doing(text: str, issued: datetime.date | None = None,
                kinds: bool = False) -> Owners | None:
    """The organ a chosen task's words open with, the work's verb right after it (后勤服务中心
    加强水电管理, 保卫处做好…), in its first sentence or the one after a short title; else
    None. Unlike opening_organs (the shortest organ's name an opening reads to, 区政府 of 区政
    府督查室…), the name runs to the verb. Asked after the heading above that asks units for
    its items (三、县住建局要做好以下工作：), which says whose they are first. kinds: or an
    organ of a kind (气象部门开展…), where the sentences beside it name theirs so too."""
    text = _without_ask(text.lstrip())
    title = _after_title(text, _TITLE_MAX)
    for start in [0] if title is None else [0, title]:
        allied = _ORGAN_ALLIES.match(text[start:])
        if allied and unit_names.read(allied.group("units"), organs_only=True) is not None:
            # 县民政局联合教育、人社等部门开展…: the organ, and those it works with, who share
            # the work (no lead: 联合 is no 牵头); the organ alone where those are others of no
            # name (联合多部门) or no units (联合爱心企业和志愿者), none to follow up
            found = parse(f"{allied.group('units')}、{allied.group('partners')}负责", issued)
            named = unit_names.read(allied.group("partners")) is not None and \
                not any(_NO_NAME_PARTNER.match(n) for n in found.names)
            return found if named and len(found.names) > 1 else \
                parse(allied.group("units") + "负责", issued)
        m = _ORGAN_DOES.match(text[start:])
        who = m.group("units") if m is not None else ""
        # (not every one of a kind, 各乡镇卫生院开展…: every_kind_opening reads those; nor
        # those worked with, 与省总工会加强沟通…; nor a topic that lists bodies, 区政府常务会、
        # 区长办公会等会议决策事项承办落实情况…)
        if who and not who.startswith(("各", *_WITH_WORDS)) and not _VERB_BEFORE_ORGAN.match(who) \
                and "等" not in who and is_body(who, kinds=kinds):
            found = parse(who + "负责", issued)
            if found.names:
                return found
    return None


def kind_at_work(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The organ of a kind a sentence opens with, its work's words after it, whatever their
    first word (水利部门对水库…发布…, 自然资源部门及时发布…, 住建部门督促…), else None: asked
    where the sentences beside it open so too, each kind's share of an item."""
    kind = _KIND_AT_WORK.match(text.lstrip())
    if kind is None or kind.group("units").startswith(("各", *_WITH_WORDS)) or \
            _SAID_BY_KIND.match(kind.group("units")) or \
            not is_body(kind.group("units"), kinds=True):
        return None
    # (its first clause: 行业部门数据显示…, 宣传部门报道称…: what it reports; 上级部门下达的
    # 计划要…: a clause that qualifies the subject; 主管部门同意后方可…: a condition on others;
    # 城管部门执法车辆老化严重: a state of things)
    clause = re.split(r"[，,。；;：:]", text.lstrip()[kind.end():], maxsplit=1)[0]
    if _KIND_REPORTS.search(clause) or _KIND_QUALIFIES.match(clause) or \
            _KIND_STATE.search(clause):
        return None
    found = parse(kind.group("units") + "负责", issued)
    return found if found.names else None


# a kind's first clause that reports or shows (数据显示, 报道称, 反映, 预计), sets a condition
# (同意后方可), or qualifies a noun (下达的计划): no work of its own
_KIND_REPORTS = re.compile(r"显示|报道|[声宣]?称|反映|表示|介绍|预计|预测显示|方可|才能")
# (not 公安交警部门在执法宣传的同时，…: the setting of its work)
_KIND_QUALIFIES = re.compile(r"^(?!在)[\u4e00-\u9fff]{1,6}的")
# a clause that closes on how things went (组织领导不断加强, 全县水质持续改善): an account,
# no work asked
WENT = (r"(?:不断|持续|稳步|明显|显著|逐步|大幅)(?:加强|提升|提高|增强|改善|优化|完善|扩大|下降|"
        r"减少|增加|增长|好转)$")
# a clause that closes on what is wrong (重视程度不够, 不够规范, 台账不全, 执法车辆老化严重,
# 进度偏慢): a state, no work
WRONG = (r"(?:不够[\u4e00-\u9fff]{0,2}|不足|不全|不到位|不规范|不高|不强|不力|困难|滞后|薄弱|突出|"
         r"严重|落后|老化|欠缺|短缺|紧张|明显|偏[多少高低慢快]|较[多少高低好差大慢快])$")
_KIND_STATE = re.compile(WRONG)
# what a kind's name follows where it is no subject: whose word or forecast a sentence goes
# by (据气象部门预测, 根据…, 按照…, 经…), where the work is (在…)
# (上述部门, 以上部门, 该部门, 上级部门: those named already or a relation, no new share)
_SAID_BY_KIND = re.compile(r"^(?:据|根据|按照|依据|依照|经|在|从|把|将|给|凡|以|上述|以上|前述|该|"
                           r"原|上级|下级)")
# an organ of a kind (水利部门, 城管部门（县城防办）) and the work's words straight after it,
# not a list going on (、和及与或等; 及时 its manner) nor a noun it qualifies (的之)
# (not 紧密联系本地区本部门…: a phrase of the work that ends on one's own department)
_KIND_AT_WORK = re.compile(r"^(?P<units>(?:(?!本|部门)[\u4e00-\u9fff]){1,10}部门"
                           r"(?:[（(][^（）()]{1,12}[)）])?)"
                           r"(?=[\u4e00-\u9fff])(?![的之和与或等、]|及(?!时))")


# others of no name an organ works with (联合多部门): none to follow up
_NO_NAME_PARTNER = re.compile(r"^(?:多|众多|多个|各|有关|相关|其他|其它)(?:部门|单位|方面)$")
# the organ an item opens with, then those it works with, then the work's verb (县民政局联合
# 教育、人社、司法等部门和单位广泛开展…; not 会同, whose organ leads: _paired_opening)
# (…等部门对全区中小学开展…: what the work is done to, between them and the verb)
_ORGAN_ALLIES = re.compile(r"^(?P<units>[^，,。；;：:“”‘’\s]{2,20}?)(?:将|要)?(?:联合(?!会)|协同)"
                           rf"(?P<partners>[^，,。；;：:“”‘’\s对在把]{{2,40}}?)"
                           rf"(?:[对在把][^，,。；;：:]{{1,30}}?)?"
                           rf"(?:共同|一起|广泛|全面|深入)?(?:{WORK_VERBS})")


_WITH_WORDS = ("与", "和", "同", "向", "对", "跟", "为", "由")  # before those worked with, for
# a verb before the organ an item's words open with (建议县区政府召开…, 凡经县委组织…, 经市政府
# 同意…, 组织好XX省委召开…): not 经济开发区, 经开区, whose 经 is their name's
_VERB_BEFORE_ORGAN = re.compile(r"^(?:建议|凡|经(?=[省市州县区乡镇])|组织好)")


def _with_partners(found: Owners, rest: str, sentence: str, every_kind: bool,
                   issued: datetime.date | None) -> Owners:
    """found with those the rest of its sentence says it works with, and (every_kind) the
    units each later clause is addressed to."""
    _worked_with(found, rest, issued)
    if every_kind:
        _each_clause_addressed(found, sentence, issued)
    return found


_CLAUSE_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,3}[是要](?=\S)")


def _each_clause_addressed(found: Owners, sentence: str, issued: datetime.date | None) -> None:
    """found with the organs each later clause of the sentence (parted by ；) is addressed to
    (…；物业公司要及时清理垃圾；安保处要做好值班安排): a duty each."""
    def addressed(clause: str) -> str | None:
        # (…；四是经发局要…: the clause's ordinal, then whom it addresses)
        m = _must(_CLAUSE_ORDINAL.sub("", clause.strip()), issued)
        units = m.group("units") if m is not None and m.group("acts") is None else ""
        return units if units and _bodies(units) else None
    # (…，后勤处、后勤公司要认真做好…: a comma parts them too)
    _later_clauses(found, sentence, "；;，,", addressed, issued)


def _worked_with(found: Owners, rest: str, issued: datetime.date | None) -> None:
    """found with the organs a clause of the same sentence says its subject works with (A要
    抓好…；联合B摸清…, A要…，会同B研究…): they share the work."""
    sentence = re.split(r"[。！？]", rest, maxsplit=1)[0]
    clauses = re.split(r"[，,；;]", sentence)
    # (A要会同B，…: the first clause, after the word that addresses A, too)
    clauses[0] = re.sub(r"^[，,]?(?:要|应当|应|须|必须)", "", clauses[0])
    for clause in clauses:
        m = _WITH_OPENING.match(clause.strip())
        words = clause.strip()[m.end():] if m else ""
        # the organs it opens with, or all of it (…，会同区城管局、区水务局，年底前完成…)
        units = words if words and unit_names.read(words, organs_only=True) is not None \
            else _unit_prefix(words, True) if m else None
        if units is None:
            continue
        more = parse(units + "配合", issued)
        found.co += [n for n in more.names if n not in found.names]
        found.vague = found.vague or more.vague



# the endings a unit's name may stop at where the words run on after it (市财政局|统筹…,
# 县公安局交警大队|开展…): an organ's own, never one an ordinary word shares (units.weak_end:
# 站 所 队 会 …), but for the organs' own compounds of those (大队, 支队)
_ORGAN_ENDINGS = ("局", "委", "办", "厅", "部", "署", "院", "中心", "政府", "管委会", "委员会",
                  "办公室", "公司", "集团", "银行", "分局", "支队", "大队", "海关", "法院",
                  "检察院")
_ORGAN_END = re.compile(f"(?:{'|'.join(_ORGAN_ENDINGS)})$")
_ORGAN_LAST = frozenset(e[-1] for e in _ORGAN_ENDINGS)  # their last characters: asked first


def every_kind_opening(text: str, issued: datetime.date | None = None) -> Owners | None:
    """Every one of a kind an item opens with as the subject of its work (2、各班加强常规
    训练…, 各村成立绿化工作小组…), or the sentence after its short title (抓好落实。各单位要…):
    各, a kind of body said in its own word (单位 部门 科室 班 村 社区 乡镇 …), then at once the
    word the work starts with (加强 开展 做好 …). Not 各乡镇卫生院… (a body of each town: where
    its name ends the reader cannot tell, so none is read), nor what they did (各村已…).
    None otherwise."""
    text = _without_ask(text.lstrip())
    title = _after_title(text, TITLE_SENTENCE)
    for start in [0] if title is None else [0, title]:
        words = text[start:].lstrip()
        # (2009年7月前，各区县完成…: the work's time limit before its subject)
        when = _TIME_BEFORE.match(words)
        if when is not None and when.end() and words[when.end():when.end() + 1] in "，,":
            words = words[when.end() + 1:]
        m = _EVERY_KIND.match(words)
        if m is None:
            continue
        said = _SENTENCE_STOP.split(words, maxsplit=1)[0]
        if words.startswith("完成", m.end()) and not _LIMIT_AFTER.search(said) and \
                (when is None or re.search(r"\d", said)):
            # (完成 is their work only by a time limit: 7月前，各区县完成…, …完成…（3月底前）, 6月
            # 底，各区县完成方案制定; not 各区县完成情况…, 12月底，各区县完成投资120亿元: what is
            # assessed or was done)
            continue
        sentence = _SENTENCE_STOP.split(words[m.end():], maxsplit=1)[0]
        # (not what was done, 各村已…, nor a thing they did the sentence is about, 各社区开展的
        # 志愿服务活动由县文明办…: 的 straight after the verb; 各社区开展辖区内的… is theirs; a
        # note in brackets, （原来已确定的…不得改变。…）, tells nothing of the work's own time)
        if TOLD_DONE.search(_IN_BRACKETS.sub("", sentence)) or _DONE_THING.match(sentence):
            return None
        found = parse(m.group("units") + "负责", issued)
        return found if found.names else None
    return None


_DONE_THING = re.compile(r"[\u4e00-\u9fff]{1,3}的")
# a time limit in the sentence after the work (…完成…（2024年3月底前）)
_LIMIT_AFTER = re.compile(r"(?:月|日|年)(?:底|末)?(?:前|以前|之前)")
_IN_BRACKETS = re.compile(r"[（(][^（）()]*(?:[）)]|$)")  # (or cut by the sentence's end)
_SENTENCE_STOP = re.compile(r"[。；;！]")
# 各, a kind of body in its own word (the longer first: 各系部, 各村民小组), its place in
# brackets, then the word the work starts with: a manner, a modal or a verb of doing (各乡镇
# 配合… helps, and 各村保洁员…, 各村垃圾… are no kind doing work)
# (a kind of two characters or more may follow words that set it apart, 各责任学校, 各定点医院;
# one of a character may not: 各航班, 各主要水系 are no bodies)
_KINDS_NAMED = (r"二级单位|基层单位|单位|部门|科室|处室|股室|部室|院部|站所|班级|班组|"
                r"村民小组|社区|居委会|乡镇|街道|二级学院|学院|学校|高校|中小学|小学|中学|幼儿园|"
                r"院系|系部|中队|车间|工区|党组织|党支部|团支部|支部|党委|企业|医院|机构|"
                r"(?:分|子|分子)(?:[（(][分子][）)])?公司")
_EVERY_KIND = re.compile(
    rf"^(?P<units>各(?:级)?(?:(?:[\u4e00-\u9fff]{{1,4}}?(?<![的和与及、]))??(?:{_KINDS_NAMED})|"
    # (各区县, 各县（市、区）, 各市: the governments of every place of a level)
    r"班|村|镇|校|校园|园|系|区县|县区|县市区|县市|市县|县|区|市|州)(?:[（(][^（）()]{1,8}[）)])?)"
    # (各学院将…维护到系统: what it does to a thing, 将 before it; 各校园在宣传周内组织…,
    # 各单位于3月底前报送…: when, then the work; not 各县在…方面, 在…中, 在…领导下: a field, a
    # course, who leads; nor 各学校在校学生…: people of theirs)
    r"(?=认真|在(?!(?:校|岗|职)(?:学生|生|人员|职工|干部|教师)|建(?:项目|工程|工地))"
    r"(?![^，,。；;]{0,12}(?:方面|领域|中|上|(?:领导|指导|帮助|支持|带领|关心)下))|于|严格|积极|及时|"
    r"切实|全面|重新|"
    r"进一步|立即|迅速|定期|要|须|必须|务必|应(?!急)|将|完成(?!了)|"
    rf"负责(?!人|同志)|{WORK_VERBS}|召开|成立|组织(?!部)|填报|报送|上报|"
    r"结合|按照|对照|根据|围绕|每[周月天日年季])")


def opening_organs(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The organs an item's first words name, run straight into its work (市财政局统筹利用…,
    市自然资源和规划局按照…): the opening of its first clause that reads as organs only;
    None where it opens otherwise. Whether that is the item's owner is the list's to say
    (body.items: where most items of a list open so)."""
    clause = re.split(r"[，,。；;：:（(]", text.lstrip(), maxsplit=1)[0]
    return _opening_owners(clause, True, issued)


def _opening_owners(clause: str, organs_only: bool,
                    issued: datetime.date | None) -> Owners | None:
    """The owners a clause opens with (_unit_prefix), unless they are all of a kind (各部门)."""
    units = _unit_prefix(clause, organs_only)
    if units is None:
        return None
    after = clause[len(units):]
    if _POSSESSIVE.match(after) or _DOCUMENT_OF.match(after):
        # 县政府领导的指示批示…: what belongs to the unit; X关于印发…, X发〔2022〕43号: a
        # document's issuer; no unit doing work
        return None
    return _doing(units, issued, none_of_a_kind=True)


# a unit's name followed by what is its (县政府领导的, 市委的): not the one doing the work
# (市发改委牵头的项目 is: a role before 的)
# (县教育局的同志要…, 各单位的主要负责同志要…: its people, who do it for it)
_POSSESSIVE = re.compile(r"^(?!负责|牵头|主管|承办|组织|主办)[\u4e00-\u9fff]{0,3}的"
                         r"(?!同志|负责|主要|书记|领导|干部|工作人员|全体)")


# a unit's name followed by what makes it a document's issuer: its title (X关于印发…的通知)
# or its number (包府办发〔2022〕43号), no work it does
_DOCUMENT_OF = re.compile(r"^(?:关于|发?\s*[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）])")


_OPENING_MAX = 40  # characters: the longest opening _unit_prefix reads


def opens_with_organ(clause: str) -> bool:
    """Whether a clause opens with an organ's name (县防汛办每周…, 县财政局要…)."""
    return _unit_prefix(clause.strip(), True) is not None


def _unit_prefix(clause: str, organs_only: bool) -> str | None:
    """The units a clause opens with, read to an organ's own ending (局 委 中心 …, not one
    a word may end with: 足球场, 教育部门): the shortest such opening the list does not go
    on past (市城乡建设局、… goes on), grown by a few characters where a longer name reads
    too (市委 -> 市委组织部), never into the work's words. None where there is none."""
    last = min(_OPENING_MAX, len(clause) - 1)

    def name_at(end: int) -> bool:
        # (a longer name grown to may end as any body's does, 县委督查室; 区卫健委|会同… is the
        # partner word's 会)
        return clause[end - 1] in _ORGAN_LAST and not _runs_on(clause, end) and \
            clause[end - 1:end + 1] != "会同" and \
            unit_names.read(clause[:end], organs_only=organs_only) is not None

    # (the opening itself at an organ's own ending, the work's words after it)
    ends = [end for end in range(2, last + 1)
            if "\u4e00" <= clause[end] <= "\u9fff" and clause[end - 1] in _ORGAN_LAST
            and _ORGAN_END.search(clause[:end]) and name_at(end)]
    # (县卫健局及时掌握…: 及时 the work's manner, no 及 of a list going on)
    end = next((e for e in ends if clause[e] not in "、和及与" or
                clause[e:e + 2] in _MANNER_AFTER_NAME), None)
    if end is None:
        return None
    while True:
        grown = end
        while longer := [e for e in range(grown + 1, min(grown + 4, last) + 1) if name_at(e)]:
            grown = max(longer)
        if clause[grown:grown + 1] in ("、", "和", "及", "与") and \
                clause[grown:grown + 2] not in _MANNER_AFTER_NAME:
            # (县委督查室、县政府督查室定期…: the longer name, then the list going on past it)
            grown = next((e for e in ends if e > grown), grown)
        if grown == end:
            return _with_department(clause, end, last)
        end = grown


def _with_department(clause: str, end: int, last: int) -> str:
    """The opening clause[:end], an organ, with its department of a field after it where one
    follows (国务院卫生健康行政部门主管…: the department opens the clause, not the organ)."""
    for k in range(min(end + _FIELD_OF_ORGAN_MAX, last), end, -1):
        if clause[k - 2:k] == "部门" and "\u4e00" <= clause[k] <= "\u9fff" and \
                _FIELD_AFTER_ORGAN.fullmatch(clause[end:k]):
            found = unit_names.read(clause[:k])
            if found is not None and len(found.names) == 1:
                return clause[:k]
    return clause[:end]


# a government's department by its field after the organ (…卫生健康行政部门, …教育主管部门), or
# those concerned (有关部门); not 县住建局协调供电部门, 县财政局统一部门预算, 市财政局本级部门: the
# organ's work and what it works on; nor 省政府各有关部门, every one of a kind, nor 农业农村部会同
# 国务院有关部门, the organ and those it works with
_FIELD_AFTER_ORGAN = re.compile(r"(?:有关|相关|职能|组成)部门|"
                                r"(?![^部]*(?:各|会同|联合|和|及|与))"
                                r"[\u4e00-\u9fff]{1,8}(?:行政|主管)部门")
_FIELD_OF_ORGAN_MAX = 12  # characters of a department's field and kind after its organ


_MANNER_AFTER_NAME = ("及时", "及早", "与时")  # words of how, opening with a list's mark


def _runs_on(text: str, end: int) -> bool:
    """Whether the organ's ending at end - 1 begins a longer word there (社区居委|会,
    明确办|理时限, 各地紧扣区|域); not 县委|会同…, nor 县红十字会|同步…, the organ then the
    word it works with or a word of its own."""
    word = text[end - 1:end + 1]
    return word in WORDS_FROM_NAMES_END and word != "会同" and text[end:end + 2] != "会同"


# 办公室：统筹…, 学工处――负责…, 校 办――…, 市工信局、市财政局：…: the name (spaced inside, as
# a page may print a short one), then its label's colon or dash
_UNIT_LABEL = re.compile(r"^\s*(?P<unit>[^，,。；;：:“”\s—―\-|]{1,40}?"
                         r"(?:\s[^，,。；;：:“”\s—―\-|]{1,6})?)\s*"
                         rf"{LABEL_SEPARATOR}\s*(?=[^\s：:])")


def unit_label(text: str) -> tuple[str, int] | None:
    """(the name text opens with as its label, where the words after the label start) for
    text that opens with a name and a colon or a dash (省教育厅：…, 学工处――…, 校 办――…:
    the name without the spaces inside), else None. Whether the name is a unit's is the
    caller's to read."""
    m = _UNIT_LABEL.match(text)
    return None if m is None else (m.group("unit").replace(" ", ""), m.end())


def named_by_its_head(head: str, words: str,
                      issued: datetime.date | None = None) -> Owners | None:
    """The body an item's heading is only the name of, with its colon, its leader's label at
    most after it (1、考勤组： ⏎ 负责人：…; 1、安全保卫组：组长：刘亚斌 ⏎ 职责：负责…), where
    its words (the heading's and the body's) name its leader or its duties: the body whose
    duties they are; else None. Not many of a kind (各单位：), nor a division of a contest,
    a desk or an organ listed with its address (小学组：参赛对象…, 签到处：设在…, 县人民医院：
    地址：…)."""
    if not _LEADS_OR_DUTIES.search(words):
        return None
    m = _NAMED_HEAD.match(head.strip())
    unit = m.group("unit") if m is not None else ""
    if m is not None and not re.search(r"[:：]", head) and \
            not (_ROSTER_FIELD.search(words) and _DUTY_IN_WORDS.search(words)):
        # (the name alone, with no colon: a body's over its roster's or its duties' fields,
        # （一）综合协调组 ⏎ 组长：… ⏎ 工作职责：…; not （一）县公安局 ⏎ 检查…职责…)
        unit = ""
    # an organ, or a working group, a team or a section (_GROUP_OR_SECTION); not a meeting
    # or a body of any kind (家长会：, 活动领导机构：), nor many
    if not unit or placeholder(unit) or not is_body(unit):
        return None
    found = parse(unit + "负责", issued)
    return found if found.names else None


_LEADS_OR_DUTIES = re.compile(r"组长|队长|负责人|责任人|职责|负责(?!人)")
_ROSTER_FIELD = re.compile(r"(?:组长|队长|指挥长|总指挥|主任|成\s*员|职\s*责)\s*[:：]")
# (and its duties: a roster alone is who the group is, no work)
_DUTY_IN_WORDS = re.compile(r"(?:职\s*责|任务)\s*[:：]\s*\S|负责(?!人)|承担")
# a heading of a name, its colon, and at most the label of the one who leads it
# (or the name alone, （一）综合协调组 ⏎ 组长：… ⏎ 工作职责：…)
_NAMED_HEAD = re.compile(r"^(?P<unit>[^，,。；;：:“”\s]{2,15})\s*(?:[:：]\s*"
                         r"(?:副?(?:组长|队长|负责人|责任人|联系人)\s*[:：].*)?)?$")


_ASK_FIRST = re.compile(r"^(?:要|须|务必|应当|必须|请|将)")
# a duty's verbs beyond a doer's (DOER_VERB): 组织…, 按照…, 排查…
_DUTY_VERB = re.compile(r"组织|督促|指导|协助|配合|承担|维护|监督|排查|检查|按照|依法|结合|根据")
_OF_A_KIND = re.compile(r"(?:单位|部门|企业|公司|机构|主体)$")


def duty_subject(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The units an item opens with, with or without 由 (由保洁公司负责组织…, 乡村振兴办公室
    做好…): in a list of duties, whose duty each states; or, after a short title sentence,
    the units its work's first sentence opens with (统筹协调。市发改委统筹推进…). None where it
    opens with no unit (各包村干部…: people)."""
    found = _duty_subject(text, issued)
    text = text.lstrip()
    short = _after_title(text, TITLE_SENTENCE) if found is None else None
    work = text[short:] if short is not None else ""
    # (not 公安部门。协助民政部门…: a unit's name the title, its duties after it, read as such;
    # nor 县民政局联合县教育局…开展: the organs it works with, owners too, read so elsewhere)
    if work.strip() and unit_names.read(text[:short].rstrip("。！？")) is None and \
            not re.search(PARTNER, re.split(r"[，,。；;]", work, maxsplit=1)[0]):
        found = _duty_subject(work, issued)
    return found


def _duty_subject(text: str, issued: datetime.date | None) -> Owners | None:
    labelled = unit_label(text)
    unit, duty_at = labelled if labelled else ("", 0)
    if unit and (unit_names.read(unit) is not None or unit_names.is_short_organ(unit)):
        # 办公室：统筹做好…, 法规处：推进…: the unit, then the colon, then its duty (各村
        # （社区）：实施…: every one of a kind, labelled so, over its work's verb; not 重点
        # 单位：学校、医院…, what is checked)
        duty = re.split(r"[，,。；;]", text[duty_at:], maxsplit=1)[0]
        if DOER_VERB.search(duty) or _DUTY_VERB.search(duty):
            return parse(unit + "负责", issued)
        return _doing(unit, issued, none_of_a_kind=True)
    # (4月10日前，县应急局汇总…: the time the duty is due by, then whose it is)
    timed = opening_time(text.lstrip())
    sentence = re.split(r"[，,。；;：:]", text.lstrip()[timed or 0:], maxsplit=1)[0]
    # (每季度由联席会议办公室将…汇总: how often, then by whom)
    sentence = re.sub(r"^每[^由，,。；;：:]{1,8}?(?=由)", "", sentence)
    # (3月底前由各乡镇对…: the time, run into the 由 of whose duty it is)
    due_by = re.match(r"^[^由，,。；;：:]{2,10}?(?=由)", sentence)
    if due_by and TIME_ONLY.match(due_by.group(0)):
        sentence = sentence[due_by.end():]
    sentence = sentence[1:] if sentence.startswith("由") and \
        not sentence.startswith("由于") else sentence
    # any unit's name (保洁公司, not only organs): the part says these are duties
    # (物业单位落实…, 维保单位加强…: a unit of a kind, its work's verb straight after it,
    # named by the word for a body of any kind; an organ, 县级以上人民政府负责…; a group or a
    # section, 筹建组负责…; not 人员密集场所落实…, 值班室落实…: places; nor 要组织有意向企业…,
    # an ask of no one named)
    kind = None if _ASK_FIRST.match(sentence) or _NOT_SUBJECT.match(sentence) or \
        TOLD_DONE.search(sentence) else doer(sentence)
    kind = kind if kind and (_OF_A_KIND.search(kind) or _GROUP_OR_SECTION.search(kind) or
                             unit_names.read(kind, organs_only=True) is not None) else None
    return _opening_owners(sentence, False, issued) or \
        (_doing(kind, issued, none_of_a_kind=True) if kind else None)


# a line of its own under an item that says by whom, after a short label of its own:
# 整改要求：由县环卫站负责清除…, 由包片单位县气象局负责…
# (老城区范围由A负责清扫: the area the duty is of, straight before 由)
_BY_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[:：])?\s*(?:[^，,。；;]{0,30}[，,]){0,2}"
                      r"(?:[\u4e00-\u9fff]{1,8}?(?:范围|区域|片区|路段|地段|辖区))?由"
                      r"(?P<units>[^，,。；;：:]{2,80}?)(?:分别|共同|具体)?"
                      # (由县住建局督促商户更换: the unit that sees the work done; not 指导,
                      # a guide's; 由A组织…, 由A协调… are read as A doing the work)
                      r"(?:负责|牵头|督促|督办)")


# 发展改革委意见：…, 证监会、发展改革委提出了以下意见：: a reply that gives each request's
# answer under the organs that answer it
_OPINION = re.compile(r"^(?P<units>[^：:，,。；;“”]{2,30}?)(?P<with>会同[^：:，,。；;“”]{2,40}?)?"
                      r"(?:研究)?(?:提出了以下意见|提出以下意见|提出了?办理意见|提出|意见|"
                      r"答复意见|答复)\s*[：:]")


def opinion_line(line: str, issued: datetime.date | None = None) -> Owners | None:
    """The organs a line under an item names as giving their answer to it (发展改革委意见：…),
    else None."""
    m = _OPINION.match(line.strip())
    if m is None or unit_names.read(m.group("units")) is None:
        return None
    # 发展改革委会同水利部研究提出了办理意见：: the first answers, with the others
    return _doing(m.group("units") + (m.group("with") or ""), issued)


def by_line(line: str, issued: datetime.date | None = None) -> Owners | None:
    """The units a line under an item names with 由…负责 (整改要求：由县环卫站负责清除…,
    按照…的要求，由沿线包片单位县职教中心、县消防大队负责…): a role noun before the first name
    (包片单位) is no part of it. None where it names no unit."""
    normal = _normal(line.strip())
    m = _BY_LINE.match(normal)
    if m is None:
        return None
    if m.group(0).endswith(("督促", "督办")):
        # (由县住建局督促商户更换: no unit urged, the one urging sees to it; 由县政府办督促县
        # 城管局依法取缔: a unit urged, which does the work, while the one urging oversees it:
        # who does it is left to a person, an empty owner rather than the overseer)
        if _unit_prefix(normal[m.end():], True) is not None:
            return None
    names = _split_top(m.group("units"), "、")
    first = names[0] if names else ""
    # the first name where its words start: after a role noun (沿线包片单位县职教中心), else
    # the whole, else at a level (…沿线县职教中心)
    starts = [r.end() for r in re.finditer(r"单位|部门", first) if r.end() < len(first) - 1]
    starts += [0] + [k for k in range(1, len(first) - 1) if first[k] in "省市县区州镇乡街各"]
    for start in starts:
        if unit_names.read(first[start:]) is not None:
            return _doing("、".join([first[start:], *names[1:]]), issued)
    return None


# a form's owner field alone on its line, its value on the next (整改责任单位 ⏎ 万州区人民政府;
# 牵头部门： ⏎ …): one head word at least (单位 alone heads a contact block), a topic's word of
# two to four characters before it (整改, 任务)
_FIELD_ALONE = re.compile(rf"^\s*[\u4e00-\u9fff]{{0,4}}?(?P<label>(?:{_HEAD_WORDS})+"
                          rf"{_BARE})\s*[:：]?\s*$")
_FIELDS_BEFORE_MAX = 40  # lines: a form's fields over its measures, not a long preamble
_FIELD_WORD = re.compile(_LABEL_CORE)
# a field of who chases, checks or is to be asked (督办单位, 督导单位, 联系单位): not who does it
# (包保联系单位: the units a leader's 包保 puts to the work do it)
_OVERSEER = re.compile(rf"{unit_names.OVERSEER_WORDS}|(?<!包保)联系")


def names_helpers(line: str) -> bool:
    """Whether an owner line's labels all name those who help the work (协助单位：A, 工作配合
    部门：B), none who does it."""
    labels = [m.group(1) for m in _LABEL.finditer(_normal(line))]
    return bool(labels) and all(_SUPPORT.search(label) for label in labels)


def field_label_alone(line: str) -> bool:
    """Whether a line is an owner field's label alone, its units on the line below (整改责任
    单位, 实施主体：); not a field of those who chase or check the work (督办单位)."""
    alone = _FIELD_ALONE.match(line)
    return alone is not None and not _OVERSEER.search(alone.group("label"))


def form_fields(lines: list[str], issued: datetime.date | None = None) -> Owners | None:
    """The owners a form's fields give before its numbered measures (整改任务概述 ⏎ … ⏎
    整改责任单位 ⏎ 万州区人民政府 ⏎ 整改措施： ⏎ 1.…; 牵头单位：县发改局): the units of each owner
    field, as one marker gives them; None where no field names a unit."""
    said: list[str] = []
    lines = [line.strip() for line in lines[-_FIELDS_BEFORE_MAX:] if line.strip()]
    for k, line in enumerate(lines):
        if not _FIELD_WORD.search(line) or PAGE_CHROME.search(line):
            continue  # (most lines name no field of units: asked no more)
        if site_organ(lines, k):
            continue  # (主办：… 版权所有 ⏎ 承办：市科技局 ⏎ ICP备…: the web site's, beside its own)
        alone = _FIELD_ALONE.match(line)
        if alone and k + 1 < len(lines) and unit_names.read(lines[k + 1]) is not None:
            if not _OVERSEER.search(alone.group("label")):
                said.append(alone.group("label") + "：" + lines[k + 1])
        elif _OWNER_LINE.match(_normal(line)) and is_owner_line(line) and \
                not PAGE_RECORD.search(line):
            # each field of the line its own (责任单位：A；督办单位：B: only A does the work)
            # (not 联系人：胡乔；电话（传真）：88588570: whom to call, no owner)
            said += [field for field in re.split(r"[；;]", line)
                     if field.strip() and not _OVERSEER.search(re.split(r"[：:]", field)[0])
                     and not _CONTACT.search(field)]
    if not said:
        return None
    found = parse("；".join(said), issued)
    return found if found.names else None


# an owner label with no colon, glued to the words before it and to its units after it, at
# an item's end (…积存混合垃圾责任单位环卫公司、执法七中队; …配合单位办事处、城管中队)
_BARE_WORD = re.compile(_BARE)
# (not 责任单位为A, 责任单位均为A: a label said with a verb, read as such)
_LABEL_NO_COLON = re.compile(rf"(?<=[\u4e00-\u9fff，,])(?P<label>{_COLON_OWNER_LABEL})"
                             r"(?![:：\s为是均有])(?=[\u4e00-\u9fff])")


def label_without_colon(text: str, issued: datetime.date | None = None
                        ) -> tuple[int, Owners] | None:
    """(where it starts, the owners) of the owner labels without their colons that close an
    item, each followed by units alone up to the next or the item's end; None where what
    follows a label is not units alone."""
    body = text.rstrip(" 。；;，,")
    if not _BARE_WORD.search(body):
        return None  # (most items hold no owner label's ending: asked no more)
    found = list(_LABEL_NO_COLON.finditer(body))
    if not found:
        return None
    # (the last run of labels, read from the end: each label's value up to the next label)
    start = len(body)
    fields: list[str] = []
    for m in reversed(found):
        value = body[m.end():start]
        if not value or unit_names.read(value) is None:
            break
        fields.insert(0, m.group("label") + "：" + value)
        start = m.start()
    if not fields:
        return None
    named = parse("；".join(fields), issued)
    return (start, named) if named.names else None


# …强调宣誓时要面对校旗由体育系负责。: the work, then by whom, closing its sentence
_BY_END = re.compile(r"由(?P<units>[^，,。；;：:由]{2,40}?)(?:分别|共同|具体)?(?:负责|牵头)"
                     r"(?:落实|安排|实施|组织|完成)?$")


# 由A、B等部门组成 (its members), 由A组织实施的项目 (what A did): no one set to the work
_NOT_BY_WORK = re.compile(r"组成(?:的|$)")
_BY_UNITS_MAX = 30  # characters: the units after 由, not a clause's words
# right after the organ, words that set it to no work of its own: urging or guiding others
# (由县政府办督促县城管局…: by_line leaves it to a person), a route's start (由县客运站发车，
# 途经…), or the work as a thing it did (由A组织实施的项目)
_NO_WORK_AFTER = re.compile(r"督促|督办|督导|指导|监督|发车|出发|始发|途经|开往|驶往|"
                            r"[^，,。]{0,6}的")
_HEAD_OF_PLACE = re.compile(r"[省市州县区镇乡旗]长")  # (由县长任组长: 县长|任组, no organ)
# a post or people in the few words right after the organ (由镇党委书记…, 由县住建局总工程师…):
# the clause names who by the post
_POST_AFTER = re.compile(r"[^，,。、]{0,4}?(?:人员|同志|领导|干部|负责人|职工|书记|常委|委员|主任|"
                         r"工程师|[省市县区镇乡旗局处科所站校院部组队]长|(?:担|兼)任)")


def _by_any_verb(clause: str, issued: datetime.date | None) -> Owners | None:
    """The units a clause opens with after 由, where they do its work whatever its verb
    (由交警大队调查论证…, 由区住建委（交通办）立即在…设置…), or where the clause is only 由A负责
    (由街道负责); None otherwise."""
    # (由街道负责 as a clause of its own: a place standing for its body, as an organ does)
    whole = _BY_END.fullmatch(clause)
    if whole is not None and unit_names.read(whole.group("units")) is not None:
        return _doing(whole.group("units"), issued)
    if not clause.startswith("由") or clause.startswith(("由于", "由此")) or \
            _NOT_BY_WORK.search(clause) or TOLD_DONE.search(clause):
        return None  # (去年，由县住建局完成了…: work done, no one set to it)
    listed = _BY_LIST.match(clause)
    if listed is not None and unit_names.read(listed.group("first")) is not None and \
            not _DESCRIBES_A_THING.match(clause, listed.end()):
        # (由市委人才办、市发展改革委会同市科技局等部门做好…: a list of units, the partners
        # they work with after 会同, then the work; not the shortest name, 市委, alone)
        found = parse(listed.group("units") + "负责", issued)
        if found.names:
            return found
    # the shortest opening read as an organ with a verb's character after it (区住建委（交通
    # 办）立即…: a bracket of the unit's other name is its own), grown by a few characters
    # where a longer name reads too (市委 -> 市委组织部), never past a verb (交警大队|报告市…局)
    ends = [end for end in range(3, min(len(clause) - 1, _BY_UNITS_MAX) + 1)
            if clause[end - 1] in unit_names.END_CHARS and not _runs_on(clause, end)
            and re.match(r"[\u4e00-\u9fff]", clause[end]) and clause[end] not in "、和及与等"
            and unit_names.kind(clause[1:end]) == "organ"
            # (学校分管领导|联系: a person's post; 由教育部门牵头…: a kind, which the
            # organs_only reading of 由…牵头 leaves to a person too)
            and not _PERSON_IN.search(clause[1:end])
            and not re.search(r"(?:部门|单位|机构)$", clause[1:end])]
    if not ends:
        return None
    end = ends[0]
    # (not 胜利宾馆|协调, 院党委|会研究: grown only to a strong ending)
    grown = [e for e in ends if not unit_names.weak_end(clause[1:e])]
    while any(end < e <= end + 4 for e in grown):
        end = max(e for e in grown if end < e <= end + 4)
    if _POST_AFTER.match(clause, end) or _HEAD_OF_PLACE.search(clause, 1, end) or \
            _NO_WORK_AFTER.match(clause, end):
        # (由县委常委、常务副县长任组长, 由镇机关应急人员56人分两组: people, by their posts,
        # not the unit they belong to)
        return None
    return _doing(clause[1:end], issued)


# …由乡镇与公安机关共同管理使用的专职治安巡防队伍: the clause a thing's description, its 由 who
# runs it, not who does the item
_DESCRIBES_A_THING = re.compile(r"(?:共同|负责|牵头)?[\u4e00-\u9fff]{1,6}的[\u4e00-\u9fff]{1,12}$")
# 由A、B会同C、D等部门做好…: units listed, maybe their partners, then the work's verb
_BY_LIST = re.compile(r"^由(?P<units>(?P<first>[^，,。；;：:由会]{2,40}?[、和及与]"
                      r"[^，,。；;：:由会]{2,40}?)(?:(?:会同|联合)[^，,。；;：:由]{2,60}?(?:等(?:有关|相关)?(?:部门|单位))?)?)"
                      r"(?=负责|牵头|做好|组织|开展|共同|按职责)")
# 由区环卫局制定慰问方案: 由, an organ, and the verb of its work
# (由市卫生主管部门予以处罚: what it metes out)
_BY_ORGAN = re.compile(r"^由(?P<units>[^，,。；;：:由]{2,30}?)(?:牵头|负责|制定|组织|实施|承办|"
                       r"予以|给予|落实|开展|统筹|协调)")


def _named_by_frame(name: str) -> bool:
    """Whether a short name that no unit's ending closes is a body all the same, the frame
    由…负责 saying it does the work (体育系, 工会); people (专人, 班主任) are none."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) is not None and \
        not unit_names.is_person(name)


# a clause of its own that is units and their part: 县交通局负责, 县发改局牵头; then those who
# help, 各乡镇配合
_DUTY_CLAUSE = re.compile(r"^(?:由)?(?P<units>[^，,。；;：:]{2,40}?)(?:具体|统一)?"
                          r"(?:牵头负责|负责|牵头)$")
# a unit's name by its level or scope first (县交通局, 各乡镇, 全省林业系统)
LEVEL_FIRST = re.compile(r"^(?:国家|省|自治区|市(?!场)|县|区|州|盟|旗|镇|乡|街道|各|"
                         r"全[省市州县区])")
_HELP_CLAUSE = re.compile(r"^(?P<units>[^，,。；;：:]{2,60}?)(?:积极|密切|全力)?"
                          r"(?:配合|参与|协助|协同|协同配合)(?:落实|实施|响应)?$")


def helping(clause: str) -> bool:
    """Whether a clause is units and their part of helping alone (县自然资源局、漾月街道配合,
    各乡镇积极配合)."""
    m = _HELP_CLAUSE.match(clause.strip())
    return m is not None and unit_names.read(m.group("units")) is not None


def duty_clauses(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The units a clause of an item's first sentence names as the ones who do it, wherever
    in the sentence it stands (要明确工作任务，…，县交通局负责，各乡镇配合，细化任务…): the
    clause is the units and their part alone; the clauses after it of units that help add
    them. None where no clause does (and for a later sentence's: who funds or audits the
    work, 区财政局牵头，做好资金保障, is none of the item's)."""
    first = re.split(r"[。！？]", text.strip(), maxsplit=1)[0]
    clauses = [c.strip() for c in re.split(r"[，,；;]", first)]
    for k, clause in enumerate(clauses):
        m = _DUTY_CLAUSE.match(clause)
        if m is None or not LEVEL_FIRST.match(m.group("units")) or \
                unit_names.read(m.group("units"), organs_only=True) is None:
            # (the units alone, from their level: not 项目资金县财政局负责, a thing and who
            # pays, nor 改变以往县住建局牵头, the way that is done away with)
            continue
        said = [clause]
        for after in clauses[k + 1:]:
            if not helping(after):
                break
            said.append(after)
        found = parse("，".join(said), issued)
        if found.names:
            return found
    return None


# 会议原则同意区交投集团提出的…方案，要求根据会议审议意见修改完善后组织实施: a meeting
# agrees to what a unit put forward, and asks for it to be done; the proposer does it
_PROPOSED = re.compile(r"同意(?P<units>[^，,。；;、“”《》]{2,30}?)"
                       r"(?:提出|提交|上报|报送|报来|起草|拟定|编制)的")
_ASKED_AFTER = re.compile(r"要求|(?<![提报申])请|责成|修改完善")  # (not 提请: submits it)


def proposer_asked(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The unit whose proposal a meeting agrees to, where the item then asks for the work to
    be done (会议原则同意A提出的…方案，要求…组织实施), else None: the one who proposed it
    carries it out. Not the meeting's agreement alone (同意A提出的意见。): nothing asked."""
    m = _PROPOSED.search(text)
    asked = _ASKED_AFTER.search(text, m.end()) if m else None
    if m is None or asked is None or \
            unit_names.read(m.group("units"), organs_only=True) is None:
        return None
    # (要求县财政局做好资金保障, 请分管副县长牵头: the request names whom it asks, and the
    # proposer is none of them; 由县城投公司组织实施: nor where another does the work; 作进一步
    # 修改完善后提请…审议: the proposal itself to be worked on, its proposer's)
    request = text[asked.end():].lstrip("，, ")
    names_its_own = opens_with_subject(request) or _PERSON_FIRST.match(request) is not None or \
        _unit_prefix(request, True) is not None
    if closing_by(text[m.end():], issued) is not None or \
            (not asked.group(0).endswith("完善") and names_its_own):
        return None
    return _doing(m.group("units"), issued)


# a person's post or a leader first in a request (请分管副县长牵头…, 要求各位局长…)
_PERSON_FIRST = re.compile(r"^(?:分管|主管|主要|各位|有关)?[\u4e00-\u9fff]{0,4}?"
                           r"(?:领导|县长|市长|区长|镇长|乡长|局长|主任|书记|同志)")


def closing_by(text: str, issued: datetime.date | None = None) -> Owners | None:
    """The units a sentence of the item names at its end with 由…负责 (…邀请记者由宣传部负
    责。), or a clause of it opens with 由 and an organ that does the work (…，由区环卫局制定
    慰问方案，并具体组织实施。), else None: the work's words first, then who does it."""
    clauses = re.split(r"[。；;！，,：:]", text)
    for clause in clauses:
        m = _BY_ORGAN.match(clause.strip())
        found = _doing(m.group("units"), issued) if m and unit_names.read(
            m.group("units"), organs_only=True) is not None and \
            not TOLD_DONE.search(clause) else None
        if found is None:
            found = _by_any_verb(clause.strip(), issued)
        if found is not None:
            return found
    for sentence in _SENTENCE_STOP.split(text):
        m = _BY_END.search(sentence.strip())
        if m is None:
            continue
        # the frame says who: a short name no unit's ending closes (体育系) is one too
        if unit_names.read(m.group("units")) is not None or _named_by_frame(m.group("units")):
            found = _doing(m.group("units"), issued)
            if found is not None:
                return found
    for clause in clauses:
        # (巡考小组由教务处统一安排, 试卷由学院办公室负责印制: 由 inside the clause, organs
        # and nothing else before a verb that says they see to it)
        if TOLD_DONE.search(clause):
            continue  # (去年由县住建局组织实施…已完工: what was done)
        for m in _BY_INSIDE.finditer(clause):
            if unit_names.read(m.group("units"), organs_only=True) is not None:
                found = _doing(m.group("units"), issued)
                if found is not None:
                    return found
    return None


# words that tell what was done, not what is asked (已完成, 去年由A实施, 印发了; not 已签订的
# 协议, what the work goes by)
TOLD_DONE = re.compile(r"已(?![^，,。；;了]{1,4}的)|去年|了(?![解结])")


# 在…的基础上: the ground a call builds on, whatever was done to lay it
_BUILDS_ON = re.compile(r"在[^，,。；;]{2,30}?基础上[，,]?")
# 强调了四点意见, 对…工作进行了部署，要求…: what a meeting says or sets out now, no work told
# as done
SAID_NOW = re.compile(r"(?:强调|指出|提出|谈|讲|部署|安排)了|(?:进行|作|做)了(?:部署|安排)")
# 2023年9月，市政府对…进行了部署: a day gone by that the sentence tells of first
_TOLD_WHEN = re.compile(r"(?:19|20)\d\d\s*年|今年|去年|前期|此前|\d{1,2}\s*月")
_MEETING_HELD = re.compile(r"召开|会议|会上")  # (…召开调度会，对…进行了部署: the news of it)


def told_done(sentence: str) -> bool:
    """Whether sentence tells of work done (已…, 去年…, …了), not counting what a meeting says
    or sets out now (强调了…, 进行了部署，要求…) where no time of telling comes before it."""
    # (在全面总结去年创建的基础上，…要…: what the work builds on, no work it tells of)
    sentence = _BUILDS_ON.sub("", sentence)
    said = SAID_NOW.search(sentence)
    # (2月20日，县政府召开调度会，对…进行了部署，要求…: the news of a meeting, its day first)
    if said is not None and (not _TOLD_WHEN.search(sentence, 0, said.start()) or
                             _MEETING_HELD.search(sentence, 0, said.start())):
        sentence = SAID_NOW.sub("", sentence)
    return TOLD_DONE.search(sentence) is not None


# 由, organs, and a verb of seeing to the work; not 由于 (because), 理由, 自由, 经由, 缘由;
# not 成员由A、B等部门负责同志组成 (their members), nor 由A组织实施的项目 (what A did)
_BY_INSIDE = re.compile(r"(?<![理自经缘])由(?!于|此)(?P<units>[^，,。；;：:由“”《》]{2,30}?)"
                        r"(?:统一|具体|分别|共同|负责|牵头)?"
                        # (not 由省委组织部…: 组织 the name's own, before 部)
                        r"(?:安排|组织(?!部(?!署))|承办|办理|审核|审批|把关|实施|落实|牵头|负责|"
                        r"印制|存档|登记|报请|提请)"
                        r"(?!同志|人)(?![^，,。]{0,4}的)")


# 请联系党政办, 请及时与…联系, 请向…报送: a request to the reader, naming no organ that works
# (请于…, 请将… need no word here: no organ's name follows them)
_ASKED_NOT = re.compile(r"请(?:及时|尽快|联系|与|向|到|在|按|把|各位|大家|您)")


_WISH_OPENING = re.compile(rf"^{unit_names.WISH_FIRST}")
_DONE_TO = re.compile(unit_names.DONE_TO_OPENS)


def _asked(sentence: str, sections: bool = False) -> str | None:
    """The organs a sentence asks to do the work (请财政部落实…), else None. sections: also
    an organ's sections by name (请学生处、保卫处将…报…, _SECTIONS); since the grammar of
    bodies takes in what a name runs into, none whose words hold a person (请教研室主任组织…)
    or run on into 的 (请假离校的学生)."""
    # (希各单位深入宣传…, 望各县区…: a notice's wish, one character as 请 is, of every one of
    # a kind)
    sentence = _WISH_OPENING.sub("请", sentence)
    if not sentence.startswith("请") or _ASKED_NOT.match(sentence):
        return None
    for end in range(min(41, len(sentence) - 1), 2, -1):
        # (请各党总支、直属党支部组织…: 组 opens 组织 there, no 组 (group) asked)
        asked = sentence[1:end]
        # (not 市委对台工作办公室: a name's own)
        done_to = _DONE_TO.search(asked)
        if done_to and unit_names.read(asked[:done_to.start()]) is not None:
            # (请各有关单位对2007年全国科普日活动…: what the work is done to runs on from the
            # units into a name's last character, 科; the units are before 对)
            continue
        if asked.endswith("会") and sentence[end] == "同" and \
                unit_names.read(asked[:-1]) is not None:
            # (请…主管部门会同…: the 会 of 会同, where the name without it reads; not
            # 县红十字会同步…, 县红十字会同县卫健局…: 会 the name's own)
            continue
        if "\u4e00" <= sentence[end] <= "\u9fff" and not _runs_on(sentence, end) and (
                unit_names.read(asked, organs_only=True) is not None or
                # (请各乡镇于…完成: every one of a kind of place, as 各乡镇要… is; not 请各相关
                # 单位对本地区…, what the work is done to run into it)
                (sections and every_body(asked) and
                 not _DONE_TO.search(asked)
                 and unit_names.read(asked) is not None) or
                (sections and sentence[end] != "的" and _SECTIONS.fullmatch(asked)
                 and _bodies(asked) and not _PERSON_IN.search(sentence[1:end + 2]))):
            return asked
    return None


# the sections of an organ by their short names, one or a list (学生处、保卫处): not groups or
# teams, as _GROUP_OR_SECTION takes them (参赛队, 班委会: bodies of people), and no figure
# (于4月2日前对校)
_SECTIONS = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?:{_SECTION_END})"
                       rf"(?:、[\u4e00-\u9fff]{{1,10}}?(?:{_SECTION_END}))*")
# a person's title inside the words a request opens with (教研室主任, 学生会干部); not
# units' whole list of people (_TITLE), whose 学生, 群众 sit inside sections' names (学生处)
_PERSON_IN = re.compile(r"主任|干部|老师|教师|人员|同志|书记|领导|[局处科所站校院部组队]长")


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, the rest of sentence from there) at its start and after each comma."""
    found, depth = [(0, sentence)], 0
    for i, ch in enumerate(sentence):
        depth += ch in OPENING
        depth -= ch in CLOSING
        if depth <= 0 and ch in "，," and sentence[i + 1:].strip():
            found.append((i + 1, sentence[i + 1:]))
    return found


def _who(clause: str) -> str | None:
    """The clause as owner text parse() reads, when every piece of it says who does the work
    (units and a verb, units waiting for a verb, 会同 units); else None."""
    pieces = _split_top(clause, "，,")
    if unit_names.END_CHARS.isdisjoint(pieces[0]):
        return None  # (no unit's last character in its first piece: no unit is named there)
    while len(pieces) > 1 and when_only(pieces[-1]):
        pieces = pieces[:-1]  # 由A牵头，B配合，年底前完成: the time the work is due, not who
    out, verbs = [], 0
    for k, piece in enumerate(pieces):
        piece = _THIS_WORK.sub("由", piece)
        labelled = _SAID_LABEL.match(piece)
        if labelled and unit_names.read(labelled.group("units")) is not None:
            out.append(f"{labelled.group('label')}：{labelled.group('units')}")
            verbs += 1
            continue
        named = _UNITS_ARE.match(piece)
        if named and unit_names.read(named.group("units")) is not None:
            # 县住建局为牵头单位，县国资中心为配合单位: the label each is said to be
            out.append(f"{named.group('label')}：{named.group('units')}")
            verbs += 1
            continue
        role, before = _verb(piece)
        if k > 0 and role == "guide" and unit_names.read(before) is not None:
            continue  # …，县住建局加强业务指导: who guides the work, no owner of it
        subject = _SUBJECT.match(piece)
        if subject and not piece.startswith("由") and \
                unit_names.read(subject.group("units")) is not None:
            out.append(subject.group("units") + subject.group("verb"))
            verbs += 1
            continue
        by, with_ = _BY.match(piece), _WITH.match(piece)
        if by and unit_names.read(by.group("units")) is not None:
            verb = "牵头" if "牵头" in by.group("verb") else "负责"
            out.append(by.group("units") + verb)
            verbs += 1
            continue
        if with_ and k > 0 and unit_names.read(with_.group("units")) is not None:
            out.append(with_.group("units") + "配合")
            continue
        piece = piece.removeprefix("由")
        role, before = _verb(piece)
        if role in ("lead", "lead+", "co") and (
                unit_names.read(before) is not None or
                unit_names.read(re.sub(r"会同.*$", "", before)) is not None):
            out.append(piece)
            verbs += 1
        elif unit_names.read(piece) is not None:
            out.append(piece)
        else:
            return None
    return "，".join(out) if verbs else None


def when_only(piece: str) -> bool:
    """A short clause that only says when: 2021年底前完成, 持续推进, 每季度."""
    # any issue date will do to tell a time from other words: 明年底前 is one
    return is_deadline_clause(piece.strip(), SOME_DAY)




# 市教育局牵头、市财政局配合: a verb closes its units' part, though 、 follows it
_VERB_THEN_UNIT = re.compile(r"(?<=牵头|负责|配合|参与|协同|协办|落实|主责|主办)、")
# 市教育局为牵头单位 / 市财政局是配合单位: the units, then the label they are given
_UNITS_ARE = re.compile(rf"^(?P<units>.+?)(?:为|是|作为)(?P<label>{_LABEL_HEAD}{_LABEL_CORE})$")
# a label for those who help (配合单位 协办单位 参与部门): the others then lead
_SUPPORT = re.compile(r"配合|协办|协助|参与|参加|协同|协作|支持")
_WRAPPED = re.compile(r"^[（(〔【\[［]([^（(〔【\[［）)〕】\]］]*)[）)〕】\]］]$")


_NEXT_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])[（(][一二三四五六七八九十]{1,3}[)）]"
                        r"(?=[\u4e00-\u9fff]{4})")


def parse(text: str, issued: datetime.date | None = None) -> Owners:
    """Owners from a marker's content, a labelled line or a table's owner cell."""
    return _parse_kept(text, issued).copy()


@functools.lru_cache(maxsize=4096)  # a merged cell's owners, a marker read by two readers
def _parse_kept(text: str, issued: datetime.date | None) -> Owners:
    found = Owners()
    role: str | None = None  # the role a label set for the units that follow it
    pending: list[str] = []  # units read before the verb that says what they do
    text = _normal(unit_names.join_lines(text))  # units a line or a space apart stay apart
    # the next item's number glued on after the list (城建科（三）配合…, a page on one line):
    # the list ends there
    text = _NEXT_ITEM.split(text, maxsplit=1)[0]
    text, rules = _rule_notes(text)
    roles = [(_label_role(m.group(1)), m.group(1)) for m in _LABEL.finditer(text)]
    found.primary_leads = all(role != "lead" for role, _ in roles) and \
        any(_SUPPORT.search(label) for _, label in roles)
    for rule in rules:
        found.first_leads = found.first_leads or bool(_FIRST_LEADS.search(rule))
        found.first_leads_after |= bool(_FIRST_LEADS.search(rule)) and "下同" in rule
    for clause in _split_top(text, "。；;"):
        clause = _WRAPPED.sub(r"\1", clause)  # a line of its own: （牵头单位：A）
        for piece in _split_top(_VERB_THEN_UNIT.sub("，", clause), "，,"):
            if _HOW_PARTED.match(piece.strip()):
                continue  # (按照职责分工，: how the roles after it are parted)
            if (found.names or pending) and unit_names.asks_work(piece.strip()):
                # (责任单位：县住建局，要做好监管工作: the units end where work is asked; a
                # time limit in those words, 确保9月底前全覆盖, is still the task's)
                if found.due_text is None and _DATE_IN.search(piece):
                    found.due_text = piece.strip()
                break
            role, pending = _piece(found, piece, role, pending, issued)
    _assign(found, pending, role or "co")
    found.leads = [_without_person(_by_whom(_without_role(n)), found) for name in found.leads
                   for n in unit_names.unglued(name)]
    found.co = [_without_person(_by_whom(_without_role(n)), found) for name in found.co
                for n in unit_names.unglued(name)]
    if found.first_leads and found.names and not found.leads:
        # 列第一位的为牵头单位 (除标注为“牵头”单位外): the first leads where none is marked
        found.leads = found.names[:1]
        found.co = found.co[1:] if found.co[:1] == found.leads else found.co
    _starred(found)
    return found


_ROLE_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,10}?(?:单位|部门)(?=[省市县区州盟旗镇乡街])")


def _without_person(name: str, found: Owners) -> str:
    """A unit's name without a person's glued after it (学工部王锐 -> 学工部, 王锐 a leader)."""
    if unit_names.read(name) is not None:
        return name
    for k in (2, 3):
        unit, person = name[:-k], name[-k:]
        if len(unit) >= 2 and unit_names.is_person(person) and \
                unit_names.read(unit) is not None:
            found.leaders += [person] if person not in found.leaders else []
            return unit
    return name


def _by_whom(name: str) -> str:
    """A name without the work's object before its 由 (教职工活动由工会 -> 工会), where what
    follows 由 is a unit's name."""
    topic, by, after = name.rpartition("由")
    if not (by and topic and len(after) >= 2):
        return name
    # 制发司（局）: a unit and the other form of its name in brackets
    bare = re.sub(r"[（(][\u4e00-\u9fff]{1,4}[）)]$", "", after)
    return after if unit_names.read(bare) is not None or _named_by_frame(after) else name


def _without_role(name: str) -> str:
    """A name without the role noun before it: 沿线包片单位区城管局 -> 区城管局."""
    m = _ROLE_NOUN.match(name)
    if m and unit_names.read(name[m.end():]) is not None:
        return name[m.end():]
    return name


def _starred(found: Owners) -> None:
    """The units marked with a star (units.LEAD_MARK) lead, the star left out of their
    names."""
    mark = unit_names.LEAD_MARK
    marked = [mark.sub("", n) for n in found.names if mark.search(n)]
    if marked:
        rest = [n for n in found.names if not mark.search(n) and n not in marked]
        found.leads, found.co = marked, rest


def _rule_notes(text: str) -> tuple[str, list[str]]:
    """(text without them, their contents) for the notes in brackets that state a rule for
    the list rather than name a unit: 市发改委、市税务局（列第一位者为牵头单位，下同）. The
    note is no part of the last unit's name; words around the rule in it (除标注“分别牵头”外)
    name no one."""
    rules = [span for span in top_brackets(text)
             if _FIRST_LEADS.search(span[2]) or _SKIP.match(span[2])]
    return _without(text, rules), [content for _, _, content in rules]


def _piece(found: Owners, piece: str, role: str | None, pending: list[str],
           issued: datetime.date | None) -> tuple[str | None, list[str]]:
    """Read one comma piece; returns the label role in force and units still waiting."""
    if _SKIP.match(piece):
        if piece.startswith("下同") and found.first_leads:
            found.first_leads_after = True
        return role, pending
    if _TIME_LABEL.match(piece):
        found.due_text = _TIME_LABEL.sub("", piece)
        return role, pending
    if _FIRST_LEADS.search(piece):
        found.first_leads = True
        found.first_leads_after = found.first_leads_after or "下同" in piece
        return role, pending
    carry = _CARRY.search(piece)
    if carry and carry.group(0).startswith("均有") and \
            unit_names.read(carry.group("units")) is None:
        # (各成员单位均有配合义务, 以下各项任务各区人民政府均有属地责任, 均有明确完成时限:
        # what they have, no units after it; the units, where any, before it, carried on
        # where the rule is of the tasks below)
        # (责任单位：各区人民政府均有属地责任: the label's value, read under its label)
        labelled = _TASKS_BELOW.sub("", piece[:carry.start()]).strip("，, ")
        before = re.sub(r"^[^：:]{2,8}[：:]", "", labelled)
        if unit_names.read(before) is None:
            return role, pending
        if _TASKS_BELOW.match(piece):
            names, _ = units(before)
            found.carry += [n for n in names if n not in found.carry]
            return role, pending
        piece, carry = labelled, None
    if carry and ("以下" in piece or "具体" in piece or "其余" in piece or "均" in piece[:6]):
        names, _ = units(carry.group("units"))
        # (各项任务均需按时推动落实: how the work is done, no units carried)
        names = [n for n in names if unit_names.read(n) is not None]
        found.carry += [n for n in names if n not in found.carry]
        found.carry_leads = found.carry_leads or "牵头" in carry.group(0)
        return role, pending
    labels = [m for m in _LABEL.finditer(piece) if not _inside_brackets(piece, m.start())]
    if labels:
        head = piece[:labels[0].start()]
        if head.strip():  # 相关管委会项目责任人：…: the last label's value, run into this one
            if role in ("lead", "co"):
                head = _glued_value(head, glued=True)
            role, pending = _piece(found, head, role, pending, issued)
        _assign(found, pending, role or "co")
        pending = []
        for k, label in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(piece)
            value = piece[label.end():end]
            if _label_role(label.group(1)) == "time":
                found.due_text = value or found.due_text
                continue
            _assign(found, pending, role or "co")  # each label's value under its own role
            pending = []
            role = _label_role(label.group(1))
            if _other_level(label.group(1), found.names + pending):
                role = "skip"
            if role == "co" and found.primary_leads and not _SUPPORT.search(label.group(1)):
                role = "lead"
            field_after = _colon_at(value) >= 0  # 实际完成情况：… glued after the value
            if role != "people":
                value = _glued_value(value, glued=k + 1 < len(labels))
            elif field_after or k + 1 < len(labels):
                value = _glued_person(value)
            if value:
                role, pending = _piece(found, value, role, pending, issued)
            if field_after:
                _assign(found, pending, role or "co")
                role, pending = "skip", []
        return role, pending
    other = FIELD_LABEL.match(piece)
    # 市教育局：负责统筹 names a unit, 数据提供单位：… (a role's word, …单位/…部门) a field
    if other and unit_names.is_unit(other.group(0)[:-1]) and \
            not re.search(r"(?:单位|部门)$", other.group(0)[:-1]):
        return role, pending + [other.group(0)[:-1]]  # 市教育局：负责统筹: the unit, its duty
    if other:
        _assign(found, pending, role or "co")
        return "skip", []  # 适用范围：各试点地区: not who does the work
    if _is_deadline(piece, issued):
        # 时间要求：平潭时报，8月15日；平潭广播电视台，8月12日: each step a date of its own,
        # the task's time all of them (its due the latest)
        earlier = found.due_text
        found.due_text = f"{earlier}；{piece}" if earlier and _is_deadline(earlier, issued) \
            else piece
        return role, pending
    are = _UNITS_ARE.match(piece)
    if are and _label_role(are.group("label")) in ("lead", "co") and \
            unit_names.read(are.group("units")) is not None:
        _assign(found, pending + [are.group("units")], _label_role(are.group("label")))
        return role, []
    # 由A牵头，会同B、C负责落实: the units worked with, after the clause that names the lead
    piece = _WITH_OPENING.sub("", piece)
    paired = _PAIRED.match(piece)
    if paired and not _VAGUE_OTHERS.match(paired.group("co")):
        lead, co = paired.group("lead"), _OTHERS_THEN.sub("", paired.group("co"))
        if unit_names.read(lead) is None and unit_names.read(lead + "会") is not None:
            # (县总工会同县民政局负责: the 会 the lead's own, 同 the word it works with)
            lead += "会"
        _assign(found, pending + [lead], "lead")
        _assign(found, [co], "co")
        return role, []
    if _KIND_OF_WORK.match(piece.strip()):
        return role, pending  # （制定，省文旅厅起草）: what kind of work, not who does it
    verb, before = _verb(piece, loose=role != "people")
    if verb:
        _assign(found, pending + [before], verb)
        return role, []
    if role in ("lead", "co") and unit_names.read(piece) is None:
        lead_in = _unit_lead_in(piece)
        if lead_in:  # 各区政府鄞州海曙…合计: a label's list, then other text run into it
            _assign(found, pending + [lead_in], role)
            return "skip", []
    return role, pending + [piece]


def _other_level(label: str, named: list[str]) -> bool:
    """Whether a label names the units of another level than those already named (市农业
    农村局、市商务局，省牵头单位：省农业农村厅): the province's lead, noted beside the city's
    owners, is not one of them."""
    rank = LEVEL_RANK.get(label[:1])
    if rank is None or label[1:2] == "长":
        return False
    ranks = [LEVEL_RANK[name[0]] for name in named if name[:1] in LEVEL_RANK]
    # a higher level's (省 beside 市's units) only: 区责任单位 beside 市 units are co-owners
    return bool(ranks) and rank < min(ranks)


def _unit_lead_in(text: str) -> str | None:
    """The units text starts with, where other words follow the last of them with no
    separator (市工商局、宁波电业局鄞州海曙…合计 -> 市工商局、宁波电业局)."""
    names = _split_top(text, "、")
    k = next((k for k, name in enumerate(names) if not unit_names.is_unit(name)), None)
    if k is None or (k and unit_names.read("、".join(names[:k])) is None):
        return None
    name = names[k]
    for end in range(min(len(name) - 2, 30), 1, -1):
        if name[end - 1] in unit_names.END_CHARS and unit_names.is_unit(name[:end]) and \
                unit_names.read(name[:end]) is not None:
            return "、".join([*names[:k], name[:end]])
    return None


def _glued_value(value: str, glued: bool) -> str:
    """A label's value where the next label follows with no space (a web page's fields run
    together: 责任单位：市公安局项目责任人：王伟标 / 配合单位：市城管局、市财政局实际完成情况：…):
    the units it starts with. A value followed by a separator, or not by a label, is whole."""
    colon = _colon_at(value)
    if colon >= 0:
        value, glued = value[:colon], True
    if not glued or not value or value[-1] in "，,；;。、 " or unit_names.read(value) is not None:
        return value
    for end in range(len(value) - 1, 1, -1):
        if value[end - 1] in unit_names.END_CHARS and unit_names.read(value[:end]) is not None:
            return value[:end]
    return value


def _colon_at(value: str) -> int:
    """Where the first colon outside brackets is, or -1: 区城管局（责任人：陈刚）'s is the
    unit's note."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif ch in ":：" and depth == 0:
            return i
    return -1


def _glued_person(value: str) -> str:
    """A leader label's value with the next field run into it: 尹文德实际完成情况 -> 尹文德."""
    colon = _colon_at(value)
    value = value[:colon] if colon >= 0 else value
    if unit_names.is_person(value):
        return value
    return next((value[:n] for n in (3, 2) if unit_names.is_person(value[:n])), value)


def _inside_brackets(text: str, at: int) -> bool:
    """Whether text[at] stands inside a bracket: 县水利局（责任人：王强）'s label is the unit's."""
    depth = 0
    for ch in text[:at]:
        depth += ch in OPENING
        depth -= ch in CLOSING and depth > 0
    return depth > 0


def _assign(found: Owners, texts: list[str], role: str) -> None:
    if role == "skip":
        return
    for text in texts:
        reading = unit_names.listed(text)
        found.leaders += [p for p in reading.people if p not in found.leaders]
        if role == "people":
            found.leaders += [n for n in reading.names if n not in found.leaders]
            continue
        names, marked = reading.names, reading.leads
        found.leads += [n for n in marked if n not in found.leads]
        found.vague |= reading.vague or role == "lead+"
        if role == "guide":
            continue
        target = found.leads if role in ("lead", "lead+") else found.co
        target += [n for n in names if n not in found.leads and n not in found.co]


_ANY_YEAR = datetime.date(2000, 1, 1)  # a month without a year is still a date


def _is_deadline(piece: str, issued: datetime.date | None) -> bool:
    if len(piece) > 20 or re.search(r"(局|委|办|院|厅|部|政府|中心|单位|部门)", piece):
        return False
    reading = deadlines.read(piece, issued or _ANY_YEAR)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
