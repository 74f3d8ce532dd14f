"""Bidirectional control characters planted in a document never reach an output.

An override (U+202E) inside a unit name makes a page, a spreadsheet or a terminal show its
characters in another order than stored; isolates and marks hide the same way. They are dropped
at normalization, with offsets kept: every value is what it is without them, and its span still
slices back to it from the original text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, W21_DOC

from summarizer.config import Settings
from summarizer.pipeline import Extraction, extract_bytes
from summarizer.schema import iter_grounded
from summarizer.text import clean
from ui.present import highlight_html, md

BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PLANTS = {
    "会后由市发改委": "会后由市\u202e发改\u202c委",
    "市城管局": "\u2067市城管局\u2069",
    "（二）抓好消防安全": "（二）抓好\u200f消防\u200e安全",
    "第 25次": "第 2\u202d5\u202c次",
    "审议《": "审议\u061c《",
}


def planted_text() -> str:
    text = (CORPUS / f"{W21_DOC}.txt").read_text(encoding="utf-8")
    for plain, planted in PLANTS.items():
        assert plain in text
        text = text.replace(plain, planted)
    assert len(BIDI.findall(text)) > 20
    return text


def values(extraction: Extraction) -> list[tuple[str, object]]:
    return [(path, value) for path, value, _ in iter_grounded(extraction.minutes)]


def test_values_are_those_of_the_clean_document_and_spans_still_slice_back(tmp_path: Path) -> None:
    text = planted_text()
    planted = extract_bytes(text.encode("utf-8"), "planted.txt", Settings())
    plain = extract_bytes((CORPUS / f"{W21_DOC}.txt").read_bytes(), "plain.txt", Settings())
    assert values(planted) == values(plain)
    record = planted.minutes.model_dump_json()
    assert not BIDI.search(json.loads(record).__repr__())
    for path, value, span in iter_grounded(planted.minutes):
        piece = clean(text[span.start : span.end])
        if isinstance(value, str):
            assert piece == value, path
        elif isinstance(value, dt.date):
            assert f"{value.month}月{value.day}日" in piece, path


def test_the_command_line_outputs_carry_none(tmp_path: Path) -> None:
    source = tmp_path / "planted.txt"
    source.write_text(planted_text(), encoding="utf-8")
    env = {"SUMMARIZER_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}

    def run(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "summarizer", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120, check=True)
        return done.stdout

    for output in (run("extract", str(source), "--format", "md"), run("extract", str(source))):
        assert "市发改委" in output and not BIDI.search(output)
    named = tmp_path / "第25次\u202etxt.纪要.txt"  # a name that shows as `第25次要纪.txt` in its folder
    named.write_text(planted_text(), encoding="utf-8")
    record = json.loads(run("extract", str(named)))
    assert (record["doc_id"], record["source_file"]) == ("第25次txt.纪要", "第25次txt.纪要.txt")
    run("batch", "--no-progress", "--confirm", str(source), str(named))  # confirmed: its tasks count in the ledger
    ledger = run("tasks", "--format", "csv")
    assert "市城管局" in ledger and not BIDI.search(ledger)


@pytest.mark.parametrize("planted", PLANTS.values())
def test_the_page_shows_stored_text_in_stored_order(planted: str) -> None:
    assert not BIDI.search(md(planted))
    assert not BIDI.search(highlight_html(planted, []))
