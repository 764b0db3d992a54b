"""催办 messages: one per department and channel, naming its overdue tasks and those due soon.

Pure: tasks in, the bodies to send out (no network, no clock: the day and the signing time
are given). The robots' formats are their documented ones:

- 钉钉 custom robot, markdown: `{"msgtype": "markdown", "markdown": {"title", "text"}}`; with
  the 加签 security setting, `timestamp` (ms) and `sign` = urlencode(base64(HmacSHA256(key
  = secret, message = f"{timestamp}\\n{secret}"))) added to the webhook's query.
- 企业微信 group robot, markdown: `{"msgtype": "markdown", "markdown": {"content"}}`, content at
  most 4096 bytes of UTF-8.

Neither renders Markdown tables, so a task is one list item. A long message is split on item
boundaries, each part below the channel's size, each saying which part it is.
"""
from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import urllib.parse
from dataclasses import dataclass, field

from ..departments import CHANNELS

# bytes of UTF-8 in one message's text: 企业微信 documents 4096 for markdown content; 钉钉's
# markdown text is taken to be ~20000, kept below with room for the title and the JSON around it
LIMITS = {"dingtalk": 19000, "wecom": 4096}
_PART_ROOM = 40  # bytes kept free in each part for "（第 k/n 部分）"


@dataclass
class Item:
    """One task as a reminder names it."""
    task_id: str
    title: str
    due: datetime.date | None  # (never None among the tasks due: the type's, not theirs)
    days_overdue: int  # > 0: overdue by this many days; else due in -days_overdue days
    plan: str  # the plan's title
    lead: bool  # the department leads it (牵头) rather than shares it (配合)
    reminded: int = 0  # 催办 recorded before this one


@dataclass
class Message:
    """What one department is sent through one channel."""
    department: str
    channel: str  # a key of departments.CHANNELS
    address: str  # the webhook URL or the mail address
    as_of: datetime.date
    within: int
    items: list[Item] = field(default_factory=list)
    secret_env: str | None = None  # 钉钉: the variable holding the signing secret

    @property
    def record(self) -> str:
        """The words of its 催办 entry in the history file: 钉钉：市教育局."""
        return record_text(self.channel, self.department)

    @property
    def overdue(self) -> list[Item]:
        return [i for i in self.items if i.days_overdue > 0]

    @property
    def upcoming(self) -> list[Item]:
        return [i for i in self.items if i.days_overdue <= 0]

    @property
    def subject(self) -> str:
        return (f"【催办】{self.department}：逾期 {len(self.overdue)} 项，"
                f"{self.within} 天内到期 {len(self.upcoming)} 项")


def record_text(channel: str, department: str) -> str:
    return f"{CHANNELS[channel]}：{department}"


def _when(item: Item) -> str:
    if item.days_overdue > 0:
        return f"截止 {item.due}，已逾期 {item.days_overdue} 天"
    days = -item.days_overdue
    return f"截止 {item.due}，" + ("今天到期" if days == 0 else f"还有 {days} 天")


def item_line(item: Item, markdown: bool = True) -> str:
    """One task as one list item: title, deadline, days overdue, role, plan, id."""
    title = f"**{_md(item.title)}**" if markdown else item.title
    plan = _md(item.plan) if markdown else item.plan
    again = f"；已催办 {item.reminded} 次" if item.reminded else ""
    return (f"- {title}：{_when(item)}；{'牵头' if item.lead else '配合'}；"
            f"计划：{plan}；编号 {item.task_id}{again}")


def _md(text: str) -> str:
    """Text inside Markdown: characters that would start emphasis or a link shown as they
    are, a line break made a space (one item is one line)."""
    text = " ".join(text.split())
    for ch in "\\*_[]`<>#":
        text = text.replace(ch, "\\" + ch if ch not in "<>" else {"<": "＜", ">": "＞"}[ch])
    return text


def _sections(message: Message, markdown: bool) -> list[tuple[str, list[str]]]:
    bold = (lambda s: f"**{s}**") if markdown else (lambda s: s)
    out = []
    if message.overdue:
        out.append((bold(f"已逾期（{len(message.overdue)} 项）"),
                    [item_line(i, markdown) for i in message.overdue]))
    if message.upcoming:
        out.append((bold(f"{message.within} 天内到期（{len(message.upcoming)} 项）"),
                    [item_line(i, markdown) for i in message.upcoming]))
    return out


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _cut(text: str, limit: int) -> str:
    """text cut to at most limit bytes of UTF-8, on a character, marked with …"""
    if _size(text) <= limit:
        return text
    data = text.encode("utf-8")[:max(0, limit - 3)]
    return data.decode("utf-8", "ignore") + "…"


def markdown_parts(message: Message, limit: int) -> list[str]:
    """The message as Markdown, in parts of at most limit bytes, split between items: a
    heading, the sections (逾期, 即将到期), each item one list line."""
    head = f"### {_md(message.subject)}"
    foot = f"（截至 {message.as_of}，由 vtrack 发出；请及时办理并报送进展）"
    room = limit - _PART_ROOM
    parts: list[list[str]] = [[head]]
    for heading, lines in _sections(message, markdown=True):
        for k, line in enumerate(lines):
            # one item never exceeds a part: a title long beyond reason is cut
            line = _cut(line, room - _size(head) - _size(heading) - _size(foot) - 12)
            block = ["", heading, line] if k == 0 else [line]
            current = parts[-1]
            if _size("\n".join(current + block + ["", foot])) > room:
                parts.append([head, "", f"{heading}（续）", line])
            else:
                current += block
    texts = ["\n".join([*p, "", foot]) for p in parts]
    if len(texts) > 1:  # which part, in its heading: a group may read them out of order
        texts = [t.replace(head, f"{head}（第 {k}/{len(texts)} 部分）", 1)
                 for k, t in enumerate(texts, start=1)]
    return texts


def plain_text(message: Message) -> str:
    """The message as plain text (a mail's body)."""
    lines = [message.subject, ""]
    for heading, items in _sections(message, markdown=False):
        lines += [heading, *items, ""]
    lines.append(f"截至 {message.as_of}，由 vtrack 发出；请及时办理并报送进展。")
    return "\n".join(lines) + "\n"


def payloads(message: Message) -> list[dict]:
    """The JSON bodies a robot is sent for the message, one per part."""
    parts = markdown_parts(message, LIMITS[message.channel])
    if message.channel == "dingtalk":
        title = _cut(f"催办：{message.department}", 100)
        return [{"msgtype": "markdown", "markdown": {"title": title, "text": part}}
                for part in parts]
    return [{"msgtype": "markdown", "markdown": {"content": part}} for part in parts]


def body(payload: dict) -> bytes:
    """A robot's request body: the JSON, UTF-8."""
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """钉钉's 加签: urlencode(base64(HmacSHA256(secret, f"{timestamp}\\n{secret}")))."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode(),
                      hashlib.sha256).digest()
    return urllib.parse.quote_plus(base64.b64encode(digest).decode("ascii"))


def signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """The webhook URL with timestamp and sign added to its query."""
    sign = dingtalk_sign(secret, timestamp_ms)
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{joiner}timestamp={timestamp_ms}&sign={sign}"
