"""`summarizer batch PATH...`: extract every supported file into the store, with a progress bar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from summarizer.batch import BatchFinished, BatchStarted, DocumentDone, extractor_for, run_batch
from summarizer.cli.backend import add_backend_argument
from summarizer.config import Settings
from summarizer.ingest import SUPPORTED_SUFFIXES
from summarizer.store import Store

BAR_WIDTH = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="extract files and folders into the store (resumable, idempotent)",
        description="Extract every .txt/.pdf/.docx/.html file under PATH into the store. "
        "Files already stored (same sha256) are skipped, so a rerun resumes an interrupted batch.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders (recursive)")
    add_backend_argument(parser)
    parser.add_argument(
        "--jobs", type=int, default=1,
        help="parallel extraction processes for the rules backend (default: 1); with --backend llm the "
        "model requests are bounded by SUMMARIZER_CONCURRENCY and SUMMARIZER_RPM instead",
    )
    parser.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")
    parser.set_defaults(run=run)


def _draw(stream: TextIO, event: DocumentDone, counts: dict[str, int]) -> None:
    filled = BAR_WIDTH * event.position // max(event.total, 1)
    bar = "#" * filled + "." * (BAR_WIDTH - filled)
    stream.write(
        f"\r[{bar}] {event.position}/{event.total}  "
        f"saved {counts['saved']}  skipped {counts['skipped']}  failed {counts['failed']}"
    )
    stream.flush()


def run(args: argparse.Namespace, settings: Settings) -> int:
    extract = extractor_for(args.backend, settings)
    jobs = args.jobs
    if args.backend == "llm" and jobs > 1:
        # Each process would run its own request pool and rate limiter: N times the configured limits.
        print("summarizer: --jobs is ignored with --backend llm (SUMMARIZER_CONCURRENCY applies)", file=sys.stderr)
        jobs = 1
    show_bar = not args.no_progress and sys.stderr.isatty()
    counts = {"saved": 0, "skipped": 0, "failed": 0}
    finished: BatchFinished | None = None
    with Store.open(settings.database) as store:
        for event in run_batch(store, args.paths, extract, backend=args.backend, jobs=jobs):
            if isinstance(event, BatchStarted) and event.total == 0:
                suffixes = " ".join(sorted(SUPPORTED_SUFFIXES))
                print(f"summarizer: no supported files ({suffixes}) under the given paths", file=sys.stderr)
            elif isinstance(event, DocumentDone):
                counts[event.outcome] += 1
                if show_bar:
                    _draw(sys.stderr, event, counts)
            elif isinstance(event, BatchFinished):
                finished = event
    if show_bar:
        sys.stderr.write("\n")
    assert finished is not None  # run_batch always ends with BatchFinished
    print(
        f"saved {finished.saved}, skipped {finished.skipped} (already stored), "
        f"failed {len(finished.failures)}, ignored {finished.ignored} (not a supported file type)"
    )
    for path, error in finished.failures:
        print(f"failed: {path}: {error}" if not error.startswith(str(path)) else f"failed: {error}")
    return 1 if finished.failures else 0
