"""Units read by their form: a level or place, a body, an organ's ending; wherever a plan puts
the list (any bracket, any label, a sentence), with people kept apart. Every rule is tried
on invented variants (other places, other endings, other brackets), and prose that only
mentions a unit must not become an owner list."""
import pytest
import yaml

from vtrack.extract import body, owners, text, units


@pytest.mark.parametrize("name", [
    "市教育局", "鄂州市发改委", "区住建局", "县发展和改革局", "镇政府", "高新区管委会",
    "国家税务总局鄂州市税务局", "市场监管总局", "团市委", "区妇联", "县科协", "市委组织部",
    "国务院扶贫办", "市政务服务中心", "市国投集团", "鄂州供电公司", "县公安局交警大队",
    "市行政审批制度改革工作领导小组办公室", "各县（市、区）人民政府", "各街道", "各乡镇",
    "中国人民银行黄石市中心支行", "市住房和城乡建设委员会", "区应急管理局", "市直有关部门",
    "有关县（市）、区政府", "各县(市)、区人民政府", "市轨道交通1号线建设指挥部",
    "地铁3号线项目公司", "驻华大使馆", "共青团某县委员会", "向阳区人民政府", "向阳街道",
])
def test_a_unit_is_a_level_a_body_and_an_ending(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("text", [
    "王强", "李明同志", "县长", "分管副市长", "局长", "适用范围", "按照省教育厅要求",
    "推进教育改革", "试行", "暂行", "2021-2025年", "6月底前完成", "各部门积极", "",
    "四是经发局", "一要县住建局", "县水利局督促各水库管理单位", "4月下旬市政府", "要区应急局",
    "围绕实施新时期基层团", "使全省基层团", "围绕乡村振兴办",
    # (how soon, then to whom a thing goes: 尽快向各主管部门提交…)
    "尽快向各主管部门", "立即向县应急局", "向各主管部门",
    "各乡镇、街道办事处尽快出台居家养老服务中心",
])
def test_people_sentences_and_words_are_not_units(text):
    assert not units.is_unit(text)


@pytest.mark.parametrize("text, is_names", [
    # (a call, its work then a unit's ending: no name; 要素 opens one)
    ("要对照2017年度环保目标任务和局", False), ("要素保障中心", True), ("县要素保障中心", True)])
def test_a_call_opens_no_name(text, is_names):
    assert (units.read(text) is not None) == is_names


@pytest.mark.parametrize("text", ["王强", "张丽华", "李明同志", "分管副县长", "陈刚（副区长）",
                                  "区长"])
def test_people_are_people(text):
    assert units.is_person(text)


@pytest.mark.parametrize("text", ["市教育局", "王家镇", "各街道", "高新区管委会"])
def test_units_are_not_people(text):
    assert not units.is_person(text)


@pytest.mark.parametrize("text, names", [
    ("市教育局、市人社局", ["市教育局", "市人社局"]),
    ("区水务局，区财政局；各街道", ["区水务局", "区财政局", "各街道"]),
    ("各县（市、区）人民政府、市发改委", ["各县（市、区）人民政府", "市发改委"]),
    ("州商務(wù)局、州財政局", ["州商务局", "州财政局"]),
    ("县商务（shang）局", ["县商务局"]),
    ("省教育厅及省财政厅", ["省教育厅", "省财政厅"]),
    # the levels of one body of many: each county's, county-level city's and district's
    ("各县（市）、区人民政府、市发改委", ["各县（市）、区人民政府", "市发改委"]),
    ("有关县(市)、区政府、市水利局", ["有关县（市）、区政府", "市水利局"]),
    ("县教育局、区财政局", ["县教育局", "区财政局"]),
])
def test_split_units_reads_a_list(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text", [
    "按照省教育厅要求", "适用范围：各试点地区", "建设实训基地3个", "王强、李明",
    "2023年底前", "市、区", "组织学校开展活动",
])
def test_split_units_is_none_for_what_is_not_a_list_of_units(text):
    assert units.split_units(text) is None


@pytest.mark.parametrize("text, names", [
    ("教育部等有关部门和单位", ["教育部"]),
    ("省卫健委等相关部门及单位", ["省卫健委"]),
    ("市民政局、市财政局等部门和单位", ["市民政局", "市财政局"]),
])
def test_etc_names_some_and_says_there_are_more(text, names):
    found = units.read(text)
    assert found is not None and found.names == names and found.vague


@pytest.mark.parametrize("text, lead", [
    ("市教育局*、市人社局", "市教育局"),
    ("区人社局、区教育局＊", "区教育局"),
    ("县发改局（牵头）、县财政局", "县发改局"),
])
def test_a_marked_unit_leads(text, lead):
    found = units.read(text)
    assert found is not None and found.leads == [lead] and lead in found.names


@pytest.mark.parametrize("content, leads, names", [
    ("负责部门：市场监管总局；适用范围：各试点地区", [], ["市场监管总局"]),
    ("主责部门：省交通运输厅；实施范围：全省", ["省交通运输厅"], ["省交通运输厅"]),
    ("责任单位:区住建局", [], ["区住建局"]),
    ("牵头单位：县发改局", ["县发改局"], ["县发改局"]),
    ("牵头：镇政府；配合：镇财政所、各村", ["镇政府"], ["镇政府", "镇财政所", "各村"]),
    ("牵头部门：市商务局；协办单位：市财政局", ["市商务局"], ["市商务局", "市财政局"]),
    ("县水利局；责任领导：王强", [], ["县水利局"]),
    ("牵头单位：县住建局；分管副县长：李明", ["县住建局"], ["县住建局"]),
    ("市教育局*、市人社局", ["市教育局"], ["市教育局", "市人社局"]),
    ("市发改委会同市财政局负责", ["市发改委"], ["市发改委", "市财政局"]),
])
def test_labels_are_read_by_what_they_say(content, leads, names):
    found = owners.parse(content)
    assert found.leads == leads
    assert found.names == names
    assert not {"王强", "李明"} & set(found.names)


def test_leaders_are_kept_apart():
    found = owners.parse("责任单位：县水利局；责任领导：王强、李明")
    assert found.names == ["县水利局"] and found.leaders == ["王强", "李明"]


@pytest.mark.parametrize("item, names", [
    ("推进食品安全追溯。（负责部门：市场监管总局；适用范围：各试点地区）", ["市场监管总局"]),
    ("推进老旧小区改造。[责任单位:区住建局]", ["区住建局"]),
    ("建设停车场。〔牵头单位：县发改局〕", ["县发改局"]),
    ("开展培训。【责任单位：县人社局、县财政局】", ["县人社局", "县财政局"]),
    ("推进数字化改革。（市教育局、市人社局）", ["市教育局", "市人社局"]),
    ("建设实训基地。【区发改委】", ["区发改委"]),
    ("建设智慧园区。［高新区管委会、区科技局］", ["高新区管委会", "区科技局"]),
])
def test_a_bracket_of_units_ends_an_item_whatever_its_shape(item, names):
    end = owners.marker_at_end(item)
    assert end is not None
    assert owners.parse(end[1]).names == names


@pytest.mark.parametrize("item", [
    "完善标准。（适用范围：各试点地区）",
    "完善机制（试行）",
    "建设示范区（高新区）",
    "覆盖城乡（市、区）",
    "支持龙头企业（如某某集团）",
    "支持龙头企业（某某集团、某某科技公司）",
    "制定实施细则（以下简称细则）",
    "完成目标（2023—2025年）",
    "建设职业学校（含民办）",
    "扩大试点范围（试点单位）",
    "培育龙头企业（省级）",
    "办好二级学院（包括产业学院）",
])
def test_a_bracket_that_is_not_units_is_no_owner_marker(item):
    assert owners.marker_at_end(item) is None


@pytest.mark.parametrize("text, lead, names", [
    ("推进河道整治。由区水务局牵头，区财政局、各街道参与。",
     ["区水务局"], ["区水务局", "区财政局", "各街道"]),
    ("建设污水管网。由县住建局牵头，县财政局、各乡镇配合。",
     ["县住建局"], ["县住建局", "县财政局", "各乡镇"]),
    ("推进改革，区政务服务中心牵头，区大数据局参与。",
     ["区政务服务中心"], ["区政务服务中心", "区大数据局"]),
    ("完善制度，由区司法局具体承办。", [], ["区司法局"]),
    ("强化保障。由省财政厅负责资金保障。", [], ["省财政厅"]),
    ("建立机制。由市发改委牵头，会同市财政局等部门研究制定实施细则。",
     ["市发改委"], ["市发改委", "市财政局"]),
    ("推进。此项工作由区水务局牵头，区财政局参与。", ["区水务局"], ["区水务局", "区财政局"]),
    ("推进。牵头单位为镇政府，配合单位为镇财政所、各村。",
     ["镇政府"], ["镇政府", "镇财政所", "各村"]),
    ("推进。市住房和城乡建设局负责，市自然资源和规划局配合。持续推进。",
     [], ["市住房和城乡建设局", "市自然资源和规划局"]),
    ("强化保障。省财政厅负责资金保障。", [], ["省财政厅"]),
    ("制定方案。市教育局负责制定全市方案，各县区负责制定本地方案。", [], ["市教育局", "各县区"]),
    ("开展培训，具体由各学校负责。", [], ["各学校"]),
])
def test_owners_said_in_prose(text, lead, names):
    said = owners.owner_sentence(text)
    assert said is not None
    assert said[1].leads == lead and said[1].names == names


@pytest.mark.parametrize("text", [
    "开展节水宣传。按照省教育厅要求，组织学校开展活动。",
    "开展节水宣传。根据市卫健委部署，各学校要落实防控措施。",
    "开展节水宣传。市教育局要加强指导，确保活动取得实效。",
    "落实责任。各街道要落实属地责任。",
    "强化保障。积极争取省财政厅支持，落实配套资金。",
])
def test_prose_that_only_mentions_a_unit_names_no_owners(text):
    assert owners.owner_sentence(text) is None


@pytest.mark.parametrize("cell, names", [
    ("市教育局\n市人社局\n市财政局", ["市教育局", "市人社局", "市财政局"]),
    ("区住建局  区城管局", ["区住建局", "区城管局"]),
    ("县发改局（牵头）\n县财政局", ["县发改局", "县财政局"]),
    ("责任单位：\n市教育局\n市财政局", ["市教育局", "市财政局"]),
])
def test_units_on_lines_of_their_own_in_a_cell_stay_apart(cell, names):
    assert owners.parse(cell).names == names


@pytest.mark.parametrize("cell, leads, names", [
    ("牵头单位：市教育局\n配合单位：市财政局", ["市教育局"], ["市教育局", "市财政局"]),
    ("主办：县商务局\n协办：县财政局、县市场监管局", ["县商务局"],
     ["县商务局", "县财政局", "县市场监管局"]),
])
def test_labels_on_lines_of_their_own_in_a_cell(cell, leads, names):
    found = owners.parse(cell)
    assert found.leads == leads and found.names == names


def test_a_break_inside_a_date_is_the_pages():
    assert units.join_lines("2023年 6月底前") == "2023年6月底前"


@pytest.mark.parametrize("item, names, due", [
    ("推进。（省发展改革委、省财政厅，2023年底前）", ["省发展改革委", "省财政厅"], "2023年底前"),
    ("推进。（市财政局；2024年6月）", ["市财政局"], "2024年6月"),
    ("推进。（由区水务局牵头，区财政局参与）", ["区水务局", "区财政局"], None),
])
def test_a_bracket_of_units_may_say_when_or_start_with_by(item, names, due):
    end = owners.marker_at_end(item)
    assert end is not None
    found = owners.parse(end[1])
    assert found.names == names and found.due_text == due


@pytest.mark.parametrize("line, owner", [
    ("责任单位：县发改局", True), ("牵头：县发改局", True), ("负责部门：市场监管总局", True),
    ("（牵头单位：县发改局）", True), ("责任领导：王强", True),
    ("任务部门：宣传部", True), ("任务单位：院团委", True), ("执行单位：县发改局", True),
    ("任务目标：完成培训", False),
    ("单位：鄂州市教育局", False), ("完成时限：2023年底", False), ("适用范围：各试点地区", False),
])
def test_a_line_of_its_own_says_who_by_its_label(line, owner):
    assert owners.is_owner_line(line) is owner


PLAN = """\
某区城市更新实施方案
发布日期：2024年3月1日
一、主要任务
1.推进老旧小区改造，完成改造20个。[责任单位:区住建局]
2.建设公共停车场3处。〔牵头单位：区发改局；配合单位：区城管局〕
3.推进河道整治，完成清淤10公里。由区水务局牵头，区财政局、各街道参与。
4.开展食品安全追溯试点。（负责部门：区市场监管局；适用范围：各试点街道）
5.建设智慧社区。（区大数据中心*、区民政局）
6.完善养老服务。（区民政局等有关部门和单位负责）
7.加强外贸服务。（责任单位：区商務(wù)局；责任领导：王强）
8.开展节水宣传。按照市水务局要求，组织学校开展活动。
"""


def test_a_plan_with_owners_in_every_form(run, tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    tasks = yaml.safe_load((tmp_path / "out.yaml").read_text("utf-8"))["plans"][0]["tasks"]
    by_seq = {t["seq"]: t for t in tasks}
    assert by_seq[1]["owners"] == ["区住建局"]
    assert by_seq[2]["owners"] == ["区发改局", "区城管局"]
    assert by_seq[3]["owners"] == ["区水务局", "区财政局", "各街道"]
    assert "牵头" not in by_seq[3]["text"]
    assert by_seq[4]["owners"] == ["区市场监管局"]
    assert by_seq[5]["owners"] == ["区大数据中心", "区民政局"]
    assert by_seq[6]["owners"] == ["区民政局"] and by_seq[6]["others"] is True
    assert by_seq[7]["owners"] == ["区商务局"]
    assert all("王强" not in t["owners"] for t in tasks)
    assert "区水务局" not in by_seq[8].get("owners", []) and "市水务局" not in by_seq[8]["owners"]


def test_a_bracket_naming_only_a_leader_is_a_marker_with_no_owner():
    end = owners.marker_at_end("推进河道整治。（责任领导：王强）")
    assert end is not None
    found = owners.parse(end[1])
    assert not found and found.leaders == ["王强"]


@pytest.mark.parametrize("cell, names", [
    ("市教育局：负责统筹；市财政局：负责资金", ["市教育局", "市财政局"]),
    ("区住建局：牵头推进；各街道：配合落实", ["区住建局", "各街道"]),
])
def test_a_unit_with_its_duty_after_a_colon_is_the_unit(cell, names):
    assert owners.parse(cell).names == names


OTHER_FORMS = """\
某县水利工作要点
2024年2月1日
一、重点工作
1.推进河道整治（县水务局牵头，县财政局配合）。完成清淤10公里，建设生态护岸5公里。
2.建设口袋公园，新建5个。
县住建局、各乡镇
3.开展节水宣传，覆盖全县学校。
县教育局
4.加强水质监测。
某县人民政府办公室
2024年2月1日
"""


def test_owners_after_the_first_sentence_or_on_a_line_of_their_own(run, tmp_path):
    (tmp_path / "plan.txt").write_text(OTHER_FORMS, encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    tasks = yaml.safe_load((tmp_path / "out.yaml").read_text("utf-8"))["plans"][0]["tasks"]
    by_seq = {t["seq"]: t for t in tasks}
    assert by_seq[1]["owners"] == ["县水务局", "县财政局"]
    assert "牵头" not in by_seq[1]["text"] and "完成清淤10公里" in by_seq[1]["text"]
    assert by_seq[2]["owners"] == ["县住建局", "各乡镇"]
    assert by_seq[3]["owners"] == ["县教育局"]
    # the signature under the plan is its issuer, not the last task's owner
    assert "某县人民政府办公室" not in by_seq[4]["owners"]


@pytest.mark.parametrize("cell, names, leaders", [
    ("县水利局（王强）、县财政局（配合）", ["县水利局", "县财政局"], ["王强"]),
    ("责任单位：区城管局（责任人：陈刚）、区财政局", ["区城管局", "区财政局"], ["陈刚"]),
    ("镇农业站（分管领导：刘洋）", ["镇农业站"], ["刘洋"]),
])
def test_a_person_noted_beside_a_unit_is_a_leader(cell, names, leaders):
    found = owners.parse(cell)
    assert found.names == names and found.leaders == leaders


# --- Owner lists the held-out plans broke: what shape is still there when the words or the
# brackets are not the ones expected.

@pytest.mark.parametrize("text", ["（市工商质监局", "区住建局）", "(县财政局", "【镇政府"])
def test_a_name_with_a_bracket_cut_open_is_no_unit(text):
    # the marker's bracket, cut from its other half, is no part of a name
    assert not units.is_unit(text)


@pytest.mark.parametrize("text", ["高新园(邹区镇)", "各县(市、区)人民政府", "经开区（新城）管委会"])
def test_a_bracket_of_either_width_inside_a_name_is_the_names(text):
    assert units.is_unit(text)


@pytest.mark.parametrize("item, leads, names", [
    ("全面推行电子证照。(区市场监管局牵头负责）", ["区市场监管局"], ["区市场监管局"]),
    ("建立企业服务专员制度。（县工信局牵头，县财政局配合)", ["县工信局"], ["县工信局", "县财政局"]),
    ("推行告知承诺制。[州司法局、州政务服务中心负责】", [], ["州司法局", "州政务服务中心"]),
])
def test_a_marker_of_mixed_brackets_is_read_without_them(item, leads, names):
    end = owners.marker_at_end(item)
    assert end is not None
    found = owners.parse(end[1])
    assert found.leads == leads and found.names == names


MIXED_RUN = """\
某市优化营商环境实施意见
2024年4月1日
一、提升政务服务效能
1.深化商事制度改革。(1)推行企业开办一网通办，压缩开办时间。(市市场监管局牵头负责）(2)完善企业\
注销便利化机制，推行简易注销。（市市场监管局、市税务局按职责分工负责)(3)推进证照分离改革。\
全面梳理涉企经营许可事项。(市政务服务中心牵头负责)
"""


def test_items_run_together_with_markers_of_mixed_brackets(run, tmp_path):
    (tmp_path / "plan.txt").write_text(MIXED_RUN, encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    tasks = yaml.safe_load((tmp_path / "out.yaml").read_text("utf-8"))["plans"][0]["tasks"]
    by_seq = {t["seq"]: t for t in tasks}
    assert by_seq[1]["owners"] == ["市市场监管局"]
    assert by_seq[2]["owners"] == ["市市场监管局", "市税务局"]
    assert by_seq[3]["owners"] == ["市政务服务中心"]
    assert not any(o[:1] in "（(" or o[-1:] in "）)" for t in tasks for o in t["owners"])


@pytest.mark.parametrize("content, leads, names, vague", [
    # a repost's synonyms (负责→卖力, 办理, 主抓): units, a short verb, in the item's last
    # bracket, are still its owners
    ("省生长改造委牵头卖力", ["省生长改造委"], ["省生长改造委"], False),
    ("市农业农村局牵头主抓", ["市农业农村局"], ["市农业农村局"], False),
    ("区教育局、区财政局按职责分工办理", [], ["区教育局", "区财政局"], False),
    ("州交通局、州水利局等州有关部门和各县市人民政府按职责分工卖力", [],
     ["州交通局", "州水利局", "各县市人民政府"], True),
    ("由县住建局承办", [], ["县住建局"], False),
])
def test_units_before_a_verb_of_other_words_are_owners(content, leads, names, vague):
    assert owners.marker_at_end(f"推进重点项目建设。（{content}）") is not None
    found = owners.parse(content)
    assert found.leads == leads and found.names == names and found.vague == vague


@pytest.mark.parametrize("item", [
    "重大事项按程序办理（经区政府批准）",
    "形成年度报告（报市政府审定）",
    "建设在线平台（以下简称平台）",
])
def test_a_sentence_in_a_bracket_is_no_marker_for_its_verb(item):
    assert owners.marker_at_end(item) is None


@pytest.mark.parametrize("content, names", [
    ("市委组织部", ["市委组织部"]),  # not 市委组 doing 织部
    ("市科协、市发改委", ["市科协", "市发改委"]),
    ("县财政局等有关部门", ["县财政局"]),
])
def test_a_unit_whose_end_looks_like_a_verb_stays_whole(content, names):
    assert owners.parse(content).names == names


@pytest.mark.parametrize("text, names", [
    ("省发展改革委、能源局等省有关部门和各地级以上市人民政府",
     ["省发展改革委", "能源局", "各地级以上市人民政府"]),
    ("市财政局等市直有关单位及各区人民政府", ["市财政局", "各区人民政府"]),
    ("县教育局等县级相关部门", ["县教育局"]),
])
def test_more_of_a_level_then_another_unit(text, names):
    found = units.read(text)
    assert found is not None and found.names == names and found.vague


@pytest.mark.parametrize("line, leads, names, after", [
    ("责任单位：市发改委、市财政局（列第一位者为牵头单位，下同）",
     ["市发改委"], ["市发改委", "市财政局"], True),
    ("责任单位:县经信局、县税务局(列第一位者为工作牵头单位或汇总单位,下同)",
     ["县经信局"], ["县经信局", "县税务局"], True),
    ("责任单位：区住建局、区城管局、区水务局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）",
     ["区住建局"], ["区住建局", "区城管局", "区水务局"], True),
    ("配合单位：镇农业站、镇财政所（排在首位的为牵头单位）",
     ["镇农业站"], ["镇农业站", "镇财政所"], False),
])
def test_a_lead_rule_in_a_bracket_is_no_part_of_the_last_unit(line, leads, names, after):
    found = owners.parse(line)
    assert found.leads == leads and found.names == names
    assert found.first_leads and found.first_leads_after == after


RULE_ONCE = """\
某县2024年政府工作报告重点工作责任分解
2024年3月1日
一、经济发展
1.固定资产投资增长8%。
责任单位：县发改局、县财政局、县住建局（列第一位者为牵头单位，下同）
2.社会消费品零售总额增长6%。
责任单位：县商务局、县市场监管局
3.外贸出口稳中提质。
责任单位：县商务局
"""


def test_a_lead_rule_said_once_holds_for_the_items_after():
    by_seq = {item.seq: item for item in body.items(text.clean(RULE_ONCE))}
    assert by_seq[1].owners == ["县发改局", "县财政局", "县住建局"]
    assert by_seq[1].leads == ["县发改局"]
    assert by_seq[2].owners == ["县商务局", "县市场监管局"]
    assert by_seq[2].leads == ["县商务局"]  # 下同


@pytest.mark.parametrize("line, names", [
    ("责任单位:立山经济开发区,各街道、区直各部门", ["立山经济开发区", "各街道", "区直各部门"]),
    ("责任单位：高新区，各乡镇、县直有关单位", ["高新区", "各乡镇", "县直有关单位"]),
    ("责任单位：各镇、市属国有企业", ["各镇", "市属国有企业"]),
    ("责任单位：各区、县级市人民政府", ["各区、县级市人民政府"]),  # one 各 over both
])
def test_commas_of_both_widths_and_placeholders_as_printed(line, names):
    assert owners.parse(line).names == names


@pytest.mark.parametrize("cell, names", [
    ("县住建局 县财政局", ["县住建局", "县财政局"]),
    ("县民政局 各相关乡镇街道", ["县民政局", "各相关乡镇街道"]),
    ("区城管局\u3000区水投公司", ["区城管局", "区水投公司"]),
])
def test_units_a_space_apart_in_a_cell_are_apart(cell, names):
    assert owners.parse(cell).names == names


@pytest.mark.parametrize("content, leads, names", [
    ("市教育局牵头、市财政局配合", ["市教育局"], ["市教育局", "市财政局"]),  # 、 after a verb
    ("县卫健局牵头、县医保局、县财政局参与", ["县卫健局"], ["县卫健局", "县医保局", "县财政局"]),
    ("市教育局为牵头单位，市财政局为配合单位", ["市教育局"], ["市教育局", "市财政局"]),
    ("区住建局是责任单位", [], ["区住建局"]),
    ("镇政府主责，镇财政所协同", ["镇政府"], ["镇政府", "镇财政所"]),
])
def test_who_leads_said_in_other_ways(content, leads, names):
    assert owners.marker_at_end(f"建设口袋公园。（{content}）") is not None
    found = owners.parse(content)
    assert found.leads == leads and found.names == names


@pytest.mark.parametrize("content, leads, names, vague", [
    # lists a comma apart, with no verb: a bracket of units all the same
    ("县民政局、县财政局，各乡镇（街道）", [], ["县民政局", "县财政局", "各乡镇（街道）"], False),
    ("区文旅局，区财政局等部门", [], ["区文旅局", "区财政局"], True),
    # a label whose space was lost, a label after a dash, in brackets of its own
    ("责任单位县民政局、县财政局", [], ["县民政局", "县财政局"], False),
    ("牵头单位——市商务局；配合单位——市财政局", ["市商务局"], ["市商务局", "市财政局"], False),
    ("【牵头单位】州卫健委【责任单位】州医保局", ["州卫健委"], ["州卫健委", "州医保局"], False),
    # a lead mark or a verb with the next unit straight after it
    ("责任单位：县民政局（牵头）县财政局", ["县民政局"], ["县民政局", "县财政局"], False),
    ("区城管局牵头区住建局配合", ["区城管局"], ["区城管局", "区住建局"], False),
])
def test_owner_lists_whose_separators_or_colons_are_lost(content, leads, names, vague):
    found = owners.parse(content)
    assert found.leads == leads and found.names == names and found.vague == vague


@pytest.mark.parametrize("item", [
    "推进智慧养老。（县民政局、县财政局，各乡镇（街道））",
    "推进智慧养老。（责任单位县民政局、县财政局）",
    "推进智慧养老。（牵头单位——县民政局）",
    "推进智慧养老。（县民政局牵头县财政局配合）",
])
def test_such_lists_close_an_item_as_its_marker(item):
    assert owners.marker_at_end(item) is not None


@pytest.mark.parametrize("item", [
    "推进智慧养老（县民政局负责县域养老服务统筹）",  # a sentence, not a list
    "覆盖城乡（市，区）",
    "建设示范区（高新区，经开区）",  # places alone
])
def test_a_sentence_or_places_in_a_bracket_still_are_no_marker(item):
    assert owners.marker_at_end(item) is None


def test_an_owner_line_with_its_label_in_brackets():
    assert owners.is_owner_line("【牵头单位】县民政局【配合单位】县财政局")
    assert owners.is_owner_line("责任单位——区住建局、各街道")
    text = "推进老旧小区改造。【牵头单位】区住建局【责任单位】各街道"
    start = owners.INLINE_LABEL.search(text)
    assert start is not None and text[:start.start()] == "推进老旧小区改造。"
    found = owners.parse(text[start.start():])
    assert found.leads == ["区住建局"] and found.names == ["区住建局", "各街道"]


OTHER_LABELS = """\
某区2024年城市更新工作要点
2024年3月1日
一、重点任务
1.推进老旧小区改造，完成改造20个。【牵头单位】区住建局【责任单位】各街道
2.建设公共停车场3处。（区发改局牵头区城管局配合）
3.推进河道整治，完成清淤10公里。
牵头单位——区水务局
配合单位——区财政局、各街道
4.开展文明创建。（区文明办、区委宣传部，各街道（社区））
5.推进志愿服务。（责任单位区民政局、团区委）
"""


def test_a_plan_whose_owner_labels_are_written_other_ways(run, tmp_path):
    (tmp_path / "plan.txt").write_text(OTHER_LABELS, encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    tasks = yaml.safe_load((tmp_path / "out.yaml").read_text("utf-8"))["plans"][0]["tasks"]
    assert [t["owners"] for t in tasks] == [
        ["区住建局", "各街道"], ["区发改局", "区城管局"], ["区水务局", "区财政局", "各街道"],
        ["区文明办", "区委宣传部", "各街道（社区）"], ["区民政局", "团区委"]]
    assert all("单位" not in t["text"] and "区" not in t["text"][-6:] for t in tasks)


@pytest.mark.parametrize("text, names", [
    ("团县委、县妇联、残联", ["团县委", "县妇联", "残联"]),
    ("市教育局、科协、侨办", ["市教育局", "科协", "侨办"]),
])
def test_an_organ_of_two_characters_beside_others(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text", ["妇联、残联", "县教育局、协办", "县财政局、社会"])
def test_two_characters_alone_or_a_verb_are_no_such_organ(text):
    assert units.split_units(text) is None


@pytest.mark.parametrize("text, names", [
    ("各省、自治区、直辖市人民政府、国务院各部委",
     ["各省、自治区、直辖市人民政府", "国务院各部委"]),
    ("各市、县（区）人民政府，市发改委", ["各市、县（区）人民政府", "市发改委"]),
    ("各州、市人民政府及省直有关部门", ["各州、市人民政府", "省直有关部门"]),
    ("各县、特区、区人民政府，各经济开发区管委会",
     ["各县、特区、区人民政府", "各经济开发区管委会"]),
])
def test_one_each_over_a_list_of_places_is_one_unit(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text, names", [
    # a county's organ after the towns is its own unit: a town has no 生态环境局 of its own
    ("各乡镇、县生态环境局、县农业农村局", ["各乡镇", "县生态环境局", "县农业农村局"]),
    ("各街道、区城管局", ["各街道", "区城管局"]),
    ("各乡镇、县森林防灭火指挥部各成员单位", ["各乡镇", "县森林防灭火指挥部各成员单位"]),
    # (places of one rank, or a government each has, stay one unit)
    ("各乡、镇人民政府", ["各乡、镇人民政府"]),
    ("各县、市人民政府", ["各县、市人民政府"]),
    ("各市、县发展改革委", ["各市、县发展改革委"]),
    # (cities named by their standing share the organ after the list as the plain levels do)
    ("各辖市、区应急管理局", ["各辖市、区应急管理局"]),
    ("各市、州、直管市及神农架林区人民政府", ["各市、州、直管市及神农架林区人民政府"]),
    ("各地级以上市、县（市、区）人民政府", ["各地级以上市、县（市、区）人民政府"]),
    # (an organ of the province's, or the prefecture's after cities by standing: its own)
    ("各设区市、省公安厅", ["各设区市", "省公安厅"]), ("各辖市、市公安局", ["各辖市", "市公安局"]),
    ("各市、省财政厅", ["各市", "省财政厅"]),
    ("各设区市、市县（区）农业农村局", ["各设区市、市县（区）农业农村局"]),  # (市县: places)
])
def test_a_county_organ_after_a_list_of_towns(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text, names", [
    # a list's "and" opening a piece is no part of the name after it
    ("以及县指挥办各工作组", ["县指挥办各工作组"]),
    ("县财政局，及各乡镇财政所", ["县财政局", "各乡镇财政所"]),
    ("与区应急管理局", ["区应急管理局"]),
    # (和 opens names: 和平区, 和田地区; 与会单位 are those at a meeting)
    ("和平区教育局", ["和平区教育局"]), ("县委办、与会单位", ["县委办", "与会单位"])])
def test_a_conjunction_opening_a_piece_is_no_part_of_a_name(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text", ["上海现代建筑设计有限公司作为备选单位", "县财政局作为配合单位",
                                  "市政府办公室报请市政府审定"])
def test_a_verb_inside_is_no_unit_s_name(text):
    assert units.split_units(text) is None


@pytest.mark.parametrize("text", [
    "明确打捆招标还是分配到乡镇自行",  # 自行 ends like 农商行, a bank: it is no bank
    "2021年大陈乡人民政府",  # a year before the name: a report's title
    "成员单位工作职责第五条领导小组成员单位",  # an article's number
    "依据参会安排确定行程的工作组"])
def test_words_no_name_holds(text):
    assert units.split_units(text) is None


@pytest.mark.parametrize("text, names", [
    ("农商行、县农村信用合作联社", ["农商行", "县农村信用合作联社"]),
    ("县人行、县农发行、县金融办", ["县人行", "县农发行", "县金融办"]),
    ("省机场集团有限公司（以下简称省机场集团）、省发展改革委",
     ["省机场集团有限公司", "省发展改革委"]),
    ("各县（市、区）农业农村局（以下统称县级农业农村部门）", ["各县（市、区）农业农村局"])])
def test_banks_and_a_name_s_short_form_note(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text, leads, names, leaders", [
    # a web page's fields run together, their spaces lost: each value is the units it starts
    # with, the next label (or any field: 实际完成情况：) ends it
    # (a name of two characters before such a field is read as three: 李强实 — leaders only)
    ("牵头领导：张伟责任单位：县交通运输局项目责任人：李晓强实际完成情况：已完成招标",
     [], ["县交通运输局"], ["张伟", "李晓强"]),
    ("分管领导：刘洋责任单位：区卫健委项目负责人：陈刚配合单位：区财政局、区医保局进展情况：序时推进，"
     "完成全年目标的60%", ["区卫健委"], ["区卫健委", "区财政局", "区医保局"], ["刘洋", "陈刚"]),
])
def test_labelled_fields_run_together(text, leads, names, leaders):
    found = owners.parse(text)
    assert found.leads == leads and found.names == names and found.leaders == leaders


def test_fields_run_together_after_an_item_are_its_owners():
    text = "新建公共停车场3处。牵头领导：张伟责任单位：县住建局项目责任人：李强实际完成情况：已开工"
    start = owners.INLINE_LABEL.search(text)
    assert start is not None and text[:start.start()] == "新建公共停车场3处。"
    assert owners.parse(text[start.start():]).names == ["县住建局"]


@pytest.mark.parametrize("content, leads, names", [
    ("牵头单位:州人社局、各县市人民政府;协助单位:州财政局、发改委",
     ["州人社局", "各县市人民政府"], ["州人社局", "各县市人民政府", "州财政局", "发改委"]),
    # beside those who help, the units in charge lead, all of them
    ("主管部门：市农业农村局；参加单位：各乡镇", ["市农业农村局"], ["市农业农村局", "各乡镇"]),
    ("责任单位：市交通委、各区政府；配合单位：市公安局",
     ["市交通委", "各区政府"], ["市交通委", "各区政府", "市公安局"]),
    ("责任单位：市交通委、各区政府", [], ["市交通委", "各区政府"]),  # alone: none said
])
def test_labels_of_other_words_for_who_helps(content, leads, names):
    found = owners.parse(content)
    assert found.leads == leads and found.names == names


@pytest.mark.parametrize("text, names", [
    # a list, then a table's figures run into its last name: the units it starts with
    ("配合单位：市工商局、宁波电业局鄞州海曙江东合计", ["市工商局", "宁波电业局"]),
    ("责任单位：县交通局，各乡镇政府城关镇东城镇小计3 2 5", ["县交通局", "各乡镇政府"]),
])
def test_a_list_with_other_text_run_into_its_end(text, names):
    assert owners.parse(text).names == names


@pytest.mark.parametrize("item", [
    "贯彻落实乡村振兴实施意见（市委、市政府印发）",
    "执行专项资金管理办法（省财政厅制定）",
])
def test_units_that_issued_a_paper_are_no_owner_marker(item):
    assert owners.marker_at_end(item) is None


@pytest.mark.parametrize("text, names", [
    ("东坡村、西岭村、南湾村等村", ["东坡村", "西岭村", "南湾村"]),
    ("城关镇、河口镇等乡镇", ["城关镇", "河口镇"]),
    ("县林业局、县水利局等局", ["县林业局", "县水利局"]),
    ("东风街道、胜利街道等街道", ["东风街道", "胜利街道"]),
])
def test_etc_and_the_kind_of_the_names_before_it_says_there_are_more(text, names):
    """A、B、C等村: 等 and the kind of unit the names are (村, 乡镇, 局) is no unit of its own."""
    found = units.read(text)
    assert found is not None and found.names == names and found.vague


@pytest.mark.parametrize("text, names", [
    ("县直相关单位和各乡镇（街道）", ["县直相关单位", "各乡镇（街道）"]),
    ("省直有关部门和各市人民政府", ["省直有关部门", "各市人民政府"]),
    ("各有关部门和单位", ["各有关部门和单位"]),  # one kind said in two words
    ("组宣处，相关处室和单位", ["组宣处", "相关处室和单位"]),
    ("各科室和单位", ["各科室和单位"]),
    ("相关科室和各乡镇", ["相关科室", "各乡镇"]),
])
def test_units_of_a_kind_and_every_one_of_another(text, names):
    # (县直相关单位 is no label glued to the units after it)
    assert owners.parse(text).names == names


@pytest.mark.parametrize("text, names", [
    ("县住建局、凤溪县燃气公司等管线单位", ["县住建局", "凤溪县燃气公司"]),
    ("区应急管理局、区市场监管局等行业主管部门", ["区应急管理局", "区市场监管局"]),
    ("办公室、商洛公司等部门单位", ["办公室", "商洛公司"]),
])
def test_units_and_others_of_a_kind_a_few_words_say(text, names):
    found = owners.parse(text)
    assert (found.names, found.vague) == (names, True)


@pytest.mark.parametrize("text", ["优化职业教育布局", "构建新发展格局", "服务全局"])
def test_the_lie_of_things_is_no_bureau(text):
    # (局 closes the word for how things stand, not a bureau's name)
    assert units.read(text, organs_only=True) is None


def test_places_governments_run_together_are_each_their_own():
    # (a list whose spaces the page lost: 城关镇人民政府 天龙镇人民政府 …)
    assert units.unglued("城关镇人民政府天龙镇人民政府白云镇人民政府") == \
        ["城关镇人民政府", "天龙镇人民政府", "白云镇人民政府"]
    assert units.unglued("各县区人民政府") == ["各县区人民政府"]


@pytest.mark.parametrize("text", ["举办春节团拜会文艺演出专场", "召开三个现场会", "召开支部"])
def test_work_to_hold_is_no_unit(text):
    # (举办…专场, 召开…会: an event held, whatever its last word)
    assert units.read(text) is None


def test_a_county_s_office_before_a_town_s_government_is_not_cut_into_a_government():
    assert "县人民政府" not in units.unglued("县人民政府办公室城关镇人民政府天龙镇人民政府")


@pytest.mark.parametrize("name", ["全州县教育局", "全州县人民政府", "全州镇人民政府"])
def test_a_place_named_quan_is_one_unit_not_all_of_a_place(name):
    # (全州县 is a county of Guangxi; 全县中小学校 is every school of one)
    from vtrack import departments
    assert not departments.placeholder(name) and departments.placeholder("全县中小学校")


@pytest.mark.parametrize("text, names", [
    ("市、县（市）交通运输管理部门", ["市交通运输管理部门", "县（市）交通运输管理部门"]),
    ("省、市、县三级人民政府", ["省人民政府", "市人民政府", "县人民政府"]),
    ("区、镇两级农业农村部门、区财政局", ["区农业农村部门", "镇农业农村部门", "区财政局"]),
    ("区、县（市）教育局", ["区教育局", "县（市）教育局"]),
    ("县财政局、市场监管局", ["县财政局", "市场监管局"]),
    ("区科技局、街道、板块", ["区科技局", "街道", "板块"]),  # no organ's name after the levels
    # a level of its own beside an organ of a higher level: two units
    ("镇（街道）、区城管局", ["镇（街道）", "区城管局"]),
    ("乡镇、县自然资源局、县林业局", ["乡镇", "县自然资源局", "县林业局"]),
    ("街道、社区", ["街道", "社区"]),
])
def test_levels_alone_before_the_name_they_share_are_its_units(text, names):
    # 市、县（市）交通运输管理部门: 市 alone is no unit; the levels share the body after the
    # last one's level, each level's own to follow up (a level above them shares nothing)
    assert owners.parse(text, None).names == names


@pytest.mark.parametrize("text, organ", [
    ("宁南管委会", True),
    # guards (pass on the old code): after a level, or a 委员会; 会 alone stays weak (a
    # gathering, the society: no organ of itself)
    ("高新区管委会", True), ("乡村振兴委员会", True),
    ("职工代表大会", False), ("和谐社会", False)])
def test_a_management_committee_is_an_organ_whatever_its_place(text, organ):
    assert (units.read(text, organs_only=True) is not None) is organ


@pytest.mark.parametrize("text", ["考虑到市外轮供应公司", "鉴于县供销社", "由于区财政局"])
def test_a_reason_s_words_before_a_level_are_no_place_s_name(text):
    # (考虑到 before 市 is no city called 考虑到: the sentence's reason, then a unit in it)
    assert units.read(text) is None


@pytest.mark.parametrize("text", ["关于清查办", "关于加强安全管理办", "关于成立工作领导小组"])
def test_a_document_s_title_is_no_unit_however_it_ends(text):
    # (关于清查办公及附属用房的通知: the notice's title, its 办 the start of 办公)
    assert units.read(text) is None


@pytest.mark.parametrize("text", ["于都县住建局", "于洪区教育局", "于田县交通运输局"])
def test_a_place_whose_name_opens_with_yu_is_a_unit(text):
    # guard against a rule that took 于 for the preposition: 于都县 is a county
    assert units.read(text, organs_only=True) is not None


@pytest.mark.parametrize("text", ["物业服务中心（扣2分）", "物业服务中心（得分99分）",
                                  "物业服务中心（99分，优秀）"])
def test_a_check_s_marks_in_any_form_are_no_part_of_a_name(text):
    assert owners.parse(text + "负责").names == ["物业服务中心"]


@pytest.mark.parametrize("text, name", [("加大对货运车辆整治力度区渣土办", "区渣土办"),
                                        ("整治校园周边环境县公安局", "县公安局"),
                                        ("规范渣土运输市城管局", "市城管局")])
def test_a_heading_of_work_run_into_a_unit_s_name_is_no_part_of_it(text, name):
    # (a page stored on one line: 3.加大对货运车辆整治力度区渣土办要…: the unit from its level)
    assert units.read(text).names == [name]


@pytest.mark.parametrize("text, names", [
    # (not 区道路管理县交通局: the level inside the heading)
    ("加强城区道路管理县交通局负责", ["县交通局"]),
    ("由于都县交通局负责", ["于都县交通局"]), ("由于区财政局资金紧张负责", []),
    # (a place's own name before a level is the unit's: 平潭综合实验区农业农村局)
    ("平潭综合实验区农业农村局负责", ["平潭综合实验区农业农村局"])])
def test_words_before_a_unit_s_name_that_are_none_of_it(text, names):
    assert owners.parse(text).names == names


@pytest.mark.parametrize("text, names", [
    ("各部门、单位", ["各部门", "各单位"]),
    ("各学院、部门、单位", ["各学院", "各部门", "各单位"]),
    ("各相关处室、单位", ["各相关处室", "各相关单位"]),
    ("学院各单位、部门", ["学院各单位", "学院各部门"]),
    ("区农业局、各站所、科室", ["区农业局", "各站所", "各科室"]),
])
def test_every_one_of_each_kind_shares_the_each(text, names):
    assert units.split_units(text) == names


@pytest.mark.parametrize("text, names", [
    ("各县、区人民政府", ["各县、区人民政府"]),  # places that share the body the last names
    ("各乡、镇人民政府", ["各乡、镇人民政府"]),
])
def test_no_each_to_share_or_places_sharing_a_body(text, names):
    # guard (passes on the old code)
    assert units.split_units(text) == names


@pytest.mark.parametrize("name", ["各行政机关", "公安机关", "县直机关", "税务机关"])
def test_organs_by_the_word_for_organs(name):
    assert units.is_unit(name)


def test_a_kind_of_department_and_the_organs_of_another():
    assert units.split_units("各级环境保护部门和公安机关") == ["各级环境保护部门", "公安机关"]


@pytest.mark.parametrize("name", ["各小学", "相关小学", "区实验中学", "各幼儿园"])
def test_schools_by_their_kind(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("name", ["各二级党组织", "基层党组织", "各党支部"])
def test_party_bodies_are_units(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("text", ["统筹组织各党支部", "整顿软弱涣散村党组织"])
def test_the_work_done_to_party_bodies_is_no_name(text):
    # a verb and its object
    assert not units.is_unit(text)


@pytest.mark.parametrize("text", ["各子课题组长集中小会议室参加学期主课题工作会", "组长单位"])
def test_people_by_their_post_and_what_they_do_are_no_name(text):
    assert not units.is_unit(text)


def test_a_time_after_the_subject_is_no_part_of_a_name():
    # 央企于2012年12月28日前向国家发改委: the subject, its time, whom it reports to
    assert units.read("央企于2012年12月28日前向国家发改委") is None
    assert units.is_unit("于都县教育局")  # guard: a place whose name starts with 于


def test_a_heading_of_work_opened_by_its_manner_runs_into_the_unit():
    # 全面…, 充分…: no unit's name opens with the manner of a piece of work
    assert units.split_units("全面整治占道经营违法现象区综合执法局") == ["区综合执法局"]


@pytest.mark.parametrize("text, names", [
    ("财政、税务部门", ["财政部门", "税务部门"]),
    ("卫生健康、疾控、能源主管部门", ["卫生健康主管部门", "疾控主管部门", "能源主管部门"]),
    ("交通运输、林业等部门", ["交通运输部门", "林业部门"]),
    ("就业、社保等工作机构", ["就业工作机构", "社保工作机构"]),
    ("卫生、移民、教育部门", ["卫生部门", "移民部门", "教育部门"]),  # fields, not people
    ("县应急局、消防、林业等有关部门", ["县应急局", "消防部门", "林业部门"]),
    # (农业农村: a field, its 农村 no village; the first sector after its level)
    ("农业农村、水利部门", ["农业农村部门", "水利部门"]),
    ("地方各级农业农村、林业和草原部门", ["地方各级农业农村部门", "地方各级林业和草原部门"]),
])
def test_sectors_named_bare_share_the_kind_of_body_said_after_them(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("text, names", [
    ("各乡镇、水利部门", ["各乡镇", "水利部门"]),  # a place standing as a unit
    ("学校、医院等单位", ["学校", "医院"]),  # 单位 is no kind of body a sector has
])
def test_names_of_their_own_keep_their_names(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("name", ["各级妇联组织", "全县工会组织", "各级团组织", "各级残联组织",
                                  "各级妇联组织（试点）",
                                  # (and with no level: each place's own, 工会组织：依法参加…)
                                  "工会组织", "共青团和妇联组织"])
def test_a_body_of_members_own_organisation_is_a_unit(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("words", ["县教育局组织", "学会组织"])
def test_an_organ_then_its_verb_to_organise_is_no_unit(words):
    assert not units.is_unit(words)  # guard: 县教育局组织开展…, 各班要学会组织…


@pytest.mark.parametrize("name", ["各村居", "全镇各村居", "各村居委"])
def test_villages_and_neighbourhoods_together_are_places(name):
    assert units.is_unit(name)  # 各村居应专门配一间房屋…: the villages' and 居委会's own


@pytest.mark.parametrize("words", ["宜居", "安居", "邻居", "村居"])
def test_words_ending_in_ju_with_no_scope_are_no_places(words):
    assert units.read(words) is None  # guard: 居 ends the place only after 各/全镇各…村


@pytest.mark.parametrize("words", ["建立侨联组织", "成立妇联", "设立工会", "实现全区侨联"])
def test_a_body_set_up_or_reached_is_work_no_unit(words):
    # 建立侨联组织，实现全区侨联组织全覆盖: the work of a list, no bodies named 建立侨联
    assert units.read(words) is None


@pytest.mark.parametrize("text, names", [
    ("县民政局与县文体广新局", ["县民政局", "县文体广新局"]),
    ("区文旅局与区公安分局", ["区文旅局", "区公安分局"]),
])
def test_and_between_two_units_parts_them(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("name", ["县教育与体育局", "市文化与旅游局"])
def test_and_inside_one_bureau_s_name_is_its_own(name):
    assert units.listed(name).names == [name]  # guard: no organ's ending before 与


@pytest.mark.parametrize("name", ["各热电厂", "县自来水厂", "鄂州球团厂"])
def test_a_works_is_a_unit(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("text, names", [
    ("学校、教育主管部门", ["学校", "教育主管部门"]),  # a kind of body standing alone
    ("企业、行业主管部门", ["企业", "行业主管部门"]),
    ("农户、农业部门", ["农户", "农业部门"]),  # people asked, no field of work
    ("景区、文旅部门", ["景区", "文旅部门"]),  # a kind of place
])
def test_bodies_places_and_people_named_bare_keep_their_names(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("text, names", [
    ("县职业技术学校与县人社局", ["县职业技术学校", "县人社局"]),
    ("文化站与中小学", ["文化站", "中小学"]),
])
def test_and_between_a_school_or_a_short_name_and_a_unit(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("text, names", [
    ("市、县市场监管局", ["市市场监管局", "县市场监管局"]),  # 市场 is no level
    ("省、市场监管局", ["省", "市场监管局"]),
    ("市、县级财政部门", ["市财政部门", "县财政部门"]),  # each named as the others are
])
def test_levels_sharing_a_body_named_with_market_or_a_level_word(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("text", ["各地住房和城乡建设部门", "各级文化和旅游部门",
                                  "各省级人力资源和社会保障（人才）主管部门",
                                  "各省级住房和城乡建设（园林绿化）主管部门"])
def test_a_level_then_a_field_whose_name_holds_和_is_one_unit(text):
    # 各地 + 住房和城乡建设 + 部门: the field's own 和, no unit before it to part from
    assert units.read(text).names == [text]


@pytest.mark.parametrize("text, names", [
    ("各乡镇和县直各部门", ["各乡镇", "县直各部门"]),
    ("各责任单位和属地乡镇", ["各责任单位", "属地乡镇"]),
    ("各级团组织和学生会", ["各级团组织", "学生会"])])
def test_every_one_of_a_kind_and_another_kind_are_two(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text, unit", [("各地结合本地区", False), ("各乡镇结合实际", False),
                                        ("市中西医结合骨科医院", True)])
def test_how_the_places_go_about_it_is_no_part_of_their_name(text, unit):
    # 请各地结合本地区实际…: the places, then how; 中西医结合 a name's own words
    assert (units.read(text) is not None) == unit


@pytest.mark.parametrize("text, names", [
    ("各乡镇、街道", ["各乡镇", "各街道"]), ("各镇、街道", ["各镇", "各街道"]),
    ("各乡镇、街道办事处", ["各乡镇", "街道办事处"]),
    ("各县、市、区人民政府", ["各县、市、区人民政府"])])  # guard: the places share the one
def test_every_town_and_every_street_office_are_two(text, names):
    # 各乡镇、街道: the 各 shared by two kinds of place, each its own owner
    assert units.read(text).names == names


@pytest.mark.parametrize("text, names", [
    ("庆阳市和省直有关部门", ["庆阳市", "省直有关部门"]),
    ("某某县和县级有关部门", ["某某县", "县级有关部门"])])
def test_a_place_and_the_units_of_a_level_are_two(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text", ["大中城市和县级医院", "地级市和县级人民政府",
                                  "省会城市和省直单位"])
def test_places_of_a_kind_and_a_level_s_units_are_not_two_owners(text):
    # guard (review32): 大中城市, 地级市: places of a kind, no place of its own to own work
    reading = units.read(text)
    assert reading is None or not any(name in ("大中城市", "地级市", "省会城市")
                                      for name in reading.names)


@pytest.mark.parametrize("text", ["各县区文化广电和旅游局", "各地文化广电和旅游部门",
                                  "各市经济和信息化委", "各县区城市管理和综合执法局"])
def test_more_fields_whose_names_hold_和_are_one_unit(text):
    assert units.read(text).names == [text]


@pytest.mark.parametrize("text", ["全市文化系统", "全省林业系统", "各级生态环境系统"])
def test_a_whole_sector_at_a_level_is_a_unit(text):
    # 全市文化系统: every body of the sector, its scope first
    assert units.read(text).names == [text]


@pytest.mark.parametrize("text", ["政务信息系统", "生态环境系统", "各级机关和教科文卫系统"])
def test_a_system_with_no_scope_or_of_two_sectors_is_no_one_unit(text):
    # 政务信息系统: a thing; 各级机关和教科文卫系统: two, not one sector's whole
    found = units.read(text)
    assert found is None or found.names != [text]


@pytest.mark.parametrize("text", ["项目所在地县级人民政府", "各项目所在地乡镇", "企业所在地政府",
                                  "工程所在地住房城乡建设主管部门", "学生所在院"])
def test_the_body_of_the_place_where_a_thing_is_is_a_unit(text):
    # 所在地: where the project is; 在 no verb here, as in 在…方面
    assert units.read(text).names == [text]


@pytest.mark.parametrize("text", ["在全县范围内", "项目在乡镇", "各单位在显著位置"])
def test_a_place_said_with_zai_is_still_no_unit(text):
    found = units.read(text)
    assert found is None or found.names != [text]


def test_a_decision_after_study_is_no_name():
    # 经研究确定…试点单位名单现予以公布: what was decided, then the list; no unit
    assert units.read("经研究确定全国红色旅游融合发展试点单位") is None


@pytest.mark.parametrize("text", ["公安、工商、盐务等多部门", "公安、工商、盐务等6个部门",
                                  "公安、工商、盐务等十部门"])
def test_the_rest_counted_or_said_to_be_many_share_the_kind(text):
    found = units.read(text)
    assert found.names == ["公安部门", "工商部门", "盐务部门"] and found.vague


def test_a_means_after_the_units_is_no_part_of_a_name():
    # 由县卫健部门与托育机构通过协商确定…: the two units, then how they do it
    found = units.read("县卫健部门与托育机构通过协")
    assert found is None or "县卫健部门与托育机构通过协" not in found.names


def test_who_leads_a_team_is_no_name():
    # 督导组由班子成员带队，对…进行督导检查: the members lead the group; no unit
    assert units.read("班子成员带队") is None


@pytest.mark.parametrize("text, names", [("我局", ["我局"]),
                                         ("我部、县公安局", ["我部", "县公安局"]),
                                         ("我们", None), ("我市", None),
                                         ("我市教育局", ["我市教育局"])])
def test_the_issuer_naming_itself_is_a_unit(text, names):
    found = units.read(text)
    assert (found.names if found else None) == names


@pytest.mark.parametrize("text", ["此次工作会", "本次排查要对辖区内河流全部", "县防汛调度会"])
def test_this_time_or_a_meeting_is_no_unit(text):
    # (对此次工作会议提出要求: the meeting the asks are made at; 本次排查要…: the work)
    found = units.read(text)
    assert found is None or text not in found.names


def test_a_speaker_s_words_are_no_part_of_a_name():
    # 他表示，人保公司将…: who speaks, then the unit
    found = units.read("他表示人保公司")
    assert found is None or "他表示人保公司" not in found.names


@pytest.mark.parametrize("text, names", [("我局和县公安局", ["我局", "县公安局"]),
                                         ("防汛工作事关全县", None), ("整改情况报县安委办", None)])
def test_the_issuer_and_another_and_a_clause_that_only_ends_as_a_place(text, names):
    # (我局和县公安局: two units; 防汛工作事关全县, …报县安委办: what a thing concerns, where a
    # report goes, no unit)
    found = units.read(text)
    assert (found.names if found else None) == names


@pytest.mark.parametrize("text, names", [
    ("项目所在地乡镇和县林业局", ["项目所在地乡镇", "县林业局"]),
    ("属地乡镇和县林业局", ["属地乡镇", "县林业局"])])
def test_places_and_an_organ_of_a_level_are_two_units(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text", ["阅读全部", "企业内部", "工作全部"])
def test_all_or_the_inside_of_a_thing_is_no_department(text):
    # (…（阅读全部图文内容，您需要先登录!）: a page's notice, 部 as all of it, no department)
    assert units.read(text) is None


def test_a_page_s_login_notice_in_brackets_names_no_owner(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("某镇疫苗接种工作方案\n一、工作任务\n（一）县卫健局负责接种点设置。\n"
                    "（二）各村负责摸排登记。\n（三）督查督办组\n"
                    "（阅读全部图文内容,您需要先登录!）\n", encoding="utf-8")
    from vtrack.extract import extract
    plan, _ = extract(path, "p")
    assert not any("阅读全部" in name for t in plan.tasks for name in t.owners)


def test_a_body_where_the_work_is_done_is_asked_as_a_subject():
    # 项目所在镇村要…: 所在 is where the project is, no 在 of a time after the subject
    assert owners.addressed_units("项目所在镇村要不等不靠、加大力度。") == "项目所在镇村"


@pytest.mark.parametrize("text", ["主要考核各村", "检查各乡镇", "督导有关单位",
                                  "规划建设好广大农村", "组织乡镇半专业扑火队"])
def test_every_one_of_a_kind_checked_is_no_name(text):
    # (主要考核各村组织落实…情况: what is checked of every village, no unit named so; 广大农村:
    # the countryside at large)
    assert units.read(text) is None


@pytest.mark.parametrize("text", ["组织部", "组织人事科", "县委组织部"])
def test_the_organ_named_for_organising_is_a_unit(text):
    assert units.read(text).names == [text]


def test_levels_before_a_level_noted_with_its_fellows_share_its_body():
    # 市、县（市、区）教育局: the city's and every county's, as 市、县教育局 reads
    assert units.read("市、县（市、区）教育局").names == ["市教育局", "县（市、区）教育局"]


@pytest.mark.parametrize("text, names", [("各地和流域机构", ["各地", "流域机构"]),
                                         ("各区和各部门", ["各区", "各部门"])])
def test_every_place_and_another_kind_are_two_units(text, names):
    # (各地和流域机构要…: every place, in two characters, then another kind of body)
    assert units.read(text).names == names


@pytest.mark.parametrize("text", ["记者程远州", "记者从市交通局", "交通运输部副部长刘小明和公安部"])
def test_a_reporter_or_an_organ_s_head_by_name_is_no_unit(text):
    # (记者程远州: a reporter, his name ending as a place's; 交通运输部副部长刘小明: a person)
    assert units.read(text) is None


def test_every_level_s_party_committee_and_government_are_two_units():
    # 各级党委、政府: every level's committee, and every level's government
    assert units.read("各级党委、政府").names == ["各级党委", "各级政府"]


@pytest.mark.parametrize("text, units", [("“两办”督查室要及时开展专项督查。", "“两办”督查室"),
                                         ("“十四五”期间要加强统筹。", None)])
def test_a_short_name_quoted_before_an_organ_s_ending_is_its_name(text, units):
    # (“两办”督查室: the two offices' inspection office, its short name quoted)
    assert owners.addressed_units(text) == units


@pytest.mark.parametrize("text", ["县卫健局联", "市财政局协", "县教育局组", "省农业农村厅联"])
def test_a_bureau_then_a_verb_s_first_character_is_no_name(text):
    # (县卫健局联合…, 市财政局协调…: the bureau, then its verb; no body ends past its 局)
    assert units.read(text) is None


@pytest.mark.parametrize("text, names", [("各局处", ["各局处"]),
                                         ("县卫健局、县教育局", ["县卫健局", "县教育局"])])
def test_a_bureau_s_sections_or_a_list_of_bureaus_are_names(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text, names", [
    # (林业和草原, 粮食和物资储备: fields whose own names hold 和, as the ministries' do)
    ("各级林业和草原部门", ["各级林业和草原部门"]),
    ("地方各级农业农村、林业和草原部门", ["地方各级农业农村部门", "地方各级林业和草原部门"]),
    ("县粮食和物资储备局、县财政局", ["县粮食和物资储备局", "县财政局"]),
    # (a government, then every one of another kind, or those concerned: two units)
    ("沿线各级人民政府和各堤防管理单位", ["沿线各级人民政府", "各堤防管理单位"]),
    ("县人民政府和有关部门", ["县人民政府", "有关部门"]),
    # (政府和社会资本合作中心: the PPP centre's own name)
    ("市政府和社会资本合作中心", ["市政府和社会资本合作中心"])])
def test_a_field_s_own_and_is_kept_and_a_government_s_and_parts(text, names):
    assert units.read(text).names == names


def test_fields_with_and_asked_are_their_owners():
    found = owners.asked_in("地方各级农业农村、林业和草原部门要加强监测。")
    assert found is not None and found.names == ["地方各级农业农村部门", "地方各级林业和草原部门"]


@pytest.mark.parametrize("text, names", [
    # (the level said once before the run of fields sharing their kind: every one's)
    ("省级农业农村、财政部门", ["省级农业农村部门", "省级财政部门"]),
    ("县财政、人社部门", ["县财政部门", "县人社部门"]),
    # (市场监管, not 市 then 场监管: a word that opens with a level's character)
    ("市场监管、农业农村、卫健部门", ["市场监管部门", "农业农村部门", "卫健部门"]),
    ("县教育局、财政、人社部门", ["县教育局", "财政部门", "人社部门"])])
def test_a_level_before_fields_sharing_their_kind_is_every_one_s(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text, names", [
    ("各乡镇人民政府，县政府各办、局", ["各乡镇人民政府", "县政府各办、局"]),
    ("各区人民政府，市政府各委、办、局，各相关单位",
     ["各区人民政府", "市政府各委、办、局", "各相关单位"]),
    ("自治区各有关委、办、厅、局", ["自治区各有关委、办、厅、局"])])
def test_every_organ_of_kinds_said_by_their_endings_is_one_unit(text, names):
    # (各委、办、局: every commission, office and bureau, the kinds said by their endings alone)
    assert units.read(text, organs_only=True).names == names


def test_a_notice_s_addressees_are_found_past_a_web_page_s_blank_lines():
    head = ["某市人民政府办公室关于印发某方案的通知", *[""] * 25, "各县区人民政府，市直各部门：",
            "现将《某方案》印发给你们，请认真贯彻执行。"]
    assert owners.addressees(head) == ["各县区人民政府", "市直各部门"]


@pytest.mark.parametrize("text", ["为进一步加大我局", "结合我局", "按照我县"])
def test_words_before_the_issuer_s_own_name_are_no_unit(text):
    # (…加大我局今年重点工作的推进力度, 结合我局实际: the issuer named inside a clause)
    assert units.kind(text) is None


@pytest.mark.parametrize("text, names", [
    # (市容, 市政: words that open with 市, no level of their own; the levels before share them)
    ("市、区市容环境卫生行政主管部门",
     ["市市容环境卫生行政主管部门", "区市容环境卫生行政主管部门"]),
    ("市、区市政园林局", ["市市政园林局", "区市政园林局"])])
def test_levels_share_a_field_that_opens_with_a_level_s_character(text, names):
    assert units.read(text).names == names


@pytest.mark.parametrize("text, names", [
    ("县人民政府及其相关部门", ["县人民政府", "县人民政府相关部门"]),
    ("各级人民政府及其有关部门", ["各级人民政府", "各级人民政府有关部门"]),
])
def test_a_body_and_its_own_departments_name_it_for_its(text, names):
    assert units.listed(text).names == names


@pytest.mark.parametrize("text, names", [
    ("市、县市区住建局", ["市住建局", "县市区住建局"]),
    ("市州、县市区中介超市运行机构", ["市州中介超市运行机构", "县市区中介超市运行机构"]),
    ("市、区县市场监管局", ["市市场监管局", "区县市场监管局"])])
def test_levels_share_the_body_after_three_levels_said_together(text, names):
    # (市州、县市区…机构: 县市区, three levels at once, before the body they share)
    assert units.read(text).names == names


@pytest.mark.parametrize("text", ["各医疗机构不得违反政府价格主管部门相关药品政府",
                                  "总站各监督科进一步加大对企业"])
def test_what_units_may_not_do_or_how_far_is_no_part_of_their_names(text):
    assert units.read(text) is None


@pytest.mark.parametrize("text", ["各县（市、区）政府全面排摸本地区以行政机关", "精心组织企业",
                                  "建议县区政府", "做大做强城区医院"])
def test_the_manner_of_work_after_an_organ_or_before_its_verb_is_no_name(text):
    assert units.read(text) is None


def test_a_branch_trade_union_is_a_unit_though_its_name_holds_fen_gong():
    # (各分工会: the branch unions; 分工 elsewhere parts roles, no name's)
    assert units.read("各分工会").names == ["各分工会"]
    assert units.read("市发改委分工负责") is None


@pytest.mark.parametrize("text, names", [
    ("泉州开发区、泉州台商投资区管委会", ["泉州开发区管委会", "泉州台商投资区管委会"]),
    ("高新区、经开区、平原示范区管委会", ["高新区管委会", "经开区管委会", "平原示范区管委会"]),
    ("市发改委、高新区管委会", ["市发改委", "高新区管委会"])])
def test_zones_named_bare_share_the_board_after_the_last(text, names):
    # (成都天府新区、成都高新区管委会: each zone's board, said once)
    assert units.read(text).names == names


def test_the_words_of_a_heading_on_leadership_are_no_name():
    assert units.read("组织领导和机构") is None
