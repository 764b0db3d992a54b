"""Division tables found and read by their shape: the same invented table written as pipes
(with empty rows), tabs, wide gaps of spaces, box drawing with cells wrapped mid-word, and a
cell a line gives the same tasks; columns are known by what their cells hold (units, deadlines,
progress), so that a header no list knows is still a table; a merged 序号 over two sub-rows is
one task with dated steps; a table of figures (指标 / 单位 / 目标值) gives no task."""
import datetime
from pathlib import Path

import pytest

from vtrack.extract import extract

# (title row, header, rows): invented tables, each with a different kind of header
DIVISION = ("2024年为民办实事项目分解表",
            ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            [["1", "新建城区公办幼儿园3所，新增学位1080个", "市教育局",
              "市财政局、市自然资源和规划局", "8月底前"],
             ["2", "改造老旧小区42个，惠及居民6800户", "市住房和城乡建设局", "各区人民政府",
              "11月底前"],
             ["3", "建设智慧停车泊位2000个，缓解中心城区停车难", "市城市管理局",
              "市公安局、市发展和改革委员会", "12月底前"]])
PROGRESS = ("2024年民生项目推进情况表",
            ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
            [["1", "新建城区公办幼儿园3所，新增学位1080个", "已完成主体工程，完成60%",
              "市教育局", ""],
             ["2", "改造老旧小区42个，惠及居民6800户", "正在进行外墙改造，完成45%",
              "市住房和城乡建设局", ""],
             ["3", "建设智慧停车泊位2000个，缓解中心城区停车难", "已完成选址，正在招标",
              "市城市管理局", "跨年度"]])
# a header of words no list knows: the cells alone say which column is which
UNKNOWN = ("2024年实事清单",
           ["No", "实事", "承接方", "办结"],
           [["1", "新建城区公办幼儿园3所，新增学位1080个", "市教育局、市财政局", "8月底前"],
            ["2", "改造老旧小区42个，惠及居民6800户", "市住房和城乡建设局", "11月底前"],
            ["3", "建设智慧停车泊位2000个，缓解中心城区停车难", "市城市管理局、市公安局",
             "12月底前"]])

TABLES = {"division": DIVISION, "progress": PROGRESS, "unknown": UNKNOWN}


def pipes(header, rows):
    blank = "|" + " |" * len(header)
    out = ["| " + " | ".join(header) + " |", blank]
    for row in rows:
        out += ["| " + " | ".join(row) + " |", blank]
    return out


def tabs(header, rows):
    return ["\t".join(cells) for cells in [header, *rows]]


def gaps(header, rows):
    # ASCII gaps of three spaces or more, or two full-width spaces
    return ["   ".join(header)] + ["\u3000\u3000".join(c for c in row if c) for row in rows]


def _wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def box(header, rows, width=7):
    """Drawn with box characters, each cell wrapped every `width` characters (mid-word)."""
    def rule(left, mid, right):
        return left + mid.join("─" * (width * 2 + 2) for _ in header) + right

    out = [rule("┌", "┬", "┐")]
    for k, cells in enumerate([header, *rows]):
        pieces = [_wrap(c, width) for c in cells]
        for n in range(max(len(p) for p in pieces)):
            out.append("│" + "│".join(" " + (p[n] if n < len(p) else "").ljust(width * 2)
                                      + " " for p in pieces) + "│")
        out.append(rule("├", "┼", "┤") if k < len(rows) else rule("└", "┴", "┘"))
    return out


def box_open(header, rows, width=7):
    """Drawn with rules only around the header and at the bottom: a row's wrapped lines
    follow its numbered first line."""
    drawn = box(header, rows, width)
    return [line for k, line in enumerate(drawn)
            if not line.startswith("├") or k == drawn.index(next(x for x in drawn
                                                                  if x.startswith("├")))]


def markdown(header, rows):
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + \
        ["| " + " | ".join(row) + " |" for row in rows]


def per_cell(header, rows):
    return [*header] + [c for row in rows for c in row if c]


FORMS = {"pipes": pipes, "tabs": tabs, "gaps": gaps, "box": box, "box_open": box_open,
         "markdown": markdown, "per_cell": per_cell}


def write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan_with(table, form):
    title, header, rows = table
    return ["某某市人民政府办公室关于印发为民办实事方案的通知", "", "附件", title,
            *FORMS[form](header, rows), "", "抄送：市委办公室"]


def summary(plan):
    return [(t.seq, t.title, t.owners, t.lead, t.due, t.ongoing) for t in plan.tasks]


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_form_of_a_table_gives_the_same_tasks(tmp_path, kind):
    got = {}
    for form in FORMS:
        plan, report = extract(write(tmp_path, f"{kind}-{form}.txt",
                                     plan_with(TABLES[kind], form)), "p")
        assert "分工表" in report[0], (form, report[0])
        got[form] = summary(plan)
    first = got["pipes"]
    for form, tasks in got.items():
        assert tasks == first, form
    assert [seq for seq, *_ in first] == [1, 2, 3]
    # the longest column is the task, never the progress or the units
    assert [title for _, title, *_ in first] == [
        "新建城区公办幼儿园3所，新增学位1080个", "改造老旧小区42个，惠及居民6800户",
        "建设智慧停车泊位2000个，缓解中心城区停车难"]


def test_columns_by_their_cells(tmp_path):
    plan, _ = extract(write(tmp_path, "d.txt", plan_with(DIVISION, "box")), "p")
    one, two, three = plan.tasks
    # a wrapped unit name is whole again, and the year comes from the table's title row
    assert one.owners == ["市教育局", "市财政局", "市自然资源和规划局"]
    assert three.owners == ["市城市管理局", "市公安局", "市发展和改革委员会"]
    assert two.owners == ["市住房和城乡建设局", "各区人民政府"]
    assert [t.due for t in plan.tasks] == [datetime.date(2024, 8, 31),
                                          datetime.date(2024, 11, 30),
                                          datetime.date(2024, 12, 31)]
    plan, _ = extract(write(tmp_path, "p.txt", plan_with(PROGRESS, "pipes")), "p")
    assert [t.owners for t in plan.tasks] == [["市教育局"], ["市住房和城乡建设局"],
                                              ["市城市管理局"]]
    assert all("完成" not in t.title for t in plan.tasks[:2])  # progress is not the task
    plan, _ = extract(write(tmp_path, "u.txt", plan_with(UNKNOWN, "tabs")), "p")
    assert plan.tasks[0].owners == ["市教育局", "市财政局"]
    assert plan.tasks[2].due == datetime.date(2024, 12, 31)


def test_units_each_on_a_line_of_a_drawn_cell_stay_apart(tmp_path):
    lines = ["2023年重点工作任务分解表",
             "┌──────┬────────────────┬────────────┬──────────┐",
             "│ 序号 │ 重点工作       │ 责任部门   │ 时间节点 │",
             "├──────┼────────────────┼────────────┼──────────┤",
             "│ 1    │ 推进城乡供水一 │ 县水利局   │ 6月底前  │",
             "│      │ 体化建设，新建 │ 县财政局   │          │",
             "│      │ 水厂2座        │            │          │",
             "├──────┼────────────────┼────────────┼──────────┤",
             "│ 2    │ 完成农村公路提 │ 县交通运输 │ 9月底前  │",
             "│      │ 质改造80公里   │ 局         │          │",
             "└──────┴────────────────┴────────────┴──────────┘"]
    plan, _ = extract(write(tmp_path, "b.txt", lines), "p")
    one, two = plan.tasks
    assert one.title == "推进城乡供水一体化建设，新建水厂2座"
    assert one.owners == ["县水利局", "县财政局"]
    assert two.owners == ["县交通运输局"]
    assert (one.due, two.due) == (datetime.date(2023, 6, 30), datetime.date(2023, 9, 30))


def test_a_merged_number_is_one_task_with_dated_steps(tmp_path):
    # a .docx or .xlsx reader repeats a merged cell's value in each row it spans
    lines = ["某区2024年重点项目推进计划", "",
             "| 序号 | 工作任务 | 阶段目标 | 完成时限 | 责任单位 |",
             "| 1 | 建设区级养老服务中心 | 完成选址和立项 | 2024年3月底前 | 区民政局 |",
             "| 1 | 建设区级养老服务中心 | 主体工程竣工 | 2024年9月底前 | 区民政局 |",
             "| 2 | 新增社区食堂10个 | 建成投用 | 2024年12月底前 | 区民政局、各街道办事处 |"]
    plan, _ = extract(write(tmp_path, "m.txt", lines), "p")
    assert [t.seq for t in plan.tasks] == [1, 2]
    one = plan.tasks[0]
    assert one.title != "1" and "养老服务中心" in one.title
    assert [m.due for m in one.milestones] == [datetime.date(2024, 3, 31),
                                               datetime.date(2024, 9, 30)]
    assert one.due == datetime.date(2024, 9, 30)
    assert plan.tasks[1].owners == ["区民政局", "各街道办事处"]


def test_a_table_of_figures_gives_no_task(tmp_path):
    lines = ["某市2024年经济社会发展主要目标实施方案", "发布日期：2024年2月1日",
             "一、主要指标", "",
             "| 序号 | 指标名称 | 单位 | 基期值 | 目标值 |",
             "| 1 | 地区生产总值增速 | % | 5.2 | 6 |",
             "| 2 | 一般公共预算收入 | 亿元 | 120 | 130 |",
             "| 3 | 常住人口城镇化率 | % | 61.2 | 63 |",
             "| 4 | 新增城镇就业人数 | 万人 | 4.1 | 4.5 |",
             "",
             "二、重点任务",
             "（一）扩大有效投资。全年实施重点项目200个，6月底前开工率达到80%。（市发展改革委负责）",
             "（二）促进消费回升。举办促消费活动50场以上。（市商务局负责）"]
    plan, report = extract(write(tmp_path, "f.txt", lines), "p")
    assert "正文编号" in report[0]
    assert [t.owners for t in plan.tasks] == [["市发展改革委"], ["市商务局"]]


def test_wrapped_rows_group_rows_and_a_repeated_header(tmp_path):
    lines = ["2024年重点民生事项清单",
             "| 序号 | 事项 | 主办 | 时间 |",
             "| 一、教育 | | | |",
             "| 1 | 新建城区公办幼儿园3所，新增 | 市教育局、市 | 8月底前 |",
             "| | 学位1080个 | 财政局 | |",
             "| 序号 | 事项 | 主办 | 时间 |",  # the header again, on a new page
             "| 二、住房 | | | |",
             "| 2 | 改造老旧小区42个，惠及居民6800户 | 市住房和城乡建设局 | 11月底前 |"]
    plan, report = extract(write(tmp_path, "w.txt", lines), "p")
    assert "分工表" in report[0]
    one, two = plan.tasks
    assert one.title == "新建城区公办幼儿园3所，新增学位1080个"
    assert one.owners == ["市教育局", "市财政局"]
    assert (one.section, two.section) == ("一、教育", "二、住房")
    assert two.due == datetime.date(2024, 11, 30)


def test_a_table_of_figures_without_numbers_in_its_header_words(tmp_path):
    # header words a task table could have (项目, 单位); the cells are figures all the same
    lines = ["某县2023年重点工作方案", "发布日期：2023年3月1日",
             "| 序号 | 项目 | 单位 | 2022年 | 2023年目标 |",
             "| 1 | 新增城镇就业人数 | 万人 | 1.2 | 1.3 |",
             "| 2 | 城镇居民人均可支配收入增长 | % | 5 | 6 |",
             "| 3 | 新增市场主体 | 户 | 3000 | 3500 |",
             "一、抓好稳岗就业。6月底前开展招聘活动20场。（县人社局负责）"]
    plan, report = extract(write(tmp_path, "g.txt", lines), "p")
    assert "正文编号" in report[0]
    assert [t.owners for t in plan.tasks] == [["县人社局"]]


def test_the_installed_command_reads_a_drawn_table(run, tmp_path):
    import yaml

    write(tmp_path, "drawn.txt", plan_with(UNKNOWN, "box"))
    result = run("extract", "drawn.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    assert "分工表，3 项任务" in result.out + result.err
    tasks = yaml.safe_load((tmp_path / "out.yaml").read_text("utf-8"))["plans"][0]["tasks"]
    assert [t["owners"] for t in tasks] == [["市教育局", "市财政局"], ["市住房和城乡建设局"],
                                            ["市城市管理局", "市公安局"]]
    assert [t["due"] for t in tasks] == [datetime.date(2024, 8, 31),
                                         datetime.date(2024, 11, 30),
                                         datetime.date(2024, 12, 31)]


def test_a_merged_number_under_a_merged_category_column(tmp_path):
    # the category column merged down too: its text repeats in each sub-row, before the 序号
    lines = ["| 类别 | 序号 | 任务 | 节点 | 牵头单位 |",
             "| 一、教育 | 1 | 建设区级职业教育实训基地 | 2025年3月底前完成立项 | 区教育局 |",
             "| 一、教育 | 1 | 建设区级职业教育实训基地 | 2025年10月底前建成投用 | 区教育局 |",
             "| 一、教育 | 2 | 新增普惠性托位600个 | 2025年12月底前 | 区卫生健康局 |"]
    plan, _ = extract(write(tmp_path, "c.txt", lines), "p")
    assert [t.seq for t in plan.tasks] == [1, 2]
    assert [m.due for m in plan.tasks[0].milestones] == [datetime.date(2025, 3, 31),
                                                         datetime.date(2025, 10, 31)]
    assert plan.tasks[0].section == "一、教育"


def test_the_title_rows_year_over_the_issue_dates(tmp_path):
    # signed in December for the next year's work: 6月底前 is in the table's year
    lines = ["某县人民政府办公室关于印发重点工作任务的通知", "发布日期：2022年12月20日",
             "附件", "2023年重点工作任务分解表",
             "| 序号 | 工作内容 | 责任单位 | 完成时间 |",
             "| 1 | 完成县城污水管网改造12公里 | 县住房和城乡建设局 | 6月底前 |",
             "| 2 | 新建村级养老服务站15个 | 县民政局 | 持续推进 |"]
    plan, _ = extract(write(tmp_path, "y.txt", lines), "p")
    assert plan.issued == datetime.date(2022, 12, 20)
    one, two = plan.tasks
    assert one.due == datetime.date(2023, 6, 30)
    assert two.ongoing and two.due is None


def test_a_table_without_numbers_is_a_row_a_line(tmp_path):
    lines = ["某区2024年营商环境重点任务清单",
             "| 工作任务 | 责任单位 | 完成时限 |",
             "| 推行企业开办一网通办，压缩办理时间至1个工作日 | 区市场监管局 | 6月底前 |",
             "| 二、要素保障 | | |",
             "| 建立重点项目用地保障清单 | 区自然资源局、区发展改革局 | 持续推进 |"]
    plan, report = extract(write(tmp_path, "n.txt", lines), "p")
    assert "分工表" in report[0]
    assert [t.seq for t in plan.tasks] == [1, 2]
    assert plan.tasks[1].owners == ["区自然资源局", "区发展改革局"]
    assert plan.tasks[1].section == "二、要素保障"
    assert plan.tasks[0].due == datetime.date(2024, 6, 30)


def test_a_cell_a_line_with_an_unknown_column_and_a_section_row(tmp_path):
    lines = ["2024年重点任务推进表", "序号", "工作任务", "责任单位", "当前进度", "完成时限",
             "一、城市更新", "1", "改造老旧小区42个，惠及居民6800户", "市住房和城乡建设局",
             "已完成32个，完成76%", "11月底前",
             "2", "新建口袋公园20个，打造15分钟健身圈", "市城市管理局、市体育局",
             "正在施工，完成40%", "12月底前"]
    plan, report = extract(write(tmp_path, "s.txt", lines), "p")
    assert "分工表" in report[0]
    one, two = plan.tasks
    assert one.section == two.section == "一、城市更新"
    assert one.title == "改造老旧小区42个，惠及居民6800户"
    assert two.owners == ["市城市管理局", "市体育局"]
    assert (one.due, two.due) == (datetime.date(2024, 11, 30), datetime.date(2024, 12, 31))


def test_people_and_short_deadlines_are_told_apart_by_their_cells(tmp_path):
    # header words no list knows; 王强 is a person (a leader), 长期 and 第三季度 are deadlines
    lines = ["2024年为民实事清单",
             "| 序号 | 实事 | 包保 | 承办 | 时序 |",
             "| 1 | 新建城区公办幼儿园3所，新增学位1080个 | 王强 | 市教育局 | 第三季度 |",
             "| 2 | 改造老旧小区42个，惠及居民6800户 | 李明 | 市住房和城乡建设局 | 长期 |",
             "| 3 | 建设智慧停车泊位2000个 | 张伟 | 市城市管理局、市公安局 | 持续推进 |"]
    plan, report = extract(write(tmp_path, "l.txt", lines), "p")
    assert "分工表" in report[0]
    assert [t.owners for t in plan.tasks] == [["市教育局"], ["市住房和城乡建设局"],
                                              ["市城市管理局", "市公安局"]]
    assert plan.tasks[0].due == datetime.date(2024, 9, 30)
    assert plan.tasks[1].ongoing and plan.tasks[2].ongoing


def test_an_unnumbered_table_of_figures_gives_no_task(tmp_path):
    lines = ["某市“十四五”数字经济发展规划", "发布日期：2022年4月1日",
             "| 主要指标 | 单位 | 2020年 | 2025年目标 |",
             "| 数字经济核心产业增加值占GDP比重 | % | 6.1 | 10 |",
             "| 5G基站数 | 个 | 1200 | 6000 |",
             "| 千兆宽带用户数 | 万户 | 8 | 30 |",
             "一、加快数字基础设施建设。2023年底前建成5G基站3000个。（市工业和信息化局负责）",
             "二、推动产业数字化转型。每年培育数字化车间10个。（市经济和信息化局负责）"]
    plan, report = extract(write(tmp_path, "u.txt", lines), "p")
    assert "正文编号" in report[0]
    assert len(plan.tasks) == 2


def test_a_merged_number_in_a_word_table(tmp_path):
    """A real .docx whose 序号 and task cells are merged down over two sub-rows (vMerge):
    one task, its sub-rows' dates its steps."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import extract_scale as x

    rows = [("1", "restart", "建设区级养老服务中心", "完成选址和立项", "2024年3月底前", "区民政局"),
            ("1", "continue", "建设区级养老服务中心", "主体工程竣工", "2024年9月底前", "区民政局"),
            ("2", "restart", "新增社区食堂10个", "建成投用", "2024年12月底前", "区民政局")]
    body = [x._p("某区2024年重点项目推进计划"), "<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 5
            + "</w:tblGrid>", "<w:tr>" + "".join(x._tc(h) for h in
                                                 ["序号", "工作任务", "阶段目标", "完成时限",
                                                  "责任单位"]) + "</w:tr>"]
    for seq, merge, task, step, due, unit in rows:
        body.append("<w:tr>" + x._tc(seq if merge == "restart" else "", merge)
                    + x._tc(task if merge == "restart" else "", merge) + x._tc(step)
                    + x._tc(due) + x._tc(unit) + "</w:tr>")
    body.append("</w:tbl><w:sectPr/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {x._W}><w:body>{"".join(body)}</w:body></w:document>')
    path = tmp_path / "merged.docx"
    path.write_bytes(x._package({"word/document.xml": document}, x._DOCX_PARTS))
    plan, _ = extract(path, "p")
    assert [t.seq for t in plan.tasks] == [1, 2]
    assert plan.tasks[0].title != "1"
    assert [m.due for m in plan.tasks[0].milestones] == [datetime.date(2024, 3, 31),
                                                         datetime.date(2024, 9, 30)]
