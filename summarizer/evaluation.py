"""Score extracted records against gold annotations, field by field.

An evaluation set is a folder with `corpus/` (documents) and `gold/` (one JSON per document,
named after it) and an optional `set.json` with its thresholds:
`{"min_field_accuracy": 1.0}` (every field) and/or `{"min_overall_accuracy": 0.95}`.

Comparison rules (see evals/sets/taicang/gold/README.md): strings are compared after folding
full-/half-width brackets and digits; lead units and issuance as sets; addressees leniently
(a prediction matches a gold addressee when one contains the other).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.ingest import SUPPORTED_SUFFIXES
from summarizer.schema import Minutes
from summarizer.text import fold

DOCUMENT_FIELDS = (
    "issuer", "doc_type", "number", "issued_by", "issued_on", "meeting.date", "meeting.part_of_day",
    "meeting.session", "meeting.chair", "meeting.chair_title", "announced_documents",
    "announced_hearings", "other_matters", "attendees", "observers", "compiled_by", "compiled_on",
    "public", "recipients", "cc",
)
ITEM_FIELDS = (
    "heading", "kind", "title", "documents", "decision", "decision_paragraph", "lead_units", "issuance",
)
DIRECTIVE_FIELDS = ("marker", "text", "addressees", "deadlines")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    return value


def _contains(a: str, b: str) -> bool:
    return a in b or b in a


def lenient_match(predicted: list[str], gold: list[str]) -> bool:
    """Every gold addressee is matched by a prediction and every prediction by a gold one."""
    predicted, gold = _norm(predicted), _norm(gold)
    return all(any(_contains(g, p) for p in predicted) for g in gold) and all(
        any(_contains(p, g) for g in gold) for p in predicted
    )


def _as_set(value: Any) -> Any:
    return sorted(_norm(value or []))


COMPARATORS: dict[str, Callable[[Any, Any], bool]] = {
    "lead_units": lambda p, g: _as_set(p) == _as_set(g),
    "issuance": lambda p, g: _as_set(p) == _as_set(g),
    "addressees": lambda p, g: lenient_match(p or [], g or []),
    "deadlines": lambda p, g: [(d["text"], d.get("date")) for d in _norm(p or [])]
    == [(d["text"], d.get("date")) for d in _norm(g or [])],
}


def _equal(name: str, predicted: Any, gold: Any) -> bool:
    compare = COMPARATORS.get(name.rsplit(".", 1)[-1])
    if compare:
        return compare(predicted, gold)
    return bool(_norm(predicted) == _norm(gold))


def _get(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def plain(minutes: Minutes, exclude: frozenset[str] = frozenset({"findings"})) -> dict[str, Any]:
    """The record in the gold format: plain values, no spans, none of the `exclude` fields."""
    data: dict[str, Any] = minutes.model_dump(mode="json", exclude=set(exclude))

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "spans"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return dict(strip(data))


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, where: str) -> None:
        self.total += 1
        self.correct += ok
        if not ok:
            self.misses.append(where)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class SetReport:
    name: str
    documents: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    fields: dict[str, FieldScore] = field(default_factory=lambda: defaultdict(FieldScore))
    thresholds: dict[str, float] = field(default_factory=dict)
    # Which layout read each document (the record's `format`), and the scores per layout.
    layouts: dict[str, str] = field(default_factory=dict)
    by_layout: dict[str, SetReport] = field(default_factory=dict)

    @property
    def overall(self) -> float:
        correct = sum(f.correct for f in self.fields.values())
        total = sum(f.total for f in self.fields.values())
        return correct / total if total else 0.0

    def passed(self) -> bool:
        if self.failed:
            return False
        field_min = self.thresholds.get("min_field_accuracy")
        if field_min is not None and any(f.accuracy < field_min for f in self.fields.values()):
            return False
        overall_min = self.thresholds.get("min_overall_accuracy")
        return overall_min is None or self.overall >= overall_min

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "documents": self.documents,
            "failed": self.failed,
            "overall_accuracy": round(self.overall, 4),
            "thresholds": self.thresholds,
            "passed": self.passed(),
            "fields": {
                name: {"correct": s.correct, "total": s.total, "accuracy": round(s.accuracy, 4), "misses": s.misses}
                for name, s in sorted(self.fields.items())
            },
            "layouts": self.layouts,
            "by_layout": {
                name: {"documents": r.documents, "overall_accuracy": round(r.overall, 4)}
                for name, r in sorted(self.by_layout.items())
            },
        }


def layout_of(record_format: str) -> str:
    """The layout family in a record's `format` (`numbered:dun:wrapped` → `numbered`)."""
    return record_format.split(":", 1)[0] or "unknown"


def score_document(report: SetReport, doc_id: str, predicted: dict[str, Any], gold: dict[str, Any]) -> None:
    for name in DOCUMENT_FIELDS:
        if name.split(".")[0] in gold:
            report.fields[name].add(_equal(name, _get(predicted, name), _get(gold, name)), doc_id)
    gold_items, items = gold.get("items", []), predicted.get("items", [])
    report.fields["items.count"].add(len(items) == len(gold_items), doc_id)
    for index, gold_item in enumerate(gold_items):
        item = items[index] if index < len(items) else {}
        where = f"{doc_id}#{index + 1}"
        for name in ITEM_FIELDS:
            if name in gold_item:
                report.fields[f"item.{name}"].add(_equal(name, item.get(name), gold_item[name]), where)
        directives = item.get("directives", [])
        report.fields["item.directives.count"].add(len(directives) == len(gold_item.get("directives", [])), where)
        for d_index, gold_directive in enumerate(gold_item.get("directives", [])):
            directive = directives[d_index] if d_index < len(directives) else {}
            for name in DIRECTIVE_FIELDS:
                if name in gold_directive:
                    ok = _equal(name, directive.get(name), gold_directive[name])
                    report.fields[f"directive.{name}"].add(ok, f"{where}({d_index + 1})")


def documents_of(set_dir: Path) -> list[tuple[Path, Path]]:
    """(document, gold) pairs of a set, in name order."""
    pairs = []
    for gold_path in sorted((set_dir / "gold").glob("*.json")):
        matches = [p for p in (set_dir / "corpus").glob(gold_path.stem + ".*") if p.suffix in SUPPORTED_SUFFIXES]
        if matches:
            pairs.append((matches[0], gold_path))
    return pairs


def evaluate_set(set_dir: Path, extract: Callable[[Path], Minutes]) -> SetReport:
    thresholds_path = set_dir / "set.json"
    thresholds = json.loads(thresholds_path.read_text(encoding="utf-8")) if thresholds_path.exists() else {}
    report = SetReport(name=set_dir.name, thresholds=thresholds)
    for document, gold_path in documents_of(set_dir):
        report.documents += 1
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            predicted = plain(extract(document))
        except Exception as exc:  # a document that fails is a result, not a crash of the run
            report.failed[document.name] = f"{type(exc).__name__}: {exc}"
            predicted = {}
        score_document(report, gold_path.stem, predicted, gold)
        record_format = str(predicted.get("format", "failed"))
        report.layouts[gold_path.stem] = record_format
        per_layout = report.by_layout.setdefault(layout_of(record_format), SetReport(name=layout_of(record_format)))
        per_layout.documents += 1
        score_document(per_layout, gold_path.stem, predicted, gold)
    return report


def find_sets(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if (path / "gold").is_dir():
            found.append(path)
        else:
            found.extend(sorted(p.parent for p in path.glob("*/gold") if p.is_dir()))
    return found
