"""A cache of model answers in SQLite (table `model_cache` of its own file, `model-cache.sqlite3`).

Its own file, not the store's: a batch stores documents while model calls are in flight, and
SQLite has one writer per file, so answers written to the store's file waited (sleeping in
SQLite's busy handler) behind every document's save; `batch` at 32 concurrent calls hid only a
little of the model's latency. Answers cached in the store's file by earlier versions are copied
over the first time the new file is made.

The key covers everything that changes an answer: base URL, model, mode, prompt_sha, schema
version and the SHA-256 of the item text, so a second run over the same files makes no model
calls, and editing a prompt or the schema invalidates old answers. Only answers are cached,
never failures (a transient error must not stick).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from pathlib import Path

from pydantic import BaseModel

from summarizer.errors import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS model_cache (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    meta TEXT NOT NULL,
    created_at TEXT NOT NULL
)
"""


def answer_schema_version(schema_version: str, response_model: type[BaseModel]) -> str:
    """The record schema version plus a hash of the response model's JSON schema.

    Field descriptions in the response model reach the model like prompt text, so editing one
    must invalidate cached answers just as editing a prompt file does.
    """
    schema = json.dumps(response_model.model_json_schema(), sort_keys=True, ensure_ascii=False)
    return f"{schema_version}+{hashlib.sha256(schema.encode('utf-8')).hexdigest()[:16]}"


def cache_key(
    *, base_url: str, model: str, mode: str, prompt_sha: str, schema_version: str, item_text: str
) -> str:
    item_sha = hashlib.sha256(item_text.encode("utf-8")).hexdigest()
    parts = [base_url.rstrip("/"), model, mode, prompt_sha, schema_version, item_sha]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


class ModelCache:
    """`get(key)` / `put(key, value, meta)`; safe to share between the threads of one run."""

    def __init__(self, path: Path, earlier: Path | None = None) -> None:
        """Open the cache at `path`; when it is new, copy the answers the file `earlier` holds."""
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            new = not path.exists()
            self._conn = sqlite3.connect(path, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: no fsync per commit; a crash loses at most the last answers, never the file.
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute(_SCHEMA)
            self._conn.commit()
            if new and earlier is not None and earlier.exists():
                self._copy_from(earlier)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the model cache at {path}: {exc}") from exc

    def _copy_from(self, earlier: Path) -> None:
        self._conn.execute("ATTACH DATABASE ? AS earlier", (str(earlier),))
        try:
            found = self._conn.execute(
                "SELECT 1 FROM earlier.sqlite_master WHERE type = 'table' AND name = 'model_cache'"
            ).fetchone()
            if found is not None:
                self._conn.execute("INSERT OR IGNORE INTO model_cache SELECT * FROM earlier.model_cache")
                self._conn.commit()
        finally:
            self._conn.execute("DETACH DATABASE earlier")

    def get(self, key: str) -> str | None:
        with self._lock:
            try:
                row = self._conn.execute("SELECT value FROM model_cache WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read the model cache at {self.path}: {exc}") from exc
        return None if row is None else str(row[0])

    def put(self, key: str, value: str, meta: dict[str, object]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._lock:
            try:
                self._conn.execute(
                    "INSERT OR REPLACE INTO model_cache (key, value, meta, created_at) VALUES (?, ?, ?, ?)",
                    (key, value, json.dumps(meta, ensure_ascii=False), now),
                )
                self._conn.commit()
            except sqlite3.Error as exc:
                raise StoreError(f"cannot write the model cache at {self.path}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()
