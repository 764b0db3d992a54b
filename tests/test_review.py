"""What extraction was unsure of stays findable (`review` keeps the reasons; `check` counts,
`list --review` lists, `reviewed` clears and logs), and the extract options a user needs:
--issued, a pinyin plan id from a Chinese file name, --plan-id honoured on a re-run. On
invented plans, vtrack's main() in the test's process (test_wheel.py runs each of these
commands through the installed command)."""
import datetime
import re
import sqlite3

import pytest
import yaml

from conftest import CACHE_TABLES, dump_cache

# flows of many commands, each through main() in-process: the slow layer
pytestmark = pytest.mark.slow

# an owner missing (3), a deadline no one can read (2), two tasks whole
DOUBTFUL = """\
某县推进职业教育实施方案
某县人民政府
2023年5月10日
一、重点任务
1、建设实训基地，2023年12月底前完成。（责任单位：县教育局）
2、完善招生制度，视情况推进。（责任单位：县财政局）
3、开展技能培训，2023年9月底前完成。
4、组建职教集团，2023年10月底前完成。（责任单位：县人社局）
"""

# flows of many commands, each through main() in-process: the slow layer
pytestmark = pytest.mark.slow


def reported_doubts(out):
    """{task id: [reasons]} from extract's report lines `  ID: reason`."""
    doubts: dict[str, list[str]] = {}
    for line in out.splitlines():
        m = re.match(r"^  (\S+-\d+): (.+)$", line)
        if m:
            doubts.setdefault(m.group(1), []).append(m.group(2))
    return doubts


def records(path):
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {t["id"]: t for p in doc["plans"] for t in p["tasks"]}


def cache_rows(db):
    """The cache's rows but for the hashes of the blocks an edit rewrote (cleared, for a
    re-sync to read again) and the file's own marks."""
    conn = sqlite3.connect(db)
    try:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(tasks)") if c[1] != "block"]
        tasks = conn.execute(f"SELECT {', '.join(columns)} FROM tasks ORDER BY id").fetchall()
    finally:
        conn.close()
    tables = {t: CACHE_TABLES[t] for t in ("task_owners", "departments", "department_names",
                                            "journal")}
    return tasks, dump_cache(db, tables)


def review_line(out):
    m = re.search(r"待人工复核：(\d+) 项（vtrack list --review 列出）", out)
    return int(m.group(1)) if m else None


def test_flagged_tasks_keep_their_reasons_until_marked_reviewed(run, tmp_path):
    (tmp_path / "plan.txt").write_text(DOUBTFUL, encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "tasks.yaml")
    assert result.code == 0, result.err
    doubts = reported_doubts(result.out)
    tasks = records(tmp_path / "tasks.yaml")
    # the task without an owner and the one with an unreadable deadline are flagged
    assert {"plan-02", "plan-03"} <= set(doubts) and len(tasks) == 4
    for task_id, task in tasks.items():
        # the record says why, in the words the report used, or is not flagged at all
        assert task.get("review", False) == ("；".join(doubts[task_id]) if task_id in doubts
                                             else False), task_id

    check = run("check")
    assert check.code == 0 and review_line(check.out) == len(doubts)

    listed = run("list", "--review", "--format", "json").json()
    assert {t["id"]: t["review"] for t in listed} == \
        {task_id: "；".join(reasons) for task_id, reasons in doubts.items()}
    table = run("list", "--review").out
    assert "复核原因" in table and all(task_id in table for task_id in doubts)
    assert "plan-01" not in table

    # a dry run shows the change and writes nothing
    before = (tmp_path / "tasks.yaml").read_bytes()
    dry = run("reviewed", "plan-02", "--dry-run")
    assert dry.code == 0 and "-        review: " in dry.out
    assert (tmp_path / "tasks.yaml").read_bytes() == before

    done = run("reviewed", "plan-02", "--why", "已与县财政局核实")
    assert done.code == 0 and done.out.startswith("plan-02: 已人工复核"), done.out
    after = records(tmp_path / "tasks.yaml")
    assert "review" not in after["plan-02"]
    # the log keeps what was checked, and why
    [entry] = after["plan-02"]["log"]
    assert entry["what"] == f"review: {tasks['plan-02']['review']} → 无"
    assert entry["why"] == "已与县财政局核实"
    assert {k: v for k, v in after.items() if k != "plan-02"} == \
        {k: v for k, v in tasks.items() if k != "plan-02"}

    remaining = len(doubts) - 1
    assert review_line(run("check").out) == remaining
    ids = [t["id"] for t in run("list", "--review", "--format", "json").json()]
    assert "plan-02" not in ids and len(ids) == remaining
    history = run("history", "plan-02", "--format", "json").json()
    assert [h["source"] for h in history] == ["vtrack"] and "review" in history[0]["what"]
    # marking it again changes nothing
    again = run("reviewed", "plan-02")
    assert again.code == 0 and "没有变化" in again.out
    assert records(tmp_path / "tasks.yaml") == after

    # a task the plan gave no owner is reviewed by naming one: until then, refused
    if not after["plan-03"]["owners"]:
        refused = run("reviewed", "plan-03")
        assert refused.code == 1 and "reassign" in refused.err
        assert records(tmp_path / "tasks.yaml") == after
        assert run("reassign", "plan-03", "--add", "县人社局").code == 0

    # the cache kept in place equals one built from the file
    assert run("--db", "fresh.db", "sync").code == 0
    assert cache_rows(tmp_path / ".vtrack.db") == cache_rows(tmp_path / "fresh.db")

    # the rest of the plan at once; then nothing is left, and check says nothing of review
    assert run("reviewed", "--plan", "plan").code == 0
    assert review_line(run("check").out) is None
    assert "没有待人工复核的任务" in run("list", "--review").out
    assert "没有待人工复核的任务" in run("reviewed", "--plan", "plan").out


def test_a_file_with_review_true_is_still_valid_and_can_be_cleared(run, tmp_path):
    (tmp_path / "tasks.yaml").write_text(
        "version: 1\nplans:\n  - id: p\n    title: 方案\n    tasks:\n"
        "      - id: p-01\n        title: 一\n        owners: [县教育局]\n        review: true\n"
        "      - id: p-02\n        title: 二\n        owners: [县财政局]\n"
        "        review: [期限需人工复核, 责任单位不明]\n"
        "      - id: p-03\n        title: 三\n        owners: [县人社局]\n        status: done\n"
        "        done_on: 2022-08-01\n        review: 已办结，不必复核\n", encoding="utf-8")
    check = run("check")
    assert check.code == 0 and review_line(check.out) == 2  # open tasks only
    listed = {t["id"]: t["review"] for t in run("list", "--review", "--format", "json").json()}
    assert listed == {"p-01": True, "p-02": "期限需人工复核；责任单位不明"}
    shown = run("show", "p-01").out
    assert "需人工复核" in shown
    result = run("reviewed", "p-01", "p-02")
    assert result.code == 0 and result.out.count("已人工复核") == 2
    after = records(tmp_path / "tasks.yaml")
    assert "review" not in after["p-01"] and "review" not in after["p-02"]
    assert [e["what"] for e in after["p-01"]["log"] + after["p-02"]["log"]] == \
        ["review: true → 无", "review: 期限需人工复核；责任单位不明 → 无"]
    assert review_line(run("check").out) is None
    # a leader's digest shows the two as one change that names them
    digest = run("digest", "--format", "text").out
    assert digest.count("已人工复核") == 1


@pytest.mark.parametrize("value", ["12", "2022-08-31", "{a: b}", "[[x]]"])
def test_a_review_that_is_neither_a_flag_nor_words_is_a_located_problem(run, tmp_path,
                                                                         value):
    (tmp_path / "tasks.yaml").write_text(
        "version: 1\nplans:\n  - id: p\n    title: 方案\n    tasks:\n"
        "      - id: p-01\n        title: 一\n        owners: [县教育局]\n"
        f"        review: {value}\n",
        encoding="utf-8")
    result = run("check")
    assert result.code == 1 and result.err.startswith("tasks.yaml:9:")
    assert "review" in result.err and result.err.count("\n") == 1


def test_reviewed_needs_ids_or_a_selection(run, tmp_path):
    (tmp_path / "plan.txt").write_text(DOUBTFUL, encoding="utf-8")
    assert run("extract", "plan.txt", "-o", "tasks.yaml").code == 0
    assert run("reviewed").code == 2
    assert run("reviewed", "plan-02", "--plan", "plan").code == 2
    unknown = run("reviewed", "plan-99")
    assert unknown.code == 1 and "plan-99" in unknown.err
    # a department's flagged tasks only: the others stay flagged
    assert run("reviewed", "--dept", "县财政局").code == 0
    left = [t["id"] for t in run("list", "--review", "--format", "json").json()]
    assert "plan-02" not in left and left


# -- extract --issued ------------------------------------------------------------------------

UNDATED = """\
某县职业教育实施方案
一、重点任务
1、建设实训基地，6月底前完成。（责任单位：县教育局）
2、完善招生制度，明年底前完成。（责任单位：县财政局）
"""


def test_issued_gives_a_plan_without_a_date_its_year(run, tmp_path):
    (tmp_path / "plan.txt").write_text(UNDATED, encoding="utf-8")
    without = run("extract", "plan.txt", "-o", "tasks.yaml", "--dry-run")
    assert without.code == 0 and "没有找到发布日期" in without.err and "--issued" in without.err
    result = run("extract", "plan.txt", "-o", "tasks.yaml", "--issued", "2024年3月1日")
    assert result.code == 0 and "没有找到发布日期" not in result.out
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    plan = doc["plans"][0]
    assert plan["issued"] == datetime.date(2024, 3, 1)
    by_seq = {t["seq"]: t for t in plan["tasks"]}
    assert by_seq[1]["due"] == datetime.date(2024, 6, 30)  # the year of the date given
    assert by_seq[2]["due"] == datetime.date(2025, 12, 31)  # 明年: counted from it
    assert not any(t.get("review") for t in plan["tasks"])


def test_issued_wins_over_the_documents_date_and_the_report_says_so(run, tmp_path):
    (tmp_path / "plan.txt").write_text(UNDATED.replace(
        "一、重点任务", "发布日期：2023年5月10日\n一、重点任务"), encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "tasks.yaml", "--issued", "2024-03-01")
    assert result.code == 0
    said = [line for line in result.out.splitlines() if "--issued" in line]
    assert len(said) == 1 and "2024-03-01" in said[0] and "2023-05-10" in said[0]
    plan = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))["plans"][0]
    assert plan["issued"] == datetime.date(2024, 3, 1)
    # the same date as the document's: nothing to say
    same = run("extract", "plan.txt", "-o", "other.yaml", "--issued", "2023-05-10")
    assert same.code == 0 and "--issued" not in same.out
    too_many = run("extract", "plan.txt", "--issued", "2024-03-01", "--issued", "2024-03-02")
    assert too_many.code == 2 and "--issued" in too_many.err
    assert run("extract", "plan.txt", "--issued", "某天").code == 2


# -- a plan id from a Chinese file name ------------------------------------------------------

def test_a_chinese_file_name_gives_a_pinyin_plan_id(run, tmp_path):
    name = "某县职业教育实施方案（征求意见稿）.txt"
    (tmp_path / name).write_text(DOUBTFUL, encoding="utf-8")
    result = run("extract", name, "-o", "tasks.yaml")
    assert result.code == 0, result.err
    plan = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))["plans"][0]
    # place, topic, and the year of the document (the name has none)
    assert plan["id"] == "mouxian-zhiyejiaoyu-2023"
    assert all(t["id"].startswith(plan["id"] + "-") for t in plan["tasks"])


@pytest.mark.parametrize("name, expected", [
    ("鄂州市职业教育实施方案.docx", "ezhou-zhiyejiaoyu"),
    ("2022年鄂州市职业教育实施方案（征求意见稿）.docx", "ezhou-zhiyejiaoyu-2022"),
    # a notice's name: the plan's title after 关于印发, without 推进…高质量发展
    ("鄂州市人民政府关于印发鄂州市推进职业教育高质量发展实施方案的通知.docx",
     "ezhou-zhiyejiaoyu"),
    ("中共荆门市委办公室 荆门市人民政府办公室关于印发《荆门市优化营商环境若干措施》的通知.docx",
     "jingmen-yhyshj"),
    # a long topic: its initials; the place's narrowest level
    ("重庆市綦江区数字经济发展三年行动计划2023.docx", "qijiang-szjjfz-2023"),
    ("城市更新行动方案.txt", "chengshigengxin"),  # 城市 is not a place
    ("沛县工作方案.docx", "peixian"),  # a one-character place keeps its kind
    ("plan_2022.txt", "plan-2022"),
    ("附件1.docx", None),  # nothing to name it by: the document's place and year, in extract
])
def test_plan_ids_from_file_names(name, expected):
    from vtrack.extract import plan_id_from_path
    assert plan_id_from_path(name) == expected


def test_a_plan_id_from_a_name_is_short_typeable_and_stable():
    from vtrack.extract import plan_id_from_path
    names = ["湖北省鄂州市华容区关于进一步加快推进农村公路建设养护管理和运营高质量发展的"
             "实施意见.docx",
             "全市安全生产专项整治三年行动实施方案.pdf", "关于做好2023年就业工作的通知.doc",
             "鄂州市职业教育实施方案.docx", "鄂州市职业培训实施方案.docx"]
    ids = [plan_id_from_path(n) for n in names]
    for plan_id in ids:
        assert plan_id and len(plan_id) <= 40 and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*",
                                                                 plan_id), plan_id
    assert len(set(ids)) == len(ids)  # topics apart, ids apart
    assert ids == [plan_id_from_path(n) for n in names]
    assert "quanshi" not in ids[1] and ids[2].endswith("-2023")


# -- --plan-id on a re-run -------------------------------------------------------------------

def test_plan_id_on_a_re_run_renames_the_plan_while_nothing_used_its_ids(run, tmp_path):
    (tmp_path / "plan.txt").write_text(DOUBTFUL, encoding="utf-8")
    assert run("extract", "plan.txt", "-o", "tasks.yaml", "--plan-id", "a").code == 0
    assert run("list").code == 0  # a cache exists, as it will on a working desk
    first = records(tmp_path / "tasks.yaml")
    result = run("extract", "plan.txt", "-o", "tasks.yaml", "--plan-id", "b")
    assert result.code == 0, result.err
    assert "由 a 改为 b" in result.out
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    assert [p["id"] for p in doc["plans"]] == ["b"]
    renamed = records(tmp_path / "tasks.yaml")
    assert sorted(renamed) == sorted("b" + k[1:] for k in first)
    assert all(renamed["b" + k[1:]]["text"] == t["text"] for k, t in first.items())
    assert run("check").code == 0
    assert [t["id"] for t in run("list", "--all", "--format", "json").json()] == \
        list(renamed)
    # the rename is not a hand edit: the history says nothing of it
    assert run("history", "--format", "json").json() == []

    # once a task carries a note, its id stays: refused in one line, nothing written
    assert run("note", "b-01", "已报县政府").code == 0
    before = (tmp_path / "tasks.yaml").read_bytes()
    refused = run("extract", "plan.txt", "-o", "tasks.yaml", "--plan-id", "c")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert "b-01" in refused.err and "--plan-id b" in refused.err
    assert (tmp_path / "tasks.yaml").read_bytes() == before
    # without --plan-id, or with the id it has, the plan is read again as before
    again = run("extract", "plan.txt", "-o", "tasks.yaml", "--plan-id", "b")
    assert again.code == 0 and "没有变化" in again.out


def test_plan_id_taken_by_another_plan_is_refused(run, tmp_path):
    (tmp_path / "one.txt").write_text(DOUBTFUL, encoding="utf-8")
    (tmp_path / "two.txt").write_text(UNDATED, encoding="utf-8")
    assert run("extract", "one.txt", "two.txt", "-o", "tasks.yaml").code == 0
    before = (tmp_path / "tasks.yaml").read_bytes()
    refused = run("extract", "one.txt", "-o", "tasks.yaml", "--plan-id", "two")
    assert refused.code == 1 and "two" in refused.err and refused.err.count("\n") == 1
    assert (tmp_path / "tasks.yaml").read_bytes() == before
