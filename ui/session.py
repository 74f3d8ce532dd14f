"""Per-session state of the page: settings read once, the current extraction, errors.

Settings are read from the environment once per session here (the UI is an edge, like the
CLI) and passed down; pages never read `os.environ`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from summarizer import (
    ConfigError,
    Extraction,
    LedgerFilter,
    Settings,
    SourceText,
    Store,
    StoredDocument,
    SummarizerError,
    distinct_values,
    extract_bytes,
    install_redaction,
    run_llm,
    today_in_china,
)
from ui.present import check_upload, error_message

log = logging.getLogger("summarizer.ui")

SETTINGS_KEY = "settings"
EXTRACTION_KEY = "extraction"
UPLOAD_KEY = "upload_digest"
FOCUS_ITEM_KEY = "focus_item"
USE_MODEL_KEY = "use_model"
SAVE_NOTE_KEY = "save_note"


def settings() -> Settings:
    """The session's settings; stops the page with a Chinese message if they are invalid."""
    cached = st.session_state.get(SETTINGS_KEY)
    if isinstance(cached, Settings):
        return cached
    try:
        loaded = Settings.from_env()
    except ConfigError as exc:
        st.error(error_message(exc))
        st.stop()
    if loaded.llm.api_key is not None:  # the page's log lines never carry the key either
        install_redaction(loaded.llm.api_key.get_secret_value())
    else:
        install_redaction()
    st.session_state[SETTINGS_KEY] = loaded
    return loaded


def current_extraction() -> Extraction | None:
    value = st.session_state.get(EXTRACTION_KEY)
    return value if isinstance(value, Extraction) else None


def set_extraction(extraction: Extraction) -> None:
    st.session_state[EXTRACTION_KEY] = extraction


def model_available(current: Settings) -> bool:
    """The model switch is offered only when every model setting is present."""
    return not current.llm.missing()


def show_error(exc: BaseException) -> None:
    """A Chinese one-liner on the page; unexpected errors are logged, never shown."""
    if not isinstance(exc, SummarizerError):
        log.error("unexpected error in the UI", exc_info=exc)
    st.error(error_message(exc))


@contextmanager
def open_store(current: Settings) -> Iterator[Store]:
    """The database for one script run (a Store is not shared across threads)."""
    with Store.open(current.database) as store:
        yield store


def use_model(current: Settings) -> bool:
    """The official switched the model on, and every model setting is present."""
    return bool(st.session_state.get(USE_MODEL_KEY)) and model_available(current)


def run_extraction(data: bytes, name: str, current: Settings, *, with_model: bool) -> Extraction:
    """The one seam between the page and the extractors: the rules always run; with the model
    switched on each item then goes to the model, checked against the source and the rules."""
    extraction = extract_bytes(data, name, current)
    if with_model:
        extraction = run_llm([extraction], current).documents[0]
    return extraction


def extract_upload(data: bytes, name: str, current: Settings) -> Extraction | None:
    """Extract an uploaded file once per distinct content (and model switch), save it, show
    errors in Chinese.

    Returns the extraction (cached in the session for the same bytes), or None after showing
    an error.
    """
    with_model = use_model(current)
    digest = f"{hashlib.sha256(data).hexdigest()}:{name}:{'llm' if with_model else 'rules'}"
    existing = current_extraction()
    if existing is not None and st.session_state.get(UPLOAD_KEY) == digest:
        return existing
    try:
        check_upload(name, len(data), current.max_input_bytes)
        if with_model:
            with st.spinner("模型逐项抽取中…"):
                extraction = run_extraction(data, name, current, with_model=True)
        else:
            extraction = run_extraction(data, name, current, with_model=False)
        with open_store(current) as store:
            saved = store.save(extraction, backend="llm" if with_model else "rules", confirm=current.auto_confirm)
    except Exception as exc:  # the page must never show a traceback
        show_error(exc)
        # The previous file's cards must not stay on screen under the name of the one that failed.
        st.session_state.pop(EXTRACTION_KEY, None)
        st.session_state[UPLOAD_KEY] = digest
        return None
    set_extraction(extraction)
    st.session_state[UPLOAD_KEY] = digest
    st.session_state[SAVE_NOTE_KEY] = (
        ("已保存到会议库，已确认" if current.auto_confirm else "已保存到会议库，待审核确认后列入督办台账")
        if saved.status == "saved"
        else "会议库中已有该文件"
    )
    return extraction


def extraction_of(document: StoredDocument) -> Extraction:
    """A stored record as an `Extraction`, its spans pointing into the stored text."""
    source = SourceText.model_validate(
        {
            "text": document.source_text,
            "path": document.minutes.source_file,
            "media_type": document.media_type,
            "sha256": document.sha256,
            "size_bytes": len(document.source_text.encode("utf-8")),
        }
    )
    return Extraction(source=source, minutes=document.minutes)


def load_stored(sha256: str, current: Settings) -> Extraction | None:
    """Make a stored meeting (by its sha256, its identity) the current one; None after showing an error."""
    try:
        with open_store(current) as store:
            extraction = extraction_of(store.get(sha256))
    except Exception as exc:
        show_error(exc)
        return None
    set_extraction(extraction)
    st.session_state[UPLOAD_KEY] = None
    return extraction


@st.cache_data(ttl=120, show_spinner=False)
def _filter_options(database: str, column: str, scope_unit: str | None, issuer: str | None, view: str | None,
                    today: dt.date, warn_days: int) -> list[str]:
    with Store.open(database) as store:
        flt = LedgerFilter(scope_unit=scope_unit, issuer=issuer, view=view)
        return distinct_values(store.connection, column, flt, today, warn_days)


def filter_options(current: Settings, column: str, *, scope_unit: str | None = None, issuer: str | None = None,
                   view: str | None = None) -> list[str]:
    """The units or issuers that have tasks, for a filter list: a GROUP BY over every task, so it is
    cached for two minutes (a new unit appears in the list at most that late; the lists it filters
    are always read live)."""
    return _filter_options(str(current.database), column, scope_unit, issuer, view, today_in_china(),
                           current.warn_days)
