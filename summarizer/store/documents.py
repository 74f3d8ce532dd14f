"""Stored documents: the full `Minutes` JSON and source text, their items and directives.

Documents are keyed by the sha256 of their bytes: saving the same file again is a no-op.
A new version of the same minutes (same issuer, year and number) supersedes the current one:
the old row stays (history), its tasks' statuses carry over, and queries see only the new one.
Which version is newer: the later `issued_on`; on a tie or when unknown, the one saved last.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.schema import Item, Minutes
from summarizer.store import ledger, model_pending, repeats
from summarizer.store.db import Database, Row
from summarizer.store.search import IndexRow, index_texts

if TYPE_CHECKING:
    from summarizer.pipeline import Extraction

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
    review: str = "confirmed"


def version_key(minutes: Minutes) -> str | None:
    when = minutes.meeting.date or minutes.issued_on
    if not minutes.issuer or minutes.number is None or when is None:
        return None
    return f"{minutes.issuer}|{when.year}|{minutes.number}"


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def has(db: Database, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None


def save(db: Database, extraction: Extraction, backend: str = "rules", *, confirm: bool = False) -> SaveResult:
    """Store a record and its tasks in one transaction; a known sha256 is a no-op. The meeting
    waits for review (`pending`) unless `confirm` (auto-confirm) confirms it at once."""
    source, minutes = extraction.source, extraction.minutes
    sha = source.sha256 or minutes.source_sha256
    if not sha:
        raise InputError(f"{minutes.source_file}: record has no sha256, cannot be stored")
    with db.transaction():
        if db.dialect == "postgres":
            # Saves of one issuer's meetings take turns: versions and repeat links of a
            # government then see each other, whichever worker stores them.
            db.execute("SELECT pg_advisory_xact_lock(?)", (_lock_id(minutes.issuer),))
        row = db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            return SaveResult(document_id=row["id"], status="unchanged")
        saved = _insert(db, extraction, sha, backend)
        model_pending.mark(db, saved.document_id, minutes)
        if confirm:
            db.execute(
                "UPDATE documents SET review = 'confirmed', reviewed_at = ?, reviewed_by = 'auto' WHERE id = ?",
                (now(), saved.document_id),
            )
        return saved


def _lock_id(issuer: str | None) -> int:
    digest = hashlib.blake2b(f"summarizer-issuer\x1f{issuer or ''}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _insert(db: Database, extraction: Extraction, sha: str, backend: str) -> SaveResult:
    minutes = extraction.minutes
    key = version_key(minutes)
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
    document_id = db.insert(
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
            iso(minutes.meeting.date),
            backend,
            minutes.model_dump_json(),
            extraction.source.text,
            now(),
            current["id"] if current is not None and new_is_older else None,
        ),
    )
    insert_items(db, document_id, minutes)
    drafts = ledger.tasks_from_minutes(minutes, extraction.source.text)
    superseded = None
    if current is not None and not new_is_older:
        superseded = int(current["id"])
        db.execute("UPDATE documents SET superseded_by = ? WHERE id = ?", (document_id, superseded))
        db.execute("UPDATE documents SET superseded_by = ? WHERE superseded_by = ?", (document_id, superseded))
        repeats.drop_bands(db, superseded)
    links = None
    if not new_is_older:  # a stored older version is history: not indexed, never linked
        links = repeats.links_before_insert(
            db, minutes.issuer, iso(minutes.meeting.date), sha, [(draft.unit, draft.text) for draft in drafts]
        )
    ledger.insert_tasks(
        db, document_id, minutes.meeting.date, drafts, carried_from=superseded, issuer=minutes.issuer,
        repeat_of=links.repeat_of if links else None,
    )
    if links is not None:
        repeats.link_inserted(db, document_id, links, superseded)
    return SaveResult(document_id=document_id, status="saved", superseded=superseded)


_ITEM_COLUMNS = ("document_id", "number", "heading", "title", "kind", "decision", "decision_paragraph",
                 "lead_units", "issuance")
_DIRECTIVE_COLUMNS = ("document_id", "item_id", "ordinal", "marker", "text", "addressees")


def insert_items(db: Database, document_id: int, minutes: Minutes) -> None:
    """A record's items and directives, and their search rows: one batch per table."""
    item_ids = db.insert_many("items", _ITEM_COLUMNS, [_item_row(document_id, item) for item in minutes.items])
    directive_rows = [
        (document_id, item_id, ordinal, directive.marker, directive.text,
         json.dumps(directive.addressees, ensure_ascii=False))
        for item_id, item in zip(item_ids, minutes.items, strict=True)
        for ordinal, directive in enumerate(item.directives)
    ]
    directive_ids = iter(db.insert_many("directives", _DIRECTIVE_COLUMNS, directive_rows))
    search_rows: list[IndexRow] = []  # each item, then its directives (in the order they were inserted)
    for item_id, item in zip(item_ids, minutes.items, strict=True):
        search_rows.append(IndexRow(_item_text(item), "item", document_id, item_id))
        search_rows += [IndexRow(d.text, "directive", document_id, next(directive_ids)) for d in item.directives]
    index_texts(db, search_rows)


def _item_row(document_id: int, item: Item) -> tuple[object, ...]:
    return (
        document_id,
        item.number,
        item.heading,
        item.title,
        item.kind,
        item.decision,
        item.decision_paragraph,
        json.dumps(item.lead_units, ensure_ascii=False),
        json.dumps(item.issuance, ensure_ascii=False),
    )


def _item_text(item: Item) -> str:
    return "\n".join(filter(None, (item.heading, item.title, item.decision_paragraph)))


def document(row: Row) -> StoredDocument:
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


def get(db: Database, doc_id: str) -> StoredDocument:
    """A stored document by sha256 (the identity), or by `doc_id` (the file name without its
    extension) when that names one meeting: files of the same name in two folders are two
    meetings, and a name that fits several is refused rather than resolved to either."""
    row = db.execute("SELECT * FROM documents WHERE sha256 = ?", (doc_id,)).fetchone()
    if row is not None:
        return document(row)
    rows = db.execute(
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
    return document(rows[0])


def versions(db: Database, doc_id: str) -> list[StoredDocument]:
    """Every stored version with the same issuer, year and number as `doc_id`, oldest first."""
    current = get(db, doc_id)
    key = version_key(current.minutes)
    if key is None:
        return [current]
    rows = db.execute("SELECT * FROM documents WHERE version_key = ? ORDER BY id", (key,))
    return [document(row) for row in rows]


def meetings(db: Database, since: dt.date | None = None, until: dt.date | None = None) -> list[MeetingRow]:
    """Current documents by meeting date (inclusive bounds); undated ones last."""
    where: list[str] = ["d.superseded_by IS NULL"]
    params: list[object] = []
    if since is not None:
        where.append("d.meeting_date >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("d.meeting_date <= ?")
        params.append(until.isoformat())
    rows = db.execute(
        f"""SELECT d.id, d.doc_id, d.sha256, d.issuer, d.number, d.meeting_date,
                  (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS item_count, d.review
           FROM documents d WHERE {" AND ".join(where)}
           ORDER BY d.meeting_date IS NULL, d.meeting_date, d.number, d.sha256""",
        params,
    )
    return [MeetingRow(**dict(row)) for row in rows]


def documents_between(
    db: Database, start: dt.date, end: dt.date, issuer: str | None = None
) -> Iterator[StoredDocument]:
    """Current confirmed documents whose meeting date is in [start, end], optionally of one issuer,
    one at a time (a meeting waiting for review is in no digest)."""
    sql = (
        "SELECT * FROM documents WHERE superseded_by IS NULL AND review = 'confirmed'"
        " AND meeting_date BETWEEN ? AND ?"
    )
    params: list[object] = [start.isoformat(), end.isoformat()]
    if issuer is not None:
        sql += " AND issuer = ?"
        params.append(issuer)
    for row in db.execute(sql + " ORDER BY meeting_date, number, sha256", params):
        yield document(row)
