"""Time whole `vtrack` processes on generated task files of 1k, 10k and 100k tasks.

    python bench/run.py [--sizes 1000,10000,100000] [--repeat 7] [--dir /tmp/vtrack-bench]

Prints medians in seconds:
- `vtrack --version` (start-up);
- warm `vtrack due --plan P` and warm `vtrack due` (the cache is up to date);
- the first `vtrack due` after the file changed (a re-sync), against a bare
  `yaml.load(..., Loader=CSafeLoader)` of the same file in its own process;
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

VTRACK = shutil.which("vtrack") or sys.exit("install vtrack first: pip install -e .")
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


def bench_size(n, folder, repeat):
    path = folder / f"tasks-{n}.yaml"
    if not path.exists():
        path.write_text(generate(n), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    plan = re.search(r"^  - id: (\S+)", text, re.M).group(1)
    db = folder / f"tasks-{n}.db"
    base = [VTRACK, "--tasks", str(path), "--db", str(db)]
    subprocess.run(base + ["sync"], env=ENV, stdout=subprocess.DEVNULL, check=True)
    row = {
        "tasks": n,
        "MB": round(path.stat().st_size / 1e6, 1),
        "due --plan (warm)": median(base + ["due", "--plan", plan], repeat),
        "due (warm)": median(base + ["due"], repeat),
    }
    slow = max(1, repeat // 3) if n >= 100000 else repeat

    def change():  # a real edit: the hash differs, so the cache must be rebuilt
        with open(path, "a", encoding="utf-8") as f:
            f.write("# edited\n")

    row["due after a change"] = median(base + ["due"], slow, before=change)
    subprocess.run(base + ["sync"], env=ENV, stdout=subprocess.DEVNULL, check=True)
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
    path.write_text(text, encoding="utf-8")
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/vtrack-bench"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"vtrack --version: {median([VTRACK, '--version'], args.repeat):.3f} s")
    rows = [bench_size(int(n), args.dir, args.repeat) for n in args.sizes.split(",")]
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(f"{row[k]:.3f}" if isinstance(row[k], float) else str(row[k])
                         for k in keys))
    for row in rows:
        print(f"{row['tasks']} tasks: re-sync / bare yaml.load = "
              f"{row['due after a change'] / row['bare yaml.load']:.2f}; reassign + due "
              f"against the smallest file: "
              f"{row['reassign + due --plan'] / rows[0]['reassign + due --plan']:.2f}")


if __name__ == "__main__":
    main()
