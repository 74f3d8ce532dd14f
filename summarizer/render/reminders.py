"""催办通知 as Markdown and Excel (one row per task, grouped by unit); Word is in `reminders_docx`."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from summarizer.render.digest_text import chinese_date
from summarizer.render.safe import cell_value
from summarizer.supervision.dues import LIGHT_LABELS, LIGHT_MARKS
from summarizer.supervision.ledger_query import LedgerRow
from summarizer.supervision.reminders import Reminders, UnitNotice, overdue_days

LIGHT_FILLS = {
    "red": PatternFill("solid", fgColor="F4C7C3"),
    "yellow": PatternFill("solid", fgColor="FCE8B2"),
}
HEADERS = ["责任单位", "序号", "任务内容", "会议", "议题", "完成时限", "逾期天数", "预警", "任务编号"]
WIDTHS = [18, 6, 60, 30, 24, 12, 10, 8, 9]


def notice_intro(notice: UnitNotice, reminders: Reminders) -> str:
    overdue = f"，其中 {notice.overdue} 项已逾期" if notice.overdue else ""
    return (
        f"截至{chinese_date(reminders.today)}，贵单位承办的以下 {len(notice.tasks)} 项督办任务已逾期或"
        f"将在 {reminders.warn_days} 日内到期{overdue}。请抓紧办理，并及时向{reminders.office}反馈办理进展；"
        "确需延期的，请说明理由申请延期。"
    )


def due_cell(row: LedgerRow) -> str:
    return row.due_date.isoformat() if row.due_date else "—"


def light_cell(row: LedgerRow) -> str:
    return f"{LIGHT_MARKS[row.light]}{LIGHT_LABELS[row.light]}" if row.light else ""


def render_reminders_markdown(reminders: Reminders) -> str:
    scope = f"（{reminders.issuer}）" if reminders.issuer else ""
    lines = [f"# 催办通知{scope}", "", f"{reminders.office} · {chinese_date(reminders.today)}", ""]
    if not reminders.notices:
        lines.append("目前没有逾期或临期的督办任务。")
    for notice in reminders.notices:
        lines += [f"## {notice.unit}", "", notice_intro(notice, reminders), ""]
        lines += ["| 序号 | 任务内容 | 会议 | 完成时限 | 逾期天数 | 预警 |", "| --- | --- | --- | --- | --- | --- |"]
        for i, row in enumerate(notice.tasks, start=1):
            text = row.text.replace("|", "\\|").replace("\n", " ")
            lines.append(
                f"| {i} | {text}（#{row.id}） | {row.meeting} | {due_cell(row)} | "
                f"{overdue_days(row, reminders.today) or '—'} | {light_cell(row)} |"
            )
        lines.append("")
    if reminders.truncated:
        lines.append("（任务过多，仅列出前 5000 项。）")
    return "\n".join(lines) + "\n"


def _sheet_setup(sheet: Worksheet, rows: int) -> None:
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:I{max(rows, 1) + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def render_reminders_xlsx(reminders: Reminders) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "催办清单"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    count = 0
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for notice in reminders.notices:
        for i, row in enumerate(notice.tasks, start=1):
            values: list[object] = [
                notice.unit, i, row.text, row.meeting, row.item_title, row.due_date,
                overdue_days(row, reminders.today), LIGHT_LABELS[row.light] if row.light else "", row.id,
            ]
            sheet.append([cell_value(v) for v in values])
            count += 1
            for column in range(1, len(HEADERS) + 1):
                sheet.cell(row=count + 1, column=column).alignment = wrap if column in (3, 4, 5) else top
            sheet.cell(row=count + 1, column=6).number_format = "yyyy-mm-dd"
            if row.light in LIGHT_FILLS:
                sheet.cell(row=count + 1, column=8).fill = LIGHT_FILLS[row.light]
            # Spreadsheets do not grow a row for wrapped text on their own: about 2 columns per character.
            lines = max(-(-len(row.text) * 2 // WIDTHS[2]), -(-len(row.meeting) * 2 // WIDTHS[3]), 1)
            sheet.row_dimensions[count + 1].height = 15 * lines
    _sheet_setup(sheet, count)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
