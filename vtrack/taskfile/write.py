"""tasks.yaml written: plans, tasks and the registry as YAML lines in the order of format
version 1, one value as YAML on one line, and the atomic replace every file write uses."""
import datetime
import enum

import yaml

from ..errors import VtrackError
from ..model import FIELDS, PLAN_KEYS, Plan, Task, left_out
from .read import DEPARTMENT_FIELDS


def dump_plans(plans: list[Plan], indent: str = "  ") -> list[str]:
    """Plans as the YAML lines of a `plans:` list, in the field order of tasks.yaml v1."""
    out = []
    for plan in plans:
        first = True
        for key in PLAN_KEYS:
            value = getattr(plan, key)
            if value is not None:
                out.append(f"{indent}{'- ' if first else '  '}{key}: {yaml_value(value)}")
                first = False
        out.append(f"{indent}  tasks:")
        for task in plan.tasks:
            out += dump_task(task, indent + "    ")
    return out


def dump_task(task: Task, indent: str) -> list[str]:
    out: list[str] = []
    for f in FIELDS:
        value = task.value(f.name)
        if left_out(f.name, value, task):
            continue
        prefix = f"{indent}- " if not out else f"{indent}  "
        if f.listed and f.kind != "names":
            out.append(f"{prefix}{f.name}:")
            out += [f"{indent}    - {yaml_value(entry)}" for entry in value]
        else:
            out.append(f"{prefix}{f.name}: {yaml_value(value)}")
    return out


def dump_departments(departments):
    """The registry as the lines of a top-level `departments:` section."""
    out = ["departments:"]
    for name, entry in departments.items():
        fields = [key for key in DEPARTMENT_FIELDS if entry.get(key)]
        out.append(f"  {yaml_value(name)}:" + ("" if fields else " {}"))
        out += [f"    {key}: {yaml_value(entry[key])}" for key in fields]
    return out


def dump(departments, plans, settings=None):
    """A whole tasks.yaml."""
    out = ["version: 1"]
    if settings:
        out.append("settings:")
        out += [f"  {key}: {yaml_value(value)}" for key, value in settings.items()]
    if departments:
        out += dump_departments(departments)
    out.append("plans:")
    out += dump_plans(plans)
    return "\n".join(out) + "\n"


def yaml_value(value):
    """One value as YAML on one line: flow style for lists and small mappings."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, datetime.date)):
        return str(value)
    if isinstance(value, enum.Enum):  # a Status: its word
        value = value.value
    elif hasattr(value, "as_dict"):  # a milestone, note or log entry
        value = value.as_dict()
    elif isinstance(value, list):
        value = [v.as_dict() if hasattr(v, "as_dict") else v for v in value]
    # a key `on` comes out quoted ('on'): YAML 1.1 loaders read a bare on as true
    text = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, default_flow_style=True,
                     width=1 << 30, sort_keys=False)
    return text.removesuffix("\n...\n").rstrip("\n")


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def write_atomic(path: str, data: bytes | str) -> None:
    """Replace path with data (bytes, or text written as UTF-8), or leave it as it was:
    temp file, fsync, rename. A symbolic link is followed and the file it names written; a
    read-only file, a folder, a device or a missing folder is refused with one line."""
    import os
    import stat
    import tempfile

    target = os.path.realpath(path)  # the real file: a link stays a link
    folder = os.path.dirname(target)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise VtrackError(f"{path}：无法写入（{e.strerror}）") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise VtrackError(f"{path} 是一个目录：请给出文件名，如 {os.path.join(path, '台账.xlsx')}")
    if mode is not None and not stat.S_ISREG(mode):
        raise VtrackError(f"{path} 不是普通文件（设备或管道）：vtrack 只写普通文件")
    # no write bit for anyone is a file marked read-only, even for root, who may write it
    if mode is not None and (not mode & 0o222 or not os.access(target, os.W_OK)):
        raise VtrackError(f"{path} 是只读文件：未写入；要改动它，请先取消只读（chmod u+w）")
    if not os.path.isdir(folder):
        raise VtrackError(f"{path}：目录 {os.path.dirname(os.path.abspath(path))} 不存在："
                          "请先建立它")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tasks-", suffix=".tmp", dir=folder)
    except OSError as e:
        raise VtrackError(f"{path}：无法在 {folder} 中写入（{e.strerror}）") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode & 0o777)
        else:  # a new file gets the mode any program's would (mkstemp's is 0600)
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
    except OSError as e:
        raise VtrackError(f"{path}：写入失败（{e.strerror}）：原文件未改动") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
