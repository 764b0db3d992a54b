"""reassign, done, postpone, note, history: edits in place, safe under concurrency and
crashes, friendly to git, and recorded."""
import difflib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import yaml

from conftest import VTRACK, git, run_in_process, task, write_tasks
from vtrack.errors import VtrackError

HAND_WRITTEN = """\
# 鄂州 tasks — kept by the 联席会议办公室
version: 1

departments:
  市人社局:
    aliases: [市人力资源和社会保障局, 人社局]   # 2019 机构改革

plans:
  - id: ezhou-2022
    title: "鄂州市推动现代职业教育高质量发展的实施方案"
    tasks:

      - id: ezhou-2022-01
        title: '推进“3+2”合作'
        owners:   [市教育局, 市经信局,   市人社局]    # spacing as someone typed it
        due: 2022-08-31

      # the next one was added by hand
      - title: 成立高校联盟
        id: ezhou-2022-02
        owners:
          - 市教育局
          - 市经信局
        due: 2022-10-31
        notes:
          - {on: 2022-09-01, text: 已报市政府}
"""


def tasks_by_id(path):
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {t["id"]: t for p in doc["plans"] for t in p["tasks"]}


def changed_lines(before, after):
    diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0))
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    return removed, added


@pytest.fixture
def hand(tmp_path):
    path = tmp_path / "tasks.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    return path


def test_reassign_changes_only_the_owners_line_and_adds_a_log(run, hand):
    result = run("reassign", "ezhou-2022-01", "--from", "市经信局", "--to", "市工信局",
                 "--new-dept", "--why", "机构改革", env={"VTRACK_USER": "陈卓"})
    assert result.code == 0, result.err
    removed, added = changed_lines(HAND_WRITTEN, hand.read_text(encoding="utf-8"))
    assert removed == ["        owners:   [市教育局, 市经信局,   市人社局]"
                       "    # spacing as someone typed it"]
    assert added[0] == "        owners: [市教育局, 市工信局, 市人社局]"
    assert added[1:] == ["        log:",
                         "          - {'on': 2022-09-01, what: 'owners: 市经信局 → 市工信局', "
                         "why: 机构改革, by: 陈卓}"]
    assert run("check").code == 0


def test_block_style_owners_and_a_second_log_entry(run, hand):
    run("reassign", "ezhou-2022-02", "--add", "人社局")  # an alias: written canonical
    run("reassign", "ezhou-2022-02", "--lead", "市经信局")
    task = tasks_by_id(hand)["ezhou-2022-02"]
    assert task["owners"] == ["市教育局", "市经信局", "市人社局"]
    assert task["lead"] == ["市经信局"]
    assert [e["what"] for e in task["log"]] == ["owners: + 市人社局", "lead: 市教育局 → 市经信局"]
    text = hand.read_text(encoding="utf-8")
    assert "          - {on: 2022-09-01, text: 已报市政府}\n" in text
    assert "# the next one was added by hand" in text and "# 2019 机构改革" in text


def test_from_to_keeps_position_and_role(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市经信局", "市教育局"], "2022-09-30"),
        task("p-2022", 2, ["市教育局", "市经信局", "市财政局"], "2022-09-30",
             lead=["市教育局", "市经信局"])]}])
    assert run("reassign", "--dept", "市经信局", "--to", "市工信局", "--new-dept",
               "--why", "机构改革").code == 0
    tasks = tasks_by_id(tmp_path / "tasks.yaml")
    assert (tasks["p-2022-01"]["owners"] == ["市工信局", "市教育局"]
            and "lead" not in tasks["p-2022-01"])
    assert tasks["p-2022-02"]["owners"] == ["市教育局", "市工信局", "市财政局"]
    assert tasks["p-2022-02"]["lead"] == ["市教育局", "市工信局"]
    leads = run("list", "--lead", "市工信局", "--format", "json").json()
    assert [t["id"] for t in leads] == ["p-2022-01", "p-2022-02"]


def test_unknown_department_is_refused_with_the_nearest(run, hand):
    before = hand.read_bytes()
    result = run("reassign", "ezhou-2022-01", "--from", "市经信局", "--to", "市教育")
    assert result.code == 1 and "市教育局" in result.err and "--new-dept" in result.err
    assert run("reassign", "ezhou-2022-01", "--from", "市财政局", "--to", "市教育局").code == 1
    assert run("reassign", "ezhou-2022-09", "--add", "市教育局").code == 1
    assert hand.read_bytes() == before


def test_done_reopen_cancel_status(run, hand):
    assert run("done", "ezhou-2022-01", "--on", "2022-08-30").code == 0
    task = tasks_by_id(hand)["ezhou-2022-01"]
    assert task["status"] == "done" and str(task["done_on"]) == "2022-08-30"
    assert "ezhou-2022-01" not in run("due", "--as-of", "2022-09-05").out
    run("reopen", "ezhou-2022-01", "--why", "材料退回")
    task = tasks_by_id(hand)["ezhou-2022-01"]
    assert task["status"] == "open" and "done_on" not in task
    assert run("cancel", "ezhou-2022-02").code == 2  # --why is required
    run("cancel", "ezhou-2022-02", "--why", "并入其他任务")
    run("status", "in_progress", "ezhou-2022-01")
    tasks = tasks_by_id(hand)
    assert tasks["ezhou-2022-02"]["status"] == "cancelled"
    assert tasks["ezhou-2022-01"]["status"] == "in_progress"
    assert run("check").code == 0


def test_postpone_keeps_the_first_due_date(run, hand):
    run("postpone", "ezhou-2022-01", "--to", "2022-10-31", "--why", "领导同意")
    run("postpone", "ezhou-2022-01", "--to", "2022-12-31", "--why", "再次延期")
    task = tasks_by_id(hand)["ezhou-2022-01"]
    assert str(task["due"]) == "2022-12-31" and str(task["due_original"]) == "2022-08-31"
    assert [e["why"] for e in task["log"]] == ["领导同意", "再次延期"]
    assert run("postpone", "ezhou-2022-01", "--to", "2023-01-31").code == 2  # no --why


def test_postpone_to_the_same_date_changes_nothing_and_a_closed_task_is_refused(run, hand):
    before = hand.read_text(encoding="utf-8")
    same = run("postpone", "ezhou-2022-01", "--to", "2022-08-31", "--why", "重复")
    assert same.code == 0 and "没有变化" in same.out and "提前" not in same.out
    assert hand.read_text(encoding="utf-8") == before
    assert run("done", "ezhou-2022-01").code == 0
    closed = hand.read_text(encoding="utf-8")
    refused = run("postpone", "ezhou-2022-01", "--to", "2022-12-31", "--why", "再延")
    assert refused.code == 1 and "reopen" in refused.err and len(refused.err.splitlines()) == 1
    assert hand.read_text(encoding="utf-8") == closed


def test_every_add_and_remove_given_applies(run, hand):
    result = run("reassign", "ezhou-2022-01", "--add", "市财政局", "--add", "市发改委",
                 "--remove", "市经信局", "--remove", "市人社局", "--new-dept", "--why", "调整")
    assert result.code == 0, result.err
    assert tasks_by_id(hand)["ezhou-2022-01"]["owners"] == ["市教育局", "市财政局", "市发改委"]


def test_note_and_dry_run(run, hand):
    before = hand.read_bytes()
    history = hand.parent / "tasks.history.yaml"
    result = run("note", "ezhou-2022-01", "已召开推进会", "--dry-run")
    assert result.code == 0 and "+++ b/" in result.out and "+- {'on': " in result.out
    assert "已召开推进会" in result.out
    assert hand.read_bytes() == before and not history.exists()
    run("note", "ezhou-2022-01", "已召开推进会", "--on", "2022-08-20",
        env={"VTRACK_USER": "测试员"})
    # a note goes to the history file, not into tasks.yaml: git merges its lines
    assert hand.read_bytes() == before
    assert history.read_text(encoding="utf-8").splitlines()[-1] == \
        "- {'on': 2022-08-20, task: ezhou-2022-01, note: 已召开推进会, by: 测试员}"
    shown = run("show", "ezhou-2022-01", "--format", "json").json()
    assert shown["notes"] == [{"on": "2022-08-20", "text": "已召开推进会", "by": "测试员"}]


def test_the_cache_after_an_edit_equals_a_rebuild(run, sample, tmp_path):
    run("list")
    run("reassign", "ezhou-2022-02", "--add", "市财政局", "--why", "加强经费保障")
    run("note", "ezhou-2022-01", "第一条备注\n有两行")
    run("done", "gaoping-2021-01")
    db = tmp_path / ".vtrack.db"
    inode = db.stat().st_ino
    assert run("list").code == 0
    assert db.stat().st_ino == inode  # no rebuild: the writer brought the cache up to date

    def dump():
        # an edited task's block hash is cleared (a re-sync reads it again), so it is left
        # out; offsets, counted from their plan's start, must agree with the rebuild's
        conn = sqlite3.connect(db)
        columns = [c[1] for c in conn.execute("PRAGMA table_info(tasks)") if c[1] != "block"]
        return [conn.execute(f"SELECT {', '.join(columns)} FROM tasks ORDER BY id").fetchall()] \
            + [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
               for t in ("task_owners", "department_names")]
    incremental = dump()
    run("sync", "--full")
    assert dump() == incremental
    run("done", "gaoping-2021-02")  # found by its offset after a rebuild, too
    assert run("list", "--status", "done", "--format", "json").json()[-1]["id"] \
        == "gaoping-2021-02"


def test_history_survives_deleting_the_cache(run, hand, tmp_path):
    run("reassign", "ezhou-2022-01", "--from", "市经信局", "--to", "市教育局", "--why", "调整")
    run("postpone", "ezhou-2022-02", "--to", "2022-12-31", "--why", "延期")
    run("note", "ezhou-2022-02", "进展顺利")
    before = run("history", "--format", "json").json()
    assert [(e["task"], e["source"]) for e in before] == [
        ("ezhou-2022-01", "vtrack"), ("ezhou-2022-02", "vtrack"),
        ("ezhou-2022-02", "note"), ("ezhou-2022-02", "note")]  # the note it had, and ours
    (tmp_path / ".vtrack.db").unlink()
    after = run("history", "--format", "json").json()
    assert [e for e in before if e["source"] != "hand"] == after
    assert {e["why"] for e in after} >= {"调整", "延期"}
    one = run("history", "ezhou-2022-01", "--format", "json").json()
    assert {e["task"] for e in one} == {"ezhou-2022-01"}


def test_hand_edits_are_history_too(run, hand):
    run("list")
    text = hand.read_text(encoding="utf-8")
    text = text.replace("due: 2022-08-31", "due: 2022-09-30")
    text = text[:text.index("      # the next one")]  # a task removed by hand
    hand.write_text(text, encoding="utf-8")
    history = run("history", "--format", "json", env={"VTRACK_TODAY": "2022-09-02"}).json()
    hand_made = [(e["on"], e["task"], e["what"]) for e in history if e["source"] == "hand"]
    assert ("2022-09-02", "ezhou-2022-01", "due: 2022-08-31 → 2022-09-30") in hand_made
    assert any(t == "ezhou-2022-02" and "删除" in w for _, t, w in hand_made)


def _reassign_in_a_child(folder, numbers):
    """A process of its own (forked: no interpreter start-up) running one reassign per
    task; its exit status says whether all of them worked."""
    pid = os.fork()
    if pid:
        return pid
    try:
        for n in numbers:
            result = run_in_process(["reassign", f"p-2022-{n:02d}", "--from", "市财政局", "--to",
                                     "市人社局", "--new-dept"], folder, {"VTRACK_USER": "t"})
            if result.code != 0:
                os._exit(1)
        os._exit(0)
    except BaseException:
        os._exit(2)


@pytest.mark.slow
def test_two_writers_lose_nothing(run, tmp_path):
    plans = [{"id": "p-2022", "title": "方案",
              "tasks": [task("p-2022", n, ["市教育局", "市财政局"], "2022-09-30")
                        for n in range(1, 101)]}]
    write_tasks(tmp_path / "tasks.yaml", plans)
    assert run("sync").code == 0
    children = [_reassign_in_a_child(tmp_path, range(first, first + 50)) for first in (1, 51)]
    assert [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children] == [0, 0]
    tasks = tasks_by_id(tmp_path / "tasks.yaml")
    assert len(tasks) == 100
    assert all(t["owners"] == ["市教育局", "市人社局"] and len(t["log"]) == 1
               for t in tasks.values())
    assert run("check").code == 0
    assert len(run("list", "--dept", "市人社局", "--format", "json").json()) == 100


@pytest.mark.slow
def test_a_writer_waits_for_the_lock_then_gives_up(run, hand):
    import fcntl
    fd = os.open(f"{hand}.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        started = time.monotonic()
        result = run("done", "ezhou-2022-01", env={"VTRACK_LOCK_WAIT": "0.5"})
        waited = time.monotonic() - started
    finally:
        os.close(fd)
    assert result.code == 1 and "lock" in result.err and 0.45 <= waited < 10
    assert "status" not in hand.read_text(encoding="utf-8")
    assert run("done", "ezhou-2022-01").code == 0


def test_the_lock_wait_is_ten_seconds_unless_set(monkeypatch):
    from vtrack.taskfile import lock as edits
    monkeypatch.delenv("VTRACK_LOCK_WAIT", raising=False)
    assert edits.lock_wait() == 10
    monkeypatch.setenv("VTRACK_LOCK_WAIT", "0.5")
    assert edits.lock_wait() == 0.5
    monkeypatch.setenv("VTRACK_LOCK_WAIT", "soon")
    with pytest.raises(VtrackError, match="VTRACK_LOCK_WAIT"):
        edits.lock_wait()


def test_a_writer_killed_before_the_rename_leaves_the_file_whole(hand, tmp_path):
    before = hand.read_bytes()
    crash = ("import os, signal, sys\n"
             "os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
             "from vtrack.cli import main\n"
             "sys.argv = ['vtrack', 'done', 'ezhou-2022-01']\n"
             "main()\n")
    env = {**os.environ, "VTRACK_TODAY": "2022-09-01"}
    proc = subprocess.run([sys.executable, "-c", crash], cwd=tmp_path, env=env)
    assert proc.returncode == -signal.SIGKILL
    assert hand.read_bytes() == before
    check = subprocess.run([VTRACK, "check"], cwd=tmp_path, env=env, capture_output=True)
    assert check.returncode == 0


@pytest.mark.slow  # real git, two clones
def test_two_clones_merge_cleanly_then_conflict_is_reported(run, tmp_path):
    origin = tmp_path / "origin"
    origin.mkdir()
    (origin / "tasks.yaml").write_text(HAND_WRITTEN, encoding="utf-8")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "tasks.yaml")
    git(origin, "commit", "-qm", "tasks")
    for name in ("a", "b"):
        git(tmp_path, "clone", "-q", str(origin), name)
    run("reassign", "ezhou-2022-01", "--from", "市经信局", "--to", "市人社局", cwd=tmp_path / "a")
    git(tmp_path / "a", "commit", "-qam", "a")
    run("postpone", "ezhou-2022-02", "--to", "2022-12-31", "--why", "延期", cwd=tmp_path / "b")
    git(tmp_path / "b", "commit", "-qam", "b")
    git(tmp_path / "b", "pull", "-q", "--no-rebase", str(tmp_path / "a"), "main")
    assert run("check", cwd=tmp_path / "b").code == 0
    tasks = tasks_by_id(tmp_path / "b" / "tasks.yaml")
    assert tasks["ezhou-2022-01"]["owners"] == ["市教育局", "市人社局"]
    assert str(tasks["ezhou-2022-02"]["due"]) == "2022-12-31"

    run("done", "ezhou-2022-01", cwd=tmp_path / "a")
    git(tmp_path / "a", "commit", "-qam", "a2")
    run("cancel", "ezhou-2022-01", "--why", "取消", cwd=tmp_path / "b")
    git(tmp_path / "b", "commit", "-qam", "b2")
    merge = subprocess.run(["git", "pull", "-q", "--no-rebase", str(tmp_path / "a"), "main"],
                           cwd=tmp_path / "b", capture_output=True)
    # vtrack's merge driver (set up by the first command in each clone): no markers, the
    # file valid, b's status kept and a's recorded for a person to settle (test_merge.py)
    assert merge.returncode == 0, merge.stderr
    result = run("check", cwd=tmp_path / "b")
    assert result.code == 0 and "ezhou-2022-01 status：保留 cancelled，另一方为 done" in result.out


def test_statuses_are_typed_in_either_language(run, hand):
    assert run("status", "推进中", "ezhou-2022-01").code == 0
    assert run("status", "进行中", "ezhou-2022-02").code == 0
    rows = run("list", "--status", "in_progress", "--format", "json").json()
    assert [t["id"] for t in rows] == ["ezhou-2022-01", "ezhou-2022-02"]
    assert run("list", "--status", "推进中", "--format", "json").json() == rows
    bad = run("status", "差不多", "ezhou-2022-01")
    assert bad.code == 2 and "推进中" in bad.err
