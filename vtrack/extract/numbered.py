"""Numbered tasks in the body of a plan: with owners inline (〔责任单位：…〕, （…负责）,
牵头单位：/责任单位： lines), with completion times (三、重点任务及完成时间), or with neither
(1加强…, (一)统筹…) under the plan's task heading."""
import re

from .table import PART

_SECTION = re.compile(r"^[（(]([一二三四五六七八九十]+)[)）]\s*(.*)$")
# 1. / 1、 / 1． / 1 加强 / 1加强 (the number glued to the title)
_ITEM = re.compile(r"^(\d{1,2})(?:[.．、]\s*|\s+|(?=\*\*|[\u4e00-\u9fff“《]))(?!\d)(.+)$")
_TASK_PART = re.compile(r"任[务務]|[举舉]措|措施|工作")
_NOT_TASK_PART = re.compile(r"保障|目[标標]|原[则則]|要求|思想|意[义義]|背景|[组組][织織]|机制")
_WITH_TIMES = re.compile(r"[时時][间間限]|期限|[进進]度")
_OWNER_LINE = re.compile(r"^(牵头单位|牽頭單位|责任单位|責任單位|配合单位|配合單位|责任部门|責任部門)[:：]\s*(.+)$")
_OWNER_NOTE = re.compile(r"[〔\[［【（(]\s*((?:牵头单位|牽頭單位|责任单位|責任單位|配合单位|配合單位|"
                         r"责任部门|責任部門|牵头部门)\s*[:：][^〔〕\[\]［］【】（）()]+)[〕\]］】）)]")
_OWNER_DUTY = re.compile(r"[（(]([^（）()]{2,120}?)(?:牵头|牽頭)?(?:负责|負責)[)）]")
_LABELLED = re.compile(r"(牵头单位|牽頭單位|牵头部门|责任单位|責任單位|配合单位|配合單位|责任部门|責任部門)"
                       r"\s*[:：]\s*([^;；]+)")


def parts(lines):
    """[(heading, start, end)] for the plan's top-level parts (一、 二、 …)."""
    starts = [(i, line) for i, line in enumerate(lines)
              if PART.match(line) and len(line) <= 40 and "。" not in line[:-1]]
    return [(line, i, starts[k + 1][0] if k + 1 < len(starts) else len(lines))
            for k, (i, line) in enumerate(starts)]


def task_parts(lines):
    found = [(h, s, e) for h, s, e in parts(lines)
             if _TASK_PART.search(h) and not _NOT_TASK_PART.search(h)]
    return found


def items(lines):
    """Numbered task items as dicts: seq, section, lines, glued, with_times. Arabic-numbered
    items in the task parts come first; without any, the (一) headings there are the tasks."""
    chosen = task_parts(lines)
    out = []
    for heading, start, end in chosen:
        out += _arabic_items(lines, start + 1, end, with_times=bool(_WITH_TIMES.search(heading)))
    if out:
        return out
    for heading, start, end in chosen:
        out += _section_items(lines, start + 1, end)
    return out


def _arabic_items(lines, start, end, with_times):
    found, current, section, expected = [], None, None, 1
    for line in lines[start:end]:
        m = _ITEM.match(line)
        if m and int(m.group(1)) == expected:
            glued = not re.match(r"^\d{1,2}(?:[.．、]|\s)", line) and not m.group(2).startswith("**")
            current = {"seq": expected, "section": section, "lines": [m.group(2)],
                       "glued": glued, "with_times": with_times}
            found.append(current)
            expected += 1
            continue
        s = _SECTION.match(line)
        if s and len(line) <= 40:
            section, current = line, None
            continue
        if current is not None and line:
            current["lines"].append(line)
    return found


def _section_items(lines, start, end):
    found, current = [], None
    for line in lines[start:end]:
        s = _SECTION.match(line)
        if s:
            heading = s.group(2).strip()
            current = {"seq": len(found) + 1, "section": None, "lines": [],
                       "title": heading.rstrip("。"), "glued": False, "with_times": False}
            found.append(current)
        elif current is not None and line:
            current["lines"].append(line)
    return found


def owners_of(item):
    """(text without owner notes, lead text, owners text) for one item."""
    lead, owners, body = [], [], []
    for line in item["lines"]:
        m = _OWNER_LINE.match(line)
        if m:
            (lead if "头" in m.group(1) or "頭" in m.group(1) else owners).append(m.group(2))
        else:
            body.append(line)
    text = _join(body)
    for note in _OWNER_NOTE.finditer(text):
        for label in _LABELLED.finditer(note.group(1)):
            kind = label.group(1)
            (lead if "头" in kind or "頭" in kind else owners).append(label.group(2))
    text = _OWNER_NOTE.sub("", text)
    if not lead and not owners:
        duty = None
        for duty in _OWNER_DUTY.finditer(text):
            pass
        if duty is not None and duty.end() >= len(text.rstrip("。 ")) - 1:
            owners.append(duty.group(1))
            text = text[: duty.start()] + text[duty.end():]
    return text.strip(), "、".join(lead) or None, "、".join(owners) or None


def _join(lines):
    """Lines of one item, broken by the page or the web page, back into one text."""
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() \
                and line[:1].isalnum():
            text += " "
        text += line
    return text
