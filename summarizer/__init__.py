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
    from summarizer.clock import shown
    from summarizer.config import Settings
    from summarizer.digest import Digest, Week, build_digest, parse_week, week_of
    from summarizer.errors import ConfigError, InputError, ModelError, RefusedError, StoreError, SummarizerError
    from summarizer.model.run import ModelRun, run_llm
    from summarizer.pipeline import Extraction, extract_bytes, extract_path, extract_source
    from summarizer.redact import install_redaction
    from summarizer.render.digest_docx import render_digest_docx
    from summarizer.render.digest_html import render_digest_html
    from summarizer.render.digest_markdown import render_digest_markdown
    from summarizer.render.digest_text import STATUS_LABELS, status_label
    from summarizer.render.digest_xlsx import render_digest_xlsx
    from summarizer.render.labels import KIND_LABELS, finding_label, finding_quote, flag_label
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
    from summarizer.store.weekly import meeting_days
    from summarizer.supervision import review
    from summarizer.supervision.derive import pending_unit
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
    "RefusedError": "summarizer.errors",
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
    "finding_quote": "summarizer.render.labels",
    "flag_label": "summarizer.render.labels",
    "install_redaction": "summarizer.redact",
    "iter_grounded": "summarizer.schema",
    "meeting_days": "summarizer.store.weekly",
    "parse_week": "summarizer.digest",
    "render_digest_docx": "summarizer.render.digest_docx",
    "render_digest_html": "summarizer.render.digest_html",
    "render_digest_markdown": "summarizer.render.digest_markdown",
    "render_digest_xlsx": "summarizer.render.digest_xlsx",
    "render_ledger_csv": "summarizer.render.ledger_xlsx",
    "render_ledger_xlsx": "summarizer.render.ledger_xlsx",
    "run_batch": "summarizer.batch",
    "run_llm": "summarizer.model.run",
    "status_label": "summarizer.render.digest_text",
    "week_of": "summarizer.digest",
    "review": "summarizer.supervision.review",  # a module: review operations (supervision.review)
    "pending_unit": "summarizer.supervision.derive",
    "shown": "summarizer.clock",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    imported = importlib.import_module(module)
    value = imported if module.endswith("." + name) else getattr(imported, name)
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
    "RefusedError",
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
    "finding_quote",
    "flag_label",
    "install_redaction",
    "iter_grounded",
    "meeting_days",
    "parse_week",
    "pending_unit",
    "render_digest_docx",
    "render_digest_html",
    "render_digest_markdown",
    "render_digest_xlsx",
    "render_ledger_csv",
    "render_ledger_xlsx",
    "review",
    "run_batch",
    "run_llm",
    "shown",
    "status_label",
    "week_of",
]

# Supervision (督办): lifecycle, roles, bounded ledger reads, statistics, 催办. Kept in one block so
# merges with other additions to the public API stay simple.
if TYPE_CHECKING:
    from summarizer.clock import shown, today_in_china
    from summarizer.render.reminders import render_reminders_markdown, render_reminders_xlsx
    from summarizer.render.reminders_docx import render_reminders_docx
    from summarizer.supervision.dues import LIGHT_LABELS, light, light_label, remaining_text
    from summarizer.supervision.events import actor_text, event_text, history_line
    from summarizer.supervision.ledger_query import (
        LEDGER_PAGE_SIZE,
        NO_ISSUER,
        LedgerFilter,
        LedgerRow,
        count_tasks,
        distinct_values,
        export_tasks,
        page_tasks,
    )
    from summarizer.supervision.lifecycle import ACTIONS, STATE_LABELS, available, may_see, state_label
    from summarizer.supervision.record import take_action
    from summarizer.supervision.reminders import DEFAULT_OFFICE, Reminders, build_reminders
    from summarizer.supervision.roles import ROLE_LABELS, SINGLE_USER, Actor, actor_for, load_roles
    from summarizer.supervision.stats import COUNTED, GROUP_LABELS, GroupBy, StatRow, cell_filter, task_stats
    from summarizer.supervision.views import VIEW_LABELS

_SUPERVISION = {
    **dict.fromkeys(("shown", "today_in_china"), "summarizer.clock"),
    **dict.fromkeys(("render_reminders_markdown", "render_reminders_xlsx"), "summarizer.render.reminders"),
    "render_reminders_docx": "summarizer.render.reminders_docx",
    **dict.fromkeys(("LIGHT_LABELS", "light", "light_label", "remaining_text"), "summarizer.supervision.dues"),
    **dict.fromkeys(("actor_text", "event_text", "history_line"), "summarizer.supervision.events"),
    **dict.fromkeys(
        ("LEDGER_PAGE_SIZE", "NO_ISSUER", "LedgerFilter", "LedgerRow", "count_tasks", "distinct_values", "export_tasks",
         "page_tasks"),
        "summarizer.supervision.ledger_query",
    ),
    **dict.fromkeys(
        ("ACTIONS", "STATE_LABELS", "available", "may_see", "state_label"), "summarizer.supervision.lifecycle"
    ),
    "take_action": "summarizer.supervision.record",
    **dict.fromkeys(("DEFAULT_OFFICE", "Reminders", "build_reminders"), "summarizer.supervision.reminders"),
    **dict.fromkeys(
        ("ROLE_LABELS", "SINGLE_USER", "Actor", "actor_for", "load_roles"), "summarizer.supervision.roles"
    ),
    **dict.fromkeys(
        ("COUNTED", "GROUP_LABELS", "GroupBy", "StatRow", "cell_filter", "task_stats"), "summarizer.supervision.stats"
    ),
    "VIEW_LABELS": "summarizer.supervision.views",
}
_WHERE.update(_SUPERVISION)
__all__ += [
    "ACTIONS", "COUNTED", "DEFAULT_OFFICE", "GROUP_LABELS", "LEDGER_PAGE_SIZE", "LIGHT_LABELS", "NO_ISSUER",
    "ROLE_LABELS", "SINGLE_USER", "STATE_LABELS", "VIEW_LABELS", "Actor", "GroupBy", "LedgerFilter", "LedgerRow",
    "Reminders", "StatRow", "actor_for", "actor_text", "available", "build_reminders", "cell_filter", "count_tasks",
    "distinct_values", "event_text", "export_tasks", "history_line", "light", "light_label", "load_roles", "may_see",
    "page_tasks", "remaining_text", "render_reminders_docx", "render_reminders_markdown", "render_reminders_xlsx",
    "shown", "state_label", "take_action", "task_stats", "today_in_china",
]
