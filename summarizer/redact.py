"""Secrets never reach a log line: every log record is redacted when it is created.

The API key may appear in a log message, an exception or a URL (`http://user:KEY@host/v1`,
`?api-key=KEY`, `Authorization: Bearer KEY`): the SDKs and httpx log request URLs at INFO (`-v`).
`install()` wraps the logging record factory, so every logger, handler and formatter (ours,
httpx's, openai's, streamlit's, even logging's last-resort handler) sees the redacted text.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any

MASK = "***"
_USERINFO = re.compile(r"(?<=://)[^/\s@?#]+@")
_QUERY_SECRET = re.compile(
    r"(?i)([?&;](?:api[-_]?key|key|token|access[-_]?token|secret|password|passwd|sig|signature)=)[^&;#\s\"']+"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}")
_MIN_SECRET = 4  # shorter values would mask ordinary words

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without the given secrets, URL credentials, secret query values or bearer tokens."""
    for secret in sorted({*_secrets, *secrets}, key=len, reverse=True):
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, MASK)
    text = _USERINFO.sub(MASK + "@", text)
    text = _QUERY_SECRET.sub(lambda m: m.group(1) + MASK, text)
    return _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)


def add_secret(*values: str | None) -> None:
    """Values to mask in every later log line (e.g. the API key once settings are read)."""
    with _lock:
        _secrets.update(v for v in values if v and len(v) >= _MIN_SECRET)


def _redact_record(record: logging.LogRecord) -> None:
    message = record.getMessage()
    clean = redact(message)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and not record.exc_text:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


def install(*secrets: str | None) -> None:
    """Redact every log record from now on (idempotent); `secrets` are masked verbatim too."""
    global _installed
    add_secret(*secrets)
    with _lock:
        if _installed:
            return
        _installed = True
        previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        _redact_record(record)
        return record

    logging.setLogRecordFactory(factory)


install_redaction = install  # the name the public API (`summarizer.install_redaction`) exports
