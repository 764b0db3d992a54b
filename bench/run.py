"""Time whole `vtrack` processes on generated task files of 1k, 10k and 100k tasks.

    python bench/run.py [--sizes 1000,10000,100000] [--repeat 7] [--dir /tmp/vtrack-bench]
                        [--before PATH/TO/OTHER/vtrack]

With --before, every figure is taken for that other vtrack too (an older version installed in
a virtual environment of its own), size by size in the same run, each with its own cache, so
the two rows compare on the same files and the same machine load.

Prints medians in seconds, side by side:
- `vtrack --version` and `vtrack due --help` (start-up);
- warm `vtrack due --plan P` and warm `vtrack due` (the cache is up to date);
- the first `vtrack due` after a hand edit of one task, and after a `git pull` that changed
  20 tasks in 5 plans (both re-syncs read only the changed blocks);
- `vtrack sync --full` (a full rebuild) against a bare `yaml.load(..., Loader=CSafeLoader)`
  of the same file in its own process, and the full rebuild's peak memory;
- Taskwarrior's `task overdue` on as many tasks, where `task` is installed (the run says so
  when it is not): once with the same records (done ones completed, which Taskwarrior
  keeps out of its pending file), once with every task pending;
- one `vtrack reassign` followed by one `vtrack due --plan P` (the writer updates the cache
  itself, so neither parses the file).
The files are made by bench/generate.py with a fixed seed, so runs compare.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402

# the script pip installed beside this interpreter: a version manager's shim on PATH (pyenv's
# is a bash script) would add a tenth of a second to every figure
_BESIDE = Path(sys.executable).parent / "vtrack"
VTRACK = str(_BESIDE) if _BESIDE.exists() else (
    shutil.which("vtrack") or sys.exit("install vtrack first: pip install -e ."))
ENV = {**os.environ, "VTRACK_TODAY": "2026-11-22", "NO_COLOR": "1"}


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, env=ENV, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median(args, repeat, before=None):
    times = []
    for _ in range(repeat):
        if before:
            before()
        times.append(timed(args))
    return statistics.median(times)


def bench_size(n, folder, repeat, vtrack=VTRACK, label="this"):
    path = folder / f"tasks-{n}.yaml"
    if not path.exists():
        path.write_text(generate(n), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    plan = re.search(r"^  - id: (\S+)", text, re.M).group(1)
    db = folder / f"tasks-{n}-{label}.db"  # caches of two versions differ: one each
    base = [vtrack, "--tasks", str(path), "--db", str(db)]
    subprocess.run(base + ["sync"], env=ENV, stdout=subprocess.DEVNULL, check=True)
    row = {
        "vtrack": label,
        "tasks": n,
        "MB": round(path.stat().st_size / 1e6, 1),
        "due --plan (warm)": median(base + ["due", "--plan", plan], repeat),
        "due (warm)": median(base + ["due"], repeat),
    }
    slow = max(1, repeat // 3) if n >= 100000 else repeat
    dues = [m.start() for m in re.finditer(r"^        due: \d{4}-\d\d-\d\d$", text, re.M)]
    flips = iter(range(10 ** 6))

    def edit(places):
        # real edits, each run another date: the hash differs, the cache must catch up
        flip = next(flips)
        day = f"2027-0{1 + flip % 9}-1{flip % 10}"
        out, last = [], 0
        for at in places:
            out += [text[last:at], f"        due: {day}"]
            last = at + len("        due: 2000-01-01")
        path.write_text("".join(out) + text[last:], encoding="utf-8")

    one = [dues[len(dues) // 2]]
    # a pull: 20 tasks of 5 plans spread through the file, 4 in each
    plan_starts = [m.start() for m in re.finditer(r"^  - id: ", text, re.M)]
    pulled = []
    for p in range(5):
        begin = plan_starts[p * len(plan_starts) // 5]
        pulled += [d for d in dues if d > begin][:4]
    row["due after a one-task edit"] = median(base + ["due"], slow, before=lambda: edit(one))
    row["due after a 20-task pull"] = median(base + ["due"], slow,
                                             before=lambda: edit(sorted(pulled)))
    row["sync --full"] = median(base + ["sync", "--full"], slow)
    row["peak MB (full)"] = peak_memory(base + ["sync", "--full"])
    path.write_text(text, encoding="utf-8")
    subprocess.run(base + ["sync", "--full"], env=ENV, stdout=subprocess.DEVNULL, check=True)
    owner = re.search(r"^        owners: \[([^,\]]+)", text, re.M).group(1)
    task = f"{plan}-01"
    moves = iter([(owner, "市审计局"), ("市审计局", owner)] * repeat)

    def reassign_then_due():
        start = time.perf_counter()
        old, new = next(moves)
        subprocess.run(base + ["reassign", task, "--from", old, "--to", new], env=ENV,
                       stdout=subprocess.DEVNULL, check=True)
        subprocess.run(base + ["due", "--plan", plan], env=ENV, stdout=subprocess.DEVNULL,
                       check=True)
        return time.perf_counter() - start

    row["reassign + due --plan"] = statistics.median(reassign_then_due() for _ in range(repeat))
    row["bare yaml.load"] = median(
        [sys.executable, "-c", "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), "
         "Loader=yaml.CSafeLoader)", str(path)], slow)
    row["task overdue"] = taskwarrior(n, text, folder, repeat, all_pending=False)
    row["task overdue (all pending)"] = taskwarrior(n, text, folder, repeat, all_pending=True)
    history = path.with_name(f"tasks-{n}.history.yaml")
    history.unlink(missing_ok=True)  # the edits above recorded as hand edits: not the next run's
    path.write_text(text, encoding="utf-8")
    return row


def peak_memory(args):
    """The peak resident memory of a process, in MB."""
    proc = subprocess.Popen(args, env=ENV, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return round(usage.ru_maxrss / 1024, 1)


def taskwarrior(n, text, folder, repeat, all_pending):
    """Median of Taskwarrior's `task overdue` on n tasks made from the same records (those
    done marked completed, so Taskwarrior leaves them out of its pending file), or with
    every task pending (Taskwarrior then reads them all, as vtrack does), or a word why not."""
    if not shutil.which("task"):
        return "no task on PATH"
    import json
    kind = "pending" if all_pending else "same"
    data = folder / f"taskwarrior-{n}-{kind}"
    rc = folder / f"taskrc-{n}"
    env = {**ENV, "TASKDATA": str(data), "TASKRC": str(rc)}
    if not (data / "pending.data").exists():
        data.mkdir(exist_ok=True)
        rc.write_text("confirmation=off\nverbose=nothing\ncolor=off\n", encoding="utf-8")
        records = []
        for block in re.split(r"^      - id: ", text, flags=re.M)[1:]:
            title = re.search(r"title: (.*)", block).group(1)
            due = re.search(r"due: (\d{4})-(\d\d)-(\d\d)", block)
            done = "status: done" in block and not all_pending
            record = {"description": title, "status": "completed" if done else "pending",
                      "entry": "20220101T000000Z"}
            if done:
                record["end"] = "20220102T000000Z"
            if due:
                record["due"] = f"{due.group(1)}{due.group(2)}{due.group(3)}T000000Z"
            records.append(json.dumps(record, ensure_ascii=False))
        source = folder / f"taskwarrior-{n}-{kind}.json"
        source.write_text("\n".join(records), encoding="utf-8")
        subprocess.run(["task", "import", str(source)], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
    return statistics.median(timed_env(["task", "overdue"], env) for _ in range(repeat))


def timed_env(args, env):
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/vtrack-bench"))
    parser.add_argument("--before", metavar="PATH",
                        help="another vtrack executable to measure beside this one")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    versions = ([("before", args.before)] if args.before else []) + [("this", VTRACK)]
    for label, vtrack in versions:
        print(f"{label}: vtrack --version: {median([vtrack, '--version'], args.repeat):.3f} s; "
              f"vtrack due --help: {median([vtrack, 'due', '--help'], args.repeat):.3f} s")
    rows = [bench_size(int(n), args.dir, args.repeat, vtrack, label)
            for n in args.sizes.split(",") for label, vtrack in versions]
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(f"{row[k]:.3f}" if isinstance(row[k], float) else str(row[k])
                         for k in keys))
    for row in rows:
        ratios = [f"full rebuild / bare yaml.load = "
                  f"{row['sync --full'] / row['bare yaml.load']:.2f}",
                  f"one-task edit - warm = "
                  f"{row['due after a one-task edit'] - row['due (warm)']:.3f} s",
                  f"20-task pull - warm = "
                  f"{row['due after a 20-task pull'] - row['due (warm)']:.3f} s"]
        for key in ("task overdue", "task overdue (all pending)"):
            if isinstance(row[key], float):
                ratios.append(f"warm due / {key} = {row['due (warm)'] / row[key]:.2f}")
        print(f"{row['vtrack']}, {row['tasks']} tasks: " + "; ".join(ratios))


if __name__ == "__main__":
    main()
