"""The day a command judges from: the only place vtrack reads the clock."""
import datetime
import os

import click


def today(as_of: datetime.date | None = None) -> datetime.date:
    """The day the command judges from: --as-of, else $VTRACK_TODAY, else the local date.
    The only place vtrack reads the clock."""
    if as_of is not None:
        return as_of
    env = os.environ.get("VTRACK_TODAY")
    if env:
        try:
            return datetime.date.fromisoformat(env)
        except ValueError:
            raise click.BadParameter(f"{env!r} 不是 YYYY-MM-DD 格式的日期",
                                     param_hint="$VTRACK_TODAY") from None
    return datetime.date.today()


def now_ms() -> int:
    """The time a message is stamped with (钉钉's signature, a mail's Date), in ms since the
    epoch: $VTRACK_NOW_MS, else the clock."""
    env = os.environ.get("VTRACK_NOW_MS")
    if env:
        if not env.isdigit():
            raise click.BadParameter(f"{env!r} 不是毫秒数", param_hint="$VTRACK_NOW_MS")
        return int(env)
    import time
    return int(time.time() * 1000)
