"""Plan documents -> plans with their tasks, per the layout the text shows.

A division table (重点任务分工) wins where there is one: its rows are the tasks, and the body's
numbered items only lend their 牵头单位 as the lead. Otherwise the numbered items under the
plan's task heading are the tasks.
"""
import os
import re

from . import meta, numbered, table
from .tasks import make_task, split_deadline
from .text import clean, decode
from ..errors import VtrackError


def extract_into(output, docs, plan_ids=(), dry_run=False):
    """Read docs and merge their plans into the task file output, under its lock.

    Returns (the file's new text, or None when nothing changes; report lines). With
    dry_run nothing is written."""
    from .. import records
    from ..edits import locked
    from .merge import known_plan_id, load_target, merge

    with locked(output):  # a reassign running meanwhile must not be lost
        target = load_target(output)
        plans, report = [], []
        for i, doc in enumerate(docs):
            plan_id = plan_ids[i] if i < len(plan_ids) else known_plan_id(target, doc)
            plan, lines = extract(doc, plan_id)
            plans.append(plan)
            report += lines
        text, merged = merge(target, plans)
        report += merged
        if text is not None:
            records.parse(text.encode("utf-8"), output)  # never write a file vtrack refuses
        if dry_run:
            return text, report
        if text is None:
            report.append(f"{output}: 没有变化")
        else:
            records.write_atomic(output, text)
            report.append(f"已写入 {output}")
    return text, report


def extract(path, plan_id=None):
    """(plan dict ready for tasks.yaml, report lines) for one plan document."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise VtrackError(f"{path}: cannot read: {e.strerror}") from None
    lines = clean(decode(data, path))
    info = meta.metadata(lines)
    plan_id = plan_id or plan_id_from_path(path)
    issued, horizon, issuer = info["issued"], info["horizon"], info["issuer"]
    found = table.find(lines)
    body = numbered.items(lines)
    tasks = []
    if found:
        layout = "分工表"
        columns, start = found
        leads = _body_leads(body)
        for row in table.rows(lines, start, columns, issued):
            hint = None if row["lead"] else _matching_lead(row["task"], leads)
            tasks.append(make_task(row["seq"], row["task"], row["owners"], row["time"], issued,
                                   section=row["section"], lead=row["lead"], lead_hint=hint,
                                   horizon=horizon, default_owner=issuer))
    else:
        layout = "正文编号"
        for item in body:
            text, lead, owners = numbered.owners_of(item)
            before, due_text = split_deadline(text, issued)
            tasks.append(make_task(item["seq"], text, owners, due_text, issued,
                                   section=item["section"], lead=lead, title=item.get("title"),
                                   title_from=before,
                                   horizon=horizon, glued=item["glued"], default_owner=issuer))
    plan = {"id": plan_id, "title": info["title"], "issuer": issuer, "doc_no": info["doc_no"],
            "issued": issued, "source": str(path), "tasks": []}
    report = []
    width = max(2, len(str(len(tasks))))
    for task, doubts in tasks:
        task_id = f"{plan_id}-{task['seq']:0{width}d}"
        plan["tasks"].append({"id": task_id, **task})
        report += [f"  {task_id}: {doubt}" for doubt in doubts]
    review = sum(1 for t in plan["tasks"] if t["review"])
    summary = f"{path}: {plan_id}，{layout}，{len(tasks)} 项任务，{review} 项需人工复核"
    if not tasks:
        summary = f"{path}: {plan_id}，没有找到编号任务或分工表：请检查文本"
    if not issued:
        report.insert(0, "  没有找到发布日期：无年份的期限读不出日期")
    return plan, [summary] + report


def plan_id_from_path(path):
    stem = os.path.splitext(os.path.basename(path))[0].lower()
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    if not slug:
        raise VtrackError(f"{path}: cannot make a plan id from the file name: give --plan-id")
    return slug


def _grams(text, n=4):
    return {text[i:i + n] for i in range(max(0, len(text) - n + 1))}


def _body_leads(items):
    leads = []
    for item in items:
        text, lead, _ = numbered.owners_of(item)
        if lead:
            leads.append((_grams(text), lead))
    return leads


def _matching_lead(task_text, leads):
    """The 牵头单位 the body names for the item that words this table row."""
    grams = _grams(task_text)
    if not grams or not leads:
        return None
    score, lead = max(((len(grams & g) / len(grams), lead) for g, lead in leads),
                      key=lambda pair: pair[0])
    return lead if score >= 0.3 else None
