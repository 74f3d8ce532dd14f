"""Wires the stages: file → SourceText → NormalizedText → Sections → Minutes.

The extraction keeps the normalized text and the sections it was read from, so later stages
(the model path) read items from them instead of normalizing again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer import ingest, rules
from summarizer.config import Settings
from summarizer.rules.segment import Sections
from summarizer.schema import Minutes, SourceText
from summarizer.text import NormalizedText


@dataclass(frozen=True)
class Extraction:
    """A record together with the text its spans point into, and the normalized text and
    sections the rules read it from (None when built elsewhere, e.g. from a stored record)."""

    source: SourceText
    minutes: Minutes
    normalized: NormalizedText | None = None
    sections: Sections | None = None


def extract_source(source: SourceText) -> Extraction:
    reading = rules.read(source)
    return Extraction(source=source, minutes=reading.minutes, normalized=reading.normalized, sections=reading.sections)


def extract_path(path: Path, settings: Settings) -> Extraction:
    return extract_source(ingest.read_path(path, max_bytes=settings.max_input_bytes))


def extract_bytes(data: bytes, name: str, settings: Settings) -> Extraction:
    return extract_source(ingest.read_bytes(data, name, max_bytes=settings.max_input_bytes))
