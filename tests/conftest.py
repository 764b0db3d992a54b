"""End-to-end helpers: run the installed `vtrack` on real files in a temporary folder."""
import datetime
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

# the corpus's 40 000 plans and keys are data, no test modules: not walked for any
collect_ignore = ["corpus"]


def _vtrack_command():
    # the script pip installed next to this interpreter, so the tests run what users run
    beside = Path(sys.executable).parent / "vtrack"
    found = str(beside) if beside.exists() else shutil.which("vtrack")
    if not found:
        pytest.exit("the vtrack command is not installed: run pip install -e '.[test]' first")
    return found


VTRACK = _vtrack_command()


class Result:
    def __init__(self, code, out, err):
        self.code = code
        self.out = out
        self.err = err

    def json(self):
        return json.loads(self.out)


def _test_env(env):
    """The variables every run sees: no VTRACK_* from the developer's shell, a fixed today,
    no colour; then the test's own."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VTRACK_")}
    full_env.update({"VTRACK_TODAY": "2022-09-01", "NO_COLOR": "1"})
    full_env.update(env or {})
    return full_env


def run_in_process(args, cwd, env=None, input=None):
    """vtrack's main() in this process, with its own stdin, stdout, stderr, environment and
    working folder: what the installed command does, without starting Python each time."""
    from click.testing import CliRunner

    from vtrack.cli import main

    # unset what the test environment leaves out, so os.environ matches a fresh process
    wanted = _test_env(env)
    overrides = {k: None for k in os.environ if k not in wanted}
    overrides.update(wanted)
    old_cwd = os.getcwd()
    os.chdir(cwd)
    try:
        with CliRunner().isolation(input=input, env=overrides) as (out, err, _):
            try:
                main([str(a) for a in args])
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            result = Result(code, out.getvalue().decode("utf-8"),
                            err.getvalue().decode("utf-8", "backslashreplace"))
    finally:
        os.chdir(old_cwd)
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    return result


def run_installed(args, cwd, env=None, input=None):
    """The installed `vtrack` command in a process of its own (for the end-to-end tests)."""
    proc = subprocess.run([VTRACK, *map(str, args)], cwd=cwd, env=_test_env(env),
                          capture_output=True, text=True, input=input, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def run(tmp_path):
    """run("due", "--as-of", "2022-09-01") in tmp_path, with a fixed today and no colour."""
    def run(*args, env=None, cwd=None, input=None):
        return run_in_process(args, cwd or tmp_path, env, input)
    return run


@pytest.fixture
def run_e2e(tmp_path):
    """Like run, through the installed command in a new process."""
    def run(*args, env=None, cwd=None, input=None):
        return run_installed(args, cwd or tmp_path, env, input)
    return run


def task(plan_id, seq, owners, due=None, **fields):
    record = {"id": f"{plan_id}-{seq:02d}", "seq": seq, "title": f"任务{seq}",
              "text": f"第{seq}项任务的内容。", "owners": owners}
    if due is not None:
        record["due"] = datetime.date.fromisoformat(due)
    record.update(fields)
    return record


# every cache table and an order that makes two caches' rows comparable
CACHE_TABLES = {"meta": "key", "plans": "id", "tasks": "id", "task_owners": "task, position",
                "departments": "name", "department_names": "name, department",
                "journal": "line"}


def dump_cache(db, tables=CACHE_TABLES):
    """The cache's rows, table by table, in a stable order."""
    import sqlite3
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                for table, order in tables.items()}
    finally:
        conn.close()


def agrees_with_a_rebuild(run_e2e, clone):
    """The cache in place, rows and answers, equals one built afresh from the files; the
    tasks by id, as `list --all --format json` gives them."""
    warm = run_e2e("list", "--all", "--format", "json", cwd=clone)
    fresh_db = clone.parent / f"fresh-{clone.name}.db"
    fresh = run_e2e("--db", str(fresh_db), "list", "--all", "--format", "json", cwd=clone)
    assert warm.code == 0 and fresh.code == 0, (warm.err, fresh.err)
    assert warm.json() == fresh.json()
    tables = {"tasks": "id", "task_owners": "task, position", "departments": "name",
              "journal": "line"}

    def rows(db):
        # a task's block hash is left empty by an edit until a re-sync reads its bytes back
        found = dump_cache(db, tables)
        found["tasks"] = [row[:4] + row[5:] for row in found["tasks"]]
        return found

    assert rows(clone / ".vtrack.db") == rows(fresh_db)
    fresh_db.unlink()
    return {t["id"]: t for t in warm.json()}


def git(cwd, *args):
    """Run real git in cwd as a fixed committer; its output. A failure fails the test."""
    import os
    import subprocess
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, f"git {' '.join(args)}: {proc.stdout}{proc.stderr}"
    return proc.stdout


def write_tasks(path, plans, departments=None):
    doc = {"version": 1}
    if departments:
        doc["departments"] = departments
    doc["plans"] = plans
    Path(path).write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False),
                          encoding="utf-8")
    return path


@pytest.fixture
def sample(tmp_path):
    """A small tasks.yaml: two plans, aliases, done, ongoing and dated tasks."""
    plans = [
        {"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案",
         "issuer": "鄂州市人民政府", "issued": datetime.date(2022, 8, 9), "tasks": [
             task("ezhou-2022", 1, ["市教育局", "市人社局", "鄂州职业大学"], "2022-08-31"),
             task("ezhou-2022", 2, ["市教育局", "鄂州职业大学"], "2022-10-31"),
             task("ezhou-2022", 3, ["人社局", "市财政局"], "2022-08-15",
                  lead=["市财政局"]),
             task("ezhou-2022", 4, ["市教育局"], "2022-08-20", status="done",
                  done_on=datetime.date(2022, 8, 19)),
             task("ezhou-2022", 5, ["市经信局"], None, ongoing=True, due_text="持续实施。"),
             task("ezhou-2022", 6, ["市经信局"], "2022-09-10", status="in_progress"),
             task("ezhou-2022", 7, ["市教育局"], "2022-07-01", status="cancelled"),
         ]},
        {"id": "gaoping-2021", "title": "高平市职业教育实施方案", "tasks": [
            task("gaoping-2021", 1, ["市教育局"], "2022-08-01"),
            task("gaoping-2021", 2, ["市人力资源和社会保障局"], "2022-09-05"),
        ]},
    ]
    departments = {"市人社局": {"aliases": ["市人力资源和社会保障局", "人社局"],
                               "contact": "陈卓（副局长）"}}
    return write_tasks(tmp_path / "tasks.yaml", plans, departments)


# -- the wheel, installed in a fresh virtual environment (test_wheel.py) -----------------------

ROOT = Path(__file__).resolve().parent.parent
_wheel_build = {}


def _start_wheel_build():
    import tempfile
    dest = tempfile.mkdtemp(prefix="vtrack-wheel-")
    log = open(os.path.join(dest, "build.log"), "w+")
    _wheel_build["dest"] = dest
    _wheel_build["log"] = log
    source = os.environ.get("VTRACK_WHEEL") or str(ROOT)
    _wheel_build["proc"] = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "wheel_install.py"), source, dest],
        stdout=log, stderr=subprocess.STDOUT)


def pytest_collection_modifyitems(items):
    # a test that starts the installed command in a new process is end-to-end: the slow
    # layer, whatever its module says (`-m "not slow"` runs the rest in seconds)
    for item in items:
        if "run_e2e" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
    # the longest first (the corpus's score, the wheel's build, the races, a fortnight at the
    # desk), each begun on a worker of its own while the many short tests follow: none left
    # to run alone at the end (pytest-xdist, by file, in this order)
    longest = ["test_extract_corpus", "test_wheel", "test_races", "test_fortnight", "test_width"]

    def place(item):
        name = item.module.__name__ if getattr(item, "module", None) is not None else ""
        return longest.index(name) if name in longest else len(longest)
    items.sort(key=place)


def pytest_unconfigure(config):
    if "dest" in _wheel_build:
        _wheel_build["proc"].kill()
        _wheel_build["proc"].wait()
        _wheel_build["log"].close()
        shutil.rmtree(_wheel_build["dest"], ignore_errors=True)


@pytest.fixture(scope="session")
def installed_wheel():
    """The bin folder of a fresh virtual environment with vtrack's wheel installed: built by
    the worker that runs the wheel's tests, early (pytest_collection_modifyitems), while the
    other worker runs the rest; where VTRACK_WHEEL names a wheel already built (.ci/run builds
    the one it tests), that file is installed, not built again."""
    if "proc" not in _wheel_build:
        _start_wheel_build()
    proc = _wheel_build["proc"]
    code = proc.wait(timeout=600)
    log = _wheel_build["log"]
    log.seek(0)
    assert code == 0, f"building or installing the wheel failed:\n{log.read()}"
    return Path(_wheel_build["dest"]) / "venv" / "bin"
