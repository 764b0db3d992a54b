"""Shell completion: the script for bash, zsh or fish, and the values it offers (task ids,
plan ids and department names from the cache)."""
import os

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_VTRACK_COMPLETE"


def source(cli, shell):
    """The shell code that makes `vtrack <TAB>` complete (click's own, for this program)."""
    from click.shell_completion import get_completion_class

    from ..errors import VtrackError
    completion = get_completion_class(shell)
    if completion is None:  # (SHELLS are click's own; a click without one of them)
        raise VtrackError(f"这一版 click 不支持 {shell} 的补全（可用：{'、'.join(SHELLS)}）")
    return completion(cli, {}, "vtrack", COMPLETE_VAR).source()


def _query(ctx, sql, incomplete):
    """Values from the cache of the task file the command line names; nothing on any
    trouble, since a completion must never print an error into the user's prompt."""
    from ..api import default_db_path
    from ..cache.sync import open_store

    params = ctx.find_root().params
    tasks_path = params.get("tasks_path") or os.environ.get("VTRACK_TASKS") or "tasks.yaml"
    db_path = params.get("db_path") or os.environ.get("VTRACK_DB") or default_db_path(tasks_path)
    try:
        from .clock import today
        store = open_store(tasks_path, db_path, today=today())
        return [row[0] for row in store.conn.execute(sql, (incomplete, incomplete + "\uffff"))]
    except Exception:  # noqa: BLE001 - see the docstring
        return []


def task_ids(ctx, param, incomplete):
    return _query(ctx, "SELECT id FROM tasks WHERE id >= ? AND id < ? ORDER BY id LIMIT 500",
                  incomplete)


def plan_ids(ctx, param, incomplete):
    return _query(ctx, "SELECT id FROM plans WHERE id >= ? AND id < ? ORDER BY id", incomplete)


def departments(ctx, param, incomplete):
    return _query(ctx, "SELECT DISTINCT name FROM department_names WHERE name >= ? AND name < ? "
                       "ORDER BY name LIMIT 500", incomplete)
