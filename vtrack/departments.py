"""Department names: resolving a spelling to its canonical name, and "did you mean"."""
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
