"""Extracted plans into an existing tasks.yaml: keep what people changed, add what is new.

Task ids never change. A plan already in the file (same id, source or title) keeps its
records; only tasks the file does not hold yet are added, and fields where the plan text
now differs from the record are reported, not overwritten.
"""
import os
import re
from typing import Any

from ..errors import VtrackError
from ..model import PLAN_KEYS, Plan, Task
from ..taskfile.read import TaskFile, load
from ..taskfile.write import dump, dump_plans

COMPARED = ("title", "owners", "due", "due_text")


def load_target(path: str) -> TaskFile:
    """The task file to merge into, or an empty one where there is none yet."""
    return load(path) if os.path.exists(path) else TaskFile(path)


def known_plan_id(task_file: TaskFile, source: str) -> str | None:
    """The id the file already gives the plan read from source, if any."""
    return next((old.id for old in task_file.plans if old.source == str(source)), None)


def rename_plan(task_file: TaskFile, old_id: str, new_id: str, source: str) -> str:
    """Give the file's plan old_id the id new_id (--plan-id on a re-run), and its tasks ids
    that follow (old-01 -> new-01); a line saying so. Refused in one line where the old ids
    may be used already: a change logged, a note or a hand edit in the history file (a 台账
    sent out carries them too, which is why the log is the test: nothing was done with them)."""
    from ..taskfile import history
    plan = next(p for p in task_file.plans if p.id == old_id)
    how = f"要沿用 {old_id}，请去掉 --plan-id 或写 --plan-id {old_id}"
    if any(p.id == new_id for p in task_file.plans):
        raise VtrackError(f"{source}：{task_file.path} 中已有计划 {new_id}，不能把本计划"
                          f"（{old_id}）改用这个编号；{how}")
    ids = {t.id for t in plan.tasks}
    used = [t.id for t in plan.tasks if t.log or t.notes] + [
        str(e["task"]) for e in history.read(history.path_for(task_file.path))
        if e["task"] in ids and not (e["kind"] == "edit" and e["text"] == history.ADDED)]
    if used:
        raise VtrackError(f"{source}：{task_file.path} 中本计划的编号是 {old_id}，其任务已有变更"
                          f"记录或备注（如 {used[0]}），编号不能再改为 {new_id}；{how}")
    prefix = old_id + "-"
    renamed = {t.id: new_id + "-" + t.id[len(prefix):] if t.id.startswith(prefix) else t.id
               for t in plan.tasks}
    others = {t.id for p in task_file.plans if p is not plan for t in p.tasks}
    clash = next((n for n in renamed.values() if n in others), None)
    if clash:
        raise VtrackError(f"{source}：改用编号 {new_id} 后任务编号 {clash} 将与另一个计划的任务"
                          f"重复；{how}")
    plan.id = new_id
    for task in plan.tasks:
        task.id, task.plan = renamed[task.id], new_id
    return f"{new_id}: 计划编号由 {old_id} 改为 {new_id}，{len(plan.tasks)} 项任务的编号随之改动"


def merge(task_file: TaskFile, plans: list[Plan],
          renamed: bool = False) -> tuple[str | None, list[str]]:
    """(new file text or None when nothing changes, report lines). renamed: a plan of the
    file has a new id (rename_plan), so the file is written whole even if nothing else
    changes."""
    path = task_file.path
    exists = os.path.exists(path)
    _canonical_names(task_file.departments, plans)
    report: list[str] = []
    new_plans: list[Plan] = []
    grown = False
    for plan in plans:
        old = _same_plan(task_file.plans, plan)
        if old is None:
            new_plans.append(plan)
            report.append(f"{plan.id}: 新计划，{len(plan.tasks)} 项任务")
            continue
        if old.id != plan.id:
            _renumber(plan, old.id)
        grown |= _merge_plan(old, plan, report)
    grown |= renamed
    if not new_plans and not grown:
        return None, report
    if exists and not grown:
        # only whole new plans: append them, so the file above stays byte for byte
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        if _plans_is_last(text):
            return text.rstrip("\n") + "\n" + "\n".join(dump_plans(new_plans)) + "\n", \
                report
    if exists:
        with open(path, encoding="utf-8-sig") as f:
            if "#" in f.read():
                report.append(f"{path}: 整个文件按标准格式重写，注释不保留")
    return dump(task_file.departments, task_file.plans + new_plans, task_file.settings), report


def _canonical_names(departments: dict[str, dict[str, Any]], plans: list[Plan]) -> None:
    """Owners spelled as an alias in the registry are written with the canonical name."""
    names = {alias: name for name, entry in departments.items() for alias in entry["aliases"]}
    if not names:
        return
    for plan in plans:
        for task in plan.tasks:
            if task.owners:
                task.owners = list(dict.fromkeys(names.get(n, n) for n in task.owners))
            if task.lead:
                task.lead = list(dict.fromkeys(names.get(n, n) for n in task.lead))


def _same_plan(plans: list[Plan], plan: Plan) -> Plan | None:
    """The plan of the file that plan is: the same id, else source, else title."""
    for key in ("id", "source", "title"):
        value = getattr(plan, key)
        for old in plans:
            if value and getattr(old, key) == value:
                return old
    return None


def _renumber(plan: Plan, plan_id: str) -> None:
    old_prefix = plan.id + "-"
    plan.id = plan_id
    for task in plan.tasks:
        task.id = f"{plan_id}-{task.id[len(old_prefix):]}"
        task.plan = plan_id


def _merge_plan(old: Plan, plan: Plan, report: list[str]) -> bool:
    grown = False
    for key in PLAN_KEYS:
        if getattr(old, key) is None and getattr(plan, key) is not None:
            setattr(old, key, getattr(plan, key))
            grown = True
    matched = _match(old.tasks, plan.tasks)
    used = {t.id for t in old.tasks}
    seen = set()
    added = set()  # id() of the plan's tasks added to the record
    for task in plan.tasks:
        kept = matched.get(id(task))
        if kept is None:
            task.id = _free_id(task.id, old.id, used)
            used.add(task.id)
            task.plan = old.id
            old.tasks.append(task)
            added.add(id(task))
            report.append(f"{task.id}: 新增任务")
            grown = True
            continue
        if kept.id != task.id:
            report.append(f"{task.id} → {kept.id}: 沿用记录中的编号")
        seen.add(kept.id)
        differs = [key for key in COMPARED if getattr(kept, key) != getattr(task, key)]
        if differs:
            report.append(f"{kept.id}: 记录与计划文本不同（{'、'.join(differs)}），保留记录")
    for task in old.tasks:
        if task.id not in seen and id(task) not in added:
            report.append(f"{task.id}: 计划文本中已找不到，记录保留")
    return grown


def _match(old_tasks: list[Task], new_tasks: list[Task]) -> dict[int, Task]:
    """id(new task) -> the record it already has: the same text, else the same id. Ids
    never change, even where a newer reader numbers the plan otherwise."""
    by_text: dict[str | None, Task] = {}
    by_id: dict[str, Task] = {}
    for task in old_tasks:
        by_text.setdefault(task.text, task)
        by_id[task.id] = task
    matched: dict[int, Task] = {}
    taken: set[int] = set()
    for task in new_tasks:
        kept = by_text.get(task.text)
        if kept is not None and id(kept) not in taken:
            matched[id(task)] = kept
            taken.add(id(kept))
    for task in new_tasks:
        kept = by_id.get(task.id)
        if id(task) not in matched and kept is not None and id(kept) not in taken:
            matched[id(task)] = kept
            taken.add(id(kept))
    return matched


def _free_id(task_id: str, plan_id: str, used: set[str]) -> str:
    """task_id, or the next number after the plan's highest where it is taken."""
    if task_id not in used:
        return task_id
    numbers = [int(m.group(1)) for m in (re.match(rf"{re.escape(plan_id)}-(\d+)$", u)
                                         for u in used) if m]
    n = max(numbers, default=0) + 1
    while f"{plan_id}-{n:02d}" in used:
        n += 1
    return f"{plan_id}-{n:02d}"


def _plans_is_last(text: str) -> bool:
    """Whether plan blocks appended at the end land in a block-style `plans:` list."""
    top = [line for line in text.splitlines()
           if line and not line[0].isspace() and not line.startswith(("#", "-"))]
    return bool(top) and top[-1].split("#")[0].rstrip() == "plans:"
