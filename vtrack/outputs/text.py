"""Turning records into text: tables, JSON, CSV and Markdown, one path for every listing."""
from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..model import JSON_KEYS, Conflict, Status, Task, plain_value, repeat_zh

if TYPE_CHECKING:
    from ..deadlines import Reading

FORMATS = ("table", "json", "csv", "markdown")

# The order of keys in JSON, as in tasks.yaml, then what vtrack works out; beside the owners
# as written, the departments they are, in the same order (市教育局 of a 鄂州市 plan is
# 鄂州市教育局, as workload and export name it), so a script can join the two.
_OWNERS_AT = JSON_KEYS.index("owners") + 1
TASK_KEYS = JSON_KEYS[:_OWNERS_AT] + ("departments",) + JSON_KEYS[_OWNERS_AT:]

# C0/C1 controls (ESC among them) would let task text move the cursor or recolour a terminal
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


class Column:
    """One column of a listing: a header, how to get its text, and how wide it may be: cut
    to width, or, for text that must be read whole, wrapped onto more lines at wrap."""

    def __init__(self, header: str, get: Callable[[Any], object], width: int | None = None,
                 align: Literal["left", "right"] = "left", wrap: int | None = None,
                 drop: int = 0) -> None:
        self.header = header
        self.get = get
        self.width = width
        self.align = align
        self.wrap = wrap
        # on a narrow terminal: columns with a drop are left out, the highest first, when
        # narrowing the text columns (those with a width or a wrap) is not enough
        self.drop = drop


def owners_text(task: Task) -> str:
    return "、".join(task.owners)


def date_text(value: object) -> str:
    return str(value) if value else ""  # a date, or an ISO string read back from JSON


def is_late(task: Task) -> bool:
    """Past its date as of the day it was judged for."""
    return task.days_overdue is not None and task.days_overdue > 0


def _days_overdue(task: Task) -> int | str:
    return task.days_overdue if task.days_overdue is not None and task.days_overdue > 0 else ""


TASK_COLUMNS: dict[str, Column] = {
    # on a narrow terminal the light goes first (a late row is red), then the days late (the
    # date says it)
    "light": Column("灯", lambda t: t.light.zh if t.light else "", drop=2),
    "id": Column("编号", lambda t: t.id),
    "status": Column("状态", lambda t: Status(t.status).zh),
    "due": Column("截止日期", lambda t: date_text(t.due) or ("持续" if t.ongoing else "")),
    "days_overdue": Column("逾期天数", _days_overdue, align="right", drop=1),
    "owners": Column("责任单位", owners_text, width=30),
    "title": Column("任务", lambda t: t.title, width=40),
    # read whole: it says what to check
    "review": Column("复核原因", lambda t: review_text(t), wrap=36),
}


def review_text(task: Task) -> str:
    """Why a person should review the task: its reasons, or 是 where the record keeps none."""
    return task.review_reason or ("是（未记原因）" if task.review else "")


def task_json(task: Task) -> dict[str, object]:
    """A task as JSON and CSV give it: the keys of JSON_KEYS, the lead that counts, the parts
    (milestones, notes, log) as plain records."""
    record: dict[str, object] = {key: getattr(task, key) for key in JSON_KEYS}
    record["departments"] = [role.department for role in task.roles]
    record = {key: record[key] for key in TASK_KEYS}  # departments beside the owners
    record["lead"] = task.effective_lead
    record["status"] = str(task.status)
    record["light"] = None if task.light is None else str(task.light)
    record["milestones"] = [m.as_dict() for m in task.milestones]
    record["notes"] = [n.as_dict() for n in task.notes]
    record["log"] = [e.as_dict() for e in task.log]
    record["conflicts"] = [c.as_dict() for c in task.conflicts]
    return record


def task_csv(task: Task) -> dict[str, object]:
    """A task as CSV gives it: task_json's record, its codes in the words a person reads in
    a spreadsheet, as the table prints them (推进中, 红)."""
    record = task_json(task)
    record["status"] = Status(task.status).zh
    record["light"] = task.light.zh if task.light else None
    record["review"] = review_text(task)
    return record


def to_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_json_default)


def _json_default(value: object) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


Styles = dict[tuple[int, int | None], str]


def tasks(rows: Sequence[Task], columns: Sequence[str], fmt: str, color: bool = False,
          width: int | None = None) -> str:
    """A listing of tasks in one of FORMATS; columns name entries of TASK_COLUMNS; a table
    fitted to width terminal columns when given."""
    if fmt == "json":
        return to_json([task_json(task) for task in rows])
    if fmt == "csv":
        return _csv([task_csv(task) for task in rows], TASK_KEYS)
    styles: Styles = {}
    if color:
        for i, task in enumerate(rows):
            if task.light and "light" in columns:  # the light's word in its colour
                styles[i, columns.index("light")] = str(task.light)
            if is_late(task):  # a late row in red
                styles.setdefault((i, None), "red")
    return listing([[TASK_COLUMNS[c].get(t) for c in columns] for t in rows],
                   [TASK_COLUMNS[c] for c in columns], fmt, styles=styles, width=width)


def listing(rows: Iterable[Sequence[object]], columns: Sequence[Column], fmt: str,
            styles: Styles | None = None, width: int | None = None) -> str:
    """rows (lists of cell values) as a terminal table or Markdown, cut to column widths;
    a table no wider than width terminal columns when given (a terminal's width: Markdown
    and piped output stay whole).

    styles: {(row, column): colour} for single cells, {(row, None): colour} for a row."""
    if width is not None and fmt != "markdown":
        rows = [list(row) for row in rows]
        columns, kept = fit(rows, columns, width)
        rows = [[row[k] for k in kept] for row in rows]
        if styles:
            at = {k: j for j, k in enumerate(kept)}
            styles = {(i, None if k is None else at[k]): colour
                      for (i, k), colour in styles.items() if k is None or k in at}
    headers = [c.header for c in columns]
    cells = [[_cell(value, column.width, fmt)
              for value, column in zip(row, columns, strict=True)] for row in rows]
    # each row as the lines it takes (one, unless long cells wrap), each line keeping the
    # number of its row: a row's colour goes on all its lines and on no other row's
    wraps = fmt != "markdown" and any(c.wrap for c in columns)
    lines = [(i, line) for i, row in enumerate(cells)
             for line in (_wrapped(row, columns) if wraps else [row])]
    if styles:
        lines = [(i, [style(c, fg=styles.get((i, j)) or styles.get((i, None))) if c and (
            (i, j) in styles or (i, None) in styles) else c for j, c in enumerate(line)])
            for i, line in lines]
    return table([line for _, line in lines], headers, [c.align for c in columns],
                 fmt == "markdown")


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_COLOURS = {"red": 31, "green": 32, "yellow": 33}


def style(text: str, fg: str | None = None, bold: bool = False) -> str:
    """text in a terminal colour, as click.style writes it (click stays in the CLI)."""
    codes = (f"\x1b[{_COLOURS[fg]}m" if fg else "") + ("\x1b[1m" if bold else "")
    return f"{codes}{text}\x1b[0m"


def table(cells: Sequence[Sequence[str]], headers: Sequence[str], align: Sequence[str],
          markdown: bool = False) -> str:
    """Cells under headers, lined up by display width: tabulate's "simple" layout, or its
    "pipe" (Markdown) one. Written here because importing tabulate took 60 ms of every
    warm `vtrack due`; a test holds the two to the same bytes."""
    def width(text: str) -> int:
        return display_width(_ANSI.sub("", text) if "\x1b" in text else text)

    widths = [max([width(h) + 2] + [width(row[k]) for row in cells])
              for k, h in enumerate(headers)]
    # (headers of an empty table stand to the left, as tabulate puts them)
    aligned = align if cells else ["left"] * len(align)

    def line(values: Sequence[str]) -> str:
        padded = []
        for text, w, how in zip(values, widths, aligned, strict=False):
            gap = " " * (w - width(text))
            padded.append(gap + text if how == "right" else text + gap)
        return "| " + " | ".join(padded) + " |" if markdown else "  ".join(padded).rstrip()

    if markdown and not cells:
        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    elif markdown:
        rule = "|" + "|".join("-" * (w + 1) + ":" if how == "right" else ":" + "-" * (w + 1)
                              for w, how in zip(widths, align, strict=False)) + "|"
    else:
        rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule] + [line(row) for row in cells])


def _wrapped(row: Sequence[str], columns: Sequence[Column]) -> list[list[str]]:
    """One row as the lines it takes when its long cells wrap: the first line holds every
    cell's start, the next ones the rest of the wrapped cells."""
    pieces = [wrap(text, c.wrap) if c.wrap else [text]
              for text, c in zip(row, columns, strict=True)]
    height = max(len(p) for p in pieces)
    return [[p[k] if k < len(p) else "" for p in pieces] for k in range(height)]


def fit(rows: Sequence[Sequence[object]], columns: Sequence[Column],
        limit: int) -> tuple[list[Column], list[int]]:
    """The columns of a table made to fit limit terminal columns: the text columns (a width
    or a wrap) narrowed, the widest first, down to READABLE_TEXT_WIDTH (a cut column is cut
    shorter, a wrapped one wraps sooner); when that is not enough, the columns with a drop
    left out, the highest first; with none left to drop, the text columns narrowed further,
    down to MIN_TEXT_WIDTH. Returns the columns and the indices of those kept."""
    natural = []
    for k, column in enumerate(columns):
        widest = max((display_width(_cell(row[k], None, "table")) for row in rows), default=0)
        bound = column.wrap or column.width
        natural.append(max(display_width(column.header) + 2,
                           min(widest, bound) if bound else widest))
    floor = [max(display_width(c.header) + 2, MIN_TEXT_WIDTH) for c in columns]
    # (a droppable column goes before a text column is cut below what reads: 加快新型… says
    # less than the red row says without its light)
    readable = [max(f, READABLE_TEXT_WIDTH) for f in floor]
    kept = list(range(len(columns)))
    narrowed: dict[int, int] = {}
    while True:
        over = sum(natural[k] for k in kept) + 2 * (len(kept) - 1) - limit
        text = [k for k in kept if columns[k].wrap or columns[k].width]
        room = sum(max(0, natural[k] - readable[k]) for k in text)
        droppable = [k for k in kept if columns[k].drop]
        if over <= 0:
            break
        if room >= over or not droppable:
            widths = {k: natural[k] for k in text}
            while over > 0 and text:
                k = max(text, key=lambda k: (widths[k] > floor[k], widths[k]))
                if widths[k] <= floor[k]:
                    break  # narrower than this is unreadable: the table stays too wide
                widths[k] -= 1
                over -= 1
            narrowed = {k: w for k, w in widths.items() if w < natural[k]}
            break
        kept.remove(max(droppable, key=lambda k: (columns[k].drop, k)))
    fitted = []
    for k in kept:
        column = columns[k]
        if k in narrowed:
            w = narrowed[k]
            column = Column(column.header, column.get, None if column.wrap else w,
                            column.align, w if column.wrap else None)
        fitted.append(column)
    return fitted, kept


MIN_TEXT_WIDTH = 8  # four Chinese characters: a text column is not narrowed below this
READABLE_TEXT_WIDTH = 16  # eight: narrower than this only once no column is left to drop

_BREAK_AFTER = "、，；,; ）)》”"


def wrap(text: str, width: int) -> list[str]:
    """text broken into lines of at most width terminal columns, after a 、 or ， where one
    stands in the second half of the line (a unit's name kept whole), else at the last place
    Chinese text may break: not inside an ASCII word (an id), not before a closing mark or
    after an opening one; never with a hyphen."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for ch in text:
        w = _char_width(ch)
        if used + w > width and line:
            after = line + [ch]
            at = max((k for k, c in enumerate(line) if c in _BREAK_AFTER
                      and _may_break(after, k + 1)), default=-1)
            if at + 1 >= len(line) // 2 and at + 1 < len(line):
                at += 1
            else:
                at = next((k for k in range(len(line), 0, -1) if _may_break(after, k)),
                          len(line))
            lines.append("".join(line[:at]))
            line = line[at:]
            used = display_width("".join(line))
        line.append(ch)
        used += w
    lines.append("".join(line))
    return lines


# where a line may not start (closing marks) or end (opening marks), as Chinese typesetting
# has it: the mark goes with the character before it, or after it
_NO_START = frozenset("，。、；：！？）》」』】〕〉”’…—％,.;:!?)]}%")
_NO_END = frozenset("（《「『【〔〈“‘([{")
# a word of ASCII letters, digits and marks (vtrack, --dept, 2022-09-01, tasks.yaml), one other
# character, or a run of spaces
_TOKENS = re.compile(r"\s+|[!-~]+|.", re.S)


def fold(text: str, width: int) -> list[str]:
    """text in lines of at most width terminal columns, broken as Chinese text is: between
    two Chinese characters or at a space, never inside an ASCII word (one longer than a line
    is cut), never with a closing mark (，。）；：) first on a line or an opening one last."""
    units: list[tuple[str, bool]] = []  # (text never broken, a space before it)
    space = False
    for token in _TOKENS.findall(text):
        if token.isspace():
            space = True
            continue
        if units and not space and (token[0] in _NO_START or units[-1][0][-1] in _NO_END):
            units[-1] = (units[-1][0] + token, units[-1][1])
        else:
            units.append((token, space))
        space = False
    lines: list[str] = []
    line, used = "", 0
    for unit, spaced in units:
        w = display_width(unit)
        gap = 1 if spaced and line else 0
        if line and used + gap + w > width:
            lines.append(line)
            line, used, gap = "", 0, 0
        if w > width:  # a word longer than a line: on lines of its own, cut where it must be
            if line:
                lines.append(line)
            *whole, line = wrap(unit, width)
            lines.extend(whole)
            used = display_width(line)
            continue
        line += " " * gap + unit
        used += gap + w
    if line or not lines:
        lines.append(line)
    return lines


def _may_break(chars: Sequence[str], k: int) -> bool:
    """Whether a line may end between chars[k - 1] and chars[k]."""
    before, after = chars[k - 1], chars[k]
    return not (after in _NO_START or before in _NO_END
                or ("!" <= before <= "~" and "!" <= after <= "~"))


def _cell(value: object, width: int | None, fmt: str) -> str:
    text = "" if value is None else clean(str(value))
    if width is not None:
        text = cut(text, width)
    if fmt == "markdown":
        text = text.replace("|", "\\|")
    return text


def clean(text: str) -> str:
    """Text safe to print on a terminal: one line, no control characters."""
    return _CONTROL.sub(" ", text).strip()


# a character's terminal columns, by the Unicode East Asian width (two for wide and
# full-width, none for combining marks), looked up once per character: a regular expression of
# the wide ranges took 5 ms to compile, a tenth of a warm `vtrack due`
_WIDTHS: dict[str, int] = {}


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    known = _WIDTHS.get
    total = 0
    for ch in text:
        width = known(ch)
        total += _char_width(ch) if width is None else width
    return total


def _char_width(ch: str) -> int:
    width = _WIDTHS.get(ch)
    if width is None:
        width = _WIDTHS[ch] = 0 if unicodedata.combining(ch) else \
            2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def cut(text: str, width: int) -> str:
    """text cut to at most width terminal columns, ending in … when cut (never a hyphen)."""
    if display_width(text) <= width:
        return text
    used, out = 1, []  # the ellipsis takes one column
    for ch in text:
        w = _char_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


# in a CSV cell: control characters but the tab and the newline (a cell may hold lines) go;
# a lone CR would end the row for a spreadsheet although csv does not quote it
_CSV_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
# what a spreadsheet would take for a formula: = + - @, after any blanks; a cell that starts
# with a tab or a newline gets the apostrophe too
_FORMULA_START = ("=", "+", "-", "@")


# CSV is what a person opens in a spreadsheet: its headers in the data's language, as the
# tables print them; JSON, for scripts, keeps the keys
CSV_HEADERS = {
    # a task (TASK_KEYS)
    "id": "编号", "plan": "计划", "seq": "序号", "section": "分组", "title": "任务",
    "text": "内容", "owners": "责任单位", "departments": "责任单位全称", "lead": "牵头单位",
    "others": "另有其他单位", "due": "截止日期", "due_original": "原定截止",
    "due_text": "期限原文", "ongoing": "持续实施", "repeat": "重复", "milestones": "节点",
    "status": "状态", "done_on": "办结日期", "review": "需人工复核", "notes": "备注",
    "log": "记录", "conflicts": "合并冲突", "days_overdue": "逾期天数", "light": "灯",
    # a department's workload (WORKLOAD_KEYS)
    "department": "部门", "tasks": "任务", "co": "配合", "open": "未完成", "overdue": "逾期",
    "due_30d": "30天内到期", "done": "已完成", "done_on_time": "按时完成",
    "done_rate": "办结率", "on_time_rate": "按时办结率", "red": "红灯", "yellow": "黄灯",
    "green": "绿灯", "placeholder": "泛指单位",
    # a change (HISTORY_KEYS)
    "on": "日期", "task": "编号", "what": "变更", "why": "原因", "by": "操作人",
    "source": "来源",
}
CSV_HEADERS_WORKLOAD = {"lead": "牵头"}  # a department leads tasks: 牵头, not 牵头单位


def _csv(records: Iterable[Mapping[str, object]], keys: Sequence[str],
         headers: Mapping[str, str] | None = None) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    named = {**CSV_HEADERS, **(headers or {})}
    writer.writerow([named.get(key, key) for key in keys])
    for record in records:
        writer.writerow([_csv_cell(record.get(key)) for key in keys])
    return buffer.getvalue().rstrip("\n")


def _csv_cell(value: object) -> object:
    """One cell's text: no control characters, and a leading apostrophe on anything Excel or
    LibreOffice would run as a formula (DDE, HYPERLINK to exfiltrate), so it shows as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return value  # a number is written as digits: -3 days overdue is not a formula
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            # ； not 、: a name may hold a 、 (各区、县级市), never a ； outside brackets
            value = "；".join(value)
        else:
            value = to_json(value).replace("\n", "")
    text = _CSV_CONTROL.sub("", str(value))
    if text[:1] in ("\t", "\n") or text.lstrip()[:1] in _FORMULA_START:
        return "'" + text
    return text


def record(pairs: Sequence[tuple[str, object]], limit: int | None = None) -> str:
    """A 'label: value' block for one record, labels lined up by display width; on a
    terminal limit columns wide, a long value wraps in its own column, beside and under
    its label's space, and a list's items under the label."""
    width = max(display_width(label) for label, _ in pairs)
    lines = []

    def folded(text: str, indent: int) -> list[str]:
        if limit is None or limit - indent < MIN_TEXT_WIDTH:
            return [text]
        return fold(text, limit - indent)

    for label, value in pairs:
        if value == []:
            continue
        pad = " " * (width - display_width(label))
        if isinstance(value, list):
            lines.append(f"{label}{pad}")
            for item in value:
                first, *rest = folded(clean(str(item)), 4)
                lines += [f"  {first}"] + [f"    {more}" for more in rest]
        else:
            first, *rest = folded("" if value is None else clean(str(value)), width + 2)
            lines += [f"{label}{pad}  {first}".rstrip()]
            lines += [" " * (width + 2) + more for more in rest]
    return "\n".join(lines)


def due_report(overdue: Sequence[Task], upcoming: Sequence[Task], undated: int,
               as_of: datetime.date, within: int, fmt: str, color: bool = False,
               width: int | None = None) -> str:
    """`vtrack due` for people: the overdue, then the upcoming, then the undated count."""
    parts = []
    if overdue:
        heading = f"逾期 {len(overdue)} 项（截至 {as_of}）"
        if color:
            heading = style(heading, fg="red", bold=True)
        parts += [heading, tasks(overdue, ("light", "id", "due", "days_overdue", "owners",
                                           "title"), fmt, color, width)]
    else:
        parts.append(f"没有逾期任务（截至 {as_of}）。")
    if upcoming:
        parts += ["", f"{within} 天内到期 {len(upcoming)} 项",
                  tasks(upcoming, ("light", "id", "due", "owners", "title"), fmt, color,
                        width)]
    else:
        parts += ["", f"{within} 天内没有到期任务。"]
    if undated:
        parts += ["", f"另有 {undated} 项持续实施的任务没有固定期限，不计逾期。"]
    return "\n".join(parts)


def task_card(task: Task, width: int | None = None,
              reminded: Sequence[tuple[str, str]] = ()) -> str:
    """`vtrack show`: every field of one task, in the order of tasks.yaml; long text wrapped
    to width terminal columns when given. reminded: its 催办 (Store.reminders), counted."""
    roles = [f"{r.department}（{'牵头' if r.role == 'lead' else '配合'}）" for r in task.roles]
    due = date_text(task.due)
    if is_late(task) and task.is_open:
        due += f"（逾期 {task.days_overdue} 天）"
    pairs: list[tuple[str, object]] = [
        ("编号", task.id), ("计划", task.plan), ("序号", task.seq),
        ("分组", task.section), ("任务", task.title), ("内容", task.text),
        ("责任单位", "、".join(roles) + ("等" if task.others else "")), ("截止日期", due),
        ("原定截止", date_text(task.due_original)), ("期限原文", task.due_text),
        ("持续实施", "是" if task.ongoing else ""), ("重复", task.repeat),
        ("状态", Status(task.status).zh + (f"（{task.light.zh}灯）" if task.light else "")),
        ("办结日期", date_text(task.done_on)), ("需人工复核", review_text(task)),
        ("节点", [f"{date_text(m.due)} {m.text or ''}".strip() for m in task.milestones]),
        ("备注", [f"{n.on} {n.text}" for n in task.notes]),
        ("催办", f"已催办 {len(reminded)} 次（最近 {reminded[-1][0]}）" if reminded else None),
        ("记录", [f"{e.on} {e.what}" + (f"（{e.why}）" if e.why else "")
                + (f" — {e.by}" if e.by else "") for e in task.log]),
        ("合并冲突", [conflict_text(c) for c in task.conflicts]),
    ]
    return record([(label, value) for label, value in pairs if value not in (None, "", [])],
                  width)


def conflict_text(conflict: Conflict) -> str:
    """A merge's clash as people read it: the field, the value kept, the other side's."""
    def shown(value: object) -> str:
        value = plain_value(value)
        if value is None or value == [] or value is False:
            return "无"
        if isinstance(value, list):
            return "、".join(str(v) if not isinstance(v, dict) else
                            " ".join(str(x) for x in v.values()) for v in value)
        return str(value)
    return f"{conflict.field}：保留 {shown(conflict.ours)}，另一方为 {shown(conflict.theirs)}"


def reading_card(reading: Reading) -> str:
    """`vtrack when`: how a deadline phrase was read."""
    review = f"是：{reading.why}" if reading.review else "否"
    return record([
        ("截止日期", date_text(reading.due) or "无固定日期"),
        ("持续实施", "是" if reading.ongoing else "否"),
        ("重复", repeat_zh(reading.repeat) or "否"),
        ("节点", [f"{m['due']} {m['text']}" for m in reading.milestones]),
        ("需人工复核", review),
    ])


HISTORY_KEYS = ("on", "task", "what", "why", "by", "source")
_SOURCES = {"vtrack": "vtrack 命令", "note": "备注", "hand": "手工编辑", "remind": "催办"}
# a history entry (Store.history) is a record: its keys HISTORY_KEYS, and "zh", the change
# in the words people read
HISTORY_COLUMNS = [Column("日期", lambda e: e["on"]), Column("编号", lambda e: e["task"]),
                   Column("变更", lambda e: e["zh"], width=50),
                   Column("原因", lambda e: e["why"], width=24),
                   Column("操作人", lambda e: e["by"]),
                   Column("来源", lambda e: _SOURCES.get(e["source"], e["source"]))]


def history(entries: Sequence[Mapping[str, object]], fmt: str, width: int | None = None) -> str:
    if fmt == "json":
        return to_json([{key: e[key] for key in HISTORY_KEYS} for e in entries])
    if fmt == "csv":  # for a person: the change and its source in words, as the table says
        return _csv([{**e, "what": e["zh"], "source": _SOURCES.get(str(e["source"]),
                                                                 e["source"])}
                     for e in entries], HISTORY_KEYS)
    if not entries:
        return "没有变更记录。"
    return listing([[c.get(e) for c in HISTORY_COLUMNS] for e in entries], HISTORY_COLUMNS, fmt,
                   width=width)


# placeholder: the row is of many units named as one (各区、县级市), not a department: after
# the departments, and apart from their ranking in the table
WORKLOAD_KEYS = ("department", "tasks", "lead", "co", "open", "overdue", "due_30d", "done",
                 "done_on_time", "done_rate", "on_time_rate", "red", "yellow", "green",
                 "placeholder")
_BLOCKS = " ▏▎▍▌▋▊▉█"


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def bar(value: int, largest: int, width: int = 16) -> str:
    """value as a bar of block characters, the largest filling width columns."""
    if not largest or not value:
        return ""
    eighths = round(value / largest * width * 8)
    return "█" * (eighths // 8) + (_BLOCKS[eighths % 8] if eighths % 8 else "")


def workload_columns(rows: Sequence[Mapping[str, Any]], with_bar: bool = True,
                     short: bool = False) -> list[Column]:
    largest = max((r["open"] for r in rows), default=0)

    def figure(header: str, key: str, drop: int = 0) -> Column:
        return Column(header, lambda r: r[key], align="right", drop=drop)

    # on a narrow terminal the bar goes first, then the figures the others imply; 未完成,
    # 逾期, 已完成 and the rates stay
    columns = [Column("部门", lambda r: r["department"], width=20)]
    if not short:
        columns += [figure("任务", "tasks", 1), figure("牵头", "lead", 4),
                    figure("配合", "co", 4)]
    columns.append(figure("未完成", "open"))
    if short:  # the digest's table, a page wide: 红灯 is overdue, 黄灯 due soon
        columns += [figure("红灯", "overdue"), figure("黄灯", "yellow")]
    else:
        columns += [Column("红黄绿灯", lambda r: f"红{r['red']} 黄{r['yellow']} 绿{r['green']}",
                           drop=5),
                    figure("逾期", "overdue"), figure("30天内到期", "due_30d", 2)]
    columns.append(figure("已完成", "done"))
    if not short:
        columns.append(figure("按时完成", "done_on_time", 3))
    columns += [Column("办结率", lambda r: percent(r["done_rate"]), align="right"),
                Column("按时办结率", lambda r: percent(r["on_time_rate"]), align="right")]
    if with_bar:
        columns.append(Column("未完成任务", lambda r: bar(r["open"], largest), drop=6))
    return columns


def workload(rows: Sequence[Mapping[str, Any]], fmt: str, width: int | None = None) -> str:
    if fmt == "json":
        return to_json([{key: r[key] for key in WORKLOAD_KEYS} for r in rows])
    if fmt == "csv":
        return _csv(rows, WORKLOAD_KEYS, CSV_HEADERS_WORKLOAD)
    if not rows:
        return "没有任务。"
    ranked = [r for r in rows if not r.get("placeholder")]
    apart = [r for r in rows if r.get("placeholder")]
    parts = []
    if ranked:
        columns = workload_columns(ranked, with_bar=fmt == "table")
        parts.append(listing([[c.get(r) for c in columns] for r in ranked], columns, fmt,
                             width=width))
    if apart:
        # 各区、县级市 is each district, 市直各部门 every bureau: no one to rank, yet its
        # tasks are to be done; counted here, under a heading of its own
        columns = workload_columns(apart, with_bar=False)
        columns[0] = Column("泛指单位", columns[0].get, width=columns[0].width)
        parts += [f"泛指单位 {len(apart)} 个（各区、有关部门等，不是一个部门，不参与排名）：",
                  listing([[c.get(r) for c in columns] for r in apart], columns, fmt,
                          width=width)]
    return "\n\n".join(parts)


def import_report(planned: Sequence[tuple[tuple[str, str, int], str, str]],
                  skipped: Sequence[tuple[str, str, int, str, str]],
                  width: int | None = None) -> str:
    """`vtrack import`: the changes a returned 台账 makes, then the rows it skips, every
    change and reason whole (wrapped, never cut: the new date and why are at its end)."""
    parts = []
    if planned:
        columns = [Column("来源", lambda r: f"{r[0][0]} {r[0][1]}!{r[0][2]}行", wrap=30),
                   Column("编号", lambda r: r[1]), Column("变更", lambda r: r[2], wrap=50)]
        parts += [f"导入 {len(planned)} 项任务的变更：",
                  listing([[c.get(r) for c in columns] for r in planned], columns, "table",
                          width=width)]
    else:
        parts.append("没有要导入的变更。")
    if skipped:
        columns = [Column("来源", lambda r: f"{r[0]} {r[1]}!{r[2]}行", wrap=30),
                   Column("编号", lambda r: r[3]),
                   Column("未导入的原因", lambda r: r[4], wrap=50)]
        parts += ["", f"跳过 {len(skipped)} 行（或行中的部分内容）：",
                  listing([[c.get(r) for c in columns] for r in skipped], columns, "table",
                          width=width)]
    return "\n".join(parts)


def import_json(planned: Sequence[tuple[tuple[str, str, int], str, str]],
                skipped: Sequence[tuple[str, str, int, str, str]], applied: bool,
                report: Sequence[str] = ()) -> str:
    """`vtrack import --format json`: the same, as records a script reads."""
    return to_json({
        "applied": applied,
        "changes": [{"file": f, "sheet": sheet, "row": row, "task": task_id, "change": what}
                    for (f, sheet, row), task_id, what in planned],
        "skipped": [{"file": f, "sheet": sheet, "row": row, "task": task_id or None,
                     "reason": why} for f, sheet, row, task_id, why in skipped],
        "report": list(report)})
