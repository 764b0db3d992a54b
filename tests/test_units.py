"""The pieces under the commands, without the command line: tasks.yaml edited in place
(taskfile.edit) and the cache's answers (cache.sync.open_store and its Store).

What is asserted is behaviour a user sees in the file or in the answers, so that these tests
hold while the code behind them moves: lines of the file, ids, dates and counts."""
import datetime
import difflib
import re

import pytest
import yaml

from vtrack.cache.sync import open_store
from vtrack.errors import VtrackError
from vtrack.taskfile.edit import TaskText

AS_OF = datetime.date(2022, 9, 1)

# written by hand: a comment, quoting, a blank line between tasks, lists in both styles
HAND_WRITTEN = """\
# 任务清单：手工维护，勿删注释
version: 1
plans:
  - id: p-2022
    title: 某市职业教育实施方案
    tasks:
      - id: p-2022-01
        title: 任务一
        owners: [市教育局, 市人社局]   # 第一个为牵头单位
        due: 2022-08-31
        due_text: '2022年8月底前'

      - id: p-2022-02
        title: "任务二"
        owners: [市财政局]
        due: 2022-09-30
        due_original: 2022-06-30
        notes:
          - {'on': 2022-07-01, text: 已报审}
        log:
          - {'on': 2022-07-01, what: 'due: 2022-06-30 → 2022-09-30', why: 市政府同意延期}
      - id: p-2022-03
        title: 任务三
        owners: [市教育局]
"""


def field(task, name):
    """A task's field, whether the store answers with mappings or with objects."""
    return task[name] if isinstance(task, dict) else getattr(task, name)


def edited(tmp_path, task_id, change, text=HAND_WRITTEN, offset=None):
    """The file's text after change(block) on task_id's block, found from offset (by default
    the start of its '- id:' line, as the cache records it)."""
    path = tmp_path / "tasks.yaml"
    path.write_bytes(text.encode("utf-8"))
    task_text = TaskText(str(path))
    if offset is None:
        offset = re.search(rf"- id: {task_id}\r?\n", task_text.text).start()
    start, end, block = task_text.block(task_id, offset)
    change(block)
    task_text.replace(start, end, block.text())
    return task_text.data().decode("utf-8")


def changed_lines(old, new):
    """(removed, added) lines between two texts."""
    diff = list(difflib.ndiff(old.splitlines(keepends=True), new.splitlines(keepends=True)))
    return ([d[2:] for d in diff if d.startswith("- ")],
            [d[2:] for d in diff if d.startswith("+ ")])


def tasks_of(text):
    return {t["id"]: t for t in yaml.safe_load(text)["plans"][0]["tasks"]}


# -- tasks.yaml edited in place ---------------------------------------------------------------

def test_setting_a_field_changes_that_line_only(tmp_path):
    new = edited(tmp_path, "p-2022-01", lambda b: b.set("due", datetime.date(2022, 12, 31)))
    assert changed_lines(HAND_WRITTEN, new) == (["        due: 2022-08-31\n"],
                                                ["        due: 2022-12-31\n"])
    before, after = tasks_of(HAND_WRITTEN), tasks_of(new)
    assert after.pop("p-2022-01")["due"] == datetime.date(2022, 12, 31)
    before.pop("p-2022-01")
    assert after == before


def test_a_field_the_task_lacks_is_one_line_added_inside_its_block(tmp_path):
    for task_id in ("p-2022-01", "p-2022-03"):  # before a blank line; at the end of the file
        new = edited(tmp_path, task_id, lambda b: b.set("status", "in_progress"))
        removed, added = changed_lines(HAND_WRITTEN, new)
        assert removed == [] and added == ["        status: in_progress\n"]
        after = tasks_of(new)
        assert after[task_id]["status"] == "in_progress"
        assert [t.get("status") for i, t in after.items() if i != task_id] == [None, None]
        assert "\n\n      - id: p-2022-02" in new  # the blank line stays between the tasks


def test_a_multi_line_field_is_replaced_whole(tmp_path):
    new = edited(tmp_path, "p-2022-02", lambda b: b.set("notes", []))
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == ["        notes:\n", "          - {'on': 2022-07-01, text: 已报审}\n"]
    assert added == ["        notes: []\n"]
    assert tasks_of(new)["p-2022-02"]["log"] == tasks_of(HAND_WRITTEN)["p-2022-02"]["log"]


def test_appending_a_log_entry_adds_its_line_after_the_others(tmp_path):
    entry = {"on": datetime.date(2022, 9, 1), "what": "status: open → done", "by": "陈卓"}
    new = edited(tmp_path, "p-2022-02", lambda b: b.append("log", [entry]))
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == [] and len(added) == 1 and added[0].startswith("          - ")
    log = tasks_of(new)["p-2022-02"]["log"]
    assert [e["what"] for e in log] == ["due: 2022-06-30 → 2022-09-30", "status: open → done"]
    assert log[1] == entry


def test_the_first_log_entry_starts_the_list(tmp_path):
    entry = {"on": datetime.date(2022, 9, 1), "what": "due: 2022-08-31 → 2022-10-31"}
    new = edited(tmp_path, "p-2022-01", lambda b: b.append("log", [entry]))
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert removed == [] and added[0] == "        log:\n" and len(added) == 2
    assert tasks_of(new)["p-2022-01"]["log"] == [entry]
    assert "# 第一个为牵头单位" in new


def test_removing_a_key_removes_its_lines_only(tmp_path):
    new = edited(tmp_path, "p-2022-02", lambda b: b.remove("due_original"))
    assert changed_lines(HAND_WRITTEN, new) == (["        due_original: 2022-06-30\n"], [])
    new = edited(tmp_path, "p-2022-02", lambda b: b.remove("notes"))
    removed, added = changed_lines(HAND_WRITTEN, new)
    assert len(removed) == 2 and added == [] and "notes" not in tasks_of(new)["p-2022-02"]
    assert edited(tmp_path, "p-2022-03", lambda b: b.remove("due")) == HAND_WRITTEN  # absent


def test_a_block_whose_id_does_not_match_is_refused(tmp_path):
    second = HAND_WRITTEN.index("- id: p-2022-02")
    with pytest.raises(VtrackError, match="p-2022-01"):
        edited(tmp_path, "p-2022-01", lambda b: None, offset=second)
    title = HAND_WRITTEN.index("title: 任务一")  # not the first line of a block
    with pytest.raises(VtrackError):
        edited(tmp_path, "p-2022-01", lambda b: None, offset=title)
    with pytest.raises(VtrackError):
        edited(tmp_path, "p-2022-01", lambda b: None, offset=len(HAND_WRITTEN) + 10)


def test_a_byte_order_mark_and_crlf_lines_are_kept(tmp_path):
    text = "\ufeff" + HAND_WRITTEN.replace("\n", "\r\n")
    new = edited(tmp_path, "p-2022-03", lambda b: b.set("due", datetime.date(2022, 10, 1)),
                 text=text)
    assert new.startswith("\ufeff")
    assert new.count("\r\n") == new.count("\n") == text.count("\n") + 1
    assert tasks_of(new.lstrip("\ufeff"))["p-2022-03"]["due"] == datetime.date(2022, 10, 1)


# -- the cache's answers -----------------------------------------------------------------------

@pytest.fixture
def store(sample, tmp_path):
    """The cache of conftest's sample file (two plans, aliases, every status)."""
    opened = open_store(str(sample), str(tmp_path / ".vtrack.db"), today=AS_OF)
    yield opened
    opened.conn.close()


def ids(tasks):
    return [field(t, "id") for t in tasks]


def test_due_lists_open_dated_tasks_by_date_and_counts_undated_ongoing_ones(store):
    tasks, ongoing = store.due(AS_OF, within=14)
    # overdue and due within 14 days, earliest first; done, cancelled and later ones left out
    assert ids(tasks) == ["gaoping-2021-01", "ezhou-2022-03", "ezhou-2022-01",
                          "gaoping-2021-02", "ezhou-2022-06"]
    assert [field(t, "due") for t in tasks] == sorted(field(t, "due") for t in tasks)
    assert ongoing == 1  # ezhou-2022-05: ongoing, no date
    later, _ = store.due(AS_OF, within=60)
    assert ids(later)[-1] == "ezhou-2022-02"  # due 2022-10-31, the 60th day
    assert ids(store.due(AS_OF, plan="gaoping-2021")[0]) == ["gaoping-2021-01",
                                                               "gaoping-2021-02"]


def test_tasks_of_a_department_by_any_of_its_names(store):
    everywhere = ["ezhou-2022-01", "ezhou-2022-03", "gaoping-2021-02"]
    # the registry's name and its aliases find every place's bureau
    for name in ("市人社局", "人社局", "市人力资源和社会保障局"):
        assert ids(store.tasks(dept=name)) == everywhere, name
    # the full name of one place's bureau finds that place's tasks only
    assert ids(store.tasks(dept="鄂州市人社局")) == ["ezhou-2022-01", "ezhou-2022-03"]
    assert ids(store.tasks(dept="高平市人社局")) == ["gaoping-2021-02"]
    # open ones unless asked: ezhou-2022-04 is done, ezhou-2022-07 cancelled
    assert ids(store.tasks(dept="鄂州市教育局")) == ["ezhou-2022-01", "ezhou-2022-02"]
    assert ids(store.tasks(dept="鄂州市教育局", include_closed=True)) == [
        "ezhou-2022-01", "ezhou-2022-02", "ezhou-2022-04", "ezhou-2022-07"]


def test_an_unknown_department_is_an_error_not_an_empty_list(store):
    with pytest.raises(VtrackError, match="没有部门 市环保局"):
        store.tasks(dept="市环保局")
    with pytest.raises(VtrackError):
        store.due(AS_OF, dept="市环保局")


def test_workload_counts_a_task_once_for_each_owner(store):
    rows = store.workload(AS_OF)
    by_dept = {row["department"]: row for row in rows}
    # one row per owner of a task: 3 + 2 + 2 + 1 + 1 + 1 + 1 owners in ezhou, 1 + 1 in gaoping
    assert sum(row["tasks"] for row in rows) == 13
    assert all(row["tasks"] == row["lead"] + row["co"] for row in rows)
    education = by_dept["鄂州市教育局"]  # leads 01, 02, 04 (done on time) and 07 (cancelled)
    assert {k: education[k] for k in ("tasks", "lead", "open", "overdue", "done",
                                      "done_on_time")} == {
        "tasks": 4, "lead": 4, "open": 2, "overdue": 1, "done": 1, "done_on_time": 1}
    # 人社局 owns 03 but 市财政局 leads it; the aliases are one department per place
    assert (by_dept["鄂州市人社局"]["co"], by_dept["鄂州市人社局"]["lead"]) == (2, 0)
    assert by_dept["鄂州市财政局"]["lead"] == 1 and by_dept["高平市人社局"]["tasks"] == 1
    assert [row["overdue"] for row in rows] == sorted((row["overdue"] for row in rows),
                                                      reverse=True)
    assert [row["department"] for row in store.workload(AS_OF, dept="人社局")] == [
        "鄂州市人社局", "高平市人社局"]


def test_the_cache_follows_the_file(sample, tmp_path):
    db = str(tmp_path / ".vtrack.db")
    first = open_store(str(sample), db, today=AS_OF)
    assert first.synced is not None  # built
    first.conn.close()
    again = open_store(str(sample), db, today=AS_OF)
    assert again.synced is None  # nothing changed: the cache as it was
    again.conn.close()
    text = sample.read_text(encoding="utf-8")
    sample.write_text(text.replace("due: 2022-08-01", "due: 2022-12-01"), encoding="utf-8")
    edited_store = open_store(str(sample), db, today=AS_OF)
    try:
        assert "gaoping-2021-01" not in ids(edited_store.due(AS_OF)[0])
        assert field(edited_store.task("gaoping-2021-01"), "due") == datetime.date(2022, 12, 1)
    finally:
        edited_store.conn.close()


def test_the_offset_the_cache_keeps_finds_the_tasks_block(store, sample):
    task_text = TaskText(str(sample))
    for task_id in ("ezhou-2022-01", "ezhou-2022-07", "gaoping-2021-02"):
        _, _, block = task_text.block(task_id, field(store.task(task_id), "offset"))
        assert block.scalar("id") == task_id


def test_no_task_file_is_an_error_that_says_where(tmp_path):
    with pytest.raises(VtrackError, match="none.yaml"):
        open_store(str(tmp_path / "none.yaml"), str(tmp_path / ".vtrack.db"), today=AS_OF)


def test_the_undo_journal_appends_and_is_cut_back_to_its_newest_records(tmp_path):
    from vtrack.taskfile import undo
    tasks = str(tmp_path / "tasks.yaml")
    for n in range(2 * undo.KEEP + 1):
        undo.push(tasks, {"kind": "change", "n": n})
    kept = [r["n"] for r in undo.read(tasks)]
    assert kept == list(range(2 * undo.KEEP + 1))[-undo.KEEP:]
    with open(undo.path_for(tasks), "ab") as f:
        f.write(b'{"kind": "chan')  # a crash in the middle of a line
    undo.push(tasks, {"kind": "change", "n": "last"})
    assert [r["n"] for r in undo.read(tasks)][-2:] == [2 * undo.KEEP, "last"]
