"""A stage timetable: the plan's work laid out as stages in time, each named with its period.

    四、时间安排
    （一）动员部署阶段（5月）各县（市、区）……制定具体实施方案。
    （二）集中整治阶段（5月-8月）……并分别于6月底和7月底报送阶段性报告。
    （三）总结阶段（11月）……于10月30日前报送总结。

The items are the body's numbered items (body.py); what makes this layout is that two or more
of them open with a short name and a bracketed period (a month, a range of months, a 旬). Each
stage is a task due at the end of its period (the last month of a range); the dated steps in
its text (6月底, 10月30日前) are its milestones, not its due, even one that falls before the
stage's own month. Items that are no stage are read as the body gives them.
"""
import datetime
import re

from ... import deadlines
from .. import owners
from ..dates import in_text
from ..tasks import make_task
from .base import Doc, Found

# (or a day: 选址阶段（2019年1月1日—2019年2月28日）)
_MONTH = r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:份|[上中下]旬|底|初|中|末|\s*\d{1,2}\s*[日号])?"
# 动员部署阶段（5月） / 集中整治（2024年5月—8月）: a short name, then its period in brackets
_STAGE = re.compile(rf"^(?P<name>[^，,。；;：:（()）\s]{{2,20}}?)\s*[（(]\s*"
                    rf"(?P<period>{_MONTH}(?:\s*[-—–~～至到]\s*{_MONTH})?)\s*[)）]\s*")
_MIN_STAGES = 2


def _stage(text: str) -> tuple[str, str, str] | None:
    """(name, period, the rest) of an item that opens as a stage, else None."""
    m = _STAGE.match(text)
    if m is None:
        return None
    return m.group("name"), m.group("period"), text[m.end():].strip()


def _later_units(text: str, issued: datetime.date | None) -> list[str]:
    """The organs each sentence after a stage's first asks (A要…) or gives a duty (A负责…)."""
    found: list[str] = []
    sentences = [s.strip() for s in re.split(r"(?<=[。；;])", text) if s.strip(" 。；;")]
    for sentence in sentences[1:]:
        # (organs asked or given a duty; not 县城区、各集镇要作为整治重点, places of the work)
        named = owners.addressed_to(sentence, issued) or owners.leading_subject(sentence, issued)
        found += [n for n in (named.names if named else []) if n not in found]
    return found


def _only_year(lines: list[str]) -> int | None:
    """The one year a document without a dated head writes (2009年环保专项行动): the year its
    stages' months fall in; None where it writes none or several."""
    years = {int(y) for line in lines for y in re.findall(r"((?:19|20)\d\d)\s*年", line)}
    return years.pop() if len(years) == 1 else None


class StageTimetable:
    name = "阶段安排"
    ceiling = 0.75

    def recognise(self, doc: Doc) -> float | None:
        items = doc.items()
        stages = [item for item in items if _stage(item.text) is not None]
        if len(stages) < _MIN_STAGES:
            return None
        # stages under one heading, in time order: a timetable, surer than the bare
        # numbering the body's items are (0.3–0.7), short of a table's header
        sections = {item.section for item in stages}
        return 0.75 if len(sections) == 1 else None

    def read(self, doc: Doc) -> list[Found]:
        tasks: list[Found] = []
        year = doc.year or _only_year(doc.lines)
        for item in doc.items():
            stage = _stage(item.text)
            if stage is None:
                task, doubts = make_task(
                    item.seq, item.text, item.owners, item.due_text, doc.issued,
                    section=item.section, lead=item.leads, title=item.title,
                    title_from=item.title_from, glued=item.glued, reading=item.reading,
                    reading_text=item.reading_text, repeat=item.repeat, others=item.vague,
                    year=doc.year)
                tasks.append(Found(task, doubts, item.part))
                continue
            name, period, rest = stage
            due = deadlines.read(period, doc.issued, year)
            # the steps the stage's text dates (分别于6月底和7月底报送…) are milestones
            steps = in_text(rest, doc.issued, year=year) if rest else None
            milestones: list[dict[str, object]] = []
            if steps is not None and steps[1] is not None:
                words, step = steps
                milestones = list(step.milestones) or \
                    ([{"due": step.due, "text": words}] if step.due else [])
            reading = deadlines.Reading(due.due, due.ongoing, due.repeat, milestones,
                                        due.review, due.why)
            # an owner read from the item's opening carries the stage's heading with it
            # (集中整治阶段（4月-9月）区节能办): the unit is what follows the heading
            head = item.text[:len(item.text) - len(rest)].strip() if rest else item.text
            names = [n[len(head):].strip() if n.startswith(head) else n for n in item.owners]
            leads = [n[len(head):].strip() if n.startswith(head) else n for n in item.leads]
            if not names and rest:
                # no marked owners: the stage's sentence subject, as owners.py reads one, or
                # the units its work opens with (各区政府、开发区管委会对…进行建设)
                subject = owners.leading_subject(rest, doc.issued)
                doer = owners.doer(rest) if subject is None else None
                if doer is not None:
                    subject = owners.parse(doer + "负责", doc.issued)
                if subject is not None:
                    names, leads = subject.names, subject.leads
            if rest:
                # (…实施全面整治。各县（市、区）政府负责督促推进…: the units its later sentences
                # ask or set to work, beside those it opens with)
                names = names + [n for n in _later_units(rest, doc.issued) if n not in names]
            task, doubts = make_task(
                item.seq, item.text, names, period, doc.issued, section=item.section,
                lead=leads, title=name, reading=reading, others=item.vague,
                year=year)
            if due.due is not None:
                first = due.start or (due.milestones[0]["due"] if due.milestones else due.due)
                start = first.replace(day=1)
                outside = [m["due"] for m in milestones
                           if isinstance(m.get("due"), datetime.date)
                           and not start <= m["due"] <= due.due]
                if outside:  # 总结阶段（11月）…于10月30日前: the plan's dates disagree
                    doubts.append("正文日期不在阶段时间内，请核对")
            tasks.append(Found(task, doubts, item.part))
        return tasks
