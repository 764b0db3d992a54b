"""The SQLite cache beside tasks.yaml: schema, sync from the records, and the queries.

The database is only a cache. When tasks.yaml has changed (size and mtime, then content
hash) it is brought up to date: in place, reading only the blocks whose text changed
(resync.py, one transaction), or, where that cannot be, rebuilt whole into a new file that
is renamed over the old one. Either way a reader sees the old cache or the new one, never
half of a sync.

Building uses sqlite-utils; reading uses the standard sqlite3 module, because importing
sqlite-utils costs about 0.3 s and a warm `vtrack due` should cost less than that in all.
"""
import datetime
import hashlib
import json
import os
import sqlite3

from . import journal
from .departments import Directory, qualify, region_of
from .errors import VtrackError
from .lights import YELLOW_DAYS, light

SCHEMA_VERSION = "8"
OPEN_STATUSES = ("open", "in_progress")

# Task columns in the order of the YAML fields; list-valued fields are stored as JSON.
# position: the task's place in its plan; offset: where its block starts, counted from the
# start of its plan's block (so an edit moves the offsets of one plan's tasks, not of all);
# block: the hash of the task's block of text, for a re-sync to skip what did not change.
TASK_COLUMNS = {
    "id": str, "plan": str, "position": int, "offset": int, "block": str, "seq": int,
    "section": str, "title": str, "text": str, "owners": str, "lead": str, "others": int,
    "due": str, "due_original": str, "due_text": str, "ongoing": int, "repeat": str,
    "milestones": str, "status": str, "done_on": str, "review": int, "notes": str, "log": str,
}
_JSON_FIELDS = ("owners", "lead", "milestones", "notes", "log")
# tasks in the order of tasks.yaml: by their plan's place, then their place in the plan
FILE_ORDER = "(SELECT position FROM plans WHERE plans.id = tasks.plan), position"


class Store:
    """An open, up-to-date cache. Build it with open_store()."""

    def __init__(self, conn, synced=None):
        self.conn = conn
        self.synced = synced  # counts when this open rebuilt the cache, else None
        row = conn.execute("SELECT value FROM meta WHERE key = 'yellow_days'").fetchone()
        self.yellow_days = int(row[0]) if row else YELLOW_DAYS

    def judge(self, task, as_of):
        """Set what a task is on as_of: days_overdue (as_of minus due) and its light."""
        task["days_overdue"] = (as_of - task["due"]).days if task["due"] else None
        task["light"] = light(task, as_of, self.yellow_days)
        return task

    # -- departments -------------------------------------------------------------------------
    def department_names(self):
        """Every spelling vtrack knows (names, aliases, owners as written) -> the name to
        write in tasks.yaml for it."""
        # a retired spelling gives way to the same spelling still in use elsewhere
        return dict(self.conn.execute(
            "SELECT name, canonical FROM department_names ORDER BY retired DESC"))

    def resolve_departments(self, name):
        """The departments a spelling finds: 市教育局 finds 鄂州市教育局 and 高平市教育局 where
        two cities' plans name one; a name a reorganisation retired finds its successor."""
        from .departments import did_you_mean
        name = name.strip()
        found = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT department FROM department_names WHERE name = ? ORDER BY 1",
            (name,))]
        if not found:
            went = self.where_tasks_went(name)
            hint = f"：其任务已改由 {went} 负责" if went else \
                did_you_mean(name, self.department_names())
            raise VtrackError(f"没有部门 {name}{hint}")
        return found

    def resolve_department(self, name):
        """The one department a spelling names, for what is made for one department."""
        found = self.resolve_departments(name)
        if len(found) > 1:
            raise VtrackError(f"{name} 指 {len(found)} 个不同地方的部门：{', '.join(found)}；"
                              "请给出其中一个的全称")
        return found[0]

    def department_notice(self, name):
        """What a person filtering by name should know: a retired name and its successor, or
        a department that no longer owns any task and where its tasks went. None if nothing."""
        name = name.strip()
        rows = self.conn.execute(
            "SELECT DISTINCT department, retired, canonical FROM department_names "
            "WHERE name = ?", (name,)).fetchall()
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
        """The departments the log says took name's tasks over (owners: name → X)."""
        import re
        went = []
        pattern = re.compile(rf"owners: {re.escape(name)} → ([^;]+)")
        for (log,) in self.conn.execute("SELECT log FROM tasks WHERE log LIKE ?",
                                        (f"%owners: {name} → %",)):
            for entry in json.loads(log):
                for m in pattern.finditer(entry["what"]):
                    went.append(m[1].strip())
        return "、".join(dict.fromkeys(went)) or None

    # -- tasks -------------------------------------------------------------------------------
    def task(self, task_id):
        row = self.conn.execute("SELECT * FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None:
            raise VtrackError(f"没有任务 {task_id}{self._did_you_mean(task_id)}")
        task = self._with_notes([_task_from_row(row)])[0]
        plan_offset = self.conn.execute("SELECT offset FROM plans WHERE id = ?",
                                        (task["plan"],)).fetchone()[0]
        task["offset"] = None if task["offset"] is None or plan_offset is None \
            else plan_offset + task["offset"]
        task["roles"] = [
            {"department": dept, "role": role}
            for dept, role in self.conn.execute(
                "SELECT department, role FROM task_owners WHERE task = ? ORDER BY position",
                (task_id,))
        ]
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
        return [dict(zip(row.keys(), row)) for row in
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
        tasks = self._select(
            f"status IN ('open', 'in_progress') AND due IS NOT NULL AND due <= ?{where}",
            [until, *params], f"due, {FILE_ORDER}")
        for task in tasks:
            self.judge(task, as_of)
        ongoing = self.conn.execute(
            "SELECT count(*) FROM tasks WHERE status IN ('open', 'in_progress') "
            f"AND due IS NULL AND ongoing = 1{where}", params).fetchone()[0]
        return tasks, ongoing

    def tasks(self, as_of=None, dept=None, plan=None, status=None, lead=None, grep=None,
              include_closed=False):
        where, params = self._filters(dept=dept, plan=plan, lead=lead)
        clauses = where
        if status:
            clauses += f" AND status IN ({', '.join('?' * len(status))})"
            params += list(status)
        elif not include_closed:
            clauses += " AND status IN ('open', 'in_progress')"
        if grep:
            clauses += " AND (instr(lower(title), ?) OR instr(lower(text), ?) OR instr(id, ?))"
            params += [grep.lower()] * 3
        tasks = self._select("1" + clauses, params, FILE_ORDER)
        if as_of is not None:
            for task in tasks:
                self.judge(task, as_of)
        return tasks

    def workload(self, as_of, plan=None, role="any", dept=None):
        """One row per department (aliases merged), a task counted once for each owner:
        tasks, lead, co, open, overdue, due_30d, done, done_on_time (against the original
        due date), done_rate, on_time_rate. Sorted by overdue, then open."""
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
        rows = self.conn.execute(f"""
            SELECT o.department AS department, count(*) AS tasks,
              sum(o.role = 'lead') AS lead, sum(o.role = 'co') AS co,
              sum(t.status IN ('open', 'in_progress')) AS open,
              sum(t.status IN ('open', 'in_progress') AND t.due < :as_of) AS overdue,
              sum(t.status IN ('open', 'in_progress') AND t.due >= :as_of
                  AND t.due <= :in30) AS due_30d,
              sum(t.status IN ('open', 'in_progress') AND t.due >= :as_of
                  AND t.due <= :yellow) AS yellow,
              sum(t.status IN ('open', 'in_progress') AND (t.due IS NULL
                  OR t.due > :yellow)) AS green,
              sum(t.status = 'done') AS done,
              sum(t.status = 'done' AND (coalesce(t.due_original, t.due) IS NULL
                  OR t.done_on <= coalesce(t.due_original, t.due))) AS done_on_time
            FROM task_owners o JOIN tasks t ON t.id = o.task
            WHERE 1{where}
            GROUP BY o.department
            ORDER BY overdue DESC, open DESC, department""", params)
        out = []
        for row in rows:
            row = {key: row[key] or 0 if key != "department" else row[key] for key in row.keys()}
            row["red"] = row["overdue"]
            row["done_rate"] = row["done"] / row["tasks"] if row["tasks"] else None
            row["on_time_rate"] = row["done_on_time"] / row["done"] if row["done"] else None
            out.append(row)
        return out

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
                entries.append({"on": entry["on"], "task": tid, "what": entry["what"],
                                "why": entry.get("why"), "by": entry.get("by"),
                                "source": "vtrack"})
            for entry in json.loads(notes or "[]"):
                entries.append({"on": entry["on"], "task": tid, "what": f"备注：{entry['text']}",
                                "why": None, "by": entry.get("by"), "source": "note"})
        for on, tid, kind, text, by in self.conn.execute(
                "SELECT on_day, task, kind, text, by FROM journal "
                f"WHERE 1{where.replace('id', 'task')} ORDER BY line", params):
            note = kind == "note"
            entries.append({"on": on, "task": tid, "what": f"备注：{text}" if note else text,
                            "why": None, "by": by, "source": "note" if note else "hand"})
        if since:
            entries = [e for e in entries if e["on"] >= since.isoformat()]
        entries.sort(key=lambda e: e["on"])  # stable: file order within a day
        return entries

    def _with_notes(self, tasks):
        """Tasks with the notes of the history file after those tasks.yaml holds."""
        if not tasks or not self.conn.execute(
                "SELECT 1 FROM journal WHERE kind = 'note' LIMIT 1").fetchone():
            return tasks
        by_task = {t["id"]: t for t in tasks}
        query = "SELECT task, on_day, text, by FROM journal WHERE kind = 'note'"
        params = []
        if len(tasks) == 1:
            query, params = query + " AND task = ?", [tasks[0]["id"]]
        for task_id, on, text, by in self.conn.execute(query + " ORDER BY line", params):
            task = by_task.get(task_id)
            if task is not None:
                note = {"on": on, "text": text}  # as tasks.yaml's notes come from the cache
                if by:
                    note["by"] = by
                task["notes"].append(note)
        return tasks

    def record_write(self, tasks_path, data, edits):
        """After vtrack itself rewrote some tasks' lines: update just those rows, shift the
        places of the tasks after them, and note the file's new size, time and hash, so
        the next command need not parse the file again.

        edits: (old task, new task, old block end, chars added), in the order they were
        made (from the end of the file backwards). Offsets count from the start of the
        task's plan, so an edit moves the offsets of the tasks after it in its plan and of
        the plans after it, never of every task in the file.
        """
        stat = os.stat(tasks_path)
        conn = self.conn
        row = conn.execute("SELECT value FROM meta WHERE key = 'registry'").fetchone()
        directory = Directory(json.loads(row[0]) if row else {})
        regions = dict(conn.execute("SELECT id, region FROM plans"))
        with conn:
            for old, new, _, chars in edits:
                plan_offset = conn.execute("SELECT offset FROM plans WHERE id = ?",
                                           (old["plan"],)).fetchone()[0]
                if chars:
                    conn.execute("UPDATE tasks SET offset = offset + ? WHERE plan = ? AND "
                                 "offset > ?", (chars, old["plan"], old["offset"] - plan_offset))
                    conn.execute("UPDATE plans SET offset = offset + ? WHERE offset > ?",
                                 (chars, plan_offset))
                new["plan"] = old["plan"]
                # its text changed: no hash, so a re-sync reads this block again
                row = _task_row(new, old["position"], None, None)
                columns = [c for c in row if c not in ("id", "offset")]  # the start stays
                conn.execute(f"UPDATE tasks SET {', '.join(f'{c} = ?' for c in columns)} "
                             "WHERE id = ?", [row[c] for c in columns] + [row["id"]])
                conn.execute("DELETE FROM task_owners WHERE task = ?", (row["id"],))
                owners = _owner_rows(new, directory, regions.get(old["plan"]))
                conn.executemany("INSERT INTO task_owners VALUES (:task, :department, :role, "
                                 ":position, :name)", owners)
                for owner in owners:  # a department new to the cache (reassign --new-dept)
                    conn.execute("INSERT OR IGNORE INTO departments (name, aliases) "
                                 "VALUES (?, '[]')", (owner["department"],))
                    conn.executemany(
                        "INSERT OR IGNORE INTO department_names VALUES (?, ?, ?, 0)",
                        [(owner["name"], owner["department"], owner["name"]),
                         (owner["department"], owner["department"], owner["name"])])
            for key, value in (("size", stat.st_size), ("mtime_ns", stat.st_mtime_ns),
                               ("sha256", hashlib.sha256(data).hexdigest())):
                conn.execute("UPDATE meta SET value = ? WHERE key = ?", (str(value), key))

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
        return self._with_notes([_task_from_row(row) for row in rows])


def _task_from_row(row):
    task = dict(zip(row.keys(), row))
    for key in _JSON_FIELDS:
        task[key] = json.loads(task[key]) if task[key] else []
    task["lead_given"] = bool(task["lead"])  # absent: the first owner leads
    if not task["lead"]:
        task["lead"] = task["owners"][:1]
    for key in ("due", "due_original", "done_on"):
        if task[key]:
            task[key] = datetime.date.fromisoformat(task[key])
    task["ongoing"] = bool(task["ongoing"])
    task["review"] = bool(task["review"])
    task["others"] = bool(task["others"])
    return task


# -- opening and syncing -----------------------------------------------------------------------

def open_store(tasks_path, db_path, force=False, today=None):
    """Open the cache for tasks_path, rebuilding it first if tasks.yaml changed.

    today dates the hand edits a rebuild finds (changes made outside vtrack)."""
    try:
        stat = os.stat(tasks_path)
    except FileNotFoundError:
        raise VtrackError(
            f"{tasks_path} 处没有任务文件：请用 --tasks 路径 或 VTRACK_TASKS 指定，"
            "或新建一个（`vtrack extract 方案.txt -o tasks.yaml`，见 README）") from None
    conn = None if force else _open_fresh(db_path, stat, tasks_path)
    if conn is not None:
        journal.refresh(conn, tasks_path)
        return Store(conn)
    counts = None
    if not force:
        from .resync import update  # only what changed, where the layout allows
        counts = update(tasks_path, db_path, today)
    if counts is None:
        counts = rebuild(tasks_path, db_path, today)
    conn = _connect(db_path)
    journal.refresh(conn, tasks_path, tasks_changed=True)
    return Store(conn, synced=counts)


def _connect(db_path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    return conn


def _open_fresh(db_path, stat, tasks_path):
    """The open database if it still matches tasks.yaml, else None."""
    if not os.path.exists(db_path):
        return None
    try:
        conn = _connect(db_path)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    except sqlite3.DatabaseError:  # an old or damaged cache is simply rebuilt
        return None
    if meta.get("schema") != SCHEMA_VERSION:
        conn.close()
        return None
    if meta.get("size") == str(stat.st_size) and meta.get("mtime_ns") == str(stat.st_mtime_ns):
        return conn
    # touched but perhaps not changed (a git checkout, an editor saving unchanged): compare
    # contents before paying for a parse
    if meta.get("size") == str(stat.st_size) and meta.get("sha256") == _sha256(tasks_path):
        with conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'mtime_ns'",
                         (str(stat.st_mtime_ns),))
        return conn
    conn.close()
    return None


def _sha256(path):
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def rebuild(tasks_path, db_path, today=None):
    """Load tasks.yaml and write a whole new cache in its place; return the counts.

    What changed since the old cache outside vtrack (an editor; a pull of a change made by
    hand) is added to the history file beside tasks.yaml, dated today."""
    import gc
    from . import records, segments
    from .progress import Progress

    stat = os.stat(tasks_path)
    # the parse makes millions of small objects and no cycles: the cycle collector would
    # only walk them again and again (4x slower at 100k tasks)
    gc.disable()
    progress = Progress("读取 tasks.yaml", stat.st_size)
    try:
        data = records.read(tasks_path)
        task_file = records.parse(data, str(tasks_path))
        progress.update(stat.st_size // 2)
        text = data.decode("utf-8-sig")  # parse has checked the encoding
        layout = _blocks(segments.cut(text), task_file, text)
        old = _old_rows(db_path)
        # no old cache: there is nothing to compare with, and nothing seen changed by hand
        if old is not None:
            journal.append(journal.path_for(tasks_path), hand_edit_events(
                old, list(task_file.tasks()), {t["id"] for t in task_file.tasks()}, today))
        tmp = f"{db_path}.{os.getpid()}.tmp"
        try:
            counts = _write(tmp, task_file, layout, {
                "schema": SCHEMA_VERSION, "tasks_path": os.path.abspath(tasks_path),
                "size": str(stat.st_size), "mtime_ns": str(stat.st_mtime_ns),
                "sha256": hashlib.sha256(data).hexdigest(),
                "yellow_days": str(task_file.settings.get("yellow_days", YELLOW_DAYS)),
                "head": layout.head.digest if layout else "",
                "registry": json.dumps(task_file.departments, ensure_ascii=False),
            }, progress)
            os.replace(tmp, db_path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as e:
        raise VtrackError(f"{db_path}：无法写入缓存：{e.strerror}") from None
    finally:
        gc.enable()
        progress.close()
    return counts


def _blocks(layout, task_file, text):
    """The layout, where its blocks are the parsed plans and tasks one for one, else None
    (then every change is a full rebuild)."""
    if layout is None or len(layout.plans) != len(task_file.plans):
        return None
    for plan, segs in zip(task_file.plans, layout.plans):
        segs.cut_inside(text)
        if len(plan["tasks"]) != len(segs.tasks) or not (
                segs.header.start <= plan["_offset"] < segs.header.end):
            return None
        for task, seg in zip(plan["tasks"], segs.tasks):
            if not seg.start <= task["_offset"] < seg.end:
                return None
    return layout


def _old_rows(db_path):
    """What the cache held before: task id -> (owners, due, status, plan's place, place,
    log entries). None where there is no cache to compare with."""
    if not os.path.exists(db_path):
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if dict(conn.execute("SELECT key, value FROM meta")).get("schema") != SCHEMA_VERSION:
            return None
        return {row[0]: row[1:] for row in conn.execute(
            "SELECT id, owners, due, status, (SELECT position FROM plans WHERE "
            f"plans.id = tasks.plan), position, {LOG_LENGTH} FROM tasks")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


LOG_LENGTH = "coalesce(json_array_length(log), 0)"


def hand_edit_events(old, changed, present, today):
    """History entries for what a hand edit changed: owners, due, status of the changed
    tasks (in file order), then the tasks no longer in the file (in their old order).

    A task whose log grew was changed by vtrack (here, or in a clone whose change was
    pulled): its log says what changed, and nothing is recorded as a hand edit."""
    day = today or datetime.date.today()
    events = []

    def seen(task_id, what):
        events.append({"on": day, "task": task_id, "kind": "edit", "text": what, "by": None})

    for task in changed:
        before = old.get(task["id"])
        if before is None:
            seen(task["id"], "手工添加到 tasks.yaml")
            continue
        if len(task.get("log") or ()) > before[5]:
            continue
        owners, due, status = json.loads(before[0]), before[1], before[2]
        if owners != task["owners"]:
            seen(task["id"], f"owners: {'、'.join(owners)} → {'、'.join(task['owners'])}")
        if due != _iso(task.get("due")):
            seen(task["id"], f"due: {due or '无'} → {_iso(task.get('due')) or '无'}")
        if status != task["status"]:
            seen(task["id"], f"status: {status} → {task['status']}")
    gone = sorted((row[3] or 0, row[4] or 0, task_id) for task_id, row in old.items()
                  if task_id not in present)
    for _, _, task_id in gone:
        seen(task_id, "从 tasks.yaml 中删除")
    return events


def plan_row(plan, position, offset, block, chunk):
    return {"id": plan["id"], "position": position, "offset": offset, "block": block,
            "chunk": chunk, "region": region_of(plan),
            "title": plan["title"], "issuer": plan.get("issuer"), "doc_no": plan.get("doc_no"),
            "issued": _iso(plan.get("issued")), "source": plan.get("source")}


# block: the hash of the plan's header; chunk: of the plan with its tasks
PLAN_COLUMNS = {"id": str, "position": int, "offset": int, "block": str, "chunk": str,
                "region": str,
                "title": str, "issuer": str, "doc_no": str, "issued": str, "source": str}


def _write(path, task_file, layout, meta, progress):
    import sqlite_utils

    if os.path.exists(path):
        os.unlink(path)
    db = sqlite_utils.Database(path)
    # a new file renamed into place only when complete: a crash leaves the old cache, so
    # the journal and fsyncs would buy nothing here
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    directory = Directory(task_file.departments)
    plan_rows, task_rows, owner_rows = [], [], []
    for i, plan in enumerate(task_file.plans):
        segs = layout.plans[i] if layout else None
        start = segs.header.start if segs else plan["_offset"]
        plan_rows.append(plan_row(plan, i, start, segs.header.digest if segs else None,
                                  segs.block.digest if segs else None))
        region = plan_rows[-1]["region"]
        for k, task in enumerate(plan["tasks"]):
            # a task's place: its block's first line where the file has blocks
            at = segs.tasks[k].start if segs else task["_offset"]
            task_rows.append(_task_row(task, k, at - start,
                                       segs.tasks[k].digest if segs else None))
            owner_rows += _owner_rows(task, directory, region)
    with db.conn:
        db["meta"].create({"key": str, "value": str}, pk="key")
        db["meta"].insert_all({"key": k, "value": v} for k, v in meta.items())
        db["plans"].create(PLAN_COLUMNS, pk="id")
        db["plans"].insert_all(plan_rows)
        db["tasks"].create(TASK_COLUMNS, pk="id", not_null=["plan", "title", "status"])
        db["task_owners"].create({"task": str, "department": str, "role": str,
                                  "position": int, "name": str}, pk=("task", "position"))
        db["departments"].create({"name": str, "contact": str, "aliases": str}, pk="name")
        db["department_names"].create(NAME_COLUMNS, pk=("name", "department"))
        db.execute(journal.TABLE)  # filled from the history file by journal.refresh
        size = int(meta["size"])
        for k in range(0, len(task_rows), 5000):  # the second half of the bar: writing
            db["tasks"].insert_all(task_rows[k:k + 5000], batch_size=500)
            progress.update(size // 2 + size * (k + 5000) // max(1, 2 * len(task_rows)))
        db["task_owners"].insert_all(owner_rows, batch_size=1000)
        department_rows, name_rows = departments_of(
            task_file.departments, {(o["name"], o["department"]) for o in owner_rows})
        db["departments"].insert_all(department_rows)
        db["department_names"].insert_all(name_rows)
        create_indexes(db.conn)
    db.conn.close()
    return {"plans": len(task_file.plans), "tasks": len(task_rows),
            "departments": len(department_rows)}


def create_indexes(conn):
    conn.execute("CREATE INDEX tasks_plan_due ON tasks(plan, due)")
    conn.execute("CREATE INDEX tasks_block ON tasks(block)")
    conn.execute("CREATE INDEX task_owners_department_role ON task_owners(department, role)")
    conn.execute("CREATE INDEX task_owners_task ON task_owners(task)")
    # the question asked most: what is open, by date
    conn.execute("CREATE INDEX tasks_open_due ON tasks(due) "
                 "WHERE status IN ('open', 'in_progress')")


# a spelling -> a department it finds, the name to write for it, and whether the spelling is a
# name a reorganisation retired (registry `replaces`)
NAME_COLUMNS = {"name": str, "department": str, "canonical": str, "retired": int}


def departments_of(registry, owners):
    """The departments and the spellings that find them, from the registry and every owner
    of every task as (canonical name, department)."""
    by_name = {}
    for name, department in owners:
        by_name.setdefault(name, set()).add(department)
    rows = {}

    def add(spelling, department, canonical, retired=0):
        key = (spelling, department)
        if key not in rows or retired:
            rows[key] = {"name": spelling, "department": department, "canonical": canonical,
                         "retired": retired}

    for name, departments in by_name.items():
        for department in departments:
            add(name, department, name)
            add(department, department, name)
    contacts = {}
    for name, entry in registry.items():
        region = entry.get("region")
        # an entry of one place speaks for that place's department; one without a place for
        # each place's department of that name
        targets = {qualify(name, region)} if region else by_name.get(name) or {name}
        for department in targets:
            contacts.setdefault(department, entry)
            for spelling in (name, department, *entry["aliases"]):
                add(spelling, department, name)
            for old in entry.get("replaces", ()):
                add(old, department, name, retired=1)
                add(qualify(old, region), department, name, retired=1)
    departments = sorted({row["department"] for row in rows.values()})
    return ([{"name": d, "contact": contacts.get(d, {}).get("contact"),
              "aliases": json.dumps(contacts.get(d, {}).get("aliases", []), ensure_ascii=False)}
             for d in departments],
            sorted(rows.values(), key=lambda r: (r["name"], r["department"])))


def _task_row(task, position, offset, block):
    dumps = json.dumps
    row = {
        "id": task["id"], "plan": task["plan"], "position": position, "offset": offset,
        "block": block, "seq": task.get("seq"), "section": task.get("section"),
        "title": task["title"], "text": task.get("text"),
        "owners": dumps(task["owners"], ensure_ascii=False),
        "lead": dumps(task["lead"], ensure_ascii=False) if task.get("lead") else None,
        "others": int(bool(task.get("others"))),
        "due": _iso(task.get("due")), "due_original": _iso(task.get("due_original")),
        "due_text": task.get("due_text"), "ongoing": int(bool(task.get("ongoing"))),
        "repeat": task.get("repeat"), "status": task["status"],
        "done_on": _iso(task.get("done_on")), "review": int(bool(task.get("review"))),
    }
    for key in ("milestones", "notes", "log"):
        row[key] = dumps(task[key], ensure_ascii=False, default=_iso) if task.get(key) else None
    return row


def _owner_rows(task, directory, region):
    """A task's owners as the departments they are: 市教育局 of a 鄂州市 plan is 鄂州市教育局."""
    lead = task.get("lead") or task["owners"][:1]
    rows = []
    for i, owner in enumerate(task["owners"]):
        name = directory.canonical(owner, region)
        rows.append({"task": task["id"], "department": qualify(name, region),
                     "role": "lead" if owner in lead else "co", "position": i, "name": name})
    return rows


def _iso(value):
    return value.isoformat() if value is not None else None
