"""催办通知 as a Word file: one unit per page (title, the unit, what is asked, the task table with due
date and days overdue, the issuing office and date), A4 with 公文 margins, header row repeated.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from summarizer.render.digest_text import chinese_date
from summarizer.render.reminders import due_cell, notice_intro
from summarizer.render.safe import xml_safe
from summarizer.supervision.dues import LIGHT_LABELS
from summarizer.supervision.reminders import Reminders, overdue_days

TITLE_FONT, BODY_FONT, HEADING_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
HEADERS = ["序号", "任务内容", "会议", "完成时限", "逾期天数", "预警"]
WIDTHS_MM = [12, 57, 30, 25, 17, 15]  # 156 mm: the text width of A4 with 28 + 26 mm margins
LIGHT_COLORS = {"red": RGBColor(0xC6, 0x28, 0x28), "yellow": RGBColor(0xB2, 0x6A, 0x00)}


def _font(run: Any, name: str, size: float, bold: bool = False) -> None:
    run.font.name, run.font.size, run.font.bold = name, Pt(size), bold
    fonts = run.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _paragraph(document: Any, text: str, font: str, size: float, *, align: Any = None, indent: bool = False) -> Any:
    paragraph = document.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    _font(paragraph.add_run(xml_safe(text)), font, size)
    return paragraph


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _cell(cell: Any, text: str, font: str, width_mm: float, color: RGBColor | None = None) -> None:
    cell.width = Mm(width_mm)
    run = cell.paragraphs[0].add_run(xml_safe(text))
    _font(run, font, 10.5)
    if color is not None:
        run.font.color.rgb = color


def render_reminders_docx(reminders: Reminders) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    notices = reminders.notices
    if not notices:
        _paragraph(document, "催办通知", TITLE_FONT, 22, align=WD_ALIGN_PARAGRAPH.CENTER)
        _paragraph(document, "目前没有逾期或临期的督办任务。", BODY_FONT, 16, indent=True)
    for n, notice in enumerate(notices):
        title = _paragraph(document, "催办通知", TITLE_FONT, 22, align=WD_ALIGN_PARAGRAPH.CENTER)
        if n:
            title.paragraph_format.page_break_before = True
        _paragraph(document, f"{notice.unit}：", BODY_FONT, 16)
        _paragraph(document, notice_intro(notice, reminders), BODY_FONT, 16, indent=True)
        table = document.add_table(rows=1, cols=len(HEADERS))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _repeat_header(table.rows[0])
        for column, width in zip(table.columns, WIDTHS_MM, strict=True):
            column.width = Mm(width)  # the grid: what LibreOffice and WPS lay out by
        for cell, header, width in zip(table.rows[0].cells, HEADERS, WIDTHS_MM, strict=True):
            _cell(cell, header, HEADING_FONT, width)
        for i, row in enumerate(notice.tasks, start=1):
            days = overdue_days(row, reminders.today)
            values = [str(i), f"{row.text}（#{row.id}）", row.meeting, due_cell(row), str(days) if days else "—",
                      LIGHT_LABELS[row.light] if row.light else ""]
            cells = table.add_row().cells
            for cell, value, width in zip(cells, values, WIDTHS_MM, strict=True):
                _cell(cell, value, BODY_FONT, width)
            if row.light in LIGHT_COLORS:
                cells[-1].paragraphs[0].runs[0].font.color.rgb = LIGHT_COLORS[row.light]
        document.add_paragraph()
        _paragraph(document, reminders.office, BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        _paragraph(document, chinese_date(reminders.today), BODY_FONT, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

