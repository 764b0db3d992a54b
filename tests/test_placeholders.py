"""Placeholders (各区、县级市, 市直各部门) are no departments; a short name that means a unit in
each of two places is never guessed at by a change; JSON and CSV say which department each
owner is; CSV opens in a Chinese Excel. Through the command, on real files."""
import csv
import io
import subprocess

import pytest
import yaml

from conftest import VTRACK, _test_env, dump_cache, task, write_tasks

AS_OF = ("--as-of", "2022-09-20")
BOM = "\ufeff".encode()


def two_cities(path):
    """鄂州's and 高平's plans: each has a 市教育局 and a 市人社局 of its own, and placeholders."""
    return write_tasks(path, [
        {"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案",
         "issuer": "鄂州市人民政府", "tasks": [
             task("ezhou-2022", 1, ["市教育局", "各区、县级市"], "2022-08-31"),
             task("ezhou-2022", 2, ["各区、县级市"], "2022-08-01"),
             task("ezhou-2022", 3, ["市直各部门", "市人社局"], "2022-07-01"),
             task("ezhou-2022", 4, ["各有关单位"], "2022-07-01"),
             task("ezhou-2022", 5, ["市教育局", "市人社局"], "2022-10-31", review="责任单位待核")]},
        {"id": "gaoping-2021", "title": "高平市推进职业教育改革发展行动计划",
         "issuer": "高平市人民政府办公室", "tasks": [
             task("gaoping-2021", 1, ["市教育局", "各乡镇（街道）"], "2022-08-01",
                  review="期限待核"),
             task("gaoping-2021", 2, ["市人社局", "市教育局"], "2022-12-31"),
             task("gaoping-2021", 3, ["各县（市、区）", "各项目牵头单位"], "2022-12-31")]},
    ])


def rows_of(run, *args):
    return run("workload", *AS_OF, *args, "--format", "json").json()


def agrees_with_a_rebuild(run, tmp_path):
    fresh = tmp_path / "fresh.db"
    assert run("--db", str(fresh), "list", "--all").code == 0
    tables = {"tasks": "id", "task_owners": "task, position", "departments": "name",
              "department_names": "name, department"}

    def rows(db):  # an edit leaves a block's hash empty until a re-sync reads it back
        found = dump_cache(db, tables)
        found["tasks"] = [row[:4] + row[5:] for row in found["tasks"]]
        return found

    assert rows(tmp_path / ".vtrack.db") == rows(fresh)
    fresh.unlink()


# -- placeholders -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "各区、县级市", "各县（市、区）", "各县(市、区)人民政府", "各有关单位", "市直各部门",
    "各项目牵头单位", "各乡镇（街道）", "有关部门", "县直有关单位", "市直有关部门、单位",
    "市财政局等单位", "区级相关部门", "领导小组成员单位", "市直单位", "县（市、区）人民政府",
    "乡镇（街道）", "市政府各有关部门", "各街道办事处", "其他成员单位", "各縣(市、區)政府"])
def test_a_placeholder_is_known_by_its_form(name):
    from vtrack.departments import placeholder
    assert placeholder(name)


@pytest.mark.parametrize("name", [
    "市教育局", "鄂州市教育局", "市人社局", "鄂州职业大学", "高平中专", "市场监管局", "区教委",
    "市委宣传部", "重庆市綦江区教育委员会", "市直机关工委", "市政府国资委", "县政府", "市总工会",
    "五星街道", "园区管委会", "国网鄂州供电公司", "市属国有企业集团公司", "区城投公司"])
def test_a_department_is_no_placeholder(name):
    from vtrack.departments import placeholder
    assert not placeholder(name)


def test_placeholders_are_counted_apart_from_the_ranking(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    rows = rows_of(run)
    ranked = [r["department"] for r in rows if not r["placeholder"]]
    apart = [r["department"] for r in rows if r["placeholder"]]
    assert ranked == ["鄂州市人社局", "鄂州市教育局", "高平市教育局", "高平市人社局"]
    assert set(apart) == {"鄂州市各区、县级市", "鄂州市直各部门", "鄂州市各有关单位",
                          "高平市各乡镇（街道）", "高平市各县（市、区）", "高平市各项目牵头单位"}
    # after every department: a script's first row is still the department most behind
    assert [r["placeholder"] for r in rows] == [False] * 4 + [True] * 6
    assert {r["department"]: r["overdue"] for r in rows}["鄂州市各区、县级市"] == 2

    table = run("workload", *AS_OF).out
    head, _, rest = table.partition("泛指单位 6 个")
    assert "鄂州市人社局" in head and "各区" not in head and "各有关单位" not in head
    assert "鄂州市各区、县级市" in rest and "鄂州市人社局" not in rest
    # asked for by name, a placeholder is shown, under its own heading
    one = run("workload", *AS_OF, "--dept", "各区、县级市").out
    assert one.startswith("泛指单位 1 个") and "鄂州市各区、县级市" in one


def test_placeholders_are_shown_on_their_tasks_as_written(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    listed = run("list", *AS_OF, "--plan", "ezhou-2022").out
    assert "市教育局、各区、县级市" in listed and "各有关单位" in listed
    assert "各区、县级市（配合）" in run("show", "ezhou-2022-01", *AS_OF).out


def test_a_placeholder_gets_no_ledger_or_digest_file_of_its_own(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    result = run("export", *AS_OF, "--out-dir", "ledgers")
    assert result.code == 0, result.err
    books = sorted(p.name for p in (tmp_path / "ledgers").iterdir())
    assert books == ["鄂州市人社局.xlsx", "鄂州市教育局.xlsx", "高平市人社局.xlsx",
                     "高平市教育局.xlsx"]
    # the tasks no department's 台账 holds are named, not dropped unseen
    assert "3 项任务只由泛指单位" in result.err
    assert "ezhou-2022-02、ezhou-2022-04、gaoping-2021-03" in result.err
    assert "export -o" in result.err

    result = run("digest", *AS_OF, "--out-dir", "digests")
    assert result.code == 0, result.err
    files = sorted(p.name for p in (tmp_path / "digests").iterdir())
    assert files == ["总览.md", "鄂州市人社局.md", "鄂州市教育局.md", "高平市人社局.md",
                     "高平市教育局.md"]
    overview = (tmp_path / "digests" / "总览.md").read_text(encoding="utf-8")
    assert "ezhou-2022-04" in overview  # the overview still has the placeholder's tasks


# -- a short name that means a unit in each of two places ------------------------------------

def test_a_change_by_an_ambiguous_short_name_is_refused_with_the_list(run, tmp_path):
    path = two_cities(tmp_path / "tasks.yaml")
    before = path.read_bytes()
    for args in (("reassign", "--dept", "市教育局", "--to", "市教体局", "--new-dept",
                  "--why", "改革"),
                 ("reassign", "--dept", "市教育局", "--to", "市教体局", "--new-dept", "--retire",
                  "--why", "改革"),
                 ("reviewed", "--dept", "市教育局")):
        result = run(*args)
        assert result.code == 1 and not result.out, args
        assert result.err.count("\n") == 1, result.err  # one line, no traceback
        assert "市教育局 指 2 个不同地方的部门：鄂州市教育局, 高平市教育局" in result.err
        assert "--plan" in result.err
    assert path.read_bytes() == before
    # a full name is one department: the change is made
    result = run("reassign", "--dept", "鄂州市人社局", "--to", "市人力资源和社会保障局",
                 "--new-dept", "--why", "更名", "--dry-run")
    assert result.code == 0 and "ezhou-2022-03" in result.err and "gaoping" not in result.err


def test_the_plan_decides_which_place_a_short_name_means(run, tmp_path):
    path = two_cities(tmp_path / "tasks.yaml")
    result = run("reassign", "--dept", "市教育局", "--plan", "gaoping-2021", "--to", "市教体局",
                 "--new-dept", "--retire", "--why", "机构改革")
    assert result.code == 0, result.err
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    owners = {t["id"]: t["owners"] for p in doc["plans"] for t in p["tasks"]}
    assert owners["gaoping-2021-01"][0] == "市教体局" and owners["gaoping-2021-02"][1] == "市教体局"
    assert owners["ezhou-2022-01"][0] == "市教育局" and owners["ezhou-2022-05"][0] == "市教育局"
    # retired in 高平's plans only: 鄂州's bureau keeps its name
    assert doc["departments"]["市教体局"] == {"region": "高平市", "replaces": ["市教育局"]}
    names = {r["department"] for r in rows_of(run)}
    assert {"鄂州市教育局", "高平市教体局"} <= names and "高平市教育局" not in names
    agrees_with_a_rebuild(run, tmp_path)

    result = run("reviewed", "--dept", "市人社局", "--plan", "ezhou-2022")
    assert result.code == 0, result.err
    assert "ezhou-2022-05" in result.out and "gaoping" not in result.out
    # a plan where the name owns nothing says so
    result = run("reviewed", "--dept", "市人社局", "--plan", "gaoping-2021")
    assert result.code == 0 and "没有待人工复核的任务" in result.out
    result = run("export", "--dept", "市人社局", "--plan", "ezhou-2022", "-o", "hr.xlsx")
    assert result.code == 0 and "2 项任务" in result.out, result.err


# -- what scripts read ----------------------------------------------------------------------

def test_json_gives_each_owners_department_as_workload_names_it(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    workload = {r["department"] for r in rows_of(run)}
    listed = run("list", *AS_OF, "--all", "--format", "json").json()
    for t in listed:
        assert len(t["departments"]) == len(t["owners"])
        assert set(t["departments"]) <= workload  # a script joins the two
    by_id = {t["id"]: t for t in listed}
    assert by_id["ezhou-2022-01"]["owners"] == ["市教育局", "各区、县级市"]  # as written
    assert by_id["ezhou-2022-01"]["departments"] == ["鄂州市教育局", "鄂州市各区、县级市"]
    assert by_id["gaoping-2021-02"]["departments"] == ["高平市人社局", "高平市教育局"]
    keys = list(by_id["ezhou-2022-01"])
    assert keys[keys.index("owners") + 1] == "departments"
    shown = run("show", "gaoping-2021-01", *AS_OF, "--format", "json").json()
    assert shown["departments"] == ["高平市教育局", "高平市各乡镇（街道）"]
    due = run("due", *AS_OF, "--dept", "高平市教育局", "--format", "json").json()
    assert [t["departments"][0] for t in due] == ["高平市教育局"]

    rows = list(csv.DictReader(io.StringIO(run("list", *AS_OF, "--format", "csv").out)))
    first = rows[0]
    assert first["责任单位"] == "市教育局；各区、县级市"  # ；: a name may hold a 、
    assert first["责任单位全称"] == "鄂州市教育局；鄂州市各区、县级市"


def test_csv_headers_are_in_the_datas_language_and_json_keys_stay(run, tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    head = run("list", *AS_OF, "--format", "csv").out.splitlines()[0].split(",")
    assert head[:7] == ["编号", "计划", "序号", "分组", "任务", "内容", "责任单位"]
    assert {"牵头单位", "截止日期", "状态", "灯", "逾期天数"} <= set(head)
    row = next(csv.DictReader(io.StringIO(run("list", *AS_OF, "--format", "csv").out)))
    assert (row["状态"], row["灯"], row["持续实施"]) == ("待办", "红", "否")
    assert "id" in run("list", *AS_OF, "--format", "json").json()[0]
    workload = run("workload", *AS_OF, "--format", "csv").out.splitlines()[0].split(",")
    assert workload[:4] == ["部门", "任务", "牵头", "配合"] and workload[-1] == "泛指单位"
    assert run("reassign", "ezhou-2022-01", "--add", "市财政局", "--new-dept").code == 0
    history = run("history", "--format", "csv").out.splitlines()
    assert history[0] == "日期,编号,变更,原因,操作人,来源" and "vtrack 命令" in history[1]


def _vtrack_into(args, stdout, cwd):
    with open(cwd / stdout, "ab") as out:
        proc = subprocess.run([VTRACK, *args], cwd=cwd, env=_test_env(None), stdout=out,
                              stderr=subprocess.PIPE, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return (cwd / stdout).read_bytes()


@pytest.mark.slow  # a real shell redirects the installed command
def test_csv_into_a_file_starts_with_a_bom_and_not_on_a_pipe(tmp_path):
    two_cities(tmp_path / "tasks.yaml")
    # `vtrack list --format csv > x.csv`: the shell hands vtrack the file as its stdout
    shell = subprocess.run(f"'{VTRACK}' list --format csv > x.csv", shell=True, cwd=tmp_path,
                           env=_test_env(None), timeout=120)
    assert shell.returncode == 0
    data = (tmp_path / "x.csv").read_bytes()
    assert data.startswith(BOM + "编号,".encode()) and data.count(BOM) == 1
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:  # as Excel reads it
        assert next(csv.reader(f))[0] == "编号"
    for command in (["workload"], ["due", "--as-of", "2022-09-20"], ["history"]):
        (tmp_path / "y.csv").unlink(missing_ok=True)
        assert _vtrack_into([*command, "--format", "csv"], "y.csv", tmp_path).startswith(BOM)
    # appended to a file that holds something (>>): no BOM in the middle
    assert _vtrack_into(["list", "--format", "csv"], "x.csv", tmp_path).count(BOM) == 1
    # on a pipe: a script reads the text itself
    piped = subprocess.run([VTRACK, "list", "--format", "csv"], cwd=tmp_path,
                           env=_test_env(None), capture_output=True, timeout=120)
    assert piped.stdout.startswith("编号,".encode())
    # JSON into a file: never a BOM
    (tmp_path / "x.json").unlink(missing_ok=True)
    assert _vtrack_into(["list", "--format", "json"], "x.json", tmp_path).startswith(b"[")
