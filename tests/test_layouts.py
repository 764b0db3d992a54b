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
