import os
import sqlite3
import time

from conftest import ROOT, task, write_tasks


def titles(run):
    return {t["id"]: t["title"] for t in run("list", "--all", "--format", "json").json()}


def test_cache_is_rebuilt_when_the_file_changes_and_only_then(run, sample, tmp_path):
    db = tmp_path / ".vtrack.db"
    assert titles(run)["ezhou-2022-01"] == "任务1"
    built = db.stat().st_ino, db.stat().st_mtime_ns
    run("list")
    assert (db.stat().st_ino, db.stat().st_mtime_ns) == built  # warm: untouched

    os.utime(sample)  # touched, not changed: the hash says so, no rebuild
    run("list")
    assert db.stat().st_ino == built[0]

    sample.write_text(sample.read_text(encoding="utf-8").replace("任务1", "改过的任务"),
                      encoding="utf-8")
    assert titles(run)["ezhou-2022-01"] == "改过的任务"


def test_same_size_edit_within_the_same_second_is_seen(run, sample):
    run("list")
    text = sample.read_text(encoding="utf-8")
    stat = sample.stat()
    sample.write_text(text.replace("任务1", "任务9"), encoding="utf-8")
    os.utime(sample, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert titles(run)["ezhou-2022-01"] == "任务9"


def test_deleting_or_damaging_the_cache_loses_nothing(run, sample, tmp_path):
    before = run("list", "--all", "--format", "json").out
    (tmp_path / ".vtrack.db").unlink()
    assert run("list", "--all", "--format", "json").out == before
    (tmp_path / ".vtrack.db").write_bytes(b"not a database at all" * 100)
    assert run("list", "--all", "--format", "json").out == before


def test_a_broken_file_leaves_the_old_cache_whole(run, sample, tmp_path):
    run("list")
    good = sample.read_text(encoding="utf-8")
    sample.write_text(good.replace("version: 1", "version: 1\nplans: oops"), encoding="utf-8")
    result = run("list")
    assert result.code == 1 and "tasks.yaml:" in result.err
    conn = sqlite3.connect(tmp_path / ".vtrack.db")
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 9
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_sync_full_rebuilds_and_reports_counts(run, sample):
    result = run("sync", "--full")
    assert result.code == 0
    assert "读取了整个文件" in result.out and "2 个计划，9 项任务" in result.out
    # 鄂州市: 教育局 人社局(+2 aliases) 财政局 经信局, 鄂州职业大学; 高平市: 教育局 人社局
    assert "7 个部门" in result.out
    assert "已与" in run("sync").out
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace("2022-10-31", "2022-11-30"), encoding="utf-8")
    assert "读取了 1 处改动" in run("sync").out


def test_readers_see_a_whole_cache_while_it_is_rebuilt(run, tmp_path):
    plans = [{"id": "p-2022", "title": "方案",
              "tasks": [task("p-2022", n, ["市教育局"], "2022-08-01") for n in range(1, 400)]}]
    write_tasks(tmp_path / "tasks.yaml", plans)
    run("list")
    conn = sqlite3.connect(tmp_path / ".vtrack.db")
    plans[0]["tasks"].append(task("p-2022", 400, ["市教育局"], "2022-08-01"))
    time.sleep(0.01)
    write_tasks(tmp_path / "tasks.yaml", plans)
    run("sync", "--full")
    # a connection opened before the rebuild still reads the old, complete cache
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 399
    fresh = sqlite3.connect(tmp_path / ".vtrack.db")
    assert fresh.execute("SELECT count(*) FROM tasks").fetchone()[0] == 400


def test_an_extract_records_the_hand_edits_before_it_and_not_its_own_tasks(run_e2e, tmp_path):
    """extract writes a whole new file: the cache must first record what was edited by hand
    since the last command, and must not take the new plan's tasks for hand additions."""
    first, second = sorted((ROOT / "seeds").glob("*.txt"))[:2]
    assert run_e2e("extract", str(first), "-o", "tasks.yaml").code == 0
    assert run_e2e("due").code == 0  # the cache as a coordinator's day leaves it
    path = tmp_path / "tasks.yaml"
    text = path.read_text(encoding="utf-8")
    old_owners = next(line for line in text.splitlines() if "owners: [" in line)
    path.write_text(text.replace(old_owners, old_owners.replace("owners: [", "owners: [市财政局, "),
                                 1), encoding="utf-8")
    result = run_e2e("extract", str(second))
    assert result.code == 0, result.err
    history = (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
    assert history.count("edit:") == 1 and "市财政局" in history
    assert run_e2e("due").code == 0
    assert (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8") == history


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_seen(run, sample, tmp_path):
    """An editor (or `cp -p`) that puts the old modification time back on a same-size edit:
    the change time still tells, and the cache follows the file."""
    assert run("show", "ezhou-2022-02").code == 0
    before = sample.stat()
    text = sample.read_text(encoding="utf-8")
    at = text.index("市教育局", text.index("id: ezhou-2022-02"))
    edited = text[:at] + "市经信局" + text[at + 4:]
    assert edited != text and len(edited.encode()) == len(text.encode())
    sample.write_text(edited, encoding="utf-8")
    os.utime(sample, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert sample.stat().st_mtime_ns == before.st_mtime_ns
    shown = run("list", "--all", "--format", "json").json()
    assert next(t for t in shown if t["id"] == "ezhou-2022-02")["owners"][0] == "市经信局"
    assert "市经信局" in (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8")
