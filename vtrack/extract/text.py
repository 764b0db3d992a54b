"""Plan text as published -> clean lines: encoding, line ends, pinyin notes, stray spaces."""
import functools
import os
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..deadlines import cn_number
from ..errors import VtrackError
from .units import read as read_units

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň"
# 優(yōu)化: a web page's pinyin note after a character, never part of the text
# (会(huì )议: a space left before the bracket closes, as some converters do)
_PINYIN_TONED = re.compile(rf"(?<=[{_CJK}])[(（][a-zü]*[{_TONED}][a-zü{_TONED}]* ?[)）]")
_PINYIN_PLAIN = re.compile(rf"(?<=[{_CJK}])[(（][a-zü]{{1,6}} ?[)）]")
# a plain note that is a syllable of pinyin (關(guan)于, 辦(ban)): a page annotated so throughout,
# not a letter or an abbreviation here and there (附件(doc), 方式(a))
_PINYIN_SYLLABLE = re.compile(
    rf"(?<=[{_CJK}])[(（](?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|"
    r"iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)[)）]")
_PLAIN_NOTES_MIN = 10
_NOTES_IN_A_RUN = 4
# spaces between two Chinese characters, or a Chinese character and a digit
# (one or two: a tab or a wider gap separates a table's columns and stays)
_STRAY_SPACE = re.compile(rf"(?<=[{_CJK}“”《》（）、，。：；])[ \u3000\xa0]{{1,2}}"
                          rf"(?=[{_CJK}\d“”《》（）])"
                          rf"|(?<=[{_CJK}\d])[ \u3000\xa0]{{1,2}}(?=[{_CJK}“”《》（）])")
# 会议明确 , 要…短板;加强… 。, 县应急局 、县住建局: a page that set its marks apart by spaces,
# between words or at the line's end (not 市教育局 市财政局, a list's units a space apart, which
# keeps its space)
_SPACED_MARK = re.compile(rf"(?<=[{_CJK}])[ \u3000\xa0]{{1,2}}([,;，；。、：])[ \u3000\xa0]{{0,2}}"
                          rf"(?=[{_CJK}“《（(]|$)")
# a ? after a word or a cell and before a space, a bar or the line's end: a non-breaking
# space a page saved as ?
_LOST_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d）)：:。，,；;])\?+(?=[ \t|]|$)", re.M)
# ???（一）…, ?（四）…: a paragraph's indent a page saved as ? (one ? before words is a bullet's)
_LOST_INDENT = re.compile(r"^[ \t]*(?:\?{2,}|\?(?=[（(\d]|[一二三四五六七八九十]{1,3}、))", re.M)
BULLETS = "·●■◆•▪◇☑"  # the glyphs a page opens a point with (outline reads them as items)
# a point's opening mark: dashes or a glyph (outline's items, a title's words without it)
BULLET_MARK = rf"——|－－|--|[{BULLETS}]"
# an arrow opens a point too, where the points it opens follow one another with the same
# arrow (▶新增公共停车位… ⏎ ▶改造老旧小区…); over other lines it opens a heading (▶ 强化要素
# 保障 ⏎ ● …, ▶ … ⏎ ➢ …)
_ARROW = re.compile(r"^([ \t\u3000]*)[▶►➤➢](?=[ \t\u3000]*\S)", re.M)
_RUN_BULLETS = re.compile(rf"^([{BULLETS}])[^|\t]*\1[^|\t]*$", re.M)  # not a table's cell
# a bullet's glyph, not the dot of a date's name (3·15, 12·4, 七·一)
_BULLET_AT = re.compile(rf"(?<![\d一二三四五六七八九十])[{BULLETS}]|"
                        rf"[{BULLETS}](?![\d一二三四五六七八九十])")
# the Cyrillic Р (or ¶) between two Chinese characters or marks: a paragraph's end
_PARAGRAPH_MARK = re.compile(rf"(?<=[{_CJK}。；：！？”）)])[Р¶](?=[{_CJK}（(“\d])")
_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）"}
_ANY_HALF = re.compile(r"[,;:()]")
_HALF_NEAR_CJK = re.compile(rf"(?<=[{_CJK}])[,;:()]|[,;:()](?=[{_CJK}])")


def decode(data: bytes, path: str | os.PathLike[str] = "document") -> str:
    """Bytes of a plan in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise VtrackError(f"{path}：既不是 UTF-8 也不是 GB18030 编码（第 {e.start} 字节）："
                          "请把方案另存为 UTF-8 文本") from None


# a paragraph's sentences (40 characters or more, no cell before them, the last closed by 。)
# followed only by the empty cells of a page's layout table, four bars or more (not a cell a
# line's one bar, 市发改委牵头。 |, nor a task table's row whose merged cells are left empty,
# …改造工程。 | |)
_EMPTY_CELLS_AFTER = re.compile(r"^(?P<prose>[^|]{39,}[。！？])\s*\|(?:\s*\|){3,}\s*$")


_STOPS = ("。", "；", ";", "！")  # the marks a point's sentence ends with (a heading has none)


def _arrows_as_bullets(text: str) -> str:
    """text with the arrows that open points as bullets (●): an arrow line whose next line
    with words opens with the same arrow, or the last of such a run, or one that ends as a
    sentence does."""
    if not any(arrow in text for arrow in "▶►➤➢"):
        return text
    lines = text.split("\n")
    # (each line's arrow: ▶ over ➢ points heads them, the same arrow runs)
    arrowed = [m.group(0)[-1] if (m := _ARROW.match(line)) else "" for line in lines]
    if sum(map(bool, arrowed)) < 2:
        return text
    filled = [k for k, line in enumerate(lines) if line.strip()]
    following = {a for a, b in zip(filled, filled[1:], strict=False)
                 if arrowed[a] and arrowed[a] == arrowed[b]}
    following |= {b for a, b in zip(filled, filled[1:], strict=False) if a in following}
    following |= {k for k in filled if arrowed[k] and lines[k].rstrip().endswith(_STOPS)}
    return "\n".join(_ARROW.sub(r"\1●", line, count=1) if k in following else line
                     for k, line in enumerate(lines))


# a web page's markup left in its text (<del id="twfpw"></del>, <em>, <BR>, <FONT face=…>): no
# words of the plan; a tag that breaks a line (<br/>, </p>, </tr>) breaks it still. Any tag
# in lower case, an older page's known ones in capitals too; not a capital letter alone,
# <A>级, <I>类, nor <GB3095>: a plan's own words
_KNOWN_TAGS = (r"br|p|div|span|font|td|th|tr|table|tbody|thead|b|strong|em|i|u|a|img|li|ul|"
               r"ol|h[1-6]|sup|sub|center|o:p")
_MARKUP = re.compile(r"(?!<[A-Z]>)</?"
                     r"(?P<tag>[a-z][a-z0-9]{0,9}|(?i:" + _KNOWN_TAGS + r")(?![a-z0-9]))"
                     r"(?:\s+[a-zA-Z:-]+(?:=(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))?)*"
                     r"\s*/?>")
_LINE_TAGS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "table", "ul", "ol"})


def _unmarked(text: str) -> str:
    """text without a web page's markup, its line breaks kept as lines."""
    return _MARKUP.sub(lambda m: "\n" if m.group("tag").lower() in _LINE_TAGS else "", text)


# 图为牛背鹭钱明富摄通知明确，…: a news page's photo caption run into the paragraph after it,
# at a line's or a sentence's start, no words of the text
_PHOTO_CAPTION = re.compile(r"(?m)(?:^|(?<=[。！？]))[ \u3000]*图为[^。！？；;，,\n]{2,30}?"
                            r"摄(?!像|制|取|入|影师)(?:影)?(?=[\u4e00-\u9fff“《（(])")


# a newspaper's note where an article runs on from or to another page ((上接第一版), （下转3版）),
# no words of the text
_PAGE_RUN_ON = re.compile(r"[（(]\s*(?:上接|下转|接上|转下)\s*"
                          r"(?:第?\s*[\d一二三四五六七八九十*]{1,3}\s*)?[版页面]\s*[)）]")


# a sharing site's page footer left inside the words it broke (…清第1页共4页理登记工作, …工作
# 规程第1页共1页): no words of the text
_PAGE_OF = re.compile(r"第\s*\d{1,3}\s*页\s*[,，]?\s*共\s*\d{1,3}\s*页")


# (壹)… (貳)… or 壹、… 贰、… opening lines: a list numbered in the banker's numerals (a
# converter's 一 as 壹, or a page's own), read as 一 二 三
_BANKERS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾", "一二二三三四五六六七八九十")
_PLAIN_FIRST = re.compile(r"(?m)^[ \t\u3000]*(?:一、|[（(]一[)）])")
_BANKERS_FIRST = re.compile(r"(?m)^([ \t\u3000]*[（(]?)"
                            r"([壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})(?=[)）、])")


def without_pinyin_notes(text: str) -> str:
    """text without the toned pinyin notes a page printed after characters (優(yōu)化 -> 優化)."""
    return _PINYIN_TONED.sub("", text)


# 〔一〕 〔二〕: an item's number in the square brackets a 文号's year stands in
# (not 落实〔一〕〔二〕项经费, items cited in an item's words)
_SQUARE_ITEM = re.compile(r"〔[一二三四五六七八九十]{1,3}〕(?![〔项条款号])")
# (not a year, 〔2023〕12号, nor a number of items cited, 〔一〕〔二〕项, 〔1〕 a note's)
_SQUARE_BRACKETS = re.compile(r"〔(?!\s*(?:19|20)\d\d\s*〕)(?!\d{1,3}〕)"
                              r"([^〔〕\n]{1,30})〕(?![〔项条款号])")


# a bullet, a day in figures, then a headline straight after it (not 2021-04-13 发布: the
# page's own stamp)
_DATED_LINK = re.compile(r"(?m)^[ \t]*[-•·*][ \t]?(?:19|20)\d\d-\d\d-\d\d(?=[\u4e00-\u9fff《“【])"
                         r"(?!发布|更新|来源).*$")
# an article's number straight after a sentence's end, its break lost (。第四條 城鄉…)
_ARTICLE_RUN_ON = re.compile(r"(?<=[。！？])[ \u3000]*"
                             r"(?=第[一二三四五六七八九十百]{1,4}[条條][ \u3000]*[\u4e00-\u9fff])")
# an organ's label and its duty straight after a sentence's end (or a page's note) and a space
# (…生活用水保障。 省农牧厅：负责…), the breaks between the organs' paragraphs lost
_DUTY_LABEL_RUN_ON = re.compile(r"(?<=[。；;\]】])[ \u3000]+(?=[\u4e00-\u9fff]{1,20}"
                                r"[厅局委办部室处队所站院会府][:：]\s*负责)")
# (a county's body or people after it, 縣委, 縣政府, 縣領導, 縣民政局: not 加强??h管理, a lost
# word inside a phrase)
_LOST_COUNTY = re.compile(r"([^?\s])\?{2,3}h(?=[委政领領级級人民财財农農公卫衛林文教住交水应應市]|"
                          r"[\u4e00-\u9fff]{1,8}[局委办辦队隊所站院部门門会會])")
# @@, @@@@: a search site's marks at its words' ends, no part of the text
_WORD_MARKS = re.compile(r"(?<![A-Za-z0-9._-])@{2,}")  # (not zhang@@gov.cn, an address)


def clean(text: str) -> list[str]:
    """One plan's text, tidied line by line; the lines keep their places."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_PARAGRAPH_MARK.findall(text)) >= 3:
        # a converter that wrote each paragraph's end as a letter (…乱停乱放。Р四、实施步骤Р…):
        # the paragraphs again, each on a line
        text = _PARAGRAPH_MARK.sub("\n", text)
    if len(_LOST_SPACE.findall(text)) >= 3:
        # a page whose non-breaking spaces were saved as ? (序号? | 重点工作任务? |, 1? |):
        # the ? at a word's or a cell's end go; a question is asked with ？ in Chinese
        text = _LOST_SPACE.sub("", text)
    text = _LOST_INDENT.sub("", text)
    if len(_SQUARE_ITEM.findall(text)) >= 2:
        # a sharing site that wrote a document's round brackets as 〔〕 (〔一〕加强…, 乡〔镇〕):
        # round again, but a 文号's year, 〔2023〕12号
        text = _SQUARE_BRACKETS.sub(r"（\1）", text)
    if len(_WORD_MARKS.findall(text)) >= 3:
        # a site that marked the end of each word it indexed with @@ (重点任务@@》印发给你们@@):
        # the words whole again
        text = _WORD_MARKS.sub("", text)
    if len(_ARTICLE_RUN_ON.findall(text)) >= 2:
        # (…日常管理工作。第四條 城鄉規劃主管部門負責…: a page that lost the breaks before its
        # articles, each on a line of its own again)
        text = _ARTICLE_RUN_ON.sub("\n", text)
    if len(_DUTY_LABEL_RUN_ON.findall(text)) >= 2:
        # (…保障。 省农牧厅：负责…。 省商务厅：负责…: each organ's duties on a line of its own)
        text = _DUTY_LABEL_RUN_ON.sub("\n", text)
    if len(_DATED_LINK.findall(text)) >= 2:
        # (- 2025-10-10燃爆黄金周，… ⏎ - 2025-10-23…: a news site's list of its other stories,
        # each headline after its day; no words of the page's own, its lines kept empty)
        text = _DATED_LINK.sub("", text)
    text = _unmarked(text)
    text = "\n".join(_realigned(line) for line in text.split("\n"))
    text = _arrows_as_bullets(text)
    # ·构筑…体系·提供…供给: bullets a page ran onto one line, each on its own again
    text = _RUN_BULLETS.sub(lambda m: _BULLET_AT.sub(lambda b: "\n" + b.group(0),
                                                     m.group(0))[1:], text)
    text = to_simplified(text)
    if len(_PINYIN_TONED.findall(text)) >= 3 or \
            len(_PINYIN_SYLLABLE.findall(text)) >= _PLAIN_NOTES_MIN:
        # a page that annotates (關(guan)于, 業(yè)): its plain notes go too, each of a run
        # (村(cun)(cun)(cun): the note after a note was a character's once the first goes)
        for _ in range(_NOTES_IN_A_RUN):
            text, notes = _PINYIN_PLAIN.subn("", text)
            if not notes:
                break
    text = without_pinyin_notes(text)
    # (…限期整改??h中心城區…: a converter's mojibake for 。縣, a sentence's end and the county
    # the next one opens with; read once the notes are gone, 縣經(jīng)商局 as 县经商局)
    text = _LOST_COUNTY.sub(lambda m: m.group(1) + ("" if m.group(1) in "。！？；;" else "。") +
                            "县", text)
    text = _PHOTO_CAPTION.sub("", text)
    text = _PAGE_RUN_ON.sub("", text)
    text = _PAGE_OF.sub("", text)
    # (not over items numbered 一、 or （一） of their own: 壹、計畫目標 ⏎ 一、…, a level above)
    if not _PLAIN_FIRST.search(text):
        text = _BANKERS_FIRST.sub(lambda m: m.group(1) + m.group(2).translate(_BANKERS), text)
    lines = []
    # each line as the page laid it out, its spaces kept: the width it was wrapped at
    laid_out: list[str] = []
    for line in _spaced_rows(_headed_rows([piece for raw in text.split("\n")
                                           for part in _parts_apart(raw)
                                           for apart in _addressees_apart(part)
                                           for piece in _paragraphs_apart(apart)])):
        # (…整治行动。 | |||||||: a page's layout table around a paragraph of prose, its
        # empty cells no table's: the paragraph)
        line = _EMPTY_CELLS_AFTER.sub(r"\g<prose>", line)
        line = _unjammed(line).strip(" \t\u3000\xa0\ufeff")
        if _LETTER_SPACED.fullmatch(line):
            # (目   标   与   任   务, 序  号: a word's characters spaced out, a cell or a
            # heading as a word processor widened it, one word)
            line = re.sub(r"[ \u3000\xa0]+", "", line)
        laid_out.append(line)
        if _RUN_TABLE.search(line) and len(line) > 80:
            # a whole table run together on one line, its cells between single spaces
            # (序号 工作 单位 1 … 市发改委 2 …): the spaces part its cells and stay
            lines.append(" ".join(_tidy(cell) for cell in line.split(" ")))
        elif len(_WIDE_GAP.findall(line)) >= 2:
            # a table's row with full-width gaps between its cells: the gaps stay
            lines.append("\u3000\u3000".join(_tidy(cell) for cell in _WIDE_GAP.split(line)))
        elif len(line) >= _RUN_ON and "|" not in line and \
                len(_PARAGRAPH_START.findall(line)) >= 2:
            # a page run onto one line: the spaces where its paragraphs started stay, for the
            # items run together to be told apart (…县农业农村局 2.落实…)
            kept = _PARAGRAPH_START.sub("\0", line)
            lines.append(_tidy(kept).replace("\0", " "))
        else:
            lines.append(_tidy(line))
    return _closed_where_cut(_without_contents(unwrapped(lines, laid_out)))


# single characters, a space or more apart, and nothing else on the line
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000\xa0]+[\u4e00-\u9fff]){1,11}")
_CONTENTS = re.compile(r"^目\s*录\s*[：:]?$")
_CONTENTS_ENTRY_MAX = 40  # characters: a heading and its page number, no paragraph
_CONTENTS_MIN = 3  # entries: a list of the plan's parts, not a word standing alone


def _without_contents(lines: list[str]) -> list[str]:
    """The lines with a plan's table of contents blanked (目  录 ⏎ 1 总则 ⏎ 1.1 目的 ⏎ …): its
    entries are the headings of parts, no items of work; blanked up to where the body opens
    with the first entry again, or to the first line of prose. The lines keep their places."""
    out = list(lines)
    for at, line in enumerate(lines):
        if not _CONTENTS.match(line.strip()):
            continue
        entries: list[int] = []
        for k in range(at + 1, len(lines)):
            entry = lines[k].strip()
            if not entry:
                continue
            if entries and entry == lines[entries[0]].strip():
                break  # (the body opens with the first part's heading again)
            if len(entry) > _CONTENTS_ENTRY_MAX or re.search(r"[。；;，,]", entry):
                break
            entries.append(k)
        if len(entries) >= _CONTENTS_MIN:
            for k in [at, *entries]:
                out[k] = ""
    return out


_CUT_PROSE_MIN = 30  # characters of a paragraph of prose, clauses between its commas
# a date the page stopped inside, and the words that lead into it (并于2024年3月1, 于5月)
# (…，从2024年3月15日, …并于2024年4月1日至3: a start, a range cut inside; its whole clause of
# time, from the word that leads into it, or a year or a month the page stopped after)
_CUT_DATE = re.compile(r"(?:[，,]\s*)?(?:并|且|要|须)?"
                       r"(?:(?:于|在|从|自|截至|到|至)(?=[^，,。；;]*\d)[^，,。；;]*|"
                       r"(?:(?:19|20)\d\d\s*年|\d{1,2}\s*月)[^，,。；;]*)"
                       r"(?<=[\d年月日至到])$")
# a line that ends in a word, not in a mark: a sentence the page stopped inside
_ENDS_IN_A_WORD = re.compile(r"[\u4e00-\u9fff\w]$")


def _closed_where_cut(lines: list[str]) -> list[str]:
    """The lines, the last paragraph of prose closed where the page stopped inside its last
    sentence (…通知强调，各级消防部门要强化组织领导，…，动员各级队伍立即): an excerpt's end,
    its ask read as far as it goes. Not a numbered item's line, nor a table's row."""
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k]
        if len(line) < _CUT_PROSE_MIN:
            continue  # (a page's chrome after it: 标签：, 验证码：, 返回顶部)
        # (not a label and what it lists, …，附件：1.…表 2.…汇总表; 联系人：…，电话：…)
        last = re.split(r"[。！？]", line)[-1]
        if _ENDS_IN_A_WORD.search(line) and len(re.findall(r"[，,]", line)) >= 2 and \
                "|" not in line and not _NUMBERED.match(line) and not re.search(r"[：:]", last):
            # (…，并于2024年3月1: a date the page cut, no day to read; the sentence closed
            # before it)
            line = _CUT_DATE.sub("", line).rstrip("，,；; ")
            return [*lines[:k], line + "。", *lines[k + 1:]]
        return lines
    return lines


_WHOLE_PAGE = 300  # characters: a line this long holding a plan's parts is a whole page
_PART_MIN = 30  # characters between two parts' numbers: 一、二、三类 is a list of words
_PART_MARK = re.compile(r"(?<![\d一二三四五六七八九十统唯之单同第万])"
                        r"([一二三四五六七八九十]{1,2})、")


# a notice's number, then those it is sent to, run on in one line with its text (…的通知
# 吉政办发[2005]55号 各市(州)、县(市)人民政府,省政府各厅委: 省…已经省政府同意，…)
_NUMBER_THEN_ADDRESSEES = re.compile(r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,4}\s*"
                                     r"[号號][ \t\u3000]*"
                                     r"(?P<to>[^：:。；;，,\s][^：:。；;]{1,118}?)[：:]")


def _addressees_apart(line: str) -> list[str]:
    """line, cut before and after those a notice is sent to where they run on after its
    number (…〔2005〕55号 各市（州）、县（市）人民政府：省…): the addressees a line of their own,
    as a notice prints them; else [line]."""
    found = _NUMBER_THEN_ADDRESSEES.search(line)
    if found is None or read_units(found.group("to")) is None:
        return [line]
    return [part for part in (line[:found.start("to")].rstrip(), line[found.start("to"):
            found.end()], line[found.end():].lstrip()) if part]


def _parts_apart(line: str) -> list[str]:
    """A whole document stored as one line (a dataset's cell, a page's text with its breaks
    lost: …分工方案一、持续加强水利工程建设1.立足于…) as lines, a line a part: cut before the
    parts' numbers 一、 二、 三、 where at least three follow each other in order; else the line."""
    if len(line) < _WHOLE_PAGE:
        return [line]
    marks = [(m.start(), cn_number(m.group(1))) for m in _PART_MARK.finditer(line)]
    best: list[int] = []
    for k, (_, number) in enumerate(marks):
        if number != 1:
            continue
        run, want = [marks[k][0]], 2
        for at, n in marks[k + 1:]:
            if n == want:
                run.append(at)
                want += 1
        if len(run) > len(best):
            best = run
    if len(best) < 3 or any(b - a < _PART_MIN for a, b in zip(best, best[1:], strict=False)):
        return [line]
    cuts = [0, *best, len(line)]
    return [line[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b]]


# a paragraph closed by its owner marker, then a space: …支持政策。（市住房保障局牵头） 推进…,
# …优化架构。(责任部门:市大数据中心。完成时间:2018年10月) 4.升级…
_OWNED_THEN_SPACE = re.compile(r"(?:(?:牵头|负责|配合|参与|落实)|"
                               r"[(（][^()（）]{0,20}?(?:单位|部门)[:：][^()（）]{1,80})"
                               r"[)）][ \u3000\xa0]+(?=\S)")
_OWNED_PARAGRAPHS_MIN = 3
# where a paragraph ends and a space parts it from the next: after a sentence's or a
# bracket's end, or after a numbered heading of a few words (5.全面提升教育水平 全面实施…)
_PARAGRAPH_GAP = re.compile(r"(?<=[。；;！？）)])[ \u3000\xa0]+(?=\S)|"
                            # (任务 1.新开工…: a space before an item's number)
                            r"[ \u3000\xa0]+(?=(?:\d{1,2}[.．、](?!\d)|"
                            r"[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|"
                            r"[（(][一二三四五六七八九十\d]{1,3}[)）])\S)|"
                            # (5.全面提升教育水平 全面实施…: after a numbered heading's words)
                            r"(?:^|(?<=[ \u3000\xa0]))\d{1,2}[.．、][^\s，。；,;：:]{2,16}"
                            r"(?=[ \u3000\xa0])")


_GAP_AFTER_SENTENCE = re.compile(r"[。！？][ \u3000\xa0]{2,}")
_BREAKS_LOST_MAX = 2
_SUMMARY_LABEL = re.compile(r"^(?:文章导读|导读|摘要|内容摘要|内容提要|核心提示|提要)\s*[:：]")
_BREAK_LOST = re.compile(r"(?<=[。！？])[ \u3000\xa0]{2,}(?=[一二三四五六七八九十]{1,3}、"
                         r"(?![一二三四五六七八九十])|[（(][一二三四五六七八九十]{1,3}[)）])")


def _paragraphs_apart(line: str) -> list[str]:
    """A page stored as one line whose paragraphs each close with their owner marker and a
    space (…政策。（市住房保障局牵头） 推进旧区改造…。（市建设交通委牵头） 5.全面提升教育水平 全面
    实施…（市教委牵头） …), as lines, a line a paragraph: cut at the spaces after a sentence's
    end, before an item's number, and after a numbered heading of a few words. Three such
    markers at least; else the line, cut only at a break the page lost (…疫情。   二、…).
    (The page's words are cut only where its spaces part
    paragraphs; outline.split_run_together reads the items run together within them.)"""
    if len(line) < _RUN_ON or len(_OWNED_THEN_SPACE.findall(line)) < _OWNED_PARAGRAPHS_MIN:
        # (…发生的为Ⅳ级疫情。   二、疫情确认与报告: a sentence's end, a gap of spaces no
        # writer leaves inside a paragraph, and a part's number: the page's lost line break;
        # not a whole page run onto one line, its every paragraph after such a gap, which
        # the readers of run-on pages take whole)
        if len(_GAP_AFTER_SENTENCE.findall(line)) > _BREAKS_LOST_MAX or \
                _SUMMARY_LABEL.match(line.strip()):
            # (文章导读：…。  一、…: a summary the body repeats, its gaps no lost breaks)
            return [line]
        return _BREAK_LOST.split(line)
    # (a heading's match is its number and words: the cut after them, at the space)
    cuts = [0, *(m.end() for m in _PARAGRAPH_GAP.finditer(line))]
    pieces = [line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    return [piece for piece in pieces if piece]


_SPACED_ROW = re.compile(r"^\s*(\d{1,3}) +(\S.*\S) +(\S+)\s*$")
_UNNUMBERED_ROW = re.compile(r"^\s*(\D\S*[。；;]) +(\S+)\s*$")
_LIST_GAP = re.compile(r"([、，,]) +(?=\S)")


# a header written with single spaces between its cells: four words or more, of two to ten
# characters each
_HEADER_NEAR = re.compile(r"^(?:[\u4e00-\u9fff]{2,10} ){3,}[\u4e00-\u9fff]{2,10}\s*$")
_CELLS_MISSING = 3  # cells a row under it may lack (merged with the row above, or blank)
_ROW_WORDS_MIN = 3  # words of a row: fewer are a cell's wrapped words
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                       r"\d{1,2}[、.．])")


def _headed_rows(lines: list[str]) -> list[str]:
    """lines with a table whose cells stand a single space apart, under a header written so
    too (检查类别 检查事项 检查主体 … ⏎ 一般检查 开展…专项执法检查 朝阳区生态环境局 …), as
    tab-parted rows: the lines under a header of four words or more, every one a header's,
    naming a task column and one of owners or times (table.is_header), of as many words as
    it or a few fewer are its rows. A line of one word after a row (between two rows, or
    after one whose cell ends open) is a cell's wrapped end, put back on its row (_rejoin);
    a group's numbered heading, or another line of one or two words, stays as it is; the
    table ends at any other line."""
    if not any(_HEADER_NEAR.match(line) for line in lines):
        return lines  # (most plans: no such header, and the table module not loaded)
    from . import table, units  # only for a text that may have such a header
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        words = lines[i].split()
        if not _HEADER_NEAR.match(lines[i]) or not table.is_header(words):
            i += 1
            continue
        rows: list[int] = []
        wrapped: list[int] = []
        j = i + 1
        while j < len(lines):
            count = len(lines[j].split())
            if "|" in lines[j] or "\t" in lines[j]:
                break  # (a table of its own markup)
            if max(_ROW_WORDS_MIN, len(words) - _CELLS_MISSING) <= count <= len(words):
                rows.append(j)
            elif count == 1 and rows and rows[-1] == j - 1 and not _NUMBERED.match(lines[j]):
                wrapped.append(j)  # (not 二、设施建设, a group's heading)
            elif count > 2:
                break
            j += 1
        # (between two rows, or after the last where a cell of it ends open: 区住建局、)
        wrapped = [k for k in wrapped if k + 1 in rows or
                   any(word.endswith(("、", "，", ",")) for word in lines[k - 1].split())]
        if len(rows) >= 2:
            out = out if out is not None else list(lines)
            cells = {k: lines[k].split() for k in [i, *rows]}
            for k in wrapped:
                _rejoin(cells[k - 1], lines[k].strip(), units.read)
                out[k] = ""
            for k, parts in cells.items():
                out[k] = "\t".join(parts)
        i = max(j, i + 1)
    return out if out is not None else lines


def _rejoin(row: list[str], piece: str, read: Callable[[str], object]) -> None:
    """row, with the wrapped piece of one of its cells put back on it: on the cell that ends
    open (区城管局、 ⏎ 各街道), else a unit on the row's last cell of units (区财政局 ⏎
    区税务局), else on its longest cell (…配套建设 ⏎ 充电桩200个)."""
    cell = next((c for c, text in enumerate(row) if text.endswith(("、", "，", ","))), None)
    if cell is not None:
        row[cell] += piece
        return
    if read(piece) is not None:
        cell = max((c for c, text in enumerate(row) if read(text) is not None), default=None)
        if cell is not None:
            row[cell] += "、" + piece
            return
    row[max(range(len(row)), key=lambda c: len(row[c]))] += piece


def _spaced_rows(lines: list[str]) -> list[str]:
    """A table a row a line whose cells stand a single space apart (1 居民消费价格涨幅3%左右
    发展改革委), as tab-parted rows: three rows or more numbered in order, each with a unit's
    name after a space (at its end, or before the words of its progress); its header on the
    line above, its words' stray spaces closed (序号 工 作 任 务 牵头负责部门 -> 序号, 工作任务,
    牵头负责部门). A single space is otherwise a stray one, and goes."""
    # a word that ends in a list's mark goes on in the next (各区教育局、 市局直属单位); the
    # lines stay as they are where no such table is found
    original = lines
    lines = [_LIST_GAP.sub(r"\1", line) for line in lines]
    rows = [(k, m) for k, m in enumerate(map(_SPACED_ROW.match, lines)) if m]
    if len(rows) < 3:
        return original
    from . import units  # only for a text that has such rows
    table: dict[int, list[str]] = {}
    expected = None
    for k, m in rows:
        number = int(m.group(1))
        cells = m.group(2).split(" ")
        if (expected is None or number == expected) and \
                units.read(m.group(3), organs_only=True) is not None:
            table[k] = [m.group(1), *cells, m.group(3)] if len(cells) > 1 and all(
                len(c) > 1 for c in cells) else [m.group(1), m.group(2), m.group(3)]
            expected = number + 1
            continue
        # the unit in the middle, the row's progress after it (1 地区生产总值增长6%以上。
        # 县发改委 一季度增长6.8%)
        tokens = (m.group(2) + " " + m.group(3)).split(" ")
        at = next((j for j in range(1, len(tokens))
                   if units.read(tokens[j], organs_only=True) is not None), None)
        if (expected is None or number == expected) and at is not None:
            table[k] = [m.group(1), " ".join(tokens[:at]), tokens[at]] + \
                ([" ".join(tokens[at + 1:])] if tokens[at + 1:] else [])
            expected = number + 1
        elif table:
            break
    if len(table) < 3:
        return original
    above = ""  # the number of the row above
    for k in range(min(table), max(table)):
        sub = _UNNUMBERED_ROW.match(lines[k])
        if k in table:
            above = table[k][0]
        elif sub and units.read(sub.group(2), organs_only=True) is not None:
            # a row under a merged 序号 cell: its words and its own unit, no number; the
            # number is repeated, as a reader of a merged cell gives it
            table[k] = [above, sub.group(1), sub.group(2), ""]
    # most rows have as many cells as the table has columns; a row with more has a stray
    # space in its words (完成某市 应对…), which join again
    width, count = Counter(len(cells) for cells in table.values()).most_common(1)[0]
    for k, cells in table.items():
        if len(cells) > width and count >= 0.6 * len(table):
            extra = len(cells) - width
            table[k] = [cells[0], "".join(cells[1:2 + extra]), *cells[2 + extra:]]
    out = list(lines)
    for k, cells in table.items():
        out[k] = "\t".join(cells)
    first = min(table)
    header = next((j for j in range(first - 1, max(-1, first - 3), -1) if lines[j].strip()), None)
    if header is not None and " " in lines[header].strip() and len(lines[header]) <= 60:
        words: list[str] = []
        spaced = False  # the word before is a run of single characters
        for word in lines[header].split():
            single = len(word) == 1 and bool(_CJK_ONLY.match(word))
            if single and spaced:
                words[-1] += word  # 工 作 任 务: one word's characters spaced out
            else:
                words.append(word)
            spaced = single
        out[header] = "\t".join(words)
    return out


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


# a forum's anti-copy noise: short runs of Latin letters, digits and signs, a space apart,
# glued to a line's start or end (* p/ {) b& x! R8 r( k 一、… / …670套。* `9 h3 s& ^7 X* b( ^)
_JAM_RUNS = r"(?:[\x21-\x7e]{1,3} ){3,}"
_JAM = _JAM_RUNS + r"[\x21-\x7e]{1,3}"
# (at the start, glued to an item's bracketed number too: … n' M(五)省长信箱…, the bracket
# none of the noise's)
_JAM_START = _JAM_RUNS + r"[\x21-\x27\x2a-\x7e]{1,3}"
# (or glued to the line's first word: ?1 b整治专班指出…; or a line of its own, which its
# first run's digit would make an item: 1 G, Z* U+ L4 k; P1 l$)
_JAM_AT = re.compile(rf"^\s*{_JAM}\s+(?=[^\x00-\x7f])|^\s*{_JAM_START}(?=[(（]?[^\x00-\x7f])"
                     rf"|(?<=[^\x00-\x7f])\s*{_JAM}\s*$|^\s*{_JAM}\s*$")


def _unjammed(line: str) -> str:
    """line without a forum's anti-copy noise at its start or end: four short runs or more
    of ASCII, two of them with a sign in them (a real figure, GDP 2.5 %, has none such)."""
    if "|" in line or "\t" in line:
        return line  # a table's row: its cells' figures and signs (| % | 5.2 |) are its own

    def noise(m: re.Match[str]) -> str:
        signs = sum(1 for token in m.group(0).split() if re.search(r"[^A-Za-z0-9]", token))
        return "" if signs >= 2 else m.group(0)
    return _JAM_AT.sub(noise, line)


@functools.lru_cache(maxsize=32768)  # each line measured several times (unwrapped)
def _width(line: str) -> int:
    """A line's width in half-width columns: a Chinese character takes two (the wide and
    full-width blocks, as unicodedata.east_asian_width has them, counted by one regex: this
    runs on every line of every plan)."""
    return len(line) + len(_WIDE.findall(line))


_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60"
                   "\uffe0-\uffe6\U00020000-\U0003fffd]")


_MIN_WRAP = 30  # columns: a width shorter than this is a table's cells or a list, not a wrap
# where a line starts anew, though the line before it runs to the wrap width: an item's
# number, a label, a table's row
_STARTS_ANEW = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
                          r"\d{1,3}[.．、)）](?!\d)|[①-⑳⑴-⒇]|[一二三四五六七八九十]是|"
                          r"第[一二三四五六七八九十]+[、，,是]|[\u4e00-\u9fff]{2,8}[：:]|#|"
                          rf"[{BULLETS}□√]|——)")  # a bullet starts anew too
_ENDS_LINE = "。；;！？!?：:"
_NEVER_STARTS = "，,。；;、）)"  # a line of text never opens with these
# a table's line: cells between bars or tabs, or a box drawn round them (┌─┬─┐ │ ├)
_TABULAR = re.compile(r"[|\t\u2500-\u257f]")


def unwrapped(lines: list[str], laid_out: list[str] | None = None) -> list[str]:
    """Text broken at a fixed width (copied out of a PDF, or saved by a tool that wraps) as
    its paragraphs again: where most long lines end at one width and none runs past it, a
    line that reaches that width without ending a sentence goes on in the next, unless the
    next starts anew (an item's number, a label). The width is in columns (a PDF's lines) or
    in characters (a tool's), whichever the lines keep to, measured on laid_out (the lines
    before their stray spaces were taken out: 管理并 举 took its width with its space) where
    given. Text not so wrapped is as it was."""
    if laid_out is None or len(laid_out) != len(lines):
        laid_out = lines
    # (a comment line, # source: …, is no line of the page's)
    kept = [(line, laid) for line, laid in zip(lines, laid_out, strict=True)
            if not _TABULAR.search(line) and not line.startswith("#")]
    plain, plain_laid = [line for line, _ in kept], [laid for _, laid in kept]
    measures: tuple[Callable[[str], int], ...] = (_width, len)
    # (each measure on the tidied lines and on the lines as laid out, once)
    wraps = {(m, laid): _wrap(plain_laid if laid else plain, m)
             for m in measures for laid in (False, True)}
    measure = max(measures, key=lambda m: max(wraps[m, False][1], wraps[m, True][1]))
    # (the tidied lines where they keep to a width better: spaces a page put between cells)
    by_laid = wraps[measure, True][1] > wraps[measure, False][1]
    wrap, near = wraps[measure, by_laid]
    # most of a wrapped text's lines are full ones; a table written a cell a line, whose
    # task cells may be of a length, has more short cells than those
    wrapped = bool(near) and near >= 0.3 * sum(1 for line in plain if line)
    out: list[str] = []
    # the line before runs to the wrap width / leaves a bracket open / stops mid-sentence
    full = bracket = broken = dangling = False
    for line, laid in zip(lines, laid_out, strict=True):
        goes_on = line and not _STARTS_ANEW.match(line) and not _TABULAR.search(line) and \
            (full or (bracket and bool(re.search(r"[）)]", line))) or
             (broken and (line[0] in _NEVER_STARTS or
                          (len(line) <= 8 and line[-1] in "。；;"))) or dangling)
        if goes_on:
            out[-1] += line
        else:
            out.append(line)
        mine = bool(line) and not _TABULAR.search(line) and not line.startswith("#")
        full = mine and wrapped and \
            measure(laid if by_laid else line) >= wrap - _slack(measure)[0] and \
            line[-1] not in _ENDS_LINE
        # a bracket left open (（牵头单位：…、市住房公积金管理中⏎心）) goes on in the next line
        # that closes it
        bracket = mine and _open_bracket(out[-1])
        # a long line broken off mid-sentence: a next line that opens with a comma or a
        # full stop (，建立长效机制。) or only closes the sentence (续实施。) goes on it
        broken = mine and len(line) >= 20 and bool(re.match(r"[\u4e00-\u9fff\d]", line[-1]))
        # a sentence broken off after a word that leads into more (…开展调查摸底，于 ⏎ 2012年
        # 年底前将…): the next line goes on with it
        dangling = mine and len(line) >= _DANGLING_MIN and _LEADS_ON.search(line) is not None
    return out


_DANGLING_MIN = 10  # characters: a sentence's, not a heading's word
# the words a sentence never stops at, which lead into what follows them
_LEADS_ON = re.compile(r"[，,](?:并|并于|于|将|并将|把|向|由|从|按|按照|根据|在)$")


def _open_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _slack(measure: Callable[[str], int]) -> tuple[int, int]:
    """(how far short of the width, how far past it) a wrapped line may end: in columns, a
    line's half-width marks and figures (，, 60) leave it a few short of what a wide character
    would fill or let it run a few past."""
    return (4, 3) if measure is _width else (2, 1)


def _wrap(lines: list[str], measure: Callable[[str], int]) -> tuple[int, int]:
    """(the width lines are wrapped at, how many lines reach it), or (0, 0) where they are
    not wrapped: four long lines or more, a third of them, end at one width (or a column or
    two short of it, where a wide character would not fit), and hardly any run past it."""
    long = [w for w in map(measure, lines) if w >= _MIN_WRAP // (2 if measure is len else 1)]
    if len(long) < 4:
        return 0, 0
    wrap = Counter(long).most_common(1)[0][0]
    short, past_by = _slack(measure)
    near = sum(1 for w in long if wrap - short <= w <= wrap + past_by)
    past = sum(1 for w in long if w > wrap + past_by)
    if near < max(4, 0.3 * len(long)) or past > 0.1 * len(long):
        return 0, 0
    return wrap, near


# where a paragraph starts inside a page run onto one line (its paragraph breaks turned to
# single spaces): a space, then an item's number (1. 二、 （三）) or an owner label, the number
# not a figure's (增长 7.5%)
_PARAGRAPH_START = re.compile(r"[ \u3000\xa0](?=(?:\d{1,2}[.．、](?!\d)|"
                              r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                              r"(?:责任|牵头|配合|协办)(?:单位|部门)[:：])\S)")
_RUN_ON = 120  # characters: a paragraph that holds two items' starts or more



# the row numbers 1, 2, 3 each a word of its own between single spaces, in order, each row
# of two cells or more; a number before a measure word (新建 1 所, 2 个) is prose's
_MEASURE = "(?![个所项人万千百亿元座家条次户名台套辆只年月日天号%％])"
_RUN_TABLE = re.compile(rf"(?:^| )1 {_MEASURE}\S+ \S.*? 2 {_MEASURE}\S+ \S.*? "
                        rf"3 {_MEASURE}\S+ \S")
# two full-width spaces or more inside a line; twice in a line, they part a table's cells
_WIDE_GAP = re.compile(r"(?<=\S)\u3000{2,}(?=\S)")


# a space between an organ's name and the next one's level (县民政局 各乡镇街道, 区城管局
# 区水投): two units, a space apart, not a stray space inside a word
_UNITS_APART = re.compile(r"(?<=[局委办厅院团司府队站所心会行联协馆）)])[ \u3000\xa0]"
                          r"(?=[省市县区镇乡各]|团[省市县区])")


# a space between two organs' names with no level before the second (财政局 住建局 瑞海集团:
# a cell's units a space apart), the second whole up to the next space, mark or the line's end;
# not a name's own piece after a stray space (市发展和改革委 员会, 县人民政府 办公室), nor a
# branch of the bureau before it named by its place (市自然资源局 经开区分局; not 区城管局
# 生态环境分局, an organ of its own)
_ORGANS_APART = re.compile(r"(?<=[局厅委])[ \u3000\xa0]"
                           r"(?=[\u4e00-\u9fff]{1,8}(?:(?<!区分)局|厅|委|集团|公司)"
                           r"(?:[\0 \u3000\xa0|、，,；;）)]|$))")
# (宣传部 安全管理处, 学工部 保卫处: a school's or a firm's offices, named with no level, each by
# its own ending; not 市委宣传部 新闻处, a section of the organ of a level before it)
_OFFICES_APART = re.compile(r"(?<![\u4e00-\u9fff])"
                            r"(?P<first>(?![省市州县区乡镇])[\u4e00-\u9fff]{1,5}[部处])"
                            r"[ \u3000\xa0]"
                            r"(?=[\u4e00-\u9fff]{1,8}(?:部|处|局|委|办|办公室|中心)"
                            r"(?:[\0 \u3000\xa0|、，,；;）)]|$))")


_FIELD_APART = re.compile(r"(?<=[^\s:：])[ \u3000\xa0]+(?=[\u4e00-\u9fff]{0,4}(?:单位|部门)[:：])")
_COLON = re.compile(r"[:：]")


# the small forms of punctuation (1﹒ …﹐…﹔) as their usual full-width ones
_SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞", "，、．；：？！（）〔〕")
_ANY_SMALL = re.compile("[﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞]")


_HEAD_APART = re.compile(r"(?<=[局委办厅院府队站所心会])[ \u3000](?=[\u4e00-\u9fff]{2,4}\s*\|)")


_COMMA_RESIDUE = re.compile(r",(?=[,，、。；;])")


def _tidy(line: str) -> str:
    if _ANY_SMALL.search(line) is not None:  # rare: a search is cheaper than a translate
        line = line.translate(_SMALL_FORMS)
    if " " in line or "\u3000" in line or "\xa0" in line:
        # in a table's cell, a row of pipes or a cell a line, as in prose: a list of units
        line = _UNITS_APART.sub("\0", line)
        line = _ORGANS_APART.sub("\0", line)
        line = _OFFICES_APART.sub(r"\g<first>\0", line)
        # (投资：500万元 实施单位：A: the space before a line's second field, the units', parts
        # them)
        line = _FIELD_APART.sub(lambda m: "\0" if _COLON.search(line, 0, m.start()) else
                                m.group(0), line)
        if "|" in line:  # a unit and its head's name in one cell (市民政局 伍泽国 |)
            line = _HEAD_APART.sub("\0", line)
        line = _SPACED_MARK.sub(r"\1", line)
        line = _STRAY_SPACE.sub("", line).replace("\0", " ")
    if "," in line:
        # 2,、指导… 工作,。 布局,,推进 a converter's comma before a mark of its own (or
        # doubled): residue
        line = _COMMA_RESIDUE.sub("", line)
    if _ANY_HALF.search(line) is None:
        return line
    line = _HALF_NEAR_CJK.sub(lambda m: _HALF_PUNCT[m.group(0)], line)
    # (1）加快…: a pair of brackets one of whose marks stood by a Chinese character, both
    # full-width, as the page meant them
    return _MIXED_PAIR.sub(r"（\1\2）", line) if "(" in line or ")" in line else line


_MIXED_PAIR = re.compile(r"\(([^()（）]{0,20})）|（([^()（）]{0,20})\)")


# characters that only traditional text uses, common enough to tell a page in a few lines
_TRADITIONAL = set("們國會這來時說對發與學經開關進過還業產實現點體總務機當變東門長義區應單負責"
                   "責縣辦數據統計劃規劃區鎮鄉財稅醫農銀監資聯")


def to_simplified(text: str, at_least: int = 3) -> str:
    """A plan reposted in traditional characters (or converted by a wiki), in simplified
    ones: unit names then match the ones people type and the registry holds. at_least: the
    traditional characters that make a text one (a plan's few may be names that are so)."""
    if len(_TRADITIONAL_CHARS.findall(text)) < at_least:
        return text
    return _converter().convert(text)


_TRADITIONAL_CHARS = re.compile(f"[{''.join(sorted(_TRADITIONAL))}]")


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    """OpenCC's converter, made once: loading its dictionaries costs more than converting a
    plan."""
    import opencc  # only for the documents that need it
    return opencc.OpenCC("t2s")


# A GBK page decoded one byte late: "　（一）緊扣" shows as " ?。ㄒ唬┚o扣". Dropping the byte
# that the lost lead byte left behind and decoding again gives the line back.
_MISALIGNED = re.compile(r"^[ \t\u3000]*\?(。.+)$")


def _realigned(line: str) -> str:
    m = _MISALIGNED.match(line)
    if not m:
        return line
    try:
        fixed = m.group(1).encode("gbk")[1:].decode("gbk", errors="replace")
    except UnicodeEncodeError:
        return line
    return fixed if fixed[:1] in "（(【〔" else line


def is_cjk(ch: str) -> bool:
    return bool(re.match(rf"[{_CJK}]", ch))
