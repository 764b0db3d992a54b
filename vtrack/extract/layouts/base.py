"""What every layout reads and gives: the document, read once, and the tasks it finds.

A layout is an object with a name (as the report prints it), a way to recognise itself in a
document and a way to read its tasks; vtrack/extract/layouts/__init__.py lists them.
"""
import datetime
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ...model import Task
from .. import body, meta, table, units

T = TypeVar("T")


@dataclass
class Doc:
    """One plan document as every layout sees it: its lines and what its head says, worked
    out once. issued: the date deadlines without a year count from (--issued, else the
    document's own); year: the year of the plan's work (meta.work_year)."""
    path: str | os.PathLike[str]
    lines: list[str]
    info: meta.Metadata
    issued: datetime.date | None
    year: int | None
    issuer: str | None
    own_issued: datetime.date | None = None  # the date the document gives, if any
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, path: str | os.PathLike[str], lines: list[str],
             issued_given: datetime.date | None = None) -> "Doc":
        lines = units.the_organs_named(lines)
        info = meta.metadata(lines)
        # the day a page reposted an old plan is no date of the plan's (a date the user
        # gives is the plan's, whatever the page says)
        reposted = meta.reposted_year(info, lines) if issued_given is None else None
        stamp = info["issued"]
        uploaded = issued_given is None and meta.uploaded(info, lines)
        if reposted is not None or uploaded:
            info["issued"] = None
        # a plan with no date, no year in its title or 文号: the one its opening names, else
        # the one year its text names
        year = cls._year(info, lines, reposted)
        if uploaded and year is not None and meta.named_as_target_only(lines, year):
            year = None  # (到2020年…, 比2012年…: a target's or a base's year, no plan's)
        if uploaded and stamp is not None and (
                (year is not None and year > stamp.year) or
                (year is None and meta.cites_a_recent_paper(lines, stamp.year))):
            # (the upload's day the latest the plan can be of: a year its words name after
            # it, 到2025年, is a target's; none named, no year is known and no date read,
            # unless the plan cites a paper of the stamp's year or the one before: then the
            # stamp's year is as good as any)
            info["issued"] = stamp
            year = cls._year(info, lines, reposted)
        own = info["issued"]
        if issued_given is not None:  # deadlines without a year, 明年 …, count from it
            info["issued"] = issued_given
        return cls(path, lines, info, info["issued"], year, info["issuer"],
                   own)

    @staticmethod
    def _year(info: meta.Metadata, lines: list[str], reposted: int | None) -> int | None:
        return reposted or meta.work_year(info, lines) or meta.opening_year(lines) or \
            meta.heading_year(lines) or meta.only_year(lines)

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """make(), worked out once per document: what one layout's recogniser found, for
        its reader, or what two layouts both look at (the body's items)."""
        if key not in self._memo:
            self._memo[key] = make()
        value: T = self._memo[key]
        return value

    def items(self) -> list[body.Item]:
        """The task items of the body's numbering (body.items), read once."""
        return self.memo("body.items", lambda: body.items(self.lines, self.issued, self.year))

    def notice(self) -> bool:
        """Whether the document is a paper sent to units (meta.is_notice), looked at once."""
        return self.memo("notice", lambda: meta.is_notice(self.info, self.lines))

    def table(self) -> table.Table | None:
        """The first task table of the document (table.find), found once."""
        return self.memo("table", lambda: table.find(self.lines, self.issued))


@dataclass
class Found:
    """A task as a layout found it, before the plan numbers it: the reasons a person should
    review it, and the number of the part it stands under (for its id, where the plan's
    numbering starts again in each part)."""
    task: Task
    doubts: list[str]
    part: int | None = None


class Layout(Protocol):
    """One way a plan lays out its tasks."""
    name: str  # as the report prints it: 分工表, 正文编号 …
    # (optional, read with getattr: `ceiling`, the best score it can give; `prose`, True where
    # its tasks are sentences read out of prose, whose news before them sets no time limit)

    def recognise(self, doc: Doc) -> float | None:
        """How well doc has this shape, from 0 to 1 (the strongest evidence wins); None
        where it has not this shape at all."""

    def read(self, doc: Doc) -> list[Found]:
        """The tasks, in the document's order; [] where there are none after all (the next
        layout is tried)."""
