"""The parts of docs/ that are made from vtrack's own code, so that they cannot drift from it.

Each Markdown file holds cog blocks that call these functions; `cog -r -I docs docs/*.md`
writes their output in place and `cog --check -I docs docs/*.md` (run by the tests) fails
when the code has moved on without the docs.
"""
import datetime
import re

import cog  # provided by cogapp while it runs the blocks

from vtrack import deadlines
from vtrack.errors import FileProblems
from vtrack.outputs import text as render
from vtrack.taskfile import read as records

# -- tasks.yaml, field by field ----------------------------------------------------------------

TOP_DOCS = {
    "version": ("1", "required; the format's version. This vtrack reads version 1."),
    "settings": ("mapping", "optional: the file's own settings (below)."),
    "departments": ("mapping", "optional registry: each department's canonical name → its "
                               "`aliases` and `contact`."),
    "plans": ("list of plans", "the plans, each with its tasks."),
}
SETTINGS_DOCS = {
    "yellow_days": ("whole number, 0-365", "黄灯: an open task due within this many days is "
                                           "yellow (default 7); past due it is red, later "
                                           "green."),
}
DEPARTMENT_DOCS = {
    "aliases": ("list of names", "other spellings of the department (人社局 for 市人社局). "
                                 "`--dept`, `--lead` and `reassign` accept them; vtrack writes "
                                 "the canonical name. An alias may name one department only."),
    "contact": ("text", "who to call; shown as it is."),
    "region": ("text", "the place whose plans this entry speaks for (鄂州市); without it, "
                       "every place's department of this name."),
    "replaces": ("list of names", "names a reorganisation retired in favour of this "
                                  "department (`reassign --retire` writes it): filters naming "
                                  "them find this department's tasks and say so."),
    "remind": ("mapping", "where `vtrack remind` sends the department its 催办: `dingtalk:` a "
                          "钉钉 group robot's webhook URL (with `secret_env:` the NAME of the "
                          "environment variable holding its 加签 secret), `wecom:` a 企业微信 "
                          "group robot's webhook URL, `mail:` an address or a list of them. "
                          "Secrets never go in the file; the mail server comes from "
                          "`VTRACK_SMTP_*`. e.g. `{dingtalk: 'https://oapi.dingtalk.com/robot/"
                          "send?access_token=…', secret_env: VTRACK_DD_SECRET_JYJ}`."),
}
PLAN_DOCS = {
    "id": ("id", "required, unique in the file: lower-case letters, digits and `-` "
                 "(`ezhou-2022`)."),
    "title": ("text", "required: the plan's title as published."),
    "issuer": ("text", "the issuing body (鄂州市人民政府)."),
    "region": ("text", "the place the plan's units belong to (鄂州市). Without it, the place "
                       "the issuer or the title starts with. 市教育局 of a 鄂州市 plan is "
                       "counted as 鄂州市教育局, apart from 高平市's."),
    "doc_no": ("text", "the document number, 文号 (鄂州政发〔2022〕15号)."),
    "issued": ("date", "the day the plan was issued; a deadline phrase without a year takes "
                       "its year."),
    "source": ("text", "the document `vtrack extract` read it from; re-extraction finds the "
                       "plan again by it."),
    "tasks": ("list of tasks", "the plan's tasks (below)."),
}
TASK_DOCS = {
    "id": ("id", "required, unique in the file, never changed: the plan id, `-`, and a number "
                 "or name (`ezhou-2022-01`)."),
    "seq": ("whole number", "the plan's own number for the task."),
    "section": ("text", "the heading the task stands under (一、完善现代职业教育体系)."),
    "title": ("text", "required: a short one-line name for the task."),
    "text": ("text", "the task as the plan words it."),
    "owners": ("list of names", "required, at least one: the responsible units, in the "
                                "plan's order. `[]` only on a task flagged `review` (the plan "
                                "names no owner: a person fills them in)."),
    "lead": ("list of names", "the leading units (牵头单位), each among `owners`; absent: the "
                              "first owner leads."),
    "others": ("true/false", "`true` where the plan names more units than `owners` lists "
                             "(…等负责, 会同有关部门): the list is not the whole of them."),
    "due": ("date", "the last day the task is on time; absent or `null`: no fixed date."),
    "due_original": ("date", "the first due date, kept by `vtrack postpone`; on-time counts "
                             "judge by it."),
    "due_text": ("text", "the plan's own words for the deadline (2022年8月底前出台具体方案)."),
    "ongoing": ("true/false", "`true` for 持续实施 and its kin: never overdue without a `due`."),
    "repeat": ("yearly, half-yearly, quarterly, monthly, semimonthly, weekly or daily",
               "the task comes back (每年…, 每半年…, 每季度…, 每月…, 每半月…, 每周…, 每天…)."),
    "milestones": ("list of {due, text}", "further dated targets inside the task; `due` "
                                          "required in each."),
    "status": ("open, in_progress, done or cancelled", "default `open`."),
    "done_on": ("date", "the day it was done; only with `status: done`."),
    "review": ("text, a list of texts, or true/false", "where extraction was unsure: why a "
               "person should look (计划未写责任单位，请填写；计划未写完成时限), reasons joined "
               "by ；. `true` (files written before the reasons were kept) flags a task without "
               "saying why. `vtrack check` counts the open tasks flagged, `vtrack list --review` "
               "lists them with the reasons, `vtrack reviewed ID` removes the flag and logs it."),
    "notes": ("list of {on, text, by}", "dated notes written by hand; `vtrack note` adds "
                                        "its notes to the history file (below). `on` and "
                                        "`text` required."),
    "log": ("list of {on, what, why, by}", "appended by vtrack's commands, never rewritten; "
                                           "`on` and `what` required."),
    "conflicts": ("list of {field, ours, theirs}", "written by vtrack's git merge driver where "
                  "two clones changed one field two ways: the record keeps `ours`, `theirs` is "
                  "the other side's value (`null`: the field was absent there). `vtrack check` "
                  "lists them, `vtrack resolve ID --keep ours` (or `theirs`) settles them."),
}


def fields_table(kind):
    """A Markdown table of one record kind's fields, in the order vtrack writes them."""
    fields, docs = {
        "top": (records.TOP_FIELDS, TOP_DOCS),
        "settings": (records.SETTINGS_FIELDS, SETTINGS_DOCS),
        "department": (records.DEPARTMENT_FIELDS, DEPARTMENT_DOCS),
        "plan": (records.PLAN_FIELDS, PLAN_DOCS),
        "task": (records.TASK_FIELDS, TASK_DOCS),
    }[kind]
    missing = [key for key in fields if key not in docs]
    extra = [key for key in docs if key not in fields]
    if missing or extra:
        raise SystemExit(f"docs/reference.py: {kind} fields to describe: {missing}; "
                         f"described but gone: {extra}")
    cog.outl("| key | value | meaning |")
    cog.outl("|---|---|---|")
    for key in fields:
        value, meaning = docs[key]
        cog.outl(f"| `{key}` | {value} | {meaning} |")


# -- what `vtrack check` reports ----------------------------------------------------------------

GOOD = """\
version: 1
departments:
  市人社局:
    aliases: [人社局]
plans:
  - id: ezhou-2022
    title: 职业教育实施方案
    tasks:
      - id: ezhou-2022-01
        title: 出台具体方案
        owners: [市教育局, 市人社局]
        due: 2022-08-31
"""
_TASK = "      - id: ezhou-2022-01\n"

# (how the file goes wrong: a replacement in GOOD, or a whole text; what to do about it)
MISTAKES = [
    (("        due: 2022-08-31\n", "        due: 2022-08-31  # 八月底\n"),
     "The file was saved in another encoding (GBK, say): save it as UTF-8.", "gbk"),
    (("        due: 2022-08-31\n", "<<<<<<< HEAD\n        due: 2022-08-31\n=======\n"
      "        due: 2022-09-30\n>>>>>>> theirs\n"),
     "A git merge stopped on a conflict: keep the right lines, delete the markers."),
    (("owners: [市教育局, 市人社局]", "owners: &both [市教育局, 市人社局]"),
     "Anchors (`&`) and aliases (`*`) are refused, so a file cannot expand itself: write the "
     "values out."),
    (("owners: [市教育局, 市人社局]", "owners: [市教育局, 市人社局"),
     "YAML syntax: a bracket or quote left open, a tab for indent, a bad indent. The place "
     "given is where the parser gave up; the slip is often just before it."),
    ("", "An empty file: start from `version: 1` and `plans:`."),
    ("- ezhou-2022\n", "The top of the file must be a mapping of `version`, `departments`, "
                       "`plans`."),
    (("plans:", "plan:"), "A misspelt key: the message names the nearest known one."),
    (("version: 1\n", "version: 1\nversion: 1\n"), "A key given twice: keep one."),
    (("version: 1\n", ""), "Add `version: 1` as the first line."),
    (("version: 1", "version: 2"), "A file written by a newer vtrack: update vtrack."),
    (("version: 1\n", "version: 1\nsettings:\n  yellow_days: 400\n"),
     "`yellow_days` is a number of days from 0 to 365."),
    ("version: 1\nplans: ezhou-2022\n", "`plans:` holds a list, each item starting with "
                                        "`- id:`."),
    (("  市人社局:\n    aliases: [人社局]\n", "  - 市人社局\n"),
     "`departments:` maps each name to its `aliases` and `contact`."),
    (("  市人社局:\n", '  "":\n'), "Give the department its name."),
    (("  市人社局:\n    aliases: [人社局]\n",
      "  市人社局:\n    aliases: [人社局]\n  市人社局:\n    contact: 陈卓\n"),
     "The same department twice in the registry: merge the two entries."),
    (("    aliases: [人社局]\n", "    alias: [人社局]\n"), "A misspelt key in a department."),
    (("  市人社局:\n    aliases: [人社局]\n", "  市人社局: 人社局\n"),
     "A department's entry is a mapping: `aliases: [...]`, `contact: ...`."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n  人力资源局:\n    aliases: [人社局]\n"),
     "One spelling may stand for one department only."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: 钉钉群\n"),
     "`remind:` maps a channel to its address: `{dingtalk: URL, secret_env: NAME}`, "
     "`{wecom: URL}` or `{mail: ADDRESS}`."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {secret_env: VTRACK_DD}\n"),
     "`remind:` names at least one channel: `dingtalk`, `wecom` or `mail`."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {wecom: "
      "'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', secret_env: VTRACK_DD}\n"),
     "`secret_env` is 钉钉's signing secret: only beside `dingtalk`."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {mail: ''}\n"),
     "A channel given without its address."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {dingtalk: "
      "oapi.dingtalk.com/robot/send}\n"),
     "A webhook is the whole URL the robot's settings show, from `https://`."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {mail: 人社局}\n"),
     "A mail address, or a list of them."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n    remind: {dingtalk: "
      "'https://oapi.dingtalk.com/robot/send?access_token=t', secret_env: SEC 12ab}\n"),
     "`secret_env` is the NAME of the environment variable that holds the secret, never the "
     "secret: the file is kept in git."),
    (("    aliases: [人社局]\n", "    aliases: [人社局]\n  市教育局:\n    contact: 王老师\n"
      "  市敎育局:\n    contact: 李老师\n"),
     "Two entries whose names differ only in look-alike characters (traditional and "
     "simplified, full-width, a character no one sees) are one department to vtrack: merge "
     "them into one entry."),
    (("  - id: ezhou-2022\n    title: 职业教育实施方案\n    tasks:\n" + _TASK
      + "        title: 出台具体方案\n        owners: [市教育局, 市人社局]\n"
      "        due: 2022-08-31\n",
      "  - ezhou-2022\n"),
     "Each plan is a mapping with `id`, `title` and `tasks`."),
    (("    title: 职业教育实施方案\n", "    title: 职业教育实施方案\n    name: 方案\n"),
     "A key that plans do not have."),
    (("    title: 职业教育实施方案\n", "    title: 职业教育实施方案\n    title: 方案\n"),
     "A key given twice in a plan."),
    (("  - id: ezhou-2022\n    title", "  - title"), "Give the plan an id."),
    (("  - id: ezhou-2022\n", "  - id: Ezhou 2022\n"),
     "Plan ids are lower-case letters, digits and `-`."),
    (("    title: 职业教育实施方案\n", ""), "Give the plan its title."),
    (("    tasks:\n" + _TASK + "        title: 出台具体方案\n        owners: [市教育局, 市人社局]\n"
      "        due: 2022-08-31\n", "    tasks: 出台具体方案\n"),
     "`tasks:` holds a list, each task starting with `- id:`."),
    ((_TASK + "        title: 出台具体方案\n        owners: [市教育局, 市人社局]\n"
      "        due: 2022-08-31\n", "      - 出台具体方案\n"),
     "Each task is a mapping of its fields."),
    (("        due: 2022-08-31", "        deadline: 2022-08-31"),
     "A key that tasks do not have: the message names the nearest known one."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        due: 2022-09-30"),
     "A key given twice in a task: keep one."),
    (("        owners: [市教育局, 市人社局]\n", ""), "`id`, `title` and `owners` are required."),
    (("title: 出台具体方案", "title: [出台, 方案]"),
     "A field that holds one value was given a list or mapping."),
    (("due: 2022-08-31", "due: !!python/object:os.system 1"),
     "Tags (`!!python/...`, `!custom`) are refused: write the plain value."),
    (("        due: 2022-08-31", "        seq: one"), "`seq` is a whole number."),
    (("        due: 2022-08-31", "        ongoing: sometimes"), "`ongoing` and `others` are "
                                                               "`true` or `false`."),
    (("        due: 2022-08-31", "        review: 12"), "`review` is `true`, `false` or words "
                                                       "saying why (quoted if they look like a "
                                                       "number or a date)."),
    (("due: 2022-08-31", "due: 2022/8/31"), "Dates are written `YYYY-MM-DD`."),
    (("due: 2022-08-31", "due: 2022-02-30"), "A date that is not on the calendar."),
    (("        due: 2022-08-31", "        status: finished"),
     "`status` is one of the four values; `repeat` is yearly, half-yearly, quarterly, "
     "monthly, semimonthly, weekly or daily."),
    (("owners: [市教育局, 市人社局]", "owners: 市教育局"),
     "`owners` and `lead` are lists, even of one: `[市教育局]`."),
    (("owners: [市教育局, 市人社局]", "owners: [市教育局, '']"), "An empty name in a list."),
    (("owners: [市教育局, 市人社局]", "owners: [市教育局, 市教育局]"), "A name listed twice."),
    (("owners: [市教育局, 市人社局]", 'owners: [市教育局, "市人社\\u200b局"]'),
     "A name with a character no one sees (a zero-width space, a control character: pasted "
     "from a web page or a PDF). vtrack counts it as the name without it, but a search or a "
     "spreadsheet does not: write the name the message gives, here or in `departments:`."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        notes: 已报市政府"),
     "`milestones`, `notes` and `log` are lists of small mappings."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        notes:\n          - 已报市政府"),
     "Each entry of `milestones`, `notes` and `log` is a mapping (`{on: …, text: …}`)."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        notes:\n"
                                 "          - {text: 已报市政府}"),
     "A note needs `on` and `text`, a log entry `on` and `what`, a milestone `due`."),
    (GOOD + "  - id: ezhou-2022\n    title: 另一个方案\n",
     "Two plans with one id: give the second another."),
    (GOOD + "      - id: ezhou-2022-01\n        title: 另一项\n        owners: [市教育局]\n",
     "Two tasks with one id: give the new one the next free number; never renumber the old."),
    (("      - id: ezhou-2022-01", "      - id: task-01"),
     "A task's id starts with its plan's id."),
    (("        due: 2022-08-31", "        lead: [市财政局]\n        due: 2022-08-31"),
     "The lead must be one of the owners: add it to `owners` too."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        done_on: 2022-08-30"),
     "`done_on` goes with `status: done`: set the status, or drop the date."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        conflicts:\n"
                                 "          - {field: due, ours: 2022-08-31, mine: 2022-09-30}"),
     "`conflicts` is what vtrack's git merge left to settle: each entry has `field`, `ours` "
     "and `theirs`. Settle it with `vtrack resolve ID --keep ours` (or `theirs`), not by hand."),
    (("        due: 2022-08-31", "        due: 2022-08-31\n        conflicts:\n"
                                 "          - {field: 期限, ours: 2022-08-31, theirs: 2022-09-30}"),
     "A conflict's `field` is one of the task's own fields, by its name in this file."),
]


def mistake_text(mistake):
    change = mistake[0]
    if isinstance(change, str):
        text = change
    else:
        assert change[0] in GOOD, change[0]
        text = GOOD.replace(change[0], change[1], 1)
    data = text.encode("gb18030" if mistake[2:] == ("gbk",) else "utf-8")
    return data


def problems_of(data):
    try:
        records.parse(data, "tasks.yaml")
    except FileProblems as e:
        return e.lines()
    raise SystemExit(f"docs/reference.py: this file passes `vtrack check`:\n{data.decode()}")


def check_table():
    cog.outl("| `vtrack check` says | what to do |")
    cog.outl("|---|---|")
    for mistake in MISTAKES:
        first = problems_of(mistake_text(mistake))[0]
        # double backticks: some messages quote `vtrack check` themselves
        cog.outl(f"| `` {first.replace('|', '¦')} `` | {mistake[1]} |")


# -- deadline phrases ---------------------------------------------------------------------------

ISSUED = datetime.date(2022, 8, 9)


def deadline_table():
    cog.outl(f"Read for a plan issued {ISSUED} (`vtrack when PHRASE --issued {ISSUED}`):")
    cog.outl("")
    cog.outl("| phrase | rule | due | ongoing | repeat | milestones | review |")
    cog.outl("|---|---|---|---|---|---|---|")
    for phrase, rule in deadlines.EXAMPLES:
        r = deadlines.read(phrase, ISSUED)
        milestones = "<br>".join(f"{m['due']} {m['text']}" for m in r.milestones)
        cog.outl(f"| {phrase} | {rule} | {r.due or '—'} | {'yes' if r.ongoing else ''} "
                 f"| {r.repeat or ''} | {milestones} | {r.why or ''} |")


# -- the command line ---------------------------------------------------------------------------

def help_text(command=None):
    from click.testing import CliRunner

    from vtrack.cli import cli

    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(cli, args, prog_name="vtrack", terminal_width=88)
    cog.outl("```")
    cog.out(result.output)
    cog.outl("```")


def commands():
    from vtrack.cli import cli
    return sorted(cli.commands)


def json_keys():
    reading = deadlines.read("2022年8月底前", ISSUED).as_dict()
    rows = [
        ("`due`, `list`", "a list of tasks", render.TASK_KEYS),
        ("`show`", "one task", render.TASK_KEYS),
        ("`workload`", "a list of departments", render.WORKLOAD_KEYS),
        ("`history`", "a list of changes", render.HISTORY_KEYS),
        ("`when`", "one reading", tuple(reading)),
    ]
    cog.outl("| command | `--format json` prints | keys |")
    cog.outl("|---|---|---|")
    for command, what, keys in rows:
        cog.outl(f"| {command} | {what} | {', '.join(f'`{k}`' for k in keys)} |")


def csv_headers():
    rows = [("`due`, `list`", render.TASK_KEYS, {}),
            ("`workload`", render.WORKLOAD_KEYS, render.CSV_HEADERS_WORKLOAD),
            ("`history`", render.HISTORY_KEYS, {})]
    cog.outl("| command | `--format csv` headers, for the JSON keys |")
    cog.outl("|---|---|")
    for command, keys, own in rows:
        named = {**render.CSV_HEADERS, **own}
        cog.outl(f"| {command} | {', '.join(f'{named[k]} (`{k}`)' for k in keys)} |")


def message_templates(source):
    """Every message the checker in source (taskfile/read.py) can raise, as a regular expression
    over the text it prints: literal parts escaped, the values it fills in as wildcards."""
    import ast

    tree = ast.parse(source)
    found = []

    def pattern(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return re.escape(node.value)
        if isinstance(node, ast.JoinedStr):
            return "".join(re.escape(part.value) if isinstance(part, ast.Constant) else ".*?"
                           for part in node.values)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "replace":  # f"...".replace("  ", " ")
            inner = pattern(node.func.value)
            return inner and inner.replace(r"\ \ ", r"\ ").replace("  ", " ")
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            args = list(node.args)
            if name == "append" and args and isinstance(args[0], ast.Tuple):
                args = args[0].elts[2:]
            elif name not in ("_Bad", "bad", "_items"):
                continue
            else:
                args = args[1:]
            found += [p for p in map(pattern, args) if p and _words(p)]
        elif isinstance(node, ast.FunctionDef) and node.name in (
                "_unknown_key", "_yaml_problem", "_encoding_problems", "_conflict_problems"):
            body = node.body[1:] if ast.get_docstring(node) else node.body
            strings = [n for stmt in body for n in ast.walk(stmt)
                       if isinstance(n, (ast.JoinedStr, ast.Constant))]
            found += [p for p in map(pattern, strings)
                      if p and _words(p) and "是不是" not in p and "可用的键" not in p]
    return found


def _words(pattern):
    """Whether a string is a message for people (Chinese words), not a key or an encoding."""
    return any("\u4e00" <= c <= "\u9fff" for c in pattern)
