"""周报: pick a week, preview the digest, download it as Markdown, Word or Excel."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from summarizer import (
    Settings,
    Week,
    build_digest,
    render_digest_docx,
    render_digest_markdown,
    render_ledger_xlsx,
    week_of,
)
from ui import session
from ui.present import defuse_autolinks
from ui.present_ledger import week_label, weeks_with_meetings

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def choose_week(weeks: list[tuple[Week, int]]) -> Week:
    if not weeks:
        st.info("会议库中还没有会议。以下为本周周报。")
        return week_of(dt.date.today())
    by_label = {week.label: (week, count) for week, count in weeks}
    label = st.selectbox("周次", list(by_label), format_func=lambda w: week_label(*by_label[w]))
    return by_label[label or weeks[0][0].label][0]


def render(current: Settings) -> None:
    with session.open_store(current) as store:
        weeks = weeks_with_meetings(row.meeting_date for row in store.meetings())
        week = choose_week(weeks)
        digest = build_digest(store, week)
    markdown = render_digest_markdown(digest)
    name = f"周报-{week.label}"
    md_col, docx_col, xlsx_col = st.columns(3)
    md_col.download_button("下载 Markdown", markdown.encode("utf-8"), f"{name}.md", "text/markdown")
    docx_col.download_button("下载 Word", render_digest_docx(digest), f"{name}.docx", DOCX)
    sheets = [("本周新增任务", digest.tasks_opened), ("往期未办结任务", digest.tasks_carried_over)]
    xlsx_col.download_button("下载 Excel", render_ledger_xlsx(sheets), f"{name}.xlsx", XLSX)
    with st.container(border=True, key="digest-preview"):
        st.markdown(defuse_autolinks(markdown))  # escaped by the renderer; bare URLs stay text too


st.title("周报")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
