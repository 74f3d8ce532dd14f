"""Task derivation (summarizer.supervision.derive): the case table of task_words.toml, run on a
small minutes file per case through the real extractor, and the purpose-written document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summarizer.config import Settings
from summarizer.ingest import read_bytes
from summarizer.pipeline import extract_path, extract_source
from summarizer.schema import Span
from summarizer.supervision.derive import TaskDraft, derive_tasks, is_group, task_words
from summarizer.text import clean

DATA = Path(__file__).resolve().parent / "data"
TEMPLATE = """测试市人民政府常务会议纪要
2024年3月4日上午，市长王明主持召开市政府第5次常务会议。现纪要如下：
一、审议《测试市工作方案》
（一）会议原则同意《测试市工作方案》。
（二）{text}
列席：市发改委李明，市住建局赵刚，市财政局孙丽，市自然资源局钱伟，市应急局郑华，市公安局王军
"""


def _shown(draft: TaskDraft) -> str:
    return f"{draft.unit}|{','.join(draft.co_units)}|{draft.deadline_text or ''}|{'g' if draft.is_group else ''}"


def _paragraph_tasks(text: str) -> list[TaskDraft]:
    document = TEMPLATE.format(text=text)
    extraction = extract_source(read_bytes(document.encode("utf-8"), "case.txt", max_bytes=10**6))
    drafts = derive_tasks(extraction.minutes, extraction.source.text)
    for draft in drafts:  # every task's clause is where it says it is
        assert draft.span is not None
        assert clean(extraction.source.text[draft.span.start : draft.span.end]) == draft.text
    return [d for d in drafts if d.source == "directive"]


CASES = task_words().cases


@pytest.mark.parametrize("case", CASES, ids=[str(c["text"])[:16] for c in CASES])
def test_task_words_case_table(case: dict[str, object]) -> None:
    assert [_shown(d) for d in _paragraph_tasks(str(case["text"]))] == case["tasks"]


def test_the_case_table_has_positive_and_negative_examples() -> None:
    assert sum(1 for c in CASES if c["tasks"]) >= 5 and sum(1 for c in CASES if not c["tasks"]) >= 3


def test_group_words_are_data() -> None:
    assert is_group("各地各部门") and is_group("各乡镇") and is_group("各板块") and is_group("有关单位")
    assert not is_group("市发改委") and not is_group("市住房和城乡建设局")


def test_the_purpose_written_document_gives_each_unit_its_clause_and_deadline() -> None:
    extraction = extract_path(DATA / "review-minutes.txt", Settings())
    drafts = derive_tasks(extraction.minutes, extraction.source.text)
    lead = [d for d in drafts if d.source == "lead_unit"]
    assert [(d.item_number, d.unit, d.text) for d in lead] == [
        (1, "市住建局", "修改完善并按程序印发《青石市老旧小区改造三年行动方案》"),
        (2, "市发改委", "修改完善并按程序印发《青石市中小企业纾困资金管理办法》"),
    ]
    directive = {(d.item_number, d.unit): d for d in drafts if d.source == "directive"}
    assert len(directive) == len([d for d in drafts if d.source == "directive"]), "one task per (item, unit) here"
    assert (directive[(1, "市发改委")].deadline_text, directive[(1, "市发改委")].deadline_date) == (
        "本周内", dt.date(2024, 9, 29)  # the Sunday of the meeting's week
    )
    assert directive[(1, "市城管局")].deadline_date == dt.date(2024, 9, 30)  # 月底前
    assert directive[(1, "市应急局")].co_units == ("市消防救援支队", "市公安局")
    assert (directive[(1, "市应急局")].deadline_text, directive[(1, "市应急局")].deadline_date) == ("尽快", None)
    group = directive[(2, "各地各部门")]
    assert group.is_group and group.deadline_date == dt.date(2024, 10, 6)  # 下周: the next week's Sunday
    unnamed = directive[(2, "待明确")]
    assert unnamed.text.startswith("要加快纾困资金拨付进度") and unnamed.deadline_date == dt.date(2024, 12, 31)
    # No task from the bare lead-in, the opinion, the hearing or the study item.
    assert {d.item_number for d in drafts} == {1, 2}
    assert not any(d.text.startswith("会议") for d in drafts)


def test_every_task_of_every_eval_document_keeps_its_clause_span() -> None:
    """Across the bundled sets (layouts, encodings, a Traditional mirror): each directive task's text is
    its clause as written, each follow-up's span its sentence, and no unit is empty."""
    documents = [p for p in sorted((DATA.parent.parent / "evals" / "sets").glob("*/corpus/*")) if p.is_file()]
    checked = 0
    for path in documents:
        try:
            extraction = extract_path(path, Settings())
        except Exception:  # a set may hold a document the rules refuse; derivation needs a record
            continue
        text, traditional = extraction.source.text, ":traditional" in extraction.minutes.format
        for draft in derive_tasks(extraction.minutes, text):
            assert draft.span is not None and draft.unit, (path.name, draft)
            written = clean(text[draft.span.start : draft.span.end], traditional=traditional)
            if draft.source == "directive":
                assert written == draft.text, (path.name, draft.text)
            else:  # the follow-up: the sentence of the decision that charges the unit, or the decision
                item = next(i for i in extraction.minutes.items if i.number == draft.item_number)
                decision = item.spans["decision_paragraph"]
                assert isinstance(decision, Span) and decision.start <= draft.span.start, (path.name, draft)
                assert draft.span.end <= decision.end and written, (path.name, draft)
            checked += 1
    assert checked > 500


def test_a_period_counted_from_the_meeting_and_the_eve_of_spring_festival_hold_a_task_to_a_day() -> None:
    drafts = _paragraph_tasks(
        "市住建局要在两周内拿出整改方案；市财政局要于春节前拨付到位；市应急局要在3个工作日内报送。"
    )
    dues = {d.unit: (d.deadline_text, d.deadline_date) for d in drafts}
    assert dues["市住建局"] == ("两周内", dt.date(2024, 3, 18))  # the meeting was on 4 March
    assert dues["市财政局"] == ("春节前", dt.date(2025, 1, 28))  # 2024's 春节 had passed: the next one's eve
    assert dues["市应急局"] == ("3个工作日内", None)  # working days depend on holidays: left to the reviewer
    # The directive itself records the words; only the ledger's task is held to the counted day.
    document = TEMPLATE.format(text="市住建局要在两周内拿出整改方案。").encode()
    extraction = extract_source(read_bytes(document, "c.txt", max_bytes=10**6))
    assert [(d.text, d.date) for d in extraction.minutes.items[0].directives[0].deadlines] == [("两周内", None)]


def test_a_table_of_tasks_charges_each_row_s_unit_by_the_row_s_deadline() -> None:
    """A row that names no unit in its words (`对易涝点逐一建立整治台账。`) is the 责任单位 cell's task, by the
    完成时限 cell's day; the 配合单位 cell charges no one."""
    document = (
        "沣川市人民政府专题常务会议纪要\n第3期\n沣川市人民政府办公室　2026年3月19日\n"
        "3月17日下午，市长邵某某主持召开市政府专题常务会议，专题研究中心城区内涝治理工作。\n"
        "会议听取了市城市管理局关于中心城区内涝治理2026年工作计划的汇报，原则同意该计划。议定事项如下：\n"
        "序号 | 议定事项 | 责任单位 | 配合单位 | 完成时限\n"
        "1 | 对中心城区易涝点逐一建立整治台账，明确整治措施和责任人。 | 市城市管理局（牵头） | 各区政府 | 4月15日前\n"
        "2 | 完成城区段河道清淤和排涝泵站检修。 | 市水利局、市城投集团 | 市城市管理局 | 5月20日前\n"
    )
    extraction = extract_source(read_bytes(document.encode(), "table.txt", max_bytes=10**6))
    drafts = [d for d in derive_tasks(extraction.minutes, extraction.source.text) if d.source == "directive"]
    assert [(d.unit, d.deadline_date, d.text[:6]) for d in drafts] == [
        ("市城市管理局", dt.date(2026, 4, 15), "对中心城区易"),
        ("市水利局", dt.date(2026, 5, 20), "完成城区段河"),
        ("市城投集团", dt.date(2026, 5, 20), "完成城区段河"),
    ]


def test_a_requirement_after_the_matter_in_the_same_clause_charges_the_units_it_names() -> None:
    """`会议研究了X工作，要求县教育局、县住建局在…前完成…`: no modal verb, the units after 要求 must act."""
    document = (
        "3月2日上午，县长王某主持召开县政府第8次常务会议。\n"
        "会议研究了校舍安全隐患整治工作，要求县教育局、县住建局在秋季开学前完成全部整治。\n"
        "会议听取了县商务局关于外贸运行情况的汇报，要求县商务局会同各园区加强订单跟踪服务。\n"
    )
    extraction = extract_source(read_bytes(document.encode(), "req.txt", max_bytes=10**6))
    drafts = derive_tasks(extraction.minutes, extraction.source.text)
    assert [(d.unit, d.co_units, d.deadline_text) for d in drafts] == [
        ("县教育局", (), "秋季开学前"), ("县住建局", (), "秋季开学前"), ("县商务局", ("各园区",), None),
    ]
    assert drafts[0].text == "县教育局、县住建局在秋季开学前完成全部整治"  # the requirement, not the matter
