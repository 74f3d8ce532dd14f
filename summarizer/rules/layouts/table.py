"""A table of decided matters (`序号 | 议题 | 议定事项 | 责任单位 | 完成时限`), one item per row.

Ingest flattens a table to tab-separated lines; normalization removes the tabs and the page
keeps where they were (`cell_starts`). A cell's paragraphs are lines of their own, so a row
runs from `N<cell>` to the next row, and the one column that may hold several paragraphs
(议定事项) takes what the columns before and after it leave.
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, Region, pieces, positions_within
from summarizer.rules.layouts import Layout, Page


def detect(page: Page) -> bool:
    return len(page.cell_starts) >= 2


def _header(page: Page) -> tuple[list[str], list[Region]] | None:
    """The roles of the header row's cells and the lines below it."""
    text, lines = page.text, pieces(page.text, page.body.start, page.body.end, [])
    for i, line in enumerate(lines):
        if len(positions_within(page.cell_starts, line.start, line.end)) < 2:
            continue  # a header row has three cells or more
        cells = pieces(text, line.start, line.end, page.cell_starts)
        found = [next((r for r, p in patterns.TABLE_COLUMNS if p.fullmatch(text, c.start, c.end)), "") for c in cells]
        if len(found) >= 3 and found[0] == "number" and {"heading", "decision"} <= set(found):
            return found, lines[i + 1 :]
    return None


def items(page: Page) -> list[ItemBlock]:
    header = _header(page)
    if header is None:
        return []
    roles, lines = header
    text, cells = page.text, page.cell_starts
    rows: list[Region] = []  # number cells 1, 2, 3 … that open a line
    for line in lines:
        first = pieces(text, line.start, line.end, cells)[0]
        if text[first.start : first.end].isdigit() and int(text[first.start : first.end]) == len(rows) + 1:
            rows.append(first)
    found = []
    decision_at = roles.index("decision")
    before, after = roles[1:decision_at], roles[decision_at + 1 :]
    for i, number in enumerate(rows):
        stop = rows[i + 1].start if i + 1 < len(rows) else page.body.end
        row = pieces(text, number.end, stop, cells)
        if len(row) < len(before) + len(after) + 1:
            continue  # a row missing cells: not read as an item
        columns = dict(zip(before, row, strict=False)) | dict(zip(after[::-1], row[::-1], strict=False))
        if "heading" not in columns:
            continue
        item = ItemBlock(i + 1, "", columns["heading"].start, columns["heading"].end, stop)
        item.paragraphs = [Paragraph("", p.start, p.end) for p in row[len(before) : len(row) - len(after)]]
        asked = columns.get("requirement")  # `工作要求`: what the units must do, a directive (`—` when none)
        if asked is not None and text[asked.start : asked.end].strip(_NO_VALUE):
            item.paragraphs.append(Paragraph("", asked.start, asked.end))
        item.lead_cell, item.deadline_cell = columns.get("lead"), columns.get("deadline")
        found.append(item)
    return found


_NO_VALUE = " \u3000-—–/无"  # an empty cell's dash

LAYOUT = Layout("table", detect, items)
