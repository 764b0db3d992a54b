"""The typed edits on their own: what Reassign, SetStatus, Postpone, AddNote and a returned
台账's rows change in a task, without a file, a cache or the command line."""
import datetime

import pytest

from vtrack.changes import (
    AddNote,
    FromLedger,
    Names,
    Postpone,
    Reassign,
    Request,
    SetStatus,
    combine,
)
from vtrack.errors import VtrackError
from vtrack.model import FieldChange, Note, Status, Task, describe_zh

DAY = datetime.date(2026, 11, 30)
NAMES = Names({name: name for name in ("市教育局", "市人社局", "市经信局", "市工信局", "市财政局")}
              | {"教育局": "市教育局"})


def task(**fields):
    return Task(**{"id": "p-01", "title": "一项任务", "owners": ["市教育局", "市人社局"],
                   "plan": "p", **fields})


def test_the_new_unit_takes_the_old_ones_place_and_role():
    change = Reassign(replace=("市人社局", "市经信局")).change(task(), NAMES)
    assert change.set == {"owners": ["市教育局", "市经信局"]}
    assert change.changes == [FieldChange("owners", "市人社局", "市经信局")]
    assert describe_zh(change.changes) == "改由市经信局负责（原为市人社局）"


def test_replacing_the_first_owner_moves_an_explicit_lead_along():
    change = Reassign(replace=("市教育局", "市经信局")).change(
        task(lead=["市教育局"], owners=["市人社局", "市教育局"]), NAMES)
    assert change.set == {"owners": ["市人社局", "市经信局"], "lead": ["市经信局"]}


def test_an_alias_finds_the_owner_and_a_unit_already_there_is_not_doubled():
    change = Reassign(replace=("教育局", "市人社局")).change(task(), NAMES)
    assert change.set == {"owners": ["市人社局"]}


def test_an_unknown_department_says_so_unless_new_ones_are_allowed():
    with pytest.raises(VtrackError, match="没有部门 市商务局.*--new-dept"):
        Reassign(add=("市商务局",)).change(task(), NAMES)
    allowed = Names(NAMES.spellings, allow_new=True)
    assert Reassign(add=("市商务局",)).change(task(), allowed).set == {
        "owners": ["市教育局", "市人社局", "市商务局"]}


def test_removing_the_last_owner_is_refused():
    with pytest.raises(VtrackError, match="将没有责任单位"):
        Reassign(remove=("市教育局",)).change(task(owners=["市教育局"]), NAMES)


def test_a_unit_not_among_the_owners_is_named_with_the_owners():
    with pytest.raises(VtrackError, match="没有 市财政局（它的责任单位：市教育局、市人社局）"):
        Reassign(remove=("市财政局",)).change(task(), NAMES)


def test_a_new_lead_goes_first_and_is_logged_when_the_lead_changes():
    change = Reassign(lead="市人社局").change(task(), NAMES)
    assert change.set == {"lead": ["市人社局"]}
    assert change.changes == [FieldChange("lead", "市教育局", "市人社局")]
    # the first owner leading already: no lead key, nothing logged
    assert Reassign(lead="市教育局").change(task(), NAMES).set == {}


def test_removing_the_lead_given_drops_the_key():
    change = Reassign(remove=("市人社局",)).change(task(lead=["市人社局"]), NAMES)
    assert change.set == {"owners": ["市教育局"]} and change.remove == ("lead",)


def test_done_sets_the_day_and_reopen_clears_it():
    done = SetStatus(Status.DONE, DAY).change(task())
    assert done.set == {"status": Status.DONE, "done_on": DAY}
    assert describe_zh(done.changes) == "办结"
    reopened = SetStatus(Status.OPEN).change(task(status=Status.DONE, done_on=DAY))
    assert reopened.set == {"status": Status.OPEN} and reopened.remove == ("done_on",)
    assert SetStatus(Status.DONE, DAY).change(task(status=Status.DONE)).empty


def test_postpone_keeps_the_first_date_once():
    first = datetime.date(2022, 8, 31)
    change = Postpone(datetime.date(2022, 10, 15)).change(task(due=first))
    assert change.set == {"due": datetime.date(2022, 10, 15), "due_original": first}
    assert describe_zh(change.changes) == "延期至 2022-10-15"
    again = Postpone(datetime.date(2022, 12, 31)).change(
        task(due=datetime.date(2022, 10, 15), due_original=first))
    assert "due_original" not in again.set
    assert describe_zh(Postpone(datetime.date(2022, 1, 1)).change(task(due=first)).changes) \
        == "期限提前至 2022-01-01"


def test_a_note_changes_no_field_and_logs_nothing():
    change = AddNote("已报市政府", DAY, "王强").change(task())
    assert change.notes == [Note(DAY, "已报市政府", "王强")]
    assert not change.edits_record and not change.empty


def test_combined_changes_keep_every_part_and_one_reason_each():
    parts = [Postpone(datetime.date(2023, 1, 1)).change(task()), SetStatus(Status.DONE, DAY)
             .change(task())]
    parts[0].why = "市政府同意"
    change = combine("p-01", parts)
    assert set(change.set) == {"due", "status", "done_on"}
    assert [c.field for c in change.changes] == ["due", "status"]
    assert change.why == "市政府同意"


def test_a_returned_row_twice_changes_nothing_the_second_time():
    request = Request(("台账.xlsx", "p", 4), "市教育局", DAY, progress="已完成初稿",
                      done_on=DAY)
    edit = FromLedger((request,))
    first, said = edit.planned(task())
    assert said == f"进展：已完成初稿；办结（{DAY}）"
    after = task(status=Status.DONE, done_on=DAY, notes=[Note(DAY, "已完成初稿", "市教育局")])
    assert edit.planned(after) == (combine("p-01", []), "")


def test_the_log_text_reads_back_into_the_same_changes():
    changes = [FieldChange("owners", "A局", "B局"), FieldChange("owners", None, "C局"),
               FieldChange("owners", "D局", None), FieldChange("lead", "A局", "B局"),
               FieldChange("status", "open", "done"), FieldChange("due", None, "2022-01-01")]
    text = "; ".join(c.text() for c in changes)
    assert text == ("owners: A局 → B局; owners: + C局; owners: − D局; lead: A局 → B局; "
                    "status: open → done; due: 无 → 2022-01-01")
    assert FieldChange.parse(text) == changes
    assert FieldChange.parse("手写的说明") == [FieldChange(None, None, "手写的说明")]
