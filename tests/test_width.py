"""Tables and help fit the terminal (issue 19): on a terminal of COLUMNS (or its size), no
line is wider; piped to a script, whole lines, whatever COLUMNS says; help text wraps where
Chinese text may break."""
import functools
import os
import pty
import re
import subprocess
from pathlib import Path

import pytest

from conftest import VTRACK, _test_env
from vtrack.outputs.text import display_width

# through the installed command: the slow layer (`-m "not slow"` leaves them out)
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-23"
CLOSING = "，。、；：！？）》」』】〕”’"


def on_terminal(args, cwd, columns):
    """The installed command with its stdout on a pseudo-terminal of COLUMNS columns."""
    master, slave = pty.openpty()
    env = _test_env({"COLUMNS": str(columns)})
    proc = subprocess.Popen([VTRACK, *args], cwd=cwd, env=env, stdout=slave,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # the other end closed: the command is done
            break
        if not chunk:
            break
        out += chunk
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0 and "Traceback" not in err, err
    return out.decode("utf-8").replace("\r\n", "\n")


def widest(text):
    return max(display_width(line) for line in text.splitlines())


@pytest.fixture
def shipped(tmp_path):
    (tmp_path / "tasks.yaml").write_bytes((ROOT / "tasks.yaml").read_bytes())
    return tmp_path


COMMANDS = [("due", "--as-of", AS_OF), ("workload", "--as-of", AS_OF), ("list",),
            ("history",), ("show", "chanjiao-2022-01", "--as-of", AS_OF),
            ("show", "ezhou-2022-01", "--as-of", AS_OF)]


@pytest.mark.parametrize("columns", [80, 60])
def test_tables_fit_the_terminal(shipped, columns):
    for args in COMMANDS:
        out = on_terminal(args, shipped, columns)
        assert widest(out) <= columns, (args, columns, out)
    # what stays: every overdue task, each on its line, the counts of workload
    due = on_terminal(("due", "--as-of", AS_OF), shipped, columns)
    piped = subprocess.run([VTRACK, "due", "--as-of", AS_OF, "--format", "json"],
                           cwd=shipped, env=_test_env(None), capture_output=True, text=True)
    import json
    for task in json.loads(piped.stdout):
        assert task["id"] in due
    assert "已完成" in on_terminal(("workload", "--as-of", AS_OF), shipped, columns)


def test_show_wraps_long_text_under_its_label(shipped):
    import json
    task = json.loads(subprocess.run(
        [VTRACK, "show", "ezhou-2022-01", "--format", "json"], cwd=shipped,
        env=_test_env(None), capture_output=True, text=True).stdout)
    out = on_terminal(("show", "ezhou-2022-01", "--as-of", AS_OF), shipped, 60)
    lines = out.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("内容"))
    indent = len(lines[start]) - len(lines[start][2:].lstrip()) - 0
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith(" " * 4):
            break
        block.append(line)
    assert len(block) > 1  # wrapped, not one line of 200 columns
    value_at = display_width(lines[start]) - display_width(lines[start].split("  ", 1)[1]
                                                             .lstrip())
    assert all(line[:value_at].strip() == "" for line in block[1:]), indent
    whole = "".join(line.strip() if k else line.split(None, 1)[1]
                    for k, line in enumerate(block))
    assert whole.replace(" ", "") == task["text"].replace(" ", "")  # all of it, in order


def test_piped_output_keeps_its_width(shipped):
    """A script reading `vtrack due | …` gets the same lines whatever the terminal."""
    def piped(env):
        return subprocess.run([VTRACK, "due", "--as-of", AS_OF], cwd=shipped,
                              env=_test_env(env), capture_output=True, text=True).stdout
    full = piped(None)
    assert widest(full) > 100
    assert piped({"COLUMNS": "60"}) == full


def test_colour_does_not_count_toward_the_width(shipped):
    master_out = on_terminal(("due", "--as-of", AS_OF), shipped, 80)
    env = _test_env({"COLUMNS": "80"})
    env.pop("NO_COLOR")
    master, slave = pty.openpty()
    proc = subprocess.Popen([VTRACK, "due", "--as-of", AS_OF], cwd=shipped, env=env,
                            stdout=slave, stderr=subprocess.DEVNULL)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=60)
    os.close(master)
    coloured = out.decode().replace("\r\n", "\n")
    assert "\x1b[" in coloured
    plain = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert plain == master_out and widest(plain) <= 80


@functools.cache  # each width's pages once: thirty commands to start
def help_pages(columns):
    env = _test_env({"COLUMNS": str(columns)})
    top = subprocess.run([VTRACK, "--help"], env=env, capture_output=True, text=True).stdout
    names = re.findall(r"^  ([a-z-]+)  ", top.split("命令:", 1)[1], re.M)
    assert "due" in names and "digest" in names
    pages = {"": top}
    for name in names:
        pages[name] = subprocess.run([VTRACK, name, "--help"], env=env, capture_output=True,
                                     text=True).stdout
    return pages


def ascii_words(page):
    # (the list of commands aside: click shortens each command's line to fit, with ...)
    return sorted(re.findall(r"[!-~]+", page.split("命令:", 1)[0]))


@pytest.mark.parametrize("columns", [80, 60])
def test_help_wraps_as_chinese_text(columns):
    pages = help_pages(columns)
    wide = help_pages(200)
    for name, page in pages.items():
        for line in page.splitlines():
            if name == "completion" and re.match(r" +(bash|zsh|fish): ", line):
                continue  # a \b block, printed as written: a command line to copy whole
            assert display_width(line) <= columns, (name, line)
            # a closing mark ends the line before; it never opens one
            assert not line.strip() or line.strip()[0] not in CLOSING, (name, line)
        # no ASCII word broken: the same words as on a wide terminal (the usage line and
        # option names aside, which click lays out itself)
        assert ascii_words(page) == ascii_words(wide[name]), name
    # a docstring's lines run on: no space put between two Chinese characters where the
    # source broke its line
    assert "灯（红：逾期，黄：即将到期" in "".join(
        line.strip() for line in pages["export"].splitlines())
