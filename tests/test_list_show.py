import csv
import io

from wcwidth import wcswidth

from conftest import task, write_tasks


def ids(result):
    return [t["id"] for t in result.json()]


def test_list_shows_open_tasks_in_file_order_and_all_adds_closed(run, sample):
    open_ids = ids(run("list", "--format", "json"))
    assert "ezhou-2022-04" not in open_ids and "ezhou-2022-07" not in open_ids
    all_ids = ids(run("list", "--all", "--format", "json"))
    assert all_ids == [f"ezhou-2022-{n:02d}" for n in range(1, 8)] + \
        ["gaoping-2021-01", "gaoping-2021-02"]
    assert open_ids == [i for i in all_ids if i not in ("ezhou-2022-04", "ezhou-2022-07")]


def test_list_filters(run, sample):
    assert ids(run("list", "--status", "done", "--format", "json")) == ["ezhou-2022-04"]
    assert ids(run("list", "--status", "done", "--status", "cancelled", "--format", "json")) \
        == ["ezhou-2022-04", "ezhou-2022-07"]
    assert ids(run("list", "--lead", "市财政局", "--format", "json")) == ["ezhou-2022-03"]
    # 人社局 co-owns 03 (the lead is 市财政局) and leads gaoping-2021-02 through an alias
    assert ids(run("list", "--lead", "人社局", "--format", "json")) == ["gaoping-2021-02"]
    assert ids(run("list", "--grep", "第6项", "--format", "json")) == ["ezhou-2022-06"]
    assert ids(run("list", "--plan", "gaoping-2021", "--dept", "市教育局", "--format", "json")) \
        == ["gaoping-2021-01"]


def test_show_prints_every_field_with_roles(run, sample):
    result = run("show", "ezhou-2022-03")
    assert result.code == 0
    assert "人社局（配合）" in result.out and "市财政局（牵头）" in result.out
    assert "2022-08-15（逾期 17 天）" in result.out
    data = run("show", "ezhou-2022-03", "--format", "json").json()
    assert data["lead"] == ["市财政局"] and data["days_overdue"] == 17


def test_unknown_task_id_suggests_the_nearest(run, sample):
    result = run("show", "ezhou-2022-8")
    assert result.code == 1
    assert result.err.startswith("vtrack: 没有任务 ezhou-2022-8")
    assert "是不是" in result.err and "ezhou-2022-0" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_missing_tasks_file_says_where_it_looked_and_what_to_do(run, tmp_path):
    result = run("due")
    assert result.code == 1
    assert "tasks.yaml" in result.err and "--tasks" in result.err and "extract" in result.err
    result = run("due", env={"VTRACK_TASKS": str(tmp_path / "elsewhere.yaml")})
    assert result.code == 1 and "elsewhere.yaml" in result.err


def test_tasks_and_db_paths_from_options_and_environment(run, sample, tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    assert run("--tasks", str(sample), "list", cwd=sub).code == 0
    assert (tmp_path / ".vtrack.db").exists()  # beside the task file, not in the cwd
    db = tmp_path / "cache.sqlite"
    assert run("list", env={"VTRACK_DB": str(db)}).code == 0 and db.exists()


def table_rows(out):
    return [line for line in out.splitlines() if line and not set(line) <= {"-", " "}]


def test_table_columns_line_up_by_display_width(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市自然资源和规划局", "市教育局"], "2022-09-02", title="短"),
        task("p-2022", 2, ["团市委"], "2022-09-03", title="ASCII only title"),
        task("p-2022", 3, ["市教育局"], "2022-09-04",
             title="一个非常非常长的任务标题，长到表格里放不下，必须截断并加上省略号才行啊"),
    ]}])
    lines = table_rows(run("list").out)
    assert len(lines) == 4
    # the 任务 column starts at the same display column on every line
    starts = set()
    for line in lines:
        cut_at = line.index("短") if "短" in line else line.index("ASCII") if "ASCII" in line \
            else line.index("一个") if "一个" in line else line.index("任务")
        starts.add(wcswidth(line[:cut_at]))
    assert len(starts) == 1, lines
    long_line = [line for line in lines if "一个" in line][0]
    assert long_line.endswith("…") and "-" not in long_line.split("一个")[1]


def test_markdown_and_csv(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市教育局"], "2022-09-02", title="=HYPERLINK(\"http://x\")|a"),
    ]}])
    md = run("list", "--format", "markdown").out.splitlines()
    assert md[0].startswith("| 灯 ") and "| 编号" in md[0] and md[1].startswith("|:--")
    assert "\\|a" in md[2] and md[2].startswith("| 黄 ")  # due tomorrow: within 7 days
    rows = list(csv.DictReader(io.StringIO(run("list", "--format", "csv").out)))
    assert rows[0]["任务"] == "'=HYPERLINK(\"http://x\")|a"
    assert rows[0]["责任单位"] == "市教育局" and rows[0]["截止日期"] == "2022-09-02"


def test_control_characters_never_reach_the_terminal(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市教育局"], "2022-09-02", title="坏\x1b[2J任务"),
    ]}])
    out = run("list").out
    assert "\x1b" not in out and "坏 [2J任务" in out


def test_version_and_help(run):
    assert run("--version").out.startswith("vtrack, version")
    result = run("--help")
    assert result.code == 0 and "due" in result.out and "check" in result.out
    assert run("nosuchcommand").code == 2


def test_tables_are_drawn_as_tabulate_draws_them():
    """vtrack draws its own tables (importing tabulate cost 60 ms a command): byte for byte
    tabulate's "simple" and "pipe" layouts, Chinese text, colour and blank cells included."""
    import random

    from tabulate import tabulate

    from vtrack.outputs.text import table
    rng = random.Random(7)
    words = ["", "a", "市教育局", "demo-2026-01", "“十四五”期间", "持续推进", "54", "█▍",
             "\x1b[31m红\x1b[0m", "市人社局、市财政局", "x  y", "（牵头）", "，", "逾期天数"]
    for _ in range(300):
        width = rng.randint(1, 6)
        headers = [rng.choice(words[1:]) for _ in range(width)]
        align = [rng.choice(["left", "right"]) for _ in range(width)]
        cells = [[rng.choice(words) for _ in range(width)] for _ in range(rng.randint(0, 5))]
        for markdown, fmt in ((False, "simple"), (True, "pipe")):
            assert table(cells, headers, align, markdown) == tabulate(
                cells, headers, tablefmt=fmt, disable_numparse=True, colalign=align), \
                (cells, headers, align, fmt)


def test_help_and_errors_speak_chinese(run, sample):
    """Text for people follows the data's language: every command's help and every option's,
    click's own words, and the errors."""
    import re

    from vtrack.cli import cli
    han = re.compile(r"[\u4e00-\u9fff]")
    for name, command in cli.commands.items():
        assert han.search(command.help or ""), name
        for param in command.params:
            if getattr(param, "help", None) is not None:
                assert han.search(param.help), f"{name} {param.name}"
    shown = run("due", "--help").out
    assert shown.startswith("用法: vtrack due") and "选项:" in shown and "显示本帮助并退出" in shown
    bad = run("due", "--within", "soon")
    assert bad.code == 2 and "错误：" in bad.err and "不是有效的整数" in bad.err
    assert "没有部门" in run("due", "--dept", "没有这个局").err
    assert "不是任务状态" in run("status", "finished", "ezhou-2022-01").err


def test_a_row_s_colour_goes_on_all_its_wrapped_lines_and_on_no_other_row():
    from vtrack.outputs.text import Column, listing
    columns = [Column("编号", lambda t: t), Column("原因", lambda t: t, wrap=10)]
    rows = [["a-01", "截止日期取自正文，请核对"], ["a-02", "计划未写完成时限"],
            ["a-03", "截止日期取自正文，请核对"]]
    out = listing(rows, columns, "table", styles={(0, None): "red", (2, None): "red"})
    lines = out.split("\n")[2:]
    red = ["\x1b[31m" in line for line in lines]
    # a-01 and a-03 take three lines each, a-02 two: only the lines of a-01 and a-03 are red
    assert [line.split()[0].replace("\x1b[31m", "").replace("\x1b[0m", "")
            for line in lines if not line.startswith(" ")] == ["a-01", "a-02", "a-03"]
    starts = [k for k, line in enumerate(lines) if not line.startswith(" ")]
    ends = starts[1:] + [len(lines)]
    assert [all(red[a:b]) for a, b in zip(starts, ends, strict=True)] == [True, False, True]
    assert not any(red[starts[1]:ends[1]])


def test_a_narrow_terminal_drops_the_light_before_it_cuts_the_task_to_a_stub():
    from vtrack.outputs.text import TASK_COLUMNS, display_width, listing
    columns = [TASK_COLUMNS[c] for c in ("light", "id", "due", "days_overdue", "owners",
                                         "title")]
    rows = [["红", "beiling-blzdrwfj-2025-2-03", "2025-06-30", 1,
             "市数据局、中国移动北岭分公司、中国电信北岭分公司", "加快新型基础设施建设"]]
    narrow = listing(rows, columns, "table", width=80)
    assert max(display_width(line) for line in narrow.splitlines()) <= 80
    assert "灯" not in narrow and "逾期天数" not in narrow
    assert "加快新型基础设施" in narrow  # eight characters of the task, not four
    # wide enough, nothing is left out
    assert "灯" in listing(rows, columns, "table", width=140)
