"""Grounding and cross-check as pure functions on a real corpus item."""

from __future__ import annotations

from summarizer.check import cross_check, disagreements, ground, grounding_rate, ungrounded
from summarizer.merge import merge_item, pair_directives
from summarizer.model_run import item_bounds, item_source
from summarizer.modelio import ItemResult
from summarizer.schema import ItemAnswer
from tests.corpus_items import answer_for, extraction, gold

DOC = "taicang-2023-10"


def setup(index: int = 0):  # type: ignore[no-untyped-def]
    ext = extraction(DOC)
    bounds = item_bounds(ext.minutes, len(ext.source.text))[index]
    assert bounds is not None
    return ext, ext.minutes.items[index], item_source(ext.source.text, *bounds)


def test_every_copied_value_of_a_correct_answer_is_grounded_in_its_item() -> None:
    ext, _rules, source = setup()
    answer = ItemAnswer.model_validate(answer_for(gold(DOC)["items"][0]))
    grounding = ground(answer, source)
    assert grounding_rate(grounding) == 1.0 and not ungrounded(grounding)
    span = grounding["issuance[0]"].located
    assert span is not None
    assert ext.source.text[span.span.start : span.span.end] == "以市政府名义印发"


def test_a_value_from_another_item_is_not_grounded() -> None:
    _, _, source = setup(0)
    other = gold(DOC)["items"][1]
    answer = ItemAnswer.model_validate(answer_for(other))
    missing = {g.path for g in ungrounded(ground(answer, source))}
    assert "title" in missing and "directives[0].quote" in missing
    assert "lead_units[0]" not in missing  # 市发改委 leads both items: found, rightly


def test_cross_check_reports_agreement_difference_and_one_sided_fields() -> None:
    _, rules, source = setup()
    data = answer_for(gold(DOC)["items"][0])
    data["issuance"] = []
    data["decision"] = "同意"
    answer = ItemAnswer.model_validate(data)
    pairs = pair_directives(answer, ground(answer, source), rules)
    assert pairs == [(0, 0), (1, 1)]
    checks = {c.field: c.agreement for c in cross_check(answer, rules, pairs)}
    assert checks["title"] == "agree"
    assert checks["decision"] == "differ"
    assert checks["issuance"] == "rules_only"
    assert checks["directives[0].addressees"] == "agree"
    assert set(disagreements(cross_check(answer, rules, pairs))) == {"decision", "issuance"}


def test_merge_keeps_rules_where_the_model_is_silent_and_flags_the_differences() -> None:
    _, rules, source = setup()
    data = answer_for(gold(DOC)["items"][0])
    data["issuance"] = []
    merged = merge_item(rules, ItemResult(answer=ItemAnswer.model_validate(data)), source)
    assert merged.issuance == rules.issuance and merged.spans["issuance"] == rules.spans["issuance"]
    assert merged.check is not None and merged.check.status == "needs_review"
    assert merged.check.flags == ["differs:issuance"]


def test_a_failed_model_call_leaves_the_rule_record_flagged() -> None:
    _, rules, source = setup()
    merged = merge_item(rules, ItemResult(failure="transport", failure_detail="refused"), source)
    assert merged.check is not None and merged.check.status == "failed"
    assert merged.model_dump(exclude={"check", "flags"}) == rules.model_dump(exclude={"check", "flags"})
    assert merged.flags[-1] == "model_failed:transport"
