"""A table typed as plain text: rows of cells split by `｜` or `|` (`1｜审议《A》｜原则同意。｜县财政局`),
also a Markdown table (`| 序号 | 议题 |` over its `|---|---|` rule) or a drawn grid (`+----+----+` borders),
a table copied one cell per line (`序号` / `议题` / `议定事项` / … then `1` / `审议《A》` / …), or two-column
rows of a label and its value (`责任单位｜旗农牧局`, two lines or more). Its cells are joined by tabs, as every
other reader gives a table, so the table layout reads it; the rule lines go, and a row whose cell wrapped onto
the next line (drawn or tabbed) is joined again; nothing else changes.

Two such rows in a row, of three cells or more, make a table: a navigation bar (`首页 | 新闻 | 政务`)
alone on its line is no table. A table one cell per line opens with `序号` and its header's short lines,
and a decision column (`议定事项`, `决定事项`, `议定意见`), and its rows are numbered 1, 2, 3… on lines of
their own up to a blank line; the lines a row has beyond one per column are paragraphs of its decision column.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
# (a Markdown rule `|---|---|`, or a drawn grid's border `+------+------+`)
_RULE = re.compile(r"[ \t\u3000]*[|｜+]?(?:[ \t\u3000]*:?[-=]{3,}:?[ \t\u3000]*[|｜+]?){2,}[ \t\u3000]*")
_MIN_CELLS = 3
_MIN_ROWS = 2


def tabbed_tables(text: str) -> str:
    """`text` with the cells of its text tables joined by tabs (unchanged when it has none)."""
    if "\t" in text:
        text = "\n".join(_tabbed_rows_rejoined(text.split("\n")))
    if "序号" in text:
        text = _cells_per_line(text)
    if "|" not in text and "｜" not in text:
        return text
    lines = _rows_rejoined(text.split("\n"))
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
    return "\n".join(_field_rows(out))


def _field_rows(lines: list[str]) -> list[str]:
    """Two lines or more in a row that are a label and its value (a heading `权威发布｜X` alone is none)."""
    fields = [False, *(_FIELD_ROW.match(line) is not None for line in lines), False]
    return [
        _FIELD_ROW.sub("\\1\t", line) if fields[i + 1] and (fields[i] or fields[i + 2]) else line
        for i, line in enumerate(lines)
    ]


# A two-column table typed with a bar (`责任单位｜旗农牧局`, `会议名称 | 第十二次常务会议`): a label and its value,
# the cells a Word table's reader gives (a tab between them).
_FIELD_ROW = re.compile(
    r"^([ \t\u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,7}?)[ \t\u3000]*[|｜][ \t\u3000]*(?=[^|｜\s])(?!.*[|｜])"
)


def _tabbed_rows_rejoined(lines: list[str]) -> list[str]:
    """A tabbed row whose cell was broken onto the next line (`3\t加强资金保障，` / `确保到位。\t县财政局\t国庆节前`): a
    line with fewer tabs than the header row above it goes on with the next when together they have as many."""
    out: list[str] = []
    columns = 0  # the tabs of the last header row (`序号\t…`), 0 outside a table
    for line in lines:
        tabs = line.count("\t")
        if line.lstrip(" \u3000").startswith("序号") and tabs:
            columns = tabs
        elif not tabs and not line.strip():
            columns = 0
        previous = out[-1].count("\t") if out else 0
        if columns and 0 < previous < columns and previous + tabs == columns and not out[-1].endswith("\t"):
            out[-1] = out[-1].rstrip(" \u3000") + line.lstrip(" \u3000")
        else:
            out.append(line)
    return out


def _rows_rejoined(lines: list[str]) -> list[str]:
    """A drawn row whose cell wrapped onto the next line (`| 3 | 研究… | …办理，` / `确保早日开工。 | 市卫健局 |`):
    a line that opens a row with its bar but does not close it goes on with the next, unless that one opens a row."""
    out: list[str] = []
    for line in lines:
        bare = line.strip(" \t\u3000")
        last = out[-1].strip(" \t\u3000") if out else ""
        open_row = last.startswith(_BARS) and not last.endswith(_BARS) and not _RULE.fullmatch(last)
        if open_row and bare and not bare.startswith(_BARS) and not _RULE.fullmatch(bare):
            out[-1] = out[-1].rstrip(" \t\u3000") + bare
        else:
            out.append(line)
    return out


_BARS = ("|", "｜")


def _cells(line: str) -> list[str] | None:
    """The cells of a table row, or None when the line is no row (fewer than three cells)."""
    if _RULE.fullmatch(line):
        return None
    cells = _SEPARATOR.split(line.strip(" \t\u3000|｜"))
    return cells if len(cells) >= _MIN_CELLS else None


_HEADER_MAX_CHARS = 8
_MULTI_PARAGRAPH_COLUMN = re.compile("议定|决定|意见")


def _cells_per_line(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_at(lines, i) if lines[i].strip(" \t\u3000") == "序号" else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = table
        out += rows
    return "\n".join(out)


def _table_at(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The tab-joined rows of a one-cell-per-line table whose header starts at `start`, and the line after it."""
    header_end = start + 1
    while header_end < len(lines) and _header_cell(lines[header_end]):
        header_end += 1
    header = [line.strip(" \t\u3000") for line in lines[start:header_end]]
    if len(header) < _MIN_CELLS or header_end >= len(lines) or lines[header_end].strip() != "1":
        return None
    end = header_end
    while end < len(lines) and lines[end].strip(" \t\u3000"):
        end += 1
    body = [line.strip(" \t\u3000") for line in lines[header_end:end]]
    numbers: list[int] = []  # where the lines `1`, `2`, `3`… that open the rows stand
    for k, line in enumerate(body):
        if line == str(len(numbers) + 1):
            numbers.append(k)
    multi = next((k for k, name in enumerate(header) if _MULTI_PARAGRAPH_COLUMN.search(name)), None)
    if multi is None or multi == 0:
        return None  # no column of decisions: a roster or a list, no table of decided matters
    rows = ["\t".join(header)]
    for n, at in enumerate(numbers):
        cells = body[at + 1 : numbers[n + 1] if n + 1 < len(numbers) else len(body)]
        extra = len(cells) - (len(header) - 1)
        if extra < 0:
            return None  # a row missing cells: no table read this way
        before, after = cells[: multi - 1], cells[multi - 1 + extra + 1 :]
        rows.append("\t".join([body[at], *before, "\n".join(cells[multi - 1 : multi + extra]), *after]))
    return rows, end


def _header_cell(line: str) -> bool:
    cell = line.strip(" \t\u3000")
    return 0 < len(cell) <= _HEADER_MAX_CHARS and cell != "1" and not any(ch in cell for ch in "，。；：:,")
