"""A plan saved from a web page (.html) as lines: a line for each paragraph, heading, list
item or <br>, and a table's rows one a line with their cells between |. Scripts, styles and
the page's head are left out. A cell spanning rows counts for each row it spans (text copied
out of such a table shows it once, so there it counts for its first row only)."""
from ..errors import VtrackError
from .office import table_line

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section",
           "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl", "form",
           "center", "main", "nav", "aside", "figure", "figcaption", "address", "hr"}
_SKIP = {"script", "style", "head", "noscript", "template", "iframe", "object", "svg", "title"}


def html_lines(text, path):
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - a dependency of the package
        raise VtrackError("读取 .html 需要 lxml：pip install lxml") from None
    try:
        root = lxml.html.document_fromstring(text)
    except Exception as e:  # noqa: BLE001 - lxml raises several kinds for a bad page
        raise VtrackError(f"{path}：不是可读的网页（{type(e).__name__}）") from None
    lines, current = [], []
    _walk(root, lines, current)
    _flush(lines, current)
    return lines


def _flush(lines, current):
    text = "".join(current).strip()
    if text:
        lines.append(text)
    current.clear()


def _walk(element, lines, current):
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _SKIP or not tag:
        return
    if tag == "table":
        _flush(lines, current)
        lines += _table(element)
        return
    block = tag in _BLOCKS
    if block:
        _flush(lines, current)
    if tag == "br":
        _flush(lines, current)
    if element.text:
        current.append(element.text)
    for child in element:
        _walk(child, lines, current)
        if child.tail:
            current.append(child.tail)
    if block:
        _flush(lines, current)


def _table(table):
    rows = [row for row in table.iter("tr")
            if row.getparent() is table or row.getparent().getparent() is table]
    lines, spans = [], {}  # column -> rows still covered by a rowspan above
    for row in rows:
        cells, col = [], 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            col = _spanned(cells, spans, col)
            text = " ".join(cell.text_content().split())
            cells.append(text)
            rowspan = _int(cell.get("rowspan"))
            colspan = _int(cell.get("colspan"))
            for k in range(colspan):
                if rowspan > 1:
                    spans[col + k] = (rowspan - 1, text)
            col += colspan
        _spanned(cells, spans, col)
        if any(cells):
            lines.append(table_line(cells) if len(cells) > 1 else cells[0])
    return lines


def _spanned(cells, spans, col):
    """Cells that a cell above spans into: its text again, for every row it covers."""
    while col in spans:
        left, text = spans[col]
        cells.append(text)
        if left > 1:
            spans[col] = (left - 1, text)
        else:
            del spans[col]
        col += 1
    return col


def _int(value):
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1
