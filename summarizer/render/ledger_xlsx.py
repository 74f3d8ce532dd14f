"""The task ledger (督办台账) as XLSX, and as CSV. Text that a spreadsheet would read as a
formula is escaped (see `render.safe`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from summarizer.render.digest_text import SOURCE_LABELS, status_label
from summarizer.render.safe import cell_value
from summarizer.store.ledger import Task

LEDGER_HEADERS = [
    "编号", "会议日期", "会议", "议题序号", "议题", "类别", "责任单位", "原文单位",
    "任务内容", "时限", "截止日期", "状态", "重复自",
]
_WIDTHS = [7, 12, 18, 8, 30, 10, 18, 18, 60, 14, 12, 8, 8]
_WRAPPED_COLUMNS = (5, 9)  # 议题, 任务内容


def ledger_row(task: Task) -> list[object]:
    return [
        task.id,
        task.meeting_date.isoformat() if task.meeting_date else "",
        task.doc_id,
        task.item_number,
        task.item_title,
        SOURCE_LABELS[task.source],
        task.unit,
        task.unit_verbatim,
        task.text,
        task.deadline_text or "",
        # The due date the office holds the unit to: the resolved deadline, or a reviewer's correction.
        due.isoformat() if (due := task.due_date or task.deadline_date) else "",
        status_label(task.status),
        task.repeat_of or "",
    ]


def render_ledger_xlsx(sheets: Sequence[tuple[str, Sequence[Task]]]) -> bytes:
    """One worksheet per (title, tasks) pair."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, tasks in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(LEDGER_HEADERS)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for task in tasks:
            sheet.append([cell_value(value) for value in ledger_row(task)])
        for index, width in enumerate(_WIDTHS, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
        wrap = Alignment(wrap_text=True, vertical="top")
        for column in _WRAPPED_COLUMNS:  # only the long-text columns: styling every cell is slow
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = wrap
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def render_ledger_csv(tasks: Sequence[Task]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LEDGER_HEADERS)
    for task in tasks:
        writer.writerow([cell_value(value) for value in ledger_row(task)])
    return buffer.getvalue()
