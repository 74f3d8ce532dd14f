"""督办台账: tasks filtered by unit, status and meeting dates; change a status with a note."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from summarizer import STATUS_LABELS, TASK_STATUSES, Settings, Store, Task, render_ledger_xlsx
from ui import session
from ui.access import signed_in_user
from ui.present import format_date, md
from ui.present_ledger import task_choice_label, task_row, unit_options

ALL = ""
COLUMNS = {
    "编号": st.column_config.NumberColumn(width="small", format="%d"),
    "议题": st.column_config.TextColumn(width="medium"),
    "状态": st.column_config.TextColumn(width="small"),
    "责任单位": st.column_config.TextColumn(width="medium"),
    "任务内容": st.column_config.TextColumn(width="large"),
}
STATUS_MESSAGE_KEY = "ledger_message"


def filters(all_tasks: list[Task]) -> tuple[str | None, str | None, dt.date | None, dt.date | None]:
    unit_col, status_col, since_col, until_col = st.columns(4)
    unit = unit_col.selectbox("责任单位", [ALL, *unit_options(all_tasks)], format_func=lambda u: u or "全部")
    status = status_col.selectbox("状态", [ALL, *TASK_STATUSES], format_func=lambda s: STATUS_LABELS.get(s, "全部"))
    since = since_col.date_input("会议日期自", value=None, format="YYYY-MM-DD")
    until = until_col.date_input("会议日期至", value=None, format="YYYY-MM-DD")
    return unit or None, status or None, since, until


def change_status(store: Store, tasks: list[Task]) -> None:
    by_id = {task.id: task for task in tasks}
    with st.form("status-form", clear_on_submit=True):
        st.markdown("**更新任务状态**")
        task_id = st.selectbox("任务", list(by_id), format_func=lambda i: task_choice_label(by_id[i]))
        status = st.selectbox("新状态", TASK_STATUSES, format_func=STATUS_LABELS.__getitem__)
        note = st.text_input("办理情况说明")
        user = signed_in_user()  # signed in: the audit trail names the account, not a typed name
        who = st.text_input("填写人") if user is None else user
        if user is not None:
            st.caption(f"填写人：{md(user)}")
        submitted = st.form_submit_button("保存")
    if submitted and task_id is not None:
        updated = store.set_task_status(task_id, status, note=note.strip(), who=who.strip())
        st.session_state[STATUS_MESSAGE_KEY] = f"任务 #{updated.id} 已更新为“{STATUS_LABELS[updated.status]}”。"
        st.rerun()


def show_history(store: Store, tasks: list[Task]) -> None:
    by_id = {task.id: task for task in tasks}
    task_id = st.selectbox("查看办理记录", list(by_id), format_func=lambda i: task_choice_label(by_id[i]))
    if task_id is None:
        return
    task = store.task(task_id)
    st.markdown(f"**{md(task.unit)}**：{md(task.text)}")
    st.caption(f"会议：{md(task.doc_id)} · 议题 {task.item_number}《{md(task.item_title)}》")
    if not task.history:
        st.caption("暂无状态变更记录。")
    for change in task.history:
        old = STATUS_LABELS.get(change.old_status or "", "—")
        st.markdown(
            f"- {change.at[:19].replace('T', ' ')} {md(change.who) or '未署名'}："
            f"{old} → {STATUS_LABELS.get(change.new_status, change.new_status)}"
            + (f"（{md(change.note)}）" if change.note else "")
        )


def render(current: Settings) -> None:
    with session.open_store(current) as store:
        all_tasks = store.tasks()
        if not all_tasks:
            st.info("台账为空。在“会议纪要”页上传会议纪要后，工作要求和牵头事项会自动列入台账。")
            return
        unit, status, since, until = filters(all_tasks)
        tasks = store.tasks(unit=unit, status=status, since=since, until=until)
        st.caption(f"共 {len(tasks)} 项任务（全部 {len(all_tasks)} 项）")
        if message := st.session_state.pop(STATUS_MESSAGE_KEY, None):
            st.success(message)
        st.dataframe([task_row(task) for task in tasks], hide_index=True, width="stretch", column_config=COLUMNS)
        st.download_button(
            "下载台账（Excel）",
            render_ledger_xlsx([("督办台账", tasks)]),
            file_name=f"督办台账-{format_date(dt.date.today())}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            disabled=not tasks,
        )
        if tasks:
            change, history = st.columns(2)
            with change:
                change_status(store, tasks)
            with history:
                show_history(store, tasks)


st.title("督办台账")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
