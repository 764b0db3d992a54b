"""Department names: resolving a spelling to its canonical name, and "did you mean"."""
import re

from .errors import VtrackError


def resolve(name, names):
    """The canonical name for name, given every known spelling -> canonical name."""
    name = name.strip()
    if name in names:
        return names[name]
    raise VtrackError(f"no department {name}{did_you_mean(name, names)}")


def did_you_mean(name, names):
    import difflib
    # a short form (教育局 for 市教育局) is the commonest slip; difflib catches the typos
    close = [known for known in names if name in known]
    close += difflib.get_close_matches(name, list(names), n=3, cutoff=0.5)
    canonical = list(dict.fromkeys(names[c] for c in close))[:3]
    return f" (did you mean {' or '.join(canonical)}?)" if canonical else ""


def spellings(task_file):
    """Every spelling -> canonical name: the registry's names and aliases, then owners."""
    names = {}
    for name, entry in task_file.departments.items():
        names[name] = name
        for alias in entry["aliases"]:
            names[alias] = name
    for task in task_file.tasks():
        for owner in task["owners"]:
            names.setdefault(owner, owner)
    return names


# a separator outside brackets: 各县（市、区）政府 is one unit
_SEPARATORS = re.compile(r"[、，,;；/\n]+(?![^（(]*[）)])")
# 市财政局等有关部门 -> 市财政局: the tail names no one in particular
_VAGUE_TAIL = re.compile(r"(?:等|及)(?:其他)?(?:有关|相关|各)?(?:部门|单位|机构)?$|(?:按职责分工)?负责$")
_UNIT_END = re.compile(r"(?:局|委|办|院|校|学|厅|部|会|中心|政府|集团|公司|中专|处|室|所|站|队|"
                       r"行|社|团|馆|区|县|镇|街道|单位|部门|企业|园|组|机构|[銀银]行|[學学]校)$")


def split_units(text):
    """A list of responsible units as written in a plan -> names, in the plan's order."""
    names = []
    for piece in _SEPARATORS.split(text or ""):
        name = piece.strip(" \t\u3000。.：:")
        name = _VAGUE_TAIL.sub("", name).strip()
        if name and name not in names:
            names.append(name)
    return names


def looks_like_units(text):
    """Whether text reads as a list of units (市教育局、市人社局。) rather than a sentence."""
    names = split_units(text)
    if not names or "。" in text.strip().rstrip("。"):
        return False
    return sum(1 for n in names if len(n) <= 20 and _UNIT_END.search(n)) >= 0.6 * len(names)
