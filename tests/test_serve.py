"""vtrack serve: the installed command started on a free port, its JSON API asked what
`vtrack due` and `vtrack workload` answer on the same file and day, writes refused, the
snapshot kept while the cache changes, and the server stopped at the end."""
import contextlib
import hashlib
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import VTRACK, _test_env

pytestmark = pytest.mark.slow  # a server process


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url, data=None, method=None):
    """(status, body) of a request; an HTTP error is an answer too."""
    request = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def _listening(port):
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
        return True
    return False


@pytest.fixture
def server(sample, tmp_path):
    """`vtrack serve --port P` on the sample file, as a real process: (base URL, process);
    stopped, and its port closed, at the end."""
    pytest.importorskip("datasette", reason="Datasette (vtrack[web]) is not installed")
    port = _free_port()
    log = open(tmp_path / "serve.log", "w+", encoding="utf-8")
    temp = tmp_path / "temp"  # where the snapshot is made, to see it go with the server
    temp.mkdir()
    proc = subprocess.Popen([VTRACK, "serve", "--port", str(port)], cwd=tmp_path,
                            env=_test_env({"TMPDIR": str(temp)}), stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert proc.poll() is None, (tmp_path / "serve.log").read_text(encoding="utf-8")
            assert time.monotonic() < deadline, "vtrack serve did not answer within 60 s"
            time.sleep(0.1)
        yield base, proc, port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        assert not _listening(port), "the server is still answering"
        assert proc.returncode == 0, (tmp_path / "serve.log").read_text(encoding="utf-8")
        assert not list(temp.iterdir()), "the snapshot was left behind"


def _rows(base, query, **params):
    status, body = _get(f"{base}/vtrack/{query}.json?" + urllib.parse.urlencode(
        {"_shape": "array", **params}))
    assert status == 200, body
    return json.loads(body)


def _task_keys(row):
    """What a row of the web view and of `vtrack due --format json` must agree on."""
    owners = row["owners"] if isinstance(row["owners"], list) else json.loads(row["owners"])
    departments = row["departments"] if isinstance(row["departments"], list) \
        else json.loads(row["departments"])
    return (row["id"], row["plan"], row["due"], owners, departments, row["days_overdue"],
            row["light"], row["status"])


# 2022-09-03: a task due 2022-09-10 is on the yellow light's last day
@pytest.mark.parametrize("as_of", [None, "2022-08-20", "2022-09-03"])
def test_the_canned_queries_answer_what_due_answers(server, run_e2e, as_of):
    base, _, _ = server
    day = ["--as-of", as_of] if as_of else []  # none: VTRACK_TODAY, 2022-09-01
    due = run_e2e("due", "--format", "json", *day)
    assert due.code == 0, due.err
    tasks = json.loads(due.out)
    asked = {"as_of": as_of} if as_of else {}
    overdue = _rows(base, "overdue", **asked)
    soon = _rows(base, "due_soon", **asked)
    assert [_task_keys(r) for r in overdue] == \
        [_task_keys(t) for t in tasks if t["days_overdue"] > 0]
    assert [_task_keys(r) for r in soon] == \
        [_task_keys(t) for t in tasks if t["days_overdue"] <= 0]
    assert overdue or soon  # the days chosen have something to compare

    workload = json.loads(run_e2e("workload", "--format", "json", *day).out)
    web = _rows(base, "workload", **asked)
    keys = ("department", "tasks", "lead", "co", "open", "overdue", "due_30d", "done",
            "done_on_time")
    assert [tuple(r[k] for k in keys) for r in web] == \
        [tuple(r[k] for k in keys) for r in workload]

    plans = _rows(base, "by_plan", **asked)
    listed = json.loads(run_e2e("list", "--all", "--format", "json", *day).out)
    for plan in plans:
        mine = [t for t in listed if t["plan"] == plan["plan"]]
        assert plan["tasks"] == len(mine)
        for light in ("red", "yellow", "green"):
            assert plan[light] == sum(t["light"] == light for t in mine), (plan, light)


def test_the_tables_are_json_for_other_systems(server, run_e2e):
    base, _, _ = server
    listed = json.loads(run_e2e("list", "--all", "--format", "json").out)
    web = _rows(base, "task_view", _size="max")
    assert sorted(_task_keys(r) for r in web) == sorted(_task_keys(t) for t in listed)
    # a department's page: its tasks, as `vtrack list --dept` finds them
    mine = json.loads(run_e2e("list", "--all", "--dept", "鄂州市人社局", "--format", "json").out)
    page = _rows(base, "department_tasks", department="鄂州市人社局")
    assert sorted(r["id"] for r in page) == sorted(t["id"] for t in mine)
    # the cache's bookkeeping is not shown
    assert not {"block", "offset", "position"} & set(web[0])


def test_nothing_can_write_through_it(server, tmp_path, run_e2e):
    base, _, _ = server
    cache = tmp_path / ".vtrack.db"
    before = hashlib.sha256(cache.read_bytes()).hexdigest()
    form = urllib.parse.urlencode({"sql": "DELETE FROM tasks"}).encode()
    row = json.dumps({"row": {"id": "x", "title": "x"}}).encode()
    for path, body in (("/vtrack/tasks/-/insert", row), ("/vtrack/-/create", row),
                       ("/vtrack/overdue", form), ("/vtrack", form),
                       ("/vtrack/tasks/gaoping-2021-01/-/delete", b"{}")):
        status, answer = _get(base + path, data=body, method="POST")
        assert status == 405 and "只读" in answer, (path, status, answer)
    status, _ = _get(f"{base}/vtrack.json?" + urllib.parse.urlencode(
        {"sql": "DELETE FROM tasks"}))
    assert status == 400
    assert hashlib.sha256(cache.read_bytes()).hexdigest() == before
    assert len(_rows(base, "task_view", _size="max")) == 9


def test_a_page_is_a_snapshot_a_later_write_does_not_change(server, run_e2e):
    base, _, _ = server
    assert "gaoping-2021-01" in [r["id"] for r in _rows(base, "overdue")]
    assert run_e2e("done", "gaoping-2021-01").code == 0
    assert "gaoping-2021-01" not in json.loads(run_e2e("due", "--format", "json").out)[0]["id"]
    # the leader's page stays as it was when the server started
    assert "gaoping-2021-01" in [r["id"] for r in _rows(base, "overdue")]


def test_it_binds_this_machine_only_by_default(server, tmp_path):
    _, _, port = server
    assert f"http://127.0.0.1:{port}/vtrack" in (tmp_path / "serve.log").read_text("utf-8")
    if not os.path.exists("/proc/net/tcp"):
        pytest.skip("no /proc/net/tcp to read the listening address from")
    listening = [line.split()[1] for line in open("/proc/net/tcp").read().splitlines()[1:]
                 if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port]
    assert listening == [f"0100007F:{port:04X}"]  # 127.0.0.1, not 0.0.0.0


def test_the_pages_are_chinese_with_the_lights_in_colour(server):
    base, _, _ = server
    status, page = _get(f"{base}/vtrack/overdue")
    assert status == 200
    assert "逾期" in page and "FFC7CE" in page and ">红<" in page  # the red light's cell
    assert "完成时限" in page  # the header labels, by the inline script
    status, page = _get(f"{base}/vtrack/department_tasks?"
                        + urllib.parse.urlencode({"department": "鄂州市教育局"}))
    assert status == 200 and "部门任务" in page and "已完成" in page  # status in Chinese
    # nothing is fetched from elsewhere: the office network may have no internet
    assert "https://" not in "".join(
        part.split(">")[0] for part in page.split("<script")[1:] + page.split("<link")[1:])
    status, home = _get(f"{base}/")  # one database: the home page is its page
    assert status == 200 and "任务一览" in home and "journal" not in home


def test_without_datasette_one_line_says_what_to_install(sample, tmp_path):
    shadow = tmp_path / "shadow" / "datasette"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('no datasette here')\n")
    env = _test_env({"PYTHONPATH": str(tmp_path / "shadow")})
    proc = subprocess.run([VTRACK, "serve", "--port", str(_free_port())], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == "vtrack: vtrack serve 需要 Datasette：pip install 'vtrack[web]'\n"
