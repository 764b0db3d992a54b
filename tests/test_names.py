"""Look-alike names of one unit: a zero-width space inside, a traditional character, a
full-width digit, a compatibility ideograph. vtrack counts them as one department and finds
them by any of their spellings; `vtrack check` reports the characters no one sees."""
import datetime
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import CACHE_TABLES, ROOT, dump_cache, task, write_tasks

AS_OF = ("--as-of", "2022-09-01")
ZW = "市教育\u200b局"  # a zero-width space inside
COMPAT = "市教\U0002f982局"  # 育 as CJK COMPATIBILITY IDEOGRAPH-2F982
TRADITIONAL = "市敎育局"  # 敎, the traditional form of 教
LOOK_ALIKES = ["市教育局", ZW, COMPAT, TRADITIONAL, "巿教育局"]  # 巿 (U+5DFF), not 市


def plan(tasks):
    # no place in its title or issuer: its units are counted by their names alone
    return {"id": "p-2022", "title": "职业教育实施方案", "tasks": tasks}


def look_alikes(tmp_path, departments=None):
    """Five tasks, one for each spelling of 市教育局, each also owned by 市人社局 or not."""
    tasks = [task("p-2022", k + 1, [name] + (["市人社局"] if k % 2 else []),
                  f"2022-09-{k + 2:02d}") for k, name in enumerate(LOOK_ALIKES)]
    tasks.append(task("p-2022", 6, ["第１中学"], "2022-09-10"))  # full-width 1
    tasks.append(task("p-2022", 7, ["第1中学"], "2022-09-11"))
    return write_tasks(tmp_path / "tasks.yaml", [plan(tasks)], departments)


def workload(run, *args):
    result = run("workload", *AS_OF, *args, "--format", "json")
    assert result.code == 0, result.err
    return {row["department"]: row for row in result.json()}


# -- the commands --------------------------------------------------------------------------------

def test_workload_counts_the_look_alikes_as_one_department(run, tmp_path):
    look_alikes(tmp_path)
    rows = workload(run)
    assert set(rows) == {"市教育局", "市人社局", "第1中学"}, list(rows)
    assert rows["市教育局"]["tasks"] == 5 and rows["市教育局"]["lead"] == 5
    assert rows["第1中学"]["tasks"] == 2
    # the table too: one row, named as the file writes it
    table = run("workload", *AS_OF).out
    assert sum(line.startswith("市教育局") for line in table.splitlines()) == 1
    assert "\u200b" not in table and TRADITIONAL not in table


@pytest.mark.parametrize("typed", ["市教育局", ZW, TRADITIONAL, "市教育局\u2060",
                                   " 市教育局\ufeff"])
def test_a_filter_by_any_spelling_finds_every_look_alike(run, tmp_path, typed):
    look_alikes(tmp_path)
    result = run("due", *AS_OF, "--dept", typed, "--format", "json")
    assert result.code == 0, result.err
    assert [t["id"] for t in result.json()] == [f"p-2022-0{k}" for k in range(1, 6)]
    lead = run("list", "--lead", typed, "--format", "json")
    assert len(lead.json()) == 5, lead.err


def test_check_reports_a_zero_width_space_where_it_is_written(run, tmp_path):
    path = look_alikes(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(k for k, text in enumerate(lines, 1) if "\u200b" in text)
    column = lines[line - 1].index(ZW) + 1
    result = run("check")
    assert result.code == 1
    # the traditional, full-width and compatibility spellings are no problem: one line
    assert result.err.splitlines() == [
        f"tasks.yaml:{line}:{column}: owners 中的 市教育[U+200B]局 含看不见的字符 "
        "U+200B（零宽空格）：请写作 市教育局"]


def test_check_reports_control_characters_and_the_lead_too(run, tmp_path):
    path = tmp_path / "tasks.yaml"
    path.write_text("version: 1\nplans:\n  - id: p-2022\n    title: 方案\n    tasks:\n"
                    "      - id: p-2022-01\n        title: 任务\n"
                    '        owners: [市人社局, "市教育局\\a"]\n'
                    '        lead: ["市教育局\\a"]\n', encoding="utf-8")
    result = run("check")
    assert result.code == 1
    assert result.err.splitlines() == [
        "tasks.yaml:8:24: owners 中的 市教育局[U+0007] 含看不见的字符 U+0007（控制字符）："
        "请写作 市教育局",
        "tasks.yaml:9:16: lead 中的 市教育局[U+0007] 含看不见的字符 U+0007（控制字符）："
        "请写作 市教育局"]


def test_check_passes_traditional_and_full_width_spellings(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [plan([
        task("p-2022", 1, ["市教育局"]), task("p-2022", 2, [TRADITIONAL, "市商務局"]),
        task("p-2022", 3, [COMPAT, "市商务局"]), task("p-2022", 4, ["第１中学", "第1中学"])])])
    result = run("check")
    assert result.code == 0, result.err
    assert "3 个部门" in result.out  # 市教育局, 市商务局, 第1中学


def test_check_reports_look_alikes_in_the_registry(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [plan([task("p-2022", 1, ["市教育局"])])], {
        "市教育局": {"aliases": ["教育局"]},
        "市敎育局": {"aliases": []},  # the same name, written otherwise
        "市人社局": {"aliases": ["人社\u200b局", "教育局"]}})
    result = run("check")
    assert result.code == 1
    said = result.err
    assert "部门 市敎育局 与 市教育局 只是写法不同" in said
    assert ("部门 市人社局 中的 人社[U+200B]局 含看不见的字符 U+200B（零宽空格）："
            "请写作 人社局") in said
    assert "市人社局 的别名 教育局 也指 市教育局" in said


def test_reassign_from_a_look_alike(run, tmp_path):
    path = look_alikes(tmp_path)
    # the task writes 市教育局; the name typed has a zero-width space in it
    result = run("reassign", "p-2022-01", "--from", ZW, "--to", "市人社局")
    assert result.code == 0, result.err
    # the task writes 市敎育局; the name typed is the plain one
    result = run("reassign", "p-2022-04", "--from", "市教育局", "--to", "市人社局")
    assert result.code == 0, result.err
    # the task writes it with the zero-width space
    result = run("reassign", "p-2022-02", "--from", "市教育局", "--to", "市人社局")
    assert result.code == 0, result.err
    owners = {t["id"]: t["owners"]
              for t in yaml.safe_load(path.read_text(encoding="utf-8"))["plans"][0]["tasks"]}
    assert owners["p-2022-01"] == ["市人社局"] and owners["p-2022-02"] == ["市人社局"]
    assert owners["p-2022-04"] == ["市人社局"] and owners["p-2022-03"] == [COMPAT]
    rows = workload(run)
    assert rows["市教育局"]["tasks"] == 2 and rows["市人社局"]["tasks"] == 3


def test_reassign_writes_the_department_as_it_is_known(run, tmp_path):
    path = look_alikes(tmp_path)
    assert run("reassign", "p-2022-06", "--add", TRADITIONAL).code == 0
    assert run("reassign", "p-2022-07", "--add", "市人社\u200b局").code == 0
    # a new department is written as typed, less what no one sees
    assert run("reassign", "p-2022-07", "--add", "市商\u200b務局", "--new-dept").code == 0
    tasks = yaml.safe_load(path.read_text(encoding="utf-8"))["plans"][0]["tasks"]
    assert tasks[5]["owners"] == ["第１中学", "市教育局"]
    assert tasks[6]["owners"] == ["第1中学", "市人社局", "市商務局"]
    assert run("check").code == 1  # the zero-width space of p-2022-02 is still there
    rows = workload(run)
    assert rows["市教育局"]["tasks"] == 6 and rows["市商务局"]["tasks"] == 1


def test_a_look_alike_of_a_registry_spelling_is_that_department(run, tmp_path):
    registry = {"市人社局": {"aliases": ["市人力资源和社会保障局", "人社局"], "contact": "陈卓"}}
    path = write_tasks(tmp_path / "tasks.yaml", [plan([
        task("p-2022", 1, ["市人社局"], "2022-09-02"),
        task("p-2022", 2, ["人社\u200b局", "市财政局"], "2022-09-03"),
        task("p-2022", 3, ["市人力資源和社會保障局"], "2022-09-04"),
        task("p-2022", 4, ["市人\ufa4c局"], "2022-09-05")])], registry)  # 社 U+FA4C
    rows = workload(run)
    assert rows["市人社局"]["tasks"] == 4 and set(rows) == {"市人社局", "市财政局"}
    found = run("due", *AS_OF, "--dept", "人社局", "--format", "json").json()
    assert len(found) == 4
    assert run("reassign", "p-2022-02", "--from", "人社局", "--to", "市财政局").code == 0
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["plans"][0]["tasks"][1][
        "owners"] == ["市财政局"]
    assert run("reassign", "p-2022-03", "--from", "市人社\u200b局", "--to", "人社局").code == 0
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["plans"][0]["tasks"][2][
        "owners"] == ["市人社局"]


def test_a_place_counts_its_look_alikes_as_one_bureau(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{
        "id": "ezhou-2022", "title": "鄂州市职业教育实施方案", "issuer": "鄂州市人民政府",
        "tasks": [task("ezhou-2022", 1, ["市教育局"], "2022-09-02"),
                  task("ezhou-2022", 2, [ZW], "2022-09-03"),
                  task("ezhou-2022", 3, ["鄂州市敎育局"], "2022-09-04")]}])
    rows = workload(run)
    assert set(rows) == {"鄂州市教育局"} and rows["鄂州市教育局"]["tasks"] == 3
    found = run("due", *AS_OF, "--dept", "鄂州市教育\u200b局", "--format", "json").json()
    assert len(found) == 3


# -- the cache ------------------------------------------------------------------------------------

def dump(db):
    return dump_cache(db, {t: CACHE_TABLES[t]
                           for t in ("task_owners", "departments", "department_names")})


def test_a_resync_after_a_hand_edit_leaves_what_a_rebuild_leaves(tmp_path):
    from vtrack.cache import sync
    day = datetime.date(2022, 9, 1)
    path, db, copy = tmp_path / "tasks.yaml", tmp_path / "cache.db", tmp_path / "copy.db"
    look_alikes(tmp_path, {"市人社局": {"aliases": ["人社局"]}})
    sync.open_store(str(path), str(db), today=day).conn.close()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- 市教育局\n", "- 市敎育局\n", 1).replace(
        "- 市人社局\n", "- 人社\u200b局\n", 1), encoding="utf-8")
    shutil.copy(db, copy)
    synced = sync.open_store(str(path), str(db), today=day)
    assert "parsed" in synced.synced  # in place
    synced.conn.close()
    sync.rebuild(str(path), str(copy), today=day)
    assert dump(db) == dump(copy)
    departments = {row[1] for row in dump(db)["task_owners"]}
    assert departments == {"市教育局", "市人社局", "第1中学"}


@pytest.mark.slow
def test_a_warm_due_imports_no_opencc(run, tmp_path):
    look_alikes(tmp_path)
    assert run("due", *AS_OF).code == 0  # the cache is built, and warm after

    def imported(*args):
        code = "import sys; from vtrack.cli import main; main(sys.argv[1:])"
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60,
                              env={"VTRACK_TODAY": "2022-09-01", "PYTHONPATH": str(ROOT)})
        assert proc.returncode == 0 and "vtrack.cli" in proc.stderr, proc.stderr[-500:]
        return proc.stderr

    assert "opencc" not in imported("due", *AS_OF)
    assert "opencc" not in imported("due", *AS_OF, "--dept", "市教育局")
    assert "opencc" not in imported("due", *AS_OF, "--dept", ZW)  # written so in the file
    # a name not found as typed is looked up by its identity: then opencc, where needed
    assert "opencc" in imported("due", *AS_OF, "--dept", "市敎育\u200b局")


# -- the identity of a name ------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("市教育局", "市教育局"),
    ("市教育\u200b局", "市教育局"),  # zero-width space
    ("\ufeff市教育局\u200d", "市教育局"),  # BOM, zero-width joiner
    ("市教育局\x07", "市教育局"),  # a control character
    ("市教\u2060育局\u00ad", "市教育局"),  # word joiner, soft hyphen
    ("市教育局\ufe00", "市教育局"),  # a variation selector
    (" 市教育局\u3000", "市教育局"),  # surrounding space
    (COMPAT, "市教育局"),
    ("市人\ufa4c局", "市人社局"),
    ("第１中学", "第1中学"),
    ("ＡＢＣ公司", "ABC公司"),
    (TRADITIONAL, "市教育局"),
    ("巿教育局", "市教育局"),
    ("市商務局", "市商务局"),
    ("市發展和改革委員會", "市发展和改革委员会"),
    # brackets: Chinese text's own, whichever way typed
    ("市政府办公室(市大数据局)", "市政府办公室（市大数据局）"),
    ("市政府办公室（市大数据局）", "市政府办公室（市大数据局）"),
    # a character of the simplified standard stays: t2s would make these other places
    ("乾县教育局", "乾县教育局"),
    ("於潜镇人民政府", "於潜镇人民政府"),
])
def test_identity(name, expected):
    from vtrack.departments import identity
    assert identity(name) == expected
    assert identity(expected) == expected


def test_identity_is_idempotent_and_leaves_a_name_written_well_alone():
    import random

    from vtrack.departments import identity
    rng = random.Random(7)
    pool = ("市教育局人社财政发改委办公室第一中学乾於務發會敎巿（）()１Ａa1 \u3000"
            "\u200b\u200d\ufeff\x07\u2028\ufe0f\u00ad\U0002f982\ufa4c\u2f08")
    for _ in range(2000):
        name = "".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        once = identity(name)
        assert identity(once) == once, repr(name)
    for name in ("鄂州市人力资源和社会保障局", "市政府办公室（市大数据局）", "第1中学",
                 "乾县教育局"):
        assert identity(name) == name


def test_hidden_characters_are_named_and_the_name_to_write_is_given():
    from vtrack.departments import describe_hidden, hidden, marked, visible
    assert hidden("市教育局") == "" and hidden("市教育局（第1中学）") == ""
    assert hidden("市 教育局") == "" and hidden("市\u3000教育局") == ""  # a space is seen
    assert hidden(ZW) == "\u200b" and hidden("\ufeff市\x07") == "\ufeff\x07"
    assert visible(ZW) == "市教育局" and visible(" \u200b市教育局") == "市教育局"
    assert visible(TRADITIONAL) == TRADITIONAL  # only what no one sees goes
    assert marked(ZW) == "市教育[U+200B]局"
    assert describe_hidden("\u200b") == "U+200B（零宽空格）"
    assert describe_hidden("\x07") == "U+0007（控制字符）"


def test_the_registry_is_looked_up_by_identity():
    from vtrack.departments import Directory
    directory = Directory({"市人社局": {"aliases": ["人社局"]},
                           "市教育局": {"aliases": [], "region": "鄂州市"}})
    assert directory.unit("人社\u200b局", "鄂州市") == ("人社\u200b局", "鄂州市人社局")
    assert directory.unit("人社局", "鄂州市") == ("市人社局", "鄂州市人社局")
    assert directory.unit(TRADITIONAL, "鄂州\u200b市") == (TRADITIONAL, "鄂州市教育局")
    assert directory.unit(TRADITIONAL, "高平市") == (TRADITIONAL, "高平市教育局")
    assert directory.unit("市商務局") == ("市商務局", "市商务局")
    assert directory.name_to_write("人社\u200b局", "鄂州市人社局") == "市人社局"
    assert directory.name_to_write(TRADITIONAL, "鄂州市教育局") == "市教育局"
    assert directory.name_to_write("市商務局", "市商务局") == "市商务局"
