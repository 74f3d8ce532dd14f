"""Repeat links: which earlier task a task repeats (the same government telling the same unit
again), found through an index, never by scanning every earlier task.

A task repeats an earlier one when both come from the same issuer, name the same unit, and their
texts share at least `REPEAT_SIMILARITY` of their character trigrams (Jaccard). `repeat_of`
points at the most recent such task of an earlier meeting (ties: sha256, then id), whatever order
documents arrive in.

Candidates come from `task_bands` (current, dated tasks only): each task's text is summarized by a
MinHash signature (one-permutation hashing into `_BINS` bins, densified), cut into `_BANDS` bands of
`_ROWS` values, each band hashed to one number; the row is keyed by the task's scope (issuer and
unit, hashed) and meeting date. Two tasks are candidates when they share a band: a pair at
similarity 0.5 does with probability 1 - (1 - 0.5**2)**12 ≈ 0.97, at 0.7 ≈ 0.9995; a pair from
another issuer or unit never does. A lookup reads its scope's rows newest first through the
primary key, stops at the first meeting with a repeat, and compares trigrams only for band sharers.

One row per task, appended at the newest end of its scope, is why: a saved document writes a page
or two per unit it names, the same on the first document and the twenty-thousandth (the index of
one key per band before, step 5, wrote a random page per key: ~230 pages per document at 8,000
documents, two thirds of all it wrote).

One algorithm (`relink`) serves a new document, a superseded version and a full rebuild: it
recomputes the link of each given task from its candidates.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from summarizer.store.db import Database
from summarizer.supervision.derive import normalize_text

# Share of character trigrams two task texts must have in common to count as a repeat.
REPEAT_SIMILARITY = 0.5
_ROWS = 2
_BANDS = 12
_BINS = _ROWS * _BANDS
_EMPTY_STEP = 1 << 28  # added per bin skipped when densifying (larger than any bin value)
BAND_COLUMNS = tuple(f"b{band}" for band in range(_BANDS))


@functools.lru_cache(maxsize=65536)
def trigrams(text: str) -> frozenset[str]:
    """Character trigrams of a text (memoized: a batch compares the same task texts many times)."""
    plain = normalize_text(text)
    if len(plain) < 3:
        return frozenset({plain} if plain else ())
    return frozenset(plain[i : i + 3] for i in range(len(plain) - 2))


def is_repeat(grams: frozenset[str], other: frozenset[str]) -> bool:
    if grams == other:
        return bool(grams)
    small, large = sorted((len(grams), len(other)))
    if small < REPEAT_SIMILARITY * large:  # Jaccard <= small / large: cannot reach the threshold
        return False
    shared = len(grams & other)
    return shared / (small + large - shared) >= REPEAT_SIMILARITY


def _minhash(grams: frozenset[str]) -> list[int]:
    bins: list[int | None] = [None] * _BINS
    for gram in grams:
        h = zlib.crc32(gram.encode("utf-8"))
        slot, value = h % _BINS, h // _BINS
        current = bins[slot]
        if current is None or value < current:
            bins[slot] = value
    filled = [i for i, v in enumerate(bins) if v is not None]
    out = []
    for i, found in enumerate(bins):
        if found is not None:
            out.append(found)
            continue
        # Rotation densification: an empty bin takes the next filled bin's value, shifted by the distance.
        j = next((k for k in filled if k > i), filled[0] + _BINS)
        donor = bins[j % _BINS]
        assert donor is not None
        out.append(donor + (j - i) * _EMPTY_STEP)
    return out


@dataclass(frozen=True)
class Signature:
    scope: int  # issuer and unit
    bands: tuple[int, ...]


@functools.lru_cache(maxsize=4096)
def signature(issuer: str | None, unit: str, text: str) -> Signature | None:
    """A task's scope and bands (memoized: a saved document's tasks are looked up, then indexed,
    with the same signature); None for a text without a character."""
    grams = trigrams(text)
    if not grams:
        return None
    values = _minhash(grams)
    bands = tuple(_hash(struct.pack(f">B{_ROWS}Q", band, *values[band * _ROWS : (band + 1) * _ROWS]), 4)
                  for band in range(_BANDS))
    return Signature(scope=_hash(f"{issuer or ''}\x1f{unit}\x1f".encode(), 8, signed=True), bands=bands)


def _hash(data: bytes, size: int, signed: bool = False) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=size).digest(), "big", signed=signed)


@dataclass(frozen=True)
class _Task:
    id: int
    issuer: str | None
    unit: str
    text: str
    meeting_date: str | None
    sha256: str
    repeat_of: int | None

    @property
    def order(self) -> tuple[str, str, int]:
        return (self.meeting_date or "", self.sha256, self.id)


_TASK_COLUMNS = "t.id, t.issuer, t.unit, t.text, t.meeting_date, d.sha256, t.repeat_of"


def _task(row: object) -> _Task:
    r = row  # a Row: by name
    return _Task(r["id"], r["issuer"], r["unit"], r["text"], r["meeting_date"], r["sha256"], r["repeat_of"])  # type: ignore[index]


def add_bands(db: Database, document_id: int) -> None:
    """Index the dated tasks of one current document (once, after its tasks are inserted)."""
    rows = db.execute(
        "SELECT id, issuer, unit, text, meeting_date FROM tasks WHERE document_id = ? AND meeting_date IS NOT NULL",
        (document_id,),
    ).fetchall()
    db.insert_rows(
        "task_bands",
        ("scope", "meeting_date", "task_id", *BAND_COLUMNS),
        [
            (found.scope, row["meeting_date"], row["id"], *found.bands)
            for row in rows
            if (found := signature(row["issuer"], row["unit"], row["text"])) is not None
        ],
    )


def drop_bands(db: Database, document_id: int) -> None:
    """A document stopped being current (superseded): its tasks are no longer candidates."""
    db.execute("DELETE FROM task_bands WHERE task_id IN (SELECT id FROM tasks WHERE document_id = ?)", (document_id,))


_SHARES_A_BAND = " OR ".join(f"b.{column} = ?" for column in BAND_COLUMNS)
_PAGE = 8  # band sharers read per statement: most lookups end in the first page
_LAST_ID = 1 << 62  # larger than any task id


def sharers_sql(earlier: bool) -> str:
    """A page of the current tasks of a scope sharing a band (parameters: scope, the (meeting date,
    task id) to start after, the bands), of earlier meetings newest first or of later ones oldest
    first: a range of the primary key read in its order, so a lookup stops after `_PAGE` matches
    on either database (with no limit, PostgreSQL's planner read and sorted every match)."""
    side, order = ("<", "DESC") if earlier else (">", "ASC")
    return f"""SELECT {_TASK_COLUMNS} FROM task_bands b
                   JOIN tasks t ON t.id = b.task_id JOIN documents d ON d.id = t.document_id
               WHERE b.scope = ? AND (b.meeting_date, b.task_id) {side} (?, ?) AND ({_SHARES_A_BAND})
                 AND d.superseded_by IS NULL
               ORDER BY b.meeting_date {order}, b.task_id {order} LIMIT {_PAGE}"""


def _first_pages_sql(earlier: bool) -> str:
    """`sharers_sql` for many tasks in one statement (PostgreSQL): their scopes, days and bands as
    arrays, each task's first page found through a lateral join, tagged with its position `k`, in
    the order `sharers_sql` reads them (the links take the newest meeting first)."""
    side, order = ("<", "DESC") if earlier else (">", "ASC")
    bands = ", ".join("?::bigint[]" for _ in BAND_COLUMNS)
    shares = " OR ".join(f"b.{column} = v.{column}" for column in BAND_COLUMNS)
    return f"""SELECT x.k, {_TASK_COLUMNS} FROM (
                   SELECT v.k, s.task_id, s.meeting_date AS band_date
                   FROM unnest(?::int[], ?::bigint[], ?::text[], {bands})
                       AS v(k, scope, meeting_date, {", ".join(BAND_COLUMNS)})
                   CROSS JOIN LATERAL (
                       SELECT b.task_id, b.meeting_date FROM task_bands b
                       WHERE b.scope = v.scope AND (b.meeting_date, b.task_id) {side} (v.meeting_date, ?) AND ({shares})
                       ORDER BY b.scope {order}, b.meeting_date {order}, b.task_id {order} LIMIT {_PAGE}) s) x
               JOIN tasks t ON t.id = x.task_id JOIN documents d ON d.id = t.document_id
               WHERE d.superseded_by IS NULL
               ORDER BY x.k, x.band_date {order}, x.task_id {order}"""


def _first_pages(db: Database, tasks: Sequence[_Task], earlier: bool) -> dict[int, list[_Task]]:
    """The first page of band sharers of each task (by id), on PostgreSQL in one statement for all:
    a document's ~30 lookups each cost a statement and a round trip, in the batch's CPU and the
    server's. SQLite (no lateral joins) reads each task's pages as they are needed."""
    if db.dialect != "postgres":
        return {}
    signed = [(task, found) for task in tasks
              if task.meeting_date is not None and (found := signature(task.issuer, task.unit, task.text)) is not None]
    if not signed:
        return {}
    columns = [list(range(len(signed))), [found.scope for _, found in signed],
               [task.meeting_date for task, _ in signed],
               *([found.bands[band] for _, found in signed] for band in range(_BANDS))]
    pages: dict[int, list[_Task]] = {task.id: [] for task, _ in signed}
    for row in db.execute(_first_pages_sql(earlier), (*columns, 0 if earlier else _LAST_ID)).fetchall():
        pages[signed[row["k"]][0].id].append(_task(row))
    return pages


def _band_sharers(db: Database, task: _Task, earlier: bool, first: list[_Task] | None = None) -> Iterator[_Task]:
    """`sharers_sql` for one task, a page at a time as they are needed (tasks of the task's own
    meeting day are neither earlier nor later); `first`: its first page, already read."""
    found = signature(task.issuer, task.unit, task.text)
    if found is None or task.meeting_date is None:
        return
    sql = sharers_sql(earlier)
    after = (task.meeting_date, 0 if earlier else _LAST_ID)
    while True:
        if first is not None:
            page, first = first, None
        else:
            page = [_task(row) for row in db.execute(sql, (found.scope, *after, *found.bands)).fetchall()]
        yield from page
        if len(page) < _PAGE:
            return
        after = (page[-1].meeting_date or "", page[-1].id)


def _earlier_link(db: Database, task: _Task, first: list[_Task] | None = None) -> int | None:
    """The most recent earlier task that `task` repeats (of its meeting day, the last in order)."""
    mine, best = trigrams(task.text), None
    for other in _band_sharers(db, task, earlier=True, first=first):
        if best is not None and other.meeting_date != best.meeting_date:
            break
        if is_repeat(mine, trigrams(other.text)) and (best is None or other.order > best.order):
            best = other
    return best.id if best is not None else None


def _later_repeats(db: Database, task: _Task, first: list[_Task] | None = None) -> list[_Task]:
    """Later current tasks that repeat `task` (their link may now be it)."""
    mine = trigrams(task.text)
    return [other for other in _band_sharers(db, task, earlier=False, first=first)
            if is_repeat(mine, trigrams(other.text))]


def _links(db: Database, targets: Sequence[_Task], later: bool = True) -> tuple[dict[int, int | None], list[_Task]]:
    """The link of each target (the most recent earlier task it repeats), and the later current
    tasks (not among the targets) that may repeat one of them."""
    target_ids = {t.id for t in targets}
    with _ordered_scans(db):
        firsts = _first_pages(db, targets, earlier=True)
        links = {task.id: _earlier_link(db, task, firsts.get(task.id)) for task in targets}
        repeating: dict[int, _Task] = {}
        firsts = _first_pages(db, targets, earlier=False) if later else {}
        for task in targets if later else ():
            found = _later_repeats(db, task, firsts.get(task.id))
            repeating.update((other.id, other) for other in found if other.id not in target_ids)
    return links, list(repeating.values())


@contextlib.contextmanager
def _ordered_scans(db: Database) -> Iterator[None]:
    """PostgreSQL's planner, expecting few band sharers in a scope, reads all of them (a bitmap
    scan) and sorts them for the newest eight; a scope holds hundreds at 20,000 documents (902 rows
    read for 8 at 19,500: 13 ms per document's lookups). Read in the key's order instead, a lookup
    stops at its eighth sharer (3 ms). Only for this transaction's lookups: search needs bitmaps."""
    if db.dialect != "postgres":
        yield
        return
    db.execute("SET LOCAL enable_bitmapscan = off")
    try:
        yield
    finally:
        db.execute("SET LOCAL enable_bitmapscan = on")


def relink(db: Database, tasks: Iterable[_Task]) -> list[_Task]:
    """Recompute `repeat_of` for `tasks`; return the later current tasks that may now repeat them."""
    targets = list(tasks)
    links, later = _links(db, targets)
    db.executemany(
        "UPDATE tasks SET repeat_of = ? WHERE id = ?",
        [(links[task.id], task.id) for task in targets if links[task.id] != task.repeat_of],
    )
    return later


@dataclass(frozen=True)
class NewLinks:
    """Links of a document's tasks found before they are inserted (`links_before_insert`)."""

    repeat_of: list[int | None]
    later: list[_Task]  # later current tasks that may now repeat one of them


def links_before_insert(
    db: Database, issuer: str | None, meeting_date: str | None, sha256: str, tasks: Sequence[tuple[str, str]]
) -> NewLinks:
    """The link of each (unit, text) of a document about to be stored, so its tasks are inserted
    with `repeat_of` set (no UPDATE after). A document newer than every other of its issuer (the
    usual case: minutes arrive in order) has no later tasks to look for."""
    drafts = [_Task(-1 - i, issuer, unit, text, meeting_date, sha256, None) for i, (unit, text) in enumerate(tasks)]
    if meeting_date is None:
        return NewLinks([None] * len(drafts), [])
    later = issuer is None or _has_later_meeting(db, issuer, meeting_date)
    links, repeating = _links(db, drafts, later)
    return NewLinks([links[draft.id] for draft in drafts], repeating)


def _has_later_meeting(db: Database, issuer: str, meeting_date: str) -> bool:
    return (
        db.execute(
            """SELECT 1 FROM documents WHERE issuer = ? AND meeting_date > ? AND superseded_by IS NULL LIMIT 1""",
            (issuer, meeting_date),
        ).fetchone()
        is not None
    )


def _pointing_at(db: Database, document_id: int) -> list[_Task]:
    """Current tasks whose link points at a task of `document_id`."""
    return [
        _task(row)
        for row in db.execute(
            f"""SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id
                WHERE d.superseded_by IS NULL
                  AND t.repeat_of IN (SELECT id FROM tasks WHERE document_id = ?)""",
            (document_id,),
        )
    ]


def link_inserted(db: Database, document_id: int, links: NewLinks, superseded: int | None = None) -> None:
    """After a document's tasks were inserted with `links`: index them, relink the later tasks
    that may now repeat them and (when it replaced `superseded`, whose band rows the caller dropped
    before `links_before_insert`) the tasks that pointed at the old version's tasks."""
    add_bands(db, document_id)
    targets = list(links.later)
    if superseded is not None:
        targets += _pointing_at(db, superseded)
    relink(db, targets)


def link_document(db: Database, document_id: int) -> None:
    """Links of a document whose tasks were inserted without them: its own tasks, then the later
    tasks that may now repeat them."""
    add_bands(db, document_id)
    targets = [
        _task(row)
        for row in db.execute(
            f"""SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id
                WHERE t.document_id = ? AND d.superseded_by IS NULL""",
            (document_id,),
        )
    ]
    later = relink(db, targets)
    if later:
        relink(db, later)


def rebuild(db: Database, units: Iterable[str] | None = None, chunk: int = 2000) -> None:
    """Recompute every current task's link (of `units`, or all), a chunk at a time."""
    sql = f"SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id WHERE d.superseded_by IS NULL"
    params: list[object] = []
    if units is not None:
        wanted = sorted(set(units))
        if not wanted:
            return
        sql += f" AND t.unit IN ({', '.join('?' * len(wanted))})"
        params = list(wanted)
    last = 0
    while True:
        rows = [_task(row) for row in db.execute(sql + " AND t.id > ? ORDER BY t.id LIMIT ?", [*params, last, chunk])]
        if not rows:
            return
        relink(db, rows)
        last = rows[-1].id


def index_all(db: Database, relink: bool = True) -> None:
    """Fill `task_bands` for tasks stored before it existed, then (with `relink`) recompute every
    link (migrations)."""
    ids = [
        int(row[0])
        for row in db.execute(
            """SELECT DISTINCT t.document_id FROM tasks t JOIN documents d ON d.id = t.document_id
               WHERE d.superseded_by IS NULL ORDER BY t.document_id"""
        )
    ]
    for document_id in ids:
        add_bands(db, document_id)
    if relink:
        rebuild(db)
