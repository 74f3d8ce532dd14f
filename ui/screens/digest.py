"""周报: pick a week and an issuer, preview the digest, download it as Markdown, Word or Excel."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from summarizer import (
    Settings,
    Week,
    build_digest,
    meeting_days,
    render_digest_docx,
    render_digest_markdown,
    render_digest_xlsx,
    week_of,
)
from ui import session
from ui.present import defuse_autolinks
from ui.present_ledger import PREVIEW_SECTIONS, digest_preview, week_label, weeks_with_meetings

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EVERY_ISSUER = ""


def choose_week(weeks: list[tuple[Week, int]]) -> Week:
    if not weeks:
        st.info("会议库中还没有会议。以下为本周周报。")
        return week_of(dt.date.today())
    by_label = {week.label: (week, count) for week, count in weeks}
    label = st.selectbox("周次", list(by_label), format_func=lambda w: week_label(*by_label[w]))
    return by_label[label or weeks[0][0].label][0]


def choose_issuer(issuers: list[str]) -> str | None:
    """One issuer, or every issuer that met (one section each): never every issuer's backlog."""
    if len(issuers) < 2:
        return None
    choice = st.selectbox(
        "发文机关", [EVERY_ISSUER, *issuers], format_func=lambda i: i or "本周开会的各发文机关（分节）"
    )
    return choice or None


def render(current: Settings) -> None:
    with session.open_store(current) as store:
        days = meeting_days(store.connection)
        weeks = weeks_with_meetings(day for day, count in days for _ in range(count))
        week = choose_week(weeks)
        met = sorted({row.issuer for row in store.meetings(since=week.start, until=week.end) if row.issuer})
        digest = build_digest(store, week, issuer=choose_issuer(met))
    markdown = render_digest_markdown(digest)
    name = f"周报-{week.label}"
    md_col, docx_col, xlsx_col = st.columns(3)
    md_col.download_button("下载 Markdown", markdown.encode("utf-8"), f"{name}.md", "text/markdown")
    # Word and Excel are built on click, not on every visit of the page (seconds for a busy week).
    docx_col.download_button(
        "下载 Word", lambda: render_digest_docx(digest), f"{name}.docx", DOCX, on_click="ignore"
    )
    xlsx_col.download_button(
        "下载 Excel", lambda: render_digest_xlsx(digest), f"{name}.xlsx", XLSX, on_click="ignore"
    )
    preview, total = digest_preview(markdown)
    if total > PREVIEW_SECTIONS:
        st.caption(f"预览显示前 {PREVIEW_SECTIONS} 个发文机关（共 {total} 个）；完整周报请下载，或在上方选择发文机关。")
    with st.container(border=True, key="digest-preview"):
        st.markdown(defuse_autolinks(preview))  # escaped by the renderer; bare URLs stay text too


st.title("周报")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
