"""Where tasks.yaml stands in a git work tree.

The files vtrack makes beside tasks.yaml for itself (the cache, the lock files) must never be
committed: a `git add -A` would put a binary cache in the repository and the next pull would
conflict on it. Each is listed, when vtrack makes it, in the clone's own .git/info/exclude,
which git reads like a .gitignore but which is not a tracked file: nothing to commit, and
every clone keeps its own (vtrack writes it there too when it first makes the files)."""
import os


def work_tree(folder: str) -> tuple[str, str] | None:
    """(the work tree's top folder, its git folder) for a folder inside one, else None.

    A `.git` that is a file (a worktree or a submodule) names the git folder in its
    `gitdir:` line; a worktree's own folder points at the shared one in `commondir`."""
    probe = os.path.abspath(folder)
    while True:
        dot_git = os.path.join(probe, ".git")
        if os.path.isdir(dot_git):
            return probe, dot_git
        if os.path.isfile(dot_git):
            return probe, _linked_git_dir(dot_git)
        parent = os.path.dirname(probe)
        if parent == probe:
            return None
        probe = parent


def _linked_git_dir(dot_git_file: str) -> str:
    folder = os.path.dirname(dot_git_file)
    try:
        with open(dot_git_file, encoding="utf-8") as f:
            line = f.readline().strip()
    except OSError:
        return dot_git_file
    git_dir = os.path.join(folder, line.removeprefix("gitdir:").strip())
    try:
        with open(os.path.join(git_dir, "commondir"), encoding="utf-8") as f:
            return os.path.normpath(os.path.join(git_dir, f.read().strip()))
    except OSError:
        return os.path.normpath(git_dir)


def keep_out(*paths: str) -> None:
    """List paths (files or glob patterns) in .git/info/exclude where they stand in a git
    work tree and are not listed yet. Best effort: a clone whose git folder cannot be
    written is left as it is (the files are still ignored by the project's .gitignore, if
    it has one), and nothing fails because of it."""
    found = work_tree(os.path.dirname(os.path.abspath(paths[0])))
    if found is None:
        return
    top, git_dir = found
    exclude = os.path.join(git_dir, "info", "exclude")
    try:
        with open(exclude, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = ""
    except OSError:
        return
    listed = set(old.splitlines())
    # anchored at the top of the work tree: the file beside this tasks.yaml, not any of its name
    wanted = ["/" + os.path.relpath(os.path.abspath(p), top).replace(os.sep, "/") for p in paths]
    new = [line for line in dict.fromkeys(wanted) if line not in listed]
    if not new:
        return
    try:
        os.makedirs(os.path.dirname(exclude), exist_ok=True)
        with open(exclude, "a", encoding="utf-8") as f:
            head = "" if not old or old.endswith("\n") else "\n"
            if "vtrack" not in old:
                head += "# vtrack 的缓存和锁文件：不提交\n"
            f.write(head + "".join(line + "\n" for line in new))
    except OSError:
        return


def add_attributes(*rules: tuple[str, str]) -> None:
    """Give files git attributes ((path, `merge=union`) each) in the .gitattributes beside
    them, where they are in a git work tree and no line there gives them that attribute yet
    (a pattern may: `*.history.yaml merge=union`). The lines missing are added together, in
    the order given: two clones that each write the file from nothing write it byte for
    byte alike, and git merges their two additions without a conflict."""
    import fnmatch
    folder = os.path.dirname(os.path.abspath(rules[0][0]))
    if work_tree(folder) is None:
        return
    attributes = os.path.join(folder, ".gitattributes")
    try:
        with open(attributes, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = ""
    except OSError:
        return
    given = [line.split() for line in old.splitlines()]
    new = []
    for path, attribute in rules:
        name = os.path.basename(path)
        if not any(words and not words[0].startswith("#") and attribute in words[1:]
                   and fnmatch.fnmatch(name, words[0]) for words in given):
            new.append(f"{name} {attribute}\n")
    if not new:
        return
    try:
        with open(attributes, "a", encoding="utf-8") as f:
            f.write(("" if not old or old.endswith("\n") else "\n") + "".join(new))
    except OSError:
        return


DRIVER = "vtrack"


def set_up_merge(tasks_path: str, history_path: str) -> None:
    """Have git merge tasks.yaml with vtrack (taskfile/merge3.py) instead of line by line:
    `tasks.yaml merge=vtrack` in .gitattributes (tracked, so every clone asks for it) and
    the driver in this clone's own .git/config (never shared by git: each clone names its
    own vtrack). A clone without the driver in its config merges as git always does. Best
    effort, like keep_out: nothing fails because of it."""
    found = work_tree(os.path.dirname(os.path.abspath(tasks_path)))
    if found is None:
        return
    # the history file's rule too, whichever file comes first: every clone writes the same
    add_attributes((tasks_path, f"merge={DRIVER}"), (history_path, "merge=union"))
    import subprocess
    config = os.path.join(found[1], "config")
    try:
        have = subprocess.run(["git", "config", "--file", config, f"merge.{DRIVER}.driver"],
                              capture_output=True, text=True, timeout=10)
        if have.returncode == 0 and have.stdout.strip():
            return  # set up already (by this vtrack, or by hand: the person's choice)
        for key, value in (("name", "vtrack：按计划、任务和字段合并 tasks.yaml"),
                           ("driver", driver_line())):
            subprocess.run(["git", "config", "--file", config, f"merge.{DRIVER}.{key}", value],
                           capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return


def driver_line() -> str:
    """The driver as git runs it (through the shell): this vtrack's `merge-file`, or, where
    that program is gone since (a virtual environment removed), git's own line merge, so
    that a pull still leaves its usual markers rather than this clone's text alone."""
    program, command = driver_command()
    return (f"if [ -x {program} ]; then {command} merge-file %O %A %B %P; "
            "else git merge-file %A %O %B; fi")


def driver_command() -> tuple[str, str]:
    """(the program, the command) that run this very vtrack, as a shell (git's) reads them:
    the console script it was started as, else this Python with `-m vtrack`."""
    import shlex
    import sys
    script = os.path.realpath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if os.path.basename(script) in ("vtrack", "vtrack.exe") and os.access(script, os.X_OK):
        return shlex.quote(script), shlex.quote(script)
    return shlex.quote(sys.executable), f"{shlex.quote(sys.executable)} -m vtrack"


def line_merge(base: bytes, ours: bytes, theirs: bytes) -> bytes:
    """git's own merge of three texts, with its conflict markers where the lines clash: what
    git would have written without the driver."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory(prefix="vtrack-merge-") as folder:
        names = []
        for name, data in (("ours", ours), ("base", base), ("theirs", theirs)):
            names.append(os.path.join(folder, name))
            with open(names[-1], "wb") as f:
                f.write(data)
        proc = subprocess.run(["git", "merge-file", "-p", "-L", "ours", "-L", "base",
                               "-L", "theirs", *names], capture_output=True, timeout=60)
        return proc.stdout if proc.returncode >= 0 and proc.stdout else ours
