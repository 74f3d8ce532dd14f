"""审核确认: a meeting's proposed tasks beside its source; correct, split, merge, add, delete, confirm.

Only confirmed meetings' tasks count in the ledger, the digests and the statistics. Every change
is kept (who, when, the extracted value and the corrected one) and listed under 更正记录.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import streamlit as st

from summarizer import Item, Settings, Store, StoredDocument, Task, pending_unit, review, shown
from ui import session
from ui.access import signed_in_user
from ui.present import item_label, md
from ui.present_review import (
    KIND_LABELS,
    REVIEW_LABELS,
    correction_rows,
    editor_changes,
    item_source_html,
    meeting_choice_label,
    review_order,
    rows_html,
    task_editor_rows,
    unit_cell,
)

DOC_KEY = "review_doc"
MESSAGE_KEY = "review_message"
EDITOR_COLUMNS = {
    "编号": st.column_config.NumberColumn(width="small", format="%d", disabled=True),
    "责任单位": st.column_config.TextColumn(width="medium", required=True),
    "时限": st.column_config.TextColumn(width="small", help="时限原文，如“10月10日前”“尽快”"),
    # Text, not a date column: an empty date would read `None`; the review module checks the format.
    "到期日": st.column_config.TextColumn(width="small", help="YYYY-MM-DD，空白表示无"),
    "任务内容": st.column_config.TextColumn(width="large", required=True),
    "协办单位": st.column_config.TextColumn(width="medium", help="多个单位用顿号分隔"),
    "泛指": st.column_config.CheckboxColumn(width="small", disabled=True, help="各地各部门等泛指对象"),
}


def reviewer() -> str:
    user = signed_in_user()  # signed in: the audit trail names the account, not a typed name
    if user is not None:
        st.caption(f"审核人：{md(user)}")
        return user
    return str(st.text_input("审核人", key="reviewer", placeholder="填写姓名，记入更正记录"))


def act(action: Callable[[], Any], message: str) -> None:
    """Run one review operation; on success show `message` after the rerun, else a Chinese error."""
    try:
        action()
    except Exception as exc:
        session.show_error(exc)
        return
    st.session_state[MESSAGE_KEY] = message
    st.rerun()


def heading(text: str) -> None:
    st.html(f'<h4 style="margin:0.2rem 0">{html.escape(text)}</h4>')


def meeting_form(store: Store, document: StoredDocument, who: str) -> None:
    meeting, key = document.minutes.meeting, document.sha256[:12]
    current = {
        "date": meeting.date.isoformat() if meeting.date else "",
        "issuer": document.minutes.issuer or "",
        "session": str(meeting.session) if meeting.session is not None else "",
        "chair": meeting.chair or "",
    }
    with st.form(f"meeting-{key}"):
        st.markdown("**会议信息**")
        columns = st.columns(4)
        typed = {
            field: column.text_input(label, value=current[field], key=f"meeting-{field}-{key}",
                                     help="日期写作 2024-09-24" if field == "date" else None)
            for column, (field, label) in zip(columns, review.MEETING_FIELDS.items(), strict=True)
        }
        submitted = st.form_submit_button("保存会议信息")
    if submitted:
        changed = {f: v for f, v in typed.items() if v.strip() != current[f]}

        def apply() -> None:
            for field, value in changed.items():
                review.correct_meeting(store, document.sha256, field, value, who)

        act(apply, f"已更正会议信息（{len(changed)} 项）。")


def item_form(store: Store, document: StoredDocument, item: Item, who: str) -> None:
    key = f"{document.sha256[:12]}-{item.number}"
    current = {
        "title": item.title, "kind": item.kind, "decision": item.decision or "",
        "lead_units": "、".join(item.lead_units), "issuance": "；".join(item.issuance),
    }
    with st.expander("议题信息"), st.form(f"item-{key}"):
        typed = {
            "title": st.text_input("议题", value=current["title"], key=f"title-{key}"),
            "kind": st.selectbox("类型", list(KIND_LABELS), index=list(KIND_LABELS).index(item.kind),
                                 format_func=KIND_LABELS.__getitem__, key=f"kind-{key}"),
            "decision": st.text_input("决定", value=current["decision"], key=f"decision-{key}"),
            "lead_units": st.text_input("牵头单位（顿号分隔）", value=current["lead_units"], key=f"lead-{key}"),
            "issuance": st.text_input("印发/报送（分号分隔）", value=current["issuance"], key=f"issuance-{key}"),
        }
        submitted = st.form_submit_button("保存议题信息")
    if submitted:
        changed = {f: v for f, v in typed.items() if str(v).strip() != current[f]}

        def apply() -> None:
            for field, value in changed.items():
                review.correct_item(store, document.sha256, item.number, field, str(value), who)

        act(apply, f"已更正议题{item.number}（{len(changed)} 项）。")


def task_table(store: Store, key: str, tasks: list[Task], who: str) -> None:
    rows = task_editor_rows(tasks)
    edited = st.data_editor(rows, key=f"editor-{key}", hide_index=True, width="stretch",
                            column_config=EDITOR_COLUMNS, num_rows="fixed")
    changes = editor_changes(rows, edited)
    if st.button("保存表格中的修改", key=f"save-{key}", disabled=not changes):

        def apply() -> None:
            for task_id, field, value in changes:
                review.correct_task(store, task_id, field, value, who)

        act(apply, f"已保存 {len(changes)} 处修改。")


def task_form(store: Store, key: str, tasks: list[Task], who: str) -> None:
    """One task at a time: the same fields as the table, as plain inputs."""
    by_id = {t.id: t for t in tasks}
    task_id = st.selectbox("修改任务", list(by_id), key=f"pick-{key}",
                           format_func=lambda i: f"#{i} {unit_cell(by_id[i])}")
    if task_id is None:
        return
    task = by_id[task_id]
    current = {
        "unit": task.unit, "co_units": "、".join(task.co_units), "text": task.text,
        "deadline_text": task.deadline_text or "", "due_date": task.due_date.isoformat() if task.due_date else "",
    }
    with st.form(f"task-{key}-{task_id}"):
        left, right = st.columns(2)
        typed = {
            "unit": left.text_input("责任单位", value=current["unit"], key=f"unit-{key}-{task_id}"),
            "co_units": right.text_input("协办单位（顿号分隔）", value=current["co_units"], key=f"co-{key}-{task_id}"),
            "text": st.text_area("任务内容", value=current["text"], key=f"text-{key}-{task_id}", height=90),
            "deadline_text": left.text_input("时限（原文）", value=current["deadline_text"], key=f"dl-{key}-{task_id}"),
            "due_date": right.text_input("到期日（YYYY-MM-DD）", value=current["due_date"], key=f"due-{key}-{task_id}"),
        }
        submitted = st.form_submit_button("保存任务")
    if submitted:
        changed = {f: v for f, v in typed.items() if v.strip() != current[f]}

        def apply() -> None:
            for field, value in changed.items():
                review.correct_task(store, task_id, field, value, who)

        act(apply, f"任务 #{task_id} 已更正（{len(changed)} 项）。")


def task_operations(store: Store, document: StoredDocument, item: Item, tasks: list[Task], who: str) -> None:
    key = f"{document.sha256[:12]}-{item.number}"
    by_id = {t.id: t for t in tasks}
    label: Callable[[int], str] = lambda i: f"#{i} {unit_cell(by_id[i])}"  # noqa: E731
    with st.expander("拆分、合并、删除、新增任务"):
        split, merge, delete = st.columns(3)
        with split.form(f"split-{key}"):
            split_id = st.selectbox("拆分任务", list(by_id), format_func=label, key=f"split-id-{key}")
            units = st.text_input("拆分为以下单位（顿号分隔）", key=f"split-units-{key}")
            if st.form_submit_button("拆分") and split_id is not None:
                act(lambda: review.split_task(store, split_id, units, who), f"任务 #{split_id} 已拆分。")
        with merge.form(f"merge-{key}"):
            merge_ids = st.multiselect("合并任务（第一项保留）", list(by_id), format_func=label, key=f"merge-ids-{key}")
            if st.form_submit_button("合并"):
                act(lambda: review.merge_tasks(store, merge_ids, who), "任务已合并。")
        with delete.form(f"delete-{key}"):
            delete_id = st.selectbox("删除任务", list(by_id), format_func=label, key=f"delete-id-{key}")
            if st.form_submit_button("删除") and delete_id is not None:
                act(lambda: review.delete_task(store, delete_id, who), f"任务 #{delete_id} 已删除。")
        with st.form(f"add-{key}", clear_on_submit=True):
            left, middle, right = st.columns(3)
            unit = left.text_input("责任单位", key=f"add-unit-{key}")
            deadline = middle.text_input("时限（原文）", key=f"add-deadline-{key}")
            due = right.text_input("到期日（YYYY-MM-DD）", key=f"add-due-{key}")
            text = st.text_input("任务内容", key=f"add-text-{key}")
            if st.form_submit_button("新增任务"):
                act(lambda: review.add_task(store, document.sha256, item.number, unit, text, who,
                                            deadline_text=deadline, due_date=due), "已新增任务。")


def item_section(store: Store, document: StoredDocument, item: Item, tasks: list[Task], who: str) -> None:
    key = f"{document.sha256[:12]}-{item.number}"
    with st.container(border=True, key=f"review-item-{item.number}"):
        heading(item_label(item))
        record, source = st.columns([3, 2])
        with record:
            item_form(store, document, item, who)
            if tasks:
                pending = [t for t in tasks if t.unit == pending_unit()]
                if pending:
                    st.warning(f"{len(pending)} 项任务未指明责任单位（待明确），请补充。")
                task_table(store, key, tasks, who)
                with st.container(border=True):
                    task_form(store, key, tasks, who)
            else:
                st.caption("该议题没有督办任务。")
            task_operations(store, document, item, tasks, who)
        with source:
            st.caption("原文（任务所在句子已标出）")
            st.html(item_source_html(document.source_text, item, tasks))


def footer(store: Store, document: StoredDocument, state: str, who: str) -> None:
    confirm, delete = st.columns([3, 2])
    with confirm:
        if state == "pending":
            if st.button("确认无误，列入督办台账", type="primary", key="confirm-meeting"):
                act(lambda: review.confirm(store, document.sha256, who), "已确认，任务已列入督办台账。")
        else:
            st.success("该会议已确认，任务已列入督办台账；更正仍会记入更正记录。")
    with delete:
        sure = st.checkbox("我确认要删除该会议（更正记录保留）", key="delete-sure")
        if st.button("删除会议", disabled=not sure, key="delete-meeting"):
            act(lambda: review.delete_meeting(store, document.sha256, who), "会议已删除。")


def render(current: Settings) -> None:
    with session.open_store(current) as store:
        rows = review_order(store.meetings())
        if not rows:
            st.info("会议库为空。请先在“会议纪要”页上传文件。")
            return
        by_sha = {row.sha256: row for row in rows}
        shown_now = session.current_extraction()
        if st.session_state.get(DOC_KEY) not in by_sha:
            wanted = shown_now.source.sha256 if shown_now is not None else None
            st.session_state[DOC_KEY] = wanted if wanted in by_sha else rows[0].sha256
        sha = st.selectbox("会议", list(by_sha), key=DOC_KEY, format_func=lambda s: meeting_choice_label(by_sha[s]))
        if message := st.session_state.pop(MESSAGE_KEY, None):
            st.success(message)
        document = store.get(sha)
        state, by, at = review.review_state(store, sha)
        st.caption(f"状态：{REVIEW_LABELS.get(state, state)}" + (f"（{md(by)}，{shown(at)}）" if by else "")
                   + f" · 来源文件：{document.minutes.source_file}")
        who = reviewer()
        meeting_form(store, document, who)
        tasks = review.tasks_of(store, sha)
        for item in document.minutes.items:
            item_section(store, document, item, [t for t in tasks if t.item_number == item.number], who)
        footer(store, document, state, who)
        with st.expander("更正记录"):
            trail = correction_rows(review.corrections(store, sha))
            if trail:
                st.html(rows_html(trail, "audit-trail"))
            else:
                st.caption("暂无更正。")


st.title("审核确认")
try:
    render(session.settings())
except Exception as exc:
    session.show_error(exc)
