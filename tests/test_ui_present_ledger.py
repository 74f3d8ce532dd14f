"""The pure ledger/digest/search helpers, on tasks from the real corpus."""

from __future__ import annotations

import datetime as dt

from ui.present_ledger import highlight_query, weeks_with_meetings


def test_weeks_with_meetings_counts_and_orders_by_recency() -> None:
    days = [dt.date(2023, 5, 23), None, dt.date(2023, 6, 29), dt.date(2023, 5, 26)]
    weeks = weeks_with_meetings(days)
    assert [(w.label, n) for w, n in weeks] == [("2023-W26", 1), ("2023-W21", 2)]


def test_highlight_query_bolds_matches_and_escapes_markdown() -> None:
    assert highlight_query("加强消防安全，消防通道", "消防") == "加强**消防**安全，**消防**通道"
    assert highlight_query("(一)*重点*", "重点") == "\\(一\\)\\***重点**\\*"
    assert highlight_query("a_b", "") == "a\\_b"
