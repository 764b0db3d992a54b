"""PDF plans as lines, read with pdfplumber: the text layer in reading order, paragraphs one a
line, and each ruled table as the rows office.py makes of a Word table (`| a | b |`), so a
PDF printed from a .docx gives the .docx's tasks.

What printing adds is taken away again:
- a paragraph or a cell wrapped over several lines is one again: a line that runs to the
  right edge (of the text, of the cell) goes on in the next one, a line that stops short
  ends its paragraph (in a cell: units written one a line stay separate units);
- running headers and page numbers (the first or last line of a page that is a page number,
  or that repeats at the top or bottom of the pages) are dropped;
- a table that goes on over the next page is one table: its header row, repeated at the top
  of each page, is dropped, and a row broken by the page (its number cell empty on the new
  page) is joined to the row it continues.

A PDF without a text layer (a scan) is refused with one line: it needs OCR first.
"""
from __future__ import annotations

import dataclasses
import io
import os
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import VtrackError
from . import grid, limits, units
from .office import cell_text, table_line

# a line that is only a page number: 3, - 3 -, — 3 —, 第3页, 第3页 共9页, 3/9
_PAGE_NUMBER = re.compile(r"^[\s\-—–－_·•]*(?:第\s*)?\d{1,4}\s*页?\s*"
                          r"(?:(?:[/／]|[,，]?\s*共)\s*\d{1,4}\s*页?)?[\s\-—–－_·•]*$")
_LATIN = re.compile(r"[A-Za-z0-9]")
# what ends a sentence or an item, and an item's number: 一、 （一） 1. 1、 （1） ① 第一，
_ENDS = set("。；;！？!?）)")
_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|"
                         r"\d+[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、条章节])")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the font size of its first character
    first: float  # the width of its first character: what must fit for a line to go on


@dataclass
class _Cell:
    x0: float
    x1: float
    lines: list[_Line] = field(default_factory=list)
    covered: bool = False  # merged into the cell to its left (written once)
    above: _Cell | None = None  # merged down from this cell (counts again in this row)


@dataclass
class _Table:
    columns: list[float]  # the x0 of each column: fragments on two pages match by them
    rows: list[list[_Cell]]


@dataclass
class _Page:
    items: list[_Line | _Table]  # in reading order, top to bottom
    width: float
    height: float
    left: float = 0.0  # the text's left edge, and the right edge a full line reaches
    right: float = 0.0
    images: int = 0  # on a page without text: a scan


def pdf_lines(data: bytes, path: str | os.PathLike[str]) -> list[str]:
    try:
        import pdfplumber
    except ImportError:
        raise VtrackError(f"{path}：读 PDF 需要 pdfplumber：pip install 'vtrack[pdf]'") from None
    try:
        document = pdfplumber.open(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds for a bad file
        raise VtrackError(_unreadable(path, e)) from None
    with document:
        _check_pages(document, path)
        pages: list[_Page] = []
        try:
            for page in document.pages:
                pages.append(_read_page(page, path))
                page.close()  # its parsed objects, no longer needed: memory stays flat
        except VtrackError:
            raise
        except Exception as e:  # noqa: BLE001
            raise VtrackError(_unreadable(path, e)) from None
    if not pages:
        raise VtrackError(f"{path}：PDF 文件没有页面：文件已损坏，请重新下载或另存")
    if not any(p.items for p in pages):
        scanned = any(p.images for p in pages)
        raise VtrackError(f"{path}：PDF {'是扫描件，' if scanned else ''}没有文字层：请先做"
                          "文字识别（OCR），或向发文单位索取 Word 版")
    text = "".join(item.text for p in pages for item in p.items if isinstance(item, _Line))
    if text.count("(cid:") * 6 > len(text) / 2:
        raise VtrackError(f"{path}：PDF 的文字无法解码（字体没有编码表）：请先做文字识别（OCR），"
                          "或向发文单位索取 Word 版")
    _drop_running_lines(pages)
    return _render(pages, path)


def _unreadable(path: str | os.PathLike[str], e: Exception) -> str:
    name = type(e).__name__
    if "Password" in name or "Encrypt" in name:
        return f"{path}：PDF 有打开密码：请先用密码打开并另存一份没有密码的 PDF"
    return f"{path}：不是可读的 PDF 文件（{name}）：请重新下载，或用 PDF 阅读器打开后另存"


def _check_pages(document: Any, path: str | os.PathLike[str]) -> None:
    """The page count the PDF declares (its page tree's /Count), before any page is read."""
    from pdfminer.pdftypes import resolve1
    try:
        count = int(resolve1(resolve1(document.doc.catalog["Pages"])["Count"]))
    except Exception:  # noqa: BLE001 - no count declared: the pages are counted as read
        count = 0
    limits.check_pages(count, path)


def _read_page(page: Any, path: str | os.PathLike[str]) -> _Page:
    if page.page_number > limits.MAX_PAGES:
        limits.check_pages(page.page_number, path)
    chars = page.chars
    if len(chars) > limits.MAX_PAGE_CHARS:
        raise VtrackError(f"{path}：第 {page.page_number} 页有 {len(chars)} 个字符，超过 "
                          f"{limits.MAX_PAGE_CHARS} 个的上限：不像一份计划，未读取")
    upright = [c for c in chars if c.get("upright", True)]
    if len(upright) * 2 >= len(chars):  # a slanted watermark over the text is no text
        chars = upright
    if not any(c["text"].strip() for c in chars):
        return _Page([], float(page.width), float(page.height), images=len(page.images))
    tables = []
    for found in page.find_tables():
        rows = [r for r in found.rows if any(c is not None for c in r.cells)]
        if rows and len(rows[0].cells) >= 2:  # one column is a box drawn around text
            tables.append(found)
    within: list[list[dict[str, Any]]] = [[] for _ in tables]
    outside: list[dict[str, Any]] = []
    for c in chars:
        k = next((k for k, t in enumerate(tables) if _within(c, t.bbox)), None)
        (outside if k is None else within[k]).append(c)
    items: list[tuple[float, _Line | _Table]] = [(line.top, line) for line in _lines(outside)]
    for found, mine in zip(tables, within, strict=True):
        items.append((found.bbox[1], _table(found, mine)))
    items.sort(key=lambda item: item[0])
    return _Page([item for _, item in items], float(page.width), float(page.height))


def _within(c: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _lines(chars: list[dict[str, Any]]) -> list[_Line]:
    """Characters as lines, top to bottom: characters whose tops are within half a character
    of each other stand on one line; a gap wider than a character and a half stays a wide gap
    (three spaces: the columns of a table drawn without rules), a narrower one is a space
    between two Latin words or numbers and nothing beside Chinese."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        size = float(c.get("size") or (c["bottom"] - c["top"]) or 10)
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= size / 2:
            lines[-1].append(c)
        else:
            lines.append([c])
    out = []
    for group in lines:
        group.sort(key=lambda c: c["x0"])
        size = float(group[0].get("size") or 10)
        text, last = "", None
        for c in group:
            if last is not None and not c["text"].isspace():
                gap = c["x0"] - last["x1"]
                if gap > 1.5 * size:
                    text += "   "
                elif gap > size / 4 and not text.endswith(" ") and \
                        _LATIN.match(last["text"]) and _LATIN.match(c["text"]):
                    text += " "  # between words; beside Chinese, a gap is only spacing
            text += c["text"]
            last = c
        if text.strip():
            solid = [c for c in group if not c["text"].isspace()]
            out.append(_Line(text.strip(), float(solid[0]["x0"]), float(group[-1]["x1"]),
                             float(min(c["top"] for c in group)),
                             float(max(c["bottom"] for c in group)), size, _first(solid)))
    return out


# marks a line may not start with (，。）…) or end with (（《“…): a line breaks before the
# character ahead of them, or after it, and so stops a character or two short of the edge
_CLOSING = set("，。、；：！？）》」』”’〕】〉…,.;:!?)]}%％")
_OPENING = set("（《「『“‘〔【〈([{")
_QUOTES = set("“”‘’\"'")


def _first(chars: list[dict[str, Any]]) -> float:
    """The width that had to fit at the end of the line above for this line's start to stand
    there: its first character, with the marks the line-breaking rules keep with it."""
    width = float(chars[0]["x1"] - chars[0]["x0"])
    for before, c in zip(chars, chars[1:], strict=False):
        # no break before a closing mark or after an opening one, on either side of a
        # quotation mark (行“直: one piece, as Unicode's line-breaking rules have it), nor
        # inside a word or a number (40%)
        if not (c["text"] in _CLOSING or before["text"] in _OPENING or
                c["text"] in _QUOTES or before["text"] in _QUOTES or
                (_LATIN.match(before["text"]) and _LATIN.match(c["text"]))):
            break
        width += float(c["x1"] - c["x0"])
    return width


def _table(found: Any, chars: list[dict[str, Any]]) -> _Table:
    """A ruled table's rows as cells with their lines; a cell merged across the columns is
    written once, one merged down the rows again in each row it spans, as office.py does."""
    import bisect
    chars = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
    middles = [(c["top"] + c["bottom"]) / 2 for c in chars]

    def inside(box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
        # the characters of the cell's band of the table, then those across it in the cell
        band = chars[bisect.bisect_left(middles, box[1]):bisect.bisect_right(middles, box[3])]
        return [c for c in band if box[0] <= (c["x0"] + c["x1"]) / 2 <= box[2]]

    rows: list[list[_Cell]] = []
    width = max((len(r.cells) for r in found.rows), default=0)
    columns = [next((float(r.cells[k][0]) for r in found.rows
                     if len(r.cells) > k and r.cells[k] is not None), 0.0)
               for k in range(width)]
    last: dict[int, tuple[tuple[float, float, float, float], _Cell]] = {}
    for row in found.rows:
        cells: list[_Cell] = []
        top = row.bbox[1]
        for k, box in enumerate(row.cells):
            if box is None:
                prior = last.get(k)
                if prior and prior[0][3] > top + 1:  # a cell above reaches into this row
                    cells.append(_Cell(prior[1].x0, prior[1].x1, above=prior[1]))
                else:
                    cells.append(_Cell(0, 0, covered=True))
                continue
            cell = _Cell(float(box[0]), float(box[2]), _lines(inside(box)))
            last[k] = (box, cell)
            cells.append(cell)
        rows.append(cells)
    return _Table(columns, rows)


def _drop_running_lines(pages: list[_Page]) -> None:
    """Page numbers, and lines repeated at the top or bottom of the pages (a running header
    or footer), out of the pages' first and last lines."""
    for _ in range(2):  # a header over a page number, a footer under a note
        for page in pages:
            for end in (0, -1):
                if page.items and isinstance(page.items[end], _Line) and \
                        _PAGE_NUMBER.match(page.items[end].text):  # type: ignore[union-attr]
                    page.items.pop(end)
        if len(pages) < 2:
            continue
        seen: dict[str, int] = {}
        for page in pages:
            for key in {_key(page.items[end]) for end in (0, -1) if page.items}:
                seen[key] = seen.get(key, 0) + 1
        running = {key for key, n in seen.items() if key and n >= 2 and n * 2 >= len(pages)}
        for page in pages:
            for end in (0, -1):
                if page.items and _key(page.items[end]) in running:
                    line = page.items[end]
                    assert isinstance(line, _Line)
                    # at the top or the bottom of the page, not a line of the text repeated
                    if line.bottom < page.height * 0.15 or line.top > page.height * 0.85:
                        page.items.pop(end)


def _key(item: _Line | _Table) -> str:
    return re.sub(r"\d+", "#", item.text) if isinstance(item, _Line) else ""


def _render(pages: list[_Page], path: str | os.PathLike[str]) -> list[str]:
    """The pages' items as lines: paragraphs joined again, a table continued over pages
    joined into one."""
    _margins(pages)
    out: list[str | _Table] = []
    paragraph: tuple[_Line, _Page] | None = None  # the paragraph's last line, and its page
    table: _Table | None = None  # the table that ended the last page, to go on
    for page in pages:
        for k, item in enumerate(page.items):
            if isinstance(item, _Line):
                last = out[-1] if out else None
                if paragraph is not None and isinstance(last, str) and \
                        _goes_on(paragraph[0], item, paragraph[1], page):
                    latin = _LATIN.match(last[-1:]) and _LATIN.match(item.text[:1])
                    out[-1] = last + (" " if latin else "") + item.text
                else:
                    out.append(item.text)
                paragraph = (item, page)
            elif table is not None and k == 0 and _same_columns(table, item):
                _continue(table, item)
                paragraph = None
            else:
                out.append(item)
                paragraph = None
        table = None
        if page.items and isinstance(page.items[-1], _Table):
            table = page.items[-1]
            # the page's last table may be a fragment that continued an earlier one
            for entry in reversed(out):
                if isinstance(entry, _Table):
                    table = entry
                    break
    lines: list[str] = []
    budget = limits.Budget(path)
    for entry in out:
        lines += [entry] if isinstance(entry, str) else _table_lines(entry, budget)
    return lines


def _margins(pages: list[_Page]) -> None:
    """Each page's text edges, from the lines of all the pages of its width (a landscape
    annex has its own): the left edge, where the fewest-indented lines start, and the right
    edge a full line reaches: where several lines end (wrapped or justified paragraphs), else
    the width less the left margin (margins are about equal; the longest of a few short
    lines is no full one)."""
    lines: dict[int, list[_Line]] = {}
    for page in pages:
        lines.setdefault(round(page.width), []).extend(
            i for i in page.items if isinstance(i, _Line))
    for page in pages:
        mine = lines[round(page.width)]
        if not mine:
            continue
        page.left = min(i.x0 for i in mine)
        widest = max(i.x1 for i in mine)
        ending = sum(1 for i in mine if widest - i.x1 < 1.5 * i.size)
        page.right = widest if ending >= 3 else max(page.width - page.left, widest + 1)


def _goes_on(line: _Line, after: _Line, page: _Page, next_page: _Page) -> bool:
    """Whether after continues line's paragraph: line runs to the right edge (the next line's
    first character would not have fitted on it) and after starts at the left edge (not
    indented, as a new paragraph is); or after is a centred line of line's size, and line
    another or a full one, not ending a sentence (a centred title wrapped over two lines:
    …关于印发…的 / 通知, …行动方案 / （2023—2025年）)."""
    near = page is not next_page or after.top - line.bottom < 1.2 * line.size
    opened = line.text.count("（") + line.text.count("(") > \
        line.text.count("）") + line.text.count(")")
    if not near or (line.text[-1] in "：:" and not opened) or \
            (line.text[-1] in _ENDS and _ITEM_START.match(after.text)):
        return False  # a colon ends its paragraph (不是括号里的：牵头单位：…); an item starts one
    full = _full(line, after, page.right)
    if page is next_page and _centred(after, page) and (full or _centred(line, page)) and \
            abs(line.size - after.size) < 0.5 and line.text[-1] not in "。；;：:！？!?":
        return True
    flush = after.x0 < next_page.left + after.size / 2
    return full and flush


def _full(line: _Line, after: _Line, edge: float) -> bool:
    """Whether line reaches edge: the start of after (what must stay together of it) would
    not have fitted after it, with the space a word processor puts between Chinese and a
    Latin word or a number (50场: a quarter of a character) where the script changes."""
    space = line.size / 4 if bool(_LATIN.match(line.text[-1])) != \
        bool(_LATIN.match(after.text[0])) else 0.0
    return line.x1 + space + after.first > edge - 1


def _centred(line: _Line, page: _Page) -> bool:
    before, behind = line.x0 - page.left, page.right - line.x1
    return before > line.size and abs(before - behind) < line.size


def _same_columns(table: _Table, other: _Table) -> bool:
    return len(table.columns) == len(other.columns) and \
        all(abs(a - b) < 2 for a, b in zip(table.columns, other.columns, strict=True))


def _continue(table: _Table, more: _Table) -> None:
    """more, the same table on the next page, added to table: its header rows repeated at
    the top of the page left out, a row broken by the page joined to the row it goes on."""
    rows = list(more.rows)
    for header in table.rows[:3]:
        if rows and _texts(rows[0]) == _texts(header) and any(_texts(header)):
            rows.pop(0)
        else:
            break
    if rows and table.rows:
        first, prior = rows[0], table.rows[-1]
        texts, before = _texts(first), _texts(prior)
        if len(first) == len(prior) and not first[0].covered and texts[0] == "" and \
                before[0] != "" and any(texts):
            for cell, more_cell in zip(prior, first, strict=True):
                target = cell.above or cell
                if not cell.covered and more_cell.above is None:
                    target.lines += more_cell.lines
            rows.pop(0)
    if rows and table.rows:
        _merged_over_the_page(table.rows[-1], rows[0])
    table.rows += rows


_TAIL_MAX = 4  # characters: the end of a unit's name a page break left alone (局, 管理局)


def _merged_over_the_page(prior: list[_Cell], first: list[_Cell]) -> None:
    """A cell merged down over the last row of a page and the first of the next, its text cut
    by the break (…、区城市管理 / 局): the whole text in both rows."""
    for cell, more in zip(prior, first, strict=False):
        if cell.covered or more.covered or more.above is not None:
            continue
        head = "".join(line.text for line in (cell.above or cell).lines)
        tail = "".join(line.text for line in more.lines)
        if head and 0 < len(tail) <= _TAIL_MAX and units.read(tail) is None and \
                units.read(head) is None and units.read(head + tail) is not None:
            whole = (cell.above or cell).lines
            whole[-1] = dataclasses.replace(whole[-1], text=whole[-1].text + tail)
            more.lines = list(whole)


def _texts(row: list[_Cell]) -> list[str]:
    return ["" if c.covered else "".join(line.text for line in (c.above or c).lines)
            for c in row]


def _table_lines(table: _Table, budget: limits.Budget) -> list[str]:
    lines = []
    for row in table.rows:
        cells = [_cell_text(c.above or c) for c in row if not c.covered]
        budget.row(cells)
        if cells:
            lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def _cell_text(cell: _Cell) -> str:
    """A cell's lines as paragraphs (a line that runs to the cell's right edge goes on in the
    next), then as office.cell_text joins a cell's paragraphs."""
    if not cell.lines:
        return ""
    pad = min([6.0] + [line.x0 - cell.x0 for line in cell.lines])
    edge = cell.x1 - max(pad, 0.0)
    wrapped = [[cell.lines[0].text]]  # each paragraph's lines
    for line, after in zip(cell.lines, cell.lines[1:], strict=False):
        if _full(line, after, edge):
            glue = " " if _LATIN.match(wrapped[-1][-1][-1:]) and _LATIN.match(after.text[:1]) \
                else ""
            wrapped[-1].append(glue + after.text)
        else:
            wrapped.append([after.text])
    # a whole unit, then another at the next line's start, is a list, not a name the cell's
    # edge wrapped (…、省公路事业发展中心 ⏎ 各市（州）交通运输 ⏎ 局)
    return cell_text([grid.join_pieces(lines, _units_or_places) for lines in wrapped])


def _units_or_places(text: str) -> bool:
    """A list of units, every place of a kind among them (各乡镇人民政府 ⏎ 各村（社区）); not
    a place alone, which a unit's name may go on from (十堰市 ⏎ 市场监督管理局)."""
    return units.is_list(text) or (text.startswith("各") and units.read(text) is not None)
