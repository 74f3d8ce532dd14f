"""`summarizer extract`: minutes files → structured records (JSON) or a Chinese summary (Markdown)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.cli.backend import add_backend_argument, apply_backend
from summarizer.cli.output import check_writable, write_output
from summarizer.config import Settings
from summarizer.errors import InputError, ModelError

if TYPE_CHECKING:
    from summarizer.pipeline import Extraction


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract structured records from minutes files",
        description=(
            "Read minutes files (.txt in any common Chinese encoding, .pdf with a text layer, .docx, "
            ".html) and extract each agenda item: title, decision, lead units, issuance route and "
            "directives with their addressees. Every value carries its span in the original text. "
            "Works offline with the rule-based extractor; no key needed."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="minutes files to read")
    parser.add_argument(
        "--format", choices=("json", "md"), default="json",
        help="json: the full record (an array when several files are given); md: a Chinese summary",
    )
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    add_backend_argument(parser)
    parser.set_defaults(run=run)


def _render(extractions: list[Extraction], fmt: str) -> str:
    from summarizer.render import minutes_markdown

    if fmt == "md":
        return "\n---\n\n".join(minutes_markdown.render(e.minutes) for e in extractions)
    records = [e.minutes.model_dump(mode="json") for e in extractions]
    payload = records[0] if len(records) == 1 else records
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def run(args: argparse.Namespace, settings: Settings) -> int:
    from summarizer.pipeline import extract_path  # the rule engine loads when there is work

    if args.backend == "llm":
        settings.llm.require()
    check_writable(args.output)
    extractions: list[Extraction] = []
    failures = 0
    for path in args.files:
        try:
            extraction = extract_path(path, settings)
        except InputError as exc:
            failures += 1
            print(f"summarizer: error: {exc}", file=sys.stderr)
            continue
        extractions.append(extraction)
        if not extraction.minutes.items:
            # The record is still written (it may hold a date or a header), but nothing was found.
            failures += 1
            print(
                f"summarizer: error: {path}: no agenda items were found; is this the minutes, or a notice "
                "or news item about a meeting?", file=sys.stderr,
            )
    extractions, model_failures = apply_backend(args.backend, extractions, settings)
    if extractions:
        output = _render(extractions, args.format)
        write_output(output, args.output)
    if failures:
        print(f"summarizer: {failures} of {len(args.files)} file(s) gave no usable record", file=sys.stderr)
        return 2
    if model_failures:
        items = sum(len(e.minutes.items) for e in extractions)
        print(
            f"summarizer: the model failed on {model_failures} of {items} item(s); every record was written, "
            "those items with their rule-based values (flagged model_failed)", file=sys.stderr,
        )
        return ModelError.exit_code
    return 0
