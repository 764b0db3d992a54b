"""A task-division table (重点任务分工) flattened to text: a header of 序号 / 工作任务 /
责任单位 / 时间安排, then each cell on its own line, section headings between the rows."""
import re

from .. import deadlines
from ..departments import looks_like_units

_SEQ_HEADER = re.compile(r"^序[号號]$")
_TASK_HEADER = re.compile(r"任[务務]|内容|事[项項]|措施|工作")
_LEAD_HEADER = re.compile(r"[牵牽][头頭]")
_OWNER_HEADER = re.compile(r"[责責]任|[单單]位|部[门門]|[牵牽][头頭]|配合")
_TIME_HEADER = re.compile(r"[时時][间間限]|期限|[进進]度|完成")
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()]{2,8}$")
PART = re.compile(r"^[一二三四五六七八九十]+[、.．]\S")
_ROW_NUMBER = re.compile(r"^(\d{1,3})[.．、]?$")
_PAGE_MARK = re.compile(r"^[-—–－\s]+\d{1,3}[-—–－\s]+$|^第\s*\d+\s*[页頁]")
_TABLE_END = re.compile(r"^附件\s*\d|^附[:：]")


def find(lines):
    """(header columns, index of the first line after the header), or None."""
    for i, line in enumerate(lines):
        cells = _header_cells(lines, i)
        if cells:
            return cells
    return None


def _header_cells(lines, i):
    first = lines[i]
    if "\t" in first or "|" in first or "  " in first:  # a header on one line
        parts = [p for p in re.split(r"\s{2,}|\t|\|", first) if p.strip()]
        if parts and _SEQ_HEADER.match(parts[0].strip()) and _columns(parts[1:]):
            return _columns(parts[1:]), i + 1
        return None
    if not _SEQ_HEADER.match(first):
        return None
    cells, j = [], i + 1
    while j < len(lines) and len(cells) < 5:
        if lines[j]:
            if not _HEADER_CELL.match(lines[j]):
                break
            cells.append(lines[j])
        j += 1
    columns = _columns(cells)
    return (columns, j) if columns else None


def _columns(cells):
    """Header cells -> kinds: task, lead, owners, time; None unless task and owners are there."""
    kinds = []
    for cell in cells:
        if _TIME_HEADER.search(cell) and not _OWNER_HEADER.search(cell):
            kinds.append("time")
        elif _LEAD_HEADER.search(cell):
            kinds.append("lead")
        elif _OWNER_HEADER.search(cell):
            kinds.append("owners")
        elif _TASK_HEADER.search(cell):
            kinds.append("task")
        else:
            kinds.append("other")
    if "task" in kinds and ("owners" in kinds or "lead" in kinds):
        return [(kind, cell) for kind, cell in zip(kinds, cells)]
    return None


def rows(lines, start, columns, issued):
    """Each row as {seq, section, task, lead, owners, time} from the lines after the header."""
    header_texts = {cell for _, cell in columns}
    section, row, expected, out = None, None, 1, []
    for line in lines[start:]:
        if not line or line in header_texts or line == "序号" or _PAGE_MARK.match(line):
            continue  # a blank cell, or the header again after a page break
        if _TABLE_END.match(line):
            break
        number = _ROW_NUMBER.match(line)
        if number and int(number.group(1)) == expected:
            row = {"seq": expected, "section": section, "cells": []}
            out.append(row)
            expected += 1
        elif PART.match(line) and len(line) <= 40 and "。" not in line:
            section = line
        elif row is not None:
            row["cells"].append(line)
    return [_assign(row, columns, issued) for row in out]


def _assign(row, columns, issued):
    """Cells to columns by what they look like, so that a cell split in two or an extra
    blank does not shift the others: the last deadline-like cell is the time, the
    unit-like cells before it the owners, and what comes first the task."""
    cells = row["cells"]
    kinds = [kind for kind, _ in columns]
    time_at = None
    if "time" in kinds:
        for i in range(len(cells) - 1, 0, -1):
            if _is_deadline(cells[i], issued):
                time_at = i
                break
    end = time_at if time_at is not None else len(cells)
    owner_cols = [k for k in kinds if k in ("lead", "owners")]
    owner_cells = []
    i = end - 1
    while i > 0 and len(owner_cells) < len(owner_cols) and looks_like_units(cells[i]):
        owner_cells.insert(0, cells[i])
        i -= 1
    task_cells = cells[: i + 1]
    found = dict(zip(owner_cols[-len(owner_cells):] if owner_cells else [], owner_cells))
    return {"seq": row["seq"], "section": row["section"], "task": "".join(task_cells),
            "lead": found.get("lead"), "owners": found.get("owners") or found.get("lead"),
            "time": cells[time_at].rstrip("。") if time_at is not None else None}


def _is_deadline(cell, issued):
    if len(cell) > 40:
        return False
    reading = deadlines.read(cell, issued)
    return reading.due is not None or reading.ongoing or reading.repeat is not None
