"""The task ledger (督办台账): tasks from a `Minutes`, status changes with history, repeats.

Each directive becomes one task per addressee, and each lead unit of an item one task.
The unit is the canonical unit when the extractor resolved one, else the verbatim text.
A task whose unit matches and whose text is near an earlier meeting's task is a repeat:
`repeat_of` points at the most recent such earlier task, whatever order documents arrive in.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.schema import Deadline, Directive, Item, Minutes, Span
from summarizer.store.db import Database, Row

TaskStatus = Literal["open", "in_progress", "done", "cancelled"]
TASK_STATUSES: tuple[str, ...] = get_args(TaskStatus)
TaskSource = Literal["directive", "lead_unit"]

UNNAMED_UNIT = "（未指明）"
# Share of character trigrams two task texts must have in common to count as a repeat.
REPEAT_SIMILARITY = 0.5

_NOT_CONTENT = re.compile(r"[\s，。、；：！？“”\u2018\u2019（）《》〔〕【】,.;:!?()\"'\-—]+")


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


def normalize_text(text: str) -> str:
    return _NOT_CONTENT.sub("", text)


@functools.lru_cache(maxsize=16384)
def _trigrams(text: str) -> frozenset[str]:
    """Character trigrams of a text (memoized: a batch compares the same task texts many times)."""
    plain = normalize_text(text)
    if len(plain) < 3:
        return frozenset({plain} if plain else ())
    return frozenset(plain[i : i + 3] for i in range(len(plain) - 2))


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


_CURRENT_TASKS = """
    SELECT t.id, t.text, t.meeting_date, d.sha256, t.repeat_of FROM tasks t
    JOIN documents d ON d.id = t.document_id
    WHERE t.unit = ? AND d.superseded_by IS NULL AND t.meeting_date IS NOT NULL
    ORDER BY t.meeting_date, d.sha256, t.id"""


def _is_repeat(grams: frozenset[str], other: frozenset[str]) -> bool:
    if grams == other:
        return bool(grams)
    small, large = sorted((len(grams), len(other)))
    if small < REPEAT_SIMILARITY * large:  # Jaccard <= small / large: cannot reach the threshold
        return False
    shared = len(grams & other)
    return shared / (small + large - shared) >= REPEAT_SIMILARITY


def _nearest_earlier(rows: Sequence[Row], index: int, grams: list[frozenset[str] | None]) -> int | None:
    """The most recent task of an earlier meeting that `rows[index]` repeats, scanning backwards."""
    mine = grams[index]
    if mine is None:
        mine = grams[index] = _trigrams(rows[index]["text"])
    for j in range(index - 1, -1, -1):
        if rows[j]["meeting_date"] >= rows[index]["meeting_date"]:
            continue
        if grams[j] is None:
            grams[j] = _trigrams(rows[j]["text"])
        other = grams[j]
        if other is not None and _is_repeat(mine, other):
            return int(rows[j]["id"])
    return None


_EARLIER_TASKS = """
    SELECT t.id, t.text FROM tasks t JOIN documents d ON d.id = t.document_id
    WHERE t.unit = ? AND d.superseded_by IS NULL AND t.meeting_date < ?
    ORDER BY t.meeting_date DESC, d.sha256 DESC, t.id DESC"""


def _nearest_earlier_in_db(connection: Database, unit: str, meeting_date: str, text: str) -> int | None:
    """Like `_nearest_earlier`, reading earlier tasks newest first and stopping at the first match."""
    mine = _trigrams(text)
    cursor = connection.execute(_EARLIER_TASKS, (unit, meeting_date))
    try:
        for row in cursor:
            if _is_repeat(mine, _trigrams(row["text"])):
                return int(row["id"])
        return None
    finally:
        cursor.close()


def _link_document(connection: Database, unit: str, document_id: int) -> None:
    """Links for one new document's tasks of `unit`, and for later tasks that may now repeat them."""
    mine = connection.execute(
        """SELECT t.id, t.text, t.meeting_date, t.repeat_of, d.sha256 FROM tasks t
           JOIN documents d ON d.id = t.document_id
           WHERE t.document_id = ? AND t.unit = ? AND t.meeting_date IS NOT NULL ORDER BY t.id DESC""",
        (document_id, unit),
    ).fetchall()
    if not mine:
        return
    for row in mine:
        link = _nearest_earlier_in_db(connection, unit, row["meeting_date"], row["text"])
        if link != row["repeat_of"]:
            connection.execute("UPDATE tasks SET repeat_of = ? WHERE id = ?", (link, row["id"]))
    # A later task now repeats one of ours if ours is similar and more recent than its current link.
    later = connection.execute(
        """SELECT t.id, t.text, p.meeting_date AS link_date, pd.sha256 AS link_sha, p.id AS link_id
           FROM tasks t JOIN documents d ON d.id = t.document_id
           LEFT JOIN tasks p ON p.id = t.repeat_of LEFT JOIN documents pd ON pd.id = p.document_id
           WHERE t.unit = ? AND d.superseded_by IS NULL AND t.meeting_date > ?""",
        (unit, mine[0]["meeting_date"]),
    )
    for row in later.fetchall():
        grams = _trigrams(row["text"])
        candidate = next((m for m in mine if _is_repeat(grams, _trigrams(m["text"]))), None)
        if candidate is None:
            continue
        current = (row["link_date"], row["link_sha"], row["link_id"]) if row["link_id"] is not None else None
        if current is None or (candidate["meeting_date"], candidate["sha256"], candidate["id"]) > current:
            connection.execute("UPDATE tasks SET repeat_of = ? WHERE id = ?", (candidate["id"], row["id"]))


def link_repeats(
    connection: Database, units: Iterable[str], document_id: int | None = None
) -> None:
    """Set `repeat_of` for the current tasks of `units`.

    With `document_id`, only that document's tasks and the later tasks that may now repeat them
    are recomputed; without it, every task of the units is. Both give the same links: each
    task points at the most recent similar task of an earlier meeting (ties broken by sha256).
    """
    for unit in sorted(set(units)):
        if document_id is not None:
            _link_document(connection, unit, document_id)
            continue
        rows = connection.execute(_CURRENT_TASKS, (unit,)).fetchall()
        grams: list[frozenset[str] | None] = [None] * len(rows)
        for i in range(len(rows)):
            link = _nearest_earlier(rows, i, grams)
            if link != rows[i]["repeat_of"]:
                connection.execute("UPDATE tasks SET repeat_of = ? WHERE id = ?", (link, rows[i]["id"]))


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
