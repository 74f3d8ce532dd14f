"""Batch runs: many files into the store, one transaction per document, resumable.

`run_batch` is a generator of progress events; the CLI draws the bar from them. A document
whose sha256 is already stored is skipped before extraction, so a rerun (or a resume after
`kill -9`) does only what is left. On PostgreSQL each file is claimed (by sha256) just before
extraction, so several workers on one database share a folder without storing anything twice
(one SQLite file has one batch at a time). A document that fails is recorded on the run and reported
at the end; the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.ingest import SUPPORTED_SUFFIXES
from summarizer.model import run as model_run
from summarizer.pipeline import Extraction, extract_path
from summarizer.store import Store

Backend = Literal["rules", "llm"]
# Files claimed per chunk and extraction process; a claim older than this was left by a worker
# that died and may be taken over.
CLAIM_CHUNK = 4
CLAIM_STALE_AFTER = dt.timedelta(minutes=15)
Extractor = Callable[[Path], Extraction]
Outcome = Literal["saved", "skipped", "failed"]


@dataclass(frozen=True)
class BatchStarted:
    run_id: int
    total: int
    ignored: int


@dataclass(frozen=True)
class DocumentDone:
    path: Path
    outcome: Outcome
    position: int
    total: int
    error: str | None = None


@dataclass(frozen=True)
class BatchFinished:
    run_id: int
    saved: int
    skipped: int
    ignored: int
    failures: list[tuple[Path, str]] = field(default_factory=list)


BatchEvent = BatchStarted | DocumentDone | BatchFinished


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """Supported files under `paths` (recursively), sorted and unique, and how many were ignored."""
    found: set[Path] = set()
    ignored = 0
    for path in paths:
        if path.is_file():
            candidates = [path]
        elif path.is_dir():
            candidates = [p for p in path.rglob("*") if p.is_file()]
        else:
            raise InputError(f"{path}: no such file or folder")
        for candidate in candidates:
            if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                found.add(candidate)
            else:
                ignored += 1
    return sorted(found), ignored


def extractor_for(backend: Backend, settings: Settings) -> Extractor:
    """The extraction function for a backend (picklable, so `--jobs` can use processes)."""
    if backend == "rules":
        return partial(extract_path, settings=settings)
    settings.llm.require()
    return partial(model_run.extract_path, settings=settings)


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # extraction reports the read error with its reason


def _extract_one(extract: Extractor, path: Path) -> Extraction | str:
    """Extraction or a one-line error; never raises, so one bad file cannot stop a batch."""
    try:
        return extract(path)
    except Exception as exc:  # a failed document is data for the run report
        message = str(exc) or type(exc).__name__
        return message if message.startswith(str(path)) else f"{path}: {message}"


def _extractions(
    extract: Extractor, paths: Sequence[Path], pool: ProcessPoolExecutor | None
) -> Iterator[Extraction | str]:
    if pool is None or len(paths) <= 1:
        for path in paths:
            yield _extract_one(extract, path)
        return
    yield from pool.map(partial(_extract_one, extract), paths, chunksize=1)


def worker_name() -> str:
    """Who holds a claim: host and process, unique among the workers sharing a database."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _stale_before() -> str:
    return (dt.datetime.now(dt.UTC) - CLAIM_STALE_AFTER).isoformat(timespec="seconds")


def _store_one(
    store: Store, run_id: int, path: Path, result: Extraction | str, backend: str, position: int, total: int,
    confirm: bool = False,
) -> DocumentDone:
    if isinstance(result, str):
        store.record_failure(run_id, str(path), result)
        return DocumentDone(path=path, outcome="failed", position=position, total=total, error=result)
    try:
        outcome = store.save(result, backend=backend, confirm=confirm)
    except InputError as exc:
        store.record_failure(run_id, str(path), str(exc))
        return DocumentDone(path=path, outcome="failed", position=position, total=total, error=str(exc))
    done: Outcome = "saved" if outcome.status == "saved" else "skipped"
    return DocumentDone(path=path, outcome=done, position=position, total=total)


def run_batch(
    store: Store,
    paths: Sequence[Path],
    extract: Extractor,
    backend: str = "rules",
    jobs: int = 1,
    confirm: bool = False,
) -> Iterator[BatchEvent]:
    """Extract and store every supported file under `paths`, yielding progress events; with
    `confirm`, saved meetings skip review and count in the ledger at once."""
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}")
    files, ignored = collect_files(paths)
    run_id = store.start_run(backend, [str(p) for p in paths])
    total = len(files)
    yield BatchStarted(run_id=run_id, total=total, ignored=ignored)
    position = 0
    skipped = saved = 0
    failures: list[tuple[Path, str]] = []
    pending: list[tuple[Path, str | None]] = []
    for path in files:
        sha = _file_sha256(path)
        if sha is not None and store.has(sha):
            position += 1
            skipped += 1
            yield DocumentDone(path=path, outcome="skipped", position=position, total=total)
        else:
            pending.append((path, sha))
    worker = worker_name()
    shared = store.dialect == "postgres"
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(pending) > 1 else None
    try:
        # A chunk at a time: each file is claimed just before it is extracted, so workers sharing
        # the database (PostgreSQL) split the files between them and none is stored twice.
        for start in range(0, len(pending), CLAIM_CHUNK * jobs):
            mine: list[tuple[Path, str | None]] = []
            for path, sha in pending[start : start + CLAIM_CHUNK * jobs]:
                if sha is None or not shared or (not store.has(sha) and store.claim(sha, worker, _stale_before())):
                    mine.append((path, sha))
                else:
                    position += 1
                    skipped += 1  # stored or being stored by another worker meanwhile
                    yield DocumentDone(path=path, outcome="skipped", position=position, total=total)
            paths = [path for path, _ in mine]
            for (path, sha), result in zip(mine, _extractions(extract, paths, pool), strict=True):
                position += 1
                event = _store_one(store, run_id, path, result, backend, position, total, confirm)
                if sha is not None and shared:
                    store.release(sha, worker)
                if event.outcome == "saved":
                    saved += 1
                elif event.outcome == "skipped":
                    skipped += 1  # same bytes under another name earlier in this batch
                else:
                    failures.append((path, event.error or ""))
                yield event
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    store.finish_run(run_id, saved=saved, skipped=skipped, failed=len(failures))
    yield BatchFinished(run_id=run_id, saved=saved, skipped=skipped, ignored=ignored, failures=failures)
