"""The UI's pure helpers on real documents (gold records grounded in the corpus)."""

from __future__ import annotations

import itertools
import re

import pytest
from ui_gold import gold_extraction

from summarizer import ConfigError, Extraction, Finding, InputError, ModelError, Span
from ui.present import (
    FIELD_LABELS,
    check_upload,
    chinese_number,
    document_flags,
    error_message,
    field_spans,
    header_facts,
    highlight_html,
    item_extent,
    item_flags,
    merge_spans,
    ungrounded_fields,
)


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return gold_extraction("taicang-2023-10")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_header_facts_read_like_the_minutes(extraction: Extraction) -> None:
    facts = dict(header_facts(extraction.minutes))
    assert facts["会议日期"] == "2023年5月23日上午"
    assert facts["会议"] == "第25次常务会议"
    assert facts["主持"] == "吴敬宇（常务副市长）"
    assert facts["纪要编号"] == "第10号"


def test_a_meeting_day_without_its_year_is_shown_as_printed() -> None:
    from summarizer import SourceText
    from summarizer.rules import extract

    def date_shown(opening: str) -> str:
        text = f"县政府召开常务会议\n{opening}，县长罗致远主持召开县政府第8次常务会议。会议审议了《某措施》。\n"
        source = SourceText(text=text, path="x.txt", media_type="text", sha256="0" * 64, size_bytes=len(text))
        return dict(header_facts(extract(source)))["会议日期"]

    assert date_shown("4月1日") == "4月1日（缺年份）"
    assert date_shown("25日") == "25日（缺年月）"
    assert date_shown("2025年4月1日") == "2025年4月1日"
    assert date_shown("近日") == "未识别"


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (31, "三十一")])
def test_chinese_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_every_field_span_points_at_its_value(extraction: Extraction) -> None:
    text = extraction.source.text
    for item in extraction.minutes.items:
        for span, lead in zip(field_spans(item, "lead_units"), item.lead_units, strict=True):
            assert squash(text[span.start : span.end]) == lead
        decision = field_spans(item, "decision")
        if item.decision:
            assert squash(text[decision[0].start : decision[0].end]) == item.decision
        assert len(field_spans(item, "directives")) == len(item.directives)


def test_item_extent_covers_heading_to_last_directive(extraction: Extraction) -> None:
    text = extraction.source.text
    items = extraction.minutes.items
    for item, following in itertools.pairwise(items):
        extent = item_extent(item)
        assert extent is not None
        assert squash(text[extent.start : extent.end]).startswith(squash(item.heading))
        next_extent = item_extent(following)
        assert next_extent is not None and extent.end <= next_extent.start


def test_highlight_marks_exactly_the_span_and_escapes_html() -> None:
    text = "甲<乙>丙丁戊"
    html = highlight_html(text, [Span(start=1, end=4), Span(start=3, end=5), Span(start=90, end=99)])
    assert '<mark class="src-hl" id="hl-first">&lt;乙&gt;丙</mark>' in html
    assert html.count("<mark") == 2  # the overlap merged; the out-of-range span clipped to empty
    assert "<乙>" not in html


def test_merge_spans_joins_overlaps_only() -> None:
    merged = merge_spans([Span(start=5, end=8), Span(start=0, end=2), Span(start=7, end=9)])
    assert [(s.start, s.end) for s in merged] == [(0, 2), (5, 9)]


def test_ungrounded_values_are_flagged(extraction: Extraction) -> None:
    item = extraction.minutes.items[0]
    assert ungrounded_fields(item) == []
    assert item_flags(item, extraction.minutes) == []
    stripped = item.model_copy(update={"spans": {k: v for k, v in item.spans.items() if k != "decision"}})
    labels = [flag.label for flag in item_flags(stripped, extraction.minutes)]
    assert labels == ["未能在原文中定位：决定"]


def test_flags_findings_and_truncation(extraction: Extraction) -> None:
    minutes = extraction.minutes
    item = minutes.items[2]
    extent = item_extent(item)
    assert extent is not None
    inside = Finding(level="warning", code="instruction_like_text", message="x", span=extent)
    outside = Finding(level="info", code="other", message="附件未识别", span=None)
    flagged = minutes.model_copy(update={"findings": [inside, outside], "truncated": True})
    assert "注意：原文含有针对模型的指令性文字，已作为普通内容处理" in [f.label for f in item_flags(item, flagged)]
    assert [f.label for f in item_flags(minutes.items[0], flagged)] == []
    document = [f.label for f in document_flags(flagged)]
    assert document == ["原文可能被截断，部分议题可能缺失", "提示：附件未识别"]
    flags = ["no_decision_found", "differs:lead_units", "ungrounded:directives[1].addressees[0]", "new_code"]
    flagged_item = item.model_copy(update={"flags": flags})
    assert [f.label for f in item_flags(flagged_item, minutes)] == [
        "未识别到决定语句", "模型与规则结果不一致：牵头单位", "未能在原文中定位：工作要求2·对象", "检查提示：new_code",
    ]


def _zh(call: object, *args: object) -> str:
    with pytest.raises(InputError) as raised:
        call(*args)  # type: ignore[operator]
    return error_message(raised.value)


def test_upload_limits_are_chinese_input_errors() -> None:
    check_upload("纪要.PDF", 10, 100)
    assert "不支持的文件类型“.exe”" in _zh(check_upload, "纪要.exe", 10, 100)
    assert "超过上限" in _zh(check_upload, "纪要.txt", 3 * 1024 * 1024, 2 * 1024 * 1024)
    assert "文件为空" in _zh(check_upload, "纪要.docx", 0, 100)


def test_error_messages_are_one_chinese_line_without_model_detail() -> None:
    # The page shows the error's Chinese line, never its English one (nor English behind a Chinese prefix).
    assert error_message(InputError("a.txt: not UTF-8 text")) == "无法读取该文件。"
    assert error_message(InputError("a.txt: not UTF-8 text", zh="文件编码有误。")) == "无法读取该文件：文件编码有误。"
    assert error_message(ConfigError("bad")) == "配置有误。"
    secretish = ModelError("401 for https://host/v1 key sk-abc")
    assert "sk-abc" not in error_message(secretish) and "模型调用失败" in error_message(secretish)
    assert "Traceback" not in error_message(RuntimeError("boom"))
    assert "boom" not in error_message(RuntimeError("boom"))


def test_field_labels_are_the_card_vocabulary() -> None:
    for label in ("议题", "决定", "牵头单位", "印发/报送", "工作要求"):
        assert label in FIELD_LABELS.values()
