"""The variant generators are faithful: re-wrapping keeps the gold paragraphs intact."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import CORPUS_FILES, GOLD
from tests.variants import VARIANTS, fold_digits, logical_paragraphs, one_line, rewrapped


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _gold(corpus_path: Path) -> dict[str, object]:
    gold: dict[str, object] = json.loads((GOLD / f"{corpus_path.stem}.json").read_text(encoding="utf-8"))
    return gold


def test_the_corpus_is_there() -> None:
    assert len(CORPUS_FILES) >= 2


def test_logical_paragraphs_are_the_gold_paragraphs(corpus_path: Path, corpus_text: str) -> None:
    paragraphs = {_squash(p) for p in logical_paragraphs(corpus_text)}
    gold = _gold(corpus_path)
    expected = []
    for item in gold["items"]:  # type: ignore[attr-defined]
        expected.append(item["heading"])
        if item.get("decision_paragraph"):
            expected.append("（一）" + item["decision_paragraph"])
        expected.extend(d["marker"] + d["text"] for d in item["directives"])
    assert expected
    assert [e for e in expected if _squash(e) not in paragraphs] == []


def test_logical_paragraphs_lose_no_text(corpus_text: str) -> None:
    assert _squash("".join(logical_paragraphs(corpus_text))) == _squash(corpus_text)


def test_rewrapping_moves_markers_to_line_starts_mid_sentence(corpus_text: str) -> None:
    for width in (17, 23, 40):
        lines = rewrapped(corpus_text, width).splitlines()
        assert max(len(line) for line in lines) == width
        assert _squash("".join(lines)) == _squash(corpus_text)
    assert "\n" not in one_line(corpus_text)


def test_every_variant_is_a_distinct_file(corpus_text: str) -> None:
    files = {name: make(corpus_text) for name, make in VARIANTS.items()}
    assert len(set(files.values())) == len(files)
    assert fold_digits("２０２３年") == "2023年"
