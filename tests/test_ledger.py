"""The office's own formats: the Excel 台账 out and back in, 红黄绿灯, the calendar feed."""
import datetime
import difflib

import openpyxl
import pytest
import yaml

from conftest import task, write_tasks
from vtrack.outputs import ledger

AS_OF = "2022-09-20"


@pytest.fixture
def office(tmp_path):
    plans = [
        {"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案",
         "doc_no": "鄂州政发〔2022〕15号", "tasks": [
             task("ezhou-2022", 1, ["市人社局", "市教育局"], "2022-09-30"),
             task("ezhou-2022", 2, ["市教育局", "市人社局"], "2022-10-31"),
             task("ezhou-2022", 3, ["市人社局"], "2022-09-10"),
             task("ezhou-2022", 4, ["市人社局", "市财政局"], "2022-12-31"),
             task("ezhou-2022", 5, ["市人社局"], "2022-11-30"),
             task("ezhou-2022", 6, ["市教育局"], "2022-11-30"),
         ]},
        {"id": "gaoping-2021", "title": "高平市职业教育实施方案", "tasks": [
            task("gaoping-2021", 1, ["市人社局"], None, ongoing=True, due_text="持续推进"),
        ]},
    ]
    write_tasks(tmp_path / "tasks.yaml", plans)
    return tmp_path / "tasks.yaml"


def rows_by_id(sheet):
    header = [c.value for c in sheet[ledger.HEADER_ROW]]
    out = {}
    for row in sheet.iter_rows(min_row=ledger.HEADER_ROW + 1):
        values = {name: cell for name, cell in zip(header, row, strict=True)}
        out[values["编号"].value] = values
    return out


def changed_lines(before, after):
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_the_workbook_a_department_gets(run, office, tmp_path):
    # 市人社局 names two bureaus here, 鄂州's and 高平's: a workbook goes to one of them
    ambiguous = run("export", "--dept", "市人社局", "-o", "hr.xlsx")
    assert ambiguous.code == 1 and "鄂州市人社局, 高平市人社局" in ambiguous.err
    assert run("export", "--dept", "鄂州市人社局", "-o", "hr.xlsx",
               "--as-of", "2022-09-25").code == 0
    book = openpyxl.load_workbook(tmp_path / "hr.xlsx")
    assert book.sheetnames == ["ezhou-2022", "vtrack"]
    assert book["vtrack"].sheet_state == "hidden"
    sheet = book["ezhou-2022"]
    assert sheet["A1"].value == "鄂州市推动现代职业教育高质量发展的实施方案"
    assert "鄂州政发〔2022〕15号" in sheet["A2"].value and "鄂州市人社局" in sheet["A2"].value
    assert [c.value for c in sheet[3]] == list(ledger.COLUMNS)
    assert sheet.freeze_panes == "A4" and sheet.print_title_rows == "$3:$3"
    rows = rows_by_id(sheet)
    assert sorted(rows) == [f"ezhou-2022-0{n}" for n in (1, 2, 3, 4, 5)]  # not 06: 教育局's
    one = rows["ezhou-2022-01"]
    assert one["完成时限"].value == datetime.datetime(2022, 9, 30)  # an Excel date
    assert one["完成时限"].number_format == "yyyy-mm-dd"
    assert one["灯"].value == "黄" and one["灯"].fill.fgColor.rgb.endswith("FFEB9C")
    assert rows["ezhou-2022-03"]["灯"].value == "红"
    assert rows["ezhou-2022-03"]["灯"].fill.fgColor.rgb.endswith("FFC7CE")
    assert rows["ezhou-2022-04"]["灯"].value == "绿"
    assert one["任务"].alignment.wrap_text
    letters = {c.value: c.column_letter for c in sheet[3]}
    assert sheet.column_dimensions[letters["编号"]].hidden
    assert sheet.column_dimensions[letters["任务"]].width >= 40
    validations = {str(v.sqref).split(":")[0][0]: v.formula1
                   for v in sheet.data_validations.dataValidation}
    assert "待办,推进中,已完成,已取消" in validations[letters["状态"]]
    book = openpyxl.load_workbook(tmp_path / "all.xlsx") if run(
        "export", "-o", "all.xlsx").code == 0 else None
    assert rows_by_id(book["gaoping-2021"])["gaoping-2021-01"]["完成时限"].value == "持续推进"


def test_a_round_trip(run, office, tmp_path):
    assert run("export", "--dept", "鄂州市人社局", "-o", "hr.xlsx", "--as-of", AS_OF).code == 0
    # the department fills it in as a person would, and someone gets creative
    book = openpyxl.load_workbook(tmp_path / "hr.xlsx")
    sheet = book["ezhou-2022"]
    rows = rows_by_id(sheet)
    rows["ezhou-2022-01"]["进展情况"].value = "已完成方案初稿，报市政府审定"
    rows["ezhou-2022-02"]["是否办结"].value = "是"
    rows["ezhou-2022-02"]["办结日期"].value = datetime.datetime(2022, 9, 18)
    rows["ezhou-2022-03"]["完成时限"].value = datetime.datetime(2022, 12, 31)
    rows["ezhou-2022-03"]["调整原因"].value = "市政府同意延期"
    rows["ezhou-2022-04"]["任务"].value = "改写过的任务"  # hostile: not what was sent
    rows["ezhou-2022-04"]["是否办结"].value = "是"
    rows["ezhou-2022-05"]["完成时限"].value = "2023/1/31"  # a new date, no reason
    extra = sheet.max_row + 1
    for column, cell in enumerate(sheet[ledger.HEADER_ROW + 1], start=1):
        sheet.cell(extra, column).value = cell.value
    sheet.cell(extra, ledger.COLUMNS.index("编号") + 1).value = "ezhou-2022-99"  # unknown id
    book.save(tmp_path / "hr.xlsx")
    # meanwhile the coordinator moves task 01's … no: task 05 to another bureau
    run("reassign", "ezhou-2022-05", "--from", "市人社局", "--to", "市财政局", "--new-dept")

    before = office.read_text(encoding="utf-8")
    dry = run("import", "hr.xlsx", "--dry-run", "--as-of", "2022-09-21",
              env={"VTRACK_USER": "陈卓"})
    assert dry.code == 0 and office.read_text(encoding="utf-8") == before
    assert "ezhou-2022-01" in dry.out and "ezhou-2022-99" in dry.out

    result = run("import", "hr.xlsx", "--as-of", "2022-09-21", env={"VTRACK_USER": "陈卓"})
    assert result.code == 0, result.err
    after = office.read_text(encoding="utf-8")
    lines = changed_lines(before, after)
    assert lines == [  # exactly the intended changes, and nothing else
        "+    status: done",
        "+    done_on: 2022-09-18",
        "+    log:",
        "+      - {'on': 2022-09-21, what: 'status: open → done', why: 台账导入, by: 陈卓}",
        "-    due: 2022-09-10",
        "+    due: 2022-12-31",
        "+    due_original: 2022-09-10",
        "+    log:",
        "+      - {'on': 2022-09-21, what: 'due: 2022-09-10 → 2022-12-31', "
        "why: 市政府同意延期（鄂州市人社局）, by: 陈卓}",
    ], "\n".join(lines)
    # the progress is a note, in the history file whose lines git merges
    assert (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8").splitlines()[2:] == [
        "- {'on': 2022-09-21, task: ezhou-2022-01, "
        "note: 已完成方案初稿，报市政府审定, by: 鄂州市人社局}"]
    tasks = {t["id"]: t for p in yaml.safe_load(after)["plans"] for t in p["tasks"]}
    assert tasks["ezhou-2022-02"]["status"] == "done"
    assert tasks["ezhou-2022-04"].get("status", "open") == "open"  # the hostile row
    assert tasks["ezhou-2022-05"]["due"] == datetime.date(2022, 11, 30)  # no reason given
    skipped = result.out.split("跳过")[1]
    for words in ("ezhou-2022-99", "编号不存在", "ezhou-2022-04", "被改动", "ezhou-2022-05",
                  "已不属于"):
        assert words in skipped, result.out
    history = run("history", "--since", "2022-09-21", "--format", "json").json()
    assert {(e["task"], e["source"]) for e in history} == {
        ("ezhou-2022-01", "note"), ("ezhou-2022-02", "vtrack"), ("ezhou-2022-03", "vtrack")}
    assert run("check").code == 0

    again = run("import", "hr.xlsx", "--as-of", "2022-09-28", env={"VTRACK_USER": "陈卓"})
    assert again.code == 0 and "没有要导入的变更" in again.out
    assert office.read_text(encoding="utf-8") == after
    assert len((tmp_path / "tasks.history.yaml").read_text(encoding="utf-8").splitlines()) == 3


def test_a_new_date_without_a_reason_is_reported(run, office, tmp_path):
    run("export", "-o", "all.xlsx", "--as-of", AS_OF)
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    rows = rows_by_id(book["ezhou-2022"])
    rows["ezhou-2022-06"]["完成时限"].value = "2023年1月31日"
    rows["ezhou-2022-06"]["状态"].value = "推进中"
    book.save(tmp_path / "all.xlsx")
    result = run("import", "all.xlsx", "--as-of", AS_OF)
    assert "没有写调整原因" in result.out
    assert run("show", "ezhou-2022-06", "--format", "json").json()["status"] == "in_progress"


def test_a_workbook_vtrack_did_not_make_is_refused(run, office, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["序号", "任务"])
    book.save(tmp_path / "other.xlsx")
    result = run("import", "other.xlsx")
    assert result.code == 1 and "vtrack export" in result.err


def test_a_workbook_broken_inside_is_refused_whole(run, office, tmp_path):
    import zipfile
    run("export", "-o", "all.xlsx", "--as-of", AS_OF)
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    rows_by_id(book["gaoping-2021"])["gaoping-2021-01"]["进展情况"].value = "已推进"
    book.save(tmp_path / "all.xlsx")
    # the second sheet cut in half, as a failed copy leaves it; the first sheet reads well
    with zipfile.ZipFile(tmp_path / "all.xlsx") as good, \
            zipfile.ZipFile(tmp_path / "cut.xlsx", "w") as cut:
        for item in good.infolist():
            data = good.read(item.filename)
            cut.writestr(item, data[:len(data) // 2] if item.filename.endswith("sheet2.xml")
                         else data)
    before = office.read_text(encoding="utf-8")
    result = run("import", "cut.xlsx", "--as-of", AS_OF)
    assert result.code == 1 and "不是可读的 .xlsx" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert office.read_text(encoding="utf-8") == before


def test_one_workbook_per_department(run, office, tmp_path):
    result = run("export", "--out-dir", "out", "--as-of", AS_OF)
    assert result.code == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["鄂州市人社局.xlsx", "鄂州市教育局.xlsx", "鄂州市财政局.xlsx",
                     "高平市人社局.xlsx"]
    book = openpyxl.load_workbook(tmp_path / "out" / "鄂州市财政局.xlsx")
    assert list(rows_by_id(book["ezhou-2022"])) == ["ezhou-2022-04"]
    assert run("export", "--as-of", AS_OF).code == 2  # neither -o nor --out-dir


def test_plans_whose_ids_share_the_first_31_characters(run, tmp_path):
    # Excel keeps 31 characters of a sheet name; two long plan ids must still get a sheet each
    ids = ["guangdong-province-2022-rural-revitalisation", "guangdong-province-2022-rural-roads"]
    write_tasks(tmp_path / "tasks.yaml", [
        {"id": plan_id, "title": plan_id,
         "tasks": [task(plan_id, 1, ["省农业农村厅"], "2022-12-31")]}
        for plan_id in ids])
    assert run("export", "-o", "long.xlsx", "--as-of", AS_OF).code == 0
    book = openpyxl.load_workbook(tmp_path / "long.xlsx")
    sheets = book.sheetnames[:-1]
    assert len(set(sheets)) == 2 and all(len(name) <= 31 for name in sheets)
    assert [list(rows_by_id(book[name])) for name in sheets] == [[f"{i}-01"] for i in ids]
    rows_by_id(book[sheets[1]])[f"{ids[1]}-01"]["进展情况"].value = "已开工"
    book.save(tmp_path / "long.xlsx")
    assert run("import", "long.xlsx", "--as-of", AS_OF).code == 0
    assert run("show", f"{ids[1]}-01", "--format", "json").json()["notes"][0]["text"] == "已开工"


def test_lights(run, tmp_path):
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", 1, ["市教育局"], "2022-08-31"),
        task("p-2022", 2, ["市教育局"], "2022-09-01"),
        task("p-2022", 3, ["市教育局"], "2022-09-08"),
        task("p-2022", 4, ["市教育局"], "2022-09-09"),
        task("p-2022", 5, ["市教育局"], None, ongoing=True),
        task("p-2022", 6, ["市教育局"], "2022-08-01", status="done",
             done_on=datetime.date(2022, 8, 1)),
    ]}])
    got = {t["id"][-1]: t["light"] for t in run("list", "--all", "--format", "json").json()}
    assert got == {"1": "red", "2": "yellow", "3": "yellow", "4": "green", "5": "green",
                   "6": None}
    csv_out = run("list", "--all", "--format", "csv").out
    assert csv_out.splitlines()[0].endswith(",灯") and csv_out.splitlines()[1].endswith(",红")
    assert run("show", "p-2022-01").out.count("红灯") == 1
    row = run("workload", "--format", "json").json()[0]
    assert (row["red"], row["yellow"], row["green"]) == (1, 2, 2)
    # an office that warns two weeks ahead says so in tasks.yaml
    text = (tmp_path / "tasks.yaml").read_text(encoding="utf-8")
    (tmp_path / "tasks.yaml").write_text(text.replace("version: 1\n",
                                                      "version: 1\nsettings:\n  yellow_days: 14\n"),
                                         encoding="utf-8")
    got = {t["id"][-1]: t["light"] for t in run("list", "--format", "json").json()}
    assert got["4"] == "yellow"


def test_lights_in_colour_on_a_terminal():
    from vtrack.model import Light, Task
    from vtrack.outputs import text as render
    rows = [Task(id="p-01", title="任务", owners=["市教育局"], due=datetime.date(2022, 9, 4),
                 days_overdue=-3, light=Light.YELLOW)]
    out = render.tasks(rows, ("light", "id", "title"), "table", color=True)
    assert "\x1b[33m黄\x1b[0m" in out and "\x1b[33mp-01" not in out


def test_the_calendar_feed(run, office, tmp_path):
    from icalendar import Calendar
    doc = yaml.safe_load(office.read_text(encoding="utf-8"))
    doc["plans"][0]["tasks"][1]["milestones"] = [
        {"due": datetime.date(2022, 9, 15), "text": "出台方案"},
        {"due": datetime.date(2022, 10, 31), "text": "完成"}]
    office.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run("ics", "-o", "tasks.ics").code == 0
    data = (tmp_path / "tasks.ics").read_bytes()
    cal = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"ezhou-2022-0{n}@vtrack" for n in range(1, 7)} | {
        "ezhou-2022-02-m1@vtrack"}  # open tasks with a date; 02's milestone besides
    two = events["ezhou-2022-02@vtrack"]
    assert two.decoded("dtstart") == datetime.date(2022, 10, 31)
    assert two.decoded("dtend") == datetime.date(2022, 11, 1)
    assert "市教育局（牵头）、市人社局" in str(two["description"])
    assert "鄂州市推动现代职业教育高质量发展的实施方案" in str(two["description"])
    assert events["ezhou-2022-02-m1@vtrack"].decoded("dtstart") == datetime.date(2022, 9, 15)
    assert Calendar.from_ical(cal.to_ical()).to_ical() == cal.to_ical()  # a round trip
    assert run("ics", "-o", "again.ics").code == 0
    assert (tmp_path / "again.ics").read_bytes() == data  # the same tasks, the same bytes
    run("postpone", "ezhou-2022-01", "--to", "2022-12-31", "--why", "延期")
    run("ics", "-o", "moved.ics")
    moved = {str(e["uid"]): e for e in Calendar.from_ical(
        (tmp_path / "moved.ics").read_bytes()).walk("VEVENT")}
    assert set(moved) == set(events)  # the same UID: the calendar moves the event
    assert moved["ezhou-2022-01@vtrack"].decoded("dtstart") == datetime.date(2022, 12, 31)
    assert moved["ezhou-2022-01@vtrack"]["sequence"] > events["ezhou-2022-01@vtrack"]["sequence"]
