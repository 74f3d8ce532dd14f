"""Rule-based extraction (being written)."""

from __future__ import annotations

from summarizer.schema import Minutes, SourceText


def extract(source: SourceText) -> Minutes:
    raise NotImplementedError
