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
from .text import clean, decode

_CONVERT = {
    ".doc": "an old Word file: open it in Word or LibreOffice and save it as .docx "
            "(or: soffice --headless --convert-to docx FILE)",
    ".wps": "a WPS file: save it as .docx from WPS (or: soffice --headless --convert-to docx FILE)",
    ".pdf": "a PDF: copy its text into a .txt file (or: pdftotext -layout FILE)",
    ".xls": "an old Excel file: save it as .xlsx (or: soffice --headless --convert-to xlsx FILE)",
    ".ofd": "an OFD file: export it as text or PDF from the OFD reader",
}


def read_lines(path):
    """The document at path as a list of clean lines."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise VtrackError(f"{path}: cannot read: {e.strerror}") from None
    kind = sniff(data, path)
    if kind == "docx":
        from .office import docx_lines
        return clean("\n".join(docx_lines(data, path)))
    if kind == "xlsx":
        from .office import xlsx_lines
        return clean("\n".join(xlsx_lines(data, path)))
    text = decode(data, path)
    if kind == "html":
        from .web import html_lines
        return clean("\n".join(html_lines(text, path)))
    return clean(text)


def sniff(data, path):
    """docx, xlsx, html or text, from the bytes; unsupported formats are refused."""
    ext = os.path.splitext(str(path))[1].lower()
    if data[:4] == b"PK\x03\x04":
        import zipfile
        import io
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise VtrackError(f"{path}: a damaged zip file (.docx/.xlsx): open and save it "
                              "again") from None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise VtrackError(f"{path}: a zip file that is neither .docx nor .xlsx")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or data[:5] == b"%PDF-" or \
            ext in _CONVERT:
        what = _CONVERT.get(ext) or ("a PDF: copy its text into a .txt file" if data[:5] ==
                                     b"%PDF-" else "an old Office file (.doc/.xls/.wps): "
                                     "save it as .docx or .xlsx")
        raise VtrackError(f"{path}: vtrack cannot read {what}")
    head = data[:2048].lstrip().lower()
    if ext in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")) or \
            b"<body" in head or b"<table" in head:
        return "html"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise VtrackError(f"{path}: not a text document: give a .txt, .docx, .html or .xlsx")
    return "text"
