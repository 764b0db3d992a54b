"""A schedule whose rows each open with their date on a line of its own: a table of 日期 |
内容 | 责任单位 that a page flattened a cell a line, whatever its header's words,

    3月下旬
    研究和制定招生入学方案
    小幼教科
    招考中心
    4月5日
    召开全区招生工作会议
    …

(or a pipe table's rows that open with their dates, 3月14日—15日 | …培训 |, read so.)
Each row is a task: its date line gives the deadline (a range's last day), the lines of units
after its work give the owners, a person's name (the 责任人 a row may give instead) none. The
rows are told by their dates alone, whatever the header says. It is this layout only where:

- three dated rows or more form one run, in the calendar's order, each with words of work;
- no numbered item with words of its own stands outside the run, and no prose follows it
  (the body's 1. 2. inside a row are that row's points);
- no table holds the tasks, unless one read a cell a line (its header's cells one a line)
  reads fewer rows than the dates open.
"""
import datetime
import re

from ... import deadlines
from .. import outline, units as unit_names
from ..tasks import TIME_ONLY, make_task
from .base import Doc, Found
from .division_table import DivisionTable

_MIN_ROWS = 3
_DATE_LINE_MAX = 24  # characters: a date cell, not a sentence that opens with one
# lines: a row's cells (its work, wrapped, and its units one a line), more than a table's row
# holds is prose after it
_ROW_LINES_MAX = 6
_CELL_MAX = 120  # characters: a cell's line, not a paragraph
_FOOTER_MAX = 15  # characters: a page's footer or a signature after a table, not a sentence
# 3月下旬, 4月29日-5月4日, 5月12-13日, 6月10日前: a month's day, part or range, alone
_DATE_CELL = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月")
# 3月: a month alone, the head of a month's group of items rather than a row's date
_MONTH_ALONE = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月$")
_EXPLICIT_YEAR = re.compile(r"^(?:19|20)\d\d")


def _date_line(text: str) -> bool:
    return len(text) <= _DATE_LINE_MAX and _DATE_CELL.match(text) is not None and \
        TIME_ONLY.match(text) is not None


def _cell(text: str) -> bool:
    """Whether a line may be a row's cell: short, and not a part's heading (二、参训人员,
    （二）…: the table has ended)."""
    found = outline.marker(text)
    return len(text) <= _CELL_MAX and not (found is not None and found[0] in ("cn", "pcn"))


_Row = tuple[str, list[str]]


def _runs(texts: list[str]) -> list[tuple[int, int, list[_Row]]]:
    """(its first line, the line after it, its rows) for each run of rows in texts (the
    document's lines that are not blank), each row opened by a date line, its cells the few
    lines up to the next; a run ends at a line that is no cell, or where more lines follow
    than a row holds. The last row keeps no more cells than the others have (what follows the
    table: its signature, a closing sentence, a contact), and a last date line with none is
    the signature's day."""
    runs: list[tuple[int, int, list[_Row]]] = []
    k = 0
    while k < len(texts):
        if not _date_line(texts[k]):
            k += 1
            continue
        first, rows = k, []
        while k < len(texts) and _date_line(texts[k]):
            date, k = texts[k], k + 1
            cells: list[str] = []
            while k < len(texts) and not _date_line(texts[k]) and _cell(texts[k]) and \
                    len(cells) < _ROW_LINES_MAX:
                # (a cell a page left as a mark: ?, ??)
                if re.search(r"[\u4e00-\u9fff]", texts[k]):
                    cells.append(texts[k])
                k += 1
            rows.append((date, cells))
            if k < len(texts) and not _date_line(texts[k]):
                break  # (a line of words more than a row holds: prose after the table)
        if len(rows) > 1 and not rows[-1][1]:
            rows, k = rows[:-1], k - 1  # (…7月30日前 ⏎ 各校 ⏎ 2012年3月1日: the signature)
        if len(rows) > 1:
            most = max(len(cells) for _, cells in rows[:-1])
            date, cells = rows[-1]
            if len(cells) > most:  # (the lines after the last row's own: the page's)
                rows[-1] = (date, cells[:most])
                k -= len(cells) - most
        runs.append((first, k, rows))
    return runs


_NEW_YEAR_STEP = 183  # days: a row after New Year follows the last soon, not months back


def _row_years(rows: list[_Row], doc: Doc) -> list[tuple[datetime.date | None, int | None]]:
    """(due, the year it is in) for each row's date, a row without a year before the one
    above it in the next year where that is soon after it (12月20日 ⏎ 1月10日: a school
    year's schedule; not 5月8日 ⏎ 3月2日, dates out of order, which stay so)."""
    out: list[tuple[datetime.date | None, int | None]] = []
    year = doc.year
    last: datetime.date | None = None
    for date, _ in rows:
        due = deadlines.read(date, doc.issued, year).due
        if due is not None and last is not None and due < last and \
                not _EXPLICIT_YEAR.match(date):
            later = deadlines.read(date, doc.issued, due.year + 1).due
            if later is not None and (later - last).days <= _NEW_YEAR_STEP:
                due = later
        if due is not None:
            last, year = due, due.year
        out.append((due, year))
    return out


def _schedule(doc: Doc) -> list[_Row]:
    """The rows of the document's dated schedule, or [] where it has none: one run of three
    rows or more, each with words, their dates in the calendar's order, and no item of the
    body's numbering with words of its own outside it (一、开展村庄清洁行动。各乡镇负责…:
    the plan's tasks, a schedule at its end their timing)."""
    kept = [cell for line in doc.lines if line.strip() for cell in _cells_of(line.strip())]
    runs = [run for run in _runs(kept) if len(run[2]) >= _MIN_ROWS]
    if len(runs) != 1:
        return []
    first, after, rows = runs[0]
    if any(_item_of_its_own(text) for text in kept[:first] + kept[after:]):
        return []
    # (…结业考试 ⏎ 二、参训人员 ⏎ …请各乡镇于5月6日前…: the schedule is one part of a
    # notice whose words go on after it, not the plan's rows)
    if any(len(text) > _FOOTER_MAX and re.search(r"[。；;]", text) for text in kept[after:]):
        return []
    if not all(cells for _, cells in rows):
        return []
    known = [due for due, _ in _row_years(rows, doc) if due is not None]
    # (in the calendar's order: a schedule, not dates a text lists in passing)
    if len(known) < _MIN_ROWS or known != sorted(known):
        return []
    # (3月 ⏎ 1.… ⏎ 2.… ⏎ 4月 ⏎ …: months alone head groups of a year's items, no row's date)
    if sum(1 for date, _ in rows if _MONTH_ALONE.match(date)) * 2 > len(rows):
        return []
    return rows


def _cells_of(line: str) -> list[str]:
    """A pipe table's row that opens with its date (3月14日—15日 | 市级招办对…培训 |) as the
    lines a page flattened it to, its date first; any other line as it stands."""
    if "|" not in line:
        return [line]
    cells = [cell.strip() for cell in line.strip("| ").split("|")]
    if len(cells) < 2 or len(cells[0]) > _DATE_LINE_MAX or not _DATE_CELL.match(cells[0]):
        return [line]
    return [cell for cell in cells if cell]


def _item_of_its_own(text: str) -> bool:
    """Whether a line is a numbered item with words of its own (一、开展村庄清洁行动。…), not
    a heading (一、招生日程安排)."""
    return outline.marker(text) is not None and re.search(r"[。；;，,]", text) is not None


# a line of work the cell wrapped mid-phrase (部署到各 ⏎ 中心校): the next line goes on with it
_DANGLING = re.compile(r"[各到和及与的等、，,]$")
_PERSON_MAX = 8  # characters: a person's name or post in a cell, not a line of work


def _parts(cells: list[str]) -> tuple[list[str], list[str]]:
    """(the row's words of work, its units): a line of units' names alone is the owners'
    cell, a person's name (责任人) no owner's."""
    work: list[str] = []
    named: list[str] = []
    for cell in cells:
        found = unit_names.read(cell)
        if found is not None and work and not _DANGLING.search(work[-1]):
            named += [name for name in found.names if name not in named]
        elif not (len(cell) <= _PERSON_MAX and unit_names.is_person(cell)):
            work.append(cell)
    return work, named


_WRAPPED_MAX = 4  # characters: the tail of a cell the page wrapped, no line of its own
_CLOSED = re.compile(r"[。；;！？.]$")


def _joined(work: list[str]) -> str:
    """The row's lines of work as one text: a cell's wrapped tail (…子女招生 ⏎ 计划; a short
    line after one left open) run on, lines of their own (召开… ⏎ 下发…) parted; their
    numbers (1.召开… ⏎ 2.下发…: the row's own points) none of its words."""
    text = ""
    for line in work:
        line = re.sub(r"^\d{1,2}\s*[.、．]\s*", "", line)
        wrapped = _DANGLING.search(text) is not None or \
            (len(line) <= _WRAPPED_MAX and not _CLOSED.search(text))
        if not text or wrapped:
            text += line
        else:  # (…招生工作会议。 ⏎ 下发…: one mark between them, not 。；)
            text = _CLOSED.sub("", text) + "；" + line
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
            # as many lines as each needs: the dated rows, where the table reads fewer (a
            # table of a row a line has its cells in place, and stays the table)
            table_tasks = doc.memo("division_table.read", lambda: DivisionTable().read(doc))
            if found.per_line or len(table_tasks) >= len(rows):
                return None
            return 0.95
        # the body's numbered items inside the rows are their words: fewer than the rows
        return 0.8 if len(doc.items()) < len(rows) else None

    def read(self, doc: Doc) -> list[Found]:
        rows = doc.memo("dated_rows", lambda: _schedule(doc))
        found = [(date, year, *_parts(cells))
                 for (date, cells), (_, year) in zip(rows, _row_years(rows, doc), strict=True)]
        tasks: list[Found] = []
        # (numbered once the rows with no words of work, a person's name alone, are left out)
        for seq, (date, year, work, named) in enumerate(
                [row for row in found if _joined(row[2])], 1):
            task, doubts = make_task(seq, _joined(work), named, date, doc.issued, year=year)
            tasks.append(Found(task, doubts))
        return tasks
