"""Escaping shared by the spreadsheet renderers (XLSX, CSV).

A cell whose text starts with `=`, `+`, `-`, `@` (or a tab / carriage return) is read as a
formula by spreadsheet programs: `=HYPERLINK(...)` planted in a document would become a live
link. Such values get a leading apostrophe, the OWASP-recommended neutralisation.
"""

from __future__ import annotations

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def cell_value(value: object) -> object:
    """A value ready for a spreadsheet cell: strings escaped, None as empty, others as they are."""
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_formula(value)
    return value
