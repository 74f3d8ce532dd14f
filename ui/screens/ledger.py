"""督办台账: filtered, paged in SQL, overdue first; select a row for its full text, history and next steps.

Filters live in the URL (`/ledger?unit=市发改委&view=overdue`, `?doc=…&item=3`, `?task=42`), so a
link opens the same list, and a save (which reruns the page) keeps them; the task shown stays
open even when the save moves it out of the filtered list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import streamlit as st

from summarizer import (
    LEDGER_PAGE_SIZE,
    NO_ISSUER,
    STATE_LABELS,
    VIEW_LABELS,
    Actor,
    LedgerFilter,
    LedgerRow,
    Settings,
    Store,
    actor_text,
    available,
    count_tasks,
    event_text,
    export_tasks,
    may_see,
    page_tasks,
    render_ledger_xlsx,
    review,
    shown,
    state_label,
    take_action,
    today_in_china,
)
from ui import access, session
from ui.present import md
from ui.present_supervision import filter_from_params, ledger_rows, light_badge, params_of, styled

ALL = ""
MESSAGE_KEY = "ledger_message"
TABLE_NONCE = "ledger_table_nonce"
COLUMNS = {
    "预警": st.column_config.TextColumn(width="small"),
    "完成时限": st.column_config.TextColumn(width="small"),
    "剩余": st.column_config.TextColumn(width="small"),
    "责任单位": st.column_config.TextColumn(width="medium"),
    "任务内容": st.column_config.TextColumn(width="large"),
    "状态": st.column_config.TextColumn(width="small"),
    "发文机关": st.column_config.TextColumn(width="medium"),
    "会议": st.column_config.TextColumn(width="medium"),
    "议题": st.column_config.TextColumn(width="medium"),
    "编号": st.column_config.NumberColumn(width="small", format="%d"),
}
EXPORT_LIMIT = 20_000
LEDGER_VIEWS = ("open", "overdue", "due_soon", "pending_closure", "pending_extension", "done")


def _pick(label: str, options: list[str], current: str | None, fmt: dict[str, str] | None = None,
          disabled: bool = False, column: Any = st) -> str | None:
    values = [ALL, *options]
    if current and current not in values:
        values.append(current)
    chosen = column.selectbox(
        label, values, index=values.index(current or ALL), disabled=disabled,
        format_func=lambda v: "全部" if v == ALL else (fmt or {}).get(v, v), placeholder="请选择",
    )
    return str(chosen) or None


def filters(store: Store, actor: Actor, today: dt.date, warn: int) -> LedgerFilter:
    """The filter widgets, initialised from the URL; the URL is updated to match them."""
    url = filter_from_params(st.query_params.to_dict())
    scope = LedgerFilter(scope_unit=actor.unit if actor.role == "unit" else None)
    current = session.settings()
    issuers = session.filter_options(current, "issuer", scope_unit=scope.scope_unit)
    units = session.filter_options(current, "unit", scope_unit=scope.scope_unit, issuer=url.issuer)
    c1, c2, c3, c4 = st.columns(4)
    issuer = _pick("发文机关", issuers, url.issuer, column=c1)
    unit = _pick("责任单位", units, actor.unit if actor.role == "unit" else url.unit,
                 disabled=actor.role == "unit", column=c2)
    status = _pick("状态", list(STATE_LABELS), url.status, STATE_LABELS, column=c3)
    view = _pick("预警与待办", list(LEDGER_VIEWS), url.view, VIEW_LABELS, column=c4)
    text = st.text_input("任务内容包含", value=url.text or "", placeholder="输入关键词后按回车") or None
    chosen = LedgerFilter(issuer=issuer, unit=None if actor.role == "unit" else unit, status=status, view=view,
                          doc_id=url.doc_id, item=url.item, text=text, scope_unit=scope.scope_unit)
    if chosen.doc_id is not None:
        where = f"会议 {md(chosen.doc_id)}" + (f" · 议题 {chosen.item}" if chosen.item is not None else "")
        left, right = st.columns([4, 1])
        left.info(f"仅显示{where}的任务。")
        if right.button("显示全部会议", key="clear-meeting"):
            chosen = replace(chosen, doc_id=None, item=None)
    sync_url(chosen)
    return chosen


def sync_url(flt: LedgerFilter, task_id: int | None = None) -> None:
    wanted = params_of(flt)
    task = task_id if task_id is not None else st.query_params.get("task")
    if task:
        wanted["task"] = str(task)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def selected_task(rows: list[LedgerRow]) -> int | None:
    """The task picked in the table, else the one named in the URL."""
    key = f"ledger-table-{st.session_state.get(TABLE_NONCE, 0)}"
    state = st.session_state.get(key)
    picked = list(state.selection.rows) if state is not None else []
    if picked and picked[0] < len(rows):
        return rows[picked[0]].id
    task = st.query_params.get("task")
    return int(task) if task and task.isdigit() else None


def table(store: Store, flt: LedgerFilter, today: dt.date, warn: int) -> list[LedgerRow]:
    total = count_tasks(store.connection, flt, today, warn)
    pages = max(1, -(-total // LEDGER_PAGE_SIZE))
    left, right = st.columns([3, 1])
    number = int(right.number_input("页码", min_value=1, max_value=pages, value=1, step=1))
    left.caption(f"共 {total} 项任务 · 第 {number}/{pages} 页 · 逾期在前，按完成时限排序")
    rows = page_tasks(store.connection, flt, today, warn, offset=(number - 1) * LEDGER_PAGE_SIZE)
    if not rows:
        waiting = len(review.pending_meetings(store))
        hint = f"另有 {waiting} 份会议纪要待审核确认，确认后其任务列入台账。" if waiting else ""
        st.info("没有符合条件的任务。已审核确认的会议纪要中的工作要求和牵头事项会列入台账。" + hint)
        return rows
    st.dataframe(
        styled(ledger_rows(rows)), hide_index=True, width="stretch", column_config=COLUMNS, on_select="rerun",
        selection_mode="single-row", key=f"ledger-table-{st.session_state.get(TABLE_NONCE, 0)}",
        row_height=56,
    )
    st.caption("点击行首的选择框查看任务全文、办理记录和可办理的操作。")
    database = session.settings().database

    def workbook() -> bytes:  # built on click, in its own connection (the page's is closed by then)
        with Store.open(database) as own:
            return render_ledger_xlsx([("督办台账", export_tasks(own.db, flt, today, warn))])

    st.download_button(
        f"下载台账（Excel，{min(total, EXPORT_LIMIT)} 项）", workbook, f"督办台账-{today.isoformat()}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
    )
    return rows


def detail(store: Store, task_id: int, actor: Actor, today: dt.date, warn: int) -> None:
    task = store.task(task_id)
    if not may_see(actor, task.unit, task.unit_verbatim):
        st.warning("该任务不属于本单位，无权查看。")
        return
    with st.container(border=True, key="task-detail"):
        st.markdown(f"#### 任务 #{task.id} · {md(task.unit)} · {state_label(task.status)}")
        if badge := light_badge(task.due_date, task.status, today, warn):
            st.markdown(badge)
        st.markdown(md(task.text))  # document text, never read as Markdown
        due = task.due_date.isoformat() if task.due_date else "无时限"
        extra = f"；延期申请待审批：{task.pending_due}" if task.pending_due else ""
        st.caption(f"完成时限：{due}（原文：{md(task.deadline_text or '未写明')}）{extra}")
        st.caption(f"来源：{md(task.issuer or NO_ISSUER)} · {md(task.doc_id)} · {task.meeting_date or '日期不详'} · "
                   f"议题{task.item_number}《{md(task.item_title)}》")
        st.markdown(f"[该会议的全部任务](ledger?doc={quote(task.doc_id)}) · "
                    f"[该议题的全部任务](ledger?doc={quote(task.doc_id)}&item={task.item_number})")
        st.markdown("**办理记录**（北京时间）")
        if not task.history:
            st.caption("暂无办理记录。")
        for change in task.history:
            note = f"：{md(change.note)}" if change.note else ""
            st.markdown(f"- {shown(change.at)} {md(actor_text(change))} {event_text(change)}{note}")
        actions_form(store, task.id, task.status, task.pending_due is not None, task.unit, actor, today)


def actions_form(store: Store, task_id: int, state: str, pending: bool, unit: str, actor: Actor,
                 today: dt.date) -> None:
    choices = available(state, actor, pending, unit)
    if actor.role == "leader":
        st.caption("领导账号为只读。")
        return
    if not choices:
        st.caption("该任务当前没有可办理的操作。")
        return
    by_name = {a.name: a for a in choices}
    with st.form(f"task-action-{task_id}", clear_on_submit=True, enter_to_submit=False):
        name = st.radio("操作", list(by_name), format_func=lambda n: by_name[n].label, horizontal=True)
        note = st.text_area("说明或理由", placeholder="进展情况、办结说明、退回或延期理由")
        on = st.date_input("进展日期（进展反馈）", value=today, format="YYYY-MM-DD")
        new_due = st.date_input("申请延期至（申请延期）", value=None, format="YYYY-MM-DD")
        submitted = st.form_submit_button("提交", type="primary")
    if submitted and name is not None:
        try:
            take_action(store, task_id, name, actor, note=note, new_due=new_due, on=on, today=today)
        except Exception as exc:
            session.show_error(exc)
            return
        st.session_state[MESSAGE_KEY] = f"任务 #{task_id}：已{by_name[name].label}。"
        st.session_state[TABLE_NONCE] = st.session_state.get(TABLE_NONCE, 0) + 1
        st.query_params["task"] = str(task_id)
        st.rerun()


def render(current: Settings) -> None:
    actor = access.current_actor(current)
    today, warn = today_in_china(), current.warn_days
    with session.open_store(current) as store:
        flt = filters(store, actor, today, warn)
        if message := st.session_state.pop(MESSAGE_KEY, None):
            st.success(message)
        if (task_param := st.query_params.get("task")) and task_param.isdigit():
            flt_task = LedgerFilter(task_id=int(task_param), scope_unit=flt.scope_unit)
            if count_tasks(store.connection, flt_task, today, warn) == 0:
                st.query_params.pop("task")
        rows = table(store, flt, today, warn)
        task_id = selected_task(rows)
        if task_id is not None:
            if st.query_params.get("task") != str(task_id):
                st.query_params["task"] = str(task_id)
            detail(store, task_id, actor, today, warn)


st.title("督办台账")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
