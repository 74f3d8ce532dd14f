"""Where a command's result goes: a file (errors as one line) or standard output."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from summarizer.errors import InputError


def check_writable(output: Path | None) -> None:
    """Fail before the work (and before any model call is paid for) when -o cannot be written."""
    if output is not None and not output.resolve().parent.is_dir():
        raise InputError(f"{output}: cannot write: folder {output.parent} does not exist")


def write_output(content: str | bytes, output: Path | None) -> None:
    """Write to `output` or stdout; binary content is not sent to a terminal."""
    if output is not None:
        try:
            if isinstance(content, bytes):
                output.write_bytes(content)
            else:
                output.write_text(content, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{output}: cannot write: {exc.strerror}") from exc
        print(f"wrote {output}", file=sys.stderr)
    elif isinstance(content, bytes):
        if sys.stdout.isatty():
            raise InputError("this format is binary: pass -o FILE")
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content)


def write_lines(lines: Iterable[str], output: Path | None) -> None:
    """Write text as it is produced, to `output` or stdout (exports that must not sit in memory)."""
    if output is None:
        for line in lines:
            sys.stdout.write(line)
        return
    try:
        with output.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line)
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror}") from exc


@contextmanager
def output_stream(output: Path | None, *, binary: bool) -> Iterator[IO[Any]]:
    """A stream to write a long result into as it is produced (a file, or stdout)."""
    check_writable(output)
    if output is None:
        if binary and sys.stdout.isatty():
            raise InputError("this format is binary: pass -o FILE")
        yield sys.stdout.buffer if binary else sys.stdout
        return
    try:
        handle = output.open("wb") if binary else output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror}") from exc
    with handle:
        yield handle
    print(f"wrote {output}", file=sys.stderr)
