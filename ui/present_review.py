"""Pure helpers for review (审核确认) and the tasks on the item cards (no streamlit; testable alone).

Document text reaches the page only escaped (HTML) or as table cells, never as Markdown.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from summarizer import Item, MeetingRow, Span, Task, shown
from ui.present import format_date, highlight_html, item_extent
from ui.present_ledger import due_label

REVIEW_LABELS = {"pending": "待审核", "confirmed": "已确认"}
KIND_LABELS = {"review": "审议", "hearing": "听取汇报", "study": "学习研究", "other": "其他"}
FIELD_LABELS = {
    "meeting.date": "会议日期", "meeting.issuer": "发文机关", "meeting.session": "会议次数", "meeting.chair": "主持人",
    "meeting.review": "审核确认", "meeting.delete": "删除会议",
    "item.title": "议题", "item.kind": "类型", "item.decision": "决定", "item.lead_units": "牵头单位",
    "item.issuance": "印发/报送",
    "task.unit": "责任单位", "task.co_units": "协办单位", "task.text": "任务内容", "task.deadline_text": "时限（原文）",
    "task.due_date": "到期日", "task.split": "拆分任务", "task.merge": "合并任务", "task.delete": "删除任务",
    "task.add": "新增任务",
}
CONTEXT_CHARS = 60


def meeting_choice_label(row: MeetingRow) -> str:
    number = f"第{row.number}号" if row.number is not None else row.doc_id
    return (
        f"【{REVIEW_LABELS.get(row.review, row.review)}】{format_date(row.meeting_date)} "
        f"{row.issuer or ''}{number}（{row.item_count} 项议题）"
    )


def review_order(rows: Sequence[MeetingRow]) -> list[MeetingRow]:
    """Meetings waiting for review first, newest first within each group."""
    newest = sorted(rows, key=lambda r: (r.meeting_date or dt.date.min, r.id), reverse=True)
    return sorted(newest, key=lambda r: r.review != "pending")


def unit_cell(task: Task) -> str:
    return task.unit + (f"（协办：{'、'.join(task.co_units)}）" if task.co_units else "")


def task_editor_rows(tasks: Sequence[Task]) -> list[dict[str, Any]]:
    """Rows of the review table: what a reviewer may change, plus the id and group mark."""
    return [
        {
            "编号": task.id,
            "责任单位": task.unit,
            "时限": task.deadline_text or "",
            "到期日": task.due_date.isoformat() if task.due_date else "",
            "任务内容": task.text,
            "协办单位": "、".join(task.co_units),
            "泛指": task.is_group,
        }
        for task in tasks
    ]


EDITOR_FIELDS = {"责任单位": "unit", "协办单位": "co_units", "任务内容": "text", "时限": "deadline_text",
                 "到期日": "due_date"}


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN from an emptied cell
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "date") and callable(value.date):  # a pandas Timestamp
        return str(value.date().isoformat())
    return str(value).strip()


def editor_changes(before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """(task id, field, new value as text) for every cell the reviewer changed in the table."""
    changes = []
    for old, new in zip(before, after, strict=False):
        for column, field in EDITOR_FIELDS.items():
            if _cell(old.get(column)) != _cell(new.get(column)):
                changes.append((int(old["编号"]), field, _cell(new.get(column))))
    return changes


def tasks_html(tasks: Sequence[Task], pending: bool) -> str:
    """The tasks of one item card: unit, clause, 时限 as written and the due date; all escaped."""
    if not tasks:
        return '<div class="item-tasks" style="color:#666">该议题没有督办任务。</div>'
    rows = []
    nowrap = '<td style="white-space:nowrap">'
    for task in tasks:
        group = "（泛指）" if task.is_group else ""
        rows.append(
            "<tr>"
            f"<td>{html.escape(unit_cell(task))}{group}</td>"
            f"<td>{html.escape(task.text)}</td>"
            f"{nowrap}{html.escape(task.deadline_text or '—')}</td>"
            f"{nowrap}{html.escape(due_label(task.due_date, task.deadline_text) or '—')}</td>"
            "</tr>"
        )
    note = '<div style="color:#b45309;font-size:0.85rem">待审核：确认后列入督办台账。</div>' if pending else ""
    return (
        '<div style="overflow-x:auto">'
        '<table class="item-tasks" style="width:100%;border-collapse:collapse;font-size:0.9rem">'
        '<thead><tr style="text-align:left;border-bottom:1px solid #ddd">'
        "<th>责任单位</th><th>任务</th><th>时限</th><th>到期日</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>{note}"
    )


def item_source_html(text: str, item: Item, tasks: Sequence[Task], height_px: int = 360) -> str:
    """The item's stretch of the source with its tasks' clauses highlighted (escaped, never Markdown)."""
    spans = [t.span for t in tasks if t.span is not None]
    extent = item_extent(item)
    bounds = [s for s in [*spans, extent] if s is not None]
    if not bounds:
        return highlight_html("", [], height_px=height_px)
    start = max(0, min(s.start for s in bounds) - CONTEXT_CHARS)
    end = min(len(text), max(s.end for s in bounds) + CONTEXT_CHARS)
    shifted = [Span(start=s.start - start, end=s.end - start) for s in spans]
    return highlight_html(text[start:end], shifted, height_px=height_px)


def correction_rows(corrections: Sequence[Any]) -> list[dict[str, str]]:
    """The audit trail as table rows: when (China time), who, where, what, from, to."""
    rows = []
    for c in corrections:
        where = "会议" if c.item_number is None else f"议题{c.item_number}"
        if c.task_id is not None:
            where += f" · 任务#{c.task_id}"
        rows.append({
            "时间": shown(c.at), "审核人": c.who, "位置": where, "字段": FIELD_LABELS.get(c.field, c.field),
            "原值": _value(c.extracted), "更正为": _value(c.corrected),
        })
    return rows


def rows_html(rows: Sequence[dict[str, str]], css_class: str) -> str:
    """A plain table of text rows, every cell escaped (the audit trail holds document text)."""
    if not rows:
        return ""
    head = "".join(f"<th>{html.escape(name)}</th>" for name in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(value)}</td>" for value in row.values()) + "</tr>" for row in rows
    )
    return (
        f'<table class="{css_class}" style="width:100%;border-collapse:collapse;font-size:0.85rem">'
        f'<thead><tr style="text-align:left;border-bottom:1px solid #ddd">{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "、".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{_value(v)}" for k, v in value.items())
    return {"pending": "待审核", "confirmed": "已确认"}.get(str(value), str(value))
