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
