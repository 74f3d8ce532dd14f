"""Batch runs and their failures, as recorded for the run report."""

from __future__ import annotations

import datetime as dt
import json

from summarizer.store.db import Database


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def start_run(db: Database, backend: str, inputs: list[str]) -> int:
    with db.transaction():
        return db.insert(
            "INSERT INTO runs (started_at, backend, inputs) VALUES (?, ?, ?)",
            (_now(), backend, json.dumps(inputs, ensure_ascii=False)),
        )


def record_failure(db: Database, run_id: int, path: str, error: str) -> None:
    with db.transaction():
        db.execute("INSERT INTO run_failures (run_id, path, error) VALUES (?, ?, ?)", (run_id, path, error))


def finish_run(db: Database, run_id: int, saved: int, skipped: int, failed: int) -> None:
    with db.transaction():
        db.execute(
            "UPDATE runs SET finished_at = ?, saved = ?, skipped = ?, failed = ? WHERE id = ?",
            (_now(), saved, skipped, failed, run_id),
        )
