"""The weekly digest as a Word file in the official document look (GB/T 9704 style).

A4 with 公文 margins; the title in 方正小标宋简体 二号, headings in 黑体 / 楷体_GB2312, body in
仿宋_GB2312 三号. python-docx's `font.name` sets only the Latin font, so every run also gets
`w:eastAsia` on its `rFonts`, which is what Word uses for Chinese. The footer carries a PAGE
field (`— 1 —`).
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from summarizer.digest import Digest
from summarizer.render.digest_text import (
    DIGEST_TITLE,
    SOURCE_LABELS,
    TASK_HEADERS,
    chinese_date,
    chinese_number,
    directive_source,
    item_route,
    join_units,
    meeting_line,
    meeting_title,
    status_label,
    summary_line,
    week_line,
)
from summarizer.render.safe import xml_safe
from summarizer.store.ledger import Task

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
PAGE_NUMBER_FONT = "宋体"
BODY_SIZE = Pt(16)  # 三号
TABLE_SIZE = Pt(10.5)  # 五号
TITLE_SIZE = Pt(22)  # 二号
TABLE_HEADER_STYLE = "Digest Table Header"
TABLE_TEXT_STYLE = "Digest Table Text"


def set_font(run_or_style: Any, name: str, size: Pt | None = None, bold: bool | None = None) -> None:
    """Set the Latin AND the East Asian font of a run or style."""
    font = run_or_style.font
    font.name = name
    if size is not None:
        font.size = size
    if bold is not None:
        font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _paragraph(document: Any, text: str, font: str, size: Pt, *, bold: bool = False,
               center: bool = False, indent: bool = False) -> None:
    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(size.pt * 2)
    set_font(paragraph.add_run(xml_safe(text)), font, size, bold)


def _page_number_footer(section: Any) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(paragraph.add_run("— "), PAGE_NUMBER_FONT, Pt(14))
    run = paragraph.add_run()
    set_font(run, PAGE_NUMBER_FONT, Pt(14))
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run._r.append(shown)
    set_font(paragraph.add_run(" —"), PAGE_NUMBER_FONT, Pt(14))


def _table_styles(document: Any) -> None:
    """Paragraph styles for table cells, so a long ledger does not need fonts set run by run."""
    for name, font in ((TABLE_HEADER_STYLE, HEADING_FONT), (TABLE_TEXT_STYLE, BODY_FONT)):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        set_font(style, font, TABLE_SIZE)
        style.paragraph_format.first_line_indent = Pt(0)


def _xml_text(value: str) -> str:
    return escape(xml_safe(value))


def _table(document: Any, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # The rows are written as XML and parsed once: python-docx's `add_row().cells` and
    # `paragraph.style = …` rescan the table and the style list per call (quadratic for a ledger).
    parts = []
    for values, style in [(headers, TABLE_HEADER_STYLE)] + [(row, TABLE_TEXT_STYLE) for row in rows]:
        style_id = document.styles[style].style_id
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{style_id}"/>'
            f'</w:pPr><w:r><w:t xml:space="preserve">{_xml_text(value)}</w:t></w:r></w:p></w:tc>'
            for value in values
        )
        parts.append(f"<w:tr>{cells}</w:tr>")
    body = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(parts)}</w:tbl>")
    for tr in list(body):
        table._tbl.append(tr)


def _task_rows(tasks: list[Task]) -> list[list[str]]:
    return [
        [
            str(task.id),
            task.unit,
            chinese_date(task.meeting_date),
            f"{chinese_number(task.item_number)}、{task.item_title}",
            SOURCE_LABELS[task.source],
            task.text,
            task.deadline_text or "—",
            status_label(task.status),
        ]
        for task in tasks
    ]


def render_digest_docx(digest: Digest) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    set_font(document.styles["Normal"], BODY_FONT, BODY_SIZE)
    _table_styles(document)
    _page_number_footer(section)

    _paragraph(document, DIGEST_TITLE, TITLE_FONT, TITLE_SIZE, center=True)
    _paragraph(document, week_line(digest), SUBHEADING_FONT, BODY_SIZE, center=True)
    _paragraph(document, summary_line(digest), BODY_FONT, BODY_SIZE, indent=True)

    _paragraph(document, "一、会议概况", HEADING_FONT, BODY_SIZE)
    if not digest.meetings:
        _paragraph(document, "本周无常务会议。", BODY_FONT, BODY_SIZE, indent=True)
    for meeting in digest.meetings:
        _paragraph(document, meeting_title(meeting), SUBHEADING_FONT, BODY_SIZE, indent=True)
        _paragraph(document, meeting_line(meeting), BODY_FONT, BODY_SIZE, indent=True)
        rows = [
            [chinese_number(item.number), item.title, item.decision or "—",
             join_units(item.lead_units), item_route(item)]
            for item in meeting.items
        ]
        _table(document, ["序号", "议题", "议定", "牵头单位", "印发或报送"], rows)

    _paragraph(document, "二、工作部署（按单位）", HEADING_FONT, BODY_SIZE)
    if not digest.directives_by_unit:
        _paragraph(document, "本周无工作部署。", BODY_FONT, BODY_SIZE, indent=True)
    for group in digest.directives_by_unit:
        unit_line = f"{group.unit}（{len(group.directives)}条）"
        _paragraph(document, unit_line, SUBHEADING_FONT, BODY_SIZE, indent=True)
        for n, directive in enumerate(group.directives, start=1):
            deadline = f"（时限：{directive.deadline_text}）" if directive.deadline_text else ""
            text = f"{n}. {directive_source(directive)}{directive.text}{deadline}"
            _paragraph(document, text, BODY_FONT, BODY_SIZE, indent=True)

    for heading, tasks in (("三、本周新增督办任务", digest.tasks_opened),
                           ("四、往期未办结任务", digest.tasks_carried_over)):
        _paragraph(document, heading, HEADING_FONT, BODY_SIZE)
        if tasks:
            _table(document, TASK_HEADERS, _task_rows(tasks))
        else:
            _paragraph(document, "无。", BODY_FONT, BODY_SIZE, indent=True)

    counts = digest.counts
    _paragraph(document, "五、统计", HEADING_FONT, BODY_SIZE)
    _table(
        document,
        ["会议", "议题", "工作部署", "新增任务", "往期未办结"],
        [[str(counts.meetings), str(counts.items), str(counts.directives),
          str(counts.tasks_opened), str(counts.tasks_carried_over)]],
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
