"""vtrack add, vtrack edit (corrections, a plan's id) and vtrack undo, through the command:
each write through the one writer, the cache equal to a fresh rebuild after it, dry runs
writing nothing, and undo walking back what this working copy did, refusing where the file
has changed since."""
import os
import subprocess

import pytest
import yaml

# through the installed command: the slow layer (`-m "not slow"` leaves them out)
pytestmark = pytest.mark.slow


def files(folder):
    """The bytes of every file a command may write (the journal and the cache aside)."""
    out = {}
    for name in ("tasks.yaml", "tasks.history.yaml", "tasks.yaml.undo"):
        path = folder / name
        out[name] = path.read_bytes() if path.exists() else None
    return out


def same_as_rebuild(run, folder):
    """The cache the commands left answers as a fresh rebuild from the files does."""
    kept = run("list", "--all", "--format", "json")
    fresh = folder / "fresh.db"
    if fresh.exists():
        fresh.unlink()
    rebuilt = run("--db", fresh, "list", "--all", "--format", "json")
    assert kept.code == 0 and rebuilt.code == 0, kept.err + rebuilt.err
    assert kept.json() == rebuilt.json()
    history = run("history", "--format", "json")
    assert history.json() == run("--db", fresh, "history", "--format", "json").json()


def record(tmp_path, task_id):
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    return next(t for p in doc["plans"] for t in p["tasks"] if t["id"] == task_id)


def ok(run, *args):
    result = run(*args)
    assert result.code == 0, result.err
    return result


# -- add ------------------------------------------------------------------------------------------

def test_add_takes_the_plans_next_id_and_reads_a_deadline_phrase(run, sample, tmp_path):
    out = ok(run, "add", "--plan", "ezhou-2022", "--title", "建设职业教育实训基地",
             "--text", "建设 2 个市级实训基地。", "--owner", "人社局", "--owner", "市财政局",
             "--due", "2022年三季度末", "--why", "提取时漏掉")
    assert "ezhou-2022-08" in out.out
    added = record(tmp_path, "ezhou-2022-08")
    assert added["seq"] == 8 and added["owners"] == ["市人社局", "市财政局"]  # the alias as known
    assert str(added["due"]) == "2022-09-30" and added["due_text"] == "2022年三季度末"
    assert added["log"][0]["what"] == "添加" and added["log"][0]["why"] == "提取时漏掉"
    # last in its plan: before the next plan's block
    text = (tmp_path / "tasks.yaml").read_text(encoding="utf-8")
    assert text.index("ezhou-2022-07") < text.index("ezhou-2022-08") < text.index("gaoping-2021")
    shown = ok(run, "show", "ezhou-2022-08").out
    assert "建设职业教育实训基地" in shown and "添加" in shown
    assert "ezhou-2022-08" in ok(run, "list", "--plan", "ezhou-2022").out
    assert ok(run, "check").code == 0
    # vtrack's own addition, not a hand edit found at sync
    assert not (tmp_path / "tasks.history.yaml").exists()
    assert [e["source"] for e in run("history", "ezhou-2022-08", "--format", "json").json()] \
        == ["vtrack"]
    same_as_rebuild(run, tmp_path)


def test_add_with_lead_review_and_own_id(run, sample, tmp_path):
    ok(run, "add", "--plan", "gaoping-2021", "--title", "补充任务", "--owner", "市教育局、市人社局",
       "--lead", "市人社局", "--due", "2022/12/31", "--review", "--id", "gaoping-2021-x1")
    added = record(tmp_path, "gaoping-2021-x1")
    assert added["owners"] == ["市教育局", "市人社局"] and added["lead"] == ["市人社局"]
    assert added["review"] is True and added["seq"] == 3 and str(added["due"]) == "2022-12-31"
    assert "gaoping-2021-x1" in ok(run, "list", "--review").out
    same_as_rebuild(run, tmp_path)


def test_add_refuses_in_one_line_and_writes_nothing(run, sample, tmp_path):
    ok(run, "list")
    before = files(tmp_path)
    for args, said in [
        (("--plan", "nowhere", "--owner", "市教育局"), "没有计划 nowhere"),
        (("--plan", "ezhou-2022", "--owner", "市新设局"), "--new-dept"),
        (("--plan", "ezhou-2022", "--owner", "市教育局", "--id", "gaoping-2021-01"), "已被占用"),
        (("--plan", "ezhou-2022", "--owner", "市教育局", "--due", "尽快"), "读不出期限"),
    ]:
        result = run("add", "--title", "x", *args)
        assert result.code != 0 and said in result.err, result.err
        assert len(result.err.strip().splitlines()) == 1
    assert files(tmp_path) == before
    ok(run, "add", "--plan", "ezhou-2022", "--title", "x", "--owner", "市新设局", "--new-dept")
    assert record(tmp_path, "ezhou-2022-08")["owners"] == ["市新设局"]


def test_add_dry_run_prints_the_diff_and_writes_nothing(run, sample, tmp_path):
    ok(run, "list")
    before = files(tmp_path)
    result = ok(run, "add", "--plan", "ezhou-2022", "--title", "新任务", "--owner", "市教育局",
                "--dry-run")
    assert "+  - id: ezhou-2022-08" in result.out or "+    - id: ezhou-2022-08" in result.out
    assert files(tmp_path) == before
    assert run("show", "ezhou-2022-08").code != 0


# -- edit -----------------------------------------------------------------------------------------

def test_a_corrected_date_is_no_postponement(run, sample, tmp_path):
    result = ok(run, "edit", "ezhou-2022-01", "--due", "2022-09-30", "--why", "录入时日期有误")
    assert "更正期限" in result.out
    task = record(tmp_path, "ezhou-2022-01")
    assert str(task["due"]) == "2022-09-30" and "due_original" not in task
    assert task["log"][-1]["what"] == "更正 due: 2022-08-31 → 2022-09-30"
    assert "原定期限" not in ok(run, "show", "ezhou-2022-01").out
    shown = ok(run, "show", "ezhou-2022-01", "--format", "json").json()
    assert shown["due_original"] is None
    history = ok(run, "history", "ezhou-2022-01").out
    assert "更正" in history and "延期" not in history
    digest = ok(run, "digest", "--format", "markdown").out
    assert "更正期限" in digest and "延期至 2022-09-30" not in digest
    same_as_rebuild(run, tmp_path)
    # and a postponement after it still is one, from the corrected date
    ok(run, "postpone", "ezhou-2022-01", "--to", "2022-10-31", "--why", "推迟")
    assert str(record(tmp_path, "ezhou-2022-01")["due_original"]) == "2022-09-30"


def test_edit_corrects_title_text_owners_and_lead(run, sample, tmp_path):
    ok(run, "edit", "ezhou-2022-02", "--title", "修订后的标题", "--text", "更正后的内容。",
       "--owners", "市人社局、市教育局", "--lead", "市教育局", "--why", "与原文核对")
    task = record(tmp_path, "ezhou-2022-02")
    assert task["title"] == "修订后的标题" and task["text"] == "更正后的内容。"
    assert task["owners"] == ["市人社局", "市教育局"] and task["lead"] == ["市教育局"]
    what = task["log"][-1]["what"]
    assert what.startswith("更正 title: 任务2 → 修订后的标题; 更正 text; 更正 owners: ")
    assert "更正标题为 修订后的标题（原为 任务2）" in ok(run, "history", "ezhou-2022-02").out
    same_as_rebuild(run, tmp_path)


def test_edit_refuses_what_it_cannot_do(run, sample, tmp_path):
    ok(run, "list")
    before = files(tmp_path)
    for args, said in [(("ezhou-2022-01", "--due", "2022-09-30"), "--why"),
                       (("ezhou-2022-01",), "更正什么"),
                       (("ezhou-2022-01", "--title", " "), "标题是空的"),
                       (("ezhou-2022-01", "--owners", "市不存在局"), "没有部门"),
                       (("nope-01", "--title", "x"), "没有任务")]:
        result = run("edit", *args)
        assert result.code != 0 and said in result.err, (args, result.err)
    assert files(tmp_path) == before
    result = ok(run, "edit", "ezhou-2022-01", "--title", "新", "--dry-run")
    assert "+    title: 新" in result.out
    assert files(tmp_path) == before


def test_a_plan_renamed_takes_its_tasks_ids_along(run, sample, tmp_path):
    ok(run, "list")
    before = files(tmp_path)
    dry = ok(run, "edit", "--plan", "ezhou-2022", "--plan-id", "ezhou-2022a", "--dry-run")
    assert "+- id: ezhou-2022a" in dry.out and "+  - id: ezhou-2022a-01" in dry.out
    assert files(tmp_path) == before
    ok(run, "edit", "--plan", "ezhou-2022", "--plan-id", "ezhou-2022a", "--why", "编号录错")
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    assert [p["id"] for p in doc["plans"]] == ["ezhou-2022a", "gaoping-2021"]
    assert [t["id"] for t in doc["plans"][0]["tasks"]][:2] == ["ezhou-2022a-01", "ezhou-2022a-02"]
    assert doc["plans"][0]["tasks"][0]["log"][-1]["what"] == \
        "更正 id: ezhou-2022-01 → ezhou-2022a-01"
    assert ok(run, "list", "--plan", "ezhou-2022a").out.count("ezhou-2022a-") == 5
    assert not (tmp_path / "tasks.history.yaml").exists()  # no hand edit seen: vtrack's own
    same_as_rebuild(run, tmp_path)
    taken = run("edit", "--plan", "ezhou-2022a", "--plan-id", "gaoping-2021")
    assert taken.code != 0 and "已被占用" in taken.err


def test_a_plan_with_history_lines_is_not_renamed(run, sample, tmp_path):
    ok(run, "note", "gaoping-2021-02", "已报市政府")
    before = files(tmp_path)
    result = run("edit", "--plan", "gaoping-2021", "--plan-id", "gp-2021")
    assert result.code != 0 and "历史文件" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert files(tmp_path) == before


# -- undo -----------------------------------------------------------------------------------------

def fields_of(tmp_path):
    """Every task's record, its log aside (an undo adds to the log)."""
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    return [{k: v for k, v in t.items() if k != "log"} for p in doc["plans"] for t in p["tasks"]]


def test_undo_walks_back_reassign_postpone_done_and_note(run, sample, tmp_path):
    start = fields_of(tmp_path)
    steps = [("reassign", "ezhou-2022-01", "--from", "市教育局", "--to", "市财政局"),
             ("postpone", "ezhou-2022-02", "--to", "2022-12-31", "--why", "市政府同意"),
             ("done", "gaoping-2021-01"),
             ("note", "ezhou-2022-03", "已完成初稿")]
    states = [start]
    for step in steps:
        ok(run, *step)
        states.append(fields_of(tmp_path))
    history = tmp_path / "tasks.history.yaml"
    assert "已完成初稿" in history.read_text(encoding="utf-8")
    dry = ok(run, "undo", "--dry-run")
    assert "-- {'on': 2022-09-01, task: ezhou-2022-03, note: 已完成初稿" in dry.out
    assert "已完成初稿" in history.read_text(encoding="utf-8")
    for k in range(len(steps), 0, -1):
        result = ok(run, "undo")
        assert "撤销" in result.out
        assert fields_of(tmp_path) == states[k - 1], steps[k - 1]
        same_as_rebuild(run, tmp_path)
    assert "已完成初稿" not in history.read_text(encoding="utf-8")
    # the postponement undone: the first date back, no due_original left over
    assert "due_original" not in record(tmp_path, "ezhou-2022-02")
    assert record(tmp_path, "ezhou-2022-01")["log"][-1]["what"].startswith("撤销：改由市财政局负责")
    assert any("撤销备注" in e["what"] for e in record(tmp_path, "ezhou-2022-03")["log"])
    nothing = run("undo")
    assert nothing.code != 0 and "没有可撤销的修改" in nothing.err


def test_undo_takes_back_a_bulk_change_whole(run, sample, tmp_path):
    start = fields_of(tmp_path)
    ok(run, "done", "ezhou-2022-02")
    ok(run, "reassign", "--dept", "市经信局", "--to", "市工信局", "--new-dept")
    assert [t["owners"] for t in fields_of(tmp_path)[4:6]] == [["市工信局"], ["市工信局"]]
    result = ok(run, "undo")
    assert result.out.count("撤销：改由市工信局负责") == 2
    assert [t["owners"] for t in fields_of(tmp_path)[4:6]] == [["市经信局"], ["市经信局"]]
    assert record(tmp_path, "ezhou-2022-02")["status"] == "done"  # the command before stays
    ok(run, "undo")
    assert fields_of(tmp_path) == start
    same_as_rebuild(run, tmp_path)


def test_undo_refuses_when_the_field_was_edited_by_hand_since(run, sample, tmp_path):
    ok(run, "postpone", "ezhou-2022-02", "--to", "2022-12-31", "--why", "市政府同意")
    path = tmp_path / "tasks.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("due: 2022-12-31", "due: 2023-01-15"), encoding="utf-8")
    before = files(tmp_path)
    result = run("undo")
    assert result.code != 0 and "又被改动" in result.err and "2023-01-15" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert files(tmp_path) == before | {"tasks.history.yaml": files(tmp_path)["tasks.history.yaml"]}
    assert record(tmp_path, "ezhou-2022-02")["due"].isoformat() == "2023-01-15"
    # kept as it is, it can be let go of; then nothing is left to undo
    assert "已从撤销记录中去掉" in ok(run, "undo", "--forget").out
    assert "没有可撤销的修改" in run("undo").err
    same_as_rebuild(run, tmp_path)


def test_undo_refuses_after_git_put_the_old_file_back(run, sample, tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@x"}
    git = {**os.environ, **env}
    subprocess.run(["git", "add", "-A"], cwd=tmp_path, check=True, env=git)
    subprocess.run(["git", "commit", "-qm", "start"], cwd=tmp_path, check=True, env=git)
    ok(run, "reassign", "ezhou-2022-01", "--add", "市财政局")
    subprocess.run(["git", "checkout", "--", "tasks.yaml"], cwd=tmp_path, check=True)
    result = run("undo")
    assert result.code != 0 and "又被改动" in result.err
    # the journal is kept out of git, as the cache and the lock are
    status = subprocess.run(["git", "status", "--porcelain"], cwd=tmp_path, text=True,
                            capture_output=True, check=True).stdout
    assert "undo" not in status


def test_undo_of_an_add_and_of_a_rename(run, sample, tmp_path):
    ok(run, "list")
    original = (tmp_path / "tasks.yaml").read_bytes()
    ok(run, "add", "--plan", "ezhou-2022", "--title", "新任务", "--owner", "市教育局")
    ok(run, "edit", "--plan", "ezhou-2022", "--plan-id", "ez-2022")
    assert "ez-2022-08" in ok(run, "list").out
    ok(run, "undo")
    assert "ezhou-2022-08" in ok(run, "list").out
    same_as_rebuild(run, tmp_path)
    ok(run, "undo")
    assert run("show", "ezhou-2022-08").code != 0
    same_as_rebuild(run, tmp_path)
    # the ids went back: only the logs of the rename and its undo remain
    text = (tmp_path / "tasks.yaml").read_text(encoding="utf-8")
    assert "ez-2022-" not in text.replace("→ ez-2022", "").replace("更正 id: ez-2022", "")
    assert len(text) > len(original.decode("utf-8"))
    assert not (tmp_path / "tasks.history.yaml").exists()


def test_undo_refuses_an_added_task_changed_since(run, sample, tmp_path):
    ok(run, "add", "--plan", "ezhou-2022", "--title", "新任务", "--owner", "市教育局")
    ok(run, "edit", "ezhou-2022-08", "--title", "改过的标题")
    ok(run, "undo")  # the title: the task is as added again, its log longer
    ok(run, "note", "ezhou-2022-08", "一条备注")
    ok(run, "undo")  # the note
    path = tmp_path / "tasks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: 新任务", "title: 手改"),
                    encoding="utf-8")
    result = run("undo")
    assert result.code != 0 and "添加后又被改动" in result.err
    assert "ezhou-2022-08" in ok(run, "list").out
    path.write_text(path.read_text(encoding="utf-8").replace("title: 手改", "title: 新任务"),
                    encoding="utf-8")
    ok(run, "undo")
    assert run("show", "ezhou-2022-08").code != 0
    same_as_rebuild(run, tmp_path)


@pytest.mark.parametrize("command", [
    ("add", "--plan", "ezhou-2022", "--title", "x", "--owner", "市教育局"),
    ("edit", "ezhou-2022-01", "--due", "2022-10-01", "--why", "x"),
    ("edit", "--plan", "ezhou-2022", "--plan-id", "ez"),
])
def test_dry_runs_write_nothing(run, sample, tmp_path, command):
    ok(run, "postpone", "ezhou-2022-02", "--to", "2022-12-31", "--why", "市政府同意")
    before = files(tmp_path)
    ok(run, *command, "--dry-run")
    ok(run, "undo", "--dry-run")
    assert files(tmp_path) == before


def test_add_edit_undo_through_the_installed_command(run_e2e, sample, tmp_path):
    assert run_e2e("add", "--plan", "gaoping-2021", "--title", "新任务", "--owner", "市教育局",
                   "--due", "2022-12-31").code == 0
    assert run_e2e("edit", "gaoping-2021-03", "--due", "2022-11-30", "--why", "录错").code == 0
    assert "更正期限" in run_e2e("history", "gaoping-2021-03").out
    assert run_e2e("undo").code == 0
    assert str(record(tmp_path, "gaoping-2021-03")["due"]) == "2022-12-31"
