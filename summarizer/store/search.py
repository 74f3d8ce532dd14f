"""Search over stored items and directives.

SQLite: three characters or more go through the FTS5 trigram index (`search_index` table); one
or two characters cannot form a trigram, so they fall back to a substring scan of the same rows.
PostgreSQL: a `LIKE` over the same table, served by its pg_trgm GIN index.
Only current (not superseded) documents are searched.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.store.db import Database

SearchKind = Literal["item", "directive"]


class SearchHit(BaseModel):
    kind: SearchKind
    doc_id: str
    sha256: str  # the document's identity: `doc_id` is only its file name, shared by same-named files
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    text: str


def index_text(db: Database, text: str, kind: SearchKind, document_id: int, ref_id: int) -> None:
    """Make one item's or directive's text findable."""
    db.execute(
        "INSERT INTO search_index (text, kind, document_id, ref_id) VALUES (?, ?, ?, ?)",
        (text, kind, document_id, ref_id),
    )


def _like(query: str) -> str:
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_index(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Items and directives containing `query`."""
    query = query.strip()
    if not query:
        raise InputError("empty search query")
    if db.dialect == "sqlite" and len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        refs = db.execute(
            """SELECT s.kind, s.ref_id FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE search_index MATCH ? AND d.superseded_by IS NULL ORDER BY rank LIMIT ?""",
            (phrase, limit),
        ).fetchall()
    else:
        refs = db.execute(
            """SELECT s.kind, s.ref_id FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE s.text LIKE ? ESCAPE '\\' AND d.superseded_by IS NULL
               ORDER BY d.meeting_date, s.rowid LIMIT ?""",
            (_like(query), limit),
        ).fetchall()
    return [_hit(db, row["kind"], int(row["ref_id"])) for row in refs]


def _hit(db: Database, kind: SearchKind, ref_id: int) -> SearchHit:
    if kind == "item":
        row = db.execute(
            """SELECT d.doc_id, d.sha256, d.meeting_date, i.number, i.title,
                      COALESCE(i.decision_paragraph, i.heading) AS text
               FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?""",
            (ref_id,),
        ).fetchone()
    else:
        row = db.execute(
            """SELECT d.doc_id, d.sha256, d.meeting_date, i.number, i.title, r.text
               FROM directives r JOIN items i ON i.id = r.item_id JOIN documents d ON d.id = r.document_id
               WHERE r.id = ?""",
            (ref_id,),
        ).fetchone()
    assert row is not None, f"search index points at a missing {kind} {ref_id}"
    return SearchHit(
        kind=kind,
        doc_id=row["doc_id"],
        sha256=row["sha256"],
        meeting_date=row["meeting_date"],
        item_number=row["number"],
        item_title=row["title"],
        text=row["text"],
    )
