"""A compact generator of large stores for the digest and export benchmarks and tests.

Each generated document is a real rule extraction of a bundled corpus document (taicang and
genre sets) with another issuer, meeting date, serial number and sha256; its resolved deadlines
move with the meeting date, so due dates keep their distance from the meeting. Meetings are
spread over issuers (`K` governments) and time (one meeting per issuer every `spacing_days`).

The records are stored through `Store.save` (the real ledger derivation). Repeat linking can be
switched off for large stores (`link_repeats=False`): on main it still scans every earlier task
of a unit (issue 16), and the digest does not read repeat links.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from summarizer.config import Settings
from summarizer.pipeline import Extraction, extract_path
from summarizer.schema import Minutes
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
SETS = ("taicang", "genre")
_FIRST = "青临安平永长新宁丰清"
_SECOND = "川江山阳河原州湖林溪"
ISSUERS = [f"{a}{b}市人民政府" for a in _FIRST for b in _SECOND]  # 100 made-up governments


@functools.cache
def bases() -> tuple[Extraction, ...]:
    """Corpus extractions with a meeting date, items and at least one task-bearing directive."""
    found = []
    for name in SETS:
        for path in sorted((ROOT / "evals" / "sets" / name / "corpus").iterdir()):
            if path.suffix not in (".txt", ".html"):
                continue
            extraction = extract_path(path, Settings())
            minutes = extraction.minutes
            if minutes.meeting.date and minutes.items and any(i.directives for i in minutes.items):
                found.append(extraction)
    return tuple(found)


def variant(base: Extraction, issuer: str, meeting: dt.date, number: int) -> Extraction:
    """`base` as if `issuer` had held it on `meeting` as its minutes No. `number`."""
    minutes = base.minutes
    assert minutes.meeting.date is not None
    delta = meeting - minutes.meeting.date
    items = []
    for item in minutes.items:
        directives = []
        for directive in item.directives:
            deadlines = [
                d.model_copy(update={"date": d.date + delta if d.date else None}) for d in directive.deadlines
            ]
            directives.append(directive.model_copy(update={"deadlines": deadlines}))
        items.append(item.model_copy(update={"directives": directives}))
    sha = hashlib.sha256(f"{base.source.sha256}|{issuer}|{meeting}|{number}".encode()).hexdigest()
    record: Minutes = minutes.model_copy(
        update={
            "doc_id": f"{issuer}-{meeting.year}-{number}",
            "issuer": issuer,
            "number": number,
            "issued_on": meeting + dt.timedelta(days=5),
            "source_sha256": sha,
            "meeting": minutes.meeting.model_copy(update={"date": meeting}),
            "items": items,
        }
    )
    return Extraction(source=base.source.model_copy(update={"sha256": sha}), minutes=record)


def plan(count: int, issuers: int, last_meeting: dt.date, spacing_days: int = 9) -> list[tuple[str, dt.date]]:
    """(issuer, meeting date) for `count` meetings over `issuers` governments, the latest on
    `last_meeting`, each government meeting every `spacing_days` days (offset per government)."""
    names = ISSUERS[:issuers]
    return [
        (names[i % issuers], last_meeting - dt.timedelta(days=spacing_days * (i // issuers) + i % issuers % 7))
        for i in range(count)
    ]


@contextmanager
def _maybe_without_repeat_links(link_repeats: bool) -> Iterator[None]:
    if link_repeats:
        yield
        return
    with mock.patch("summarizer.store.ledger.link_repeats", lambda *args, **kwargs: None):
        yield


def fill(
    store: Store,
    meetings: list[tuple[str, dt.date]],
    *,
    link_repeats: bool = True,
    confirm: bool = True,
) -> int:
    """Save one generated document per (issuer, date); return how many were saved."""
    every = bases()
    numbers: dict[tuple[str, int], int] = {}
    saved = 0
    with _maybe_without_repeat_links(link_repeats):
        for index, (issuer, day) in enumerate(sorted(meetings, key=lambda m: m[1])):
            key = (issuer, day.year)
            numbers[key] = numbers.get(key, 0) + 1
            result = store.save(variant(every[index % len(every)], issuer, day, numbers[key]))
            saved += result.status == "saved"
    if confirm:
        confirm_all(store)
    return saved


def confirm_all(store: Store) -> None:
    """Mark every stored meeting as reviewed (the review step is another module's job)."""
    with store.transaction() as db:
        db.execute("UPDATE documents SET review = 'confirmed', reviewed_by = 'generator' WHERE review <> 'confirmed'")
