"""Department names: spellings and their canonical names, the place a unit belongs to,
retirement, "did you mean", and splitting a plan's list of units."""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Plan


# -- one department, however its name is typed ------------------------------------------------
#
# A unit's name is matched and counted by its identity: the name with the characters no one
# sees taken out (a zero-width space, a control character, a BOM: categories Cf, Cc, Zl, Zp,
# variation selectors and the Hangul fillers), compatibility forms folded (NFKC: 第１中学 is
# 第1中学, the compatibility ideograph U+2F982 is 育; but （ ） stay full-width, and ( ) become
# them: Chinese text's own brackets), 巿 read as 市, surrounding space stripped, and the
# characters only traditional text writes made simplified (OpenCC t2s: 市商務局 is 市商务局,
# 市敎育局 is 市教育局). A character of GB 2312, the simplified standard, stays as it is: t2s
# would make 乾县 干县 and 於潜 于潜. The identity of a name written well is the name itself.

# printable, yet not seen: variation selectors, the combining grapheme joiner, Mongolian free
# variation selectors, Khmer inherent vowels, Hangul fillers
_UNSEEN = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f"
                     "\uffa0\U000e0100-\U000e01ef]")
_BRACKETS = str.maketrans({"(": "（", ")": "）", "巿": "市"})
_HIDDEN_NAMES = {"\u200b": "零宽空格", "\u200c": "零宽非连接符", "\u200d": "零宽连接符",
                 "\u200e": "从左至右标记", "\u200f": "从右至左标记", "\u2060": "零宽不换行符",
                 "\ufeff": "零宽不换行空格（BOM）", "\u00ad": "软连字符", "\u2028": "行分隔符",
                 "\u2029": "段分隔符"}


def _seen(ch):
    return unicodedata.category(ch) not in ("Cf", "Cc", "Zl", "Zp", "Cs") \
        and not _UNSEEN.match(ch)


def hidden(name):
    """The characters of name no one sees (a zero-width space, a control character), in
    order; empty for a name written well."""
    if name.isprintable() and not _UNSEEN.search(name):
        return ""
    return "".join(ch for ch in name if not _seen(ch))


def visible(name):
    """name without the characters no one sees, and without surrounding space: what to
    write instead of it."""
    return "".join(ch for ch in name if _seen(ch)).strip() if hidden(name) else name.strip()


def describe_hidden(ch):
    """A hidden character for people: U+200B（零宽空格）."""
    kind = unicodedata.category(ch)
    what = _HIDDEN_NAMES.get(ch) or ("控制字符" if kind == "Cc" else "格式字符" if kind == "Cf"
                                     else "变体选择符" if "VARIATION" in unicodedata.name(ch, "")
                                     else "不显示的字符")
    return f"U+{ord(ch):04X}（{what}）"


def marked(name):
    """name with each hidden character shown as its code: 市教育[U+200B]局."""
    return "".join(ch if _seen(ch) else f"[U+{ord(ch):04X}]" for ch in name)


def _folded(ch):
    # a full-width bracket or stop is Chinese text's own; its letters and digits are ASCII's
    if "\uff01" <= ch <= "\uff5e" and not ch.isalnum():
        return ch
    return unicodedata.normalize("NFKC", ch)


@functools.lru_cache(maxsize=65536)
def identity(name):
    """A unit's name as it is matched and counted (see above): 市教育\u200b局, 市教育局 and
    市敎育局 are all 市教育局. For matching only: tasks.yaml keeps what it says."""
    text = name
    if not text.isprintable() or _UNSEEN.search(text):
        text = "".join(ch for ch in text if _seen(ch))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFC", "".join(map(_folded, text)))
    text = text.strip().translate(_BRACKETS)
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        text = "".join(map(_simplified, text))
    return text


@functools.lru_cache(maxsize=4096)
def _simplified(ch):
    try:
        ch.encode("gb2312")
        return ch
    except UnicodeEncodeError:
        return _t2s().convert(ch)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc  # only for a name with a character outside GB 2312
    return opencc.OpenCC("t2s")


# -- a placeholder: many units named as one ---------------------------------------------------
#
# 各区、县级市, 各县（市、区）, 各有关单位, 各项目牵头单位, 各乡镇（街道）, 市直各部门, 有关部门,
# 市财政局等单位, 领导小组成员单位: a plan's way of saying "each of them", not one department that
# can be asked, ranked or sent a 台账. Known by the form of the name, never by a list of names,
# so a plan's own wording (县直有关单位, 各镇街) is known too: a leading 各 (each), 有关/相关/其他
# (the ones concerned) or 全县 (all of a place's: 全县中小学校), a kind of unit after 各, 有关,
# 相关, 等 or 成员 at the end, 市直单位, or a level with its alternatives in brackets (县（市、
# 区）, 乡镇（街道）).
_UNIT_KINDS = "部门|单位|机构|企业|组织|学校|院校|园区|委办局|专班"
_LEVELS = "县级市|县市区|县区|区县|市区|乡镇|街道|区|县|市|镇|乡|旗"
_PLACEHOLDER = re.compile(
    r"^(?:各|有关|相关|其他|其它|全[省市州县区镇乡旗](?![县市区镇乡委]|政府))"
    rf"|(?:各[^、，；]{{0,8}}?|(?:有关|相关|等|其他|其它|成员)[^、，；]{{0,3}}?)(?:{_UNIT_KINDS})"
    rf"(?:、(?:{_UNIT_KINDS}))*$"
    rf"|^[省市州县区](?:直|属|级)(?:属|机关)?(?:{_UNIT_KINDS})(?:、(?:{_UNIT_KINDS}))*$"
    rf"|^(?:{_LEVELS})（(?:{_LEVELS})(?:[、，](?:{_LEVELS}))*）")


def placeholder(name):
    """Whether an owner's name stands for many units (各区、县级市, 市直各部门, 有关单位), not
    one department: see above."""
    return bool(_PLACEHOLDER.search(identity(name or "")))


def did_you_mean(name, names):
    import difflib
    # a short form (教育局 for 市教育局) is the commonest slip; difflib catches the typos
    close = [known for known in names if name in known]
    close += difflib.get_close_matches(name, list(names), n=3, cutoff=0.5)
    canonical = list(dict.fromkeys(names[c] for c in close))[:3]
    return f"（是不是 {' 或 '.join(canonical)}？）" if canonical else ""


def spellings(task_file):
    """Every spelling -> canonical name: the registry's names and aliases, then owners (a
    look-alike of a registry spelling -> the registry's name, any other -> its identity)."""
    directory = Directory(task_file.departments)
    names = {spelling: name for (_, spelling), name in directory.aliases.items()}
    for task in task_file.tasks():
        for owner in task.owners:
            if owner not in names:
                names[owner] = directory.registered(owner) or identity(owner)
    return names


# -- whose department: a name as a plan writes it, in the plan's place ----------------------------

# a place at the head of an issuer or title: 鄂州市, 重庆市綦江区, 湖北省, 高平市; an issuer, being
# an organ's name, may also be a town's (南漳镇人民政府), where a title's 乡 is more often 乡村
def _place_pattern(lowest):
    # a place's name holds no figures nor dates (2024年4月省政府… names none), and a wider
    # level's none of a narrower's kind (南屏市贯彻落实省… is no province: 南屏市 is the city)
    name = r"[^\s，。、（(“”《\d年月日]"
    wide = r"[^\s，。、（(“”《\d年月日市县区镇乡]"
    return re.compile(rf"^(?:{wide}{{2,7}}?(?:省|自治区))?"
                      rf"(?:{name}{{1,4}}?(?:市|自治州|州(?!市)|盟|地区))?"
                      rf"(?:{name}{{1,4}}?(?:{lowest}))?")


_TITLE_PLACE = _place_pattern("区|县|旗|市")
_ISSUER_PLACE = _place_pattern("区|县|旗|市|镇|乡")
_NOT_PLACE = re.compile(r"^(?:关于(?:印发)?|中共|中国共产党)")  # 中共鄂州市委: the place follows
_PLACE_LEVELS = re.compile(r".+?(?:自治区|自治州|省|市|州(?!市)|盟|地区|区|县|旗|镇|乡)")
# a unit named from inside its place: 市教育局 is the city's own bureau, whichever city
_RELATIVE = re.compile(r"^(?:省|市|州|县|区|旗)(?!场)|^各")  # 市场监管局 names no place


def region_of(plan: Plan | Mapping[str, Any]) -> str | None:
    """The place a plan's units belong to: its `region`, else the place its issuer or title
    starts with (鄂州市人民政府 -> 鄂州市); None where neither names one. A plan, or the
    metadata extract reads (a mapping with the same keys)."""
    if isinstance(plan, Mapping):
        region, issuer, title = plan.get("region"), plan.get("issuer"), plan.get("title")
    else:
        region, issuer, title = plan.region, plan.issuer, plan.title
    if region:
        return region
    for text, pattern in ((issuer, _ISSUER_PLACE), (title, _TITLE_PLACE)):
        m = pattern.match(_NOT_PLACE.sub("", text or ""))
        if m and m.group(0):
            return m.group(0)
    return None


def place_levels(region):
    """A place's levels, widest first: 重庆市綦江区 -> [重庆市, 綦江区]."""
    return _PLACE_LEVELS.findall(region or "")


def qualify(name, region):
    """A unit's name as it is known outside its plan: 市教育局 of 鄂州市 is 鄂州市教育局, 区教委 of
    重庆市綦江区 is 重庆市綦江区教委, 市财政局 of 重庆市綦江区 is 重庆市财政局. A name that
    already says its place, or a plan without a place, stays as it is."""
    if not region or not _RELATIVE.match(name):
        return name
    if name.startswith("各"):
        return region + name
    levels = place_levels(region)
    for k in range(len(levels) - 1, -1, -1):
        if levels[k].endswith(name[0]):
            return "".join(levels[:k + 1]) + name[1:]
    return name


class Directory:
    """The registry read for lookups: a spelling, in a region, -> its canonical name; and
    the names a reorganisation retired (`replaces`) -> the department that took them over.
    An entry with a `region` speaks for that place's plans only. A spelling is found as it
    is written, else by its identity: 市人社\u200b局 finds 市人社局's entry."""

    def __init__(self, registry):
        self.aliases = {}  # (region or None, spelling) -> canonical name
        self.retired = {}  # (region or None, old name) -> canonical name
        self.names = set(registry)
        self._keyed = None  # identity of a spelling -> [(region or None, canonical name)]
        self._units = {}  # (owner, region) -> unit(owner, region): each looked up once
        for name, entry in registry.items():
            region = _place(entry.get("region"))
            self.aliases[(region, name)] = name
            for alias in entry.get("aliases", ()):
                self.aliases[(region, alias)] = name
            for old in entry.get("replaces", ()):
                self.aliases[(region, old)] = name
                self.retired[(region, old)] = name

    def _look_alikes(self, name):
        if self._keyed is None:
            self._keyed = {}
            for (region, spelling), canonical in self.aliases.items():
                found = self._keyed.setdefault(identity(spelling), [])
                if (region, canonical) not in found:
                    found.append((region, canonical))
        return self._keyed.get(identity(name), ())

    def registered(self, name, region=None):
        """The registry's name for a spelling in a plan of region, or None."""
        region = _place(region)
        found = self.aliases.get((region, name)) or self.aliases.get((None, name))
        if found:
            return found
        entries = dict(reversed(self._look_alikes(name)))  # the first entry of a region
        return entries.get(region) or entries.get(None)

    def canonical(self, name, region=None):
        return self.registered(name, region) or name

    def unit(self, owner, region=None):
        """(the name a task's row keeps, the department counted) for an owner as a plan of
        region writes it: the registry's name, qualified by the place (市教育局 of 鄂州市 is
        鄂州市教育局); a look-alike of a registry spelling keeps its own spelling, the
        department is the registry's; any other name is counted as its identity."""
        found = self._units.get((owner, region))
        if found is None:
            place = _place(region)
            exact = self.aliases.get((place, owner)) or self.aliases.get((None, owner))
            if exact:
                found = exact, qualify(exact, place)
            else:
                found = owner, qualify(self.registered(owner, region) or identity(owner), place)
            self._units[(owner, region)] = found
        return found

    def department(self, name, region=None):
        """The department a name stands for in a plan of region: the unit vtrack counts."""
        return self.unit(name, region)[1]

    def name_to_write(self, name, department):
        """The name vtrack writes for a name a task's row keeps (unit()'s first) and the
        department it was counted as: the registry's name, else the name's identity."""
        if name in self.names:
            return name
        entries = self._look_alikes(name)
        for region, canonical in entries:
            if region is not None and qualify(canonical, region) == department:
                return canonical
        return next((c for region, c in entries if region is None), None) or identity(name)


def _place(region):
    """A plan's or an entry's region as it is matched: its identity."""
    return identity(region) if region else None


_SEPARATORS = "、，,;；/\n"
# 各区、县级市 and 各县、市、区人民政府 are one unit: the 各 covers the whole list (and 各辖市、
# 区应急管理局, 各市、州、直管市及神农架林区人民政府: cities by their standing)
_CITY_STANDINGS = "地级以上市|地级市|地市|设区的市|设区市|直管市|辖市"  # (cities by their standing)
_PLACE_KINDS = (f"县级市|县市区|县区|区县|市区|特区|{_CITY_STANDINGS}|"
                "区|县|市|镇|乡|乡镇|街道|省|自治区|直辖市|自治州|州|自治县|自治旗|旗|盟")
# (not 区直各部门, 县属企业, 市级部门: units of that level, of their own)
_BARE_PLACE = re.compile(rf"^各?(?:有关|相关)?(?:{_PLACE_KINDS}|园区)(?![直属级])")
_PLACE_LIST_HEAD = re.compile(rf"^各(?:有关|相关)?(?:{_PLACE_KINDS})(?:、(?:{_PLACE_KINDS}))*$")
_PLACES_NOTED = re.compile(rf"^各(?:{_PLACE_KINDS})[（(][^（()）]{{1,6}}[)）]$")  # 各市（县）
# (not 自治县人民政府 after 各县（市、区）: the autonomous counties' own, a list of another kind)
_PLACE_GOVERNMENT = re.compile(rf"^(?!自治)(?:{_PLACE_KINDS})(?:人民)?政府$")
# 各乡镇、街道 are places below a county's: one of its organs after them (各乡镇、县生态环境局,
# 各街道、区城管局) is a unit of its own, not the organ of each town (各市、县发展改革委 is
# of each city and county; 各乡、镇人民政府 of each town)
_TOWNS_LISTED = re.compile(r"^各(?:有关|相关)?(?:乡镇|乡|镇|街道)(?:、(?:乡镇|乡|镇|街道))*$")
_COUNTY_ORGAN = re.compile(rf"^[县区市](?!{_PLACE_KINDS}|(?:人民)?政府$)\S+")


# cities named by their standing, whose list an organ of the province or the prefecture
# follows (各设区市、省公安厅, 各辖市、市公安局): the organ is one of its own
_CITIES_BY_STANDING = re.compile(rf"(?:{_CITY_STANDINGS})$")


def _organ_above_cities(head, name):
    """Whether name, after a list of places, is an organ of the level above them: the
    province's after any (各市、省财政厅), the prefecture's after cities by their standing."""
    return name.startswith("省") and "省" not in head or \
        re.match(r"市(?![辖县区])", name) is not None and \
        _CITIES_BY_STANDING.search(head) is not None  # (not 市辖县, 市县, 市区: places)


def _county_organ_after_towns(head, name):
    """Whether name is a county's organ standing after a list of towns (各乡镇、县生态环境局)."""
    return bool(_TOWNS_LISTED.match(head) and _COUNTY_ORGAN.match(name) and
                _UNIT_END.search(_before_note(name)))


# levels alone before the name they share (市、县（市）交通运输管理部门, 省、市、县三级人民政府):
# one name as printed, no level a unit by itself (not 街道、板块: no organ's name after them;
# not 镇（街道）、区城管局, 乡镇、区生态环境局: a level of its own, beside an organ of a higher one)
# (市和区、县人民政府: the levels joined by 和 as well)
_BARE_LEVELS = re.compile(r"^(?:[省市州县区旗乡镇][、和及]?)+$")
# the levels of government, from the top down (a name's first character)
LEVEL_RANK = {"省": 0, "市": 1, "州": 1, "县": 2, "区": 2, "旗": 2, "乡": 3, "镇": 3}


# a name's level: 区, 县（市）, 区县（市）, 县级, 县两级
# (not 市场监管局: 市场 is no level)
# (县（市、区）: the level and the others its kind holds)
# words that open with a level's character and are no level (市场监管, 市容, 市政园林, 区域, 乡村
# 振兴); but 市政府, 市政协, 市政法委 are the city's
NOT_A_LEVEL = r"市场|市容|市政(?![府协法])|[省市县区]域|乡村"
# (县市区住建局: three levels said together, the body after them)
_LEVEL_OPENING = re.compile(rf"^(?!{NOT_A_LEVEL})[省市州县区旗乡镇]"
                            rf"(?:(?!{NOT_A_LEVEL})[省市州县区旗乡镇]){{0,2}}"
                            # (县级市（区）: a county-level city, a kind of place whole)
                            r"(?:（[省市州县区旗乡镇](?:、[省市州县区旗乡镇])*）|级市(?:（[区县]）)?|"
                            r"[两三四]?级(?!市))?"
                            r"(?=[\u4e00-\u9fff])")


def _levels_up(levels, name):
    """Whether name opens with a level above the last of levels (乡镇、县自然资源局: the towns,
    and a county's bureau, which shares nothing with them)."""
    return LEVEL_RANK[name[0]] < LEVEL_RANK[levels.rstrip("、和及")[-1]]


def _levels_down(levels, name):
    """Whether name opens with a level below the last of levels (市 before 县…, 县 before 乡…):
    the levels run down into the name they share."""
    last = LEVEL_RANK[levels.rstrip("、和及")[-1]]
    return name[:1] in LEVEL_RANK and LEVEL_RANK[name[0]] > last


# 市直有关部门、单位, 各站所、科室: a bare noun after 、 belongs to the unit before it
_BARE_NOUN = re.compile(r"^(?:单位|部门|机构|企业|组织|科室|处室|股室|站所)$")
# the 各 a name opens with, after a scope of a word at most (各相关处室, 学院各单位, 全县各级…),
# which the bare kinds after it share; not an organ's name (县住建局各科室、企业: the firms are
# none of the bureau's)
# (各级各部门、单位: every level's every one, 各级各, shared whole)
_EVERY_OF = re.compile(r"^[\u4e00-\u9fff]{0,2}?各级?(?:各)?(?:有关|相关)?(?=[\u4e00-\u9fff])")
_OWN_KIND = re.compile(r"^(?:单位|部门|科室|处室|股室|站所)$")  # (an organ's parts, not 企业)
_SCOPE = re.compile(r"^(?:全[省市县区镇乡]|[省市县区]直|[省市县区]属)?各")  # (全县各级…, 各…)
_CONCERNED = re.compile(r"^(?:有关|相关)(?:部门|单位)$")
_LISTED = ("、", "和", "及", "与")  # the marks that join one more of a list (not 会同, 配合)
_VAGUE_PIECE = re.compile(r"^(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构)$")
# 市财政局等有关部门 -> 市财政局, and more units than named
# others of a kind a few words say, after the units named (…燃气公司等管线单位, …等行业主管部门,
# 科技部、财政部和相关科技项目管理部门)
OTHERS_OF_A_KIND = r"(?:其他|其它)?(?:有关|相关)?[\u4e00-\u9fff]{0,8}?(?:部门|单位|机构)"
# …or, after 等 only, of any organised kind (A、B等社区基层组织; 和社会组织 is a name)
OTHERS_ORGANISED = r"[\u4e00-\u9fff]{0,8}?组织"
_VAGUE_TAIL = re.compile(rf"等(?:{OTHERS_OF_A_KIND}|{OTHERS_ORGANISED})?$")
_DUTY_TAIL = re.compile(r"(?:按职责分工|按照职责分工|按职责|参照)?"
                        r"(?:负责落实|负责|牵头|配合|落实|参与|执行)$")
_PERSON = re.compile(r"(?:县长|市长|区长|镇长|乡长|书记|局长|主任|同志)$")


# how a unit's name is set apart from the words that follow it as their label: a colon, or a
# dash (省教育厅：…, 学工处――…, 校办——…)
LABEL_SEPARATOR = r"(?:[：:]|——|――|—|--)"
OPENING = "（(〔【[［"
CLOSING = "）)〕】]］"


def split_outside_brackets(text, separator, candidates=None):
    """[(piece, the separator after it)] for text split where separator(text, i, start) holds
    and no bracket is open: 各县（市、区）政府 stays one piece. candidates: the only characters
    separator can hold at, where known (it is then asked of those alone)."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and (candidates is None or ch in candidates) and \
                separator(text, i, start):
            pieces.append((text[start:i], ch))
            start = i + 1
    pieces.append((text[start:], ""))
    return pieces


def _joins_levels(text, i):
    """Whether the 、 at i joins the levels of one body of many (各县（市）、区人民政府: the
    governments of each county, county-level city and district), not two units."""
    if text[i] != "、":
        return False
    # (县直、驻县有关单位: the units of two levels, the kind said once after the last)
    before = re.split(r"[、，,;；]", text[:i])[-1].strip()
    # (not 县直、县属国有企业: the units of one level, and firms of another)
    if _BARE_LEVEL.fullmatch(before) and text.startswith("驻", i + 1) and \
            len(re.split(r"[、，,;；]", text[i + 1:])[0]) > 2:
        return True
    return text[i + 1:i + 2] == "区" and re.search(r"县[（(]市[)）]$", text[:i]) is not None


# a level alone, before the kind of its units (县直, 驻县)
_BARE_LEVEL = re.compile(r"[省市州县区旗]直|驻[省市州县区旗]")


@functools.lru_cache(maxsize=4096)  # an owner cell is read again by each rule that asks
def _pieces(text):
    """text split at 、，,;； and 及 (以及, and 等和) that stand outside brackets; at 及 only after
    a name (市财政局及各区, 国营农场及农场社区), not a bare word (劳工及福利局: one bureau's);
    at 和 or 与 only between two units (县民政局与县文体广新局; not 县教育与体育局)."""
    text = re.sub(r"等和", "等、", text).replace("以及", "及")  # A以及B is A及B said longer
    # (各县（区）各有关单位: every one of a kind, its note closed, then every one of another)
    text = re.sub(r"^(各[^、，,;；（(]{1,6}[（(][^（()）]{1,8}[）)])(?=各)", r"\1、", text)
    return tuple(split_outside_brackets(text, lambda text, i, start: (
        (text[i] in _SEPARATORS and not _joins_levels(text, i) and
         not _joins_organ_kinds(text, i)) or
        # (not 及时, 及早: a word of the work's manner, 行政审批局及时登录…)
        (text[i] == "及" and i > start + 1 and text[i + 1:i + 2] not in ("时", "早") and (
            len(text[start:i].strip()) >= 4 or
            # (各地及省防指相关成员单位: every place, then another kind)
            _EVERY_PLACE.fullmatch(text[start:i].strip()) is not None or
            _UNIT_END.search(text[start:i].strip()) is not None)) or
        (text[i] == "和" and _and_between_units(text, i, start)) or
        # (县民政局与县文体广新局, a unit named with its level, or 文化站与中小学, short; not
        # 推进中等职业学校与武汉职业技术学院, the work done with another)
        (text[i] == "与" and (_RELATIVE.match(text[start:i].strip()) is not None or
                             len(text[start:i].strip()) <= _SHORT_NAME_MAX) and
         _and_between_units(text, i, start))), _SEPARATORS + "及和与"))


_COUNTED_GOVERNMENTS = re.compile(r"[两三四五六七八九十\d][省市县区]{1,3}(?:人民)?政府$")
_SHORT_NAME_MAX = 4  # characters: a unit's short name with no level (文化站, 派出所)


def _joins_organ_kinds(text, i):
    """Whether the 、 at i joins the kinds of organ one 各 is over (市政府各委、办、局和直属各单位:
    every commission, office and bureau, each kind said by its ending), not two names."""
    return text[i] == "、" and EVERY_ORGAN_KIND.search(text[:i]) is not None and \
        _ORGAN_KIND.fullmatch(text[i + 1:i + 2]) is not None and \
        (i + 2 >= len(text) or text[i + 2] in "、，,;；：:和及与（(")


# an organ's own ending before 和 (not _UNIT_END's 部门 单位 or a place: 有关部门和单位 is
# one kind said in two words; 省直有关部门和各市人民政府, a kind then every one of another,
# _and_between_units parts all the same)
_ORGAN_BEFORE_AND = re.compile(r"(?:局|委|办|厅|院|所|站|队|中心|公司|科|股|室|处|校|政府|管委会|"
                               r"委员会|机关)$")
_KIND_END = re.compile(r"(?:企业|单位|部门|机构)$")  # a kind of body a field's word names
_BARE_KIND = re.compile(r"^(?:有关|相关|其他|其它)(?:单位|部门|机构|方面)$")
# the units concerned, of a kind and perhaps a field's word (相关部门, 相关职能部门, 有关执法单位)
_RELEVANT_KIND = re.compile(r"^(?:有关|相关|其他|其它)[\u4e00-\u9fff]{0,4}?(?:单位|部门|机构)$")
_SHARED_BODY = re.compile(r"^(?:人民)?政府$|^管委会$|^管理委员会$|^党(?:工)?委$|^人大$|^政协$")


# every one of a level, then a field (各县区文化广电…), and the rest of one organ's name after
# 和 with its own ending and no level of its own (…旅游局, …信息化委)
_LEVEL_THEN_FIELD = re.compile(r"^各(?:省级|市级|县级|区级|县区|市县|地|级)?[\u4e00-\u9fff]{2,6}$")
_ONE_ORGAN_AFTER_AND = re.compile(r"^(?![各省市州县区乡镇])[\u4e00-\u9fff]{2,8}"
                                  r"(?:局|委员会|委|厅|办公室|办|中心|署)$")
# the fields of work whose own names hold 和, as the ministries' and bureaus' names have them:
# 各地住房和城乡建设部门 is one unit, 各地卫健和各级疾控机构, 各级财政和审计部门 two
FIELDS_WITH_AND = [tuple(name.split("和")) for name in (
    "住房和城乡建设", "人力资源和社会保障", "文化和旅游", "工业和信息化", "卫生和计划生育",
    "自然资源和规划", "发展和改革", "教育和体育", "民族和宗教", "广播电视和网络视听",
    "文化广电和旅游", "文化体育和旅游", "经济和信息化", "城市管理和综合执法", "规划和自然资源",
    "政务服务和大数据管理", "林业和草原", "粮食和物资储备", "粮食和储备", "劳动和社会保障",
    "水利和湖泊", "科技和信息化")]


# 我局, 我部: the organ that issues the words, naming itself
SELF = re.compile(r"我[局部厅委办院站所]")


def _and_between_units(text, i, start):
    """Whether 和 (or 与) at i parts two units (公用事业办和各村（社区）, 经济办和引进办): an
    organ's name before it and one after it, up to the next mark; not a name's own 和
    (住房和城乡建设局, 文化和旅游局: no organ's ending before it)."""
    before = text[start:i].strip()
    # (the next name up to the next mark: 县文化和旅游局 keeps its own 和)
    after = re.split(r"[、，,;；/\n及]", text[i + 1:], maxsplit=1)[0].strip()
    # (交通局和农业局等: the last named, the rest said after it by 等)
    after = re.sub(r"(?<=\S\S)等$", "", after)
    if _SHARED_BODY.match(after):
        return False  # 各县（市、区）党委和人民政府: two bodies of one place, sharing it
    if before.endswith("政府") and (after.startswith("社会资本") or
                                   _COUNTED_GOVERNMENTS.search(before) or
                                   (len(after) < 3 and not after.startswith("各") and
                                    not re.search(r"[委办局厅院部]$|乡镇|街道|社区", after))):
        # (市政府和社会资本合作中心: the PPP centre's own name; 县人民政府和企业: a government and
        # a kind of no name; 北京、天津、河北三省市人民政府和…: places counted, read whole)
        return False
    if SELF.match(after) and re.search(r"(?:单位|部门|科室|处室|机构)$", before):
        return True  # (县直各单位和我局: every one of a kind, and the issuer itself)
    if _BARE_NOUN.match(after) and placeholder(before):
        return False  # 相关处室和单位: the ones concerned, of two kinds said in one breath
    # (各责任单位和属地乡镇, 各乡镇和县直各部门: a kind of body asked as a whole, then another
    # of three characters or more, or every one of a kind, 各监管部门和各区; not 各有关部门和
    # 单位, one kind said in two words; but every place, then those concerned, 各县（市、区）
    # 和有关部门)
    # (not 各地住房和城乡建设部门, 各省级人力资源和社会保障主管部门: a level, then a field whose
    # own name holds 和, no unit before it)
    if any(before.endswith(first) and after.startswith(second)
           for first, second in FIELDS_WITH_AND):
        return False
    # (各县区文化广电和旅游局, 各市经济和信息化委: a level and a field, then the rest of one
    # organ's name with its own ending, no level of its own; not 各级财政和审计部门, two
    # fields sharing a kind of body)
    if _LEVEL_THEN_FIELD.match(before) and not _UNIT_END.search(before) and \
            _ONE_ORGAN_AFTER_AND.match(after):
        return False
    # (各地和流域机构: every place, its two characters, then another kind)
    kind_before = before.startswith("各") and \
        (len(before) >= 3 or _EVERY_PLACE.fullmatch(before) is not None) and \
        (len(after) >= 3 or after.startswith("各")) and \
        (not _BARE_KIND.match(after) or _PLACE_LIST_HEAD.match(before) is not None or
         _PLACES_NOTED.match(before) is not None)
    # (县直相关单位和各乡镇（街道）: units of a kind, then every one of another)
    kinds_then_every = re.search(r"(?:单位|部门)$", before) is not None and \
        after.startswith("各") and len(after) >= 3
    # (项目所在地乡镇和县林业局, 属地乡镇和县林业局: places, then an organ of a level)
    places_then_organ = re.search(r"(?:乡镇|街道|社区)$", before) is not None and \
        re.match(r"[省市县区]", after) is not None and \
        _ORGAN_BEFORE_AND.search(_before_note(after)) is not None
    # (住房城乡建设部和省级住房城乡建设主管部门: an organ, then the organs of a level below)
    if _UNIT_END.search(before) is not None and re.match(r"[省市州县区][级直]", after) and \
            len(after) >= 4:
        return True
    # (庆阳市和省直有关部门: a place, then the units of a level)
    # (not 大中城市, 地级市, 中心城区: places of a kind, no one place)
    place_then_level = re.fullmatch(r"[\u4e00-\u9fff]{1,6}[市县区州旗盟]", before) is not None and \
        not _PLACE_OF_A_KIND.match(before) and re.match(r"[省市州县区][直级]", after) is not None
    # (各镇街和相关部门, 全县各乡镇和相关职能部门: every town, then the
    # departments concerned)
    towns_then_relevant = re.fullmatch(r"(?:全[县市区旗])?各(?:乡镇|镇街|街镇|街道|镇|乡)",
                                       before) is not None \
        and _RELEVANT_KIND.match(after) is not None
    # (危险化学品生产企业和港口经营企业, 教育部门和卫生健康部门: two bodies of a kind, each named
    # by its field; not 有关部门和单位, one kind said in two words)
    # (联席会议成员单位和平台业务单位: the members, a kind named at length, and others)
    two_of_a_kind = (m := _KIND_END.search(before)) is not None and \
        after.endswith(m.group(0)) and len(before) >= 4 and len(after) >= 4 and \
        (not placeholder(before) or len(before) >= 6 and not placeholder(after))
    if two_of_a_kind:
        return True
    # (各相关部门和乡镇, 有关部门和镇村, 相关部门和供热企业, 主管部门和运营管理单位: departments,
    # then bodies of another kind, the towns or the firms or a field's units; not 有关部门和单位,
    # one kind said in two words)
    # (a bare 乡镇, 企业 alone is no unit a list reads: 相关部门和企业 stays as printed; nor is
    # 所属企业, the firms of those before it)
    organs_then_others = _DEPARTMENTS_END.search(before) is not None and \
        not after.startswith(_OF_THOSE_BEFORE) and (
        _TOWNS.fullmatch(after) is not None or
        (_FIRMS_END.search(after) is not None and len(after) >= 4) or
        (after.endswith(("单位", "机构")) and len(after) >= 4 and not placeholder(after)))
    # (乡镇和相关部门, 街道和有关职能部门, 所有乡镇和涉农部门: the towns, then departments)
    towns_then_organs = _TOWNS.fullmatch(before) is not None and \
        _DEPARTMENTS_END.search(after) is not None and len(after) >= 4
    # (公安和司法部门, 卫健和疾控部门: two fields sharing the kind of body after the second, as
    # 公安、司法部门 do; not 住房和城乡建设部门, a field whose own name holds 和, above)
    fields_sharing_kind = _BARE_FIELD.fullmatch(before) is not None and \
        _UNIT_END.search(before) is None and _FIELD_KIND.fullmatch(after) is not None
    # (镇村两级和相关部门, 市县两级和有关部门: the levels said together, then those concerned)
    levels_then_relevant = LEVELS_TOGETHER.fullmatch(before) is not None and \
        _RELEVANT_KIND.match(after) is not None
    # (开发区和各职能单位, 高新区和各乡镇: a zone, a body of its own, then every one of a kind)
    zone_then_every = re.search(r"(?:开发区|经开区|高新区|新区|园区|示范区|试验区)$", before) \
        is not None and after.startswith("各") and len(after) >= 3
    if organs_then_others or towns_then_organs or fields_sharing_kind or \
            levels_then_relevant or zone_then_every:
        return True
    # (我局和县公安局: the issuer naming itself, then another)
    return (len(before) >= 3 or SELF.fullmatch(before) is not None or kind_before or
            towns_then_relevant) and \
        (_ORGAN_BEFORE_AND.search(before) is not None or kind_before or kinds_then_every or
         places_then_organ or place_then_level or towns_then_relevant) and \
        len(after) >= 2 and (after.startswith("各") or
                             _UNIT_END.search(_before_note(after)) is not None)


_EVERY_PLACE = re.compile(r"各[地区市县镇乡]")
# levels said together, each place of them (市县两级, 镇村两级, 省、市、县三级)
LEVELS_TOGETHER = re.compile(r"(?:[省市州县区旗乡镇村]、?){2,4}[两三四五]级")
_DEPARTMENTS_END = re.compile(r"(?:部门|机构)$")
_OF_THOSE_BEFORE = ("所属", "下属", "直属", "其")
# (a field's word; not a level's, 中央和国家机关, 省和市直机关: bodies of two levels)
# (党政和群团机关, 省市和县级部门: bodies of a kind, levels, no field's word)
_BARE_FIELD = re.compile(r"(?:各级)?(?!中央|国家|地方|上级|本级|党政|[省市县区乡镇](?:直|级|属)?$|"
                         r"[省市县区乡镇]{2,3}$)[\u4e00-\u9fff]{2,4}")
# (not 有关部门, 县级部门: the ones concerned, a level's, no field of their own)
_FIELD_KIND = re.compile(r"(?!有关|相关|其他|其它|职能|主管|行政|[省市县区乡镇各]级)"
                         r"[\u4e00-\u9fff]{2,4}(?:部门|机关)")
_FIRMS_END = re.compile(r"(?:企业|公司)$")
# the towns of a place, as a kind (乡镇, 各镇街, 相关镇村, 属地街道（社区）, 各村)
_TOWNS = re.compile(r"(?:各|相关|有关|所有|属地|全[县区市])"
                    r"(?:乡镇|镇村|镇街|街镇|街道|社区|村|镇|乡)"
                    r"(?:[（(][^（）()]{1,8}[）)])?|"
                    r"(?:乡镇|镇街|街镇|街道|镇|乡)[（(][^（）()]{1,8}[）)]")
_PLACE_OF_A_KIND = re.compile(r"^(?:大中小?|中小|大|特大|超大|地级|县级|设区的?|直辖|中心|主|老|新|"
                              r"省会)?(?:城市|城区|市区|县区|市县)$|^(?:[地县]级|设区|直辖)市$")
_LEAD_MARK = re.compile(r"[（(]\s*牵头(?:单位|部门)?\s*[）)]$")


def lead_marked(names):
    """(names without a （牵头） mark, the names that carried one): 县发改局（牵头）、县财政局."""
    leads = [n for n in names if _LEAD_MARK.search(n)]
    return [_LEAD_MARK.sub("", n) for n in names], [_LEAD_MARK.sub("", n) for n in leads]


# a list's word for "and" that opens a piece (…等五个工作专班，以及县指挥办各工作组): no name
# starts so (and not 和, which 和平区 and 和田地区 start with)
# (以及 is 及 by now: _pieces writes it so; 与会单位 are those at a meeting)
_CONJUNCTION = re.compile(r"^(?:及|与(?!会))(?=\S{2})")


# 农村改厕是乡村振兴局（负责实施…）: the matter a sentence is about, then who does it; a
# unit's own name holds no 是
_TOPIC_IS = re.compile(r"^[^、，,（(]{2,12}?是(?=[\u4e00-\u9fff]{2})")


# 省机场集团有限公司（以下简称省机场集团）, …（以下统称…）: the note that names it shorter is no
# part of it
# (…应急管理办公室（简称区政府应急办）: the same note without its 以下)
# (…指挥部办公室（设在市交通局）: where the office sits, no part of its name)
_CALLED = re.compile(r"[（(](?:以下(?:简称|统称|称)|简称|设在)[^（）()]{0,20}[）)]")


# 各委、办、局, 各有关委、办、厅、局: every organ of each kind, the kinds said by their endings
# (州委各部、委、室: a party committee's departments, commissions and offices)
_ORGAN_KIND = re.compile(r"[委办厅局部室]")
EVERY_ORGAN_KIND = re.compile(r"各(?:有关|相关|直属)?[委办厅局部室](?:、[委办厅局部室])*$")


def units(text):
    """A list of responsible units as written in a plan -> (names in the plan's order,
    whether it names only some of them: 等, 有关部门)."""
    names: list[str] = []
    vague, joined = False, "、"
    pieces = _pieces(text or "")
    for k, (piece, separator) in enumerate(pieces):
        name = piece.strip(" \t\u3000。.：:")
        name = _DUTY_TAIL.sub("", _CONJUNCTION.sub("", _CALLED.sub("", name))).strip()
        name = _TOPIC_IS.sub("", name)
        if names and name.startswith("其") and len(name) > 2 and \
                not re.match(r"其(?:他|它|余)|其中(?:[，,：:的]|$)", name):
            # (县人民政府及其相关部门: its own departments, the one before named for 其)
            name = names[-1] + name[1:]
        if _VAGUE_TAIL.search(name) and not _VAGUE_TAIL.fullmatch(name):
            name, vague = _VAGUE_TAIL.sub("", name).strip(), True
        if not name:
            joined = separator
            continue
        if names and joined == "、" and names[-1].startswith("各级") and _SHARED_BODY.match(name):
            name = "各级" + name  # (各级党委、政府: every level's government too)
        every = _EVERY_OF.match(names[-1]) if names and joined == "、" else None
        # (学院各单位、部门: an organ's own kinds of body share its scope; 企业 is no one's)
        if every and _BARE_NOUN.match(name) and \
                (_SCOPE.match(every.group(0)) or _OWN_KIND.match(name)):
            # 各部门、单位 and 各相关处室、单位: every one of each kind, the 各 (and what it
            # qualifies) shared
            name = every.group(0) + name
            if name not in names:
                names.append(name)
        elif names and joined == "、" and _BARE_LEVELS.match(names[-1]) and \
                not _BARE_LEVELS.match(name) and _UNIT_END.search(_before_note(name)) and \
                (opening := _LEVEL_OPENING.match(name)) and not _levels_up(names[-1], name):
            # 市、区教育局, 区、县（市）教育局: the levels before share the body after the last
            # one's level (市教育局, 区教育局)
            level = opening.group(0)
            body = name[len(level):]
            # (市、县两级环保部门, 市、县级财政部门: the levels, each its own 环保部门, named as
            # the ones before it are)
            name = re.sub(r"[两三四]?级$", "", level) + body
            shared = [each + body for each in re.split(r"[、和及]", names.pop()) if each]
            names += [n for n in [*shared, name] if n not in names]
        elif names and joined == "、" and re.fullmatch(r"各(?:乡镇|镇|乡|街道)", names[-1]) and \
                re.fullmatch(r"街道|社区|村", name):
            # 各乡镇、街道: every town and every street office, the 各 shared, two kinds
            names.append("各" + name)
        elif names and joined == "、" and (
                _BARE_NOUN.match(name) or
                (_BARE_LEVELS.match(names[-1]) and _levels_down(names[-1], name) and
                 _BARE_LEVELS.match(name)) or
                # (各区、镇、村: the villages the last of the places said bare)
                (_PLACE_LIST_HEAD.match(names[-1]) and
                 (_BARE_PLACE.match(name) or re.fullmatch(r"村|社区", name) and
                  _BARE_PLACES.fullmatch(f"{names[-1]}、{name}") is not None) and
                 not re.fullmatch(r"(?:街道|乡镇|镇)(?:办事处|办)", name) and
                 not _county_organ_after_towns(names[-1], name) and
                 not _organ_above_cities(names[-1], name)) or
                # 各市（县）、区政府: the places share the government that ends the last
                (_PLACES_NOTED.match(names[-1]) and _PLACE_GOVERNMENT.match(name))):
            names[-1] = f"{names[-1]}、{name}"
        elif (_VAGUE_PIECE.match(name) and not (
                # (各乡镇、相关部门要…, 各县（市、区）和有关部门要…, 有关部门和镇村要…: the ones
                # concerned named in a list of its own, one of those asked; not A牵头，有关部门
                # 按职责分工负责, nor A会同有关部门和…: others besides the ones named)
                _CONCERNED.match(name) and (separator == "、" or (k and joined in _LISTED) or
                                           _concerned_first(pieces, k)))) or \
                name == "等":
            vague = True
        elif not _PERSON.search(name) and name not in names:
            names.append(name)
        joined = separator
    return [each for name in names for each in _places_apart(name)], vague


# 各县、区, 各乡、镇（区）: every place of one kind and every one of another, named by their
# kinds alone, no body after them to share (各县、区教育局 shares its 教育局: one name)
# (各区、镇、村: the villages too, the last and lowest of them)
_BARE_PLACES = re.compile(r"各(?P<kinds>[省市州县区旗乡镇](?:、(?:[省市州县区旗乡镇村]|社区))+)"
                          r"(?P<note>[（(][^（）()]{1,8}[）)])?")


def _places_apart(name):
    """name, or the places of a bare list of kinds apart (各县、区 -> 各县, 各区)."""
    bare = _BARE_PLACES.fullmatch(name)
    if bare is None:
        return [name]
    kinds = bare.group("kinds").split("、")
    return [f"各{kind}" for kind in kinds[:-1]] + [f"各{kinds[-1]}{bare.group('note') or ''}"]


def _concerned_first(pieces, k):
    """Whether the units concerned, first in a list and joined by 和 to a body of another kind
    (相关部门和施工单位要…, 有关部门和各乡镇要…), are one of those asked (after 会同, A会同有关部门
    和各县市区…, the others A works with besides the places: owners.py takes them off first)."""
    return k == 0 and pieces[0][1] in _LISTED and len(pieces) > 1


def split_units(text):
    """A list of responsible units as written in a plan -> names, in the plan's order."""
    return units(text)[0]


_UNIT_END = re.compile(r"(?:局|委|办|院|校|学|厅|部|会|中心|政府|集团|公司|中专|处|室|所|股|站|队|"
                       r"行|社|团|馆|区|县|镇|街道|单位|部门|企业|园|组|机构|机关|[銀银]行|[學学]校|联|署|总局|"
                       r"管委|委员会|）|\))$")


def looks_like_units(text):
    """Whether text reads as a list of units (市教育局、市人社局。) rather than a sentence."""
    names = split_units(text)
    if not names or "。" in text.strip().rstrip("。"):
        return False
    # (加快城中村、老旧城区、工业园区等范围内的管网建设。: places the work is in, a sentence's
    # object, where its last piece names no unit)
    last = _before_note(names[-1])
    if not _UNIT_END.search(last) and (len(last) > 12 or "的" in last):
        return False
    return sum(1 for n in names if len(n) <= 20 and _UNIT_END.search(_before_note(n))
               and not COUNTED.search(n)) >= 0.6 * len(names)


# a count that ends like a unit's name (新建公办幼儿园3所): a figure of the work
COUNTED = re.compile(r"\d+\s*(?:[处所站室队个座家条]|万|千)+$")


_CLOSING_NOTE = re.compile(r"(?<=.)[（(][^（()）]*[)）]$")


def _before_note(name):
    """A name without the note in brackets it closes with, where it is one (各镇（街道） ->
    各镇; 完成1480人（20%） -> 完成1480人): a bracket ends a unit's name only after a unit."""
    return _CLOSING_NOTE.sub("", name)


def retire(registry, old, new, region=None):
    """The registry after old is retired in favour of new (in region's plans, or every
    place's): new takes old's aliases, and old's name, as one it `replaces`."""
    registry = {name: dict(entry) for name, entry in registry.items()}
    entry = registry.get(old) if registry.get(old, {}).get("region") in (None, region) else None
    successor = registry.setdefault(new, {"aliases": []})
    if region:
        successor.setdefault("region", region)
    aliases = list(successor.get("aliases", []))
    if entry is not None:
        aliases += [a for a in entry.get("aliases", []) if a != new]
        if entry.get("contact") and not successor.get("contact"):
            successor["contact"] = entry["contact"]
        if entry.get("region") == region:  # the whole entry moves; of every place: it stays
            del registry[old]
    successor["aliases"] = list(dict.fromkeys(a for a in aliases if a not in (new, old)))
    successor["replaces"] = list(dict.fromkeys(successor.get("replaces", []) + [old]))
    return registry


# -- where a department is reminded (催办): the registry's `remind:` --------------------------
#
# A webhook URL or a mail address, as tasks.yaml gives it; a secret never: only the name of the
# environment variable that holds it (secret_env), so the file can be kept in git and shared.

CHANNELS = {"dingtalk": "钉钉", "wecom": "企业微信", "mail": "邮件"}
REMIND_KEYS = (*CHANNELS, "secret_env")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ADDRESS = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+\Z")


def remind_problem(key, value):
    """Why one value of a department's `remind:` is not usable, or None."""
    if key in ("dingtalk", "wecom"):
        from urllib.parse import urlsplit
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return f"{key} 应是机器人的 webhook 地址（https://…），不能是 {value!r}"
    elif key == "mail":
        if not _ADDRESS.match(value):
            return f"mail 应是邮件地址（如 jyj@example.gov.cn），不能是 {value!r}"
    elif key == "secret_env" and not _ENV_NAME.match(value):
        return (f"secret_env 应是环境变量的名称（如 VTRACK_DD_SECRET_JYJ），不能是 {value!r}："
                "密钥本身不写入 tasks.yaml")
    return None


def remind_channels(entry):
    """A registry entry's channels: [(channel, address, secret_env or None)], in CHANNELS'
    order; [] where it sets none. Several mail addresses are one mail to them all: one
    message, sent or not, recorded once."""
    remind = entry.get("remind") or {}
    found = []
    for channel in CHANNELS:
        given = remind.get(channel)
        if given:
            found.append((channel, given if isinstance(given, str) else ", ".join(given),
                          remind.get("secret_env") if channel == "dingtalk" else None))
    return found
