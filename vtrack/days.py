"""Days as people type them: 2026-08-30, 2026/8/30, 2026.8.30, 2026年8月30日, and 8月30日 or
8/30 in the year of the day the command judges from."""
import datetime
import re

_FULL = str.maketrans("０１２３４５６７８９／－．", "0123456789/-.")
_WITH_YEAR = re.compile(r"^((?:19|20)\d\d)\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)"
                        r"\s*(\d{1,2})\s*[日号]?$")
_NO_YEAR = re.compile(r"^(\d{1,2})\s*(?:[/.]|月)\s*(\d{1,2})\s*[日号]?$")


def parse_date(text, year=None):
    """The day text names, or None when it names none (or a day not on the calendar)."""
    text = str(text).strip().translate(_FULL)
    m = _WITH_YEAR.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _NO_YEAR.match(text)
        if not m or year is None:
            return None
        y, (mo, d) = year, (int(g) for g in m.groups())
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None
