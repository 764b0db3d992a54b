"""A list run together in one sentence, its items parted by semicolons after a colon, as a
news page reports a plan's list:

    …人大代表以投票的方式票决出：创建智慧康养示范社区；建设户外工作者驿站，实施劳动者温暖
    爱心行动；开展智慧化便捷化公交提升工程；…。

Three pieces or more make the layout; each is a task, numbered in order, with the deadline
its words give. Only where nothing else in the plan is numbered and no table holds its tasks:
a numbered plan's sentences list means and measures, not its tasks.
"""
import re

from ..dates import in_text
from ..tasks import make_task, split_deadline
from .base import Doc, Found

_MIN_PIECES = 3
_PIECE = (4, 80)  # characters: an item's words, not a word of a list nor a paragraph
_LIST = re.compile(r"[：:](?P<list>[^：:。]+；[^：:。]+；[^：:。]+)(?:。|$)")


def _pieces(doc: Doc) -> list[str]:
    """The pieces of the longest such list in the document; [] where there is none."""
    best: list[str] = []
    for line in doc.lines:
        for m in _LIST.finditer(line):
            pieces = [p.strip(" ，,") for p in re.split(r"[；;]", m.group("list"))]
            pieces = [p for p in pieces if p]
            if all(_PIECE[0] <= len(p) <= _PIECE[1] for p in pieces) and len(pieces) > len(best):
                best = pieces
    return best if len(best) >= _MIN_PIECES else []


class RunInList:
    name = "句中列举"
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
