"""What a model run says about the model: grounding rate, agreement with the rules, statuses.

Pure functions over merged records (`Minutes` with `Item.check`), used by `summarizer eval
--backend llm` next to the gold scores, and by the CLI to describe usage. Nothing here claims
accuracy: accuracy comes from the gold sets; these figures describe how the model's answers
relate to the source text and to the rule-based record.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from summarizer.model.check import CORE_FIELDS
from summarizer.schema import MODEL_PENDING, Minutes, Usage


@dataclass
class ModelMetrics:
    items: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    # Mean over items with a model answer of the share of copied values found in the source.
    grounding_rate: float | None = None
    # Per core field: share of items (with a model answer) where model and rules agree.
    agreement: dict[str, float] = field(default_factory=dict)
    flags: Counter[str] = field(default_factory=Counter)

    @property
    def overall_agreement(self) -> float | None:
        return sum(self.agreement.values()) / len(self.agreement) if self.agreement else None

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "statuses": dict(self.statuses),
            "grounding_rate": self.grounding_rate,
            "agreement_with_rules": self.agreement,
            "overall_agreement_with_rules": self.overall_agreement,
            "flags": dict(self.flags),
        }


def model_metrics(records: list[Minutes]) -> ModelMetrics:
    metrics = ModelMetrics()
    rates: list[float] = []
    agree: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for minutes in records:
        for item in minutes.items:
            metrics.items += 1
            check = item.check
            if check is None:
                metrics.statuses["unchecked"] += 1
                continue
            metrics.statuses[check.status] += 1
            metrics.flags.update(flag.split(":")[0] for flag in check.flags)
            if check.grounding_rate is not None:
                rates.append(check.grounding_rate)
            for field_check in check.fields:
                if field_check.field in CORE_FIELDS:
                    seen[field_check.field] += 1
                    agree[field_check.field] += field_check.agreement in ("agree", "neither")
    metrics.grounding_rate = sum(rates) / len(rates) if rates else None
    metrics.agreement = {name: agree[name] / seen[name] for name in CORE_FIELDS if seen[name]}
    return metrics


def usage_text(usage: Usage) -> str:
    """One line describing what a run cost, for the CLI to print."""
    return (
        f"requests {usage.requests} (retries {usage.retries}, re-asks {usage.reasks}), "
        f"cache hits {usage.cache_hits}, tokens in {usage.input_tokens} / out {usage.output_tokens} "
        f"/ cached {usage.cached_tokens}, wall {usage.wall_s:.2f}s"
    )


def failure_lines(minutes: Minutes) -> list[str]:
    """One line per item whose model answer is not used (the CLI prints them on stderr)."""
    lines = []
    for item in minutes.items:
        check = item.check
        if check is None or check.status != "failed":
            continue
        why = next((f.split(":", 1)[1] for f in item.flags if f.startswith("model_failed:")), "unknown")
        then = "rule-based record kept" + ("; model pending" if MODEL_PENDING in item.flags else "")
        detail = f": {check.detail}" if check.detail else ""
        lines.append(f"{minutes.doc_id}#{item.number}: model failed ({why}{detail}); {then}")
    return lines
