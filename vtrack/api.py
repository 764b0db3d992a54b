"""The core the command line adapts: where the files are, and the day."""
import os


def default_db_path(tasks_path):
    """The cache beside the task file: .vtrack.db in its folder."""
    return os.path.join(os.path.dirname(tasks_path) or ".", ".vtrack.db")
