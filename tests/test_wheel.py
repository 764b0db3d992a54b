"""vtrack installed from its wheel into a fresh virtual environment, as `pip install .` or
`pipx install .` installs it: every subcommand runs from there, away from the source tree.

The wheel is built in the background while the rest of the suite runs (conftest.py)."""
import concurrent.futures
import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT
from vtrack.cli import cli

pytestmark = pytest.mark.slow  # builds and installs a wheel

SEED = sorted((ROOT / "seeds").glob("*.txt"))[2]  # the plan with a division table


def _runner(bin_dir, cwd):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("VTRACK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update({"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin", "VTRACK_TODAY": "2022-09-01",
                "VTRACK_USER": "测试", "NO_COLOR": "1"})

    def run(*args, cwd=cwd):
        proc = subprocess.run([str(bin_dir / "vtrack"), *args], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=60)
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, \
            proc.stderr
        return proc
    return run, env


def test_the_wheel_ships_the_whole_program(installed_wheel, tmp_path):
    run, env = _runner(installed_wheel, tmp_path)
    where = subprocess.run([str(installed_wheel / "python"), "-c",
                            "import vtrack, vtrack.extract; print(vtrack.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True)
    assert where.returncode == 0, where.stderr
    assert str(installed_wheel.parent) in where.stdout  # not the source tree
    shutil.copy(SEED, tmp_path / "plan.txt")

    ran = set()

    def ok(*args, cwd=tmp_path):
        proc = run(*args, cwd=cwd)
        assert proc.returncode == 0, (args, proc.stderr)
        ran.add(args[0])
        return proc.stdout

    ok("extract", "plan.txt", "-o", "tasks.yaml", "--plan-id", "ezhou-2022")
    other = tmp_path / "other"  # a second folder, its commands run meanwhile
    other.mkdir()
    shutil.copy(tmp_path / "tasks.yaml", other / "tasks.yaml")

    def changes():
        ok("sync", cwd=other)
        ok("reassign", "ezhou-2022-01", "--add", "市财政局", cwd=other)
        ok("done", "ezhou-2022-01", cwd=other)
        ok("reopen", "ezhou-2022-01", cwd=other)
        ok("status", "in_progress", "ezhou-2022-02", cwd=other)
        ok("cancel", "ezhou-2022-03", "--why", "合并到其他任务", cwd=other)
        ok("postpone", "ezhou-2022-04", "--to", "2022-12-31", "--why", "市政府同意延期", cwd=other)
        ok("note", "ezhou-2022-05", "方案已报市政府", cwd=other)
        ok("reviewed", "--plan", "ezhou-2022", cwd=other)
        ok("add", "--plan", "ezhou-2022", "--title", "补充任务", "--owner", "市教育局", cwd=other)
        ok("edit", "ezhou-2022-01", "--title", "更正后的标题", cwd=other)
        ok("undo", cwd=other)
        assert "ezhou-2022-05" in ok("history", cwd=other)
        ok("export", "--dept", "市教育局", "-o", "edu.xlsx", cwd=other)
        assert "没有要导入的变更" in ok("import", "edu.xlsx", cwd=other)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        meanwhile = pool.submit(changes)
        import docx  # a Word plan: the wheel's dependencies read it
        document = docx.Document()
        for line in ("某縣工作方案", "2023年1月5日", "一、重点任务",
                     "1.建设平台，2023年6月底前完成。（责任单位：縣數據局）"):
            document.add_paragraph(line)
        document.save(tmp_path / "plan.docx")
        ok("extract", "plan.docx", "-o", "word.yaml", "--plan-id", "word-2023")
        assert "县数据局" in (tmp_path / "word.yaml").read_text(encoding="utf-8")
        assert "逾期" in ok("due")
        ok("list", "--all")
        ok("show", "ezhou-2022-01")
        ok("check")
        ok("workload")
        assert "任务周报" in ok("digest")
        ok("when", "2022年8月底前出台具体方案")
        ok("completion", "bash")
        ok("ics", "-o", "tasks.ics")
        assert "没有要发出的催办" in ok("remind", "--dry-run")  # no department has a channel
        # a plain install has no Datasette (the web extra): serve says so in one line
        served = run("serve", "--port", "9")
        assert served.returncode == 1 and served.stderr.count("\n") == 1 and \
            "pip install 'vtrack[web]'" in served.stderr, served.stderr
        ran.add("serve")
        # git's merge driver on two changes of one due date, then the clash settled
        merged = tmp_path / "merged"
        merged.mkdir()
        base = (tmp_path / "tasks.yaml").read_text(encoding="utf-8")
        for name, day in (("base", None), ("tasks", "2030-01-01"), ("theirs", "2030-02-02")):
            text = base if day is None else re.sub(
                r"(id: ezhou-2022-01\n(?:.*\n)*?\s+due: )\S+", rf"\g<1>{day}", base, count=1)
            (merged / f"{name}.yaml").write_text(text, encoding="utf-8")
        ok("merge-file", "base.yaml", "tasks.yaml", "theirs.yaml", "tasks.yaml", cwd=merged)
        assert "合并冲突：1 处" in ok("check", cwd=merged)
        assert "2030-02-02" in ok("resolve", "ezhou-2022-01", "--keep", "theirs", cwd=merged)
        assert ok("--version").strip().endswith(__import__("vtrack").__version__)
        meanwhile.result()
    assert ran >= set(cli.commands), f"not run from the wheel: {set(cli.commands) - ran}"

    bad = run("show", "no-such-task")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
