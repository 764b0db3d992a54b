"""A list with no numbers, as a news page reports a plan's list: run together in one
sentence, its items parted by semicolons after a colon,

    …人大代表以投票的方式票决出：创建智慧康养示范社区；建设户外工作者驿站，实施劳动者温暖
    爱心行动；开展智慧化便捷化公交提升工程；…。

or a paragraph an item, most closed by a semicolon, or a paragraph an item that each gives
its work's time. Three items or more make the layout; each is a task, numbered in order,
with the deadline its words give. Only where nothing else in the plan is numbered and no
table holds its tasks: a numbered plan's sentences list means and measures, not its tasks.
"""
import re

from ..dates import in_text
from ..tasks import make_task, split_deadline
from .base import Doc, Found

_MIN_PIECES = 3
_PIECE = (4, 80)  # characters: an item's words, not a word of a list nor a paragraph
_LIST = re.compile(r"[：:](?P<list>[^：:。]+；[^：:。]+；[^：:。]+)(?:。|$)")


def _pieces(doc: Doc) -> list[str]:
    """The items of the longest such list in the document, in one sentence or a paragraph
    each; [] where there is none."""
    best: list[str] = []
    for line in doc.lines:
        for m in _LIST.finditer(line):
            pieces = [p.strip(" ，,") for p in re.split(r"[；;]", m.group("list"))]
            pieces = [p for p in pieces if p]
            if all(_PIECE[0] <= len(p) <= _PIECE[1] for p in pieces) and len(pieces) > len(best):
                best = pieces
    for found in (_paragraph_items(doc.lines), _dated_paragraphs(doc)):
        best = found if len(found) > len(best) else best
    return best if len(best) >= _MIN_PIECES else []


_DATED_PARAGRAPH = (20, 400)  # characters: one piece of work and its time, not an article


def _dated_paragraphs(doc: Doc) -> list[str]:
    """The longest run of paragraphs (blank lines between them part none) each of which
    gives a time limit for its work (在“服务惠民”专项活动方面，…要求在今年6月30日之前完成…；
    重点项目建设方面，…要求在6月30日前完成…): a report of a plan's time nodes, a paragraph a
    piece of work."""
    best: list[str] = []
    run: list[str] = []
    for line in [*doc.lines, "\0"]:
        text = line.strip()
        if not text:
            continue
        said = in_text(text, doc.issued, year=doc.year)[0] \
            if _DATED_PARAGRAPH[0] <= len(text) <= _DATED_PARAGRAPH[1] else None
        # a time limit (…前, 12月底, 年内, 预计…11月份完成), not the day a report tells of
        # (4月14日，…来到…)
        dated = said is not None and (said.endswith(("前", "底", "末", "内")) or re.search(
            re.escape(said) + r"[^，,。；;]{0,3}(?:完成|完工|竣工|建成|投用)", text) is not None)
        if dated:
            run.append(text)
            continue
        if len(run) > len(best):
            best = run
        run = []
    return best


_PARAGRAPH = (6, 200)  # characters: a measure's paragraph, not a heading's nor an article's
_STAMP = re.compile(r"^[【\[][^】\]]{1,20}[】\]]$")  # 【14:00更新】: the page's, between items


def _paragraph_items(lines: list[str]) -> list[str]:
    """The longest run of paragraphs that lists measures a paragraph each, most closed by a
    semicolon (推出青年参与倡议计划…；⏎ 明年起举办香港青年节；⏎ …): from the first so closed,
    while each is a measure's length (blank lines and the page's time stamps between them
    part no run); three closed so at least."""
    best: list[str] = []
    run: list[str] = []
    closed = 0
    for line in [*lines, "\0"]:  # (a last line that ends any run)
        text = line.strip()
        if not text or _STAMP.match(text):
            continue
        fits = _PARAGRAPH[0] <= len(text) <= _PARAGRAPH[1] and text[-1] not in "：:"
        if fits and (run or text[-1] in "；;"):
            run.append(text.rstrip("；; "))
            closed += text[-1] in "；;"
            continue
        if closed >= _MIN_PIECES and closed * 2 >= len(run) and len(run) > len(best):
            best = run
        run, closed = [], 0
    return best


class RunInList:
    name = "无编号列举"
    ceiling = 0.1

    def recognise(self, doc: Doc) -> float | None:
        if doc.items() or doc.table() is not None:
            return None
        return 0.1 if doc.memo("run_in_list", lambda: _pieces(doc)) else None

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        for seq, text in enumerate(doc.memo("run_in_list", lambda: _pieces(doc)), 1):
            body, due_text = split_deadline(text, doc.issued)
            reading_text, reading = (None, None) if due_text else \
                in_text(text, doc.issued, year=doc.year)
            task, doubts = make_task(seq, text, [], due_text, doc.issued,
                                     title_from=body if due_text else None,
                                     reading=reading, reading_text=reading_text, year=doc.year)
            tasks.append(Found(task, doubts))
        return tasks
