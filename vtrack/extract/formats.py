"""Plan documents in the formats offices receive, as lines of clean text.

Text (UTF-8 or GB18030), Word (.docx), web pages (.html), workbooks (.xlsx) and PDF all become
the same lines: paragraphs one a line, and a table's rows one a line with their cells between
|, as a table copied out of a page reads. So a table read from a real table gives the same
tasks as the same table flattened to text; one thing only a real table can say is kept: a
cell merged down the rows counts for each row it spans. The format is told by the file's
first bytes, not only by its name.

What each needs: .txt, .html, .docx and .xlsx nothing more; PDF the `pdf` extra (pdfplumber),
and a text layer (a scan needs OCR first); .doc, .wps, .xls, .et and .rtf LibreOffice
(`soffice` on PATH), which converts them to .docx/.xlsx in a temporary folder. .ofd is not
read: the message says how to get a readable file.
"""
import os

from ..errors import VtrackError
from . import limits
from .text import clean, decode

# formats vtrack cannot read, and how to get one it can
_CONVERT = {
    ".ofd": "OFD 文件：请在 OFD 阅读器中导出为文本或 PDF",
}
# the older Office formats LibreOffice converts: the extension -> what it becomes
_LEGACY = {".doc": "docx", ".wps": "docx", ".rtf": "docx", ".xls": "xlsx", ".et": "xlsx"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_lines(path: str | os.PathLike[str]) -> list[str]:
    """The document at path as a list of clean lines.

    Past the limits in limits.py it is refused, each checked before what it bounds is
    read, unpacked or expanded."""
    limits.check_file(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise VtrackError(f"{path}：无法读取：{e.strerror}") from None
    kind = sniff(data, path)
    if kind.startswith("legacy-"):
        from .office import convert
        kind = kind.removeprefix("legacy-")
        data = convert(data, path, kind)
        if sniff_zip(data, path) != kind:
            raise VtrackError(f"{path}：LibreOffice 转换的结果不是 .{kind}：请手动另存为 .{kind}")
    if kind == "pdf":
        from .pdf import pdf_lines
        text = "\n".join(pdf_lines(data, path))
        limits.check_lines(text.count("\n") + 1, path)
        return clean(text)
    if kind in ("docx", "xlsx"):
        from .office import docx_lines, xlsx_lines
        text = "\n".join((docx_lines if kind == "docx" else xlsx_lines)(data, path))
        limits.check_lines(text.count("\n") + 1, path)
        return clean(text)
    limits.check_text(data, path, "网页" if kind == "html" else "文本")
    text = decode(data, path)
    if kind == "html":
        from .web import html_lines
        text = "\n".join(html_lines(text, path))
        limits.check_lines(text.count("\n") + 1, path)
    return clean(text)


def sniff(data: bytes, path: str | os.PathLike[str]) -> str:
    """docx, xlsx, pdf, html or text from the bytes; legacy-docx or legacy-xlsx for what
    LibreOffice converts to them; formats that cannot be read are refused."""
    ext = os.path.splitext(str(path))[1].lower()
    if data[:4] == b"PK\x03\x04":
        return sniff_zip(data, path)
    if data[:5] == b"%PDF-" or (ext == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data[:8] == _OLE:
        return "legacy-" + _ole_kind(data, ext, path)
    if data[:5] == b"{\\rtf":  # RTF, often saved with a .doc name
        return "legacy-docx"
    head = data[:4096]
    if head.lstrip().startswith(b"<?xml"):  # Office 2003 XML, often saved as .doc/.xls
        if b"schemas-microsoft-com:office:spreadsheet" in head:
            return "legacy-xlsx"
        if b"schemas.microsoft.com/office/word/2003/wordml" in head:
            return "legacy-docx"
    if ext in _CONVERT:
        raise VtrackError(f"{path}：vtrack 不能读{_CONVERT[ext]}")
    head = data[:2048].lstrip().lower()
    if ext in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")) or \
            b"<body" in head or b"<table" in head or _marked_up_table(data) or \
            data[:4096].lower().count(b"</p>") + data[:4096].lower().count(b"<br") >= 3:
        # a web page saved with a .doc name too, or a page's paragraphs copied with their
        # markup into a text file (<p class="…">…</p> <p>…</p>)
        return "html"
    if ext in _LEGACY:
        saved = ".xlsx" if _LEGACY[ext] == "xlsx" else ".docx"
        raise VtrackError(f"{path}：内容不是 {ext} 文件（也不是 .docx、PDF 或网页）：请用 WPS 或 "
                          f"Office 打开后另存为 {saved}")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise VtrackError(f"{path}：不是文本文件：请给 .txt、.docx、.xlsx、.html 或 PDF")
    return "text"


def _marked_up_table(data: bytes) -> bool:
    """A table in HTML markup anywhere in a text's first 64 KB, four cells and two rows at
    least (a Markdown page's <table> after its heading and a long <style> block, past the
    first 2 KB the sniff looks at): its rows are the plan, read as a page's."""
    body = data[:65536].lower()
    return b"<table" in body and body.count(b"<td") >= 4 and body.count(b"</tr>") >= 2


def sniff_zip(data: bytes, path: str | os.PathLike[str]) -> str:
    """docx or xlsx, from the parts of a zip file; its sizes checked before any is unpacked."""
    import io
    import zipfile
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise VtrackError(f"{path}：zip 文件（.docx/.xlsx）已损坏：请打开后重新保存") from None
    limits.check_zip(archive, path)  # the declared sizes, before anything is unpacked
    names = archive.namelist()
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise VtrackError(f"{path}：这个 zip 文件既不是 .docx 也不是 .xlsx")


def _ole_kind(data: bytes, ext: str, path: str | os.PathLike[str]) -> str:
    """docx or xlsx: what an Office file of the old kind (OLE) converts to, by the streams it
    holds (their names stand in its directory in UTF-16), else by its extension."""
    def holds(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if holds("WordDocument"):
        return "docx"
    if holds("Workbook") or holds("Book"):
        return "xlsx"
    if ext in (".wps", ".et"):  # WPS's own streams: LibreOffice reads them
        return _LEGACY[ext]
    raise VtrackError(f"{path}：旧版 Office 文件中既没有 Word 文档也没有 Excel 工作簿（已损坏，"
                      "或是别的文件）：请用 WPS 或 Office 打开后另存为 .docx 或 .xlsx")
