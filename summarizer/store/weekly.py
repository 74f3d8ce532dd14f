"""Bounded reads for the weekly digest and the streamed ledger export.

Every query here is shaped by an index and a LIMIT or a date range, never by the store's
history: the week's meetings (`documents_meeting_date`), their tasks (`tasks_document`), one
issuer's overdue and due-soon tasks (`tasks_issuer_due_date`, stopping at the LIMIT) and that
issuer's open tasks per unit with the carried-over totals (`tasks_issuer_open`). Only tasks of
confirmed meetings (`documents.review = 'confirmed'`) of current documents count; for one
issuer, which documents count comes from `documents_counted` without reading their rows.

Rows come back as plain dicts. The SQL is portable (`?` placeholders through `Database`, no
`? IS NULL` tests on untyped parameters, which PostgreSQL cannot type): optional filters are
added to the WHERE clause only when given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from typing import Any, Unpack

from summarizer.store.db import Database
from summarizer.store.tasks import TaskPage, stream_ledger
from summarizer.supervision.dues import CLOSED_STATES

Row = dict[str, Any]
_CLOSED = tuple(sorted(CLOSED_STATES))
_OPEN = f"t.status NOT IN ({', '.join('?' for _ in _CLOSED)})"
_COUNTED = "d.superseded_by IS NULL AND d.review = 'confirmed'"


def _issuers_counted(issuers: int) -> str:
    """`_COUNTED` without reading the documents' rows, for tasks of `issuers` issuers (one `?` each):
    their counted documents come from the `documents_counted` index alone (a join would read each
    task's document row)."""
    marks = ", ".join("?" for _ in range(issuers))
    return (f"t.document_id IN (SELECT id FROM documents WHERE issuer IN ({marks})"
            " AND review = 'confirmed' AND superseded_by IS NULL)")


TASK_COLUMNS = """t.id, t.document_id, t.meeting_date, t.item_number, t.item_title, t.source, t.unit,
    t.unit_verbatim, t.co_units, t.text, t.deadline_text, t.deadline_date, t.due_date, t.status,
    t.repeat_of, d.issuer, d.number, d.doc_id"""


def _rows(connection: Database, sql: str, params: Sequence[object]) -> list[Row]:
    return [dict(row) for row in connection.execute(sql, tuple(params))]


def week_documents(
    connection: Database, start: dt.date, end: dt.date, issuer: str | None = None
) -> list[Row]:
    """Current documents whose meeting date is in [start, end] (any review state), without
    their source text; with `issuer`, only that issuer's."""
    where, params = ["d.superseded_by IS NULL", "d.meeting_date BETWEEN ? AND ?"], [start.isoformat(), end.isoformat()]
    if issuer is not None:
        where.append("d.issuer = ?")
        params.append(issuer)
    return _rows(
        connection,
        f"""SELECT d.id, d.doc_id, d.issuer, d.number, d.meeting_date, d.review, d.minutes_json
            FROM documents d WHERE {" AND ".join(where)}
            ORDER BY d.meeting_date, d.number, d.sha256""",
        params,
    )


def document_tasks(connection: Database, document_ids: Sequence[int]) -> list[Row]:
    """The tasks of the given (confirmed, current) documents, in document order."""
    if not document_ids:
        return []
    marks = ", ".join("?" for _ in document_ids)
    return _rows(
        connection,
        f"""SELECT {TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id
            WHERE t.document_id IN ({marks}) AND {_COUNTED}
            ORDER BY t.document_id, t.item_number, t.id""",
        list(document_ids),
    )


def carried_tasks(
    connection: Database,
    issuer: str,
    before: dt.date,
    due_from: dt.date,
    due_to: dt.date,
    *,
    newest_first: bool,
    limit: int,
) -> list[Row]:
    """Open tasks of `issuer`'s meetings held before `before`, due in [due_from, due_to],
    nearest due date first (`newest_first`: the latest due date first), at most `limit`."""
    order = "DESC" if newest_first else "ASC"
    return _rows(
        connection,
        f"""SELECT {TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id
            WHERE t.issuer = ? AND t.due_date >= ? AND t.due_date <= ? AND t.meeting_date < ?
                  AND {_OPEN} AND {_issuers_counted(1)}
            ORDER BY t.due_date {order}, t.id LIMIT ?""",
        (issuer, due_from.isoformat(), due_to.isoformat(), before.isoformat(), *_CLOSED, issuer, limit),
    )


def open_counts_by_unit(
    connection: Database, issuers: Sequence[str], before: dt.date, until: dt.date, as_of: dt.date,
    soon_until: dt.date,
) -> list[Row]:
    """Per issuer and unit: open tasks of each issuer's meetings up to `until`, of which overdue at
    `as_of`, due in [as_of, soon_until], and without a due date; and of those, the ones
    `carried_tasks` lists (meetings before `before`): `carried_overdue` and `carried_due_soon`. One
    row per issuer and unit (bounded by the issuers' units, not by their history of tasks), read
    from indexes only, for all the week's issuers in one statement (one per issuer cost PostgreSQL
    0.65 s of a busy week's digest page, 80 issuers, 575,000 tasks; this 0.15 s)."""
    if not issuers:
        return []
    iso_as_of = as_of.isoformat()
    marks = ", ".join("?" for _ in issuers)
    return _rows(
        connection,
        f"""SELECT t.issuer AS issuer, t.unit AS unit, COUNT(*) AS open,
                   SUM(CASE WHEN t.due_date < ? THEN 1 ELSE 0 END) AS overdue,
                   SUM(CASE WHEN t.due_date >= ? AND t.due_date <= ? THEN 1 ELSE 0 END) AS due_soon,
                   SUM(CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END) AS undated,
                   SUM(CASE WHEN t.meeting_date < ? AND t.due_date < ? THEN 1 ELSE 0 END) AS carried_overdue,
                   SUM(CASE WHEN t.meeting_date < ? AND t.due_date >= ? AND t.due_date <= ? THEN 1 ELSE 0 END)
                       AS carried_due_soon
            FROM tasks t
            WHERE t.issuer IN ({marks}) AND t.meeting_date <= ? AND {_OPEN} AND {_issuers_counted(len(issuers))}
            GROUP BY t.issuer, t.unit""",
        (
            iso_as_of, iso_as_of, soon_until.isoformat(),
            before.isoformat(), iso_as_of, before.isoformat(), iso_as_of, soon_until.isoformat(),
            *issuers, until.isoformat(), *_CLOSED, *issuers,
        ),
    )


def iter_ledger(connection: Database, **page: Unpack[TaskPage]) -> Generator[Row, None, None]:
    """The ledger's rows as they come from one cursor (confirmed meetings' current tasks, in
    `TASK_COLUMNS`), optionally one page of them: an export streams them without holding the
    ledger in memory."""
    for row in stream_ledger(connection, TASK_COLUMNS, **page):
        yield dict(row)


def meeting_days(connection: Database) -> list[tuple[dt.date, int]]:
    """Each meeting date of the current documents with how many meetings were held that day
    (one row per day, not per document: the week picker of the digest page)."""
    rows = connection.execute(
        """SELECT meeting_date, COUNT(*) AS n FROM documents
           WHERE superseded_by IS NULL AND meeting_date IS NOT NULL
           GROUP BY meeting_date ORDER BY meeting_date""",
    )
    return [(dt.date.fromisoformat(str(row[0])), int(row[1])) for row in rows]
