"""Structured, grounded summaries of government standing-meeting minutes (常务会议纪要).

The public API: everything the UI and other callers may use is importable from here.
"""

from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, ModelError, StoreError, SummarizerError
from summarizer.pipeline import Extraction, extract_bytes, extract_path, extract_source
from summarizer.schema import (
    SCHEMA_VERSION,
    Deadline,
    Directive,
    Finding,
    Item,
    Meeting,
    Minutes,
    ObserverGroup,
    SourceText,
    Span,
    iter_grounded,
)

__all__ = [
    "SCHEMA_VERSION",
    "ConfigError",
    "Deadline",
    "Directive",
    "Extraction",
    "Finding",
    "InputError",
    "Item",
    "Meeting",
    "Minutes",
    "ModelError",
    "ObserverGroup",
    "Settings",
    "SourceText",
    "Span",
    "StoreError",
    "SummarizerError",
    "extract_bytes",
    "extract_path",
    "extract_source",
    "iter_grounded",
]
