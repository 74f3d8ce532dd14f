"""Search over stored items and directives.

Three characters or more: SQLite's FTS5 trigram index (`search_index`), or PostgreSQL's pg_trgm
GIN index under a `LIKE`. One or two characters cannot form a trigram: they go through an index
of every character and character pair of each row (`search_grams` in SQLite, the `grams` array
in PostgreSQL), newest rows first, and the exact substring is checked on the rows found.
Only current (not superseded) documents are searched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.store.db import Database, Row

SearchKind = Literal["item", "directive"]


class SearchHit(BaseModel):
    kind: SearchKind
    doc_id: str
    sha256: str  # the document's identity: `doc_id` is only its file name, shared by same-named files
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    text: str


_NOT_CONTENT = re.compile(r"[\W_]+")


def grams(text: str) -> list[str]:
    """Every character and pair of adjacent characters of `text`'s letters and digits, once each."""
    found: dict[str, None] = {}
    for run in _NOT_CONTENT.split(text.lower()):
        for i, char in enumerate(run):
            found[char] = None
            if i + 1 < len(run):
                found[run[i : i + 2]] = None
    return list(found)


def _array(found: list[str]) -> str:
    """PostgreSQL's text form of a text[] of grams (letters and digits only: nothing to quote), which
    the server parses: psycopg's per-element list dumper cost ~3 ms of a saved document's CPU."""
    return "{" + ",".join(found) + "}"


class IndexRow(NamedTuple):
    """One item's or directive's text, and what it belongs to."""

    text: str
    kind: SearchKind
    document_id: int
    ref_id: int


def index_texts(db: Database, rows: Sequence[IndexRow]) -> None:
    """Make items' and directives' texts findable (a document's rows at once)."""
    if db.dialect == "postgres":
        db.insert_rows("search_index", (*IndexRow._fields, "grams"), [(*row, _array(grams(row.text))) for row in rows])
        return
    # Each grams row takes the rowid of its search row (FTS5 tables cannot return it).
    rowids = db.insert_many("search_index", IndexRow._fields, rows, key="rowid")
    db.executemany(
        "INSERT INTO search_grams (rowid, grams) VALUES (?, ?)",
        [(rowid, " ".join(grams(row.text))) for rowid, row in zip(rowids, rows, strict=True)],
    )


def unindex_document(db: Database, document_id: int) -> None:
    """Remove a document's rows from the search index (its items are about to be replaced or deleted)."""
    if db.dialect == "sqlite":
        # `search_grams` keeps no content: FTS5 deletes a row only when told its indexed text again.
        rows = db.execute("SELECT rowid, text FROM search_index WHERE document_id = ?", (document_id,)).fetchall()
        db.executemany(
            "INSERT INTO search_grams (search_grams, rowid, grams) VALUES ('delete', ?, ?)",
            [(r[0], " ".join(grams(r[1]))) for r in rows],
        )
    db.execute("DELETE FROM search_index WHERE document_id = ?", (document_id,))


def index_all(db: Database, chunk: int = 2000) -> None:
    """Fill the one/two-character index for rows stored before it existed (migration)."""
    last = 0
    while True:
        rows = db.execute(
            "SELECT rowid, text FROM search_index WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, chunk)
        ).fetchall()
        if not rows:
            return
        if db.dialect == "postgres":
            db.executemany("UPDATE search_index SET grams = ? WHERE rowid = ?", [(grams(r[1]), r[0]) for r in rows])
        else:
            db.executemany(
                "INSERT INTO search_grams (rowid, grams) VALUES (?, ?)", [(r[0], " ".join(grams(r[1]))) for r in rows]
            )
        last = int(rows[-1][0])


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
    elif len(query) >= 3:
        refs = db.execute(
            """SELECT s.kind, s.ref_id FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE s.text LIKE ? ESCAPE '\\' AND d.superseded_by IS NULL
               ORDER BY d.meeting_date, s.rowid LIMIT ?""",
            (_like(query), limit),
        ).fetchall()
    else:
        refs = _short(db, query, limit)
    return [_hit(db, row["kind"], int(row["ref_id"])) for row in refs]


def _short(db: Database, query: str, limit: int) -> list[Row]:
    """One or two characters, through the character/pair index, newest rows first; the exact
    substring is checked too (the index also matches across punctuation and case)."""
    wanted = grams(query)
    if not wanted:  # punctuation only: nothing indexed can contain it except by scanning
        return []
    key = max(wanted, key=len)
    if db.dialect == "postgres":  # the whole answer in SQL: a client cursor would fetch every match first
        return db.execute(
            """SELECT s.kind, s.ref_id, s.text FROM search_index s JOIN documents d ON d.id = s.document_id
               WHERE s.grams @> ARRAY[?]::text[] AND s.text LIKE ? ESCAPE '\\' AND d.superseded_by IS NULL
               ORDER BY s.rowid DESC LIMIT ?""",
            (key, _like(query), limit),
        ).fetchall()
    cursor = db.execute(
        """SELECT s.kind, s.ref_id, s.text FROM search_grams g
           JOIN search_index s ON s.rowid = g.rowid JOIN documents d ON d.id = s.document_id
           WHERE search_grams MATCH ? AND d.superseded_by IS NULL ORDER BY g.rowid DESC""",
        ('"' + key.replace('"', '""') + '"',),
    )
    found: list[Row] = []
    try:
        for row in cursor:
            if query in row["text"]:
                found.append(row)
                if len(found) >= limit:
                    break
    finally:
        cursor.close()
    return found


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
