"""Word (.docx) and Excel (.xlsx) plans as lines: paragraphs one a line, a table's rows one a
line with their cells between |, as a table copied out of a page reads.

A merged cell is written once, where it starts; the rows it spans below get a blank cell in
its place, so that every other cell keeps its column.
"""
import io

from ..errors import VtrackError


def table_line(cells):
    """One row as `| a | b |`, with any | inside a cell made harmless."""
    return "| " + " | ".join(" ".join(c.replace("|", "｜").split()) for c in cells) + " |"


def docx_lines(data, path):
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("reading .docx needs python-docx: pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise VtrackError(f"{path}: not a readable .docx ({type(e).__name__}): open it in "
                          "Word or LibreOffice and save it again") from None
    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(element, document).text)
        elif tag == "tbl":
            lines += _docx_table(Table(element, document))
    return lines


def _docx_table(table):
    lines, above = [], []
    for row in table.rows:
        cells, seen = [], []
        for k, cell in enumerate(row.cells):
            tc = cell._tc
            if seen and tc is seen[-1]:
                continue  # a cell merged across columns: once
            seen.append(tc)
            merged_from_above = k < len(above) and above[k] is tc
            cells.append("" if merged_from_above else
                         "".join(p.text.strip() for p in cell.paragraphs))
        above = [cell._tc for cell in row.cells]
        lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def xlsx_lines(data, path):
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("reading .xlsx needs openpyxl: pip install openpyxl") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise VtrackError(f"{path}: not a readable .xlsx ({type(e).__name__}): open it in "
                          "Excel or LibreOffice and save it again") from None
    lines = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        covered = {}  # (row, col) inside a merged range -> the range's first cell
        for merged in sheet.merged_cells.ranges:
            for row in range(merged.min_row, merged.max_row + 1):
                for col in range(merged.min_col, merged.max_col + 1):
                    covered[(row, col)] = (merged.min_row, merged.min_col)
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                origin = covered.get((cell.row, cell.column))
                if origin and origin[0] == cell.row and origin[1] != cell.column:
                    continue  # merged across columns: once
                cells.append("" if origin and origin[0] != cell.row else _cell_text(cell.value))
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                lines.append("")
            elif len(cells) == 1:
                lines.append(cells[0])  # a title or a note above the table
            else:
                lines.append(table_line(cells))
    return lines


def _cell_text(value):
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
