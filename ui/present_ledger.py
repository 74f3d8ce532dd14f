"""Pure helpers for the ledger, digest and search pages (no streamlit; testable alone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from summarizer import Week, week_of
from ui.present import format_date, md


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
    """Markdown with each occurrence of `query` in bold (the document text escaped)."""
    if not query:
        return md(text)
    return f"**{md(query)}**".join(md(part) for part in text.split(query))


def due_label(due: dt.date | None, deadline_text: str | None) -> str:
    """The due date as people read it (`2024年10月10日`); a deadline without a date as written
    (`尽快`, `长期`); nothing when no deadline was written."""
    if due is not None:
        return format_date(due)
    return deadline_text or ""


PREVIEW_SECTIONS = 3


def digest_preview(markdown: str, sections: int = PREVIEW_SECTIONS) -> tuple[str, int]:
    """The digest cut after its first `sections` issuer sections (`## …`), and how many it has:
    a province's week (dozens of issuers) is read in the downloaded file, not drawn on the page."""
    head, *parts = markdown.split("\n## ")
    return "\n## ".join([head, *parts[:sections]]), len(parts)
