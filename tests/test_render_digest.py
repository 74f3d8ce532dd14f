"""Digest and ledger renderers: the Word file in the official look (reopened with python-docx),
and a `<script>` and spreadsheet formulas planted in a real document coming out inert in
Markdown, HTML, XLSX and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from conftest import CORPUS, W21_DOC, W26_DOC, extract_corpus, gold
from digest_helpers import save_corpus
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length
from openpyxl import load_workbook

from summarizer.digest import Digest, build_digest, parse_week
from summarizer.ingest import read_bytes
from summarizer.pipeline import extract_source
from summarizer.render.digest_docx import BODY_FONT, HEADING_FONT, TITLE_FONT, render_digest_docx
from summarizer.render.digest_html import render_digest_html
from summarizer.render.digest_markdown import render_digest_markdown
from summarizer.render.ledger_xlsx import CSV_BOM, render_ledger_csv, render_ledger_xlsx
from summarizer.render.safe import FORMULA_PREFIXES
from summarizer.store import Store
from summarizer.store.weekly import iter_ledger

SCRIPT = '<script>document.title="x"</script>'
HYPERLINK = '=HYPERLINK("http://evil.example","点此")'
AT_FORMULA = "@SUM(1+1)"


def _digest(store: Store, week: str) -> Digest:
    return build_digest(store, parse_week(week, today=dt.date(2024, 1, 1)), today=dt.date(2024, 1, 1))


@pytest.fixture
def corpus_store(store: Store) -> Store:
    return save_corpus(store)


@pytest.fixture
def planted_store(store: Store) -> Store:
    """W21 as published, and W26 with markup and formulas planted in a title and two directives."""
    text = (CORPUS / f"{W26_DOC}.txt").read_text(encoding="utf-8")
    text = text.replace("一、审议《2023年太仓市", f"一、审议《{SCRIPT}2023年太仓市", 1)
    text = text.replace("各地各部门要进一步提高", f"{HYPERLINK}各地各部门要进一步提高", 1)
    text = text.replace("（三）各地各相关部门要", f"（三）{AT_FORMULA}各地各相关部门要", 1)
    planted = extract_source(read_bytes(text.encode("utf-8"), "planted.txt", max_bytes=10**7))
    first = planted.minutes.items[0]
    assert first.title.startswith(SCRIPT)
    assert HYPERLINK in first.directives[0].text
    store.save(extract_corpus(W21_DOC), confirm=True)
    store.save(planted, confirm=True)
    return store


# -- DOCX ------------------------------------------------------------------------------------


def _east_asian_font(run: object) -> str | None:
    fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None  # type: ignore[attr-defined]
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def test_docx_is_a4_with_official_fonts_fixed_tables_and_page_numbers(corpus_store: Store) -> None:
    document = Document(io.BytesIO(render_digest_docx(_digest(corpus_store, "2023-W21"))))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    text_width = Length(section.page_width - section.left_margin - section.right_margin)
    assert round(text_width.mm) == 156
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == BODY_FONT
    texts = [p.text for p in document.paragraphs]
    assert texts[:3] == ["政府常务会议周报", "2023年第21周（5月22日—5月28日）", "太仓市人民政府办公室编\t2023年5月29日"]
    assert {_east_asian_font(run) for run in document.paragraphs[0].runs} == {TITLE_FONT}
    headings = [p for p in document.paragraphs if p.text == "一、太仓市人民政府"]
    assert len(headings) == 1 and {_east_asian_font(r) for r in headings[0].runs} == {HEADING_FONT}
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert _east_asian_font(run) == run.font.name is not None, paragraph.text
    assert document.tables
    for table in document.tables:
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert abs(sum(grid) - text_width.twips) <= len(grid), "the table is exactly the text width"
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None, "header repeats"
        for index, row in enumerate(table.rows):
            widths = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row._tr.tc_lst]
            assert widths == grid, "every cell carries its width"
            for cell in row.cells:
                style = cell.paragraphs[0].style
                fonts = style.element.rPr.find(qn("w:rFonts"))
                wanted = HEADING_FONT if index == 0 else BODY_FONT
                assert (fonts.get(qn("w:eastAsia")), style.font.name) == (wanted, wanted), cell.text
        headers = [cell.text for cell in table.rows[0].cells]
        if "任务内容" in headers:
            assert grid[headers.index("任务内容")] == max(grid), "the task text gets the widest column"
    # GB/T 9704 page numbers: 一字线 around the number, odd pages right and even pages left.
    assert document.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.text == even.text == "— 1 —"
    assert (odd.alignment, even.alignment) == (WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT)
    for footer in (section.footer, section.even_page_footer):
        assert 'w:fldCharType="begin"' in footer._element.xml and " PAGE " in footer._element.xml
    # The content: every item of the meeting, every directive as a new task.
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {item["title"] for item in gold(W21_DOC)["items"]} <= cells
    clauses = {t.text for t in corpus_store.tasks(until=dt.date(2023, 5, 28)) if t.source == "directive"}
    assert clauses and clauses <= cells


def test_docx_for_a_week_without_meetings_says_so(corpus_store: Store) -> None:
    document = Document(io.BytesIO(render_digest_docx(_digest(corpus_store, "2023-W23"))))
    texts = [p.text for p in document.paragraphs]
    assert "本周无常务会议。" in texts
    assert any(text.startswith("本周未召开常务会议。") for text in texts)


# -- HTML and Markdown -----------------------------------------------------------------------


def test_html_is_self_contained_and_planted_markup_is_inert(planted_store: Store) -> None:
    html = render_digest_html(_digest(planted_store, "2023-W26"))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;document.title=&quot;x&quot;&lt;/script&gt;" in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert soup.find(attrs={"src": True}) is None and soup.find("link") is None
    assert all(not attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert policy is not None and "default-src 'none'" in str(policy["content"])
    cells = [td.get_text() for td in soup.find_all("td")]
    assert f"{SCRIPT}2023年太仓市深入推进数字人民币试点行动方案" in cells


def test_html_and_markdown_for_a_week_without_meetings_say_so(corpus_store: Store) -> None:
    digest = _digest(corpus_store, "2023-W23")
    assert "本周无常务会议。" in BeautifulSoup(render_digest_html(digest), "html.parser").get_text()
    markdown = render_digest_markdown(digest)
    assert "本周无常务会议。" in markdown and "本周未召开常务会议。" in markdown


def test_markdown_escapes_planted_markup(planted_store: Store) -> None:
    markdown = render_digest_markdown(_digest(planted_store, "2023-W26"))
    assert "<script>" not in markdown
    assert r"\<script\>" in markdown
    for item in gold(W26_DOC)["items"][1:]:
        assert item["title"] in markdown


# -- XLSX and CSV ----------------------------------------------------------------------------


def test_xlsx_ledger_escapes_formulas(planted_store: Store) -> None:
    tasks = planted_store.tasks()
    workbook = load_workbook(io.BytesIO(render_ledger_xlsx([("督办台账", tasks)])))
    sheet = workbook["督办台账"]
    rows = list(sheet.iter_rows(values_only=False))
    assert len(rows) == len(tasks) + 1
    assert all(cell.data_type != "f" for row in rows for cell in row)
    values = [cell.value for row in rows for cell in row if isinstance(cell.value, str)]
    assert not [v for v in values if v.startswith(FORMULA_PREFIXES)]
    assert any(v.startswith("'" + HYPERLINK) for v in values), "the planted directive is there, escaped"
    assert "'" + AT_FORMULA + "各地各相关部门" in values
    # Ordinary text is left as it is.
    assert "市金融监管局" in values


def test_csv_ledger_escapes_formulas_and_starts_with_a_bom(planted_store: Store) -> None:
    text = render_ledger_csv(iter_ledger(planted_store.connection))
    assert text.startswith(CSV_BOM)
    rows = list(csv.reader(io.StringIO(text[len(CSV_BOM):])))
    fields = [field for row in rows for field in row]
    assert not [f for f in fields if f.startswith(FORMULA_PREFIXES)]
    assert any(f.startswith("'" + HYPERLINK) for f in fields)
    assert rows[0][0] == "编号" and len(rows) == len(planted_store.tasks()) + 1
    assert {row[1] for row in rows[1:]} == {
        "太仓市人民政府第10号（2023年5月23日）", "太仓市人民政府第14号（2023年6月29日）"}


def test_xlsx_ledger_is_ready_to_print_and_filter(planted_store: Store) -> None:
    data = render_ledger_xlsx([("督办台账", iter_ledger(planted_store.connection))], as_of=dt.date(2023, 7, 3))
    sheet = load_workbook(io.BytesIO(data))["督办台账"]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{len(planted_store.tasks()) + 1}"
    headers = [cell.value for cell in sheet[1]]
    widths = {h: sheet.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(headers)}
    assert widths["任务内容"] == max(widths.values())
    rows = list(sheet.iter_rows(min_row=2))
    meeting = [row[headers.index("会议日期")] for row in rows]
    assert all(isinstance(cell.value, dt.datetime) and cell.number_format == "yyyy-mm-dd" for cell in meeting)
    assert {row[headers.index("会议")].value for row in rows} >= {"太仓市人民政府第10号（2023年5月23日）"}
    assert {row[headers.index("预警")].value for row in rows} == {"灰"}  # no dated deadline in these minutes
    assert all(sheet.row_dimensions[row[0].row].height for row in rows), "row heights fit wrapped text"


def test_control_characters_do_not_break_word_or_excel(store: Store) -> None:
    """Model-written text (an action, a summary) is not normalized like the source; XML cannot
    hold control characters, so the renderers drop them instead of crashing."""
    save_corpus(store)
    digest = _digest(store, "2023-W21")
    section = digest.sections[0]
    meeting = section.meetings[0]
    dirty = [task.model_copy(update={"text": "\x0b" + task.text + "\x01"}) for task in meeting.tasks]
    meeting = meeting.model_copy(update={"tasks": dirty})
    section = section.model_copy(update={"meetings": [meeting], "carried_over": dirty[:3]})
    digest = digest.model_copy(update={"sections": [section]})
    document = Document(io.BytesIO(render_digest_docx(digest)))
    cells = "".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert dirty[0].text.strip("\x0b\x01") in cells
    sheet = load_workbook(io.BytesIO(render_ledger_xlsx([("督办台账", dirty)])))["督办台账"]
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert dirty[0].text.strip("\x0b\x01") in texts
