import datetime

import pytest


def test_due_date_is_inclusive(run, sample):
    on_the_day = run("due", "--as-of", "2022-08-31", "--within", "0", "--format", "json")
    assert on_the_day.code == 0
    by_id = {t["id"]: t for t in on_the_day.json()}
    assert by_id["ezhou-2022-01"]["days_overdue"] == 0  # due today: listed as due, not late

    day_after = run("due", "--as-of", "2022-09-01", "--within", "0", "--format", "json")
    by_id = {t["id"]: t for t in day_after.json()}
    assert by_id["ezhou-2022-01"]["days_overdue"] == 1


def test_overdue_table_excludes_task_due_on_the_as_of_day(run, sample):
    out = run("due", "--as-of", "2022-08-31").out
    overdue_part = out.split("天内到期")[0]
    assert "ezhou-2022-01" not in overdue_part.split("\n\n")[0]
    assert "ezhou-2022-03" in overdue_part  # due 08-15: late
    late = run("due", "--as-of", "2022-09-01").out.split("\n\n")[0]
    assert "ezhou-2022-01" in late


def test_due_lists_overdue_then_upcoming_oldest_first_and_skips_closed(run, sample):
    tasks = run("due", "--as-of", "2022-09-01", "--format", "json").json()
    ids = [t["id"] for t in tasks]
    # overdue oldest first, then due within 14 days (to 2022-09-15)
    assert ids == ["gaoping-2021-01", "ezhou-2022-03", "ezhou-2022-01",
                   "gaoping-2021-02", "ezhou-2022-06"]
    dues = [t["due"] for t in tasks]
    assert dues == sorted(dues)
    assert all(t["status"] in ("open", "in_progress") for t in tasks)


def test_within_widens_the_window(run, sample):
    ids = {t["id"] for t in run("due", "--within", "60", "--format", "json").json()}
    assert "ezhou-2022-02" in ids  # due 2022-10-31, 60 days from 2022-09-01
    ids = {t["id"] for t in run("due", "--within", "3", "--format", "json").json()}
    assert "ezhou-2022-02" not in ids and "gaoping-2021-02" not in ids


def test_as_of_defaults_to_vtrack_today(run, sample):
    a = run("due", "--format", "json", env={"VTRACK_TODAY": "2022-08-01"}).json()
    b = run("due", "--format", "json", "--as-of", "2022-08-01").json()
    assert a == b
    assert {t["id"] for t in a} != {t["id"] for t in run("due", "--format", "json").json()}


def test_undated_ongoing_tasks_are_counted_not_late(run, sample):
    result = run("due", "--as-of", "2030-01-01")
    assert "ezhou-2022-05" not in result.out
    assert "另有 1 项持续实施" in result.out


def test_department_filter_matches_aliases(run, sample):
    for name in ("市人社局", "人社局", "市人力资源和社会保障局"):
        ids = {t["id"] for t in run("due", "--dept", name, "--format", "json").json()}
        assert ids == {"ezhou-2022-01", "ezhou-2022-03", "gaoping-2021-02"}, name


def test_unknown_department_suggests_close_names(run, sample):
    result = run("due", "--dept", "教育局")
    assert result.code == 1
    assert "市教育局" in result.err and len(result.err.strip().splitlines()) == 1


def test_plan_filter(run, sample):
    tasks = run("due", "--plan", "gaoping-2021", "--format", "json").json()
    assert {t["plan"] for t in tasks} == {"gaoping-2021"} and len(tasks) == 2
    result = run("due", "--plan", "gaoping")
    assert result.code == 1 and "gaoping-2021" in result.err


def test_fail_on_overdue_exits_3_only_when_something_is_late(run, sample):
    assert run("due", "--fail-on-overdue").code == 3
    assert run("due", "--fail-on-overdue", "--as-of", "2022-07-01").code == 0


def test_json_shapes(run, sample):
    for t in run("due", "--format", "json").json():
        assert isinstance(t["owners"], list) and isinstance(t["lead"], list)
        datetime.date.fromisoformat(t["due"])
        assert t["days_overdue"] == (datetime.date(2022, 9, 1)
                                     - datetime.date.fromisoformat(t["due"])).days
    by_id = {t["id"]: t for t in run("due", "--format", "json").json()}
    assert by_id["ezhou-2022-01"]["lead"] == ["市教育局"]  # absent lead: the first owner
    assert by_id["ezhou-2022-03"]["lead"] == ["市财政局"]


def test_bad_as_of_is_a_usage_error(run, sample):
    result = run("due", "--as-of", "2022-13-01")
    assert result.code == 2
    assert "2022年9月1日" in result.err  # how to write one
    assert run("due", env={"VTRACK_TODAY": "yesterday"}).code == 2


@pytest.mark.parametrize("typed", ["2022-09-01", "2022/9/1", "2022.9.1", "2022年9月1日",
                                   "9月1日", "９月１日"])
def test_dates_are_typed_the_ways_people_write_them(run, sample, typed):
    # 9月1日: the year of today ($VTRACK_TODAY is 2022-09-01 in these tests)
    got = run("due", "--as-of", typed, "--format", "json").json()
    assert [t["id"] for t in got] == [t["id"] for t in run(
        "due", "--as-of", "2022-09-01", "--format", "json").json()]
