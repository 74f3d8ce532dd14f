"""The weekly digest as data, for the two bundled meetings (2023-W21 and 2023-W26), checked
field by field against the gold annotations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import ROOT, W21_DOC, W26_DOC, extract_corpus, gold

from summarizer.config import Settings
from summarizer.digest import Digest, build_digest, parse_week, week_of
from summarizer.errors import InputError
from summarizer.pipeline import extract_path
from summarizer.store import Store
from summarizer.store.ledger import UNNAMED_UNIT


def _expected_task_count(record: dict[str, Any]) -> int:
    lead = sum(len(item["lead_units"]) for item in record["items"])
    directives = sum(
        len(directive["addressees"]) or 1 for item in record["items"] for directive in item["directives"]
    )
    return lead + directives


def _check_meeting(digest: Digest, doc_id: str) -> None:
    expected = gold(doc_id)
    assert [m.doc_id for m in digest.meetings] == [doc_id]
    meeting = digest.meetings[0]
    assert meeting.issuer == expected["issuer"]
    assert meeting.number == expected["number"]
    assert meeting.date == dt.date.fromisoformat(expected["meeting"]["date"])
    assert meeting.part_of_day == expected["meeting"]["part_of_day"]
    assert meeting.session == expected["meeting"]["session"]
    assert (meeting.chair, meeting.chair_title) == (expected["meeting"]["chair"], expected["meeting"]["chair_title"])
    assert len(meeting.items) == len(expected["items"])
    for item, wanted in zip(meeting.items, expected["items"], strict=True):
        assert item.number == wanted["number"]
        assert item.title == wanted["title"]
        assert item.kind == wanted["kind"]
        assert item.decision == wanted["decision"]
        assert item.lead_units == wanted["lead_units"]
        assert item.issuance == wanted["issuance"]
        assert item.directive_count == len(wanted["directives"])


def _check_directives_by_unit(digest: Digest, doc_id: str) -> None:
    """Every gold directive sits under each of its addressees (canonical name when resolved)."""
    extraction = extract_corpus(doc_id)
    groups = {group.unit: group.directives for group in digest.directives_by_unit}
    expected_pairs = set()
    for item, wanted in zip(extraction.minutes.items, gold(doc_id)["items"], strict=True):
        for directive, wanted_directive in zip(item.directives, wanted["directives"], strict=True):
            assert directive.addressees == wanted_directive["addressees"]
            units = [c or v for v, c in zip(directive.addressees, directive.addressees_canonical, strict=True)]
            for unit in units or [UNNAMED_UNIT]:
                expected_pairs.add((unit, item.number, wanted_directive["text"]))
    found = {(unit, d.item_number, d.text) for unit, directives in groups.items() for d in directives}
    assert found == expected_pairs
    sizes = [len(group.directives) for group in digest.directives_by_unit if group.unit != UNNAMED_UNIT]
    assert sizes == sorted(sizes, reverse=True), "units with most directives come first"


def test_week_parsing() -> None:
    week = parse_week("2023-W21", today=dt.date(2024, 1, 1))
    assert (week.label, week.start, week.end) == ("2023-W21", dt.date(2023, 5, 22), dt.date(2023, 5, 28))
    assert parse_week("last", today=dt.date(2023, 5, 31)).label == "2023-W21"
    assert parse_week("this", today=dt.date(2023, 5, 28)).label == "2023-W21"
    assert week_of(dt.date(2023, 6, 29)).label == "2023-W26"
    assert parse_week("2021-w1", today=dt.date(2024, 1, 1)).start == dt.date(2021, 1, 4)
    with pytest.raises(InputError, match="does not exist"):
        parse_week("2023-W54", today=dt.date(2024, 1, 1))
    with pytest.raises(InputError, match="not like 2023-W21"):
        parse_week("May 2023", today=dt.date(2024, 1, 1))


def test_w21_digest_field_by_field(corpus_store: Store) -> None:
    digest = build_digest(corpus_store, parse_week("2023-W21", today=dt.date(2024, 1, 1)))
    _check_meeting(digest, W21_DOC)
    _check_directives_by_unit(digest, W21_DOC)
    expected = gold(W21_DOC)
    assert len(digest.tasks_opened) == _expected_task_count(expected)
    assert {t.doc_id for t in digest.tasks_opened} == {W21_DOC}
    assert all(t.status == "assigned" for t in digest.tasks_opened)
    assert digest.tasks_carried_over == []
    assert digest.counts.model_dump() == {
        "meetings": 1,
        "items": len(expected["items"]),
        "directives": sum(len(item["directives"]) for item in expected["items"]),
        "tasks_opened": _expected_task_count(expected),
        "tasks_carried_over": 0,
    }


def test_w26_digest_carries_over_the_tasks_still_open(corpus_store: Store) -> None:
    w21_tasks = corpus_store.tasks(until=dt.date(2023, 5, 28))
    done, cancelled = w21_tasks[0], w21_tasks[1]
    corpus_store.set_task_status(done.id, "done", note="已印发", who="督查室")
    corpus_store.set_task_status(cancelled.id, "cancelled", note="并入其他任务", who="督查室")
    corpus_store.set_task_status(w21_tasks[2].id, "in_progress", note="正在修改", who="督查室")
    digest = build_digest(corpus_store, parse_week("2023-W26", today=dt.date(2024, 1, 1)))
    _check_meeting(digest, W26_DOC)
    _check_directives_by_unit(digest, W26_DOC)
    expected = gold(W26_DOC)
    assert len(digest.tasks_opened) == _expected_task_count(expected)
    assert {t.doc_id for t in digest.tasks_opened} == {W26_DOC}
    carried = {t.id for t in digest.tasks_carried_over}
    assert carried == {t.id for t in w21_tasks} - {done.id, cancelled.id}
    assert w21_tasks[2].id in carried, "a task in progress is still carried over"
    assert digest.counts.tasks_carried_over == len(w21_tasks) - 2
    assert digest.counts.meetings == 1 and digest.counts.items == len(expected["items"])


def test_a_week_without_meetings_says_so(corpus_store: Store) -> None:
    digest = build_digest(corpus_store, parse_week("2023-W23", today=dt.date(2024, 1, 1)))
    assert digest.meetings == [] and digest.directives_by_unit == [] and digest.tasks_opened == []
    assert digest.counts.meetings == 0
    assert {t.doc_id for t in digest.tasks_carried_over} == {W21_DOC}


def test_issuer_filter_keeps_other_governments_meetings_and_tasks_out(corpus_store: Store) -> None:
    other = ROOT / "evals" / "sets" / "genre" / "corpus" / "pingchuan-2023-04.txt"  # met 2023-02-16
    corpus_store.save(extract_path(other, Settings()))
    everyone = build_digest(corpus_store, parse_week("2023-W21", today=dt.date(2024, 1, 1)))
    # Only Taicang met that week: another government's backlog stays out without being asked.
    assert everyone.tasks_carried_over == []
    quiet = build_digest(corpus_store, parse_week("2023-W30", today=dt.date(2024, 1, 1)))
    assert quiet.meetings == [] and "pingchuan-2023-04" in {t.doc_id for t in quiet.tasks_carried_over}
    issuer = gold(W21_DOC)["issuer"]
    taicang = build_digest(corpus_store, parse_week("2023-W21", today=dt.date(2024, 1, 1)), issuer=issuer)
    assert taicang.tasks_carried_over == [] and [m.doc_id for m in taicang.meetings] == [W21_DOC]
    assert taicang.counts.tasks_opened == everyone.counts.tasks_opened
    nobody = build_digest(corpus_store, parse_week("2023-W21", today=dt.date(2024, 1, 1)), issuer="某市人民政府")
    assert nobody.meetings == [] and nobody.tasks_opened == [] and nobody.tasks_carried_over == []
