"""The lock file beside tasks.yaml: one writer at a time for a whole read-modify-write."""
import contextlib
import os
import time

from ..errors import VtrackError

LOCK_WAIT = 10.0  # seconds a second writer waits for the first, unless $VTRACK_LOCK_WAIT


def lock_wait():
    """How long a writer waits for another's lock: $VTRACK_LOCK_WAIT seconds, else 10."""
    value = os.environ.get("VTRACK_LOCK_WAIT")
    if not value:
        return LOCK_WAIT
    try:
        wait = float(value)
    except ValueError:
        wait = -1
    if not 0 <= wait <= 3600:
        raise VtrackError(f"$VTRACK_LOCK_WAIT 是 {value!r}：请给 0 到 3600 之间的秒数")
    return wait


@contextlib.contextmanager
def locked(path, wait=None):
    """Hold tasks.yaml's lock file for a whole read-modify-write."""
    import fcntl

    wait = lock_wait() if wait is None else wait
    lock_path = f"{path}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise VtrackError(
                        f"另一个 vtrack 正在修改 {path}（锁 {lock_path} 已占用 {wait:.0f} 秒）；"
                        "未做任何改动：请稍后再试") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing drops the lock
