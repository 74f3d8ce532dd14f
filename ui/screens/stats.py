"""统计: per unit or per issuer, 交办 / 办结 / 按期办结率 / 逾期 / 未办结按时长, a chart and a table.

Every count is a link to the ledger listing exactly the tasks it counts (same SQL predicate).
"""

from __future__ import annotations

import streamlit as st

from summarizer import GROUP_LABELS, GroupBy, LedgerFilter, Settings, task_stats, today_in_china
from ui import access, session
from ui.present_supervision import STAT_HEADERS, stat_rows

COUNT_LINK = r"n=(\d+)$"
CHART_TOP = 15


def render(current: Settings) -> None:
    actor = access.current_actor(current)
    today, warn = today_in_china(), current.warn_days
    base = LedgerFilter(scope_unit=actor.unit if actor.role == "unit" else None)
    with session.open_store(current) as store:
        left, right = st.columns(2)
        by: GroupBy = left.radio("统计口径", ["unit", "issuer"], format_func=GROUP_LABELS.__getitem__,
                                 horizontal=True)
        issuers = session.filter_options(current, "issuer", scope_unit=base.scope_unit)
        if by == "unit" and issuers:
            issuer = right.selectbox("发文机关", ["", *issuers], format_func=lambda v: v or "全部")
            if issuer:
                base = LedgerFilter(issuer=issuer, scope_unit=base.scope_unit)
        rows = task_stats(store.connection, by, base, today, warn)
    wanted = st.text_input("名称包含", placeholder="输入单位或发文机关名称的一部分后按回车")
    if wanted:
        rows = [r for r in rows if wanted in r.key]
    if not rows:
        st.info("暂无统计数据：已确认的会议纪要中的任务会计入统计。")
        return
    st.caption(f"统计日期：{today.isoformat()}（北京时间）· 临期指 {warn} 日内到期 · 未办结时长自会议日期起算 · "
               "按期办结指在完成时限（含批准的延期）内办结 · 点击数字查看对应任务清单")
    chart = {
        GROUP_LABELS[by]: [r.key for r in rows[:CHART_TOP]],
        "已办结": [r.counts["done"] for r in rows[:CHART_TOP]],
        "逾期": [r.counts["overdue"] for r in rows[:CHART_TOP]],
        "其他未办结": [r.counts["assigned"] - r.counts["done"] - r.counts["overdue"] for r in rows[:CHART_TOP]],
    }
    st.bar_chart(chart, x=GROUP_LABELS[by], y=["已办结", "逾期", "其他未办结"], horizontal=True,
                 color=["#2e7d32", "#c62828", "#9e9e9e"], x_label="", y_label="任务数", sort=False)
    config: dict[str, object] = {
        header: st.column_config.LinkColumn(header, display_text=COUNT_LINK, width="small")
        for header in STAT_HEADERS.values()
    }
    config["名称"] = st.column_config.TextColumn(GROUP_LABELS[by], width="medium")
    config["按期办结率"] = st.column_config.TextColumn("按期办结率", width="small")
    st.dataframe(stat_rows(rows, by, base), hide_index=True, width="stretch", column_config=config,
                 key="stats-table")


st.title("统计")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
