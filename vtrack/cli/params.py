"""The command line's parameter types, shared option bundles, exit statuses and the group that
turns the core's errors into one line: the click plumbing the commands share."""
from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import FileProblems, VtrackError
from ..model import STATUS_WORDS, Status
from . import completion
from .clock import today

EXIT_DATA = 1
EXIT_OVERDUE = 3
F = TypeVar("F", bound=Callable[..., Any])


class IsoDate(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime.date:
        if isinstance(value, datetime.date):
            return value
        from ..days import parse_date
        day = parse_date(value, year=today().year)
        if day is None:
            self.fail(f"{value!r} 不是日期：请写作 2022-09-01、2022/9/1、2022年9月1日或 9月1日",
                      param, ctx)
        return day


DATE = IsoDate()


class StatusWord(click.ParamType):
    """A status as people type it: open, in_progress, done, cancelled, or in Chinese (待办,
    推进中/进行中, 已完成/办结, 已取消), as `list` and the 台账 show them."""
    name = "STATUS"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Status:
        status = Status.from_words(str(value))
        if status is None:
            self.fail(f"{value!r} 不是任务状态：请用 待办（open）、推进中（in_progress）、"
                      "已完成（done）或 已取消（cancelled）", param, ctx)
        return status

    def shell_complete(self, ctx: click.Context, param: click.Parameter,
                       incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem
        return [CompletionItem(w) for w in STATUS_WORDS if w.startswith(incomplete)]


STATUS = StatusWord()


class Group(click.Group):
    """Turns the core's errors into one line on stderr and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FileProblems as e:
            for line in e.lines():
                click.echo(line, err=True)
            ctx.exit(EXIT_DATA)
        except VtrackError as e:
            click.echo(f"vtrack: {e}", err=True)
            ctx.exit(EXIT_DATA)


def use_color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


BOM = "\ufeff"


def echo_listing(text: str, fmt: str) -> None:
    """A listing on stdout. CSV written into a file (`> 台账.csv`) starts with a UTF-8 BOM:
    without it Excel on Chinese Windows reads the file as GBK and shows mojibake. Not on a
    pipe or a terminal, where a script or a person reads the text itself, and not when the
    file already holds something (`>>`): a BOM belongs at the start only."""
    click.echo((BOM if fmt == "csv" and _into_new_file() else "") + text)


def _into_new_file() -> bool:
    try:
        stat = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file behind stdout (a test's buffer)
        return False
    import stat as kinds
    return kinds.S_ISREG(stat.st_mode) and stat.st_size == 0


def terminal_width() -> int | None:
    """How wide tables may be: on a terminal, $COLUMNS or else its size (as shutil reads
    them); piped (a script, a file), None: whole lines, the same whatever the terminal."""
    if not sys.stdout.isatty():
        return None
    import shutil
    return shutil.get_terminal_size().columns


def as_of_option(f: F) -> F:
    return click.option("--as-of", type=DATE,
                        help="以哪一天为准（如 2022-09-01）；默认 $VTRACK_TODAY，否则今天。")(f)


def format_option(f: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]),
                        default="table", show_default=True, help="输出格式。")(f)


def dept_option(f: F) -> F:
    return click.option("--dept", metavar="NAME", shell_complete=completion.departments,
                        help="只看这个部门负责的任务（全称、计划中的写法或别名）。")(f)


def plan_option(f: F) -> F:
    return click.option("--plan", metavar="ID", shell_complete=completion.plan_ids,
                        help="只看这个计划的任务。")(f)


def task_filter_options(f: F) -> F:
    """`list` 和 `export` 共用的筛选项（--dept、--plan 之外）。"""
    for option in reversed((
            click.option("--lead", metavar="NAME", shell_complete=completion.departments,
                         help="只看这个部门牵头的任务。"),
            click.option("--status", multiple=True, type=STATUS,
                         help="只看这个状态的任务（可重复）。"),
            click.option("--all", "include_closed", is_flag=True,
                         help="包括已完成和已取消的任务。"))):
        f = option(f)
    return f


def change_options(why_required: bool = False) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        f = click.option("--dry-run", is_flag=True,
                         help="只打印改动（tasks.yaml 的 diff），不写入。")(f)
        f = click.option("--why", required=why_required, metavar="TEXT",
                         help="原因：记入任务的变更记录。" +
                              ("必填。" if why_required else ""))(f)
        return f
    return decorate


task_ids_argument = click.argument("task_ids", nargs=-1, required=True, metavar="ID...",
                                   shell_complete=completion.task_ids)
