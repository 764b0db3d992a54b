"""The package's shape holds: no import cycle between vtrack's modules, click only under
vtrack/cli, the clock read only there, and string-keyed task lookups only where files are
read or written."""
import ast
import re
from pathlib import Path

VTRACK = Path(__file__).resolve().parent.parent / "vtrack"


def module_name(path):
    parts = list(path.relative_to(VTRACK.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path):
    """The modules a file imports, anywhere in it (function-level imports count: they run)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def graph():
    modules = {module_name(p): p for p in VTRACK.rglob("*.py")}
    return {name: {m for m in imports(path) if m in modules and m != name}
            for name, path in modules.items()}


def test_no_import_cycle_between_vtracks_modules():
    edges = graph()
    # a package's __init__ reached through `from . import x` is not a dependency on it
    for name in edges:
        edges[name] = {m for m in edges[name] if not name.startswith(m + ".")}
    seen, on_path, cycles = set(), [], []

    def visit(node):
        if node in on_path:
            cycles.append(on_path[on_path.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        on_path.append(node)
        for nxt in sorted(edges[node]):
            visit(nxt)
        on_path.pop()

    for node in sorted(edges):
        visit(node)
    assert not cycles, [" → ".join(c) for c in cycles]


def test_the_scan_finds_a_cycle_when_there_is_one(tmp_path):
    # the check above must be able to fail: a module importing its importer is seen
    edges = graph()
    assert "vtrack.api" in edges["vtrack.cli"]
    assert "vtrack.cache.schema" in edges["vtrack.cache.sync"]


def test_click_is_imported_only_under_the_cli_package():
    outside = [module_name(p) for p in VTRACK.rglob("*.py")
               if "click" in {m.split(".")[0] for m in imports(p)}
               and not module_name(p).startswith("vtrack.cli")]
    assert outside == []


def test_only_the_cli_reads_the_clock():
    clock = re.compile(r"date\.today\(\)|datetime\.now\(|datetime\.today\(")
    readers = [module_name(p) for p in VTRACK.rglob("*.py")
               if clock.search(p.read_text(encoding="utf-8"))]
    assert readers == ["vtrack.cli.clock"]


def test_string_keyed_task_lookups_stay_in_the_file_adapters():
    lookup = re.compile(r"\b(?:task|t)\[(?:\"|')[a-z_]+")
    found = {module_name(p): len(lookup.findall(p.read_text(encoding="utf-8")))
             for p in VTRACK.rglob("*.py")}
    found = {name: n for name, n in found.items() if n}
    assert sum(found.values()) < 25, found
    assert set(found) <= {"vtrack.taskfile.read", "vtrack.taskfile.write",
                          "vtrack.taskfile.history", "vtrack.cache.schema"}, found
