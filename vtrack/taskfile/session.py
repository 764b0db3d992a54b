"""The one way tasks.yaml is written: lock → locate → edit → validate → write → history →
cache, for every writer (the editing commands, `import`, `extract`).

    with EditSession(tasks_path, cache) as session:
        store = ...opened under the lock, so it is fresh...
        session.change(task, change, who)
        result = session.commit()

The lock is held from the read to the cache update, so two vtrack processes cannot lose each
other's change. Nothing is written until commit(), and commit() validates every edited
block before it writes: a change that would make the file invalid writes nothing.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Protocol

from ..errors import FileProblems, VtrackError
from ..model import LogEntry, Task, describe_zh
from . import history, lock
from .edit import TaskText, check_block, set_departments
from .read import parse
from .write import write_atomic

if TYPE_CHECKING:
    from types import TracebackType

    from ..changes import Change, Who


class Edited(NamedTuple):
    """One task rewritten in place: as it was, as it is, where its old block ended, and how
    many characters the block grew by (negative: shrank)."""
    old: Task
    new: Task
    end: int
    chars: int


@dataclass
class WriteResult:
    """What a session wrote, for the cache to follow and the command to report."""
    path: str
    report: list[str] = field(default_factory=list)
    edited: list[Edited] = field(default_factory=list)  # tasks rewritten in place
    data: bytes | None = None  # tasks.yaml's new bytes; None: it did not change
    whole: bool = False  # more than tasks' blocks changed: the cache must re-read the file
    noted: int = 0  # entries added to the history file
    diff: str | None = None  # dry run: what would change, as a diff


class Cache(Protocol):
    """What a session needs of the cache: to follow a write, inside the lock."""

    def apply(self, result: WriteResult) -> None: ...


class EditSession:
    def __init__(self, tasks_path: str, cache: Cache | None = None):
        self.path = str(tasks_path)
        self.cache = cache
        self.report: list[str] = []
        self._edited: list[Edited] = []
        self._blocks: list[tuple[int, int, str]] = []  # (start, end, new text) in the text read
        self._notes: list[dict[str, object]] = []
        self._text: TaskText | None = None
        self._whole: str | None = None  # a whole new text (extract)
        self._registry: dict | None = None
        self._lock = lock.locked(self.path)

    def __enter__(self) -> EditSession:
        self._lock.__enter__()
        self._seen = _fingerprint(self.path)  # the file as this session found it
        _remove_stale_temporaries(self.path)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._lock.__exit__(kind, error, trace)

    @property
    def text(self) -> TaskText:
        if self._text is None:  # read under the lock, once
            self._text = TaskText(self.path)
        return self._text

    # -- edits ---------------------------------------------------------------------------------
    def change(self, task: Task, change: Change, who: Who) -> None:
        """Apply one task's change: its block's fields and log entry in tasks.yaml, its notes
        to the history file. Tasks must come in any order; blocks are located by offset."""
        if change.empty:
            self.report.append(f"{task.id}: 没有变化")
            return
        # notes go to the history file, whose lines git merges from every clone
        self._notes += [{"on": n.on, "task": task.id, "kind": "note", "text": n.text,
                         "by": n.by} for n in change.notes]
        said = [f"备注：{n.text}" for n in change.notes]
        if change.edits_record:
            self._edit_block(task, change, who)
            if change.changes:
                said.insert(0, describe_zh(change.changes))
        self.report.append(f"{task.id}: " + "；".join(said))

    def _edit_block(self, task: Task, change: Change, who: Who) -> None:
        if task.offset is None:
            raise VtrackError(f"任务 {task.id} 不在缓存所记的位置：请运行 `vtrack sync` 后再试")
        start, end, block = self.text.block(task.id, task.offset)
        before = block.text()
        for key, value in change.set.items():
            block.set(key, value)
        for key in change.remove:
            block.remove(key)
        if change.changes:
            block.append("log", [LogEntry(who.on, change.changes, change.why or who.why,
                                          who.by)])
        after = block.text()
        try:
            new_task = check_block(after, task.plan)
        except FileProblems as e:
            raise VtrackError(f"对 {task.id} 的修改将使记录无效：{e.problems[0][2]}；"
                              "未做任何改动") from None
        # kept aside: every block is found at its offset in the text as read, and the new
        # text is made once, at commit (a bulk edit of thousands of tasks: one pass)
        self._blocks.append((start, end, after))
        self._edited.append(Edited(task, new_task, end, len(after) - len(before)))

    def set_registry(self, registry: dict) -> None:
        """Write the departments registry in the same write (reassign --retire)."""
        self._registry = registry

    def replace_all(self, text: str) -> None:
        """The whole file anew (extract's merge): validated at commit like any edit."""
        self._whole = text

    # -- commit --------------------------------------------------------------------------------
    def commit(self, dry_run: bool = False, order: list[str] | None = None) -> WriteResult:
        """Validate, then write the history file's new lines, tasks.yaml, and the cache.

        order: task ids in the order the command was given them, for the history file."""
        result = WriteResult(self.path, self.report, self._edited)
        data = self._new_data()
        whole = self._registry is not None or self._whole is not None
        if data is not None and whole:
            # never write a file vtrack refuses: edited blocks were checked one by one,
            # a new registry or a whole new text is checked whole
            parse(data, self.path)
        if order is not None:
            place = {task_id: k for k, task_id in enumerate(order)}
            self._notes.sort(key=lambda n: place.get(str(n["task"]), 0))
        if data is None and not self._notes:
            return result  # nothing to write, nothing to show
        if dry_run:
            result.diff = (self._diff(data) if data is not None else "") + self._notes_diff()
            return result
        if data is not None:
            self._unchanged_since_read()
        # the notes first: should tasks.yaml then fail to be written, running the command
        # again finds them noted already and adds the rest
        result.noted = history.append(history.path_for(self.path), self._notes)
        if data is not None:
            self._unchanged_since_read()
            write_atomic(self.path, data)
            result.data = data
            result.whole = whole
        if self.cache is not None and (data is not None or result.noted):
            self.cache.apply(result)
        return result

    def _unchanged_since_read(self) -> None:
        if _fingerprint(self.path) != self._seen:
            # another program (an editor saving) wrote it meanwhile: its change stands
            raise VtrackError(f"{self.path} 在本次修改期间被其他程序改动（如编辑器保存）："
                              "未写入任何改动；请确认该改动后重新运行")

    def _new_data(self) -> bytes | None:
        if self._whole is not None:
            return self._whole.encode("utf-8")
        if not self._edited:
            return None  # a registry alone changes nothing: only with the tasks it moves
        self.text.replace_blocks(self._blocks)
        self._blocks = []
        if self._registry is not None:
            self.text.text = set_departments(self.text.text, self._registry, self.text.newline)
        return self.text.data()

    def _diff(self, data: bytes) -> str:
        try:
            with open(self.path, encoding="utf-8-sig") as f:
                old = f.read().splitlines(keepends=True)
        except FileNotFoundError:  # a new file (extract -o)
            old = []
        new = data.decode("utf-8-sig").splitlines(keepends=True)
        return "".join(difflib.unified_diff(old, new, fromfile=f"a/{self.path}",
                                            tofile=f"b/{self.path}"))

    def _notes_diff(self) -> str:
        """The lines the notes would add to the history file, as a diff shows them."""
        if not self._notes:
            return ""
        path = history.path_for(self.path)
        return f"--- a/{path}\n+++ b/{path}\n" + "".join(
            f"+{history.line(n)}" for n in self._notes)


def _fingerprint(path: str) -> tuple[int, int, int, int] | None:
    """Which file is at path, how long, and when it was last written (None: none). The
    change time too: an editor that keeps the modification time cannot keep that."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _remove_stale_temporaries(path: str) -> None:
    """Temporary files a killed write left beside the task file (.tasks-*.tmp): under the
    lock no vtrack is writing one now; a program of another kind might, so only old ones."""
    import glob
    import time
    folder = os.path.dirname(os.path.abspath(path))
    for stale in glob.glob(os.path.join(glob.escape(folder), ".tasks-*.tmp")):
        try:
            if time.time() - os.stat(stale).st_mtime > 600:
                os.unlink(stale)
        except OSError:
            pass
