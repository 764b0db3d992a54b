"""Word (.docx) and Excel (.xlsx) plans as lines: paragraphs one a line, a table's rows one a
line with their cells between |, as a table copied out of a page reads.

A cell merged across columns is written once; a cell merged down the rows counts for every
row it spans (text copied out of such a table shows it once, so there it counts for its
first row only).
"""
from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Any

from ..errors import VtrackError

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph


def table_line(cells: list[str]) -> str:
    """One row as `| a | b |`, with any | inside a cell made harmless."""
    return "| " + " | ".join(" ".join(c.replace("|", "｜").split()) for c in cells) + " |"


def docx_lines(data: bytes, path: str | os.PathLike[str]) -> list[str]:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .docx 需要 python-docx：pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise VtrackError(f"{path}：不是可读的 .docx 文件（{type(e).__name__}）：请用 Word 或 "
                          "LibreOffice 打开后重新保存") from None
    lines: list[str] = []
    numbers = _AutoNumbers(document)
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            lines.append(numbers.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines += _docx_table(Table(element, document))
    return lines


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN_DIGITS = "〇一二三四五六七八九"


class _AutoNumbers:
    """The numbers Word draws in front of list paragraphs (一、 （一） 1.), which are not
    in the paragraphs' text: without them a plan's items would lose their numbering."""

    def __init__(self, document: Document) -> None:
        # numId -> {ilvl: (start, numFmt, lvlText)}
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counts: dict[str, dict[int, int]] = {}  # numId -> {ilvl: current number}
        self.styles: dict[str | None, tuple[str, int]] = {}  # style id -> (numId, ilvl)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in numbering.iter(f"{_W}abstractNum"):
            lvls: dict[int, tuple[int, str, str]] = {}
            for lvl in node.iter(f"{_W}lvl"):
                lvls[int(lvl.get(f"{_W}ilvl"))] = (
                    int(_val(lvl, "start") or 1), _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "")
            abstract[node.get(f"{_W}abstractNumId")] = lvls
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), {})
        for style in document.styles.element.iter(f"{_W}style"):
            found = _num_pr(style)
            if found:
                self.styles[style.get(f"{_W}styleId")] = found

    def label(self, paragraph: Paragraph) -> str:
        found = _num_pr(paragraph._p)
        if found is None:
            style = paragraph._p.pPr.pStyle.val if paragraph._p.pPr is not None and \
                paragraph._p.pPr.pStyle is not None else None
            found = self.styles.get(style)
        if not found or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        start, fmt, text = levels[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "bullet" or not text:
            return ""
        for k in range(9):
            if f"%{k + 1}" in text:
                value = counts.get(k, levels.get(k, (1,))[0])
                text = text.replace(f"%{k + 1}", _format(value, levels.get(k, (1, fmt))[1]))
        return text


def _val(node: Any, name: str) -> str | None:
    child = node.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None


def _num_pr(node: Any) -> tuple[str, int] | None:
    ppr = node.find(f"{_W}pPr")
    num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num_pr is None:
        return None
    num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
    return (num_id, int(ilvl or 0)) if num_id and num_id != "0" else None


def _format(n: int, fmt: str) -> str:
    if fmt.startswith("chinese") or fmt.startswith("ideograph") or fmt == "taiwaneseCounting":
        if n < 10:
            return _CN_DIGITS[n]
        if n >= 100:
            return str(n)
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


def _docx_table(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []  # the cells' elements: a merged cell is one element
        for cell in row.cells:
            tc = cell._tc
            if seen and tc is seen[-1]:
                continue  # a cell merged across columns: once
            seen.append(tc)
            # a cell merged down the rows counts for each of them, as it does for a reader
            cells.append("".join(p.text.strip() for p in cell.paragraphs))
        lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def xlsx_lines(data: bytes, path: str | os.PathLike[str]) -> list[str]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .xlsx 需要 openpyxl：pip install openpyxl") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise VtrackError(f"{path}：不是可读的 .xlsx 文件（{type(e).__name__}）：请用 Excel 或 "
                          "LibreOffice 打开后重新保存") from None
    lines: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        # (row, col) inside a merged range -> the range's first cell
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges:
            for row in range(merged.min_row, merged.max_row + 1):
                for col in range(merged.min_col, merged.max_col + 1):
                    covered[(row, col)] = (merged.min_row, merged.min_col)
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                origin = covered.get((cell.row, cell.column))
                if origin and origin[1] != cell.column:
                    continue  # merged across columns: once
                # merged down the rows: the first cell's value, for each row it spans
                value = sheet.cell(*origin).value if origin else cell.value
                cells.append(_cell_text(value))
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                lines.append("")
            elif len(cells) == 1:
                lines.append(cells[0])  # a title or a note above the table
            else:
                lines.append(table_line(cells))
    return lines


def _cell_text(value: object) -> str:
    import datetime
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
