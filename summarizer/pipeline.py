"""Wires the stages: file → SourceText → NormalizedText → Sections → Minutes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer import ingest, rules
from summarizer.config import Settings
from summarizer.schema import Minutes, SourceText


@dataclass(frozen=True)
class Extraction:
    """A record together with the text its spans point into."""

    source: SourceText
    minutes: Minutes


def extract_source(source: SourceText) -> Extraction:
    return Extraction(source=source, minutes=rules.extract(source))


def extract_path(path: Path, settings: Settings) -> Extraction:
    return extract_source(ingest.read_path(path, max_bytes=settings.max_input_bytes))


def extract_bytes(data: bytes, name: str, settings: Settings) -> Extraction:
    return extract_source(ingest.read_bytes(data, name, max_bytes=settings.max_input_bytes))
