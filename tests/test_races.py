"""Writers and syncing readers on one task file (4000 tasks) at once, as the installed command
runs them: no phantom hand edit, no lost update, and the cache equal to a rebuild after every
round.

Each round a hand edit (a due date typed into tasks.yaml) makes every reader re-sync while
writers change other tasks through vtrack; the history file may then hold that hand edit and
nothing else, every writer's change must be in the file, and the cache must equal a cache
rebuilt from the file.
"""
import json
import re
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, VTRACK, _test_env

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402

pytestmark = pytest.mark.slow
ROUNDS = 2  # (each round: four writers and four readers at once, a hand edit between)
WRITERS = 4
READERS = 4


def cache_rows(db):
    """The cache as a rebuild would make it: an edited task's block hash and its plan's are
    cleared by the writer (a re-sync reads them again), so hashes are left out."""
    conn = sqlite3.connect(db)
    try:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(tasks)") if c[1] != "block"]
        return ([conn.execute(f"SELECT {', '.join(columns)} FROM tasks ORDER BY id").fetchall()]
                + [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                   for t in ("task_owners", "department_names", "departments")]
                + [conn.execute("SELECT id, position, offset, region FROM plans ORDER BY id")
                   .fetchall()])
    finally:
        conn.close()


def test_writers_and_syncing_readers_lose_nothing_and_invent_nothing(tmp_path):
    tasks = tmp_path / "tasks.yaml"
    tasks.write_text(generate(4000), encoding="utf-8")
    env = _test_env({"VTRACK_TODAY": "2026-11-22", "VTRACK_LOCK_WAIT": "120",
                     "VTRACK_USER": "测试员"})

    def vtrack(*args, db=".vtrack.db"):
        return subprocess.Popen([VTRACK, "--db", db, *args], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def finish(proc):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "Traceback" not in err, err
        return out

    listed = json.loads(finish(vtrack("list", "--format", "json")))
    open_ids = [t["id"] for t in listed if t["due"]]  # open, with a date to type over
    assert len(open_ids) > ROUNDS * WRITERS * 2
    expected_edits = []
    for k in range(ROUNDS):
        # a hand edit every reader must re-sync for: a due date typed in, far in the future
        hand_id = open_ids[-1 - k]
        text = tasks.read_text(encoding="utf-8")
        block = re.search(rf"^      - id: {hand_id}\n(?:        .*\n)+", text, re.M)
        typed = f"2031-0{k + 1}-15"
        new_block = re.sub(r"^        due: .*$", f"        due: {typed}", block.group(0),
                           count=1, flags=re.M)
        assert new_block != block.group(0)
        tasks.write_text(text[:block.start()] + new_block + text[block.end():],
                         encoding="utf-8")
        expected_edits.append(hand_id)
        done = open_ids[k * WRITERS:(k + 1) * WRITERS]
        procs = [vtrack("done", task_id, "--on", "2026-11-20") for task_id in done]
        # readers each with a cache of their own, and with the shared one
        procs += [vtrack("due", "--within", "3", db=".vtrack.db" if r % 2 else f"r{r}.db")
                  for r in range(READERS)]
        for proc in procs:
            finish(proc)
        # no lost update: every writer's change is in the file
        after = tasks.read_text(encoding="utf-8")
        for task_id in done:
            mine = re.search(rf"^      - id: {task_id}\n(?:        .*\n)+", after, re.M)
            assert "status: done" in mine.group(0), task_id
        # no phantom hand edit: only the typed dates, each seen as a hand edit
        history = tmp_path / "tasks.history.yaml"
        edits = re.findall(r"task: (\S+), edit: '?([^'}]*)", history.read_text(encoding="utf-8")) \
            if history.exists() else []
        assert {task for task, _ in edits} <= set(expected_edits), edits
        assert all(what.startswith("due: ") for _, what in edits), edits
        # the cache equals a rebuild
        finish(vtrack("due"))
        finish(vtrack("sync", "--full", db="rebuilt.db"))
        assert cache_rows(tmp_path / ".vtrack.db") == cache_rows(tmp_path / "rebuilt.db")
