"""Department identity: a bureau belongs to its plan's place, and a reorganisation that
retires a name leaves every filter naming either name finding the tasks."""
import yaml

from conftest import task, write_tasks

AS_OF = ("--as-of", "2022-09-20")


def two_cities(path):
    return write_tasks(path, [
        {"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案",
         "issuer": "鄂州市人民政府", "tasks": [
             task("ezhou-2022", 1, ["市教育局", "市人社局"], "2022-08-31"),
             task("ezhou-2022", 2, ["市教育局"], "2022-09-10"),
             task("ezhou-2022", 3, ["教育局"], "2022-10-31"),
             task("ezhou-2022", 4, ["市人社局"], "2022-08-15")]},
        {"id": "gaoping-2021", "title": "高平市推进职业教育改革发展行动计划",
         "issuer": "高平市人民政府办公室", "tasks": [
             task("gaoping-2021", 1, ["市教育局"], "2022-08-01"),
             task("gaoping-2021", 2, ["市教育局", "市财政局"], "2022-12-31")]},
        {"id": "qijiang-2023", "title": "綦江区职业教育发展提升行动计划",
         "region": "重庆市綦江区", "tasks": [
             task("qijiang-2023", 1, ["区教委", "市财政局"], "2022-08-01")]},
    ], departments={"市教育局": {"aliases": ["教育局"], "region": "鄂州市",
                                 "contact": "王老师"}})


def workload(run, *args):
    return {r["department"]: r for r in run("workload", *AS_OF, *args, "--format", "json").json()}


def test_same_named_bureaus_of_two_cities_are_counted_apart(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    rows = workload(run)
    assert rows["鄂州市教育局"]["tasks"] == 3  # 教育局 is 鄂州's alias only
    assert rows["高平市教育局"]["tasks"] == 2 and "市教育局" not in rows
    # a district's plan: 区教委 is the district's, 市财政局 the city's above it
    assert rows["重庆市綦江区教委"]["tasks"] == 1 and rows["重庆市财政局"]["tasks"] == 1
    assert rows["高平市财政局"]["tasks"] == 1
    # the plain name finds both cities' bureaus; a full name finds one
    both = run("list", "--dept", "市教育局", "--format", "json").json()
    assert {t["id"] for t in both} == {"ezhou-2022-01", "ezhou-2022-02", "ezhou-2022-03",
                                       "gaoping-2021-01", "gaoping-2021-02"}
    one = run("list", "--dept", "高平市教育局", "--format", "json").json()
    assert [t["id"] for t in one] == ["gaoping-2021-01", "gaoping-2021-02"]
    # what is made for one department asks which
    result = run("digest", *AS_OF, "--dept", "市教育局")
    assert result.code == 1 and "鄂州市教育局, 高平市教育局" in result.err


def test_a_retired_bureau_is_found_under_its_successor(run, tmp_path):
    path = two_cities(tmp_path / "tasks.yaml")
    overdue = {t["id"] for t in run("due", *AS_OF, "--dept", "鄂州市教育局", "--format",
                                    "json").json() if t["days_overdue"] > 0}
    assert overdue == {"ezhou-2022-01", "ezhou-2022-02"}
    result = run("reassign", "--dept", "鄂州市教育局", "--to", "市教育和体育局", "--new-dept",
                 "--retire", "--why", "机构改革")
    assert result.code == 0, result.err
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert doc["departments"] == {"市教育和体育局": {
        "aliases": ["教育局"], "contact": "王老师", "region": "鄂州市", "replaces": ["市教育局"]}}
    ezhou = {t["id"]: t["owners"] for t in doc["plans"][0]["tasks"]}
    assert ezhou["ezhou-2022-01"] == ["市教育和体育局", "市人社局"]
    assert ezhou["ezhou-2022-03"] == ["市教育和体育局"]
    assert doc["plans"][1]["tasks"][0]["owners"] == ["市教育局"]  # 高平's bureau stays

    # every name of it finds the same overdue tasks, and says where they went
    for name in ("市教育和体育局", "鄂州市教育和体育局", "鄂州市教育局", "教育局"):
        result = run("due", *AS_OF, "--dept", name, "--format", "json")
        found = {t["id"] for t in result.json() if t["days_overdue"] > 0}
        assert found == overdue, name
    said = run("due", *AS_OF, "--dept", "鄂州市教育局")
    assert "已撤并，由 鄂州市教育和体育局 接替" in said.err and "ezhou-2022-01" in said.out
    assert "没有逾期任务" not in said.out
    # 市教育局 still names 高平's bureau, and now 鄂州's successor as well
    plain = {t["id"] for t in run("list", "--dept", "市教育局", "--format", "json").json()}
    assert {"gaoping-2021-01", "ezhou-2022-01"} <= plain
    rows = workload(run)
    assert rows["鄂州市教育和体育局"]["tasks"] == 3 and rows["高平市教育局"]["tasks"] == 2
    assert "鄂州市教育局" not in rows
    assert run("check").code == 0


def test_a_bureau_emptied_without_retire_says_where_its_tasks_went(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    assert run("reassign", "--dept", "鄂州市教育局", "--to", "市教育和体育局", "--new-dept",
               "--why", "机构改革").code == 0
    result = run("due", *AS_OF, "--dept", "教育局")  # an alias of the emptied bureau
    assert "其任务已改由 市教育和体育局 负责" in result.err
    gone = run("due", *AS_OF, "--dept", "鄂州市教育局")
    assert "市教育和体育局" in gone.err


def test_the_shipped_plans_have_their_places():
    from conftest import ROOT
    from vtrack.departments import region_of
    from vtrack.taskfile import read as records
    places = {p.id: region_of(p) for p in records.load(str(ROOT / "tasks.yaml")).plans}
    assert places["ezhou-2022"] == "鄂州市" and places["gaoping-2021"] == "高平市"
    assert places["qijiang-2023"] == "重庆市綦江区" and places["jining-2025"] == "济宁市"


def test_one_reading_of_a_plans_place_serves_departments_and_plan_ids():
    from vtrack.departments import region_of
    from vtrack.extract import plan_id_from_meta
    assert region_of({"issuer": "中共鄂州市委", "title": "x"}) == "鄂州市"  # a joint issuance
    assert region_of({"issuer": "南漳镇人民政府"}) == "南漳镇"  # an organ may be a town's
    assert region_of({"title": "推进乡村振兴实施方案"}) is None  # a title's 乡 is 乡村
    assert region_of({"issuer": "教育局", "title": "教育局产教融合实施方案"}) is None
    info = {"issuer": "重庆市綦江区教育委员会", "title": "x", "issued": None}
    assert plan_id_from_meta(dict(info, title="綦江区2023年行动计划")) == "qijiang-2023"
