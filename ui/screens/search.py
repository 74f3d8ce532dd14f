"""检索: search agenda items and directives across the stored meetings."""

from __future__ import annotations

import streamlit as st

from summarizer import SearchHit, Settings
from ui import session
from ui.present import chinese_number, format_date, md
from ui.present_ledger import highlight_query

KIND_LABELS = {"item": "议题", "directive": "工作要求"}


def open_hit(sha256: str, item_number: int, current: Settings) -> None:
    if session.load_stored(sha256, current) is not None:
        st.session_state[session.FOCUS_ITEM_KEY] = item_number


def render_hit(index: int, hit: SearchHit, query: str, current: Settings) -> None:
    with st.container(border=True, key=f"search-hit-{index}"):
        st.markdown(
            f":gray-badge[{KIND_LABELS[hit.kind]}] **{format_date(hit.meeting_date)}** · {md(hit.doc_id)} · "
            f"{chinese_number(hit.item_number)}、{highlight_query(hit.item_title, query)}"
        )
        st.markdown(highlight_query(hit.text, query))
        if st.button(
            "查看原文", key=f"open-hit-{index}", on_click=open_hit, args=(hit.sha256, hit.item_number, current)
        ):
            st.switch_page("screens/source.py")


def render(current: Settings) -> None:
    query = st.text_input("关键词", placeholder="如：消防、市发改委、营商环境").strip()
    if not query:
        st.caption("在所有已存会议的议题和工作要求中检索。")
        return
    with session.open_store(current) as store:
        hits = store.search(query)
    st.caption(f"找到 {len(hits)} 条结果" + ("（仅显示前 50 条）" if len(hits) >= 50 else ""))
    for index, hit in enumerate(hits):
        render_hit(index, hit, query, current)


st.title("检索")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
