"""SQL of review (审核确认): confirm a meeting, correct its rows, keep every correction.

Plain functions on a connection; the caller (`summarizer.supervision.review`) holds the
transaction and decides what to change. Portable SQL: `?` placeholders, `RETURNING id`, ISO text.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from summarizer.clock import now_utc
from summarizer.errors import InputError
from summarizer.schema import Minutes
from summarizer.store import search
from summarizer.store.db import Database, Row
from summarizer.store.ledger import Task, TaskDraft
from summarizer.store.tasks import task_from_row

_TASK_COLUMNS = "t.*, d.doc_id, d.review"


class Correction(BaseModel):
    """One change a reviewer made: what was extracted, what it became, who, when (UTC)."""

    id: int
    doc_id: str
    document_sha256: str
    item_number: int | None
    task_id: int | None
    field: str
    extracted: Any
    corrected: Any
    who: str
    at: str


class PendingMeeting(BaseModel):
    id: int
    doc_id: str
    issuer: str | None
    meeting_date: str | None
    source_file: str
    ingested_at: str
    task_count: int


def document(db: Database, doc_id: str) -> Row:
    """The current version of a document by doc_id or sha256."""
    row = db.execute(
        """SELECT * FROM documents WHERE (doc_id = ? OR sha256 = ?)
           ORDER BY superseded_by IS NOT NULL, id DESC LIMIT 1""",
        (doc_id, doc_id),
    ).fetchone()
    if row is None:
        raise InputError(f"no stored meeting {doc_id!r}; list them with `summarizer review list`",
                         zh=f"会议库中没有会议“{doc_id}”。")
    return row


def minutes_of(row: Row) -> Minutes:
    return Minutes.model_validate_json(row["minutes_json"])


def record(
    db: Database,
    doc: Row,
    field: str,
    extracted: Any,
    corrected: Any,
    who: str,
    item_number: int | None = None,
    task_id: int | None = None,
) -> None:
    db.execute(
        """INSERT INTO corrections (document_id, document_sha256, doc_id, item_number, task_id, field,
               extracted, corrected, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            doc["id"], doc["sha256"], doc["doc_id"], item_number, task_id, field,
            json.dumps(extracted, ensure_ascii=False, default=str),
            json.dumps(corrected, ensure_ascii=False, default=str),
            who, now_utc(),
        ),
    )


def corrections(db: Database, doc_id: str | None = None) -> list[Correction]:
    if doc_id is None:
        rows = db.execute("SELECT * FROM corrections ORDER BY id")
    else:
        rows = db.execute(
            "SELECT * FROM corrections WHERE doc_id = ? OR document_sha256 = ? ORDER BY id", (doc_id, doc_id)
        )
    return [
        Correction(
            id=row["id"], doc_id=row["doc_id"], document_sha256=row["document_sha256"],
            item_number=row["item_number"], task_id=row["task_id"], field=row["field"],
            extracted=json.loads(row["extracted"]) if row["extracted"] is not None else None,
            corrected=json.loads(row["corrected"]) if row["corrected"] is not None else None,
            who=row["who"], at=row["at"],
        )
        for row in rows
    ]


def save_minutes(db: Database, document_id: int, minutes: Minutes) -> None:
    """The corrected record, and the columns and task fields copied from it."""
    date = minutes.meeting.date.isoformat() if minutes.meeting.date else None
    db.execute(
        "UPDATE documents SET minutes_json = ?, issuer = ?, meeting_date = ? WHERE id = ?",
        (minutes.model_dump_json(), minutes.issuer, date, document_id),
    )
    db.execute(
        "UPDATE tasks SET meeting_date = ?, issuer = ? WHERE document_id = ?", (date, minutes.issuer, document_id)
    )
    for item in minutes.items:
        db.execute(
            """UPDATE items SET title = ?, kind = ?, decision = ?, lead_units = ?, issuance = ?
               WHERE document_id = ? AND number = ?""",
            (
                item.title, item.kind, item.decision,
                json.dumps(item.lead_units, ensure_ascii=False), json.dumps(item.issuance, ensure_ascii=False),
                document_id, item.number,
            ),
        )
        db.execute(
            "UPDATE tasks SET item_title = ? WHERE document_id = ? AND item_number = ?",
            (item.title, document_id, item.number),
        )


def task_rows(db: Database, document_id: int) -> list[Row]:
    return db.execute(
        f"SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id"
        " WHERE t.document_id = ? ORDER BY t.item_number, t.id",
        (document_id,),
    ).fetchall()


def task_row(db: Database, task_id: int) -> Row:
    row = db.execute(
        f"SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = ?", (task_id,)
    ).fetchone()
    if row is None:
        raise InputError(f"no task with id {task_id}; list a meeting's tasks with `summarizer review show`",
                         zh=f"没有编号为 {task_id} 的任务。")
    return row


TASK_COLUMNS = frozenset(
    {"unit", "co_units", "is_group", "text", "deadline_text", "deadline_date", "due_date", "span_start", "span_end"}
)


def update_task(db: Database, task_id: int, values: dict[str, Any]) -> None:
    unknown = set(values) - TASK_COLUMNS
    if unknown:
        raise ValueError(f"not a task column: {sorted(unknown)}")
    for column, value in values.items():  # column names come from TASK_COLUMNS, never from input
        db.execute(f"UPDATE tasks SET {column} = ? WHERE id = ?", (value, task_id))


def insert_task(db: Database, doc: Row, draft: TaskDraft, due: str | None) -> int:
    return db.insert(
        """INSERT INTO tasks (document_id, meeting_date, item_number, item_title, source, directive_ordinal,
               unit, unit_verbatim, text, deadline_text, deadline_date, status, span_start, span_end,
               fingerprint, created_at, issuer, due_date, co_units, is_group)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assigned', ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            doc["id"], doc["meeting_date"], draft.item_number, draft.item_title, draft.source,
            draft.directive_ordinal, draft.unit, draft.unit_verbatim, draft.text, draft.deadline_text,
            draft.deadline_date.isoformat() if draft.deadline_date else None,
            draft.span.start if draft.span else None, draft.span.end if draft.span else None,
            draft.fingerprint, now_utc(), doc["issuer"], due,
            json.dumps(list(draft.co_units), ensure_ascii=False), int(draft.is_group),
        ),
    )


def delete_task(db: Database, task_id: int) -> None:
    db.execute("UPDATE tasks SET repeat_of = NULL WHERE repeat_of = ?", (task_id,))
    db.execute("DELETE FROM tasks WHERE id = ?", (task_id,))


def delete_document(db: Database, document_id: int) -> None:
    """The document, its items, directives, tasks and their history; an older version it
    replaced becomes current again. Corrections stay (they have no foreign key)."""
    db.execute(
        "UPDATE tasks SET repeat_of = NULL WHERE repeat_of IN (SELECT id FROM tasks WHERE document_id = ?)",
        (document_id,),
    )
    db.execute("UPDATE documents SET superseded_by = NULL WHERE superseded_by = ?", (document_id,))
    search.unindex_document(db, document_id)
    db.execute("DELETE FROM documents WHERE id = ?", (document_id,))


def confirm(db: Database, document_id: int, who: str) -> None:
    db.execute(
        "UPDATE documents SET review = 'confirmed', reviewed_at = ?, reviewed_by = ? WHERE id = ?",
        (now_utc(), who, document_id),
    )


def pending(db: Database) -> list[PendingMeeting]:
    rows = db.execute(
        """SELECT d.id, d.doc_id, d.issuer, d.meeting_date, d.source_file, d.ingested_at,
                  (SELECT COUNT(*) FROM tasks t WHERE t.document_id = d.id) AS task_count
           FROM documents d WHERE d.review = 'pending' AND d.superseded_by IS NULL ORDER BY d.ingested_at, d.id"""
    )
    return [PendingMeeting(**dict(row)) for row in rows]


def confirmed_documents(db: Database) -> list[Row]:
    return db.execute(
        "SELECT * FROM documents WHERE review = 'confirmed' AND superseded_by IS NULL ORDER BY meeting_date, id"
    ).fetchall()


def as_task(row: Row) -> Task:
    return task_from_row(row)
