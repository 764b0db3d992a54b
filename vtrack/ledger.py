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
import datetime
import hashlib
import io
import math
import os
import re
from dataclasses import dataclass, field

from . import changes, render
from .errors import VtrackError
from .lights import FILLS, NAMES as LIGHT_NAMES

FORMAT = "vtrack-台账 1"
META_SHEET = "vtrack"
STATUS_WORDS = {"待办": "open", "推进中": "in_progress", "已完成": "done", "已取消": "cancelled"}
COLUMNS = ("序号", "任务", "牵头单位", "责任单位", "完成时限", "灯", "状态", "进展情况", "是否办结",
           "办结日期", "调整原因", "编号", "核对码")
WIDTHS = {"序号": 6, "计划": 20, "任务": 48, "牵头单位": 16, "责任单位": 24, "完成时限": 12, "灯": 5, "状态": 9,
          "进展情况": 36, "是否办结": 9, "办结日期": 12, "调整原因": 20, "编号": 18, "核对码": 14}
_WRAPPED = ("计划", "任务", "牵头单位", "责任单位", "进展情况", "调整原因")
MAX_PLAN_SHEETS = 12  # more plans than this: one sheet with a 计划 column
HEADER_ROW = 3


def check_code(task_text, lead, owners):
    """What was sent for a task, in a dozen characters: an edit to it shows."""
    sent = "\n".join(_plain(v) for v in (task_text, lead, owners))
    return hashlib.sha256(sent.encode("utf-8")).hexdigest()[:12]


def _plain(value):
    return re.sub(r"\s+", "", "" if value is None else str(value))


def _leads(task):
    return "、".join(task["lead"])


def _others(task):
    return "、".join(o for o in task["owners"] if o not in task["lead"]) + \
        ("等" if task.get("others") else "")


# -- export -------------------------------------------------------------------------------------

def workbook(store, tasks, as_of, dept=None):
    """The 台账 of tasks as the bytes of an .xlsx file."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    # write-only: rows stream to the file as they are made, several times faster at 10k
    book = Workbook(write_only=True)
    plans = {row["id"]: row for row in store.plans()}
    by_plan = {}
    for task in tasks:
        by_plan.setdefault(task["plan"], []).append(store.judge(task, as_of))
    thin = Side(style="thin", color="999999")
    styles = _named_styles(book, Border(left=thin, right=thin, top=thin, bottom=thin))
    if len(by_plan) <= MAX_PLAN_SHEETS:
        for plan_id, plan_tasks in by_plan.items():
            plan = plans.get(plan_id, {"title": plan_id, "doc_no": None})
            _sheet(book, plan_id[:31], plan["title"], plan.get("doc_no"), plan_tasks, COLUMNS,
                   styles, as_of, dept, store.yellow_days)
    elif by_plan:
        # tasks of many plans: one sheet with a plan column, not hundreds of sheets
        for task in tasks:
            task["plan_title"] = plans.get(task["plan"], {}).get("title") or task["plan"]
        _sheet(book, "台账", f"任务台账（{len(by_plan)} 个计划）", None, tasks,
               COLUMNS[:1] + ("计划",) + COLUMNS[1:], styles, as_of, dept, store.yellow_days)
    if not by_plan:
        book.create_sheet("台账").append(["没有符合条件的任务。"])
    meta = book.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for pair in (("format", FORMAT), ("department", dept or ""), ("as_of", as_of.isoformat()),
                 ("yellow_days", store.yellow_days)):
        meta.append(list(pair))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _row(task, columns):
    due = task["due"] if task["due"] else (task.get("due_text") or
                                           ("持续实施" if task["ongoing"] else ""))
    text = task["text"] or task["title"]
    values = {"序号": task["seq"], "计划": task.get("plan_title"), "任务": text,
              "牵头单位": _leads(task), "责任单位": _others(task), "完成时限": due,
              "灯": LIGHT_NAMES.get(task["light"], ""),
              "状态": render.STATUS_NAMES.get(task["status"], task["status"]), "进展情况": "",
              "是否办结": "是" if task["status"] == "done" else None,  # filled in by them
              "办结日期": task["done_on"], "调整原因": "", "编号": task["id"],
              "核对码": check_code(text, _leads(task), _others(task))}
    return [values[name] for name in columns]


def _sheet(book, name, title, doc_no, tasks, columns, styles, as_of, dept, yellow_days):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    class Styled(Cell):
        """A cell with a cheap repr: openpyxl's write-only sheet formats one into an error
        message it then discards, for every styled cell it writes."""
        __slots__ = ()

        def __repr__(self):
            return "cell"
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = [_row(task, columns) for task in tasks]
    sheet = book.create_sheet(name)
    letter = {column: get_column_letter(k) for k, column in enumerate(columns, start=1)}
    for k, name in enumerate(columns):
        dimension = sheet.column_dimensions[letter[name]]
        dimension.width = _width(name, (row[k] for row in rows))
        dimension.hidden = name in ("编号", "核对码")
    first, last = HEADER_ROW + 1, HEADER_ROW + max(1, len(rows))
    sheet.freeze_panes = f"A{first}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{letter[columns[-1]]}{last}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    visible_end = letter[columns[-3]]
    sheet.merged_cells.add(f"A1:{visible_end}1")
    sheet.merged_cells.add(f"A2:{visible_end}2")
    for name, validation in (
            ("状态", DataValidation(type="list", formula1='"' + ",".join(STATUS_WORDS) + '"',
                                   allow_blank=True, showErrorMessage=True, errorTitle="状态",
                                   error="请从列表中选择：待办、推进中、已完成、已取消")),
            ("是否办结", DataValidation(type="list", formula1='"是,否"', allow_blank=True)),
            ("办结日期", DataValidation(type="date", operator="greaterThan", formula1="36526",
                                     allow_blank=True, showErrorMessage=True, errorTitle="日期",
                                     error="请填写日期，如 2026-12-31"))):
        validation.add(f"{letter[name]}{first}:{letter[name]}{last}")
        sheet.data_validations.append(validation)

    # the grid of the blank cells a department fills in, drawn by one rule over the table
    # instead of a styled cell each (a third of an export's cells)
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Border, Side
    thin = Side(style="thin", color="999999")
    sheet.conditional_formatting.add(
        f"A{first}:{letter[columns[-1]]}{last}",
        FormulaRule(formula=["TRUE"], border=Border(left=thin, right=thin, top=thin, bottom=thin)))
    prototypes = {}

    def cell(value, style):
        made = Styled(sheet, row=1, column=1, value=value)
        # a styled cell's style array: looking a named style up for each of 10k rows' cells
        # cost a second
        if style not in prototypes:
            prototypes[style] = WriteOnlyCell(sheet)
            prototypes[style].style = style
        made._style = prototypes[style]._style  # shared: write-only cells are never changed
        return made

    sheet.append([cell(title, "台账-标题")])
    sheet.append([cell("　".join(filter(None, [
        f"文号：{doc_no}" if doc_no else None,
        f"责任单位：{dept}" if dept else None, f"截至：{as_of}",
        f"红灯：已逾期　黄灯：{yellow_days}天内到期　绿灯：正常推进"])), "台账-说明")])
    sheet.append([cell(column, "台账-表头") for column in columns])
    sheet.row_dimensions[HEADER_ROW].height = 20
    light_at = columns.index("灯")
    wrapped = [(n, columns.index(n)) for n in _WRAPPED if n in columns]
    for number, (task, values) in enumerate(zip(tasks, rows), start=first):
        # wrapped text shows only in a row tall enough for it: Excel and LibreOffice do not
        # grow rows that a file gives no height
        lines = max(_lines(values[at], WIDTHS[n]) for n, at in wrapped)
        sheet.row_dimensions[number].height = 15 * max(1, lines)
        # blank cells are not written: the rule below gives them their borders
        made = [cell(value, styles[column]) if value not in (None, "") else None
                for column, value in zip(columns, values)]
        if task["light"]:
            made[light_at] = cell(values[light_at], f"台账-{task['light']}")
        sheet.append(made)


def _named_styles(book, border):
    """column name -> the name of its cells' style, registered once in the book."""
    from openpyxl.styles import Alignment, NamedStyle, PatternFill

    def register(name, wrap=False, centre=False, date=False, fill=None):
        style = NamedStyle(name=name, border=border, alignment=Alignment(
            vertical="top", wrap_text=wrap, horizontal="center" if centre else None))
        if date:
            style.number_format = "yyyy-mm-dd"
        if fill:
            style.fill = PatternFill("solid", fgColor=fill)
        book.add_named_style(style)
        return name

    from openpyxl.styles import Font
    for name, font, fill, centre in (("台账-标题", Font(size=14, bold=True), None, True),
                                     ("台账-说明", Font(size=10), None, False),
                                     ("台账-表头", Font(bold=True), "DDEBF7", True)):
        style = NamedStyle(name=name, font=font, alignment=Alignment(
            horizontal="center" if centre else None, vertical="center", wrap_text=True))
        if fill:
            style.fill = PatternFill("solid", fgColor=fill)
            style.border = border
        book.add_named_style(style)
    out = {}
    for column in ("计划",) + COLUMNS:
        out[column] = register(
            f"台账-{column}", wrap=column in _WRAPPED,
            centre=column in ("序号", "灯", "状态", "是否办结"),
            date=column in ("完成时限", "办结日期"))
    for light_name, fill in FILLS.items():
        register(f"台账-{light_name}", centre=True, fill=fill)
    return out


def _width(name, values):
    """A column as wide as its Chinese text needs (two units a character), within bounds."""
    if name in _WRAPPED:
        return WIDTHS[name]
    widest = 0
    for value in values:
        text = "" if value is None else str(value)
        if 2 * len(text) > widest:  # a character is at most two wide: measure only then
            widest = max(widest, render.display_width(text))
    return max(WIDTHS[name], min(widest + 2, 40))


def _lines(value, width):
    """How many lines a wrapped cell of this column width takes."""
    text = "" if value is None else str(value)
    if 2 * len(text) <= width - 3:
        return 1
    return math.ceil(render.display_width(text) / (width - 3) + 0.3)


def write_all(store, tasks_of, departments, as_of, out_dir):
    """A workbook per department in out_dir, named as the digest names its files."""
    from .digest import safe_filename
    from .records import write_atomic
    os.makedirs(out_dir, exist_ok=True)
    used, paths = set(), []
    for dept in departments:
        path = os.path.join(out_dir, f"{safe_filename(dept, used)}.xlsx")
        write_atomic(path, workbook(store, tasks_of(dept), as_of, dept=dept))
        paths.append(path)
    return paths


# -- import -------------------------------------------------------------------------------------

@dataclass
class Request:
    """What one row asks of its task, before it is checked against the task as it is."""
    place: tuple  # (file name, sheet, row)
    by: str  # the department the workbook went to, or 台账
    on: object  # the day of the import: the notes' date
    progress: str | None = None
    done_on: object = None  # datetime.date: 办结 on that day
    status: str | None = None
    new_due: object = None
    reason: str | None = None


@dataclass
class Returned:
    """What returned workbooks ask for, and the rows skipped with the reason."""
    requests: dict = field(default_factory=dict)  # task id -> [Request]
    skipped: list = field(default_factory=list)  # (file, sheet, row, task id, why)


def read_returned(paths, store, as_of):
    """The requests of the returned workbooks, each row checked against what was sent."""
    returned = Returned()
    for path in paths:
        book, meta = _open(path)
        dept = meta.get("department") or None
        for sheet in book.worksheets:
            if sheet.title == META_SHEET:
                continue
            header = [c.value for c in sheet[HEADER_ROW]] if sheet.max_row >= HEADER_ROW else []
            if "编号" not in header:
                continue
            at = {name: header.index(name) for name in COLUMNS if name in header}
            for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
                values = [c.value for c in row]
                task_id = _plain(values[at["编号"]]) if at["编号"] < len(values) else ""
                if not task_id:
                    continue
                place = (os.path.basename(str(path)), sheet.title, row[0].row)
                _read_row(returned, store, place, task_id, values, at, dept, as_of)
    return returned


def _open(path):
    import openpyxl
    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise VtrackError(f"{path}: no such file") from None
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise VtrackError(f"{path}: not a readable .xlsx ({type(e).__name__}): open it in "
                          "Excel or LibreOffice and save it again") from None
    if META_SHEET not in book.sheetnames:
        raise VtrackError(f"{path}: not a 台账 exported by vtrack (its hidden sheet "
                          f"{META_SHEET!r} is missing): export one with `vtrack export`")
    meta = {str(r[0].value): r[1].value for r in book[META_SHEET].iter_rows() if r[0].value}
    if meta.get("format") != FORMAT:
        raise VtrackError(f"{path}: a 台账 of another version ({meta.get('format')}): export "
                          "it again")
    return book, meta


def _read_row(returned, store, place, task_id, values, at, dept, as_of):
    def cell(name):
        k = at.get(name)
        return values[k] if k is not None and k < len(values) else None

    def skip(why):
        returned.skipped.append((*place, task_id, why))

    try:
        task = store.task(task_id)
    except VtrackError:
        return skip("编号不存在：vtrack 没有发出过这项任务")
    if dept and dept not in {r["department"] for r in task["roles"]}:
        return skip(f"任务已不属于{dept}（现由{'、'.join(task['owners'])}负责）")
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
    if request.new_due and request.new_due != task["due"] and not request.reason:
        skip(f"完成时限改为 {request.new_due}，但没有写调整原因：这一项未延期")
        request.new_due = None
    returned.requests.setdefault(task_id, []).append(request)


def change_for(task, requests):
    """The change the requests make to task as it is now: nothing for what is done already,
    so that importing the same workbook twice changes nothing the second time."""
    parts, said = [], []
    for request in requests:
        if request.progress and not any(n.get("text") == request.progress and
                                        n.get("by") == request.by for n in task["notes"]):
            parts.append(changes.note(task, request.progress, request.on, request.by))
            said.append(f"进展：{request.progress}")
        if request.done_on and task["status"] != "done":
            parts.append(changes.set_status(task, "done", request.done_on))
            said.append(f"办结（{request.done_on}）")
        elif request.status and request.status not in (task["status"], "done") and \
                not request.done_on:
            parts.append(changes.set_status(task, request.status))
            said.append(f"状态改为{render.STATUS_NAMES[request.status]}")
        if request.new_due and request.new_due != task["due"]:
            change = changes.postpone(task, request.new_due)
            change.why = f"{request.reason}（{request.by}）"
            parts.append(change)
            said.append(f"延期至 {request.new_due}（{request.reason}）")
    change = changes.combine(task["id"], parts)
    return change, "；".join(said)


def _date(value, as_of):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        from .days import parse_date
        return parse_date(value.strip(), year=as_of.year)
    return None
