"""Pure helpers for the ledger, digest and search pages (no streamlit; testable alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from summarizer import Task, Week, status_label, week_of
from ui.present import chinese_number, format_date


def task_row(task: Task) -> dict[str, object]:
    """One ledger row for the table, Chinese column names; what officials scan first comes first."""
    return {
        "编号": task.id,
        "状态": status_label(task.status),
        "责任单位": task.unit,
        "任务内容": task.text,
        "时限": task.deadline_text or "",
        "到期日": due_label(task.due_date, task.deadline_text),
        "会议日期": format_date(task.meeting_date) if task.meeting_date else "",
        "议题": f"{chinese_number(task.item_number)}、{task.item_title}",
        "重复自": f"#{task.repeat_of}" if task.repeat_of else "",
    }


def due_label(due: dt.date | None, deadline_text: str | None) -> str:
    """The due date as people read it (`2024年10月10日`); a deadline without a date as written
    (`尽快`, `长期`); nothing when no deadline was written."""
    if due is not None:
        return format_date(due)
    return deadline_text or ""


def by_due_date(tasks: Sequence[Task]) -> list[Task]:
    """The ledger's order: soonest due first; tasks without a due date after, by meeting date."""
    return sorted(tasks, key=lambda t: (t.due_date is None, t.due_date or dt.date.min))


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

    def escape(part: str) -> str:
        return "".join("\\" + c if c in "\\`*_{}[]<>()#+-.!|~$:" else c for c in part)

    if not query:
        return escape(text)
    return f"**{escape(query)}**".join(escape(part) for part in text.split(query))
