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
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from summarizer.digest import Digest, build_digest, parse_week
from summarizer.ingest import read_bytes
from summarizer.pipeline import extract_source
from summarizer.render.digest_docx import BODY_FONT, HEADING_FONT, TITLE_FONT, render_digest_docx
from summarizer.render.digest_html import render_digest_html
from summarizer.render.digest_markdown import render_digest_markdown
from summarizer.render.ledger_xlsx import render_ledger_csv, render_ledger_xlsx
from summarizer.render.safe import FORMULA_PREFIXES
from summarizer.store import Store

SCRIPT = '<script>document.title="x"</script>'
HYPERLINK = '=HYPERLINK("http://evil.example","点此")'
AT_FORMULA = "@SUM(1+1)"


def _digest(store: Store, week: str) -> Digest:
    return build_digest(store, parse_week(week, today=dt.date(2024, 1, 1)))


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


def test_docx_is_a4_with_official_fonts_and_page_numbers(corpus_store: Store) -> None:
    document = Document(io.BytesIO(render_digest_docx(_digest(corpus_store, "2023-W21"))))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == BODY_FONT
    title = document.paragraphs[0]
    assert title.text == "政府常务会议周报"
    assert {_east_asian_font(run) for run in title.runs} == {TITLE_FONT}
    headings = [p for p in document.paragraphs if p.text in ("一、会议概况", "二、工作部署（按单位）", "五、统计")]
    assert len(headings) == 3
    assert {_east_asian_font(run) for p in headings for run in p.runs} == {HEADING_FONT}
    # Every run of text says which Chinese font it uses, and it matches its Latin font.
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert _east_asian_font(run) == run.font.name is not None, paragraph.text
    # Table cells take their fonts from paragraph styles: header row 黑体, the rest 仿宋_GB2312.
    for table in document.tables:
        for index, row in enumerate(table.rows):
            for cell in row.cells:
                style = cell.paragraphs[0].style
                fonts = style.element.rPr.find(qn("w:rFonts"))
                wanted = HEADING_FONT if index == 0 else BODY_FONT
                assert (fonts.get(qn("w:eastAsia")), style.font.name) == (wanted, wanted), cell.text
    # Each unit's clause of every directive (the ledger's tasks, tests/test_ledger.py).
    directive_texts = {t.text for t in corpus_store.tasks(until=dt.date(2023, 5, 28)) if t.source == "directive"}
    body = [p for p in document.paragraphs if any(text in p.text for text in directive_texts)]
    assert {_east_asian_font(run) for p in body for run in p.runs} == {BODY_FONT}
    footer_xml = section.footer._element.xml
    assert 'w:fldCharType="begin"' in footer_xml and " PAGE " in footer_xml
    # The content: every item of the meeting in the table, every directive in the text.
    titles = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {item["title"] for item in gold(W21_DOC)["items"]} <= titles
    all_text = "\n".join(p.text for p in document.paragraphs)
    assert all(text in all_text for text in directive_texts)


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


def test_csv_ledger_escapes_formulas(planted_store: Store) -> None:
    rows = list(csv.reader(io.StringIO(render_ledger_csv(planted_store.tasks()))))
    fields = [field for row in rows for field in row]
    assert not [f for f in fields if f.startswith(FORMULA_PREFIXES)]
    assert any(f.startswith("'" + HYPERLINK) for f in fields)
    assert rows[0][0] == "编号" and len(rows) == len(planted_store.tasks()) + 1


def test_control_characters_do_not_break_word_or_excel(store: Store) -> None:
    """Model-written text (an action, a summary) is not normalized like the source; XML cannot
    hold control characters, so the renderers drop them instead of crashing."""
    store.save(extract_corpus(W21_DOC), confirm=True)
    digest = _digest(store, "2023-W21")
    dirty = [task.model_copy(update={"text": "\x0b" + task.text + "\x01"}) for task in digest.tasks_opened]
    digest = digest.model_copy(update={"tasks_opened": dirty, "tasks_carried_over": dirty[:3]})
    document = Document(io.BytesIO(render_digest_docx(digest)))
    cells = "".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert dirty[0].text.strip("\x0b\x01") in cells
    sheet = load_workbook(io.BytesIO(render_ledger_xlsx([("督办台账", dirty)])))["督办台账"]
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert dirty[0].text.strip("\x0b\x01") in texts
