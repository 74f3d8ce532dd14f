"""A table typed as plain text: rows of cells split by `｜` or `|` (`1｜审议《A》｜原则同意。｜县财政局`),
also a Markdown table (`| 序号 | 议题 |` over its `|---|---|` rule). Its cells are joined by tabs, as
every other reader gives a table, so the table layout reads it; the rule line goes, nothing else changes.

Two such rows in a row, of three cells or more, make a table: a navigation bar (`首页 | 新闻 | 政务`)
alone on its line is no table.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_RULE = re.compile(r"[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*[|｜]?){2,}[ \t\u3000]*")
_MIN_CELLS = 3
_MIN_ROWS = 2


def tabbed_tables(text: str) -> str:
    """`text` with the cells of its text tables joined by tabs (unchanged when it has none)."""
    if "|" not in text and "｜" not in text:
        return text
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        run_end = i
        while run_end < len(lines) and (rows[run_end] is not None or _RULE.fullmatch(lines[run_end])):
            run_end += 1
        if sum(rows[k] is not None for k in range(i, run_end)) >= _MIN_ROWS:
            out += ["\t".join(cells) for k in range(i, run_end) if (cells := rows[k]) is not None]
            i = run_end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _cells(line: str) -> list[str] | None:
    """The cells of a table row, or None when the line is no row (fewer than three cells)."""
    if _RULE.fullmatch(line):
        return None
    cells = _SEPARATOR.split(line.strip(" \t\u3000|｜"))
    return cells if len(cells) >= _MIN_CELLS else None
