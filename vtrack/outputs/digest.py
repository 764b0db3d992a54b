"""The weekly digest for leadership (周调度): what is late, what comes next, what was done and
changed in the period, ongoing work, and each department's load.

It is built from the same queries as `due`, `list`, `history` and `workload`, so its figures
agree with theirs to the task. The same data and day give the same bytes.
"""
from __future__ import annotations

import datetime
import hashlib
import html
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Status, Task, repeat_zh
from . import text as render
from .text import Column, date_text

if TYPE_CHECKING:
    from ..cache.queries import Store

UPCOMING_DAYS = 14
EXTENSIONS = {"markdown": "md", "text": "txt", "html": "html"}

Entry = Mapping[str, Any]  # a change as Store.history gives it


@dataclass
class Section:
    heading: str
    columns: list[Column]
    rows: Sequence[Any]  # tasks, or records: grouped changes, workload rows, plans
    empty: str


@dataclass
class Digest:
    title: str
    summary: list[str]
    sections: list[Section]
    overdue: int


def period_start(as_of: datetime.date, days: int) -> datetime.date:
    return as_of - datetime.timedelta(days=days - 1)


def build(store: Store, as_of: datetime.date, days: int = 7, dept: str | None = None,
          history: Sequence[Entry] | None = None) -> Digest:
    """The digest of the `days` days that end on as_of, for one department or all.

    history: the period's changes when already read (one read serves every department)."""
    start = period_start(as_of, days)
    if history is None:
        history = store.history(since=start)
    dated, _ = store.due(as_of, within=UPCOMING_DAYS, dept=dept)
    overdue = [t for t in dated if render.is_late(t)]
    upcoming = [t for t in dated if not render.is_late(t)]
    # late since a day of this period: due the day before it or later
    is_new = _due_since(start - datetime.timedelta(days=1))
    every = store.tasks(dept=dept, include_closed=True)
    standing = [t for t in every if t.is_open and (t.repeat or (t.ongoing and not t.due))]
    done = [t for t in every if t.status == Status.DONE
            and t.done_on and start <= t.done_on <= as_of]
    mine = {t.id for t in every} if dept else None
    changes = grouped_changes([e for e in history if e["on"] <= as_of.isoformat()
                               and (mine is None or e["task"] in mine)])
    workload = store.workload(as_of, dept=dept)
    scope = dept or "全部部门"
    new = sum(1 for t in overdue if is_new(t))
    finished = [t for t in every if t.status == Status.DONE]
    on_time = sum(1 for t in finished if t.done_on_time)
    summary = [f"逾期 {len(overdue)} 项（本期新增 {new} 项）",
               f"{UPCOMING_DAYS} 天内到期 {len(upcoming)} 项",
               f"本期办结 {len(done)} 项，变更 {sum(len(c['tasks']) for c in changes)} 项次",
               f"定期与持续实施的任务 {len(standing)} 项",
               f"全部 {len(every)} 项任务已办结 {len(finished)} 项，办结率 "
               f"{render.percent(len(finished) / len(every) if every else None)}，按时办结率 "
               f"{render.percent(on_time / len(finished) if finished else None)}"]
    shown = {t.plan for t in overdue + upcoming + done + standing}
    plans = [p for p in store.plans() if p["id"] in shown]
    sections = [
        Section("逾期任务", _overdue_columns(is_new), overdue, "没有逾期任务。"),
        Section(f"{UPCOMING_DAYS} 天内到期", _UPCOMING, upcoming, "没有即将到期的任务。"),
        Section("本期办结", _DONE, done, "本期没有办结的任务。"),
        Section("本期变更", _CHANGES, changes, "本期没有变更。"),
        Section("定期与持续实施的任务", _STANDING, standing, "没有定期或持续实施的任务。"),
        Section("各部门工作量", render.workload_columns(workload, with_bar=False, short=True),
                workload, "没有任务。"),
        Section("涉及的计划", _PLANS, plans, "没有涉及的计划。"),
    ]
    return Digest(f"{scope}任务周报（{start} 至 {as_of}）", summary, sections, len(overdue))


def grouped_changes(entries: Sequence[Entry]) -> list[dict[str, Any]]:
    """The period's changes, one row for what one command did to many tasks at once (a bulk
    reassignment of 14 tasks is one row that names them)."""
    rows: list[dict[str, Any]] = []
    at: dict[tuple[object, ...], int] = {}
    for entry in entries:
        key = (entry["on"], entry["zh"], entry["why"], entry["by"])
        if key in at:
            rows[at[key]]["tasks"].append(entry["task"])
            continue
        at[key] = len(rows)
        rows.append({"on": key[0], "what": key[1], "why": key[2], "by": key[3],
                     "tasks": [entry["task"]]})
    return rows


def _due_since(day: datetime.date) -> Callable[[Task], bool]:
    return lambda task: task.due is not None and task.due >= day


def _owners(task: Task) -> str:
    return "、".join(task.owners)


def _tasks(row: Mapping[str, Any]) -> str:
    ids = row["tasks"]
    return ids[0] if len(ids) == 1 else f"{len(ids)} 项：{'、'.join(ids)}"


def _plan_title(plan: Mapping[str, Any]) -> str:
    return plan["title"] + (f"（{plan['doc_no']}）" if plan.get("doc_no") else "")


def _on_time(task: Task) -> str:
    if task.first_due is None:
        return ""
    return "是" if task.done_on_time else "否"


# titles in full: a leader reads the task, not the first eleven characters of it
_TITLE = Column("任务", lambda t: t.title, wrap=24)
_LIGHT = render.TASK_COLUMNS["light"]
_ID = Column("编号", lambda t: t.id)
_DUE = Column("截止日期", lambda t: date_text(t.due))


def _overdue_columns(is_new: Callable[[Task], bool]) -> list[Column]:
    """The overdue table's columns: 新 marks what became late in the period."""
    return [_LIGHT, _ID, _DUE,
            Column("逾期天数", lambda t: t.days_overdue, align="right"),
            Column("新", lambda t: "新" if is_new(t) else ""),
            Column("责任单位", _owners, wrap=18), _TITLE]


_UPCOMING = [_LIGHT, _ID, _DUE, Column("责任单位", _owners, wrap=20), _TITLE]
_DONE = [_ID, Column("办结日期", lambda t: date_text(t.done_on)),
         Column("按时", _on_time),
         Column("责任单位", _owners, wrap=20), _TITLE]
_CHANGES = [Column("日期", lambda e: e["on"]), Column("编号", _tasks, wrap=20),
            Column("变更", lambda e: e["what"], wrap=24), Column("原因", lambda e: e["why"],
                                                                 wrap=14),
            Column("操作人", lambda e: e["by"] or "手工编辑", width=10)]
_STANDING = [_ID,
             Column("节奏", lambda t: repeat_zh(t.repeat) or "持续实施"),
             Column("下次期限", lambda t: date_text(t.due)),
             Column("责任单位", _owners, wrap=20), _TITLE]
_PLANS = [Column("计划", lambda p: p["id"]), Column("标题与文号", _plan_title, wrap=40)]


def render_digest(digest: Digest, fmt: str) -> str:
    if fmt == "html":
        return _html(digest)
    out = []
    if fmt == "markdown":
        out += [f"# {digest.title}", ""]
    else:
        out += [digest.title, "=" * render.display_width(digest.title), ""]
    out += [f"- {line}" for line in digest.summary]
    for section in digest.sections:
        if fmt == "markdown":
            out += ["", f"## {section.heading}（{len(section.rows)}）", ""]
        else:
            heading = f"{section.heading}（{len(section.rows)}）"
            out += ["", heading, "-" * render.display_width(heading)]
        if section.rows:
            out.append(render.listing([[c.get(r) for c in section.columns] for r in section.rows],
                                      section.columns, "markdown" if fmt == "markdown" else "text"))
        else:
            out.append(section.empty)
    return "\n".join(out) + "\n"


_STYLE = ("body{font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;"
          "color:#222;max-width:980px;margin:0 auto;padding:16px;line-height:1.5}"
          # on paper: A4, the table header again on every page, no row cut in two
          "@page{size:A4;margin:15mm 12mm}@media print{body{max-width:none;padding:0}"
          "h2{break-after:avoid}}thead{display:table-header-group}"
          "tr{break-inside:avoid;page-break-inside:avoid}"
          "h1{font-size:22px}h2{font-size:17px;margin-top:24px;border-bottom:1px solid #ddd}"
          "table{border-collapse:collapse;font-size:14px;margin:6px 0}"
          "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
          "th{background:#f2f2f2}td.r{text-align:right}.new{color:#b00000;font-weight:bold}"
          "td.nw,th{white-space:nowrap}"
          ".summary{background:#fff8e5;padding:8px 12px;border-left:4px solid #e0a000}"
          ".light{text-align:center;font-weight:bold}.red{background:#f8cbcb}"
          ".yellow{background:#fde9a9}.green{background:#cdebd3}")


def _html(digest: Digest) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(digest.title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
           f"<h1>{e(digest.title)}</h1>", '<ul class="summary">']
    out += [f"<li>{e(line)}</li>" for line in digest.summary] + ["</ul>"]
    for section in digest.sections:
        out.append(f"<h2>{e(section.heading)}（{len(section.rows)}）</h2>")
        if not section.rows:
            out.append(f"<p>{e(section.empty)}</p>")
            continue
        out.append("<table>")
        out.append("<thead><tr>" + "".join(f"<th>{e(c.header)}</th>" for c in section.columns)
                   + "</tr></thead>")
        for row in section.rows:
            cells = []
            for column in section.columns:
                value = column.get(row)
                text = e(render.clean("" if value is None else str(value)))
                classes = ["r"] if column.align == "right" else \
                    ["new"] if column.header == "新" and text else []
                if not column.wrap:
                    classes.append("nw")  # ids and dates stay on one line; text wraps
                if column is _LIGHT and row.light:
                    classes += ["light", str(row.light)]  # the light as the cell's fill
                css = f' class="{" ".join(classes)}"' if classes else ""
                cells.append(f"<td{css}>{text}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def write_all(store: Store, as_of: datetime.date, days: int, fmt: str,
              out_dir: str) -> tuple[list[str], int]:
    """An overview and one file per department in out_dir; returns the paths written."""
    from ..taskfile.write import write_atomic
    os.makedirs(out_dir, exist_ok=True)
    ext = EXTENSIONS[fmt]
    history = store.history(since=period_start(as_of, days))
    digests = [("总览", build(store, as_of, days, history=history))]
    digests += [(row["department"], build(store, as_of, days, dept=row["department"],
                                          history=history))
                for row in sorted(store.workload(as_of), key=lambda r: r["department"])]
    used: set[str] = set()
    paths = []
    for name, digest in digests:
        path = os.path.join(out_dir, f"{safe_filename(name, used)}.{ext}")
        write_atomic(path, render_digest(digest, fmt))
        paths.append(path)
    return paths, digests[0][1].overdue


_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def safe_filename(name: str, used: set[str]) -> str:
    """A file name from a department's name: no path separators or leading dots, the same
    every week, and different from the names already used."""
    safe = _UNSAFE.sub("_", name).strip(" ._") or "部门"
    # a name past 60 characters (a file name may hold 255 bytes, three a Chinese character)
    # is cut, and told apart by a hash of the whole
    if safe != name or safe.lower() in used or len(safe) > 60:
        safe = f"{safe[:60]}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:6]}"
    used.add(safe.lower())
    return safe
