"""Documents stored while some of their items still wait for the model.

A model run that could not answer an item (endpoint down, circuit breaker open) stores the
document with that item's rule-based record, flagged `model_pending`; `documents.model_pending`
counts such items. A later llm batch completes them: the record is replaced, and its tasks are
brought in line (tasks the completed record no longer assigns are removed unless someone has
already acted on them; new ones are added; the others, and their history, stay).
"""

from __future__ import annotations

from summarizer.errors import InputError
from summarizer.schema import MODEL_PENDING, Minutes
from summarizer.store import ledger, repeats, search
from summarizer.store.db import Database


def count(minutes: Minutes) -> int:
    return sum(MODEL_PENDING in item.flags for item in minutes.items)


def mark(db: Database, document_id: int, minutes: Minutes) -> None:
    pending = count(minutes)
    if pending:
        db.execute("UPDATE documents SET model_pending = ? WHERE id = ?", (pending, document_id))


def documents(db: Database, shas: list[str] | None) -> list[str]:
    rows = db.execute(
        "SELECT sha256 FROM documents WHERE model_pending > 0 AND superseded_by IS NULL ORDER BY id"
    ).fetchall()
    found = [str(row[0]) for row in rows]
    if shas is None:
        return found
    wanted = set(shas)
    return [sha for sha in found if sha in wanted]


def replace(db: Database, sha: str, minutes: Minutes) -> int:
    """The record and its tasks, in the caller's transaction; its items and search rows are
    removed for the caller to insert anew. Returns the document's id."""
    row = db.execute("SELECT id, source_text FROM documents WHERE sha256 = ?", (sha,)).fetchone()
    if row is None:
        raise InputError(f"no stored document with sha256 {sha}")
    document_id, source_text = int(row["id"]), str(row["source_text"])
    search.unindex_document(db, document_id)
    repeats.drop_bands(db, document_id)  # re-added for the tasks that remain, below
    db.execute("DELETE FROM items WHERE document_id = ?", (document_id,))
    db.execute(
        "UPDATE documents SET minutes_json = ?, backend = 'llm', model_pending = ? WHERE id = ?",
        (minutes.model_dump_json(), count(minutes), document_id),
    )
    drafts = ledger.tasks_from_minutes(minutes, source_text)
    existing = {
        str(row[1]): int(row[0])
        for row in db.execute("SELECT id, fingerprint FROM tasks WHERE document_id = ?", (document_id,))
    }
    wanted = {draft.fingerprint for draft in drafts}
    for fingerprint, task_id in existing.items():
        acted = db.execute("SELECT 1 FROM task_history WHERE task_id = ? LIMIT 1", (task_id,)).fetchone()
        if fingerprint not in wanted and acted is None:
            db.execute("UPDATE tasks SET repeat_of = NULL WHERE repeat_of = ?", (task_id,))  # relinked below
            db.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
    new = [draft for draft in drafts if draft.fingerprint not in existing]
    ledger.insert_tasks(db, document_id, minutes.meeting.date, new, issuer=minutes.issuer)
    repeats.link_document(db, document_id)
    return document_id
