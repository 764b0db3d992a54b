"""红黄绿灯: the light a 督查督办 office gives each open task.

红 (red): past its due date. 黄 (yellow): due within the next `yellow_days` days, 7 unless
tasks.yaml's `settings: {yellow_days: N}` says otherwise (a week's notice, the interval of
the weekly 调度 most offices hold). 绿 (green): on track, a later date or ongoing work without
one. Done and cancelled tasks have no light.
"""
import datetime

YELLOW_DAYS = 7
RED, YELLOW, GREEN = "red", "yellow", "green"
NAMES = {RED: "红", YELLOW: "黄", GREEN: "绿"}
FILLS = {RED: "FFC7CE", YELLOW: "FFEB9C", GREEN: "C6EFCE"}  # cell fills, Excel's own


def light(task, as_of, yellow_days):
    if task["status"] not in ("open", "in_progress"):
        return None
    due = task.get("due")
    if due is None:
        return GREEN
    if due < as_of:
        return RED
    if due <= as_of + datetime.timedelta(days=yellow_days):
        return YELLOW
    return GREEN
