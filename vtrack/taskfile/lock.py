"""The lock file beside tasks.yaml: one writer at a time for a whole read-modify-write."""
from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

from ..errors import VtrackError

LOCK_WAIT = 10.0  # seconds a second writer waits for the first, unless $VTRACK_LOCK_WAIT


def lock_wait() -> float:
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
def locked(path: str, wait: float | None = None) -> Iterator[None]:
    """Hold tasks.yaml's lock file for a whole read-modify-write: one writer at a time, and
    no reader re-syncing the cache meanwhile."""
    with _flock(path, exclusive=True, wait=wait):
        yield


@contextlib.contextmanager
def shared(path: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock as a reader re-syncing the cache: readers together, never while a
    writer holds it, so a reader never takes a writer's half-done work for a hand edit. In a
    folder where the lock file cannot be made (read-only), nobody can write: go on."""
    try:
        with _flock(path, exclusive=False, wait=wait):
            yield
    except _NoLockFile:
        yield


class _NoLockFile(Exception):
    pass


@contextlib.contextmanager
def _flock(path: str, exclusive: bool, wait: float | None) -> Iterator[None]:
    import fcntl

    wait = lock_wait() if wait is None else wait
    lock_path = f"{path}.lock"
    made = not os.path.exists(lock_path)
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        if not exclusive:
            raise _NoLockFile() from None
        raise VtrackError(f"{lock_path}：无法建立锁文件（{e.strerror}）：未做任何改动") from None
    if made:  # never committed with a `git add -A`
        from .gitrepo import keep_out
        keep_out(lock_path)
    try:
        deadline = time.monotonic() + wait
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise VtrackError(
                        f"另一个 vtrack 正在修改 {path}（锁 {lock_path} 已占用 {wait:.0f} 秒）；"
                        "未做任何改动：请稍后再试") from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing drops the lock
