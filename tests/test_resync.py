"""A re-sync after a hand edit reads only the blocks that changed, and leaves the same cache
a full rebuild would, row for row."""
import datetime
import random
import re
import shutil
import sqlite3
import sys

import pytest

from conftest import CACHE_TABLES, ROOT, dump_cache, task, write_tasks
from vtrack.cache import sync as store
from vtrack.errors import FileProblems
from vtrack.taskfile import history as journal, read as records

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

DAY = datetime.date(2026, 11, 23)
dump = dump_cache


def both_ways(path, db, tmp_path):
    """(the cache updated in place, a full rebuild from the same old cache, sync counts)."""
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    synced = store.open_store(str(path), str(db), today=DAY).synced
    store.rebuild(str(path), str(copy), today=DAY)
    conn = sqlite3.connect(copy)
    journal.refresh(conn, str(path), tasks_changed=True)  # as open_store does after a sync
    conn.close()
    return dump(db), dump(copy), synced


def blocks(text):
    """The file's task blocks as (start, end), by the `- id:` lines of tasks and plans."""
    tasks = [m.start() for m in re.finditer(r"^      - id: ", text, re.M)]
    bounds = sorted(tasks + [m.start() for m in re.finditer(r"^  - id: ", text, re.M)])
    after = {b: (bounds[k + 1] if k + 1 < len(bounds) else None) for k, b in enumerate(bounds)}
    return [(start, after[start]) for start in tasks]


def random_edit(text, rng, serial):
    """One edit a person (or a merge) makes: a field changed, a task added, removed or
    moved within its plan, a comment, a plan's title, or two plans swapped."""
    kind = rng.choice(["due", "owners", "status", "add", "remove", "move", "comment",
                       "title", "swap"])
    spans = blocks(text)
    start, end = rng.choice(spans)
    block = text[start:end] if end else text[start:]
    if kind == "due":
        new = re.sub(r"due: \d{4}-\d\d-\d\d", f"due: 2027-0{rng.randint(1, 9)}-1{serial % 10}",
                     block, count=1)
    elif kind == "owners":
        new = re.sub(r"owners: \[([^\]]*)\]", r"owners: [\1, 市审计局]", block, count=1) \
            if "市审计局" not in block else block.replace(", 市审计局", "")
    elif kind == "status":
        new = re.sub(r"\n        due: ", "\n        status: in_progress\n        due: ", block,
                     count=1) if "status:" not in block else \
            block.replace("status: in_progress", "status: open")
    elif kind == "add":
        task_id = re.match(r" *- id: (\S+)", block).group(1)
        new = block + block.replace(task_id, f"{task_id}x{serial}").replace("done_on", "x_on") \
            .replace("x_on", "done_on")
    elif kind == "remove" and len(spans) > 3:
        new = ""
    elif kind == "move" and end and text.startswith("      - id: ", end):
        second_end = dict(spans)[end]  # swap the task with the next one of its plan
        second = text[end:second_end] if second_end else text[end:]
        return text[:start] + second + block + (text[second_end:] if second_end else "")
    elif kind == "comment":
        new = block + "        # 核对过 " + str(serial) + "\n"
    elif kind == "title":
        return re.sub(r"^(    title: )(.*)$", lambda m: m.group(1) + m.group(2) + "（修订）",
                      text, count=1, flags=re.M)
    elif kind == "swap":
        plans = [m.start() for m in re.finditer(r"^  - id: [a-z0-9-]+\n", text, re.M)]
        if len(plans) >= 3:
            a, b, c = plans[0], plans[1], plans[2]
            return text[:a] + text[b:c] + text[a:b] + text[c:]
        new = block
    else:
        new = block
    return text[:start] + new + (text[end:] if end else "")


@pytest.mark.parametrize("seed", range(3))
def test_random_edits_give_the_cache_a_rebuild_gives(tmp_path, seed):
    rng = random.Random(seed)
    path, db = tmp_path / "tasks.yaml", tmp_path / "cache.db"
    path.write_text(generate(150, seed=seed), encoding="utf-8")
    store.open_store(str(path), str(db), today=DAY)
    for round_ in range(4):
        text = path.read_text(encoding="utf-8")
        for serial in range(rng.randint(1, 6)):
            text = random_edit(text, rng, round_ * 10 + serial)
        records.parse(text.encode("utf-8"))  # the edits keep the file valid
        path.write_text(text, encoding="utf-8")
        incremental, full, synced = both_ways(path, db, tmp_path)
        for table in CACHE_TABLES:
            assert incremental[table] == full[table], (seed, round_, table)
        assert "parsed" in synced and synced["parsed"] < synced["tasks"] / 2, synced


def test_the_pyyaml_layout_resyncs_too(tmp_path):
    path, db = tmp_path / "tasks.yaml", tmp_path / "cache.db"
    write_tasks(path, [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", n, ["市教育局"], "2022-09-30") for n in range(1, 30)]}])
    store.open_store(str(path), str(db), today=DAY)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("due: 2022-09-30", "due: 2022-12-31", 1), encoding="utf-8")
    incremental, full, synced = both_ways(path, db, tmp_path)
    assert incremental == full and synced["parsed"] == 1
    assert [row[1:4] for row in incremental["journal"]] == [
        ("2026-11-23", "p-2022-01", "edit")]
    # the hand edit is in the history file beside tasks.yaml, once, though both ways saw it
    assert (tmp_path / "tasks.history.yaml").read_text(encoding="utf-8").splitlines()[2:] == [
        "- {'on': 2026-11-23, task: p-2022-01, edit: 'due: 2022-09-30 → 2022-12-31'}"]
    # and it is a postponement: the first date is kept
    due_original = [row for row in incremental["tasks"] if row[0] == "p-2022-01"]
    assert "2022-09-30" in due_original[0]


def test_a_broken_edit_is_reported_in_place_and_changes_nothing(tmp_path):
    path, db = tmp_path / "tasks.yaml", tmp_path / "cache.db"
    path.write_text(generate(300), encoding="utf-8")
    store.open_store(str(path), str(db), today=DAY)
    before = dump(db)
    text = path.read_text(encoding="utf-8")
    broken = re.sub(r"(\n        owners: )\[", r"\1[[", text.replace("due: 2", "due: x2", 1),
                    count=1)
    broken = broken[:len(broken) // 2] + broken[len(broken) // 2:].replace(
        "status: done", "status: finished", 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FileProblems) as raised:
        store.open_store(str(path), str(db), today=DAY)
    with pytest.raises(FileProblems) as full:
        records.load(str(path))
    assert raised.value.lines() == full.value.lines()  # every problem, as a rebuild says
    assert re.match(r".*tasks\.yaml:\d+:\d+: ", raised.value.lines()[0])
    assert dump(db) == before  # nothing half-applied
    path.write_text(text, encoding="utf-8")
    assert store.open_store(str(path), str(db), today=DAY).synced is None  # back as it was


def test_a_change_to_the_head_or_a_clash_falls_back_to_a_full_rebuild(tmp_path):
    path, db = tmp_path / "tasks.yaml", tmp_path / "cache.db"
    path.write_text(generate(100), encoding="utf-8")
    store.open_store(str(path), str(db), today=DAY)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("version: 1\n", "version: 1\nsettings:\n  yellow_days: 3\n"),
                    encoding="utf-8")
    synced = store.open_store(str(path), str(db), today=DAY).synced
    assert "parsed" not in synced  # a full rebuild
    assert store.open_store(str(path), str(db), today=DAY).yellow_days == 3
    first = re.search(r"^      - id: (\S+)$", text, re.M).group(1)
    second = re.findall(r"^      - id: (\S+)$", text, re.M)[1]
    clash = path.read_text(encoding="utf-8").replace(f"- id: {second}\n", f"- id: {first}\n")
    path.write_text(clash, encoding="utf-8")
    with pytest.raises(FileProblems, match="用了两次"):
        store.open_store(str(path), str(db), today=DAY)
