"""Shared fixtures: the bundled corpus, records from its gold annotations, a fresh store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.ingest import read_path
from summarizer.pipeline import Extraction
from summarizer.schema import Minutes
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "sets" / "taicang" / "corpus"
GOLD = ROOT / "evals" / "sets" / "taicang" / "gold"
MAX_BYTES = 20 * 1024 * 1024


def gold_extraction(doc_id: str) -> Extraction:
    """The corpus text with its gold record as the extraction (exact, independent of the extractor)."""
    source = read_path(CORPUS / f"{doc_id}.txt", max_bytes=MAX_BYTES)
    data = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    minutes = Minutes.model_validate(data).model_copy(update={"source_sha256": source.sha256})
    return Extraction(source=source, minutes=minutes)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data" / "summarizer.sqlite3")
    yield opened
    opened.close()
