"""Repair UTF-8 text that was once decoded as Windows-1252 (`â€œ十四五â€` for `“十四五”`).

A page or file that went through a Windows-1252 decoder and back out as UTF-8 carries each
non-ASCII character of the run as 2-4 Latin characters. A run is repaired only when its
characters re-encode to Windows-1252 bytes that form exactly one valid UTF-8 character, as
ftfy does; Chinese text itself never looks like that, so nothing else is touched.
"""

from __future__ import annotations

import re


def _cp1252_char(byte: int) -> str:
    # Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as C1 controls.
    return bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)


_BYTE_OF = {_cp1252_char(byte): byte for byte in range(0x80, 0x100)}
_LEAD = "".join(_cp1252_char(byte) for byte in range(0xC2, 0xF5))  # UTF-8 lead bytes
_CONTINUATION = "".join(_cp1252_char(byte) for byte in range(0x80, 0xC0))
_RUN = re.compile(f"[{re.escape(_LEAD)}][{re.escape(_CONTINUATION)}]{{1,3}}")


def repair_mojibake(text: str) -> str:
    """`text` with every Windows-1252-mangled UTF-8 character restored."""
    return _RUN.sub(_repaired, text)


def _repaired(match: re.Match[str]) -> str:
    run = match.group()
    lead = _BYTE_OF[run[0]]
    length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4  # the bytes its lead byte announces
    if len(run) < length:
        return run
    try:
        char = bytes(_BYTE_OF[ch] for ch in run[:length]).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return char + run[length:]
