"""A table drawn with box characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, or ASCII +---+ and |), as a
PDF's text layer or a plain-text plan gives it, turned into rows of the form the table reader
already knows: one line a row, cells between |.

Between two rules (├─┼─┤) stands one row, each of its cells wrapped over as many physical
lines as the widest needs; a cell's pieces are joined without a separator, since the wrap falls
mid-word (市发展改 / 革委), except where each piece is a whole unit (市教育局 / 市财政局: two
units, joined with 、). A table drawn with rules only around its header has no rule between
rows: there a line whose first cell is a row number starts a row, the lines after it go on it.

A table whose cells stand a line each with a bar on a line of its own after each (序号 ⏎ | ⏎
任务 ⏎ | ⏎ …, a web page's cells saved as text) is drawn too, with bars alone: it becomes a cell
a line, the form the table reader reads such tables in (_bar_parted).
"""
import re
from collections.abc import Callable

from . import units

_BAR = "│┃|║"
_RULE_CHARS = set("─━═┌┐└┘├┤┬┴┼╋╔╗╚╝╠╣╦╩╬╭╮╯╰+-=│┃|║ \t\u3000")
_RULE_STROKES = re.compile(r"[─━═\-=]{2,}")
_ROW_NUMBER = re.compile(r"^\d{1,4}[.．、]?$")
# a piece of a wrapped cell that ends a sentence or a list item: the next piece starts anew
_WHOLE_END = re.compile(r"[。；;，,、：:）)]$")
# how a unit's name starts (its level, or 各): a piece so starting after a whole unit is another
# unit, where a piece wrapped mid-name (革委, 员会) does not so start
_LEVEL = re.compile(r"^(?:国家|中央|省|自治区|市|州|盟|县|区|旗|镇|乡|街道|各|全|厅)")


_LEVEL_WORDS = 2  # characters: 各区, 各县: the first words of a list of levels (各区县)


def is_rule(line: str) -> bool:
    """A line that only draws: ├──┼──┤, +----+----+, └──┴──┘."""
    s = line.strip()
    return bool(s) and set(s) <= _RULE_CHARS and bool(_RULE_STROKES.search(s))


def _is_box_row(line: str) -> bool:
    s = line.strip()
    return len(s) > 1 and s[0] in _BAR and s[-1] in _BAR


def _split(line: str) -> list[str]:
    s = line.strip()[1:]
    s = s[:-1] if s[-1:] in _BAR else s  # (a row the page's end cut: no closing bar)
    return [c.strip(" \t\u3000") for c in re.split(f"[{_BAR}]", s)]


def join_pieces(pieces: list[str], is_units: Callable[[str], bool]) -> str:
    """A wrapped cell's physical pieces as one text: glued, except between two whole units."""
    out = ""
    pieces = [piece for piece in pieces if piece]
    for k, piece in enumerate(pieces):
        # (省公路事业发展中心 ⏎ 各市（州）交通运输 ⏎ 局: the next unit may wrap in its turn)
        # (各区 ⏎ 县人民政府: a level word and the next, 各区县, no unit of its own)
        if out and not _WHOLE_END.search(out) and _LEVEL.match(piece) \
                and len(_last_piece(out)) > _LEVEL_WORDS and is_units(_last_piece(out)) and \
                (is_units(piece) or is_units("".join(pieces[k:k + 2]))):
            out += "、"
        out += piece
    return out


def _last_piece(text: str) -> str:
    return re.split(r"[、，,；;]", text)[-1]


def normalise(lines: list[str], is_units: Callable[[str], bool]) -> list[str]:
    """lines with each box-drawn table as pipe rows (| a | b |, a row a line) and its rules as
    blank lines, and each table whose cells stand a line each with bars between them (序号 ⏎
    | ⏎ 抽查事项 ⏎ | ⏎ …) as a cell a line (_bar_parted); the number of lines stays, so that
    line numbers keep their meaning: a row stands on the line its first physical line stood
    on."""
    lines = _bar_parted(_bar_led(lines))
    if not any(is_rule(line) for line in lines):
        return lines
    out = list(lines)
    i = 0
    while i < len(lines):
        if not (is_rule(lines[i]) or _is_box_row(lines[i])):
            i += 1
            continue
        j = i
        while j < len(lines) and (is_rule(lines[j]) or _is_box_row(lines[j])):
            j += 1
        # (│ │ │7.5.1、10.1节日期间在公园…: a row the page's end cut, the table's last)
        if j < len(lines) and lines[j].strip()[:1] in _BAR and lines[j].strip() and \
                not any(line.strip() for line in lines[j + 1:]):
            j += 1
        if any(is_rule(line) for line in lines[i:j]) and any(_is_box_row(x) for x in lines[i:j]):
            _redraw(lines, out, i, j, is_units)
        i = j
    return out


def _redraw(lines: list[str], out: list[str], start: int, end: int,
            is_units: Callable[[str], bool]) -> None:
    """Lines start..end, a box-drawn table, as pipe rows in out."""
    groups: list[list[int]] = []  # the physical lines of each row
    chunk: list[int] = []
    for k in range(start, end):
        out[k] = ""
        if is_rule(lines[k]):
            if chunk:
                groups.append(chunk)
            chunk = []
        else:
            chunk.append(k)
    if chunk:
        groups.append(chunk)
    ruled = len(groups) >= 3  # a rule under each row, not only under the header
    widest = [max((_split(lines[k]) for group in groups for k in group), key=len, default=[])]
    for group in groups:
        firsts = [_split(lines[k])[0] for k in group]
        numbered = [k for k, first in zip(group, firsts, strict=True) if _ROW_NUMBER.match(first)]
        if numbered:
            # a row number in the first cell starts a row; the lines after it are its wrap
            starts = [group[0]] + [k for k in numbered if k != group[0]]
        elif ruled:
            starts = [group[0]]
        else:
            # rules only around the header, rows not numbered: a line whose first cell is
            # filled starts a row (a table of pipes under a |---| rule: a row a line)
            starts = [k for k, first in zip(group, firsts, strict=True) if first] or [group[0]]
            starts = [group[0]] + [k for k in starts if k != group[0]]
        bounds = starts + [group[-1] + 1]
        for a, b in zip(bounds, bounds[1:], strict=False):
            physical = [_split(lines[k]) for k in range(a, b)]
            # (a row the page's end cut holds the cells up to the cut: the rest blank)
            width = max(len(p) for p in physical + widest)
            cells = [join_pieces([p[c] if c < len(p) else "" for p in physical], is_units)
                     for c in range(width)]
            out[a] = "| " + " | ".join(cells) + " |"


_BARS_ONLY = re.compile(r"^\s*\|+\s*$")
_BAR_PARTED_MIN = 8  # cells closed by a bar: a table's header and a row at least


def _bar_parted(lines: list[str]) -> list[str]:
    """lines, where a table's cells stand a line each (a cell's wrapped words a few lines)
    with a bar on a line of its own after each (序号 ⏎ | ⏎ 任务 ⏎ | ⏎ …; a bar after a bar
    closes an empty cell), as a cell a line: each cell's words joined on the line it starts
    on, the bars' lines blank, a row's empty cell a blank's mark (/). (Not as pipe rows:
    where a cell spans rows, a row's bounds are not known here, while the reader of a cell
    a line finds them.)"""
    if not any(line.strip() == "|" for line in lines):
        return lines  # (no bar on a line of its own: no such table)
    out = list(lines)
    i = 0
    while i < len(lines):
        j, cells = _bar_run(lines, i)
        # (a header of three cells or more, then a row numbered 1)
        firsts = [n for n, (_, cell) in enumerate(cells) if n >= 3 and _first_row(cell)]
        if len([cell for _, cell in cells if cell]) >= _BAR_PARTED_MIN and firsts:
            first = firsts[0]
            for k in range(i, j):
                out[k] = ""
            for n, (at, cell) in enumerate(cells):
                # (a row's empty cell as a blank's mark, that the reader takes for no value
                # rather than for a cell merged with the one above; not the header's, nor
                # the bars of the cells a group's row spans, |||| after its words)
                out[at] = cell or ("/" if n > first and lines[at].strip() == "|" else "")
        i = max(j, i + 1)
    return out


def _bar_led(lines: list[str]) -> list[str]:
    """lines, where a table's rows stand a cell a line, each cell but the first led by a bar
    and each row closed by a bar on a line of its own (序号 ⏎ | 项目内容 ⏎ | 责任单位 ⏎ | ⏎ 7 ⏎
    | 污水处理厂和 ⏎ 管网工程建设 ⏎ | 市建设局 ⏎ |, a web page's table saved as text), as pipe
    rows, a row on the line it starts on: a cell's lines joined (_lines_joined), the other
    lines blank. A row of one cell before the header is the table's title or group,
    left a line of text."""
    if not any(_BARS_ONLY.match(line) for line in lines):
        return lines  # (no bar on a line of its own: no such table)
    out = list(lines)
    i = 0
    while i < len(lines):
        rows, end = _bar_led_run(lines, i)
        if sum(1 for _, _, cells in rows if len(cells) >= 2) >= _BAR_LED_MIN:
            header = next(k for k, (_, _, cells) in enumerate(rows) if len(cells) >= 2)
            for k, (start, stop, cells) in enumerate(rows):
                for at in range(start, stop + 1):
                    out[at] = ""
                joined = [_lines_joined(pieces) for pieces in cells]
                out[start] = joined[0] if k < header else " | ".join(joined) + " |"
        i = max(end, i + 1)
    return out


_BAR_LED_MIN = 3  # rows of two cells or more: a header and two rows at least


def _lines_joined(pieces: list[str]) -> str:
    """A cell's lines as one text: a page's own line breaks, not a width's wrap, so two units
    a line each are two units (党委宣传部 ⏎ 社科部: 、 between them), where other lines are
    one phrase broken (污水处理厂和 ⏎ 管网工程建设: glued, as join_pieces does)."""
    out = ""
    for piece in (piece for piece in pieces if piece):
        if out and not _WHOLE_END.search(out) and _one_unit(_last_piece(out)) and \
                _one_unit(piece):
            out += "、"
        out += piece
    return out


def _one_unit(piece: str) -> bool:
    """Whether a cell's line is one unit's name alone: an organ (社科部, 市城管局), or every one
    of a kind (各县市区); not a bracket's words (各乡镇 ⏎ （街道）, 县教育局 ⏎ （县财政局配合）: the
    name's own, or a note on it), nor a phrase of work that reads as a name (推进工业园区 ⏎
    扩区)."""
    piece = piece.rstrip("、，,；;")
    if piece[:1] in "（(" or piece[-1:] in "（(":
        return False
    kind = units.kind(piece)
    return kind == "organ" or units.is_short_organ(piece) or \
        (kind is not None and piece.startswith("各"))


def _bar_led_run(lines: list[str], i: int) -> tuple[list[tuple[int, int, list[list[str]]]], int]:
    """(each row as (its first line, its closing bar's line, its cells' pieces), the line
    after the last row closed) for the run of bar-led rows from line i."""
    rows: list[tuple[int, int, list[list[str]]]] = []
    cells: list[list[str]] = []
    start = end = i
    j = i
    while j < len(lines):
        line = lines[j].strip()
        if _BARS_ONLY.match(line):
            if not cells:
                break
            rows.append((start, j, cells))
            cells, start, end = [], j + 1, j + 1
        elif line.startswith("|"):
            if "|" in line[1:]:
                break  # (a pipe row of its own)
            if not cells:
                if not rows:
                    break  # (a run opens with its first cell)
                cells = [[""]]  # (a row whose first cell spans from a row above)
            cells.append([line[1:].strip()])
        elif not line:
            break
        elif not cells or (len(cells) == 1 and not rows):
            # (the run's first cell, a title above it no part of it)
            cells, start = [[line]], j
        else:
            cells[-1].append(line)  # (a cell's words wrapped on)
        j += 1
    return rows, end


def _first_row(cell: str) -> bool:
    """Whether a cell is the first row's number (1, 1., 1、)."""
    return _ROW_NUMBER.match(cell) is not None and int(cell.rstrip(".．、")) == 1


def _bar_run(lines: list[str], i: int) -> tuple[int, list[tuple[int, str]]]:
    """(the line after the run, its cells, each with the line it starts on: "" an empty
    cell's) for the run of cells closed by bars from line i; no cells where line i opens
    none."""
    cells: list[tuple[int, str]] = []
    pending: list[str] = []
    start = j = i
    while j < len(lines):
        line = lines[j].strip()
        if _BARS_ONLY.match(line):
            cells.append((start, "".join(pending)) if pending else (j, ""))
            pending, start = [], j + 1
        elif "|" in line or (not line and (j == i or not pending)):
            break  # a pipe row of its own, or a blank line between cells: no more
        elif line:
            if not cells and (pending or not (j + 1 < len(lines) and
                                              _BARS_ONLY.match(lines[j + 1]))):
                break  # (a title over the table: the run starts with a cell of one line)
            pending.append(line)
        j += 1
    return (start if pending else j), cells
