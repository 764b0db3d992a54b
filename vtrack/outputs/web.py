"""vtrack serve: a read-only web view of the cache for leaders, and a JSON API for other
office systems, with Datasette (the optional extra vtrack[web]).

What is served is a snapshot: the cache copied with SQLite's backup API into a file of its
own, the views below added, then opened immutable. A later vtrack write changes the cache,
never the page a leader is reading, and nothing can write through the server (Datasette
opens an immutable file read-only, and no canned query writes).

The canned queries ask the cache's own questions (cache/queries.py: due_where,
workload_sql), so the web view and `vtrack due` cannot come to disagree. "Today" is an SQL
function, vtrack_today(), answered from the day the command line gives (--as-of,
$VTRACK_TODAY, else the clock at each request); a query's `as_of` parameter overrides it.
"""
from __future__ import annotations

import datetime
import html
import json
import os
import sqlite3
from collections.abc import Callable
from typing import Any

from ..cache.queries import DUE_ORDER, WORKLOAD_ORDER, due_where, workload_sql
from ..model import Light, Status, sql_open

DATABASE = "vtrack"  # the snapshot's name, so the URLs are /vtrack/...
OPEN = sql_open()

# the day a query asks about: its as_of parameter if given (YYYY-MM-DD), else today
AS_OF = "coalesce(date(nullif(:as_of, '')), vtrack_today())"
TODAY = "vtrack_today()"


def light_sql(as_of: str, yellow_days: int, status: str = "status", due: str = "due") -> str:
    """Task.light_on as SQL: red overdue, yellow due within yellow_days, green later or
    undated, none when closed (tests/test_serve.py holds it to `vtrack due`'s lights)."""
    return (f"CASE WHEN NOT {sql_open(status)} THEN NULL WHEN {due} IS NULL THEN 'green' "
            f"WHEN {due} < {as_of} THEN 'red' "
            f"WHEN {due} <= date({as_of}, '+{int(yellow_days)} days') THEN 'yellow' "
            "ELSE 'green' END")


def _task_columns(as_of: str, yellow_days: int) -> str:
    """The columns a task shows on every page: ids, owners as written and the departments
    they are (as `vtrack due --format json` gives them), the date, how late, the light."""
    owners = ("(SELECT json_group_array({}) FROM (SELECT department FROM task_owners "
              "WHERE task = tasks.id{} ORDER BY position))")
    return (f"id, plan, title, owners, {owners.format('department', '')} AS departments, "
            f"{owners.format('department', ' AND role = ' + repr('lead'))} AS lead_departments, "
            f"due, status, CASE WHEN due IS NOT NULL "
            f"THEN CAST(julianday({as_of}) - julianday(due) AS INTEGER) END AS days_overdue, "
            f"{light_sql(as_of, yellow_days)} AS light")


def views(yellow_days: int) -> dict[str, str]:
    """The views the snapshot gets: the tasks without the cache's bookkeeping (block
    hashes, offsets), and the tasks by department, for facets and a department's page."""
    return {
        "task_view": f"SELECT {_task_columns(TODAY, yellow_days)}, done_on, due_text, "
                     f"ongoing, section FROM tasks ORDER BY due IS NULL, {DUE_ORDER}",
        "department_tasks":
            f"SELECT o.department AS department, o.role AS role, t.id AS id, t.plan AS plan, "
            f"t.title AS title, t.due AS due, t.status AS status, "
            f"CASE WHEN t.due IS NOT NULL THEN "
            f"CAST(julianday({TODAY}) - julianday(t.due) AS INTEGER) END AS days_overdue, "
            f"{light_sql(TODAY, yellow_days, 't.status', 't.due')} AS light "
            "FROM task_owners o JOIN tasks t ON t.id = o.task "
            "ORDER BY o.department, t.due IS NULL, t.due, o.position",
        "plan_view": "SELECT id, title, issuer, doc_no, issued, region, source FROM plans "
                     "ORDER BY position",
    }


def queries(yellow_days: int) -> dict[str, dict[str, Any]]:
    """The canned queries: 逾期 and 两周内到期 are `vtrack due`'s two sections, 各部门工作量
    is `vtrack workload`'s ranking, 按计划 each plan's lights."""
    columns = _task_columns(AS_OF, yellow_days)
    soon = f"date({AS_OF}, '+14 days')"
    overdue = f"date({AS_OF}, '-1 days')"  # due before as_of: late from the next day
    workload = workload_sql(as_of=AS_OF, in30=f"date({AS_OF}, '+30 days')",
                            yellow=f"date({AS_OF}, '+{int(yellow_days)} days')")
    light = light_sql(AS_OF, yellow_days)
    return {
        "overdue": {
            "title": "逾期", "hide_sql": True,
            "description": "截至 as_of（默认今天）已过期限仍未办结的任务，最早到期的在前；"
                           "与 vtrack due 的“逾期”部分相同。",
            "sql": f"SELECT {columns} FROM tasks WHERE {due_where(overdue)}"
                   f" ORDER BY {DUE_ORDER}",
        },
        "due_soon": {
            "title": "两周内到期", "hide_sql": True,
            "description": "as_of（默认今天）起 14 天内到期、尚未办结的任务；"
                           "与 vtrack due 的“近期到期”部分相同。",
            "sql": f"SELECT {columns} FROM tasks WHERE {due_where(soon)} AND due >= {AS_OF}"
                   f" ORDER BY {DUE_ORDER}",
        },
        "workload": {
            "title": "各部门工作量", "hide_sql": True,
            "description": "每个部门的任务数（牵头 lead、配合 co）、未办结 open、逾期 overdue、"
                           "30 天内到期 due_30d、已完成 done 与按原定期限完成 done_on_time；"
                           "逾期多的在前。泛指单位（各有关单位等）placeholder 为 1，排在最后。",
            "sql": f"SELECT *, department IN (SELECT department FROM placeholders) "
                   f"AS placeholder FROM ({workload}) "
                   f"ORDER BY placeholder, {WORKLOAD_ORDER}",
        },
        "by_plan": {
            "title": "按计划", "hide_sql": True,
            "description": "每个计划的任务数和红黄绿灯：red 逾期、yellow 近期到期、green 其余"
                           "未办结的，以及已完成和已取消的。",
            "sql": f"SELECT p.id AS plan, p.title AS title, count(t.id) AS tasks, "
                   f"sum({light} = 'red') AS red, sum({light} = 'yellow') AS yellow, "
                   f"sum({light} = 'green') AS green, sum(t.status = 'done') AS done, "
                   f"sum(t.status = 'cancelled') AS cancelled "
                   f"FROM plans p LEFT JOIN tasks t ON t.plan = p.id "
                   f"GROUP BY p.id ORDER BY p.position",
        },
    }


# Chinese words for the columns, shown as the column headers of every page (the JSON keys
# stay those of `vtrack due --format json`, which scripts already read)
LABELS = {
    "id": "编号", "plan": "计划", "title": "标题", "owners": "责任单位（原文）",
    "departments": "责任部门", "lead_departments": "牵头部门", "lead": "牵头",
    "due": "完成时限", "status": "状态",
    "days_overdue": "逾期天数", "light": "灯", "done_on": "完成日期", "due_text": "期限原文",
    "ongoing": "持续实施", "section": "所属部分", "department": "部门", "role": "角色",
    "issuer": "印发单位", "doc_no": "文号", "issued": "印发日期", "region": "地方",
    "source": "来源", "tasks": "任务数", "co": "配合", "open": "未办结", "overdue": "逾期",
    "due_30d": "30天内到期", "yellow": "黄灯", "green": "绿灯", "red": "红灯",
    "done": "已完成", "done_on_time": "按期完成", "placeholder": "泛指单位",
    "cancelled": "已取消", "contact": "联系人", "aliases": "别名", "name": "名称",
}


def metadata(yellow_days: int) -> dict[str, Any]:
    """Titles, descriptions and column descriptions in Chinese; the cache's own tables
    hidden (their block hashes and offsets are bookkeeping); facets by department, plan and
    status."""
    hidden = {name: {"hidden": True} for name in
              ("tasks", "plans", "task_owners", "department_names", "meta", "journal",
               "placeholders")}
    # only what a header's word does not say (the headers are LABELS)
    columns = {
        "owners": "任务原文所写的责任单位（JSON 数组）",
        "departments": "责任单位所指的部门，按计划所属地方定名：鄂州市的方案写的市教育局即"
                       "鄂州市教育局（JSON 数组）",
        "days_overdue": "截至今天已过期限的天数；负数为距期限还有几天",
        "light": f"红：逾期；黄：{yellow_days} 天内到期；绿：其余未办结的；已办结的无灯",
    }
    return {
        "title": "vtrack 督办台账",
        "description": "重点任务的只读快照：谁负责、何时完成、哪些已逾期。"
                       f"红灯为逾期，黄灯为 {yellow_days} 天内到期，绿灯为其余未办结的任务。",
        "databases": {DATABASE: {
            "title": "督办台账",
            # the page a leader lands on: where to go, in Chinese, before Datasette's lists
            "description_html": "<p>" + "　".join(
                f'<a href="/{DATABASE}/{path}">{title}</a>' for path, title in (
                    ("overdue", "逾期"), ("due_soon", "两周内到期"),
                    ("workload", "各部门工作量"), ("by_plan", "按计划"),
                    ("task_view", "任务一览"), ("department_tasks", "部门任务"),
                    ("plan_view", "计划"))) + "</p><p>红灯逾期，黄灯"
                    f"{yellow_days} 天内到期，绿灯其余未办结；数据为启动时的快照。</p>",
            "tables": {
                **hidden,
                "task_view": {"title": "任务一览", "columns": columns,
                              "description": "全部任务（含已办结），最早到期的在前。",
                              "facets": ["plan", "status", "light",
                                         {"array": "departments"}]},
                "department_tasks": {
                    "title": "部门任务", "description": "每个部门负责的每项任务（牵头或配合）；"
                    "在下方 department 一栏点选部门，即为该部门的任务页。",
                    "columns": {"department": columns["departments"].removesuffix(
                                    "（JSON 数组）"),
                                "days_overdue": columns["days_overdue"],
                                "light": columns["light"], "role": "lead 牵头，co 配合"},
                    "facets": ["department", "plan", "status", "light"]},
                "plan_view": {"title": "计划", "description": "各实施方案。"},
                "departments": {"title": "部门名录",
                                "description": "tasks.yaml 中登记的部门及联系人。"},
            },
            "queries": queries(yellow_days),
        }},
    }


def snapshot(conn: sqlite3.Connection, path: str, placeholders: set[str],
             yellow_days: int) -> None:
    """The cache as it is now, copied into path (the backup API: one consistent copy,
    whatever writes the cache next), with the views and the placeholders the pages use."""
    out = sqlite3.connect(path)
    try:
        conn.backup(out)
        # one file, no journal beside it: it is opened immutable
        out.execute("PRAGMA journal_mode = DELETE")
        with out:
            out.execute("CREATE TABLE placeholders (department TEXT PRIMARY KEY)")
            out.executemany("INSERT INTO placeholders VALUES (?)",
                            [(d,) for d in sorted(placeholders)])
            for name, sql in views(yellow_days).items():
                out.execute(f"CREATE VIEW {name} AS {sql}")
    finally:
        out.close()


_LIGHT_CELL = ('<span style="display:inline-block;min-width:2.5em;text-align:center;'
               'padding:0 .4em;border-radius:3px;background:#{fill}">{zh}</span>')

# the column headers in Chinese: Datasette writes each column's name in its <th>; this
# inline script (no remote asset) puts the label there, the name staying the JSON key
_RELABEL = """
(function () {
  var labels = %s;
  document.querySelectorAll("table.rows-and-columns th").forEach(function (th) {
    var name = th.getAttribute("data-column") || th.textContent.trim();
    var label = labels[name];
    if (!label) return;
    var target = th.querySelector("a") || th;
    target.childNodes.forEach(function (node) {
      if (node.nodeType === 3 && node.textContent.trim() === name)
        node.textContent = node.textContent.replace(name, label);
    });
    th.title = name;
  });
})();
"""


# the columns holding lists of units as JSON: shown on the pages as 市教育局、市人社局
_NAME_LISTS = {"owners", "departments", "lead_departments"}
_ROLES = {"lead": "牵头", "co": "配合"}


def _read_only(app: Any) -> Any:
    """Only reading reaches Datasette: any other method is refused at the door (405), so
    no version's write API, form or canned query can be reached, whatever it allows."""
    refusal = "vtrack serve 是只读的：不能通过网页修改任务\n".encode()

    async def read_only(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/":  # one database: straight to it
            await send({"type": "http.response.start", "status": 302,
                        "headers": [(b"location", f"/{DATABASE}".encode())]})
            await send({"type": "http.response.body", "body": b""})
            return
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD"):
            await send({"type": "http.response.start", "status": 405,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"allow", b"GET, HEAD")]})
            await send({"type": "http.response.body", "body": refusal})
            return
        await app(scope, receive, send)
    return read_only


def plugin(today: Callable[[], datetime.date]) -> object:
    """The hooks vtrack gives Datasette, registered in this process: vtrack_today() in SQL,
    the light as a coloured cell, statuses in Chinese, the headers' labels, and only GET."""
    import types

    from datasette import hookimpl
    from markupsafe import Markup

    @hookimpl
    def prepare_connection(conn: sqlite3.Connection) -> None:
        conn.create_function("vtrack_today", 0, lambda: today().isoformat())

    @hookimpl
    def render_cell(value: object, column: str) -> Markup | None:
        if column == "light" and value in {str(v) for v in Light}:
            light = Light(str(value))
            return Markup(_LIGHT_CELL.format(fill=light.fill, zh=light.zh))
        if column in _NAME_LISTS and isinstance(value, str) and value.startswith("["):
            return Markup(html.escape("、".join(json.loads(value))))
        if column == "role" and value in _ROLES:
            return Markup(_ROLES[str(value)])
        if column == "status" and value in {str(s) for s in Status}:
            return Markup(html.escape(Status(str(value)).zh))
        return None

    @hookimpl
    def extra_body_script() -> str:
        return _RELABEL % json.dumps(LABELS, ensure_ascii=False)

    @hookimpl
    def asgi_wrapper() -> Callable[[Any], Any]:
        return _read_only

    # a module, as Datasette lists its plugins by their __name__
    module = types.ModuleType("vtrack_web")
    for hook in (prepare_connection, render_cell, extra_body_script, asgi_wrapper):
        setattr(module, hook.__name__, hook)
    return module


def serve(conn: sqlite3.Connection, placeholders: set[str], yellow_days: int,
          today: Callable[[], datetime.date], host: str, port: int,
          open_browser: bool = False, ready: Callable[[str], None] | None = None) -> None:
    """Serve a snapshot of the cache until interrupted; the snapshot goes with the server."""
    import asyncio
    import signal
    import tempfile

    import uvicorn
    from datasette.app import Datasette
    from datasette.plugins import pm

    with tempfile.TemporaryDirectory(prefix="vtrack-serve-") as folder:
        path = os.path.join(folder, f"{DATABASE}.db")
        snapshot(conn, path, placeholders, yellow_days)
        conn.close()  # the snapshot is what is served: the cache is free for writers
        pm.register(plugin(today), name="vtrack")
        ds = Datasette(immutables=[path], metadata=metadata(yellow_days),
                       settings={"default_page_size": 100, "suggest_facets": False,
                                 "sql_time_limit_ms": 3000, "allow_download": False})
        asyncio.run(ds.invoke_startup())
        # an IPv6 address is written in brackets in a URL
        url = f"http://{f'[{host}]' if ':' in host else host}:{port}/{DATABASE}"
        if ready is not None:
            ready(url)
        if open_browser:
            import webbrowser
            webbrowser.open(url)
        # uvicorn stops on SIGTERM and then raises it again with the handler it found: a
        # SystemExit here, so that the snapshot is removed (the default handler would end
        # the process before the folder's cleanup)
        signal.signal(signal.SIGTERM, _stop)
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)
