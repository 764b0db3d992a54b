"""Gates on the project as a whole: what the tests import is declared in pyproject.toml, so
that `pip install '.[test]'` on a clean machine is all the suite needs; ruff and mypy pass
with the project's settings (pyproject.toml)."""
import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib

import pytest

from conftest import ROOT

# the folders whose modules the tests run: tests/, bench/ (test_extract_corpus imports
# extract_score) and docs/ (test_docs imports reference)
SCANNED = ("tests", "bench", "docs")
# modules a tool puts in sys.modules while it runs, with no file a distribution installs:
# docs/reference.py runs inside cog, which provides `cog`
PROVIDED_BY = {"cog": "cogapp"}
# calls that import the module their first argument names
IMPORTING_CALLS = {"__import__", "import_module", "importorskip"}


def normal(name):
    """A distribution's name as pip compares it (PEP 503): Python_Docx → python-docx."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(pyproject):
    """The distributions pyproject.toml installs with the test extra."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    return {normal(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", r).group(1))
            for r in requirements}


def imports_of(path):
    """(line, top-level module) of every absolute import in a file, at any depth: import
    statements, and __import__/import_module/importorskip of a literal name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.partition(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.partition(".")[0]
        elif isinstance(node, ast.Call) and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in IMPORTING_CALLS:
                yield node.lineno, node.args[0].value.partition(".")[0]


def undeclared_imports(files, local, pyproject=ROOT / "pyproject.toml"):
    """'file:line: problem' for each import that is not the standard library, vtrack, a
    module of local, or a module of a distribution pyproject.toml declares."""
    wanted = declared(pyproject)
    providers = importlib.metadata.packages_distributions()
    problems = []
    for path in files:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for line, name in imports_of(path):
            if name in sys.stdlib_module_names or name == "vtrack" or name in local:
                continue
            dists = providers.get(name) or ([PROVIDED_BY[name]] if name in PROVIDED_BY else [])
            if not dists:
                problems.append(f"{shown}:{line}: {name}: no installed distribution provides it")
            elif not {normal(d) for d in dists} & wanted:
                problems.append(f"{shown}:{line}: {name}: from {' or '.join(sorted(set(dists)))}, "
                                "which pyproject.toml does not declare")
    return problems


def test_everything_the_tests_import_is_declared():
    files = sorted(p for folder in SCANNED for p in (ROOT / folder).glob("*.py"))
    assert len(files) > 20  # the scan found the suite
    problems = undeclared_imports(files, {p.stem for p in files})
    assert not problems, "\n".join(problems) + (
        "\nadd each to pyproject.toml: [project] dependencies if vtrack imports it, else "
        "the test extra")


def test_the_import_gate_sees_what_is_not_declared(tmp_path):
    source = tmp_path / "test_something.py"
    source.write_text("import os, yaml\nfrom vtrack import cli\nimport helper\n"
                      "import pluggy  # installed with pytest, declared by no one here\n"
                      "def f():\n    from no_such_module_here import x\n"
                      "    __import__('no_such_module_either')\n", encoding="utf-8")
    problems = undeclared_imports([source], {"helper"})
    found = [re.search(r":(\d+): (\w+): ", p).groups() for p in problems]
    assert found == [("4", "pluggy"), ("6", "no_such_module_here"),
                     ("7", "no_such_module_either")], problems


def _tool(*args):
    proc = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.slow
def test_ruff_finds_nothing():
    code, out = _tool("ruff", "check", "vtrack", "tests", "docs", "bench")
    assert code == 0, out


@pytest.mark.slow
def test_mypy_finds_nothing():
    code, out = _tool("mypy", "--config-file", str(ROOT / "pyproject.toml"))
    assert code == 0, out
