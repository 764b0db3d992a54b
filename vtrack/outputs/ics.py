"""Open tasks as an iCalendar feed: an all-day event on each due date and each milestone.

Each event's UID is made from the task id (and the milestone's place), so a calendar that
subscribes to the file updates the event when the date moves instead of adding another;
SEQUENCE counts the task's logged changes for the same reason. Nothing in the file depends
on the clock, so the same tasks give the same bytes.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence

from ..model import Status, Task

PRODID = "-//vtrack//任务台账//ZH"
UID_DOMAIN = "vtrack"
# control characters but the tab and the newline (which icalendar escapes as \n): an ESC or a
# BEL would reach the calendar application, a lone CR would break a content line
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")


def _text(value: object) -> str:
    return _CONTROL.sub("", str(value))


def calendar(tasks: Iterable[Task], plans: Mapping[str, Mapping[str, object]],
             alarm_days: int = 3,
             reminders: Mapping[str, Sequence[tuple[str, str]]] | None = None,
             ) -> tuple[bytes, int]:
    """(the .ics bytes, the number of events) for the open tasks among tasks. alarm_days:
    a reminder that many days before each date, at 09:00 (0: none). reminders: the 催办
    recorded of each task (Store.reminders), counted in its description."""
    from icalendar import Alarm, Calendar, Event  # only for this command

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "vtrack 任务")
    count = 0
    for task in tasks:
        if not task.is_open:
            continue
        plan = plans.get(task.plan, {})
        # (the day, the milestone's place or None for the due date, the event's summary)
        # who leads, first: a calendar's list shows the title, and whose it is matters most
        lead = f"【{'、'.join(task.effective_lead)}】" if task.effective_lead else ""
        dated: list[tuple[datetime.date, int | None, str]] = \
            [(task.due, None, f"{lead}{task.title}（截止）")] if task.due else []
        dated += [(m.due, k, f"{lead}{task.title}（节点：{m.text or m.due}）")
                  for k, m in enumerate(task.milestones, start=1) if m.due != task.due]
        for day, milestone, summary in dated:
            event = Event()
            event.add("uid", f"{task.id}{f'-m{milestone}' if milestone else ''}@{UID_DOMAIN}")
            # a stamp from the data, not the clock: the same tasks give the same bytes
            event.add("dtstamp", datetime.datetime(day.year, day.month, day.day,
                                                   tzinfo=datetime.UTC))
            event.add("dtstart", day)
            event.add("dtend", day + datetime.timedelta(days=1))
            event.add("summary", _text(summary))
            event.add("description", _text(_description(
                task, plan, (reminders or {}).get(task.id, ()))))
            event.add("categories", [_text(task.plan)])
            event.add("sequence", len(task.log))
            event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: not busy
            if alarm_days:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", _text(f"{summary}：还有 {alarm_days} 天"))
                # 09:00 of the day alarm_days before: an all-day event starts at midnight
                alarm.add("trigger", datetime.timedelta(days=-alarm_days, hours=9))
                event.add_component(alarm)
            cal.add_component(event)
            count += 1
    return cal.to_ical(), count


def _description(task: Task, plan: Mapping[str, object],
                 reminded: Sequence[tuple[str, str]] = ()) -> str:
    lead = task.effective_lead
    roles = "、".join(f"{name}（牵头）" if name in lead else name for name in task.owners)
    lines = [f"编号：{task.id}", f"计划：{plan.get('title') or task.plan}",
             f"责任单位：{roles}{'等' if task.others else ''}",
             f"状态：{Status(task.status).zh}"]
    if task.due_text:
        lines.append(f"期限原文：{task.due_text}")
    if reminded:
        lines.append(f"已催办 {len(reminded)} 次（最近 {reminded[-1][0]}）")
    if task.text:
        lines.append(task.text)
    return "\n".join(lines)
