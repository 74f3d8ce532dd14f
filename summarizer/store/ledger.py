"""The task ledger (督办台账): tasks from a `Minutes`, status changes with history, repeats.

Tasks are derived by `summarizer.supervision.derive`: one per (clause, responsible unit), with
co-units, group addressees and each clause's own deadline; the follow-up of a decision is a task of
its lead unit. The unit is the canonical unit when the extractor resolved one, else the verbatim text.
A task whose unit matches and whose text is near an earlier meeting's task is a repeat:
`repeat_of` points at the most recent such earlier task of the same issuer, whatever order
documents arrive in (found through an index: `summarizer.store.repeats`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Literal, get_args

from pydantic import BaseModel

from summarizer.schema import Minutes, Span
from summarizer.store.db import Database, Row
from summarizer.supervision.derive import TaskDraft as TaskDraft  # re-exported: the store's callers use it
from summarizer.supervision.derive import TaskSource as TaskSource
from summarizer.supervision.derive import derive_tasks, pending_unit

# The supervision lifecycle (summarizer.supervision.lifecycle) moves a task between these states.
TaskStatus = Literal["assigned", "in_progress", "closure_requested", "done", "cancelled"]
TASK_STATUSES: tuple[str, ...] = get_args(TaskStatus)

UNNAMED_UNIT = pending_unit()  # 待明确: an obligation that names no unit, for the reviewer to name


class TaskChange(BaseModel):
    at: str
    who: str
    old_status: str | None
    new_status: str
    note: str
    kind: str = "status"
    role: str = ""
    actor_unit: str | None = None
    new_due: dt.date | None = None
    event_date: dt.date | None = None


class Task(BaseModel):
    """A ledger row as the CLI, digest and UI see it."""

    id: int
    doc_id: str
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    source: TaskSource
    unit: str
    unit_verbatim: str
    text: str
    deadline_text: str | None
    deadline_date: dt.date | None
    status: str
    span: Span | None
    repeat_of: int | None
    issuer: str | None = None
    co_units: list[str] = []
    is_group: bool = False
    # The date the office holds the unit to: the resolved deadline, unless a reviewer changed it.
    due_date: dt.date | None = None
    # An extension request awaiting the office, and the China day the task was signed off.
    pending_due: dt.date | None = None
    done_on: dt.date | None = None
    review: str = "confirmed"
    history: list[TaskChange] = []


def tasks_from_minutes(minutes: Minutes, source: str) -> list[TaskDraft]:
    """Every task a record assigns (see `summarizer.supervision.derive`)."""
    return derive_tasks(minutes, source)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def insert_tasks(
    connection: Database,
    document_id: int,
    meeting_date: dt.date | None,
    drafts: Iterable[TaskDraft],
    carried_from: int | None = None,
    issuer: str | None = None,
    repeat_of: Sequence[int | None] | None = None,
) -> None:
    """Insert a document's tasks; with `carried_from` (the superseded version), keep statuses;
    `repeat_of`, one per draft, their repeat links (`repeats.links_before_insert`)."""
    previous: dict[str, Row] = {}
    if carried_from is not None:
        found = connection.execute(
            "SELECT id, fingerprint, status, pending_due, done_on FROM tasks WHERE document_id = ?",
            (carried_from,),
        )
        previous = {row["fingerprint"]: row for row in found}
    drafts = list(drafts)
    now = _now()
    olds = [previous.get(draft.fingerprint) for draft in drafts]
    links = list(repeat_of) if repeat_of is not None else [None] * len(drafts)
    rows = [
        (*_task_row(document_id, meeting_date, draft, old, now, issuer), link)
        for draft, old, link in zip(drafts, olds, links, strict=True)
    ]
    task_ids = connection.insert_many("tasks", _TASK_COLUMNS, rows)
    carried = [(task_id, old["id"]) for task_id, old in zip(task_ids, olds, strict=True) if old is not None]
    for task_id, old_id in carried:
        connection.execute(
            """INSERT INTO task_history (task_id, at, who, old_status, new_status, note, kind, role,
                   actor_unit, new_due, event_date)
               SELECT ?, at, who, old_status, new_status, note, kind, role, actor_unit, new_due, event_date
               FROM task_history WHERE task_id = ? ORDER BY id""",
            (task_id, old_id),
        )


_TASK_COLUMNS = (
    "document_id", "meeting_date", "item_number", "item_title", "source", "directive_ordinal", "unit",
    "unit_verbatim", "text", "deadline_text", "deadline_date", "status", "span_start", "span_end", "fingerprint",
    "created_at", "issuer", "due_date", "co_units", "is_group", "pending_due", "done_on", "repeat_of",
)


def _task_row(
    document_id: int, meeting_date: dt.date | None, draft: TaskDraft, old: Row | None, now: str, issuer: str | None
) -> tuple[object, ...]:
    """A task's column values (`_TASK_COLUMNS`); a carried-over task keeps its status and dates."""
    deadline = draft.deadline_date.isoformat() if draft.deadline_date else None
    return (
        document_id,
        meeting_date.isoformat() if meeting_date else None,
        draft.item_number,
        draft.item_title,
        draft.source,
        draft.directive_ordinal,
        draft.unit,
        draft.unit_verbatim,
        draft.text,
        draft.deadline_text,
        deadline,
        old["status"] if old else "assigned",
        draft.span.start if draft.span else None,
        draft.span.end if draft.span else None,
        draft.fingerprint,
        now,
        issuer,
        deadline,
        json.dumps(list(draft.co_units), ensure_ascii=False),
        int(draft.is_group),
        old["pending_due"] if old else None,
        old["done_on"] if old else None,
    )


def link_repeats(connection: Database, units: Iterable[str], document_id: int | None = None) -> None:
    """Set `repeat_of` after a document's tasks were inserted (`document_id`), or for every current
    task of `units`; one algorithm for both (see `summarizer.store.repeats`)."""
    from summarizer.store import repeats  # imports this module's neighbours only when linking

    if document_id is not None:
        repeats.link_document(connection, document_id)
    else:
        repeats.rebuild(connection, units)


def history(connection: Database, task_id: int) -> list[TaskChange]:
    rows = connection.execute(
        """SELECT at, who, old_status, new_status, note, kind, role, actor_unit, new_due, event_date
           FROM task_history WHERE task_id = ? ORDER BY id""",
        (task_id,),
    )
    return [TaskChange(**dict(row)) for row in rows]
