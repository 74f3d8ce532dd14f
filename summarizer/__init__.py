"""Structured, grounded summaries of government standing-meeting minutes (常务会议纪要).

The public API: everything the UI and other callers may use is importable from here. Names are
imported on first use, so `summarizer --help` does not pay for PDF, Word, Excel and HTML libraries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.batch import (
        BatchEvent,
        BatchFinished,
        BatchStarted,
        DocumentDone,
        collect_files,
        extractor_for,
        run_batch,
    )
    from summarizer.config import Settings
    from summarizer.digest import Digest, Week, build_digest, parse_week, week_of
    from summarizer.errors import ConfigError, InputError, ModelError, StoreError, SummarizerError
    from summarizer.model.run import ModelRun, run_llm
    from summarizer.pipeline import Extraction, extract_bytes, extract_path, extract_source
    from summarizer.redact import install_redaction
    from summarizer.render.digest_docx import render_digest_docx
    from summarizer.render.digest_html import render_digest_html
    from summarizer.render.digest_markdown import render_digest_markdown
    from summarizer.render.digest_text import STATUS_LABELS, status_label
    from summarizer.render.labels import KIND_LABELS, finding_label, flag_label
    from summarizer.render.ledger_xlsx import render_ledger_csv, render_ledger_xlsx
    from summarizer.schema import (
        SCHEMA_VERSION,
        Deadline,
        Directive,
        Finding,
        Item,
        Meeting,
        Minutes,
        ObserverGroup,
        RunInfo,
        SourceText,
        Span,
        iter_grounded,
    )
    from summarizer.store import MeetingRow, SaveResult, SearchHit, Store, StoredDocument
    from summarizer.store.ledger import TASK_STATUSES, Task, TaskChange
    from summarizer.text import BIDI_CONTROLS

_WHERE: dict[str, str] = {
    "BIDI_CONTROLS": "summarizer.text",
    "BatchEvent": "summarizer.batch",
    "BatchFinished": "summarizer.batch",
    "BatchStarted": "summarizer.batch",
    "ConfigError": "summarizer.errors",
    "Deadline": "summarizer.schema",
    "Digest": "summarizer.digest",
    "Directive": "summarizer.schema",
    "DocumentDone": "summarizer.batch",
    "Extraction": "summarizer.pipeline",
    "Finding": "summarizer.schema",
    "InputError": "summarizer.errors",
    "Item": "summarizer.schema",
    "KIND_LABELS": "summarizer.render.labels",
    "Meeting": "summarizer.schema",
    "MeetingRow": "summarizer.store",
    "Minutes": "summarizer.schema",
    "ModelError": "summarizer.errors",
    "ModelRun": "summarizer.model.run",
    "ObserverGroup": "summarizer.schema",
    "RunInfo": "summarizer.schema",
    "SCHEMA_VERSION": "summarizer.schema",
    "STATUS_LABELS": "summarizer.render.digest_text",
    "SaveResult": "summarizer.store",
    "SearchHit": "summarizer.store",
    "Settings": "summarizer.config",
    "SourceText": "summarizer.schema",
    "Span": "summarizer.schema",
    "Store": "summarizer.store",
    "StoreError": "summarizer.errors",
    "StoredDocument": "summarizer.store",
    "SummarizerError": "summarizer.errors",
    "TASK_STATUSES": "summarizer.store.ledger",
    "Task": "summarizer.store.ledger",
    "TaskChange": "summarizer.store.ledger",
    "Week": "summarizer.digest",
    "build_digest": "summarizer.digest",
    "collect_files": "summarizer.batch",
    "extract_bytes": "summarizer.pipeline",
    "extract_path": "summarizer.pipeline",
    "extract_source": "summarizer.pipeline",
    "extractor_for": "summarizer.batch",
    "finding_label": "summarizer.render.labels",
    "flag_label": "summarizer.render.labels",
    "install_redaction": "summarizer.redact",
    "iter_grounded": "summarizer.schema",
    "parse_week": "summarizer.digest",
    "render_digest_docx": "summarizer.render.digest_docx",
    "render_digest_html": "summarizer.render.digest_html",
    "render_digest_markdown": "summarizer.render.digest_markdown",
    "render_ledger_csv": "summarizer.render.ledger_xlsx",
    "render_ledger_xlsx": "summarizer.render.ledger_xlsx",
    "run_batch": "summarizer.batch",
    "run_llm": "summarizer.model.run",
    "status_label": "summarizer.render.digest_text",
    "week_of": "summarizer.digest",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

__all__ = [
    "BIDI_CONTROLS",
    "KIND_LABELS",
    "SCHEMA_VERSION",
    "STATUS_LABELS",
    "TASK_STATUSES",
    "BatchEvent",
    "BatchFinished",
    "BatchStarted",
    "ConfigError",
    "Deadline",
    "Digest",
    "Directive",
    "DocumentDone",
    "Extraction",
    "Finding",
    "InputError",
    "Item",
    "Meeting",
    "MeetingRow",
    "Minutes",
    "ModelError",
    "ModelRun",
    "ObserverGroup",
    "RunInfo",
    "SaveResult",
    "SearchHit",
    "Settings",
    "SourceText",
    "Span",
    "Store",
    "StoreError",
    "StoredDocument",
    "SummarizerError",
    "Task",
    "TaskChange",
    "Week",
    "build_digest",
    "collect_files",
    "extract_bytes",
    "extract_path",
    "extract_source",
    "extractor_for",
    "finding_label",
    "flag_label",
    "install_redaction",
    "iter_grounded",
    "parse_week",
    "render_digest_docx",
    "render_digest_html",
    "render_digest_markdown",
    "render_ledger_csv",
    "render_ledger_xlsx",
    "run_batch",
    "run_llm",
    "status_label",
    "week_of",
]
