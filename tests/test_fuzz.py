"""Generated inputs for the readers of outside text: tasks.yaml, its history file, deadline
phrases and plan documents. None may end in a traceback or an internal error; each ends in a
result or in the error the README promises (exit 1 with a located message).

The suite runs thirty cases of each (it must stay fast); VTRACK_FUZZ=10000 python -m pytest
tests/test_fuzz.py runs as many as asked (the closing note of issue 12 gives a run's count).
"""
import datetime
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from vtrack import deadlines
from vtrack.errors import FileProblems, VtrackError
from vtrack.taskfile import read as records, write

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("VTRACK_FUZZ", "30"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

# pieces of real files and plans, so that generated inputs reach past the first check
YAML_PIECES = ["version: 1\n", "plans:\n", "  - id: p-2022\n", "    title: 方案\n",
               "    tasks:\n", "      - id: p-2022-01\n", "        title: 任务\n",
               "        owners: [市教育局]\n", "        due: 2022-08-31\n", "        lead: [x]\n",
               "        status: done\n", "        done_on: 2022-02-30\n", "departments:\n",
               "  市人社局: {aliases: [人社局]}\n", "settings: {yellow_days: 9}\n", "&a ", "*a",
               "!!python/object:os.system 1", "<<<<<<< HEAD\n", "\t", ": ", "- ", "[", "]",
               "{", "}", "'", '"', "#", "\n", "  ", "null", "~", "2022-13-01", "\x00", "\ufeff"]
HISTORY_PIECES = ["- {'on': 2022-09-01, task: p-2022-01, note: 已报审, by: 市人社局}\n",
                  "- {'on': 2022-09-01, task: p-2022-01, edit: 'due: 2022-08-31 → 2022-09-30'}\n",
                  "- {on: 2022-02-30, task: x, note: y}\n", "- {'on': 2022-09-01, task: 7}\n",
                  "- [a, b]\n", "- \"\\n\"\n", "# 注释\n", "<<<<<<< HEAD\n", "=======\n",
                  "{", "}", "'", '"', ": ", "- ", "\n", "\x00", "\ufeff", "&a", "*a", "!!set",
                  # what a note or a cut-short write can bring: separators, controls, half a
                  # character
                  "\u2028", "\u2029", "\x85", "\x1c", "\x0b", "\r", "\x1b[31m", "\x07",
                  "\udcff", "note: \u2028\n", "已报审\u2029"]
PHRASE_PIECES = ["2022年", "8月", "底前", "30日", "第三季度", "上半年", "十四五", "期间", "持续",
                 "每年", "每月", "起", "至", "前", "完成", "〇", "二十", "３１", "/", "-", ".",
                 "年底", "下旬", "2023", "12", "13月", "2月30日", "，", "。"]
PLAN_PIECES = ["一、", "（一）", "1.", "2、", "（2）", "①", "重点任务\n", "序号\n", "工作任务\n",
               "责任单位\n", "完成时限\n", "牵头单位：", "责任单位:", "（市教育局负责）",
               "〔责任单位：市财政局、市人社局〕", "（A、B牵头，C按职责分工负责）", "| ", " |",
               "\t", "2022年8月底前", "持续推进", "下同", "以下均需各县区落实，不再逐一列出",
               "各县（市、区）政府", "發(fā)展", "?。ㄒ唬", "\n", "。", "推进工作",
               "2022年3月1日\n"]


def written(tmp_path_factory, name, text):
    """text on disk as a reader finds it: a file of its own, bytes as generated."""
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


def pieces(source):
    return st.lists(st.one_of(st.sampled_from(source), st.text(max_size=8)), max_size=40) \
        .map("".join)


@FUZZ
@given(pieces(YAML_PIECES))
def test_the_yaml_reader_answers_or_locates_every_problem(text):
    try:
        task_file = records.parse(text.encode("utf-8", "surrogatepass"), "tasks.yaml")
    except FileProblems as e:
        assert e.problems and all(line >= 1 and col >= 1 for line, col, _ in e.problems)
    else:
        assert isinstance(task_file.plans, list)


@FUZZ
@given(pieces(PHRASE_PIECES), st.one_of(st.none(), st.dates(datetime.date(1990, 1, 1),
                                                              datetime.date(2100, 12, 31))))
def test_the_phrase_reader_always_gives_a_reading(phrase, issued):
    reading = deadlines.read(phrase, issued)
    assert reading.due is None or isinstance(reading.due, datetime.date)
    assert reading.review or reading.due or reading.ongoing or reading.repeat


@FUZZ
@given(pieces(PLAN_PIECES))
def test_extract_gives_tasks_or_says_it_found_none(tmp_path_factory, text):
    from vtrack.extract import extract
    path = written(tmp_path_factory, "plan.txt", text)
    try:
        plan, report = extract(path, "fuzz-2022")
    except VtrackError as e:
        assert str(e).startswith(str(path))
        return
    assert plan.tasks and report
    ids = [t.id for t in plan.tasks]
    assert len(set(ids)) == len(ids)
    records.parse(write.dump({}, [plan]).encode("utf-8"))  # what it writes, vtrack reads


@FUZZ
@given(pieces(HISTORY_PIECES))
def test_the_history_reader_reads_the_good_lines_and_locates_the_bad(tmp_path_factory, text):
    from vtrack.model import plain_text
    from vtrack.taskfile import history
    path = written(tmp_path_factory, "tasks.history.yaml", text)
    problems = []
    entries = history.read(str(path), problems)  # never raises for what the file holds
    lines = path.read_bytes().count(b"\n") + 1
    for line, column, message in problems:
        assert 1 <= line <= lines and column >= 1 and message
    for entry in entries:
        assert entry["kind"] in ("note", "edit") and isinstance(entry["on"], datetime.date)
        try:
            written_line = history.line(entry)
        except VtrackError as e:  # nothing left once separators and controls are gone
            assert not plain_text(entry["text"]), e
            continue
        # one line, which reads back as the entry with its text made safe
        assert written_line.count("\n") == 1 and written_line.endswith("\n")
        back = history.read_line(written_line)
        assert back["text"] == plain_text(entry["text"]) and back["task"] == entry["task"]
