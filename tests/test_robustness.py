"""The same minutes in another file layout, encoding or format give the same plain values.

Every variant in `tests/variants.py` of every corpus file is extracted and compared with the
extraction of the corpus file itself, field by field, without the spans (they point into a
different text) and the source identity.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml

from summarizer import evaluation
from summarizer.config import Settings
from summarizer.pipeline import extract_bytes, extract_path
from summarizer.schema import Minutes
from tests.conftest import CORPUS_FILES
from tests.variants import DIGIT_FOLDED, VARIANTS, fold_digits, logical_paragraphs

# Identity of the source, and `format`: it names the layout that was recognised (a `:wrapped`
# suffix for printed-line wraps), which is exactly what a variant changes.
SOURCE_FIELDS = frozenset({"source_sha256", "source_file", "doc_id", "findings", "format"})


def plain(minutes: Minutes) -> dict[str, Any]:
    """The record's values only: no spans anywhere, no source identity, no findings."""
    return evaluation.plain(minutes, exclude=SOURCE_FIELDS)


def _fold(value: Any) -> Any:
    if isinstance(value, str):
        return fold_digits(value)
    if isinstance(value, dict):
        return {key: _fold(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_fold(item) for item in value]
    return value


_ORIGINALS: dict[Path, dict[str, Any]] = {}


def _original(path: Path) -> dict[str, Any]:
    if path not in _ORIGINALS:
        _ORIGINALS[path] = plain(extract_path(path, Settings()).minutes)
    return _ORIGINALS[path]


def _differences(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Field paths where two plain records differ, so a failure names the field."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return [d for key in expected.keys() | actual.keys()
                for d in _differences(expected.get(key), actual.get(key), f"{where}.{key}".lstrip("."))]
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [d for i, (e, a) in enumerate(zip(expected, actual, strict=True))
                for d in _differences(e, a, f"{where}[{i}]")]
    return [] if expected == actual else [f"{where}: {expected!r} != {actual!r}"]


def test_plain_drops_spans_and_source_identity() -> None:
    minutes = Minutes.model_validate(
        {
            "doc_id": "a", "source_file": "a.txt", "source_sha256": "f" * 64, "number": 14,
            "spans": {"number": {"start": 0, "end": 2}},
            "items": [{"number": 1, "heading": "一、", "kind": "review", "title": "t",
                       "spans": {"title": {"start": 3, "end": 4}}}],
            "findings": [{"level": "info", "code": "x", "message": "m"}],
        }
    )
    value = plain(minutes)
    assert value["number"] == 14 and value["items"][0]["title"] == "t"
    assert "spans" not in value and "spans" not in value["items"][0]
    assert not SOURCE_FIELDS & value.keys()


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("corpus_file", CORPUS_FILES, ids=lambda path: path.stem)
def test_variant_extracts_the_same_values(corpus_file: Path, variant: str, settings: Settings) -> None:
    expected = _original(corpus_file)
    assert expected["items"], "the original extraction found no items"
    data = VARIANTS[variant](corpus_file.read_text(encoding="utf-8"))
    actual = plain(extract_bytes(data, f"{corpus_file.stem}.{variant}", settings).minutes)
    if variant in DIGIT_FOLDED:
        actual = _fold(actual)
    assert _differences(expected, actual) == []


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# The `一、` list a 纪要 template defines: Chinese counting, `%1、` (numId 90).
_CHINESE_LIST = (
    f'<w:abstractNum {_W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
)


def _word_list_docx(text: str) -> tuple[bytes, list[str]]:
    """The minutes as Word writes them when item numbers are list formatting: each heading in a
    `一、` list with its number gone from the text. Also returns the headings' markers."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_CHINESE_LIST))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    markers = []
    for paragraph in logical_paragraphs(text):
        marker = ITEM_MARKER.match(paragraph)
        if marker:
            markers.append(marker.group())
            listed = document.add_paragraph(paragraph[marker.end() :])
            listed._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
            )
        else:
            document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), markers


ITEM_MARKER = re.compile("[一二三四五六七八九十]+、")


@pytest.mark.parametrize("corpus_file", CORPUS_FILES, ids=lambda path: path.stem)
def test_items_numbered_by_a_word_list_are_read_as_typed_numbers_are(corpus_file: Path, settings: Settings) -> None:
    expected = _original(corpus_file)
    data, markers = _word_list_docx(corpus_file.read_text(encoding="utf-8"))
    assert len(markers) == len(expected["items"])
    minutes = extract_bytes(data, f"{corpus_file.stem}.docx", settings).minutes
    assert minutes.format == "numbered:dun"  # (the typed numbers' layout; the text file's lines were wrapped)
    assert _differences(expected, plain(minutes)) == []
