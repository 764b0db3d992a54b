"""A coordinator's fortnight, scripted: two clones of one repository, every step through the
installed command, and after every step the cache in place equal to one rebuilt from the files
(rows and answers). Adds, edits, corrects, undoes, reassigns with a short name two cities
share, and merges two clones that changed the same task."""
import shutil

import pytest

from conftest import agrees_with_a_rebuild, git, task, write_tasks

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("git") is None, reason="需要 git")]


def test_a_fortnight_at_the_desk(run_e2e, tmp_path):
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    a, b = tmp_path / "a", tmp_path / "b"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    write_tasks(a / "tasks.yaml", [
        {"id": "ezhou-2022", "title": "鄂州市职业教育实施方案", "issuer": "鄂州市人民政府",
         "issued": "2022-08-09", "tasks": [
             task("ezhou-2022", 1, ["市教育局", "市人社局"], "2022-09-30"),
             task("ezhou-2022", 2, ["市教育局"], "2022-10-31"),
             task("ezhou-2022", 3, ["市人社局"], "2022-11-30")]},
        {"id": "gaoping-2021", "title": "高平市职业教育行动计划", "issuer": "高平市人民政府",
         "tasks": [task("gaoping-2021", 1, ["市教育局"], "2022-08-20")]}])
    day = {"VTRACK_TODAY": "2022-09-01"}

    def step(clone, *args, code=0):
        result = run_e2e(*args, cwd=clone, env=day)
        assert result.code == code, (args, result.out, result.err)
        return agrees_with_a_rebuild(run_e2e, clone), result

    tasks, _ = step(a, "due")
    git(a, "add", "-A")
    git(a, "commit", "-qm", "计划")
    git(a, "push", "-q", "origin", "HEAD:main")
    git(tmp_path, "clone", "-q", str(origin), str(b))

    # day 1: a task the extractor missed, then its title put right
    tasks, _ = step(a, "add", "--plan", "ezhou-2022", "--title", "建立职业教育联席会议制度",
                    "--owner", "市教育局", "--due", "2022年10月底前")
    added = next(i for i in tasks if i not in ("ezhou-2022-01", "ezhou-2022-02",
                                               "ezhou-2022-03", "gaoping-2021-01"))
    assert tasks[added]["due"] == "2022-10-31"
    tasks, _ = step(a, "edit", added, "--title", "建立职业教育工作联席会议制度")
    assert tasks[added]["title"] == "建立职业教育工作联席会议制度"

    # day 2: a mistyped date corrected (not a postponement), then a wrong step undone
    tasks, _ = step(a, "edit", "ezhou-2022-02", "--due", "2022-10-15", "--why", "录入错误")
    assert tasks["ezhou-2022-02"]["due"] == "2022-10-15"
    assert not tasks["ezhou-2022-02"].get("due_original")
    tasks, _ = step(a, "postpone", "ezhou-2022-03", "--to", "2022-12-31", "--why", "误操作")
    tasks, _ = step(a, "undo")
    assert tasks["ezhou-2022-03"]["due"] == "2022-11-30"
    assert tasks["ezhou-2022-02"]["due"] == "2022-10-15"  # only the last change undone

    # day 3: 市教育局 means two bureaus; the change must say which
    before = (a / "tasks.yaml").read_bytes()
    _, refused = step(a, "reassign", "--dept", "市教育局", "--to", "市教育和体育局",
                      "--new-dept", "--why", "机构改革", code=1)
    assert "鄂州市教育局" in refused.err and "高平市教育局" in refused.err
    assert (a / "tasks.yaml").read_bytes() == before
    tasks, _ = step(a, "reassign", "--dept", "市教育局", "--plan", "ezhou-2022", "--to",
                    "市教育和体育局", "--new-dept", "--why", "机构改革")
    assert tasks["ezhou-2022-01"]["owners"][0] == "市教育和体育局"
    assert tasks["gaoping-2021-01"]["owners"] == ["市教育局"]
    git(a, "add", "-A")
    git(a, "commit", "-qm", "第一周")
    git(a, "push", "-q", "origin", "HEAD:main")

    # the second week: both clones change task 3, one its date, the other its status
    git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    step(b, "due")
    step(b, "postpone", "ezhou-2022-03", "--to", "2022-12-15", "--why", "需省厅批复")
    git(b, "add", "-A")
    git(b, "commit", "-qm", "b")
    step(a, "status", "in_progress", "ezhou-2022-03")
    git(a, "add", "-A")
    git(a, "commit", "-qm", "a")
    git(a, "push", "-q", "origin", "HEAD:main")
    git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert "<<<<<<<" not in (b / "tasks.yaml").read_text(encoding="utf-8")
    tasks, _ = step(b, "check")
    merged = tasks["ezhou-2022-03"]
    assert merged["due"] == "2022-12-15" and merged["status"] == "in_progress"
    assert git(b, "status", "--porcelain") == ""  # nothing of vtrack's own left to commit
    git(b, "push", "-q", "origin", "HEAD:main")
    git(a, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    tasks_a, _ = step(a, "due")
    assert tasks_a == tasks
