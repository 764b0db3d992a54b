"""docs/ is the reference: its generated parts match the code, it covers every message the
checker gives and every deadline rule, and it sends no reader outside the repository."""
import re
import sys

from conftest import ROOT

DOCS = ROOT / "docs"


def _reference():
    sys.path.insert(0, str(DOCS))
    try:
        import reference
    finally:
        sys.path.remove(str(DOCS))
    return reference


def test_generated_parts_are_up_to_date(capsys):
    from cogapp import Cog
    files = sorted(str(p) for p in DOCS.glob("*.md"))
    status = Cog().main(["cog", "--check", "-I", str(DOCS), *files])
    assert status == 0, f"{capsys.readouterr().out}\nrun: cog -r -I docs docs/*.md"


def test_every_checker_message_is_documented():
    reference = _reference()
    templates = reference.message_templates(
        (ROOT / "vtrack" / "taskfile" / "read.py").read_text("utf-8"))
    assert len(templates) >= 40  # the reader of taskfile/read.py found the messages
    documented = [line for line in (DOCS / "tasks-yaml.md").read_text("utf-8").splitlines()
                  if line.startswith("| `` tasks.yaml:")]
    missing = [t for t in templates if not any(re.search(t, line) for line in documented)]
    assert not missing, f"add a mistake to docs/reference.py MISTAKES for: {missing}"


def test_every_documented_mistake_is_one_check_reports():
    reference = _reference()
    for mistake in reference.MISTAKES:
        assert reference.problems_of(reference.mistake_text(mistake))


def test_every_deadline_rule_has_an_example():
    from vtrack import deadlines
    used = set()
    for phrase, _ in deadlines.EXAMPLES:
        for m in deadlines._PATTERN.finditer(deadlines.normalise(phrase)):
            used.add(m.lastgroup if m.lastgroup in deadlines._KINDS else deadlines._kind(m))
    assert used == deadlines._KINDS


def test_the_docs_name_no_path_outside_the_repository():
    for path in [ROOT / "README.md", *DOCS.glob("*.md")]:
        text = path.read_text("utf-8")
        assert "../" not in text and "shared/" not in text, path


def test_every_task_field_is_described():
    reference = _reference()
    from vtrack.taskfile import read as records
    assert set(reference.TASK_DOCS) == set(records.TASK_FIELDS)
    assert set(reference.PLAN_DOCS) == set(records.PLAN_FIELDS)
