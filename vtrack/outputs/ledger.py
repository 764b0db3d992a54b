"""The 任务台账 workbook: sent to departments as Excel, read back when they return it.

One sheet per plan: a 台账 is kept per plan, its title heads the sheet, and a department
that owns tasks of three plans gets three sheets it can print and file apart. Each sheet:
the plan's title, a line on who it is for and when, the header (frozen, repeated on every
printed page), then a row per task — 序号, 任务, 牵头单位, 责任单位, 完成时限 (an Excel date),
灯 (the light as a fill), 状态 (a drop-down), 进展情况, 是否办结, 办结日期, 调整原因 — and two
hidden columns the import reads back: the task id and a check code of what was sent.

Reading it back trusts the sheet only for what a department is asked to fill in: progress
(a note), 是否办结/办结日期 (done), 状态, and a new 完成时限 with its reason (a postpone). Rows
whose id vtrack does not know, whose task has moved to another department, or whose task
text or owners were edited are reported and skipped.
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

FORMAT = "vtrack-台账 1"
META_SHEET = "vtrack"
# the 状态 drop-down's words, and the status each reads back as
STATUS_WORDS = {s.zh: s for s in Status}
COLUMNS = ("序号", "任务", "牵头单位", "责任单位", "完成时限", "灯", "状态", "进展情况", "是否办结",
           "办结日期", "调整原因", "编号", "核对码")
WIDTHS = {"序号": 6, "计划": 20, "任务": 48, "牵头单位": 16, "责任单位": 24, "完成时限": 12,
          "灯": 5, "状态": 9, "进展情况": 36, "是否办结": 9, "办结日期": 12, "调整原因": 20,
          "编号": 18, "核对码": 14}
_WRAPPED = ("计划", "任务", "牵头单位", "责任单位", "进展情况", "调整原因")
MAX_PLAN_SHEETS = 12  # more plans than this: one sheet with a 计划 column
HEADER_ROW = 3


def check_code(task_text: object, lead: object, owners: object) -> str:
    """What was sent for a task, in a dozen characters: an edit to it shows."""
    sent = "\n".join(_plain(v) for v in (task_text, lead, owners))
    return hashlib.sha256(sent.encode("utf-8")).hexdigest()[:12]


def _plain(value: object) -> str:
    return re.sub(r"\s+", "", "" if value is None else str(value))


def _leads(task: Task) -> str:
    return "、".join(task.effective_lead)


def _others(task: Task) -> str:
    lead = task.effective_lead
    return "、".join(o for o in task.owners if o not in lead) + ("等" if task.others else "")


# -- export -------------------------------------------------------------------------------------

def workbook(store: Store, tasks: Sequence[Task], as_of: datetime.date,
             dept: str | None = None) -> bytes:
    """The 台账 of tasks as the bytes of an .xlsx file.

    Written with XlsxWriter, read back with openpyxl: openpyxl spent about 3 s of a 10k-task
    export on its per-cell machinery; XlsxWriter writes the same sheet in a third of that."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
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
        meta.write(row, 0, key)
        meta.write(row, 1, value)
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


def _row(task: Task, columns: Sequence[str], plan_title: str | None) -> list[object]:
    due = task.due if task.due else (task.due_text or ("持续实施" if task.ongoing else ""))
    text = task.text or task.title
    values = {"序号": task.seq, "计划": plan_title, "任务": text,
              "牵头单位": _leads(task), "责任单位": _others(task), "完成时限": due,
              "灯": task.light.zh if task.light else "",
              "状态": Status(task.status).zh, "进展情况": "",
              "是否办结": "是" if task.status == Status.DONE else None,  # filled in by them
              "办结日期": task.done_on, "调整原因": "", "编号": task.id,
              "核对码": check_code(text, _leads(task), _others(task))}
    return [values[name] for name in columns]


def _sheet(book: Any, name: str, title: str, doc_no: str | None, tasks: Sequence[Task],
           columns: Sequence[str], formats: dict[str, Any], as_of: datetime.date,
           dept: str | None, yellow_days: int, plan_titles: dict[str, str] | None = None) -> None:
    """One sheet of tasks; plan_titles: for a sheet of many plans, each plan's title."""
    rows = [_row(task, columns, plan_titles.get(task.plan) if plan_titles else None)
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
    sheet.merge_range(0, 0, 0, visible_end, title, formats["标题"])
    sheet.set_row(0, 24)
    sheet.merge_range(1, 0, 1, visible_end, "　".join(filter(None, [
        f"文号：{doc_no}" if doc_no else None,
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
        if column in ("序号", "完成时限", "灯", "状态", "是否办结", "办结日期"):
            options["align"] = "center"
        if column in ("完成时限", "办结日期"):
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
        book, meta = _open(path)
        try:
            _read_book(returned, book, meta, path, store, as_of)
        except VtrackError:
            raise
        except Exception as e:  # noqa: BLE001 - read-only sheets are parsed as they are read
            raise _unreadable(path, e) from None
        finally:
            book.close()  # a read-only book holds its file open until closed
    return returned


def _read_book(returned: Returned, book: Any, meta: dict[str, Any], path: str, store: Store,
               as_of: datetime.date) -> None:
    dept = meta.get("department") or None
    for sheet in book.worksheets:
        if sheet.title == META_SHEET:
            continue
        rows = sheet.iter_rows(min_row=HEADER_ROW, values_only=True)
        header = list(next(rows, ()))
        if "编号" not in header:
            continue
        at = {name: header.index(name) for name in COLUMNS if name in header}
        for number, values in enumerate(rows, start=HEADER_ROW + 1):
            task_id = _plain(values[at["编号"]]) if at["编号"] < len(values) else ""
            if not task_id:
                continue
            place = (os.path.basename(str(path)), sheet.title, number)
            _read_row(returned, store, place, task_id, values, at, dept, as_of)


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
        meta = {str(r[0]): r[1] for r in book[META_SHEET].iter_rows(values_only=True)
                if r and r[0] and len(r) > 1}
    except Exception as e:  # noqa: BLE001 - as above: the sheet is parsed as it is read
        book.close()
        raise _unreadable(path, e) from None
    if meta.get("format") != FORMAT:
        book.close()
        raise VtrackError(f"{path}：是另一版本的台账（{meta.get('format')}）：请重新导出")
    return book, meta


def _unreadable(path: str, error: Exception) -> VtrackError:
    return VtrackError(f"{path}：不是可读的 .xlsx 文件（{type(error).__name__}）：请用 Excel "
                       "或 LibreOffice 打开后重新保存")


def _read_row(returned: Returned, store: Store, place: Place, task_id: str,
              values: Sequence[object], at: dict[str, int], dept: str | None,
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
    if dept and dept not in {r.department for r in task.roles}:
        return skip(f"任务已不属于{dept}（现由{'、'.join(task.owners)}负责）")
    if check_code(cell("任务"), cell("牵头单位"), cell("责任单位")) != _plain(cell("核对码")):
        return skip("任务内容或责任单位被改动：未导入，请核对后与督办人员联系")
    request = Request(place, dept or "台账", as_of)
    request.progress = str(cell("进展情况")).strip() if _plain(cell("进展情况")) else None
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


def _date(value: object, as_of: datetime.date) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        from ..days import parse_date
        return parse_date(value.strip(), year=as_of.year)
    return None
