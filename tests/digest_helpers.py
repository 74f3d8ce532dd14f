"""Stores for the digest and export tests: the bundled minutes confirmed (review is another
module's step), and generated meetings of other issuers and dates (benchmarks/digest_store.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import W21_DOC, W26_DOC, extract_corpus

from benchmarks.digest_store import bases, confirm_all, variant
from summarizer.digest import Digest, Week, build_digest, parse_week
from summarizer.store import Store

TODAY = dt.date(2026, 12, 3)
A = "青川市人民政府"
B = "临江市人民政府"


def week(label: str) -> Week:
    return parse_week(label, today=TODAY)


def digest(store: Store, label: str, issuer: str | None = None) -> Digest:
    return build_digest(store, week(label), issuer=issuer, today=TODAY)


def save_corpus(store: Store, *, confirmed: bool = True) -> Store:
    for doc_id in (W21_DOC, W26_DOC):
        store.save(extract_corpus(doc_id))
    if confirmed:
        confirm_all(store)
    return store


def base(doc_id: str) -> Any:
    return next(b for b in bases() if b.minutes.doc_id == doc_id)


def hold(store: Store, issuer: str | None, day: dt.date, number: int, doc_id: str = "qingshan-2024-06",
         *, confirmed: bool = True) -> int:
    """Save a generated meeting of `issuer` on `day`; return its document id."""
    extraction = variant(base(doc_id), issuer or "", day, number)
    if issuer is None:
        extraction.minutes.issuer = None
    result = store.save(extraction)
    if confirmed:
        with store.transaction() as db:
            db.execute("UPDATE documents SET review = 'confirmed' WHERE id = ?", (result.document_id,))
    return result.document_id


def task_ids(store: Store, document_id: int) -> list[int]:
    rows = store.connection.execute("SELECT id FROM tasks WHERE document_id = ? ORDER BY id", (document_id,))
    return [int(row[0]) for row in rows]


def set_due(store: Store, task_id: int, due: dt.date | None) -> None:
    with store.transaction() as db:
        db.execute("UPDATE tasks SET due_date = ? WHERE id = ?", (due.isoformat() if due else None, task_id))


def set_status(store: Store, task_ids: list[int], status: str) -> None:
    with store.transaction() as db:
        for task_id in task_ids:
            db.execute("UPDATE tasks SET status = ? WHERE id = ?", (status, task_id))
