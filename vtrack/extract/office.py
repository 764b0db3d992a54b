"""Word (.docx) and Excel (.xlsx) plans as lines: paragraphs one a line, a table's rows one a
line with their cells between |, as a table copied out of a page reads. Older formats (.doc,
.wps, .xls, .et, .rtf) are converted to these by LibreOffice first, where it is installed.

A cell merged across columns is written once; a cell merged down the rows counts for every
row it spans (text copied out of such a table shows it once, so there it counts for its
first row only). A cell's paragraphs (or an Excel cell's lines) that are each a unit's name
are separate units (市教育局 / 市人社局 → 市教育局、市人社局); other paragraphs are one text.
"""
from __future__ import annotations

import io
import os
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import VtrackError
from . import limits

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph


def table_line(cells: list[str]) -> str:
    """One row as `| a | b |`, with any | inside a cell made harmless."""
    return "| " + " | ".join(" ".join(c.replace("|", "｜").split()) for c in cells) + " |"


def cell_text(paragraphs: list[str]) -> str:
    """A cell's paragraphs (or lines) as one text: joined with 、 where each is a unit's name,
    or a list of them (units written one a line: 市教育局 / 市人社局), else run together as
    the paragraphs of one text (a task wrapped by hand, a title over its details).

    Where no paragraph reads as a sentence and all are short, most of them being unit names
    is enough (市教育局 / 驻鄂高校 / 市人社局): a name the unit grammar does not know stays a
    name; but a paragraph that starts as no name does (和规划局) goes on the one above."""
    parts = [p.strip() for p in paragraphs if p.strip()]
    if len(parts) < 2:
        return "".join(parts)
    from .units import is_unit, split_units
    units = [is_unit(p) or split_units(p) is not None for p in parts]
    short = all(len(p) <= 12 and not _SENTENCE.search(p) for p in parts) and \
        not any(p[0] in "和与及、的之" for p in parts[1:])
    if all(units) or (short and sum(units) * 2 > len(parts)):
        out = parts[0].rstrip("、，,；;")
        for p in parts[1:]:  # a remark in brackets on a line of its own: 市教育局 / （牵头）
            out += p if p[0] in "（(〔[【" else "、" + p.rstrip("、，,；;")
        return out
    labelled = [_LABELLED.match(p) for p in parts]
    if labelled[0] and all(m is not None and (is_unit(m.group(2)) or
                                              split_units(m.group(2)) is not None) or u
                           for m, u in zip(labelled, units, strict=True)):
        # 牵头单位：区城管局 / 责任单位：区市场监管局 / 各街道办事处: each label a clause of
        # its own, the units under it a list
        out = parts[0]
        for p, m in zip(parts[1:], labelled[1:], strict=True):
            out += ("；" if m else "、") + p
        return out
    return "".join(parts)


_LABELLED = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]\s*(.+)$")


# a sentence's marks or a number: what a unit's name does not hold
_SENTENCE = re.compile(r"[。，,；;：:！？!?\d]")


def docx_lines(data: bytes, path: str | os.PathLike[str]) -> list[str]:
    try:
        import docx
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .docx 需要 python-docx：pip install python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise VtrackError(f"{path}：不是可读的 .docx 文件（{type(e).__name__}）：请用 Word 或 "
                          "LibreOffice 打开后重新保存") from None
    body = document.element.body
    rows = sum(1 for _ in body.iter(f"{_W}tr"))
    if rows > limits.MAX_ROWS:
        raise VtrackError(f"{path}：表格共有 {rows} 行，超过 {limits.MAX_ROWS} 行的上限："
                          "计划的任务分工表不会这么长，未读取")
    lines: list[str] = []
    budget = limits.Budget(path)
    numbers = _AutoNumbers(document)
    for element in body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            lines.append(numbers.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            lines += _docx_table(element, budget)
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


def _docx_table(tbl: Any, budget: limits.Budget) -> list[str]:
    """A table's rows, as python-docx's cells give them, in one pass: a cell merged down
    the rows (vMerge) is the cell it continues, found in a map of the row above by grid
    column, not by searching the table for the row above (which makes python-docx's
    row.cells quadratic in the rows)."""
    lines = []
    above: dict[int, tuple[Any, str]] = {}  # grid column -> (the cell, its text) a row up
    for tr in tbl.iterchildren(f"{_W}tr"):
        here: dict[int, tuple[Any, str]] = {}
        cells: list[str] = []
        last = None  # the cell last written: one merged across columns is written once
        column = _grid_before(tr)
        for tc in tr.iterchildren(f"{_W}tc"):
            span = _grid_span(tc)
            if _v_merge(tc) == "continue" and column in above:
                cell = above[column]  # merged down: the cell it continues, and its text
            else:
                # a cell merged down the rows counts for each of them, as it does for a reader
                # a paragraph's line breaks (<w:br/>) part it as paragraphs do
                cell = (tc, cell_text([line for p in tc.iterchildren(f"{_W}p")
                                       for line in _text(p).split("\n")]))
            here[column] = cell
            column += span
            if last is not None and cell[0] is last:
                continue
            last = cell[0]
            cells.append(cell[1])
        above = here
        budget.row(cells)
        if cells:
            lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def _text(p: Any) -> str:
    """A paragraph's text as python-docx gives it (its runs' and hyperlinks' text), without
    an XPath query for each paragraph."""
    return "".join(e.text for e in p.iterchildren(f"{_W}r", f"{_W}hyperlink"))


def _grid_before(tr: Any) -> int:
    tr_pr = tr.find(f"{_W}trPr")
    return _int_val(tr_pr.find(f"{_W}gridBefore")) if tr_pr is not None else 0


def _grid_span(tc: Any) -> int:
    tc_pr = tc.find(f"{_W}tcPr")
    return max(1, _int_val(tc_pr.find(f"{_W}gridSpan"), 1)) if tc_pr is not None else 1


def _v_merge(tc: Any) -> str | None:
    """restart, continue (as Word writes <w:vMerge/>), or None for a cell not merged."""
    tc_pr = tc.find(f"{_W}tcPr")
    merge = tc_pr.find(f"{_W}vMerge") if tc_pr is not None else None
    return None if merge is None else merge.get(f"{_W}val", "continue")


def _int_val(node: Any, default: int = 0) -> int:
    try:
        return int(node.get(f"{_W}val")) if node is not None else default
    except (TypeError, ValueError):
        return default


def xlsx_lines(data: bytes, path: str | os.PathLike[str]) -> list[str]:
    """The visible sheets' rows, read as a stream: openpyxl reads the workbook (its shared
    strings, styles and sheet list) and its sheet parser the rows, up to the sheet's last
    value (trailing empty rows are never parsed, whatever the sheet's declared dimension
    says); merged ranges are applied to the rows read, never expanded cell by cell."""
    try:
        from openpyxl.reader.excel import ExcelReader
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .xlsx 需要 openpyxl：pip install openpyxl") from None

    class Reader(ExcelReader):
        """The workbook without its worksheets: openpyxl's read-only worksheets parse a
        whole sheet to size it when it declares no dimension."""
        sheets: list[tuple[str, str, str]] = []  # (title, state, path in the zip)

        def read_worksheets(self) -> None:
            self.sheets = [(sheet.name, sheet.state, rel.target)
                           for sheet, rel in self.parser.find_sheets()
                           if rel.target in self.valid_files and "chartsheet" not in rel.Type]

    lines: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's warnings are not the reader's
            reader = Reader(io.BytesIO(data), read_only=True, data_only=True)
            try:
                reader.read()
                budget = limits.Budget(path)
                for title, state, part in reader.sheets:
                    if state == "visible":
                        lines += _sheet_lines(reader, title, part, path, budget)
            finally:
                reader.archive.close()
    except VtrackError:
        raise
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise VtrackError(f"{path}：不是可读的 .xlsx 文件（{type(e).__name__}）：请用 Excel 或 "
                          "LibreOffice 打开后重新保存") from None
    return lines


# a cell's value in the sheet's XML (<v>…</v> not empty, or an inline string <is>), and a
# merged range: found in the bytes, to count and bound them before the rows are parsed
_XL_VALUE = re.compile(rb"<(?:[\w.-]+:)?(?:v(?:\s[^>]*)?>[^<]|is[\s>])")
_XL_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']"
                       rb"([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?[\"']")
_MAX_GAP = 10  # empty rows written between two rows with content, at most


@dataclass
class _Merged:
    min_row: int
    min_col: int
    max_row: int
    max_col: int
    text: str = ""  # the first cell's


def _sheet_lines(reader: Any, title: str, part: str, path: str | os.PathLike[str],
                 budget: limits.Budget) -> list[str]:
    from openpyxl.worksheet._reader import WorkSheetParser

    xml = reader.archive.read(part)  # its size bounded by limits.check_zip
    values = sum(1 for _ in _XL_VALUE.finditer(xml))
    if not values:
        return []
    merged = _merged_ranges(xml, path, title)
    book = reader.wb
    parser = WorkSheetParser(io.BytesIO(xml), reader.shared_strings, data_only=True,
                             epoch=book.epoch, date_formats=book._date_formats,
                             timedelta_formats=book._timedelta_formats)
    rows: dict[int, dict[int, str]] = {}  # row -> {column: text}, rows with content only
    seen = blank = parsed = 0
    for index, cells in parser.parse():
        parsed += 1
        if index > limits.MAX_SHEET_ROWS or parsed > limits.MAX_SHEET_ROWS:
            raise VtrackError(f"{path}：工作表“{title}”超过 Excel 的 "
                              f"{limits.MAX_SHEET_ROWS} 行：文件已损坏，未读取")
        texts: dict[int, str] = {}
        for cell in cells:
            column, value = cell["column"], cell["value"]
            if value is None or value == "":
                continue
            seen += 1
            text = _cell_text(value)
            if text:
                if column > limits.MAX_COLUMNS:
                    raise VtrackError(f"{path}：工作表“{title}”第 {index} 行第 {column} 列"
                                      f"有内容，超过 {limits.MAX_COLUMNS} 列的上限：未读取")
                texts[column] = text
        if texts:
            if index not in rows and len(rows) >= limits.MAX_ROWS:
                raise VtrackError(f"{path}：工作表“{title}”有内容的行超过 "
                                  f"{limits.MAX_ROWS} 行的上限：计划的任务分工表不会这么长，未读取")
            rows.setdefault(index, {}).update(texts)
            blank = 0
        else:
            blank += 1
        # every value read, or a long run of empty rows: the rest is no plan's
        if seen >= values or blank >= limits.BLANK_RUN:
            break
    return _rows_as_lines(rows, merged, budget)


def _merged_ranges(xml: bytes, path: str | os.PathLike[str], title: str) -> list[_Merged]:
    """The sheet's merged ranges, counted and measured before any is applied."""
    from openpyxl.utils.cell import column_index_from_string

    merged: list[_Merged] = []
    cells = 0
    for m in _XL_MERGE.finditer(xml):
        if len(merged) >= limits.MAX_MERGED_RANGES:
            raise VtrackError(f"{path}：工作表“{title}”的合并单元格区域超过 "
                              f"{limits.MAX_MERGED_RANGES} 个的上限：未读取")
        try:
            c1, r1 = column_index_from_string(m.group(1).decode()), int(m.group(2))
            c2, r2 = (column_index_from_string(m.group(3).decode()), int(m.group(4))) \
                if m.group(3) else (c1, r1)
        except ValueError:
            continue  # no cell reference: Excel would not open it either
        rng = _Merged(min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))
        cells += (rng.max_row - rng.min_row + 1) * (rng.max_col - rng.min_col + 1)
        if cells > limits.MAX_MERGED_CELLS:
            ref = m.group(0).split(b"ref", 1)[1].strip(b" ='\"").decode(errors="replace")
            raise VtrackError(f"{path}：工作表“{title}”的合并单元格（如 {ref}）覆盖的单元格超过 "
                              f"{limits.MAX_MERGED_CELLS} 个的上限：未展开，未读取")
        if rng.max_row > rng.min_row or rng.max_col > rng.min_col:
            merged.append(rng)
    return merged


def _rows_as_lines(rows: dict[int, dict[int, str]], merged: list[_Merged],
                   budget: limits.Budget) -> list[str]:
    """Rows of cells as lines, from A1 (as openpyxl's iter_rows gives them) to the last row
    with content: a cell merged across columns once, a cell merged down the rows its first
    cell's text in each row it spans; a long run of empty rows as a few empty lines."""
    if not rows:
        return []
    first, last = 1, max(rows)
    for rng in merged:
        rng.text = rows.get(rng.min_row, {}).get(rng.min_col, "")
    pending = sorted((m for m in merged if m.max_row >= first and m.min_row <= last),
                     key=lambda m: m.min_row)
    content = sorted(rows)
    lines: list[str] = []
    active: list[_Merged] = []
    k = n = 0  # the next merged range to open, the next row with content
    row = first
    while row <= last:
        while k < len(pending) and pending[k].min_row <= row:
            active.append(pending[k])
            k += 1
        active = [m for m in active if m.max_row >= row]
        while n < len(content) and content[n] < row:
            n += 1
        if content[n] != row and not any(m.text for m in active):
            # an empty stretch: up to the next row with content or merged range
            upto = min(content[n], pending[k].min_row if k < len(pending) else last + 1)
            lines += [""] * min(upto - row, _MAX_GAP)
            row = upto
            continue
        cells = dict(rows.get(row, {}))
        skipped: set[int] = set()
        for m in active:
            # merged down the rows: the first cell's text, for each row it spans;
            # merged across columns: once
            cells[m.min_col] = m.text
            skipped.update(range(m.min_col + 1, m.max_col + 1))
        width = max((c for c, text in cells.items() if text and c not in skipped), default=0)
        texts = [cells.get(c, "") for c in range(1, width + 1) if c not in skipped]
        budget.row(texts)
        if not texts:
            lines.append("")
        elif len(texts) == 1:
            lines.append(texts[0])  # a title or a note above the table
        else:
            lines.append(table_line(texts))
        row += 1
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
    text = str(value).strip()
    if "\n" in text:  # lines in a cell (Alt+Enter): units one a line are separate units
        joined = cell_text(text.splitlines())
        if "、" in joined and joined.count("、") > text.count("、"):
            return joined
    return text


def soffice() -> str | None:
    """LibreOffice's command, where it is installed."""
    import shutil
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, path: str | os.PathLike[str], target: str) -> bytes:
    """A .doc/.wps/.rtf (target docx) or .xls/.et (target xlsx) as LibreOffice converts it,
    in a temporary folder of its own (with its own LibreOffice profile, so that runs at the
    same time, or a LibreOffice the user has open, do not collide), removed on every path."""
    import shutil
    import signal
    import subprocess
    import tempfile

    ext = os.path.splitext(str(path))[1].lower() or ".doc"
    command = soffice()
    if command is None:
        saved = ".xlsx" if target == "xlsx" else ".docx"
        raise VtrackError(f"{path}：读 {ext} 需要 LibreOffice（soffice）：请安装，或另存为 {saved}")
    folder = tempfile.mkdtemp(prefix="vtrack-soffice-")
    try:
        source = os.path.join(folder, "document" + ext)  # a plain name: soffice's own rules
        with open(source, "wb") as f:
            f.write(data)
        profile = "file://" + os.path.join(folder, "profile")
        process = subprocess.Popen(
            [command, f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--nolockcheck", "--convert-to", target, "--outdir", os.path.join(folder, "out"),
             source],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            start_new_session=True)  # its own group: a timeout ends all it started
        try:
            process.communicate(timeout=limits.SOFFICE_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise VtrackError(f"{path}：LibreOffice 转换超过 {limits.SOFFICE_TIMEOUT} 秒未完成："
                              "请手动另存为 .docx 或 .xlsx") from None
        result = os.path.join(folder, "out", f"document.{target}")
        if not os.path.exists(result):
            raise VtrackError(f"{path}：LibreOffice 无法转换这个文件（可能已损坏或有密码）："
                              f"请用 WPS 或 Word 打开后另存为 .{target}")
        limits.check_file(result)
        with open(result, "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
