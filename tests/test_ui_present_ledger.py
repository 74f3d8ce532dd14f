"""The pure ledger/digest/search helpers, on tasks from the real corpus."""

from __future__ import annotations

import datetime as dt

from ui.present_ledger import digest_preview, highlight_query, weeks_with_meetings


def test_weeks_with_meetings_counts_and_orders_by_recency() -> None:
    days = [dt.date(2023, 5, 23), None, dt.date(2023, 6, 29), dt.date(2023, 5, 26)]
    weeks = weeks_with_meetings(days)
    assert [(w.label, n) for w, n in weeks] == [("2023-W26", 1), ("2023-W21", 2)]


def test_highlight_query_bolds_matches_and_escapes_markdown() -> None:
    assert highlight_query("加强消防安全，消防通道", "消防") == "加强**消防**安全，**消防**通道"
    assert highlight_query("(一)*重点*", "重点") == "\\(一\\)\\***重点**\\*"
    assert highlight_query("a_b", "") == "a\\_b"


def test_the_digest_preview_keeps_the_head_and_the_first_issuer_sections() -> None:
    sections = [f"## {n}、第{n}市人民政府\n\n### （一）本周会议\n\n内容{n}" for n in range(1, 6)]
    markdown = "# 政府常务会议周报\n\n2026年第1周\n\n" + "\n\n".join(sections) + "\n"
    preview, total = digest_preview(markdown, sections=3)
    assert total == 5 and preview.startswith("# 政府常务会议周报")
    assert "第3市人民政府" in preview and "第4市人民政府" not in preview and "内容3" in preview
    assert digest_preview(markdown, sections=9) == (markdown, 5)
