"""A table of units and their figures, as a plan hands out its targets:

    乡镇 | 新种任务(亩) | 备注 |
    全县合计 | 7000 | |
    长安镇 | 2150 | 其中县农业投资有限公司新种任务1500亩 |
    板榄镇 | 600 | |

or its rows spaced (万州区 1900 300) under a header of what each column counts (责任单位 外贸出口
目标 实到外资目标). Each unit's row is a task, numbered in order, owned by the unit, its title
the figures under their headers; a total's row (全县合计, 总计) is none. Cells are read, not
header words: the first cell of each row names a unit, the others are figures (a note may
stand beside them). Only where no other layout finds tasks: a plan's own items come first.
"""
import re

from .. import table, units as unit_names
from ..tasks import make_task
from .base import Doc, Found

_ROWS_MIN = 3  # rows of units in turn: fewer are a remark's figures, no table of targets
# a row of the whole, or of a part, no unit's own (全县合计, 总计, 小计, 全市)
_TOTAL = re.compile(r"合计|总计|小计|累计|^全[省市州县区镇乡]$")


def _figure(cell: str) -> bool:
    """Whether a cell is a figure, with the measure it counts in (2150, 1.5万亩, 95%): the
    table reader's figure, holding a digit."""
    return table.FIGURE.match(cell) is not None and re.search(r"\d", cell) is not None


def _cells(line: str) -> list[str]:
    """A row's cells: parted by | where the page keeps them, else by its spaces."""
    if "|" in line:
        return [cell.strip() for cell in line.strip().strip("|").split("|")]
    # (黔江区150 100: the space before the first figure may be lost with the page's tidying)
    m = _NAME_THEN_FIGURES.match(line.strip())
    return [m.group("name"), *m.group("figures").split()] if m else line.split()


_NAME_THEN_FIGURES = re.compile(r"(?P<name>[^\d\s|]+?)\s*(?P<figures>\d[\d.,，%％\s]*)$")


def _unit_row(cells: list[str]) -> bool:
    """Whether cells are a unit's row: a unit first, then figures (a note may follow)."""
    if len(cells) < 2 or not cells[1] or _figure(cells[0]):
        return False
    if not _figure(cells[1]):
        return False
    return _TOTAL.search(cells[0]) is not None or \
        unit_names.read(cells[0]) is not None


def _runs(doc: Doc) -> list[tuple[list[str], list[list[str]]]]:
    """(the header's cells, the units' rows) of each run of unit rows in the document."""
    out: list[tuple[list[str], list[list[str]]]] = []
    lines = [line.strip() for line in doc.lines]
    k = 0
    while k < len(lines):
        run: list[list[str]] = []
        j = k
        while j < len(lines) and lines[j] and _unit_row(_cells(lines[j])):
            run.append(_cells(lines[j]))
            j += 1
        rows = [cells for cells in run if not _TOTAL.search(cells[0])]
        if len(rows) >= _ROWS_MIN:
            header = next((_cells(lines[i]) for i in range(k - 1, -1, -1) if lines[i]), [])
            out.append((header, rows))
        k = max(j, k + 1)
    return out


class TargetTable:
    name = "指标分解表"
    ceiling = 0.2  # below every layout of a plan's own items: asked where they find none

    def recognise(self, doc: Doc) -> float | None:
        return 0.2 if doc.memo("target_table", lambda: _runs(doc)) else None

    def read(self, doc: Doc) -> list[Found]:
        out: list[Found] = []
        for header, rows in doc.memo("target_table", lambda: _runs(doc)):
            heads = header[1:] if len(header) >= 2 and not _unit_row(header) else []
            for cells in rows:
                figures = [(heads[i] if i < len(heads) else "") + value
                           for i, value in enumerate(cells[1:]) if _figure(value)]
                notes = [value for value in cells[1:] if value and not _figure(value)]
                title = f"{cells[0]} {'、'.join(figures)}" + \
                    (f"（{'；'.join(notes)}）" if notes else "")
                task, doubts = make_task(len(out) + 1, title, [cells[0]], None, doc.issued,
                                         title=title, year=doc.year)
                out.append(Found(task, doubts))
        return out
