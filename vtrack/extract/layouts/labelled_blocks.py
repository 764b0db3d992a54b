"""Labelled blocks: a record table written out as repeated blocks of `label：value` lines.

    01 项目名称：提升县域生态环境
    项目内容：
    连通城区河道水系……
    责任单位
    水务局、城管局、自然资源局
    进展与成效：……

Each record starts with a number (01, 1., （一） …, or on a line of its own) or with its
first label again; each has the same labels, their values after the colon or on the lines
below. A label once written without its colon is still the label where the others name it.
Which label is what is read from the values, not the labels' words: the label whose values
are lists of units gives the owners (several such labels are read together, so that 牵头…：
leads), the one whose values are deadlines the due date, the first whose values are short
names the title, the first whose values run long the task's text (a later long one, such as
a progress report, is left out). Without a deadline label, dates in the text that the words
make deadlines count (as in the body's items), never those of a progress report.
"""
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ... import deadlines
from .. import owners, units
from ..dates import cadence, in_text
from ..meta import DATE_WORDS, DOC_NO
from ..outline import cn_number, marker, worded_in_pairs
from ..table import column_kind
from ..tasks import make_task
from .base import Doc, Found

# a label: a short name of Chinese characters, then a colon and maybe the value
_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.*)$")
_WORDED_ORDINAL = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:(\d{1,3})|([一二三四五六七八九十]{1,3}))"
                             r"\s*[:：]\s*(?P<rest>\S.*)$")
_BARE_NUMBER = re.compile(r"^(?:\d{1,3}|[（(]\s*\d{1,3}\s*[)）]|\d{1,3}\s*[.、．])$")
_SHORT = 40  # the longest deadline cell
_NAME = 30  # the longest name (项目名称): longer values are a text
_MIN_RECORDS = 2
_MIN_LABELS = 3
# the lines that close a document after its last record: the signature's date, 附件, 抄送
_CLOSING = re.compile(r"^(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|附件\s*\d*\s*[:：]?|抄送\s*[:：]|"
                      r"联系人\s*[:：]|（此件[^）]*）)")


@dataclass
class _Record:
    number: int | None
    fields: dict[str, list[str]] = field(default_factory=dict)  # label -> its value lines
    heading: str | None = None  # the numbered heading that opened it: its title
    numbered: dict[int, str] = field(default_factory=dict)  # field number -> label


@dataclass
class _Roles:
    owners: list[str]
    time: str | None
    title: str | None
    text: str | None


_NUMBER = re.compile(r"^(?:(\d{1,3})\s*[.、．]?|[（(]\s*(\d{1,3})\s*[)）]|"
                     r"([一二三四五六七八九十]{1,3})\s*[、.．]|[（(]([一二三四五六七八九十]{1,3})[)）])\s*")


def _numbered(line: str) -> tuple[int | None, str]:
    """(the record number the line opens with, the rest), or (None, line): 01项目名称：…
    (a number glued to the label), 1. …, （一）…, or a number on a line of its own."""
    if _BARE_NUMBER.match(line):
        return int(re.sub(r"\D", "", line)), ""
    m = _NUMBER.match(line)
    if m is None:
        return None, line
    digits = m.group(1) or m.group(2)
    return (int(digits) if digits else cn_number(m.group(3) or m.group(4))), line[m.end():]


_HEAD_NAME = "名称"  # the label given to a record's unlabelled first line (_named_heads)
_HEAD_MAX = 20  # characters: a place's or a project's name over its fields, no sentence
_HEAD_SENTENCE = 120  # characters: a line of work to do over its fields


def _named_heads(lines: list[str], labels: set[str]) -> list[str]:
    """lines, where records of two labels each open with an unlabelled name or sentence on a
    line of its own (明馨园小区 ⏎ 存在问题：… ⏎ 责任单位：…): the name labelled, a field like
    the others, so that each record has three. Only where every record so opens, two records
    or more. labels: the labels written more than once (_labels)."""
    if len(labels) >= _MIN_LABELS or len(labels) < 2:
        return lines
    text = [(k, line.strip()) for k, line in enumerate(lines) if line.strip()]
    firsts = [n for n, (_, line) in enumerate(text)
              if _label_of(line, labels) is not None and
              (n == 0 or _label_of(text[n - 1][1], labels) is None)]
    # (not the document's title, nor the rest of a list of units the line above goes on from)
    heads = [text[n - 1] for n in firsts if n > 1 and
             not text[n - 2][1].endswith(("、", "，", ","))]
    if len(firsts) < _MIN_RECORDS or len(heads) < len(firsts) or \
            any(_LABEL.match(line) for _, line in heads):
        return lines
    # 建成台湖公租房配套小学，提供学位1200个 ⏎ 责任单位：区教委 ⏎ 完成期限：…: the heads may
    # be the work itself, a sentence each, on a page of such records alone: no line numbered
    # (a numbered item's fields are its own, read with it; a plan's parts are no records),
    # and one label a responsibility's (组长：… 成员：… of working groups, 时间：… 地点：… of
    # events, are none)
    named = all(len(line) <= _HEAD_MAX and not re.search(r"[。；;，,！？]", line)
                for _, line in heads)
    if not named and not (
            all(len(line) <= _HEAD_SENTENCE for _, line in heads) and
            not any(marker(line) is not None for _, line in text) and
            any(column_kind(label) in ("owners", "lead") for label in labels)):
        return lines
    out = list(lines)
    for k, line in heads:
        out[k] = f"{_HEAD_NAME}：{line}"
    return out


def _goes_on(value: list[str], line: str) -> bool:
    """Whether a line goes on a field's value: not a sentence after a list of units that is
    whole (责任单位：嵩阳街道 ⏎ 县委副书记…等相关单位负责人参加检查。: the page's report), where
    a list the line goes on (县住建局、县财政局、 ⏎ 县自然资源局…负责。) is not whole."""
    if not value or "。" not in line or value[-1].rstrip().endswith(("、", "，", ",")):
        return True
    opening = re.split(r"[、，,]", line.strip(), maxsplit=1)[0]
    return units.read("".join(value)) is None or units.read(opening) is not None


def _labels(lines: list[str]) -> set[str]:
    """The labels written more than once: the fields of repeated records. A label counts
    without its colon (责任单位 alone on its line) where it is written with one elsewhere."""
    seen: dict[str, int] = {}
    bare: dict[str, int] = {}
    for line in lines:
        _, rest = _numbered(line)
        m = _LABEL.match(rest)
        if m:
            seen[m.group(1)] = seen.get(m.group(1), 0) + 1
        elif 2 <= len(rest) <= 8:
            bare[rest] = bare.get(rest, 0) + 1
    return {label for label, count in seen.items() if count + bare.get(label, 0) >= 2}


def _label_of(text: str, labels: set[str]) -> tuple[str, str] | None:
    """(label, value on the line) where text is one of labels, with or without its colon."""
    m = _LABEL.match(text)
    if m and m.group(1) in labels:
        return m.group(1), m.group(2).strip()
    bare = text.strip(" ：:")
    return (bare, "") if bare in labels else None


# a label and its value in the cells of a two-column form: 牵头单位: | 市城管局 |
_PIPED_LABEL = re.compile(r"^[|│]?\s*([\u4e00-\u9fff、]{2,20})\s*[:：]\s*[|│]\s*(.*?)[\s|│]*$")


def _unpiped(lines: list[str]) -> list[str]:
    """A form of label and value cells (重点工作: | 135.… |) as label：value lines, a value
    cell that goes on to the next line (…已完成。 |) without its bar."""
    if not any(_PIPED_LABEL.match(line) for line in lines):
        return lines
    out = []
    for line in lines:
        m = _PIPED_LABEL.match(line)
        if m:
            out.append(f"{m.group(1)}：{m.group(2)}")
        elif line.rstrip().endswith(("|", "│")) and len(re.findall(r"[|│]", line)) == 1:
            out.append(line.rstrip().rstrip("|│").rstrip())
        else:
            out.append(line)
    return out


def _numbering_goes_on(lines: list[str], at: int,
                       markers: list[tuple[str, int, str, str] | None]) -> bool:
    """Whether the numbered line at `at` goes on a numbering begun on the line before it, or
    in the value of the label line before it (工作措施：1.… ⏎ 2.…)."""
    now = markers[at]
    if now is None or at == 0:
        return False
    back = at - 1
    # (a measure wrapped onto a line of its own: the numbered line or label above it)
    while back > 0 and markers[back] is None and not _LABEL.match(lines[back]):
        back -= 1
    before = markers[back]
    if before is None:
        label = _LABEL.match(lines[back])
        value = label.group(2).strip() if label else ""
        if label and not value:
            return now[1] == 1  # (工作措施： ⏎ 1.…: the field's first measure under it)
        before = marker(value) if value else None
    return before is not None and before[0] == now[0] and before[1] == now[1] - 1


def _records(lines: list[str], opener: str | None = None) -> list[_Record]:
    """The records of labelled lines; opener: the label each record opens with, where the
    page's first labels are the tail of a record it cut (_cut_record's)."""
    lines = _unpiped(lines)
    labels = _labels(lines)
    named = _named_heads(lines, labels)
    if named is not lines:
        lines, labels = named, _labels(named)
    if len(labels) < _MIN_LABELS:
        return _one_record(lines)
    records: list[_Record] = []
    current: _Record | None = None
    label: str | None = None
    pending: int | None = None  # a number on a line of its own, for the record after it
    numbered_text = False  # the line before was a numbered item's own words
    text_lines = [raw.strip() for raw in lines if raw.strip()]
    # the worded numbers that number items (问题一： … 问题二：), as the body's outline keeps them
    markers = [marker(line) for line in text_lines]
    paired = worded_in_pairs(markers)
    wrapped = -1  # the line a record's worded heading went on to
    opened_by: str | None = None  # the kind of number the records' headings open with
    for at, line in enumerate(text_lines):
        if at == wrapped:
            continue
        if current is not None and _CLOSING.match(line):
            break
        worded = _WORDED_ORDINAL.match(line)
        # (附件1：清单 alone: a line of its own, which numbers no record)
        kept = paired[at]
        lone_ordinal = worded is not None and (kept is None or kept[0] != "word")
        # 问题三：部分饮用水水源地保护区内 ⏎ 仍存在违规建筑。 ⏎ 整改目标：…: a heading wrapped once
        goes_on = worded is not None and at + 2 < len(text_lines) and \
            _label_of(text_lines[at + 1], labels) is None and \
            not _LABEL.match(text_lines[at + 1]) and markers[at + 1] is None and \
            _label_of(text_lines[at + 2], labels) is not None
        if worded and not lone_ordinal and at + 1 < len(text_lines) and \
                (_label_of(text_lines[at + 1], labels) is not None or goes_on) and \
                _label_of(line, labels) is None:
            # 问题一：部分县区…不足。 ⏎ 整改目标：… ⏎ 牵头单位：…: a record numbered by a word
            # and its ordinal, its words the record's title
            ordinal = int(worded.group(1)) if worded.group(1) else cn_number(worded.group(2))
            words = worded.group("rest") + (text_lines[at + 1] if goes_on else "")
            wrapped = at + 1 if goes_on else wrapped
            heading = re.split(r"[。；;]", words, maxsplit=1)[0]
            current = _Record(ordinal, heading=heading.rstrip("。.；; "))
            records.append(current)
            label, pending, numbered_text = None, None, False
            continue
        number, rest = _numbered(line)
        found = _label_of(rest, labels) if rest else None
        if number is not None and not rest:
            pending, label = number, None
            continue
        if number is not None and found is None and not _LABEL.match(rest) and \
                _heading(line, text_lines[at + 1:], labels):
            # （四）重点工程进展情况。 / 1、督查时间：… / 2、督查对象：…: a numbered heading over
            # numbered label lines opens the record and is its title
            current = _Record(number, heading=rest.rstrip("。.；; "))
            records.append(current)
            label, pending, numbered_text = None, None, False
            head = markers[at]
            opened_by = head[0] if head is not None else None
            continue
        worded = _LABEL.match(rest) if number is not None else None
        if found is None and current is not None and current.heading is not None and worded:
            # a numbered field under a heading whose label is worded otherwise than in the
            # other records (督办时间 for 督查时间): the field of that number elsewhere
            found = (worded.group(1), worded.group(2).strip())
        if found is not None and current is not None and current.heading is not None \
                and number is not None and found[0] not in current.fields:
            # under a heading, the fields' own numbers (1、2、3、) do not open records
            current.numbered[number] = found[0]
            label = found[0]
            current.fields[label] = [found[1]] if found[1] else []
            continue
        if found is not None and numbered_text and (current is None or (
                len(records) == 1 and current.heading is None and
                not _numbering_goes_on(text_lines, at - 1, markers))):
            # 1.新建5G基站…  / 工作目标：… / 牵头单位：…: the task is a numbered item's own
            # words with labelled lines under it, which the body's items read; and so after
            # the labelled lines of an item the page cut off above (牵头部门：… ⏎ 9.健全…。 ⏎
            # 牵头部门：…), not a field's numbered measures (工作措施：1.… ⏎ 2.… ⏎ 牵头单位：…)
            return []
        numbered_text = found is None and markers[at] is not None and \
            not _LABEL.match(rest) and not lone_ordinal
        if found is None:
            kind = markers[at] if number is not None else None
            if kind is not None and kind[0] in ("cn", opened_by):
                # a part's heading (二、民生工程) between records ends the field, and so does
                # a heading numbered as the records' are ((三)宣传活动) that opens none
                label = None
            elif current is not None and label is not None and \
                    _goes_on(current.fields[label], line):
                current.fields[label].append(line)  # a value's further lines
            continue
        name, value = found
        opens = number is not None or pending is not None or current is None or \
            name in current.fields or name == opener
        if opens:
            current = _Record(number if number is not None else pending)
            records.append(current)
            pending = None
        assert current is not None
        label = name
        current.fields[name] = [value] if value else []
    records = [r for r in records if len(r.fields) >= _MIN_LABELS]
    _same_numbers(records)
    return records


# a form's label may be longer than a record's: 年度阶段性工作目标：…
_FORM_LABEL = re.compile(r"^([\u4e00-\u9fff、]{2,20})\s*[:：]\s*(.*)$")
# a value that is an item of a longer list, with its number: 135.统筹违法建设治理…
_NUMBERED_VALUE = re.compile(r"^(\d{1,4})\s*[.．、]\s*(?=[^\d\s])")


def _indexes_the_document(record: _Record) -> bool:
    """Whether a record is a page's index of the document it carries (索引号… 发文机关：松原市
    人民政府办公室 发文字号：松政办发〔2011〕13号; 发布时间：2025-02-11 信息来源：…办公室): a
    document's number or a page's stamp among its values, and every value opens as such a
    field's does (an index, a number, a stamp, an organ's name), no work's words."""
    firsts = [value[0].strip() if value else "" for value in record.fields.values()]
    return any(DOC_NO.match(first) or DATE_WORDS.match(first) for first in firsts) and \
        all(not first or DOC_NO.match(first) or DATE_WORDS.match(first) or
            _INDEX.match(first) or _ORGAN_FIRST.match(first) for first in firsts)


def _contact_card(record: _Record) -> bool:
    """Whether a record is whom to call (联系人：业务部 ⏎ 电话：027-379713 ⏎ 邮箱：…): a phone
    number or a mail address among its values, and one other value at most, a name's few
    words (not 项目名称：… ⏎ 责任单位：… ⏎ 完成时限：… ⏎ 联系电话：…, a project's record with
    whom to call about it)."""
    firsts = [value[0].strip() if value else "" for value in record.fields.values()]
    others = [first for first in firsts if first and not _PHONE_OR_MAIL.fullmatch(first)]
    return len(others) < len(firsts) and len(others) <= 1 and \
        all(len(first) <= _CONTACT_NAME_MAX and not re.search(r"[，,。；;]", first)
            for first in others)


_PHONE_OR_MAIL = re.compile(r"[\d\-—－()（）\s转]{7,}|[\w.\-]+@[\w.\-]+")
_CONTACT_NAME_MAX = 8  # characters: a person's or an office's name, no work


# a page's index number (112207000135491313/2011-01600), or an organ's name opening the value
# (花山区政府（政府办公室）, 松原市人民政府办公室…; wider than meta's issuer at a title's head)
_INDEX = re.compile(r"[\dA-Za-z][\dA-Za-z/\-]{5,}")
_ORGAN_FIRST = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:政府|办公室|委员会|局|厅|委|办|部|院|中心)")


def _one_record(lines: list[str]) -> list[_Record]:
    """A page that gives one task of a list as a form (重点工作：135.… / 牵头单位：… / 工作目标：
    …): one record, where three labelled lines or more stand together and the first value
    is a numbered item — the number it has in its list. Labelled lines of another sort (a
    page's 发布机构：/成文日期：) have no numbered value, and give none."""
    record: _Record | None = None
    label: str | None = None
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        m = _FORM_LABEL.match(line)
        if record is None:
            numbered = _NUMBERED_VALUE.match(m.group(2)) if m else None
            if m and numbered:
                record = _Record(int(numbered.group(1)))
                label = m.group(1)
                record.fields[label] = [m.group(2)[numbered.end():]]
            continue
        if m and m.group(1) not in record.fields:
            label = m.group(1)
            record.fields[label] = [m.group(2).strip()] if m.group(2).strip() else []
        elif _CLOSING.match(line) or m:
            break
        elif label is not None:
            record.fields[label].append(line)
    if record is not None and len(record.fields) >= _MIN_LABELS:
        return [record]
    return _one_bare_record(lines)


_BARE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_TASK_WORDS = 15  # the first value of a bare-labelled form: a task's words, not a name


def _one_bare_record(lines: list[str]) -> list[_Record]:
    """One task as a form of labels each on a line of its own, its value on the lines under
    it (具体任务 ⏎ 全面落实… ⏎ 责任单位 ⏎ 卫健局、文旅局 ⏎ 配合单位 ⏎ 各乡镇 ⏎ 完成时限 ⏎ …): three
    labels or more, the first one's value a task's words (a sentence, not a name)."""
    text = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    record = _Record(None)
    label: str | None = None
    for line in text:
        # a label stands before its value: the first short line, or one after a value that
        # reads as a column's name (a short value such as 各乡镇 does not)
        is_label = bool(_BARE_LABEL.match(line)) and line not in record.fields and (
            label is None or (bool(record.fields[label]) and column_kind(line) != "other"))
        if is_label:
            label = line
            record.fields[label] = []
        elif label is not None:
            if _CLOSING.match(line):
                break
            record.fields[label].append(line)
    values = [_value(v) for v in record.fields.values()]
    if len(record.fields) < _MIN_LABELS or not all(values) or len(values[0]) < _TASK_WORDS \
            or "。" not in values[0] + "。" or values[0].startswith("关于"):
        return []
    return [record]


def _heading(line: str, after: list[str], labels: set[str]) -> bool:
    """Whether a numbered line without a label heads a record: the line after it is a
    numbered label line (1、督查时间：…) and the line is no part's heading (二、…)."""
    kind = marker(line)
    if kind is None or kind[0] == "cn" or not after:
        return False
    # the first field may be worded otherwise (督办时间): one of the next two lines names a
    # known label, and the first is a numbered label line of any wording
    shaped = [(n, r) for n, r in map(_numbered, after[:2])]
    return shaped[0][0] is not None and _LABEL.match(shaped[0][1]) is not None and \
        any(n is not None and _label_of(r, labels) is not None for n, r in shaped)


def _same_numbers(records: list[_Record]) -> None:
    """Under headings, a field worded once (督办时间) takes the label most records give the
    field of its number (督查时间): the number says which field it is."""
    by_number: dict[int, dict[str, int]] = {}
    for record in records:
        for number, label in record.numbered.items():
            by_number.setdefault(number, {})
            by_number[number][label] = by_number[number].get(label, 0) + 1
    for record in records:
        for number, label in list(record.numbered.items()):
            usual = max(by_number[number].items(), key=lambda kv: kv[1])[0]
            if usual != label and usual not in record.fields:
                record.fields[usual] = record.fields.pop(label)
                record.numbered[number] = usual


def _value(lines: list[str]) -> str:
    return "".join(lines).strip()


def _time_value(lines: list[str], issued: datetime.date | None, year: int | None) -> str:
    """A deadline field's value: its first line alone where the lines after it run long and
    name no time (the last record's 完成期限：2023年12月底前, then the page's footer:
    延伸阅读：点击查看…); a deadline wrapped onto a second line is whole (…完成立项，⏎
    下半年开工建设，年底前完成主体工程)."""
    value = _value(lines)
    first = lines[0].strip() if lines else ""
    if len(value) <= _SHORT or not first or len(first) > _SHORT or first[-1] in "，,、；;":
        return value
    return value if _names_time(_value(lines[1:]), issued, year) else first


def _names_time(text: str, issued: datetime.date | None, year: int | None) -> bool:
    """Whether text reads as a deadline: a date, work that goes on, or a repeat."""
    reading = deadlines.read(text, issued, year)
    return reading.due is not None or reading.ongoing or bool(reading.repeat)


# 各安排1名… / 分别派出…: what each unit of the list before it does — the list are the doers
_EACH = re.compile(r"^(?:各|分别)")
# labels that name whom the work is done to (督查对象 各镇区, 服务对象) or where (演出地点
# 大槐树文化中心影剧院, 活动场所): not its owners
_TARGET = re.compile(r"(?:对象|地点|地址|场所|场地|场馆|举办地|所在地)$")


def _sent_units(value: str) -> list[str]:
    """The units of the clauses that share a piece of work among a list of units, each its
    part: 市规划局、财政局各安排1名副局长，市建设局、交通局各安排1名调研员 -> [市规划局, 财政局,
    市建设局, 交通局]. A clause without that shape (组成2个小组, people) gives none."""
    found: list[str] = []
    for clause in re.split(r"[，,；;。]", units.join_lines(value)):
        items = [item.strip() for item in clause.split("、")]
        if not items or not all(units.is_unit(item) for item in items[:-1]):
            continue
        last = items[-1]
        cut = next((k for k in range(len(last) - 1, 1, -1)
                    if _EACH.match(last[k:]) and units.is_unit(last[:k])), None)
        if cut is not None:
            found += items[:-1] + [last[:cut]]
    return found


def _owner_text(value: str) -> str:
    """A field's units as a list owners.parse reads: the value, or the units a sentence
    shares the work among."""
    # the sharing-out shape first: a list reading of such a sentence keeps its clauses
    sent = _sent_units(value)
    return "、".join(sent) if sent else units.join_lines(value)


def _name_like(value: str) -> bool:
    """A name rather than a text: short, no sentence or clause in it."""
    return len(value) <= _NAME and not any(ch in value for ch in "。，,；;")


def _mean_length(records: list[_Record], label: str) -> float:
    values = [len(_value(r.fields[label])) for r in records if label in r.fields]
    return sum(values) / len(values) if values else 0.0


def _cut_record(records: list[_Record], doc: Doc) -> str | None:
    """The label records open with where a page cut inside a record, else None: the records
    as read open with an owner's label (牵头单位：… ⏎ 完成时限：… ⏎ 任务名称：…), the title's
    label comes after it, and the page holds that owner's label once more than the title's:
    its first lines were the tail of a record above the cut, so each record took the next
    one's title."""
    if len(records) < 2 or records[0].heading is not None:
        return None
    roles = _roles(records, doc)
    if roles is None or roles.title is None:
        return None
    order = list(records[0].fields)
    if not order or order[0] not in roles.owners or roles.title not in order:
        return None

    def written(label: str) -> int:
        return sum(1 for line in doc.lines if re.match(rf"\s*{re.escape(label)}\s*[:：]", line))

    return roles.title if written(order[0]) == written(roles.title) + 1 else None


def _roles(records: list[_Record], doc: Doc) -> _Roles | None:
    """Which labels hold what, read from their values in most records."""
    order: list[str] = []
    for record in records:
        order += [label for label in record.fields if label not in order]
    common = [label for label in order
              if sum(label in r.fields for r in records) * 2 >= len(records)]

    def share(label: str, fits: Callable[[str], bool]) -> float:
        """The share of the label's values that fits holds for."""
        values = [_value(r.fields[label]) for r in records if _value(r.fields.get(label, []))]
        return sum(1 for v in values if fits(v)) / len(values) if values else 0.0

    def unit_list(value: str) -> bool:
        return units.split_units(units.join_lines(value)) is not None or bool(_sent_units(value))

    def deadline(value: str) -> bool:
        return len(value) <= _SHORT and _names_time(value, doc.issued, doc.year)

    # the labels whose values are all (or nearly all) units: a name that only ends like a
    # unit (…停车场, 改造老旧小区) now and then does not make its label one of owners
    unit_shares = {label: share(label, unit_list) if not _TARGET.search(label) else 0.0
                   for label in common}
    best = max(unit_shares.values(), default=0.0)
    owner_labels = [label for label in common
                    if unit_shares[label] >= max(0.5, best - 0.25)]
    if not owner_labels:
        return None
    time = next((label for label in common
                 if label not in owner_labels and share(label, deadline) >= 0.5), None)
    # a label of people (牵头负责领导：刘惠) names who answers for the work, not the work
    people = {label for label in common
              if share(label, lambda v: all(units.is_person(p) for p in re.split(r"[、，,]", v)))
              >= 0.5}
    texts = [label for label in common
             if label not in owner_labels and label != time and label not in people]
    short = [label for label in texts if share(label, _name_like) >= 0.5]
    # the title: the label of the shortest names; the text: the first other label (a later
    # one, a progress report, is not the task)
    title = min(short, key=lambda label: (_mean_length(records, label), texts.index(label)),
                default=None)
    rest = [label for label in texts if label != title]
    text = next((label for label in rest if label not in short), rest[0] if rest else None)
    if title is None and text is None:
        return None
    return _Roles(owner_labels, time, title, text)


class LabelledBlocks:
    name = "标签分块"

    def recognise(self, doc: Doc) -> float | None:
        records = self._records(doc)
        if not records or _roles(records, doc) is None:
            return None
        if len(records) < _MIN_RECORDS:
            # one task given as a form: the shape of last resort, where nothing else is found
            return 0.2
        # records of the same labels, one of them units: as sure a shape as a table's header,
        # short of it only because a table may name its columns in a record's words
        return 0.8

    def read(self, doc: Doc) -> list[Found]:
        records = self._records(doc)
        roles = _roles(records, doc) if records else None
        if roles is None:
            return []
        tasks: list[Found] = []
        for k, record in enumerate(records, 1):
            said = "；".join(f"{label}：{_owner_text(chr(10).join(record.fields[label]))}"
                            for label in roles.owners if _value(record.fields.get(label, [])))
            named = owners.parse(said, doc.issued) if said else owners.Owners()
            if said and not named.names:
                # a label owners.parse reads as something else (人员安排: people) where its
                # values are units: the values alone
                named = owners.parse("；".join(
                    _owner_text(chr(10).join(record.fields[label])) for label in roles.owners
                    if _value(record.fields.get(label, []))), doc.issued)
            title = record.heading or \
                (_value(record.fields.get(roles.title, [])) if roles.title else "")
            text = _value(record.fields.get(roles.text, [])) if roles.text else ""
            text = text or title
            if not text:
                continue
            due_text = _time_value(record.fields.get(roles.time, []), doc.issued,
                                   doc.year) if roles.time else ""
            reading_text, reading = (None, None) if due_text else \
                in_text(text, doc.issued, year=doc.year)
            if reading is None and not due_text and len(records) == 1:
                # a form of one task: its stages (第一季度：…第四季度：…) in a field of their own:
                # the one its label names a time (完成时限), else one before the last (the
                # progress report, whose dates are what was done)
                others = [label for label in record.fields
                          if label not in roles.owners and label != roles.text]
                timed = [label for label in others if column_kind(label) == "time"]
                for label in timed or others[:-1]:
                    reading_text, reading = in_text(_value(record.fields[label]), doc.issued,
                                                    year=doc.year)
                    if reading is not None:
                        break
            task, doubts = make_task(
                record.number or k, text, named.names, due_text or None, doc.issued,
                lead=named.leads, title=title or None, reading=reading,
                reading_text=reading_text, year=doc.year, others=named.vague,
                repeat=None if due_text else cadence(text))
            tasks.append(Found(task, doubts))
        return tasks

    @staticmethod
    def _records(doc: Doc) -> list[_Record]:
        def read() -> list[_Record]:
            records = _records(doc.lines)
            opener = _cut_record(records, doc)
            records = _records(doc.lines, opener) if opener else records
            # (the page's index of the document it carries is no record of work)
            return [record for record in records
                    if not _indexes_the_document(record) and not _contact_card(record)]
        return doc.memo("labelled.records", read)
