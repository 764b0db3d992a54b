"""Two coordinators, two clones, one task: git merges tasks.yaml through vtrack's driver
(taskfile/merge3.py), by plan, task and field, and the file is always one vtrack reads.

The clone tests use real git: a bare origin, clones that commit with `git add -A` and pull
with a real merge; the driver is the one vtrack set up in each clone by itself."""
import datetime
import os
import shutil
import subprocess

import pytest

from conftest import agrees_with_a_rebuild, task, write_tasks
from vtrack.taskfile import merge3
from vtrack.taskfile.read import parse

DAY = datetime.date(2022, 9, 6)

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


# -- merge3 on small texts ---------------------------------------------------------------------

BASE = """version: 1
departments:
  市人社局:
    aliases: [人社局]
plans:
  - id: p
    title: 方案
    tasks:
      # 第一部分：手写的注释
      - id: p-01
        title: 一
        owners: [市教育局]
        due: 2022-09-30

      - id: p-02
        title: 二
        owners: [市人社局, 市财政局]
        due: 2022-10-31
        log:
          - {'on': 2022-08-01, what: 'owners: + 市财政局', by: 甲}
"""


def merged(base, ours, theirs):
    out = merge3.merge(base.encode(), ours.encode(), theirs.encode(), DAY)
    parse(out.data)  # always a file vtrack reads
    return out, out.data.decode()


def test_changes_to_two_tasks_take_both_and_keep_the_rest_byte_for_byte():
    ours = BASE.replace("due: 2022-09-30", "due: 2022-09-30\n        status: in_progress")
    theirs = BASE.replace("title: 二", "title: 二（定稿）")
    out, text = merged(BASE, ours, theirs)
    assert text == ours.replace("title: 二", "title: 二（定稿）")
    assert out.conflicts == [] and out.notices == []


def test_two_fields_of_one_task_merge_and_both_logs_are_kept_in_date_order():
    ours = BASE.replace("due: 2022-10-31", "due: 2022-12-31\n        due_original: 2022-10-31") \
        .replace("by: 甲}", "by: 甲}\n          - {'on': 2022-09-05, what: 'due: 2022-10-31 → "
                 "2022-12-31', why: 延期, by: 乙}")
    theirs = BASE.replace("due: 2022-10-31", "due: 2022-10-31\n        status: done\n"
                          "        done_on: 2022-09-03") \
        .replace("by: 甲}", "by: 甲}\n          - {'on': 2022-09-03, what: 'status: open → done', "
                 "by: 丙}")
    out, text = merged(BASE, ours, theirs)
    task = [t for t in parse(out.data).tasks() if t.id == "p-02"][0]
    assert (task.due, task.due_original, task.status, task.done_on) == (
        datetime.date(2022, 12, 31), datetime.date(2022, 10, 31), "done", datetime.date(2022, 9, 3))
    assert [e.on.day for e in task.log] == [1, 3, 5]  # the base's entry once, then by date
    assert "# 第一部分：手写的注释" in text and out.conflicts == []


def test_a_field_changed_two_ways_keeps_ours_and_records_theirs():
    ours = BASE.replace("due: 2022-10-31", "due: 2022-11-30\n        due_original: 2022-10-31")
    theirs = BASE.replace("due: 2022-10-31", "due: 2022-12-15\n        due_original: 2022-10-31")
    out, text = merged(BASE, ours, theirs)
    assert out.conflicts == [("p-02", "due")]
    task = [t for t in parse(out.data).tasks() if t.id == "p-02"][0]
    assert task.due == datetime.date(2022, 11, 30)
    assert [(c.field, c.ours, c.theirs) for c in task.conflicts] == [
        ("due", datetime.date(2022, 11, 30), datetime.date(2022, 12, 15))]
    assert "- {field: due, ours: 2022-11-30, theirs: 2022-12-15}" in text

    # the record travels with the task: a later merge keeps it, and a side that settled it
    # (removed it) settles it for both
    later = text.replace("title: 一", "title: 一（改）")
    assert "conflicts:" in merged(text, text, later)[1]
    settled = text.replace("        conflicts:\n          - {field: due, ours: 2022-11-30, "
                           "theirs: 2022-12-15}\n", "")
    assert "conflicts:" not in merged(text, settled, later)[1]


def test_status_and_its_day_move_together():
    """ours done on a day, theirs cancelled: the task stays done on that day (never
    cancelled with a done_on), and both differences are recorded."""
    ours = BASE.replace("due: 2022-09-30", "due: 2022-09-30\n        status: done\n"
                        "        done_on: 2022-09-02")
    theirs = BASE.replace("due: 2022-09-30", "due: 2022-09-30\n        status: cancelled")
    out, _ = merged(BASE, ours, theirs)
    task = next(parse(out.data).tasks())
    assert (task.status, task.done_on) == ("done", datetime.date(2022, 9, 2))
    assert sorted(out.conflicts) == [("p-01", "done_on"), ("p-01", "status")]


def test_tasks_added_on_both_sides_are_kept_and_a_shared_id_is_renumbered():
    new = ("      - id: p-03\n        title: {}\n        owners: [市教育局]\n")
    ours = BASE + new.format("甲加的")
    theirs = BASE + new.format("乙加的") + new.replace("p-03", "p-04").format("乙又加的")
    out, text = merged(BASE, ours, theirs)
    titles = {t.id: t.title for t in parse(out.data).tasks()}
    assert titles == {"p-01": "一", "p-02": "二", "p-03": "甲加的", "p-04": "乙又加的",
                      "p-05": "乙加的"}
    assert out.renamed == [("p-03", "p-05")]
    assert "合并时编号 p-03 已被另一方新增的任务占用，改为 p-05" in text


def test_a_task_deleted_on_one_side_and_untouched_on_the_other_goes():
    ours = BASE.replace("title: 一", "title: 一（改）")
    start = BASE.index("      - id: p-02")
    theirs = BASE[:start]
    out, text = merged(BASE, ours, theirs)
    assert [t.id for t in parse(out.data).tasks()] == ["p-01"]
    assert "title: 一（改）" in text
    # changed on the other side: kept, and said
    out, _ = merged(BASE, BASE.replace("title: 二", "title: 二（改）"), theirs)
    assert [t.id for t in parse(out.data).tasks()] == ["p-01", "p-02"]
    assert out.notices and "p-02" in out.notices[0]


def test_the_departments_registry_and_settings_merge_by_key():
    ours = BASE.replace("plans:", "  市教育局:\n    contact: 王老师\nplans:")
    theirs = BASE.replace("aliases: [人社局]", "aliases: [人社局]\n    contact: 陈卓") \
        .replace("title: 一", "title: 一（改）")
    ours = ours.replace("departments:", "settings:\n  yellow_days: 5\ndepartments:")
    out, _ = merged(BASE, ours, theirs)
    assert parse(out.data).settings == {"yellow_days": 5}
    registry = parse(out.data).departments
    assert registry["市人社局"]["contact"] == "陈卓"
    assert registry["市教育局"]["contact"] == "王老师"


def test_a_side_that_is_not_a_task_file_is_refused():
    broken = BASE.replace("title: 一", "title: [一")
    with pytest.raises(merge3.Unreadable) as e:
        merge3.merge(BASE.encode(), BASE.replace("一", "壹").encode(), broken.encode(), DAY)
    assert e.value.side == "theirs" and str(e.value).startswith("对方：tasks.yaml:12:")


def test_a_file_added_on_both_sides_merges_from_an_empty_base():
    ours = BASE.replace("due: 2022-09-30", "due: 2022-09-29")
    out, _ = merged("", ours, BASE)
    assert out.conflicts == [("p-01", "due")]  # one title: one task, added on both sides


# -- real git, two and three clones ------------------------------------------------------------

def git(cwd, *args, check=True):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env = {k: v for k, v in env.items() if not k.startswith("VTRACK_")}
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert not check or proc.returncode == 0, f"git {' '.join(args)}: {proc.stdout}{proc.stderr}"
    return proc


def commit_all(clone, message):
    git(clone, "add", "-A")  # as office staff commit: everything
    git(clone, "commit", "-q", "-m", message)


def pull(clone):
    return git(clone, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")


@pytest.fixture
def clones(tmp_path, run_e2e):
    """Three clones of one origin; vtrack has run in each (and so set up its driver)."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    a = tmp_path / "a"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    write_tasks(a / "tasks.yaml", [
        {"id": "ezhou-2022", "title": "鄂州市职业教育实施方案", "issuer": "鄂州市人民政府",
         "tasks": [task("ezhou-2022", n, ["市教育局", "市人社局"], "2022-09-30")
                   for n in range(1, 6)]}])
    assert run_e2e("due", cwd=a).code == 0
    commit_all(a, "tasks")
    git(a, "push", "-q", "origin", "HEAD:main")
    out = [a]
    for name in ("b", "c"):
        git(tmp_path, "clone", "-q", str(origin), str(tmp_path / name))
        assert run_e2e("due", cwd=tmp_path / name).code == 0
        out.append(tmp_path / name)
    return out


@needs_git
def test_vtrack_sets_up_its_merge_driver_in_each_clone(clones):
    a, b, _ = clones
    assert git(a, "check-attr", "merge", "tasks.yaml").stdout.strip() == \
        "tasks.yaml: merge: vtrack"
    for clone in (a, b):  # the attribute came with the commit; the driver each set itself
        driver = git(clone, "config", "merge.vtrack.driver").stdout.strip()
        program = driver.split()[3]  # if [ -x PROGRAM ]; then PROGRAM merge-file …
        assert f"then {program} merge-file %O %A %B %P;" in driver
        assert os.access(program, os.X_OK) and program.endswith("/vtrack")
    assert git(a, "status", "--porcelain").stdout == ""  # the cache and locks kept out


@needs_git
@pytest.mark.slow
def test_two_clones_change_two_fields_of_one_task_and_merge_cleanly(run_e2e, clones):
    a, b, c = clones
    assert run_e2e("postpone", "ezhou-2022-01", "--to", "2022-12-31", "--why", "市政府同意延期",
                   cwd=a).code == 0
    commit_all(a, "a: postpone")
    git(a, "push", "-q", "origin", "HEAD:main")
    assert run_e2e("status", "in_progress", "ezhou-2022-01", "--why", "已启动", cwd=b,
                   env={"VTRACK_TODAY": "2022-09-02"}).code == 0
    assert run_e2e("note", "ezhou-2022-02", "B：已报市政府", cwd=b).code == 0
    commit_all(b, "b: status")
    pull(b)  # a real merge, through the driver: no markers, or git() fails
    text = (b / "tasks.yaml").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    check = run_e2e("check", cwd=b)
    assert check.code == 0 and "合并冲突" not in check.out, check.out
    task = agrees_with_a_rebuild(run_e2e, b)["ezhou-2022-01"]
    assert (task["due"], task["due_original"], task["status"]) == (
        "2022-12-31", "2022-09-30", "in_progress")
    # both logs kept, by date (theirs' entry was made the day before ours')
    assert [e["why"] for e in task["log"]] == ["市政府同意延期", "已启动"]
    git(b, "push", "-q", "origin", "HEAD:main")

    pull(c)  # a third clone gets the same file, and its cache follows
    assert (c / "tasks.yaml").read_text(encoding="utf-8") == text
    assert agrees_with_a_rebuild(run_e2e, c) == agrees_with_a_rebuild(run_e2e, b)


@needs_git
@pytest.mark.slow
def test_the_same_field_changed_two_ways_is_recorded_listed_and_resolved(run_e2e, clones):
    a, b, _ = clones
    assert run_e2e("postpone", "ezhou-2022-03", "--to", "2022-11-30", "--why", "甲",
                   cwd=a).code == 0
    commit_all(a, "a")
    git(a, "push", "-q", "origin", "HEAD:main")
    assert run_e2e("postpone", "ezhou-2022-03", "--to", "2022-12-15", "--why", "乙",
                   cwd=b).code == 0
    commit_all(b, "b")
    pull(b)  # clean for git: the file is valid, the clash is in the record
    assert git(b, "status", "--porcelain").stdout == ""
    check = run_e2e("check", cwd=b)
    assert check.code == 0
    assert "合并冲突：1 处" in check.out
    assert "ezhou-2022-03 due：保留 2022-12-15，另一方为 2022-11-30" in check.out
    assert agrees_with_a_rebuild(run_e2e, b)["ezhou-2022-03"]["conflicts"] == [
        {"field": "due", "ours": "2022-12-15", "theirs": "2022-11-30"}]

    wrong = run_e2e("resolve", "ezhou-2022-03", "--keep", "theirs", "--field", "owners", cwd=b)
    assert wrong.code != 0 and wrong.err.count("\n") == 1 and "在 due" in wrong.err
    done = run_e2e("resolve", "ezhou-2022-03", "--keep", "theirs", cwd=b)
    assert done.code == 0, done.err
    assert "延期至 2022-11-30" in done.out or "期限提前至 2022-11-30" in done.out
    task = agrees_with_a_rebuild(run_e2e, b)["ezhou-2022-03"]
    assert task["due"] == "2022-11-30" and task["conflicts"] == []
    assert task["log"][-1]["why"] == "解决合并冲突"
    assert "合并冲突" not in run_e2e("check", cwd=b).out
    again = run_e2e("resolve", "ezhou-2022-03", "--keep", "ours", cwd=b)
    assert again.code != 0 and "没有合并冲突" in again.err


@needs_git
@pytest.mark.slow
def test_tasks_added_in_two_clones_are_all_kept(run_e2e, clones):
    a, b, c = clones

    def add(clone, task_id, title):  # each clone adds "the next" task of the plan
        result = run_e2e("add", "--plan", "ezhou-2022", "--title", title, "--owner", "市教育局",
                         "--due", "2022-12-31", cwd=clone)
        assert result.code == 0 and task_id in result.out, (result.out, result.err)

    add(a, "ezhou-2022-06", "甲补录的任务")
    commit_all(a, "a")
    git(a, "push", "-q", "origin", "HEAD:main")
    add(b, "ezhou-2022-06", "乙补录的任务")
    add(b, "ezhou-2022-07", "乙补录的第二项")
    commit_all(b, "b")
    merge = pull(b)
    assert "ezhou-2022-06" in merge.stderr and "ezhou-2022-08" in merge.stderr
    tasks = agrees_with_a_rebuild(run_e2e, b)
    assert {t["id"]: t["title"] for t in tasks.values() if t["id"] >= "ezhou-2022-06"} == {
        "ezhou-2022-06": "乙补录的任务", "ezhou-2022-07": "乙补录的第二项",
        "ezhou-2022-08": "甲补录的任务"}
    assert run_e2e("check", cwd=b).code == 0
    git(b, "push", "-q", "origin", "HEAD:main")
    pull(c)
    assert agrees_with_a_rebuild(run_e2e, c) == tasks


@needs_git
def test_a_side_vtrack_cannot_read_gets_gits_own_markers(run_e2e, clones):
    a, b, _ = clones
    path = a / "tasks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: 任务1", "title: [任务1"),
                    encoding="utf-8")
    commit_all(a, "a: broken by hand")
    git(a, "push", "-q", "origin", "HEAD:main")
    path = b / "tasks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: 任务1", "title: 任务一"),
                    encoding="utf-8")
    commit_all(b, "b")
    merge = git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main", check=False)
    assert merge.returncode != 0
    assert "无法按任务合并" in merge.stderr
    text = (b / "tasks.yaml").read_text(encoding="utf-8")
    assert "<<<<<<< ours" in text and ">>>>>>> theirs" in text
