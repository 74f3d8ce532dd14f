"""`--backend rules|llm` for the subcommands that extract (not a subcommand itself).

The rule-based records are always made first: they are the cross-check and the fallback of
the model path. With `--backend llm` every item of every document then goes through one
model run (bounded pool, cache, usage), and what the run cost is printed to stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.config import Settings
from summarizer.errors import SummarizerError
from summarizer.schema import Minutes, Usage

if TYPE_CHECKING:
    from summarizer.model.report import ModelMetrics
    from summarizer.pipeline import Extraction

BACKENDS = ("rules", "llm")


def add_backend_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend", choices=BACKENDS, default="rules",
        help=(
            "rules (default): offline rule-based extractor; llm: also read each agenda item with "
            "the model configured by SUMMARIZER_BASE_URL / SUMMARIZER_MODEL (see docs/models.md), "
            "grounded in the source and cross-checked against the rules"
        ),
    )


def report_failures(records: list[Minutes]) -> int:
    """Print one line per item whose model answer is not used; return how many."""
    from summarizer.model.report import failure_lines

    count = 0
    for minutes in records:
        for line in failure_lines(minutes):
            print(f"summarizer: {line}", file=sys.stderr)
            count += 1
    return count


def apply_backend(backend: str, extractions: list[Extraction], settings: Settings) -> tuple[list[Extraction], int]:
    """The records as the backend makes them, and how many items the model failed on (their
    records are the rule-based ones, flagged). Prints usage and one line per failed item."""
    if backend != "llm" or not extractions:
        return extractions, 0
    from summarizer.model.report import usage_text
    from summarizer.model.run import run_llm

    result = run_llm(extractions, settings)
    for extraction in result.documents:
        run = extraction.minutes.run
        if run is not None and len(result.documents) > 1:
            print(f"model usage {extraction.minutes.doc_id}: {usage_text(run.usage)}", file=sys.stderr)
    print(f"model usage (run, {result.info.model}): {usage_text(result.info.usage)}", file=sys.stderr)
    return result.documents, report_failures([e.minutes for e in result.documents])


class SetExtractor:
    """`summarizer eval --backend llm`: every document of a set through one model run, up front.

    `evaluate_set` asks for one document at a time; answering from records made in one pooled
    run keeps the concurrency across documents. A document the rules could not read raises its
    error again when asked for, so it is scored as failed, as with the rules backend.
    """

    def __init__(self, paths: list[Path], settings: Settings) -> None:
        from summarizer.model.run import run_llm
        from summarizer.pipeline import extract_path

        self.errors: dict[Path, SummarizerError] = {}
        extractions: list[Extraction] = []
        read: list[Path] = []
        for path in paths:
            try:
                extractions.append(extract_path(path, settings))
                read.append(path)
            except SummarizerError as exc:
                self.errors[path] = exc
        self.records: dict[Path, Minutes] = {}
        self.usage = Usage()
        if extractions:
            result = run_llm(extractions, settings)
            self.records = {p: e.minutes for p, e in zip(read, result.documents, strict=True)}
            self.usage = result.info.usage

    def __call__(self, path: Path) -> Minutes:
        if path in self.errors:
            raise self.errors[path]
        return self.records[path]

    def metrics(self) -> ModelMetrics:
        from summarizer.model.report import model_metrics

        return model_metrics(list(self.records.values()))
