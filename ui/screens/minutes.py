"""会议纪要: upload a file (or pick a stored meeting), then the header and one card per item."""

from __future__ import annotations

import streamlit as st

from summarizer import (
    Directive,
    Item,
    LedgerFilter,
    Minutes,
    Settings,
    Task,
    page_tasks,
    review,
    today_in_china,
)
from ui import session
from ui.present import (
    ACCEPTED_SUFFIXES,
    Flag,
    document_flags,
    header_facts,
    item_flags,
    item_label,
    md,
    meeting_labels,
    model_usage_line,
)
from ui.present_review import tasks_html
from ui.present_supervision import ledger_link, light_badges

ORIGIN_LABELS = {"upload": "上传文件", "stored": "会议库"}
FLAG_STYLES = {"error": "red", "warning": "orange", "info": "blue"}


def tags(values: list[str], color: str = "blue") -> str:
    """Markdown badges, one per value (square brackets would end the badge, so they go; the rest
    of the value is escaped like all document text)."""
    cleaned = (md(v.replace("[", "〔").replace("]", "〕")) for v in values)
    return " ".join(f":{color}-badge[{v}]" for v in cleaned)


def render_flags(flags: list[Flag]) -> None:
    """Short flags as badges; a long one (a finding that quotes the text) as a coloured line that wraps,
    so a phone shows all of it."""
    short = [f for f in flags if len(f.label) <= _BADGE_MAX_CHARS]
    if short:
        st.markdown(" ".join(tags([f"⚠ {f.label}"], FLAG_STYLES.get(f.level, "gray")) for f in short))
    for flag in flags:
        if len(flag.label) > _BADGE_MAX_CHARS:
            text = md(flag.label.replace("[", "〔").replace("]", "〕"))
            st.markdown(f":{FLAG_STYLES.get(flag.level, 'gray')}[⚠ {text}]")


_BADGE_MAX_CHARS = 24


def render_directive(directive: Directive) -> None:
    line = f"**{md(directive.marker)}** {md(directive.text)}" if directive.marker else md(directive.text)
    st.markdown(line)
    if directive.addressees:
        st.markdown("责任主体：" + tags(directive.addressees, "violet"))


def focus_item(number: int) -> None:
    st.session_state[session.FOCUS_ITEM_KEY] = number


def render_item_card(
    item: Item, minutes: Minutes, tasks: list[Task] | None = None, pending: bool = False,
    lights: dict[int, str] | None = None,
) -> None:
    with st.container(border=True, key=f"item-card-{item.number}"):
        st.markdown(f"#### {md(item_label(item))}")
        render_flags(item_flags(item, minutes))
        if lights and item.number in lights:
            link = ledger_link(LedgerFilter(doc_id=minutes.doc_id, item=item.number))
            st.markdown(f"**督办**　{lights[item.number]} · [在督办台账中查看]({link})")
        st.markdown(f"**议题**　{md(item.title) or '未识别'}")
        st.markdown(f"**决定**　{md(item.decision) or '未识别'}")
        st.markdown("**牵头单位**　" + (tags(item.lead_units) if item.lead_units else "未识别"))
        st.markdown("**印发/报送**　" + (md("；".join(item.issuance)) if item.issuance else "无"))
        if item.summary:
            st.markdown(f"**摘要**　{md(item.summary)}")
        if item.directives:
            with st.expander(f"工作要求（{len(item.directives)} 条）"):
                for directive in item.directives:
                    render_directive(directive)
        if tasks is not None:
            st.markdown("**督办任务**")
            st.html(tasks_html(tasks, pending))
        if st.button("原文对照", key=f"to-source-{item.number}", on_click=focus_item, args=(item.number,)):
            st.switch_page("screens/source.py")


def render_minutes(minutes: Minutes, sha256: str = "") -> None:
    st.subheader(md(f"{minutes.issuer or ''}{minutes.doc_type or '会议纪要'}"))
    columns = st.columns(len(header_facts(minutes)))
    for column, (label, value) in zip(columns, header_facts(minutes), strict=True):
        column.markdown(f"**{label}**  \n{md(value)}")
    render_flags(document_flags(minutes))
    st.caption(f"共 {len(minutes.items)} 项议题 · 来源文件：{md(minutes.source_file)}")
    if minutes.run is not None and minutes.run.backend == "llm":
        st.caption(model_usage_line(minutes.run))
    tasks, pending = stored_tasks(sha256)
    lights = item_lights(minutes.doc_id)
    for item in minutes.items:
        item_tasks = None if tasks is None else [t for t in tasks if t.item_number == item.number]
        render_item_card(item, minutes, item_tasks, pending, lights)


def stored_tasks(sha256: str) -> tuple[list[Task] | None, bool]:
    """The stored meeting's tasks (with their 时限 and due dates) and whether it waits for review."""
    if not sha256:
        return None, False
    try:
        with session.open_store(session.settings()) as store:
            state, _, _ = review.review_state(store, sha256)
            return review.tasks_of(store, sha256), state == "pending"
    except Exception:  # not stored (yet): the cards show what was extracted, without tasks
        return None, False


def item_lights(doc_id: str) -> dict[int, str]:
    """Per item, the ledger's lights of its tasks as badges (only once the meeting is confirmed)."""
    current = session.settings()
    try:
        with session.open_store(current) as store:
            rows = page_tasks(store.connection, LedgerFilter(doc_id=doc_id), today_in_china(),
                                     current.warn_days, limit=2000)
    except Exception as exc:
        session.show_error(exc)
        return {}
    return light_badges(rows)


def choose_stored(current: Settings) -> None:
    try:
        with session.open_store(current) as store:
            rows = list(reversed(store.meetings()))
    except Exception as exc:
        session.show_error(exc)
        return
    if not rows:
        st.info("会议库为空。请先上传文件。")
        return
    # Keyed by sha256: two files of the same name are two meetings, each listed and opened as itself.
    labels = meeting_labels(rows)
    sha = st.selectbox("已存会议", list(labels), format_func=labels.__getitem__)
    shown = session.current_extraction()
    if sha and (shown is None or shown.source.sha256 != sha):
        session.load_stored(sha, current)


def limit_mb(current: Settings) -> str:
    return f"{current.max_input_bytes / 1024 / 1024:g}"


def choose_upload(current: Settings) -> None:
    if session.model_available(current):
        st.toggle(
            f"使用模型抽取（{current.llm.model}）", key=session.USE_MODEL_KEY,
            help="每个议题交给模型抽取，并与原文和规则结果逐项核对；不一致或无法定位之处会标出。",
        )
    # No `type=` filter: streamlit would refuse other files in English; check_upload refuses
    # them (and oversized files) in Chinese. `summarizer ui` caps raw uploads at twice the limit.
    uploaded = st.file_uploader(
        "上传会议纪要（PDF、DOCX、TXT、HTML）",
        help=f"支持 {'、'.join(s.upper() for s in ACCEPTED_SUFFIXES)} 文件，单个文件不超过 {limit_mb(current)} MB。",
    )
    if uploaded is not None and session.extract_upload(uploaded.getvalue(), uploaded.name, current):
        st.caption(st.session_state.get(session.SAVE_NOTE_KEY, ""))


current = session.settings()
st.title("会议纪要")
origin = st.radio("来源", ["upload", "stored"], format_func=ORIGIN_LABELS.__getitem__, horizontal=True)
if origin == "upload":
    choose_upload(current)
else:
    choose_stored(current)
extraction = session.current_extraction()
if extraction is None:
    st.info("请上传一份常务会议纪要文件，或从会议库中选择。")
else:
    render_minutes(extraction.minutes, extraction.source.sha256)
