"""The weekly digest as data: the bundled meetings checked against the gold annotations, and
the bounding rules on generated stores: only confirmed meetings' tasks, carry-over limited to
overdue or due within 7 days of one issuer's earlier meetings, issuer scoping, pending meetings
listed, and the same digest whatever else the store holds."""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
import zipfile
from typing import Any

import pytest
from conftest import W21_DOC, W26_DOC, extract_corpus, gold
from digest_helpers import TODAY, A, B, digest, hold, save_corpus, set_due, set_status, task_ids, week

from summarizer.digest import CARRY_LIMIT, Digest, as_of_day, parse_week, week_of
from summarizer.errors import InputError
from summarizer.render.digest_docx import render_digest_docx
from summarizer.render.digest_html import render_digest_html
from summarizer.render.digest_markdown import render_digest_markdown
from summarizer.store import Store
from summarizer.store.ledger import tasks_from_minutes
from summarizer.store.weekly import iter_ledger


def _expected_task_count(doc_id: str) -> int:
    """The tasks the ledger derives from the meeting (tests/test_ledger.py checks them against gold)."""
    extraction = extract_corpus(doc_id)
    return len(tasks_from_minutes(extraction.minutes, extraction.source.text))


def test_week_parsing_labels_and_clear_errors() -> None:
    w21 = parse_week("2023-W21", today=dt.date(2024, 1, 1))
    assert (w21.label, w21.start, w21.end) == ("2023-W21", dt.date(2023, 5, 22), dt.date(2023, 5, 28))
    assert w21.label_zh == "2023年第21周（5月22日—5月28日）"
    assert parse_week("2020-W53", today=TODAY).label_zh == "2020年第53周（12月28日—2021年1月3日）"
    assert parse_week("last", today=dt.date(2023, 5, 31)).label == "2023-W21"
    assert parse_week("this", today=dt.date(2023, 5, 28)).label == "2023-W21"
    assert week_of(dt.date(2023, 6, 29)).label == "2023-W26"
    assert parse_week("2021-w1", today=dt.date(2024, 1, 1)).start == dt.date(2021, 1, 4)
    with pytest.raises(InputError, match="does not exist") as missing:
        parse_week("2023-W54", today=dt.date(2024, 1, 1))
    assert missing.value.zh == "周次“2023-W54”不存在：2023年没有第54周"
    with pytest.raises(InputError, match="not like 2023-W21"):
        parse_week("May 2023", today=dt.date(2024, 1, 1))
    # As of: the Monday after the week (when a weekly digest goes out), or today if earlier.
    assert as_of_day(w21, TODAY) == dt.date(2023, 5, 29)
    assert as_of_day(w21, dt.date(2023, 5, 24)) == dt.date(2023, 5, 24)


def test_w21_digest_field_by_field(store: Store) -> None:
    save_corpus(store)
    result = digest(store, "2023-W21")
    expected = gold(W21_DOC)
    assert [s.issuer for s in result.sections] == [expected["issuer"]]
    assert result.office == f"{expected['issuer']}办公室" and result.as_of == dt.date(2023, 5, 29)
    (meeting,) = result.sections[0].meetings
    assert meeting.doc_id == W21_DOC and meeting.review == "confirmed"
    assert (meeting.issuer, meeting.number) == (expected["issuer"], expected["number"])
    assert meeting.date == dt.date.fromisoformat(expected["meeting"]["date"])
    assert meeting.part_of_day == expected["meeting"]["part_of_day"]
    assert meeting.session == expected["meeting"]["session"]
    assert (meeting.chair, meeting.chair_title) == (expected["meeting"]["chair"], expected["meeting"]["chair_title"])
    for item, wanted in zip(meeting.items, expected["items"], strict=True):
        assert (item.number, item.title, item.kind) == (wanted["number"], wanted["title"], wanted["kind"])
        assert (item.decision, item.lead_units, item.issuance) == (
            wanted["decision"], wanted["lead_units"], wanted["issuance"])
        assert item.directive_count == len(wanted["directives"])
    assert len(meeting.tasks) == _expected_task_count(W21_DOC)
    directive_texts = {d["text"] for item in expected["items"] for d in item["directives"]}
    clauses = [t.text for t in meeting.tasks if t.source == "directive"]
    assert clauses and all(any(c in d for d in directive_texts) for c in clauses), "each task is a clause"
    assert all(t.status == "assigned" and t.light == "grey" for t in meeting.tasks)  # no dated deadline
    assert result.counts.model_dump() == {
        "meetings": 1, "pending": 0, "items": len(expected["items"]),
        "tasks_opened": _expected_task_count(W21_DOC), "tasks_carried_over": 0, "carried_total": 0,
    }
    # The open-task counts per unit add up to every open task of the issuer up to that week.
    assert sum(c.open for c in result.sections[0].unit_counts) + sum(
        c.open for c in [result.sections[0].other_units] if c) == _expected_task_count(W21_DOC)


def test_pending_meetings_are_listed_but_their_tasks_do_not_count(store: Store) -> None:
    save_corpus(store, confirmed=False)
    result = digest(store, "2023-W21")
    (section,) = result.sections
    assert section.meetings == [] and [m.doc_id for m in section.pending] == [W21_DOC]
    assert section.pending[0].tasks == [] and len(section.pending[0].items) == len(gold(W21_DOC)["items"])
    assert result.counts.pending == 1 and result.counts.tasks_opened == 0
    assert sum(c.open for c in section.unit_counts) == 0
    markdown = render_digest_markdown(result)
    assert "待审核会议" in markdown and "太仓市人民政府常务会议纪要第10号" in markdown
    assert "（其中1次待审核）" in markdown


def _docx_body(result: Digest) -> bytes:
    """The Word digest's document part (the zip around it carries timestamps)."""
    with zipfile.ZipFile(io.BytesIO(render_digest_docx(result))) as archive:
        return archive.read("word/document.xml")


def _carried_ids(result: Digest) -> list[int]:
    return [task.id for task in result.tasks_carried_over]


def test_carry_over_is_overdue_or_due_within_seven_days_of_one_issuers_earlier_meetings(store: Store) -> None:
    wk = week("2024-W23")  # 2024-06-03 .. 06-09; as of Monday 06-10
    as_of = wk.end + dt.timedelta(days=1)
    earlier = hold(store, A, dt.date(2024, 5, 6), 1)
    this_week = hold(store, A, dt.date(2024, 6, 5), 2)
    later = hold(store, A, dt.date(2024, 6, 20), 3)
    other = hold(store, B, dt.date(2024, 5, 6), 1)
    unconfirmed = hold(store, A, dt.date(2024, 5, 13), 4, confirmed=False)
    ids = task_ids(store, earlier)
    overdue, due_today, due_in_6, due_in_7, no_date, done, cancelled, in_progress = ids[:8]
    for task_id, due in ((overdue, as_of - dt.timedelta(days=20)), (due_today, as_of),
                         (due_in_6, as_of + dt.timedelta(days=6)), (due_in_7, as_of + dt.timedelta(days=7)),
                         (no_date, None), (done, as_of - dt.timedelta(days=1)),
                         (cancelled, as_of + dt.timedelta(days=1)), (in_progress, as_of - dt.timedelta(days=2))):
        set_due(store, task_id, due)
    for task_id in ids[8:]:
        set_due(store, task_id, None)
    set_status(store, [done], "done")
    set_status(store, [cancelled], "cancelled")
    set_status(store, [in_progress], "in_progress")
    # Due now, but not carried: this week's own task, a later meeting's, another issuer's, an unconfirmed one's.
    for document in (this_week, later, other, unconfirmed):
        for task_id in task_ids(store, document):
            set_due(store, task_id, as_of)

    result = digest(store, "2024-W23", issuer=A)
    (section,) = result.sections
    # Overdue first (most recently due first), then due soon (nearest first).
    assert _carried_ids(result) == [in_progress, overdue, due_today, due_in_6]
    assert [t.light for t in section.carried_over] == ["red", "red", "yellow", "green"]
    assert [t.remaining_days for t in section.carried_over] == [-2, -20, 0, 6]
    assert (section.overdue_total, section.due_soon_total) == (2, 2)
    assert [m.number for m in section.meetings] == [2]
    assert len(section.meetings[0].tasks) == len(task_ids(store, this_week))
    # Open counts per unit: every open task of A's confirmed meetings up to the week's end.
    open_rows = store.connection.execute(
        """SELECT COUNT(*) FROM tasks t JOIN documents d ON d.id = t.document_id
           WHERE t.issuer = ? AND d.review = 'confirmed' AND t.meeting_date <= ?
             AND t.status NOT IN ('done', 'cancelled')""", (A, wk.end.isoformat())).fetchone()[0]
    counted = section.unit_counts + ([section.other_units] if section.other_units else [])
    assert sum(c.open for c in counted) == open_rows
    assert sum(c.overdue for c in counted) == 2


def test_carry_over_is_capped_and_the_rest_counted(store: Store) -> None:
    earlier = [hold(store, A, dt.date(2024, 1, 1) + dt.timedelta(days=7 * n), n + 1) for n in range(6)]
    hold(store, A, dt.date(2024, 6, 5), 30)
    overdue = [task for document in earlier for task in task_ids(store, document)]
    assert len(overdue) > CARRY_LIMIT
    for n, task_id in enumerate(overdue):
        set_due(store, task_id, dt.date(2024, 5, 1) + dt.timedelta(days=n % 30))
    result = digest(store, "2024-W23", issuer=A)
    (section,) = result.sections
    assert len(section.carried_over) == CARRY_LIMIT and section.overdue_total == len(overdue)
    dues = [t.due_date for t in section.carried_over]
    assert dues == sorted(dues, reverse=True) and dues[0] == dt.date(2024, 5, 30)
    assert all(len(t.text) <= 60 for t in section.carried_over)
    assert f"逾期未办结{len(overdue)}项" in render_digest_markdown(result)
    assert f"下表列出最近的{CARRY_LIMIT}项" in render_digest_markdown(result)


def test_the_backlog_is_counted_from_indexes_without_reading_document_rows(store: Store) -> None:
    """An issuer's overdue and per-unit counts skip pending and superseded meetings through the
    `documents_counted` index: a join read every counted task's document row, stored texts
    included (2-2.6 s for a cold week of every issuer at 20,000 documents)."""
    if store.connection.dialect != "sqlite":
        pytest.skip("query plans are SQLite's")
    earlier = [hold(store, A, dt.date(2024, 1, 1) + dt.timedelta(days=7 * n), n + 1) for n in range(6)]
    pending = hold(store, A, dt.date(2024, 3, 1), 20, confirmed=False)
    hold(store, A, dt.date(2024, 6, 5), 30)
    counted = [task for document in earlier for task in task_ids(store, document)]
    for task_id in [*counted, *task_ids(store, pending)]:
        set_due(store, task_id, dt.date(2024, 5, 1))
    statements: list[str] = []
    store.connection.raw.set_trace_callback(statements.append)
    try:
        (section,) = digest(store, "2024-W23", issuer=A).sections
    finally:
        store.connection.raw.set_trace_callback(None)
    assert section.overdue_total == len(counted) > CARRY_LIMIT
    assert sum(c.overdue for c in [*section.unit_counts, *filter(None, [section.other_units])]) == len(counted)
    counts = [sql for sql in statements if "COUNT(*)" in sql and "FROM tasks t" in sql]
    assert len(counts) == 1  # the open tasks per unit, with the carried-over totals
    for sql in counts:
        plan = [row[3] for row in store.connection.raw.execute("EXPLAIN QUERY PLAN " + sql)]
        reads = [step for step in plan if "documents" in step or " d " in f"{step} "]
        assert reads and all("COVERING INDEX documents_counted" in step for step in reads), plan


def test_issuer_scoping_one_section_per_issuer_and_unrecognised_meetings_alone(store: Store) -> None:
    a_early = hold(store, A, dt.date(2024, 5, 6), 1)
    b_early = hold(store, B, dt.date(2024, 5, 7), 1)
    a_now = hold(store, A, dt.date(2024, 6, 4), 2)
    b_now = hold(store, B, dt.date(2024, 6, 6), 2)
    nobody = hold(store, None, dt.date(2024, 6, 7), 9, doc_id="fengqiao-2023-04")
    for document in (a_early, b_early):  # the earlier meetings' tasks are overdue
        for task_id in task_ids(store, document):
            set_due(store, task_id, dt.date(2024, 6, 1))

    everyone = digest(store, "2024-W23")
    assert [s.issuer for s in everyone.sections] == [*sorted([A, B]), None]
    by_issuer = {s.issuer: s for s in everyone.sections}
    assert {t.id for t in by_issuer[A].tasks_opened} == set(task_ids(store, a_now))
    assert {t.issuer for t in by_issuer[A].carried_over} == {A}
    assert {t.issuer for t in by_issuer[B].carried_over} == {B}
    unknown = by_issuer[None]
    assert {t.id for t in unknown.tasks_opened} == set(task_ids(store, nobody))
    assert unknown.carried_over == [] and unknown.unit_counts == []
    assert everyone.office == "督查室"
    html = render_digest_html(everyone)
    assert "未识别发文机关" in html and "不列往期任务" in html

    only_a = digest(store, "2024-W23", issuer=A)
    assert [s.issuer for s in only_a.sections] == [A] and only_a.office == f"{A}办公室"
    assert {t.id for t in only_a.tasks_opened} == set(task_ids(store, a_now))
    assert not set(task_ids(store, b_now)) & {t.id for t in only_a.tasks_opened + only_a.tasks_carried_over}
    # A quiet week: with an issuer, its reminders still come; without, nobody's backlog does.
    quiet_a = digest(store, "2024-W25", issuer=A)
    assert quiet_a.sections[0].meetings == [] and quiet_a.sections[0].overdue_total > 0
    quiet = digest(store, "2024-W25")
    assert quiet.sections == [] and quiet.tasks_carried_over == []
    assert "未指定发文机关，不列往期任务" in render_digest_markdown(quiet)


def test_the_digest_of_a_week_does_not_change_with_the_rest_of_the_store(store: Store, tmp_path: Any) -> None:
    """Same content, byte for byte, whether the store holds only that week (and the backlog it
    reminds of) or also many other weeks' meetings of other issuers, later meetings of the same
    issuer and earlier meetings whose tasks are closed."""
    small = Store.open(tmp_path / "small.sqlite3")
    big = Store.open(tmp_path / "big.sqlite3")
    try:
        for target in (small, big):
            earlier = hold(target, A, dt.date(2024, 5, 20), 1)
            hold(target, A, dt.date(2024, 6, 5), 2, doc_id="linjiang-2023-14")
            for task_id in task_ids(target, earlier)[:5]:
                set_due(target, task_id, dt.date(2024, 6, 7))
        day = dt.date(2021, 1, 4)
        for n in range(48):
            day += dt.timedelta(days=23)
            if week("2024-W23").start <= day <= week("2024-W23").end:
                continue
            issuer = [B, "丰溪市人民政府", "永河市人民政府"][n % 3]
            hold(big, issuer, day, 100 + n, doc_id=["qingshan-2024-06", "fengqiao-2023-04", "linjiang-2023-14"][n % 3])
        closed = [hold(big, A, dt.date(2023, 1, 2) + dt.timedelta(days=14 * n), 200 + n) for n in range(10)]
        set_status(big, [t for document in closed for t in task_ids(big, document)], "done")
        for n in range(10):
            hold(big, A, dt.date(2024, 7, 1) + dt.timedelta(days=7 * n), 300 + n)
        assert big.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 60
        for issuer in (A, None):
            one, other = digest(small, "2024-W23", issuer), digest(big, "2024-W23", issuer)
            assert one.tasks_carried_over and one.tasks_opened
            assert render_digest_markdown(one) == render_digest_markdown(other)
            assert render_digest_html(one) == render_digest_html(other)
            assert _docx_body(one) == _docx_body(other)
    finally:
        small.close()
        big.close()


def test_generated_meetings_keep_their_deadlines_distance_from_the_meeting() -> None:
    from digest_helpers import base

    from benchmarks.digest_store import variant

    original = base("qingshan-2024-06")
    assert original.minutes.meeting.date is not None
    # Whole weeks: deadlines such as 本周内 resolve to the meeting week's Sunday.
    target = original.minutes.meeting.date + dt.timedelta(weeks=39)
    moved = variant(original, A, target, 7)
    delta = target - original.minutes.meeting.date
    before = [t.deadline_date for t in tasks_from_minutes(original.minutes, original.source.text) if t.deadline_date]
    after = [t.deadline_date for t in tasks_from_minutes(moved.minutes, moved.source.text) if t.deadline_date]
    assert before and after == [d + delta for d in before]
    assert moved.minutes.issuer == A and moved.source.sha256 != original.source.sha256
    assert W26_DOC not in moved.minutes.doc_id


def _scenario(store: Store) -> None:
    earlier = hold(store, A, dt.date(2024, 5, 20), 1)
    for task_id in task_ids(store, earlier)[:4]:
        set_due(store, task_id, dt.date(2024, 6, 7))
    set_status(store, task_ids(store, earlier)[4:6], "done")
    hold(store, A, dt.date(2024, 6, 5), 2, doc_id="linjiang-2023-14")
    hold(store, B, dt.date(2024, 6, 6), 1, doc_id="fengqiao-2023-04")
    hold(store, None, dt.date(2024, 6, 7), 3, doc_id="yunxi-2024-106", confirmed=False)


def test_the_digest_reads_the_same_from_postgresql(store: Store) -> None:
    """The bounded reads are portable SQL: the same store on PostgreSQL gives the same digest."""
    url = os.environ.get("SUMMARIZER_TEST_DATABASE_URL")
    if not url:
        pytest.skip("SUMMARIZER_TEST_DATABASE_URL is not set (tests/run starts PostgreSQL and sets it)")
    import psycopg

    schema = f"digest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        # The trigram extension lives in public, shared by every schema (never in ours: dropping
        # our schema must not take it away from other tests running against the same database).
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in url else "?"
        postgres = Store.open(f"{url}{separator}options=-csearch_path%3D{schema},public")
        try:
            assert postgres.dialect == "postgres"
            for target in (store, postgres):
                _scenario(target)
            for issuer in (None, A):
                lite, pg = digest(store, "2024-W23", issuer), digest(postgres, "2024-W23", issuer)
                assert pg.tasks_carried_over and render_digest_markdown(pg) == render_digest_markdown(lite)
            assert list(iter_ledger(postgres.connection, issuer=A)) == list(iter_ledger(store.connection, issuer=A))
        finally:
            postgres.close()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_meeting_days_count_meetings_per_day_without_listing_documents(store: Store) -> None:
    from summarizer.store.weekly import meeting_days

    for number, day in enumerate((dt.date(2024, 6, 5), dt.date(2024, 6, 5), dt.date(2024, 6, 12)), start=1):
        hold(store, A if number < 3 else B, day, number, confirmed=number != 2)
    assert meeting_days(store.connection) == [(dt.date(2024, 6, 5), 2), (dt.date(2024, 6, 12), 1)]
