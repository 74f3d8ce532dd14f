"""Pure helpers for the ledger, digest and search pages (no streamlit; testable alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from summarizer import Task, Week, status_label, week_of
from ui.present import chinese_number, format_date, md


def task_row(task: Task) -> dict[str, object]:
    """One ledger row for the table, Chinese column names; what officials scan first comes first."""
    return {
        "编号": task.id,
        "状态": status_label(task.status),
        "责任单位": task.unit,
        "任务内容": task.text,
        "时限": task.deadline_text or "",
        "会议日期": format_date(task.meeting_date) if task.meeting_date else "",
        "议题": f"{chinese_number(task.item_number)}、{task.item_title}",
        "重复自": f"#{task.repeat_of}" if task.repeat_of else "",
    }


def task_choice_label(task: Task, width: int = 36) -> str:
    text = task.text if len(task.text) <= width else task.text[: width - 1] + "…"
    return f"#{task.id} {task.unit} · {status_label(task.status)} · {text}"


def unit_options(tasks: Sequence[Task]) -> list[str]:
    """Units that have tasks, most tasks first, then by name."""
    counts: dict[str, int] = {}
    for task in tasks:
        counts[task.unit] = counts.get(task.unit, 0) + 1
    return sorted(counts, key=lambda unit: (-counts[unit], unit))


def week_label(week: Week, meetings: int) -> str:
    return f"{week.label}（{format_date(week.start)}至{format_date(week.end)}，{meetings} 次会议）"


def weeks_with_meetings(days: Iterable[dt.date | None]) -> list[tuple[Week, int]]:
    """The ISO weeks that have meetings, most recent first, with their meeting counts."""
    counts: dict[str, tuple[Week, int]] = {}
    for day in days:
        if day is None:
            continue
        week = week_of(day)
        _, count = counts.get(week.label, (week, 0))
        counts[week.label] = (week, count + 1)
    return sorted(counts.values(), key=lambda pair: pair[0].start, reverse=True)


def highlight_query(text: str, query: str) -> str:
    """Markdown with each occurrence of `query` in bold (Markdown control characters escaped)."""

    if not query:
        return md(text)
    return f"**{md(query)}**".join(md(part) for part in text.split(query))
