"""Plan documents in the formats offices receive, as lines of clean text.

Text (UTF-8 or GB18030), Word (.docx), web pages (.html) and workbooks (.xlsx) all become
the same lines: paragraphs one a line, and a table's rows one a line with their cells
between |, as a table copied out of a page reads. So a table read from a real table gives
the same tasks as the same table flattened to text; one thing only a real table can say is
kept: a cell merged down the rows counts for each row it spans. The format is told by the
file's first bytes, not only by its name.
"""
import os

from ..errors import VtrackError
from . import limits
from .text import clean, decode

_CONVERT = {
    ".doc": "旧版 Word 文件：请用 Word 或 LibreOffice 打开并另存为 .docx"
            "（或：soffice --headless --convert-to docx 文件）",
    ".wps": "WPS 文件：请在 WPS 中另存为 .docx（或：soffice --headless --convert-to docx 文件）",
    ".pdf": "PDF：请把文字复制到 .txt 文件（或：pdftotext -layout 文件）",
    ".xls": "旧版 Excel 文件：请另存为 .xlsx（或：soffice --headless --convert-to xlsx 文件）",
    ".ofd": "OFD 文件：请在 OFD 阅读器中导出为文本或 PDF",
}


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
    """docx, xlsx, html or text, from the bytes; unsupported formats are refused."""
    ext = os.path.splitext(str(path))[1].lower()
    if data[:4] == b"PK\x03\x04":
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
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or data[:5] == b"%PDF-" or \
            ext in _CONVERT:
        what = _CONVERT.get(ext) or ("PDF：请把文字复制到 .txt 文件" if data[:5] ==
                                     b"%PDF-" else "旧版 Office 文件（.doc/.xls/.wps）："
                                     "请另存为 .docx 或 .xlsx")
        raise VtrackError(f"{path}：vtrack 不能读{what}")
    head = data[:2048].lstrip().lower()
    if ext in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")) or \
            b"<body" in head or b"<table" in head:
        return "html"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise VtrackError(f"{path}：不是文本文件：请给 .txt、.docx、.html 或 .xlsx")
    return "text"
