"""催办: per unit, the open tasks overdue or due within the warning days; print one 催办通知 per unit."""

from __future__ import annotations

import streamlit as st

from summarizer import (
    DEFAULT_OFFICE,
    LedgerFilter,
    Settings,
    build_reminders,
    render_reminders_docx,
    render_reminders_markdown,
    render_reminders_xlsx,
    today_in_china,
)
from ui import access, session
from ui.present import md
from ui.present_supervision import ledger_link, ledger_rows, styled

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHOWN_UNITS = 20
SHOWN = ["预警", "完成时限", "剩余", "任务内容", "会议", "编号"]


def render(current: Settings) -> None:
    actor = access.current_actor(current)
    today, warn = today_in_china(), current.warn_days
    scope = LedgerFilter(scope_unit=actor.unit if actor.role == "unit" else None)
    with session.open_store(current) as store:
        c1, c2, c3 = st.columns(3)
        issuers = session.filter_options(current, "issuer", scope_unit=scope.scope_unit)
        issuer = c1.selectbox("发文机关", ["", *issuers], format_func=lambda v: v or "全部") or None
        units = session.filter_options(current, "unit", scope_unit=scope.scope_unit, issuer=issuer, view="remind")
        unit = c2.selectbox("责任单位", ["", *units], format_func=lambda v: v or "全部有逾期或临期任务的单位") or None
        office = c3.text_input("落款单位", value=DEFAULT_OFFICE) or DEFAULT_OFFICE
        flt = LedgerFilter(issuer=issuer, unit=unit, scope_unit=scope.scope_unit)
        found = build_reminders(store.connection, flt, today, warn, office=office)
    total = sum(len(n.tasks) for n in found.notices)
    st.caption(f"截至 {today.isoformat()}（北京时间）：{len(found.notices)} 个单位、{total} 项任务"
               f"逾期或将在 {warn} 日内到期。")
    name = f"催办通知-{today.isoformat()}"
    d1, d2, d3 = st.columns(3)
    # The files are built when a button is clicked (a callable), not on every run of the page.
    d1.download_button("下载 Word（每单位一页）", lambda: render_reminders_docx(found), f"{name}.docx", DOCX,
                       disabled=not found.notices, on_click="ignore")
    d2.download_button("下载 Excel", lambda: render_reminders_xlsx(found), f"{name}.xlsx", XLSX,
                       disabled=not found.notices, on_click="ignore")
    d3.download_button("下载 Markdown", lambda: render_reminders_markdown(found).encode("utf-8"), f"{name}.md",
                       "text/markdown", disabled=not found.notices, on_click="ignore")
    if not found.notices:
        st.success("目前没有逾期或临期的督办任务。")
    if len(found.notices) > SHOWN_UNITS:
        rest = len(found.notices) - SHOWN_UNITS
        st.caption(f"页面列出逾期最多的 {SHOWN_UNITS} 个单位，其余 {rest} 个单位见下载文件，或在上方选择单位。")
    for notice in found.notices[:SHOWN_UNITS]:
        with st.container(border=True, key=f"notice-{notice.unit}"):
            st.markdown(f"#### {md(notice.unit)}")
            link = ledger_link(LedgerFilter(unit=notice.unit, issuer=issuer, view="remind"))
            st.markdown(f"逾期 **{notice.overdue}** 项，临期 **{notice.due_soon}** 项 · [在督办台账中查看]({link})")
            rows = [{k: row[k] for k in SHOWN} for row in ledger_rows(notice.tasks)]
            st.dataframe(styled(rows), hide_index=True, width="stretch", column_config={
                "任务内容": st.column_config.TextColumn(width="large"),
                "编号": st.column_config.NumberColumn(format="%d", width="small"),
            })
    if found.truncated:
        st.warning("任务过多，仅列出前 5000 项。请按发文机关或单位筛选。")


st.title("催办")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
