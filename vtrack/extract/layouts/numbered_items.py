"""Numbered items in the body (一、 （一） 1. （1） ①): the level whose items name owners, or
in a plan that names none the level with the most items outside the framing parts
(body.py, outline.py)."""
from .. import body, owners
from ..tasks import make_task
from .base import Doc, Found


class NumberedItems:
    name = "正文编号"
    ceiling = 0.7  # recognise() gives at most 0.3 + 0.4

    def recognise(self, doc: Doc) -> float | None:
        items = doc.items()
        if not items:
            return None
        # a numbering is weaker evidence than a table's header or labelled records: most
        # documents number something; the more of its items name owners, the surer
        owned = sum(1 for item in items if item.owners) / len(items)
        return 0.3 + 0.4 * owned

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        items = doc.items()
        # 勐海县森林防火指挥部办公室工作职责 ⏎ 一、… 二、…: a document of one body's duties,
        # or one whose title closes with its body (2017年重点工作任务公开承诺（市机场办）), where
        # no item names who does it
        title = doc.info["title"] or ""
        closing = owners.marker_at_end(title)
        said = (owners.duty_owner(title) or (closing[1] if closing else None)) \
            if not any(item.owners for item in items) else None
        title_owners = owners.parse(said, doc.issued) if said else None
        if title_owners is None:
            items = body.by_subject(items, doc.lines, doc.issued, doc.year)
        for item in items:
            named, leads = (title_owners.names, title_owners.leads) if title_owners \
                else (item.owners, item.leads)
            task, doubts = make_task(item.seq, item.text, named, item.due_text,
                                     doc.issued, section=item.section, lead=leads,
                                     title=item.title, title_from=item.title_from,
                                     glued=item.glued, reading=item.reading,
                                     reading_text=item.reading_text, repeat=item.repeat,
                                     others=item.vague, year=doc.year)
            tasks.append(Found(task, doubts, item.part))
        return tasks
