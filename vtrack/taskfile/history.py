"""The history file beside tasks.yaml (tasks.history.yaml): notes, and the hand edits vtrack
found at sync, one line each.

tasks.yaml says what each task is; this file says what was noted about it and what was seen
to change by hand. Lines are only ever added, each line a whole entry, so git's union merge
joins what two clones added without a conflict (`tasks.history.yaml merge=union` in
.gitattributes, which vtrack writes where it creates the file inside a git work tree): two
people noting the same task merge cleanly, and every clone, and every fresh cache, reads the
same history.

    - {'on': 2026-11-23, task: ezhou-2022-03, note: 已报市政府审定, by: 市人社局}
    - {'on': 2026-11-23, task: ezhou-2022-05, edit: 'due: 2022-11-30 → 2022-12-31'}
    - {'on': 2026-11-30, task: ezhou-2022-03, remind: 钉钉：鄂州市人社局, by: 王强}
"""
import datetime
import json
import os
import sqlite3
from typing import Any, NamedTuple

from ..errors import VtrackError
from ..model import FieldChange, Task, plain_text

HEADER = ("# vtrack 历史记录：备注与手工修改，一行一条，只增不改。\n"
          "# git 以 merge=union 合并本文件（见 .gitattributes），多人同时添加备注不会冲突。\n")
_KINDS = ("note", "edit", "remind")
REMIND = "remind"  # a 催办 sent (`vtrack remind`): the channel and the department, 钉钉：市教育局


def path_for(tasks_path):
    """tasks.yaml -> tasks.history.yaml, beside it."""
    root, _ = os.path.splitext(str(tasks_path))
    return f"{root}.history.yaml"


Problem = tuple[int, int, str]  # line, column, message


def read(path: str, problems: list[Problem] | None = None) -> list[dict[str, Any]]:
    """The entries of a history file, in its order, repeats dropped; [] when there is none.

    A line that is not an entry (cut short by a full disk, mangled by hand, a merge's
    conflict marker) is skipped and reported in problems with its line and column: one bad
    line never stops the commands that read the rest. A hand edit that two clones both
    recorded (each saw it at its own sync) is one change: the first record of it stands."""
    import yaml
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return []
    except OSError as e:
        raise VtrackError(f"{path}：无法读取：{e.strerror}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    report = problems if problems is not None else []
    entries, seen = [], set()
    # split on newlines only: a separator a note held (U+2028, \x1c …) is not a line's end
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            stripped = raw.decode("utf-8").strip()
        except UnicodeDecodeError as e:
            report.append((number, e.start + 1, "不是 UTF-8 文本（写入时中断？）：已跳过这一行"))
            continue
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith(("<<<<<<<", "=======", ">>>>>>>")):
            report.append((number, 1, "git 合并冲突标记：保留两边的行，删去标记"
                           f"（在 .gitattributes 中加 `{os.path.basename(path)} merge=union`，"
                           "git 会自动这样合并）"))
            continue
        try:
            entry = read_line(stripped)
        except (yaml.YAMLError, ValueError, OverflowError) as e:  # 2022-02-30 is a ValueError
            mark = getattr(e, "problem_mark", None)
            report.append((number, mark.column + 2 if mark else 1,
                           f"不是一条历史记录：{getattr(e, 'problem', None) or e}"))
            continue
        if entry is None:
            report.append((number, 1, "一条历史记录占一行：`- {'on': YYYY-MM-DD, task: 编号, "
                           "note: 内容, by: 姓名}`（或以 edit: 代替 note:）"))
            continue
        entry["line"] = number
        key = _key(entry)
        if key not in seen:
            seen.add(key)
            entries.append(entry)
    return entries


def _key(entry: dict[str, Any]) -> tuple:
    """What makes two entries the same: a hand edit is its task and change, whoever saw it
    when; a note is all it says."""
    if entry["kind"] == "edit":
        return (entry["task"], "edit", entry["text"])
    if entry["kind"] == REMIND:  # one 催办 of a task to a department by a channel a day
        return (entry["task"], REMIND, entry["text"], entry["on"])
    return (entry["task"], "note", entry["text"], entry["on"], entry.get("by"))


def read_line(text):
    """One line of the file as its entry, or None where it is not one (yaml.YAMLError, or
    ValueError for a date not on the calendar, where it is not even that)."""
    import yaml
    text = text.strip()
    if not text.startswith("-"):
        return None
    return _entry(yaml.load(text[1:], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def _entry(value):
    """An entry as read, checked: on (a date), task, note or edit, by (optional)."""
    if not isinstance(value, dict):
        return None
    day = value.get("on", value.get(True))  # a bare on: reads as true in YAML 1.1
    kinds = [k for k in _KINDS if isinstance(value.get(k), str) and value[k].strip()]
    if not isinstance(day, datetime.date) or not isinstance(value.get("task"), str) or \
            len(kinds) != 1:
        return None
    by = value.get("by")
    return {"on": day, "task": value["task"].strip(), "kind": kinds[0],
            "text": value[kinds[0]].strip(), "by": str(by) if by is not None else None}


def line(entry: dict[str, Any]) -> str:
    """An entry as its line in the file: one line, whatever the text holds, read back the
    same (checked: an entry that would not be is refused, never written)."""
    from .write import yaml_value
    text = plain_text(entry["text"])
    if not text:
        what = "备注" if entry["kind"] == "note" else "记录"
        raise VtrackError(f"任务 {entry['task']}：空的{what}不写入历史文件")
    by = plain_text(entry["by"]) if entry.get("by") else None
    fields = {"on": entry["on"], "task": entry["task"], entry["kind"]: text}
    if by:
        fields["by"] = by
    if "\n" not in text and "\t" not in text:
        out = f"- {yaml_value(fields)}\n"
    else:  # a note of several lines: a double-quoted string, whose escapes JSON and YAML share
        out = "- {" + ", ".join(f"{yaml_value(k)}: " + (
            json.dumps(v, ensure_ascii=False) if isinstance(v, str) else yaml_value(v))
            for k, v in fields.items()) + "}\n"
    back = read_line(out)
    if back is None or (back["task"], back["kind"], back["text"], back["on"], back["by"]) != (
            entry["task"], entry["kind"], text, entry["on"], by):
        raise VtrackError(f"任务 {entry['task']} 的记录无法写成一行历史记录：未写入")
    return out


def append(path: str, entries: list[dict[str, Any]]) -> int:
    """Add entries to the history file, leaving out those it holds already (a hand edit seen
    before, a note written by a command that is run again); return how many were added.

    The file is written whole, anew, and renamed into place, under its own lock: a full
    disk or a kill leaves the old file or the new one, never half a line."""
    if not entries:
        return 0
    lines = [line(e) for e in entries]  # checked before anything is written
    from .lock import locked
    from .write import write_atomic
    with locked(path):
        try:
            with open(path, "rb") as f:
                old = f.read()
        except FileNotFoundError:
            old = b""
        except OSError as e:
            raise VtrackError(f"{path}：无法读取：{e.strerror}") from None
        known = {_key(e) for e in read(path)} if old else set()
        new = []
        for entry, text in zip(entries, lines, strict=True):
            key = _key({**entry, "text": plain_text(entry["text"]),
                        "by": plain_text(entry["by"]) if entry.get("by") else None})
            if key not in known:
                known.add(key)
                new.append(text)
        if not new:
            return 0
        head = HEADER.encode("utf-8") if not old else old if old.endswith(b"\n") else old + b"\n"
        write_atomic(path, head + "".join(new).encode("utf-8"))
    if not old:
        _union_merge(path)
    return len(new)


def _union_merge(path):
    """Tell git to merge the history file by keeping both sides' lines, where it is in a git
    work tree and nothing says so yet."""
    from .gitrepo import add_attributes, set_up_merge
    root = path.removesuffix(".history.yaml")
    for tasks_path in (f"{root}.yaml", f"{root}.yml"):
        if path_for(tasks_path) == path and os.path.exists(tasks_path):
            set_up_merge(tasks_path, path)  # both rules, as a new cache writes them
            return
    add_attributes((path, "merge=union"))


# what a sync records of a task it finds new in the file (extract's among them)
ADDED = "手工添加到 tasks.yaml"


class OldRow(NamedTuple):
    """What the cache held of a task before a sync, to tell what a hand edit changed."""
    owners: list[str]
    due: str | None  # ISO
    status: str
    plan_place: int | None  # its plan's place in the file
    place: int | None  # its place in its plan
    logged: int  # entries in its log


def hand_edit_events(old: dict[str, OldRow], changed: list[Task], present: set[str],
                     today: datetime.date) -> list[dict[str, Any]]:
    """History entries for what a hand edit changed: owners, due, status of the changed
    tasks (in file order), then the tasks no longer in the file (in their old order)."""
    return changed_by_hand(old, changed, today) + gone_by_hand(old, present, today)


def changed_by_hand(old: dict[str, OldRow], changed: list[Task],
                    today: datetime.date) -> list[dict[str, Any]]:
    """The owners, due and status changes of tasks read anew, against the rows the cache
    held. A task whose log grew was changed by vtrack (here, or in a clone whose change was
    pulled): its log says what changed, and nothing is recorded as a hand edit. One whose log
    shrank was put back from elsewhere (`git checkout`, a reset, a copy): the change it undid
    is gone from its log, so what it changed back is recorded, as any change made outside
    vtrack is; the history then still tells what happened."""
    events = []
    for task in changed:
        before = old.get(task.id)
        if before is None:
            events.append(_edit(today, task.id, ADDED))
            continue
        if len(task.log) > before.logged:
            continue
        due = task.due.isoformat() if task.due else None
        for change in (FieldChange("owners", "、".join(before.owners), "、".join(task.owners)),
                       FieldChange("due", before.due, due),
                       FieldChange("status", before.status, str(task.status))):
            if change.old != change.new:
                events.append(_edit(today, task.id, change.text()))
    return events


def gone_by_hand(old: dict[str, OldRow], present: set[str],
                 today: datetime.date) -> list[dict[str, Any]]:
    """The tasks no longer in the file, in their old order."""
    gone = sorted((row.plan_place or 0, row.place or 0, task_id) for task_id, row in old.items()
                  if task_id not in present)
    return [_edit(today, task_id, "从 tasks.yaml 中删除") for _, _, task_id in gone]


def _edit(on: datetime.date, task_id: str, what: str) -> dict[str, Any]:
    return {"on": on, "task": task_id, "kind": "edit", "text": what, "by": None}


# -- the cache's copy ---------------------------------------------------------------------------

TABLE = "CREATE TABLE journal (line INTEGER, on_day TEXT, task TEXT, kind TEXT, text TEXT, " \
        "by TEXT, from_due TEXT)"


def refresh(conn: sqlite3.Connection, tasks_path: str,
            tasks_changed: bool = False) -> list[str]:
    """Bring the cache's copy of the history file up to date (one stat when it is), and the
    first due dates that hand edits recorded there. Returns the lines it skipped, said as
    file:line:column, when it read the file."""
    path = path_for(tasks_path)
    try:
        stat = os.stat(path)
        mark = f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"
    except FileNotFoundError:
        mark = "none"
    row = conn.execute("SELECT value FROM meta WHERE key = 'history'").fetchone()
    if row is not None and row[0] == mark and not tasks_changed:
        return []
    problems: list[Problem] = []
    with conn:
        if row is None or row[0] != mark:
            conn.execute("DELETE FROM journal")
            conn.executemany(
                "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((e["line"], e["on"].isoformat(), e["task"], e["kind"], e["text"], e["by"],
                  _from_due(e)) for e in read(path, problems)))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('history', ?)", (mark,))
        # a due date changed by hand is a postponement: the first date is kept, as
        # `vtrack postpone` keeps it in due_original
        conn.execute("""
            UPDATE tasks SET due_original = (
              SELECT from_due FROM journal WHERE journal.task = tasks.id
                AND from_due IS NOT NULL ORDER BY on_day, line LIMIT 1)
            WHERE due_original IS NULL AND id IN (
              SELECT task FROM journal WHERE from_due IS NOT NULL)""")
        conn.execute("UPDATE tasks SET due_original = NULL WHERE due_original = due AND id IN ("
                     "SELECT task FROM journal WHERE from_due IS NOT NULL)")
    return [f"{path}:{line}:{column}: {message}（已跳过）" for line, column, message in problems]


def _from_due(entry: dict[str, Any]) -> str | None:
    """The first date of a due date moved by hand (the file's words: due: A → B)."""
    if entry["kind"] != "edit":
        return None
    changes = FieldChange.parse(entry["text"])
    return changes[0].old if changes and changes[0].field == "due" else None


