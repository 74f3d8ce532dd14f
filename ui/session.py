"""Per-session state of the page: settings read once, the current extraction, errors.

Settings are read from the environment once per session here (the UI is an edge, like the
CLI) and passed down; pages never read `os.environ`.
"""

from __future__ import annotations

import hashlib
import logging

import streamlit as st

from summarizer import ConfigError, Extraction, Settings, SummarizerError, extract_bytes
from ui.present import check_upload, error_message

log = logging.getLogger("summarizer.ui")

SETTINGS_KEY = "settings"
EXTRACTION_KEY = "extraction"
UPLOAD_KEY = "upload_digest"
FOCUS_ITEM_KEY = "focus_item"
USE_MODEL_KEY = "use_model"


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


def extract_upload(data: bytes, name: str, current: Settings) -> Extraction | None:
    """Extract an uploaded file once per distinct content; show errors in Chinese.

    Returns the extraction (cached in the session for the same bytes), or None after showing
    an error.
    """
    digest = hashlib.sha256(data).hexdigest() + ":" + name
    existing = current_extraction()
    if existing is not None and st.session_state.get(UPLOAD_KEY) == digest:
        return existing
    try:
        check_upload(name, len(data), current.max_input_bytes)
        extraction = extract_bytes(data, name, current)
    except SummarizerError as exc:
        st.error(error_message(exc))
        return None
    except Exception as exc:  # the page must never show a traceback
        log.exception("extraction of %s failed", name)
        st.error(error_message(exc))
        return None
    set_extraction(extraction)
    st.session_state[UPLOAD_KEY] = digest
    return extraction
