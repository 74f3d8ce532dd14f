"""`summarizer batch PATH...`: extract every supported file into the store, with a progress bar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from summarizer.cli.backend import add_backend_argument, report_failures
from summarizer.config import Settings
from summarizer.errors import InputError, ModelError
from summarizer.store import Store

if TYPE_CHECKING:
    from summarizer.batch import BatchFinished, DocumentDone

BAR_WIDTH = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="extract files and folders into the store (resumable, idempotent)",
        description="Extract every .txt/.pdf/.docx/.html file under PATH into the store. "
        "Files already stored (same sha256) are skipped, so a rerun resumes an interrupted batch.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (recursive)")
    add_backend_argument(parser)
    parser.add_argument(
        "--jobs", type=int, default=1,
        help="parallel rule-extraction processes (default: 1); with --backend llm the model requests "
        "of all documents share one pool bounded by SUMMARIZER_CONCURRENCY and SUMMARIZER_RPM",
    )
    parser.add_argument(
        "--retry-model", action="store_true",
        help="ask the model again for every stored item still marked model-pending (implies --backend llm); "
        "a plain llm batch does so for the stored files under PATH",
    )
    parser.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")
    parser.add_argument(
        "--confirm", action="store_true",
        help="confirm the saved meetings at once, skipping review (as SUMMARIZER_AUTO_CONFIRM=1 does); "
        "otherwise they wait for `summarizer review` and their tasks count nowhere until confirmed",
    )
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
    # The extractors (rules, readers, model client) load when a batch runs, not at start-up.
    from summarizer.batch import Backend, BatchFinished, BatchStarted, DocumentDone, extractor_for, run_batch
    from summarizer.ingest import SUPPORTED_SUFFIXES
    from summarizer.model.run import open_session

    backend: Backend = "llm" if args.retry_model else args.backend
    if not args.paths and not args.retry_model:
        raise InputError("give at least one PATH (or --retry-model to complete stored model-pending items)")
    extract = extractor_for(backend, settings)
    show_bar = not args.no_progress and sys.stderr.isatty()
    counts = {"saved": 0, "skipped": 0, "failed": 0, "completed": 0}
    finished: BatchFinished | None = None
    session = open_session(settings) if backend == "llm" else None
    try:
        with Store.open(settings.database) as store:
            events = run_batch(
                store, args.paths, extract, backend=backend, jobs=args.jobs, session=session,
                retry_all=args.retry_model, confirm=args.confirm or settings.auto_confirm,
            )
            for event in events:
                if isinstance(event, BatchStarted) and event.total == 0 and not args.retry_model:
                    suffixes = " ".join(sorted(SUPPORTED_SUFFIXES))
                    print(f"summarizer: no supported files ({suffixes}) under the given paths", file=sys.stderr)
                elif isinstance(event, DocumentDone):
                    counts[event.outcome] += 1
                    if show_bar:
                        _draw(sys.stderr, event, counts)
                    if event.minutes is not None:
                        if show_bar:
                            sys.stderr.write("\n")
                        report_failures([event.minutes])
                elif isinstance(event, BatchFinished):
                    finished = event
    finally:
        if session is not None:
            session.close()
    if show_bar:
        sys.stderr.write("\n")
    assert finished is not None  # run_batch always ends with BatchFinished
    completed = f", model completed {finished.completed}" if finished.completed else ""
    print(
        f"saved {finished.saved}, skipped {finished.skipped} (already stored){completed}, "
        f"failed {len(finished.failures)}, ignored {finished.ignored} (not a supported file type)"
    )
    if finished.saved and not (args.confirm or settings.auto_confirm):
        print(f"{finished.saved} meeting(s) wait for review before their tasks count: `summarizer review list`")
    for path, error in finished.failures:
        print(f"failed: {path}: {error}" if not error.startswith(str(path)) else f"failed: {error}")
    if finished.failures:
        return 1
    if finished.model_pending:
        print(
            f"summarizer: {finished.model_pending} item(s) stored with their rule-based records, waiting for the "
            "model; the next `summarizer batch --backend llm` (or `summarizer batch --retry-model`) asks again",
            file=sys.stderr,
        )
        return ModelError.exit_code
    return 0
