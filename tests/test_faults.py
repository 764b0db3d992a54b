"""What an adversarial run broke, each through the installed command: nothing lost, nothing
false recorded, no value that stops every later command, no output over the files vtrack
keeps, every error one line."""
import os
import sqlite3
import stat

import pytest

from conftest import git, task, write_tasks

pytestmark = pytest.mark.slow  # each runs the installed command


def one_line_error(result, code=1):
    assert result.code == code, (result.out, result.err)
    said = result.err.startswith(("vtrack: ", "用法", "错误")) or "\n错误：" in result.err
    assert said, result.err
    assert "Traceback" not in result.err and "内部错误" not in result.err, result.err


def test_a_file_put_back_by_git_is_what_the_cache_says(run_e2e, sample, tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "tasks.yaml")
    git(tmp_path, "commit", "-qm", "tasks")
    assert run_e2e("done", "ezhou-2022-01").code == 0
    git(tmp_path, "checkout", "--", "tasks.yaml")
    assert run_e2e("show", "ezhou-2022-01", "--format", "json").json()["status"] == "open"
    # the file put back is a change made outside vtrack: recorded once, as what it changed
    edits = [line for line in (tmp_path / "tasks.history.yaml").read_text(
        encoding="utf-8").splitlines() if "edit:" in line]
    assert len(edits) == 1 and "status: done → open" in edits[0], edits
    again = run_e2e("done", "ezhou-2022-01")
    assert again.code == 0 and "办结" in again.out


def test_a_symlinked_task_file_is_written_through_the_link(run_e2e, sample, tmp_path):
    (tmp_path / "real").mkdir()
    os.replace(sample, tmp_path / "real" / "tasks.yaml")
    (tmp_path / "tasks.yaml").symlink_to("real/tasks.yaml")
    assert run_e2e("done", "ezhou-2022-01").code == 0
    assert (tmp_path / "tasks.yaml").is_symlink()
    assert "status: done" in (tmp_path / "real" / "tasks.yaml").read_text(encoding="utf-8")


def test_a_read_only_task_file_is_refused_and_left_alone(run_e2e, sample):
    before = sample.read_bytes()
    sample.chmod(0o444)
    try:
        result = run_e2e("done", "ezhou-2022-01")
    finally:
        sample.chmod(0o644)
    one_line_error(result)
    assert "只读" in result.err and sample.read_bytes() == before


def test_an_empty_note_is_refused_and_separators_stay_one_line(run_e2e, sample, tmp_path):
    one_line_error(run_e2e("note", "ezhou-2022-01", " \u2028 "), code=2)
    assert not (tmp_path / "tasks.history.yaml").exists()
    assert run_e2e("note", "ezhou-2022-01", "第一段\u2028第二段\u2029\x1b[31m第三段\x07").code == 0
    history = (tmp_path / "tasks.history.yaml").read_bytes().decode("utf-8")
    entries = [line for line in history.split("\n") if line.startswith("- ")]
    assert len(entries) == 1 and "\u2028" not in history and "\x1b" not in history
    shown = run_e2e("show", "ezhou-2022-01", "--format", "json").json()["notes"]
    assert shown[-1]["text"] == "第一段\n第二段\n[31m第三段"
    assert run_e2e("due").code == 0 and run_e2e("check").code == 0


def test_a_history_line_cut_short_is_skipped_and_reported_not_fatal(run_e2e, sample, tmp_path):
    assert run_e2e("note", "ezhou-2022-01", "已报市政府").code == 0
    history = tmp_path / "tasks.history.yaml"
    good = history.read_bytes()
    # a full disk's work: the next line stops in the middle of a character
    history.write_bytes(good + "- {'on': 2022-09-02, task: ezhou-2022-02, note: 已".encode()[:-1])
    due = run_e2e("due")
    assert due.code == 0 and "tasks.history.yaml:" in due.err and "已跳过" in due.err
    assert run_e2e("show", "ezhou-2022-01", "--format", "json").json()["notes"][-1]["text"] \
        == "已报市政府"
    check = run_e2e("check")
    assert check.code == 1 and check.err.startswith("tasks.history.yaml:4:"), check.err


def test_a_retried_note_is_written_once(run_e2e, sample, tmp_path):
    for _ in range(2):
        assert run_e2e("note", "ezhou-2022-01", "已报市政府", "--on", "2022-09-01").code == 0
    lines = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8").splitlines()
    assert sum("已报市政府" in line for line in lines) == 1


@pytest.mark.parametrize("args, says", [
    (("export", "-o", "tasks.yaml"), "任务文件"),
    (("ics", "-o", "tasks.yaml"), "任务文件"),
    (("export", "-o", "tasks.history.yaml"), "历史文件"),
    (("export", "-o", ".vtrack.db"), "缓存"),
    (("--db", "tasks.yaml", "due"), "任务文件"),
    (("--db", "missing/x.db", "due"), "不存在"),
    (("export", "-o", "missing/x.xlsx"), "不存在"),
    (("export", "-o", "."), "目录"),
    (("ics", "-o", "pipe"), "普通文件"),  # a named pipe stands in for a device
    (("digest", "--out-dir", "tasks.yaml"), "不是目录"),
])
def test_outputs_never_replace_the_kept_files_and_say_why_in_one_line(run_e2e, sample,
                                                                      tmp_path, args, says):
    run_e2e("note", "ezhou-2022-01", "已报市政府")  # a history file to protect
    os.mkfifo(tmp_path / "pipe")
    kept = {name: (tmp_path / name).read_bytes() for name in ("tasks.yaml", "tasks.history.yaml")}
    result = run_e2e(*args)
    one_line_error(result)
    assert says in result.err
    assert {name: (tmp_path / name).read_bytes() for name in kept} == kept
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode)


@pytest.mark.parametrize("args", [("due", "--within", "99999999999"),
                                  ("digest", "--days", "999999999")])
def test_numbers_out_of_range_are_a_usage_error(run_e2e, sample, args):
    one_line_error(run_e2e(*args), code=2)


def test_a_long_department_name_makes_a_short_file_name(run_e2e, tmp_path):
    long_name = "市" + "很长的名字" * 60 + "局"
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, [long_name], "2022-09-30")]}])
    result = run_e2e("digest", "--out-dir", "out")
    assert result.code == 0, result.err
    names = os.listdir(tmp_path / "out")
    assert len(names) == 2 and all(len(n.encode("utf-8")) < 255 for n in names)


def test_a_huge_seq_is_a_located_problem(run_e2e, tmp_path):
    (tmp_path / "tasks.yaml").write_text(
        "version: 1\nplans:\n  - id: p-2022\n    title: 方案\n    tasks:\n      - id: p-2022-01\n"
        f"        seq: {'9' * 4300}\n        title: 任务\n        owners: [市教育局]\n",
        encoding="utf-8")
    result = run_e2e("check")
    assert result.code == 1 and result.err.startswith("tasks.yaml:7:14: seq"), result.err


def test_a_killed_rebuilds_temporary_cache_is_removed(run_e2e, sample, tmp_path):
    stale = tmp_path / ".vtrack.db.999999.tmp"  # no process 999999: a rebuild killed
    stale.write_bytes(b"x" * 1000)
    assert run_e2e("sync", "--full").code == 0
    assert not stale.exists()


def test_a_bulk_reassign_leaves_the_cache_a_rebuild_would_make(run_e2e, tmp_path):
    plans = [{"id": f"p{k}-2022", "title": f"方案{k}", "tasks": [
        task(f"p{k}-2022", n, ["市经信局", "市教育局"] if n % 2 else ["市教育局"], "2022-09-30")
        for n in range(1, 12)]} for k in range(1, 6)]
    write_tasks(tmp_path / "tasks.yaml", plans)
    assert run_e2e("due").code == 0
    result = run_e2e("reassign", "--dept", "市经信局", "--to", "市工信局", "--new-dept",
                     "--why", "机构改革")
    assert result.code == 0 and result.out.count("改由市工信局负责") == 30, result.err

    def rows(db):
        conn = sqlite3.connect(db)
        columns = [c[1] for c in conn.execute("PRAGMA table_info(tasks)") if c[1] != "block"]
        return ([conn.execute(f"SELECT {', '.join(columns)} FROM tasks ORDER BY id").fetchall()]
                + [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                   for t in ("task_owners", "department_names", "departments")]
                + [conn.execute("SELECT id, offset FROM plans ORDER BY id").fetchall()])
    assert run_e2e("--db", "rebuilt.db", "sync").code == 0
    assert rows(tmp_path / ".vtrack.db") == rows(tmp_path / "rebuilt.db")
    # the offsets it moved find every block again
    assert run_e2e("done", "p5-2022-11", "p1-2022-01").code == 0


def test_an_editors_save_during_a_write_stands_and_the_write_is_refused(sample, tmp_path):
    import datetime

    from vtrack.api import Selection, Tracker
    from vtrack.changes import SetStatus
    from vtrack.errors import VtrackError
    from vtrack.model import Status

    class EditorSavesMeanwhile:
        """Marks done, while an editor saves tasks.yaml between vtrack's read and write."""
        def change(self, found, names):
            with open(sample, "a", encoding="utf-8") as f:
                f.write("# 编辑器保存的一行\n")
            return SetStatus(Status.DONE, datetime.date(2022, 9, 1)).change(found, names)

    tracker = Tracker(str(sample), today=datetime.date(2022, 9, 1), user="测试")
    with pytest.raises(VtrackError, match="被其他程序改动"):
        tracker.change(Selection(ids=("ezhou-2022-01",)), EditorSavesMeanwhile())
    text = sample.read_text(encoding="utf-8")
    assert text.endswith("# 编辑器保存的一行\n") and "status: done\n        done_on" not in text


def test_a_killed_writes_temporary_file_is_removed_by_the_next_writer(run_e2e, sample, tmp_path):
    stale = tmp_path / ".tasks-killed.tmp"
    stale.write_text("half a tasks.yaml", encoding="utf-8")
    os.utime(stale, (0, 0))  # long ago: no writer is still at it
    fresh = tmp_path / ".tasks-now.tmp"  # another program's, just made: left alone
    fresh.write_text("x", encoding="utf-8")
    assert run_e2e("done", "ezhou-2022-01").code == 0
    assert not stale.exists() and fresh.exists()
