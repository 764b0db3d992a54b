"""Invented plans in the shapes real ones take, with their answer keys, to find where the
extractor's reading of a shape breaks when the words, the order or the punctuation change.

    python bench/synth.py OUT_DIR [--count N] [--seed S]
    python bench/extract_score.py OUT_DIR

Each plan is drawn at random: a layout (a division table with pipes, tabs or a cell a line,
with or without a 序号 column, its columns in any order and headed in any of the words real
tables use; numbered items with an owner marker in brackets; items followed by label lines;
parts with items whose owners stand in prose), units from a grammar of place, body and
ending, and deadlines in the forms plans write them. The key says what a person reads: the
owners as printed, lead first, and the deadline at the end of the period named. What the
score finds wrong here is a shape the reader does not hold, not a document it was not shown.
"""
import argparse
import datetime
import os
import random
import re

PLACES = ["市", "县", "区", ""]
BODIES = ["发展改革", "教育", "科技", "工业和信息化", "公安", "民政", "司法", "财政",
          "人力资源社会保障",
          "自然资源和规划", "生态环境", "住房城乡建设", "交通运输", "水利", "农业农村", "商务",
          "文化广电旅游", "卫生健康", "退役军人事务", "应急管理", "审计", "市场监管", "统计",
          "医疗保障", "城市管理", "数据资源", "行政审批服务", "林业", "体育", "乡村振兴"]
ENDINGS = ["局", "局", "局", "委", "办", "中心"]
ODD_UNITS = ["团{p}委", "{p}妇联", "{p}总工会", "{p}科协", "{p}融媒体中心", "{p}供电公司",
             "{p}城投集团", "{p}税务局", "人行{p}支行", "{p}消防救援大队", "各乡镇人民政府",
             "各镇（街道）", "各街道办事处", "{p}投资促进中心", "{p}住房公积金管理中心"]
VERBS = ["推进", "完善", "建设", "开展", "实施", "加快", "制定", "建立", "深化", "组织",
         "推动", "落实", "健全", "优化", "打造"]
OBJECTS = ["老旧小区改造", "智慧城市管理平台", "农村公路提档升级", "城乡供水一体化工程",
           "义务教育学校扩容", "养老服务体系", "营商环境评价", "河湖长制考核", "数字乡村试点",
           "社区卫生服务中心标准化", "职业技能提升行动", "垃圾分类收运体系", "停车泊位建设",
           "高标准农田建设", "政务服务“一网通办”", "企业上市培育", "文旅融合示范区",
           "食品安全城市创建", "应急物资储备库", "公共法律服务网络"]
DETAILS = ["新建{n}个", "覆盖率达到{n}%", "完成投资{n}亿元", "惠及群众{n}万人", "改造{n}处",
           "培训{n}人次"]
PROSE = ["确保取得实效", "形成可复制经验", "切实提升群众满意度", "建立长效机制", "加强督促检查"]


def unit(rng, place_word):
    if rng.random() < 0.12:
        return rng.choice(ODD_UNITS).format(p=place_word)
    body = rng.choice(BODIES)
    ending = rng.choice(ENDINGS) if body not in ("发展改革",) else "委"
    return f"{place_word}{body}{ending}"


def units(rng, place_word, k):
    out: list[str] = []
    while len(out) < k:
        name = unit(rng, place_word)
        if name not in out:
            out.append(name)
    return out


def task_words(rng):
    verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
    detail = rng.choice(DETAILS).format(n=rng.randint(2, 95))
    return f"{verb}{obj}", f"{verb}{obj}，{detail}，{rng.choice(PROSE)}"


def end_of_month(year, month):
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)


def deadline(rng, year):
    """(words, due, ongoing, repeat) in one of the forms plans write deadlines."""
    month = rng.randint(1, 12)
    kind = rng.choice(["ym_end", "ym_end", "y_end", "m_only", "ongoing", "quarter", "ymd",
                       "repeat", "half", "dotted", "next_year", "span", "from_year",
                       "month_part", "quarter_end"])
    if kind == "span":  # 2022-2024年: the span's last year
        return f"{year}-{year + 2}年", datetime.date(year + 2, 12, 31), False, None
    if kind == "from_year":
        return f"{year}年起每年", None, False, "yearly"
    if kind == "month_part":
        part, day = rng.choice([("上旬", 10), ("中旬", 20)])
        return f"{year}年{month}月{part}", datetime.date(year, month, day), False, None
    if kind == "quarter_end":
        q = rng.randint(1, 4)
        return f"{'一二三四'[q - 1]}季度末", end_of_month(year, 3 * q), False, None
    if kind == "ym_end":
        form = rng.choice(["{y}年{m}月底前", "{y}年{m}月底", "{y}年{m}月"])
        return form.format(y=year, m=month), end_of_month(year, month), False, None
    if kind == "y_end":
        return rng.choice([f"{year}年底前", f"{year}年12月底前", f"{year}年年底前"]), \
            datetime.date(year, 12, 31), False, None
    if kind == "m_only":  # the plan's year
        return f"{month}月底前", end_of_month(year, month), False, None
    if kind == "ongoing":
        return rng.choice(["持续推进", "长期坚持", "持续实施", "长期"]), None, True, None
    if kind == "quarter":
        q = rng.randint(1, 4)
        return f"{year}年第{'一二三四'[q - 1]}季度", end_of_month(year, 3 * q), False, None
    if kind == "ymd":
        day = end_of_month(year, month).day
        return f"{year}年{month}月{day}日前", datetime.date(year, month, day), False, None
    if kind == "repeat":
        words, repeat = rng.choice([("每季度", "quarterly"), ("每年", "yearly"),
                                    ("每月", "monthly")])
        return words, None, False, repeat
    if kind == "half":
        return f"{year}年上半年", datetime.date(year, 6, 30), False, None
    if kind == "dotted":
        return f"{year}.{month}", end_of_month(year, month), False, None
    return "明年底前", datetime.date(year + 1, 12, 31), False, None


TASK_HEADS = ["重点任务", "工作任务", "主要任务", "任务内容", "具体工作", "工作内容", "重点工作",
              "任务措施", "工作事项", "目标任务"]
LEAD_HEADS = ["牵头单位", "牵头部门", "责任单位（牵头）", "主责单位", "牵头责任单位"]
OWNER_HEADS = ["责任单位", "配合单位", "协办单位", "责任部门", "参与单位"]
TIME_HEADS = ["完成时限", "完成时间", "时间节点", "时限要求", "办结时限", "进度安排"]
SEQ_HEADS = ["序号", "编号"]


def a_plan(rng, n, year, place_word):
    tasks = []
    for _ in range(n):
        title, text = task_words(rng)
        lead = units(rng, place_word, 1)
        rest = units(rng, place_word, rng.randint(0, 3))
        rest = [u for u in rest if u not in lead]
        words, due, ongoing, repeat = deadline(rng, year)
        tasks.append(dict(title=title, text=text, lead=lead, rest=rest, when=words, due=due,
                          ongoing=ongoing, repeat=repeat))
    return tasks


def render_table(rng, tasks, year, place):
    sep = rng.choice(["pipe", "tab", "cell"])
    numbered_cell = rng.random() < 0.2
    split_lead = rng.random() < 0.6
    cols = ["task", "lead", "rest", "time"] if split_lead else ["task", "owners", "time"]
    if rng.random() < 0.3:
        cols.remove("time")
        cols.insert(1, "time")
    if rng.random() < 0.2:
        cols.append("note")
    heads = {"task": rng.choice(TASK_HEADS), "lead": rng.choice(LEAD_HEADS),
             "rest": rng.choice(OWNER_HEADS), "owners": "责任单位", "time": rng.choice(TIME_HEADS),
             "note": "备注"}
    header = ([] if numbered_cell else [rng.choice(SEQ_HEADS)]) + [heads[c] for c in cols]
    joiner = rng.choice(["、", "，", " "])
    style = rng.choice(["plain", "marked", "star", "verbs"])
    rows = []
    for k, t in enumerate(tasks, 1):
        cells = [] if numbered_cell else [str(k)]
        for c in cols:
            if c == "task":
                cells.append(f"{k}.{t['text']}" if numbered_cell else t["text"])
            elif c == "lead":
                cells.append(joiner.join(t["lead"]))
            elif c == "rest":
                cells.append(joiner.join(t["rest"]))
            elif c == "owners":
                cells.append(owner_cell(t, style))
            elif c == "time":
                cells.append(t["when"])
            else:
                cells.append("")
        rows.append(cells)
    lines = [f"{place}{year}年重点工作任务分解表"]
    if sep == "pipe":
        lines += ["| " + " | ".join(header) + " |"] + ["| " + " | ".join(r) + " |" for r in rows]
    elif sep == "tab":
        lines += ["\t".join(header)] + ["\t".join(r) for r in rows]
    else:
        lines += header + [c for r in rows for c in r]
    for t in tasks:
        marked = style != "plain" and bool(t["rest"])
        t["lead_key"] = t["lead"] if split_lead or marked else []
    return lines


def owner_cell(t, style):
    """One owner cell naming the lead in one of the ways tables do: 市A局（牵头）、市B局;
    *市A局、市B局; 市A局牵头，市B局配合."""
    lead, rest = t["lead"][0], "、".join(t["rest"])
    if not t["rest"] or style == "plain":
        return "、".join(t["lead"] + t["rest"])
    if style == "marked":
        return f"{lead}（牵头）、{rest}"
    if style == "star":
        return f"*{lead}、{rest}"
    return f"{lead}牵头，{rest}配合"


MARKERS = [
    "（{all}按职责分工负责）",
    "（责任领导：王强；责任单位：{all}）",
    "（牵头单位：{lead}；责任单位：{rest}）",
    "（{lead}牵头，{rest}配合）",
    "（责任单位：{all}）",
    "〔牵头单位：{lead}；配合单位：{rest}〕",
    "[责任单位:{all}]",
    "（{all}负责）",
    "（牵头单位：{lead}，配合单位：{rest}；完成时限：{when}）",
]


def render_items(rng, tasks, year, place):
    marker = rng.choice(MARKERS)
    style = rng.choice(["1.", "1、", "（1）"])
    lines = [f"{place}{year}年重点工作实施方案", "为推进各项工作落实，制定本方案。", "一、重点任务"]
    for k, t in enumerate(tasks, 1):
        num = {"1.": f"{k}.", "1、": f"{k}、", "（1）": f"（{k}）"}[style]
        lead, rest = "、".join(t["lead"]), "、".join(t["rest"])
        everyone = "、".join(t["lead"] + t["rest"])
        if not t["rest"] and "{rest}" in marker:
            words = marker.replace("；责任单位：{rest}", "").replace("，{rest}配合", "")
            words = words.replace("；配合单位：{rest}", "").replace("，配合单位：{rest}", "")
        else:
            words = marker
        bracket = words.format(lead=lead, rest=rest, all=everyone, when=t["when"])
        has_time = "{when}" in marker
        when = "" if has_time else f"{t['when']}完成" if t["due"] else t["when"]
        tail = "" if has_time else f"，{when}"
        lines.append(f"{num}{t['text']}{tail}。{bracket}")
        t["lead_key"] = [] if ("{lead}" not in marker or "牵头" not in marker) else t["lead"]
    lines += ["二、保障措施", "（一）加强组织领导。各单位要高度重视，确保任务落实。"]
    return lines


def render_labelled(rng, tasks, year, place):
    lines = [f"{place}{year}年重点工作责任清单"]
    for k, t in enumerate(tasks, 1):
        lines.append(f"{k}.{t['text']}。")
        lines.append(f"牵头单位：{'、'.join(t['lead'])}")
        if t["rest"]:
            lines.append(f"责任单位：{'、'.join(t['rest'])}")
        lines.append(f"完成时限：{t['when']}")
        t["lead_key"] = t["lead"]
    return lines


def render_prose(rng, tasks, year, place):
    lines = [f"{place}{year}年工作要点", "一、总体要求", "坚持稳中求进，推动高质量发展。",
             "二、主要任务"]
    for k, t in enumerate(tasks, 1):
        cn = "一二三四五六七八九十"[k - 1] if k <= 10 else str(k)
        rest = "、".join(t["rest"])
        who = f"由{'、'.join(t['lead'])}牵头，{rest}配合" if rest else \
            f"由{'、'.join(t['lead'])}负责"
        when = f"{t['when']}完成" if t["due"] else t["when"]
        lines.append(f"（{cn}）{t['title']}。{t['text']}。{who}，{when}。")
        t["lead_key"] = t["lead"] if rest else []
    lines += ["三、保障措施", "各单位要加强协调配合。"]
    return lines


def render_grouped_table(rng, tasks, year, place):
    """A table under group rows (一、xx across the table) with a 责任领导 column of people."""
    lead_head, time_head = rng.choice(LEAD_HEADS), rng.choice(TIME_HEADS)
    header = ["序号", rng.choice(TASK_HEADS), "责任领导", lead_head, "配合单位", time_head]
    people = ["王强", "李明华", "张伟", "刘洋"]
    pipe = rng.random() < 0.5
    lines = [f"{place}{year}年重点任务清单"]
    lines.append("| " + " | ".join(header) + " |" if pipe else "\t".join(header))
    groups = ["一、产业发展", "二、城市建设", "三、民生保障"]
    for k, t in enumerate(tasks, 1):
        if (k - 1) % 3 == 0:
            group = groups[min((k - 1) // 3, 2)]
            lines.append(f"| {group} | | | | | |" if pipe else group)
        cells = [str(k), t["text"], rng.choice(people), "、".join(t["lead"]), "、".join(t["rest"]),
                 t["when"]]
        lines.append("| " + " | ".join(cells) + " |" if pipe else "\t".join(cells))
        t["lead_key"] = t["lead"]
    return lines


LINE_FORMS = [
    ["牵头单位：{lead}", "配合单位：{rest}"],
    ["牵头单位：{lead}；责任单位：{rest}"],
    ["（牵头单位：{lead}；配合单位：{rest}）"],
    ["责任单位：{lead}（牵头）、{rest}"],
]


def render_item_lines(rng, tasks, year, place):
    """Items whose deadline opens the text, their owners on the line below in one of the
    forms plans use."""
    form = rng.choice(LINE_FORMS)
    style = rng.choice(["{k}.", "（{k}）", "{k}）", "{c}是"])
    lines = [f"{place}{year}年推进方案", "一、工作任务"]
    for k, t in enumerate(tasks, 1):
        num = style.format(k=k, c="一二三四五六七八九十"[k - 1] if k <= 10 else k)
        when = t["when"]
        opening = f"{when}，" if t["due"] and not when.startswith(("每", "持续", "长期")) else ""
        closing = "" if opening else f"，{when}"
        lines.append(f"{num}{opening}{t['text']}{closing}。")
        for pattern in form:
            if not t["rest"] and "{rest}" in pattern:
                pattern = re.sub(r"[；、，]?[^；、，：（]*[:：]?\{rest\}", "", pattern)
                pattern = pattern.replace("、{rest}", "")
            if pattern.strip("（）"):
                lines.append(pattern.format(lead="、".join(t["lead"]), rest="、".join(t["rest"])))
        t["lead_key"] = t["lead"]
    lines += ["二、工作要求", "各单位要按时报送进展情况。"]
    return lines


def render_heading_owner(rng, tasks, year, place):
    """Parts whose heading names the lead ((区住建局牵头)), the items under it naming none."""
    lines = [f"{place}{year}年工作方案", "为做好各项工作，制定如下方案。"]
    cn = "一二三四五六七八九十"
    per = rng.randint(2, 3)
    for k, t in enumerate(tasks, 1):
        group = (k - 1) // per
        if (k - 1) % per == 0:
            head = tasks[k - 1]["lead"][0]
            lines.append(f"{cn[group]}、{rng.choice(OBJECTS)}（{head}牵头）")
        when = f"{t['when']}完成" if t["due"] else t["when"]
        lines.append(f"{(k - 1) % per + 1}.{t['text']}，{when}。")
        head = tasks[group * per]["lead"]
        t["lead_key"], t["lead"], t["rest"] = [], head, []
        t["seq"] = (k - 1) % per + 1  # the numbering starts again in each part
    return lines


def render_none(rng, tasks, year, place):
    """A plan that names no owners: the tasks are its items, owners none."""
    lines = [f"{place}{year}年民生实事", "今年重点办好以下民生实事："]
    for k, t in enumerate(tasks, 1):
        when = f"，{t['when']}完成" if t["due"] else f"，{t['when']}"
        lines.append(f"{k}、{t['text']}{when}。")
        t["lead_key"], t["lead"], t["rest"] = [], [], []
    return lines


RENDER = {"table": render_table, "items": render_items, "labelled": render_labelled,
          "prose": render_prose, "grouped": render_grouped_table, "lines": render_item_lines,
          "heading": render_heading_owner, "none": render_none}
LETTER = {"table": "A", "items": "B", "labelled": "C", "prose": "E", "grouped": "A",
          "lines": "C", "heading": "D", "none": "H"}


def wrapped(lines, width):
    """Lines broken every width characters, as text copied out of a PDF comes."""
    out = []
    for line in lines:
        if "|" in line or "\t" in line:
            out.append(line)
            continue
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return out


def half_width(lines):
    table = str.maketrans("，；：（）", ",;:()")
    return [line.translate(table) for line in lines]


def traditional(lines):
    import opencc
    convert = opencc.OpenCC("s2t").convert
    return [convert(line) for line in lines]


NOISE = {"wrapped": lambda lines, rng: wrapped(lines, rng.randint(24, 40)),
         "half-width": lambda lines, rng: half_width(lines),
         "traditional": lambda lines, rng: traditional(lines)}


def key_of(tasks):
    out = []
    for k, t in enumerate(tasks, 1):
        out.append({"seq": t.get("seq", k), "title": t["title"], "lead": t["lead_key"],
                    "owners": t["lead"] + t["rest"],
                    "due": t["due"].isoformat() if t["due"] else None,
                    "due_text": t["when"], "ongoing": t["ongoing"], "repeat": t["repeat"],
                    "milestones": []})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--noise", type=float, default=0.0,
                        help="the share of plans given a copy's damage: hard line breaks, "
                             "half-width punctuation or traditional characters")
    args = parser.parse_args()
    import yaml
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    readme = ["# invented plans (bench/synth.py)", "", "slug | title | issuer | date | layouts |"
              " tasks | source", "---|---|---|---|---|---|---"]
    for i in range(args.count):
        shape = rng.choice(list(RENDER))
        year = rng.randint(2016, 2025)
        place = rng.choice(["鄂州市", "某某县", "江北区", "临川市"])
        place_word = place[-1]
        tasks = a_plan(rng, rng.randint(3, 9), year, place_word)
        lines = RENDER[shape](rng, tasks, year, place)
        noise = rng.choice(list(NOISE)) if rng.random() < args.noise else None
        if noise:
            lines = NOISE[noise](lines, rng)
        slug = f"synth-{i:03d}-{shape}" + (f"-{noise}" if noise else "")
        with open(os.path.join(args.out, slug + ".txt"), "w", encoding="utf-8") as f:
            f.write("# source: bench/synth.py\n" + "\n".join(lines) + "\n")
        with open(os.path.join(args.out, slug + ".expected.yaml"), "w", encoding="utf-8") as f:
            key = key_of(tasks)
            if noise == "traditional":  # owners as printed; the simplified ones are clean
                for entry in key:
                    entry["owners_clean"] = entry["owners"]
                    entry["owners"] = traditional(entry["owners"])
                    entry["lead"] = traditional(entry["lead"])
            yaml.safe_dump(key, f, allow_unicode=True, sort_keys=False)
        readme.append(f"{slug} | {lines[0]} | {place} | {year} | {LETTER[shape]} | "
                      f"{len(tasks)} | bench/synth.py")
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")


if __name__ == "__main__":
    main()
