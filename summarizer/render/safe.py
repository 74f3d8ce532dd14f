"""Escaping shared by the renderers that write XML (DOCX, XLSX) or spreadsheets (XLSX, CSV).

XML 1.0 cannot hold control characters (PDF extraction and model answers can carry them);
`xml_safe` drops them.

A cell whose text starts with `=`, `+`, `-`, `@` (or a tab / carriage return) is read as a
formula by spreadsheet programs: `=HYPERLINK(...)` planted in a document would become a live
link. Such values get a leading apostrophe, the OWASP-recommended neutralisation.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: str) -> str:
    return _NOT_XML.sub("", value)


def escape_formula(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def cell_value(value: object) -> object:
    """A value ready for a spreadsheet cell: strings escaped, None as empty, others as they are."""
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_formula(xml_safe(value))
    return value
