"""Units read by their form: a level or place, a body, an organ's ending; wherever a plan puts
the list (any bracket, any label, a sentence), with people kept apart. Every rule is tried
on invented variants (other places, other endings, other brackets), and prose that only
mentions a unit must not become an owner list."""
import pytest
import yaml

from vtrack.extract import owners, units


@pytest.mark.parametrize("name", [
    "市教育局", "鄂州市发改委", "区住建局", "县发展和改革局", "镇政府", "高新区管委会",
    "国家税务总局鄂州市税务局", "市场监管总局", "团市委", "区妇联", "县科协", "市委组织部",
    "国务院扶贫办", "市政务服务中心", "市国投集团", "鄂州供电公司", "县公安局交警大队",
    "市行政审批制度改革工作领导小组办公室", "各县（市、区）人民政府", "各街道", "各乡镇",
    "中国人民银行黄石市中心支行", "市住房和城乡建设委员会", "区应急管理局", "市直有关部门",
])
def test_a_unit_is_a_level_a_body_and_an_ending(name):
    assert units.is_unit(name)


@pytest.mark.parametrize("text", [
    "王强", "李明同志", "县长", "分管副市长", "局长", "适用范围", "按照省教育厅要求",
    "推进教育改革", "试行", "暂行", "2021-2025年", "6月底前完成", "各部门积极", "",
])
def test_people_sentences_and_words_are_not_units(text):
    assert not units.is_unit(text)


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
