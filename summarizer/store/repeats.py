"""Repeat links: which earlier task a task repeats (the same government telling the same unit
again), found through an index, never by scanning earlier tasks.

A task repeats an earlier one when both come from the same issuer, name the same unit, and their
texts share at least `REPEAT_SIMILARITY` of their character trigrams (Jaccard). `repeat_of`
points at the most recent such task of an earlier meeting (ties: sha256, then id), whatever order
documents arrive in.

Candidates come from `task_keys` (current, dated tasks only): each task's text is summarized by a MinHash signature
(one-permutation hashing into `_BINS` bins, densified), cut into `_BANDS` bands of `_ROWS`
values; each band, scoped by issuer and unit, is one 64-bit key. Two tasks are candidates when
they share a key; per key only the few nearest meetings on either side are read (an index range
on key and meeting date), and the exact trigram similarity then decides. A pair at similarity 0.5 shares a
key with probability 1 - (1 - 0.5**2)**12 ≈ 0.97, at 0.7 ≈ 0.9995; a pair from another issuer or
unit never does. Lookups cost the same on the first document and the twenty-thousandth.

One algorithm (`relink`) serves a new document, a superseded version and a full rebuild: it
recomputes the link of each given task from its candidates.
"""

from __future__ import annotations

import functools
import hashlib
import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.store.db import Database
from summarizer.supervision.derive import normalize_text

# Share of character trigrams two task texts must have in common to count as a repeat.
REPEAT_SIMILARITY = 0.5
_ROWS = 2
_BANDS = 12
_BINS = _ROWS * _BANDS
_EMPTY_STEP = 1 << 28  # added per bin skipped when densifying (larger than any bin value)
_NEAREST = 8  # candidates read per key on each side of a task's meeting date

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


def _signature(grams: frozenset[str]) -> list[int]:
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


@functools.lru_cache(maxsize=4096)
def task_keys(issuer: str | None, unit: str, text: str) -> tuple[int, ...]:
    """The index keys of a task: one per band, scoped by issuer and unit (memoized: a saved
    document's tasks are indexed, then looked up, with the same keys)."""
    grams = trigrams(text)
    if not grams:
        return ()
    signature = _signature(grams)
    scope = f"{issuer or ''}\x1f{unit}\x1f".encode()
    prefix = hashlib.blake2b(scope, digest_size=4).digest()
    keys = []
    for band in range(_BANDS):
        values = signature[band * _ROWS : (band + 1) * _ROWS]
        digest = hashlib.blake2b(scope + struct.pack(f">B{_ROWS}Q", band, *values), digest_size=4).digest()
        keys.append(int.from_bytes(prefix + digest, "big", signed=True))
    return tuple(keys)


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


def add_keys(db: Database, document_id: int) -> None:
    """Index the dated tasks of one current document (once, after its tasks are inserted)."""
    rows = db.execute(
        "SELECT id, issuer, unit, text, meeting_date FROM tasks WHERE document_id = ? AND meeting_date IS NOT NULL",
        (document_id,),
    ).fetchall()
    db.insert_rows(
        "task_keys",
        ("key", "meeting_date", "task_id"),
        [
            (key, row["meeting_date"], row["id"])
            for row in rows
            for key in sorted(set(task_keys(row["issuer"], row["unit"], row["text"])))
        ],
    )


def drop_keys(db: Database, document_id: int) -> None:
    """A document stopped being current (superseded): its tasks are no longer candidates."""
    db.execute("DELETE FROM task_keys WHERE task_id IN (SELECT id FROM tasks WHERE document_id = ?)", (document_id,))


Neighbours = tuple[list[_Task], list[_Task]]  # (earlier, later) tasks sharing a key


def _near(db: Database, task: _Task, keys: Sequence[int], later: bool = True) -> Neighbours:
    """Tasks sharing a key with `task`: per key the `_NEAREST` latest of earlier meetings and the
    `_NEAREST` first of later ones (an index range each, so the cost does not grow with history).
    Their ids are deduplicated before the task rows are read."""
    parts, params = [], []
    for key in sorted(set(keys)):
        parts.append(
            "SELECT task_id FROM (SELECT task_id FROM task_keys WHERE key = ? AND meeting_date < ?"
            f" ORDER BY meeting_date DESC, task_id DESC LIMIT {_NEAREST})"
        )
        params += [key, task.meeting_date]
        if later:
            parts.append(
                "SELECT task_id FROM (SELECT task_id FROM task_keys WHERE key = ? AND meeting_date > ?"
                f" ORDER BY meeting_date, task_id LIMIT {_NEAREST})"
            )
            params += [key, task.meeting_date]
    if not parts:
        return [], []
    found = [
        _task(row)
        for row in db.execute(
            f"""SELECT {_TASK_COLUMNS} FROM tasks t JOIN documents d ON d.id = t.document_id
                WHERE t.id IN ({" UNION ".join(parts)}) AND d.superseded_by IS NULL""",
            params,
        )
    ]
    when = task.meeting_date or ""
    return [t for t in found if (t.meeting_date or "") < when], [t for t in found if (t.meeting_date or "") > when]


def _near_postgres(db: Database, tasks: Sequence[_Task], later: bool = True) -> dict[int, Neighbours]:
    """`_near` for many tasks at once: the same two index ranges per (task, key), through a
    lateral join over arrays, then the candidates by id. Each statement reads one table through
    its index, so no plan depends on statistics (stale during a bulk load, when a join plan
    could otherwise scan every document on each save)."""
    keys, dates, targets = [], [], []
    for task in tasks:
        for key in sorted(set(task_keys(task.issuer, task.unit, task.text))):
            keys.append(key)
            dates.append(task.meeting_date)
            targets.append(task.id)
    found: dict[int, Neighbours] = {task.id: ([], []) for task in tasks}
    if not keys:
        return found
    hits = db.execute(
        f"""SELECT DISTINCT q.target, k.later, k.task_id
            FROM unnest(?::bigint[], ?::text[], ?::bigint[]) AS q(key, meeting_date, target)
            CROSS JOIN LATERAL (
                (SELECT task_id, 0 AS later FROM task_keys WHERE key = q.key AND meeting_date < q.meeting_date
                 ORDER BY meeting_date DESC, task_id DESC LIMIT {_NEAREST})
                UNION ALL
                (SELECT task_id, 1 AS later FROM task_keys
                 WHERE {"TRUE" if later else "FALSE"} AND key = q.key AND meeting_date > q.meeting_date
                 ORDER BY meeting_date, task_id LIMIT {_NEAREST})
            ) AS k""",
        (keys, dates, targets),
    ).fetchall()
    candidates = _current_tasks(db, sorted({int(row["task_id"]) for row in hits}))
    for row in hits:
        candidate = candidates.get(int(row["task_id"]))
        if candidate is not None:
            found[int(row["target"])][1 if row["later"] else 0].append(candidate)
    return found


def _current_tasks(db: Database, ids: Sequence[int]) -> dict[int, _Task]:
    """The tasks of `ids` whose document is current, by id (PostgreSQL)."""
    if not ids:
        return {}
    rows = db.execute(
        "SELECT id, issuer, unit, text, meeting_date, document_id, repeat_of FROM tasks WHERE id = ANY(?::bigint[])",
        (list(ids),),
    ).fetchall()
    documents = sorted({int(row["document_id"]) for row in rows})
    shas = {
        int(row["id"]): str(row["sha256"])
        for row in db.execute(
            "SELECT id, sha256 FROM documents WHERE id = ANY(?::bigint[]) AND superseded_by IS NULL", (documents,)
        )
    }
    return {
        int(r["id"]): _Task(r["id"], r["issuer"], r["unit"], r["text"], r["meeting_date"], sha, r["repeat_of"])
        for r in rows
        if (sha := shas.get(int(r["document_id"]))) is not None
    }


def _neighbours(db: Database, tasks: Sequence[_Task], later: bool = True) -> dict[int, Neighbours]:
    """`_near` of each dated task, by task id (without `later`, only the earlier ones)."""
    dated = [task for task in tasks if task.meeting_date is not None]
    if db.dialect == "postgres":
        return _near_postgres(db, dated, later)
    return {task.id: _near(db, task, task_keys(task.issuer, task.unit, task.text), later) for task in dated}


def _links(db: Database, targets: Sequence[_Task], later: bool = True) -> tuple[dict[int, int | None], list[_Task]]:
    """The link of each target (the most recent earlier task it repeats), and the later current
    tasks (not among the targets) that may repeat one of them."""
    target_ids = {t.id for t in targets}
    links: dict[int, int | None] = {}
    repeating: dict[int, _Task] = {}
    neighbours = _neighbours(db, targets, later)
    for task in targets:
        links[task.id] = None
        if task.meeting_date is None:
            continue
        earlier, after = neighbours[task.id]
        mine = trigrams(task.text)
        for other in sorted(earlier, key=lambda t: t.order, reverse=True):
            if is_repeat(mine, trigrams(other.text)):
                links[task.id] = other.id
                break
        for other in after:
            if other.id not in target_ids and is_repeat(mine, trigrams(other.text)):
                repeating[other.id] = other
    return links, list(repeating.values())


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
    that may now repeat them and (when it replaced `superseded`, whose keys the caller dropped
    before `links_before_insert`) the tasks that pointed at the old version's tasks."""
    add_keys(db, document_id)
    targets = list(links.later)
    if superseded is not None:
        targets += _pointing_at(db, superseded)
    relink(db, targets)


def link_document(db: Database, document_id: int) -> None:
    """Links of a document whose tasks were inserted without them: its own tasks, then the later
    tasks that may now repeat them."""
    add_keys(db, document_id)
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


def index_all(db: Database) -> None:
    """Fill `task_keys` for tasks stored before it existed, then relink everything (migration)."""
    ids = [
        int(row[0])
        for row in db.execute(
            """SELECT DISTINCT t.document_id FROM tasks t JOIN documents d ON d.id = t.document_id
               WHERE d.superseded_by IS NULL ORDER BY t.document_id"""
        )
    ]
    for document_id in ids:
        add_keys(db, document_id)
    rebuild(db)
