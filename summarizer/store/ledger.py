"""The task ledger (督办台账): tasks from a `Minutes`, status changes with history, repeats.

Each directive becomes one task per addressee, and each lead unit of an item one task.
The unit is the canonical unit when the extractor resolved one, else the verbatim text.
A task of the same issuer and unit whose text is near an earlier meeting's task is a repeat:
`repeat_of` points at the most recent such earlier task, whatever order documents arrive in
(found through an index: `summarizer.store.repeats`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.schema import Deadline, Directive, Item, Minutes, Span
from summarizer.store.db import Database, Row
from summarizer.store.repeats import normalize_text as normalize_text

TaskStatus = Literal["open", "in_progress", "done", "cancelled"]
TASK_STATUSES: tuple[str, ...] = get_args(TaskStatus)
TaskSource = Literal["directive", "lead_unit"]

UNNAMED_UNIT = "（未指明）"


@dataclass(frozen=True)
class TaskDraft:
    """A task as derived from a record, before it has an id."""

    item_number: int
    item_title: str
    source: TaskSource
    directive_ordinal: int | None
    unit: str
    unit_verbatim: str
    text: str
    deadline_text: str | None
    deadline_date: dt.date | None
    span: Span | None

    @property
    def fingerprint(self) -> str:
        """Identity of a task within its minutes, stable across versions of the document."""
        key = "\x1f".join((str(self.item_number), self.source, self.unit, normalize_text(self.text)))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class TaskChange(BaseModel):
    at: str
    who: str
    old_status: str | None
    new_status: str
    note: str


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
    history: list[TaskChange] = []


def _unit_pairs(verbatim: Sequence[str], canonical: Sequence[str | None]) -> list[tuple[str, str]]:
    pairs = []
    for i, text in enumerate(verbatim):
        resolved = canonical[i] if i < len(canonical) else None
        pairs.append(((resolved or text).strip() or UNNAMED_UNIT, text))
    return pairs


def _deadline(deadlines: Sequence[Deadline]) -> tuple[str | None, dt.date | None]:
    if not deadlines:
        return None, None
    dates = [d.date for d in deadlines if d.date is not None]
    return "；".join(d.text for d in deadlines), min(dates) if dates else None


def _span(spans: dict[str, Span | list[Span]], name: str, index: int | None = None) -> Span | None:
    found = spans.get(name)
    if isinstance(found, list):
        return found[index] if index is not None and index < len(found) else None
    return found


def _directive_tasks(item: Item, ordinal: int, directive: Directive) -> list[TaskDraft]:
    deadline_text, deadline_date = _deadline(directive.deadlines)
    pairs = _unit_pairs(directive.addressees, directive.addressees_canonical) or [(UNNAMED_UNIT, "")]
    return [
        TaskDraft(
            item_number=item.number,
            item_title=item.title,
            source="directive",
            directive_ordinal=ordinal,
            unit=unit,
            unit_verbatim=verbatim,
            text=directive.text,
            deadline_text=deadline_text,
            deadline_date=deadline_date,
            span=_span(directive.spans, "text"),
        )
        for unit, verbatim in pairs
    ]


def _lead_unit_tasks(item: Item) -> list[TaskDraft]:
    text = item.decision_paragraph or item.heading
    span = _span(item.spans, "decision_paragraph")
    return [
        TaskDraft(
            item_number=item.number,
            item_title=item.title,
            source="lead_unit",
            directive_ordinal=None,
            unit=unit,
            unit_verbatim=verbatim,
            text=text,
            deadline_text=None,
            deadline_date=None,
            span=span or _span(item.spans, "lead_units", i),
        )
        for i, (unit, verbatim) in enumerate(_unit_pairs(item.lead_units, item.lead_units_canonical))
    ]


def tasks_from_minutes(minutes: Minutes) -> list[TaskDraft]:
    """Every task a record assigns, in document order, without duplicates."""
    drafts: dict[str, TaskDraft] = {}
    for item in minutes.items:
        found = _lead_unit_tasks(item)
        for ordinal, directive in enumerate(item.directives):
            found.extend(_directive_tasks(item, ordinal, directive))
        for draft in found:
            drafts.setdefault(draft.fingerprint, draft)
    return list(drafts.values())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def insert_tasks(
    connection: Database,
    document_id: int,
    meeting_date: dt.date | None,
    drafts: Iterable[TaskDraft],
    carried_from: int | None = None,
    issuer: str | None = None,
) -> None:
    """Insert a document's tasks; with `carried_from` (the superseded version), keep statuses."""
    previous: dict[str, Row] = {}
    if carried_from is not None:
        rows = connection.execute(
            "SELECT id, fingerprint, status FROM tasks WHERE document_id = ?", (carried_from,)
        )
        previous = {row["fingerprint"]: row for row in rows}
    now = _now()
    for draft in drafts:
        old = previous.get(draft.fingerprint)
        task_id = connection.insert(
            """INSERT INTO tasks (document_id, meeting_date, item_number, item_title, source,
                   directive_ordinal, unit, unit_verbatim, text, deadline_text, deadline_date, status,
                   span_start, span_end, fingerprint, created_at, issuer, due_date)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
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
                draft.deadline_date.isoformat() if draft.deadline_date else None,
                old["status"] if old else "open",
                draft.span.start if draft.span else None,
                draft.span.end if draft.span else None,
                draft.fingerprint,
                now,
                issuer,
                draft.deadline_date.isoformat() if draft.deadline_date else None,
            ),
        )
        if old is not None:
            connection.execute(
                """INSERT INTO task_history (task_id, at, who, old_status, new_status, note)
                   SELECT ?, at, who, old_status, new_status, note FROM task_history
                   WHERE task_id = ? ORDER BY id""",
                (task_id, old["id"]),
            )


def link_repeats(connection: Database, units: Iterable[str], document_id: int | None = None) -> None:
    """Set `repeat_of` after a document's tasks were inserted (`document_id`), or for every current
    task of `units`; one algorithm for both (see `summarizer.store.repeats`)."""
    from summarizer.store import repeats  # imports this module's neighbours only when linking

    if document_id is not None:
        repeats.link_document(connection, document_id)
    else:
        repeats.rebuild(connection, units)


def set_status(connection: Database, task_id: int, status: str, note: str, who: str) -> None:
    """Change a task's status and append the change to its history (caller holds a transaction)."""
    if status not in TASK_STATUSES:
        raise InputError(f"unknown task status {status!r}; use one of: {', '.join(TASK_STATUSES)}")
    row = connection.execute("SELECT status FROM tasks WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise InputError(f"no task with id {task_id}; list them with `summarizer tasks`")
    connection.execute("UPDATE tasks SET status = ? WHERE id = ?", (status, task_id))
    connection.execute(
        """INSERT INTO task_history (task_id, at, who, old_status, new_status, note)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (task_id, _now(), who, row["status"], status, note),
    )


def history(connection: Database, task_id: int) -> list[TaskChange]:
    rows = connection.execute(
        "SELECT at, who, old_status, new_status, note FROM task_history WHERE task_id = ? ORDER BY id",
        (task_id,),
    )
    return [TaskChange(**dict(row)) for row in rows]
