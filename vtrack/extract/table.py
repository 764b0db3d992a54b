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
"""
import dataclasses
import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import deadlines
from ..departments import looks_like_units
from . import grid, units

# header cell -> column kind; the first that matches wins
_KINDS = (
    ("seq", re.compile(r"^(?:序号|编号|序)$")),
    ("progress", re.compile(r"推进情况|进展情况|完成情况|落实情况|进度情况|是否|说明|备注|成效|"
                            r"问题|措施建议")),
    ("leader", re.compile(r"领导|责任人|联系人|负责人")),
    ("time", re.compile(r"时限|时间|期限|进度安排|节点|完成日期|截止")),
    ("lead", re.compile(r"牵头")),
    ("owners", re.compile(r"责任单位|责任部门|配合|协办|协同|参与|责任主体|承办|主体|单位|部门|"
                          r"处室|科室|股室")),
    ("task", re.compile(r"任务|内容|事项|项目|措施|工作|目标|要求|举措|名称")),
)
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()\d\-—、/A-Za-z.]{1,14}$")
PART = re.compile(r"^[一二三四五六七八九十]+[、.．]\S")
_SUBPART = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\S")
_ROW_NUMBER = re.compile(r"^(\d{1,6})[.．、]?$")
# a table starts at a small number; past it a number is a row's only in sequence, so a year
# (2022) on a line of its own in a wrapped cell is not a row of a table of a few rows
_FIRST_ROW_MAX = 999
_PAGE_MARK = re.compile(r"^[-—–－\s]+\d{1,4}[-—–－\s]+$|^第\s*\d+\s*[页頁]")
_TABLE_END = re.compile(r"^附件\s*\d|^附[:：]|^(?:抄送|印发)[:：]")
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s][\u4e00-\u9fff]{2,4})*$")
_NOT_NAME = re.compile(r"[局委办院厅部会处室所站队社团馆区县镇乡街道园组]|"
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


_GAP = re.compile(r"\t|\u3000{2,}|[ \u3000]{3,}")
_BARS = re.compile(r"[|│┃║]")


def cells_of(line: str) -> list[str] | None:
    """The cells of a line written as | a | b | (or with box bars │), or with tabs or wide
    gaps between them (a table copied from a spreadsheet or a PDF), or None for a line of one
    cell."""
    if _BARS.search(line):
        return [p.strip(" \t\u3000") for p in _BARS.split(line.strip().strip("|│┃║"))]
    if _GAP.search(line.strip()):
        return [p.strip() for p in _GAP.split(line.strip())]
    return None


def column_kind(cell: str) -> str:
    cell = re.sub(r"\s+", "", cell)
    for kind, pattern in _KINDS:
        if pattern.search(cell):
            return kind
    return "other"


def _valid(kinds: list[str]) -> bool:
    return "task" in kinds and bool({"lead", "owners", "time"} & set(kinds)) \
        and len(kinds) >= 3


def find(lines: list[str], issued: datetime.date | None = None) -> Table | None:
    """The first task table in lines, or None.

    A header whose words name the columns is found as it stands; a header no list knows is
    found by what follows it (rows numbered from 1), and then every column's kind is read
    from its cells, whatever its header says. A table of figures (指标 / 单位 / 目标值) is not a
    task table, however its header reads."""
    drawn = grid.normalise(lines, _units)
    for i in range(len(drawn)):
        found = _header_at(drawn, i)
        if found is None:
            continue
        table = _by_content(drawn, found, issued)
        if table is None:
            continue
        table.lines = drawn if drawn is not lines else None
        table.year = _title_year(drawn, table.top if table.top is not None else i)
        return table
    return None


def _header_at(lines: list[str], i: int) -> Table | None:
    cells = cells_of(lines[i])
    if cells is not None and len([c for c in cells if c]) >= 3:
        header = [c for c in cells if c]
        kinds = [column_kind(c) for c in header]
        if all(_HEADER_CELL.match(re.sub(r"\s", "", c)) for c in header) and \
                (_valid(kinds) or _numbered_below(lines, i + 1, per_line=True)):
            return Table(list(zip(kinds, header, strict=True)), i + 1, per_line=True)
    return _header_down(lines, i)


def _numbered_below(lines: list[str], j: int, per_line: bool) -> bool:
    """Whether the table's first row, numbered 1, follows line j (past blank lines and a
    section row): a header no list knows is a header by what stands under it."""
    seen = 0
    for line in lines[j:j + 6]:
        if not line:
            continue
        cells = cells_of(line)
        if per_line:
            if cells is None:
                return False
            filled = [c for c in cells if c]
            if filled and _row_number(filled[0]) == 1 and len(filled) >= 3:
                return True
        elif _row_number((cells and next((c for c in cells if c), "")) or line) == 1:
            return True
        seen += 1
        if seen > 1:
            return False
    return False


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


def _header_down(lines: list[str], i: int) -> Table | None:
    """A header written a cell a line, starting at line i: of known header words, or of any
    short words where the first row (1) follows them."""
    first = [c for c in (cells_of(lines[i]) or [lines[i]]) if c]
    if len(first) != 1 or not _HEADER_CELL.match(re.sub(r"\s", "", first[0])):
        return None
    header: list[str] = []
    at: list[int] = []  # the line each header cell stands on
    j = i
    while j < len(lines) and len(header) < 12:
        cell = lines[j]
        piped = cells_of(cell)
        if piped is not None:
            if len([c for c in piped if c]) > 1:
                break
            cell = next((c for c in piped if c), "")
        if cell:
            if not _HEADER_CELL.match(re.sub(r"\s", "", cell)) or _row_number(cell) is not None \
                    or PART.match(cell) or _SUBPART.match(cell):
                break  # a row's number, or a section row (一、…) over the first rows
            header.append(cell)
            at.append(j)
        j += 1
    if not header:
        return None
    kinds = [column_kind(c) for c in header]
    # the known header words from the first: the header as the lists know it
    if "seq" in kinds[1:]:
        return None  # a title line above the header: the header starts at its 序号
    known = next((k for k, kind in enumerate(kinds) if kind == "other"), len(kinds))
    if len(header) >= 3 and _numbered_below(lines, j, per_line=False):
        # the whole header, its words known or not, where the first row follows it; a title
        # line above it (2024年实事清单, 附件2) is not one of its cells
        titles = next((k for k, cell in enumerate(header) if not _TITLE_CELL.search(cell)), 0)
        if len(header) - titles >= 3:
            return Table(list(zip(kinds[titles:], header[titles:], strict=True)), j,
                         per_line=False, top=at[titles])
    if _valid(kinds[:known]) and kinds[:known].count("task") <= 3:
        end = at[known] if known < len(header) else j
        return Table(list(zip(kinds[:known], header[:known], strict=True)), end,
                     per_line=False)
    return None


_TITLE_CELL = re.compile(r"(?:19|20)\d\d年|(?:表|清单|台账|计划|方案|安排)$|^附件")


_PROGRESS = re.compile(r"已(?:经)?(?:完成|建成|开工|启动|进场|签订|投入|实施|开展|落实|出台|印发|"
                       r"上线|运行|竣工|招标|动工)|正在|推进中|进行中|进度|滞后|序时|完成率|"
                       r"累计完成|未完成|基本完成|完成\d+(?:\.\d+)?\s*[%％]|^(?:是|否|完成)$")
_FIGURE = re.compile(r"^[\d.,，~～\-—+＋%％‰≥≤<>＜＞以上下左右约万亿千百个元家人户所项次条座"
                     r"辆台套吨亩公里米平方年倍份场处只件名床张间/（）()]+$")
# verbs of work to do (新增, 提高 name measures as often: 新增就业人数)
_VERB = re.compile(r"推进|建设|完成|实施|开展|建立|推动|加快|提升|落实|制定|出台|新建|改造|打造|"
                   r"组织|举办|培育|引进|实现|创建|加强|完善|深化|开工|建成|改扩建|优化|"
                   r"整治|保障|支持|鼓励|规范|做好|强化")
_ANY_YEAR = datetime.date(2020, 1, 1)  # a cell's shape does not hang on the plan's year


def _is_person(cell: str) -> bool:
    # 长期, 第三季度, 已完成 are as short as a name
    return bool(_PERSON.match(cell)) and not _NOT_NAME.search(cell) \
        and not _PROGRESS.search(cell) and not _is_deadline(cell, _ANY_YEAR)


def _content_kind(cells: list[str], issued: datetime.date | None) -> str | None:
    """A column's kind by what most of its cells hold, else None (text: a task or words)."""
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return None

    def share(fits: Callable[[str], object]) -> float:
        return sum(1 for c in filled if fits(c)) / len(filled)

    if share(_is_person) >= 0.6:
        return "leader"
    if share(_units) >= 0.6:
        return "owners"
    if share(_PROGRESS.search) >= 0.5:
        return "progress"
    if share(lambda c: _is_deadline(c, issued or _ANY_YEAR)) >= 0.6:
        return "time"
    if share(_FIGURE.match) >= 0.6:
        return "value"
    return None


def _combined(header: str, content: str | None) -> str:
    """A column's kind from its header's and its cells': the cells' where they say clearly
    what they are (units, a deadline, progress, people, figures), the header's finer word
    (牵头 among the owner columns; 推进情况 over cells that also hold dates) where both agree."""
    if content is None:
        return header
    if content == "owners":
        return header if header in ("lead", "owners") else "owners"
    if content == "time":
        return header if header in ("progress", "leader") else "time"
    return content


def _by_content(lines: list[str], table: Table, issued: datetime.date | None) -> Table | None:
    """The table with each column's kind read from its cells, or None where the cells are
    not a task table's (a table of figures, or no task column, or no owners nor deadlines)."""
    raw = _rows_per_line(lines, table) if table.per_line else _rows_per_cell(lines, table)
    kinds = [kind for kind, _ in table.columns]
    others = [k for k, kind in enumerate(kinds) if kind != "seq"]
    if "seq" not in kinds and len(kinds) >= 3 and raw and all(r.at == 0 for r in raw[:5]):
        others = others[1:]  # the row number stands in the first column, under any header
    n = len(others)
    # rows whose cells stand one a column; where most rows do not (merged cells left out,
    # the number in a column of its own), the header's words are all there is to go by
    aligned = [cells for cells in map(_untrimmed, raw) if len(cells) == n]
    if len(aligned) < max(2, 0.6 * len(raw)) and not _valid(kinds):
        # a trailing blank cell (备注) left out
        aligned += [r.cells + [""] for r in raw if len(r.cells) == n - 1 and not r.subs]
    if n < 2 or len(aligned) < max(2, 0.6 * len(raw)):
        return _first_leads(table) if _valid(kinds) else None
    content = [_content_kind([row[c] for row in aligned], issued) for c in range(n)]
    new = [_combined(kinds[k], content[c]) for c, k in enumerate(others)]
    if "task" not in new:
        text = [c for c in range(n) if new[c] == "other"]
        if text:
            longest = max(text, key=lambda c: sum(len(row[c]) for row in aligned))
            new[longest] = "task"
    if _figures(new, content, aligned):
        return None
    columns = list(table.columns)
    for c, k in enumerate(others):
        columns[k] = (new[c], columns[k][1])
    for k in range(len(columns)):
        if k not in others and columns[k][0] != "seq":
            columns[k] = ("seq", columns[k][1])
    if not _valid([kind for kind, _ in columns]):
        return None
    return _first_leads(dataclasses.replace(table, columns=columns))


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
    if "value" not in content or "task" not in kinds:
        return False
    task = kinds.index("task")
    cells = [row[task] for row in aligned if row[task]]
    if not cells:
        return True
    mean = sum(len(c) for c in cells) / len(cells)
    verbs = sum(1 for c in cells if _VERB.search(c)) / len(cells)
    return (mean < 16 and verbs < 0.5) or (content.count("value") >= 2 and mean < 20)


def rows(lines: list[str], table: Table, issued: datetime.date | None) -> list[Row]:
    """Each row, its cells in their columns; issued: the date deadlines without a year are
    read from (reference(), for the table's own year)."""
    lines = table.lines if table.lines is not None else lines
    raw = _rows_per_line(lines, table) if table.per_line else _rows_per_cell(lines, table)
    return [_assign(row, table.columns, issued) for row in raw]


def reference(table: Table, issued: datetime.date | None) -> datetime.date | None:
    """The date a table's deadlines without a year are read from: the plan's issue date,
    unless the table's title names another year (a 2023 table issued in December 2022)."""
    if table.year is None or (issued is not None and issued.year == table.year):
        return issued
    return datetime.date(table.year, 1, 1)


def _is_header_again(text: str, table: Table) -> bool:
    headers = {re.sub(r"\s", "", h) for _, h in table.columns}
    return re.sub(r"\s", "", text) in headers


def _rows_per_line(lines: list[str], table: Table) -> list[_Cells]:
    out: list[_Cells] = []
    # without a 序号 column, numbers count as the rows' only from 1 (not a figure: 10)
    headed = any(kind == "seq" for kind, _ in table.columns)
    section: str | None = None
    expected: int | None = None
    for line in lines[table.start:]:
        if not line or _PAGE_MARK.match(line):
            continue
        cells = cells_of(line)
        if cells is None:
            if PART.match(line) and len(line) <= 40:
                section = line
                continue
            break  # the page goes on after the table
        if all(_is_header_again(c, table) or not c for c in cells):
            continue
        filled = [c for c in cells if c]
        if len(filled) == 1 and (PART.match(filled[0]) or _SUBPART.match(filled[0])) \
                and len(filled[0]) <= 40:
            section = filled[0]  # a heading row across the table
            continue
        if out and len(cells) > out[-1].at and _row_number(cells[out[-1].at]) == out[-1].seq \
                and cells[:out[-1].at] in ([""] * out[-1].at, out[-1].before):
            # the row's 序号 merged down over this sub-row too: a step of the same task
            out[-1].subs.append(_trim(cells[out[-1].at + 1:]))
            continue
        numbered = next(((k, n) for k, n in enumerate(map(_row_number, cells))
                         if n is not None and _in_sequence(n, expected)
                         and (expected is not None or n == 1 or headed)), None)
        if numbered is None:
            if out and len(cells) == out[-1].width and not cells[out[-1].at]:
                # a wrapped row (no number, its cells under the row's): each cell goes on
                # the one above it, as a cell wrapped over two lines
                _continue(out[-1], cells[out[-1].at + 1:])
            elif out:
                out[-1].cells += cells
            continue
        at, number = numbered
        before = [c for c in cells[:at] if c]
        if before:
            section = "".join(before)
        out.append(_Cells(number, section, _trim(cells[at + 1:]), at=at, width=len(cells),
                          before=cells[:at]))
        expected = number + 1
    if not out and all(kind != "seq" for kind, _ in table.columns):
        return _rows_unnumbered(lines, table)
    return out


def _rows_unnumbered(lines: list[str], table: Table) -> list[_Cells]:
    """The rows of a table without a 序号 column: a line a row, numbered in order."""
    out: list[_Cells] = []
    section: str | None = None
    for line in lines[table.start:]:
        if not line or _PAGE_MARK.match(line):
            continue
        cells = cells_of(line)
        if cells is None:
            if PART.match(line) and len(line) <= 40:
                section = line
                continue
            break
        if all(_is_header_again(c, table) or not c for c in cells):
            continue
        filled = [c for c in cells if c]
        if len(filled) == 1 and (PART.match(filled[0]) or _SUBPART.match(filled[0])) \
                and len(filled[0]) <= 40:
            section = filled[0]
            continue
        out.append(_Cells(len(out) + 1, section, _trim(cells), width=len(cells), at=-1))
    return out


def _continue(row: _Cells, more: list[str]) -> None:
    target = row.subs[-1] if row.subs else row.cells
    target += [""] * (len(more) - len(target))
    for k, cell in enumerate(more):
        target[k] = grid.join_pieces([target[k], cell], _units)


def _trim(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _row_number(cell: str) -> int | None:
    m = _ROW_NUMBER.match(cell)
    return int(m.group(1)) if m else None


def _in_sequence(number: int, expected: int | None) -> bool:
    """Whether number goes on from the row before (one missed row forgiven), or starts a
    table (a small number) or starts it again (1)."""
    if expected is None:
        return number <= _FIRST_ROW_MAX
    return number in (expected, expected + 1) or number == 1


def _rows_per_cell(lines: list[str], table: Table) -> list[_Cells]:
    out: list[_Cells] = []
    section: str | None = None
    row: _Cells | None = None
    expected: int | None = None
    for line in lines[table.start:]:
        piped = cells_of(line)
        if piped is not None:
            cells = piped if any(piped) else [""] * max(1, line.count("|") - 1)
        else:
            cells = [line]
        for cell in cells:
            if _PAGE_MARK.match(cell) or _is_header_again(cell, table):
                continue
            if _TABLE_END.match(cell):
                return out
            number = _row_number(cell)
            if number is not None and _in_sequence(number, expected):
                row = _Cells(number, section, [])
                out.append(row)
                expected = row.seq + 1
            elif PART.match(cell) and len(cell) <= 40 and "。" not in cell:
                section = cell
            elif row is not None and (cell or piped is not None):
                row.cells.append(cell)
    return out


def _assign(row: _Cells, columns: list[tuple[str, str]], issued: datetime.date | None) -> Row:
    """Cells to columns: as they stand where the counts agree, else by what they hold."""
    kinds = [kind for kind, _ in columns if kind != "seq"]
    cells = _trim(_merged(row, kinds) if row.subs else list(row.cells))
    placed = _place(cells, kinds, issued) if cells else {}
    task_cells = [c for c, k in placed.get("task", []) if c]

    def take(kind: str, fits: Callable[[str], bool] | None = None) -> str | None:
        got = [c for c, _ in placed.get(kind, []) if c]
        # a column's stray extra cells (a page footer after the last row) are not its own
        kept = [c for c in got if fits is None or fits(c)] or got[:1]
        return "，".join(kept) or None

    time = take("time", lambda c: _is_deadline(c, issued))
    return Row(seq=row.seq, section=row.section,
               task="".join(task_cells[-1:]) if task_cells else "",
               title=task_cells[0] if len(task_cells) > 1 else None,
               lead=take("lead", _units), owners=take("owners", _units),
               time=time.rstrip("。") if time else None, steps=bool(row.subs))


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
            steps = [r[c] + "".join(r[w].rstrip("。；;") for w in words) for r in subrows if r[c]]
            out.append("；".join(steps))
        elif kind[c] in ("lead", "owners"):
            out.append("、".join(values))
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
    n, m = len(cells), len(kinds)
    fit = [[_fit(features, kind) for kind in kinds]
           for features in (_features(cell, issued) for cell in cells)]
    if n <= m:
        assignment = _fewer_cells(fit, n, m)
    elif n > 14:
        # many split cells: one a column, the extra ones in the last column
        assignment = list(range(m - 1)) + [m - 1] * (n - m + 1)
    else:
        assignment = _more_cells(fit, n, m)
    placed: dict[str, list[tuple[str, str]]] = {}
    for cell, j in zip(cells, assignment, strict=True):
        placed.setdefault(kinds[j], []).append((cell, kinds[j]))
    return placed


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


@functools.lru_cache(maxsize=16384)
def _features(cell: str, issued: datetime.date | None) -> tuple[bool, bool, bool, int]:
    """What a cell holds, worked out once however many columns it is weighed for: (units,
    a person's name, a deadline, its length). Cached: a table repeats its owner and time
    cells row after row."""
    if not cell:
        return False, False, False, 0
    unit = _units(cell) or bool(_DUTY_END.search(cell) and len(cell) < 120)
    person = bool(_PERSON.match(cell)) and not _NOT_NAME.search(cell)
    return unit, person, _is_deadline(cell, issued), len(cell)


def _fit(features: tuple[bool, bool, bool, int], kind: str) -> int:
    """How well a cell's content suits a column kind."""
    unit, person, timely, length = features
    if not length:
        return 0
    if kind in ("lead", "owners"):
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
def _units(cell: str) -> bool:
    # the registry's word for a list of units, else the unit grammar's (units.py): names
    # of any form, on a line each or between 、
    return looks_like_units(cell) or units.read(cell, organs_only=True) is not None


@functools.lru_cache(maxsize=16384)
def _is_deadline(cell: str, issued: datetime.date | None) -> bool:
    if len(cell) > 400 or _units(cell):
        return False
    reading = deadlines.read(cell, issued)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
