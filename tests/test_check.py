import re

import pytest

GOOD = """\
version: 1
plans:
  - id: p-2022
    title: 测试方案
    tasks:
      - id: p-2022-01
        title: 任务一
        owners: [市教育局, 市人社局]
        due: 2022-08-31
"""


def check(run, tmp_path, text, name="tasks.yaml"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return run("check", name)


def problems(result):
    lines = result.err.strip().splitlines()
    for line in lines:
        assert re.match(r"^tasks\.yaml:\d+:\d+: \S", line), line
    return [tuple(int(n) for n in line.split(":")[1:3]) + (line,) for line in lines]


def test_clean_file_gets_a_summary_and_exit_0(run, tmp_path):
    result = check(run, tmp_path, GOOD)
    assert result.code == 0
    assert result.out.strip() == "tasks.yaml：没有问题，1 个计划，1 项任务，2 个部门"


def test_three_mistakes_give_three_located_lines(run, tmp_path):
    text = GOOD.replace("due: 2022-08-31", "due: 2025-02-30") \
        .replace("title: 任务一", "title: 任务一\n        staus: open") \
        + "      - id: p-2022-02\n        title: 任务二\n        owners: 市教育局\n"
    result = check(run, tmp_path, text)
    assert result.code == 1
    found = problems(result)
    assert [(line, col) for line, col, _ in found] == [(8, 9), (10, 14), (13, 17)]
    assert "staus" in found[0][2] and "status" in found[0][2]
    assert "2025-02-30" in found[1][2]
    assert "名称的列表" in found[2][2]


@pytest.mark.parametrize("edit, where, words", [
    (("id: p-2022-01", "id: p-2022-1x!"), (6, 9), "p-2022-1x!"),
    (("due: 2022-08-31", "due: 31/08/2022"), (9, 14), "YYYY-MM-DD"),
    (("due: 2022-08-31", "due: 2022-08-31\n        status: finished"), (10, 17), "finished"),
    (("due: 2022-08-31", "due: 2022-08-31\n        lead: [市财政局]"), (6, 9), "市财政局"),
    (("due: 2022-08-31", "due: 2022-08-31\n        done_on: 2022-08-30"), (6, 9), "done_on"),
    (("due: 2022-08-31", "due: 2022-08-31\n        others: maybe"), (10, 17), "true 或 false"),
    (("due: 2022-08-31", "due: 2022-08-31\n        review: 12"), (10, 17), "复核的原因"),
    (("owners: [市教育局, 市人社局]", "owners: [市教育局, 市教育局]"), (8, 24), "出现了两次"),
    (("version: 1", "version: 2"), (1, 10), "第 1 版"),
    (("title: 测试方案", "title: 测试方案\n    title: 又一个"), (5, 5), "写了两次"),
    (("due: 2022-08-31", "due: !!python/object:os.system 1"), (9, 14), "tag"),
])
def test_each_kind_of_mistake_is_located(run, tmp_path, edit, where, words):
    result = check(run, tmp_path, GOOD.replace(*edit))
    assert result.code == 1
    found = problems(result)
    assert found[0][:2] == where, found
    assert words in found[0][2]


def test_duplicate_task_ids_across_plans(run, tmp_path):
    text = GOOD + GOOD.split("plans:\n", 1)[1].replace("title: 测试方案", "title: 第二个")
    text = text.replace("  - id: p-2022\n    title: 第二个", "  - id: q-2022\n    title: 第二个")
    result = check(run, tmp_path, text)
    assert result.code == 1
    assert any("用了两次" in p[2] for p in problems(result))


def test_aliases_are_refused_before_they_can_expand(run, tmp_path):
    bomb = "version: 1\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    result = check(run, tmp_path, bomb)
    assert result.code == 1
    assert "不能用 YAML 锚点和引用" in result.err
    assert problems(result)[0][:2] == (2, 4)


def test_merge_conflict_markers_are_reported_with_their_lines(run, tmp_path):
    text = GOOD.replace("        due: 2022-08-31\n",
                        "<<<<<<< HEAD\n        due: 2022-08-31\n=======\n"
                        "        due: 2022-09-30\n>>>>>>> theirs\n")
    result = check(run, tmp_path, text)
    assert result.code == 1
    assert [p[:2] for p in problems(result)] == [(9, 1), (11, 1), (13, 1)]


def test_not_utf8_is_located(run, tmp_path):
    result = check(run, tmp_path, GOOD.encode("gb18030"))
    assert result.code == 1
    assert problems(result)[0][:2] == (4, 12) and "UTF-8" in result.err


def test_bom_and_crlf_are_fine(run, tmp_path):
    result = check(run, tmp_path, b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())
    assert result.code == 0, result.err


def test_yaml_syntax_error_is_located(run, tmp_path):
    result = check(run, tmp_path, GOOD.replace("owners: [市教育局, 市人社局]", "owners: [市教育局"))
    assert result.code == 1
    assert len(problems(result)) == 1


def test_empty_and_missing_files(run, tmp_path):
    assert check(run, tmp_path, "").code == 1
    result = run("check", "nowhere.yaml")
    assert result.code == 1 and "nowhere.yaml" in result.err
