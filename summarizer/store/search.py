"""Search over stored items and directives.

Three characters or more go through the FTS5 trigram index (`search_index` table); one or two
characters cannot form a trigram, so they fall back to a substring scan of the same rows.
Only current (not superseded) documents are searched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Literal

from pydantic import BaseModel

from summarizer.errors import InputError


class SearchHit(BaseModel):
    kind: Literal["item", "directive"]
    doc_id: str
    sha256: str  # the document's identity: `doc_id` is only its file name, shared by same-named files
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    text: str


def search_index(connection: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Items and directives containing `query` (FTS5 trigram; 1 or 2 characters: substring scan)."""
    query = query.strip()
    if not query:
        raise InputError("empty search query")
    if len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        refs = connection.execute(
            """SELECT s.kind, s.ref_id FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE search_index MATCH ? AND d.superseded_by IS NULL ORDER BY rank LIMIT ?""",
            (phrase, limit),
        ).fetchall()
    else:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        refs = connection.execute(
            """SELECT s.kind, s.ref_id FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE s.text LIKE ? ESCAPE '\\' AND d.superseded_by IS NULL
               ORDER BY d.meeting_date, s.rowid LIMIT ?""",
            (pattern, limit),
        ).fetchall()
    return [_hit(connection, row["kind"], int(row["ref_id"])) for row in refs]


def _hit(connection: sqlite3.Connection, kind: Literal["item", "directive"], ref_id: int) -> SearchHit:
    if kind == "item":
        row = connection.execute(
            """SELECT d.doc_id, d.sha256, d.meeting_date, i.number, i.title,
                      COALESCE(i.decision_paragraph, i.heading) AS text
               FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?""",
            (ref_id,),
        ).fetchone()
    else:
        row = connection.execute(
            """SELECT d.doc_id, d.sha256, d.meeting_date, i.number, i.title, r.text
               FROM directives r JOIN items i ON i.id = r.item_id JOIN documents d ON d.id = r.document_id
               WHERE r.id = ?""",
            (ref_id,),
        ).fetchone()
    return SearchHit(
        kind=kind,
        doc_id=row["doc_id"],
        sha256=row["sha256"],
        meeting_date=row["meeting_date"],
        item_number=row["number"],
        item_title=row["title"],
        text=row["text"],
    )
