"""The cache's questions: an open, up-to-date cache (cache.sync.open_store) answered.

Reading uses the standard sqlite3 module, because importing sqlite-utils costs about 0.3 s
and a warm `vtrack due` should cost less than that in all.
"""
from __future__ import annotations

import datetime
import json
import os
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..errors import VtrackError
from ..model import YELLOW_DAYS, FieldChange, Note, Role, Task, changes_text, describe_zh, sql_open
from ..taskfile import history
from .schema import FILE_ORDER, mark_file, owner_rows, refill_departments, task_from_row, task_row

OPEN, T_OPEN = sql_open(), sql_open("t.status")

if TYPE_CHECKING:  # the session's types only: a warm `vtrack due` imports no YAML
    from ..taskfile.session import Edited, WriteResult

# The questions other readers of the cache ask too (the web view's canned queries,
# outputs/web.py), kept here as SQL so the two cannot drift apart. The days are SQL
# expressions: `?` or `:as_of` here, a parameter with a default there.
DUE_ORDER = f"due, {FILE_ORDER}"


def due_where(until: str) -> str:
    """Open tasks with a date on or before until: what `vtrack due` lists."""
    return f"{OPEN} AND due IS NOT NULL AND due <= {until}"


def workload_sql(where: str = "", as_of: str = ":as_of", in30: str = ":in30",
                 yellow: str = ":yellow") -> str:
    """One row per department (a task counted once for each owner), unordered:
    WORKLOAD_ORDER ranks them."""
    return f"""
            SELECT o.department AS department, count(*) AS tasks,
              sum(o.role = 'lead') AS lead, sum(o.role = 'co') AS co,
              sum({T_OPEN}) AS open,
              sum({T_OPEN} AND t.due < {as_of}) AS overdue,
              sum({T_OPEN} AND t.due >= {as_of}
                  AND t.due <= {in30}) AS due_30d,
              sum({T_OPEN} AND t.due >= {as_of}
                  AND t.due <= {yellow}) AS yellow,
              sum({T_OPEN} AND (t.due IS NULL
                  OR t.due > {yellow})) AS green,
              sum(t.status = 'done') AS done,
              sum(t.status = 'done' AND (coalesce(t.due_original, t.due) IS NULL
                  OR t.done_on <= coalesce(t.due_original, t.due))) AS done_on_time
            FROM task_owners o JOIN tasks t ON t.id = o.task
            WHERE 1{where}
            GROUP BY o.department"""


WORKLOAD_ORDER = "overdue DESC, open DESC, department"



class Store:
    """An open, up-to-date cache. Build it with open_store()."""

    def __init__(self, conn: sqlite3.Connection, synced: dict[str, int] | None = None,
                 warnings: list[str] | None = None):
        self.conn = conn
        self.synced = synced  # counts when this open rebuilt the cache, else None
        self.warnings = warnings or []  # lines of the history file skipped, as file:line:col
        row = conn.execute("SELECT value FROM meta WHERE key = 'yellow_days'").fetchone()
        self.yellow_days = int(row[0]) if row else YELLOW_DAYS

    def judge(self, task: Task, as_of: datetime.date) -> Task:
        """Set what a task is on as_of: days_overdue (as_of minus due) and its light."""
        return task.judge(as_of, self.yellow_days)

    # -- departments -------------------------------------------------------------------------
    def department_names(self):
        """Every spelling vtrack knows (names, aliases, owners as written, and the identity
        of each: departments.identity) -> the name to write in tasks.yaml for it."""
        # a retired spelling gives way to the same spelling still in use elsewhere
        return dict(self.conn.execute(
            "SELECT name, canonical FROM department_names ORDER BY retired DESC"))

    def resolve_departments(self, name):
        """The departments a spelling finds: 市教育局 finds 鄂州市教育局 and 高平市教育局 where
        two cities' plans name one; a name a reorganisation retired finds its successor; a
        look-alike (市教育\u200b局, 市敎育局, 第１中学) finds what its identity finds."""
        name = name.strip()
        query = "SELECT DISTINCT department FROM department_names WHERE name = ? ORDER BY 1"
        found = [r[0] for r in self.conn.execute(query, (name,))]
        if not found:
            from ..departments import identity  # only for a name not found as it is typed
            key = identity(name)
            if key != name:
                found = [r[0] for r in self.conn.execute(query, (key,))]
        if not found:
            from ..departments import did_you_mean
            went = self.where_tasks_went(name)
            hint = f"：其任务已改由 {went} 负责" if went else \
                did_you_mean(name, self.department_names())
            raise VtrackError(f"没有部门 {name}{hint}")
        return found

    def resolve_department(self, name, plan=None, by_plan=False):
        """The one department a spelling names, for what is made for, or changes the tasks
        of, one department: 市教育局 where two cities' plans name one is refused with the
        list to choose from. plan: the plan's place decides (市教育局 of a 鄂州市 plan is
        鄂州市教育局): of those found, the one that owns tasks of that plan. by_plan: the
        command takes --plan, and the refusal says so."""
        found = self.resolve_departments(name)
        if len(found) > 1 and plan:
            self.plan_exists(plan)
            marks = ", ".join("?" * len(found))
            found = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT o.department FROM task_owners o JOIN tasks t ON t.id = o.task "
                f"WHERE t.plan = ? AND o.department IN ({marks}) ORDER BY 1", [plan, *found])]
            if not found:
                raise VtrackError(f"计划 {plan} 中没有 {name} 负责的任务")
        if len(found) > 1:
            where = f"计划 {plan} 中" if plan else ""
            other = "，或用 --plan 指定计划" if by_plan and not plan else ""
            raise VtrackError(f"{where}{name} 指 {len(found)} 个不同地方的部门："
                              f"{', '.join(found)}；请给出其中一个的全称{other}")
        return found[0]

    def department_notice(self, name):
        """What a person filtering by name should know: a retired name and its successor, or
        a department that no longer owns any task and where its tasks went. None if nothing."""
        name = name.strip()
        query = ("SELECT DISTINCT department, retired, canonical FROM department_names "
                 "WHERE name = ?")
        rows = self.conn.execute(query, (name,)).fetchall()
        if not rows:
            from ..departments import identity
            key = identity(name)
            if key != name:
                rows = self.conn.execute(query, (key,)).fetchall()
        retired = [d for d, was, _ in rows if was]
        if retired:
            return f"{name} 已撤并，由 {'、'.join(retired)} 接替：显示其任务"
        owned = self.conn.execute(
            f"SELECT count(*) FROM task_owners WHERE department IN "
            f"({', '.join('?' * len(rows))})", [d for d, *_ in rows]).fetchone()[0] if rows else 1
        if owned:
            return None
        # the log writes names as tasks.yaml does: 市教育局, where the filter said 鄂州市教育局
        went = "、".join(dict.fromkeys(filter(None, (
            self.where_tasks_went(n) for n in dict.fromkeys([name] + [c for *_, c in rows])))))
        return f"{name} 目前没有任何任务" + (f"：其任务已改由 {went} 负责" if went else "")

    def where_tasks_went(self, name):
        """The departments the log says took name's tasks over (owners: name → X), or a
        look-alike of name's (the log keeps the name as the task wrote it)."""
        went = []
        # the log is kept typed: [field, old, new] for each change
        like = f'%["owners", {json.dumps(name, ensure_ascii=False)}, %'
        for (log,) in self.conn.execute("SELECT log FROM tasks WHERE log LIKE ?", (like,)):
            for entry in json.loads(log):
                went += [new for field, old, new in entry["changes"]
                         if field == "owners" and old == name and new]
        if not went:
            from ..departments import identity
            key = identity(name)
            for (log,) in self.conn.execute(
                    "SELECT log FROM tasks WHERE log LIKE '%[\"owners\", \"%'"):
                for entry in json.loads(log):
                    went += [new for field, old, new in entry["changes"]
                             if field == "owners" and old and new and identity(old) == key]
        return "、".join(dict.fromkeys(went)) or None

    # -- tasks -------------------------------------------------------------------------------
    def task(self, task_id):
        row = self.conn.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None:
            raise VtrackError(f"没有任务 {task_id}{self._did_you_mean(task_id)}")
        task = self._with_notes([task_from_row(row)])[0]
        plan_offset = self.conn.execute("SELECT offset FROM plans WHERE id = ?",
                                        (task.plan,)).fetchone()[0]
        # kept counted from its plan's start; the file's offset is what an edit needs
        task.offset = None if task.offset is None or plan_offset is None \
            else plan_offset + task.offset
        task.roles = [Role(dept, role) for dept, role in self.conn.execute(
            "SELECT department, role FROM task_owners WHERE task = ? ORDER BY position",
            (task_id,))]
        return task

    def _did_you_mean(self, task_id):
        import difflib
        # ids share their plan's prefix: look there first, so 100k ids are not all compared
        prefix = task_id.rsplit("-", 1)[0]
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM tasks WHERE id >= ? AND id < ?", (prefix, prefix + "\uffff"))]
        close = difflib.get_close_matches(task_id, ids, n=3, cutoff=0.6)
        if not close:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM tasks")]
            close = difflib.get_close_matches(task_id, ids, n=3, cutoff=0.6)
        return f"（是不是 {' 或 '.join(close)}？）" if close else ""

    def plans(self):
        return [dict(zip(row.keys(), row, strict=True)) for row in
                self.conn.execute("SELECT * FROM plans ORDER BY position")]

    def plan_exists(self, plan_id):
        if self.conn.execute("SELECT 1 FROM plans WHERE id = ?", (plan_id,)).fetchone():
            return
        import difflib
        ids = [r[0] for r in self.conn.execute("SELECT id FROM plans")]
        close = difflib.get_close_matches(plan_id, ids, n=3, cutoff=0.5)
        hint = f"（是不是 {' 或 '.join(close)}？）" if close else ""
        raise VtrackError(f"没有计划 {plan_id}{hint}")

    def due(self, as_of, within=14, dept=None, plan=None):
        """Open tasks due before as_of + within days (overdue first, oldest first).

        Returns (tasks, undated_ongoing): the second counts open ongoing tasks that have no
        date, which are never late but should not be forgotten.
        """
        until = (as_of + datetime.timedelta(days=within)).isoformat()
        where, params = self._filters(dept=dept, plan=plan)
        tasks = self._select(f"{due_where('?')}{where}", [until, *params], DUE_ORDER)
        for task in tasks:
            self.judge(task, as_of)
        ongoing = self.conn.execute(
            f"SELECT count(*) FROM tasks WHERE {OPEN} "
            f"AND due IS NULL AND ongoing = 1{where}", params).fetchone()[0]
        return tasks, ongoing

    def tasks(self, as_of=None, dept=None, plan=None, status=None, lead=None, grep=None,
              include_closed=False, review=False):
        """review: only the tasks flagged for a person to review (schema: NULL is none)."""
        where, params = self._filters(dept=dept, plan=plan, lead=lead)
        clauses = where
        if review:
            clauses += " AND review IS NOT NULL"
        if status:
            clauses += f" AND status IN ({', '.join('?' * len(status))})"
            params += list(status)
        elif not include_closed:
            clauses += f" AND {OPEN}"
        if grep:
            clauses += " AND (instr(lower(title), ?) OR instr(lower(text), ?) OR instr(id, ?))"
            params += [grep.lower()] * 3
        tasks = self._select("1" + clauses, params, FILE_ORDER)
        if as_of is not None:
            for task in tasks:
                self.judge(task, as_of)
        return tasks

    def workload(self, as_of, plan=None, role="any", dept=None, placeholders=False):
        """One row per department (aliases merged), a task counted once for each owner:
        tasks, lead, co, open, overdue, due_30d, done, done_on_time (against the original
        due date), done_rate, on_time_rate, placeholder. Sorted by overdue, then open.

        A placeholder (各区、县级市, 市直各部门: departments.placeholder) is no department: it
        is left out, so nothing ranks it or makes it a file of its own; placeholders=True
        adds its rows after the departments', with placeholder set."""
        where, params = "", {"as_of": as_of.isoformat(),
                             "in30": (as_of + datetime.timedelta(days=30)).isoformat(),
                             "yellow": (as_of + datetime.timedelta(days=self.yellow_days))
                             .isoformat()}
        if plan:
            self.plan_exists(plan)
            where += " AND t.plan = :plan"
            params["plan"] = plan
        if role != "any":
            where += " AND o.role = :role"
            params["role"] = role
        if dept:
            found = self.resolve_departments(dept)
            where += f" AND o.department IN ({', '.join(f':d{k}' for k in range(len(found)))})"
            params.update((f"d{k}", d) for k, d in enumerate(found))
        rows = self.conn.execute(f"{workload_sql(where)}\n            ORDER BY {WORKLOAD_ORDER}",
                                 params)
        out: list[dict] = []
        apart: list[dict] = []
        vague = self.placeholders()
        for row in rows:
            row = {key: row[key] or 0 if key != "department" else row[key] for key in row.keys()}
            row["red"] = row["overdue"]
            row["done_rate"] = row["done"] / row["tasks"] if row["tasks"] else None
            row["on_time_rate"] = row["done_on_time"] / row["done"] if row["done"] else None
            row["placeholder"] = row["department"] in vague
            (apart if row["placeholder"] else out).append(row)
        return out + apart if placeholders else out

    def placeholders(self):
        """The departments counted that are placeholders, by the name written for them (the
        place a qualified name adds, 鄂州市各区、县级市, hides the form: 各区、县级市 shows it)."""
        from ..departments import placeholder
        return {department for department, canonical in self.conn.execute(
            "SELECT DISTINCT department, canonical FROM department_names WHERE retired = 0")
            if placeholder(canonical)}

    def history(self, task_id=None, since=None):
        """Every recorded change: log entries, notes, and hand edits found at sync."""
        where, params = "", []
        if task_id:
            self.task(task_id)  # an unknown id says so, with the nearest ones
            where, params = " AND id = ?", [task_id]
        entries = []
        for tid, log, notes in self.conn.execute(
                "SELECT id, log, notes FROM tasks WHERE (log IS NOT NULL OR notes IS NOT NULL)"
                f"{where} ORDER BY {FILE_ORDER}", params):
            for entry in json.loads(log or "[]"):
                changes = [FieldChange(*c) for c in entry["changes"]]
                entries.append({"on": entry["on"], "task": tid, "what": changes_text(changes),
                                "why": entry["why"], "by": entry["by"], "source": "vtrack",
                                "zh": describe_zh(changes)})
            for entry in json.loads(notes or "[]"):
                said = f"备注：{entry['text']}"
                entries.append({"on": entry["on"], "task": tid, "what": said, "why": None,
                                "by": entry.get("by"), "source": "note", "zh": said})
        for on, tid, kind, text, by in self.conn.execute(
                "SELECT on_day, task, kind, text, by FROM journal "
                f"WHERE 1{where.replace('id', 'task')} ORDER BY line", params):
            note = kind == "note"
            if kind == history.REMIND:
                said = f"催办（{text}）"
                entries.append({"on": on, "task": tid, "what": said, "why": None, "by": by,
                                "source": "remind", "zh": said})
                continue
            said = f"备注：{text}" if note else text
            # a hand edit's words are the history file's own (due: A → B): read here
            entries.append({"on": on, "task": tid, "what": said, "why": None, "by": by,
                            "source": "note" if note else "hand",
                            "zh": said if note else describe_zh(FieldChange.parse(text))})
        if since:
            entries = [e for e in entries if e["on"] >= since.isoformat()]
        entries.sort(key=lambda e: e["on"])  # stable: file order within a day
        return entries

    def registry(self):
        """The departments registry of tasks.yaml, as the last read of the file kept it."""
        kept = self.conn.execute("SELECT value FROM meta WHERE key = 'registry'").fetchone()
        return json.loads(kept[0]) if kept else {}

    def reminders(self, task_ids=None):
        """The 催办 the history file records: task id -> [(day, what: 钉钉：市教育局)], oldest
        first; of the tasks given, or of all."""
        found: dict[str, list[tuple[str, str]]] = {}
        query = "SELECT task, on_day, text FROM journal WHERE kind = ?"
        params: list[str] = [history.REMIND]
        if task_ids is not None and len(task_ids) <= 500:
            query += f" AND task IN ({', '.join('?' * len(task_ids))})"
            params += list(task_ids)
        for task_id, on, text in self.conn.execute(query + " ORDER BY on_day, line", params):
            found.setdefault(task_id, []).append((on, text))
        return found

    def _with_notes(self, tasks):
        """Tasks with the notes of the history file after those tasks.yaml holds."""
        if not tasks or not self.conn.execute(
                "SELECT 1 FROM journal WHERE kind = 'note' LIMIT 1").fetchone():
            return tasks
        by_task = {t.id: t for t in tasks}
        query = "SELECT task, on_day, text, by FROM journal WHERE kind = 'note'"
        params = []
        if len(tasks) == 1:
            query, params = query + " AND task = ?", [tasks[0].id]
        for task_id, on, text, by in self.conn.execute(query + " ORDER BY line", params):
            task = by_task.get(task_id)
            if task is not None:
                task.notes.append(Note(datetime.date.fromisoformat(on), text, by or None))
        return tasks

    def apply(self, result: WriteResult) -> None:
        """Follow a write of vtrack's own (taskfile.session): the rows of the tasks it
        rewrote in place, and the history file's new lines. Where more of the file changed
        (the registry, a merge) the next open re-reads the file instead."""
        if result.data is not None and not result.whole:
            self.record_write(result.path, result.data, result.edited)
        history.refresh(self.conn, result.path, tasks_changed=result.data is not None)

    def record_write(self, tasks_path: str, data: bytes, edits: list[Edited]) -> None:
        """After vtrack itself rewrote some tasks' lines: update just those rows, shift the
        places of the tasks after them, and note the file's new size, time and hash, so
        the next command need not parse the file again.

        edits: (old task, new task, old block end, chars added), in the order they were
        made (from the end of the file backwards). Offsets count from the start of the
        task's plan, so an edit moves the offsets of the tasks after it in its plan and of
        the plans after it, never of every task in the file.
        """
        from ..departments import Directory

        stat = os.stat(tasks_path)
        conn = self.conn
        kept = conn.execute("SELECT value FROM meta WHERE key = 'registry'").fetchone()
        registry = json.loads(kept[0]) if kept else {}
        directory = Directory(registry)
        regions = dict(conn.execute("SELECT id, region FROM plans"))
        plan_starts = dict(conn.execute("SELECT id, offset FROM plans"))
        # every shift worked out first, then written in one go: a bulk edit of thousands of
        # tasks costs a pass over the rows it moves, not a pass over the file per task
        grown: dict[str, list[tuple[int, int]]] = {}  # plan -> [(task's start in it, chars)]
        for old, _, _, chars in edits:
            if chars and old.offset is not None:
                grown.setdefault(old.plan, []).append((old.offset - plan_starts[old.plan],
                                                       chars))
        with conn:
            task_moves = []
            for plan_id, growths in grown.items():
                shift_before = _shifts(growths)
                task_moves += [(shift, task_id) for task_id, start in conn.execute(
                    "SELECT id, offset FROM tasks WHERE plan = ? AND offset IS NOT NULL",
                    (plan_id,)).fetchall() if (shift := shift_before(start))]
            conn.executemany("UPDATE tasks SET offset = offset + ? WHERE id = ?", task_moves)
            shift_before = _shifts([(plan_starts[plan_id], sum(c for _, c in growths))
                                    for plan_id, growths in grown.items()])
            conn.executemany("UPDATE plans SET offset = offset + ? WHERE id = ?", [
                (shift, plan_id) for plan_id, start in plan_starts.items()
                if (shift := shift_before(start))])
            # hashes only ever of bytes read from disk: the blocks of the plans edited are
            # read again at the next re-sync (a `git checkout` of the old file then finds its
            # old text changed, not the same as a hash kept from before)
            conn.executemany("UPDATE plans SET chunk = NULL WHERE id = ?",
                             [(plan_id,) for plan_id in {old.plan for old, *_ in edits}])
            updates, owners = [], []
            columns: list[str] = []
            for old, new, _, _ in edits:
                new.plan = old.plan
                row = task_row(new, old.position, None, None)  # its block: no hash
                columns = [c for c in row if c not in ("id", "offset")]  # the start stays
                updates.append([row[c] for c in columns] + [row["id"]])
                owners += owner_rows(new, directory, regions.get(old.plan))
            if updates:
                conn.executemany(f"UPDATE tasks SET {', '.join(f'{c} = ?' for c in columns)} "
                                 "WHERE id = ?", updates)
            conn.executemany("DELETE FROM task_owners WHERE task = ?",
                             [(old.id,) for old, *_ in edits])
            conn.executemany("INSERT INTO task_owners VALUES (:task, :department, :role, "
                             ":position, :name)", owners)
            if any(old.owners != new.owners for old, new, *_ in edits):
                refill_departments(conn, registry)
            mark_file(conn, data, stat)

    def _filters(self, dept=None, plan=None, lead=None):
        where, params = "", []
        if plan:
            self.plan_exists(plan)
            where += " AND plan = ?"
            params.append(plan)
        if dept:
            found = self.resolve_departments(dept)
            where += (" AND id IN (SELECT task FROM task_owners WHERE department IN "
                      f"({', '.join('?' * len(found))}))")
            params += found
        if lead:
            found = self.resolve_departments(lead)
            where += (" AND id IN (SELECT task FROM task_owners "
                      f"WHERE department IN ({', '.join('?' * len(found))}) AND role = 'lead')")
            params += found
        return where, params

    def _select(self, where, params, order):
        rows = self.conn.execute(f"SELECT * FROM tasks WHERE {where} ORDER BY {order}", params)
        tasks = self._with_notes([task_from_row(row) for row in rows])
        # each owner's department, as show has them: JSON and CSV give them beside the owners
        # as written, so a script joins a task to workload's rows (市教育局 -> 鄂州市教育局)
        if tasks:
            by_id = {t.id: t for t in tasks}
            # a few tasks (due's): by their ids, on the index; many: by the same question
            chosen, chosen_params = (", ".join("?" * len(by_id)), list(by_id)) \
                if len(by_id) <= 500 else (f"SELECT id FROM tasks WHERE {where}", params)
            for task_id, department, role in self.conn.execute(
                    f"SELECT task, department, role FROM task_owners WHERE task IN ({chosen}) "
                    "ORDER BY task, position", chosen_params):
                by_id[task_id].roles.append(Role(department, role))
        return tasks


def _shifts(growths: list[tuple[int, int]]) -> Callable[[int], int]:
    """How far a place moves when blocks starting before it grew: (start, chars) each."""
    import bisect
    import itertools
    growths = sorted(growths)
    starts = [at for at, _ in growths]
    totals = [0, *itertools.accumulate(chars for _, chars in growths)]
    return lambda place: totals[bisect.bisect_left(starts, place)]
