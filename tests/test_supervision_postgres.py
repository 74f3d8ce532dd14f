"""The lifecycle, statistics and 催办 on PostgreSQL (when tests/run provides one), in a schema of their own."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import ROOT

from summarizer.config import Settings
from summarizer.pipeline import extract_path
from summarizer.store import Store
from summarizer.supervision.ledger_query import LedgerFilter, count_tasks, page_tasks
from summarizer.supervision.record import take_action
from summarizer.supervision.reminders import build_reminders
from summarizer.supervision.roles import Actor
from summarizer.supervision.stats import COUNTED, cell_filter, task_stats

URL = os.environ.get("SUMMARIZER_TEST_DATABASE_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="SUMMARIZER_TEST_DATABASE_URL is not set (tests/run sets it)")
TODAY = dt.date(2023, 12, 20)


@pytest.fixture
def pg_store() -> Iterator[Store]:
    psycopg = pytest.importorskip("psycopg")
    schema = f"supervision_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            separator = "&" if "?" in URL else "?"  # public stays on the path: extensions (pg_trgm) live there
            store = Store.open(f"{URL}{separator}options={quote(f'-csearch_path={schema},public')}")
            try:
                yield store
            finally:
                store.close()
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_lifecycle_counts_and_reminders_on_postgres(pg_store: Store) -> None:
    for path in sorted((ROOT / "evals" / "sets" / "genre" / "corpus").glob("*"))[:6]:
        pg_store.save(extract_path(Path(path), Settings()))
    with pg_store.transaction() as db:
        db.execute("UPDATE documents SET review = 'confirmed'")
    task = next(t for t in pg_store.tasks() if t.due_date is not None)
    unit = Actor("unit@example.gov.cn", "unit", task.unit)
    office = Actor("ducha@example.gov.cn", "office")
    take_action(pg_store, task.id, "request_extension", unit, note="需协调", new_due=dt.date(2024, 1, 31), today=TODAY)
    take_action(pg_store, task.id, "approve_extension", office, today=TODAY)
    take_action(pg_store, task.id, "request_close", unit, note="已完成", today=TODAY)
    done = take_action(pg_store, task.id, "approve", office, today=TODAY)
    assert (done.status, done.due_date, done.done_on) == ("done", dt.date(2024, 1, 31), TODAY)
    db = pg_store.db
    for by in ("unit", "issuer"):
        rows = task_stats(db, by, LedgerFilter(), TODAY, 3)
        assert sum(r.counts["assigned"] for r in rows) == len(pg_store.tasks())
        for row in rows:
            for view in COUNTED:
                flt = cell_filter(LedgerFilter(), by, row.key, view)
                listed = page_tasks(db, flt, TODAY, 3, limit=500)
                assert count_tasks(db, flt, TODAY, 3) == row.counts[view] == len(listed)
    notices = build_reminders(db, LedgerFilter(), TODAY, 3).notices
    assert notices and all(t.light in ("red", "yellow") for n in notices for t in n.tasks)
