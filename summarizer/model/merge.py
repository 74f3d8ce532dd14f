"""Merge a model's answer for one agenda item into the rule-based `Item`.

The rule-based item is both the cross-check and the fallback. A grounded model value replaces
the rule value (with its span and alignment); an ungrounded one does not: the rule value stays
and the item is flagged `ungrounded:<path>`. When the model failed, the item is the rule-based
one with check status `failed`. Either way no item is lost.
"""

from __future__ import annotations

import datetime as dt

from summarizer.align import Squeezed, fold
from summarizer.model.check import GroundedValue, cross_check, disagreements, ground, grounding_rate, ungrounded
from summarizer.model.protocol import ItemResult
from summarizer.rules.deadlines import resolve_deadline
from summarizer.rules.units import UnitDirectory
from summarizer.schema import (
    Alignment,
    Deadline,
    Directive,
    FieldCheck,
    Item,
    ItemAnswer,
    ItemCheck,
    Span,
    SpanValue,
    Usage,
)

_MAX_DEADLINE_YEARS = 5


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def pair_directives(
    answer: ItemAnswer, grounding: dict[str, GroundedValue], rules: Item
) -> list[tuple[int, int]]:
    """(model index, rule index) for each model directive whose quote lies in a rule directive."""
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i in range(len(answer.directives)):
        located = grounding[f"directives[{i}].quote"].located
        if located is None:
            continue
        best, best_overlap = -1, 0
        for j, directive in enumerate(rules.directives):
            span = directive.spans.get("text")
            if isinstance(span, Span) and j not in taken:
                overlap = _overlap(located.span, span)
                if overlap > best_overlap:
                    best, best_overlap = j, overlap
        if best >= 0:
            pairs.append((i, best))
            taken.add(best)
    return pairs


def _values(
    grounding: dict[str, GroundedValue], prefix: str, values: list[str]
) -> tuple[list[str], list[Span]] | None:
    """The values with their spans when every one is grounded, else None."""
    spans: list[Span] = []
    for i in range(len(values)):
        located = grounding[f"{prefix}[{i}]"].located
        if located is None:
            return None
        spans.append(located.span)
    return values, spans


def checked_date(
    text: str, model_date: dt.date | None, meeting: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """The date a deadline means, and why the model's date was not taken (None when it was).

    When the rules can resolve the words from the meeting date (`6月底前`, `年内`), their date
    is used and a different model date is reported. Otherwise the model's date is kept only if
    it is on or after the meeting, within `_MAX_DEADLINE_YEARS`.
    """
    rules_date = resolve_deadline(fold(text), meeting)
    if rules_date is not None:
        return rules_date, ("differs" if model_date not in (None, rules_date) else None)
    if model_date is None:
        return None, None
    if meeting is None or not meeting <= model_date <= dt.date(meeting.year + _MAX_DEADLINE_YEARS, 12, 31):
        return None, "implausible"
    return model_date, None


def _merge_directive(
    rule: Directive,
    answer: ItemAnswer,
    index: int,
    grounding: dict[str, GroundedValue],
    path: str,
    meeting: dt.date | None,
    directory: UnitDirectory,
) -> tuple[Directive, list[str]]:
    """The rule directive with the model's grounded values, and flags (paths use `path`)."""
    ours = answer.directives[index]
    prefix = f"directives[{index}]"
    update: dict[str, object] = {"action": ours.action}
    spans: dict[str, SpanValue] = dict(rule.spans)
    flags: list[str] = []
    addressees = _values(grounding, f"{prefix}.addressees", ours.addressees)
    if addressees is not None and addressees[0]:
        update["addressees"] = addressees[0]
        update["addressees_canonical"] = [directory.canonical(a) for a in addressees[0]]
        spans["addressees"] = addressees[1]
    deadlines: list[Deadline] = []
    for j, deadline in enumerate(ours.deadlines):
        located = grounding[f"{prefix}.deadlines[{j}].text"].located
        if located is None:
            continue
        date, problem = checked_date(deadline.text, deadline.date, meeting)
        if problem:
            flags.append(f"{problem}:{path}.deadlines[{len(deadlines)}].date")
        deadlines.append(Deadline(text=deadline.text, date=date, spans={"text": located.span}))
    if deadlines:
        update["deadlines"] = deadlines
    return rule.model_copy(update={**update, "spans": spans}), flags


def _check(
    status_flags: list[str], checks: list[FieldCheck], rate: float | None, usage: Usage, cached: bool
) -> ItemCheck:
    failed = any(f.startswith("model_failed") for f in status_flags)
    status = "failed" if failed else ("needs_review" if status_flags else "ok")
    return ItemCheck(
        status=status, fields=checks, flags=status_flags, grounding_rate=rate, usage=usage, cached=cached
    )


_RANK: dict[Alignment, int] = {"none": 0, "fuzzy": 1, "exact": 2}


def _field_grounding(
    name: str, grounding: dict[str, GroundedValue], pairs: list[tuple[int, int]]
) -> Alignment | None:
    """The worst alignment among the model values behind check field `name`, None if it has none."""
    prefix = name
    if name.startswith("directives["):
        rule_index, _, rest = name[len("directives[") :].partition("]")
        model_index = next((m for m, r in pairs if str(r) == rule_index), None)
        if model_index is None:
            return None
        prefix = f"directives[{model_index}]{rest}"
    found: list[Alignment] = [
        g.located.span.alignment if g.located else "none"
        for path, g in grounding.items()
        if path == prefix or path.startswith(prefix + "[")
    ]
    if not found:
        return None
    worst: Alignment = min(found, key=_RANK.__getitem__)
    return worst


def merge_item(
    rules: Item,
    result: ItemResult,
    source: Squeezed,
    directory: UnitDirectory,
    cached: bool = False,
    meeting: dt.date | None = None,
) -> Item:
    answer = result.answer
    if answer is None:
        flag = f"model_failed:{result.failure or 'unknown'}"
        check = _check([flag], [], None, result.usage, cached)
        return rules.model_copy(update={"check": check, "flags": [*rules.flags, flag]})
    grounding = ground(answer, source)
    pairs = pair_directives(answer, grounding, rules)
    checks = cross_check(answer, rules, pairs)
    flags = [f"ungrounded:{g.path}" for g in ungrounded(grounding)]
    flags += [f"differs:{name}" for name in disagreements(checks)]
    used: dict[str, str] = {}

    update: dict[str, object] = {"origin": "model", "summary": answer.summary}
    spans: dict[str, SpanValue] = dict(rules.spans)
    for name in ("title", "decision"):
        value = getattr(answer, name)
        located = grounding[name].located if value else None
        if value and located is not None:
            update[name] = value
            spans[name] = located.span
            used[name] = "model"
    for name in ("lead_units", "issuance"):
        grounded = _values(grounding, name, getattr(answer, name))
        if grounded is not None and grounded[0]:
            update[name] = grounded[0]
            spans[name] = grounded[1]
            used[name] = "model"
    if "lead_units" in update:
        update["lead_units_canonical"] = [directory.canonical(u) for u in answer.lead_units]
    directives = list(rules.directives)
    for model_index, rule_index in pairs:
        directives[rule_index], date_flags = _merge_directive(
            directives[rule_index], answer, model_index, grounding, f"directives[{rule_index}]", meeting, directory
        )
        flags += date_flags
    update["directives"] = directives
    for model_index, rule_index in pairs:
        if answer.directives[model_index].addressees and directives[rule_index].addressees == (
            answer.directives[model_index].addressees
        ):
            used[f"directives[{rule_index}].addressees"] = "model"
        if directives[rule_index].deadlines and answer.directives[model_index].deadlines:
            used[f"directives[{rule_index}].deadlines"] = "model"
    checks = [
        c.model_copy(
            update={
                "used": used.get(c.field, "rules"),
                "grounding": _field_grounding(c.field, grounding, pairs),
            }
        )
        for c in checks
    ]
    rate = grounding_rate(grounding)
    update["check"] = _check(flags, checks, rate, result.usage, cached)
    update["spans"] = spans
    merged = rules.model_copy(update=update)
    return Item.model_validate(merged.model_dump())
