"""Plan documents -> plans with their tasks, per the layout the text shows.

A division table (重点任务分工) wins where there is one: its rows are the tasks, and the body's
numbered items only lend their 牵头单位 as the lead. Otherwise the numbered items under the
plan's task heading are the tasks.
"""
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import VtrackError
from ..model import Plan, Task
from . import body, meta, owners, table
from .dates import in_text
from .tasks import make_task


def extract_into(output: str, docs: Sequence[str], plan_ids: Sequence[str] = (),
                 dry_run: bool = False) -> tuple[str | None, list[str]]:
    """Read docs and merge their plans into the task file output, under its lock.

    Returns (the file's new text, or None when nothing changes; report lines). With
    dry_run nothing is written."""
    from ..taskfile.session import EditSession
    from .merge import known_plan_id, load_target, merge

    # the one writer: a reassign running meanwhile waits, and is not lost
    with EditSession(output) as session:
        target = load_target(output)
        plans: list[Plan] = []
        report: list[str] = []
        for i, doc in enumerate(docs):
            plan_id = plan_ids[i] if i < len(plan_ids) else known_plan_id(target, doc)
            plan, lines = extract(doc, plan_id)
            plans.append(plan)
            report += lines
        text, merged = merge(target, plans)
        report = _with_kept_ids(report, merged)
        if text is None:
            if not dry_run:
                report.append(f"{output}: 没有变化")
            return None, report
        session.replace_all(text)
        session.commit(dry_run)  # checked as `vtrack check` would: never a file it refuses
        if not dry_run:
            report.append(f"已写入 {output}")
    return text, report


LONG_TIME_CELL = 24


def _with_kept_ids(report: list[str], merged: list[str]) -> list[str]:
    """The extraction's report in the ids the task file keeps, then the merge's own lines."""
    kept = {}
    for line in merged:
        if " → " in line:
            old, _, new = line.split(": ", 1)[0].partition(" → ")
            kept[old] = new
    out = []
    for line in report:
        head, sep, rest = line.strip().partition(": ")
        out.append(f"  {kept[head]}: {rest}" if sep and head in kept else line)
    return out + [line for line in merged if " → " not in line]


@dataclass
class Found:
    """A task as a layout found it, before the plan numbers it: the reasons a person should
    review it, and the number of the part it stands under (for its id, where the plan's
    numbering starts again in each part)."""
    task: Task
    doubts: list[str]
    part: int | None = None


def extract(path: str | os.PathLike[str],
            plan_id: str | None = None) -> tuple[Plan, list[str]]:
    """(the plan with its tasks, ids given, ready for tasks.yaml; report lines) for one
    plan document."""
    from .formats import read_lines

    lines = read_lines(path)
    info = meta.metadata(lines)
    plan_id = plan_id or plan_id_from_path(path) or plan_id_from_meta(info)
    if not plan_id:
        raise VtrackError(f"{path}：无法从文件名或计划的地名和年份得出计划编号："
                          "请用 --plan-id 指定")
    issued, issuer = info["issued"], info["issuer"]
    found = table.find(lines)
    tasks: list[Found] = []
    if found:
        layout = "分工表"
        body_leads = _body_leads(body.items(lines, issued))
        for row in table.rows(lines, found, issued):
            led = owners.parse(row.lead, issued) if row.lead else owners.Owners()
            rest = owners.parse(row.owners, issued) if row.owners else owners.Owners()
            names = list(dict.fromkeys(led.names + rest.names))
            lead = led.names or rest.leads
            hint = None if lead else _matching_lead(row.task, body_leads)
            reading = None
            if row.time and len(row.time) > LONG_TIME_CELL:
                # steps with dates (①3月底前…②5月底前…): only dates the words make deadlines
                _, reading = in_text(row.time, issued)
            task, doubts = make_task(row.seq, row.task, names, row.time, issued,
                                     section=row.section, lead=lead, lead_hint=hint,
                                     title=row.title, default_owner=issuer, reading=reading,
                                     others=led.vague or rest.vague)
            tasks.append(Found(task, doubts))
    if not tasks:
        layout = "正文编号"
        for item in body.items(lines, issued):
            task, doubts = make_task(item.seq, item.text, item.owners, item.due_text, issued,
                                     section=item.section, lead=item.leads, title=item.title,
                                     title_from=item.title_from, glued=item.glued,
                                     reading=item.reading, reading_text=item.reading_text,
                                     repeat=item.repeat, others=item.vague,
                                     default_owner=issuer)
            tasks.append(Found(task, doubts, item.part))
    if not tasks:
        raise VtrackError(
            f"{path}：没有找到任务：既没有任务分工表（序号/任务/责任单位/时限），也没有带责任单位"
            "或在任务标题下的编号条目（一、 （一） 1. （1） ①）；未写入任何内容")
    plan = Plan(id=plan_id, title=info["title"], issuer=issuer, doc_no=info["doc_no"],
                issued=issued, source=str(path))
    report = []
    ids = task_ids(plan_id, [(each.task.seq or 0, each.part) for each in tasks])
    for task_id, each in zip(ids, tasks, strict=True):
        each.task.id, each.task.plan = task_id, plan_id
        plan.tasks.append(each.task)
        report += [f"  {task_id}: {doubt}" for doubt in each.doubts]
    review = sum(1 for t in plan.tasks if t.review)
    summary = f"{path}: {plan_id}，{layout}，{len(tasks)} 项任务，{review} 项需人工复核"
    if not issued:
        report.insert(0, "  没有找到发布日期：无年份的期限读不出日期")
    return plan, [summary] + report


def task_ids(plan_id: str, numbers: Sequence[tuple[int, int | None]]) -> list[str]:
    """Ids unique in the plan, for tasks numbered (seq, the number of the part they stand
    under, or None): <plan>-<seq>, or <plan>-<part>-<seq> where the numbering starts again
    in each part, and a letter after any that would still repeat."""
    seqs = [seq for seq, _ in numbers]
    width = max(2, len(str(max(seqs, default=0))))
    restarts = len(set(seqs)) < len(seqs)
    ids: list[str] = []
    used: set[str] = set()
    for seq, part in numbers:
        base = f"{plan_id}-{part}-{seq:0{width}d}" if restarts and part \
            else f"{plan_id}-{seq:0{width}d}"
        task_id, n = base, 0
        while task_id in used:
            n += 1
            task_id = f"{base}{'abcdefghijklmnopqrstuvwxyz'[(n - 1) % 26]}"
        used.add(task_id)
        ids.append(task_id)
    return ids


def plan_id_from_path(path: str | os.PathLike[str]) -> str | None:
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-") or None


def plan_id_from_meta(info: meta.Metadata) -> str | None:
    """An id from the plan's place and year: 鄂州市…2022 -> ezhou-2022 (pinyin of the place;
    of its narrowest level: 重庆市綦江区 -> qijiang)."""
    from ..departments import place_levels, region_of
    levels = place_levels(region_of(info))
    year = info["issued"].year if info["issued"] else meta.year_in(info["title"])
    if not levels:
        return None
    place = levels[-1]
    from pypinyin import lazy_pinyin  # only for plans whose file name gives no id
    # 鄂州市 -> ezhou: the place's name without its kind, as people say it
    bare = re.sub(r"(?:自治州|自治县|省|市|县|区|州|旗|盟|镇|乡)$", "", place)
    slug = "".join(lazy_pinyin(bare if len(bare) >= 2 else place))
    slug = re.sub(r"[^a-z0-9]+", "", slug.lower())
    return f"{slug}-{year}" if year else slug or None


def _grams(text: str, n: int = 4) -> set[str]:
    return {text[i:i + n] for i in range(max(0, len(text) - n + 1))}


@dataclass
class _BodyLeads:
    """The 牵头单位 the body's items name, indexed by their words' 4-grams: a table row finds
    the item that words it by the grams they share, without comparing it with every item
    (a table of thousands of rows under a body of thousands of items)."""
    leads: list[str]
    postings: dict[str, list[int]]  # gram -> the items whose words hold it


def _body_leads(items: list[body.Item]) -> _BodyLeads:
    found = _BodyLeads([], {})
    for item in items:
        if item.leads:
            for gram in _grams(item.text):
                found.postings.setdefault(gram, []).append(len(found.leads))
            found.leads.append("、".join(item.leads))
    return found


def _matching_lead(task_text: str, leads: _BodyLeads) -> str | None:
    """The 牵头单位 the body names for the item that words this table row: the item sharing
    the largest part of the row's 4-grams (the first of equals), where that is 30% or more."""
    grams = _grams(task_text)
    if not grams or not leads.leads:
        return None
    shared: dict[int, int] = {}
    for gram in grams:
        for k in leads.postings.get(gram, ()):
            shared[k] = shared.get(k, 0) + 1
    if not shared:
        return None
    best = max(shared.values())
    k = min(k for k, count in shared.items() if count == best)
    return leads.leads[k] if best / len(grams) >= 0.3 else None
