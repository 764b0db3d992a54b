"""The most `vtrack extract` reads of one document, each checked before what it bounds is
expanded: a file made to blow up (a .docx that inflates a thousandfold, a sheet merged down
to row 200,000, a page of a million cells) is refused at once with one line that names the
limit, not after minutes and gigabytes.

The limits stand far above real plans: a plan's division table has at most a few thousand
rows, and a .docx of such a table (Word's own markup, every cell formatted) a few tens of MB
of XML.
"""
import os
import zipfile

from ..errors import VtrackError

MB = 1024 * 1024
MAX_FILE = 256 * MB  # a document on disk, whatever its format (read whole into memory)
MAX_TEXT = 32 * MB  # a text file or a web page (a plan's text is well under 1 MB)
MAX_LINES = 200_000  # lines a document gives (8,000 rows a cell a line are 50,000)
MAX_PARTS = 10_000  # files inside a .docx/.xlsx
MAX_UNPACKED = 256 * MB  # all the files of a .docx/.xlsx unpacked, by their declared sizes
MAX_XML = 64 * MB  # the XML of a .docx/.xlsx unpacked: what python-docx and openpyxl parse
MAX_RATIO = 100  # a file's unpacked size to its packed size (Word's XML: 5 to 30)...
RATIO_FROM = 1 * MB  # ...for files that unpack to more than this
MAX_ROWS = 50_000  # rows of the tables of a .docx, rows with content of a sheet
MAX_COLUMNS = 1_000  # the last column of a sheet with content (Excel allows 16,384)
MAX_MERGED_RANGES = 100_000  # merged ranges of a sheet
MAX_MERGED_CELLS = 2_000_000  # cells a sheet's merged ranges cover, together
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: a sheet claiming more is no Excel file
BLANK_RUN = 10_000  # a sheet ends after this many empty rows in a row
MAX_CELLS = 2_000_000  # table cells a document's tables give, merged copies counted
MAX_CHARS = 32 * MB  # characters its tables give, merged copies counted
MAX_PAGES = 2_000  # pages of a PDF, as its page tree declares them (a plan has under 100)
MAX_PAGE_CHARS = 100_000  # characters on one PDF page (a dense A4 page holds about 3,000)
SOFFICE_TIMEOUT = 120  # seconds LibreOffice may take to convert a .doc/.wps/.xls (~3 s)


def size(n: int) -> str:
    """A byte count as people read it: 12 MB, 1.5 GB, 800 KB."""
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    if n >= MB:
        return f"{n / MB:.0f} MB"
    return f"{max(1, n // 1024)} KB"


def check_file(path: str | os.PathLike[str]) -> None:
    """Refuse a document too big to read, from its size on disk, before reading it."""
    try:
        n = os.stat(path).st_size
    except OSError:
        return  # reading it says why, in the reader's words
    if n > MAX_FILE:
        raise VtrackError(f"{path}：文件有 {size(n)}，超过 {size(MAX_FILE)} 的上限：不像一份计划，"
                          "未读取")


def check_text(data: bytes, path: str | os.PathLike[str], what: str = "文本") -> None:
    """Refuse a text file or web page too long to read, before decoding it."""
    if len(data) > MAX_TEXT:
        raise VtrackError(f"{path}：{what}有 {size(len(data))}，超过 {size(MAX_TEXT)} 的上限："
                          "不像一份计划，未读取")
    lines = data.count(b"\n")
    if lines > MAX_LINES:
        raise VtrackError(f"{path}：{what}有 {lines} 行，超过 {MAX_LINES} 行的上限：不像一份计划，"
                          "未读取")


def check_lines(n: int, path: str | os.PathLike[str]) -> None:
    if n > MAX_LINES:
        raise VtrackError(f"{path}：文档有 {n} 行（段落和表格行），超过 {MAX_LINES} 行的上限："
                          "不像一份计划，未读取")


def check_pages(n: int, path: str | os.PathLike[str]) -> None:
    """Refuse a PDF of too many pages, from the count its page tree declares, before any
    page is read."""
    if n > MAX_PAGES:
        raise VtrackError(f"{path}：PDF 有 {n} 页，超过 {MAX_PAGES} 页的上限：不像一份计划，未读取")


def check_zip(archive: zipfile.ZipFile, path: str | os.PathLike[str]) -> None:
    """Refuse a .docx/.xlsx whose files unpack to too much, from the sizes its directory
    declares, before any of them is unpacked. (An entry that holds more than it declares
    fails its checksum when read, so a declared size bounds what reading it gives.)"""
    entries = archive.infolist()
    if len(entries) > MAX_PARTS:
        raise VtrackError(f"{path}：zip 文件中有 {len(entries)} 个文件，超过 {MAX_PARTS} 个的上限："
                          "未读取")
    total = sum(e.file_size for e in entries)
    if total > MAX_UNPACKED:
        raise VtrackError(f"{path}：解压后有 {size(total)}，超过 {size(MAX_UNPACKED)} 的上限："
                          "可能是压缩炸弹，未读取")
    xml = sum(e.file_size for e in entries if _parsed(e.filename))
    if xml > MAX_XML:
        raise VtrackError(f"{path}：其中的 XML 解压后有 {size(xml)}，超过 {size(MAX_XML)} 的上限："
                          "不像一份计划，未读取")
    for e in entries:
        if e.file_size > RATIO_FROM and e.file_size > MAX_RATIO * max(1, e.compress_size):
            ratio = e.file_size / max(1, e.compress_size)
            raise VtrackError(f"{path}：其中的 {e.filename} 从 {size(e.compress_size)} 解压为 "
                              f"{size(e.file_size)}（{ratio:.0f} 倍，上限 {MAX_RATIO} 倍）："
                              "可能是压缩炸弹，未读取")


def _parsed(name: str) -> bool:
    """Whether python-docx or openpyxl parses the file as XML (media they keep as bytes)."""
    return name.lower().endswith((".xml", ".rels", ".vml"))


class Budget:
    """The cells and characters a reader's tables give, counted row by row as it writes
    them: a cell merged or spanned down the rows repeats its text in each, so a small file
    could otherwise ask for a text of gigabytes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self.cells = 0
        self.chars = 0

    def row(self, cells: list[str]) -> None:
        self.cells += len(cells)
        self.chars += sum(len(c) for c in cells)
        if self.cells > MAX_CELLS:
            raise VtrackError(f"{self.path}：表格（合并单元格逐行展开后）超过 {MAX_CELLS} 个单元格"
                              "的上限：不像一份计划，未读取")
        if self.chars > MAX_CHARS:
            raise VtrackError(f"{self.path}：表格（合并单元格逐行展开后）超过 {MAX_CHARS} 个字"
                              "的上限：不像一份计划，未读取")
