"""Grounding and cross-checking of a model's answer for one agenda item. Pure functions.

Grounding: every value the model must copy from the source (title, decision, lead units,
issuance, directive quotes, addressees, deadline words) is located in the item's source text
(`align.locate`: exact after squeezing, else fuzzy above a calibrated threshold). Generated
text (action, summary) is not grounded.

Cross-check: per field, the model's value against the rule-based value: agree, differ, or only
one of them has it. Only the core fields decide the status; addressees and deadlines are
reported but not scored (two careful readers differ on them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.align import Located, Squeezed, fold, locate
from summarizer.evaluation import lenient_match
from summarizer.schema import Agreement, FieldCheck, Item, ItemAnswer

CORE_FIELDS = ("title", "kind", "decision", "lead_units", "issuance", "directives.count")


@dataclass(frozen=True)
class GroundedValue:
    path: str
    value: str
    located: Located | None

    @property
    def label(self) -> str:
        return f"{self.path}「{self.value}」"


def copied_values(answer: ItemAnswer) -> Iterator[tuple[str, str]]:
    """(path, value) for every value the model must copy verbatim from the source."""
    yield "title", answer.title
    if answer.decision:
        yield "decision", answer.decision
    for i, unit in enumerate(answer.lead_units):
        yield f"lead_units[{i}]", unit
    for i, route in enumerate(answer.issuance):
        yield f"issuance[{i}]", route
    for i, directive in enumerate(answer.directives):
        yield f"directives[{i}].quote", directive.quote
        for j, addressee in enumerate(directive.addressees):
            yield f"directives[{i}].addressees[{j}]", addressee
        for j, deadline in enumerate(directive.deadlines):
            yield f"directives[{i}].deadlines[{j}].text", deadline.text


def ground(answer: ItemAnswer, source: Squeezed) -> dict[str, GroundedValue]:
    """Locate every copied value of `answer` in `source`, keyed by path."""
    return {
        path: GroundedValue(path, value, locate(value, source)) for path, value in copied_values(answer)
    }


def ungrounded(grounding: dict[str, GroundedValue]) -> list[GroundedValue]:
    return [g for g in grounding.values() if g.located is None]


def grounding_rate(grounding: dict[str, GroundedValue]) -> float | None:
    if not grounding:
        return None
    return sum(g.located is not None for g in grounding.values()) / len(grounding)


def _agreement(model: list[str], rules: list[str]) -> Agreement:
    if not model and not rules:
        return "neither"
    if not rules:
        return "model_only"
    if not model:
        return "rules_only"
    return "agree" if sorted(fold(v) for v in model) == sorted(fold(v) for v in rules) else "differ"


def _lenient(model: list[str], rules: list[str]) -> Agreement:
    """Addressees match leniently, as the evaluation scores them (gold README)."""
    if not model or not rules:
        return _agreement(model, rules)
    return "agree" if lenient_match(model, rules) else "differ"


def _field(name: str, model: list[str], rules: list[str], lenient: bool = False) -> FieldCheck:
    return FieldCheck(
        field=name,
        agreement=_lenient(model, rules) if lenient else _agreement(model, rules),
        model="、".join(model) if model else None,
        rules="、".join(rules) if rules else None,
    )


def _opt(value: str | None) -> list[str]:
    return [value] if value else []


def cross_check(answer: ItemAnswer, rules: Item, directive_pairs: list[tuple[int, int]]) -> list[FieldCheck]:
    """Per-field agreement of `answer` with the rule-based `rules` item.

    `directive_pairs` maps model directive index to rule directive index (see merge.pair_directives).
    """
    checks = [
        _field("title", [answer.title], [rules.title]),
        _field("kind", [answer.kind], [rules.kind]),
        _field("decision", _opt(answer.decision), _opt(rules.decision)),
        _field("lead_units", answer.lead_units, rules.lead_units),
        _field("issuance", answer.issuance, rules.issuance),
        _field("directives.count", [str(len(answer.directives))], [str(len(rules.directives))]),
    ]
    for model_index, rule_index in directive_pairs:
        ours, theirs = answer.directives[model_index], rules.directives[rule_index]
        checks.append(
            _field(f"directives[{rule_index}].addressees", ours.addressees, theirs.addressees, lenient=True)
        )
        checks.append(
            _field(
                f"directives[{rule_index}].deadlines",
                [d.text for d in ours.deadlines],
                [d.text for d in theirs.deadlines],
                lenient=True,
            )
        )
    return checks


def disagreements(checks: list[FieldCheck]) -> list[str]:
    """Core fields where model and rules are not in agreement (both empty counts as agreement)."""
    return [c.field for c in checks if c.field in CORE_FIELDS and c.agreement not in ("agree", "neither")]
