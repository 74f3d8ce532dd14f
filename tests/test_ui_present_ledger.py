"""The pure ledger/digest/search helpers, on tasks from the real corpus."""

from __future__ import annotations

import datetime as dt

from summarizer import Store
from ui.present_ledger import highlight_query, task_choice_label, task_row, unit_options, weeks_with_meetings


def test_task_rows_use_chinese_columns_and_labels(corpus_store: Store) -> None:
    task = corpus_store.tasks(unit="市发改委")[0]
    row = task_row(task)
    assert list(row) == ["编号", "状态", "责任单位", "任务内容", "时限", "到期日", "会议日期", "议题", "重复自"]
    assert row["会议日期"] == "2023年5月23日"
    assert str(row["议题"]).startswith("一、")
    assert row["状态"] == "未办结"
    assert row["责任单位"] == "市发改委"


def test_unit_options_put_the_busiest_unit_first(corpus_store: Store) -> None:
    tasks = corpus_store.tasks()
    units = unit_options(tasks)
    assert sorted(units) == sorted({t.unit for t in tasks})
    counts = [sum(t.unit == u for t in tasks) for u in units]
    assert counts == sorted(counts, reverse=True)


def test_choice_label_shortens_long_task_text(corpus_store: Store) -> None:
    task = max(corpus_store.tasks(), key=lambda t: len(t.text))
    label = task_choice_label(task, width=10)
    assert label.startswith(f"#{task.id} {task.unit} · 未办结 · ")
    assert label.endswith("…") and len(label.split(" · ")[-1]) == 10


def test_weeks_with_meetings_counts_and_orders_by_recency() -> None:
    days = [dt.date(2023, 5, 23), None, dt.date(2023, 6, 29), dt.date(2023, 5, 26)]
    weeks = weeks_with_meetings(days)
    assert [(w.label, n) for w, n in weeks] == [("2023-W26", 1), ("2023-W21", 2)]


def test_highlight_query_bolds_matches_and_escapes_markdown() -> None:
    assert highlight_query("加强消防安全，消防通道", "消防") == "加强**消防**安全，**消防**通道"
    assert highlight_query("(一)*重点*", "重点") == "\\(一\\)\\***重点**\\*"
    assert highlight_query("a_b", "") == "a\\_b"
