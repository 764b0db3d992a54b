"""Write a realistic tasks.yaml of N tasks for benchmarks (fixed seed, so runs compare).

    python bench/generate.py 10000 /tmp/tasks-10k.yaml [--as-of 2026-11-22]

About 750 bytes a task, plans of about 30 tasks, most tasks past their due date done, and
about 1% of all tasks open past their due date.
"""
import argparse
import datetime
import random

DEPARTMENTS = [
    "市教育局", "市人社局", "市发改委", "市经信局", "市财政局", "市科技局", "市民政局",
    "市自然资源和规划局", "市住建局", "市卫健委", "市市场监管局", "市税务局", "市商务局",
    "市地方金融工作局", "市总工会", "市农业农村局", "市政府国资委", "市委外办", "市交通运输局",
    "市文化和旅游局", "市生态环境局", "市应急管理局", "市水利和湖泊局", "市公安局",
    "市司法局", "市审计局", "市统计局", "市医疗保障局", "市城管执法委", "市数据局",
    "团市委", "市妇联", "市残联", "鄂州职业大学", "市委宣传部", "市委组织部", "市委编办",
    "市退役军人事务局", "市林业局", "市供销社",
]
ALIASES = {"市人社局": ["市人力资源和社会保障局", "人社局"], "市发改委": ["市发展和改革委员会"]}
VERBS = ["推进", "完善", "健全", "加快", "深化", "实施", "建立", "落实", "优化", "加强"]
OBJECTS = ["职业教育体系", "产教融合机制", "校企合作平台", "实训基地建设", "教师队伍建设",
           "专业布局调整", "经费保障制度", "督导评估办法", "技能人才培养", "数字化教学资源",
           "学徒制培训", "招生考试改革", "质量年度报告", "对外交流合作", "劳动者职业培训"]
FILLER = ("坚持问题导向和目标导向，统筹推进各项改革任务，强化部门协同配合，"
          "形成工作合力，确保各项政策措施落地见效，切实增强职业教育适应性，"
          "培养更多高素质技术技能人才、能工巧匠、大国工匠，为经济社会发展提供有力支撑。"
          "各责任单位要细化工作方案，明确时间节点，按季度报送工作进展情况。")


def generate(n_tasks, as_of=datetime.date(2026, 11, 22), seed=20261122):
    rng = random.Random(seed)
    first = datetime.date(2019, 1, 1)
    span = (datetime.date(2028, 12, 31) - first).days
    past_share = (as_of - first).days / span
    open_late = 0.01 / past_share  # chance a past-due task is still open: 1% of all tasks
    out = ["version: 1", "departments:"]
    for name, aliases in ALIASES.items():
        out.append(f"  {name}:")
        out.append(f"    aliases: [{', '.join(aliases)}]")
    out.append("plans:")
    plan_no = 0
    made = 0
    while made < n_tasks:
        plan_no += 1
        year = rng.randint(2019, 2026)
        plan_id = f"p{plan_no:05d}-{year}"
        out += [
            f"  - id: {plan_id}",
            f"    title: 第{plan_no}号{rng.choice(OBJECTS)}实施方案",
            "    issuer: 鄂州市人民政府",
            f"    doc_no: 鄂州政发〔{year}〕{plan_no % 97 + 1}号",
            f"    issued: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "    tasks:",
        ]
        for seq in range(1, min(rng.randint(25, 35), n_tasks - made) + 1):
            made += 1
            owners = rng.sample(DEPARTMENTS, rng.choice([1, 2, 2, 3, 3, 4, 5]))
            title = f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
            text = title + "。" + FILLER[: rng.randint(100, len(FILLER))]
            out += [
                f"      - id: {plan_id}-{seq:02d}",
                f"        seq: {seq}",
                f"        section: {rng.choice('一二三四五')}、{rng.choice(OBJECTS)}",
                f"        title: {title}",
                f"        text: {text}",
                f"        owners: [{', '.join(owners)}]",
            ]
            if rng.random() < 0.1:
                out += ["        due: null", "        due_text: 持续实施。",
                        "        ongoing: true"]
                status = rng.choice(["open", "in_progress"])
            else:
                due = first + datetime.timedelta(days=rng.randint(0, span))
                out += [f"        due: {due}",
                        f"        due_text: {due.year}年{due.month}月底前出台具体方案。"]
                if due >= as_of:
                    status = rng.choice(["open", "open", "in_progress"])
                elif rng.random() < open_late:
                    status = "open"
                else:
                    status = "cancelled" if rng.random() < 0.02 else "done"
                if status == "done":
                    done_on = due + datetime.timedelta(days=rng.randint(-60, 30))
                    out += ["        status: done", f"        done_on: {min(done_on, as_of)}"]
            if status in ("in_progress", "cancelled"):  # open is the default: not written
                out.append(f"        status: {status}")
            if rng.random() < 0.2:
                out += ["        notes:",
                        f"          - {{on: {as_of - datetime.timedelta(days=rng.randint(1, 900))},"
                        " text: 已报市政府审定}"]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", type=int)
    parser.add_argument("out")
    parser.add_argument("--as-of", type=datetime.date.fromisoformat,
                        default=datetime.date(2026, 11, 22))
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(generate(args.tasks, args.as_of))


if __name__ == "__main__":
    main()
