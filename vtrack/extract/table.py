"""A task-division table (重点任务分工, 责任分解表, 台账) as plan text gives it: a header row of
序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 (in any of their usual wordings), then the rows,
either a row a line with cells between | (a table copied from a web page, or read from a real
Word, Excel or web table), tabs or wide gaps, or drawn with box characters (grid.py redraws it
as pipe rows), or a cell a line (flattened from Word or a PDF), with section headings between
rows, blank cells, wrapped rows and the header again after a page break. A header of words no
list knows is a header where rows numbered from 1 follow it.

Each column's kind is read from its cells where the rows stand one cell a column (units:
owners; deadlines: time; 已完成/正在/60%: progress; people: leader; figures: a table of
figures, not tasks; the longest text: the task), the header's words deciding only what the
cells leave open (牵头 among owner columns). A 序号 merged over sub-rows (a real table repeats
it in each) is one task whose sub-rows are its dated steps.

Cells go to columns by what they hold, not only by where they stand, so that a cell merged
across rows (and so missing from most of them), a cell split in two or a stray blank does not
shift the others: units to the owner columns, a deadline to the time column, names of people
to the leader column, the rest to the task.

Flattenings that lose more: a table run together on one line (its cells between single
spaces) is cut into a cell a line where its row numbers stand as words of their own; rows
that do not stand under their header (a header of two rows) are read by their cells alone;
a row a cell a line whose cells outnumber the columns has the units of one cell on lines of
their own, or a sub-row's text and date after its own; rows grouped under group rows (一 / 二)
numbered (一)(二) in each take the group's lead.
"""
import dataclasses
import datetime
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Set as AbstractSet
from dataclasses import dataclass

from .. import deadlines
from . import grid, units

# header cell -> column kind; the first that matches wins
_KINDS = (
    ("seq", re.compile(r"^(?:序号|编号|序)$")),
    ("progress", re.compile(r"推进情况|进展情况|完成情况|落实情况|进度情况|是否|说明|备注|成效|"
                            r"问题|措施建议")),
    # who scores, checks or guides the work (评分部门, 考核单位, 督导单位): not its owners
    # (监督方式 over cells of units: who oversees it, 区委、区政府)
    ("guide", re.compile(rf"{units.OVERSEER_LABEL}|^(?:{units.OVERSEER_WORDS})方式$")),
    # the sections inside one of the owners that route the work (市卫健委内牵头处室): that
    # organ's own business, not the plan's owners
    ("inner", re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:委|局|厅|办|部|院|办公室|中心)内")),
    # whom the work is done to (检查对象 抽查对象 服务对象): units, never its owners (not
    # 督办对象, 考核对象: the units chased or assessed are the ones that do the work)
    ("target", re.compile(r"^(?!.*(?:督办|督查|督导|考核|考评|问责|责任)).*对象")),
    # where the work is held (活动地点, 举办场所): its cells may name a unit's hall (县电视台,
    # 县体育场), never the work's owner
    ("venue", re.compile(r"地点|场所|场地")),
    ("leader", re.compile(r"领导|责任人|联系人|负责人")),
    ("time", re.compile(r"时限|时间|期限|进度安排|节点|完成日期|截止")),
    ("lead", re.compile(r"牵头")),
    ("owners", re.compile(r"责任单位|责任部门|配合|协办|协同|参与|责任主体|承办|主体|单位|部门|"
                          r"处室|科室|股室")),
    ("task", re.compile(r"任务|内容|事项|项目|措施|工作|目标|要求|举措|名称")),
)
# (not 春运工作方案06-04: a list of a page's links, each with the day it was posted)
_HEADER_CELL = re.compile(r"^(?!.*\d\d-\d\d$)[\u4e00-\u9fff（）()\d\-—、/A-Za-z.%％]{1,20}$")
PART = re.compile(r"^[一二三四五六七八九十]+[、.．]\S")
_SUBPART = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\S")
# 9* : a starred row; (8): a number in brackets, the plan's own numbering of its targets
_ROW_NUMBER = re.compile(r"^(?:(\d{1,6})[.．、]?|[（(](\d{1,6})[)）])\s*[*＊※★]?$")
# a table starts at a small number; past it a number is a row's only in sequence, so a year
# (2022) on a line of its own in a wrapped cell is not a row of a table of a few rows
_FIRST_ROW_MAX = 999
# a row's own number of three figures or more (a plan's, a case's: 20181216, 2019007)
_ID = re.compile(r"^\d{3,10}$")
_FORM_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]$")
_PAGE_MARK = re.compile(r"^[-—–－\s]+\d{1,4}[-—–－\s]+$|^第\s*\d+\s*[页頁]")
_TABLE_END = re.compile(r"^附件\s*\d|^附[:：]|^(?:抄送|印发)[:：]")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s][\u4e00-\u9fff]{2,4})*$")
# (the characters of a body's name, and a village or a level closing a cell: 行政村, 村级)
_NOT_NAME = re.compile(r"[局委办院厅部会处室科股所站队社团馆区县镇乡街道园组]|[村级]$|"
                       r"单位|部门|政府|中心|公司|集团|学校|[，。；：]")


@dataclass
class Table:
    columns: list[tuple[str, str]]  # (kind, header text)
    start: int  # the line after the header
    per_line: bool  # a row a line (cells between |), else a cell a line
    # the lines the table was read from, where they differ from the plan's (a box-drawn
    # table redrawn as pipe rows), else None
    lines: list[str] | None = None
    # the year the table's title row names (2023年重点工作任务分解表): deadlines without a year
    # are in it
    year: int | None = None
    top: int | None = None  # the header's first line, where it is not the one found
    # rows lack their group's merged cells on the left: a row's cells stand against its
    # right edge, and the first column's labels name the groups (_by_right_edge)
    right_edge: bool = False
    # the first column holds each row's own number, not a count (计划编号 20181216, 20181220):
    # a row is numbered by it, in whatever order the numbers come
    ids: bool = False
    # found by a task column's header alone, over rows with no number: a task table only
    # where a column's cells are its tasks' times (3月-8月：内装修), _by_content
    timed_only: bool = False
    # found by a header of words no list knows, over rows a line with no number: a task
    # table only where a column's cells name the units whose work each row is
    owned_only: bool = False


@dataclass
class _Cells:
    """A row as the lines give it: its number, the section it stands in, its cells, and the
    cells of the sub-rows its merged 序号 cell spans (the reader repeats a merged cell's value
    in every row it spans)."""
    seq: int
    section: str | None
    cells: list[str]
    subs: list[list[str]] = dataclasses.field(default_factory=list)
    at: int = 0  # the cell that holds the row's number, in a row a line
    width: int = 0  # the number of cells of the row's line, in a row a line
    before: list[str] = dataclasses.field(default_factory=list)  # its cells before the number


@dataclass
class Row:
    """A row of the table, its cells in their columns."""
    seq: int
    section: str | None
    task: str  # the task's words ("" where the row gives none)
    title: str | None  # the row's own title cell, where it has one before the task's words
    lead: str | None  # the 牵头单位 cell
    owners: str | None  # the 责任单位 cells
    time: str | None  # the 完成时限 cell
    steps: bool = False  # the time cell joins the dated steps of a merged row's sub-rows
    # the row's unit cell stands in its place, empty, with cells after it filled: a blank
    # cell, not one merged with the row above
    units_blank: bool = False
    part: int | None = None  # the group the row is numbered in, where numbering restarts
    time_blank: bool = False  # the time cell holds a blank's mark (/ —): no time, not merged
    lead_merged: bool = False  # its one unit cell a co list: the lead's cell merged above


_GAP = re.compile(r"\t|\u3000{2,}|[ \u3000]{3,}")
_BARS = re.compile(r"[|│┃║]")


def cells_of(line: str) -> list[str] | None:
    """The cells of a line written as | a | b | (or with box bars │), or with tabs or wide
    gaps between them (a table copied from a spreadsheet or a PDF), or None for a line of one
    cell."""
    kept = _cells_kept(line)
    return None if kept is None else list(kept)


@functools.lru_cache(maxsize=16384)  # each line is asked of again by each header test
def _cells_kept(line: str) -> tuple[str, ...] | None:
    if _BARS.search(line):
        return tuple(p.strip(" \t\u3000") for p in _BARS.split(line.strip().strip("|│┃║")))
    if _GAP.search(line.strip()):
        return tuple(p.strip() for p in _GAP.split(line.strip()))
    return None


_SPACES = re.compile(r"\s+")


def _without_note(cell: str) -> str:
    """A header cell's words without the note in brackets after them (重点工作任务（杭州市2项
    配合工作）, 责任部门（加*号为牵头部门，其余为参与部门）), and without spaces."""
    cell = _SPACES.sub("", cell)
    return units.TRAILING_BRACKET.sub("", cell) or cell


@functools.lru_cache(maxsize=4096)  # each header cell, and each cell a header may be
def column_kind(cell: str) -> str:
    cell = _without_note(cell)  # the header's word, not its note's
    for kind, pattern in _KINDS:
        if pattern.search(cell):
            if kind == "leader" and re.search(r"单位|部门", cell):
                # 牵头单位及主要负责人: the units, their heads' names beside them
                return "lead" if "牵头" in cell else "owners"
            return kind
    return "other"


def header_kinds(header: list[str]) -> list[str]:
    """Each header cell's column_kind; where none names the task, a column of the problems
    found (存在问题, 反馈问题 in a 整改 table, read as remarks elsewhere) is the task's."""
    kinds = [column_kind(c) for c in header]
    # (only beside a column of those who answer for it: 整改责任单位, not 发现单位)
    if "task" not in kinds and any(kinds[k] in ("lead", "owners") and _ANSWERS_FOR.search(cell)
                                   for k, cell in enumerate(header)):
        problem = next((k for k, cell in enumerate(header)
                        if kinds[k] == "progress" and _PROBLEM_COLUMN.search(cell)), None)
        if problem is not None:
            kinds[problem] = "task"
    return kinds


_PROBLEM_COLUMN = re.compile(r"^(?:存在|反馈|发现|主要|突出)?问题(?:清单|描述|表现)?$")
_ANSWERS_FOR = re.compile(r"责任|整改|牵头|承办|主体|负责")


def _bare(kinds: list[str]) -> bool:
    """A table of numbered tasks that names no owners nor times (序号 / 项目名称 / 工作标准):
    its tasks are still the plan's, with owners for a person to fill in."""
    return "task" in kinds and "seq" in kinds and len(kinds) >= 3 and \
        not ({"lead", "owners", "time"} & set(kinds))


def owned(table: "Table") -> bool:
    """Whether the table has a column of owners or of deadlines."""
    return bool({"lead", "owners", "time"} & {kind for kind, _ in table.columns})


def is_header(words: list[str]) -> bool:
    """Whether words are a task table's header: each a header's word, naming a task column
    and one of owners or times."""
    return all(_HEADER_CELL.match(w) for w in words) and _valid(header_kinds(words))


def _valid(kinds: list[str]) -> bool:
    return "task" in kinds and bool({"lead", "owners", "inner", "time"} & set(kinds)) \
        and len(kinds) >= 3


def find(lines: list[str], issued: datetime.date | None = None) -> Table | None:
    """The first task table in lines, or None.

    A header whose words name the columns is found as it stands; a header no list knows is
    found by what follows it (rows numbered from 1, or, under a task column's word, a column
    of times: Table.timed_only), and then every column's kind is read from its cells, whatever
    its header says. A table of figures (指标 / 单位 / 目标值) is not a
    task table, however its header reads."""
    drawn = _unrun(grid.normalise(lines, is_units))
    for i in range(len(drawn)):
        found = _header_at(drawn, i)
        if found is None:
            continue
        found.columns = _inner_as_owners(found.columns)
        table = _by_content(drawn, found, issued)
        if table is None or (found.timed_only and
                             not any(kind == "time" for kind, _ in table.columns)):
            # (a task column's header alone over a list of projects and their places, or a
            # roster: no task table where no column gives times)
            continue
        table.lines = drawn if drawn is not lines else None
        table.year = _title_year(drawn, table.top if table.top is not None else i)
        return table
    return _headless_rows(drawn, lines, issued)


def _inner_as_owners(columns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The columns, where the sections inside one organ are the only units named (a bureau's
    own plan: 市局内责任科室), read as the owners."""
    if any(kind in ("lead", "owners") for kind, _ in columns):
        return columns
    return [("owners" if kind == "inner" else kind, header) for kind, header in columns]


_GROUP_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")


def _headless_rows(drawn: list[str], lines: list[str],
                   issued: datetime.date | None) -> Table | None:
    """A table of rows a line without its header (a page cut above it): three rows or more
    numbered 1, 2, 3 in their first cell (or in their second, after a group's heading merged
    down over its rows: | （一）持续推进…建设 | 1 | …), of three cells or more; each column's
    kind read from its cells alone."""
    def number_at(cells: list[str]) -> tuple[int, int | None]:
        if cells and _row_number(cells[0]) is not None:
            return 0, _row_number(cells[0])
        if len(cells) > 1 and _GROUP_NUMBER.match(cells[0]):
            return 1, _row_number(cells[1])
        return 0, None

    for i, line in enumerate(drawn):
        cells = cells_of(line)
        at, first = number_at(cells or [])
        if not cells or first != 1 or len([c for c in cells if c]) < 3:
            continue
        numbered = [n for n in (number_at(cells_of(other) or [""])[1]
                                for other in drawn[i:i + _ROW_CELLS_MAX + 1]) if n is not None]
        if numbered[:3] != [1, 2, 3]:
            continue
        table = _headless_table(drawn, lines, issued, i, len(_trim(cells)) - 1 - at, True)
        if table is not None:
            return table
    return _headless_cells(drawn, lines, issued)


def _headless_cells(drawn: list[str], lines: list[str],
                    issued: datetime.date | None) -> Table | None:
    """A table flattened a cell a line without its header: the row numbers 1, 2, 3 each on
    a line of its own, the same number of lines apart (1 ⏎ 3月中旬 ⏎ 拟制…方案 ⏎ 区教育局 ⏎
    2 ⏎ …), three cells or more a row; each column's kind read from its cells alone."""
    def lone_number(line: str) -> int | None:
        cells = [c for c in (cells_of(line) or [line.strip()]) if c]
        return _row_number(cells[0]) if len(cells) == 1 else None

    for i, line in enumerate(drawn):
        if lone_number(line) != 1:
            continue
        # (three cells a row or more, up to _ROW_CELLS_MAX)
        second = next((j for j in range(i + 4, min(i + _ROW_CELLS_MAX + 2, len(drawn)))
                       if lone_number(drawn[j]) == 2), None)
        if second is None:
            continue
        stride = second - i
        if i + 2 * stride >= len(drawn) or lone_number(drawn[i + 2 * stride]) != 3:
            continue
        table = _headless_table(drawn, lines, issued, i, stride - 1, False)
        if table is not None:
            return table
    return None


_ROW_CELLS_MAX = 11  # the cells of a headless table's row, its number's line apart


def _headless_table(drawn: list[str], lines: list[str], issued: datetime.date | None,
                    start: int, width: int, per_line: bool) -> Table | None:
    """The table with no header whose rows start at line start, a number and width cells
    each, with each column's kind read from the cells of the rows that have them all: a task
    table where a column names units, its first column of text the task; else None."""
    header = Table([("seq", "序号")] + [("other", f"第{k}列") for k in range(2, width + 2)],
                   start, per_line=per_line)
    rows = _rows_per_line(drawn, header) if per_line else _rows_per_cell(drawn, header)
    aligned = [r.cells for r in rows if len(r.cells) == width]
    if len(aligned) < 3:
        return None
    kinds = [_content_kind([row[c] for row in aligned], issued) or "other"
             for c in range(width)]
    text = [c for c in range(width) if kinds[c] == "other"]
    if not text or "owners" not in kinds:
        return None
    # the first column of text is the task; the longer ones after it the progress
    kinds[text[0]] = "task"
    columns = [("seq", "序号")] + [(kind, f"第{c + 2}列") for c, kind in enumerate(kinds)]
    table = _first_leads(dataclasses.replace(header, columns=columns))
    table.lines = drawn if drawn is not lines else None
    return table


def _unrun(lines: list[str]) -> list[str]:
    """lines with a table run together on one line (its cells between single spaces: 序号
    承担的重点工作 牵头单位 1 全市… 市发改委 2 …, as a page that lost its table's markup gives
    it) as a cell a line, for the cell-a-line reader: where a header of three short words or
    more is followed by the row numbers 1, 2 in order, each as a word of its own."""
    if not any(len(line) > 80 for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        cut = _run_table(line) if len(line) > 80 else None
        if cut is None:
            glued = _glued_rows(line) if len(line) > 80 and "|" not in line else None
            out += glued if glued is not None else [line]
            continue
        before, words = cut
        if before:
            out.append(before)
        out += _rejoined(words)
    return out if len(out) != len(lines) else lines


# 序号内容责任单位1…: a header run together with no space, its last column the units', right
# before the first row's number
# (its words spaced out at most, 存 在 问 题; its rows numbered from where the whole list's
# share begins, 98 坛西…, a province's list cut to a city's rows)
_GLUED_HEADER = re.compile(r"序号\s?(?P<task>(?:[\u4e00-\u9fff、与和及]\s?){2,12}?)"
                           r"(?P<owners>(?:责任|牵头|负责|承办|主办|实施)(?:单位|部门))\s*"
                           r"(?P<first>[1-9]\d{0,2})(?![\d年月日个项名家处])")
_GLUED_ROWS_MIN = 3
_TABLE_TITLE_END = re.compile(r"(?:表|清单|一览|目录|台账|分工|分解)$")
_CELL_END = "。；;"


def _glued_rows(line: str) -> list[str] | None:
    """A table run together on one line with no space between its cells (序号内容责任单位1为其
    家庭悬挂光荣牌 。市退役军人局2发春节慰问信 。市退役军人局3…, a page that lost its table's
    markup and its cells' spaces), its last column the units, as pipe rows: each row runs from
    its number to the next, where the words after the row's last sentence are units' names;
    else None. A last row with no units after its words is the page cut in it: none."""
    header = _GLUED_HEADER.search(line)
    # (opening the line, or after the table's title, …目录清单序号…: not prose, 按照序号…)
    if header is None or (line[:header.start()].strip() and
                          not _TABLE_TITLE_END.search(line[:header.start()].strip())):
        return None
    rows: list[tuple[int, str, str, str]] = []
    number = int(header.group("first"))
    at = header.start("first")
    while at < len(line):
        start = at + len(str(number))
        following = None
        # (a row's number touches no other figure nor a measure word: not 2024年内, 3月底前)
        for found in re.finditer(rf"(?<!\d){number + 1}(?!\d)(?![年月日个项名家处])",
                                 line[start:]):
            end = start + found.start()
            if _row_end(line[start:end]) is not None:
                following = end
                break
        cell = line[start:following] if following is not None else line[start:]
        ending = _row_end(cell) if cell.strip(" 。；;") else None  # (…县交通局4。: cut there)
        if ending is not None:
            rows.append((number, *ending))
        # (else the last row, no units after its words: the page cut in them, 15组织优抚,
        # a whole table's row ending with its units as every other does)
        if following is None:
            break
        at, number = following, number + 1
    if len(rows) < _GLUED_ROWS_MIN:
        return None
    before = line[:header.start()].strip()
    timed = any(time for _, _, _, time in rows)
    task, owners = _glued_header(header.group("task"), header.group("owners"))
    table = [f"| 序号 | {task} | {owners} |" +
             (" 完成时限 |" if timed else "")] + [
        f"| {k} | {words} | {owners} |" + (f" {time} |" if timed else "")
        for k, words, owners, time in rows]
    return ([before] if before else []) + table


def _glued_header(task: str, owners: str) -> tuple[str, str]:
    """The glued header's task and owners columns, cut where the task's words read as a
    task column's: 存在问题 | 整改责任单位, not 存在问题整改 | 责任单位."""
    task = re.sub(r"\s", "", task)
    for cut in range(len(task), 1, -1):
        if header_kinds(["序号", task[:cut], task[cut:] + owners])[1] == "task":
            return task[:cut], task[cut:] + owners
    return task, owners


# the time a glued row's last cell may hold after its units (市民政局2024年内, 县人社局3月底前)
_TIME_CELL = re.compile(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                        r"(?:上旬|中旬|下旬|底|年内|年底|内|前|以前|之前)*$")


def _row_end(cell: str) -> tuple[str, str, str] | None:
    """(the row's words, its units, its time) where the cell's words after its last sentence
    are units' names, a time after them at most; else None. (A stop closing the units, as a
    page's last line is given one, is none of theirs.)"""
    last = cell.rstrip()[-1:]
    if last and last in _CELL_END:
        closed = _row_end(cell.rstrip()[:-1])
        if closed is not None:
            return closed
    cut = max(cell.rfind(mark) for mark in _CELL_END)
    tail = cell[cut + 1:].strip()
    if cut < 0 or not tail:
        return None
    if units.read(tail) is not None:
        return cell[:cut + 1].strip(), tail, ""
    for end in range(len(tail) - 1, 1, -1):
        time = tail[end:]
        if re.search(r"\d|年内|年底", time) and _TIME_CELL.match(time) and \
                units.read(tail[:end]) is not None:
            return cell[:cut + 1].strip(), tail[:end], time
    return None


_MEASURE_WORD = re.compile(r"^[个所项人万千百亿元座家条次户名台套辆只年月日天号%％]")


def _rejoined(words: list[str]) -> list[str]:
    """A run-together table's words, a number that is no row's (新建 1 所, not the next
    row's number in order) glued again to the words either side of it."""
    out: list[str] = []
    expected = 1
    glue = False
    for k, word in enumerate(words):
        number = _row_number(word)
        if number is not None:
            after = words[k + 1] if k + 1 < len(words) else ""
            if number in (expected, expected + 1) and not _MEASURE_WORD.match(after):
                out.append(word)
                expected = number + 1
                glue = False
                continue
            if out and _row_number(out[-1]) is None and out[-1] != "序号":
                out[-1] += word
                glue = True
                continue
        if glue and out:
            out[-1] += word
        else:
            out.append(word)
        glue = False
    return out


def _run_table(line: str) -> tuple[str, list[str]] | None:
    """(the words before the table, the table's words) for a line holding a whole table
    run together, else None."""
    words = line.split()
    if len(words) < 8:
        return None
    for h in range(len(words) - 4):
        header = []
        for word in words[h:h + 12]:
            if not _HEADER_CELL.match(word) or _row_number(word) is not None \
                    or PART.match(word):
                break
            header.append(word)
        if len(header) < 3:
            continue
        rest = words[h + len(header):]
        ones = [k for k, w in enumerate(rest[:4]) if w in ("1", "1.", "1、")]
        if not ones:
            continue
        numbers = (n for n in map(_row_number, _rejoined(rest[ones[0]:])) if n is not None)
        if next(numbers, None) != 1 or next(numbers, None) != 2:
            continue
        return " ".join(words[:h]), words[h:]
    return _headless(words)


# the header a table run together without one is given: 序号 and a column a cell, each known
# by its cells alone (_by_content)
_NO_HEADER = re.compile(r"^第\d+列$")


def _headless(words: list[str]) -> tuple[str, list[str]] | None:
    """A table run together on one line without its header (its rows numbered 1, 2, 3 …
    each a word of its own), with a header of as many columns as most rows have cells."""
    words = _rejoined(words)
    starts: list[int] = []
    for k, word in enumerate(words):
        if word == str(len(starts) + 1):
            starts.append(k)
    if len(starts) < 3:
        return None
    sizes = Counter(b - a - 1 for a, b in zip(starts, starts[1:], strict=False))
    # the commonest, the fewest of equals: a cell with spaces of its own only adds words
    width = min(sizes, key=lambda size: (-sizes[size], size))
    if width < 3 or width > 12:
        return None
    header = ["序号"] + [f"第{k}列" for k in range(2, width + 2)]
    return " ".join(words[:starts[0]]), header + words[starts[0]:]


def _header_at(lines: list[str], i: int) -> Table | None:
    cells = cells_of(lines[i])
    rest = _header_rest(lines, i, cells)
    if rest:
        # 工作任务 | 具体要求 ⏎ | 责任单位 |: a header the page broke over two lines
        found = _header_at(lines[:i] + [lines[i].rstrip().removesuffix("|") + " | " + rest] +
                           lines[i + 2:], i)
        if found is not None:
            found.start += 1
            found.top = i if found.top is None else found.top
            return found
    if cells is not None and len([c for c in cells if c]) >= 3:
        header = [c for c in cells if c]
        kinds = header_kinds(header)
        # every cell a header's word, or all but one of four or more (a word garbled by
        # a converter: 项目?jī)?nèi）容)
        odd = sum(1 for c in header if not _HEADER_CELL.match(_without_note(c)))
        if odd == 0 or (odd == 1 and len(header) >= 4 and _valid(kinds)):
            known = _valid(kinds) or _numbered_below(lines, i + 1, per_line=True)
            if known or (odd == 0 and "task" in kinds):
                # (a task column's header and words no list knows for the others, over rows
                # with no number: a task table if a column's cells give its tasks' times)
                return Table(list(zip(kinds, header, strict=True)), i + 1, per_line=True,
                             timed_only=not known)
            if odd == 0 and not any(units.read(c, organs_only=True) for c in header) and \
                    _rows_alike(lines, i + 1, len(header)):
                # (校区、建筑、房间 | 消防隐患问题 | 备注 over rows with no number: a task
                # table if a column's cells name units, _by_content; not a row of units
                # read as a header, 县住建局 | 建筑施工领域…成效明显 | 优秀)
                return Table(list(zip(kinds, header, strict=True)), i + 1, per_line=True,
                             owned_only=True)
    return _header_down(lines, i)


_ALIKE_MIN = 3  # rows under a header no list knows: a table's, not a line or two of pipes


def _rows_alike(lines: list[str], j: int, width: int) -> bool:
    """Whether the lines from j open with three rows or more a line, each with as many filled
    cells as the header (width), none of them numbered: a table's body under its header."""
    rows = [[c for c in cells_of(line) or [] if c] for line in lines[j:j + _ALIKE_MIN]]
    return len(rows) == _ALIKE_MIN and \
        all(len(filled) == width and _row_number(filled[0]) is None for filled in rows)


def _header_rest(lines: list[str], i: int, cells: list[str] | None) -> str | None:
    """The header's cells on the next line, where a header of two cells or more goes on there
    after a bar (| 责任单位 |), or after its line closed by its bar (序号 | 重点任务 | ⏎ 完成时间 |
    责任单位 |): every cell of both a header's word."""
    if cells is None or i + 1 >= len(lines) or not (
            lines[i + 1].lstrip().startswith("|") or
            (lines[i].rstrip().endswith("|") and cells_of(lines[i + 1]) is not None)):
        return None
    more = cells_of(lines[i + 1]) or []
    if any(PART.match(c) or _SUBPART.match(c) for c in more):
        return None  # (一、重点项目 |: the first group's row under the header, none of it)
    header = [c for c in cells + more if c]
    if len([c for c in cells if c]) < 2 or not more or \
            not all(_HEADER_CELL.match(_without_note(c)) for c in header):
        return None
    named = [column_kind(c) != "other" for c in more if c]
    # every cell of the next line names a column; or the line was left open (no bar closes
    # it: | 序号 | 单位 | 风险类别 ⏎ | 风险点 | 防控措施 | 部门负责人 ⏎ | 责任领导 ⏎ |) and
    # the next goes on with some that do and no row's number
    open_row = not lines[i].rstrip().endswith("|") and any(named) and \
        not any(_row_number(c) is not None for c in more if c)
    if not (all(named) or open_row):
        return None
    return lines[i + 1].strip().removeprefix("|")


def _numbered_below(lines: list[str], j: int, per_line: bool) -> bool:
    """Whether the table's first row, numbered 1, follows line j (past blank lines and a
    section row), or, a cell a line, rows picked from a longer table (_opens_with_picked_rows):
    a header no list knows is a header by what stands under it."""
    seen = 0
    picked = not per_line and _opens_with_picked_rows(lines, j)
    for line in lines[j:j + 6]:
        if not line:
            continue
        cells = cells_of(line)
        if per_line:
            if cells is None:
                return False
            filled = [c for c in cells if c]
            # the number in the first cell, or after a group's (类别) cell
            if len(filled) >= 3 and any(_first_row(c) for c in filled[:2]):
                return True
            if len(filled) >= 3 and _ID.match(filled[0]):
                return _ids_below(lines, j)
        elif _first_row((cells and next((c for c in cells if c), "")) or line) or picked:
            return True
        elif cells is None and _NUMBERED_CELL.match(line) and seen <= 1:
            return True  # no 序号 column: the first task's cell opens with its number (14.…)
        elif cells is None and PART.match(line) and len(line) <= 40 and seen == 0:
            continue  # a group's cell (五、城市建设), merged over the rows under it
        seen += 1
        if seen > 1:
            return False
    return False


_PICKED_MIN = 3  # rows: a table's rows picked from a longer one, each number on its own line
_PICKED_CELLS = 12  # lines a picked row may run to (its cells and bars) before the next number


def _opens_with_picked_rows(lines: list[str], j: int) -> bool:
    """Whether the cells from line j, a cell a line, open with rows numbered on from a number
    past 1 (40 ⏎ 加快… ⏎ 54 ⏎ 推进… ⏎ 106 ⏎ …: the rows an office picked from the plan's
    table, each with its own number): three rows or more, each number on a line of its own
    and greater than the one before, words between them."""
    numbers: list[int] = []
    words = True
    for line in lines[j:j + _PICKED_CELLS * _PICKED_MIN]:
        cells = cells_of(line)
        cell = next((c for c in cells if c), "") if cells is not None else line.strip()
        number = _row_number(cell) if cell else None
        if number is None:
            words = words or len(cell) > 4
            continue
        if not numbers and number == 1 or numbers and number <= numbers[-1] or not words:
            return False
        numbers.append(number)
        words = False
        if len(numbers) >= _PICKED_MIN:
            return True
    return False


def _ids_below(lines: list[str], j: int) -> bool:
    """Whether the rows from line j open with numbers of their own (_ID), three rows or more
    and each number once: a table numbered by its plan's numbers, not by a count from 1."""
    return _ids([(cells_of(line) or [""])[0] for line in lines[j:j + 8] if line.strip()][:3])


def _first_row(cell: str) -> bool:
    # row 1, or the first group row (一) of a table whose rows are grouped
    return _row_number(cell) == 1 or cell in ("一", "一、")


_TITLE_ROW = re.compile(r"((?:19|20)\d\d)\s*年")


def _title_year(lines: list[str], header: int) -> int | None:
    """The year the table's title row names: the short line with a year just above the
    header (2023年重点工作任务分解表), past blank lines and a 附件 line."""
    seen = 0
    for line in reversed(lines[max(0, header - 6):header]):
        if not line:
            continue
        m = _TITLE_ROW.search(line)
        if m and len(line) <= 60:
            return int(m.group(1))
        seen += 1
        if seen >= 2:
            break
    return None


# a day in full, maybe with what was done on it (2024年3月4日印发): no column's name
_SIGNED = re.compile(r"^[（(]?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                     r"[\u4e00-\u9fff]{0,2}[）)]?$")


def _header_down(lines: list[str], i: int) -> Table | None:
    """A header written a cell a line, starting at line i: of known header words, or of any
    short words where the first row (1) follows them."""
    first = [c for c in (cells_of(lines[i]) or [lines[i]]) if c]
    if len(first) != 1 or not _HEADER_CELL.match(_without_note(first[0])):
        return None
    header: list[str] = []
    at: list[int] = []  # the line each header cell stands on
    # 类别 ⏎ 序号 ⏎ …: a group's column before the 序号, whose cell a row's group holds only
    # in its first row (粮食安全 ⏎ 1 ⏎ …): that cell is the row's, not the header's
    above = lines[i - 1].strip() if i > 0 else ""
    grouped = column_kind(first[0]) == "seq" and 2 <= len(above) <= 6 and \
        column_kind(above) == "other" and cells_of(above) is None
    j = i
    while j < len(lines) and len(header) < 12:
        cell = lines[j]
        piped = cells_of(cell)
        if piped is not None:
            if len([c for c in piped if c]) > 1:
                break
            cell = next((c for c in piped if c), "")
        if cell:
            if not _HEADER_CELL.match(_without_note(cell)) or _row_number(cell) is not None \
                    or PART.match(cell) or _SUBPART.match(cell) or _NUMBERED_CELL.match(cell) \
                    or (len(header) >= 3 and _first_row(cell)) \
                    or (grouped and len(header) >= 3 and column_kind(cell) == "other"
                        and _row_number(_next_cell(lines, j, 0)) == 1):
                # a row's number, or a section or group row (一、…, 一) over the rows, or an
                # item's numbered line (1. 某区碳达峰工作方案: an annex's items, no header's), or
                # the first row's group cell (类别 … 完成时限 ⏎ 粮食安全 ⏎ 1 ⏎ …)
                break
            header.append(cell)
            at.append(j)
        j += 1
    if not header or any(_SIGNED.match(c) for c in header):
        return None  # (南屏县人民政府 ⏎ 2024年3月4日 ⏎ …: a notice's signature, no header)
    if len(header) >= 4 and _TITLE_CELL.search(header[0]) and \
            not any(column_kind(c) == "seq" for c in header):
        # the table's title above a header with no 序号 (清洁家园行动2014年工作台账): none
        # of its cells (above a 序号 the header is found again from there)
        header, at = header[1:], at[1:]
    width = _first_row_width(lines, j)
    header, at = _rejoined_header(header, at, width)
    header, at = _spanned_header(header, at, width)
    kinds = header_kinds(header)
    # the known header words from the first: the header as the lists know it
    if "seq" in kinds[1:]:
        return None  # a title line above the header: the header starts at its 序号
    known = next((k for k, kind in enumerate(kinds) if kind == "other"), len(kinds))
    if len(header) >= 3 and _numbered_below(lines, j, per_line=False):
        # the whole header, its words known or not, where the first row follows it; a title
        # line above it (2024年实事清单, 附件2) is not one of its cells
        titles = next((k for k, cell in enumerate(header) if not _TITLE_CELL.search(cell)), 0)
        # (not a news page's short lines over its numbered points, 建筑垃圾专项整治工作协调
        # 联动会议 ⏎ 持续深入推进专项整治相关工作 ⏎ 会议强调 ⏎ 1.着眼…: a phrase where the first
        # column's name stands; the last cell may be the first row's group, however long)
        # (a bare row number below, 1 ⏎ 新建…, is a table's row whatever its header says)
        below = next((line for line in lines[j:j + 6] if line.strip()), "")
        if len(header) - titles >= 3 and (
                len(_without_note(header[titles])) <= _UNKNOWN_HEADER_CELL or
                _row_number(below) is not None):
            return Table(list(zip(kinds[titles:], header[titles:], strict=True)), j,
                         per_line=False, top=at[titles])
    if _valid(kinds[:known]) and kinds[:known].count("task") <= 3:
        end = at[known] if known < len(header) else j
        return Table(list(zip(kinds[:known], header[:known], strict=True)), end,
                     per_line=False)
    return None


_UNKNOWN_HEADER_CELL = 12  # characters: a column's name no list knows, not a phrase


def _first_row_width(lines: list[str], j: int) -> int | None:
    """The cells of the first row (1 … up to 2) under a header written a cell a line, its
    number among them; None where no such row follows."""
    width: int | None = None
    for line in lines[j:j + 60]:
        if not line.strip("| "):
            continue  # (a line of bars alone closes a cell in some pages: no cell itself)
        number = _row_number(line)
        if width is None:
            if number != 1:
                return None
            width = 1
        elif number == 2:
            return width
        else:
            width += 1
    return None


def _rejoined_header(header: list[str], at: list[int],
                     width: int | None) -> tuple[list[str], list[int]]:
    """header, where its rows have fewer cells than it has: a header cell a page broke over
    two lines (责任⏎领导, 第二季度⏎完成情况) joined again, where the first half alone names
    no column and the two together do."""
    if width is None or width >= len(header):
        return header, at
    cells, lines = list(header), list(at)
    k = 0
    while k < len(cells) - 1 and len(cells) > width:
        joined = cells[k] + cells[k + 1]
        if column_kind(cells[k]) == "other" and len(cells[k]) <= 4 and \
                column_kind(joined) != "other":
            cells[k:k + 2] = [joined]
            del lines[k + 1]
        k += 1
    return cells, lines


def _spanned_header(header: list[str], at: list[int],
                    width: int | None) -> tuple[list[str], list[int]]:
    """header, where its rows have fewer cells than it has and its last cells are a second
    header row under cells that span them (序号 ⏎ 任务 ⏎ 责任单位 ⏎ 完成时限 ⏎ 牵头单位 ⏎
    配合单位, six cells over rows of five: 1 ⏎ 任务 ⏎ 县住建局 ⏎ 县财政局 ⏎ 6月底前): each run
    of those last cells of one kind (units, people, times, years) set in the place of the
    first row's cell of that kind before them. Left as it is where the cells do not pair so."""
    spans = len(header) - width if width is not None else 0
    if spans <= 0:
        return header, at
    classes = [_span_class(cell) for cell in header]
    # the second row: the last cells, read back while they fall into no more runs of one
    # kind than there are spanning cells
    runs: list[list[int]] = []
    k = len(header) - 1
    while k > 0 and classes[k] is not None:
        if runs and classes[runs[-1][0]] == classes[k]:
            runs[-1].insert(0, k)
        elif len(runs) < spans:
            runs.append([k])
        else:
            break
        k -= 1
    runs.reverse()
    first_row = k + 1
    if len(runs) != spans or any(len(run) < 2 for run in runs):
        return header, at
    # each run's spanning cell: the next one of its kind in the first row, in order
    spanning: list[int] = []
    for run in runs:
        start = spanning[-1] + 1 if spanning else 0
        cell = next((c for c in range(start, first_row) if classes[c] == classes[run[0]]),
                    None)
        if cell is None:
            return header, at
        spanning.append(cell)
    cells: list[str] = []
    lines: list[int] = []
    for c in range(first_row):
        placed = runs[spanning.index(c)] if c in spanning else [c]
        cells += [header[r] for r in placed]
        lines += [at[r] for r in placed]
    return cells, lines


_SPAN_YEAR = re.compile(r"^(?:(?:19|20)\d\d年度?|第?[一二三四1-4]季度|[上下]半年)$")


def _span_class(cell: str) -> str | None:
    """The kind a cell of a two-row header shares with the cell that spans it: units (牵头
    单位 under 责任单位), people, times (2023年 under 完成时限); None for any other."""
    kind = column_kind(cell)
    if kind in ("lead", "owners"):
        return "units"
    if kind == "leader":
        return "people"
    if kind == "time" or _SPAN_YEAR.match(re.sub(r"\s", "", cell)):
        return "time"
    return None


_TITLE_CELL = re.compile(r"(?:19|20)\d\d年|(?:表|清单|台账|计划|方案|安排)$|^附件")


_PROGRESS = re.compile(r"已(?:经)?(?:完成|建成|开工|启动|进场|签订|投入|实施|开展|落实|出台|印发|"
                       r"上线|运行|竣工|招标|动工)|正在|推进中|进行中|进度|滞后|序时|完成率|"
                       r"累计完成|未完成|基本完成|完成\d+(?:\.\d+)?\s*[%％]|^(?:是|否|完成)$")
FIGURE = re.compile(r"^[\d.,，~～\-—+＋%％‰≥≤<>＜＞以上下左右约万亿千百个元家人户所项次条座"
                     r"辆台套吨亩公里米平方年倍份场处只件名床张间/（）()]+$")
# verbs of work to do (新增, 提高 name measures as often: 新增就业人数)
WORK_VERB = re.compile(r"推进|建设|完成|实施|开展|建立|推动|加快|提升|落实|制定|出台|新建|改造|"
                       r"打造|组织|举办|培育|引进|实现|创建|加强|完善|深化|开工|建成|改扩建|优化|"
                       r"整治|保障|支持|鼓励|规范|做好|强化|改善|健全|提高")
_ANY_YEAR = datetime.date(2020, 1, 1)  # a cell's shape does not hang on the plan's year
_YEAR = re.compile(r"(?:19|20)\d\d\s*年")


# a stage a project has reached, as a progress column gives it in a word or two (建成, 投入使用,
# 工程基础完工, 完工，投入使用): each short clause ends with a stage's verb, where a task names
# its object after the verb (建成污水处理厂)
_STATUS = re.compile(r"^[^。；;，,、]{0,8}(?:完成|建成|完工|竣工|投入使用|投用|开工|动工|施工|运行|"
                     r"启动|验收|交付|通车|开业|开通|上线|签约|招标|进场|推进|推进中|前期|"
                     r"停工|暂缓|封顶)$")


def _is_status(cell: str) -> bool:
    clauses = [c for c in re.split(r"[，,、；;]", cell) if c]
    if len(cell) == 3 and cell[0] not in "已未正待基全在" and not _PROGRESS.search(cell):
        return False  # 王建成: a surname and a name, as a leader column gives it
    return len(cell) <= 24 and bool(clauses) \
        and (all(_STATUS.match(c) for c in clauses) or bool(_PROGRESS.search(cell))) \
        and not is_units(cell) and not _is_deadline(cell, _ANY_YEAR)


def _is_person(cell: str) -> bool:
    # 长期, 第三季度, 已完成, 建成 are as short as a name; a name of four (门前三包, 夜市整治)
    # is a person's only with a family name first; 行政村, 村级 name a place or a level
    return bool(_PERSON.match(cell)) and not _NOT_NAME.search(cell) \
        and not _PROGRESS.search(cell) and not _is_deadline(cell, _ANY_YEAR) \
        and not _is_status(cell) and \
        all(len(name) < 4 or units.is_person(name) for name in re.split(r"[、，,\s]+", cell))


def _ids(cells: list[str]) -> bool:
    """Whether a table's first column holds each row's own number (20181216, 20181220): three
    or more, each once, every cell filled, and no count from 1."""
    return len(cells) >= 3 and all(_ID.match(c) for c in cells) and \
        len(set(cells)) == len(cells) and \
        sorted(map(int, cells)) != list(range(1, len(cells) + 1)) and \
        not all(_YEAR_CELL.match(c) for c in cells)  # 2024, 2025, 2026: a column of years


_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")


def _share(cells: list[str], fits: Callable[[str], object]) -> float:
    filled = [c for c in cells if c]
    return sum(1 for c in filled if fits(c)) / len(filled) if filled else 0.0


def _content_kind(cells: list[str], issued: datetime.date | None) -> str | None:
    """A column's kind by what most of its cells hold, else None (text: a task or words)."""
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return None

    def share(fits: Callable[[str], object]) -> float:
        return sum(1 for c in filled if fits(c)) / len(filled)

    if share(_is_person) >= 0.6:
        return "leader"
    if share(is_units) >= 0.6:
        return "owners"
    if share(_PROGRESS.search) >= 0.5 or share(_is_status) >= 0.8:
        return "progress"
    if share(lambda c: _is_deadline(c, issued or _ANY_YEAR)) >= 0.6:
        return "time"
    if share(FIGURE.match) >= 0.6:
        return "value"
    return None


# a place's own name, not an organ's: 纸坊街道, 谢村镇, 槐树关镇龙亭镇, 相关镇（街道）
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:镇|乡|街道|村|社区|片区)(?:[（(]街道[)）])?$")


def _places_apart(kinds: list[str], aligned: list[list[str]], alone: bool = False) -> None:
    """Where two columns hold units and the cells of one are only places' names (建设地点:
    谢村镇, 纸坊街道) while the other's are organs (住建局), the places say where the work is
    done, not who does it: that column is no owners'. alone: a table whose header names no
    owner column (Table.timed_only), where a column of places is no owners' by itself."""
    unit_columns = [c for c, kind in enumerate(kinds) if kind in ("owners", "lead")]
    if len(unit_columns) < (1 if alone else 2):
        return

    def places(c: int) -> float:
        filled = [re.sub(r"\s", "", row[c]) for row in aligned if row[c]]
        return sum(1 for cell in filled if _PLACE_ONLY.match(cell)) / len(filled) \
            if filled else 0.0

    share = {c: places(c) for c in unit_columns}
    if alone or any(v <= 0.2 for v in share.values()):
        for c, v in share.items():
            if v >= 0.8:
                kinds[c] = "other"


_WORK_MIN = 5  # characters a task cell holds on average: work's words, not a post (组长)
_PROBLEM = re.compile(r"问题|隐患")  # a column of what was found wrong (存在问题, 隐患问题)


_SENTENCES_MIN = 24  # characters a cell: sentences, not a time's cell (2022年6月底前完成)


def _sentences(cells: list[str]) -> bool:
    """Whether most of a column's cells are sentences: longer than a time's cell says."""
    # (not a report of work done, 已于2023年12月完成整改…: no work's words)
    return _share(cells, lambda c: len(c) >= _SENTENCES_MIN and not c.startswith("已")) >= 0.6


def _combined(header: str, content: str | None) -> str:
    """A column's kind from its header's and its cells': the cells' where they say clearly
    what they are (units, a deadline, progress, people, figures), the header's finer word
    (牵头 among the owner columns; 推进情况 over cells that also hold dates) where both agree."""
    if content is None or header in ("guide", "inner", "target", "venue"):
        # a column of the units that check the work, of those it checks, or of where it is
        # held, stays theirs
        return header
    if content == "owners":
        return header if header in ("lead", "owners") else "owners"
    if content == "time":
        return header if header in ("progress", "leader") else "time"
    return content


def _set_owned_kinds(new: list[str], content: list[str | None], table: Table,
                   others: list[int], aligned: list[list[str]]) -> bool:
    """For a table found by a header no list knows (Table.owned_only), whether its cells read
    as a task table's, its kinds (new) set so where they do: one column of units (whose work
    each row is), no column of people (姓名 | 职务 | 工作单位: a roster), and a column of work:
    the last column of text, or the problems found where no other is (校区、建筑、房间 | 消防隐患
    问题 | 备注), titled by the column of text before it (where they were found)."""
    if sum(kind in ("lead", "owners") for kind in new) != 1 or "leader" in new:
        # (督查时段 | 督查对象 | 带队单位: those checked beside those who check, no owners)
        return False
    if "task" not in new:
        problems = [c for c, k in enumerate(others) if new[c] == "progress" and
                    content[c] is None and _PROBLEM.search(table.columns[k][1])]
        text = problems[:1] or [c for c in range(len(new)) if new[c] == "other"][-1:]
        if not text:
            return False
        new[text[0]] = "task"
    task = len(new) - 1 - new[::-1].index("task")  # (the last: the work, after its place)
    work = [row[task] for row in aligned]
    if sum(map(len, work)) < _WORK_MIN * len(work) or \
            sum(1 for cell in work if _POST.search(cell)) * 2 >= len(work):
        return False  # (组长, 县住建局党组书记、局长: people's posts, no work's words)
    if task > 0 and new[task - 1] == "other":
        new[task - 1] = "task"  # the place or the thing before the work: its title
    return True


# a post's name at a cell's end (局长, 大队长, 党组书记); not 增长, 延长: a word's 长
_POST = re.compile(r"(?:[组科处局校院部县市镇乡区队站所厅委社]长|书记|主任|委员|成员|干事|科员|"
                   r"助理|秘书)$")


def _by_content(lines: list[str], table: Table, issued: datetime.date | None) -> Table | None:
    """The table with each column's kind read from its cells, or None where the cells are
    not a task table's (a table of figures, or no task column, or no owners nor deadlines)."""
    raw = _rows_per_line(lines, table) if table.per_line else _rows_per_cell(lines, table)
    kinds = [kind for kind, _ in table.columns]
    seq_at = kinds.index("seq") if "seq" in kinds else 0
    if table.per_line and seq_at > 0 and raw and all(r.at <= seq_at for r in raw[:5]):
        # a group's column before the 序号 (类别: 省市重点类, merged down over its rows): its
        # cells name the rows' sections; the row's cells are those after its number
        table = dataclasses.replace(table, columns=table.columns[seq_at:])
        kinds = kinds[seq_at:]
    others = [k for k, kind in enumerate(kinds) if kind != "seq"]
    if "seq" not in kinds and len(kinds) >= 3 and raw and all(r.at == 0 for r in raw[:5]):
        others = others[1:]  # the row number stands in the first column, under any header
    n = len(others)
    if table.per_line and raw and "seq" not in kinds and all(r.at == -1 for r in raw) and \
            max(len(_trim(list(r.cells))) for r in raw) > n:
        # rows wider than the header (its first column's label lost), the rows under a
        # group's first lacking its merged cells: read against their right edge
        edge = None if table.owned_only else _by_right_edge(table, raw, issued)
        if edge is not None:
            return edge
    # rows whose cells stand one a column; where most rows do not (merged cells left out,
    # the number in a column of its own), the header's words are all there is to go by
    aligned = [cells for cells in map(_untrimmed, raw) if len(cells) == n]
    if not table.per_line:
        # a cell split at its line breaks or spaces stands for one, as its column's cell;
        # blank cells at a row's end (a lone | line between rows) are none of its columns'
        aligned += [squeezed for squeezed in (_squeeze(_trim(r.cells), n) for r in raw
                                              if len(r.cells) > n and not r.subs)
                    if len(squeezed) == n]
    if len(aligned) < max(2, 0.6 * len(raw)) and not _valid(kinds):
        # a trailing blank cell (备注) left out, or closed by the bar that closes the row too
        # (… | ⏎ | ⏎ |: the empty cell's bar and the row's end alike)
        aligned += [_trim(r.cells) + [""] for r in raw
                    if len(_trim(r.cells)) == n - 1 and len(r.cells) != n and not r.subs]
    if n < 2 or len(aligned) < max(2, 0.6 * len(raw)):
        if table.owned_only:
            # (a table known by its cells alone is read only where most rows stand a cell a
            # column under its header, through _set_owned_kinds: no other reading's guess)
            return None
        if table.per_line:
            again = _by_rows_alone(table, raw, issued)
            if again is not None:
                return again
        return _first_leads(table) if _valid(kinds) else None
    content = [_content_kind([row[c] for row in aligned], issued) for c in range(n)]
    if others and others[0] == 0 and _ids([row[0] for row in aligned]):
        content[0] = "ids"
    for c, k in enumerate(others):
        if kinds[k] in ("lead", "owners") and content[c] not in ("owners", None) and \
                _share([row[c] for row in aligned], is_units) >= 0.3:
            # an owner column whose cell is merged down over some rows: their next cells
            # (progress) slide into it, while the rows that have it name units
            content[c] = "owners"
    new = [_combined(kinds[k], content[c]) for c, k in enumerate(others)]
    timed = any(kinds[k] == "time" and new[c] == "time" for c, k in enumerate(others))
    for c, k in enumerate(others):
        if kinds[k] == "task" and new[c] == "time" and (timed or (
                "task" not in new and _sentences([row[c] for row in aligned]))):
            # (a column headed for the task whose sentences each name a time, 力争全年盘活…,
            # beside the column of times, or, the only task column, long sentences telling a
            # project's story, 计划2016年1月开工，督查时…: the work, its time inside its words)
            new[c] = "task"
    headed = [c for c, k in enumerate(others) if kinds[k] in ("lead", "owners")
              and new[c] in ("lead", "owners")]
    for c, k in enumerate(others):
        if new[c] == "owners" and kinds[k] not in ("lead", "owners") and headed and \
                _share([row[c] for row in aligned], _LEVELS_ONLY.match) >= 0.6:
            # the levels the work is done at (实施层级: 市、区县, 县) beside a column headed for
            # the owners that names them: a column of its own (alone, they are the owners)
            new[c] = "other"
        if kinds[k] == "progress" and new[c] == "owners" and headed:
            # a remarks column that names units (备注: 各区教育局) beside a column headed
            # for the owners that holds them: the remark says who else is concerned
            new[c] = "progress"
    if table.owned_only and not _set_owned_kinds(new, content, table, others, aligned):
        return None
    if "task" not in new:
        text = [c for c in range(n) if new[c] == "other"]
        if text and all(_NO_HEADER.match(h) for kind, h in table.columns if kind != "seq"):
            # no header to say which: the first column of text is the task, the longer
            # ones after it the progress a report adds
            first = next((c for c in text if any(len(row[c]) > 4 for row in aligned)), text[0])
            new[first] = "task"
        elif text:
            longest = max(text, key=lambda c: sum(len(row[c]) for row in aligned))
            new[longest] = "task"
    if _figures(new, content, aligned):
        return None
    _places_apart(new, aligned, alone=table.timed_only)
    ids = bool(new) and new[0] == "ids"  # (only the first column's content is read so)
    columns = list(table.columns)
    for c, k in enumerate(others):
        columns[k] = ("seq" if ids and c == 0 else new[c], columns[k][1])
    for k in range(len(columns)):
        if k not in others and columns[k][0] != "seq":
            columns[k] = ("seq", columns[k][1])
    if not (_valid([kind for kind, _ in columns]) or
            (_bare([kind for kind, _ in columns]) and any(kind != "other" for kind in kinds))):
        # (a table naming no owners nor times is one only where its header names a column by
        # a header's word: 涵盖 ⏎ 交通出行 ⏎ 住房保障 ⏎ … over 01 ⏎ …, a list of topics over
        # numbered parts, is none)
        return None
    return _first_leads(dataclasses.replace(table, columns=columns, ids=ids))


def _by_rows_alone(table: Table, raw: list[_Cells],
                   issued: datetime.date | None) -> Table | None:
    """The table with its columns read from its rows alone, where the rows stand one cell a
    column among themselves but not under the header (a header of two rows, its upper one
    with cells merged over the lower one's, or cells the header has none for): each
    column's kind from its cells, the header's words set aside."""
    cells = [c for c in map(_untrimmed, raw) if c]
    if not cells:
        return None
    width, count = Counter(len(c) for c in cells).most_common(1)[0]
    if width < 3 or count < max(2, 0.6 * len(raw)) or width == len(table.columns) - 1:
        return None
    aligned = [c for c in cells if len(c) == width]
    filled = max(c + 1 for row in aligned for c, cell in enumerate(row) if cell)
    if filled == len(table.columns) - 1:
        return None  # only blank cells past the header's last (备注 left empty): as headed
    content = [_content_kind([row[c] for row in aligned], issued) for c in range(width)]
    new = [kind or "other" for kind in content]
    text = [c for c in range(width) if new[c] == "other"]
    if not text:
        return None
    task = max(text, key=lambda c: sum(len(row[c]) for row in aligned))
    new[task] = "task"
    if _figures(new, list(content), aligned) or not _valid(new):
        return None
    if task > 0 and new[task - 1] == "other" and \
            0 < sum(len(row[task - 1]) for row in aligned) < 30 * len(aligned):
        new[task - 1] = "task"  # the project's name before its content: the task's title
    labels = [h for kind, h in table.columns if kind != "seq"]
    columns = [("seq", next((h for kind, h in table.columns if kind == "seq"), "序号"))]
    columns += [(kind, labels[c] if c < len(labels) else f"第{c + 1}列")
                for c, kind in enumerate(new)]
    return _first_leads(dataclasses.replace(table, columns=columns))


def _by_right_edge(table: Table, raw: list[_Cells],
                   issued: datetime.date | None) -> Table | None:
    """The table with its columns read from its rows set against their right edge, where
    the rows that open a group have a cell for every column and the rows under them lack
    the group's merged cells on the left (第一周 | 3月1日-3月7日 | 开学典礼 | 教育处, then
    开学督导迎检 | 督导室): each column's kind from its cells, the header's words (which may
    lack the first column's) set aside. The first column, where it holds short labels over
    groups of rows, names their sections."""
    rows = [_trim(list(r.cells)) for r in raw]
    rows = [r for r in rows if r]
    if len(rows) < 4:
        return None
    width = max(len(r) for r in rows)
    full = [r for r in rows if len(r) == width]
    if width < 3 or len(full) < 2 or len(full) == len(rows) or \
            any(len(r) < 2 for r in rows):
        return None
    columns = [[r[c - (width - len(r))] for r in rows if c >= width - len(r)]
               for c in range(width)]
    content = [_content_kind(cells, issued) for cells in columns]
    if content[-1] not in ("owners", "lead") or "time" not in content:
        return None
    new = [kind or "other" for kind in content]
    text = [c for c in range(width) if new[c] == "other"]
    if not text:
        return None
    task = max(text, key=lambda c: sum(len(cell) for cell in columns[c]) / len(columns[c]))
    new[task] = "task"
    if new[0] in ("other", "leader") and all(len(cell) <= 10 for cell in columns[0]):
        new[0] = "group"  # 开学前, 第一周: the groups' labels, merged down over their rows
    labels = [h for kind, h in table.columns if kind != "seq"]
    labels = [""] * (width - len(labels)) + labels[-width:]
    named = [("seq", "序号")] + [(kind, labels[c] or f"第{c + 1}列") for c, kind in enumerate(new)]
    return dataclasses.replace(table, columns=named, right_edge=True)


def _untrimmed(row: _Cells) -> list[str]:
    """A row's cells with the blank ones at its end that its line has (备注 left empty);
    none for a row with sub-rows, whose cells are not one a column."""
    if row.subs:
        return []
    return row.cells + [""] * (row.width - row.at - 1 - len(row.cells))


def _first_leads(table: Table) -> Table:
    """Of two owner columns and none headed 牵头, the first leads (责任单位 / 配合单位)."""
    kinds = [kind for kind, _ in table.columns]
    if kinds.count("owners") < 2 or "lead" in kinds:
        return table
    columns = list(table.columns)
    k = kinds.index("owners")
    columns[k] = ("lead", columns[k][1])
    return dataclasses.replace(table, columns=columns)


def _figures(kinds: list[str], content: list[str | None], aligned: list[list[str]]) -> bool:
    """Whether a table is one of figures (指标 / 单位 / 目标值 / 2025年): a column of figures, and
    its task column short names of measures, not work to do."""
    if "value" not in content or "task" not in kinds or "owners" in content:
        return False  # a column of organs (农林水务局, 人社局): whose work each row is
    task = kinds.index("task")
    cells = [row[task] for row in aligned if row[task]]
    if not cells:
        return True
    if sum(1 for c in cells if COUNT.search(c)) >= 0.5 * len(cells):
        # 新增4000张养老床位, 开办500个暑托班: work with its own quantity, its columns the
        # progress on it; a measure's name (地区生产总值增长) holds no count of its own
        return False
    mean = sum(len(c) for c in cells) / len(cells)
    verbs = sum(1 for c in cells if WORK_VERB.search(c)) / len(cells)
    return (mean < 16 and verbs < 0.5) or (content.count("value") >= 2 and mean < 20)


def rows(lines: list[str], table: Table, issued: datetime.date | None) -> list[Row]:
    """Each row, its cells in their columns; issued: the date deadlines without a year are
    read from (reference(), for the table's own year)."""
    lines = table.lines if table.lines is not None else lines
    if table.right_edge:
        return _rows_right_edge(lines, table, issued)
    raw = _rows_per_line(lines, table) if table.per_line else _rows_per_cell(lines, table)
    if not raw and not table.per_line:
        raw = _rows_barred(lines, table)
    if not raw:
        return _rows_grouped(lines, table)
    assigned = [_assign(row, table.columns, issued) for row in raw]
    if table.owned_only:
        # (a problem found and the place it was found: the problem first in the title, its
        # place after it, so that tasks at places alike are told apart in a narrow list:
        # 空调插座引线（龙湖校区南苑2号宿舍楼219）)
        assigned = [dataclasses.replace(row, title=f"{row.task}（{row.title}）",
                                        task=f"{row.title}：{row.task}")
                    if row.title and row.task else row for row in assigned]
    return _parts(_categories(assigned))


_CATEGORY_MAX = 20  # characters: a category's name (公共文明环境), not a task's words


def _categories(rows: list[Row]) -> list[Row]:
    """rows, where the first of two task columns is a category merged down over its rows
    (序号 / 测评项目 / 重点任务 / …: 公共文明环境 in its first row only, the rows under it with
    their task's words alone): the category is the section of its rows, no row's title.
    Not a column of names beside their contents (项目名称 / 建设内容), where a row with one
    text cell gives its name, as short as the others', or a row continues the project above
    with its name left blank."""
    titled = [row.title for row in rows if row.title]
    # (a category stands over more than one row on the whole: names beside their contents,
    # one row of them left blank, are no categories)
    if not titled or len(titled) * 3 > len(rows) * 2 or rows[0].title is None or \
            any(len(title) > _CATEGORY_MAX or "。" in title for title in titled):
        return rows
    longest = max(map(len, titled))
    if any(len(row.task) <= longest for row in rows if not row.title):
        return rows
    out: list[Row] = []
    category: str | None = None
    for row in rows:
        category = row.title or category
        out.append(dataclasses.replace(row, title=None, section=row.section or category))
    return out


def _parts(rows: list[Row]) -> list[Row]:
    """rows, each with the number of the group it stands in where the numbering starts again
    under each group's line (（一）… ⏎ 1 … 2 … ⏎ （二）… ⏎ 1 …), or with none between (1 2 3 1
    2): the group, counted in order."""
    if any(row.part is not None for row in rows) or \
            all(b.seq > a.seq for a, b in zip(rows, rows[1:], strict=False)):
        return rows
    out: list[Row] = []
    part = 0
    for k, row in enumerate(rows):
        if k == 0 or row.section != rows[k - 1].section or row.seq <= rows[k - 1].seq:
            part += 1
        out.append(dataclasses.replace(row, part=part))
    return out


def _rows_right_edge(lines: list[str], table: Table, issued: datetime.date | None) -> list[Row]:
    """The rows of a table read against their right edge (_by_right_edge): a group's label
    in the first column opens a group (第一周), the rows under it lack the merged cells
    before theirs; the rows are numbered from 1 in each group, the group being their
    section and part."""
    kinds = [kind for kind, _ in table.columns if kind != "seq"]
    width = len(kinds)
    out: list[Row] = []
    label: str | None = None
    groups = number = 0
    for _, _, cells in _row_lines(lines, table):
        cells = _trim(cells)
        if not cells:
            continue
        # a row wider than the table: its extra cells split from one (as _squeeze reads)
        aligned = [""] * (width - len(cells)) + cells if len(cells) <= width \
            else _squeeze(cells, width)
        if kinds[0] == "group" and aligned[0]:
            label, groups, number = aligned[0], groups + 1, 0
        number += 1
        row = _assign(_Cells(number, label, aligned[1:] if kinds[0] == "group" else aligned),
                      [c for c in table.columns if c[0] not in ("seq", "group")], issued)
        out.append(dataclasses.replace(row, part=groups or None))
    return out


_GROUP = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]?$")
_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(\S.*)$")
_SUB_ITEM = re.compile(r"^\d{1,2}[.．、]\s*\S")
_ARABIC_ITEM = re.compile(r"^(\d{1,2})[.．、]\s*(\S.*)$")


def _rows_grouped(lines: list[str], table: Table) -> list[Row]:
    """The rows of a table grouped under group rows: the 序号 column numbers the groups
    (一 / 二 / 三), the group row's cells name what the group's rows share (its 牵头单位),
    and the rows in it are numbered (一)(二), again from (一) in each group, each maybe with
    sub-items (1.… 2.…) of their own cells (业主单位). A row's owners are the group's lead
    and the units of its own cells and its sub-items'.

    The cells are read in order, empty ones left out (merged cells and blank runs ||||),
    each in the column after the one before it: a group row's from the 序号 column on, a
    row's and a sub-item's from the column its number stands in."""
    kinds = [kind for kind, _ in table.columns]
    if not kinds or kinds[0] != "seq":
        return []
    cells: list[str] = []
    for line in lines[table.start:]:
        if _TABLE_END.match(line):
            break
        piped = cells_of(line)
        for cell in (piped if piped is not None else [line]):
            if cell and not _PAGE_MARK.match(cell) and not _is_header_again(cell, table):
                cells.append(cell)
    # rows numbered 1. 2. in each group where none is numbered (一)(二)
    arabic = not any(_ITEM.match(cell) for cell in cells)
    out: list[Row] = []
    group: list[str] = []  # the group row's cells, from the 序号 column on
    label: str | None = None
    expected = 1
    col = len(kinds)  # the column of the cell before; past the last: nowhere
    name_col = 0
    current: dict[str, list[str]] | None = None

    def close() -> None:
        if current is None:
            return
        lead = [c for k, c in enumerate(group) if k < len(kinds) and kinds[k] == "lead"]
        # a cell of the owner column: its names, a space apart where it lists several
        owners = [name for c in current.get("lead", []) + current.get("owners", [])
                  if not _is_status(c) and not _is_deadline(c, _ANY_YEAR)
                  for name in re.split(r"[ \u3000]+", c) if name]
        if "lead" not in kinds:
            lead = [c for k, c in enumerate(group) if k < len(kinds) and kinds[k] == "owners"]
        time = current.get("time", [])
        out.append(Row(seq=int(current["seq"][0]), section=label,
                       task=current["name"][0], title=None,
                       lead="、".join(dict.fromkeys(lead)) or None,
                       owners="、".join(dict.fromkeys(owners)) or None,
                       time="；".join(time) or None, steps=len(time) > 1))

    for cell in cells:
        number = _GROUP.match(cell)
        if number and deadlines.cn_number(number.group(1)) == expected:
            close()
            current, group, col = None, [cell], 0
            expected += 1
            continue
        item = (_ARABIC_ITEM if arabic else _ITEM).match(cell)
        if item and group:
            if current is None:
                # the group row ends where its first row starts: the row's number stands
                # in the column after the group's last cell
                name_col = col + 1
                label = " ".join(group[:2])
            close()
            col = name_col
            seq = item.group(1)
            current = {"seq": [seq if seq.isdigit() else str(deadlines.cn_number(seq))],
                       "name": [item.group(2)]}
            continue
        if current is not None and _SUB_ITEM.match(cell):
            col = name_col  # a sub-item: its cells under the row's from its name on
            continue
        col += 1
        if current is None:
            if len(group) >= 1:
                group.append(cell)
            continue
        if col < len(kinds):
            current.setdefault(kinds[col], []).append(cell)
    close()
    return out


def reference(table: Table, issued: datetime.date | None) -> datetime.date | None:
    """The date a table's deadlines without a year are read from: the plan's issue date,
    unless the table's title names another year (a 2023 table issued in December 2022)."""
    if table.year is None or (issued is not None and issued.year == table.year):
        return issued
    return datetime.date(table.year, 1, 1)


def _is_header_again(text: str, table: Table) -> bool:
    return _SPACE.sub("", text) in _header_words(tuple(table.columns))


_SPACE = re.compile(r"\s")


@functools.lru_cache(maxsize=256)  # asked of every cell of the table's rows
def _header_words(columns: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(re.sub(r"\s", "", h) for _, h in columns)


def _rows_per_line(lines: list[str], table: Table) -> list[_Cells]:
    out: list[_Cells] = []
    kinds = [kind for kind, _ in table.columns]
    # without a 序号 column, numbers count as the rows' only from 1 (not a figure: 10)
    headed = "seq" in kinds
    section: str | None = None
    # the next number of each style (8, (8)): a table numbering its targets (1)…(7) and its
    # measures' groups 1 2 … between them counts each on its own
    expected: dict[bool, int | None] = {}
    lined = list(_row_lines(lines, table))
    rows_style = _rows_style(lined)
    number_cell = ""  # the last row's number as printed (2, or (2): not the same)
    seen = 0
    for heading, headings, cells in lined:
        if headings != seen:  # a heading since the last row: the rows stand under it now
            section, seen = heading, headings
        if out and len(cells) > out[-1].at and cells[out[-1].at] == number_cell \
                and cells[:out[-1].at] in ([""] * out[-1].at, out[-1].before):
            # the row's 序号 merged down over this sub-row too: a step of the same task
            out[-1].subs.append(_trim(cells[out[-1].at + 1:]))
            continue
        if table.ids:
            numbered = (0, int(cells[0])) if cells and _ID.match(cells[0]) else None
        else:
            numbered = next(((k, n) for k, n in enumerate(map(_row_number, cells))
                             if n is not None and
                             _in_sequence(n, expected.get(_bracketed(cells[k])))
                             and (expected.get(_bracketed(cells[k])) is not None or n == 1
                                  or headed)), None)
        if numbered is None:
            # (a sub-row stands under a row numbered in its first cell, the table's columns
            # one a cell of it)
            step = (_step_below(out[-1], cells, kinds) or _spanned_below(out[-1], cells, kinds)) \
                if out and out[-1].at == 0 and len(kinds) == out[-1].width else None
            if step is not None:
                out[-1].subs.append(step)
            elif out and _dated_below(out[-1], cells, kinds):
                # (1 | 金水区 | 1.新建绿地… | 2006.11.30 ⏎ | | 2.新建游园… | 2006.11.30: a
                # sub-row that dates its own step, no wrapped row)
                out[-1].subs.append(_trim(cells[out[-1].at + 1:]))
            elif out and len(cells) == out[-1].width and not cells[out[-1].at]:
                # a wrapped row (no number, its cells under the row's): each cell goes on
                # the one above it, as a cell wrapped over two lines
                _continue(out[-1], cells[out[-1].at + 1:],
                          {k - out[-1].at - 1 for k, (_, header) in enumerate(table.columns)
                           if _SPAN_HEADER.search(header)})
            elif out:
                out[-1].cells += cells
            continue
        at, number = numbered
        style = _bracketed(cells[at])
        expected[style] = number + 1
        words = [c for c in cells[at + 1:] if c]
        # a number of the other style ranks as numbering does: 1 over (1)
        if rows_style and not style and len(words) == 1:
            # 1 | 产业发展 | | over (1) (2), 1 | 大力提振消费。 | | between (7) and (8): a
            # group's heading, with no cell but its words
            section = f"{cells[at]} {words[0].rstrip('。')}"
            continue
        if out and rows_style is False and style:
            # 1 | 推进老旧小区改造 | … ⏎ (1) | 完成城南片区改造 | …: a sub-row of the row
            # above, one of its steps
            out[-1].subs.append(_trim(cells[at + 1:]))
            continue
        before = [c for c in cells[:at] if c]
        if before:
            section = "".join(before)
        out.append(_Cells(number, section, _trim(cells[at + 1:]), at=at, width=len(cells),
                          before=cells[:at]))
        number_cell = cells[at]
    if not out and not headed:
        return _rows_unnumbered(lines, table)
    return out


def _step_below(row: _Cells, cells: list[str], kinds: list[str]) -> list[str] | None:
    """The cells after the number of a line that is a step of the row above, where its
    merged cells were blanks the copy dropped (1⇥推进…⇥完成目录编制⇥省数据局⇥…⇥2024年6月底前 ⏎
    建成平台⇥⇥省发展改革委⇥2024年12月底前): a line with no number, short of the row's cells
    but with a blank cell inside it (a tab row's), whose last cell dates its own step in the
    table's last column, a time column, as the row above's does; None for anything else (a
    wrapped cell, a note)."""
    width = row.width
    if kinds[-1] != "time" or not 2 <= len(cells) < width or "" not in cells[:-1] or \
            (row.subs and len(row.subs[-1]) < width - 1):
        return None
    above = row.cells[-1] if len(row.cells) == width - 1 else ""
    # (a step's time a month or a quarter of a year: 2024年第二季度 ⏎ 2024年11月底前)
    if not all(_DATED.search(time) or (_YEAR.search(time) and _is_deadline(time, _ANY_YEAR))
               for time in (cells[-1], above)):
        return None
    step = ([""] * (width - len(cells)) + cells)[1:]
    # (each cell in a column of units or of times suits it: a step's words in a unit column
    # are a line that lost more blanks than that)
    if any(_fit(_features(cell, _ANY_YEAR), kind) < 0
           for cell, kind in zip(step, kinds[1:], strict=True)
           if kind in ("lead", "owners", "leader", "time")):
        return None
    return _trim(step)


# a time cell that is a day and nothing more (2006.11.30, 2022年8月31日, 6月底前)
_WHOLE_DAY = re.compile(r"^(?:(?:19|20)\d\d[年.．/-])?"
                        r"\d{1,2}(?:月(?:\d{1,2}[日号]|底|末)?|[.．/-]\d{1,2})(?:前|以前|之前)?$")


def _dated_below(row: _Cells, cells: list[str], kinds: list[str]) -> bool:
    """Whether a line with no number, as wide as the row above and blank in its number cell,
    is a sub-row of it: its time cell and the row's (or its last sub-row's) are each a whole
    day, so that the line dates a step of its own where a wrapped cell's piece would only go
    on the row's words."""
    if len(cells) != row.width or cells[row.at] or len(kinds) != row.width or \
            "time" not in kinds:
        return False
    at = kinds.index("time")
    above = (row.subs[-1] if row.subs else row.cells) + [""] * row.width
    # (…重点推进滨河公园、 ⏎ 人民公园改造提升 | | 2024.11.30: the words above run on into this
    # line, a wrapped cell whose dates are the work's start and end, no step)
    words = [c for c, kind in enumerate(kinds) if kind == "task" and c > row.at]
    runs_on = any(above[c - row.at - 1].endswith(("、", "，", ",")) for c in words)
    return at > row.at and not runs_on and bool(_WHOLE_DAY.match(cells[at])) and \
        bool(_WHOLE_DAY.match(above[at - row.at - 1]))


def _spanned_below(row: _Cells, cells: list[str], kinds: list[str]) -> list[str] | None:
    """The cells after the number of a line that is a sub-row of the row above, where the
    row's 序号 spans it and the copy printed the spanned cell only once (an HTML table's
    rowspan: 2 | 新建驿站7家。 | 已建13家。 | 卫生健康局 ⏎ 新增托位500个。 | 已增600个。 | |):
    a line with no number and its first cell filled, fewer cells than the row's once its
    blank ones at the end are dropped, each of which suits the column it then stands in
    from the row's second on, two of them at least plainly; None for anything else."""
    trimmed = _trim(cells)
    if not 2 <= len(trimmed) < row.width or not trimmed[0]:
        return None
    # (the row's first cells after its number may span it too, 1 | 完善顶层设计 | 做好规划。 |
    # 市建设局 | … ⏎ 加快管网建设。 | 市建设局 | …: its cells then start further right, where
    # each suits its column)
    for start in range(1, row.width - len(trimmed) + 1):
        fits = [_fit(_features(cell, _ANY_YEAR), kind)
                for cell, kind in zip(trimmed, kinds[start:start + len(trimmed)], strict=True)]
        if min(fits) >= 0 and sum(1 for fit in fits if fit > 0) >= 2:
            return [""] * (start - 1) + trimmed
    return None


def _rows_barred(lines: list[str], table: Table) -> list[_Cells]:
    """The rows of a table a cell a line with no 序号, each cell closed by a line that is a bar
    alone (制定年度…计划。 ⏎ | ⏎ 年内 ⏎ | ⏎ 地震局 ⏎ 财政局 ⏎ | ⏎ …): a cell's lines go
    together, units one a line parted as units, a bar after a bar (an empty cell) ends a row,
    a part's heading (一、强化…机制) names the rows' section; a row is its columns' count of
    cells. [] where the lines are not so barred."""
    width = len(table.columns)
    cells: list[list[str]] = []
    cell: list[str] = []
    for line in lines[table.start:]:
        text = line.strip()
        if text == "|":
            cells.append(cell)
            cell = []
        elif text and cells_of(text) is None:
            if len(cell) >= _BARRED_CELL_LINES:
                break  # (prose after the table: no bar closes its lines)
            cell.append(text)
    if len(cells) < 2 * width:
        return []
    out: list[_Cells] = []
    row: list[str] = []
    section: str | None = None
    for lines_of_cell in cells:
        if not lines_of_cell:
            if len(row) >= width - 1:
                out.append(_Cells(len(out) + 1, section, row, width=len(row), at=-1))
            row = []
            continue
        joined = "、".join(lines_of_cell) if len(lines_of_cell) > 1 and \
            all(units.read(part) is not None for part in lines_of_cell) else "".join(lines_of_cell)
        if not row and PART.match(joined) and len(joined) <= 40:
            section = joined
            continue
        row.append(joined)
        if len(row) == width:
            out.append(_Cells(len(out) + 1, section, row, width=width, at=-1))
            row = []
    return out if len(out) >= 2 else []


_BARRED_CELL_LINES = 8  # lines of one barred cell, at most: more is the page going on


def _rows_unnumbered(lines: list[str], table: Table) -> list[_Cells]:
    """The rows of a table without a 序号 column: a line a row, numbered in order, or by the
    numbers their task cells begin with (_rows_numbered_in_cell)."""
    lined = list(_row_lines(lines, table))
    numbered = _rows_numbered_in_cell(lined)
    if numbered is not None:
        return numbered
    width = len(table.columns)
    timed_first = width >= 3 and table.columns[0][0] == "time"
    out: list[_Cells] = []
    for section, _, cells in lined:
        trimmed = _trim(cells)
        if out and timed_first and len(cells) == width - 1 and \
                len(out[-1].cells) == width and 0 < len(out[-1].cells[0]) <= _MERGED_MAX and \
                not (len(trimmed[0]) <= _MERGED_MAX and _is_deadline(trimmed[0], _ANY_YEAR)):
            # 6月-7月上旬 | A | 市教育局 ⏎ B | 各区教育局: the time, merged down over the
            # rows under it, which lack it (a group's merged cell _categories reads)
            trimmed = out[-1].cells[:1] + trimmed
        out.append(_Cells(len(out) + 1, section, trimmed, width=len(cells), at=-1))
    return out


# characters of a time merged down over rows (a row's own time, 全年 or 6月30日, is no task)
_MERGED_MAX = 12


# a cell that begins with the row's number: 14.改扩建… 57、务实… (not 2022.10 nor 3.5亿)
_NUMBERED_CELL = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=[^\d\s.．、])")


def _rows_numbered_in_cell(lined: list[tuple[str | None, int, list[str]]]) -> list[_Cells] | None:
    """The rows of a table with no 序号 column whose task cells carry the plan's own numbers
    (a list cut from a longer one: 14.… 15.… 16.…), each row numbered as printed; a row
    without a number is a sub-row of the one above (①② steps under a merged task cell) and
    lends it nothing but its words. The cells before the numbered one (a 类别 cell merged
    down over a group of rows) name the section. None unless two rows or more are numbered,
    the numbers going up one by one (a missed one forgiven)."""
    found = []
    for _, _, cells in lined:
        k = next((k for k, c in enumerate(cells[:3]) if _NUMBERED_CELL.match(c)), None)
        found.append(k)
    numbers = [int(_NUMBERED_CELL.match(cells[k]).group(1))  # type: ignore[union-attr]
               for (_, _, cells), k in zip(lined, found, strict=True) if k is not None]
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    if len(numbers) < 2 or any(step not in (1, 2) for step in steps):
        return None
    at = [k for k, f in enumerate(found) if f is not None]
    if numbers[0] == 1 and len(numbers) * 2 < len(lined) and at[-1] - at[0] == len(at) - 1:
        # (8月5日前 | 1.… ⏎ | 2.… in rows one after another, among more rows of no number:
        # the points of the rows one time cell spans, no numbering of the table's)
        return None
    out: list[_Cells] = []
    section: str | None = None
    # the numbered cell's column: in the rows that have the merged cells before it
    column = max(k for k in found if k is not None)
    for (heading, _, cells), k in zip(lined, found, strict=True):
        if k is None:
            continue  # a sub-row: its cells stand under the merged ones, not in line with them
        before = [c for c in cells[:k] if c]
        section = "".join(before) if before else (heading or section)
        m = _NUMBERED_CELL.match(cells[k])
        assert m is not None
        aligned = [""] * (column - k) + cells[:k] + [cells[k][m.end():]] + cells[k + 1:]
        out.append(_Cells(int(m.group(1)), section, _trim(aligned), width=len(cells), at=-1))
    return out


def _row_lines(lines: list[str], table: Table) -> Iterator[tuple[str | None, int, list[str]]]:
    """The table's row lines as (the heading they stand under, how many headings so far,
    their cells). Blank lines, page marks, the header repeated on a new page and heading
    rows (一、… across the table, or on a line of its own) are read here; the table ends
    where the page goes on after it."""
    heading: str | None = None
    headings = 0
    for line in _open_rows_joined(lines[table.start:]):
        if not line or _PAGE_MARK.match(line):
            continue
        cells = cells_of(line)
        if cells is None:
            if (PART.match(line) or _SUBPART.match(line)) and len(line) <= 40:
                heading, headings = line, headings + 1
                continue
            break  # the page goes on after the table
        if all(_is_header_again(c, table) or not c for c in cells):
            continue
        if _FORM_LABEL.match(next((c for c in cells if c), "")):
            break  # a form's label and value (索引号： | … | 成文日期：): past the table
        filled = [c for c in cells if c]
        if len(filled) == 1 and (PART.match(filled[0]) or _SUBPART.match(filled[0])) \
                and len(filled[0]) <= 40:
            heading, headings = filled[0], headings + 1  # a heading row across the table
            continue
        yield heading, headings, cells


def _open_rows_joined(lines: list[str]) -> list[str]:
    """lines, where a row the page left open (| 1 | … | 1.加强教育提醒； with no bar to close
    it) goes on over lines with no bar (3.加强过程管理…。: its last cell's words) to a line
    that opens with one (| 徐千 | 李彬 |: its next cells): one line again; a line that opens
    with a row's number (| 3 | …) opens the next row, the words before it still the open
    row's. Only so: a line with no bar after a closed row is the page going on after it."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if not line.lstrip().startswith("|") or line.rstrip().endswith("|"):
            out.append(line)
            continue
        words = k
        while words < len(lines) and lines[words].strip() and "|" not in lines[words]:
            words += 1
        nxt = lines[words] if words < len(lines) else ""
        if words > k and nxt.lstrip().startswith("|"):
            line = line.rstrip() + "".join(w.strip() for w in lines[k:words])
            k = words
            # (the bar line goes on with the row's cells; | 3 | … opens a row of its own)
            if _row_number(next((c for c in cells_of(nxt) or [] if c), "")) is None:
                line += " " + nxt.strip()
                k += 1
        out.append(line)
    return out


def _continue(row: _Cells, more: list[str], spans: AbstractSet[int] = frozenset()) -> None:
    """The cells of a wrapped row, each gone on the one above it; in a column whose header
    says it holds a span (起止时间), a whole day under a whole day is its end (2024.03.01 ⏎
    2024.11.30: 2024.03.01至2024.11.30, not one garbled number)."""
    target = row.subs[-1] if row.subs else row.cells
    target += [""] * (len(more) - len(target))
    for k, cell in enumerate(more):
        target[k] = f"{target[k]}至{cell}" if k in spans and _WHOLE_DAY.match(target[k]) and \
            _WHOLE_DAY.match(cell) else grid.join_pieces([target[k], cell], is_units)


# a header over the start and the end of the work (起止时间, 起讫日期, 实施期限: not 完成时限)
_SPAN_HEADER = re.compile(r"起止|起讫|起始")


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _row_number(cell: str) -> int | None:
    m = _ROW_NUMBER.match(cell)
    return int(m.group(1) or m.group(2)) if m else None


def _rows_style(lined: list[tuple[str | None, int, list[str]]]) -> bool | None:
    """Whether the table's rows are numbered in brackets ((1)…), by the style of most of the
    numbers that stand before cells of their own (a row with only its words, 1 | 产业发展 |,
    is a group's); None where no row is numbered."""
    styles = Counter(_bracketed(cells[k]) for _, _, cells in lined
                     for k in [next((k for k, c in enumerate(cells)
                                     if _row_number(c) is not None), -1)]
                     if k >= 0 and sum(1 for c in cells[k + 1:] if c) >= 2)
    return styles.most_common(1)[0][0] if styles else None


def _bracketed(cell: str) -> bool:
    """Whether a row's number stands in brackets: (8), not 8."""
    return cell.lstrip()[:1] in ("(", "（")


# the first of a list, however it is numbered (1.…, 1、…, （1）…, ①…)
_FIRST_OF_A_LIST = re.compile(r"^\s*(?:1\s*[.．、](?!\d)|[（(]\s*1\s*[)）]|①)")


def _in_sequence(number: int, expected: int | None) -> bool:
    """Whether number goes on from the row before (one missed row forgiven), or starts a
    table (a small number) or starts it again (1)."""
    if expected is None:
        return number <= _FIRST_ROW_MAX
    return number in (expected, expected + 1) or number == 1


def _rows_per_cell(lines: list[str], table: Table) -> list[_Cells]:
    out: list[_Cells] = []
    unheaded = all(kind != "seq" for kind, _ in table.columns)
    section: str | None = None
    row: _Cells | None = None
    expected: int | None = None
    after_part = False  # the line before was a part's heading (二、…) across the table
    listed: int | None = None  # the last number of a list inside the row's cell
    width = len([kind for kind, _ in table.columns if kind != "seq"])
    # a ledger with no numbers ends at the first line with no bar (the page going on)
    closed = _bar_closed_end(lines, table.start, width) if unheaded else len(lines)
    for at, line in enumerate(lines[table.start:closed], table.start):
        piped = cells_of(line)
        cells = _line_cells(line, piped)
        if piped is not None and _FORM_LABEL.match(next((c for c in piped if c), "")):
            break  # a form's label and value (索引号： | … | 成文日期：): past the table
        part_above, after_part = after_part, (bool(PART.match(line.strip())) and
                                              len(line) <= 40) if line.strip() else after_part
        for k, cell in enumerate(cells):
            if _PAGE_MARK.match(cell) or _is_header_again(cell, table):
                continue
            if _TABLE_END.match(cell):
                return out
            number = _row_number(cell)
            if number is not None and _PROGRESS_FIGURE.match(_next_cell(lines, at, k)):
                number = None  # a count (2, then 66.7%): the row's figures, not a row
            numbered = _NUMBERED_CELL.match(cell) if unheaded and number is None else None
            if numbered and row is not None and not part_above and (
                    (listed is None and int(numbered.group(1)) == 1 and expected is not None
                     and len(row.cells) == 1) or
                    (listed is not None and int(numbered.group(1)) == listed + 1 and not (
                        int(numbered.group(1)) == expected and
                        _FIRST_OF_A_LIST.match(_next_cell(lines, at, k)) is not None))):
                # (1.在中小学设立… ⏎ 1.制定完善… ⏎ 2.指导…: a list numbered anew in the next
                # cell of the row, its task's measures, before the row's units; no rows; but not a
                # section's first row under its heading (二、… ⏎ 1.…), nor a number that is the
                # next row's with its own measures after it, a list opening anew: 1., （1）, ①)
                if listed is None:
                    row.cells.append(cell)
                else:
                    row.cells[-1] += cell
                listed = int(numbered.group(1))
                continue
            listed = None if cell else listed
            if numbered and _in_sequence(int(numbered.group(1)), expected):
                # no 序号 column: the task's cell opens with the row's number (1.推进…)
                row = _Cells(int(numbered.group(1)), section, [cell[numbered.end():]], at=-1)
                out.append(row)
                expected = row.seq + 1
            elif number is not None and (_in_sequence(number, expected) or (
                    expected is not None and number >= expected and (
                        part_above or _picked_row(row, width, lines, at)))):
                # rows picked from a longer table (3, 68, 69) go on past a part's heading,
                # or past a row that has all its cells, where a task's words follow
                row = _Cells(number, section, [])
                out.append(row)
                expected = row.seq + 1
            elif PART.match(cell) and len(cell) <= 40 and "。" not in cell:
                section = cell
                if row is not None and not row.cells and expected == row.seq + 1 and \
                        piped is not None:
                    # the row's own first cell, a 类别 cell merged down over its group's
                    # rows: the group names their section, its cell keeps its column
                    row.section = section
                    row.cells.append("")
            elif row is not None and (cell or piped is not None):
                row.cells.append(cell)
    if not out and unheaded:
        return _rows_by_breaks(lines, table, width) or \
            _rows_by_width(lines[table.start:closed], table, width)
    if not out:
        return _rows_by_turns(lines, table, width)
    out = [sub for each in out for sub in _numbered_sub_rows(each)]
    kinds = [kind for kind, _ in table.columns]
    for each in out:
        each.cells = _units_rejoined(each.cells)
        _full_sub_rows(each, [kind for kind in kinds if kind != "seq"])
    unit_columns = sum(kinds.count(k) for k in _ALL_UNIT_KINDS)
    if unit_columns <= 2:
        for each in out:
            if each.subs:
                continue  # its sub-rows already stand in their columns
            # of one owner column, a run of unit cells is its cell's lines, however many
            # cells the row has (a blank cell at its end left out)
            if len(each.cells) > width or unit_columns == 1 or \
                    _longest_unit_run(each.cells) > unit_columns:
                each.cells = _collapse_units(each.cells,
                                             kinds.count("owners") + kinds.count("lead"))
                _split_steps(each, width)
    for each in out:
        _sub_row_after(each, [kind for kind in kinds if kind != "seq"])
    return out


def _full_sub_rows(row: _Cells, kinds: list[str]) -> None:
    """A row flattened a cell a line followed by sub-rows each with all its own cells but
    the merged ones before them (1 / 有序扩大家庭医生来源 / 现阶段… / 各区政府 / 市卫生健康委 ⏎
    根据服务人口… / 各区政府 / 市卫生健康委、市人社局): one task, its sub-rows' words and units
    together. Only where the first row and every sub-row put units under the unit columns
    and words under the others."""
    width = len(kinds)
    if row.subs or len(row.cells) <= width:
        return
    first, rest = row.cells[:width], row.cells[width:]
    for merged in (1, 2):
        size = width - merged
        if size < 2 or len(rest) % size:
            continue
        subs = [rest[k:k + size] for k in range(0, len(rest), size)]
        if all(_fits_kinds(cells, kinds[merged:]) for cells in subs) and \
                _fits_kinds(first, kinds):
            row.cells, row.subs = first, [[""] * merged + cells for cells in subs]
            return


def _fits_kinds(cells: list[str], kinds: list[str]) -> bool:
    """Whether each cell suits its column: units (or a blank's mark) under a unit column and
    none elsewhere, a deadline (or nothing) under a time column, and a task's words and some
    units there at all."""
    words = named = False
    for cell, kind in zip(cells, kinds, strict=True):
        if not cell or _BLANK_MARK.match(cell):
            continue
        # (read by the unit grammar, not a cell's ending alone: …配置家庭医生团队 is words)
        if (kind in _ALL_UNIT_KINDS) != (_unit_cell(cell) and units.read(cell) is not None):
            return False
        if kind == "time" and not _is_deadline(cell, _ANY_YEAR):
            return False
        words = words or kind == "task"
        named = named or kind in _ALL_UNIT_KINDS
    return words and named


# the columns of units (a venue's cells may read as units too)
_ALL_UNIT_KINDS = ("lead", "owners", "guide", "inner", "target", "venue")


def _sub_row_after(row: _Cells, kinds: list[str]) -> None:
    """A row flattened a cell a line whose whole row is followed by a sub-row of its own
    (城镇新增就业1100人 / 县人社局 / 1100 / 96.64% then 充分就业社区4个 / 4 / 100%: a second
    target under the same merged 项目 and 牵头单位 cells): the row is its first cells, as many
    as put its unit cell in a unit column (one fewer than the columns where a merged cell
    before it is missing), the rest a sub-row placed by what its cells hold. Only where the
    rest opens with words and names no unit and no date (those are a cell's lines and
    dated steps, read before)."""
    width = len(kinds)
    if row.subs or len(row.cells) <= width or not any(k in _UNIT_KINDS for k in kinds):
        return
    for cut in (width, width - 1):
        first, rest = _trim(row.cells[:cut]), row.cells[cut:]
        while rest and not rest[0]:
            rest = rest[1:]
        if not rest or is_units(rest[0]) or _row_number(rest[0]) is not None or \
                len(re.findall(r"[\u4e00-\u9fff]", rest[0])) < 4 or \
                any(_unit_cell(c) or _is_deadline(c, _ANY_YEAR) for c in rest):
            continue
        aligned = _aligned(first, kinds)
        if not any(_unit_cell(c) for c, kind in zip(aligned, kinds, strict=True)
                   if kind in _UNIT_KINDS) or \
                any(_unit_cell(c) for c, kind in zip(aligned, kinds, strict=True)
                    if kind not in _UNIT_KINDS):
            continue
        # the merged cells stand before the sub-row's: its cells fill the row's last
        # columns but its unit ones
        free = [k for k, kind in enumerate(kinds) if kind not in _UNIT_KINDS]
        if len(rest) > len(free):
            return
        sub = [""] * width
        for k, cell in zip(free[len(free) - len(rest):], rest, strict=True):
            sub[k] = cell
        row.cells, row.subs = aligned, [sub]
        return


_UNIT_KINDS = ("lead", "owners")


def _aligned(cells: list[str], kinds: list[str]) -> list[str]:
    """cells in their columns as _place aligns them, a cell a column (several in one column
    joined), empty where none."""
    out = [""] * len(kinds)
    for cell, k in zip(cells, _columns(cells, kinds, _ANY_YEAR), strict=True):
        out[k] = grid.join_pieces([out[k], cell], is_units) if out[k] and cell else out[k] or cell
    return out


def _line_cells(line: str, piped: list[str] | None = None) -> list[str]:
    """A table line's cells: between its bars, or the line one cell (piped: its cells_of,
    where already read)."""
    piped = cells_of(line) if piped is None else piped
    if piped is None:
        return [line]
    return piped if any(piped) else [""] * max(1, line.count("|") - 1)


# a share done or a figure with decimals (66.7%, 103.27%, 0.5): progress, never a task's words
_PROGRESS_FIGURE = re.compile(r"^\d+(?:\.\d+)?\s*[%％]$|^\d+\.\d+$")


def _next_cell(lines: list[str], at: int, k: int) -> str:
    """The first filled cell after cell k of line at, on that line or the next few."""
    rest = _line_cells(lines[at])[k + 1:]
    for line in lines[at + 1:at + 4]:
        rest += _line_cells(line)
    return next((c for c in rest if c), "")


# a numbered item opening a cell: 1.地区生产总值… 2、… (1)… （2）…
_SUB_NUMBER = re.compile(r"^(?:(\d{1,3})\s*[.．、]|[（(](\d{1,3})[)）])\s*(?=[^\d\s.．、])")


_NOTE_ONLY = re.compile(r"^[（(][^（()）]{1,12}[)）]$")
_NOTE_END = re.compile(r"[)）]$")


def _numbered_sub_rows(row: _Cells) -> list[_Cells]:
    """A row whose task cells are numbered items, each with unit cells of its own after it
    (序号 1 / 主要预期目标 / 1.地区生产总值增长… / 区发改委 / 2.一般公共预算… / 区财政局): the
    numbered items are the tasks, numbered as printed, under the row's merged cells; else
    the row as it is. Items numbered in one cell (1.… 2.… in a 工作措施 cell) own no units
    apart and stay the row's words."""
    at = [k for k, cell in enumerate(row.cells) if _SUB_NUMBER.match(cell)]
    numbers = [int(m.group(1) or m.group(2)) for k in at
               for m in [_SUB_NUMBER.match(row.cells[k])] if m]
    if len(at) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return [row]
    ends = at[1:] + [len(row.cells)]
    owning = sum(1 for k, end in zip(at, ends, strict=True)
                 if any(_unit_cell(c) for c in row.cells[k + 1:end]))
    # most items with units of their own (those without share the merged cell above them)
    if owning < max(2, (len(at) + 1) // 2):
        return [row]
    # the merged cells before the first item (主要预期目标) name the items' group
    section = " ".join([row.section or ""] + [c for c in row.cells[:at[0]] if c]).strip()
    out = []
    for number, k, end in zip(numbers, at, ends, strict=True):
        m = _SUB_NUMBER.match(row.cells[k])
        assert m is not None
        out.append(_Cells(number, section or None, [row.cells[k][m.end():]] +
                          row.cells[k + 1:end], at=row.at))
    return out


def _units_rejoined(cells: list[str]) -> list[str]:
    """A row's cells, where an owner cell's lines stood as cells of their own: a unit's name
    broken over two lines (市人力资源 ⏎ 社会保障局: its first piece names its level, the two a
    unit) whole again, and a list broken after its 、 (市教体局、 ⏎ 团市委) one cell."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1] and cell:
            before = out[-1]
            if before.endswith(("、", "，")) and _unit_cell(before.rstrip("、，")) and \
                    _unit_cell(cell):
                out[-1] = before + cell
                continue
            if _NOTE_ONLY.match(cell) and _unit_cell(before) and not _NOTE_END.search(before):
                out[-1] = before + cell  # 高新园 ⏎ （邹区镇）: the unit's note on a line of its own
                continue
            if len(before) <= 10 and len(cell) <= 10 and not _unit_cell(before) and \
                    before[0] in "省市县区州盟旗镇乡各" and not units.is_person(before) and \
                    not _is_deadline(before, _ANY_YEAR) and _unit_cell(before + cell) and \
                    units.read(before + cell, organs_only=True) is not None and \
                    not re.search(r"\d", before + cell):
                out[-1] = before + cell
                continue
        out.append(cell)
    return out


def _picked_row(row: _Cells | None, width: int, lines: list[str], at: int) -> bool:
    """Whether a number past the next row's (6, then 52) starts a row of a table whose rows
    were picked from a longer one: the row before has a cell for every column, and the next
    cell is a task's words, not a figure."""
    if row is None or not _has_all_cells(row.cells, width):
        return False
    following = next((_BARS_AND_SPACES.sub("", line) for line in lines[at + 1:at + 4]
                      if line.strip() and not _BARS_AND_SPACES.fullmatch(line.strip())), "")
    # words, not a figure: 103.27% | is a progress cell of the row before
    return len(re.findall(r"[\u4e00-\u9fff]", following)) >= 6 and \
        not _is_deadline(following, _ANY_YEAR) and not is_units(following)


def _has_all_cells(cells: list[str], width: int) -> bool:
    """Whether a row has a filled cell for every column, or for all but the last where that
    one stands empty, its bar standing for it (备注 with nothing to remark)."""
    if len([c for c in cells if c]) >= width:
        return True
    return len(cells) >= width and all(cells[:width - 1])


_BARS_AND_SPACES = re.compile(r"[|│\s]+")


def _rows_by_turns(lines: list[str], table: Table, width: int) -> list[_Cells]:
    """The rows of a table written a cell a line whose header has a 序号 but whose rows carry
    no number (目标与任务 ⏎ 牵头责任单位 ⏎ 责任单位, then a task ⏎ units ⏎ units, …): each
    cell of words that names no unit starts a row, the unit cells after it are its own.
    [] unless two rows or more in a run have a task and units; a last row with its task only
    (a page cut inside it) is none."""
    kinds = [kind for kind, _ in table.columns if kind != "seq"]
    if len(kinds) < 2 or kinds[0] != "task" or \
            not all(kind in ("lead", "owners") for kind in kinds[1:]):
        return []
    rows: list[list[str]] = []
    sections: list[str | None] = []
    section: str | None = None
    cells = [text for text in (line.strip() for line in lines[table.start:])
             if text and not _PAGE_MARK.match(text)]
    for k, text in enumerate(cells):
        if _TABLE_END.match(text) or _FORM_LABEL.match(text):
            break
        if (PART.match(text) or _SUBPART.match(text) or _BRACKETED_HEAD.match(text)) and \
                (not rows or len(rows[-1]) >= 2) and \
                not (k + 1 < len(cells) and _unit_cell(cells[k + 1])):
            # 一、关于优化经济结构 ⏎ (1)加快发展现代服务业。: the groups' headings between rows
            # (not (1)加快旅游集散中心建设。 ⏎ 朱家角投资公司: a row's task cell numbered)
            section = text
            continue
        if _unit_cell(text):
            if not rows or len(rows[-1]) >= width:
                break  # units with no task before them, or more than the columns: no row
            rows[-1].append(text)
        elif rows and len(rows[-1]) < 2:
            break  # two cells of words in a row: prose, not the table's rows
        else:
            rows.append([text])
            sections.append(section)
    whole = [row for row in rows if len(row) >= 2]
    if len(whole) < 2 or whole != rows[:len(whole)]:
        return []
    return [_Cells(k + 1, sections[k], row + [""] * (width - len(row)), at=-1)
            for k, row in enumerate(whole)]


# (1)加快发展现代服务业。: a group's heading numbered in brackets, in a table of unnumbered rows
_BRACKETED_HEAD = re.compile(r"^[（(]\d{1,2}[)）]\S")


def _rows_by_breaks(lines: list[str], table: Table, width: int) -> list[_Cells]:
    """The rows of a table written a cell a line with no row numbers, its cells parted by
    bars (具体内容 ⏎ | ⏎ 责任部门 ⏎ | ⏎ | ⏎ …, or 具体内容 | ⏎ 责任部门 | ⏎ | ⏎ …): where two
    bars stand together (an empty cell between them) a row ends. A row of fewer cells than
    the columns lacks its first ones, merged with the row above: the first column's cell
    (a group's name) names the section of the rows under it. [] where the cells are not so
    parted: two rows or more, none wider than the table."""
    rows: list[list[str]] = []
    current: list[str] = []
    bars = 0
    for line in lines[table.start:]:
        text = line.strip()
        if not text:
            continue
        if _BARS_AND_SPACES.fullmatch(text):
            bars += len(re.findall(r"[|│]", text))
        else:
            if _FORM_LABEL.match(text.rstrip("|│ ")) or _TABLE_END.match(text):
                break
            if bars >= 2 and current:
                rows.append(current)
                current = []
            current.append(text.rstrip("|│ ").strip())
            bars = 1 if text.endswith(("|", "│")) else 0
    if current:
        rows.append(current)
    if len(rows) < 2 or any(len(r) > width for r in rows) or \
            sum(1 for r in rows if len(r) >= 2) < 2:
        return []
    out: list[_Cells] = []
    section: str | None = None
    full = max(len(r) for r in rows)  # a row with all its cells (a title line may head
    for cells in rows:                # the table as a column of its own)
        if len(cells) == full and full >= 3:
            section = cells[0]
        out.append(_Cells(len(out) + 1, section, [""] * (width - len(cells)) + cells, at=-1))
    return out


def _bar_closed_end(lines: list[str], start: int, width: int) -> int:
    """Where a table written a cell a line, each cell closed by a bar (门前六包 | ⏎ 市容大队 |),
    ends: at the first line of text with no bar (四区划分： 1、严管区…, the page going on);
    the end of lines where the table is not so written."""
    filled = [k for k in range(start, len(lines)) if lines[k].strip()]
    if len(filled) < width or not all(lines[k].rstrip().endswith(("|", "│"))
                                      for k in filled[:width]):
        return len(lines)
    return next((k for k in filled if not _BARS.search(lines[k])
                 and not (PART.match(lines[k].strip()) or _SUBPART.match(lines[k].strip()))),
                len(lines))


def _rows_by_width(lines: list[str], table: Table, width: int) -> list[_Cells]:
    """The rows of a table written a cell a line with no row numbers and nothing between its
    rows, every row with all its cells: the cells width at a time, where each row's unit
    column names units. [] where they do not fall so."""
    cells = [line.strip().rstrip("|│ ").strip() for line in lines if line.strip()]
    cells = [c for c in cells if c and not _is_header_again(c, table)]
    kinds = [kind for kind, _ in table.columns if kind != "seq"]
    unit_at = [k for k, kind in enumerate(kinds) if kind in _UNIT_KINDS]
    if width < 2 or len(cells) < 2 * width or len(cells) % width or not unit_at:
        return []
    rows = [cells[k:k + width] for k in range(0, len(cells), width)]
    if not all(_unit_cell(row[unit_at[0]]) for row in rows):
        return []
    return [_Cells(n, None, row, at=-1) for n, row in enumerate(rows, 1)]


def _squeeze(cells: list[str], width: int) -> list[str]:
    """A row with more cells than columns, its plain texts side by side joined (from the
    right, the task's cell first in a row kept whole) until it has as many as the columns
    or none are left to join: the pieces of a cell split at its line breaks or spaces."""
    def plain(cell: str) -> bool:
        return bool(cell) and not _unit_cell(cell) and not _is_status(cell) \
            and not _is_deadline(cell, _ANY_YEAR)

    cells = list(cells)
    while len(cells) > width:
        pair = next((k for k in range(len(cells) - 2, -1, -1)
                     if plain(cells[k]) and plain(cells[k + 1])), None)
        if pair is None:
            break
        cells[pair:pair + 2] = [cells[pair] + cells[pair + 1]]
    return cells


def _collapse_units(cells: list[str], columns: int) -> list[str]:
    """A row's cells with each run of cells that are each units as the table's owner cells:
    a cell of several units, a unit a line, flattened into a line each (县水务局 / 县住建局).
    Of one owner column, the run is its one cell; of two (牵头 / 配合), the first unit leads
    and the rest are the other cell, as the cells' order gives them."""
    out: list[str] = []
    run = 0  # the units of the run so far
    for cell in cells:
        # a place's own name (源东乡, 孝顺镇) in a run of units is one of them: its government
        unit = _run_unit(cell, run)
        if unit and run >= max(1, columns):
            out[-1] += "、" + cell
        else:
            out.append(cell)
        run = run + 1 if unit else 0
    return out


# a unit and the name of its head after a space (市民政局 伍泽国: 牵头单位及主要负责人)
_HEAD_AFTER = re.compile(r"^(?P<unit>\S.*?\S)[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,4})$")


def _headed_units(cell: str) -> bool:
    """Whether a cell holds units, or a unit and its head's name after it."""
    if is_units(cell):
        return True
    if len(cell) <= 12 and units.read(cell) is not None and not _is_status(cell) \
            and not re.search(r"\d", cell):
        # a bureau's own section (基教科, 人秘科) under the owners' header: a unit whose
        # ending ordinary words share, not a figure or a status slid into the column
        return True
    m = _HEAD_AFTER.match(cell)
    return m is not None and is_units(m.group("unit")) and not is_units(m.group("name"))


_ZONE_END = re.compile(r"(?:城|新区|园区?|港|湾|片区|基地|集团|中心)"
                       r"(?:[（(][^（）()]{1,12}[)）])?$")


_DONE = re.compile(r"已|了")  # (no unit's name says what was done)


def _owner_cell(cell: str) -> bool:
    """Whether a cell under the owners' header is who does the work: units, or a name no
    unit's ending closes (临平新城, 未来科技城（海创园）: a zone, a town's new district) that
    is short and holds no figure, no status, no person and no time. Not a report of what was
    done (舜耕街道办事处：已联合区投促局…，制定了…: a progress cell slid into the column)."""
    if _DONE.search(cell):
        return False
    if _headed_units(cell):
        return True
    # (a name that ends as a zone or a place does; 另行明确, 全体党员 are none)
    return len(cell) <= 20 and _ZONE_END.search(cell) is not None and \
        not re.search(r"[\d%。，,；;：:/]", cell) and \
        not _is_status(cell) and not _is_person(cell) and not _is_deadline(cell, _ANY_YEAR)


def _without_heads(cells: str | None) -> str | None:
    """An owner cell's text without the names of the units' heads after them."""
    if cells is None:
        return None
    parts = []
    for cell in cells.split("，"):
        m = _HEAD_AFTER.match(cell)
        if m is not None and not is_units(cell) and is_units(m.group("unit")) and \
                not is_units(m.group("name")):
            cell = m.group("unit")
        parts.append(cell)
    return "，".join(parts)


def _longest_unit_run(cells: list[str]) -> int:
    """The most unit cells that stand side by side in a row: more than its owner columns
    are one cell's lines."""
    best = run = 0
    for cell in cells:
        run = run + 1 if _run_unit(cell, run) else 0
        best = max(best, run)
    return best


def _run_unit(cell: str, run: int) -> bool:
    """Whether a cell goes on a run of unit cells (run: the units before it): a unit's, or a
    place's own name after one (源东乡: its government); not the levels the work is done at
    (市、区县, 县: a column of its own beside the owners, 实施层级)."""
    return (_unit_cell(cell) and not _LEVELS_ONLY.match(cell)) or \
        (run > 0 and bool(_PLACE_ONLY.match(cell)))


# levels alone, one a bare character among them (市、区县; 县; 省、市、县级): no unit's name
# (縣, 區, 級: a traditional page's, read before it is simplified)
_LEVELS_ONLY = re.compile(r"^(?=.*(?:^|[、，,/])[省市州县縣区區旗][级級]?(?:$|[、，,/]))"
                          r"(?:(?:[省市州县縣区區旗]|[区區][县縣]|[县縣][区區]|市[县縣]|"
                          r"[县縣]市[区區]?)[级級]?(?:[、，,/]|$))+$")


def _unit_cell(cell: str) -> bool:
    # a sentence (迁建县政务服务中心。) is a task's words, however its last noun reads
    return bool(cell) and len(cell) <= 40 and not _SENTENCE_END.search(cell) and is_units(cell)


_SENTENCE_END = re.compile(r"[。！？!?]$")


def _split_steps(row: _Cells, width: int) -> None:
    """A row flattened a cell a line whose cells go on past its deadline with another text
    and its own deadline (开工建设A / 县民政局 / 5月底前 / 开工建设B / 12月底前): sub-rows under
    one number, the owner cell merged over them; each sub-row's cells to the columns the
    first one's cells of the same sort stand in, as a real table's merged rows give them."""
    if len(row.cells) <= width:
        return
    first = row.cells[:width]
    dated = [k for k, c in enumerate(first) if c and _is_deadline(c, _ANY_YEAR)]
    texts = [k for k, c in enumerate(first) if c and not _unit_cell(c) and k not in dated]
    if len(dated) != 1 or not texts:
        return
    subs: list[list[str]] = []
    rest = row.cells[width:]
    while rest:
        # a step: a text, then cells up to and with its deadline
        end = next((k for k, c in enumerate(rest) if c and _is_deadline(c, _ANY_YEAR)), None)
        if end is None or not rest[0] or _unit_cell(rest[0]) \
                or _is_deadline(rest[0], _ANY_YEAR):
            return
        sub = [""] * width
        for cell in rest[:end + 1]:
            if _is_deadline(cell, _ANY_YEAR):
                sub[dated[0]] = cell
            elif _unit_cell(cell):
                units_at = [k for k in range(width) if k not in dated and k not in texts]
                if not units_at:
                    return
                sub[units_at[0]] = cell
            else:
                sub[texts[-1]] = grid.join_pieces([sub[texts[-1]], cell], is_units)
        subs.append(sub)
        rest = rest[end + 1:]
    row.cells, row.subs = first, subs


def _assign(row: _Cells, columns: list[tuple[str, str]], issued: datetime.date | None) -> Row:
    """Cells to columns: as they stand where the counts agree, else by what they hold."""
    kinds = [kind for kind, _ in columns if kind != "seq"]
    cells = _trim(_merged(row, kinds) if row.subs else list(row.cells))
    placed = _place(cells, kinds, issued) if cells else {}
    # a lead column and a co column, one unit cell, the co column's, a list of several (市大
    # 数据局，各县（市、区）人民政府): the lead's cell merged with the row above
    co = [c for c, _ in placed.get("owners", []) if c]
    lead_merged = "lead" in kinds and \
        not any(_owner_cell(c) for c, _ in placed.get("lead", []) if c) and \
        len(co) == 1 and _co_list(co[0])
    task_cells = [c for c, k in placed.get("task", []) if c]
    # a task's words wrapped onto a line the alignment gave a unit column (…网上可办率 ⏎
    # 达到98%以上 ⏎ 市大数据局…): they go on the task's
    stray = [c for kind in ("lead", "owners") for c, _ in placed.get(kind, [])
             if c and not _owner_cell(c) and not _BLANK_MARK.match(c)]
    if stray and task_cells and lead_merged:
        task_cells[-1] += "".join(stray)

    def take(kind: str, fits: Callable[[str], bool] | None = None,
             strict: bool = False) -> str | None:
        got = [c for c, _ in placed.get(kind, []) if c and not _BLANK_MARK.match(c)]
        # a column's stray extra cells (a page footer after the last row) are not its own;
        # strict: a cell that does not fit is none of the column's (a figure, a status in
        # the owner column of a row whose owner cell was merged with the row above)
        kept = [c for c in got if fits is None or fits(c)] or ([] if strict else got[:1])
        return "，".join(kept) or None

    time = _span_of(placed.get("time", []),
                    [header for kind, header in columns if kind == "time"], issued) or \
        take("time", lambda c: _is_deadline(c, issued))
    if time and task_cells:
        time = _firmer(time, task_cells[-1], issued)
    unit_columns = [k for k, kind in enumerate(kinds) if kind in ("lead", "owners")]
    blank = len(row.cells) >= len(kinds) and bool(unit_columns) and \
        all(not row.cells[k] for k in unit_columns) and \
        any(row.cells[j] for j in range(max(unit_columns) + 1, len(row.cells)))
    # (a row a line whose unit cells stand in their places holding no unit, 已通知周边单位,
    # 近期将统一组织清理: that row names no owner, its cells none merged with the row above)
    blank = blank or (row.width > 0 and len(_trim(list(row.cells))) == len(kinds) and
                      bool(unit_columns) and
                      all(row.cells[k] and not _names_a_unit(row.cells[k])
                          for k in unit_columns))
    return Row(seq=row.seq, section=row.section,
               task="".join(task_cells[-1:]) if task_cells else "",
               title=task_cells[0] if len(task_cells) > 1 else None,
               lead=_without_heads(take("lead", _owner_cell, strict=True)),
               owners=_without_heads(take("owners", _owner_cell, strict=True)),
               time=time.rstrip("。") if time else None, steps=bool(row.subs),
               units_blank=blank, lead_merged=lead_merged,
               time_blank=any(_BLANK_MARK.match(c) for c, _ in placed.get("time", []) if c))


def _span_of(cells: list[tuple[str, str]], headers: list[str],
             issued: datetime.date | None) -> str | None:
    """Two time columns whose cells are bare dates, the first before the second (2024年3月1日 |
    2024年6月30日): the work's start and end, one span 2024年3月1日至2024年6月30日; dates with
    前 or one not before the other (6月底前 | 12月底前) are steps, None."""
    dates = [c for c, _ in cells if c and not _BLANK_MARK.match(c)]
    if len(cells) != 2 or len(dates) != 2 or \
            not all(_WHOLE_DAY.match(c) and not c.endswith("前") for c in dates):
        return None
    # (headed as a start and an end, 开始时间 | 完成时间; not two steps, 计划完成时间 | 实际
    # 完成时间, 整改时限 | 验收时间)
    # (起止时间 over 开始 | 结束, its header cell merged over the two: the second column named by
    # no header of its own)
    merged = len(headers) == 2 and bool(_SPAN_HEADER.search(headers[0])) and \
        (headers[1] in ("", headers[0]) or _NO_HEADER.match(headers[1]) is not None)
    if not merged and (len(headers) != 2 or not (_START_HEADER.search(headers[0]) and
                                                 _END_HEADER.search(headers[1])) or
                       _END_HEADER.search(headers[0])):
        return None
    first, last = (deadlines.read(c, issued).due for c in dates)
    return f"{dates[0]}至{dates[1]}" if first and last and first < last else None


_START_HEADER = re.compile(r"开始|起始|启动|开工")
_END_HEADER = re.compile(r"完成|结束|截止|竣工|完工")


def _names_a_unit(cell: str) -> bool:
    """Whether a cell names a unit, itself or as the row above does: a piece of it (parted by
    spaces or list marks) is a unit's name (市民政局 伍泽国), or it is a ditto mark (同上, 〃);
    已通知周边单位，近期将统一组织清理 names none."""
    return bool(_DITTO.match(cell.strip())) or \
        any(units.is_unit(piece) for piece in re.split(r"[\s、，,；;/]+", cell) if piece)


_DITTO = re.compile(r'^(?:同上|同左|同前|〃|"|”|\.{2,}|…+)$')


_YEARS_ONLY = re.compile(r"^((?:19|20)\d\d)(?:\s*[-—–~～至到]\s*((?:19|20)\d\d))?\s*年?$")
_CLAUSE = re.compile(r"[^，。；,;]+")
_DATED = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月")


def _co_list(cell: str) -> bool:
    """Whether a unit cell lists several units, or some and more (市司法局等有关部门)."""
    found = units.read(cell)
    return found is not None and (len(found.names) >= 2 or found.vague)


def _firmer(time: str, task: str, issued: datetime.date | None) -> str:
    """The time cell, or the clause of the task's words that dates the work within it: a
    column of years (2022, 2022-2023) says only the year; 在2022年11月份前完成改造 in the
    task says the month."""
    m = _YEARS_ONLY.match(time)
    if not m:
        return time
    last = int(m.group(2) or m.group(1))
    for clause in _CLAUSE.findall(task):
        if not _DATED.search(clause):
            continue
        due = deadlines.read(clause, issued).due
        if due is not None and due.year == last:
            return clause.strip()
    return time


_YEAR_IN_WORDS = re.compile(r"(?:19|20)\d\d年")


def _step(time: str, words: str) -> str:
    """A sub-row's dated step: its time, then its words, a comma between where the time is a
    figure (2006.11.30，1.新建…: not one number), and without words that name a year of their
    own (5.2006年春完成…), which would read as a second time of the step."""
    if not words or _YEAR_IN_WORDS.search(words):
        return time
    return time + ("，" if time[-1:].isdigit() or time.endswith(("日", "号")) else "") + words


def _merged(row: _Cells, kinds: list[str]) -> list[str]:
    """A row whose 序号 spans sub-rows, as one row: a cell the sub-rows share once, owner
    cells that differ together, and the time cells that differ as the task's dated steps,
    each with the words of its sub-row (3月底前完成选址；6月底前建成投用)."""
    subrows = [row.cells] + row.subs
    width = max(len(r) for r in subrows)
    subrows = [r + [""] * (width - len(r)) for r in subrows]
    kind = kinds if width == len(kinds) else [""] * width
    differ = [c for c in range(width) if len({r[c] for r in subrows if r[c]}) > 1]
    words = [c for c in differ if kind[c] not in ("time", "lead", "owners", "leader")]
    out = []
    for c in range(width):
        values = list(dict.fromkeys(r[c] for r in subrows if r[c]))
        if c not in differ:
            out.append(values[0] if values else "")
        elif kind[c] == "time":
            steps = [_step(r[c], "".join(r[w].rstrip("。；;") for w in words))
                     for r in subrows if r[c]]
            out.append("；".join(steps))
        elif kind[c] in ("lead", "owners"):
            # (a sub-row's blank mark, —, names no one beside the others' units)
            out.append("、".join(v for v in values if not _BLANK_MARK.match(v)))
        else:
            out.append("；".join(values))
    return out


def _place(cells: list[str], kinds: list[str],
           issued: datetime.date | None) -> dict[str, list[tuple[str, str]]]:
    """{kind: [(cell, kind)]}: the alignment of cells to columns that fits them best (the
    first in order where several fit as well).

    Columns keep their order; a column may be missing from a row (merged with the row above)
    and a column may take several cells (a cell the flattening split). Found by dynamic
    programming over (cell, column), not by trying every alignment: a wide table (a column
    for each month) would have millions of them for every row."""
    placed: dict[str, list[tuple[str, str]]] = {}
    for cell, j in zip(cells, _columns(cells, kinds, issued), strict=True):
        placed.setdefault(kinds[j], []).append((cell, kinds[j]))
    return placed


def _columns(cells: list[str], kinds: list[str], issued: datetime.date | None) -> list[int]:
    """The column of each cell, in _place's best alignment."""
    n, m = len(cells), len(kinds)
    fit = [[_fit(features, kind) for kind in kinds]
           for features in (_features(cell, issued) for cell in cells)]
    if n <= m:
        return _fewer_cells(fit, n, m)
    if n > 14:
        # many split cells: one a column, the extra ones in the last column
        return list(range(m - 1)) + [m - 1] * (n - m + 1)
    return _more_cells(fit, n, m)


def _fewer_cells(fit: list[list[int]], n: int, m: int) -> list[int]:
    """Columns for n <= m cells, in order, each its own, of the best total fit: the first
    such choice in itertools.combinations order (the smallest column first)."""
    # best[i][j]: the best fit of cells i.. in columns j.. (where they fit)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        last = m - (n - i)  # the last column cell i can take
        best[i][last] = fit[i][last] + best[i + 1][last + 1]
        for j in range(last - 1, -1, -1):
            best[i][j] = max(fit[i][j] + best[i + 1][j + 1], best[i][j + 1])
    out, j = [], 0
    for i in range(n):
        while fit[i][j] + best[i + 1][j + 1] != best[i][j]:
            j += 1
        out.append(j)
        j += 1
    return out


def _more_cells(fit: list[list[int]], n: int, m: int) -> list[int]:
    """Columns for n > m cells: m runs of cells in order, a run a column, of the best total
    fit: the first such split in itertools.combinations order of the cuts (the earliest
    cut first)."""
    # total[k][i]: the fit of cells ..i-1 in column k
    total = [[0] * (n + 1) for _ in range(m)]
    for k in range(m):
        for i in range(n):
            total[k][i + 1] = total[k][i] + fit[i][k]
    # best[k][b]: the best fit of cells b.. in columns k.., each column one run at least
    best = [[0] * (n + 1) for _ in range(m)]
    for b in range(n - 1, -1, -1):
        best[m - 1][b] = total[m - 1][n] - total[m - 1][b]
    for k in range(m - 2, -1, -1):
        for b in range(n - (m - k) + 1):
            best[k][b] = max(total[k][e] - total[k][b] + best[k + 1][e]
                             for e in range(b + 1, n - (m - k - 1) + 1))
    out: list[int] = []
    b = 0
    for k in range(m - 1):
        e = b + 1
        while total[k][e] - total[k][b] + best[k + 1][e] != best[k][b]:
            e += 1
        out += [k] * (e - b)
        b = e
    return out + [m - 1] * (n - b)


_DUTY_END = re.compile(r"(?:牵头|负责|配合)(?:落实)?[，。]?$")


_BLANK_MARK = re.compile(r"^\s*(?:[/／\\—–－-]{1,2}|无)\s*$")


@functools.lru_cache(maxsize=16384)
def _features(cell: str, issued: datetime.date | None) -> tuple[bool, bool, bool, int, bool]:
    """What a cell holds, worked out once however many columns it is weighed for: (units,
    a person's name, a deadline, its length, a stage reached: 序时推进, 建成). Cached: a table
    repeats its owner and time cells row after row."""
    if not cell or _BLANK_MARK.match(cell):
        return False, False, False, 0, False  # (/ or — for a cell left blank: fits any column)
    unit = is_units(cell) or bool(_DUTY_END.search(cell) and len(cell) < 120)
    status = _is_status(cell)
    person = bool(_PERSON.match(cell)) and not _NOT_NAME.search(cell) and not status
    return unit, person, _is_deadline(cell, issued), len(cell), status


def _fit(features: tuple[bool, bool, bool, int, bool], kind: str) -> int:
    """How well a cell's content suits a column kind."""
    unit, person, timely, length, status = features
    if status and kind == "task":
        return -2  # a stage reached (序时推进) is progress, never the work to do
    if not length:
        return 0
    if kind in _ALL_UNIT_KINDS:
        return 3 if unit else -3
    if kind == "leader":
        return 3 if person else -3
    if kind == "time":
        return 3 if timely else -2
    if kind == "task":
        return -2 if unit or person else (2 if length > 8 else 0)
    if kind == "progress":
        return -2 if unit or person else (1 if not timely or length > 30 else -1)
    return 0


@functools.lru_cache(maxsize=16384)
def is_units(cell: str) -> bool:
    # the registry's word for a list of units, else the unit grammar's (units.py): names
    # of any form, on a line each or between 、; a numbered item (2.上线运行。) is work
    if _NUMBERED_CELL.match(cell):
        return False
    return units.is_list(cell)


# a count (2000个, 2019户, 1.5万平方米): a figure, never a year
COUNT = re.compile(r"\d+(?:\.\d+)?\s*[万千百亿]?(?:个|户|所|项|人|座|家|条|次|名|台|套|辆|只|"
                   r"间|张|床|栋|幢|吨|亩|公里|千米|米|平方米|立方米|元|处|场|份|件|块|盏|棵|株)")


@functools.lru_cache(maxsize=16384)
def _is_deadline(cell: str, issued: datetime.date | None) -> bool:
    # (…村2018年度财政扶贫建设人行道项目: a year that names the programme a project is of)
    if len(cell) > 400 or is_units(cell) or deadlines.names_a_programme(cell):
        return False
    cell = COUNT.sub("", cell)
    reading = deadlines.read(cell, issued)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
