"""The layout registry (vtrack/extract/layouts/) and the labelled-blocks layout.

A plan's layout is chosen by what each layout recognises in it; a new layout is one module.
The labelled blocks here are invented in several variants (other labels, numbered or not,
values on the label's line or below it), so that the rule reads the shape, not one file."""
import datetime

import pytest

from vtrack.extract import extract
from vtrack.extract.formats import read_lines
from vtrack.extract.layouts import LAYOUTS, Doc, Found, read as read_layouts

D = datetime.date


def extracted(tmp_path, text, name="plan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan, report = extract(path, "p")
    return plan.tasks, report


def doc_of(tmp_path, text):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return Doc.read(path, read_lines(path))


# -- the registry ---------------------------------------------------------------------------

def test_every_layout_has_a_chinese_name_and_both_methods():
    names = [layout.name for layout in LAYOUTS]
    assert len(set(names)) == len(names)
    assert {"分工表", "正文编号", "标签分块"} <= set(names)
    for layout in LAYOUTS:
        assert callable(layout.recognise) and callable(layout.read)


class _Never:
    name = "从不"

    def recognise(self, doc):
        return None

    def read(self, doc):
        raise AssertionError("a layout that does not recognise the document is not read")


class _Empty:
    name = "空"

    def recognise(self, doc):
        return 1.0

    def read(self, doc):
        return []


class _Fallback:
    name = "后备"

    def recognise(self, doc):
        return 0.1

    def read(self, doc):
        from vtrack.extract.tasks import make_task
        task, doubts = make_task(1, "做一件事。", ["市教育局"], None, doc.issued)
        return [Found(task, doubts)]


def test_the_best_recogniser_that_gives_tasks_wins_else_the_next(tmp_path):
    doc = doc_of(tmp_path, "某市工作方案\n一、做一件事。\n")
    layout, tasks = read_layouts(doc, [_Never(), _Empty(), _Fallback()])
    assert layout.name == "后备" and tasks[0].task.owners == ["市教育局"]
    assert read_layouts(doc, [_Never(), _Empty()]) is None


class _ThinOne:
    """A table broken past reading: one row, naming no one and no time."""
    name = "残表"

    def recognise(self, doc):
        return 0.9

    def read(self, doc):
        from vtrack.extract.tasks import make_task
        task, doubts = make_task(1, "《某某标准》2.《某某要求》", [], None, doc.issued)
        return [Found(task, doubts)]


def test_a_single_task_naming_no_one_and_no_time_yields_to_a_layout_that_gives_more(tmp_path):
    doc = doc_of(tmp_path, "某市工作方案\n一、做一件事。\n")
    layout, tasks = read_layouts(doc, [_ThinOne(), _Fallback()])
    assert layout.name == "后备" and tasks[0].task.owners == ["市教育局"]
    # (where no other layout gives any, the one task is still the plan's)
    layout, tasks = read_layouts(doc, [_ThinOne(), _Empty()])
    assert layout.name == "残表" and len(tasks) == 1


class _OneRow(_ThinOne):
    """A table of one whole row, timed in words (立行立改): the plan's one task."""
    name = "一行表"

    def read(self, doc):
        from vtrack.extract.tasks import make_task
        task, doubts = make_task(1, "规范生熟分开和食品留样", [], "立行立改", doc.issued)
        return [Found(task, doubts)]


def test_a_single_task_timed_in_words_is_kept_over_a_layout_that_gives_more(tmp_path):
    doc = doc_of(tmp_path, "某市工作方案\n一、做一件事。\n")
    layout, _ = read_layouts(doc, [_OneRow(), _Fallback()])
    assert layout.name == "一行表"


class _Costly(_Fallback):
    """A recogniser whose score can never beat a table's, and costly to run."""
    name = "昂贵"
    ceiling = 0.5

    def __init__(self):
        self.asked = 0

    def recognise(self, doc):
        self.asked += 1
        return 0.5


class _Sure(_Fallback):
    name = "确定"

    def recognise(self, doc):
        return 0.9


def test_a_recogniser_that_cannot_win_is_not_run_until_the_better_give_nothing(tmp_path):
    doc = doc_of(tmp_path, "某市工作方案\n一、做一件事。\n")
    costly = _Costly()
    layout, _ = read_layouts(doc, [costly, _Sure()])
    assert layout.name == "确定" and costly.asked == 0
    layout, _ = read_layouts(doc, [_Empty(), costly])
    assert layout.name == "昂贵" and costly.asked == 1


def test_the_document_is_read_once_with_its_year_and_issue_date(tmp_path):
    doc = doc_of(tmp_path, "某市2023年工作要点\n某市人民政府\n2023年2月10日\n一、做事。\n")
    assert doc.issued == D(2023, 2, 10) and doc.year == 2023
    calls = []
    assert doc.memo("k", lambda: calls.append(1) or 5) == 5
    assert doc.memo("k", lambda: calls.append(1) or 6) == 5 and calls == [1]


def test_the_report_names_the_layout_that_read_the_plan(tmp_path):
    _, report = extracted(tmp_path, "某区工作方案\n2023年3月1日\n"
                                    "1.整治河道（区水务局负责）。\n2.修缮学校（区教育局负责）。\n")
    assert "，正文编号，2 项任务" in report[0]


# -- labelled blocks ----------------------------------------------------------------------

PROJECTS = """\
某县2022年民生实事项目进展情况汇报
{n1}项目名称：新建城区公共停车场
项目内容：
在城东片区新建公共停车场2处，新增停车泊位300个。
责任单位：
县住建局、县城管局
进展情况：
城东停车场已完成选址，5月20日已开工建设。
{n2}项目名称：
改造老旧小区
项目内容：
改造老旧小区12个，惠及居民3000户。
责任单位
县住建局、城关镇
进展情况：
已完成8个小区改造，其余4个正在施工。
{n3}项目名称：提升农村饮水安全
项目内容：实施农村饮水安全巩固提升工程，受益人口2万人。
责任单位：县水利局
进展情况：工程已全部完工。
"""


@pytest.mark.parametrize("n1, n2, n3, seqs", [
    ("01 ", "02\n", "03", [1, 2, 3]),  # zero-padded, one number on a line of its own
    ("1.", "2.", "3.", [1, 2, 3]),
    ("（一）", "（二）", "（三）", [1, 2, 3]),
    ("", "", "", [1, 2, 3]),  # no numbers: the first label again opens a record
])
def test_labelled_blocks_give_a_task_a_record(tmp_path, n1, n2, n3, seqs):
    tasks, report = extracted(tmp_path, PROJECTS.format(n1=n1, n2=n2, n3=n3))
    assert "标签分块" in report[0]
    assert [t.seq for t in tasks] == seqs
    assert [t.title for t in tasks] == ["新建城区公共停车场", "改造老旧小区", "提升农村饮水安全"]
    # the label that lost its colon (责任单位 alone) still names the owners
    assert [t.owners for t in tasks] == [["县住建局", "县城管局"], ["县住建局", "城关镇"],
                                        ["县水利局"]]
    assert tasks[0].text.startswith("在城东片区新建公共停车场2处")
    # a progress report's dates (5月20日已开工) are no deadline of the task
    assert all(t.due is None and "进展" not in t.text and "已完成" not in t.text for t in tasks)


ITEMS = """\
某区2023年为民办实事事项清单
事项名称：建设社区养老服务中心
工作内容：新建社区养老服务中心3个，提供日间照料服务。
牵头部门：区民政局
配合部门：区财政局、各街道
完成时限：2023年9月底前
事项名称：实施学校扩容工程
工作内容：新建、改扩建中小学4所，新增学位2400个。
牵头部门：区教育局
配合部门：区住建局
完成时限：2023年12月底前
事项名称：开展全民健身活动
工作内容：每季度举办一次全区性健身赛事。
牵头部门：区文体局
配合部门：各街道
完成时限：每季度
"""


def test_other_labels_a_lead_label_and_a_deadline_label(tmp_path):
    tasks, report = extracted(tmp_path, ITEMS)
    assert "标签分块" in report[0]
    assert [t.title for t in tasks] == ["建设社区养老服务中心", "实施学校扩容工程",
                                        "开展全民健身活动"]
    assert tasks[0].owners == ["区民政局", "区财政局", "各街道"]
    assert tasks[1].owners == ["区教育局", "区住建局"]
    # the label that says 牵头 leads
    assert all(t.lead in ([], [t.owners[0]]) for t in tasks)
    assert [t.due for t in tasks[:2]] == [D(2023, 9, 30), D(2023, 12, 31)]
    assert tasks[2].repeat == "quarterly"


def test_a_deadline_in_the_text_without_a_deadline_label(tmp_path):
    text = """\
某镇重点项目推进表
1、项目名称：镇卫生院改扩建
建设内容：改扩建门诊楼一栋，2024年6月底前竣工。
责任单位：镇卫生院、镇建设办
2、项目名称：乡村道路硬化
建设内容：硬化村组道路15公里，2024年10月底前完成。
责任单位：镇交通站
"""
    tasks, report = extracted(tmp_path, text)
    assert "标签分块" in report[0]
    assert [t.due for t in tasks] == [D(2024, 6, 30), D(2024, 10, 31)]
    assert [t.owners for t in tasks] == [["镇卫生院", "镇建设办"], ["镇交通站"]]


def test_numbered_items_with_owner_lines_are_not_labelled_blocks(tmp_path):
    """1. 任务 / 牵头单位：… / 责任单位：…: the task is no label's value, the body reads it."""
    text = """\
某市2023年政府工作报告重点工作责任分解
1.新建5G基站1000个。
牵头单位：市工信局
责任单位：市通信发展办
2.改造农贸市场10个。
牵头单位：市商务局
责任单位：各区政府
"""
    tasks, report = extracted(tmp_path, text)
    assert "正文编号" in report[0] and len(tasks) == 2


def test_numbered_items_with_labelled_lines_under_them_are_numbered_items(tmp_path):
    """The task's words are the numbered line's, not a label's: three labels under it
    (a text among them) do not make labelled blocks."""
    text = """\
某市2023年政府工作报告重点工作责任分解
1.新建5G基站1000个。
工作目标：实现城区全覆盖，重点乡镇连续覆盖。
牵头单位：市工信局
完成时限：2023年12月底前
2.改造农贸市场10个。
工作目标：提升农贸市场环境和管理水平。
牵头单位：市商务局
完成时限：2023年10月底前
"""
    tasks, report = extracted(tmp_path, text)
    assert "正文编号" in report[0]
    assert [t.owners for t in tasks] == [["市工信局"], ["市商务局"]]
    assert tasks[0].title.startswith("新建5G基站")


# -- a division table a cell a line, its header cells broken over two lines ------------------

@pytest.mark.parametrize("header, rows", [
    (["序号", "重点工作", "分管", "领导", "责任", "科室", "工作安排", "第三季度", "进展情况"],
     [["1", "城区污水管网改造", "王建国", "城建办", "完成管网改造8公里。", "已完成60%。"],
      ["2", "美丽乡村示范村", "李红", "农业农村办", "创建示范村3个。", "已完成2个。"]]),
    (["序号", "主要", "内容", "责任", "领导", "责任", "单位", "推进", "措施"],
     [["1", "老旧小区改造", "张强", "住建办", "改造小区5个。", "按计划开展施工。"],
      ["2", "现代化美丽城镇", "刘洋", "乡村振兴办", "成功创建省级美丽城镇。", "按照节点推进。"]]),
])
def test_header_cells_broken_over_two_lines_are_joined_again(tmp_path, header, rows):
    lines = ["某镇2024年重点工作计划执行情况", ""]
    for cell in header + [c for row in rows for c in row]:
        lines += [cell, ""]
    tasks, _ = extracted(tmp_path, "\n".join(lines) + "\n")
    assert [t.owners for t in tasks] == [[rows[0][3]], [rows[1][3]]]


# -- labelled lines under numbered headings (an inspection plan's items) ---------------------
# （四）重点工程进展情况。 / 1、督查时间：7月中旬 / 2、督查对象：… / 3、人员安排：A、B各派1名… :
# the heading opens the record and is its title; the fields' own numbers restart in each; a
# field worded once otherwise (督办时间) is the field of its number; the units a sentence shares
# the work among (A、B各派1名…) are the owners, the inspected (…对象) are not.

HEADED_A = """某市2010年重点工作督查方案
（一）城区道路改造进展情况。
1、督查时间：2010年6月中旬。
2、督查对象：各区政府。
3、人员安排：市交通局、财政局各派1名副局长，市审计局、统计局各派1名科长，组成1个督查组。
4、督查要求：实地查看工程进度。
（二）农村饮水安全工程完成情况。
1、督办时间：2010年8月下旬。
2、督查对象：各乡镇。
3、人员安排：市水务局、卫生局、环保局各派1名调研员，组成2个督查组。
4、督查要求：抽查水质。
（三）中小学校舍改造情况。
1、督查时间：2010年9月上旬。
2、督查对象：各中小学校。
3、人员安排：市教育局、住建局各派1名副局长，组成1个督查组。
4、督办要求：逐校检查。
"""

HEADED_B = """XX县2015年督查工作安排
1.春耕备耕工作落实情况
（1）检查时间：2015年3月下旬
（2）检查对象：各镇
（3）人员安排：县农业局、林业局、供销社分别抽调2人，组成检查组
2.防汛准备工作情况
（1）检查时间：2015年5月中旬
（2）检查对象：水库管理单位
（3）人员安排：县水利局、应急局分别抽调2人，组成检查组
"""


@pytest.mark.parametrize("text, want", [
    (HEADED_A, [(1, ["市交通局", "财政局", "市审计局", "统计局"], D(2010, 6, 20)),
                (2, ["市水务局", "卫生局", "环保局"], D(2010, 8, 31)),
                (3, ["市教育局", "住建局"], D(2010, 9, 10))]),
    (HEADED_B, [(1, ["县农业局", "林业局", "供销社"], D(2015, 3, 31)),
                (2, ["县水利局", "应急局"], D(2015, 5, 20))]),
])
def test_numbered_headings_over_numbered_label_lines(tmp_path, text, want):
    tasks, _ = extracted(tmp_path, text)
    assert [(t.seq, t.owners, t.due) for t in tasks] == want
    assert "各区政府" not in tasks[0].owners  # the inspected are no owners
    assert tasks[0].title.endswith("情况")  # the heading is the title


# -- a stage timetable -----------------------------------------------------------------------

STAGES_A = """某区2009年节能专项行动方案
一、工作目标
全面完成年度节能任务。
二、时间安排
（一）宣传发动阶段（3月）各街道结合实际制定实施方案，全面完成动员部署工作。
（二）集中整治阶段（4月-9月）区节能办组织有关部门开展集中检查，并分别于6月底和9月底报送阶段报告。
（三）总结验收阶段（12月）各街道对专项行动进行总结，于11月30日前报送总结报告。
"""

STAGES_B = """XX镇2021年人居环境整治工作方案
四、实施步骤
1.摸底排查（2021年4月）各村对照标准全面摸底排查。
2.整治提升（2021年5月—10月）各村集中整治，10月15日前完成验收。
3.巩固提高（2021年11月—12月）镇环境办开展检查考核。
"""


@pytest.mark.parametrize("text, want", [
    (STAGES_A, [("宣传发动阶段", D(2009, 3, 31), []),
                ("集中整治阶段", D(2009, 9, 30), [D(2009, 6, 30), D(2009, 9, 30)]),
                ("总结验收阶段", D(2009, 12, 31), [D(2009, 11, 30)])]),
    (STAGES_B, [("摸底排查", D(2021, 4, 30), []),
                ("整治提升", D(2021, 10, 31), [D(2021, 10, 15)]),
                ("巩固提高", D(2021, 12, 31), [])]),
])
def test_stages_are_due_at_the_end_of_their_period_with_dated_steps(tmp_path, text, want):
    tasks, report = extracted(tmp_path, text)
    got = [(t.title, t.due, [m.due for m in t.milestones]) for t in tasks if t.due]
    assert got == want


def test_a_single_bracketed_month_is_no_timetable(tmp_path):
    from vtrack.extract.layouts.stage_timetable import StageTimetable
    doc = doc_of(tmp_path, "某县2020年工作方案\n一、重点任务\n"
                           "（一）完成道路硬化（6月）。县交通局负责。\n"
                           "（二）完成校舍维修。县教育局负责。\n")
    assert StageTimetable().recognise(doc) is None


def test_a_step_outside_its_stage_is_flagged(tmp_path):
    tasks, _ = extracted(tmp_path, STAGES_A)
    # 总结验收阶段（12月）…于11月30日前: a step before its stage's month
    assert ["阶段时间" in (t.review or "") for t in tasks] == [False, False, True]
    assert tasks[1].owners == ["区节能办"]  # the unit after the stage's heading


# -- a schedule of dated rows, a cell a line ------------------------------------------------

SCHEDULE = """某区2015年小学招生工作日程表

日 期

内 容

责任单位

3月下旬

研究和制定招生方案

基教科

招生办

4月5日

1.召开全区招生工作会议

2.下发各校招生计划数

基教科

各校

4月29日-5月4日

民办小学网上报名

招生办

5月12日—16日

各小学公示《新生入学告知书》

各小学

6月11日

下达外来务工人员子女招生

计划

王建国

7月上旬

招生工作检查

基教科
"""


def test_a_schedule_whose_rows_open_with_their_dates(tmp_path):
    tasks, report = extracted(tmp_path, SCHEDULE)
    assert "日程表" in report[0]
    assert [(t.due, t.owners) for t in tasks] == [
        (D(2015, 3, 31), ["基教科", "招生办"]), (D(2015, 4, 5), ["基教科", "各校"]),
        (D(2015, 5, 4), ["招生办"]), (D(2015, 5, 16), ["各小学"]),
        (D(2015, 6, 11), []),  # a person's name is no owner
        (D(2015, 7, 10), ["基教科"])]
    assert tasks[3].title == "各小学公示《新生入学告知书》"
    assert tasks[4].title == "下达外来务工人员子女招生计划"  # a wrapped cell runs on
    assert "下发各校招生计划数" in tasks[1].text


@pytest.mark.parametrize("text", [
    # months alone head groups of a year's numbered items
    "某校2012年文体活动安排\n3月\n1.举办棋牌赛\n2.举办趣味比赛\n4月\n1.举办网球赛\n"
    "5月\n1.举办羽毛球赛\n2.举办篮球赛\n",
    # dates a text gives in passing, out of the calendar's order
    "某县2024年工作情况\n5月8日\n召开全县动员会议\n3月2日\n印发实施方案\n4月1日\n开展专项检查\n",
])
def test_months_over_items_or_dates_out_of_order_are_no_schedule(tmp_path, text):
    # the schedule's own reading, not the numbered items' gate in front of it
    from vtrack.extract.layouts.dated_rows import _schedule
    assert _schedule(doc_of(tmp_path, text)) == []


def test_a_label_of_where_the_work_is_done_names_no_owner(tmp_path):
    text = "某县春节文化活动安排\n" + "".join(
        f"活动{n}：{title}\n活动时间：{when}\n活动地点：县文化中心{place}\n活动内容：{what}\n"
        for n, title, when, place, what in [
            ("一", "迎新春少儿联欢晚会", "1月13日", "演播厅", "组织全县少儿文艺节目汇演"),
            ("二", "迎新春书画展", "2月8日", "展厅", "展出全县书画爱好者作品"),
            ("三", "迎新春戏曲展演", "2月10日", "影剧院", "组织全县戏曲团队展演")])
    tasks, _ = extracted(tmp_path, text)
    assert len(tasks) == 3
    assert not any(t.owners for t in tasks)


@pytest.mark.parametrize("text", [
    # items that name their owners, a timetable at the plan's end
    "某县2024年农村人居环境整治工作方案\n一、开展村庄清洁行动。各乡镇负责，6月底前完成。\n"
    "二、推进农村改厕。县农业农村局负责。\n三、进度安排\n3月底前\n完成摸底调查\n5月底前\n"
    "完成方案编制\n9月底前\n完成主体工程\n11月底前\n完成验收\n",
    # a schedule that is one part of a notice whose words go on after it
    "关于举办2024年全县村干部培训班的通知\n一、培训安排\n5月8日\n报到\n5月9日\n开班仪式\n"
    "5月10日\n"
    "现场教学\n5月11日\n结业考试\n二、参训人员\n各村党支部书记。请各乡镇于5月6日前将名单报县委组织部。\n",
])
def test_dated_lines_inside_a_plan_of_other_words_are_no_schedule(tmp_path, text):
    # guard: the shapes the schedule must not take in (its own reading, not a gate before it)
    from vtrack.extract.layouts.dated_rows import _schedule
    assert _schedule(doc_of(tmp_path, text)) == []


def test_a_schedule_s_cell_wrapped_mid_phrase_runs_on(tmp_path):
    text = SCHEDULE.replace("1.召开全区招生工作会议\n\n2.下发各校招生计划数",
                            "召开全区招生工作会议，部署到各\n\n中心校")
    tasks, _ = extracted(tmp_path, text)
    assert tasks[1].title.endswith("部署到各中心校")
    assert tasks[1].owners == ["基教科", "各校"]


def test_a_schedule_over_new_year_and_the_lines_after_its_last_row(tmp_path):
    text = ("某校2014-2015学年第一学期工作日程\n9月1日\n开学典礼\n教务处\n11月10日\n期中考试\n"
            "教务处\n12月20日\n校园文化节\n团委\n1月10日\n期末考试\n教务处\n请各部门严格按照日程执行。\n"
            "联系人：张三\n校长办公室\n2014年8月25日\n")
    tasks, _ = extracted(tmp_path, text)
    assert [t.due for t in tasks] == [D(2014, 9, 1), D(2014, 11, 10), D(2014, 12, 20),
                                      D(2015, 1, 10)]
    assert tasks[-1].owners == ["教务处"] and "联系人" not in tasks[-1].text
