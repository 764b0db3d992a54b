"""A division of duties in plain paragraphs, unnumbered, each opening with the unit whose
duty it states:

    现将区各单位在村庄环境整治工作中的任务作如下明确：
    区住建局负责全区村庄环境整治总协调工作，指导督查……
    区委农办要结合全区“三新”建设任务，负责指导督查……
    区财政局负责村庄环境整治专项经费的落实，……

Three paragraphs or more in a row that open so (A负责…, A要…, A、B统筹… as owners.py reads a
sentence's subject, or under the unit's name on a line of its own: 区公安分局 ⏎ 负责…) make the
layout; each is a task, numbered in order, its opening units its owners, its deadline the
one its words give. Only in a plan whose numbered items name no owners (body.py), or where the
one that does is the heading the duties stand under (四、任务分工) and they outnumber the other
items: where numbered items name owners, they are the tasks, and paragraphs opening with units
are their parts' prose (保障措施: 县委宣传部要…).
"""
import datetime
import re

from .. import body, meta, outline, owners, table, units
from ..dates import in_text
from ..tasks import UNITS_LABEL, make_task, split_deadline
from .base import Doc, Found

_MIN_PARAGRAPHS = 3
_MIN_LENGTH = 12  # a paragraph of a duty, not a unit's name on a line of its own
# a contact's number or its label: a line that says whom to call, not what they do
_CONTACT_MAX = 40  # characters: a contact's line, not a duty that gives a number in passing
_CONTACT = re.compile(r"\d{7,}|\d{3,4}-\d{7,8}|(?:联系)?电话[:：]|联系人[:：]|手机[:：]")


def _subject(text: str, issued: datetime.date | None) -> owners.Owners | None:
    """The units a paragraph opens with as the subject of its work, else None: read only
    where its first clause has a unit's ending in it at all (units.END_CHARS)."""
    clause = re.split(r"[，,。；;：:]", text, maxsplit=1)[0][:41]
    if not any(ch in units.END_CHARS for ch in clause[1:]):
        return None
    labelled = _labelled(text)
    if labelled:  # (财政部门：安排工作经费…: the units as the paragraph's label)
        return owners.parse(text[:labelled - 1], issued)
    if _ATTENDED.search(text):
        return None  # (副主任王某出席会议并讲话。: who attended, no duty of his)
    if _tells_work_done(re.split(r"[。；;]", text, maxsplit=1)[0]):
        return None  # (市发改局、市财政局分别完成了…: work the units have done, no duty)
    # (经县政府同意，县财政局负责…: the duty past the consent it has)
    text = _CONSENT.sub("", text)
    # (县政府要求，各乡镇要…: the units asked, past the organ that asks)
    said = _SAID_FIRST.match(text)
    if said is not None:
        return owners.addressed_to(text[said.end():], issued, every_kind=True)
    # (市场监管、卫生健康等部门按照各自职责，做好…; 公安机关是养犬管理的行政主管部门，负责…:
    # the units, then the duties they have or the body they are, then the work)
    role = _BY_OWN_DUTIES.match(text) or _IS_THE_BODY.match(text)
    if role is not None and units.read(role.group("units")) is not None:
        return owners.parse(role.group("units") + "负责", issued)
    found = owners.leading_subject(text, issued) or owners.addressed_to(text, issued)
    if found is None and owners.addressed_units(text) is not None:
        # (财政部门要…, 电信公司要…: bodies of a kind asked at the paragraph's opening, not in
        # a sentence after it)
        found = owners.addressed_to(text, issued, every_kind=True)
    return found or owners.opening_organs(text, issued)


_BY_OWN_DUTIES = re.compile(r"^(?P<units>[^，,。；;：:“”]{2,40}?)(?:按照?|依照|根据|依据)"
                            r"(?:各自|自身)?的?(?:职责|职能)(?:分工)?[，,]")
_IS_THE_BODY = re.compile(r"^(?P<units>[^，,。；;：:“”]{2,20}?)是[^，,。；;]{2,30}?"
                          r"(?:主管部门|主管机关|责任部门|牵头部门|责任主体)[，,]"
                          r"(?=(?:主要)?负责|承担)")


# what a news page tells of a meeting, no unit's duty: an official who attended it
_ATTENDED = re.compile(r"^[^，,。]{0,20}(?:长|书记|主任|委员)[\u4e00-\u9fff]{2,3}"
                       r"(?:出席|主持|参加)了?会议(?:并[^，,。]{0,4})?[。，,]")
_CONSENT = re.compile(r"^经[^，,。]{1,16}同意[，,]")
# a verb of the work with 了 after it: what was done (完成了, 制定了; not 了解, 为了)
# (汇报了…, 通报了…: what a unit told the meeting, done)
_DONE = re.compile(r"(?:完成|开展|制定|印发|出台|建立|召开|编制|发布|取得|形成|实施|汇报|通报|介绍)"
                   r"了(?!解)")
# what a done verb describes, after a preposition, the rest of its clause closing on 的 or
# 基础上 (在开展了前期摸底的基础上，…, 对完成了整改的单位…): a thing or a setting, not the
# units' work done
_DESCRIBED = re.compile(r"[^。；;]*?(?:的|基础上)")
# what asks the work all the same (要, 须, 应, 负责: 在完成了…的基础上，各乡镇要…)
_ASKS = re.compile(r"要(?![求素])|[须应]|负责")


def _tells_work_done(sentence: str) -> bool:
    """Whether a paragraph's first sentence tells work done (…分别完成了…), asking none, and
    not in a phrase that describes a thing or a setting (对完成了整改的单位…)."""
    done = _DONE.search(sentence)
    if done is None or _ASKS.search(sentence):
        return False
    clause_start = max(sentence.rfind("，", 0, done.start()),
                       sentence.rfind(",", 0, done.start()), 0)
    described = re.search(r"[对在为把将]", sentence[clause_start:done.start()]) and \
        _DESCRIBED.match(re.split(r"[，,]", sentence[done.end():], maxsplit=1)[0])
    return not described


# an organ that asks, then the units it asks (县政府要求，…; 市教育局在通知中指出，…)
_SAID_FIRST = re.compile(r"^[^，,。]{2,20}?(?:要求|强调|指出|提出)[，,：:]")


def _labelled(text: str) -> int:
    """Where the words start after the units a paragraph opens with as its label (财政部门：
    安排…), else 0."""
    m = UNITS_LABEL.match(text)
    if m is not None and not text[m.end():m.end() + 1].strip():
        m = None  # (财政部门： with nothing after it: a heading, no duty)
    named = units.read(m.group("units")) if m else None
    # (not 铜川市：政府常务会议研究…: a news digest's place, its story after it; 各乡镇：… is
    # every one of them given a duty)
    if m is None or named is None or all(
            units.kind(name) == "place" and not name.startswith(("各", "全"))
            for name in named.names):
        return 0
    return m.end()


_LABEL_MAX = 20  # characters of a unit's name on a line of its own over its duties
# how a unit's duties open under its name (负责…, 会同…, 分别负责…)
_DUTY_OPENS = re.compile(r"(?:分别|主要|具体)?"
                         r"(?:负责(?!人|同志)|会同|参与|协助|配合|牵头|承担|指导|组织)")


def _run(doc: Doc) -> list[tuple[str, owners.Owners]]:
    """The longest run of consecutive paragraphs, unnumbered, each opening with its units:
    (its text, its owners) each; [] where no run is long enough."""
    best: list[tuple[str, owners.Owners]] = []
    run: list[tuple[str, owners.Owners]] = []
    label: owners.Owners | None = None  # the units of a line of their own just above
    announced = False  # …with a colon after them (省委宣传部：), over whatever duty follows
    under_labels = 0  # the paragraphs of the run that stand under such a name
    # (not a contact's label, 县教育局： ⏎ 张三，电话…: whom to call)
    filled = [line.strip() for line in doc.lines if line.strip()]
    labels = sum(1 for k, line in enumerate(filled) if line.endswith(("：", ":")) and
                 len(line) <= _LABEL_MAX + 1 and outline.marker(line) is None and
                 units.read(line.rstrip("：:")) is not None and
                 not (k + 1 < len(filled) and _CONTACT.search(filled[k + 1])))
    best_labelled = False
    for at, line in enumerate(doc.lines):
        # (答：临时便民疏导点管理由市住建局牵头负责，…: an interview's answer, its mark no
        # part of the duty)
        text = _ANSWER.sub("", line.strip())
        if _ANSWER.match(line.strip()) and _FORMERLY.search(re.split(r"[，,。；;]", text)[0]):
            continue  # (答：市城管局原负责…，2023年…移交: an answer that tells the past)
        if not text:
            continue  # a blank line parts no run
        if (at < meta.HEAD_LINES and text == doc.info["title"]) or meta.is_byline(text):
            continue  # (the page's title over the paragraphs, and its byline: no duties)
        above, label = label, None
        colon_above, announced = announced, False
        labelled_below = False
        # (a unit's name and its colon, not a numbered item's heading: （一）县水利局：)
        name = text.rstrip("：:") if outline.marker(text) is None else text
        if (len(text) <= _CONTACT_MAX and _CONTACT.search(text)) or \
                units.read(re.sub(r"\s", "、", name)) is not None:
            # (市农业农村局计划财务科 黄健，电话：3361220: a contact, no duty; 清远市农业农村局
            # 清远市财政局: the signature, names alone: neither is a duty, nor parts a run)
            if len(name) <= _LABEL_MAX and not re.search(r"\s", name):
                label = owners.parse(name, doc.issued)
                # (not the notice's addressees, 区乡村振兴局：, over its letter: one such
                # line, where a division has one for each unit)
                addressed: list[str] = \
                    doc.memo("addressees", lambda: owners.addressees(doc.lines)) or []
                announced = name != text and \
                    (labels >= 2 or not set(label.names) <= set(addressed))
            continue
        subject = None
        if len(text) >= _MIN_LENGTH and outline.marker(text) is None and "|" not in text:
            subject = _subject(text, doc.issued)
            # (a paragraph of work under it, not what was done, 汇报了…, nor a report)
            labelled_below = subject is None and above is not None and bool(above.names) and \
                colon_above and (_ASKS.search(text) or _DUTY_OPENS.search(text) or
                                 table.WORK_VERB.search(text)) is not None and \
                not _tells_work_done(re.split(r"[。；;]", text, maxsplit=1)[0])
            if subject is None and above is not None and above.names and \
                    (_DUTY_OPENS.match(text) or labelled_below):
                # (区公安分局 ⏎ 负责对放射源的安全保卫… ⏎ 参与…: a duty list's unit on a line
                # of its own, each of its duties below it; 省委宣传部： ⏎ 督促指导…: its colon
                # announces the paragraph below, whatever verb it opens with)
                subject = label = above
        if subject is None and run and len(text) >= _MIN_LENGTH and \
                outline.marker(text) is None and "|" not in text and \
                _duty_follows(doc.lines[at + 1:], doc.issued):
            # (市农林部门加大…力度，协助推进…: inside a run, between two units' duties, a
            # paragraph that opens with an organ's name and its work, whatever verb, is one
            # more unit's duty)
            subject = _organ_then_work(text, doc.issued)
        if subject is not None and subject.names:
            run.append((text, subject))
            under_labels += labelled_below
            continue
        if len(run) > len(best):
            best, best_labelled = run, under_labels == len(run)
        run, under_labels = [], 0
    if len(run) > len(best):
        best, best_labelled = run, under_labels == len(run)
    # (two units' names, each with its colon over its paragraph, are a division as three
    # paragraphs opening with their units are)
    return best if len(best) >= _MIN_PARAGRAPHS or (len(best) == 2 and best_labelled) else []


# the work an organ's paragraph opens with, after its name: a verb of work or its manner
_WORK_FIRST = re.compile(rf"(?:{table.WORK_VERB.pattern}|加大|根据|按照|结合|及时|积极|认真|切实|"
                         r"严格|定期|依法|督促|协调|统筹)")
_ORGAN_NAME_MAX = 20  # characters of an organ's name at a paragraph's opening
# what was reached, told, beyond owners.told_done's 已, 了 and 去年 (取得良好成效, 共培训…)
_TOLD_RESULT = re.compile(r"取得[^，,。；;]{0,6}(?:成效|成绩|进展|成果)|以来|"
                          r"共(?:培训|完成|开展|举办|检查|发放)")


def _duty_follows(lines: list[str], issued: datetime.date | None) -> bool:
    """Whether the next paragraph of lines opens with its units' duty (_subject)."""
    text = next((line.strip() for line in lines if line.strip()), "")
    return len(text) >= _MIN_LENGTH and outline.marker(text) is None and \
        _subject(text, issued) is not None


def _organ_then_work(text: str, issued: datetime.date | None) -> owners.Owners | None:
    """The organ a paragraph opens with, its name reading as a government's organ (市农林部门),
    where the work's verb follows it at once; else None. Not a paragraph that tells work done
    (…，去年共培训…，取得良好成效)."""
    if owners.told_done(text) or _TOLD_RESULT.search(text):
        return None
    for end in range(min(_ORGAN_NAME_MAX, len(text) - 2), 1, -1):
        # (a name of characters alone: not 本网讯 （记者刘占良） 市城市管理局, a byline run into it)
        if _WORK_FIRST.match(text, end) and re.fullmatch(r"[\u4e00-\u9fff]+", text[:end]) and \
                units.read(text[:end], organs_only=True) is not None:
            found = owners.parse(text[:end] + "负责", issued)
            return found if found.names else None
    return None


_ANSWER = re.compile(r"^答\s*[:：]\s*")
_FORMERLY = re.compile(r"原(?:负责|由|来|先)|曾|此前|过去|移交|划转")


def _line_of(lines: list[str], words: str, start: int = 0) -> int | None:
    """The index of the first line from start that holds words' opening, else None."""
    opening = words.strip()[:12]
    return next((k for k in range(start, len(lines)) if opening and opening in lines[k]), None)


def _under(lines: list[str], paragraph: str, items: list[body.Item], at: int) -> bool:
    """Whether paragraph stands after items[at]'s opening and before the next item's."""
    begins = _line_of(lines, items[at].text)
    where = _line_of(lines, paragraph)
    if begins is None or where is None or where < begins:
        return False
    after = _line_of(lines, items[at + 1].text, begins + 1) if at + 1 < len(items) else None
    return after is None or where < after


class DutyParagraphs:
    name = "分工段落"
    ceiling = 0.6

    def recognise(self, doc: Doc) -> float | None:
        items = doc.items()
        owned = [k for k, item in enumerate(items) if item.owners]
        run = doc.memo("duty_paragraphs", lambda: _run(doc))
        # (四、任务分工 ⏎ 县公安局负责…⏎ 县委宣传部负责…⏎ …: the numbered item that names
        # owners is the heading of the duties, whose paragraphs outnumber the other items;
        # any other names only every one of a kind, 五、工作要求 各单位要…)
        holder = next((k for k in owned if run and _under(doc.lines, run[0][0], items, k)), None)
        if owned and (holder is None or len(run) <= len(items) - 1 or any(
                not name.startswith(("各", "全")) for k in owned if k != holder
                for name in items[k].owners)):
            return None
        # above numbered items that name no owner (0.3)
        return 0.6 if run else None

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        for seq, (text, named) in enumerate(doc.memo("duty_paragraphs", lambda: _run(doc)), 1):
            body, due_text = split_deadline(text, doc.issued)
            reading_text, reading = (None, None) if due_text else \
                in_text(text, doc.issued, year=doc.year)
            task, doubts = make_task(seq, text, named.names, due_text, doc.issued,
                                     lead=named.leads, title_from=body if due_text else None,
                                     reading=reading, reading_text=reading_text,
                                     others=named.vague, year=doc.year)
            tasks.append(Found(task, doubts))
        return tasks
