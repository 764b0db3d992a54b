"""A few runs of the installed `vtrack` command in processes of their own: what the
in-process tests cannot show (the entry point, exit statuses a shell sees, pipes)."""
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, VTRACK, task, write_tasks

pytestmark = pytest.mark.slow  # each test starts the installed command


def test_due_on_the_shipped_file(run_e2e, tmp_path):
    shutil.copy(ROOT / "tasks.yaml", tmp_path / "tasks.yaml")
    result = run_e2e("due", "--as-of", "2022-09-01")
    assert result.code == 0, result.err
    assert result.out.startswith("逾期") and "ezhou-2022-" in result.out
    assert (tmp_path / ".vtrack.db").exists()


def test_a_broken_file_is_one_located_line_and_exit_1(run_e2e, tmp_path):
    (tmp_path / "tasks.yaml").write_text("version: 1\nplans:\n  - id: X\n", encoding="utf-8")
    result = run_e2e("due")
    assert result.code == 1 and result.out == ""
    assert result.err.startswith("tasks.yaml:3:5: ")


def test_a_wrong_command_line_is_exit_2(run_e2e):
    result = run_e2e("due", "--as-of", "tomorrow")
    assert result.code == 2 and "2022年9月1日" in result.err


def test_a_reader_that_leaves_early_is_no_error(tmp_path):
    # far more than a pipe holds, so that vtrack is still writing when head leaves
    write_tasks(tmp_path / "tasks.yaml", [{"id": "p-2022", "title": "方案", "tasks": [
        task("p-2022", n, ["市教育局"], "2022-09-30") for n in range(1, 501)]}])
    proc = subprocess.run(f"set -o pipefail; {VTRACK} list --all --format json | head -1",
                          shell=True, executable="/bin/bash", cwd=tmp_path, capture_output=True,
                          text=True)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr


def test_python_dash_m_runs_the_same_program(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "vtrack", "--version"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("vtrack, version ")


def test_files_written_keep_the_users_umask(run, tmp_path):
    import os
    shutil.copy(ROOT / "tasks.yaml", tmp_path / "tasks.yaml")
    old = os.umask(0o022)  # a process's: set here for the command run in this process
    try:
        assert run("digest", "--out-dir", "out", "--as-of", "2026-11-23").code == 0
        assert run("export", "-o", "edu.xlsx", "--dept", "鄂州市教育局").code == 0
    finally:
        os.umask(old)
    files = [*(tmp_path / "out").iterdir(), tmp_path / "edu.xlsx"]
    assert {p.stat().st_mode & 0o777 for p in files} == {0o644}


def test_the_readme_cron_line_works_under_crons_path_and_mails_no_failure(tmp_path):
    """The README's crontab line, run as cron runs it: bash, a bare PATH, no terminal."""
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if "mail -s" in ln and "<<<" in ln)
    command = line.split(None, 5)[5]  # after the five time fields
    sent = tmp_path / "sent.txt"
    fake_mail = tmp_path / "mail"
    fake_mail.write_text(f'#!/bin/sh\necho "$@" > {sent}\ncat >> {sent}\n', encoding="utf-8")
    fake_mail.chmod(0o755)
    command = command.replace("/srv/tasks", str(tmp_path)).replace(
        re.search(r"/[^\s()]*/vtrack", command).group(0), VTRACK).replace("mail -s",
                                                                             f"{fake_mail} -s")
    shutil.copy(ROOT / "tasks.yaml", tmp_path / "tasks.yaml")
    cron = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    done = subprocess.run(["/bin/bash", "-c", command], env=cron, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "任务周报" in sent.read_text(encoding="utf-8") and "逾期" in sent.read_text("utf-8")
    sent.unlink()
    (tmp_path / "tasks.yaml").write_text("version: 1\nplans: [\n", encoding="utf-8")
    failed = subprocess.run(["/bin/bash", "-c", command], env=cron, capture_output=True,
                            text=True, stdin=subprocess.DEVNULL)
    assert failed.returncode != 0 and "tasks.yaml:" in failed.stderr
    assert not sent.exists()  # nothing mailed: cron mails the error to the crontab's owner
