"""`summarizer eval`: score the extractor against the gold sets and enforce their thresholds."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from summarizer.cli.backend import SetExtractor, add_backend_argument
from summarizer.cli.output import check_writable, write_output
from summarizer.config import Settings
from summarizer.evaluation import SetReport, documents_of, evaluate_set, find_sets
from summarizer.model.report import ModelMetrics, usage_text
from summarizer.pipeline import extract_path
from summarizer.schema import Usage

DEFAULT_SETS = Path("evals/sets")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score extraction against gold annotations",
        description=(
            "Score the extractor field by field against every gold set (a folder with corpus/ and "
            "gold/). Prints a table per set, writes a JSON report, and exits 1 when a set misses "
            "the thresholds in its set.json."
        ),
    )
    parser.add_argument(
        "sets", nargs="*", type=Path, default=[DEFAULT_SETS],
        help="set folders, or a folder of sets (default: evals/sets)",
    )
    parser.add_argument(
        "--report", type=Path, default=Path("eval-report.json"),
        help="where to write the JSON report (default: eval-report.json)",
    )
    parser.add_argument("--misses", action="store_true", help="list where each field was wrong")
    add_backend_argument(parser)
    parser.set_defaults(run=run)


def _print_table(report: SetReport, show_misses: bool) -> None:
    print(f"\n== {report.name}: {report.documents} documents, overall {report.overall:.1%}")
    width = max((len(name) for name in report.fields), default=10)
    for name, score in sorted(report.fields.items()):
        mark = "" if score.accuracy == 1 else "  <"
        print(f"  {name:<{width}}  {score.correct:>4}/{score.total:<4} {score.accuracy:7.1%}{mark}")
        if show_misses and score.misses:
            print(f"  {'':<{width}}    wrong in: {', '.join(score.misses[:12])}")
    layouts = ", ".join(f"{name} {r.documents} docs {r.overall:.1%}" for name, r in sorted(report.by_layout.items()))
    print(f"  by layout: {layouts}")
    if show_misses:
        print("  layout per document: " + ", ".join(f"{doc}={fmt}" for doc, fmt in report.layouts.items()))
    for document, error in report.failed.items():
        print(f"  FAILED {document}: {error}")
    verdict = "PASS" if report.passed() else "FAIL"
    print(f"  {verdict} (thresholds: {report.thresholds or 'none'})")


def run(args: argparse.Namespace, settings: Settings) -> int:
    check_writable(args.report)
    sets = find_sets(args.sets)
    if not sets:
        print(f"summarizer: error: no evaluation sets (folders with gold/) under {args.sets}", file=sys.stderr)
        return 2
    if args.backend == "llm":
        settings.llm.require()
        return _run_llm(args, settings, sets)
    reports = [evaluate_set(set_dir, lambda path: extract_path(path, settings).minutes) for set_dir in sets]
    for report in reports:
        _print_table(report, args.misses)
    write_output(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=2) + "\n", args.report)
    return 0 if all(r.passed() for r in reports) else 1


def _print_model(metrics: ModelMetrics, usage: Usage) -> None:
    statuses = ", ".join(f"{name} {count}" for name, count in sorted(metrics.statuses.items()))
    rate = "n/a" if metrics.grounding_rate is None else f"{metrics.grounding_rate:.1%}"
    print(f"  model: {metrics.items} items ({statuses}); grounding rate {rate}")
    for name, share in metrics.agreement.items():
        print(f"    agrees with rules on {name:<16} {share:7.1%}")
    print(f"  usage: {usage_text(usage)}")


def _run_llm(args: argparse.Namespace, settings: Settings, sets: list[Path]) -> int:
    """Score the configured model: gold accuracy, plus grounding rate and agreement with the rules."""
    payload = []
    reports = []
    for set_dir in sets:
        extractor = SetExtractor([document for document, _ in documents_of(set_dir)], settings)
        report = evaluate_set(set_dir, extractor)
        metrics = extractor.metrics()
        _print_table(report, args.misses)
        _print_model(metrics, extractor.usage)
        reports.append(report)
        payload.append(
            {
                **report.to_json(),
                "backend": "llm",
                "model": settings.llm.model,
                "model_checks": metrics.to_json(),
                "usage": extractor.usage.model_dump(),
            }
        )
    write_output(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", args.report)
    return 0 if all(r.passed() for r in reports) else 1
