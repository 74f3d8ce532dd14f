"""Batch runs: many files into the store, one transaction per document, resumable.

`run_batch` is a generator of progress events; the CLI draws the bar from them. A document
whose sha256 is already stored is skipped before extraction, so a rerun (or a resume after
`kill -9`) does only what is left. A document that fails is recorded on the run and reported
at the end; the others go on.
"""

from __future__ import annotations

import hashlib
import os
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


def _extractions(extract: Extractor, paths: Sequence[Path], jobs: int) -> Iterator[Extraction | str]:
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield _extract_one(extract, path)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(partial(_extract_one, extract), paths, chunksize=1)


def run_batch(
    store: Store,
    paths: Sequence[Path],
    extract: Extractor,
    backend: str = "rules",
    jobs: int = 1,
) -> Iterator[BatchEvent]:
    """Extract and store every supported file under `paths`, yielding progress events."""
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}")
    unreadable: list[tuple[Path, str]] = []
    files, ignored = collect_files(paths, unreadable)
    run_id = store.start_run(backend, [str(p) for p in paths])
    total = len(files) + len(unreadable)
    yield BatchStarted(run_id=run_id, total=total, ignored=ignored)
    position = 0
    skipped = saved = 0
    failures: list[tuple[Path, str]] = []
    for path, error in unreadable:  # a folder that cannot be listed fails the run, the rest still runs
        position += 1
        store.record_failure(run_id, str(path), error)
        failures.append((path, error))
        yield DocumentDone(path=path, outcome="failed", position=position, total=total, error=error)
    pending: list[Path] = []
    for path in files:
        sha = _file_sha256(path)
        if sha is not None and store.has(sha):
            position += 1
            skipped += 1
            yield DocumentDone(path=path, outcome="skipped", position=position, total=total)
        else:
            pending.append(path)
    for path, result in zip(pending, _extractions(extract, pending, jobs), strict=True):
        position += 1
        if isinstance(result, str):
            store.record_failure(run_id, str(path), result)
            failures.append((path, result))
            yield DocumentDone(path=path, outcome="failed", position=position, total=total, error=result)
            continue
        try:
            outcome = store.save(result, backend=backend)
        except InputError as exc:
            store.record_failure(run_id, str(path), str(exc))
            failures.append((path, str(exc)))
            yield DocumentDone(path=path, outcome="failed", position=position, total=total, error=str(exc))
            continue
        if outcome.status == "saved":
            saved += 1
        else:
            skipped += 1  # same bytes under another name earlier in this batch
        done: Outcome = "saved" if outcome.status == "saved" else "skipped"
        yield DocumentDone(path=path, outcome=done, position=position, total=total)
    store.finish_run(run_id, saved=saved, skipped=skipped, failed=len(failures))
    yield BatchFinished(run_id=run_id, saved=saved, skipped=skipped, ignored=ignored, failures=failures)
