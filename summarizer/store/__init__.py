"""The store: documents, the task ledger, batch runs and search, in SQLite (one WAL-mode file,
the embedded default) or PostgreSQL (`SUMMARIZER_DATABASE_URL`, for shared deployments).

`Store` is a small facade; the work lives in one module per thing stored: `documents`, `tasks`
(ledger reads and status changes), `ledger` (task derivation, repeat links), `runs`, `search`,
all on one `db.Database` connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from summarizer.pipeline import Extraction
from summarizer.schema import Minutes
from summarizer.store import documents, model_pending, repeats, runs, search, tasks
from summarizer.store.db import Database
from summarizer.store.documents import MeetingRow as MeetingRow
from summarizer.store.documents import SaveResult as SaveResult
from summarizer.store.documents import SaveStatus as SaveStatus
from summarizer.store.documents import StoredDocument as StoredDocument
from summarizer.store.ledger import Task
from summarizer.store.migrations import RELINK_STEPS, REPEAT_KEYS_STEPS, SEARCH_GRAMS_STEP, apply_migrations
from summarizer.store.search import SearchHit as SearchHit  # re-exported: callers import it from here
from summarizer.store.search import search_index
from summarizer.store.tasks import TaskFilters, TaskPage

if TYPE_CHECKING:
    from summarizer.pipeline import Extraction


class Store:
    """One open database. Not shared across threads; open one per thread or process."""

    def __init__(self, database: Database, path: Path | str) -> None:
        self.db = database
        self.connection = database  # older name, kept for callers and tests
        self.path = path

    @classmethod
    def open(cls, target: Path | str) -> Store:
        """Open (and migrate) the store at a SQLite path or a `postgresql://` URL."""
        database = Database.open(target)
        try:
            applied = apply_migrations(database)
            if set(REPEAT_KEYS_STEPS) & set(applied):
                with database.transaction():
                    repeats.index_all(database, relink=bool(set(RELINK_STEPS) & set(applied)))
            if SEARCH_GRAMS_STEP in applied:
                with database.transaction():
                    search.index_all(database)
        except BaseException:
            database.close()
            raise
        return cls(database, target)

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One all-or-nothing write; a crash inside it leaves the database as it was."""
        with self.db.transaction() as db:
            yield db

    def write_groups(self, documents: int, seconds: float) -> AbstractContextManager[Callable[[], None]]:
        """Saves committed together (see `Database.write_groups`)."""
        return self.db.write_groups(documents, seconds)

    # -- documents ---------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return documents.has(self.db, sha256)

    def save(self, extraction: Extraction, backend: str = "rules", *, confirm: bool = False) -> SaveResult:
        """Store a record and its tasks in one transaction; a known sha256 is a no-op.

        A new meeting waits for review (`pending`): its tasks count nowhere until a person confirms
        it (`summarizer.supervision.review`); `confirm=True` (auto-confirm) confirms it on save."""
        return documents.save(self.db, extraction, backend, confirm=confirm)

    def get(self, doc_id: str) -> StoredDocument:
        """The current version of a document, by `doc_id` or sha256."""
        return documents.get(self.db, doc_id)

    def versions(self, doc_id: str) -> list[StoredDocument]:
        """Every stored version with the same issuer, year and number as `doc_id`, oldest first."""
        return documents.versions(self.db, doc_id)

    def meetings(self, since: dt.date | None = None, until: dt.date | None = None) -> list[MeetingRow]:
        """Current documents by meeting date (inclusive bounds); undated ones last."""
        return documents.meetings(self.db, since, until)

    def documents_between(self, start: dt.date, end: dt.date, issuer: str | None = None) -> list[StoredDocument]:
        """Current confirmed documents whose meeting date is in [start, end], optionally of one issuer."""
        return list(documents.documents_between(self.db, start, end, issuer))

    def model_pending(self, shas: list[str] | None = None) -> list[str]:
        """sha256 of the current documents with items still waiting for the model (of `shas`, if given)."""
        return model_pending.documents(self.db, shas)

    def complete_model(self, sha: str, minutes: Minutes) -> None:
        """Replace a stored record by the one a model retry completed: items, search rows, tasks."""
        with self.db.transaction():
            document_id = model_pending.replace(self.db, sha, minutes)
            documents.insert_items(self.db, document_id, minutes)

    # -- tasks -------------------------------------------------------------------------------

    def tasks(self, **page: Unpack[TaskPage]) -> list[Task]:
        """Current tasks of confirmed meetings, filtered (`tasks.TaskFilters`: `review=None` for
        every meeting, `"pending"` for those waiting for review), sorted and paged in SQL
        (`tasks.TaskPage`); `iter_tasks` streams the same rows without holding them all."""
        return list(self.iter_tasks(**page))

    def iter_tasks(self, **page: Unpack[TaskPage]) -> Iterator[Task]:
        """Like `tasks`, one row at a time (for exports: memory independent of the ledger's size)."""
        return tasks.iter_tasks(self.db, **page)

    def count_tasks(self, **filters: Unpack[TaskFilters]) -> int:
        """How many current tasks the same filters select (for page counts)."""
        return tasks.count_tasks(self.db, **filters)

    def task(self, task_id: int) -> Task:
        return tasks.task(self.db, task_id)

    def set_task_status(self, task_id: int, status: str, note: str = "", who: str = "") -> Task:
        return tasks.set_task_status(self.db, task_id, status, note, who)

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Items and directives containing `query` (an index serves every length)."""
        return search_index(self.db, query, limit)

    # -- batch runs --------------------------------------------------------------------------

    def start_run(self, backend: str, inputs: list[str]) -> int:
        return runs.start_run(self.db, backend, inputs)

    def record_failure(self, run_id: int, path: str, error: str) -> None:
        runs.record_failure(self.db, run_id, path, error)

    def claim(self, sha256: str, worker: str, stale_before: str) -> bool:
        """Take a file for one batch worker (see `runs.claim`)."""
        return runs.claim(self.db, sha256, worker, stale_before)

    def release(self, sha256: str, worker: str) -> None:
        runs.release(self.db, sha256, worker)

    def finish_run(self, run_id: int, saved: int, skipped: int, failed: int) -> None:
        runs.finish_run(self.db, run_id, saved, skipped, failed)
