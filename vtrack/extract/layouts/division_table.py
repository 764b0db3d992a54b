"""A division table (重点任务分工): a header row naming task, owner and time columns, or
rows numbered from 1 whose columns are known by what their cells hold (table.py, grid.py).

Its rows are the tasks; the body's numbered items only lend their 牵头单位 as the lead of a
row that names none.
"""
import dataclasses
import re
from dataclasses import dataclass

from .. import body, owners, table
from ..dates import cadence, in_text
from ..tasks import make_task
from .base import Doc, Found

LONG_TIME_CELL = 24


class DivisionTable:
    name = "分工表"

    def recognise(self, doc: Doc) -> float | None:
        # a header row (or numbered rows under one) is the strongest evidence a plan gives;
        # a table that names neither owners nor times, weaker than items that name owners
        found = doc.table()
        if found is None:
            return None
        if found.timed_only:
            # a table known only by a task column's header and its cells' times (an annexed
            # schedule, a timetable as well as a task table): below any numbered items
            return 0.25
        return 0.9 if table.owned(found) else 0.45

    def read(self, doc: Doc) -> list[Found]:
        found = doc.table()
        if found is None:
            return []
        issued, year = doc.issued, doc.year
        def body_leads() -> "_BodyLeads":  # (the body parsed only for a row with no lead)
            return doc.memo("body_leads", lambda: _body_leads(doc.items()))
        # deadlines without a year are in the year the table's title names, else the plan's
        at, work = table.reference(found, issued), found.year or year
        tasks: list[Found] = []
        timed = any(kind == "time" for kind, _ in found.columns)
        above: table.Row | None = None
        above_inherited = False
        rows = list(table.rows(doc.lines, found, at))
        for row in rows:
            # a row that names no unit (or no time) where the row above does: its cell was
            # merged with the one above (a flattened table gives a merged cell only in its
            # first row), in the same section; not the last row where the page ends in it,
            # its other cells empty (3 | 加强信用制度建设 |: the page cut, nothing merged)
            same = above is not None and row.section == above.section
            # (…where the row above names its own units: two rows in a row with none are
            # one merged cell's)
            cut = row is rows[-1] and not row.time and _page_ends_in(doc.lines, row.task) and \
                above is not None and not above_inherited
            inherited = same and not (row.lead or row.owners) and not row.units_blank and \
                not cut
            if inherited and above is not None:
                row = dataclasses.replace(row, lead=above.lead, owners=above.owners)
            elif same and above is not None and above.lead and row.lead_merged:
                # the lead's cell merged over this row too, its co-owners its own
                row = dataclasses.replace(row, lead=above.lead)
            time_inherited = same and timed and not row.time and not row.time_blank and \
                above is not None and above.time is not None and not cut
            above_inherited = inherited
            if time_inherited and above is not None:
                row = dataclasses.replace(row, time=above.time, steps=above.steps)
            above = row
            led = owners.parse(row.lead, issued) if row.lead else owners.Owners()
            rest = owners.parse(row.owners, issued) if row.owners else owners.Owners()
            names = list(dict.fromkeys(led.names + rest.names))
            lead = led.names or rest.leads
            hint = None if lead else _matching_lead(row.task, body_leads())
            reading, reading_text = None, None
            if row.time and (len(row.time) > LONG_TIME_CELL or row.steps):
                # steps with dates (①3月底前…②5月底前…): only dates the words make deadlines
                _, reading = in_text(row.time, issued, year=work)
            elif not row.time and not timed:
                # a table with no time column: the deadline its task's words give (…年内运营)
                reading_text, reading = in_text("。".join(filter(None, (row.task, row.title))),
                                                issued, year=work)
            task, doubts = make_task(row.seq, row.task, names, row.time, issued,
                                     section=row.section, lead=lead, lead_hint=hint,
                                     title=row.title, reading=reading, year=work,
                                     reading_text=reading_text,
                                     others=led.vague or rest.vague,
                                     # no time column: work its words say recurs
                                     # (每季度开展一次…) repeats, as an item's does
                                     repeat=cadence(row.task) if not timed else None)
            if inherited and task.owners:
                doubts.append("责任单位沿用上一行（合并单元格）")
                task.review = True
            if time_inherited:
                doubts.append("完成时限沿用上一行（合并单元格）")
                task.review = True
            tasks.append(Found(task, doubts, row.part))
        return tasks


def _page_ends_in(lines: list[str], words: str) -> bool:
    """Whether the page's last line ends with words and the bars after them: a row the page
    is cut in after its task's cell."""
    last = re.sub(r"\s", "", next((line for line in reversed(lines) if line.strip()), ""))
    words = re.sub(r"\s", "", words)
    at = last.rfind(words[-8:]) if words else -1
    return at >= 0 and "|" in last and not last[at + len(words[-8:]):].strip("|")


def _grams(text: str, n: int = 4) -> set[str]:
    return {text[i:i + n] for i in range(max(0, len(text) - n + 1))}


@dataclass
class _BodyLeads:
    """The 牵头单位 the body's items name, indexed by their words' 4-grams: a table row finds
    the item that words it by the grams they share, without comparing it with every item
    (a table of thousands of rows under a body of thousands of items)."""
    leads: list[str]
    postings: dict[str, list[int]]  # gram -> the items whose words hold it


def _body_leads(items: list[body.Item]) -> _BodyLeads:
    found = _BodyLeads([], {})
    for item in items:
        if item.leads:
            for gram in _grams(item.text):
                found.postings.setdefault(gram, []).append(len(found.leads))
            found.leads.append("、".join(item.leads))
    return found


def _matching_lead(task_text: str, leads: _BodyLeads) -> str | None:
    """The 牵头单位 the body names for the item that words this table row: the item sharing
    the largest part of the row's 4-grams (the first of equals), where that is 30% or more."""
    grams = _grams(task_text)
    if not grams or not leads.leads:
        return None
    shared: dict[int, int] = {}
    for gram in grams:
        for k in leads.postings.get(gram, ()):
            shared[k] = shared.get(k, 0) + 1
    if not shared:
        return None
    best = max(shared.values())
    k = min(k for k, count in shared.items() if count == best)
    return leads.leads[k] if best / len(grams) >= 0.3 else None
