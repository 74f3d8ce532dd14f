"""SQLite store: documents (full `Minutes` JSON + source text), items, directives, the task
ledger, batch runs and full-text search, in one WAL-mode file (`Settings.database_path`).

Documents are keyed by the sha256 of their bytes: saving the same file again is a no-op.
A new version of the same minutes (same issuer, year and number) supersedes the current one:
the old row stays (history), its tasks' statuses carry over, and queries see only the new one.
Which version is newer: the later `issued_on`; on a tie or when unknown, the one saved last.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from summarizer.errors import InputError, StoreError
from summarizer.pipeline import Extraction
from summarizer.schema import Minutes, Span
from summarizer.store import ledger
from summarizer.store.ledger import Task
from summarizer.store.migrations import apply_migrations
from summarizer.store.search import SearchHit as SearchHit  # re-exported: callers import it from here
from summarizer.store.search import search_index

SaveStatus = Literal["saved", "unchanged"]


class SaveResult(BaseModel):
    document_id: int
    status: SaveStatus
    superseded: int | None = None


class StoredDocument(BaseModel):
    """A stored record with the text its spans point into."""

    id: int
    sha256: str
    minutes: Minutes
    source_text: str
    media_type: str
    backend: str
    ingested_at: str
    superseded_by: int | None


class MeetingRow(BaseModel):
    id: int
    doc_id: str
    sha256: str
    issuer: str | None
    number: int | None
    meeting_date: dt.date | None
    item_count: int


def _version_key(minutes: Minutes) -> str | None:
    when = minutes.meeting.date or minutes.issued_on
    if not minutes.issuer or minutes.number is None or when is None:
        return None
    return f"{minutes.issuer}|{when.year}|{minutes.number}"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """One open database. Not shared across threads; open one per process."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            apply_migrations(connection)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
        return cls(connection, path)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write; a crash inside it leaves the database as it was."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store at {self.path}: {exc}") from exc
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        try:
            self.connection.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot commit to the store at {self.path}: {exc}") from exc

    # -- documents ---------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        row = self.connection.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def save(self, extraction: Extraction, backend: str = "rules") -> SaveResult:
        """Store a record and its tasks in one transaction; a known sha256 is a no-op."""
        source, minutes = extraction.source, extraction.minutes
        sha = source.sha256 or minutes.source_sha256
        if not sha:
            raise InputError(f"{minutes.source_file}: record has no sha256, cannot be stored")
        try:
            with self.transaction() as db:
                row = db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
                if row is not None:
                    return SaveResult(document_id=row["id"], status="unchanged")
                return self._insert(db, extraction, sha, backend)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save {minutes.source_file}: {exc}") from exc

    def _insert(self, db: sqlite3.Connection, extraction: Extraction, sha: str, backend: str) -> SaveResult:
        minutes = extraction.minutes
        key = _version_key(minutes)
        current = None
        if key is not None:
            current = db.execute(
                "SELECT id, minutes_json FROM documents WHERE version_key = ? AND superseded_by IS NULL",
                (key,),
            ).fetchone()
        new_is_older = False
        if current is not None:
            old_issued = Minutes.model_validate_json(current["minutes_json"]).issued_on
            new_is_older = bool(old_issued and minutes.issued_on and minutes.issued_on < old_issued)
        cursor = db.execute(
            """INSERT INTO documents (sha256, doc_id, source_file, media_type, issuer, number, version_key,
                   meeting_date, backend, minutes_json, source_text, ingested_at, superseded_by)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                sha,
                minutes.doc_id,
                minutes.source_file,
                extraction.source.media_type,
                minutes.issuer,
                minutes.number,
                key,
                _iso(minutes.meeting.date),
                backend,
                minutes.model_dump_json(),
                extraction.source.text,
                _now(),
                current["id"] if current is not None and new_is_older else None,
            ),
        )
        document_id = int(cursor.lastrowid or 0)
        self._insert_items(db, document_id, minutes)
        drafts = ledger.tasks_from_minutes(minutes)
        superseded = None
        if current is not None and not new_is_older:
            superseded = int(current["id"])
            db.execute("UPDATE documents SET superseded_by = ? WHERE id = ?", (document_id, superseded))
            db.execute(
                "UPDATE documents SET superseded_by = ? WHERE superseded_by = ?", (document_id, superseded)
            )
        ledger.insert_tasks(
            db, document_id, minutes.meeting.date, drafts, carried_from=superseded, issuer=minutes.issuer
        )
        if superseded is not None:
            units = {r[0] for r in db.execute("SELECT DISTINCT unit FROM tasks WHERE document_id IN (?, ?)",
                                              (document_id, superseded))}
            ledger.link_repeats(db, units)
        elif not new_is_older:
            ledger.link_repeats(db, {d.unit for d in drafts}, document_id=document_id)
        return SaveResult(document_id=document_id, status="saved", superseded=superseded)

    def _insert_items(self, db: sqlite3.Connection, document_id: int, minutes: Minutes) -> None:
        for item in minutes.items:
            cursor = db.execute(
                """INSERT INTO items (document_id, number, heading, title, kind, decision, decision_paragraph,
                       lead_units, issuance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    document_id,
                    item.number,
                    item.heading,
                    item.title,
                    item.kind,
                    item.decision,
                    item.decision_paragraph,
                    json.dumps(item.lead_units, ensure_ascii=False),
                    json.dumps(item.issuance, ensure_ascii=False),
                ),
            )
            item_id = cursor.lastrowid
            item_text = "\n".join(filter(None, (item.heading, item.title, item.decision_paragraph)))
            db.execute(
                "INSERT INTO search_index (text, kind, document_id, ref_id) VALUES (?, 'item', ?, ?)",
                (item_text, document_id, item_id),
            )
            for ordinal, directive in enumerate(item.directives):
                cursor = db.execute(
                    """INSERT INTO directives (document_id, item_id, ordinal, marker, text, addressees)
                       VALUES (?, ?, ?, ?, ?, ?)""",
                    (document_id, item_id, ordinal, directive.marker, directive.text,
                     json.dumps(directive.addressees, ensure_ascii=False)),
                )
                db.execute(
                    """INSERT INTO search_index (text, kind, document_id, ref_id)
                       VALUES (?, 'directive', ?, ?)""",
                    (directive.text, document_id, cursor.lastrowid),
                )

    def _document(self, row: sqlite3.Row) -> StoredDocument:
        return StoredDocument(
            id=row["id"],
            sha256=row["sha256"],
            minutes=Minutes.model_validate_json(row["minutes_json"]),
            source_text=row["source_text"],
            media_type=row["media_type"],
            backend=row["backend"],
            ingested_at=row["ingested_at"],
            superseded_by=row["superseded_by"],
        )

    def get(self, doc_id: str) -> StoredDocument:
        """A stored document by sha256 (the identity), or by `doc_id` (the file name without its
        extension) when that names one meeting: files of the same name in two folders are two
        meetings, and a name that fits several is refused rather than resolved to either."""
        row = self.connection.execute("SELECT * FROM documents WHERE sha256 = ?", (doc_id,)).fetchone()
        if row is not None:
            return self._document(row)
        rows = self.connection.execute(
            "SELECT * FROM documents WHERE doc_id = ? ORDER BY superseded_by IS NOT NULL, id DESC", (doc_id,)
        ).fetchall()
        if not rows:
            raise InputError(
                f"no stored document {doc_id!r}; list them with `summarizer batch` first",
                zh=f"会议库中没有“{doc_id}”，请先上传或批量导入该会议纪要",
            )
        current = [r for r in rows if r["superseded_by"] is None]
        if len(current) > 1:
            shas = ", ".join(r["sha256"][:12] for r in current)
            raise InputError(
                f"{len(current)} stored meetings are named {doc_id!r} (sha256 {shas}); give the sha256",
                zh=f"会议库中有 {len(current)} 份名为“{doc_id}”的会议纪要，请按编号和日期选择",
            )
        return self._document(rows[0])

    def versions(self, doc_id: str) -> list[StoredDocument]:
        """Every stored version with the same issuer, year and number as `doc_id`, oldest first."""
        current = self.get(doc_id)
        key = _version_key(current.minutes)
        if key is None:
            return [current]
        rows = self.connection.execute("SELECT * FROM documents WHERE version_key = ? ORDER BY id", (key,))
        return [self._document(row) for row in rows]

    def meetings(self, since: dt.date | None = None, until: dt.date | None = None) -> list[MeetingRow]:
        """Current documents by meeting date (inclusive bounds); undated ones last."""
        rows = self.connection.execute(
            """SELECT d.id, d.doc_id, d.sha256, d.issuer, d.number, d.meeting_date,
                      (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS item_count
               FROM documents d WHERE d.superseded_by IS NULL
                 AND (? IS NULL OR d.meeting_date >= ?) AND (? IS NULL OR d.meeting_date <= ?)
               ORDER BY d.meeting_date IS NULL, d.meeting_date, d.number, d.sha256""",
            (_iso(since), _iso(since), _iso(until), _iso(until)),
        )
        return [MeetingRow(**dict(row)) for row in rows]

    def documents_between(self, start: dt.date, end: dt.date, issuer: str | None = None) -> list[StoredDocument]:
        """Current documents whose meeting date is in [start, end], optionally of one issuer."""
        rows = self.connection.execute(
            """SELECT * FROM documents WHERE superseded_by IS NULL AND meeting_date BETWEEN ? AND ?
                 AND (? IS NULL OR issuer = ?)
               ORDER BY meeting_date, number, sha256""",
            (start.isoformat(), end.isoformat(), issuer, issuer),
        )
        return [self._document(row) for row in rows]

    # -- tasks -------------------------------------------------------------------------------

    def tasks(
        self,
        unit: str | None = None,
        status: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        issuer: str | None = None,
    ) -> list[Task]:
        """Current tasks, filtered; `unit` matches the canonical or the verbatim unit."""
        if status is not None and status not in ledger.TASK_STATUSES:
            raise InputError(f"unknown task status {status!r}; use one of: {', '.join(ledger.TASK_STATUSES)}")
        rows = self.connection.execute(
            """SELECT t.*, d.doc_id FROM tasks t JOIN documents d ON d.id = t.document_id
               WHERE d.superseded_by IS NULL
                 AND (? IS NULL OR t.unit = ? OR t.unit_verbatim = ?)
                 AND (? IS NULL OR t.status = ?)
                 AND (? IS NULL OR t.meeting_date >= ?)
                 AND (? IS NULL OR t.meeting_date <= ?)
                 AND (? IS NULL OR d.issuer = ?)
               ORDER BY t.meeting_date, d.sha256, t.id""",
            (unit, unit, unit, status, status, _iso(since), _iso(since), _iso(until), _iso(until), issuer, issuer),
        )
        return [self._task(row) for row in rows]

    def task(self, task_id: int) -> Task:
        row = self.connection.execute(
            "SELECT t.*, d.doc_id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = ?",
            (task_id,),
        ).fetchone()
        if row is None:
            raise InputError(f"no task with id {task_id}; list them with `summarizer tasks`")
        task = self._task(row)
        task.history = ledger.history(self.connection, task_id)
        return task

    def set_task_status(self, task_id: int, status: str, note: str = "", who: str = "") -> Task:
        try:
            with self.transaction() as db:
                ledger.set_status(db, task_id, status, note, who)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot update task {task_id}: {exc}") from exc
        return self.task(task_id)

    @staticmethod
    def _task(row: sqlite3.Row) -> Task:
        span = None
        if row["span_start"] is not None and row["span_end"] is not None:
            span = Span(start=row["span_start"], end=row["span_end"])
        return Task(
            id=row["id"],
            doc_id=row["doc_id"],
            meeting_date=row["meeting_date"],
            item_number=row["item_number"],
            item_title=row["item_title"],
            source=row["source"],
            unit=row["unit"],
            unit_verbatim=row["unit_verbatim"],
            text=row["text"],
            deadline_text=row["deadline_text"],
            deadline_date=row["deadline_date"],
            status=row["status"],
            span=span,
            repeat_of=row["repeat_of"],
        )

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Items and directives containing `query` (FTS5 trigram; 1 or 2 characters: substring scan)."""
        return search_index(self.connection, query, limit)

    # -- batch runs --------------------------------------------------------------------------

    def start_run(self, backend: str, inputs: list[str]) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO runs (started_at, backend, inputs) VALUES (?, ?, ?)",
                (_now(), backend, json.dumps(inputs, ensure_ascii=False)),
            )
        return int(cursor.lastrowid or 0)

    def record_failure(self, run_id: int, path: str, error: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO run_failures (run_id, path, error) VALUES (?, ?, ?)", (run_id, path, error)
            )

    def finish_run(self, run_id: int, saved: int, skipped: int, failed: int) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, saved = ?, skipped = ?, failed = ? WHERE id = ?",
                (_now(), saved, skipped, failed, run_id),
            )
