"""Read an input file into a `SourceText`. (Minimal UTF-8 text reader; formats come next.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

from summarizer.errors import InputError
from summarizer.schema import SourceText


def read_bytes(data: bytes, name: str, *, max_bytes: int) -> SourceText:
    if len(data) > max_bytes:
        raise InputError(f"{name}: file is {len(data)} bytes, over the limit of {max_bytes}")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text") from exc
    return SourceText(
        text=text,
        path=name,
        media_type="text",
        encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )


def read_path(path: Path, *, max_bytes: int) -> SourceText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    return read_bytes(data, str(path), max_bytes=max_bytes)
