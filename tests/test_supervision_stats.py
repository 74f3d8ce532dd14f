"""Statistics, the ledger lists they link to, and 催办, on the genre corpus (dated deadlines, many issuers).

Counts are checked against a plain-Python reading of every task (the oracle), and every count against
the ledger list its link opens.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections import Counter
from pathlib import Path

import docx
import pytest
from conftest import ROOT, W21_DOC, confirm_all, extract_corpus, point_env_at
from openpyxl import load_workbook

from summarizer.config import Settings
from summarizer.ingest import read_bytes
from summarizer.pipeline import extract_path, extract_source
from summarizer.render.reminders import render_reminders_markdown, render_reminders_xlsx
from summarizer.render.reminders_docx import render_reminders_docx
from summarizer.store import Store
from summarizer.store.ledger import Task
from summarizer.supervision import review
from summarizer.supervision.dues import light
from summarizer.supervision.ledger_query import NO_ISSUER, LedgerFilter, count_tasks, page_tasks
from summarizer.supervision.record import take_action
from summarizer.supervision.reminders import build_reminders, overdue_days
from summarizer.supervision.roles import Actor
from summarizer.supervision.stats import COUNTED, cell_filter, task_stats
from ui.present_supervision import filter_from_params, ledger_link

GENRE = sorted((ROOT / "evals" / "sets" / "genre" / "corpus").glob("*"))
TODAY = dt.date(2023, 12, 20)
WARN = 3
OFFICE = Actor(name="督查室", role="office")
OPEN = {"assigned", "in_progress", "closure_requested"}


@pytest.fixture
def genre_store(store: Store) -> Store:
    for path in GENRE:
        store.save(extract_path(path, Settings()))
    confirm_all(store)
    tasks = [t for t in store.tasks() if t.due_date is not None]
    # Some history: one signed off on time, one late, one cancelled, one awaiting sign-off.
    take_action(store, tasks[0].id, "close", OFFICE, note="已完成", today=tasks[0].due_date)
    take_action(store, tasks[1].id, "close", OFFICE, note="已完成", today=tasks[1].due_date + dt.timedelta(days=5))
    take_action(store, tasks[2].id, "cancel", OFFICE, note="并入其他任务", today=TODAY)
    take_action(store, tasks[3].id, "request_close", OFFICE, note="已完成", today=TODAY)
    return store


def in_view(task: Task, view: str) -> bool:
    """The plain-Python meaning of each counted list."""
    start = task.meeting_date
    age = (TODAY - start).days if start else 0
    is_open = task.status in OPEN
    return {
        "assigned": task.status != "cancelled",
        "done": task.status == "done",
        "on_time": task.status == "done" and (task.due_date is None or (task.done_on or dt.date.max) <= task.due_date),
        "overdue": light(task.due_date, task.status, TODAY, WARN) == "red",
        "remind": light(task.due_date, task.status, TODAY, WARN) in ("red", "yellow"),
        "age_0_30": is_open and age <= 30,
        "age_31_90": is_open and 30 < age <= 90,
        "age_91": is_open and age > 90,
    }[view]


def test_counts_per_unit_and_issuer_match_every_task_and_the_lists_they_link_to(genre_store: Store) -> None:
    tasks = genre_store.tasks()
    db = genre_store.connection
    for by in ("unit", "issuer"):
        rows = task_stats(db, by, LedgerFilter(), TODAY, WARN)
        keys = Counter((getattr(t, by) or NO_ISSUER) for t in tasks)
        assert {r.key for r in rows} == set(keys)
        for row in rows:
            mine = [t for t in tasks if (getattr(t, by) or NO_ISSUER) == row.key]
            for view in COUNTED:
                expected = sorted(t.id for t in mine if in_view(t, view))
                assert row.counts[view] == len(expected), (by, row.key, view)
                flt = filter_from_params(dict(p.split("=") for p in _query(ledger_link(
                    cell_filter(LedgerFilter(), by, row.key, view), row.counts[view]))))
                listed = page_tasks(db, flt, TODAY, WARN, limit=10_000)
                assert sorted(r.id for r in listed) == expected
                assert count_tasks(db, flt, TODAY, WARN) == len(expected)
    totals = task_stats(db, "issuer", LedgerFilter(), TODAY, WARN)
    assert sum(r.counts["overdue"] for r in totals) > 0 and sum(r.counts["done"] for r in totals) == 2
    on_time = [r.on_time_rate for r in totals if r.counts["done"]]
    assert sorted(on_time) in ([0.0, 1.0], [0.5])


def _query(link: str) -> list[str]:
    from urllib.parse import unquote

    return [unquote(p) for p in link.split("?", 1)[1].split("&")]


def test_the_ledger_sorts_overdue_first_and_pages_in_sql(genre_store: Store) -> None:
    db = genre_store.connection
    total = count_tasks(db, LedgerFilter(), TODAY, WARN)
    first = page_tasks(db, LedgerFilter(), TODAY, WARN, limit=20)
    rest = page_tasks(db, LedgerFilter(), TODAY, WARN, offset=20, limit=total)
    rows = first + rest
    assert len(rows) == total == len(genre_store.tasks()) and len({r.id for r in rows}) == total
    ranks = [0 if r.light == "red" else 1 if r.status in OPEN else 2 for r in rows]
    assert ranks == sorted(ranks) and ranks[0] == 0
    reds = [r.due_date for r in rows if r.light == "red"]
    assert reds == sorted(reds)  # most overdue first
    assert all(r.meeting.startswith(r.issuer or NO_ISSUER) for r in rows)


def test_a_unit_user_scope_lists_only_that_units_tasks(genre_store: Store) -> None:
    unit = genre_store.tasks()[0].unit
    scoped = LedgerFilter(scope_unit=unit)
    rows = page_tasks(genre_store.connection, scoped, TODAY, WARN, limit=1000)
    assert rows and {r.unit for r in rows} == {unit}
    assert [r.key for r in task_stats(genre_store.connection, "unit", scoped, TODAY, WARN)] == [unit]


def test_reminders_list_per_unit_the_overdue_and_due_soon_tasks(genre_store: Store, tmp_path: Path) -> None:
    found = build_reminders(genre_store.connection, LedgerFilter(), TODAY, WARN, office="市政府督查室")
    expected = Counter(t.unit for t in genre_store.tasks() if in_view(t, "remind"))
    assert {n.unit: len(n.tasks) for n in found.notices} == dict(expected)
    first = found.notices[0]
    assert first.overdue > 0 and first.tasks[0].light == "red"
    assert overdue_days(first.tasks[0], TODAY) == (TODAY - first.tasks[0].due_date).days  # type: ignore[operator]
    markdown = render_reminders_markdown(found)
    assert markdown.count("\n## ") == len(found.notices) and "市政府督查室" in markdown
    document = docx.Document(io.BytesIO(render_reminders_docx(found)))
    titles = [p for p in document.paragraphs if p.text == "催办通知"]
    assert len(titles) == len(found.notices)
    assert [bool(p.paragraph_format.page_break_before) for p in titles] == [False] + [True] * (len(titles) - 1)
    assert len(document.tables) == len(found.notices)
    assert len(document.tables[0].rows) == len(first.tasks) + 1
    sheet = load_workbook(io.BytesIO(render_reminders_xlsx(found)))["催办清单"]
    assert sheet.max_row == sum(expected.values()) + 1
    assert sheet.cell(row=2, column=6).is_date and sheet.print_title_rows == "$1:$1"


def test_remind_cli_writes_each_format(genre_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli import main

    point_env_at(genre_store, monkeypatch)
    unit = build_reminders(genre_store.connection, LedgerFilter(), dt.date.today(), WARN).notices[0].unit
    assert main(["remind", "--unit", unit]) == 0
    out = capsys.readouterr().out
    assert out.count("\n## ") == 1 and f"## {unit}" in out and "逾期" in out
    for fmt in ("docx", "xlsx"):
        assert main(["remind", "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")]) == 0
        assert (tmp_path / f"r.{fmt}").stat().st_size > 1000
    assert main(["remind", "-o", str(tmp_path / "missing" / "r.md")]) == 2


def _tally_matches_the_ledger(store: Store) -> None:
    """The tally holds exactly the counted tasks, and every statistic equals the ledger list it links to."""
    db = store.connection
    tally = {tuple(r[:6]): int(r[6]) for r in db.execute(
        "SELECT issuer, unit, unit_verbatim, status, due_date, on_time, SUM(n) FROM task_tally "
        "GROUP BY issuer, unit, unit_verbatim, status, due_date, on_time HAVING SUM(n) <> 0")}
    counted = Counter(
        (t.issuer or "", t.unit, t.unit_verbatim, t.status, t.due_date.isoformat() if t.due_date else "",
         int(t.status == "done" and (t.due_date is None or (t.done_on or dt.date.max) <= t.due_date)))
        for t in store.tasks()
    )
    assert tally == dict(counted)
    for by in ("unit", "issuer"):
        rows = task_stats(db, by, LedgerFilter(), TODAY, WARN)
        assert {r.key for r in rows} == {getattr(t, by) or NO_ISSUER for t in store.tasks()}
        for row in rows:
            for view in COUNTED:
                flt = cell_filter(LedgerFilter(), by, row.key, view)
                assert row.counts[view] == count_tasks(db, flt, TODAY, WARN), (by, row.key, view)
    for issuer in {t.issuer or NO_ISSUER for t in store.tasks()}:  # the page's 发文机关 filter, 未识别 included
        one = LedgerFilter(issuer=issuer)
        rows = task_stats(db, "unit", one, TODAY, WARN)
        assert {r.key for r in rows} == {t.unit for t in store.tasks() if (t.issuer or NO_ISSUER) == issuer}
        for row in rows:
            for view in COUNTED:
                assert row.counts[view] == count_tasks(db, cell_filter(one, "unit", row.key, view), TODAY, WARN)


def test_the_tally_follows_every_write_to_tasks_and_meetings(store: Store) -> None:
    """Triggers keep the statistics' tally: saving, review, corrections, status changes, versions, deletion."""
    for path in GENRE:
        store.save(extract_path(path, Settings()))
    _tally_matches_the_ledger(store)  # nothing counts before review
    assert store.connection.execute("SELECT COUNT(*) FROM task_tally WHERE n <> 0").fetchone()[0] == 0
    meetings = [m.doc_id for m in store.meetings()]
    for doc_id in meetings[: len(meetings) * 2 // 3]:
        review.confirm(store, doc_id, "督查室")
    _tally_matches_the_ledger(store)
    tasks = [t for t in store.tasks() if t.due_date is not None]
    take_action(store, tasks[0].id, "close", OFFICE, note="已完成", today=tasks[0].due_date)
    take_action(store, tasks[1].id, "close", OFFICE, note="已完成", today=tasks[1].due_date + dt.timedelta(days=5))
    take_action(store, tasks[2].id, "cancel", OFFICE, note="并入其他任务", today=TODAY)
    review.correct_task(store, tasks[3].id, "unit", "市审计局", "督查室")
    review.correct_task(store, tasks[4].id, "due_date", "2024-03-31", "督查室")
    review.split_task(store, tasks[5].id, ["市财政局", "市商务局"], "督查室")
    pair = next([a.id, b.id] for a, b in itertools.pairwise(tasks[12:]) if a.doc_id == b.doc_id)
    review.merge_tasks(store, pair, "督查室")
    review.delete_task(store, tasks[8].id, "督查室")
    review.add_task(store, tasks[9].doc_id, tasks[9].item_number, "市统计局", "做好统计监测", "督查室",
                    due_date="2024-01-15")
    review.correct_meeting(store, tasks[10].doc_id, "issuer", "某某市人民政府", "督查室")
    review.correct_meeting(store, tasks[13].doc_id, "issuer", "", "督查室")  # 未识别发文机关
    review.correct_meeting(store, tasks[14].doc_id, "date", "2023-12-01", "督查室")  # due dates follow
    assert any(t.issuer is None for t in store.tasks())
    _tally_matches_the_ledger(store)
    review.delete_meeting(store, tasks[11].doc_id, "督查室")
    for doc_id in meetings[len(meetings) * 2 // 3:]:
        review.confirm(store, doc_id, "督查室")
    _tally_matches_the_ledger(store)
    # A reissued meeting replaces the current version (its tasks leave the count, the new ones enter).
    store.save(extract_corpus(W21_DOC), confirm=True)
    text = store.get(W21_DOC).source_text.replace("2023年 5月 30日", "2023年 6月 2日", 1)
    reissue = extract_source(read_bytes(text.encode("utf-8"), "taicang-reissued.txt", max_bytes=10**7))
    assert store.save(reissue, confirm=True).superseded is not None
    _tally_matches_the_ledger(store)


def test_a_store_from_before_the_tally_gets_it_filled_when_opened(genre_store: Store) -> None:
    """Step 15 on a store with history: the tally starts from the stored tasks (signed off, cancelled, pending)."""
    db = genre_store.connection
    with genre_store.transaction():
        drop = ["DROP TABLE task_tally", "DROP INDEX tasks_open_start",
                "DELETE FROM schema_migrations WHERE version = 15"]
        if genre_store.dialect == "postgres":
            drop.append("DROP FUNCTION task_tally_row, document_tally CASCADE")  # and their triggers
        else:
            names = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%tally%'")
            drop += [f"DROP TRIGGER {row[0]}" for row in names.fetchall()]
        for sql in drop:
            db.execute(sql)
    genre_store.close()
    with Store.open(genre_store.path) as reopened:
        assert reopened.connection.execute("SELECT SUM(n) FROM task_tally").fetchone()[0] == len(reopened.tasks())
        _tally_matches_the_ledger(reopened)
