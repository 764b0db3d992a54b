"""vtrack extract at scale and against files made to blow up: every row of a table of
thousands is read, and a document past a limit (vtrack/extract/limits.py) is refused with
one line, checked before anything is unpacked or expanded. Speed is measured in
bench/extract_scale.py; these tests hold the behaviour."""
import io
import struct
import sys
import zipfile

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import extract_scale  # noqa: E402

HEAD = "某市人民政府办公室关于印发某市重点工作任务分工方案的通知\n2022年3月1日\n"
DEPARTMENTS = ["市发改委", "市教育局", "市财政局", "市人社局", "市住建局"]


def tasks_of(tmp_path, out="out.yaml"):
    # libyaml's loader: the pure-Python one takes longer over 1,500 tasks than vtrack
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load((tmp_path / out).read_text(encoding="utf-8"), Loader=loader)
    return doc["plans"][0]["tasks"]


def refused(result, name, *words):
    """One line, naming the file, exit 1, nothing written."""
    assert result.code == 1, result.err
    assert result.err.startswith(f"vtrack: {name}：") and result.err.count("\n") == 1, result.err
    for word in words:
        assert word in result.err, result.err


# -- every row of a long table --------------------------------------------------------------

@pytest.mark.slow
def test_a_table_of_1500_rows_gives_1500_tasks(run, tmp_path):
    """Row numbers of four digits are rows: the table goes on past 999."""
    rows = [f"| {n} | 推进第{n}项工作 | {DEPARTMENTS[n % 5]} | 2022年{n % 12 + 1}月底前 |"
            for n in range(1, 1501)]
    (tmp_path / "plan.txt").write_text(HEAD + "| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
                                       + "\n".join(rows) + "\n", encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    assert "plan，分工表，1500 项任务" in result.out
    tasks = tasks_of(tmp_path)
    assert [t["seq"] for t in tasks] == list(range(1, 1501))
    assert tasks[-1]["id"] == "plan-1500" and tasks[0]["id"] == "plan-0001"
    assert tasks[999]["text"] == "推进第1000项工作" and tasks[999]["owners"] == ["市发改委"]
    assert str(tasks[1499]["due"]) == "2022-01-31"


def test_past_999_rows_a_year_on_a_line_of_its_own_is_no_row(tmp_path):
    """A table flattened a cell a line: row numbers of four digits count where they go on
    from the row before, so a year that a wrapped cell leaves on its own line (2022) is part
    of the row, not a row."""
    from vtrack.extract import extract
    lines = ["序号", "工作任务", "牵头单位", "完成时限"]
    for n in range(1, 1006):
        lines += [str(n), f"推进第{n}项工作", DEPARTMENTS[n % 5]]
        lines += ["2022", "年6月底前"] if n == 1001 else ["2022年6月底前"]
    (tmp_path / "plan.txt").write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    plan, _ = extract(tmp_path / "plan.txt", "p")
    assert [t.seq for t in plan.tasks] == list(range(1, 1006))
    assert plan.tasks[1000].text == "推进第1001项工作"


@pytest.mark.slow
def test_a_division_table_in_word_merged_down_1200_rows(tmp_path):
    """A real Word table whose lead cell is merged down every ten rows (vMerge): each row
    gets the lead, in one pass over the rows."""
    from vtrack.extract import extract
    table = extract_scale.rows(1200)
    (tmp_path / "plan.docx").write_bytes(extract_scale.docx_bytes(table))
    plan, _ = extract(tmp_path / "plan.docx", "p")
    assert len(plan.tasks) == 1200
    assert [t.owners[0] for t in plan.tasks] == [cells[2] for _, cells in table]


def test_a_wide_table_is_placed_by_what_its_cells_hold(run, tmp_path):
    """A 台账 with a column for each week: a row of 15 cells among 29 columns has 77 million
    alignments; the best is found without trying them."""
    weeks = [f"第{k}周" for k in range(1, 27)]
    header = "| 序号 | 工作任务 | 牵头单位 | 完成时限 | " + " | ".join(weeks) + " |"
    rows = [f"| {n} | 完善第{n}项工作机制并推进落实 | 市财政局 | 2022年9月底前 | "
            + " | ".join(["推进中"] * 12) + " |" for n in (1, 2)]
    (tmp_path / "plan.txt").write_text(HEAD + header + "\n" + "\n".join(rows) + "\n",
                                       encoding="utf-8")
    result = run("extract", "plan.txt", "-o", "out.yaml")
    assert result.code == 0, result.err
    tasks = tasks_of(tmp_path)
    assert [(t["owners"], str(t["due"])) for t in tasks] == [(["市财政局"], "2022-09-30")] * 2


# -- .docx: the zip's declared sizes, before python-docx parses a byte ------------------------

def _docx(document_xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, text in extract_scale._DOCX_PARTS.items():
            z.writestr(name, text)
        z.writestr("word/document.xml", document_xml)
    return out.getvalue()


def _paragraphs(text: bytes, n: int) -> bytes:
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + ns + b"><w:body>"
            + (b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p>") * n
            + b"</w:body></w:document>")


def _declare(data: bytes, name: bytes, size: int) -> bytes:
    """The zip with name's uncompressed size in the central directory forged to size."""
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)  # a central directory entry
        length = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + length] == name:
            return data[:at + 24] + struct.pack("<I", size) + data[at + 28:]
        at += 4


def test_a_docx_that_inflates_a_thousandfold_is_refused_before_it_is_parsed(run, tmp_path):
    """A zip bomb: 30 MB of one paragraph again and again, packed into some 100 KB."""
    xml = _paragraphs("推进重点工作。".encode(), 500_000)
    (tmp_path / "bomb.docx").write_bytes(_docx(xml))
    assert (tmp_path / "bomb.docx").stat().st_size < 300_000
    refused(run("extract", "bomb.docx", "-o", "out.yaml"), "bomb.docx",
            "word/document.xml", "压缩炸弹", "上限 100 倍")
    assert not (tmp_path / "out.yaml").exists()


def test_a_docx_declaring_gigabytes_is_refused_from_its_directory(run, tmp_path):
    data = _declare(_docx(_paragraphs("一、总体要求".encode(), 3)), b"word/document.xml",
                    3 * 1024 ** 3)
    (tmp_path / "forged.docx").write_bytes(data)
    refused(run("extract", "forged.docx", "-o", "out.yaml"), "forged.docx",
            "解压后有 3.0 GB", "256 MB 的上限")


# -- .xlsx: merged ranges measured, rows streamed -------------------------------------------

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _xlsx(sheet_xml: bytes) -> bytes:
    """A workbook of one sheet, its XML as given (inline strings: no shared strings)."""
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
            'org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="分工" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, text in parts.items():
            z.writestr(name, text)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def _row(r: int, *cells: str) -> str:
    return f'<row r="{r}">' + "".join(
        f'<c r="{"ABCDE"[k]}{r}" t="inlineStr"><is><t>{text}</t></is></c>'
        for k, text in enumerate(cells) if text) + "</row>"


def _plan_sheet(rest: bytes = b"", merges: str = "", dimension: str = "A1:D5") -> bytes:
    """A title, a header and three task rows whose lead cell (C3) is merged down."""
    rows = (_row(1, "某市重点工作任务分工方案")
            + _row(2, "序号", "工作任务", "牵头单位", "完成时限")
            + _row(3, "1", "推进第一项工作", "市发改委", "2022年6月底前")
            + _row(4, "2", "推进第二项工作", "", "2022年9月底前")
            + _row(5, "3", "推进第三项工作", "", "2022年12月底前"))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="{dimension}"/>'
            f"<sheetData>{rows}".encode() + rest + b"</sheetData>"
            + (f'<mergeCells count="1">{merges}</mergeCells>' if merges else "").encode()
            + b"</worksheet>")


def test_a_cell_merged_down_200000_rows_is_read_without_expanding_it(run, tmp_path):
    """The lead cell merged from row 3 to row 200,000: it counts for the three rows there
    are, and the 199,995 rows below them are not made."""
    xml = _plan_sheet(merges='<mergeCell ref="C3:C200000"/>', dimension="A1:D200000")
    (tmp_path / "plan.xlsx").write_bytes(_xlsx(xml))
    assert (tmp_path / "plan.xlsx").stat().st_size < 5_000
    result = run("extract", "plan.xlsx", "-o", "out.yaml")
    assert result.code == 0, result.err
    assert [(t["owners"], str(t["due"])) for t in tasks_of(tmp_path)] == [
        (["市发改委"], "2022-06-30"), (["市发改委"], "2022-09-30"), (["市发改委"], "2022-12-31")]
    from vtrack.extract.formats import read_lines
    assert len(read_lines(tmp_path / "plan.xlsx")) == 5  # the sheet's five rows, no more


def test_merged_ranges_covering_millions_of_cells_are_refused_before_expanding(run, tmp_path):
    xml = _plan_sheet(merges='<mergeCell ref="E1:Z200000"/>', dimension="A1:Z200000")
    (tmp_path / "plan.xlsx").write_bytes(_xlsx(xml))
    refused(run("extract", "plan.xlsx", "-o", "out.yaml"), "plan.xlsx",
            "工作表“分工”", "E1:Z200000", "2000000 个的上限")


@pytest.mark.slow
def test_a_million_empty_rows_after_the_table_are_never_parsed(run, tmp_path, monkeypatch):
    """A sheet that declares 1,048,576 rows and has a million empty ones after its table:
    the reader stops at the last value, whatever the sheet declares."""
    from openpyxl.worksheet._reader import WorkSheetParser
    empty = b"".join(b'<row r="%d"/>' % r for r in range(6, 1_000_006))
    (tmp_path / "plan.xlsx").write_bytes(_xlsx(_plan_sheet(empty, dimension="A1:XFD1048576")))
    parsed = []
    parse_row = WorkSheetParser.parse_row
    monkeypatch.setattr(WorkSheetParser, "parse_row",
                        lambda self, row: parsed.append(1) or parse_row(self, row))
    result = run("extract", "plan.xlsx", "-o", "out.yaml")
    assert result.code == 0, result.err
    assert [t["text"] for t in tasks_of(tmp_path)] == [
        "推进第一项工作", "推进第二项工作", "推进第三项工作"]
    assert len(parsed) <= 10


def test_rows_after_a_gap_of_empty_rows_are_read(tmp_path):
    """Stopping at the last value is not stopping at the first empty row."""
    from vtrack.extract.formats import read_lines
    gap = b"".join(b'<row r="%d"/>' % r for r in range(6, 200)) + _row(
        500, "4", "推进第四项工作", "市教育局", "2023年6月底前").encode()
    (tmp_path / "plan.xlsx").write_bytes(_xlsx(_plan_sheet(gap)))
    lines = read_lines(tmp_path / "plan.xlsx")
    assert lines[-1] == "| 4 | 推进第四项工作 | 市教育局 | 2023年6月底前 |"
    assert lines.count("") <= 10  # the 494 empty rows between: a few empty lines


# -- text and web pages ---------------------------------------------------------------------

def test_a_web_page_with_a_cell_spanning_a_hundred_million_columns(run, tmp_path):
    """colspan and rowspan as browsers read them (at most 1000 columns, 65534 rows)."""
    cells = "".join(f"<tr><td>{n}</td><td>推进第{n}项工作</td><td>市发改委</td>"
                    f"<td>2022年6月底前</td></tr>" for n in (1, 2))
    page = (f"<html><body><p>{HEAD}</p><table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th>"
            f"<th>完成时限</th></tr>{cells}<tr><td rowspan='99999999' colspan='100000000'>"
            "注</td></tr></table></body></html>")
    (tmp_path / "plan.html").write_text(page, encoding="utf-8")
    result = run("extract", "plan.html", "-o", "out.yaml")
    assert result.code == 0, result.err
    assert [t["owners"] for t in tasks_of(tmp_path)] == [["市发改委"], ["市发改委"]]


@pytest.mark.parametrize("limit,value,data,words", [
    ("MAX_TEXT", 1000, "一、总体要求\n" * 200, ["文本有 3 KB", "1 KB 的上限"]),
    ("MAX_LINES", 100, "一、总体要求\n" * 200, ["文本有 200 行", "100 行的上限"]),
    ("MAX_FILE", 1000, "一、总体要求\n" * 200, ["文件有 3 KB", "1 KB 的上限"]),
])
def test_text_past_a_limit_is_refused_before_it_is_decoded(run, tmp_path, monkeypatch, limit,
                                                           value, data, words):
    from vtrack.extract import limits
    monkeypatch.setattr(limits, limit, value)
    (tmp_path / "plan.txt").write_text(data, encoding="utf-8")
    refused(run("extract", "plan.txt", "-o", "out.yaml"), "plan.txt", *words)
