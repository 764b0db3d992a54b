"""The 任务台账 workbook: sent to departments as Excel, read back when they return it.

One sheet per plan: a 台账 is kept per plan, its title heads the sheet, and a department
that owns tasks of three plans gets three sheets it can print and file apart. Each sheet:
the plan's title, a line on who it is for and when, the header (frozen, repeated on every
printed page), then a row per task — 序号, 任务, 牵头单位, 责任单位, 完成时限 (an Excel date),
原定时限 and 延期次数 (how the date came to be), 灯 (the light as a fill), 状态 (a drop-down),
进展情况 (the latest progress, to be written over), 是否办结, 办结日期, 调整原因 — and two
hidden columns the import reads back: the task id and a check code of what was sent.

Reading it back trusts the sheet only for what a department is asked to fill in: progress
(a note), 是否办结/办结日期 (done), 状态, and a new 完成时限 with its reason (a postpone). The
check code binds a row to what was sent: the task id, the department the workbook went to
(recorded in the hidden `vtrack` sheet) and the task's text and owners. Rows whose id vtrack
does not know, whose check code does not match (the id, the department, the text or the
owners changed), whose task has moved to another department, and rows on hidden sheets or
hidden rows, are reported and skipped — but for a row whose only fault is a task text or
unit typed over (its id and department still those sent), whose progress is recorded: what
a department reports is not lost for a cell it should not have touched. Progress left as
the export filled it in (the latest note) is not recorded again.

A returned workbook comes from outside: before openpyxl expands anything, the zip is measured
(its unpacked size and compression ratio) and every XML part scanned with expat, without
building it (rows, the sheet's declared size, merged ranges, DTDs); past the limits below the
file is refused with one line. The scan also finds the hidden rows (openpyxl's read-only
sheets do not say) and the last row with a value, where reading stops.
"""
from __future__ import annotations

import datetime
import hashlib
import io
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..changes import Request  # what one row asks of its task (changes.FromLedger makes it so)
from ..errors import VtrackError
from ..model import Light, Status, Task
from . import text as render

if TYPE_CHECKING:
    from ..cache.queries import Store

# 2: the check code covers the task id and the department (1's did not: refused on import)
FORMAT = "vtrack-台账 2"
OLD_FORMATS = ("vtrack-台账 1",)
META_SHEET = "vtrack"
# the 状态 drop-down's words, and the status each reads back as
STATUS_WORDS = {s.zh: s for s in Status}
COLUMNS = ("序号", "任务", "牵头单位", "责任单位", "完成时限", "原定时限", "延期次数", "灯", "状态",
           "进展情况", "是否办结", "办结日期", "调整原因", "编号", "核对码")
WIDTHS = {"序号": 6, "计划": 20, "任务": 48, "牵头单位": 16, "责任单位": 24, "完成时限": 12,
          "原定时限": 12, "延期次数": 9, "灯": 5, "状态": 9, "进展情况": 36, "是否办结": 9,
          "办结日期": 12, "调整原因": 20, "编号": 18, "核对码": 14}
_WRAPPED = ("计划", "任务", "牵头单位", "责任单位", "进展情况", "调整原因")
MAX_PLAN_SHEETS = 12  # more plans than this: one sheet with a 计划 column
HEADER_ROW = 3
# control characters but the tab and the newline: XlsxWriter writes them as _x001B_, which
# openpyxl reads back as those seven letters (and the check code would not match)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")


# -- limits on a returned workbook ---------------------------------------------------------------
# A 50,000-task 台账 is a 4 MB file that unpacks to 33 MB (packed 8 to 13 times), 1.3 million
# XML elements, one merged range a plan sheet; the limits leave room for several times that.
MAX_UNPACKED = 256 * 2**20  # bytes, the file and its parts unpacked
MAX_RATIO = 100  # how many times a part (over 1 MB) may be packed
MAX_PARTS = 10_000
MAX_ROWS = 200_000  # the last row a sheet may have or declare
MAX_MERGED = 50_000  # merged ranges in a sheet
MAX_ELEMENTS = 10_000_000  # XML elements in the whole file
MAX_COLUMNS = 256  # columns looked at for the header


def check_code(task_id: object, dept: object, task_text: object, lead: object,
               owners: object) -> str:
    """What was sent for a task, and to whom, in a dozen characters: the task id, the
    department the workbook went to ('' for a workbook of every department) and the task's
    text and owners. A change to any of them shows.

    Not a signature: it catches the edits a spreadsheet makes easy (a cell typed over, a row
    copied, the hidden sheet's department changed), not someone who rebuilds codes with
    vtrack's source at hand."""
    sent = "\n".join(_plain(v) for v in (FORMAT, task_id, dept, task_text, lead, owners))
    return hashlib.sha256(sent.encode("utf-8")).hexdigest()[:12]


def _text(value: str) -> str:
    """Text as a cell holds it: no control characters."""
    return _CONTROL.sub("", value)


def _plain(value: object) -> str:
    return re.sub(r"\s+", "", "" if value is None else str(value))


def _leads(task: Task) -> str:
    return "、".join(task.effective_lead)


def latest_note(task: Task) -> str:
    """The task's newest note: the progress last reported, which the 台账 shows to be
    written over."""
    if not task.notes:
        return ""
    return max(enumerate(task.notes), key=lambda n: (n[1].on, n[0]))[1].text


def postponements(task: Task) -> int:
    """How many times the task's date was put back: log entries that moved it later (a
    correction, 更正, is not one)."""
    return sum(1 for entry in task.log if any(
        c.field == "due" and c.old and c.new and c.new > c.old for c in entry.changes))


def _others(task: Task) -> str:
    lead = task.effective_lead
    return "、".join(o for o in task.owners if o not in lead) + ("等" if task.others else "")


# -- export -------------------------------------------------------------------------------------

def workbook(store: Store, tasks: Sequence[Task], as_of: datetime.date,
             dept: str | None = None) -> bytes:
    """The 台账 of tasks as the bytes of an .xlsx file.

    Written with XlsxWriter, read back with openpyxl: openpyxl spent about 3 s of a 10k-task
    export on its per-cell machinery; XlsxWriter writes the same sheet in a third of that.

    Every text goes in with write_string, a text cell Excel never evaluates: a plan titled
    =HYPERLINK(…) or a department named =1+1局 stays text. XlsxWriter's write() (which
    merge_range uses) would make a formula of a leading = and a link of http://, so the
    book's options turn that off too."""
    import xlsxwriter

    dept = _text(dept) if dept else dept
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False,
                                        "strings_to_numbers": False})
    formats = _formats(book)
    plans = {row["id"]: row for row in store.plans()}
    by_plan: dict[str, list[Task]] = {}
    for task in tasks:
        by_plan.setdefault(task.plan, []).append(store.judge(task, as_of))
    sheet_names: set[str] = set()
    if len(by_plan) <= MAX_PLAN_SHEETS:
        for plan_id, plan_tasks in by_plan.items():
            plan = plans.get(plan_id, {"title": plan_id, "doc_no": None})
            _sheet(book, _sheet_name(plan_id, sheet_names), plan["title"], plan.get("doc_no"),
                   plan_tasks, COLUMNS, formats, as_of, dept, store.yellow_days)
    elif by_plan:
        # tasks of many plans: one sheet with a plan column, not hundreds of sheets
        titles = {plan_id: plans.get(plan_id, {}).get("title") or plan_id for plan_id in by_plan}
        _sheet(book, "台账", f"任务台账（{len(by_plan)} 个计划）", None, tasks,
               COLUMNS[:1] + ("计划",) + COLUMNS[1:], formats, as_of, dept, store.yellow_days,
               titles)
    if not by_plan:
        book.add_worksheet("台账").write_string(0, 0, "没有符合条件的任务。")
    meta = book.add_worksheet(META_SHEET)
    for row, (key, value) in enumerate((("format", FORMAT), ("department", dept or ""),
                                        ("as_of", as_of.isoformat()),
                                        ("yellow_days", store.yellow_days))):
        meta.write_string(row, 0, key)
        if isinstance(value, str):
            meta.write_string(row, 1, value)  # the department's name is text, never a formula
        else:
            meta.write_number(row, 1, value)
    meta.hide()
    book.close()
    return buffer.getvalue()


def _sheet_name(plan_id: str, used: set[str]) -> str:
    """Excel's 31 characters, and unique: two long plan ids may share their first 31."""
    name, n = plan_id[:31], 1
    while name.lower() in used:
        n += 1
        name = f"{plan_id[:31 - len(str(n)) - 1]}~{n}"
    used.add(name.lower())
    return name


def _row(task: Task, columns: Sequence[str], plan_title: str | None,
         dept: str | None) -> list[object]:
    due = task.due if task.due else _text(task.due_text or ("持续实施" if task.ongoing else ""))
    text, leads, others = _text(task.text or task.title), _text(_leads(task)), _text(_others(task))
    values = {"序号": task.seq, "计划": _text(plan_title or ""), "任务": text,
              "牵头单位": leads, "责任单位": others, "完成时限": due,
              # blank where the date never moved: only a changed date needs its first beside it
              "原定时限": task.first_due if task.first_due != task.due else None,
              "延期次数": postponements(task),
              "灯": task.light.zh if task.light else "",
              "状态": Status(task.status).zh, "进展情况": _text(latest_note(task)),
              "是否办结": "是" if task.status == Status.DONE else None,  # filled in by them
              "办结日期": task.done_on, "调整原因": "", "编号": task.id,
              "核对码": check_code(task.id, dept or "", text, leads, others)}
    return [values[name] for name in columns]


def _sheet(book: Any, name: str, title: str, doc_no: str | None, tasks: Sequence[Task],
           columns: Sequence[str], formats: dict[str, Any], as_of: datetime.date,
           dept: str | None, yellow_days: int, plan_titles: dict[str, str] | None = None) -> None:
    """One sheet of tasks; plan_titles: for a sheet of many plans, each plan's title."""
    rows = [_row(task, columns, plan_titles.get(task.plan) if plan_titles else None, dept)
            for task in tasks]
    sheet = book.add_worksheet(name)
    for k, column in enumerate(columns):
        sheet.set_column(k, k, _width(column, (row[k] for row in rows)), None,
                         {"hidden": column in ("编号", "核对码")})
    header = HEADER_ROW - 1  # XlsxWriter counts rows from 0
    first, last = header + 1, header + max(1, len(rows))
    sheet.freeze_panes(first, 0)
    sheet.repeat_rows(header)
    sheet.autofilter(header, 0, last, len(columns) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    visible_end = len(columns) - 3
    # merge_range writes its text with write(): merge blank, then write the text as text
    sheet.merge_range(0, 0, 0, visible_end, "", formats["标题"])
    sheet.write_string(0, 0, _text(title), formats["标题"])
    sheet.set_row(0, 24)
    sheet.merge_range(1, 0, 1, visible_end, "", formats["说明"])
    sheet.write_string(1, 0, "　".join(filter(None, [
        f"文号：{_text(doc_no)}" if doc_no else None,
        f"责任单位：{dept}" if dept else None, f"截至：{as_of}",
        f"红灯：已逾期　黄灯：{yellow_days}天内到期　绿灯：正常推进"])), formats["说明"])
    for k, column in enumerate(columns):
        sheet.write_string(header, k, column, formats["表头"])
    sheet.set_row(header, 20)
    for column, validation in (
            ("状态", {"validate": "list", "source": list(STATUS_WORDS), "error_title": "状态",
                    "error_message": f"请从列表中选择：{'、'.join(STATUS_WORDS)}"}),
            ("是否办结", {"validate": "list", "source": ["是", "否"]}),
            ("办结日期", {"validate": "date", "criteria": ">",
                      "value": datetime.date(2000, 1, 1), "error_title": "日期",
                      "error_message": "请填写日期，如 2026-12-31"})):
        k = columns.index(column)
        sheet.data_validation(first, k, last, k, validation)

    light_at = columns.index("灯")
    wrapped = [(n, columns.index(n)) for n in _WRAPPED if n in columns]
    column_formats = [formats[column] for column in columns]
    for number, (task, values) in enumerate(zip(tasks, rows, strict=True), start=first):
        # wrapped text shows only in a row tall enough for it: Excel and LibreOffice do not
        # grow rows that a file gives no height
        lines = max(_lines(values[at], WIDTHS[n]) for n, at in wrapped)
        sheet.set_row(number, 15 * max(1, lines))
        for k, value in enumerate(values):
            style = column_formats[k]
            if k == light_at and task.light:
                style = formats[task.light.value]
            if value is None or value == "":
                sheet.write_blank(number, k, None, style)  # the grid they fill in
            elif isinstance(value, str):
                sheet.write_string(number, k, value, style)
            elif isinstance(value, datetime.date):
                sheet.write_datetime(number, k, value, style)
            else:
                sheet.write_number(number, k, value, style)


def _formats(book: Any) -> dict[str, Any]:
    """The book's cell formats: one per column, one per light, and the heading rows'."""
    border = {"border": 1, "border_color": "#999999", "valign": "top"}
    formats = {
        "标题": book.add_format({"bold": True, "font_size": 14, "align": "center",
                               "valign": "vcenter", "text_wrap": True}),
        "说明": book.add_format({"font_size": 10, "valign": "vcenter", "text_wrap": True}),
        "表头": book.add_format({**border, "bold": True, "bg_color": "#DDEBF7", "align": "center",
                               "valign": "vcenter", "text_wrap": True}),
    }
    for column in ("计划",) + COLUMNS:
        options = dict(border, text_wrap=column in _WRAPPED)
        if column in ("序号", "完成时限", "原定时限", "延期次数", "灯", "状态", "是否办结",
                      "办结日期"):
            options["align"] = "center"
        if column in ("完成时限", "原定时限", "办结日期"):
            options["num_format"] = "yyyy-mm-dd"
        formats[column] = book.add_format(options)
    for light in Light:
        formats[light.value] = book.add_format({**border, "align": "center", "pattern": 1,
                                                "bg_color": f"#{light.fill}"})
    return formats


def _width(name: str, values: Iterable[object]) -> int:
    """A column as wide as its Chinese text needs (two units a character), within bounds."""
    if name in _WRAPPED:
        return WIDTHS[name]
    widest = 0
    for value in values:
        text = "" if value is None else str(value)
        if 2 * len(text) > widest:  # a character is at most two wide: measure only then
            widest = max(widest, render.display_width(text))
    return max(WIDTHS[name], min(widest + 2, 40))


def _lines(value: object, width: int) -> int:
    """How many lines a wrapped cell of this column width takes."""
    text = "" if value is None else str(value)
    if 2 * len(text) <= width - 3:
        return 1
    return math.ceil(render.display_width(text) / (width - 3) + 0.3)


def write_all(store: Store, tasks_of: Callable[[str], Sequence[Task]],
              departments: Iterable[str], as_of: datetime.date, out_dir: str) -> list[str]:
    """A workbook per department in out_dir, named as the digest names its files."""
    from ..taskfile.write import write_atomic
    from .digest import safe_filename
    os.makedirs(out_dir, exist_ok=True)
    used: set[str] = set()
    paths = []
    for dept in departments:
        path = os.path.join(out_dir, f"{safe_filename(dept, used)}.xlsx")
        write_atomic(path, workbook(store, tasks_of(dept), as_of, dept=dept))
        paths.append(path)
    return paths


# -- import -------------------------------------------------------------------------------------

Place = tuple[str, str, int]  # (file name, sheet, row)


@dataclass
class Returned:
    """What returned workbooks ask for, and the rows skipped with the reason."""
    requests: dict[str, list[Request]] = field(default_factory=dict)  # task id -> [Request]
    # (file, sheet, row, task id, why)
    skipped: list[tuple[str, str, int, str, str]] = field(default_factory=list)


def read_returned(paths: Iterable[str], store: Store, as_of: datetime.date) -> Returned:
    """The requests of the returned workbooks, each row checked against what was sent."""
    returned = Returned()
    for path in paths:
        sheets = _measure(path)  # before openpyxl expands anything
        book, meta = _open(path)
        try:
            _read_book(returned, book, meta, sheets, path, store, as_of)
        except VtrackError:
            raise
        except Exception as e:  # noqa: BLE001 - read-only sheets are parsed as they are read
            raise _unreadable(path, e) from None
        finally:
            book.close()  # a read-only book holds its file open until closed
    return returned


def _read_book(returned: Returned, book: Any, meta: dict[str, Any], sheets: dict[str, _Sheet],
               path: str, store: Store, as_of: datetime.date) -> None:
    dept = str(meta.get("department") or "").strip()
    file_name = os.path.basename(str(path))
    for sheet in book.worksheets:
        if sheet.title == META_SHEET:
            continue
        # openpyxl's read-only sheet names its part in the zip only in this attribute; a part
        # that is not a worksheet of the main namespace has no rows openpyxl would read
        scan = sheets.get(sheet._worksheet_path)
        if scan is None or scan.last_value <= HEADER_ROW:
            continue
        header = list(next(sheet.iter_rows(min_row=HEADER_ROW, max_row=HEADER_ROW,
                                           max_col=MAX_COLUMNS, values_only=True), ()))
        if "编号" not in header:
            continue  # not a sheet of tasks: the department's own
        if sheet.sheet_state != "visible":  # hidden, or very hidden (only a macro shows it)
            returned.skipped.append((file_name, sheet.title, 1, "",
                                     "工作表被隐藏：整张未读取，请取消隐藏后重新交回"))
            continue
        at = {name: header.index(name) for name in COLUMNS if name in header}
        # up to the last row with a value, and no wider than the columns read: a sheet that
        # declares a million rows or sixteen thousand columns costs no more than its data
        rows = sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=scan.last_value,
                               max_col=max(at.values()) + 1, values_only=True)
        for number, values in enumerate(rows, start=HEADER_ROW + 1):
            task_id = _plain(values[at["编号"]])
            place = (file_name, sheet.title, number)
            if not task_id:
                pass
            elif scan.is_hidden(number):
                returned.skipped.append((*place, task_id, "这一行被隐藏（或被筛选隐藏）：未读取，"
                                         "请取消隐藏、清除筛选后重新交回"))
            else:
                _read_row(returned, store, place, task_id, values, at, dept, as_of)
            if number >= scan.last_value:
                break  # stop here, before openpyxl parses what follows the rows


def _open(path: str) -> tuple[Any, dict[str, Any]]:
    import openpyxl
    try:
        # read-only: a returned 10k-task workbook streams instead of being built whole
        book = openpyxl.load_workbook(path, data_only=True, read_only=True)
    except FileNotFoundError:
        raise VtrackError(f"{path}：没有这个文件") from None
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise _unreadable(path, e) from None
    if META_SHEET not in book.sheetnames:
        book.close()
        raise VtrackError(f"{path}：不是 vtrack 导出的台账（缺少隐藏工作表 {META_SHEET!r}）："
                          "请用 `vtrack export` 导出")
    try:
        meta = {str(r[0]): r[1] for r in book[META_SHEET].iter_rows(
                    max_row=16, max_col=2, values_only=True) if r and r[0] and len(r) > 1}
    except Exception as e:  # noqa: BLE001 - as above: the sheet is parsed as it is read
        book.close()
        raise _unreadable(path, e) from None
    if meta.get("format") in OLD_FORMATS:
        book.close()
        raise VtrackError(f"{path}：是旧版 vtrack 导出的台账（{meta['format']}），核对码不含"
                          "任务编号和部门，不能放心导入：请用 `vtrack export` 重新导出，"
                          "发给部门重新填写")
    if meta.get("format") != FORMAT:
        book.close()
        raise VtrackError(f"{path}：是另一版本的台账（{meta.get('format')}）：请重新导出")
    return book, meta


def _unreadable(path: str, error: Exception | str) -> VtrackError:
    why = error if isinstance(error, str) else type(error).__name__
    return VtrackError(f"{path}：不是可读的 .xlsx 文件（{why}）：请用 Excel "
                       "或 LibreOffice 打开后重新保存")


def _read_row(returned: Returned, store: Store, place: Place, task_id: str,
              values: Sequence[object], at: dict[str, int], dept: str,
              as_of: datetime.date) -> None:
    def cell(name: str) -> object:
        k = at.get(name)
        return values[k] if k is not None and k < len(values) else None

    def skip(why: str) -> None:
        returned.skipped.append((*place, task_id, why))

    try:
        task = store.task(task_id)
    except VtrackError:
        return skip("编号不存在：vtrack 没有发出过这项任务")
    sent = (cell("任务"), cell("牵头单位"), cell("责任单位"))
    code = _plain(cell("核对码"))
    progress = str(cell("进展情况")).strip() if _plain(cell("进展情况")) else None
    if progress and _plain(progress) == _plain(_text(latest_note(task))):
        progress = None  # the export's own words, left as they were: nothing new reported
    if check_code(task_id, dept, *sent) != code:
        touched = _touched(task, task_id, dept, sent, code)
        if not touched or (dept and dept not in {r.department for r in task.roles}):
            return skip(_mismatch(task, task_id, dept, sent, code))
        # the row is the one sent to this department for this task, with a cell of what
        # vtrack keeps typed over: the progress it reports counts, the rest waits
        if progress:
            request = Request(place, dept or "台账", as_of, progress=progress)
            returned.requests.setdefault(task_id, []).append(request)
        return skip(f"{'、'.join(touched)}被改动（台账中的这些内容只能由督办人员修改）："
                    + ("进展情况已记入；" if progress else "")
                    + "状态、办结和完成时限未导入，请与督办人员联系")
    if dept and dept not in {r.department for r in task.roles}:
        return skip(f"任务已不属于{dept}（现由{'、'.join(task.owners)}负责）")
    request = Request(place, dept or "台账", as_of)
    request.progress = progress
    done_day = _date(cell("办结日期"), as_of)
    if _plain(cell("是否办结")) == "是" or done_day:
        request.done_on = done_day or as_of
    request.status = STATUS_WORDS.get(_plain(cell("状态")))
    request.new_due = _date(cell("完成时限"), as_of)
    request.reason = str(cell("调整原因")).strip() if _plain(cell("调整原因")) else None
    if request.new_due and request.new_due != task.due and not request.reason:
        skip(f"完成时限改为 {request.new_due}，但没有写调整原因：这一项未延期")
        request.new_due = None
    returned.requests.setdefault(task_id, []).append(request)


def _touched(task: Task, task_id: str, dept: str, sent: tuple[object, ...],
             code: str) -> list[str]:
    """The cells of a row typed over, when its check code is the one sent for this task to
    this department (its id and department untouched): the columns whose text is no longer
    the task's. [] when the code is not that one."""
    now = (_text(task.text or task.title), _text(_leads(task)), _text(_others(task)))
    if check_code(task_id, dept, *now) != code:
        return []
    return [name for name, given, kept in zip(("任务内容", "牵头单位", "责任单位"), sent, now,
                                              strict=True) if _plain(given) != _plain(kept)]


def _mismatch(task: Task, task_id: str, dept: str, sent: tuple[object, ...], code: str) -> str:
    """Why a row's check code does not match: the department, when the row matches one the
    task has (the hidden sheet's department was changed), else any of what the code covers."""
    for other in sorted(({r.department for r in task.roles} | {""}) - {dept}):
        if check_code(task_id, other, *sent) == code:
            return (f"部门被改动：这一行是发给{other or '各部门（未指定部门）'}的，工作簿却记为"
                    f"{dept or '未指定部门'}：未导入，请与督办人员联系")
    return "核对码不符：编号、任务内容、责任单位或部门被改动：未导入，请核对后与督办人员联系"


# -- measuring a returned workbook before reading it ----------------------------------------------

# expat with namespaces names an element "namespace name"; openpyxl reads only this namespace
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main "
_WORKSHEET, _ROW, _CELL, _VALUE, _INLINE, _DIMENSION, _MERGED, _SHEET_FORMAT = (
    _MAIN + name for name in ("worksheet", "row", "c", "v", "is", "dimension", "mergeCell",
                              "sheetFormatPr"))


@dataclass
class _Sheet:
    """What the scan saw of a worksheet part: where its values end, which rows are hidden."""
    last_value: int = 0  # the last row with a value
    hidden: set[int] = field(default_factory=set)  # rows hidden, or of no height
    tall: set[int] = field(default_factory=set)  # rows given a height
    # sheetFormatPr zeroHeight: rows are hidden unless given a height (Excel's "hide the rest
    # of the sheet" writes this, and a height on each row it shows)
    hidden_by_default: bool = False

    def is_hidden(self, row: int) -> bool:
        return row in self.hidden or (self.hidden_by_default and row not in self.tall)


def _measure(path: str) -> dict[str, _Sheet]:
    """The worksheet parts of a returned workbook (by their name in the zip), scanned; the
    file refused with one line past the limits, before anything is expanded in memory."""
    import zipfile
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        raise VtrackError(f"{path}：没有这个文件") from None
    except OSError as e:
        raise VtrackError(f"{path}：无法读取（{e.strerror}）") from None
    if size > MAX_UNPACKED:
        raise _over(path, f"文件有 {_mb(size)}", _mb(MAX_UNPACKED))
    try:
        archive = zipfile.ZipFile(path)
    except Exception as e:  # noqa: BLE001 - zipfile raises several kinds for a bad file
        raise _unreadable(path, e) from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _over(path, f"压缩包里有 {len(parts)} 个部件", f"{MAX_PARTS} 个")
        if len({part.filename for part in parts}) < len(parts):
            raise _unreadable(path, "压缩包里有重名的部件")
        # the sizes the zip declares bound what zipfile will unpack: it stops at the size
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_UNPACKED:
            raise _over(path, f"解压后有 {_mb(unpacked)}", _mb(MAX_UNPACKED))
        # each part, and the whole (many parts each just under the bar)
        packed = sum(part.compress_size for part in parts)
        for name, big, small in [(p.filename, p.file_size, p.compress_size) for p in parts] + [
                ("整个文件", unpacked, packed)]:
            if big > 2**20 and big > MAX_RATIO * small:
                ratio = big // max(1, small)
                raise _over(path, f"{name} 解压后是压缩时的 {ratio} 倍（像是压缩炸弹）",
                            f"{MAX_RATIO} 倍")
        sheets, left = {}, MAX_ELEMENTS
        for part in parts:
            try:
                sheet, elements = _scan(archive, part, left, path)
            except VtrackError:
                raise
            except Exception as e:  # noqa: BLE001 - a part that breaks off, a bad zip entry
                raise _unreadable(path, e) from None
            left -= elements
            if sheet is not None:
                sheets[part.filename] = sheet
    return sheets


def _scan(archive: Any, part: Any, elements_left: int, path: str) -> tuple[_Sheet | None, int]:
    """One part of the zip through expat, nothing built: (the worksheet it is, or None, and
    how many elements it has). Not XML at all (a picture): (None, 0)."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.ordered_attributes = True  # [name, value, ...]: cheaper than a dict per element
    name = part.filename
    sheet = _Sheet()
    count = row = merged = 0
    is_sheet = False

    def over(what: str, limit: str) -> VtrackError:
        return _over(path, f"{name} {what}", limit)

    def too_many() -> VtrackError:
        return _over(path, f"XML 元素（读到 {name} 时）", f"{MAX_ELEMENTS} 个")

    def first(tag: str, attrs: list[str]) -> None:
        nonlocal is_sheet
        is_sheet = tag == _WORKSHEET
        parser.StartElementHandler = in_sheet if is_sheet else elsewhere
        parser.StartElementHandler(tag, attrs)

    def elsewhere(tag: str, attrs: list[str]) -> None:
        nonlocal count
        count += 1
        if count > elements_left:
            raise too_many()

    def in_sheet(tag: str, attrs: list[str]) -> None:
        nonlocal count, row, merged
        count += 1
        if count > elements_left:
            raise too_many()
        if tag == _CELL:
            return
        if tag == _VALUE or tag == _INLINE:
            if row > sheet.last_value:  # (rows numbered backwards: openpyxl skips those)
                sheet.last_value = row
        elif tag == _ROW:
            given = dict(zip(attrs[::2], attrs[1::2], strict=True))
            row = _row_number(given["r"]) if "r" in given else row + 1
            if row > MAX_ROWS:
                raise over(f"有第 {row} 行", f"{MAX_ROWS} 行")
            height = _height(given.get("ht"))
            if _true(given.get("hidden")) or (height is not None and not height > 0):
                sheet.hidden.add(row)  # hidden, or no height to show it in
            elif height:
                sheet.tall.add(row)
        elif tag == _MERGED:
            merged += 1
            if merged > MAX_MERGED:
                raise over(f"有 {MAX_MERGED} 个以上合并区域", f"{MAX_MERGED} 个")
        elif tag == _DIMENSION:
            ref = dict(zip(attrs[::2], attrs[1::2], strict=True)).get("ref", "")
            declared = max((int(d) if len(d) < 10 else MAX_ROWS + 1
                            for d in re.findall(r"\d+", ref)), default=0)
            if declared > MAX_ROWS:
                raise over(f"声明的范围是 {ref[:40]}，有 {declared} 行", f"{MAX_ROWS} 行")
        elif tag == _SHEET_FORMAT:
            given = dict(zip(attrs[::2], attrs[1::2], strict=True))
            sheet.hidden_by_default = _true(given.get("zeroHeight"))

    def no_dtd(*_: object) -> None:  # no part of an .xlsx has one; entities could expand
        raise VtrackError(f"{path}：{name} 含有 DTD（<!DOCTYPE>），正常的 .xlsx 文件没有："
                          "未导入，请检查这个文件")

    parser.StartElementHandler = first
    parser.StartDoctypeDeclHandler = no_dtd
    with archive.open(part) as stream:
        try:
            while chunk := stream.read(1 << 20):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError:
            if count:
                raise  # XML that breaks off: openpyxl would stop there too; refused whole
            return None, 0
    return (sheet if is_sheet else None), count


def _row_number(r: str) -> int:
    """A row's r attribute as openpyxl reads it (5, or 5.0)."""
    try:
        return int(r)
    except ValueError:
        number = float(r)
        if not number.is_integer():
            raise
        return int(number)


def _height(ht: str | None) -> float | None:
    try:
        return float(ht) if ht is not None else None
    except ValueError:
        return None


def _true(value: str | None) -> bool:
    return value is not None and value.strip().lower() in ("1", "true")


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB"


def _over(path: str, what: str, limit: str) -> VtrackError:
    return VtrackError(f"{path}：{what}，超过上限 {limit}：未导入（正常的台账远在上限之内），"
                       "请检查这个文件")


def _date(value: object, as_of: datetime.date) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        from ..days import parse_date
        return parse_date(value.strip(), year=as_of.year)
    return None
