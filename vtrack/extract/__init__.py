"""Plan documents -> plans with their tasks, per the layout the text shows.

The document is read once (its lines, its metadata, its issue date and year: layouts.Doc);
each layout in layouts.LAYOUTS says how well the document has its shape, and the best that
gives tasks reads them (a division table, labelled blocks, numbered items in the body …).
Here the tasks that give no time take the one deadline a cover letter sets for all, and the
tasks get their ids and the report its lines.
"""
import datetime
import os
import re
from collections.abc import Sequence

from ..errors import VtrackError
from ..model import Plan
from . import layouts, meta, outline, owners, units
from .dates import common_deadline
from .layouts import Doc, Found
from .tasks import NO_DEADLINE, NO_OWNER


def extract_into(output: str, docs: Sequence[str], plan_ids: Sequence[str] = (),
                 dry_run: bool = False, issued: Sequence[datetime.date] = (),
                 cache: str | None = None,
                 today: datetime.date | None = None) -> tuple[str | None, list[str]]:
    """Read docs and merge their plans into the task file output, under its lock.

    plan_ids, issued: given for the first documents, in order (--plan-id, --issued). A plan
    id given for a document the file holds under another id renames it (its tasks' ids
    follow), where no change, note or 台账 can have used the old ids yet; else it is
    refused. cache: the cache of output. Before the write it is brought up to date (edits
    made by hand since the last command are recorded, dated today); after it, it is dropped,
    so that the next command reads the new plans afresh rather than as changes made by hand.

    Returns (the file's new text, or None when nothing changes; report lines). With
    dry_run nothing is written."""
    from ..taskfile.session import EditSession
    from .merge import known_plan_id, load_target, merge, rename_plan

    # the one writer: a reassign running meanwhile waits, and is not lost
    with EditSession(output) as session:
        target = load_target(output)
        plans: list[Plan] = []
        report: list[str] = []
        renamed: list[str] = []
        for i, doc in enumerate(docs):
            known = known_plan_id(target, doc)
            plan_id = plan_ids[i] if i < len(plan_ids) else known
            if known and i < len(plan_ids) and plan_ids[i] != known:
                renamed.append(rename_plan(target, known, plan_ids[i], doc))
            plan, lines = extract(doc, plan_id, issued[i] if i < len(issued) else None)
            plans.append(plan)
            report += lines
        text, merged = merge(target, plans, renamed=bool(renamed))
        report = _with_kept_ids(report, renamed + merged)
        if text is None:
            if not dry_run:
                report.append(f"{output}: 没有变化")
            return None, report
        session.replace_all(text)
        if not dry_run and cache and today and os.path.exists(cache) and os.path.exists(output):
            from ..cache.sync import open_store
            open_store(output, cache, today=today, locked=True).conn.close()  # hand edits first
        session.commit(dry_run)  # checked as `vtrack check` would: never a file it refuses
        if not dry_run:
            if cache and os.path.exists(cache):
                os.unlink(cache)  # rebuilt by the next command, which compares nothing
            report.append(f"已写入 {output}")
    return text, report


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


def extract(path: str | os.PathLike[str], plan_id: str | None = None,
            issued_given: datetime.date | None = None) -> tuple[Plan, list[str]]:
    """(the plan with its tasks, ids given, ready for tasks.yaml; report lines) for one
    plan document. issued_given: the plan's issue date as the user gives it (--issued),
    which wins over the document's own."""
    from .formats import read_lines

    doc = Doc.read(path, read_lines(path), issued_given)
    info = doc.info
    own_date = doc.own_issued
    plan_id = plan_id or plan_id_from_path(path, info) or plan_id_from_meta(info)
    if not plan_id:
        raise VtrackError(f"{path}：无法从文件名或计划的地名和年份得出计划编号："
                          "请用 --plan-id 指定")
    issued, issuer = doc.issued, doc.issuer
    chosen = layouts.read(doc)
    if chosen is None:
        raise VtrackError(
            f"{path}：没有找到任务：既没有任务分工表（序号/任务/责任单位/时限），也没有带责任单位"
            "或在任务标题下的编号条目（一、 （一） 1. （1） ①）；未写入任何内容")
    layout, tasks = chosen[0].name, chosen[1]
    # (sentences read out of a news page's prose have no cover letter before them: the news
    # before them reports other asks, whose time limits are theirs; a notice's, sent to its
    # addressees, has: 请于5月20日前完成以下工作：…)
    if not getattr(chosen[0], "prose", False) or owners.addressees(doc.lines):
        _common_deadline(doc, tasks)
    _addressees_for_you(doc, tasks)
    _duties_of_the_body(doc, tasks)
    report = []
    title = info["title"]
    if not title:  # a record has a title: the file's name stands in, and the report says so
        title = os.path.splitext(os.path.basename(path))[0]
        report.append(f"  没有找到计划标题：以文件名“{title}”代替，可在任务文件中改正")
    plan = Plan(id=plan_id, title=title, issuer=issuer, doc_no=info["doc_no"],
                issued=issued, source=str(path))
    ids = task_ids(plan_id, [(each.task.seq or 0, each.part) for each in tasks])
    for task_id, each in zip(ids, tasks, strict=True):
        each.task.id, each.task.plan = task_id, plan_id
        if each.doubts:  # the reasons stay in the record, for `list --review` to show
            each.task.review = "；".join(dict.fromkeys(d for d in each.doubts if d)) or True
        plan.tasks.append(each.task)
    report += _doubts_report(list(zip(ids, (each.doubts for each in tasks), strict=True)))
    review = sum(1 for t in plan.tasks if t.review)
    summary = f"{path}: {plan_id}，{layout}，{len(tasks)} 项任务，{review} 项需人工复核"
    if not issued:
        report.insert(0, "  没有找到发布日期：无年份的期限读不出日期（可用 --issued 日期 给出）")
    elif own_date and own_date != issued:
        report.insert(0, f"  以 --issued 给出的 {issued} 为发布日期（文件中写的是 {own_date}）")
    return plan, [summary] + report


_GROUP_MIN = 3  # tasks sharing a doubt that the report names once for all of them


def _doubts_report(doubts: list[tuple[str, list[str]]]) -> list[str]:
    """The report's lines for the tasks' doubts: a doubt of a few tasks under each one's
    id; one that many share said once (全部 18 项：…, a-01 等 5 项：…), not a screenful of
    the same line."""
    doubts = [(task_id, list(dict.fromkeys(said))) for task_id, said in doubts]
    by_doubt: dict[str, list[str]] = {}
    for task_id, said in doubts:
        for doubt in said:
            by_doubt.setdefault(doubt, []).append(task_id)
    lines = []
    for task_id, said in doubts:
        for doubt in said:
            ids = by_doubt[doubt]
            if len(ids) < _GROUP_MIN:
                lines.append(f"  {task_id}: {doubt}")
            elif ids[0] == task_id:
                who = f"全部 {len(ids)} 项" if len(ids) == len(doubts) else \
                    f"{ids[0]} 等 {len(ids)} 项（vtrack list --review 逐项列出）"
                lines.append(f"  {who}：{doubt}")
    return lines


SHARED_DEADLINE = "截止日期取自通知正文（各项共用），请核对"


# a line after the list that speaks of all its work: 以上工作, 以上各项任务, 以上治理工作,
# 上述三项工作
# (not 以上第三项工作, 上述第一、二项任务: some of it, by number)
_ALL_ABOVE = re.compile(r"^(?:以上|上述)(?:各项|所有|全部|"
                        r"(?P<count>[一二三四五六七八九十两\d]{1,3})项|"
                        r"[^，,。；;：:\s第、\d一二三四五六七八九十]{0,6}?)"
                        r"(?:工作|任务|事项|要求)")
_TOLD_DONE = re.compile(r"已于|已经|均已|已全部|已按|已完成")  # (work told of as done)


def _counts(tasks: list[Found]) -> set[int]:
    """The numbers a line may count the work above by: its tasks, or its parts where the tasks
    are their points (以上三项工作 over 一、二、三 and their points)."""
    parts = {each.task.section for each in tasks if each.task.section}
    return {len(tasks), len(parts)} if len(parts) > 1 else {len(tasks)}


_OWN_WORK_MIN = 6  # characters: words of one item's work, more than a verb and its object


def _one_items_own(words: str, titles: list[str]) -> bool:
    """Whether the words of a deadline name the work one item's title names (a headline's
    协会与行政机构脱钩6月底前完成 over the item 加快推进体育行业协会与行政机构脱钩): its time,
    not one for all of them (not 请各乡镇于6月30日前完成农村危房改造工作 over 摸底排查,
    组织施工…, whose words hold the work's name)."""
    work = re.sub(r"[\d０-９]+|[年月日号底前内完成]", "\n", words)
    return any(len(piece) >= _OWN_WORK_MIN and sum(piece in title for title in titles) == 1
               for piece in re.findall(r"[\u4e00-\u9fff]+", work))


def _common_deadline(doc: Doc, tasks: list[Found]) -> None:
    """The tasks that give no time of their own take the one deadline the cover letter
    before the list sets for all of them (请…立即整改，并于5月20日前将问题整改完成), or a line
    after it on all the work above (以上工作请于7月19日前完成), flagged."""
    undated = [f for f in tasks if f.task.due is None and not f.task.ongoing
               and not f.task.repeat and not f.task.due_text]
    if not undated:
        return
    # the cover letter: the lines before the first numbered one, the table, or the first
    # line of a task's own words (or holding them: its owners' bracket closes the line)
    texts = [f.task.text or "" for f in tasks]
    first = next((k for k, line in enumerate(doc.lines) if outline.marker(line.strip()) or
                  _holds_task(line.strip(), texts)), len(doc.lines))
    found = doc.table()
    if found is not None:
        first = min(first, found.top if found.top is not None else found.start - 1)
    if first == len(doc.lines):
        return  # (no line of the page holds a task's words: no cover letter is known to be one)
    common = common_deadline(doc.lines[:first], doc.issued, doc.year)
    if common is None:
        # (…五、其他注意事项… ⏎ 以上工作请于7月19日前完成。: a closing line on all of them)
        # (not 上述工作已于…完成, work told of)
        # (上述三项工作…: as many as the items above, where it counts them)
        closing = [line.strip() for line in doc.lines[first:]
                   if (above := _ALL_ABOVE.match(line.strip())) and not _TOLD_DONE.search(line)
                   and (not above.group("count") or
                        outline.cn_number(above.group("count")) in _counts(tasks))]
        common = common_deadline(closing, doc.issued, doc.year)
        if common is not None and doc.issued and common[1].due and common[1].due < doc.issued:
            common = None  # (a day gone by when the notice was issued)
    if common is None or _one_items_own(common[0], [f.task.title for f in tasks]):
        return
    words, reading = common
    for each in undated:
        each.task.due, each.task.due_text = reading.due, words
        each.doubts = [d for d in each.doubts if d != NO_DEADLINE] + [SHARED_DEADLINE]
        each.task.review = True


def _addressees_for_you(doc: Doc, tasks: list[Found]) -> None:
    """Owners named as 你局 (请你局组织…) are the units the notice is sent to, where its head
    names them; never "请你局" itself."""
    for each in tasks:
        task = each.task
        if not any(owners.is_you(name) for name in task.owners):
            continue
        addressed = doc.memo("addressees", lambda: owners.addressees(doc.lines))
        names: list[str] = []
        for name in task.owners:
            for named in (addressed if owners.is_you(name) else [name]):
                if named not in names:
                    names.append(named)
        task.lead = [n for n in task.lead if not owners.is_you(n)]
        task.owners = names
        if not names:  # (no line of addressees: a person fills them in)
            each.doubts.insert(0, NO_OWNER)


def _duties_of_the_body(doc: Doc, tasks: list[Found]) -> None:
    """The items under a part of a body's duties (一、主要职责 ⏎ （一）统筹协调…) that name no one
    are that body's, where the page's rules are for one (联席会议由市发展改革委…组成, 领导小组
    下设办公室…): the body its title names, else the one its sentences open with."""
    if not any(not each.task.owners and _DUTIES_PART.search(each.task.section or "")
               for each in tasks):
        return
    # (一、联席会议 ⏎ （一）主要职责 … 二、联席会议办公室 ⏎ （一）主要职责: two bodies' duties, each
    # list under a part of its own, which says whose it is; not the rules' name)
    if sum(1 for line in doc.lines if _DUTIES_PART.search(line.strip())) > 1:
        return
    body = _body_of_the_rules(doc)
    if body is None:
        return
    for each in tasks:
        if not each.task.owners and _DUTIES_PART.search(each.task.section or ""):
            each.task.owners = [body]
            each.doubts[:] = [d for d in each.doubts if d != NO_OWNER]


def _body_of_the_rules(doc: Doc) -> str | None:
    """The body a page's rules are for: named in its title (某市公平竞争审查联席会议制度), else
    the kind of body its sentences open with (联席会议由…, 领导小组下设…), else None."""
    # (某县人民政府办公室关于建立某县…联席会议制度的通知: the body after what the paper does)
    title = _PAPER_DOES.split(doc.info["title"] or "")[-1]
    named = _BODY_NAMED.search(title)
    if named:
        return named.group(0)
    for line in doc.lines:
        opened = _BODY_OPENS.search(line)
        if opened:
            # (经县政府研究确定全县…联席会议的牵头单位是…: the name after the words that set it up)
            return _SET_UP.split(opened.group("body"))[-1]
        # (统战部是市委的工作部门。 ⏎ 二、主要工作职责: the body the page says what it is)
        said = _BODY_IS.match(line.strip())
        if said and units.read(said.group("body"), organs_only=True) is not None:
            return said.group("body")
    return None


# 一、主要职责, 一、主要职能, （一）工作职责, 二、职责任务: a part that lists a body's duties
_BODY_KINDS = owners.BODY_KINDS
# (二、联席会议工作职责, 二、联席会议的职责: the body's kind before them)
_DUTIES_PART = re.compile(rf"(?:^|[、）)\s])(?:(?:{_BODY_KINDS})的?)?(?:主要|工作){{0,2}}"
                          r"职(?:责|能)(?:任务)?$")
# the body a title names in full (某市…联席会议, 某县…工作领导小组), before 制度/规则/职责
_BODY_NAMED = re.compile(rf"[\u4e00-\u9fff]{{2,30}}?(?:{_BODY_KINDS})(?=制度|工作规则|规则|"
                         r"议事规则|职责|成员|$)")
# what a title says the paper does, before the body it names (…关于建立…, 调整…成员的通知)
_PAPER_DOES = re.compile(r"关于|建立|调整|成立|印发|健全|完善")
# 统战部是市委的工作部门, 市统计局是市政府直属机构: a body saying what it is
_BODY_IS = re.compile(r"^(?P<body>[^，,。；;：:“”\s]{2,20}?)是[^，,。；;]{0,20}?"
                      r"(?:工作部门|职能部门|组成部门|直属机构|派出机构|办事机构|事业单位)")
# the words that set a body up or fix who leads it, before its name (经…研究确定, 决定成立)
_SET_UP = re.compile(r"研究|确定|明确|决定|同意|设立|成立|建立")
# 联席会议由…组成, 领导小组下设办公室: the kind of body a sentence opens with
# (全县…综合治理联席会议的牵头单位是县综治委: its whole name, then who leads it)
_BODY_OPENS = re.compile(rf"(?:^|[。；;\s])(?P<body>[\u4e00-\u9fff]{{0,30}}?(?:{_BODY_KINDS}))"
                         r"(?:由|下设|成员|办公室设在|实行|的(?:牵头单位|召集人))")


_TASK_WORDS_MIN = 8  # characters: a line of a task's words, not a word they share


def _holds_task(line: str, texts: list[str]) -> bool:
    """Whether a line is a task's words, a line of them, them closed by its owners' bracket
    (开展…检查。（市消防救援支队负责）), or a paragraph of several tasks run together (一是…；
    二是…); not a cover letter's sentence that only mentions one."""
    if len(line) < _TASK_WORDS_MIN:
        return False
    end = owners.marker_at_end(line)
    closed = line[:end[0]].strip().rstrip("。") if end is not None else None
    # (a task cut out of a paragraph of several ends with 。 where the paragraph has ；)
    held = [text for text in texts
            if len(text) >= _TASK_WORDS_MIN and text.rstrip("。；;") in line]
    return any(line in text or closed == text.rstrip("。") for text in texts) or \
        len(held) >= 2


def task_ids(plan_id: str, numbers: Sequence[tuple[int, int | None]]) -> list[str]:
    """Ids unique in the plan, for tasks numbered (seq, the number of the part they stand
    under, or None): <plan>-<seq>, or <plan>-<part>-<seq> where the numbering starts again
    in each part, and a letter after any that would still repeat."""
    seqs = [seq for seq, _ in numbers]
    width = max(2, len(str(max(seqs, default=0))))
    # (an item's shares, each unit's, repeat its number one after another: no restart)
    items = [seq for k, (seq, part) in enumerate(numbers)
             if k == 0 or numbers[k - 1] != (seq, part)]
    restarts = len(set(items)) < len(items)
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


def plan_id_from_path(path: str | os.PathLike[str],
                      info: meta.Metadata | None = None) -> str | None:
    """An id from the file's name: plan_2022.txt -> plan-2022. A Chinese name is written in
    pinyin, as place-topic-year (鄂州市职业教育实施方案.docx -> ezhou-zhiyejiaoyu-2022): the
    place and the year from the name, else from the document (info); the topic in full
    pinyin when it is short, else its initials. At most 40 characters, the same for the
    same name and document."""
    stem = os.path.splitext(os.path.basename(path))[0]
    if not _HAN.search(stem):
        return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or None
    import unicodedata

    from ..departments import region_of
    name = unicodedata.normalize("NFKC", stem)
    name = re.sub(r"[(（【\[〔][^)）】\]〕]*[)）】\]〕]", "", name)  # （征求意见稿） (1)
    year = meta.year_in(name)
    name = re.sub(r"(?:19|20)\d\d\s*年?", "", name)
    # a notice's name: the plan's own title is in 《》 or after 关于, its issuer before
    quoted = re.search(r"《([^》]+)》", name)
    if quoted:
        head, title = name[:quoted.start()], quoted.group(1)
    else:
        head, _, title = name.rpartition("关于")
    place, title = _leading_place(_NOT_TOPIC_HEAD.sub("", _words(title)))
    if not place:
        place, _ = _leading_place(_words(head))
    if not place and info is not None:
        place = _place_word(region_of(info) or "")
    topic = _topic(title)
    if year is None and info is not None:
        year = info["issued"].year if info["issued"] else meta.year_in(info["title"])
    place_slug = _slug(place)
    topic_slug = _slug(topic) if len(_HAN.findall(topic)) <= 4 else _slug(topic, initials=True)
    tail = f"-{year}" if year else ""
    room = 40 - len(tail) - (len(place_slug) + 1 if place_slug else 0)
    parts = [place_slug, topic_slug[:max(room, 0)].strip("-")]
    return "-".join(p for p in parts if p) + tail if any(parts) else None


_HAN = re.compile(r"[\u4e00-\u9fff]")
# what a file name holds besides the plan's place and topic
_NOT_TOPIC_HEAD = re.compile(r"^(?:附件\d*|附表\d*|\d+)*")
_ISSUER_WORDS = re.compile(r"^(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|办公室|"
                           r"委员会|政府)")
_PLAN_WORDS = re.compile(r"(?:的通知|通知|的函|印发)$|"
                         r"(?:重点任务|任务)?(?:分工|清单)?(?:表|台账)?$")
_PLAN_KIND = re.compile(r"(?:实施方案|工作方案|行动方案|推进方案|行动计划|工作计划|实施计划|"
                        r"实施意见|指导意见|实施细则|工作要点|方案|计划|意见|细则|办法|要点|"
                        r"规划|措施)$")
_GENERIC_HEAD = re.compile(r"^(?:关于|印发|全[省市县区]|本[省市县区]|进一步|加快|推进|推动|"
                           r"促进|加强|全面|深入|做好|开展|支持)+")
_GENERIC_TAIL = re.compile(r"(?:高质量发展|若干|专项|行动|工作|三年|五年)+$")


def _words(text: str) -> str:
    """Letters and digits only, without a leading 中共, 关于 or 印发 (中共鄂州市委办公室)."""
    return re.sub(r"^(?:中共|中国共产党|关于|印发)+", "", re.sub(r"[\W_]+", "", text))


def _leading_place(text: str) -> tuple[str, str]:
    """(the place a name starts with, as people say it, the rest): 鄂州市职业教育 ->
    (鄂州, 职业教育); ("", text) where it names none."""
    from ..departments import region_of
    found = region_of({"title": text}) or ""
    word = _place_word(found)
    return (word, text[len(found):]) if word else ("", text)


def _topic(name: str) -> str:
    """What the plan is about, from its name after the place: 人民政府关于印发职业教育实施方案
    的通知 -> 职业教育."""
    name = _GENERIC_HEAD.sub("", _ISSUER_WORDS.sub("", name))
    for _ in range(4):  # 重点任务分工 of an 实施方案 of a 通知: each ending in turn
        before = name
        name = _PLAN_KIND.sub("", _PLAN_WORDS.sub("", name))
        if name == before:
            break
    # a generic tail goes only where words remain: 就业工作 -> 就业, 工作 stays 工作
    trimmed = _GENERIC_TAIL.sub("", name)
    return trimmed if _HAN.search(trimmed) else name


def _place_word(place: str) -> str:
    """A place as people say it: its narrowest level without its kind (鄂州市 -> 鄂州,
    重庆市綦江区 -> 綦江), with it where one character is left (沛县); "" for words that only
    look like places (城市, 全市, 本县)."""
    from ..departments import place_levels
    levels = place_levels(place)
    narrowest = levels[-1] if levels else place
    bare = re.sub(r"(?:自治州|自治县|省|市|县|区|州|旗|盟|镇|乡)$", "", narrowest)
    if len(bare) >= 2:
        return bare
    return narrowest if narrowest.endswith("县") and bare not in ("", "全", "本", "各", "该") \
        else ""


def _slug(text: str, initials: bool = False) -> str:
    """text in pinyin, lower case letters and digits only."""
    from pypinyin import Style, lazy_pinyin  # only for a name or place written in Chinese
    words = lazy_pinyin(text, style=Style.FIRST_LETTER) if initials else lazy_pinyin(text)
    return re.sub(r"[^a-z0-9]+", "", "".join(words).lower())


def plan_id_from_meta(info: meta.Metadata) -> str | None:
    """An id from the plan's place and year: 鄂州市…2022 -> ezhou-2022 (pinyin of the place;
    of its narrowest level: 重庆市綦江区 -> qijiang)."""
    from ..departments import place_levels, region_of
    place = region_of(info)
    year = info["issued"].year if info["issued"] else meta.year_in(info["title"])
    if not place:
        return None
    # 鄂州市 -> ezhou: the place's name without its kind, as people say it (高平 of 高平市;
    # a one-character place keeps its kind: 沛县 -> peixian)
    levels = place_levels(place)
    slug = _slug(_place_word(place) or (levels[-1] if levels else place))
    return f"{slug}-{year}" if year else slug or None
