"""A plan saved from a web page (.html) as lines: a line for each paragraph, heading, list
item or <br>, and a table's rows one a line with their cells between |. Scripts, styles and
the page's head are left out. A cell spanning rows counts for each row it spans (text copied
out of such a table shows it once, so there it counts for its first row only)."""
import os
from typing import Any

from ..errors import VtrackError
from . import limits
from .office import table_line

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
           "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "form",
           "center", "main", "nav", "aside", "figure", "figcaption", "address", "hr"}
_SKIP = {"script", "style", "head", "noscript", "template", "iframe", "object", "svg", "title"}


def html_lines(text: str, path: str | os.PathLike[str]) -> list[str]:
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .html 需要 lxml：pip install lxml") from None
    try:
        root = lxml.html.document_fromstring(text)
    except Exception as e:  # noqa: BLE001 - lxml raises several kinds for a bad page
        raise VtrackError(f"{path}：不是可读的网页（{type(e).__name__}）") from None
    lines: list[str] = []
    current: list[str] = []  # the pieces of text of the line under way
    _walk(root, lines, current, limits.Budget(path))
    _flush(lines, current)
    return lines


def _flush(lines: list[str], current: list[str]) -> None:
    text = "".join(current).strip()
    if text:
        lines.append(text)
    current.clear()


def _walk(element: Any, lines: list[str], current: list[str], budget: limits.Budget) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _SKIP or not tag:
        return
    if tag == "table":
        _flush(lines, current)
        lines += _table(element, budget)
        return
    block = tag in _BLOCKS
    if block:
        _flush(lines, current)
    if tag == "br":
        _flush(lines, current)
    if element.text:
        current.append(element.text)
    for child in element:
        _walk(child, lines, current, budget)
        if child.tail:
            current.append(child.tail)
    if block:
        _flush(lines, current)


def _table(table: Any, budget: limits.Budget) -> list[str]:
    rows = [row for row in table.iter("tr")
            if row.getparent() is table or row.getparent().getparent() is table]
    lines: list[str] = []
    # column -> (rows still covered, the text, the columns it covers)
    spans: dict[int, tuple[int, str, int]] = {}
    for row in rows:
        cells: list[str] = []
        col = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            col = _spanned(cells, spans, col)
            text = " ".join(cell.text_content().split())
            cells.append(text)
            # as browsers read them: at most 65534 rows and 1000 columns
            rowspan = min(_int(cell.get("rowspan")), 65534)
            colspan = min(_int(cell.get("colspan")), 1000)
            if rowspan > 1:
                spans[col] = (rowspan - 1, text, colspan)
            col += colspan
        _spanned(cells, spans, col)
        budget.row(cells)
        if any(cells):
            lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def _spanned(cells: list[str], spans: dict[int, tuple[int, str, int]], col: int) -> int:
    """Cells that a cell above spans into: its text again, for every row it covers, and once
    however many columns it covers, as it stands once in its own row (a colspan="3" task cell
    over rows that split it into three would otherwise be three cells below and one in its
    own row, and the columns would not line up)."""
    while col in spans:
        left, text, width = spans[col]
        cells.append(text)
        if left > 1:
            spans[col] = (left - 1, text, width)
        else:
            del spans[col]
        col += width
    return col


def _int(value: str | None) -> int:
    """A rowspan or colspan as given, 1 where it is absent or no number."""
    if value is None:
        return 1
    try:
        return max(1, int(value))
    except ValueError:
        return 1
