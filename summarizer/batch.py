"""Batch runs: many files into the store, each document all or nothing, resumable.

`run_batch` is a generator of progress events; the CLI draws the bar from them. A document
whose sha256 is already stored is skipped before extraction, so a rerun (or a resume after
`kill -9`) does only what is left. On PostgreSQL each file is claimed (by sha256) just
before extraction, so several workers on one database share a folder without storing anything
twice (one SQLite file has one batch at a time, which commits its documents in groups of up to
`GROUP_DOCUMENTS`: a crash loses at most the last group, which the rerun stores). A document that
fails is recorded on the run and reported at the end; the others go on.

With a model session (`--backend llm`), every document's items go into the session's one pool
as soon as the rules have read it, and each document is stored when its items are done (a few
documents ahead are kept in flight so the pool never waits). A stored document with items still
waiting for the model (`model_pending`) is completed instead of skipped: only those items are
sent again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.ingest import SUPPORTED_SUFFIXES
from summarizer.model.run import Job, ModelSession
from summarizer.pipeline import Extraction, extract_path
from summarizer.schema import MODEL_PENDING, Minutes, SourceText
from summarizer.store import Store

Backend = Literal["rules", "llm"]
# Files claimed per chunk and extraction process; a claim older than this was left by a worker
# that died and may be taken over.
CLAIM_CHUNK = 4
CLAIM_STALE_AFTER = dt.timedelta(minutes=15)
# A SQLite batch of rule records commits every this many documents or seconds, whichever comes
# first (the write lock a reviewer's click may wait for is held no longer than that).
GROUP_DOCUMENTS = 50
GROUP_SECONDS = 0.5
Extractor = Callable[[Path], Extraction]
Outcome = Literal["saved", "skipped", "failed", "completed"]  # completed: model-pending items answered


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
    minutes: Minutes | None = None  # with a model session: the record stored (for its failed items)


@dataclass(frozen=True)
class BatchFinished:
    run_id: int
    saved: int
    skipped: int
    ignored: int
    failures: list[tuple[Path, str]] = field(default_factory=list)
    completed: int = 0  # stored documents whose model-pending items were answered this run
    model_pending: int = 0  # items stored with their rule-based record, waiting for the model


BatchEvent = BatchStarted | DocumentDone | BatchFinished


def _unreadable(path: Path, exc: OSError) -> str:
    return f"{path}: cannot read this folder ({exc.strerror}); its files were not processed, fix its permissions"


def _unreadable_error(path: Path, exc: OSError) -> InputError:
    return InputError(_unreadable(path, exc), zh=f"无法读取文件夹 {path}，其中的文件未处理；请检查权限")


def _walk(folder: Path, unreadable: list[tuple[Path, str]] | None) -> list[Path]:
    """Every file under `folder`; a subfolder that cannot be listed is an error, never skipped silently."""

    def failed(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        if unreadable is None:
            raise _unreadable_error(where, exc) from exc
        unreadable.append((where, _unreadable(where, exc)))

    return [Path(root) / name for root, _, names in os.walk(folder, onerror=failed) for name in names]


def collect_files(
    paths: Iterable[Path], unreadable: list[tuple[Path, str]] | None = None
) -> tuple[list[Path], int]:
    """Supported files under `paths` (recursively), sorted and unique, and how many were ignored.

    A folder (or a path inside one) that cannot be read is appended to `unreadable` with its
    error line, or raises InputError when no list is given.
    """
    found: set[Path] = set()
    ignored = 0
    for path in paths:
        try:
            path.stat()
        except PermissionError as exc:
            if unreadable is None:
                raise _unreadable_error(path, exc) from exc
            unreadable.append((path, _unreadable(path, exc)))
            continue
        except OSError:
            pass  # reported as "no such file or folder" below
        if path.is_file():
            candidates = [path]
        elif path.is_dir():
            candidates = [p for p in _walk(path, unreadable) if p.is_file()]
        else:
            raise InputError(f"{path}: no such file or folder", zh=f"找不到文件或文件夹：{path}")
        for candidate in candidates:
            if candidate.suffix.lower() in SUPPORTED_SUFFIXES:
                found.add(candidate)
            else:
                ignored += 1
    return sorted(found), ignored


def extractor_for(backend: Backend, settings: Settings) -> Extractor:
    """The rule-based extraction function (picklable, so `--jobs` can use processes); with the llm
    backend the model's part runs in the batch's one `ModelSession`."""
    if backend == "llm":
        settings.llm.require()
    return partial(extract_path, settings=settings)


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


def _no_group() -> None:
    """Each save committed on its own (see `Database.write_groups`)."""


def _pending_items(minutes_items: Iterable[object]) -> int:
    return sum(MODEL_PENDING in getattr(item, "flags", []) for item in minutes_items)


def run_batch(
    store: Store,
    paths: Sequence[Path],
    extract: Extractor,
    backend: str = "rules",
    jobs: int = 1,
    session: ModelSession | None = None,
    retry_all: bool = False,
    confirm: bool = False,
) -> Iterator[BatchEvent]:
    """Extract and store every supported file under `paths`, yielding progress events; with
    `confirm`, saved meetings skip review and count in the ledger at once.

    With `session`, documents go through the model (one pool for the whole batch); stored
    documents under `paths` with model-pending items are completed, and with `retry_all` every
    such document in the store is, whatever `paths` say.
    """
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}")
    unreadable: list[tuple[Path, str]] = []
    files, ignored = collect_files(paths, unreadable)
    run_id = store.start_run(backend, [str(p) for p in paths])
    position = 0
    skipped = saved = completed = pending_items = 0
    failures: list[tuple[Path, str]] = []
    pending: list[tuple[Path, str | None]] = []
    stored: list[tuple[Path, str]] = []
    for path in files:
        sha = _file_sha256(path)
        if sha is not None and store.has(sha):
            stored.append((path, sha))
        else:
            pending.append((path, sha))
    retry: list[tuple[Path, str]] = []
    if session is not None:
        waiting = set(store.model_pending(None if retry_all else [sha for _, sha in stored]))
        retry = [(p, sha) for p, sha in stored if sha in waiting]
        known = {sha for _, sha in retry}
        retry += [(Path(store.get(sha).minutes.source_file), sha) for sha in sorted(waiting - known)]
    total = len(files) + len(unreadable) + len([r for r in retry if r not in stored])
    yield BatchStarted(run_id=run_id, total=total, ignored=ignored)
    for path, message in unreadable:  # a folder that cannot be listed fails the run, the rest still runs
        position += 1
        store.record_failure(run_id, str(path), message)
        failures.append((path, message))
        yield DocumentDone(path=path, outcome="failed", position=position, total=total, error=message)
    retried = {sha for _, sha in retry}
    for path, sha in stored:
        if sha not in retried:
            position += 1
            skipped += 1
            yield DocumentDone(path=path, outcome="skipped", position=position, total=total)

    worker = worker_name()
    shared = store.dialect == "postgres"
    # (path, the model's job, the stored sha256 when completing pending items, the claimed sha256)
    window: deque[tuple[Path, Job, str | None, str | None]] = deque()
    limit = 4 * session.concurrency if session is not None else 0

    def store_one(path: Path, extraction: Extraction, sha: str | None) -> tuple[Outcome, str | None]:
        nonlocal saved, skipped, completed, pending_items
        pending_items += _pending_items(extraction.minutes.items)
        if sha is not None:  # a stored document whose pending items were asked again
            store.complete_model(sha, extraction.minutes)
            completed += 1
            return "completed", None
        try:
            outcome = store.save(extraction, backend=backend, confirm=confirm)
        except InputError as exc:
            store.record_failure(run_id, str(path), str(exc))
            failures.append((path, str(exc)))
            return "failed", str(exc)
        if outcome.status == "saved":
            saved += 1
            return "saved", None
        skipped += 1  # same bytes under another name earlier in this batch
        return "skipped", None

    def drain(all_of_it: bool) -> Iterator[BatchEvent]:
        nonlocal position
        assert session is not None
        while window and (all_of_it or window[0][1].done or sum(j.in_flight for _, j, _, _ in window) > limit):
            path, job, sha, claimed = window.popleft()
            extraction = session.collect(job)
            done, error = store_one(path, extraction, sha)
            if claimed is not None:
                store.release(claimed, worker)
            position += 1
            yield DocumentDone(
                path=path, outcome=done, position=position, total=total, error=error, minutes=extraction.minutes
            )

    if session is not None:
        for path, sha in retry:
            document = store.get(sha)
            source = SourceText(
                text=document.source_text, path=str(path), media_type=document.media_type,
                sha256=sha, size_bytes=len(document.source_text.encode("utf-8")),
            )
            job = session.submit(Extraction(source=source, minutes=document.minutes), retry=True)
            window.append((path, job, sha, None))
            yield from drain(False)
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(pending) > 1 else None
    # SQLite's one writer storing rule records back to back commits them in groups, so the pages
    # they share (indexes, search segments) are written once per group. With a model each save
    # commits at once (the write lock is never held while answers are awaited); PostgreSQL workers
    # commit each claim and save at once so the others see them.
    grouped = session is None and not shared
    groups = store.write_groups(GROUP_DOCUMENTS, GROUP_SECONDS) if grouped else nullcontext(_no_group)
    with groups as written:
        try:
            # A chunk at a time: each file is claimed just before it is extracted, so workers sharing
            # the database (PostgreSQL) split the files between them and none is stored twice.
            for start in range(0, len(pending), CLAIM_CHUNK * jobs):
                mine: list[tuple[Path, str | None]] = []
                for path, sha in pending[start : start + CLAIM_CHUNK * jobs]:
                    if sha is None or not shared or (not store.has(sha) and store.claim(sha, worker, _stale_before())):
                        mine.append((path, sha if shared else None))
                    else:
                        position += 1
                        skipped += 1  # stored or being stored by another worker meanwhile
                        yield DocumentDone(path=path, outcome="skipped", position=position, total=total)
                paths_now = [path for path, _ in mine]
                for (path, claimed), result in zip(mine, _extractions(extract, paths_now, pool), strict=True):
                    if isinstance(result, str):
                        position += 1
                        store.record_failure(run_id, str(path), result)
                        failures.append((path, result))
                        if claimed is not None:
                            store.release(claimed, worker)
                        yield DocumentDone(path=path, outcome="failed", position=position, total=total, error=result)
                        continue
                    if session is not None:
                        window.append((path, session.submit(result), None, claimed))
                        yield from drain(False)
                        continue
                    done, error = store_one(path, result, None)
                    written()
                    if claimed is not None:
                        store.release(claimed, worker)
                    position += 1
                    yield DocumentDone(path=path, outcome=done, position=position, total=total, error=error)
            if session is not None:
                yield from drain(True)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    store.finish_run(run_id, saved=saved, skipped=skipped, failed=len(failures))
    yield BatchFinished(
        run_id=run_id, saved=saved, skipped=skipped, ignored=ignored, failures=failures,
        completed=completed, model_pending=pending_items,
    )
