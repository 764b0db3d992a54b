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


def _vtrack_command():
    # the script pip installed next to this interpreter, so the tests run what users run
    beside = Path(sys.executable).parent / "vtrack"
    found = str(beside) if beside.exists() else shutil.which("vtrack")
    if not found:
        pytest.exit("the vtrack command is not installed: run pip install -e '.[test]' first")
    return found


VTRACK = _vtrack_command()


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def run(tmp_path):
    """run("due", "--as-of", "2022-09-01") in tmp_path, with a fixed today and no colour."""
    def run(*args, env=None, cwd=None, input=None):
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("VTRACK_")}
        full_env.update({"VTRACK_TODAY": "2022-09-01", "NO_COLOR": "1"})
        full_env.update(env or {})
        proc = subprocess.run([VTRACK, *args], cwd=cwd or tmp_path, env=full_env,
                              capture_output=True, text=True, input=input, timeout=120)
        assert "Traceback" not in proc.stderr, proc.stderr
        return Result(proc)
    return run


def task(plan_id, seq, owners, due=None, **fields):
    record = {"id": f"{plan_id}-{seq:02d}", "seq": seq, "title": f"任务{seq}",
              "text": f"第{seq}项任务的内容。", "owners": owners}
    if due is not None:
        record["due"] = datetime.date.fromisoformat(due)
    record.update(fields)
    return record


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
