"""The weekly digest as a Word file in the official document look (GB/T 9704-2012).

A4, 天头 37 mm, 订口 28 mm, text block 156 mm x 225 mm. Masthead: the title in 方正小标宋简体
二号 (red, as a 简报), the week (`2023年第21周（5月22日—5月28日）`), then the compiling office on
the left and the date on the right above a red rule. Headings in 黑体 / 楷体_GB2312, body in
仿宋_GB2312 三号; tables in 五号 with a fixed layout: explicit widths on the grid and on every
cell (the task text gets most of the width), the header row repeated on every page.
Page numbers as GB/T 9704 7.5 places them: 4号 half-width 宋体 digits between two 一字线
(`— 1 —`) below the text block, odd pages right and even pages left, one character in.
python-docx's `font.name` sets only the Latin font, so every run and style also gets
`w:eastAsia`, which is what Word uses for Chinese.
"""

from __future__ import annotations

import io
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from summarizer.digest import Digest
from summarizer.render.digest_blocks import TEXT_WIDTH_MM, Block, Heading, Para, Table, digest_blocks
from summarizer.render.digest_text import DIGEST_TITLE, LIGHT_RGB, date_line, office_line, summary_line
from summarizer.render.safe import xml_safe

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
BODY_FONT = "仿宋_GB2312"
PAGE_NUMBER_FONT = "宋体"
BODY_SIZE = Pt(16)  # 三号
TABLE_SIZE = Pt(10.5)  # 五号
TITLE_SIZE = Pt(22)  # 二号
PAGE_NUMBER_SIZE = Pt(14)  # 四号
RED = "C00000"
TABLE_HEADER_STYLE = "Digest Table Header"
TABLE_TEXT_STYLE = "Digest Table Text"
CENTERED = frozenset(
    {"编号", "序号", "议题数", "预警", "距截止", "截止日期", "未办结", "其中逾期", "7日内到期", "无时限"}
)
CELL_MARGIN_DXA = 57  # 1 mm each side: narrow columns keep their width for text
_HEADING_FONTS = {1: HEADING_FONT, 2: SUBHEADING_FONT, 3: SUBHEADING_FONT}


def dxa(mm: float) -> int:
    return round(mm / 25.4 * 1440)


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


def _paragraph(document: Any, text: str, font: str, size: Pt, *, center: bool = False,
               indent: bool = False, color: str | None = None) -> Any:
    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(size.pt * 2)
    run = paragraph.add_run(xml_safe(text))
    set_font(run, font, size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return paragraph


def _page_number(footer: Any, *, odd: bool) -> None:
    """`— N —`: odd pages at the right, even pages at the left, one character (四号) in."""
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    if odd:
        paragraph.paragraph_format.right_indent = PAGE_NUMBER_SIZE
    else:
        paragraph.paragraph_format.left_indent = PAGE_NUMBER_SIZE
    set_font(paragraph.add_run("— "), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
    run = paragraph.add_run()
    set_font(run, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
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
    set_font(paragraph.add_run(" —"), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)


def _styles(document: Any) -> None:
    normal = document.styles["Normal"]
    set_font(normal, BODY_FONT, BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = Pt(28)
    for name, font in ((TABLE_HEADER_STYLE, HEADING_FONT), (TABLE_TEXT_STYLE, BODY_FONT)):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        set_font(style, font, TABLE_SIZE)
        style.paragraph_format.first_line_indent = Pt(0)
        style.paragraph_format.line_spacing = 1.0
        style.paragraph_format.space_before = Pt(1)
        style.paragraph_format.space_after = Pt(1)


def _masthead(document: Any, digest: Digest) -> None:
    _paragraph(document, DIGEST_TITLE, TITLE_FONT, TITLE_SIZE, center=True, color=RED)
    _paragraph(document, digest.week.label_zh, SUBHEADING_FONT, BODY_SIZE, center=True)
    line = document.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    set_font(line.add_run(xml_safe(f"{office_line(digest)}\t{date_line(digest)}")), BODY_FONT, BODY_SIZE)
    borders = parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="4" '
                        f'w:color="{RED}"/></w:pBdr>')
    line._p.get_or_add_pPr().append(borders)
    _paragraph(document, summary_line(digest), BODY_FONT, BODY_SIZE, indent=True)


def _cell(text: str, width: int, style_id: str, *, center: bool, color: str | None, fill: str | None) -> str:
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    justify = '<w:jc w:val="center"/>' if center else ""
    colour = f'<w:rPr><w:b/><w:color w:val="{color}"/></w:rPr>' if color else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{justify}</w:pPr>'
        f'<w:r>{colour}<w:t xml:space="preserve">{escape(xml_safe(text))}</w:t></w:r></w:p></w:tc>'
    )


class _StyleIds(NamedTuple):
    """The tables' style ids, looked up once per document (each lookup by name is an XPath query)."""

    header: str
    text: str
    grid: str

    @classmethod
    def of(cls, document: Any) -> _StyleIds:
        styles = document.styles
        return cls(styles[TABLE_HEADER_STYLE].style_id, styles[TABLE_TEXT_STYLE].style_id,
                   styles["Table Grid"].style_id)


def _table(document: Any, table: Table, ids: _StyleIds) -> None:
    """One fixed-layout table, written as XML and parsed once (python-docx's `add_row().cells`
    rescans the table per call, which is quadratic for long tables)."""
    widths = [dxa(mm) for mm in table.widths]
    header_id, text_id, grid_style = ids
    centered = [header in CENTERED for header in table.headers]
    header = "".join(
        _cell(text, width, header_id, center=True, color=None, fill="F2F2F2")
        for text, width in zip(table.headers, widths, strict=True)
    )
    rows = [f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{header}</w:tr>"]
    for index, values in enumerate(table.rows):
        light = table.lights[index] if index < len(table.lights) else None
        cells = "".join(
            _cell(value, width, text_id, center=centered[column],
                  color=LIGHT_RGB[light] if light and column == table.light_column else None, fill=None)
            for column, (value, width) in enumerate(zip(values, widths, strict=True))
        )
        rows.append(f"<w:tr>{cells}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    xml = (
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{grid_style}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:left w:w="{CELL_MARGIN_DXA}" w:type="dxa"/>'
        f'<w:right w:w="{CELL_MARGIN_DXA}" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    placeholder = document.add_paragraph()
    placeholder._p.addprevious(parse_xml(xml))
    placeholder._p.getparent().remove(placeholder._p)


def _block(document: Any, block: Block, ids: _StyleIds) -> None:
    if isinstance(block, Heading):
        font = _HEADING_FONTS[block.level]
        _paragraph(document, block.text, font, BODY_SIZE, indent=block.level > 1)
    elif isinstance(block, Para):
        _paragraph(document, block.text, BODY_FONT, BODY_SIZE, indent=True)
    else:
        _table(document, block, ids)


def render_digest_docx(digest: Digest) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    # The dash line sits 7 mm below the text block: footer text bottom ~ 35 - 7 - 5 mm from the edge.
    section.footer_distance = Mm(23)
    document.settings.odd_and_even_pages_header_footer = True
    _styles(document)
    _page_number(section.footer, odd=True)
    _page_number(section.even_page_footer, odd=False)
    _masthead(document, digest)
    ids = _StyleIds.of(document)
    for block in digest_blocks(digest):
        _block(document, block, ids)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
