"""vtrack workload and vtrack digest agree with due and list, to the task."""
import datetime
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
EXPECTED = Path(__file__).parent / "expected"
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

AS_OF = datetime.date(2026, 11, 22)


def recompute(tasks, as_of, registry, city):
    """Workload from `vtrack list --all --format json`, the way a person would count: the
    city's own units (市教育局) by their full names (鄂州市教育局)."""
    canonical = {a: name for name, aliases in registry.items() for a in aliases}

    def department(owner):
        name = canonical.get(owner, owner)
        return city + name[1:] if name.startswith("市") and not name.startswith("市场") else name
    rows = {}
    for task in tasks:
        due = datetime.date.fromisoformat(task["due"]) if task["due"] else None
        first = task["due_original"] or task["due"]
        first = datetime.date.fromisoformat(first) if first else None
        is_open = task["status"] in ("open", "in_progress")
        for owner in task["owners"]:
            row = rows.setdefault(department(owner), dict.fromkeys(
                ("tasks", "lead", "co", "open", "overdue", "due_30d", "done",
                 "done_on_time"), 0))
            row["tasks"] += 1
            row["lead" if owner in task["lead"] else "co"] += 1
            row["open"] += is_open
            row["overdue"] += bool(is_open and due and due < as_of)
            row["due_30d"] += bool(is_open and due and
                                   as_of <= due <= as_of + datetime.timedelta(days=30))
            if task["status"] == "done":
                row["done"] += 1
                row["done_on_time"] += first is None or \
                    datetime.date.fromisoformat(task["done_on"]) <= first
    return rows


def test_workload_agrees_with_list_on_a_generated_file(run, tmp_path):
    (tmp_path / "tasks.yaml").write_text(generate(600, AS_OF), encoding="utf-8")
    tasks = run("list", "--all", "--format", "json").json()
    expected = recompute(tasks, AS_OF, {"市人社局": ["市人力资源和社会保障局", "人社局"],
                                        "市发改委": ["市发展和改革委员会"]}, "鄂州市")
    got = run("workload", "--as-of", str(AS_OF), "--format", "json").json()
    assert {row["department"] for row in got} == set(expected)
    for row in got:
        want = expected[row["department"]]
        assert {k: row[k] for k in want} == want, row["department"]
        assert row["done_rate"] == pytest.approx(want["done"] / want["tasks"])
        assert row["on_time_rate"] == (pytest.approx(want["done_on_time"] / want["done"])
                                       if want["done"] else None)
    keys = [(-r["overdue"], -r["open"]) for r in got]
    assert keys == sorted(keys)
    # and with due: the overdue counts are the owners of what `due` lists as late
    late = [t for t in run("due", "--as-of", str(AS_OF), "--within", "0",
                           "--format", "json").json() if t["days_overdue"] > 0]
    assert sum(r["overdue"] for r in got) == sum(len(t["owners"]) for t in late)


def test_workload_roles_and_filters(run, sample):
    lead = run("workload", "--role", "lead", "--format", "json").json()
    co = run("workload", "--role", "co", "--format", "json").json()
    both = {r["department"]: r["tasks"] for r in run("workload", "--format", "json").json()}
    summed = {}
    for row in lead + co:
        summed[row["department"]] = summed.get(row["department"], 0) + row["tasks"]
    assert summed == both
    # an alias without a place finds each place's bureau of that name, counted apart
    one = run("workload", "--dept", "人社局", "--format", "json").json()
    assert sorted(r["department"] for r in one) == ["鄂州市人社局", "高平市人社局"]
    assert run("workload", "--dept", "高平市人社局", "--format", "json").json()[0]["tasks"] == 1
    table = run("workload").out
    assert "办结率" in table and "█" in table


@pytest.mark.parametrize("fmt, ext", [("markdown", "md"), ("text", "txt"), ("html", "html")])
def test_digest_of_a_fixed_file_matches_the_expected_output(run, tmp_path, fmt, ext):
    (tmp_path / "tasks.yaml").write_bytes((DATA / "digest-tasks.yaml").read_bytes())
    result = run("digest", "--as-of", "2026-11-23", "--format", fmt)
    assert result.code == 0, result.err
    expected = EXPECTED / f"digest.{ext}"
    if os.environ.get("VTRACK_UPDATE_EXPECTED"):  # after reading the new output yourself
        expected.write_text(result.out, encoding="utf-8")
    assert result.out == expected.read_text(encoding="utf-8")
    assert run("digest", "--as-of", "2026-11-23", "--format", fmt).out == result.out


def test_digest_sections_follow_the_records(run, tmp_path):
    (tmp_path / "tasks.yaml").write_bytes((DATA / "digest-tasks.yaml").read_bytes())
    out = run("digest", "--as-of", "2026-11-23", "--format", "text").out
    sections = dict(re.findall(r"^(\S+?)（(\d+)(?: 项任务)?）$", out, re.M))
    assert sections["逾期任务"] == "2"  # demo-01 late since 11-19 (new), demo-02 long late
    assert re.search(r"demo-2026-01 .* 新 ", out) and not re.search(r"demo-2026-02 .* 新 ", out)
    assert sections["本期办结"] == "1"  # demo-04 on 11-20; demo-06 was done before the period
    # five tasks changed (a note among them), counted alike in the summary and the heading;
    # demo-02's corrected date is apart, not a change
    assert sections["本期变更"] == "5" and "有变更的任务 5 项" in out
    assert sections["记录更正"] == "1" and "另有 1 项任务更正了记录" in out
    assert "市政府同意延期" in out and "已召开推进会" in out
    # in Chinese, as a leader reads it: no field names
    assert "延期至 2026-12-01" in out and "办结" in out and "改由市工信局负责" in out
    assert "owners:" not in out and "status:" not in out and "due:" not in out
    assert "某市职业教育提质行动方案" in out and sections["涉及的计划"] == "1"
    assert re.search(r"全部 7 项任务已办结 2 项，办结率 29%", out)
    dept = run("digest", "--as-of", "2026-11-23", "--dept", "人社局", "--format", "text").out
    assert "demo-2026-03" not in dept and "demo-2026-02" in dept
    assert run("digest", "--as-of", "2026-11-23", "--fail-on-overdue").code == 3
    assert run("digest", "--as-of", "2026-09-01", "--fail-on-overdue").code == 0


def test_out_dir_file_names_are_safe(run, tmp_path):
    from conftest import task, write_tasks
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2026", "title": "方案", "tasks": [
        task("p-2026", 1, ["../x", ".a/b", "市教育局"], "2026-11-01"),
        task("p-2026", 2, ["x", "总览"], "2026-11-01")]}])
    out = tmp_path / "OUT"
    assert run("digest", "--as-of", "2026-11-23", "--out-dir", str(out)).code == 0
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 6  # the overview and five departments, none overwriting another
    assert all(not n.startswith(".") and "/" not in n for n in names)
    assert not (tmp_path / "x.md").exists() and not list(tmp_path.glob("*.md"))
    again = tmp_path / "AGAIN"
    run("digest", "--as-of", "2026-11-23", "--out-dir", str(again))
    assert sorted(p.name for p in again.iterdir()) == names  # stable from week to week


def test_shipped_file_digest_per_department_agrees_with_workload(run, tmp_path):
    (tmp_path / "tasks.yaml").write_bytes((ROOT / "tasks.yaml").read_bytes())
    out = tmp_path / "OUT"
    assert run("digest", "--as-of", "2026-11-23", "--format", "html", "--out-dir",
               str(out)).code == 0
    workload = run("workload", "--as-of", "2026-11-23", "--format", "json").json()
    files = {p.stem: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert len(files) == len(workload) + 1 and "总览" in files
    for row in workload:
        page = files[row["department"]]
        assert f"逾期 {row['overdue']} 项" in page, row["department"]
        assert "<script" not in page and "src=" not in page and "http" not in page
        assert "@import" not in page and "url(" not in page
    from wcwidth import wcswidth  # the text digest wraps long cells to a page's width
    text = run("digest", "--as-of", "2026-11-23", "--format", "text").out
    assert max(wcswidth(line) for line in text.splitlines()) <= 100


def test_a_bulk_change_is_one_row_and_titles_are_whole(run, tmp_path):
    from conftest import task, write_tasks
    long_title = "建立由发展改革部门牵头、教育等部门密切配合、行业组织积极参与的产教融合推进机制"
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2026", "title": "方案",
                                           "doc_no": "某发〔2026〕1号", "tasks": [
        task("p-2026", n, ["市经信局", "市教育局"], "2026-12-01", title=long_title)
        for n in range(1, 15)]}])
    run("reassign", "--dept", "市经信局", "--to", "市工信局", "--new-dept", "--why", "机构改革",
        env={"VTRACK_TODAY": "2026-11-20"})
    for fmt in ("text", "markdown", "html"):
        out = run("digest", "--as-of", "2026-11-23", "--format", fmt).out
        assert out.count("改由市工信局负责") == 1, fmt  # fourteen tasks, one row
        assert "14 项：" in out and "p-2026-14" in out and "某发〔2026〕1号" in out
        assert "p-2026-01" in out
    html = run("digest", "--as-of", "2026-11-23", "--format", "html").out
    assert long_title in html and "@page{size:A4" in html and "<thead>" in html
    text = run("digest", "--as-of", "2026-11-23", "--format", "text").out
    assert "行业组织积极参与的" in text and "推进机制" in text  # wrapped, not cut off
