"""extract on PDF, .doc and real table cells: a plan printed to PDF or saved as .doc by
LibreOffice gives the tasks of the .docx it was made from; units written one a line in a
cell are separate owners; what cannot be read says why in one line.

The files under tests/data/extract/ were made once by make_files.py there (LibreOffice): a
division table of 14 rows over three pages (header row repeated, a row broken by a page,
section rows, units one a paragraph in some cells, one of them wrapped by the cell's width,
running header, page numbers); an invented plan with a centred title wrapped over two
lines, paragraphs wrapped over lines and a page, and an annex on a landscape page whose
table has a 牵头单位 cell merged down two rows; and a scan of the first (no text layer).
"""
import shutil

import pytest
import yaml

from conftest import ROOT
from vtrack.errors import VtrackError
from vtrack.extract import formats, limits, office, pdf
from vtrack.extract.formats import read_lines

DATA = ROOT / "tests" / "data" / "extract"
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None and
                                   shutil.which("libreoffice") is None,
                                   reason="读 .doc/.wps/.xls 需要 LibreOffice（soffice），本机没有")


def extract(run, tmp_path, name, source=None):
    if (source or DATA / name) != tmp_path / name:
        shutil.copy(source or DATA / name, tmp_path / name)
    result = run("extract", name, "-o", "out.yaml", "--plan-id", "doc-2022")
    assert result.code == 0, result.err
    doc = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))
    (tmp_path / "out.yaml").unlink()
    return doc["plans"][0]


def comparable(tasks):
    return [(t["seq"], t["owners"], t.get("lead"), t.get("due"), t.get("ongoing"))
            for t in tasks]


def shipped_ezhou():
    """The seeds' ezhou-2022 tasks the table was made from (make_files.py takes the first 14)."""
    plans = yaml.safe_load((ROOT / "tasks.yaml").read_text(encoding="utf-8"))["plans"]
    return next(p for p in plans if p["id"] == "ezhou-2022")["tasks"][:14]


@pytest.mark.parametrize("name", ["ezhou-table", "qinghe-plan"])
def test_a_pdf_printed_from_word_reads_as_the_word_file(name):
    # (a blank line apart: Word's section break is an empty paragraph)
    from_word = [line for line in read_lines(DATA / f"{name}.docx") if line]
    from_pdf = [line for line in read_lines(DATA / f"{name}.pdf") if line]
    assert from_pdf == from_word
    # what printing added is gone: running header, page numbers, header rows of later pages
    running = "鄂州市人民政府规范性文件" if name == "ezhou-table" else "清河县人民政府办公室文件"
    assert running not in from_pdf
    assert not any(pdf._PAGE_NUMBER.match(line) for line in from_pdf)
    assert sum(line.startswith("| 序号 |") for line in from_pdf) == 1


def test_the_pdf_of_a_division_table_gives_the_tasks_of_the_docx(run, tmp_path):
    from_word = extract(run, tmp_path, "ezhou-table.docx")
    from_pdf = extract(run, tmp_path, "ezhou-table.pdf")
    assert comparable(from_pdf["tasks"]) == comparable(from_word["tasks"])
    assert [t["text"] for t in from_pdf["tasks"]] == [t["text"] for t in from_word["tasks"]]
    # and they are the plan's: units one a paragraph (and one wrapped by the cell's width in
    # the PDF: 市自然资源和规 / 划局) are separate owners, row 14 broken by the page is whole
    shipped = shipped_ezhou()
    assert [(t["seq"], t["owners"], t.get("due")) for t in from_pdf["tasks"]] == \
        [(t["seq"], t["owners"], t.get("due")) for t in shipped]
    assert from_pdf["tasks"][-1]["text"] == shipped[-1]["text"]
    assert from_pdf["issued"] == from_word["issued"]
    assert from_pdf["doc_no"] == "鄂州政发〔2022〕15号"


def test_a_pdf_of_wrapped_paragraphs_and_a_merged_cell_gives_the_docx_tasks(run, tmp_path):
    from_word = extract(run, tmp_path, "qinghe-plan.docx")
    from_pdf = extract(run, tmp_path, "qinghe-plan.pdf")
    assert comparable(from_pdf["tasks"]) == comparable(from_word["tasks"])
    owners = [t["owners"] for t in from_pdf["tasks"]]
    assert owners[0] == ["县住建局", "县水利局", "县自然资源局", "县城投公司"]
    assert owners[1][0] == "县住建局"  # the 牵头单位 merged down over project 2


def test_a_pdf_table_s_merged_cell_cut_by_the_page_break_is_whole_in_both_rows():
    # bench/invented: made by LibreOffice from a Word table whose 配合单位 cell is merged over
    # rows 9 and 10, rows the page parts (…、区城市管理 ⏎ page 2: 局)
    lines = read_lines(ROOT / "bench" / "invented" / "donglin-chengshi-2024.pdf")
    rows = {line.split(" | ")[0].strip("| "): line for line in lines if line.startswith("| ")}
    assert "区住房和城乡建设局、区城市管理局" in rows["9"]
    assert "区住房和城乡建设局、区城市管理局" in rows["10"]


def test_a_pdf_cell_s_places_a_line_each_are_owners_of_their_own():
    # 县财政局 ⏎ 县民政局 ⏎ 各乡镇人民政府 ⏎ 各村（社区）, the third line as wide as the cell
    lines = read_lines(ROOT / "bench" / "invented" / "qinghe-nongcun-2024.pdf")
    row = next(line for line in lines if line.startswith("| 7 |"))
    assert "县财政局、县民政局、各乡镇人民政府、各村（社区）" in row


def test_a_pdf_cell_s_unit_wrapped_after_another_is_a_unit_of_its_own():
    # a narrow cell: 厅公路处、省公路事业发展中心 ⏎ 各市（州）交通运输 ⏎ 局
    lines = read_lines(ROOT / "bench" / "invented" / "xijiang-jiaotong-2024.pdf")
    row = next(line for line in lines if line.startswith("| 1 |"))
    assert "省公路事业发展中心、各市（州）交通运输局" in row


@pytest.mark.slow  # LibreOffice reads the .doc (about 2 s)
@needs_soffice
def test_a_doc_saved_by_libreoffice_gives_the_tasks_of_the_docx(run, tmp_path):
    from_word = extract(run, tmp_path, "ezhou-table.docx")
    from_doc = extract(run, tmp_path, "ezhou-table.doc")
    assert comparable(from_doc["tasks"]) == comparable(from_word["tasks"])
    assert len(from_doc["tasks"]) == 14
    assert not list(tmp_path.glob("vtrack-soffice-*"))


@pytest.mark.slow
@needs_soffice
def test_the_conversion_leaves_no_temporary_folder(tmp_path, monkeypatch):
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert read_lines(DATA / "ezhou-table.doc")[0].startswith("鄂州市人民政府关于印发")
    (tmp_path / "broken.doc").write_bytes((DATA / "ezhou-table.doc").read_bytes()[:20000])
    try:  # LibreOffice fails on it, or reads what is left of it
        read_lines(tmp_path / "broken.doc")
    except VtrackError:
        pass
    assert [p.name for p in tmp_path.iterdir()] == ["broken.doc"]


def test_a_doc_without_libreoffice_says_what_it_needs(run, tmp_path):
    shutil.copy(DATA / "ezhou-table.doc", tmp_path / "plan.doc")
    result = run("extract", "plan.doc", "-o", "out.yaml", env={"PATH": str(tmp_path / "none")})
    assert result.code == 1 and result.err.count("\n") == 1
    assert "需要 LibreOffice（soffice）" in result.err and ".docx" in result.err
    assert not (tmp_path / "out.yaml").exists()


def test_a_scanned_pdf_is_refused_in_one_line(run, tmp_path):
    shutil.copy(DATA / "scanned.pdf", tmp_path / "scan.pdf")
    result = run("extract", "scan.pdf", "-o", "out.yaml")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "是扫描件，没有文字层" in result.err and "OCR" in result.err
    assert not (tmp_path / "out.yaml").exists()


def test_without_pdfplumber_the_message_names_the_extra(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # import pdfplumber fails
    with pytest.raises(VtrackError, match=r"pip install 'vtrack\[pdf\]'"):
        read_lines(DATA / "ezhou-table.pdf")


def test_pdf_limits_are_measured_before_the_pages_are_read(monkeypatch):
    read = []
    monkeypatch.setattr(pdf, "_read_page", lambda page, path: read.append(page))
    monkeypatch.setattr(limits, "MAX_PAGES", 2)
    with pytest.raises(VtrackError, match="PDF 有 3 页，超过 2 页的上限"):
        read_lines(DATA / "ezhou-table.pdf")
    assert read == []  # the page tree's count, not the pages


def test_a_page_with_too_many_characters_is_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAGE_CHARS", 500)
    with pytest.raises(VtrackError, match="第 1 页有 \\d+ 个字符，超过 500 个的上限"):
        read_lines(DATA / "ezhou-table.pdf")


@pytest.mark.parametrize("text", ["3", "- 3 -", "— 12 —", "第3页", "第 3 页 共 9 页", "3/9",
                                  "－ 7 －", "第3页，共9页"])
def test_page_numbers_of_many_forms(text):
    assert pdf._PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["2023年", "3个项目", "一、总体要求", "1.加强领导"])
def test_lines_that_are_not_page_numbers(text):
    assert not pdf._PAGE_NUMBER.match(text)


# units written one a line in a cell (invented names), and cells whose lines are one text
CELLS = [
    (["县文旅局", "县交通运输局", "各镇人民政府"], "县文旅局、县交通运输局、各镇人民政府"),
    (["县文旅局、县交通运输局", "县供电公司"], "县文旅局、县交通运输局、县供电公司"),
    (["县文旅局", "驻县高校", "县卫健局"], "县文旅局、驻县高校、县卫健局"),
    (["县文旅局", "（牵头）"], "县文旅局（牵头）"),
    (["县自然资源", "和规划局"], "县自然资源和规划局"),
    (["建设游客服务中心，", "完善景区标识系统。"], "建设游客服务中心，完善景区标识系统。"),
    (["2024年6月底前", "完成主体工程"], "2024年6月底前完成主体工程"),
    # labelled lines, each a clause, the units under a label one a line
    (["牵头单位：区城管局", "责任单位：区市场监管局", "各街道办事处"],
     "牵头单位：区城管局；责任单位：区市场监管局、各街道办事处"),
    (["牵头单位：区水务局", "配合单位：区财政局"], "牵头单位：区水务局；配合单位：区财政局"),
    (["工作目标：完成改造", "推进措施：分批实施"], "工作目标：完成改造推进措施：分批实施"),
]


@pytest.mark.parametrize("lines,text", CELLS)
def test_a_cells_lines_as_one_text(lines, text):
    assert office.cell_text(lines) == text


def write_docx(path, rows, title=None):
    import docx
    document = docx.Document()
    if title:
        document.add_paragraph("附件")
    table = document.add_table(rows=len(rows) + (1 if title else 0), cols=len(rows[0]))
    if title:
        table.cell(0, 0).merge(table.cell(0, len(rows[0]) - 1)).text = title
    for r, row in enumerate(rows, 1 if title else 0):
        for c, value in enumerate(row):
            first, *more = value.split("\n")
            cell = table.cell(r, c)
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    document.save(path)


def write_xlsx(path, rows, title=None):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        sheet.append(row)  # a \n in a value is a line break in the cell (Alt+Enter)
    book.save(path)


ROWS = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "建设游客服务中心，\n完善景区标识系统。", "县文旅局",
         "县交通运输局\n县供电公司\n各镇人民政府", "6月底前"],
        ["2", "改造城区老旧小区12个。", "县住建局\n县财政局", "县城投公司", "10月底前"],
        ["3", "开展农村人居环境整治。", "县农业农村局", "县自然资源\n和规划局", "12月底前"]]


@pytest.mark.parametrize("writer", [write_docx, write_xlsx], ids=["docx", "xlsx"])
def test_units_one_a_line_in_a_cell_are_separate_owners(run, tmp_path, writer):
    suffix = "docx" if writer is write_docx else "xlsx"
    writer(tmp_path / f"plan.{suffix}", ROWS, title="2024年县政府重点工作任务分解表")
    plan = extract(run, tmp_path, f"plan.{suffix}", tmp_path / f"plan.{suffix}")
    tasks = plan["tasks"]
    assert tasks[0]["owners"] == ["县文旅局", "县交通运输局", "县供电公司", "各镇人民政府"]
    assert tasks[0]["text"] == "建设游客服务中心，完善景区标识系统。"  # one text, not units
    assert tasks[1]["owners"][:2] == ["县住建局", "县财政局"]
    assert tasks[1]["lead"] == ["县住建局", "县财政局"]
    assert "县自然资源和规划局" in tasks[2]["owners"]  # a name broken by hand stays one
    # the table's title row is the plan's title, and its year the deadlines' year
    assert plan["title"] == "2024年县政府重点工作任务分解表"
    assert [str(t["due"]) for t in tasks] == ["2024-06-30", "2024-10-31", "2024-12-31"]


def test_a_web_page_or_rtf_saved_with_a_doc_name_is_read_as_what_it_is(tmp_path):
    (tmp_path / "page.doc").write_text(
        "<html><body><p>关于做好供水工作的通知</p><table><tr><td>序号</td><td>工作任务</td>"
        "<td>责任单位</td><td>完成时限</td></tr><tr><td>1</td><td>更新管网。</td>"
        "<td>县水利局</td><td>6月底前</td></tr></table></body></html>", encoding="utf-8")
    assert formats.sniff((tmp_path / "page.doc").read_bytes(), tmp_path / "page.doc") == "html"
    assert "| 1 | 更新管网。 | 县水利局 | 6月底前 |" in read_lines(tmp_path / "page.doc")
    assert formats.sniff(b"{\\rtf1\\ansi hello}", "plan.doc") == "legacy-docx"
    assert formats.sniff(b"%PDF-1.4\n", "plan.bin") == "pdf"
    spreadsheet_2003 = b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:' \
        b'office:spreadsheet">'
    assert formats.sniff(spreadsheet_2003, "plan.xls") == "legacy-xlsx"


@pytest.mark.parametrize("name,data,words", [
    ("plan.wps", b"anything at all", "另存为 .docx"),
    ("plan.et", b"anything at all", "另存为 .xlsx"),
    ("plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "既没有 Word 文档也没有 Excel"),
    ("plan.ofd", b"PK-less OFD", "OFD 文件"),
    ("plan.pdf", b"%PDF-1.7\n" + b"\0" * 100, "不是可读的 PDF"),
])
def test_what_cannot_be_read_says_why_in_one_line(run, tmp_path, name, data, words):
    (tmp_path / name).write_bytes(data)
    result = run("extract", name, "-o", "out.yaml")
    assert result.code == 1 and words in result.err and result.err.count("\n") == 1, result.err
    assert not (tmp_path / "out.yaml").exists()


@pytest.mark.slow
@needs_soffice
def test_an_xls_is_converted_and_read(run, tmp_path):
    import subprocess
    write_xlsx(tmp_path / "plan.xlsx", ROWS)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "xls", "--outdir", str(tmp_path / "out"),
                    str(tmp_path / "plan.xlsx")], check=True, capture_output=True, timeout=120)
    from_xlsx = extract(run, tmp_path, "plan.xlsx", tmp_path / "plan.xlsx")
    from_xls = extract(run, tmp_path, "plan.xls", tmp_path / "out" / "plan.xls")
    assert comparable(from_xls["tasks"]) == comparable(from_xlsx["tasks"])


def test_paragraphs_without_indent_are_told_apart_by_their_ends():
    """A PDF of lines flush left (a web page printed): a full line goes on in the next,
    except where it ends a sentence and the next starts a numbered item, or ends with a
    colon outside brackets (各部门：); a short line ends its paragraph. Invented lines, 10 pt
    characters on a text 300 pt wide."""
    def line(text, top, width=None):
        width = 10.0 * len(text) if width is None else width
        return pdf._Line(text, 100.0, 100.0 + width, top, top + 10, 10.0, 10.0)

    full = 300.0
    rows = [("各乡镇人民政府，县直各单位：", full), ("现将方案印发给你们，请认真贯彻落实。", 150),
            ("1.建设集中供水工程。新建水厂两座，改造管网，确保工程按期完成。", full),
            ("2.完善管护机制。明确管护责任，落实管护经费（牵头单位：", full),
            ("县水利局；责任单位：县财政局）", 150), ("3.开展水质检测。", 80)]
    page = pdf._Page([line(text, 100 + 15 * k, width) for k, (text, width) in enumerate(rows)],
                     width=500, height=800)
    assert pdf._render([page], "plan.pdf") == [
        "各乡镇人民政府，县直各单位：", "现将方案印发给你们，请认真贯彻落实。",
        "1.建设集中供水工程。新建水厂两座，改造管网，确保工程按期完成。",
        "2.完善管护机制。明确管护责任，落实管护经费（牵头单位：县水利局；责任单位：县财政局）",
        "3.开展水质检测。"]
