"""The Word digest and the Excel ledger as they print: converted to PDF by LibreOffice (as an
office would print them), then measured with pdfplumber: page counts, every word and table
line inside the page's margins, the header row on every page, GB/T 9704 page numbers."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from digest_helpers import TODAY, A, hold, set_due, task_ids, week

from summarizer.digest import CARRY_LIMIT, build_digest
from summarizer.render.digest_docx import render_digest_docx
from summarizer.render.ledger_xlsx import LEDGER_HEADERS, write_ledger_xlsx
from summarizer.store import Store
from summarizer.store.weekly import iter_ledger

MM = 72 / 25.4
TOLERANCE = 1.5  # points


def to_pdf(source: Path, outdir: Path) -> Path:
    """LibreOffice with a private profile (several conversions may run at once on the machine)."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    assert binary, "LibreOffice is needed (tests/run installs libreoffice-writer-nogui and -calc-nogui)"
    profile = outdir / "lo-profile"
    subprocess.run(
        [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = outdir / f"{source.stem}.pdf"
    assert pdf.is_file()
    return pdf


def _history(store: Store, meetings: int) -> None:
    """`meetings` earlier meetings of A whose tasks are all overdue by the week of 2024-06-05."""
    for n in range(meetings):
        document = hold(store, A, dt.date(2024, 5, 27) - dt.timedelta(days=7 * n), 100 + n)
        for task_id in task_ids(store, document):
            set_due(store, task_id, dt.date(2024, 6, 7) - dt.timedelta(days=n))


def _word_digest(store: Store, path: Path) -> Path:
    hold(store, A, dt.date(2024, 6, 5), 1, doc_id="taicang-2023-10")  # the 12-item meeting
    digest = build_digest(store, week("2024-W23"), issuer=A, today=TODAY)
    assert len(digest.tasks_carried_over) == CARRY_LIMIT
    path.write_bytes(render_digest_docx(digest))
    return path


@pytest.fixture(scope="module")
def digest_pdfs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same week's Word digest over 6 and over 30 earlier meetings of the same issuer."""
    out = tmp_path_factory.mktemp("digest-pdf")
    pdfs = []
    for meetings in (6, 30):
        with Store.open(out / f"store-{meetings}.sqlite3") as store:
            _history(store, meetings)
            pdfs.append(to_pdf(_word_digest(store, out / f"digest-{meetings}.docx"), out))
    return pdfs[0], pdfs[1]


def test_word_digest_prints_within_the_margins_with_bounded_pages(digest_pdfs: tuple[Path, Path]) -> None:
    small, large = digest_pdfs
    with pdfplumber.open(small) as pdf, pdfplumber.open(large) as bigger:
        assert len(pdf.pages) == len(bigger.pages), "five times the history, the same number of pages"
        assert 3 <= len(pdf.pages) <= 12
        for number, page in enumerate(pdf.pages, start=1):
            assert (round(page.width / MM), round(page.height / MM)) == (210, 297)
            left, right = 28 * MM - TOLERANCE, page.width - 26 * MM + TOLERANCE
            words = page.extract_words()
            body = [w for w in words if w["bottom"] < page.height - 35 * MM + TOLERANCE]
            assert all(left <= w["x0"] and w["x1"] <= right for w in body), number
            for edge in page.edges:
                assert left <= edge["x0"] and edge["x1"] <= right, f"a table line outside the text on page {number}"
            footer = [w for w in words if w["top"] > page.height - 35 * MM]
            assert " ".join(w["text"] for w in footer).replace(" ", "") == f"—{number}—"
            if number % 2:  # GB/T 9704: odd pages right, even pages left, one character in
                assert footer[-1]["x1"] <= right and footer[0]["x0"] > page.width / 2
            else:
                assert footer[0]["x0"] >= left and footer[-1]["x1"] < page.width / 2
            tables = page.find_tables()
            if tables and number > 1:
                header = [cell for cell in tables[0].extract()[0] if cell]
                assert header[0] in ("编号", "序号", "会议", "责任单位"), f"no repeated header on page {number}"
        text = pdf.pages[0].extract_text().replace(" ", "")
        assert "2024年第23周（6月3日—6月9日）" in text and "青川市人民政府办公室编" in text


def test_excel_ledger_prints_every_column_on_one_page_width(tmp_path: Path) -> None:
    with Store.open(tmp_path / "store.sqlite3") as store:
        _history(store, 12)
        total = store.connection.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
        workbook = tmp_path / "ledger.xlsx"
        with workbook.open("wb") as out:
            written = write_ledger_xlsx(out, [("督办台账", iter_ledger(store.connection))], as_of=TODAY)
    assert written == total > 100
    pdf_path = to_pdf(workbook, tmp_path)
    with pdfplumber.open(pdf_path) as pdf:
        assert 2 <= len(pdf.pages) <= total // 5, "rows fill the pages (47 rows once printed as 15 pages)"
        for number, page in enumerate(pdf.pages, start=1):
            assert page.width > page.height, "landscape"
            words = page.extract_words()
            assert all(w["x0"] >= 0 and w["x1"] <= page.width for w in words)
            line = " ".join(w["text"] for w in words if w["top"] < words[0]["top"] + 20)
            assert all(header in line for header in LEDGER_HEADERS), f"page {number}: {line}"
            assert f"第{number}页" in page.extract_text().replace(" ", "")
