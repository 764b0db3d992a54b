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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import CORRECTED, FieldChange, Status, Task, repeat_zh
from . import text as render
from .text import Column, date_text

if TYPE_CHECKING:
    from ..cache.queries import Store

UPCOMING_DAYS = 14
CHART_WEEKS = 13  # the last quarter, week by week
EXTENSIONS = {"markdown": "md", "text": "txt", "html": "html"}

Entry = Mapping[str, Any]  # a change as Store.history gives it


@dataclass
class Section:
    heading: str
    columns: list[Column]
    rows: Sequence[Any]  # tasks, or records: grouped changes, workload rows, plans
    empty: str
    # what the heading's count counts, when not the rows: the changes' rows name their
    # tasks, and the count is of tasks, as the summary's
    count: str | None = None
    # a line under a row (an overdue task's latest progress), in the column of this header
    below: Callable[[Any], str | None] | None = None
    below_in: str = "任务"

    @property
    def counted(self) -> str:
        return f"{self.heading}（{self.count or len(self.rows)}）"


@dataclass
class Digest:
    title: str
    summary: list[str]
    sections: list[Section]
    overdue: int
    # (week's last day, tasks overdue that day) for the last quarter, oldest first
    weekly: list[tuple[datetime.date, int]] = field(default_factory=list)


def period_start(as_of: datetime.date, days: int) -> datetime.date:
    return as_of - datetime.timedelta(days=days - 1)


def build(store: Store, as_of: datetime.date, days: int = 7, dept: str | None = None,
          history: Sequence[Entry] | None = None) -> Digest:
    """The digest of the `days` days that end on as_of, for one department or all.

    history: the changes since the chart's first week when already read (one read serves
    every department)."""
    start = period_start(as_of, days)
    if history is None:
        history = store.history(since=history_start(as_of, days))
    # a 催办 is no change of the task: counted under it (已催办 N 次), not among the changes
    history = [e for e in history if e["source"] != "remind"]
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
    history = [e for e in history if mine is None or e["task"] in mine]
    titles = {t.id: t.title for t in every}
    period = [e for e in history if start.isoformat() <= e["on"] <= as_of.isoformat()]
    changes = grouped_changes([e for e in period if not is_correction(e)], titles)
    corrections = grouped_changes([e for e in period if is_correction(e)], titles)
    changed = len({e["task"] for e in period if not is_correction(e)})
    corrected = len({e["task"] for e in period if is_correction(e)})
    workload = store.workload(as_of, dept=dept)
    scope = dept or "全部部门"
    new = sum(1 for t in overdue if is_new(t))
    finished = [t for t in every if t.status == Status.DONE]
    on_time = sum(1 for t in finished if t.done_on_time)
    summary = [f"逾期 {len(overdue)} 项（本期新增 {new} 项）",
               f"{UPCOMING_DAYS} 天内到期 {len(upcoming)} 项",
               f"本期办结 {len(done)} 项；有变更的任务 {changed} 项"
               + (f"，另有 {corrected} 项任务更正了记录" if corrected else ""),
               f"定期与持续实施的任务 {len(standing)} 项",
               f"全部 {len(every)} 项任务已办结 {len(finished)} 项，办结率 "
               f"{render.percent(len(finished) / len(every) if every else None)}，按时办结率 "
               f"{render.percent(on_time / len(finished) if finished else None)}"]
    shown = {t.plan for t in overdue + upcoming + done + standing}
    plans = [p for p in store.plans() if p["id"] in shown]
    reminded = store.reminders([t.id for t in dated])

    def progress_and_reminders(task: Task) -> str | None:
        said = [s for s in (latest_progress(task), reminders_text(reminded.get(task.id)))
                if s]
        return "；".join(said) or None

    sections = [
        Section("逾期任务", _overdue_columns(is_new), overdue, "没有逾期任务。",
                below=progress_and_reminders),
        Section(f"{UPCOMING_DAYS} 天内到期", _UPCOMING, upcoming, "没有即将到期的任务。",
                below=lambda t: reminders_text(reminded.get(t.id))),
        Section("本期办结", _DONE, done, "本期没有办结的任务。"),
        Section("本期变更", _CHANGES, changes, "本期没有变更。", count=f"{changed} 项任务"),
    ]
    if corrections:  # records put right: not a change of plan, so apart from the changes
        sections.append(Section("记录更正", _CHANGES, corrections, "",
                                count=f"{corrected} 项任务"))
    sections += [
        Section("定期与持续实施的任务", _STANDING, standing, "没有定期或持续实施的任务。"),
        Section("各部门工作量", render.workload_columns(workload, with_bar=False, short=True),
                workload, "没有任务。"),
        Section("涉及的计划", _PLANS, plans, "没有涉及的计划。"),
    ]
    weekly = overdue_by_week(every, history, as_of)
    return Digest(f"{scope}任务周报（{start} 至 {as_of}）", summary, sections, len(overdue),
                  weekly)


def history_start(as_of: datetime.date, days: int) -> datetime.date:
    """The first day whose changes the digest reads: its period's, or the chart's."""
    return min(period_start(as_of, days), week_ends(as_of)[0])


def is_correction(entry: Entry) -> bool:
    """A record put right rather than a change of plan: `vtrack edit` logs 更正, and a hand
    edit of anything but the owners, the date or the status (a title or text retyped)."""
    what = str(entry["what"] or "")
    if any(part.startswith(CORRECTED) for part in what.split("; ")):
        return True
    if entry["source"] != "hand":
        return False
    field = what.partition(": ")[0]
    return field not in ("owners", "lead", "due", "status") and not what.startswith(
        ("手工添加", "从 tasks.yaml 中删除"))


def reminders_text(reminded: Sequence[tuple[str, str]] | None) -> str | None:
    """A task's 催办 as the digest says them: 已催办 2 次（最近 2022-09-01）."""
    if not reminded:
        return None
    return f"已催办 {len(reminded)} 次（最近 {reminded[-1][0]}）"


def latest_progress(task: Task) -> str | None:
    """An overdue task's newest note: what its department last said of it."""
    if not task.notes:
        return None
    note = max(enumerate(task.notes), key=lambda n: (n[1].on, n[0]))[1]
    by = f"，{note.by}" if note.by else ""
    return f"最新进展（{note.on}{by}）：{note.text}"


def week_ends(as_of: datetime.date) -> list[datetime.date]:
    """The last day of each of the last CHART_WEEKS weeks, as_of the last: oldest first."""
    return [as_of - datetime.timedelta(weeks=k) for k in range(CHART_WEEKS - 1, -1, -1)]


def overdue_by_week(tasks: Sequence[Task], history: Sequence[Entry],
                    as_of: datetime.date) -> list[tuple[datetime.date, int]]:
    """How many tasks were overdue at the end of each week of the last quarter: each task
    taken back to that day by undoing the changes of its date and status recorded since
    (postponed, done, reopened), so a task postponed last month counts as late in the weeks
    it was late then. A corrected date (更正) is not undone: the record was wrong, the date
    it gives was the date all along. Tasks added to the file since a day are not counted on
    it; the last point is the digest's own overdue count."""
    since: dict[str, list[tuple[str, FieldChange]]] = {}
    added: dict[str, str] = {}
    for entry in history:
        if entry["source"] == "note":
            continue
        if str(entry["what"]).startswith(("添加", "手工添加")):  # vtrack add, or by hand
            added.setdefault(entry["task"], entry["on"])
        for change in FieldChange.parse(str(entry["what"])):
            if change.field in ("due", "status"):
                since.setdefault(entry["task"], []).append((entry["on"], change))
    points = []
    for end in week_ends(as_of):
        day = end.isoformat()
        count = 0
        for task in tasks:
            if added.get(task.id, "") > day:
                continue
            due = task.due.isoformat() if task.due else None
            status = str(task.status)
            for on, change in reversed(since.get(task.id, [])):
                if on <= day:
                    break
                if change.field == "due":
                    due = change.old
                else:
                    status = change.old or status
            if status == "done" and task.done_on and task.done_on > end:
                status = "open"  # done after that day, whether or not the log says so
            if status in ("open", "in_progress") and due and due < day:
                count += 1
        points.append((end, count))
    return points


def grouped_changes(entries: Sequence[Entry],
                    titles: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
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
                     "tasks": [entry["task"]], "titles": titles or {}})
    return rows


def _due_since(day: datetime.date) -> Callable[[Task], bool]:
    return lambda task: task.due is not None and task.due >= day


def _owners(task: Task) -> str:
    return "、".join(task.owners)


def _named(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """A change's tasks as (title, id): a leader knows a task by its title; a task deleted
    since has only its id."""
    return [(row["titles"].get(task_id, ""), task_id) for task_id in row["tasks"]]


def _tasks(row: Mapping[str, Any]) -> str:
    names = [f"{title}（{task_id}）" if title else task_id for title, task_id in _named(row)]
    return names[0] if len(names) == 1 else f"{len(names)} 项：{'；'.join(names)}"


def _tasks_html(row: Mapping[str, Any]) -> str:
    """The same in HTML: the title, then the id small and grey."""
    e = html.escape
    names = [(f"{e(render.clean(title))} " if title else "")
             + f'<small class="id">{e(task_id)}</small>' for title, task_id in _named(row)]
    return names[0] if len(names) == 1 else f"{len(names)} 项：{'；'.join(names)}"


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
_CHANGE_TASKS = Column("任务", _tasks, wrap=30)
_CHANGES = [Column("日期", lambda e: e["on"]), _CHANGE_TASKS,
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
            out += ["", f"## {section.counted}", ""]
        else:
            out += ["", section.counted, "-" * render.display_width(section.counted)]
        if section.rows:
            out.append(render.listing(_values(section), section.columns,
                                      "markdown" if fmt == "markdown" else "text"))
        else:
            out.append(section.empty)
    return "\n".join(out) + "\n"


def _values(section: Section) -> list[list[object]]:
    """A section's rows as cells, each followed by the line below it where there is one:
    blank but in its column (an overdue task's progress under its title)."""
    at = next((k for k, c in enumerate(section.columns) if c.header == section.below_in), -1)
    rows = []
    for row in section.rows:
        rows.append([c.get(row) for c in section.columns])
        below = section.below(row) if section.below and at >= 0 else None
        if below:
            rows.append(["" if k != at else f"└ {below}" for k in range(len(section.columns))])
    return rows


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
          ".summary{background:#fff8e5;padding:8px 12px 8px 30px;border-left:4px solid #e0a000}"
          ".light{text-align:center;font-weight:bold}.red{background:#f8cbcb}"
          ".yellow{background:#fde9a9}.green{background:#cdebd3}"
          "small.id{color:#777;font-size:12px;white-space:nowrap}"
          "td.below{color:#444;background:#fafafa;font-size:13px}"
          "figure{margin:8px 0}figcaption{font-size:13px;color:#555}"
          # fills and colours print as they show (browsers leave out backgrounds otherwise)
          "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          "figure,svg{break-inside:avoid}")


def _html(digest: Digest) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(digest.title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
           f"<h1>{e(digest.title)}</h1>", '<ul class="summary">']
    out += [f"<li>{e(line)}</li>" for line in digest.summary] + ["</ul>"]
    if digest.weekly:
        out.append(chart(digest.weekly))
    for section in digest.sections:
        out.append(f"<h2>{e(section.counted)}</h2>")
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
                if column is _CHANGE_TASKS:
                    text = _tasks_html(row)
                classes = ["r"] if column.align == "right" else \
                    ["new"] if column.header == "新" and text else []
                if not column.wrap:
                    classes.append("nw")  # ids and dates stay on one line; text wraps
                if column is _LIGHT and row.light:
                    classes += ["light", str(row.light)]  # the light as the cell's fill
                css = f' class="{" ".join(classes)}"' if classes else ""
                cells.append(f"<td{css}>{text}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
            below = section.below(row) if section.below else None
            if below:  # under the task, across the row: what its department last reported
                out.append(f'<tr><td></td><td class="below" colspan="{len(cells) - 1}">'
                           f"{e(render.clean(below))}</td></tr>")
        out.append("</table>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def chart(weekly: Sequence[tuple[datetime.date, int]]) -> str:
    """The overdue count at each week's end as an inline SVG of bars, each with its figure
    and its day: no script, no remote font or image, so it shows offline and prints."""
    width, height, left, top, bottom = 640, 170, 8, 22, 30
    step = (width - 2 * left) / max(1, len(weekly))
    tallest = max((n for _, n in weekly), default=0) or 1
    room = height - top - bottom
    title = f"逾期任务数：近 {len(weekly)} 周，每周最后一天（{weekly[0][0]} 至 {weekly[-1][0]}）"
    parts = [f'<figure><svg width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{html.escape(title)}" font-size="11" '
             "font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif\">",
             f'<line x1="{left}" y1="{top + room}" x2="{width - left}" y2="{top + room}" '
             'stroke="#999" stroke-width="1"/>']
    for k, (day, count) in enumerate(weekly):
        x = left + k * step
        bar_h = round(room * count / tallest, 1)
        last = k == len(weekly) - 1
        fill = "#c0392b" if last else "#e8a09a"  # this week's bar darker
        parts.append(f'<rect x="{x + step * 0.15:.1f}" y="{top + room - bar_h}" '
                     f'width="{step * 0.7:.1f}" height="{bar_h}" fill="{fill}">'
                     f"<title>{day}：逾期 {count} 项</title></rect>")
        weight = ' font-weight="bold"' if last else ""
        parts.append(f'<text x="{x + step / 2:.1f}" y="{top + room - bar_h - 4}" '
                     f'text-anchor="middle" fill="#333"{weight}>{count}</text>')
        parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 16}" '
                     f'text-anchor="middle" fill="#666">{day.month}/{day.day}</text>')
    parts.append(f"</svg><figcaption>{html.escape(title)}</figcaption></figure>")
    return "".join(parts)


def write_all(store: Store, as_of: datetime.date, days: int, fmt: str,
              out_dir: str) -> tuple[list[str], int]:
    """An overview and one file per department in out_dir; returns the paths written."""
    from ..taskfile.write import write_atomic
    os.makedirs(out_dir, exist_ok=True)
    ext = EXTENSIONS[fmt]
    history = store.history(since=history_start(as_of, days))
    digests = [("总览", build(store, as_of, days, history=history))]
    # a file for each department, none for a placeholder (各区、县级市: no one reads it); its
    # tasks are in the overview and in the file of each department that shares them
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
