"""A task-division table (重点任务分工, 责任分解表, 台账) as plan text gives it: a header row of
序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 (in any of their usual wordings), then the rows,
either a row a line with cells between | (a table copied from a web page), or a cell a line
(flattened from Word or a PDF), with section headings between rows, blank cells, and the
header again after a page break.

Cells go to columns by what they hold, not only by where they stand, so that a cell merged
across rows (and so missing from most of them), a cell split in two or a stray blank does not
shift the others: units to the owner columns, a deadline to the time column, names of people
to the leader column, the rest to the task.
"""
import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import deadlines
from ..departments import looks_like_units

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
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()\d\-—、/]{1,14}$")
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


@dataclass
class _Cells:
    """A row as the lines give it: its number, the section it stands in, its cells."""
    seq: int
    section: str | None
    cells: list[str]


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


_GAP = re.compile(r"\t|[ \u3000]{3,}")


def cells_of(line: str) -> list[str] | None:
    """The cells of a line written as | a | b |, or with tabs or wide gaps between them
    (a table copied from a spreadsheet or a PDF), or None for a line of one cell."""
    if "|" in line:
        return [p.strip() for p in line.strip().strip("|").split("|")]
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


def find(lines: list[str]) -> Table | None:
    """The first task table in lines, or None."""
    for i, line in enumerate(lines):
        cells = cells_of(line)
        if cells is not None and len([c for c in cells if c]) >= 3:
            header = [c for c in cells if c]
            kinds = [column_kind(c) for c in header]
            if _valid(kinds) and all(_HEADER_CELL.match(re.sub(r"\s", "", c)) for c in header):
                return Table(list(zip(kinds, header, strict=True)), i + 1, per_line=True)
        found = _header_down(lines, i)
        if found:
            return found
    return None


def _header_down(lines: list[str], i: int) -> Table | None:
    """A header written a cell a line, starting at line i."""
    first = (cells_of(lines[i]) or [lines[i]])
    if len([c for c in first if c]) != 1 or column_kind(first[0]) not in ("seq", "task"):
        return None
    header: list[str] = []
    j = i
    while j < len(lines) and len(header) < 12:
        cell = lines[j]
        piped = cells_of(cell)
        if piped is not None:
            if len([c for c in piped if c]) > 1:
                break
            cell = next((c for c in piped if c), "")
        if cell:
            if not _HEADER_CELL.match(re.sub(r"\s", "", cell)) or column_kind(cell) == "other":
                break
            header.append(cell)
        j += 1
    kinds = [column_kind(c) for c in header]
    if _valid(kinds) and kinds.count("task") <= 3:
        return Table(list(zip(kinds, header, strict=True)), j, per_line=False)
    return None


def rows(lines: list[str], table: Table, issued: datetime.date | None) -> list[Row]:
    """Each row, its cells in their columns."""
    raw = _rows_per_line(lines, table) if table.per_line else _rows_per_cell(lines, table)
    return [_assign(row, table.columns, issued) for row in raw]


def _is_header_again(text: str, table: Table) -> bool:
    headers = {re.sub(r"\s", "", h) for _, h in table.columns}
    return re.sub(r"\s", "", text) in headers


def _rows_per_line(lines: list[str], table: Table) -> list[_Cells]:
    out: list[_Cells] = []
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
        numbered = next(((k, n) for k, n in enumerate(map(_row_number, cells))
                         if n is not None and _in_sequence(n, expected)), None)
        if numbered is None:
            if out:
                out[-1].cells += cells
            continue
        at, number = numbered
        before = [c for c in cells[:at] if c]
        if before:
            section = "".join(before)
        out.append(_Cells(number, section, _trim(cells[at + 1:])))
        expected = number + 1
    return out


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
    cells = _trim(list(row.cells))
    kinds = [kind for kind, _ in columns if kind != "seq"]
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
               time=time.rstrip("。") if time else None)


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
    return looks_like_units(cell)


@functools.lru_cache(maxsize=16384)
def _is_deadline(cell: str, issued: datetime.date | None) -> bool:
    if len(cell) > 400 or _units(cell):
        return False
    reading = deadlines.read(cell, issued)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
