"""原文对照: the record beside its source text; the chosen item or field is highlighted."""

from __future__ import annotations

import streamlit as st

from summarizer import Item
from ui import session
from ui.present import FIELD_LABELS, excerpt, field_spans, highlight_html, item_label, md

ITEM_KEY = "source_item"
FIELD_KEY = "source_field"

# Runs after every render of the source box (an IIFE: a top-level `const` would clash on rerun).
SCROLL_SCRIPT = (
    "<script>(() => { const mark = document.getElementById('hl-first');"
    " if (mark) { mark.scrollIntoView({block: 'center'}); } })();</script>"
)


def field_values(item: Item, field: str) -> list[str]:
    if field == "item":
        return [item_label(item)]
    if field == "directives":
        return [f"{d.marker}{d.text}" for d in item.directives]
    value = getattr(item, field)
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


st.title("原文对照")
extraction = session.current_extraction()
if extraction is None:
    st.info("尚未选择会议。请先在“会议纪要”页上传文件。")
    st.stop()
minutes, text = extraction.minutes, extraction.source.text
if not minutes.items:
    st.warning("该文件未识别出议题。")
    st.stop()

numbers = [item.number for item in minutes.items]
focus = st.session_state.pop(session.FOCUS_ITEM_KEY, None)
if focus in numbers:
    st.session_state[ITEM_KEY] = focus
elif st.session_state.get(ITEM_KEY) not in numbers:  # left over from another meeting
    st.session_state[ITEM_KEY] = numbers[0]
by_number = {item.number: item for item in minutes.items}

record, source = st.columns([2, 3])
with record:
    number = st.selectbox("议题", numbers, format_func=lambda n: item_label(by_number[n]), key=ITEM_KEY)
    item = by_number[number if number in by_number else numbers[0]]
    field = st.radio("字段", list(FIELD_LABELS), format_func=FIELD_LABELS.__getitem__, horizontal=True, key=FIELD_KEY)
    spans = field_spans(item, field)
    values = field_values(item, field)
    if not values:
        st.info(f"该议题没有“{FIELD_LABELS[field]}”。")
    elif not spans:
        st.warning(f"“{FIELD_LABELS[field]}”未能在原文中定位。")
    for value in values:
        st.markdown(f"- {md(value)}")
    if spans:
        st.caption("原文位置：" + "；".join(f"第 {s.start + 1} 至 {s.end} 字" for s in spans))
        st.caption("原文摘录：" + md(excerpt(text, spans[0])))
with source:
    st.html(highlight_html(text, spans) + SCROLL_SCRIPT, unsafe_allow_javascript=True)
