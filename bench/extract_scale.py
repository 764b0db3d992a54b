"""How `vtrack extract` scales with the rows of a division table: time and peak memory of
whole `vtrack extract --dry-run` processes on generated tables of 1k, 2k, 4k and 8k rows, as
a text file (a row a line, cells between |), a Word .docx and an Excel .xlsx.

    python bench/extract_scale.py [--sizes 1000,2000,4000,8000] [--formats txt,docx,xlsx]
                                  [--dir /tmp/vtrack-extract-scale] [--before PATH/TO/vtrack]
                                  [--timeout 300]

Prints, per format and size, the seconds, the peak resident memory (MB), the tasks the
report counts, and the time and memory per 1,000 rows: in a linear reader those last two stay
flat as the size doubles. With --before, every figure is taken for that other vtrack too (an
older version installed in a virtual environment of its own), size by size in the same run.

The tables are made here with a fixed seed, so runs compare: a plan's head, 附件 and a
header (序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限), a section row every 400 rows, task
words of 30-90 characters, one to four owners, a deadline. In the .docx and the .xlsx the
lead cell is merged down every 10 rows, as real division tables merge it. The .docx is
written as WordprocessingML directly and the .xlsx with XlsxWriter: python-docx and openpyxl
take longer to write such tables than vtrack takes to read them.
"""
import argparse
import html
import io
import os
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

_BESIDE = Path(sys.executable).parent / "vtrack"
VTRACK = str(_BESIDE) if _BESIDE.exists() else (
    shutil.which("vtrack") or sys.exit("install vtrack first: pip install -e ."))
ENV = {**os.environ, "VTRACK_TODAY": "2022-09-01", "NO_COLOR": "1"}

DEPARTMENTS = [
    "市发改委", "市教育局", "市科技局", "市经信局", "市公安局", "市民政局", "市司法局",
    "市财政局", "市人社局", "市自然资源和规划局", "市生态环境局", "市住建局", "市交通运输局",
    "市水利和湖泊局", "市农业农村局", "市商务局", "市文化和旅游局", "市卫健委",
    "市应急管理局", "市审计局", "市市场监管局", "市统计局", "市医疗保障局", "市数据局",
    "各区人民政府", "市税务局", "团市委", "市妇联",
]
VERBS = ["推进", "完善", "健全", "加快", "深化", "实施", "建立", "落实", "优化", "加强"]
OBJECTS = ["职业教育体系", "产教融合机制", "校企合作平台", "实训基地建设", "营商环境改革",
           "数字政府建设", "老旧小区改造", "农村人居环境整治", "重点项目审批", "养老服务体系",
           "公共文化服务", "生态环境治理", "安全生产监管", "基层医疗服务", "就业创业服务"]
FILLER = ("坚持问题导向和目标导向，统筹推进各项改革任务，强化部门协同配合，形成工作合力，"
          "确保各项政策措施落地见效，按季度报送工作进展情况，年内取得阶段性成效。")
HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
SECTION_ROWS = 400  # 一、 … 二十、 in 8,000 rows
LEAD_ROWS = 10  # the lead cell merged down this many rows in .docx and .xlsx
HEAD_LINES = [
    "某市人民政府办公室关于印发某市2022年重点工作任务分工方案的通知",
    "各区人民政府，市政府各部门：",
    "现将《某市2022年重点工作任务分工方案》印发给你们，请认真贯彻落实。",
    "某市人民政府办公室",
    "2022年3月1日",
    "附件",
    "某市2022年重点工作任务分工表",
]


def rows(n, seed=20220301):
    """(section heading or None, [序号, 任务, 牵头, 责任, 时限]) for n rows, fixed seed."""
    rng = random.Random(seed)
    out = []
    for seq in range(1, n + 1):
        section = None
        if seq % SECTION_ROWS == 1:
            part = (seq - 1) // SECTION_ROWS + 1
            section = f"{_cn(part)}、{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
        verb, thing = rng.choice(VERBS), rng.choice(OBJECTS)
        words = f"{verb}{thing}，{FILLER[:rng.randint(20, len(FILLER))]}"
        lead = DEPARTMENTS[(seq - 1) // LEAD_ROWS % len(DEPARTMENTS)]
        owners = "、".join(rng.sample(DEPARTMENTS, rng.randint(1, 4)))
        month = rng.randint(4, 12)
        time_cell = rng.choice([f"2022年{month}月底前", f"{month}月底前完成", "持续推进",
                                "每季度", f"2023年{month}月底前"])
        out.append((section, [str(seq), words, lead, owners, time_cell]))
    return out


def _cn(n):
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return str(n)


def write_text(path, table):
    lines = list(HEAD_LINES) + ["| " + " | ".join(HEADER) + " |"]
    for section, cells in table:
        if section:
            lines.append(section)
        lines.append("| " + " | ".join(cells) + " |")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"


def _tc(text, merge=None, span=1):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text if merge != 'continue' else '')}</w:tc>"


def docx_bytes(table, head=HEAD_LINES):
    """A .docx of the head's paragraphs and the table, the lead cell merged down every
    LEAD_ROWS rows (and at each section row)."""
    body = [_p(line) for line in head]
    body.append("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * len(HEADER) + "</w:tblGrid>")
    body.append("<w:tr>" + "".join(_tc(h) for h in HEADER) + "</w:tr>")
    for section, cells in table:
        if section:
            body.append(f"<w:tr>{_tc(section, span=len(HEADER))}</w:tr>")
        seq, words, lead, owners, time_cell = cells
        merge = "restart" if section or int(seq) % LEAD_ROWS == 1 else "continue"
        body.append("<w:tr>" + _tc(seq) + _tc(words) + _tc(lead, merge) + _tc(owners)
                    + _tc(time_cell) + "</w:tr>")
    body.append("</w:tbl><w:sectPr/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {_W}><w:body>{"".join(body)}</w:body></w:document>')
    return _package({"word/document.xml": document}, _DOCX_PARTS)


_DOCX_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>',
}


def _package(parts, fixed):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in {**fixed, **parts}.items():
            z.writestr(name, text)
    return out.getvalue()


def write_docx(path, table):
    Path(path).write_bytes(docx_bytes(table))


def write_xlsx(path, table):
    import xlsxwriter
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    r = 0
    for line in HEAD_LINES:
        sheet.write(r, 0, line)
        r += 1
    sheet.write_row(r, 0, HEADER)
    r += 1
    lead_from, lead = None, None

    def merge_lead():  # the lead cell down the rows since lead_from
        if lead_from is not None and r - 1 > lead_from:
            sheet.merge_range(lead_from, 2, r - 1, 2, lead)

    for section, cells in table:
        if section or int(cells[0]) % LEAD_ROWS == 1:
            merge_lead()
            if section:
                sheet.merge_range(r, 0, r, len(HEADER) - 1, section)
                r += 1
            lead_from, lead = r, cells[2]
        sheet.write_row(r, 0, [int(cells[0])] + cells[1:])
        r += 1
    merge_lead()
    book.close()


WRITERS = {"txt": write_text, "docx": write_docx, "xlsx": write_xlsx}


def _run(vtrack, doc, timeout):
    """(seconds, peak resident MB, the tasks the report counts or its first line) for one
    `vtrack extract --dry-run` process; the peak is the child's own, from wait4, as
    /usr/bin/time -f %M reports it."""
    report = doc.parent / "report.txt"
    start = time.perf_counter()
    with open(report, "wb") as err:  # the report names every task to review: a file, no pipe
        proc = subprocess.Popen([vtrack, "extract", str(doc), "--dry-run", "-o",
                                 str(doc.parent / "out.yaml")], env=ENV,
                                stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, _, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                return None, None, f"over {timeout:.0f} s"
            time.sleep(0.005)
    seconds = time.perf_counter() - start
    proc.returncode = 0  # reaped here, not by Popen
    text = report.read_text(encoding="utf-8", errors="replace")
    m = re.search(r"(\d+) 项任务", text)
    found = m.group(1) if m else (text.strip().splitlines() or ["?"])[0][:60]
    return seconds, usage.ru_maxrss / 1024, found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--formats", default="txt,docx,xlsx")
    parser.add_argument("--dir", default="/tmp/vtrack-extract-scale")
    parser.add_argument("--before", metavar="PATH", help="another vtrack to measure alongside")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    formats = args.formats.split(",")
    versions = ([("before", args.before)] if args.before else []) + [("this", VTRACK)]
    print(f"{'':7}{'format':7}{'rows':>7}{'seconds':>10}{'peak MB':>10}{'tasks':>8}"
          f"{'s/1k rows':>11}{'MB/1k rows':>12}")
    for fmt in formats:
        for n in sizes:
            doc = folder / f"plan-{n}.{fmt}"
            if not doc.exists():
                WRITERS[fmt](doc, rows(n))
            for label, vtrack in versions:
                seconds, peak, found = _run(vtrack, doc, args.timeout)
                if seconds is None:
                    print(f"{label:7}{fmt:7}{n:>7}{'-':>10}{'-':>10}  {found}")
                    continue
                print(f"{label:7}{fmt:7}{n:>7}{seconds:>10.2f}{peak:>10.0f}{found:>8}"
                      f"{seconds / n * 1000:>11.3f}{peak / n * 1000:>12.1f}", flush=True)


if __name__ == "__main__":
    main()
