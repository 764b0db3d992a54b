"""Makes the committed test files of tests/test_extract_formats.py, once: a division table
(the seeds' ezhou-2022 附件2, from tasks.yaml) as Word writes it, then as LibreOffice prints
it to PDF and saves it as .doc, and a scanned copy (the PDF's pages as images, no text).

    python3 tests/data/extract/make_files.py     # needs python-docx, soffice, pdftoppm, Pillow

The table has what real ones have: a header row repeated on each page, section rows merged
across the table, rows that break across pages, units one a paragraph in some cells, a page
header and a page number in the footer.
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import docx
import yaml
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent.parent.parent


def tasks():
    plans = yaml.safe_load((ROOT / "tasks.yaml").read_text(encoding="utf-8"))["plans"]
    return next(p for p in plans if p["id"] == "ezhou-2022")["tasks"][:14]


def page_number(paragraph):
    """— PAGE — as Word's field."""
    paragraph.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" —")


def write_docx(path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Noto Sans CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.header.paragraphs[0].text = "鄂州市人民政府规范性文件"
    page_number(section.footer.paragraphs[0])
    for line in ["鄂州市人民政府关于印发鄂州市推动现代职业教育高质量发展实施方案的通知",
                 "鄂州政发〔2022〕15号", "2022年8月9日", "附件2",
                 "全市推动现代职业教育高质量发展重点任务分工"]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    header = table.rows[0]
    # the header row repeated at the top of each page, as Word's 重复标题行 does
    tr_pr = header._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    for cell, text in zip(header.cells, ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
                          strict=True):
        cell.text = text
    current = None
    for task in tasks():
        if task["section"] != current:
            current = task["section"]
            row = table.add_row()
            row.cells[0].merge(row.cells[4]).text = current
        cells = table.add_row().cells
        lead = task.get("lead") or task["owners"][:1]
        rest = [o for o in task["owners"] if o not in lead]
        cells[0].text, cells[1].text = str(task["seq"]), task["text"]
        cells[2].text = "、".join(lead)
        if task["seq"] % 3 == 0:  # units one a paragraph in the cell
            cells[3].text = rest[0] if rest else ""
            for unit in rest[1:]:
                cells[3].add_paragraph(unit)
        else:
            cells[3].text = "、".join(rest)
        cells[4].text = re.sub(r"^(20\d\d)(\d{1,2}月)", r"\1年\2", task["due_text"])
    table.autofit = False
    widths = (1.2, 8.5, 2.3, 3.2, 2.8)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    document.save(path)


# an invented county plan: numbered items whose paragraphs wrap over lines and pages, owners
# in brackets, and an annex table with a 牵头单位 cell merged down two rows and units one a
# line in a cell
BODY = [
    ("title", "清河县人民政府办公室关于印发清河县城乡供水提升三年行动方案的通知"),
    ("plain", "清政办发〔2024〕7号"),
    ("plain", "各乡镇人民政府，县政府各部门："),
    ("para", "现将《清河县城乡供水提升三年行动方案》印发给你们，请结合实际认真贯彻落实。"),
    ("plain", "清河县人民政府办公室"),
    ("plain", "2024年3月18日"),
    ("title", "清河县城乡供水提升三年行动方案"),
    ("para", "为保障城乡居民饮水安全，提升供水保障能力和服务水平，结合我县实际，制定本方案。"),
    ("head", "一、主要任务"),
]
ITEMS = [
    ("实施水源地保护工程。", "县生态环境分局", "县水利局、各乡镇人民政府", "2024年9月底前"),
    ("推进城乡供水管网一体化建设。", "县住建局", "县水利局、县财政局", "2025年12月底前"),
    ("开展农村供水工程标准化改造。", "县水利局", "县财政局、县农业农村局", "2024年12月底前"),
    ("建立水质监测和信息公开制度。", "县卫健局", "县水利局、县市场监管局", "2024年6月底前"),
    ("完善供水价格形成和补偿机制。", "县发改局", "县财政局、县水利局", "2025年6月底前"),
    ("加强供水应急保障能力建设。", "县应急管理局", "县水利局、县住建局", "2024年10月底前"),
]
FILLER = ("坚持统筹规划、分步实施、建管并重的原则，按照先急后缓、先易后难的顺序组织实施，"
          "逐项明确建设内容、资金来源和责任分工，强化项目前期工作和施工过程监管，"
          "确保工程质量和建设进度，切实让群众喝上放心水、安全水、满意水。")


def write_body_docx(path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(14)
    style.font.name = "Noto Sans CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.7)
    section.header.paragraphs[0].text = "清河县人民政府办公室文件"
    page_number(section.footer.paragraphs[0])

    def paragraph(text, indent=True):
        p = document.add_paragraph(text)
        if indent:
            p.paragraph_format.first_line_indent = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        return p

    for kind, text in BODY:
        p = paragraph(text, indent=kind in ("para", "head"))
        if kind == "title":  # centred and large: the notice's title wraps over two lines
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].font.size = Pt(22)
    for n, (what, lead, rest, due) in enumerate(ITEMS, 1):
        # a longer first item: item 3 then runs over the page
        more = "加强督促检查，定期通报进展，及时研究解决重大问题。" if n == 1 else ""
        paragraph(f"{n}.{what}{FILLER}{more}{due}完成。（牵头单位：{lead}；责任单位：{rest}）")
    paragraph("二、重点项目")
    # the annex on landscape pages, as wide tables are printed
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    annex.orientation = WD_ORIENT.LANDSCAPE
    annex.page_width, annex.page_height = Cm(29.7), Cm(21)
    paragraph("附件：重点项目分工表", indent=False)
    table = document.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    rows = [["序号", "项目名称", "牵头单位", "责任单位"],
            ["1", "城区第二水厂扩建", "县住建局", "县水利局\n县自然资源局\n县城投公司"],
            ["2", "北部乡镇供水管网延伸", "", "县水利局、县财政局"],
            ["3", "农村水厂消毒设备更新", "县水利局", "县卫健局\n各乡镇人民政府"]]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            first, *more = value.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    table.cell(1, 2).merge(table.cell(2, 2))  # one 牵头单位 for two projects
    document.save(path)


def soffice(to, path, outdir):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", to, "--outdir", str(outdir), str(path)],
                       check=True, capture_output=True, timeout=120)


def scanned(pdf, out):
    """The PDF's pages as grey images in a PDF: a scan, with no text layer."""
    from PIL import Image
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", "-l", "1", str(pdf),
                        f"{tmp}/page"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(pathlib.Path(tmp).glob("*.png"))]
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=40)


def main():
    if not shutil.which("soffice"):
        sys.exit("需要 LibreOffice（soffice）")
    write_docx(HERE / "ezhou-table.docx")
    soffice("pdf", HERE / "ezhou-table.docx", HERE)
    soffice("doc", HERE / "ezhou-table.docx", HERE)
    scanned(HERE / "ezhou-table.pdf", HERE / "scanned.pdf")
    write_body_docx(HERE / "qinghe-plan.docx")
    soffice("pdf", HERE / "qinghe-plan.docx", HERE)
    for f in sorted(HERE.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
