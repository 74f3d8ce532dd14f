"""Is it HTML, and which charset does it declare: sniffing without an HTML parser, so a plain
text file never loads one."""

from __future__ import annotations

import re

_HTML_START = re.compile(r"^\s*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|!--)[\s>/-]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def looks_like_html(head: str) -> bool:
    """Content sniffing on the first characters of a document."""
    return bool(_HTML_START.match(head))


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None
