"""The evaluation gate: the rule-based extractor must meet every set's thresholds."""

from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.evaluation import SetReport, evaluate_set, find_sets, lenient_match, score_document
from summarizer.pipeline import extract_path

SETS = Path(__file__).parent.parent / "evals/sets"


@pytest.mark.parametrize("set_dir", find_sets([SETS]), ids=lambda p: p.name)
def test_rules_meet_the_set_thresholds(set_dir: Path) -> None:
    settings = Settings()
    report = evaluate_set(set_dir, lambda path: extract_path(path, settings).minutes)
    assert report.documents >= 2
    assert not report.failed
    below = {name: (s.accuracy, s.misses) for name, s in report.fields.items() if s.accuracy < 1}
    assert report.passed(), f"overall {report.overall:.3f}; below 100%: {below}"


def test_the_taicang_set_demands_every_field() -> None:
    assert (SETS / "taicang/set.json").read_text(encoding="utf-8").strip() == '{"min_field_accuracy": 1.0}'


def test_lenient_addressee_matching() -> None:
    assert lenient_match(["各项目部门、管理部门"], ["各项目部门", "管理部门"])
    assert lenient_match(["城管局"], ["市城管局"])
    assert not lenient_match(["各地各部门", "同时"], ["各地各部门"])
    assert not lenient_match([], ["各板块"])


def test_scoring_counts_a_wrong_lead_unit_and_a_missing_item() -> None:
    gold = {"issuer": "甲市人民政府", "items": [
        {"title": "甲", "lead_units": ["市发改委"], "directives": []},
        {"title": "乙", "lead_units": ["市财政局"], "directives": []},
    ]}
    predicted = {"issuer": "甲市人民政府", "items": [{"title": "甲", "lead_units": ["市财政局"], "directives": []}]}
    report = SetReport(name="t", thresholds={"min_field_accuracy": 1.0})
    score_document(report, "d", predicted, gold)
    assert report.fields["issuer"].accuracy == 1
    assert report.fields["item.lead_units"].correct == 0
    assert report.fields["item.title"].accuracy == 0.5
    assert report.fields["items.count"].accuracy == 0
    assert not report.passed()
