"""A schedule whose rows each open with their date on a line of its own: a table of 日期 |
内容 | 责任单位 that a page flattened a cell a line, whatever its header's words,

    3月下旬
    研究和制定招生入学方案
    小幼教科
    招考中心
    4月5日
    召开全区招生工作会议
    …

Each row is a task: its date line gives the deadline (a range's last day), the lines of units
after its work give the owners, a person's name (the 责任人 a row may give instead) none. The
rows are told by their dates alone, whatever the header says: three dated rows or more, in the
order of the calendar, each with words of work; only where the body's numbered items, if any,
stand inside the rows (a row's 1. 2. are its own words), and no table holds the tasks but one
read a cell a line whose rows are fewer than the dates open (its rows are of as many lines as
each needs, its header's cells one a line).
"""
import re

from ... import deadlines
from .. import units as unit_names
from ..tasks import TIME_ONLY, make_task
from .base import Doc, Found
from .division_table import DivisionTable

_MIN_ROWS = 3
_DATE_LINE_MAX = 24  # characters: a date cell, not a sentence that opens with one
_CELL_MAX = 120  # characters: a cell's line, not the prose after the table
# 3月下旬, 4月29日-5月4日, 5月12-13日, 6月10日前: a month's day, part or range, alone
_DATE_CELL = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月")


_MONTH_ALONE = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月份?$")


def _date_line(text: str) -> bool:
    return len(text) <= _DATE_LINE_MAX and _DATE_CELL.match(text) is not None and \
        TIME_ONLY.match(text) is not None


def _rows(lines: list[str]) -> list[tuple[str, list[str]]]:
    """(the date line, the lines of its row) for each row opened by a date line; the lines
    after the last row's are its own up to the first that is no cell (a paragraph)."""
    texts = [line.strip() for line in lines]
    starts = [k for k, text in enumerate(texts) if _date_line(text)]
    rows: list[tuple[str, list[str]]] = []
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else len(texts)
        cells: list[str] = []
        for text in texts[start + 1:end]:
            if len(text) > _CELL_MAX:
                break
            # (a cell a page left as a mark: ?, ??)
            if re.search(r"[\u4e00-\u9fff]", text):
                cells.append(text)
        rows.append((texts[start], cells))
    return rows


def _schedule(doc: Doc) -> list[tuple[str, list[str]]]:
    """The rows of the document's dated schedule, or [] where it has none: three rows or
    more, each with words, their dates in the calendar's order."""
    rows = _rows(doc.lines)
    if len(rows) < _MIN_ROWS or not all(cells for _, cells in rows):
        return []
    ends = [deadlines.read(date, doc.issued, doc.year).due for date, _ in rows]
    known = [end for end in ends if end is not None]
    # (the months of one year in order: a schedule, not dates a text lists in passing)
    months = [(end.month, end.day) for end in known]
    if len(known) < _MIN_ROWS or months != sorted(months):
        return []
    # (3月 ⏎ 1.… ⏎ 2.… ⏎ 4月 ⏎ …: months alone head groups of a year's items, no row's date)
    if sum(1 for date, _ in rows if _MONTH_ALONE.match(date)) * 2 > len(rows):
        return []
    return rows


_PERSON_MAX = 8  # characters: a person's name or post in a cell, not a line of work


def _parts(cells: list[str]) -> tuple[list[str], list[str]]:
    """(the row's words of work, its units): a line of units' names alone is the owners'
    cell, a person's name (责任人) no owner's."""
    work: list[str] = []
    named: list[str] = []
    for cell in cells:
        found = unit_names.read(cell)
        if found is not None and work:
            named += [name for name in found.names if name not in named]
        elif not (len(cell) <= _PERSON_MAX and unit_names.is_person(cell)):
            work.append(cell)
    return work, named


_WRAPPED_MAX = 4  # characters: the tail of a cell the page wrapped, no line of its own


def _joined(work: list[str]) -> str:
    """The row's lines of work as one text: a cell's wrapped tail (…子女招生 ⏎ 计划) run on,
    lines of their own (召开… ⏎ 下发…) parted."""
    text = ""
    for line in work:
        text += line if not text or len(line) <= _WRAPPED_MAX else "；" + line
    return text


class DatedRows:
    name = "日程表"
    ceiling = 0.95

    def recognise(self, doc: Doc) -> float | None:
        rows = doc.memo("dated_rows", lambda: _schedule(doc))
        if not rows:
            return None
        found = doc.table()
        if found is not None:
            # a header read as a table's, a cell a line (日期 ⏎ 内容 ⏎ 责任单位), over rows of
            # as many lines as each needs: the dated rows, where the table reads fewer
            if found.per_line or len(DivisionTable().read(doc)) >= len(rows):
                return None
            return 0.95
        # the body's numbered items inside the rows are their words: fewer than the rows
        return 0.8 if len(doc.items()) < len(rows) else None

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        for seq, (date, cells) in enumerate(doc.memo("dated_rows", lambda: _schedule(doc)), 1):
            work, named = _parts(cells)
            text = _joined(work)
            if not text:
                continue
            task, doubts = make_task(seq, text, named, date, doc.issued, year=doc.year)
            tasks.append(Found(task, doubts))
        return tasks
