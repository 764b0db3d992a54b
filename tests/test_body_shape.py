"""Plans read by their shape: which numbered level holds the tasks, items run together in one
paragraph, plans that name no owner, and deadlines whose year the plan gives elsewhere.

Every plan here is invented, in several variants (numbering styles, places, verbs), so that
the rules are held, not the words of any one document."""
import datetime

import pytest
import yaml

from vtrack.deadlines import read
from vtrack.errors import VtrackError
from vtrack.extract import extract

D = datetime.date


def tasks_of(tmp_path, text, name="plan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan, report = extract(path, "p")
    return plan.tasks, report


def by_title(tasks):
    return {t.title: t for t in tasks}


# -- 1. the task level, by evidence ---------------------------------------------------------

GROUPS = """\
某市2023年优化营商环境工作要点
某市人民政府办公室
2023年2月10日
一、提升政务服务效能
{g1}深化一网通办
{i1}推行高频事项掌上办（市政务服务局负责，6月底前完成）。
{i2}推行电子证照互认（市大数据局牵头，市公安局配合）。
{g2}优化企业开办
{i1}企业开办时间压缩至1个工作日（市市场监管局负责）。
{i2}推行印章免费刻制（市公安局负责，9月底前完成）。
二、强化要素保障
{g1}保障用地需求
{i1}推行标准地出让（市自然资源局负责）。
"""


@pytest.mark.parametrize("g1, g2, i1, i2", [
    ("（一）", "（二）", "1.", "2."),
    ("(一)", "(二)", "1、", "2、"),
    ("（一）", "（二）", "（1）", "（2）"),
    ("1.", "2.", "（1）", "（2）"),
])
def test_items_with_their_own_markers_under_group_headings_are_the_tasks(
        tmp_path, g1, g2, i1, i2):
    tasks, _ = tasks_of(tmp_path, GROUPS.format(g1=g1, g2=g2, i1=i1, i2=i2))
    assert [t.owners for t in tasks] == [["市政务服务局"], ["市大数据局", "市公安局"],
                                        ["市市场监管局"], ["市公安局"], ["市自然资源局"]]
    assert not any("深化一网通办" == t.title for t in tasks)  # a group, not a task
    assert tasks[0].section.endswith("深化一网通办") and tasks[0].due == D(2023, 6, 30)
    # the issuer signs the plan: it is nobody's owner here
    assert all("某市人民政府办公室" not in t.owners for t in tasks)


HEADING_OWNERS = """\
某区2024年城市管理工作方案
2024年1月15日
一、总体要求
坚持以人民为中心。
二、市容整治{h2}
1.开展背街小巷整治，10月底前完成。
2.规范户外广告设置（区城管局、区市场监管局负责）。
三、城市建设{h3}
（1）新建口袋公园5个。
（2）改造老旧小区10个，年底前完成。
"""


@pytest.mark.parametrize("h2, h3, lead2, owners3", [
    ("（区城管局牵头）", "（区住建局负责）", ["区城管局"], ["区住建局"]),
    ("（责任单位：区城管局）", "〔牵头单位：区住建局；配合单位：各街道办事处〕", ["区城管局"],
     ["区住建局", "各街道办事处"]),
    ("（牵头单位：区城管局）", "（区住建局、区园林局按职责分工负责）", ["区城管局"],
     ["区住建局", "区园林局"]),
    # a long list of units does not make the heading a paragraph
    ("【责任单位：区城管局】",
     "（责任单位：区住建局、区园林局、区发展改革委、区财政局、区自然资源和规划分局）",
     ["区城管局"], ["区住建局", "区园林局", "区发展改革委", "区财政局", "区自然资源和规划分局"]),
])
def test_an_owner_named_only_in_a_section_heading_passes_down(tmp_path, h2, h3, lead2,
                                                             owners3):
    tasks, _ = tasks_of(tmp_path, HEADING_OWNERS.format(h2=h2, h3=h3))
    titles = [t.title for t in tasks]
    assert titles == ["开展背街小巷整治", "规范户外广告设置", "新建口袋公园5个", "改造老旧小区10个"]
    assert tasks[0].owners == lead2  # from its heading
    assert tasks[1].owners == ["区城管局", "区市场监管局"]  # its own marker wins
    assert tasks[2].owners == owners3 and tasks[3].owners == owners3
    assert not any("责任单位" in t.title or "牵头" in t.title for t in tasks)
    assert [t.due for t in tasks] == [D(2024, 10, 31), None, None, D(2024, 12, 31)]


def test_a_heading_over_its_text_names_the_owners_of_that_text(tmp_path):
    tasks, _ = tasks_of(tmp_path, """\
某县2023年乡村振兴工作方案
2023年3月1日
一、重点任务
（一）发展特色产业（县农业农村局牵头）
扶持茶叶、中药材种植，新建标准化基地2个。
（二）改善人居环境（县住建局牵头）
推进农村改厕，完成户厕改造800户。
""")
    assert [(t.title, t.owners) for t in tasks] == [
        ("发展特色产业", ["县农业农村局"]), ("改善人居环境", ["县住建局"])]


RUN_TOGETHER_GROUPS = """\
某市2023年数字政府建设工作要点
某市人民政府办公室
2023年3月8日
一、夯实数字基础
（一）建设政务云。1.扩容市级政务云平台（牵头单位：市大数据局）。2.推进部门系统迁移上云（牵头单位：市大数据局；配合单位：市直各部门）。
（二）整合数据资源。1.编制公共数据目录（牵头单位：市政务服务局）。2.建设数据共享交换平台（牵头单位：市大数据局）。
二、提升服务能力
（一）推进掌上办事。1.上线移动政务服务应用（牵头单位：市政务服务局）。2.推行电子证照亮证（牵头单位：市公安局）。
"""


def test_group_headings_with_items_run_together_give_the_items_not_the_headings(tmp_path):
    tasks, _ = tasks_of(tmp_path, RUN_TOGETHER_GROUPS)
    assert [t.title for t in tasks] == [
        "扩容市级政务云平台", "推进部门系统迁移上云", "编制公共数据目录", "建设数据共享交换平台",
        "上线移动政务服务应用", "推行电子证照亮证"]
    assert tasks[1].owners == ["市大数据局", "市直各部门"]
    assert len({t.id for t in tasks}) == 6


def test_uneven_levels_give_each_branch_its_own_items(tmp_path):
    tasks, _ = tasks_of(tmp_path, """\
某镇2019年重点工作安排
2019年1月20日
一、基础设施
（一）道路建设
1.完成镇区主干道改造（镇建设办负责）。
2.新建停车场一处（镇建设办负责）。
（二）水利建设
各村做好以下工作：①清理沟渠；②加固堤坝；③新建泵站2座。
""")
    assert [t.title for t in tasks] == [
        "完成镇区主干道改造", "新建停车场一处", "清理沟渠", "加固堤坝", "新建泵站2座"]
    # (各村做好以下工作：: the points' lead-in names who does them)
    assert [t.owners for t in tasks[2:]] == [["各村"]] * 3


# -- 2. items run together in one paragraph --------------------------------------------------

RUN_TOGETHER = """\
某区2024年民生实事工作方案
某区人民政府
2024年2月1日
一、总体要求
坚持以人民为中心，办好民生实事。
二、重点任务
{lead}{a}新建公办幼儿园3所，新增学位1080个。{b}改造城区道路5条。{c}新增公共停车位2000个，9月底前完成。
"""


@pytest.mark.parametrize("lead, a, b, c", [
    ("重点抓好以下实事：", "(1)", "(2)", "(3)"),
    ("今年办好十件实事：", "（1）", "（2）", "（3）"),
    ("具体包括：", "①", "②", "③"),
    ("具体包括：", "⑴", "⑵", "⑶"),
    ("主要有：", "1.", "2.", "3."),
    ("主要有：", "1、", "2、", "3、"),
])
def test_items_run_together_in_one_paragraph_are_tasks_of_their_own(tmp_path, lead, a, b, c):
    tasks, _ = tasks_of(tmp_path, RUN_TOGETHER.format(lead=lead, a=a, b=b, c=c))
    assert [t.title for t in tasks] == ["新建公办幼儿园3所，新增学位1080个", "改造城区道路5条",
                                        "新增公共停车位2000个"]
    assert [t.seq for t in tasks] == [1, 2, 3]
    assert tasks[2].due == D(2024, 9, 30) and tasks[0].due is None
    assert all(t.owners == [] and t.review for t in tasks)


def test_circled_items_need_no_punctuation_between_them(tmp_path):
    tasks, _ = tasks_of(tmp_path, RUN_TOGETHER.format(lead="包括", a="①", b="②", c="③")
                        .replace("。②", "②").replace("。③", "③"))
    assert len(tasks) == 3 and tasks[1].title == "改造城区道路5条"


@pytest.mark.parametrize("paragraph", [
    # a lone (1) mid-sentence, figures and counts: one item, not cut
    "1.新建幼儿园3所，按照（1）类标准配置设施，年内完成。",
    "1.改造道路5.5公里、桥梁2座，投资1.2亿元，年内完成。",
    "1.落实第1、2号文件要求，年内完成。",
    # the items' owner named once at the end is the whole paragraph's: not cut
    "1.推进整治：（1）清理违建；（2）规范摊点（区城管局负责，年内完成）。",
])
def test_what_is_not_a_run_of_items(tmp_path, paragraph):
    tasks, _ = tasks_of(tmp_path, "某县2023年工作要点\n2023年1月5日\n一、重点工作\n"
                        + paragraph + "\n2.加强督查，年内完成。\n")
    assert len(tasks) == 2 and tasks[1].title == "加强督查"
    words = paragraph[2:].split("（区城管局")[0].rstrip("。")
    assert tasks[0].text.startswith(words)


SUBPOINTS = """\
某县2023年文明创建工作方案
2023年2月6日
一、重点工作
（一）整治环境卫生。
（二）规范交通秩序：{a}规范停车；{b}整治占道经营；{c}增设交通标志。
（三）提升窗口服务。
（四）开展志愿服务。
"""


@pytest.mark.parametrize("a, b, c", [("(1)", "(2)", "(3)"), ("1.", "2.", "3."), ("①", "②", "③")])
def test_points_run_together_inside_an_item_stay_its_words(tmp_path, a, b, c):
    """In a plan that names no one, an item's own points (（二）…：(1)…；(2)…) are its words,
    not tasks that would outnumber the items and take their place."""
    tasks, _ = tasks_of(tmp_path, SUBPOINTS.format(a=a, b=b, c=c))
    assert [t.title for t in tasks][0] == "整治环境卫生" and len(tasks) == 4
    assert "规范停车" in tasks[1].text and "整治占道经营" in tasks[1].text


def test_dated_points_inside_one_of_many_items_are_its_steps(tmp_path):
    """Points with deadlines inside one item of four: the four are still the tasks, that
    item's points its dated steps."""
    text = SUBPOINTS.format(a="(1)", b="(2)", c="(3)")
    tasks, _ = tasks_of(tmp_path, text.replace("规范停车；", "规范停车，3月底前完成；")
                        .replace("整治占道经营；", "整治占道经营，6月底前完成；"))
    assert [t.title for t in tasks] == [
        "整治环境卫生", "规范交通秩序", "提升窗口服务", "开展志愿服务"]
    assert [m.due for m in tasks[1].milestones] == [D(2023, 3, 31), D(2023, 6, 30)]
    # where such points are the most items of the plan, they are its tasks
    more = SUBPOINTS.replace("（三）提升窗口服务。\n（四）开展志愿服务。\n", "").format(
        a="(1)", b="(2)", c="(3)").replace("规范停车；", "规范停车，3月底前完成；")
    tasks, _ = tasks_of(tmp_path, more)
    assert [t.title for t in tasks] == ["规范停车", "整治占道经营", "增设交通标志"]
    assert tasks[0].due == D(2023, 3, 31)


# -- 3. plans that name no owner ---------------------------------------------------------------

@pytest.mark.parametrize("items", [
    ["1.开展村庄清洁行动，5月底前完成。", "2.推进农村厕所改造。", "3.加强生活污水治理。"],
    ["一、开展村庄清洁行动，5月底前完成。", "二、推进农村厕所改造。", "三、加强生活污水治理。"],
    ["（1）开展村庄清洁行动，5月底前完成。", "（2）推进农村厕所改造。", "（3）加强生活污水治理。"],
    ["①开展村庄清洁行动，5月底前完成。", "②推进农村厕所改造。", "③加强生活污水治理。"],
    ["1）开展村庄清洁行动，5月底前完成。", "2）推进农村厕所改造。", "3）加强生活污水治理。"],
    ["第一，开展村庄清洁行动，5月底前完成。", "第二，推进农村厕所改造。",
     "第三，加强生活污水治理。"],
    # the numbers Word's fonts write as one character
    ["⑴开展村庄清洁行动，5月底前完成。", "⑵推进农村厕所改造。", "⑶加强生活污水治理。"],
    ["⒈开展村庄清洁行动，5月底前完成。", "⒉推进农村厕所改造。", "⒊加强生活污水治理。"],
])
def test_a_plan_naming_no_owner_gives_its_items_flagged_not_an_error(tmp_path, items):
    text = "某县2023年农村人居环境整治工作要点\n为改善人居环境，制定本要点。\n" + \
        "\n".join(items) + "\n某县人民政府办公室\n2022年12月20日\n"
    tasks, report = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == ["开展村庄清洁行动", "推进农村厕所改造", "加强生活污水治理"]
    assert all(t.owners == [] for t in tasks)  # never the issuer
    assert all("没有写明责任单位" in str(t.review) for t in tasks)
    # said once for the three, not three times
    assert [line.strip() for line in report if "没有写明责任单位" in line] == \
        ["全部 3 项：计划没有写明责任单位，请填写"]
    # the signature and date under the last item are not its words
    assert tasks[2].text == "加强生活污水治理。"
    # a 2023 plan signed in December 2022: 5月底前 is May 2023
    assert tasks[0].due == D(2023, 5, 31)


def test_a_plan_whose_parts_all_look_like_framing_still_gives_tasks(tmp_path):
    tasks, _ = tasks_of(tmp_path, """\
某市2022年科技创新工作方案
2022年4月1日
一、目标任务
1.新增高新技术企业50家。
2.建设市级研发平台10个。
二、工作目标
3.研发投入增长10%。
""")
    assert [t.title for t in tasks][:2] == ["新增高新技术企业50家", "建设市级研发平台10个"]


# -- 4. deadlines whose year the plan gives elsewhere ---------------------------------------

YEARLESS = """\
{title}
{doc_no}
{date}
一、重点任务
1.完成项目立项，5月底前完成。
2.开工建设，2019年3月底前完成设计；6月底前开工。
3.建立台账，明年6月底前报送。
4.开展巡查，2020年起每年开展一次。
5.公布名单，每年年底前公布。
6.完善制度，“十四五”期间完成。
7.报送方案，本方案印发之日起30日内报送。
8.优化审批，申请之日起14个工作日内办结。
9.建立机制，本方案印发后10日内建立联络员制度。
"""


def test_a_month_without_a_year_takes_the_title_s_year_over_the_issue_date(tmp_path):
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某市2023年城市更新工作要点", doc_no="某政办发〔2022〕41号", date="2022年12月26日"))
    assert tasks[0].due == D(2023, 5, 31)
    assert tasks[2].due == D(2023, 6, 30)  # 明年: from the issue date
    assert tasks[6].due == D(2023, 1, 25)  # 30 days after 2022-12-26
    # a span counted from something else (申请之日起) is a service standard, not a deadline
    assert tasks[7].due is None and tasks[8].due == D(2023, 1, 5)


def test_without_a_year_in_the_title_the_doc_number_then_the_issue_date_give_it(tmp_path):
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某县城市更新工作要点", doc_no="某政发〔2016〕12号", date=""))
    assert tasks[0].due == D(2016, 5, 31)
    assert tasks[2].due == D(2017, 6, 30)  # no issue date: next to the plan's year
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某县城市更新工作要点", doc_no="", date="2021年2月3日"))
    assert tasks[0].due == D(2021, 5, 31) and tasks[2].due == D(2022, 6, 30)
    # a 文号 cited from an older document is not the plan's
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某县城市更新工作要点", doc_no="根据《通知》（某政发〔2009〕7号）",
        date="2021年2月3日"))
    assert tasks[0].due == D(2021, 5, 31)


@pytest.mark.parametrize("opening, year", [
    ("从2016年开始，我部每年都公开业绩指标。根据工作安排，2018年，我们继续制定相关指标。", 2018),
    ("2023年，我局完成了十项民生实事。2024年，我局将重点抓好以下工作。", 2024),
    ("自2019年起全面推行河长制。2021年我委要继续深化河湖治理，特制定本计划。", 2021),
    ("2023年，我局计划改造12个，实际完成15个。2024年，我局将继续推进改造。", 2024),
    ("2024年，我局将深化改造；2025年，我局将全面完成改造任务。", 2024),
    ("2023年全区完成改造12个。2024年，我局计划重点做好以下工作。", 2024),
])
def test_the_year_an_undated_plan_says_it_will_do_its_work_in(tmp_path, opening, year):
    # (the year the work is reviewed in, or counted from, is not it)
    text = ("某部门重点工作关键业绩指标\n" + opening + "\n"
            "1.创建国家级示范区，6月底前完成（规划处负责）。\n"
            "2.发布典型案例400项，10月底前完成（节能处负责）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(year, 6, 30), D(year, 10, 31)]


@pytest.mark.parametrize("sends, year", [
    ("现将2008年县领导接待群众来访日有关事项通知如下：", 2008),
    ("現將2008年縣領導接待群眾來訪日有關事項通知如下：", 2008),
    ("现就2008年领导接待日工作提出责任分工意见如下：", 2008),
    # an account of work done names the year it reports on, not this work's
    ("现将2008年领导接待日工作开展情况通报如下：", 2022),
    ("根据工作安排，特制定本方案。", 2022)])
def test_the_year_a_notice_sends_its_work_out_for_over_a_reposting_page_s_date(
        tmp_path, sends, year):
    text = ("领导接待群众来访日通知\n"
            "时间:2022-08-20 10:59:00\n"
            "各乡镇、县直机关各单位:\n"
            f"根据《信访条例》的规定和要求，为畅通信访渠道。{sends}\n"
            "一、县信访局认真做好准备工作，请各单位在1月15日前将安排方案报县信访局。\n"
            "二、县信访局于3月底前完成登记系统升级。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(year, 1, 15), D(year, 3, 31)]


@pytest.mark.parametrize("sends", [
    "现将2022年度目标责任考核有关事项通知如下：",  # the last year's work, assessed now
    "现将2022年度考核结果及2023年工作安排通知如下：",  # two years: neither alone
    "现将《某省2021年—2023年乡村振兴三年行动方案》转发给你们，并提出如下意见："])
def test_a_dated_notice_keeps_its_year_whatever_year_its_sending_clause_names(tmp_path, sends):
    text = ("关于做好有关工作的通知\n各乡镇：\n" + sends + "\n"
            "一、各单位于3月20日前完成自查自评。\n二、县考核办于4月底前组织实地考核。\n"
            "县人民政府办公室\n2023年3月1日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(2023, 3, 20), D(2023, 4, 30)]


@pytest.mark.parametrize("sends, due", [
    ("现将2023年度安全生产工作安排通知如下：", D(2023, 3, 20)),
    # none where it names two years, or cites a title's
    ("现将2022年度考核结果及2023年工作安排通知如下：", None),
    ("现将《某省2021年—2023年乡村振兴三年行动方案》转发给你们，并提出如下意见：", None)])
def test_an_undated_notice_s_year_is_the_one_its_sending_clause_names(tmp_path, sends, due):
    text = ("关于做好有关工作的通知\n各乡镇：\n" + sends + "\n"
            "一、各单位于3月20日前完成自查自评。\n二、县考核办于4月底前组织实地考核。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].due == due


@pytest.mark.parametrize("campaign, due", [
    ("本次集中整治的时间自2013年11月1日—12月10日。", D(2013, 11, 7)),
    # a dated event it recalls is no date of its own work: no repost
    ("2013年8月，我市被确定为全省城市管理试点市。", D(2022, 11, 7)),
    ("省政府于2013年7月召开的全省会议部署了违建整治工作。", D(2022, 11, 7)),
    # an assessment of a year gone by names the year assessed, not the plan's
    ("现将2013年度目标责任考核有关事项通知如下：", D(2022, 11, 7)),
    # a plan's own dates may be of the year before its issue date: no repost
    ("本次集中整治的时间自2021年11月1日—12月10日。", D(2022, 11, 7))])
def test_an_old_plan_a_page_reposted_years_later_keeps_its_own_year(tmp_path, campaign, due):
    text = ("城区乱搭乱建整治实施方案\n"
            "时间:2022-10-16 11:00:21\n"
            "为打击城区临街违章搭建行为，市城管大队拟开展专项整治，制定本方案。\n"
            f"一、整治时间\n{campaign}\n"
            "二、实施步骤\n"
            "（一）调查摸底阶段（11月1日——11月7日）。由各中队对乱搭乱建情况进行实地调查。\n"
            "（二）宣传发动阶段（11月8日——11月16日）。由各中队组织宣传发动。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[-2].due == due


@pytest.mark.parametrize("signed, given", [("2022年10月16日", None), ("二〇二二年十月十六日", None),
                                           ("", D(2022, 10, 16))])
def test_a_plan_signed_or_dated_by_its_user_is_no_repost(tmp_path, signed, given):
    text = ("违建整治回头看方案\n时间:2022-10-16 11:00:21\n"
            "为巩固整治成果，现将2019年违建整治回头看有关事项通知如下：\n"
            "一、各中队于11月7日前完成调查摸底。\n二、各中队于11月16日前完成宣传发动。\n"
            + (f"市城管大队\n{signed}\n" if signed else ""))
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    plan, _ = extract(path, "p", given)
    assert plan.issued == D(2022, 10, 16)
    assert [t.due for t in plan.tasks] == [D(2022, 11, 7), D(2022, 11, 16)]


@pytest.mark.parametrize("lede, due", [
    ("导语：体育局重点工作目标一文来源于网友上传，不代表本站观点。", D(2013, 8, 31)),
    ("本文由用户上传，仅供参考。", D(2013, 8, 31)),
    # (no user's upload told: the stamp is the plan's day, as any page's)
    ("导语：体育局重点工作目标由本站编辑整理。", D(2022, 8, 31))])
def test_a_user_s_upload_day_on_a_sharing_site_is_no_date_of_the_plan(tmp_path, lede, due):
    # (时间:2022-12-13 the day a user put it up; the plan's year the one its words name, an
    # event's, 2013年…世界杯赛)
    text = ("体育局重点工作目标\n时间:2022-12-13 10:42:53\n" + lede + "\n"
            "一、办好品牌体育赛事\n1.2013年国际铁人三项世界杯赛。4月底前签订办赛协议，8月底前完成。\n"
            "2.全国帆船冠军赛。7月底前完成赛事运行。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].due == due


def test_a_horizon_in_the_title_is_not_the_year_of_the_work(tmp_path):
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某市落实2035年远景目标实施方案", doc_no="", date="2021年6月1日"))
    assert tasks[0].due == D(2021, 5, 31)  # the issue year's, flagged: before the issue


def test_dated_steps_repeats_and_five_year_plans_in_items(tmp_path):
    tasks, _ = tasks_of(tmp_path, YEARLESS.format(
        title="某县2019年重点工作安排", doc_no="", date="2019年1月8日"))
    steps = tasks[1]
    assert [m.due for m in steps.milestones] == [D(2019, 3, 31), D(2019, 6, 30)]
    assert steps.due == D(2019, 6, 30)  # the last step; 6月 of the year named before it
    assert tasks[3].repeat == "yearly"
    assert tasks[4].repeat == "yearly" and tasks[4].due == D(2019, 12, 31)
    assert tasks[5].due == D(2025, 12, 31)


@pytest.mark.parametrize("phrase, issued, due, review", [
    ("14个工作日内", D(2022, 12, 20), D(2023, 1, 9), True),  # weekends skipped; holidays?
    ("5个工作日内完成", D(2024, 3, 1), D(2024, 3, 8), True),  # from a Friday
    ("30日内", D(2022, 12, 20), D(2023, 1, 19), False),
    ("15天内", D(2023, 2, 1), D(2023, 2, 16), False),
    ("3个月内", D(2023, 1, 31), D(2023, 4, 30), False),
    ("明年6月底前", D(2022, 12, 20), D(2023, 6, 30), False),
    ("次年3月底前", D(2021, 5, 1), D(2022, 3, 31), False),
    ("下一年度完成", D(2021, 5, 1), D(2022, 12, 31), False),
    ("今年年底前", D(2021, 5, 1), D(2021, 12, 31), False),
    ("今年9月底前", D(2021, 5, 1), D(2021, 9, 30), False),
    ("印发之日起14个工作日内", D(2023, 1, 2), D(2023, 1, 20), True),
    ("本方案印发后10日内", D(2023, 1, 2), D(2023, 1, 12), False),
    # counted from something else: a service's standard, no date
    ("申请之日起14个工作日内办结", D(2023, 1, 2), None, True),
    ("受理后5个工作日内", D(2023, 1, 2), None, True),
    ("收到通知起3日内", D(2023, 1, 2), None, True),
])
def test_spans_and_years_counted_from_the_issue_date(phrase, issued, due, review):
    reading = read(phrase, issued)
    assert (reading.due, reading.review) == (due, review)
    if review and due:
        assert "工作日" in reading.why


def test_a_year_named_twice_is_one_date_and_a_span_needs_the_issue_date():
    assert read("2023年年底前", D(2022, 8, 9)).milestones == []
    reading = read("30日内", None)
    assert reading.due is None and reading.review
    # the plan's year, where given, fills a month without one
    assert read("5月底前", D(2022, 12, 20), 2023).due == D(2023, 5, 31)


def test_an_owner_less_plan_end_to_end(run_e2e, tmp_path):
    """Through the installed command: written with `owners: []`, flagged, and accepted by
    `vtrack check`; `list --all` shows it."""
    (tmp_path / "shiyi.txt").write_text(RUN_TOGETHER.format(
        lead="重点抓好以下实事：", a="(1)", b="(2)", c="(3)"), encoding="utf-8")
    result = run_e2e("extract", "shiyi.txt", "-o", "tasks.yaml")
    assert result.code == 0, result.err
    doc = yaml.safe_load((tmp_path / "tasks.yaml").read_text(encoding="utf-8"))
    tasks = doc["plans"][0]["tasks"]
    assert [t["owners"] for t in tasks] == [[], [], []]
    assert all("没有写明责任单位" in str(t["review"]) for t in tasks)
    assert "owners: []" in (tmp_path / "tasks.yaml").read_text(encoding="utf-8")
    assert "没有写明责任单位" in result.out + result.err
    assert run_e2e("check", "tasks.yaml").code == 0
    listed = run_e2e("list", "--all")
    assert listed.code == 0 and "改造城区道路5条" in listed.out


@pytest.mark.parametrize("closing", [
    "某市人民政府\n2023年1月10日\n",
    "某市人民政府办公室\n2023年1月10日\n（此件公开发布）\n",
    "附件：1.重点任务分工表\n抄送：市委办公室\n某市人民政府办公室 2023年1月10日印发\n",
])
def test_the_signature_after_the_last_item_is_not_its_words(tmp_path, closing):
    tasks, _ = tasks_of(tmp_path, "某市2023年营商环境工作要点\n一、重点任务\n"
                        "1.推行包容审慎监管（市司法局负责）。\n"
                        "2.开展信用分级分类监管（市发改委负责，年底前完成）。\n" + closing)
    assert [t.text for t in tasks] == ["推行包容审慎监管", "开展信用分级分类监管"]
    assert tasks[1].owners == ["市发改委"] and tasks[1].due == D(2023, 12, 31)


# -- 5. one owner line for a group of sub-items ----------------------------------------------

GROUP_OWNER = """\
某市安全生产“十四五”规划责任分解
某市人民政府办公室
2022年3月1日
{h}加强监管体系建设
{a}健全安全生产责任制，落实企业主体责任。
{b}推进安全生产标准化建设，提升企业本质安全水平。
{c}加强执法队伍建设，提高执法能力。
{owner}
{h2}提升应急救援能力
{a}建设区域应急救援基地。
{owner2}
"""


@pytest.mark.parametrize("h, h2, a, b, c, owner, owner2", [
    ("1.", "2.", "(1)", "(2)", "(3)", "(责任单位：市应急局、各县(市、区)人民政府)",
     "(责任单位：市应急局)"),
    ("（一）", "（二）", "1.", "2.", "3.",
     "（牵头单位：市应急局；责任单位：各县（市、区）人民政府）", "（牵头单位：市应急局）"),
    ("一、", "二、", "（1）", "（2）", "（3）", "责任单位：市应急局、各县(市、区)人民政府",
     "责任单位：市应急局"),
])
def test_an_owner_line_after_the_last_sub_item_is_the_group_s(tmp_path, h, h2, a, b, c,
                                                             owner, owner2):
    tasks, _ = tasks_of(tmp_path, GROUP_OWNER.format(h=h, h2=h2, a=a, b=b, c=c, owner=owner,
                                                     owner2=owner2))
    assert [t.title[:4] for t in tasks] == ["健全安全", "推进安全", "加强执法", "建设区域"]
    group = [t.owners for t in tasks[:3]]
    assert group == [["市应急局", "各县（市、区）人民政府"]] * 3
    assert tasks[3].owners == ["市应急局"]
    assert not any(t.owners and t.owners[0].startswith(("（", "(")) for t in tasks)


def test_an_owner_line_of_one_item_among_owned_ones_stays_its_own(tmp_path):
    text = """\
某区2023年重点工作
1.治理城区河道
（1）清理河道淤泥。
责任单位：区水务局
（2）修复河岸绿化。
（3）建设河道监测站点。
责任单位：区生态环境局
"""
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["区水务局"], [], ["区生态环境局"]]


STEPS_CLOSED = """\
某省2024年{topic}重点任务
一、{part}
{n1}{item1}。{lead_in}
{p1}2024年6月底前{step1}；
{p2}2024年12月底前{step2}。
{m1}
{n2}{item2}。
{p1}2024年9月底前{step3}；
{p2}{step4}。
{m2}
"""


@pytest.mark.parametrize("n1, n2, p1, p2, m1, m2", [
    ("1. ", "2. ", "（1）", "（2）", "（省政务服务局牵头，省市场监管局、省公安厅配合）",
     "（省政务服务局负责）"),
    ("（一）", "（二）", "1.", "2.", "（省政务服务局、省市场监管局、省公安厅按职责分工负责）",
     "（省政务服务局负责）"),
], ids=["arabic-lead", "chinese-shared"])
@pytest.mark.parametrize("topic, part, item1, lead_in, step1, step2, item2, step3, step4", [
    ("营商环境", "打造高效便利的政务环境", "深化“一件事”改革", "推动关联事项集成办理：",
     "推出首批“一件事”", "推出第二批“一件事”", "推进政务服务标准化",
     "编制政务服务事项目录", "规范线上线下办事流程"),
    ("数字政府", "夯实数字底座", "建设政务云平台", "",
     "完成市级节点迁移", "完成县级节点迁移", "推进数据共享",
     "编制共享目录", "建立数据质量通报制度"),
], ids=["business", "digital"])
def test_dated_steps_closed_by_one_marker_line_are_the_item_s(
        tmp_path, n1, n2, p1, p2, m1, m2, topic, part, item1, lead_in, step1, step2, item2,
        step3, step4):
    # a short sentence with only its marker under it is that point's words, and the marker
    # after the last step closes the whole item, its steps dating it
    text = STEPS_CLOSED.format(topic=topic, part=part, n1=n1, n2=n2, p1=p1, p2=p2, m1=m1,
                               m2=m2, item1=item1, lead_in=lead_in, step1=step1, step2=step2,
                               item2=item2, step3=step3, step4=step4)
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == [item1, item2]
    assert tasks[0].owners[:1] == ["省政务服务局"] and len(tasks[0].owners) == 3
    assert tasks[1].owners == ["省政务服务局"]
    assert [t.due for t in tasks] == [D(2024, 12, 31), D(2024, 9, 30)]


@pytest.mark.parametrize("first, second", [("1、", "2、"), ("（一）", "（二）")])
def test_a_short_item_with_only_its_marker_below_keeps_its_words(tmp_path, first, second):
    text = (f"某县2024年民生实事\n{first}开通12345政务热线。\n（县政务服务中心负责）\n"
            f"{second}新建公办幼儿园3所。\n（县教育局负责，2024年9月底前完成）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.text for t in tasks] == ["开通12345政务热线。", "新建公办幼儿园3所。"]
    assert [t.owners for t in tasks] == [["县政务服务中心"], ["县教育局"]]


# -- 6. run together after an owner marker ----------------------------------------------------

@pytest.mark.parametrize("a, b, c, marker", [
    ("(1)", "(2)", "(3)", "（市市场监管局牵头负责）"),
    ("（1）", "（2）", "（3）", "（牵头单位：市市场监管局）"),
    ("①", "②", "③", "（市市场监管局负责）"),
])
def test_items_run_together_each_closed_by_its_owner_marker(tmp_path, a, b, c, marker):
    text = ("某市优化营商环境实施意见\n2017年6月1日\n一、持续减少审批事项\n"
            f"1.深化商事制度改革。{a}推行多证合一改革，整合涉企证照事项。{marker}"
            f"{b}推行企业登记全程电子化，推广网上登记。{marker}"
            f"{c}推进企业名称登记改革，开放名称库。{marker}\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title[:6] for t in tasks] == ["推行多证合一", "推行企业登记", "推进企业名称"]
    assert all(t.owners == ["市市场监管局"] for t in tasks)


# -- 7. a rate is not a cadence ---------------------------------------------------------------

@pytest.mark.parametrize("item, repeat", [
    ("城乡低保补差标准由每人每月150元提高到180元。", None),
    ("对种粮大户每亩每年补贴50元，扩大补贴覆盖面。", None),
    ("为困难残疾人每月发放生活补贴200元。", None),
    ("每季度召开一次联席会议，通报工作进展。", "quarterly"),
    ("每年新增城镇就业1万人以上。", "yearly"),
    ("每月10日前报送上月工作进展。", "monthly"),
])
def test_an_amount_per_period_is_a_rate_not_a_repeat(tmp_path, item, repeat):
    text = ("某县2023年为民办实事\n2023年1月5日\n一、民生保障\n"
            f"1.{item}\n2.新建乡镇敬老院5所。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].repeat == repeat


# -- ordinals said in words, run in or broken by the page ---------------------------------

@pytest.mark.parametrize("numbers", [
    ("一是", "二是", "三是", "四是"),
    ("第一，", "第二，", "第三，", "第四，"),
    ("其一，", "其二，", "其三，", "其四，"),
    ("㈠", "㈡", "㈢", "㈣"),
    ("⑴", "⑵", "⑶", "⑷"),
    ("(1)", "(2)", "(3)", "(4)"),
])
def test_an_enumeration_run_in_after_a_colon_gives_its_items(tmp_path, numbers):
    a, b, c, d = numbers
    text = (f"石门县今年为民办好四件实事\n"
            f"县政府确定的四件实事是：{a}新建城东幼儿园，新增学位300个；"
            f"{b}改造城区供水管网12公里；{c}新增公共停车位500个；{d}建设乡镇养老服务站6个。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3, 4]
    assert tasks[1].text.startswith("改造城区供水管网12公里")


def test_a_run_in_enumeration_broken_by_the_page_is_one_list(tmp_path):
    text = ("河口镇确定今年五件民生实事\n"
            "这五件实事分别为：一是硬化村组道路20公里；二是改造农村危房80户；三是加大\n"
            "卫生院设备投入，新建村卫生室4个；四是新建农贸市场1个；五是实施饮水安全工程。\n"
            "新闻推荐\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3, 4, 5]
    assert "卫生院设备投入" in tasks[2].text


def test_items_one_per_paragraph_numbered_in_words(tmp_path):
    text = ("某街道2024年工作思路\n2024年1月8日\n一是推进老旧小区改造，完成8个小区。\n"
            "二是提升社区服务，新建邻里中心2个。\n三是加强综合治理，6月底前完成网格划分。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3]
    assert tasks[2].due == D(2024, 6, 30)


def test_a_sharing_site_s_page_numbers_are_no_items(tmp_path):
    filler = "，".join(["进一步提高群众满意度"] * 12)
    text = (f"1、某乡2022年工作要点2022年是关键之年，{filler}。"
            f"一、发展产业1.壮大茶叶产业。建设茶叶基地，"
            f"{filler}，坚决禁用高\n"
            f"2、毒农药，{filler}。2.改造农田项目500亩。3.发展特色养殖。二、美化环境4.推进绿化"
            f"美化，{filler}，争取资\n"
            "3、金建设新村。5.城乡环境综合治理常态化，场镇保持整洁。6.完善基础设施。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3, 4, 5, 6]
    assert "高毒农药" in tasks[0].text
    assert tasks[4].ongoing and not tasks[3].ongoing


def test_a_site_s_numbered_terms_without_a_heading_end_the_article(tmp_path):
    # (1、本网站所登载之内容…: the site speaking of itself; not 1、本网格内…, a plan's grid)
    text = ("某区召开重点工作调度会\n会议要求，各单位要明确工作职责，加速推进项目建设。各街道要做好"
            "园区改造等基础性工作。\n1、本网站所登载之内容，不论原创或转载，皆以传播信息为主。\n"
            "2、本网原创之作品，欢迎转载分享，并请注明出处。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert not any("本网" in t.title for t in tasks)
    assert [t.owners for t in tasks] == [["各单位"], ["各街道"]]
    tasks, _ = tasks_of(tmp_path, "网格化管理方案\n1、本网格内的出租房屋由网格员每月巡查一次。\n"
                                  "2、本网格内的商铺由社区民警每周检查一次。\n")
    assert len(tasks) == 2


def test_a_sharing_site_s_square_brackets_are_round_but_a_document_number_s_year(tmp_path):
    text = ("关于做好防溺水工作的通知（交发〔2023〕12号）\n〔一〕公路部门：加强道路施工监管。\n"
            "〔二〕有渡乡〔镇〕人民政府：健全客渡船舶管理制度。\n〔三〕县交通运输局：组织开展安全培训。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.seq, t.owners) for t in tasks] == [
        (1, ["公路部门"]), (2, ["有渡乡（镇）人民政府"]), (3, ["县交通运输局"])]
    from vtrack.extract import text as page_text
    assert "〔2023〕" in page_text.clean(text)[0]


@pytest.mark.parametrize("text, ongoing", [
    ("1.城乡环境卫生整治常态化，保持整洁有序。", True),
    ("1.常态化开展安全生产检查。", True),
    ("1.完善常态化防控机制，巩固防控成果。", False),
    ("1.建设人才驿站。推动引才工作常态化，扩大影响。", False),
])
def test_standing_work_is_ongoing_only_where_the_item_says_so(tmp_path, text, ongoing):
    tasks, _ = tasks_of(tmp_path, "某镇2023年工作要点\n2023年1月5日\n" + text + "\n2.加强督查。\n")
    assert tasks[0].ongoing is ongoing


@pytest.mark.parametrize("line", ["（2016年3月2日）", "(2016年3月2日)"])
def test_a_bracketed_date_under_the_title_dates_the_plan(tmp_path, line):
    text = ("某市推进智慧城市建设实施意见\n（征求意见稿）\n" + line + "\n"
            "1.建设城市大脑。三年内建成市级平台。（牵头单位：市数据局）\n"
            "2.建设特色小镇。力争5年内建成5个。（牵头单位：市发改委）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(2018, 12, 31), D(2020, 12, 31)]


@pytest.mark.parametrize("clause, due", [
    ("，第二季度完成设备招标，", D(2024, 6, 30)),
    ("；三季度开工建设文化中心，", D(2024, 9, 30)),
    ("，上半年启动智慧停车平台建设，", D(2024, 6, 30)),
])
def test_a_period_opening_a_clause_dates_an_undated_plan_s_item_by_its_opening_year(
        tmp_path, clause, due):
    text = ("推动经济高质量发展的若干措施\n"
            "根据《2024年政府工作报告》部署，结合全县2024年财政预算安排，制定以下措施。\n"
            f"1.支持重点项目建设。安排专项资金500万元{clause}抓好项目落地。\n"
            "2.支持企业技术改造。对技改投资给予补助。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].due == due and tasks[1].due is None


def test_one_year_named_once_or_two_years_date_no_undated_plan(tmp_path):
    for opening in ("根据《2019年工作要点》部署，结合本县实际，制定以下措施，请认真贯彻执行。",
                    "根据《2019年工作要点》和2020年预算安排，结合本县实际，制定以下措施。"):
        text = ("若干措施\n" + opening + "\n1.支持项目建设，第二季度完成招标。\n"
                "2.支持企业改造，对技改投资给予补助。\n")
        tasks, _ = tasks_of(tmp_path, text)
        assert tasks[0].due is None


POINTS_IN_WORDS = """\
某县2024年优化营商环境工作方案
2024年3月1日
一、重点任务
（一）提升政务服务效能。
{a}推行一网通办，实现高频事项全程网办。
{b}推行一窗受理，9月底前完成综合窗口改造。（牵头单位：县政务服务中心；配合单位：县直各部门）
（二）降低企业成本。
{a}落实减税降费政策。
{b}降低用电用气成本。（牵头单位：县发改局）
"""


@pytest.mark.parametrize("a, b", [("一是", "二是"), ("其一，", "其二，")])
def test_points_in_words_closed_by_one_owner_marker_are_the_item_s(tmp_path, a, b):
    tasks, _ = tasks_of(tmp_path, POINTS_IN_WORDS.format(a=a, b=b))
    assert [(t.title, t.owners) for t in tasks] == [
        ("提升政务服务效能", ["县政务服务中心", "县直各部门"]), ("降低企业成本", ["县发改局"])]
    assert tasks[0].due == D(2024, 9, 30)


def test_points_in_words_each_naming_owners_are_tasks(tmp_path):
    text = ("某区2024年民生工作要点\n2024年2月1日\n一、教育\n"
            "一是新建幼儿园2所。（区教育局负责）\n二是改造薄弱学校5所。（区教育局、区财政局负责）\n"
            "二、医疗\n一是新建社区卫生服务站3个。（区卫健局负责）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["区教育局"], ["区教育局", "区财政局"], ["区卫健局"]]


def test_points_in_words_under_a_task_of_a_plan_naming_no_owner_are_its_words(tmp_path):
    text = ("某县2024年民生工作要点\n2024年2月1日\n一、重点任务\n"
            "（一）推进道路建设，完成改造10公里。\n"
            "（二）提升教育质量。\n一是新建学校2所。\n二是改造操场3个，年底前完成。\n"
            "（三）加强医疗保障，新增床位100张。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3]
    assert "新建学校2所" in tasks[1].text and tasks[1].due == D(2024, 12, 31)


# -- run in on one line, owners as subjects, goals beside tasks, cadences -------------------

@pytest.mark.parametrize("before, after", [
    ("", ""),
    ("| ", " |"),  # a web page's layout table of one cell
])
@pytest.mark.parametrize("numbers", [
    ("(1)", "(2)", "(3)", "(4)"),
    ("（1）", "（2）", "（3）", "（4）"),
    ("1.", "2.", "3.", "4."),
])
def test_a_news_item_s_run_in_list_on_one_line_gives_its_items(tmp_path, before, after,
                                                              numbers):
    a, b, c, d = numbers
    text = ("某县今年将办好四件民生实事\n|\n"
            f"{before}3月2日上午，某县人代会开幕。县长作报告指出，今年重点抓好四件实事。分别是： "
            f"{a}新建总投资2.5亿元的县中医院。 {b}改造提升人民路、建设路。 "
            f"{c}建成乡镇污水处理站6个。 {d}秋季投入使用城南小学。{after}\n"
            "|\n来源：某县融媒体中心\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3, 4]
    assert tasks[1].text.startswith("改造提升人民路") and not any(t.owners for t in tasks)
    assert not tasks[3].text.endswith("|")


@pytest.mark.parametrize("a, b, c", [
    ("市民政局负责", "县住建部门负责", "国有林场及林场社区分别负责"),
    ("区文明办牵头", "卫健部门具体负责", "县农业局、县林业局共同负责"),
])
def test_owners_said_as_the_subject_of_the_item_s_sentence(tmp_path, a, b, c):
    text = ("某县城乡环境整治实施方案\n2022年3月1日\n一、职责分工\n"
            f"1、{a}统筹协调宣传报道工作，及时曝光不良行为。\n"
            f"2、{b}监督检查城区道路、公园等公共场所的环境卫生。\n"
            f"3、{c}检查辖区内的环境卫生整治。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [
        [a[:-2].removesuffix("具体")], [b[:-2].removesuffix("具体")],
        [n for n in c.replace("分别负责", "").replace("共同负责", "").replace("及", "、")
         .split("、")]]


def test_a_unit_mentioned_inside_the_sentence_or_by_由_is_no_owner(tmp_path):
    text = ("某区人才工作要点\n2022年3月1日\n"
            "1、加强组织领导，市人社局负责人定期听取汇报。\n"
            "2、按照省教育厅要求，完善职称评定办法。\n"
            "3、由教育部门牵头建立教学管理机制，确保规范有序。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[], [], []]


@pytest.mark.parametrize("numbers", [("一是", "二是", "三是"), ("1.", "2.", "3.")])
def test_who_does_it_how_often_after_a_short_title_sentence(tmp_path, numbers):
    a, b, c = numbers
    text = ("关于建立基层工作例会制度的通知\n2021年3月1日\n"
            f"{a}半月一调度。各村（社区）党支部每半月召开一次调度会，通报工作进展。\n"
            f"{b}季度一分析。各乡镇（街道）党委每季度分析一次工作形势。\n"
            f"{c}半年一总结。各部门每半年进行一次工作总结，安排下一步工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.repeat for t in tasks] == ["semimonthly", "quarterly", "half-yearly"]
    assert [t.owners for t in tasks] == [["各村（社区）党支部"], ["各乡镇（街道）党委"], ["各部门"]]


@pytest.mark.parametrize("phrase, repeat", [
    ("每半年报送一次进展", "half-yearly"), ("每半个月通报一次", "semimonthly"),
    ("每半月开展一次巡查", "semimonthly"), ("每年开展一次评估", "yearly"),
    ("每周五下午开展义务劳动", "weekly"), ("每星期一报送进度", "weekly"),
])
def test_half_years_and_half_months_are_cadences(phrase, repeat):
    assert read(phrase).repeat == repeat


def test_a_weekly_task_in_a_plan_is_read_kept_and_shown(run, tmp_path):
    (tmp_path / "plan.txt").write_text(
        "某镇周末义务劳动活动方案\n2015年7月1日\n一、活动安排\n"
        "1.各村支部组织党员每周五下午开展义务劳动。（责任单位：各村支部）\n"
        "2.镇机关每周一通报活动情况。（责任单位：镇党政办）\n", encoding="utf-8")
    assert run("extract", "plan.txt", "--plan-id", "p", "-o", "tasks.yaml").code == 0
    assert (tmp_path / "tasks.yaml").read_text(encoding="utf-8").count("repeat: weekly") == 2
    shown = run("show", "p-01")
    assert shown.code == 0 and "每周" in shown.out  # a task file that holds it loads


@pytest.mark.parametrize("tasks_h, goals_h", [("㈠任务", "㈡目标"),
                                              ("（一）工作任务", "（二）工作目标")])
def test_goals_listed_beside_the_tasks_of_a_part_are_tasks(tmp_path, tasks_h, goals_h):
    text = ("某乡村屯环境整治实施方案\n一、指导思想\n以改善人居环境为目标，发动群众。\n"
            f"二、任务和目标\n{tasks_h}\n1、清理村内垃圾堆。\n2、每个村建一个垃圾排放场。\n"
            f"{goals_h}\n1、主要街道两侧无垃圾、无粪堆。\n2、垃圾排放场远离水源。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert len(tasks) == 4 and tasks[2].section == goals_h
    assert not any("改善人居环境" in t.text for t in tasks)  # 指导思想 still frames


@pytest.mark.parametrize("page", ["9", "- 9 -", "第9页"])
def test_a_page_number_on_its_own_line_is_no_item_s_words(tmp_path, page):
    text = ("某县环境整治方案\n2022年3月1日\n1、文明办负责宣传报道。\n"
            f"2、工商部门负责检查集贸市场。\n{page}\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[1].text.startswith("工商部门负责") and tasks[1].owners == ["工商部门"]


def test_work_made_standing_as_its_aim_is_ongoing(tmp_path):
    text = ("某镇2023年工作要点\n2023年1月5日\n"
            "1.交通部门负责检查公路沿线卫生，实现常态化、长效化保洁。\n"
            "2.完善常态化、长效化防控机制。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.ongoing for t in tasks] == [True, False]


def test_a_guiding_part_beside_the_tasks_still_frames(tmp_path):
    text = ("某镇2023年人居环境整治方案\n一、总体要求和主要任务\n（一）指导思想\n"
            "1、坚持以人民为中心。\n2、坚持因地制宜。\n（二）主要任务\n1、清理村内垃圾堆。\n"
            "2、建设垃圾排放场。\n3、改造农村厕所。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.section for t in tasks] == ["（二）主要任务"] * 3


@pytest.mark.parametrize("unit, others", [("综合办公室", "党群工作部、监察室、财务室"),
                                          ("招商合作局", "行政审批局、政务服务中心")])
def test_a_bracket_of_units_after_a_unit_s_own_name_is_its_other_names(tmp_path, unit, others):
    text = (f"某园区2019年部室工作任务\n（一）{unit}（{others}）\n"
            "1.积极宣传推介园区，完成上稿8篇。\n2.完成主要领导交办的其他工作。\n"
            "（二）工程建设管理局（安全生产监督局）\n1.年底前完成第三期标准厂房建设。\n2.落实安全生产措施。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[unit]] * 2 + [["工程建设管理局"]] * 2


@pytest.mark.parametrize("heading, unit", [
    ("（一）县委宣传部（县新闻出版局、县版权局）", "县委宣传部"),
    ("（一）县发改局（县粮食和物资储备局）", "县发改局")])
def test_a_bracket_of_units_of_the_unit_s_own_level_is_its_other_names(tmp_path, heading,
                                                                        unit):
    # (an office that bears other bodies' names too: the unit alone owns its items)
    text = (f"某县2024年重点工作任务分工\n{heading}\n1.完成固定资产投资增长8%。\n"
            "2.争取中央预算内投资3亿元。\n（二）县商务局（县招商服务中心）\n"
            "1.社会消费品零售总额增长6%。\n2.新增限上商贸企业20家。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[unit]] * 2 + [["县商务局"]] * 2


@pytest.mark.parametrize("label, first, second", [
    ("（1）年度主要任务与要求：", "①", "②"), ("1.主要任务：", "（1）", "（2）")])
def test_one_label_leading_into_an_owned_heading_s_items_hands_them_its_owners(
        tmp_path, label, first, second):
    text = (f"某区2024年重点工作\n（一）城市建设（区住建局牵头）\n{label}\n"
            f"{first}改造老旧小区12个；\n{second}新建口袋公园5处。\n"
            f"（二）社会事业（区教育局牵头）\n{label}\n{first}新建幼儿园3所；\n"
            f"{second}改扩建中小学2所。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == ["改造老旧小区12个", "新建口袋公园5处", "新建幼儿园3所",
                                        "改扩建中小学2所"]
    assert [t.owners for t in tasks] == [["区住建局"]] * 2 + [["区教育局"]] * 2


@pytest.mark.parametrize("sentence, expected", [
    ("省委组织部要会同省委农办，健全村级组织体系。", ["省委组织部", "省委农办"]),
    ("县委组织部负责选优配强村党组织书记。", ["县委组织部"]),
    ("区委组织部牵头，区民政局配合，整顿软弱涣散村党组织。", ["区委组织部", "区民政局"]),
    ("各乡镇承担部分村级组织活动场所改造任务。", ["各乡镇"]),  # (承担部分: the verb)
])
def test_an_organisation_department_is_no_subject_that_organises(tmp_path, sentence, expected):
    # (组织 in 组织部 is the name's own word, not the verb of the work)
    text = ("某省乡村治理工作要点\n（一）加强农村基层党组织建设。" + sentence + "\n"
            "（二）推进移风易俗。常态化开展专项治理（省委宣传部、省民政厅按职责分工负责）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == expected


@pytest.mark.parametrize("clauses, expected", [
    ("区民政局牵头，区财政局配合，", ["区民政局", "区财政局"]),
    ("由县水利局负责，县财政局、各乡镇配合，", ["县水利局", "县财政局", "各乡镇"]),
    ("由分管副区长负责，区水务局牵头，各街道配合，", ["区水务局", "各街道"]),
])
def test_who_in_clauses_after_a_short_title_sentence(tmp_path, clauses, expected):
    text = ("某区2024年重点工作\n1.推进河湖治理。" + clauses + "年底前完成河道清淤20公里。\n"
            "2.推进移风易俗。常态化开展专项治理（区委宣传部负责）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == expected
    assert "。，" not in tasks[0].text  # (no stray mark where a clause that says who went)


def test_who_does_a_later_sentence_s_work_is_not_the_item_s(tmp_path):
    # (after a long first sentence, who funds and audits it is no owner of the river work)
    text = ("某区2024年重点工作\n1.推进河湖综合治理，年底前完成河道清淤20公里。区财政局牵头，"
            "区审计局配合，做好项目资金保障和审计监督。\n2.推进移风易俗（区委宣传部负责）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == []


@pytest.mark.parametrize("marker", ["（县安委会各成员单位按职责分工负责）",
                                    "（县应急局牵头，县公安局配合）"])
def test_a_label_leading_into_points_closed_by_one_marker_shares_it(tmp_path, marker):
    # a label over its points (重点开展以下专项整治：) is a group: the marker after the last is
    # each point's; an item that says its work in a sentence over undated points is closed by
    # its marker, and is a task though its points are not
    text = ("某县2024年安全生产重点工作\n1.重点开展以下专项整治：\n（1）危化品企业安全专项整治；\n"
            f"（2）建筑施工安全专项整治；\n（3）道路交通安全专项整治。\n{marker}\n"
            "2.完善应急预案体系。\n（1）修订县级总体应急预案；\n（2）组织开展综合应急演练。\n"
            "（县应急局负责）\n")
    tasks, _ = tasks_of(tmp_path, text)
    shared = [t.owners for t in tasks[:3]]
    assert len(tasks) == 4 and shared[0] and shared == [shared[0]] * 3
    assert (tasks[3].title, tasks[3].owners) == ("完善应急预案体系", ["县应急局"])


@pytest.mark.parametrize("work, ongoing", [
    ("常态化开展危险货物道路运输联合执法检查，严查非法运输。", True),
    ("依法打击非法经营、违规储存燃气等违法行为，立即整改、长期坚持。", True),
    ("巩固学习成果，引导干部加强学习，常态化开展轮值授课，营造学习氛围。", False),
])
def test_standing_work_said_after_a_short_title_sentence(tmp_path, work, ongoing):
    # (the work's sentence opens or closes with it; a means in passing says no time)
    text = ("某县2024年燃气安全整治工作要点\n2024年3月1日\n"
            f"1.严厉打击违法行为。{work}（县城管局负责）\n"
            "2.开展燃气安全宣传，6月底前完成（县住建局负责）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].ongoing is ongoing and tasks[0].due is None


@pytest.mark.parametrize("label, co", [("责任单位", "配合单位"), ("牵头单位", "协办单位")])
def test_owner_labels_glued_to_an_item_s_words_with_no_colon(tmp_path, label, co):
    text = ("某街道环境整顿安排方案\n三、整治重点和责任分解\n"
            f"1、与交界处经常积存混合垃圾{label}环卫公司、执法七中队\n"
            f"2、快递网点门前积存垃圾{label}环卫分公司{co}办事处、城管中队\n"
            f"3、公交站北侧甬道积存垃圾{label}环卫分公司{co}城管中队\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["环卫公司", "执法七中队"],
                                         ["环卫分公司", "办事处", "城管中队"],
                                         ["环卫分公司", "城管中队"]]
    assert tasks[0].title == "与交界处经常积存混合垃圾"


@pytest.mark.parametrize("first", ["㈠", "（一）"])
def test_stages_that_close_with_their_owners_beside_one_over_numbered_items(tmp_path, first):
    # the first stage run on after its part's heading (二、… ㈠…), its text and owners below;
    # the second over numbered items that name theirs; the third like the first: all tasks
    second, third = ("㈡", "㈢") if first == "㈠" else ("（二）", "（三）")
    text = ("某局2017年卫生城市复审迎查工作方案\n"
            "一、组织领导\n成立迎查工作领导小组，组长：张明，副组长：李强。\n"
            f"二、复审任务及时间部署 {first}组织准备阶段（4月下旬~5月中旬）\n"
            "建立迎查工作领导机构，制定迎查工作方案。\n（责任单位：组宣处）\n"
            f"{second}自查自纠阶段（5月份）\n"
            "1.对照标准组织自我检查，制定整改措施。（责任单位：相关处室）\n"
            "2.完成各类资料汇总整理上报工作。（责任单位：组宣处）\n"
            f"{third}省级复审阶段（5月下旬）\n迎接省专家组明查暗访。\n（责任单位：办公室）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["组宣处"], ["相关处室"], ["组宣处"], ["办公室"]]
    assert tasks[0].title.startswith("组织准备阶段")


@pytest.mark.parametrize("label", ["整改部门", "整改责任单位"])
def test_a_rectification_label_names_the_owners(tmp_path, label):
    text = ("关于五一节前安全检查情况的通报\n2019年5月7日\n存在问题：\n"
            f"1.宿舍大门未及时上锁（{label}：各系部）；\n"
            f"2.阳台外檐随意摆放物品（{label}：各系部、后勤管理处）；\n"
            f"3.实验室废液未按规定集中存放。（{label}：药学系）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["各系部"], ["各系部", "后勤管理处"], ["药学系"]]


@pytest.mark.parametrize("closing", ["", "特此通报，请各部门督促落实。\n"])
def test_an_item_that_opens_with_an_organ_and_the_work_s_verb(tmp_path, closing):
    # (后勤服务中心加强…: who, then what it does, with no 要 between; a call whose subject is
    # people, 各部门寒假值班人员…, names no one)
    text = ("安全检查情况通报\n"
            "1月7日上午，由副院长带队、各相关部门负责人参加，进行了学院安全检查。现提出以下要求：\n"
            "一、各部门寒假值班人员一定要落实到位，并对部门所辖各部位进行检查。\n"
            "二、学生工作处要加强留校值班学生管理。\n"
            "三、后勤服务中心加强水电管理，能关总闸的关总闸，作好防冰冻的应急预案。\n"
            "四、教务处做好假期实验室安全巡查。\n" + closing)
    # (the notice's closing formula after the last item is the document's, not its words)
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[], ["学生工作处"], ["后勤服务中心"], ["教务处"]]


@pytest.mark.parametrize("colon", ["：", ":"])
def test_sections_named_with_a_colon_over_their_items(tmp_path, colon):
    # each section's name on a line of its own, with its colon, over its numbered items; the
    # part after them (三、…) is none of the last section's
    text = ("某县教育局2024年1月工作计划\n一、局主要工作\n1、做好教育工作督导评估。\n"
            "2、做好寒假期间教育系统的安全工作。\n二、科室工作\n"
            f"办公室{colon}\n1、对全县教育工作进行详细总结。\n2、做好年终检查的服务工作。\n"
            f"人事科{colon}\n1、组织专业技术人员考试报名工作。\n"
            f"安全卫生科{colon}\n1、做好安全隐患整改复查工作。\n"
            "三、其他工作\n1、做好寒假期间学生资助发放工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[], [], ["办公室"], ["办公室"], ["人事科"],
                                         ["安全卫生科"], []]


@pytest.mark.parametrize("numbers", ["{}、", "{}."])
def test_a_list_of_short_items_glued_one_to_the_next(tmp_path, numbers):
    # (a page whose breaks were lost, each item's number right after the last one's words:
    # six or more numbers in a row are the list's, not figures)
    targets = ["符合政策生育率在95%以上", "人口统计准确率在96%以上", "出生人口性别比治理在正常范围",
               "重点对象三查率达95%以上", "节育措施及时率在90%以上", "优惠政策兑现率达100%",
               "宣传教育工作到位"]
    run = "".join(numbers.format(k) + t for k, t in enumerate(targets, 1))
    # (the page on one line, as sharing sites store it)
    text = ("某镇2012年度人口和计划生育工作目标任务书为了提高我镇人口和计划生育工作水平，明确"
            "目标任务，落实工作责任，确保我镇人口和计划生育目标任务的顺利完成，特制定如下目标任"
            f"务书：一、主要目标任务{run}二、工作要求：各村要加强领导，确保完成任务。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks[:6]] == targets[:6]
    assert tasks[6].title.startswith(targets[6])  # (二、… glued to it is left on it)


def test_numbers_listed_in_a_sentence_are_no_items(tmp_path):
    # (a guard: 1、2、3、4、5、6号楼 names buildings, each "item" a figure)
    text = ("某小区改造工作安排\n1.改造小区1、2、3、4、5、6号楼外墙，年底前完成。\n"
            "2.更新小区路灯30盏，9月底前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2]


def test_a_label_of_the_units_the_duty_rests_on(tmp_path):
    # (主体责任单位：, after the other labels on the same line: a label, not a unit 主体)
    text = ("某镇2020年河长制湖长制工作安排\n一、强化水资源保护行动\n"
            "1.落实国家节水行动方案，推进节水型社会建设。牵头部门：镇水利站 协作部门：镇工业办、"
            "镇城建办 主体责任单位：各村（居）\n"
            "2.落实入河排污口监督管理实施细则。牵头部门：镇环保站 协作部门：镇水利站 "
            "主体责任单位：各村（居）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["镇水利站", "镇工业办", "镇城建办", "各村（居）"],
                                         ["镇环保站", "镇水利站", "各村（居）"]]


@pytest.mark.parametrize("listed", [
    "一、检查依据：1.《安全生产法》2.《消防法》3.《危险化学品安全管理条例》4.《生产安全事故应急"
    "条例》5.《建设工程安全生产管理条例》6.《特种设备安全监察条例》",
    "一、检查范围：1、东关村200亩2、西关村150亩3、南庄村180亩4、北庄村120亩5、李家沟村100亩"
    "6、王家湾村90亩"])
def test_names_glued_one_to_the_next_are_no_items(tmp_path, listed):
    # (laws, or places with their counts, glued on a page's one line: a list of names)
    text = ("某县2022年安全生产大检查实施方案为深入贯彻落实上级关于安全生产工作的决策部署，"
            f"结合我县实际，制定本方案。{listed}二、检查重点：（一）危险化学品企业全覆盖检查，"
            "2022年6月15日前完成。（责任单位：县应急管理局）（二）在建工地安全检查，2022年6月20日"
            "前完成。（责任单位：县住建局）三、工作要求各单位要高度重视，认真组织实施。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县应急管理局"], ["县住建局"]]


@pytest.mark.parametrize("addressees", ["县直各单位：", "全县中小学校："])
def test_a_notice_s_addressees_over_its_items_are_no_section(tmp_path, addressees):
    text = ("关于春节期间安全生产工作的提示函\n" + addressees + "\n"
            "一、严格落实节日期间值班值守制度，主要负责人带班。\n"
            "二、开展一次节前安全隐患自查，于1月15日前完成。\n县安委会办公室\n2023年1月5日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[], []]


def test_a_heading_of_words_with_its_colon_ends_the_sections_items(tmp_path):
    text = ("县卫生健康局2023年9月份工作安排\n办公室：\n1、做好国庆节期间值班安排。\n"
            "2、完成三季度信息公开工作。\n财务科：\n1、做好2024年部门预算编制工作。\n"
            "工作要求：\n1、各科室要于9月5日前将月度工作计划报局办公室。\n"
            "2、县疾控中心、县卫生监督所于每月25日前报送工作完成情况。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:3] == [["办公室"], ["办公室"], ["财务科"]]
    assert "财务科" not in tasks[3].owners + tasks[4].owners


@pytest.mark.parametrize("opening", [
    "人员密集场所落实", "门户网站建立", "化学实验室建立", "语文学科开展", "城乡结合部加强",
    "值班室落实", "与省总工会加强", "坚持以人民为中心加强"])
def test_places_subjects_and_partners_opening_an_item_are_no_owners(tmp_path, opening):
    text = ("某县2023年安全工作要点\n一、检查重点\n"
            f"1、{opening}安全管理制度，确保各项措施落实到位。\n"
            "2、后勤服务中心加强水电管理。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == [] and tasks[1].owners == ["后勤服务中心"]


def test_the_heading_that_asks_a_unit_for_its_items_comes_before_an_organ_in_their_words(
        tmp_path):
    text = ("某县住建局安全生产隐患整改方案\n三、县住建局要做好以下工作：\n"
            "1、建筑工地加强扬尘管控，落实“六个百分百”。\n2、燃气站点落实24小时值守制度。\n"
            "3、物业服务中心加强电动车充电管理。\n四、保障措施\n"
            "加强组织领导，确保整改于2023年8月31日前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县住建局"]] * 3


@pytest.mark.parametrize("label", ["整改验收单位", "整改复查单位", "督导部门"])
def test_the_units_that_check_the_work_are_no_owners(tmp_path, label):
    text = ("某县2023年第三季度安全隐患排查整改清单\n"
            f"1.农贸市场消防通道堆放杂物。整改责任单位：县市场监管局。{label}：县消防救援大队。"
            "整改时限：2023年9月30日。\n"
            f"2.加油站防雷检测过期。整改责任单位：县商务局。{label}：县气象局。"
            "整改时限：2023年10月15日。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县市场监管局"], ["县商务局"]]


def test_the_lead_that_also_scores_the_work_is_its_lead(tmp_path):
    # (a guard: 牵头考核单位 leads the work, though 考核 is a checker's word; the corpus's
    # baotou-shuzizhengfu-2022 keys it so)
    text = ("某市2022年数字政府建设考评指标\n"
            "1．各级政务服务事项全部开通全程网办。（5月底取得明显成效，牵头考核单位：市审批服务局）\n"
            "2．加强评价数据综合分析和应用。（6月底完成，牵头考核单位：市审批服务局）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["市审批服务局"], ["市审批服务局"]]


@pytest.mark.parametrize("by, due", [("2023年9月30日前", D(2023, 9, 30)),
                                     ("十月底前", D(2023, 10, 31))])
def test_a_closing_formula_that_asks_for_work_by_a_date_is_the_work(tmp_path, by, due):
    text = ("关于国庆节前校园安全检查情况的通报\n9月25日，学院组织对校园进行了安全检查，发现"
            "以下问题：\n一、部分学生宿舍存在使用违规电器现象。\n二、实验楼三楼消防通道堆放杂物。\n"
            f"三、整改要求\n特此通报，请各系部于{by}完成整改，并将整改报告报保卫处。\n"
            "学院保卫处\n2023年9月26日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert (tasks[-1].owners, tasks[-1].due) == (["各系部"], due)


@pytest.mark.parametrize("leader", ["", "组长：张明"])
def test_an_item_headed_by_a_working_group_s_name_is_its(tmp_path, leader):
    # (an event plan's groups: each item's heading is the group's name and its colon, its
    # duties below; a meeting's name so written, 家长会：, is none)
    text = ("某校2023年趣味运动会活动方案\n（二）人员安排\n"
            f"1、考勤组：{leader}\n负责人：李明\n（做好考勤记录，运动会期间提前30分钟到达现场。）\n"
            f"2、裁判组：{leader}\n负责人：王强\n（做好器材检查，公正判定比赛。）\n"
            "3、家长会：\n（活动结束后召开家长会，通报活动情况。）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["考勤组"], ["裁判组"], []]


@pytest.mark.parametrize("items", [
    ["1、小学组：", "每校限报2个节目，节目时长不超过5分钟。", "2、初中组：", "每校限报3个节目。"],
    ["1、签到处：", "设在学校南门广场，新生凭录取通知书签到。", "2、缴费处：",
     "设在行政楼一楼大厅。"],
    ["1、县人民医院：", "地址：城关镇解放路12号", "2、县中医院：", "地址：城关镇人民路8号"]])
def test_a_division_a_desk_or_an_address_headed_by_its_name_has_no_owner(tmp_path, items):
    text = "某县2024年活动方案\n二、安排\n" + "\n".join(items) + "\n"
    try:
        tasks, _ = tasks_of(tmp_path, text)
    except VtrackError:  # (no task at all is a right reading too)
        return
    assert all(t.owners == [] for t in tasks)


@pytest.mark.parametrize("closing, last", [
    ("特此通知，元月二日（星期二）正常上课。", "三、作业要求：学生要按时完成寒假作业。"),
    ("特此通知，请于二月二十三日前将参会回执报县教育局。",
     "三、参会人员：各学校校长、分管安全副校长")])
def test_a_closing_formula_with_a_day_after_an_item_s_words_is_not_that_item_s(
        tmp_path, closing, last):
    text = ("关于召开会议的通知\n一、会议时间：2024年2月26日上午9:00\n"
            f"二、会议地点：县教育局三楼会议室\n{last}\n{closing}\n县教育局\n2024年2月20日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[-1].due is None


@pytest.mark.parametrize("when", ["六月份以后", "6月份以后", "6月份起"])
def test_a_month_the_work_starts_after_is_no_deadline(tmp_path, when):
    text = ("某博物馆2020年工作计划\n一、做好参访客人接待和防控措施落实。\n"
            f"二、{when}，视疫情变化情况开展联展及学术交流会等活动。\n"
            "三、6月份完成馆藏文物清点。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [None, None, D(2020, 6, 30)]


@pytest.mark.parametrize("mark", ["，", ","])
@pytest.mark.parametrize("kind, verb", [("制定", "起草"), ("修订", "负责"), ("", "牵头")])
def test_a_sentence_s_list_of_items_each_closed_by_its_owners(tmp_path, mark, kind, verb):
    # 包括：A（制定，省甲厅起草）、B（…）: each item of a list run together with 、 closed by a
    # bracket of its owners, under the short line before its paragraph; the work's kind in
    # the bracket (制定, 修订) is no unit
    def owned(name):
        return f"（{kind}{mark}{name}{verb}）" if kind else f"（{name}{verb}）"
    text = ("某省政府今年的立法工作计划公布\n近日，省政府印发2023年立法工作计划。\n审议项目\n"
            f"年内提请审议项目3部，包括：某省物业管理条例{owned('省住房城乡建设厅')}、"
            f"某省河道管理条例{owned('省水利厅、省自然资源厅')}、"
            f"某省全民健身条例{owned('省体育局')}。\n预备项目\n"
            f"预备项目10部，包括某省养老服务条例{owned('省民政厅')}、"
            f"某省中医药条例{owned('省卫生健康委')}等。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == ["某省物业管理条例", "某省河道管理条例", "某省全民健身条例",
                                        "某省养老服务条例", "某省中医药条例"]
    assert [t.owners for t in tasks] == [["省住房城乡建设厅"], ["省水利厅", "省自然资源厅"],
                                         ["省体育局"], ["省民政厅"], ["省卫生健康委"]]
    assert [t.section for t in tasks] == ["审议项目"] * 3 + ["预备项目"] * 2
    # the sentence that announces the first list times its items (年内提请审议); the second's
    # names no time
    assert [t.due for t in tasks] == [D(2023, 12, 31)] * 3 + [None] * 2


@pytest.mark.parametrize("arrow, points", [
    (arrow, points) for arrow in ("▶", "►", "➢") for points in ("●", "——", "➢")
    if arrow != points])  # (the same arrow over its points opens one run of points)
def test_an_arrow_over_points_or_sentences_opens_a_heading(tmp_path, arrow, points):
    # (a guard: ▶ 强化要素保障 ⏎ ● 建立…，县自然资源局负责，…: the arrow heads a group of
    # points, not one of them; arrows that follow one another open the points themselves)
    text = (f"某县优化营商环境行动方案\n主要任务\n{arrow} 提升政务服务效能\n"
            f"{points}推行“一窗受理、集成服务”，县政务服务中心负责，2024年6月底前完成。\n"
            f"{points}实现高频事项“跨省通办”，县行政审批局负责，2024年12月底前完成。\n"
            f"{arrow} 强化要素保障\n"
            f"{points}建立用地保障“白名单”制度，县自然资源局负责，2024年9月底前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县政务服务中心"], ["县行政审批局"], ["县自然资源局"]]
    assert [t.due.month for t in tasks] == [6, 12, 9]
    assert [t.section.endswith("提升政务服务效能") for t in tasks] == [True, True, False]


@pytest.mark.parametrize("listed, announcing", [
    ("县委宣传部（县文明办）、县发展改革局（县粮食和储备局）、县住建局（县人防办）",
     "成员单位包括："),
    ("张建国（县应急管理局）、李红梅（县住建局）、王志强（县交通运输局）", "决定表彰："),
    ("某市物业管理条例（市住建局起草）、某市养犬管理条例（市公安局起草）",
     "2023年已完成审议项目2部，包括："),
])
def test_a_list_of_names_or_of_work_done_with_units_in_brackets_gives_no_items(tmp_path, listed,
                                                                               announcing):
    # units with their other names, people with their units, or what was done last year:
    # no work to follow up; the sentences that ask units are the tasks where there are any
    text = (f"某县关于做好2024年有关工作的通知\n{announcing}{listed}。\n"
            "请各乡镇于3月10日前将联络员名单报县文明办。\n"
            "请县住建局于3月底前完成城区背街小巷改造方案编制。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["各乡镇"], ["县住建局"]]
    text = f"某县工作情况\n{announcing}{listed}。\n"
    with pytest.raises(VtrackError):
        tasks_of(tmp_path, text, "alone.txt")


@pytest.mark.parametrize("cited", ["（国办发明电〔2022〕16号）", "(鄂政办发〔2022〕31号)"])
def test_a_cited_document_s_number_gives_no_year_where_the_plan_has_its_date(tmp_path, cited):
    # 根据《…的通知》（国办发明电〔2022〕16号）精神 …, signed 2023年4月20日: a month and day
    # without a year are in the year of the plan's own date, not of the document it cites
    text = ("关于劳动节放假及有关工作的通知\n各部门：\n"
            f"根据《国务院办公厅关于部分节假日安排的通知》{cited}精神，现将有关事项通知如下。\n"
            "一、各部门于5月3日前将值班安排报办公室。\n二、后勤处于4月28日前完成节前安全检查。\n"
            "三、保卫处于4月29日前组织开展校园消防安全专项检查，发现隐患立即整改到位。\n"
            "四、各学院于5月6日前将学生返校情况报学生工作处，如有未按时返校学生须说明原因。\n"
            "五、信息中心于4月28日前完成网络安全检查，做好假期网络安全保障和应急值守工作。\n"
            "办公室\n2023年4月20日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(2023, 5, 3), D(2023, 4, 28), D(2023, 4, 29),
                                      D(2023, 5, 6), D(2023, 4, 28)]


def test_a_sentence_s_time_word_is_no_field_giving_the_plan_s_date(tmp_path):
    # 报送材料的时间区间为2012年1月1日至…: 时间 in a sentence, not a page's 时间： field, gives
    # the plan no date (nor its months a year, where nothing else gives one)
    text = ("各区县、市直各有关部门：\n"
            "省文明委将于2013年5月对我市城市文明程度进行测评，现将有关事项通知如下。\n"
            "一、报送材料的时间区间为2012年1月1日至2013年3月31日。\n"
            "二、各单位于4月10日前将材料报市创建办。\n"
            "三、市创建办于4月20日前完成材料审核。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert not any(t.due and t.due.year == 2012 for t in tasks)
    text += "2013年3月1日\n"  # (under its own date, the year of it)
    tasks, _ = tasks_of(tmp_path, text, "dated.txt")
    assert [t.due for t in tasks if t.due] == [D(2013, 4, 10), D(2013, 4, 20)]


def test_a_second_number_cited_after_a_first_is_no_plan_s_number_either(tmp_path):
    # 根据《…》（湘农发〔2022〕12号）和宁办发〔2021〕30号文件精神, signed 2022: neither cited
    # number is the plan's; its months are in the year of its date
    text = ("关于开展村庄清洁行动的通知\n各乡镇：\n"
            "根据《省村庄清洁行动方案》（湘农发〔2022〕12号）和宁办发〔2021〕30号文件精神，"
            "现将有关事项通知如下。\n一、各乡镇于4月15日前完成村庄垃圾集中清理。\n"
            "二、县住建局于5月底前完成农村危房排查，建立台账。\n"
            "三、县生态环境局于6月底前完成农村生活污水治理设施运行情况检查。\n"
            "县农业农村局\n2022年3月10日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(2022, 4, 15), D(2022, 5, 31), D(2022, 6, 30)]


@pytest.mark.parametrize("field, issued", [
    ("时间 | 2023-02-20", D(2023, 2, 20)), ("【时间】2023-02-20", D(2023, 2, 20)),
    ("[时间] 2023-02-20", D(2023, 2, 20)), ("时间：2023-02-20 10:15", D(2023, 2, 20)),
    ("统计时间：2021年1月1日至2021年12月31日", None),  # a span the plan's words give
    ("报送材料的时间区间为2021年1月1日", None),  # a sentence's word
    # 日期 alone as the page's label, beside its source
    ("日期:2017-08-23 16:26:52  来源:东海县国土局  作者:", D(2017, 8, 23)),
    ("公开日期2020年09月15日成文日期2020年09月14日", D(2020, 9, 14)),  # the plan's own first
    ("活动日期为2021年5月1日", None),  # a sentence's word
])
def test_a_page_s_time_field_dates_the_plan_in_its_forms(field, issued):
    from vtrack.extract import meta
    lines = ["关于做好开学工作的通知", field, "各学校：",
             "一、各学校于2月25日前完成校园安全隐患排查。"]
    assert meta.metadata(lines)["issued"] == issued


def test_a_listed_item_s_own_words_keep_a_word_that_opens_lists_elsewhere(tmp_path):
    # 包括：A（…）、有色金属产业促进条例（…）: 有 opens no list inside it; only the first item
    # loses the words that open the list (…17部，包括某省…)
    text = ("某省政府今年的立法工作计划公布\n预备项目\n"
            "预备项目3部，有某省电动自行车管理条例（制定，省公安厅起草）、"
            "有色金属产业促进条例（修订，省工业和信息化厅起草）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == ["某省电动自行车管理条例", "有色金属产业促进条例"]


@pytest.mark.parametrize("mark, dot", [("、", "。"), (".", "。"), ("．", "；")])
def test_an_item_run_on_into_the_line_of_the_item_before_it_is_an_item(tmp_path, mark, dot):
    # 1、… ⏎ 2、…。3、…: the line of item 2 carries item 3; its run starts at the number the
    # line above gave, not at 1
    items = ["开展文明礼仪教育活动", "组织安全知识竞赛", "举办读书节系列活动",
             "开展防溺水主题班会", "组织家长开放日"]
    text = ("某小学2023年春季德育工作安排\n二〇二三年二月十日\n三月主题：文明伴我行\n"
            f"1{mark}{items[0]}{dot}\n2{mark}{items[1]}{dot}3{mark}{items[2]}{dot}\n"
            f"4{mark}{items[3]}{dot}5{mark}{items[4]}{dot}\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == items


def test_figures_after_an_item_s_words_are_no_item_run_on(tmp_path):
    # guard (passes on the old code): 2、… figures 3、4 inside the words are counts, not items
    text = ("某小学2023年春季德育工作安排\n二〇二三年二月十日\n1、开展文明礼仪教育活动。\n"
            "2、组织第3、4年级学生参加安全知识竞赛。\n3、举办读书节系列活动。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == [
        "开展文明礼仪教育活动", "组织第3、4年级学生参加安全知识竞赛", "举办读书节系列活动"]


@pytest.mark.parametrize("leaf", ["完善流动人口管理服务", "加强卫生健康宣传教育",
                                  "推进家庭医生签约服务"])
@pytest.mark.parametrize("first", [True, False])
def test_a_part_of_work_with_no_items_before_parts_with_items_is_a_task(tmp_path, leaf, first):
    # in a plan that names no one: 二、完善… with its words but no items, before a part over
    # its items, is a task of its own (after the last such part, a part is the plan's closing
    # words: 四、加强督促检查, test_extract_copies)
    parts = ["创新宣传方式\n1、利用广播宣传人口政策。\n2、在村民集中居住地建宣传栏2个。\n",
             "提高服务工作质量\n1、保证服务室整洁规范。\n2、做好随访工作。\n"]
    alone = f"{leaf}\n加大工作力度，随时掌握变动情况，做好登记。\n"
    ordered = [alone] + parts if first else [parts[0], alone, parts[1]]
    body = "".join(f"{number}、{part}" for number, part in zip("一二三", ordered, strict=True))
    text = "某村2023年计划生育工作计划\n二〇二三年一月五日\n" + body
    tasks, _ = tasks_of(tmp_path, text)
    assert leaf in [t.title for t in tasks]
    assert len(tasks) == 5


@pytest.mark.parametrize("aspect", ["整治时间", "整治内容", "组织机构", "工作措施"])
def test_a_part_naming_an_aspect_of_the_plan_is_no_task(tmp_path, aspect):
    # guard for the rule above: 一、整治时间 ⏎ 2023年3月5日——5月5日 names when, not work
    text = ("某村开展环境整治实施方案\n二〇二三年三月一日\n"
            f"一、{aspect}\n本村的环境卫生、循环路沿线的装饰。\n"
            "二、整治标准\n1、村庄卫生：严格实行垃圾定点倾倒。\n2、通道绿化：循环路沿线空地绿化。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title[:4] for t in tasks] == ["村庄卫生", "通道绿化"]


ONE_LINE_PAGE = (
    "某区国有资产管理局关于印发行动方案的通知 各区属国企：现予以印发，请遵照执行。 "
    "某区国有资产管理局 2022年5月10日某区“国企改革攻坚年”行动实施方案 为贯彻落实有关要求，"
    "制定本方案。一、指导思想坚持稳中求进，推动国企高质量发展。二、主要任务{g1}{h1}"
    "{p}1{q}加快制度化规范化建设。厘清职责定位和权责边界。{p}2{q}加强董事会建设。"
    "集团企业实现董事会应建尽建。{p}3{q}落实董事会职权。2022年6月底前制定授权管理制度。"
    "{h2}{p}1{q}加强工资总额管理。严格控制企业工资总额增长。{p}2{q}实施成本精细化管理。"
    "加强项目成本核算。{p}3{q}强化成本管控考核。层层分解成本控制责任。"
    "三、工作要求（一）加强组织领导。各区属国企要切实担负起责任。\n")


@pytest.mark.parametrize("p, q", [("（", "）"), ("(", ")")])
@pytest.mark.parametrize("h1, h2", [("1.法人治理结构得到改进", "2.加大成本管控力度"),
                                    ("1．完善公司治理", "2．强化成本管控")])
@pytest.mark.parametrize("g1", ["（一）国企改革效率提高", ""])
def test_a_page_on_one_line_with_points_glued_to_their_numbered_headings(tmp_path, p, q, h1,
                                                                         h2, g1):
    # a crawler's page stored on one line: （1） glued to the words of its heading
    # 1.法人治理结构得到改进（1）…, the points run on after each sentence's end
    text = "某区行动方案\n" + ONE_LINE_PAGE.format(p=p, q=q, h1=h1, h2=h2, g1=g1)
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == [
        "加快制度化规范化建设", "加强董事会建设", "落实董事会职权", "加强工资总额管理",
        "实施成本精细化管理", "强化成本管控考核"]
    assert tasks[2].due == D(2022, 6, 30)


@pytest.mark.parametrize("group", [("（", "）"), ("(", ")")])
@pytest.mark.parametrize("dot", [".", "．"])
def test_items_numbered_through_groups_on_a_page_of_one_line(tmp_path, group, dot):
    # a crawler's page on one line: 1.…（…负责…）2.…（…）（二）group heading3.…（…）: the items
    # run on through the groups, each closed by its owners; the next group's heading glued
    # on before an item's number is no part of the item before it
    o, c = group
    text = ("某区危险化学品安全综合治理实施方案\n"
            "为加强危险化学品安全管理，制定本方案。一、指导思想坚持安全发展，夯实安全基础。"
            f"二、治理内容及分工{o}一{c}全面摸排安全风险1{dot}全面摸排风险。认真组织摸排各行业领域"
            "安全风险，建立风险分布档案。（区直各有关部门按职责分工负责，2018年3月底前完成）"
            f"2{dot}重点排查重大危险源。建立重大危险源数据库。（区应急局牵头，区公安局配合，持续推进）"
            f"{o}二{c}有效遏制重特大事故3{dot}加强罐区风险管控。开展罐区安全隐患排查整治。"
            "（区应急局牵头，区住建局、区市场监管局等按职责分工负责，2018年6月底前完成）"
            f"4{dot}加强运输安全管控。严把运输企业准入关。（区交通运输局牵头，区公安局配合，"
            "2018年9月底前完成）"
            f"{o}三{c}健全监管体制机制5{dot}完善统筹协调机制。完善联席会议制度。"
            "（区应急局负责，2018年3月底前完成）三、工作要求各部门要高度重视，抓好落实。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.seq for t in tasks] == [1, 2, 3, 4, 5]
    assert [t.title for t in tasks] == ["全面摸排风险", "重点排查重大危险源", "加强罐区风险管控",
                                        "加强运输安全管控", "完善统筹协调机制"]
    assert tasks[2].owners == ["区应急局", "区住建局", "区市场监管局"]
    assert tasks[3].due == D(2018, 9, 30)


@pytest.mark.parametrize("preface", ["开展专项整治的重要意义", "强化思想认识，增强责任意识",
                                     "开展的主要工作", "强化政治担当",
                                     "强化底线思维，树牢安全发展理念"])
def test_a_part_that_names_a_thing_or_a_frame_of_mind_is_no_task(tmp_path, preface):
    # guard for the part-of-work rule: a preface whose heading opens with a verb but names a
    # thing (…的重要意义) or a frame of mind (…意识) is no task before the parts over items
    text = ("某街道开展夏季治安专项整治行动实施方案\n二〇二三年六月一日\n"
            f"一、{preface}\n开展夏季治安专项整治行动，是保障群众安居乐业的重要举措，各社区务必高度重视。\n"
            "二、整治重点\n1、严厉打击盗窃电动车、入室盗窃等多发性侵财犯罪。\n"
            "2、深入排查整治出租屋、网吧等重点场所治安隐患。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title[:6] for t in tasks] == ["严厉打击盗窃", "深入排查整治"]


@pytest.mark.parametrize("p, q", [("（", "）"), ("(", ")")])
def test_points_glued_to_their_item_on_one_line_keep_the_item_s_owners(tmp_path, p, q):
    # 1.加强董事会建设（1）…。（2）…。（3）…。（区国资局牵头，…，2022年6月底前完成）: the
    # owners and the time close the item the points are of; the points stay in it
    text = ("某区2022年国企改革三年行动重点任务清单\n"
            "根据市国资委工作部署，结合我区实际，制定本清单。"
            f"一、完善中国特色现代企业制度1.加强董事会建设{p}1{q}区属一级企业实现董事会应建尽建。"
            f"{p}2{q}外部董事占多数。{p}3{q}建立董事会向经理层授权管理制度。"
            "（区国资局牵头，各区属国企负责，2022年6月底前完成）2.健全市场化经营机制"
            f"{p}1{q}全面推行经理层成员任期制和契约化管理。{p}2{q}推行职业经理人制度。"
            f"{p}3{q}健全中长期激励机制。（区国资局、区人社局负责，2022年9月底前完成）"
            "二、工作要求各单位要按照时间节点推进，每月25日前报送进展情况。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:2] == [["区国资局", "各区属国企"], ["区国资局", "区人社局"]]
    assert [t.due for t in tasks][:2] == [D(2022, 6, 30), D(2022, 9, 30)]


@pytest.mark.parametrize("counted", ["班", "号楼"])
def test_a_class_s_number_in_brackets_opens_no_item(tmp_path, counted):
    # 初一（1）班负责…。（2）班负责…: the classes that do the work, by their numbers
    text = ("某中学关于开展2023年秋季校园环境卫生大扫除的通知\n各年级、各班级：为营造整洁优美的校园"
            "环境，学校定于9月1日下午开展全校环境卫生大扫除，现将有关事项通知如下。"
            f"一、卫生区划分本次大扫除由初一年级负责教学楼及周边区域，其中初一（1）{counted}负责"
            f"教学楼一楼走廊和楼梯。（2）{counted}负责教学楼二楼走廊和卫生间。（3）{counted}负责"
            f"教学楼前花坛和宣传栏。（4）{counted}负责自行车棚。二、工作要求（一）各班主任要提前做好"
            "分工，9月1日下午4点前完成清扫。（二）政教处于9月1日下午5点组织检查评比，结果纳入班级"
            "量化考核。（三）清扫过程中注意安全，严禁攀爬窗台。某中学政教处 2023年8月30日\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert not any(t.title.startswith(counted) for t in tasks)


@pytest.mark.parametrize("line", ["1.县委办公室2.县政府办公室3.县人大办公室",
                                  "1.加强管理2.推进改革3.完善制度"])
def test_numbers_glued_on_in_a_short_line_are_not_cut_as_items(line):
    # a numbered heading (2.加大成本管控力度) counts as one only before bracketed points: a
    # short line of names or of words, numbered and glued on, stays whole
    from vtrack.extract.outline import split_run_together
    assert split_run_together([line])[0] == [line]


@pytest.mark.parametrize("second, unit", [("县公安局维护考点周边交通秩序，加强巡逻", "县公安局"),
                                          ("县卫健局安排医护人员驻点保障", "县卫健局"),
                                          ("县供电公司确保考点电力供应", "县供电公司")])
def test_a_list_of_duties_counts_the_items_whose_owners_another_reading_took(tmp_path, second,
                                                                            unit):
    # 1.县教育局牵头…（县教育局负责） ⏎ 2.县公安局维护…: two of three items open with their
    # units, though the first names them in its bracket too: a list of duties, each its own
    text = ("关于做好2024年中考考务工作的通知\n二〇二四年五月二十日\n二、工作要求\n"
            "1.县教育局牵头做好考务组织工作（县教育局负责）。\n"
            f"2.{second}。\n3.全体考务人员严守考试纪律。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县教育局"], [unit], []]


@pytest.mark.parametrize("score", ["（99分）", "(97分)", "（-2分）"])
def test_a_score_in_brackets_after_a_unit_s_heading_is_no_part_of_its_name(tmp_path, score):
    text = ("后勤保障处关于校园例行检查情况的通报\n现将检查发现的问题通报如下：\n"
            f"一、物业服务中心{score}\n1、北区20栋学生公寓二楼楼梯口堆放杂物，请及时督促清理。\n"
            "2、西区行李托运点现场卫生有待加强，请加强监督清理。\n"
            f"二、房产管理中心{score}\n1、生活服务中心旁水果店门口有垃圾堆积，请督促尽快清除。\n"
            "2、西区门面均有纸盒杂物堆积，请督促清除。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["物业服务中心"]] * 2 + [["房产管理中心"]] * 2


@pytest.mark.parametrize("verb", ["督促商户更换", "督办整改到位",
                                  # guards (pass on the old code): other verbs of doing
                                  "组织人员清理", "协调有关方面处置"])
def test_a_measure_line_by_a_unit_and_its_verb_names_the_unit(tmp_path, verb):
    text = ("11月8日市容环境综合整治情况的通报\n发布时间：2015-11-08\n"
            "县双创办巡查发现存在以下问题亟待整改：\n1、广伟商城户外宣传广告破损。\n"
            f"整改措施：由县住建局{verb}。\n2、新正街人行道多处水果摊贩流动经营。\n"
            f"整改措施：由包片单位县文广局{verb}。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县住建局"], ["县文广局"]]


@pytest.mark.parametrize("closing", [
    "请各责任单位按整改要求对上述问题尽快整改落实，整改结果纳入第四季度考核。",
    "对检查中发现的问题，请相关单位及时整改落实到位，整改情况纳入第四季度考评。",
    "针对上述存在的问题，请相关单位立即整改，第四季度将组织复查。"])
def test_the_notice_s_request_about_all_the_problems_is_none_of_the_last_one_s(
        tmp_path, closing):
    text = ("11月8日市容环境综合整治情况的通报\n发布时间：2015-11-08\n"
            "县双创办巡查发现存在以下问题亟待整改：\n1、广伟商城户外宣传广告破损。\n"
            "整改措施：由县住建局负责督促商户更换。\n2、河滨南路绿化带有住户晾晒坐垫。\n"
            f"整改措施：由县民政局负责督促住户移走。\n{closing}\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.owners, t.due) for t in tasks] == [(["县住建局"], None), (["县民政局"], None)]
    assert "上述" not in tasks[-1].text and "发现的问题" not in tasks[-1].text


@pytest.mark.parametrize("proposer, verb", [("区交投集团", "提出"), ("宁南管委会", "提交"),
                                            ("县住建局", "上报")])
def test_a_meeting_that_agrees_to_a_unit_s_proposal_and_asks_for_it_gives_that_unit(
        tmp_path, proposer, verb):
    text = ("区政府第89次常务会议纪要\n2021年4月2日，区长主持召开区政府第89次常务会议，现将会议"
            "讨论研究的有关事项纪要如下。\n"
            f"一、听取关于长汀商贸大厦改造项目有关情况汇报。会议原则同意{proposer}{verb}的改造"
            "方案，要求根据会议审议意见作进一步修改完善后，依法依规组织实施。\n"
            "二、听取关于城区停车场建设有关情况汇报。会议原则同意区城投公司提出的建设方案。\n")
    tasks, _ = tasks_of(tmp_path, text)
    # (the second: agreed to, nothing asked of anyone: no owner from it)
    assert [t.owners for t in tasks] == [[proposer], []]


@pytest.mark.parametrize("unit", ["市外轮供应公司", "县物资供应站", "区应急响应中心"])
def test_the_should_inside_a_unit_s_name_is_not_its_call_to_act(tmp_path, unit):
    # (市外轮供应公司应将…: the 应 of 供应 is the name's; the one after it asks the unit)
    text = ("关于协调解决房屋使用权问题的会议纪要\n会议议定如下：\n"
            f"一、{unit}应将沙面大街56号房屋的使用权交给胜利宾馆。\n"
            "二、区住建局应于2月20日前完成房屋安全鉴定。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[unit], ["区住建局"]]


@pytest.mark.parametrize("duty, owners_", [
    ("县交通局负责，各乡镇配合", ["县交通局", "各乡镇"]),
    ("县住建局牵头，县财政局、县自然资源局配合", ["县住建局", "县财政局", "县自然资源局"]),
    ("区城管局具体负责", ["区城管局"]),
    # (a person's part is no unit's: 分管副县长负责 names no owner)
    ("分管副县长负责", [])])
def test_a_clause_of_units_and_their_part_inside_a_requirement_names_them(
        tmp_path, duty, owners_):
    text = ("县长主持召开农村公路建设推进会\n2020-02-24 来源：某县融媒体中心\n"
            f"会议要求，要明确工作任务，坚持目标导向，早谋划、早着手，{duty}，细化任务，建立台账，"
            "3月底前完成115公里示范路段绿化任务。要加强财政支持，做好资金保障，确保年内完成。"
            "要强化督查考核，定期通报进展情况。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == owners_ and tasks[1].owners == tasks[2].owners == []


def test_a_clause_of_units_and_their_part_inside_a_numbered_item_names_them(tmp_path):
    # guard (passes on the old code): numbered items read such a clause already
    text = ("某县2021年城市建设重点工作安排\n一、重点工作\n"
            "1、加快老旧小区改造，全年改造小区12个，县住建局牵头，各街道配合，年底前完成。\n"
            "2、推进城区道路提升，完成主干道改造8公里，县交通运输局负责，10月底前完成。\n"
            "3、完善城市照明设施，新增路灯500盏，县城管局负责，县供电公司配合，9月底前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县住建局", "各街道"], ["县交通运输局"],
                                         ["县城管局", "县供电公司"]]


def test_a_notice_s_title_repeated_over_its_parts_names_no_owner(tmp_path):
    # guard (passes on the old code): the parts are the tasks, the title no owner's name
    text = ("关于清查办公及附属用房的通知\n发布院部：资产管理处发布时间：2018-04-23\n"
            "关于清查办公及附属用房的通知\n各学院、各部门：\n现决定对办公及附属用房进行清查，具体安排如下：\n"
            "一、自查和上报阶段\n各学院、各部门对本单位现有办公用房情况进行全面登记。\n"
            "二、清查阶段\n学校将组织相关职能部门进行集中清查，时间为4月27日—28日。\n"
            "三、整改阶段\n各学院、各部门于5月15日前完成整改工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title for t in tasks] == ["自查和上报阶段", "清查阶段", "整改阶段"]
    assert all("关于" not in name for t in tasks for name in t.owners)


def test_a_problem_s_own_measure_that_refers_back_to_it_stays_its_own(tmp_path):
    # (上述问题由A负责整改…: a line under one problem is that problem's measure; only the
    # notice's request to all the units about all of them is none of the last one's)
    text = ("某县城乡环境整治督查通报\n发布时间：2023-04-10\n督查发现以下问题：\n"
            "1、人民路农贸市场周边占道经营严重，垃圾未及时清运。\n"
            "上述问题由县市场监管局负责整改，4月20日前完成。\n"
            "2、滨河公园公厕卫生脏乱，设施损坏。\n"
            "检查中发现的问题由县住建局负责，4月30日前整改完毕。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.owners, t.due) for t in tasks] == [(["县市场监管局"], D(2023, 4, 20)),
                                                  (["县住建局"], D(2023, 4, 30))]


def test_a_measure_by_one_unit_urging_another_names_no_overseer(tmp_path):
    # (由县政府办督促县城管局依法取缔: 县政府办 oversees; the one urged does the work)
    text = ("市容环境综合整治情况的通报\n发布时间：2015-11-08\n发现以下问题亟待整改：\n"
            "1、广伟商城户外宣传广告破损。\n整改措施：由县住建局督促商户更换。\n"
            "2、新正街人行道多处水果摊贩流动经营。\n整改措施：由县政府办督促县城管局依法取缔。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == ["县住建局"] and "县政府办" not in tasks[1].owners


@pytest.mark.parametrize("request_, owners_", [
    ("要求县财政局做好资金保障，县自然资源局做好用地报批。", []),  # asks others
    ("请分管副县长牵头抓好落实。", []),  # asks a person
    ("要求作进一步修改完善后组织实施。", ["县教育局"])])  # asks for the proposal's work
def test_a_proposer_owns_the_work_only_where_the_request_names_no_one_else(
        tmp_path, request_, owners_):
    text = ("县政府第12次常务会议纪要\n2021年4月2日，县长主持召开县政府第12次常务会议，现将会议"
            "讨论研究的有关事项纪要如下。\n"
            f"一、听取关于城区学校布局调整有关情况汇报。会议原则同意县教育局提出的布局调整方案，{request_}\n"
            "二、听取关于农村公路养护有关情况汇报。会议原则同意县交通局报送的养护方案。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == owners_


@pytest.mark.parametrize("clause", ["项目资金县财政局负责，土地报批县自然资源局负责",
                                    "改变以往县住建局牵头，各部门配合的做法"])
def test_a_clause_of_a_thing_or_a_way_done_away_with_names_no_owner(tmp_path, clause):
    # (项目资金县财政局负责: who pays for a part, no unit alone; 改变以往…: the way ended)
    text = ("县长主持召开全县重点项目建设推进会\n2023-03-02 来源：某县融媒体中心\n"
            f"会议要求，要加快推进城区污水处理厂扩建，{clause}，确保6月底前开工。"
            "要抓好农村人居环境整治，年底前完成。要强化督查考核，定期通报进展情况。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert all(not name.startswith(("项目资金", "改变")) for name in tasks[0].owners)


def test_a_paragraph_of_duties_parted_by_semicolons_under_a_part_gives_its_tasks(tmp_path):
    text = ("某县铁路两侧环境安全整治实施方案\n一、整治范围\n"
            "重点对我县境内铁路两侧控制区开展综合整治。\n二、责任划定\n各有关单位要严格落实监管责任。县委政法委负责抓好护路联防工作；县交运局负责"
            "抓好公铁并行路段安全整治工作；县应急管理局负责抓好铁路沿线消防安全整治工作；县公安局负责"
            "抓好铁路沿线突出治安问题整治工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县委政法委"], ["县交运局"], ["县应急管理局"],
                                         ["县公安局"]]


def test_an_item_s_own_division_of_duties_is_a_task_a_unit(tmp_path):
    # 2、明确分工: its duties, parted by ；, each a unit's share under the item's number, the
    # first keeping the item's title (as sentences that each open with a unit are parted)
    text = ("某市节能工作实施方案\n四、保障措施\n1、加强领导，统筹协调。成立节能工作领导小组。\n"
            "2、明确分工，责任到人。市发改委负责全市节能规划；市经贸委负责工业节能；市建设局负责建筑"
            "节能；市交通局负责交通领域节能。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.seq, t.title, t.owners) for t in tasks] == [
        (1, "加强领导，统筹协调", []), (2, "明确分工，责任到人", ["市发改委"]),
        (2, "市经贸委负责工业节能", ["市经贸委"]), (2, "市建设局负责建筑节能", ["市建设局"]),
        (2, "市交通局负责交通领域节能", ["市交通局"])]


def test_a_unit_that_urges_people_who_are_no_unit_does_the_work(tmp_path):
    # (由县住建局督促区域内所有商户更换: 区域内所… is no unit urged; 县住建局 sees to it)
    text = ("市容环境综合整治情况的通报\n发布时间：2015-11-08\n发现以下问题亟待整改：\n"
            "1、广伟商城户外宣传广告破损。\n整改措施：由县住建局督促区域内所有商户更换招牌。\n"
            "2、新正街人行道多处水果摊贩流动经营。\n整改措施：由县城管局督促市民办理登记。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县住建局"], ["县城管局"]]


def test_a_problem_s_measure_that_also_asks_the_units_in_general_stays_its_own(tmp_path):
    text = ("某县城乡环境整治督查通报\n发布时间：2023-04-10\n督查发现以下问题：\n"
            "1、人民路农贸市场周边占道经营严重。\n上述问题由县市场监管局负责整改，相关单位要积极配合。\n"
            "2、滨河公园公厕卫生脏乱。\n上述问题由县住建局负责整改，相关单位要积极配合。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县市场监管局"], ["县住建局"]]


def test_every_one_of_a_kind_labelled_over_its_duty_owns_it(tmp_path):
    # （二）各村（社区）：实施…: the label's units, though every one of a kind
    text = ("XX镇2023年春运工作实施方案\n三、工作职责\n（一）镇春运领导小组：结合我镇工作实际，"
            "科学研判春运形势。\n（二）各村（社区）：实施村（社区）辖区内春运期间道路交通安全工作，"
            "维护春运秩序。\n（三）镇派出所：加强道路巡逻管控。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["镇春运领导小组"], ["各村（社区）"], ["镇派出所"]]
    assert tasks[1].title.startswith("实施村")


@pytest.mark.parametrize("footer", ["", "第1页共3页"])
def test_a_page_s_parts_run_together_on_one_line_and_a_lone_sub_part_over_its_points(
        tmp_path, footer):
    # a sharing site's page on one line: the next part run on after a sentence's end
    # (…本辖区工作。三、巡查任务…), its one （一） heading the points glued to it (the page cut
    # before a （二）), a page's footer left inside a point's words; a duty said with two
    # verbs, 负责领导和协调…, is its unit's
    text = ("某县文物安全巡查工作方案\n"
            "为加强文物安全，制定本方案。一、工作目标实现文物安全巡查全覆盖。二、组织领导"
            "（一）县文旅局负责领导和协调全县巡查工作。（二）县公安局负责打击文物犯罪。"
            "（三）各乡镇负责组织本辖区巡查工作。三、巡查任务各乡镇要建立巡查台账。"
            "（一）县文物保护中心的任务1、制定全县巡查计划；2、培训巡查人员；"
            f"3、编印巡查手册；{footer}4、督查各乡镇巡查工作；5、汇总巡查记录，每季")
    tasks, _ = tasks_of(tmp_path, text + "\n")
    assert [(t.title[:6], t.owners) for t in tasks] == [
        ("县文旅局负责", ["县文旅局"]), ("县公安局负责", ["县公安局"]),
        ("各乡镇负责组", ["各乡镇"]), ("制定全县巡查", ["县文物保护中心"]),
        ("培训巡查人员", ["县文物保护中心"]), ("编印巡查手册", ["县文物保护中心"]),
        ("督查各乡镇巡", ["县文物保护中心"]), ("汇总巡查记录", ["县文物保护中心"])]


def test_by_an_organisation_department_is_no_party_committee_organising(tmp_path):
    # (由县委组织部统一安排: 组织 the name's own before 部, not the verb after 县委)
    text = ("某县人才计划实施方案\n\n（一）全县人才工作由县委组织部统一安排，各部门配合。\n"
            "（二）各乡镇要做好推荐工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners[0] == "县委组织部"


@pytest.mark.parametrize("text, second", [
    # (a part's number inside a quotation is the speaker's words)
    ("二、会议精神\n会议强调：“要坚持一、二、三产业融合发展。三、要加强组织领导。”县发改局负责贯彻落实。",
     None),
    # (the body of part 二 under its heading line, not a page on one line: the next part's
    # number after its sentence is left where main read it, with the points below)
    ("二、工作措施\n县卫健局要加强村医培训。三、监督考核。县督查室负责监督考核。（一）考核对象为各乡镇卫生院。"
     "1、县卫健局制定考核办法；2、县督查室组织开展考核；3、县政府办通报考核结果。", "县卫健局")])
def test_a_part_s_number_run_on_is_cut_only_in_a_page_on_one_line(tmp_path, text, second):
    head = "某县工作方案\n\n一、组织领导。县委办负责统筹协调。\n"
    tasks, _ = tasks_of(tmp_path, head + text + "\n")
    assert "加强组织领导" not in [t.title for t in tasks]
    if second:
        assert [t.owners for t in tasks][1:4] == [["县卫健局"], ["县督查室"], ["县政府办"]]


def test_units_labelled_with_a_colon_over_their_duties_before_a_cut_page_s_items(tmp_path):
    # (a page cut from a plan's middle: each unit's label and colon before its duty, 公安部门：
    # 依法查处…, the last a list of units and their kind's word, then the plan's next part)
    text = ("某省关爱行动计划（第3页）\n"
            "公安部门：依法严厉查处违法犯罪行为，保护妇女儿童的合法权益。\n"
            "人事部门：进一步做好培养选拔女性人才工作。\n"
            "工会、共青团、妇联等单位：发动群众积极参与关爱行动，营造良好氛围。\n"
            "五、加强组织领导\n"
            "（一）加强领导，齐抓共管。各市、县人民政府要把关爱行动列入重要议事日程。\n"
            "（二）统筹规划，分类指导。各地要制定工作规划。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:3] == [["公安部门"], ["人事部门"], ["工会", "共青团", "妇联"]]


def test_a_list_of_units_labels_its_duty_line_among_single_units(tmp_path):
    # (县文明办、县妇联等单位：… beside 县公安局：…: each line its units' duty, none run into the
    # line above)
    text = ("某县农村人居环境整治方案\n\n三、部门职责\n县公安局：依法打击破坏环境的违法行为。\n"
            "县交通局：负责农村公路沿线环境整治。\n县文明办、县妇联等单位：发动群众参与环境整治。\n"
            "四、保障措施\n（一）加强领导。县政府成立领导小组，统筹推进整治工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:3] == [["县公安局"], ["县交通局"], ["县文明办", "县妇联"]]


@pytest.mark.parametrize("brackets, clauses", [(2, 2), (1, 0)])
def test_targets_set_to_units_in_brackets_inside_a_framing_paragraph(tmp_path, brackets,
                                                                     clauses):
    # (一、总体要求: a paragraph whose clauses each close with their owners' bracket, two or
    # more, before the numbered items: each a task of its part; a lone bracket stays the
    # paragraph's words)
    second = "，组织科技人才下乡300人次（责任单位：县科技局）" if brackets == 2 else ""
    text = ("某县乡村人才行动方案\n一、总体要求\n"
            "以乡村振兴为引领，培养涉农专业学生50名（责任单位：县教育局）"
            f"{second}，为乡村振兴提供人才支撑。\n二、主要任务\n"
            "1.培育高素质农民700人（责任单位：县农业农村局）。\n"
            "2.开展农民工职业技能培训2000人次（责任单位：县人社局）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:clauses] == [["县教育局"], ["县科技局"]][:clauses]
    assert [t.owners for t in tasks][clauses:] == [["县农业农村局"], ["县人社局"]]
    titles = ["培养涉农专业学生50名", "组织科技人才下乡300人次"]
    assert [t.title for t in tasks][:clauses] == titles[:clauses]


def test_a_labelled_field_ends_at_the_next_heading_numbered_as_the_records(tmp_path):
    # ((二)…竞赛 ⏎ 1、时间：… ⏎ 承办单位：奎山街道办事处。 ⏎ (三)宣传活动 ⏎ 1、进社区…: the
    # owners' field of (二) ends where (三) opens, numbered as the records are, though (三)
    # opens no record of its own; its points are none of (二)'s owners)
    text = ("某街道食品安全周活动方案\n四、活动内容\n(一)举行启动仪式\n"
            "1、时间:6月17日，举行启动仪式。\n"
            "2、地点:翟山辖区\n承办单位:翟山街道办事处。\n(二)食品安全知识竞赛\n1、时间:6月14日\n"
            "2、地点:市中心医院\n承办单位:奎山街道办事处。\n(三)食品安全宣传活动\n"
            "1、进社区。在110个社区开展宣传活动。(承办单位:各街道办事处)\n"
            "2、进校园。动员各小学、幼儿园开展宣传活动。(承办单位:区文教体局)\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][:2] == [["翟山街道办事处"], ["奎山街道办事处"]]


def test_counts_told_per_unit_before_a_cut_page_s_items_are_no_duties(tmp_path):
    # (县财政局：共有3辆公务用车超标。: a finding told per unit, no duty of its label's)
    text = ("某县专项审计情况通报（第3页）\n县财政局：共有3辆公务用车超标，涉及金额12万元。\n"
            "县教育局：共有2个项目未按规定招标。\n县卫健局：存在违规发放补贴问题。\n四、整改要求\n"
            "（一）限期整改。各单位要于10月底前完成整改。\n（二）建立台账。县审计局要建立整改台账。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["各单位"], ["县审计局"]]


def test_a_plan_s_own_words_about_users_uploads_leave_its_date(tmp_path):
    # (县网信办负责清理由网友上传的…: an item's words, no sharing site's lede)
    text = ("网络生态治理方案\n时间:2022-10-16 11:00:21\n一、县网信办负责清理由网友上传的违法信息，"
            "11月底前完成。\n二、县公安局负责依法查处网络谣言，12月底前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks] == [D(2022, 11, 30), D(2022, 12, 31)]


def test_a_framing_target_the_items_below_restate_is_read_once(tmp_path):
    text = ("某县人才行动方案\n一、总体要求\n培育高素质农民700人（责任单位：县农业农村局），"
            "开展职业技能培训2000人次（责任单位：县人社局）。\n二、主要任务\n"
            "1.培育高素质农民700人（责任单位：县农业农村局）。\n"
            "2.开展职业技能培训2000人次（责任单位：县人社局）。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["县农业农村局"], ["县人社局"]]


@pytest.mark.parametrize("note", ["[接上页] ", "（续上页）"])
def test_a_page_that_goes_on_from_the_one_before_opens_its_list_midway(tmp_path, note):
    # ([接上页] ⒊…。⒋…。⒌…: the page's note that the list runs on from the page before; its
    # numbers from 3 are the items, though none names its owners)
    line = (f"{note}⒊ 与乡镇签订目标责任书，定期督查创建工作进展情况。 ⒋ 将创建活动纳入安全生产"
            "考核范围。 ⒌ 制定并实施本地道路交通安全规划。 ⒍ 落实交通安全宣传专项经费。")
    tasks, _ = tasks_of(tmp_path, "某州创建平安畅通县工作职责\n" + line + "\n")
    assert [t.seq for t in tasks] == [3, 4, 5, 6]


def test_under_whose_lead_the_work_is_done_frames_who_does_it(tmp_path):
    # (在政府领导下，由A牵头，B参与…: the lead and the partner after the frame, not the
    # government under whose lead)
    text = ("某市道路安全隐患排查治理方案\n五、职责分工\n"
            "1.排查职责。在政府领导下，由公安交管部门牵头，道路主管部门参与，开展隐患路段排查。\n"
            "2.治理职责。排查出的隐患路段，由道路主管部门牵头负责整改。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == ["公安交管部门", "道路主管部门"]


def test_a_report_going_on_from_the_page_before_tells_no_items(tmp_path):
    # ([接上页] 3.提高了…。4.完成了…: results told, the page's note no licence to read them)
    with pytest.raises(VtrackError):
        tasks_of(tmp_path, "某县工作总结\n[接上页] 3.提高了群众满意度。4.完成了年度目标任务。"
                           "5.得到了上级肯定。\n")


@pytest.mark.parametrize("named", ["到2020年全县农民收入增长10%。", "比2012年增长10%。"])
def test_an_uploaded_plan_s_target_or_base_year_is_no_year_of_its_own(tmp_path, named):
    text = ("体育局重点工作目标\n时间:2022-12-13 10:42:53\n"
            "导语：体育局重点工作目标一文来源于网友上传，不代表本站观点。\n"
            f"一、总体目标\n{named}\n二、主要任务\n1.开展全民健身活动。7月底前完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.due for t in tasks if t.title.startswith("开展")] == [None]


@pytest.mark.parametrize("frame, due", [("2017年", None), ("今年", None), ("年内", "2017-12-31"),
                                        ("到2018年，", "2018-12-31")])
def test_a_meeting_s_call_after_the_year_or_the_time_it_is_for(tmp_path, frame, due):
    # 会议强调，2017年各县要…: the time the call is for said before whom it asks; a year
    # framing it no time limit, 年内 and 到2018年 one
    text = ("全市特色小镇建设工作布置会召开\n"
            "1月19日，市新型城镇化领导小组办公室召开2017年全市特色小镇建设工作布置会。\n"
            f"会议强调，{frame}各县（市、区）要启动至少一个特色小镇建设，加快完善规划。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.owners, t.due and t.due.isoformat()) for t in tasks] == [
        (["各县（市、区）"], due)]


def test_a_goal_a_year_opens_is_no_time_limit_of_a_call(tmp_path):
    # 到2025年，体系进一步健全: a goal, no call; the covering ask is the task
    text = ("某市人民政府办公室关于印发进一步完善医疗卫生服务体系若干措施的通知\n"
            "各县（市、区）人民政府，市直有关部门：《若干措施》已经市政府同意，现印发给你们，"
            "请结合实际认真贯彻落实。某市人民政府办公室 2024年11月21日\n"
            "为贯彻落实有关部署，制定如下措施。到2025年，全市医疗卫生服务体系进一步健全，资源"
            "配置和服务均衡性逐步提高；到2035年，形成体系完整、分工明确的医疗卫生服务体系。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.owners, t.due) for t in tasks] == [
        (["各县（市、区）人民政府", "市直有关部门"], None)]


@pytest.mark.parametrize("marks", ["@@", "??h"])
def test_a_site_s_marks_inside_the_words_are_no_part_of_them(tmp_path, marks):
    # a search site's @@ at each word's end; a converter's ??h for 。縣 between sentences:
    # the units' names whole again, 县消防队 helping in work of its own its owner, a unit
    # helping another's work none
    glue = "" if marks == "??h" else "@@"
    stop = "??h" if marks == "??h" else "。县"
    text = (f"乡镇义务植树活动计划{glue}\n"
            f"县林业局{glue}负责组织植树苗木，监督造林质量{stop}消防队{glue}协助植树的用水工作{stop}"
            f"公安局负责车辆{glue}指挥工作{stop}广电局负责宣传报道{stop}级各部门协助县林业局做好"
            "植树现场的清理工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.title[:5], t.owners) for t in tasks][:4] == [
        ("县林业局负", ["县林业局"]), ("县消防队协", ["县消防队"]),
        ("县公安局负", ["县公安局"]), ("县广电局负", ["县广电局"])]
    assert all("@" not in t.title and "?" not in t.title for t in tasks)


def test_articles_run_on_after_sentences_and_a_county_level_city_s_government(tmp_path):
    # a page of rules that lost the breaks before its articles (…管理工作。第四条 城乡…): each
    # article its own item; 市、县级市（区）人民政府 two governments, a county-level city one
    text = ("某市历史文化名城保护条例\n"
            "第一条 为加强历史文化名城保护，制定本条例。第二条 本条例适用于本市行政区域。"
            "第三条 镇人民政府、街道办事处承担本辖区历史文化名城保护的日常管理工作。"
            "第四条 文物主管部门负责文物的保护与管理工作。"
            "第五条 市、县级市（区）人民政府应当将历史文化名城保护工作纳入发展规划。\n")
    tasks, _ = tasks_of(tmp_path, text)
    owned = {t.seq: t.owners for t in tasks if t.owners}
    assert owned == {3: ["镇人民政府", "街道办事处"], 4: ["文物主管部门"],
                     5: ["市人民政府", "县级市（区）人民政府"]}


def test_a_joint_meeting_s_duties_under_a_heading_that_names_it_are_its_own(tmp_path):
    # 二、联席会议的职责 ⏎ 1、…: the body the rules set up, by the whole name its first sentence
    # gives it (全县…联席会议的牵头单位是…)
    text = ("联席会议制度\n"
            "为加强学校周边治安综合治理工作，建立联席会议制度。现将有关事宜通知如下：\n"
            "一、联席会议的设置\n"
            "全县学校及周边治安综合治理联席会议的牵头单位是县综治委；成员单位包括教育局、公安局等部门。\n"
            "二、联席会议的职责\n"
            "1、了解掌握各成员单位履行职责的情况；\n"
            "2、协调解决学校周边治安综合治理工作中存在的困难和问题；\n"
            "3、研究整改学校周边存在的突出治安问题和隐患。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks][-3:] == [["全县学校及周边治安综合治理联席会议"]] * 3


def test_duty_paragraphs_of_the_body_in_charge_and_of_those_by_their_own_duties(tmp_path):
    # 公安机关是…的行政主管部门，负责…; 市场监管、卫生健康等相关行政管理部门按照各自职责，做好…:
    # each paragraph its units' duty, the run of them unbroken
    text = ("养犬究竟归什么部门管？\n"
            "公安机关是养犬管理的行政主管部门，负责养犬备案和流浪犬只的收治管理。\n"
            "农业农村部门负责犬只防疫和犬只尸体无害化处理的监督管理。\n"
            "城市管理综合执法部门负责查处影响市容和环境卫生的违法养犬行为。\n"
            "市场监管、卫生健康等相关行政管理部门按照各自职责，做好养犬相关管理工作。\n"
            "村民委员会、居民委员会应当协助开展文明养犬宣传教育。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [
        ["公安机关"], ["农业农村部门"], ["城市管理综合执法部门"], ["市场监管部门", "卫生健康部门"],
        ["村民委员会", "居民委员会"]]


def test_a_reply_s_clauses_each_naming_who_leads_or_does_a_part(tmp_path):
    # 答：感谢您的来信，已将来信转交…，现回复如下：…是由A（设在B）牵头实施的，由C负责…，由D负责…:
    # what the reply tells after its thanks, a duty each; where the office sits no part of it
    text = ("公交专用道的问题\n"
            "问：公交专用道的使用无过多对外宣传，希望交警好好研究告知市民。\n"
            "答：感谢您的来信，已将来信转交我支队指挥中心跟进处理，现将有关情况回复如下：市区公交专用道"
            "的规划设置是由市交通攻坚指挥部办公室（设在市交通局）牵头实施的，由市城建局负责交通设施的"
            "建设，由交警支队负责开展执法。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["市交通攻坚指挥部办公室"], ["市城建局"], ["交警支队"]]


def test_a_news_site_s_list_of_other_stories_is_no_task_and_levels_joined_by_and(tmp_path):
    # - 2025-10-10燃爆黄金周… ⏎ - 2025-10-23…: headlines after their days, a site's links; the
    # page's own asks are the tasks; 市和区、县人民政府 three governments
    text = ("某市印发乡村旅游促进方案\n"
            "《方案》强调，市和区、县人民政府要加强对乡村旅游的组织领导。要科学评估乡村旅游资源，"
            "做到规划引领。要健全相关管理制度，做到一村一策。\n"
            "- 热点资讯\n"
            "- 2025-10-10燃爆黄金周，某楼盘以品质实力强势领跑\n"
            "- 2025-10-23千载文脉风骨自成\n"
            "- 2025-10-09因城施策再给力多地释放楼市新动能\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert len(tasks) == 3
    assert tasks[0].owners == ["市人民政府", "区人民政府", "县人民政府"]
    assert not any(t.title.startswith("20") for t in tasks)


@pytest.mark.parametrize("text", [
    # 要 of a thing to be done, before its 的: no call
    "某县工作会议召开\n会议强调，2020年各县区要完成的任务已经下达，目前进展顺利。\n",
    # a reply that tells the work done after the duties: an account, none
    "公共自行车站点问题\n答：感谢您的来信，现回复如下：站点规划由市交通局牵头实施，由市城建局负责"
    "站点建设，由市城管局负责站点保洁。目前各项工作已全部完成。\n"])
def test_told_or_to_be_done_read_as_no_duty(tmp_path, text):
    with pytest.raises(VtrackError):
        tasks_of(tmp_path, text)


def test_a_body_s_name_after_the_words_that_set_it_up_and_marks_inside_words(tmp_path):
    # 经县政府研究确定全县…联席会议的牵头单位是…: the name after 确定; ??h inside a phrase
    # (加强??h管理) no county, zhang@@gov.cn an address
    text = ("联席会议制度\n为加强工作，建立联席会议制度，联系邮箱zhang@@gov.cn。\n"
            "一、联席会议的设置\n"
            "经县政府研究确定全县安全生产联席会议的牵头单位是县应急局。\n二、联席会议的职责\n"
            "1、研究解决安全生产重大问题，加强??h管理；\n2、督促检查各成员单位工作。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["全县安全生产联席会议"]] * 2
    assert "??h" in tasks[0].title


def test_an_organ_s_work_to_come_going_on_in_the_next_paragraph(tmp_path):
    # 2023年文化和旅游部将…；稳步推进…。 ⏎ 与此同时，2023年还将深入推进…。实施…。: the work the
    # organ will do, its manner first (稳步), then a paragraph joined on with its subject left out
    text = ("文化和旅游部：2023年将进行非遗传承人认定等工作\n"
            "记者从全国文化和旅游厅局长会议上了解到，2023年文化和旅游部将持续实施中华文明探源工程；"
            "稳步推进国家级非遗代表性传承人认定等工作。\n"
            "与此同时，2023年还将深入推进中华文化资源普查工程。实施一批石窟寺保护项目。"
            "加强文物督察和行政执法。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.title[:6] for t in tasks] == [
        "持续实施中华", "稳步推进国家", "深入推进中华", "实施一批石窟", "加强文物督察"]
    assert all(t.owners == ["文化和旅游部"] for t in tasks)



@pytest.mark.parametrize("said, read", [
    # 据宋树立介绍，各省、地市、县到2020年要…: who told it, then the units and the year they are
    # to finish by
    ("据宋树立介绍，各省、地市、县到2020年要建成健康教育骨干队伍并实现培训全覆盖。",
     [(["各省、地市、县"], datetime.date(2020, 12, 31))]),
    # 该《方案》强调，要…: the paper the page named before, its calls
    ("该《方案》强调，要在贫困地区进一步强化健康教育和促进工作，普及健康生活方式。同时，"
     "健康教育要进乡村、进家庭、进学校，加强健康教育阵地建设。", [([], None), ([], None)])])
def test_a_spokesman_s_account_and_the_paper_named_again_ask(tmp_path, said, read):
    text = ("国家卫健委：2020年实现贫困地区居民健康教育全覆盖\n"
            "新闻发言人宋树立在11月12日召开的新闻发布会上解读《三年攻坚行动方案》。\n"
            + said + "\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.owners, t.due) for t in tasks] == read


def test_work_to_come_goes_on_only_in_the_next_paragraph_and_only_as_work(tmp_path):
    # a result after a will's semicolon (稳步增长…) no work of it; 同时，还将… after another
    # paragraph between is no one's; 各乡镇2019年要完成的改厕任务已全部完成 told, no call
    text = ("某市文旅工作新闻\n"
            "记者从全市文化旅游工作会议上获悉，2023年市文旅局将举办乡村旅游节；稳步推进景区提质工作。\n"
            "市体育局负责人表示，今年的全民运动会筹备顺利，游客人数稳步增长。\n"
            "同时，还将推进全民健身设施建设。\n"
            "各乡镇2019年要完成的改厕任务已全部完成。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [(t.title[:6], t.owners) for t in tasks] == [
        ("举办乡村旅游", ["市文旅局"]), ("稳步推进景区", ["市文旅局"])]


@pytest.mark.parametrize("lead, owners", [
    # an organ's pledge, said by it, leads into its points: its work to come
    ("中卫市邮政管理局表示，将认真贯彻市政府工作报告精神，促进邮政业提质增效。",
     ["中卫市邮政管理局"]),
    ("市瓷局将以市场为主导，以服务为核心，加快陶瓷产业的发展。", ["市瓷局"]),
    # (the writer's own, 我局将…, and work told done, 已…: no one's)
    ("我局将认真贯彻市政府工作报告精神，促进邮政业提质增效。", []),
    ("市瓷局已以市场为主导，加快了陶瓷产业的发展。", [])])
def test_an_organ_s_pledge_owns_the_points_it_leads_into(tmp_path, lead, owners):
    text = ("推动快递物流产业发展\n近日，某市召开人民代表大会。\n" + lead +
            "一是不断优化发展环境，争取更多政策资金支持；二是加强网络服务能力建设，开展快递下乡工程；"
            "三是县商务局要做好电商对接。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [owners, owners, ["县商务局"]]


@pytest.mark.parametrize("bracket, owners", [
    # a school's offices in an owner bracket a space apart, each by its own ending
    ("宣传部 安全管理处", ["宣传部", "安全管理处"]),
    ("学生工作部 保卫处", ["学生工作部", "保卫处"]),
    # (a stray space inside one name: the party committee's department)
    ("县委 宣传部", ["县委宣传部"])])
def test_offices_a_space_apart_in_a_bracket_are_each_an_owner(tmp_path, bracket, owners):
    text = ("某大学防范电信网络诈骗专项治理方案\n"
            "一、加强宣传教育。开展反诈宣传进课堂活动。（责任部门：" + bracket +
            "）\n二、强化排查。做好涉诈风险排查工作。（责任部门：保卫处）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == owners


@pytest.mark.parametrize("item, owners", [
    # the organ after the time its work is due by, at the item's start or after its title
    ("汇总情况。4月10日前，县应急局汇总隐患情况。", ["县应急局"]),
    ("4月10日前，县应急局汇总隐患情况。", ["县应急局"]),
    ("单位自查。3月底前由县教育局对辖区学校隐患进行全面排查。", ["县教育局"]),
    # (a time, then work with no organ: no one's)
    ("汇总情况。4月10日前，汇总隐患情况并上报。", [])])
def test_an_organ_after_the_time_its_duty_is_due_by_owns_it(tmp_path, item, owners):
    text = ("关于开展安全隐患排查的通知\n一、部署动员。县安委办负责制定排查方案。\n二、" + item +
            "\n三、督促整改。县住建局督促有关企业整改到位。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[1].owners == owners


def test_labels_beside_organs_labels_name_who_answers_for_the_duty(tmp_path):
    # 村级组织：对…负责, 乡镇：负责…: no organs' names, but labels of a list of duties whose
    # other labels are organs; a label over words of no duty (宣传口号：) names no one
    text = ("关于做好早稻订单工作的通知\n一、工作职责\n"
            "（一）村级组织：对本村粮食订单的真实性负责。\n"
            "（二）区财政局：负责当年订单粮食奖励资金的拨付。\n"
            "（三）区农业局：负责订单粮食种植面积审核工作。\n"
            "（四）区粮食局：负责订单粮食收购工作。\n（五）宣传口号：订单种粮，收益有保障。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["村级组织"], ["区财政局"], ["区农业局"], ["区粮食局"], []]


@pytest.mark.parametrize("heading", ["三、各成员单位主要职责", "各成员单位主要职责"])
def test_members_duties_as_bullets_each_owned_by_the_organ_they_open_with(tmp_path, heading):
    # a page cut from a plan's middle, its one part's heading first, over bullets that each
    # open with a member's name: each bullet its organ's duty, not the members' as a body
    text = (heading + "\n"
            "--省教育厅在做好全省中小学布局调整规划的基础上，牵头组织编制工程规划。\n"
            "--省发展改革委将工程纳入全省国民经济和社会发展规划，落实工程专项资金。\n"
            "--省财政厅将工程所需资金纳入年度财政预算，及时研究提出分配建议。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["省教育厅"], ["省发展改革委"], ["省财政厅"]]


def test_bullets_that_open_with_no_organ_stay_a_paragraph_s_points(tmp_path):
    text = ("关于做好校舍改造工作的通知\n一、加强组织领导。各县要成立工作专班，统筹推进校舍改造。\n"
            "--加强统筹协调，形成工作合力，确保改造工程按期完成。\n"
            "--加大资金投入，足额保障改造所需经费，严禁挤占挪用。\n"
            "二、强化督促检查。县教育局要定期开展督查。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["各县"], ["县教育局"]]


def test_pieces_whose_doers_act_on_a_thing_before_their_verb_are_theirs(tmp_path):
    # 各级纪委对…行为加大…力度; 县公安局对违法行为依法查处: the doer, what it acts on, the verb
    text = ("建立特殊主体被执行人协助执行机制\n该机制组成联动成员单位，围绕解决执行难开展工作。"
            "各级人民法院加强执行工作，严厉打击逃避执行行为；各级纪委对国家工作人员逃避执行等行为加大"
            "监督执纪问责力度；县公安局对抗拒执行的违法行为依法查处；各级党委政法委加强统筹协调。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [
        ["各级人民法院"], ["各级纪委"], ["县公安局"], ["各级党委政法委"]]


@pytest.mark.parametrize("label", ["联络员：负责信息报送。", "资金来源：负责由县财政统筹安排。"])
def test_labels_of_a_post_or_a_field_beside_organs_name_no_one(tmp_path, label):
    # review70: a person's post, a field (and work 由 another does) are no body answering for it
    text = ("某县职责分工方案\n一、职责分工\n（一）" + label + "\n（二）县民政局：负责低保审核。\n"
            "（三）县人社局：负责就业帮扶。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == []


def test_a_pledge_before_findings_owns_no_finding(tmp_path):
    # review70: 一是部分企业台账不全: a state found, the bureau's pledge no owner of it
    text = "某县安全检查\n县应急局表示，将认真整改。一是部分企业台账不全；二是应急演练不够规范。\n"
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [[], []]


def test_a_section_of_an_organ_of_a_level_a_space_apart_is_one_name(tmp_path):
    # review70: 市委宣传部 新闻处, the section of the organ before it
    text = ("某市宣传工作方案\n一、加强新闻宣传（责任单位：市委宣传部 新闻处）\n"
            "二、做好网络管理（责任单位：市委网信办）\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert tasks[0].owners == ["市委宣传部新闻处"]


def test_how_soon_run_into_an_organ_keeps_its_task(tmp_path):
    # review70: 尽快县住建局要…: the task stays, whatever its owner reads
    tasks, _ = tasks_of(tmp_path, "某县危房整治\n一、做好鉴定。\n尽快县住建局要完成危房鉴定。\n")
    assert len(tasks) == 1


@pytest.mark.parametrize("field, owners", [
    # the units, then the field their asking points are in: theirs
    ("各省级银行在加大对本市金融服务上，", ["各省级银行"]),
    # (no field of units: no one's)
    ("调研的成果要落实到具体的行动上，", [])])
def test_units_before_the_field_of_their_points_own_them(tmp_path, field, owners):
    text = ("某市金融调研\n局长表示，" + field + "一是抓投入，要进一步提高信贷规模；"
            "二是保重点，要确保中小企业的资金需求；三是优服务，要创新金融产品。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [owners] * 3


def test_organs_duty_paragraphs_run_together_after_a_page_note_are_each_theirs(tmp_path):
    # a page that lost the breaks between its organs' labelled duties (…保障。 省农牧厅：负责…),
    # opening on the page before's note [接上页]
    text = ("[接上页] 省水利厅:负责水利设施沿线地质灾害隐患的排查;及时为灾区提供生活用水保障。 "
            "省农牧厅:负责灾区动物防疫工作,做好动物疫情监测。 省商务厅:负责抢险救灾物资的储备。\n")
    tasks, _ = tasks_of(tmp_path, text)
    assert [t.owners for t in tasks] == [["省水利厅"], ["省农牧厅"], ["省商务厅"]]


@pytest.mark.parametrize("text", [
    # review70b: results told, each with a count, are no doers' pieces of work
    "工作成效\n2023年，县市场监管局对120家企业实施抽检；县公安局对30起案件依法查处；"
    "县城管局对占道经营开展整治。\n",
    # bullets of members telling what they did are no duties
    "三、成员单位职责\n--县公安局于3月开展了专项行动；\n--县交通局完成了道路抢修。\n"])
def test_results_of_organs_are_no_tasks(tmp_path, text):
    with pytest.raises(VtrackError):
        tasks_of(tmp_path, text)


@pytest.mark.parametrize("points", [
    "一是完成了全县企业安全检查；二是整改隐患120处。",
    "一是新建养老机构5家；二是发放救助金800万元。",
    "一是支出进度偏慢；二是资金结转较多。",
    "一是台账登记不全；二是演练组织不够规范。"])
def test_a_pledge_before_results_counts_or_findings_owns_none_of_them(tmp_path, points):
    # review70b: the run judged whole: one point done, counted or found wrong, none the organ's
    tasks, _ = tasks_of(tmp_path, "某县工作\n县民政局表示，将继续努力。" + points + "\n")
    assert [t.owners for t in tasks] == [[], []]
