"""What people read (issue 19): the digest names changes by title and keeps corrections
apart, with one count and the latest progress under each overdue task, and a chart of the
quarter; the 台账 comes back with last week's progress, its original date and how often it
moved, and an import keeps a row's progress when it refuses the rest, saying why in full."""
import datetime
import json
import re

import openpyxl
import pytest

from conftest import write_tasks
from vtrack.outputs import ledger

# through the installed command: the slow layer (`-m "not slow"` leaves them out)
pytestmark = pytest.mark.slow


def day(text):
    return {"VTRACK_TODAY": text}


def section(out, heading):
    """The text of one section of a text digest: from its heading to the next."""
    part = re.split(rf"^{heading}（.*）$", out, flags=re.M)[1]
    return re.split(r"^\S+（.*）\n-+$", part, flags=re.M)[0]


def test_digest_changes_by_title_corrections_apart_and_one_count(run_e2e, sample):
    assert run_e2e("postpone", "ezhou-2022-02", "--to", "2022-11-30", "--why", "市政府同意延期",
                   env=day("2022-08-28")).code == 0
    fixed = run_e2e("edit", "ezhou-2022-06", "--due", "2022-09-12", "--why", "录入错误",
                    env=day("2022-08-29"))
    assert fixed.code == 0, fixed.err
    assert run_e2e("edit", "gaoping-2021-02", "--title", "落实技能人才待遇", "--why", "笔误",
                   env=day("2022-08-29")).code == 0
    run_e2e("note", "ezhou-2022-03", "已起草方案", "--on", "2022-08-26", env=day("2022-08-26"))
    run_e2e("note", "ezhou-2022-03", "方案已报市政府", "--on", "2022-08-30",
            env=day("2022-08-30"))
    out = run_e2e("digest", "--as-of", "2022-09-01", "--format", "text").out

    changes, corrections = section(out, "本期变更"), section(out, "记录更正")
    # by title, the id beside it
    assert "任务2（ezhou-2022-02）" in changes and "延期至 2022-11-30" in changes
    # corrections apart: a mistyped date and a title retyped are not changes of plan
    assert "更正期限为 2022-09-12" in corrections and "更正标题" in corrections
    assert "更正" not in changes and "ezhou-2022-06" not in changes
    # one count, the same thing in the summary and the heading: tasks changed
    counted = re.search(r"^本期变更（(\d+) 项任务）$", out, re.M)
    assert counted and f"有变更的任务 {counted.group(1)} 项" in out
    assert counted.group(1) == "2"  # ezhou-02 postponed, ezhou-03's notes
    assert re.search(r"^记录更正（2 项任务）$", out, re.M) and "另有 2 项任务更正了记录" in out

    # the newest note under the overdue task it belongs to, the older one not
    overdue = section(out, "逾期任务")
    lines = overdue.splitlines()
    at = next(k for k, line in enumerate(lines) if "ezhou-2022-03" in line)
    rest = lines[at + 1:]
    below = "".join(line.strip() for line in rest[:next(
        (k for k, line in enumerate(rest) if not line.startswith(" ")), len(rest))])
    assert below.startswith("└ 最新进展（2022-08-30") and "方案已报市政府" in below
    assert "已起草方案" not in overdue

    page = run_e2e("digest", "--as-of", "2022-09-01", "--format", "html").out
    assert '任务2 <small class="id">ezhou-2022-02</small>' in page
    assert 'class="below"' in page and "最新进展（2022-08-30" in page
    md = run_e2e("digest", "--as-of", "2022-09-01").out
    assert "## 本期变更（2 项任务）" in md and "## 记录更正（2 项任务）" in md


def test_digest_chart_counts_overdue_week_by_week_from_the_history(run_e2e, sample):
    # ezhou-03 (due 08-15) was late until it was postponed on 08-25; ezhou-01 late since
    # 09-01; gaoping-01 since 08-02; the task done on 08-19 before its date never was
    assert run_e2e("postpone", "ezhou-2022-03", "--to", "2022-12-31", "--why", "延期",
                   env=day("2022-08-25")).code == 0
    page = run_e2e("digest", "--as-of", "2022-09-01", "--format", "html").out
    svg = re.search(r"<svg.*?</svg>", page, re.S).group()
    weekly = {d: int(n) for d, n in re.findall(r"<title>(\S+)：逾期 (\d+) 项</title>", svg)}
    assert len(weekly) == 13 and min(weekly) == "2022-06-09" and max(weekly) == "2022-09-01"
    assert weekly["2022-07-28"] == 0 and weekly["2022-08-04"] == 1
    assert weekly["2022-08-11"] == 1 and weekly["2022-08-18"] == 2  # before the postponement
    assert weekly["2022-08-25"] == 1 and weekly["2022-09-01"] == 2
    assert "逾期 2 项（" in page  # the last week's bar is the digest's own count
    # inline and printable: no script, no remote font or image, fills kept on paper
    for remote in ("<script", "http", "url(", "@import", "<img"):
        assert remote not in page
    assert "print-color-adjust:exact" in page and "@page{size:A4" in page


def export_rows(run, tmp_path, name, *args):
    assert run("export", *args, "-o", name).code == 0
    book = openpyxl.load_workbook(tmp_path / name)
    return book, {row[ledger.COLUMNS.index("编号")].value: row
                  for sheet in book.worksheets if sheet.title != ledger.META_SHEET
                  for row in sheet.iter_rows(min_row=ledger.HEADER_ROW + 1)}


def cell(row, name):
    return row[ledger.COLUMNS.index(name)]


def test_reexport_carries_progress_original_date_and_postponements(run_e2e, run, sample,
                                                                     tmp_path):
    env = day("2022-08-20")
    run_e2e("postpone", "ezhou-2022-01", "--to", "2022-09-30", "--why", "一", env=env)
    run_e2e("postpone", "ezhou-2022-01", "--to", "2022-10-31", "--why", "二", env=env)
    run_e2e("edit", "ezhou-2022-02", "--due", "2022-11-15", "--why", "录入错误", env=env)
    run_e2e("note", "ezhou-2022-01", "方案初稿已完成", "--on", "2022-08-10", env=env)
    run_e2e("note", "ezhou-2022-01", "已报市政府审定", "--on", "2022-08-18", env=env)
    book, rows = export_rows(run, tmp_path, "edu.xlsx", "--dept", "鄂州市教育局")
    header = [c.value for c in book["ezhou-2022"][ledger.HEADER_ROW]]
    assert header.index("完成时限") < header.index("原定时限") < header.index("延期次数")
    first = rows["ezhou-2022-01"]
    assert cell(first, "进展情况").value == "已报市政府审定"  # the newest, to write over
    assert cell(first, "原定时限").value.date() == datetime.date(2022, 8, 31)
    assert cell(first, "延期次数").value == 2
    assert cell(first, "完成时限").value.date() == datetime.date(2022, 10, 31)
    second = rows["ezhou-2022-02"]  # a corrected date is no postponement
    assert cell(second, "延期次数").value == 0 and cell(second, "进展情况").value is None
    assert cell(second, "原定时限").value is None  # a date that never moved: no first date

    # sent back as it came: the progress it showed is not recorded again
    again = run("import", "edu.xlsx", "--format", "json").json()
    assert again["changes"] == [] and again["skipped"] == [] and not again["applied"]
    notes = run("show", "ezhou-2022-01", "--format", "json").json()["notes"]
    assert [n["text"] for n in notes] == ["方案初稿已完成", "已报市政府审定"]


def test_import_keeps_the_progress_of_a_row_whose_text_was_touched(run_e2e, run, sample,
                                                                     tmp_path):
    book, rows = export_rows(run, tmp_path, "edu.xlsx", "--dept", "鄂州市教育局")
    touched = rows["ezhou-2022-01"]
    cell(touched, "任务").value = "第1项任务的内容（已按我局意见修改）。"
    cell(touched, "进展情况").value = "已召开专题会议，方案报市政府"
    cell(touched, "是否办结").value = "是"
    book.save(tmp_path / "edu.xlsx")
    result = run_e2e("import", "edu.xlsx")
    assert result.code == 0, result.err
    task = run("show", "ezhou-2022-01", "--format", "json").json()
    assert [n["text"] for n in task["notes"]] == ["已召开专题会议，方案报市政府"]
    assert task["status"] == "open"  # the rest of the row waits for the coordinator
    reason = ("任务内容被改动（台账中的这些内容只能由督办人员修改）：进展情况已记入；"
              "状态、办结和完成时限未导入，请与督办人员联系")
    skipped = result.out.split("跳过", 1)[1]
    assert reason in "".join(line.split("  ")[-1].strip() for line in skipped.splitlines())
    # a row sent to another department is still refused whole, progress and all
    book, rows = export_rows(run, tmp_path, "hr.xlsx", "--dept", "鄂州市人社局")
    book[ledger.META_SHEET]["B2"] = "鄂州市教育局"
    cell(rows["ezhou-2022-01"], "进展情况").value = "不该记入的进展"
    book.save(tmp_path / "hr.xlsx")
    refused = run("import", "hr.xlsx", "--format", "json").json()
    assert "部门被改动" in refused["skipped"][0]["reason"] and refused["changes"] == []


def test_import_report_says_every_reason_and_date_whole(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        {"id": f"p-2022-0{n}", "seq": n, "title": f"任务{n}", "text": f"第{n}项。",
         "owners": ["市教育局"], "due": datetime.date(2022, 9, 30)} for n in (1, 2)]}])
    book, rows = export_rows(run, tmp_path, "edu.xlsx", "--dept", "市教育局")
    why = "因省级实施方案调整，须待省教育厅文件下发后再行部署，经市政府同意延至年底前完成"
    cell(rows["p-2022-01"], "完成时限").value = datetime.datetime(2022, 12, 31)
    cell(rows["p-2022-01"], "调整原因").value = why
    cell(rows["p-2022-02"], "完成时限").value = datetime.datetime(2023, 3, 31)
    book.save(tmp_path / "edu.xlsx")
    table = run("import", "edu.xlsx", "--dry-run")
    assert "…" not in table.out
    flat = "".join(table.out.split())
    assert f"延期至2022-12-31（{why}）" in flat  # wrapped in its column, never cut
    assert "完成时限改为2023-03-31，但没有写调整原因：这一项未延期" in flat
    report = run("import", "edu.xlsx", "--format", "json", "--dry-run").json()
    assert report["applied"] is False
    assert report["changes"] == [{"file": "edu.xlsx", "sheet": "p-2022", "row": 4,
                                  "task": "p-2022-01",
                                  "change": f"延期至 2022-12-31（{why}）"}]
    assert report["skipped"][0]["reason"] == \
        "完成时限改为 2023-03-31，但没有写调整原因：这一项未延期"
    done = run("import", "edu.xlsx", "--format", "json").json()
    assert done["applied"] is True and any("p-2022-01" in line for line in done["report"])
    assert run("show", "p-2022-01", "--format", "json").json()["due"] == "2022-12-31"
    assert json.loads(run("import", "edu.xlsx", "--format", "json").out)["changes"] == []
