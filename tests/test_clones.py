"""Many people, one truth: three clones of one repository, each changing tasks its own way,
merged with real git; every clone, with its cache deleted, prints the same digest."""
import shutil

import pytest

from conftest import git, task, write_tasks

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def commit(clone, message):
    # what a coordinator keeps in git: the tasks, their history, and git's merge rule
    git(clone, "add", "tasks.yaml", *[p for p in ("tasks.history.yaml", ".gitattributes")
                                      if (clone / p).exists()])
    git(clone, "commit", "-q", "-m", message)


def sync_with_origin(clone):
    git(clone, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    git(clone, "push", "-q", "origin", "HEAD:main")


@pytest.fixture
def clones(tmp_path):
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(origin))
    first = tmp_path / "a"
    git(tmp_path, "clone", "-q", str(origin), str(first))
    write_tasks(first / "tasks.yaml", [
        {"id": "ezhou-2022", "title": "鄂州市职业教育实施方案", "issuer": "鄂州市人民政府",
         "doc_no": "鄂州政发〔2022〕15号", "tasks": [
             task("ezhou-2022", 1, ["市教育局", "市人社局"], "2022-09-30"),
             task("ezhou-2022", 2, ["市人社局"], "2022-08-31"),
             task("ezhou-2022", 3, ["市人社局", "市发改委"], "2022-08-15"),
             *[task("ezhou-2022", n, ["市教育局"], "2022-10-31") for n in range(4, 10)]]},
        {"id": "gaoping-2021", "title": "高平市职业教育行动计划", "tasks": [
            task("gaoping-2021", 1, ["市教育局"], "2022-08-20")]},
    ])
    commit(first, "tasks")
    git(first, "push", "-q", "origin", "HEAD:main")
    out = [first]
    for name in ("b", "c"):
        git(tmp_path, "clone", "-q", str(origin), str(tmp_path / name))
        out.append(tmp_path / name)
    return out


@pytest.mark.slow
def test_three_clones_merge_and_agree(run, clones):
    a, b, c = clones
    day = {"VTRACK_TODAY": "2022-09-05"}
    # A: a note, and a due date moved in an editor (a hand edit, seen at the next command)
    assert run("note", "ezhou-2022-01", "A：已召开推进会", cwd=a, env=day).code == 0
    text = (a / "tasks.yaml").read_text(encoding="utf-8")
    (a / "tasks.yaml").write_text(text.replace("due: 2022-08-31", "due: 2022-10-15"),
                                  encoding="utf-8")
    assert run("due", cwd=a, env=day).code == 0
    commit(a, "A")
    sync_with_origin(a)

    # B, not yet pulled: a note on the same task, and a reassignment
    assert run("note", "ezhou-2022-01", "B：经费已落实", cwd=b, env=day).code == 0
    assert run("reassign", "ezhou-2022-03", "--from", "市人社局", "--to", "市财政局",
               "--new-dept", "--why", "职责调整", cwd=b, env=day).code == 0
    commit(b, "B")
    sync_with_origin(b)  # a real merge of A's commit: no conflict, or git() fails

    # C, not yet pulled either: a third note there, and 机构改革 moves one plan's 市教育局
    assert run("note", "ezhou-2022-01", "C：方案已报审", cwd=c, env=day).code == 0
    assert run("reassign", "--dept", "市教育局", "--plan", "ezhou-2022", "--to", "市教育和体育局",
               "--new-dept", "--why", "机构改革", cwd=c, env=day).code == 0
    commit(c, "C")
    sync_with_origin(c)

    for clone in (a, b):
        git(clone, "pull", "-q", "--no-rebase", "origin", "main")
    heads = {git(clone, "rev-parse", "HEAD") for clone in clones}
    assert len(heads) == 1

    # each clone's old cache meets the merged files: what colleagues did through vtrack
    # carries its log and is no hand edit; A's hand edit is recorded already: nothing new
    for clone in clones:
        assert run("due", cwd=clone, env={"VTRACK_TODAY": "2022-09-06"}).code == 0
        assert git(clone, "status", "--porcelain", "--untracked-files=no") == ""
    history = (a / "tasks.history.yaml").read_text(encoding="utf-8")
    assert all(words in history for words in ("A：已召开推进会", "B：经费已落实", "C：方案已报审"))
    # A's hand edit is recorded once; B's and C's changes, pulled, are not taken for hand edits
    assert history.count("edit:") == 1 and "due: 2022-08-31 → 2022-10-15" in history

    as_of = ("--as-of", "2022-09-07")
    warm = run("digest", *as_of, cwd=a, env=day).out
    digests = []
    for clone in clones:
        (clone / ".vtrack.db").unlink(missing_ok=True)
        result = run("digest", *as_of, cwd=clone, env=day)
        assert result.code == 0, result.err
        digests.append(result.out)
    assert digests[0] == digests[1] == digests[2] == warm
    digest = digests[0]
    assert "延期至 2022-10-15" in digest  # the hand edit reads as a postponement
    assert "改由市财政局负责" in digest
    assert "7 项：" in digest  # the bulk reassignment: one row with its count
    assert digest.count("备注") >= 3
    shown = run("show", "ezhou-2022-02", "--format", "json", cwd=b, env=day).json()
    assert str(shown["due_original"]) == "2022-08-31"  # kept, as a postponement keeps it


def test_the_history_file_is_merged_by_union_in_a_git_work_tree(run, tmp_path):
    git(tmp_path, "init", "-q")
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市教育局"], "2022-09-30")]}])
    (tmp_path / ".gitattributes").write_text("*.history.yaml merge=union\n", encoding="utf-8")
    assert run("note", "p-2022-01", "一", cwd=tmp_path).code == 0
    # a pattern rule covers it already: nothing added for it (the new cache asked for
    # vtrack's merge of tasks.yaml: test_merge.py)
    assert (tmp_path / ".gitattributes").read_text(encoding="utf-8") == \
        "*.history.yaml merge=union\ntasks.yaml merge=vtrack\n"
    (tmp_path / ".gitattributes").unlink()
    (tmp_path / "tasks.history.yaml").unlink()
    assert run("note", "p-2022-01", "二", cwd=tmp_path).code == 0
    assert run("note", "p-2022-01", "三", cwd=tmp_path).code == 0
    assert (tmp_path / ".gitattributes").read_text(encoding="utf-8") == \
        "tasks.yaml merge=vtrack\ntasks.history.yaml merge=union\n"
    assert git(tmp_path, "check-attr", "merge", "tasks.history.yaml").strip().endswith("union")


@pytest.mark.slow
def test_a_git_add_all_never_commits_the_cache_or_the_locks(run_e2e, clones):
    """The clone and a linked worktree of it: after every kind of command, `git add -A`
    stages the tasks and their history, never vtrack's own files."""
    first = clones[0]
    git(first, "worktree", "add", "-q", str(first.parent / "wt"), "-b", "other")
    for where in (first, first.parent / "wt"):
        for args in (("due",), ("note", "ezhou-2022-01", "已报市政府"),
                     ("reassign", "ezhou-2022-02", "--from", "市人社局", "--to", "市发改委",
                      "--why", "职责调整")):
            result = run_e2e(*args, cwd=where)
            assert result.code == 0, result.err
        git(where, "add", "-A")
        staged = set(git(where, "diff", "--cached", "--name-only").split())
        assert staged <= {"tasks.yaml", "tasks.history.yaml", ".gitattributes"}, staged
        assert {"tasks.yaml", "tasks.history.yaml"} <= staged
        assert (where / ".vtrack.db").exists() and (where / "tasks.yaml.lock").exists()
        assert git(where, "status", "--porcelain", "--ignored").count("!!") >= 3


def _agree_with_a_rebuild(run_e2e, clone):
    """What the cache in place says equals what a cache built afresh from the files says."""
    warm = run_e2e("list", "--all", "--format", "json", cwd=clone)
    fresh = run_e2e("--db", str(clone.parent / "fresh.db"), "list", "--all", "--format", "json",
                    cwd=clone)
    (clone.parent / "fresh.db").unlink()
    assert warm.code == 0 and fresh.code == 0, (warm.err, fresh.err)
    assert warm.json() == fresh.json()
    return {t["id"]: t for t in warm.json()}


@pytest.mark.slow
def test_the_cache_follows_whatever_git_puts_in_the_file(run_e2e, clones, tmp_path):
    """checkout, stash, reset, rebase and a copy from elsewhere, each after a command has
    made the cache: every time, what vtrack says is what the file says."""
    a = clones[0]

    def reassign(task_id, to):
        result = run_e2e("reassign", task_id, "--from", "市人社局", "--to", to, "--why", "调整",
                         cwd=a)
        assert result.code == 0, result.err

    def owners(task_id):
        return _agree_with_a_rebuild(run_e2e, a)[task_id]["owners"]

    reassign("ezhou-2022-02", "市发改委")
    git(a, "checkout", "--", "tasks.yaml")
    assert owners("ezhou-2022-02") == ["市人社局"]

    reassign("ezhou-2022-02", "市发改委")
    git(a, "stash", "push", "-q", "--", "tasks.yaml")
    assert owners("ezhou-2022-02") == ["市人社局"]
    git(a, "stash", "pop", "-q")
    assert owners("ezhou-2022-02") == ["市发改委"]

    commit(a, "reassigned")
    git(a, "reset", "-q", "--hard", "HEAD~1")
    assert owners("ezhou-2022-02") == ["市人社局"]

    # a rebase: a colleague's change upstream, this clone's own on top of it
    b = clones[1]
    assert run_e2e("reassign", "ezhou-2022-03", "--from", "市人社局", "--to", "市发改委",
                   "--why", "调整", cwd=b).code == 0
    commit(b, "b")
    git(b, "push", "-q", "origin", "HEAD:main")
    reassign("ezhou-2022-02", "市教育局")
    commit(a, "a")
    git(a, "pull", "-q", "--rebase", "origin", "main")
    tasks = _agree_with_a_rebuild(run_e2e, a)
    assert tasks["ezhou-2022-02"]["owners"] == ["市教育局"]
    assert tasks["ezhou-2022-03"]["owners"][-1] == "市发改委"

    # a copy from elsewhere, its times kept (cp -p)
    shutil.copy2(b / "tasks.yaml", a / "tasks.yaml")
    assert owners("ezhou-2022-02") == ["市人社局"]
