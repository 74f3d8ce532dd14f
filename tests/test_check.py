"""Grounding and cross-check as pure functions on a real corpus item."""

from __future__ import annotations

import datetime as dt
import json

from summarizer.config import Settings
from summarizer.model.check import cross_check, disagreements, ground, grounding_rate, ungrounded
from summarizer.model.merge import checked_date, merge_item, pair_directives
from summarizer.model.protocol import ItemResult
from summarizer.model.run import item_bounds, item_source
from summarizer.pipeline import extract_path
from summarizer.rules.deadlines import resolve_deadline
from summarizer.rules.units import UnitDirectory
from summarizer.schema import ItemAnswer
from tests.corpus_items import SET, answer_for, extraction, gold

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
    ext, rules, source = setup()
    data = answer_for(gold(DOC)["items"][0])
    data["issuance"] = []
    answer = ItemResult(answer=ItemAnswer.model_validate(data))
    merged = merge_item(rules, answer, source, UnitDirectory.of(ext.minutes))
    assert merged.issuance == rules.issuance and merged.spans["issuance"] == rules.spans["issuance"]
    assert merged.check is not None and merged.check.status == "needs_review"
    assert merged.check.flags == ["differs:issuance"]


def test_a_failed_model_call_leaves_the_rule_record_flagged() -> None:
    ext, rules, source = setup()
    failure = ItemResult(failure="transport", failure_detail="refused")
    merged = merge_item(rules, failure, source, UnitDirectory.of(ext.minutes))
    assert merged.check is not None and merged.check.status == "failed"
    assert merged.model_dump(exclude={"check", "flags"}) == rules.model_dump(exclude={"check", "flags"})
    assert merged.flags[-2:] == ["model_failed:transport", "model_pending"]
    assert merged.check.detail == "refused"
    # An answer cut off would come back the same: failed, but not pending.
    cut = merge_item(rules, ItemResult(failure="length"), source, UnitDirectory.of(ext.minutes))
    assert cut.flags[-1] == "model_failed:length"


GENRE = SET.parent / "genre"


def _gold_deadlines() -> list[tuple[str, dt.date, dt.date]]:
    found = []
    for path in sorted((GENRE / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        meeting = dt.date.fromisoformat(data["meeting"]["date"])
        for item in data["items"]:
            for directive in item["directives"]:
                for deadline in directive["deadlines"]:
                    if deadline["date"]:
                        found.append((deadline["text"], dt.date.fromisoformat(deadline["date"]), meeting))
    return found


def test_model_dates_that_match_the_gold_are_kept_and_wrong_ones_replaced() -> None:
    cases = _gold_deadlines()
    assert len(cases) >= 5
    resolved = 0
    for text, date, meeting in cases:
        assert checked_date(text, date, meeting) == (date, None), text  # a right date is always kept
        if resolve_deadline(text, meeting) is None:
            continue  # words the rules cannot date (二季度末前): the model's plausible date stands
        resolved += 1
        assert checked_date(text, None, meeting) == (date, None), text  # the rules fill it in
        wrong = date.replace(year=date.year - 1)
        assert checked_date(text, wrong, meeting) == (date, "differs"), text
    assert resolved >= 5
    assert checked_date("１２月底前", None, dt.date(2023, 11, 20)) == (dt.date(2023, 12, 31), None)


def test_a_date_the_rules_cannot_resolve_is_kept_only_when_plausible() -> None:
    meeting = dt.date(2024, 1, 22)
    assert checked_date("下周", dt.date(2024, 1, 29), meeting) == (dt.date(2024, 1, 29), None)
    assert checked_date("下周", dt.date(2023, 1, 29), meeting) == (None, "implausible")
    assert checked_date("尽快", dt.date(2031, 1, 1), meeting) == (None, "implausible")
    assert checked_date("尽快", dt.date(2024, 3, 1), None) == (None, "implausible")
    assert checked_date("尽快", None, meeting) == (None, None)


def test_merge_corrects_a_wrong_deadline_year_and_flags_it() -> None:
    path = GENRE / "corpus" / "dongpo-2024-09-trad.txt"
    ext = extract_path(path, Settings())
    gold_item = json.loads((GENRE / "gold" / "dongpo-2024-09-trad.json").read_text(encoding="utf-8"))["items"][0]
    data = answer_for(gold_item)
    data["directives"][0]["deadlines"] = [{"text": "8月底前", "date": "2023-08-31"}]
    bounds = item_bounds(ext.minutes, len(ext.source.text))[0]
    assert bounds is not None
    source = item_source(ext.source.text, *bounds)
    result = ItemResult(answer=ItemAnswer.model_validate(data))
    directory = UnitDirectory.of(ext.minutes)
    merged = merge_item(ext.minutes.items[0], result, source, directory, meeting=ext.minutes.meeting.date)
    [deadline] = merged.directives[0].deadlines
    assert (deadline.text, deadline.date) == ("8月底前", dt.date(2024, 8, 31))
    assert merged.check is not None and merged.check.status == "needs_review"
    assert "differs:directives[0].deadlines[0].date" in merged.check.flags


def test_a_short_unit_form_from_the_model_gets_the_listed_canonical_unit() -> None:
    ext, rules, source = setup()
    assert rules.lead_units_canonical == ["市发改委"]
    data = answer_for(gold(DOC)["items"][0])
    data["lead_units"] = ["发改委"]  # as the model may write it; found in the item text
    answer = ItemResult(answer=ItemAnswer.model_validate(data))
    merged = merge_item(rules, answer, source, UnitDirectory.of(ext.minutes))
    assert merged.lead_units == ["发改委"] and merged.lead_units_canonical == ["市发改委"]
