"""Structured, grounded summaries of government standing-meeting minutes (常务会议纪要).

The public API: everything the UI and other callers may use is importable from here.
"""

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
from summarizer.ledger import TASK_STATUSES, Task, TaskChange
from summarizer.model_run import ModelRun, run_llm
from summarizer.pipeline import Extraction, extract_bytes, extract_path, extract_source
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

__all__ = [
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
