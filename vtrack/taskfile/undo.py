"""What `vtrack undo` can take back: the changes vtrack made in this working copy, newest
last, one line each (tasks.yaml.undo beside tasks.yaml, kept out of git like the lock).

Why a journal of its own, and not the log in tasks.yaml: log entries carry a day, not a
time, so three changes made the same morning to three tasks cannot be ordered from the log,
and one bulk `reassign --dept` is many entries that must be undone together. The journal
keeps, for each command that wrote, the fields it changed as they were before and after,
the notes it added, or the task it added or the plan it renamed. `undo` takes the last
record, checks that the file still holds what the command wrote (else it refuses: a hand
edit or another change came since), puts the old values back and removes the record, so a
second `undo` takes back the command before. A clone's journal is its own: a change pulled
from a colleague is not this coordinator's to undo.

The journal is a convenience, not a record: losing it loses only the undo (tasks.yaml's
log and the history file still tell what happened).
"""
from __future__ import annotations

import datetime
import enum
import json
import os
from typing import Any

from ..errors import VtrackError
from ..model import FIELDS, Status

KEEP = 100  # records kept: enough to walk back a week at the desk
_KINDS = {f.name: f.kind for f in FIELDS}


# the fields a refusal names, as people call them
LABELS = {"title": "标题", "text": "任务内容", "owners": "责任单位", "lead": "牵头单位",
          "due": "期限", "due_original": "原定期限", "status": "状态", "done_on": "办结日期",
          "review": "复核标记", "seq": "序号", "section": "所属部分"}


def path_for(tasks_path: str) -> str:
    return f"{tasks_path}.undo"


def plain(value: object) -> object:
    """A field's value as the journal keeps it (JSON)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if hasattr(value, "as_dict"):  # a part of a task (a milestone, a merge's conflict)
        return plain(value.as_dict())
    return value


def typed(name: str, value: object) -> object:
    """A field's value from the journal, as the task file writes it."""
    if value is None:
        return None
    kind = _KINDS.get(name)
    if kind == "milestones" and isinstance(value, list):
        from ..model import Milestone
        return [Milestone(datetime.date.fromisoformat(m["due"]), m.get("text")) for m in value]
    if kind == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if kind == "status" and isinstance(value, str):
        return Status(value)
    return value


def read(tasks_path: str) -> list[dict[str, Any]]:
    """The records, oldest first; a line that is not one (cut short) is left out."""
    try:
        with open(path_for(tasks_path), encoding="utf-8") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return []
    except OSError as e:
        raise VtrackError(f"{path_for(tasks_path)}：无法读取：{e.strerror}") from None
    records = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("kind"):
            records.append(record)
    return records


def write(tasks_path: str, records: list[dict[str, Any]]) -> None:
    """The journal anew (the caller holds tasks.yaml's lock)."""
    from .write import write_atomic
    path = path_for(tasks_path)
    new = not os.path.exists(path)
    write_atomic(path, "".join(json.dumps(r, ensure_ascii=False) + "\n"
                               for r in records[-KEEP:]))
    if new:  # never committed with a `git add -A`
        from .gitrepo import keep_out
        keep_out(path)


def push(tasks_path: str, record: dict[str, Any]) -> None:
    """One record more (the caller holds tasks.yaml's lock): a line appended, so a change
    costs one line, not a rewrite of the journal; the journal is cut back to KEEP records
    once it holds twice as many. A line a crash cut short is skipped by read()."""
    path = path_for(tasks_path)
    if not os.path.exists(path):
        write(tasks_path, [record])
        return
    try:
        with open(path, "rb+") as f:
            old = f.read()
            f.write((b"" if not old or old.endswith(b"\n") else b"\n")
                    + (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            lines = old.count(b"\n") + 1
    except OSError as e:
        raise VtrackError(f"{path}：无法写入：{e.strerror}") from None
    if lines > 2 * KEEP:
        write(tasks_path, read(tasks_path))


def summary(record: dict[str, Any]) -> str:
    """A record as people read it, in one line."""
    day = record.get("on", "")
    if record["kind"] == "add":
        return f"{day} 添加任务 {record['task']}"
    if record["kind"] == "rename":
        return f"{day} 计划 {record['old']} 改为 {record['new']}"
    said = [f"{e['id']}：{e['said']}" for e in record.get("tasks", []) if e.get("said")]
    said += [f"{n['task']}：备注 {n['text'][:20]}" for n in record.get("notes", [])]
    more = f" 等 {len(said)} 处" if len(said) > 2 else ""
    return f"{day} " + "；".join(said[:2]) + more


def remove_history_lines(path: str, entries: list[dict[str, Any]], dry_run: bool) -> str:
    """Take the lines of notes vtrack added out of the history file (undo of `note`): the
    last line of each entry. The file is union-merged; a line not yet pulled elsewhere goes
    cleanly, as any line deleted on one side only does. Returns the diff of what goes;
    VtrackError where a note is not there any more."""
    from . import history
    from .lock import locked
    from .write import write_atomic
    with locked(path):
        try:
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            data = b""
        lines = data.decode("utf-8-sig").splitlines(keepends=True)
        gone = []
        for entry in entries:
            wanted = (entry["task"], "note", entry["text"], entry["on"], entry.get("by"))
            for i in range(len(lines) - 1, -1, -1):
                try:
                    found = history.read_line(lines[i])
                except Exception:  # noqa: BLE001 - a line that is no entry is not the one
                    found = None
                if found and (found["task"], found["kind"], found["text"],
                              found["on"].isoformat(), found["by"]) == wanted:
                    gone.append(lines.pop(i))
                    break
            else:
                raise VtrackError(f"任务 {entry['task']} 的备注“{entry['text'][:30]}”已不在"
                                  f"{path} 中：未撤销")
        if not dry_run:
            bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
            write_atomic(path, bom + "".join(lines).encode("utf-8"))
    return f"--- a/{path}\n+++ b/{path}\n" + "".join(f"-{line}" for line in gone)
