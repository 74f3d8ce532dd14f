"""Reading and updating the task ledger: filters, order and paging happen in SQL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import TypedDict, Unpack

from summarizer.errors import InputError
from summarizer.schema import Span
from summarizer.store import ledger
from summarizer.store.db import Database, Row
from summarizer.store.ledger import Task

# Sort keys callers may ask for, as SQL; every order ends on t.id so pages never overlap.
TASK_ORDERS: dict[str, str] = {
    "meeting": "t.meeting_date, d.sha256, t.id",
    "meeting_desc": "t.meeting_date DESC, d.sha256 DESC, t.id DESC",
    "due": "t.due_date IS NULL, t.due_date, t.id",
    "unit": "t.unit, t.meeting_date, t.id",
    "id": "t.id",
}


class TaskFilters(TypedDict, total=False):
    """Which current tasks a ledger read selects (every key optional).

    `unit` matches the canonical or the verbatim unit; `statuses` keeps any of several statuses
    (an empty list selects nothing); `since`/`until` bound the meeting date; `review` is the
    meetings' review state, "confirmed" unless given (`None`: every meeting)."""

    unit: str | None
    status: str | None
    since: dt.date | None
    until: dt.date | None
    issuer: str | None
    statuses: Sequence[str] | None
    review: str | None


class TaskPage(TaskFilters, total=False):
    """Filters, and the order (one of `TASK_ORDERS`, default "meeting") and page to read."""

    order: str
    limit: int | None
    offset: int


def _filters(
    *,
    unit: str | None = None,
    status: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    issuer: str | None = None,
    statuses: Sequence[str] | None = None,
    review: str | None = "confirmed",
) -> tuple[list[str], list[object]]:
    """WHERE clauses (over `tasks t JOIN documents d`) and their parameters for these filters:
    current documents, by default confirmed meetings only."""
    for wanted in [status, *(statuses or ())]:
        if wanted is not None and wanted not in ledger.TASK_STATUSES:
            raise InputError(f"unknown task status {wanted!r}; use one of: {', '.join(ledger.TASK_STATUSES)}")
    where: list[str] = ["d.superseded_by IS NULL"]
    params: list[object] = []
    if review is not None:  # only confirmed meetings' tasks count (review before the ledger)
        where.append("d.review = ?")
        params.append(review)
    if unit is not None:
        where.append("(t.unit = ? OR t.unit_verbatim = ?)")
        params += [unit, unit]
    if status is not None:
        where.append("t.status = ?")
        params.append(status)
    if statuses is not None:
        where.append(f"t.status IN ({', '.join('?' * len(statuses))})" if statuses else "1 = 0")
        params += list(statuses)
    if since is not None:
        where.append("t.meeting_date >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("t.meeting_date <= ?")
        params.append(until.isoformat())
    if issuer is not None:
        where.append("t.issuer = ?")
        params.append(issuer)
    return where, params


def stream_ledger(
    db: Database, columns: str, *, order: str = "meeting", limit: int | None = None, offset: int = 0,
    **filters: Unpack[TaskFilters],
) -> Iterator[Row]:
    """`columns` of the selected tasks (over `tasks t JOIN documents d`), sorted and paged by the
    database; rows are read as they are used."""
    if order not in TASK_ORDERS:
        raise InputError(f"unknown task order {order!r}; use one of: {', '.join(TASK_ORDERS)}")
    where, params = _filters(**filters)
    sql = f"""SELECT {columns} FROM tasks t JOIN documents d ON d.id = t.document_id
              WHERE {" AND ".join(where)} ORDER BY {TASK_ORDERS[order]}"""
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    elif offset:
        raise InputError("a task offset needs a limit")
    return db.stream(sql, params)


def iter_tasks(db: Database, **page: Unpack[TaskPage]) -> Iterator[Task]:
    """Current tasks, filtered, sorted and paged by the database; rows are read as they are used."""
    for row in stream_ledger(db, "t.*, d.doc_id, d.review", **page):
        yield task_from_row(row)


def count_tasks(db: Database, **filters: Unpack[TaskFilters]) -> int:
    """How many current tasks the same filters select (for page counts)."""
    where, params = _filters(**filters)
    row = db.execute(
        f"SELECT COUNT(*) FROM tasks t JOIN documents d ON d.id = t.document_id WHERE {' AND '.join(where)}",
        params,
    ).fetchone()
    return int(row[0]) if row is not None else 0


def task(db: Database, task_id: int) -> Task:
    row = db.execute(
        "SELECT t.*, d.doc_id, d.review FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = ?",
        (task_id,),
    ).fetchone()
    if row is None:
        raise InputError(f"no task with id {task_id}; list them with `summarizer tasks`")
    found = task_from_row(row)
    found.history = ledger.history(db, task_id)
    return found


def set_task_status(db: Database, task_id: int, status: str, note: str = "", who: str = "") -> Task:
    """Move a task to `status` as the office would, through the lifecycle (an invalid step is refused)."""
    from summarizer.supervision.record import action_to, take_action  # the lifecycle writes through the store
    from summarizer.supervision.roles import Actor

    if status not in ledger.TASK_STATUSES:
        raise InputError(f"unknown task status {status!r}; use one of: {', '.join(ledger.TASK_STATUSES)}")
    current = task(db, task_id).status
    return take_action(db, task_id, action_to(current, status), Actor(name=who, role="office"), note=note)


def task_from_row(row: Row) -> Task:
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
        issuer=row["issuer"],
        co_units=json.loads(row["co_units"] or "[]"),
        is_group=bool(row["is_group"]),
        due_date=row["due_date"],
        review=row["review"],
        pending_due=row["pending_due"],
        done_on=row["done_on"],
    )
