"""Time `vtrack export` (the Excel 台账) and `vtrack ics` on generated files, warm cache.

    python bench/export.py [--sizes 1000,10000] [--repeat 3] [--dir /tmp/vtrack-bench]

Prints medians in seconds of whole processes: every task (--all), the open ones, the
calendar, and reading the every-task workbook back (`import --dry-run`, nothing changed).
"""
import argparse
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402
from run import ENV, VTRACK, timed  # noqa: E402  (the real script, not a shim)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/vtrack-bench"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print("tasks | export --all | export (open) | ics | import --all workbook")
    for n in (int(s) for s in args.sizes.split(",")):
        path = args.dir / f"tasks-{n}.yaml"
        if not path.exists():
            path.write_text(generate(n), encoding="utf-8")
        base = [VTRACK, "--tasks", str(path), "--db", str(args.dir / f"tasks-{n}.db")]
        subprocess.run(base + ["sync"], env=ENV, stdout=subprocess.DEVNULL, check=True)
        out = args.dir / f"export-{n}"
        figures = [statistics.median(timed(base + command) for _ in range(args.repeat))
                   for command in (["export", "--all", "-o", f"{out}-all.xlsx"],
                                   ["export", "-o", f"{out}.xlsx"],
                                   ["ics", "-o", f"{out}.ics"],
                                   ["import", "--dry-run", f"{out}-all.xlsx"])]
        print(f"{n} | " + " | ".join(f"{f:.2f}" for f in figures))


if __name__ == "__main__":
    main()
