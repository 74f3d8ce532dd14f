"""Merge a model's answer for one agenda item into the rule-based `Item`.

The rule-based item is both the cross-check and the fallback. A model value replaces the rule
value only when it is found exactly in the item's text, and then it is the source's own text
(`clean(original[span])`), so `clean(original[span]) == value` holds for every value. Anything
else keeps the rule value and flags the item: `ungrounded:<path>` (not found), `fuzzy:<path>`
(found only approximately: a near-miss unit name never replaces a rule value, so it never
becomes a task), `obeys_instruction:<path>` (found inside a sentence addressed to a model).
Free text (summary, directives[].action) is screened by `freetext.screen`; a field with a
problem is dropped and flagged `unsupported:<path>`. When the model failed, the item is the
rule-based one with check status `failed`, flagged `model_failed:<why>`, and `model_pending`
when a later run should ask again. Either way no item is lost.
"""

from __future__ import annotations

import datetime as dt

from summarizer.align import Squeezed, fold
from summarizer.model.check import GroundedValue, cross_check, disagreements, ground, grounding_rate, ungrounded
from summarizer.model.freetext import instruction_sentences, screen
from summarizer.model.protocol import ItemResult
from summarizer.rules.deadlines import resolve_deadline
from summarizer.rules.units import UnitDirectory
from summarizer.schema import (
    MODEL_PENDING,
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
from summarizer.text import clean

_MAX_DEADLINE_YEARS = 5
PENDING = MODEL_PENDING
# Failures a later run may not repeat (the endpoint was down, refused or not asked); an answer
# cut off or never valid would come back the same at temperature 0.
_FINAL_FAILURES = ("length", "invalid")


def is_pending(item: Item) -> bool:
    return PENDING in item.flags


def rules_item(item: Item) -> Item:
    """The rule-based record behind a fallback item: its model flags and check removed."""
    flags = [f for f in item.flags if f != PENDING and not f.startswith("model_failed:")]
    return item.model_copy(update={"flags": flags, "check": None})


class _Usable:
    """Which grounded values may replace a rule value: exact, outside planted sentences."""

    def __init__(self, grounding: dict[str, GroundedValue], source: Squeezed, original: str | None) -> None:
        self.grounding = grounding
        self.original = original
        planted = instruction_sentences(source.text)
        self.planted = [(source.origin[a], source.origin[b - 1] + 1) for a, b in planted if b > a]
        self.flags: list[str] = []

    def value(self, path: str) -> tuple[str, Span] | None:
        """The source's text and span for the value at `path`, or None (flagged) when not usable."""
        found = self.grounding[path]
        if found.located is None:
            return None  # flagged ungrounded by the caller
        span = found.located.span
        if span.alignment != "exact":
            self.flags.append(f"fuzzy:{path}")
            return None
        if any(start <= span.start and span.end <= end for start, end in self.planted):
            self.flags.append(f"obeys_instruction:{path}")
            return None
        text = clean(self.original[span.start : span.end]) if self.original is not None else found.value
        return text, span

    def values(self, prefix: str, count: int) -> tuple[list[str], list[Span]] | None:
        """Every value of a list field with its span when all are usable, else None."""
        found = [self.value(f"{prefix}[{i}]") for i in range(count)]
        if not found or any(f is None for f in found):
            return None
        return [f[0] for f in found if f], [f[1] for f in found if f]


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
    usable: _Usable,
    path: str,
    meeting: dt.date | None,
    directory: UnitDirectory,
    action: str | None,
) -> tuple[Directive, list[str], list[str]]:
    """The rule directive with the model's usable values, flags and the fields the model gave
    (paths use `path`)."""
    ours = answer.directives[index]
    prefix = f"directives[{index}]"
    update: dict[str, object] = {"action": action}
    spans: dict[str, SpanValue] = dict(rule.spans)
    flags: list[str] = []
    used: list[str] = []
    addressees = usable.values(f"{prefix}.addressees", len(ours.addressees))
    if addressees is not None:
        used.append(f"{path}.addressees")
        update["addressees"] = addressees[0]
        update["addressees_canonical"] = [directory.canonical(a) for a in addressees[0]]
        spans["addressees"] = addressees[1]
    deadlines: list[Deadline] = []
    for j, deadline in enumerate(ours.deadlines):
        found = usable.value(f"{prefix}.deadlines[{j}].text")
        if found is None:
            continue
        text, span = found
        date, problem = checked_date(text, deadline.date, meeting)
        if problem:
            flags.append(f"{problem}:{path}.deadlines[{len(deadlines)}].date")
        deadlines.append(Deadline(text=text, date=date, spans={"text": span}))
    if deadlines:
        used.append(f"{path}.deadlines")
        update["deadlines"] = deadlines
    return rule.model_copy(update={**update, "spans": spans}), flags, used


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


def _free_text(
    value: str | None, path: str, source: Squeezed, has_work: bool, flags: list[str], checks: list[FieldCheck]
) -> str | None:
    """`value` when nothing in it is unsupported by the item's text, else None (flagged)."""
    if not value:
        return None
    problems = screen(value, source.text, has_work=has_work)
    if not problems:
        return value
    flags.append(f"unsupported:{path}")
    named = "；".join(f"{p.kind}「{p.text}」" for p in problems)
    checks.append(
        FieldCheck(field=path, agreement="model_only", model=f"{value}（{named}）", grounding="none", used="rules")
    )
    return None


def spans_values(value: object) -> list[str]:
    assert isinstance(value, list)
    return [str(v) for v in value]


def merge_item(
    rules: Item,
    result: ItemResult,
    source: Squeezed,
    directory: UnitDirectory,
    cached: bool = False,
    meeting: dt.date | None = None,
    original: str | None = None,
) -> Item:
    """`rules` with the usable parts of the model's answer; `original` is the whole document text."""
    answer = result.answer
    if answer is None:
        failure = result.failure or "unknown"
        flags = [f"model_failed:{failure}"] + ([] if failure in _FINAL_FAILURES else [PENDING])
        check = _check(flags, [], None, result.usage, cached)
        check.detail = " ".join((result.failure_detail or "").split())[:300] or None
        return rules.model_copy(update={"check": check, "flags": [*rules.flags, *flags]})
    grounding = ground(answer, source)
    usable = _Usable(grounding, source, original)
    pairs = pair_directives(answer, grounding, rules)
    checks = cross_check(answer, rules, pairs)
    flags = [f"ungrounded:{g.path}" for g in ungrounded(grounding)]
    flags += [f"differs:{name}" for name in disagreements(checks)]
    if instruction_sentences(source.text):
        flags.append("instruction_in_item")
    used: dict[str, str] = {}
    has_work = bool(rules.lead_units or rules.directives)
    extra: list[FieldCheck] = []

    update: dict[str, object] = {"origin": "model"}
    update["summary"] = _free_text(answer.summary, "summary", source, has_work, flags, extra)
    spans: dict[str, SpanValue] = dict(rules.spans)
    for name in ("title", "decision"):
        found = usable.value(name) if getattr(answer, name) else None
        if found is not None:
            update[name], spans[name] = found
            used[name] = "model"
    for name in ("lead_units", "issuance"):
        values = usable.values(name, len(getattr(answer, name)))
        if values is not None:
            update[name], spans[name] = values
            used[name] = "model"
    if used.get("lead_units"):
        update["lead_units_canonical"] = [directory.canonical(u) for u in spans_values(update["lead_units"])]
    directives = list(rules.directives)
    for model_index, rule_index in pairs:
        path = f"directives[{rule_index}]"
        action = _free_text(
            answer.directives[model_index].action, f"{path}.action", source, has_work, flags, extra
        )
        directives[rule_index], date_flags, given = _merge_directive(
            directives[rule_index], answer, model_index, usable, path, meeting, directory, action
        )
        flags += date_flags
        used.update((name, "model") for name in given)
    update["directives"] = directives
    flags += usable.flags
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
    update["check"] = _check(list(dict.fromkeys(flags)), checks + extra, rate, result.usage, cached)
    update["spans"] = spans
    merged = rules.model_copy(update=update)
    return Item.model_validate(merged.model_dump())
