"""An item's decision laid out as a two-column table under its heading, any layout's.

`一、关于《A》` then a row per field: `议定意见 | 原则同意…`, `工作要求 | X要…`, `责任单位 | X（牵头）、Y`,
`完成时限 | 5月31日前` (a Word table flattened to tab-joined lines, or typed with a bar: ingest/texttable.py).
The label is no part of what was decided or asked: the decision field is the decision paragraph, the
requirement field the directive, and the unit and date fields say who must do it and by when, as a
table of decided matters' columns do (see `table`).
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, Region, pieces
from summarizer.rules.layouts import Page
from summarizer.rules.layouts.table import NO_VALUE


def read_field_rows(page: Page, items: list[ItemBlock]) -> None:
    """Each item whose paragraphs are such field rows gets their values as its paragraphs and cells."""
    if not page.cell_starts:
        return
    for item in items:
        rows = [field for p in item.paragraphs if (field := _field(page, p)) is not None]
        if not {"decision", "requirement"} & {role for role, _ in rows}:
            continue
        fields = {role: value for role, value in rows if value is not None}
        lead, deadline = fields.get("lead"), fields.get("deadline")
        paragraphs = [p for p in item.paragraphs if _field(page, p) is None]
        if (decided := fields.get("decision")) is not None:
            paragraphs.append(Paragraph("", decided.start, decided.end))
        if (asked := fields.get("requirement")) is not None:
            paragraphs.append(Paragraph("", asked.start, asked.end, lead, deadline))
        item.paragraphs = paragraphs
        item.lead_cell = lead


def _field(page: Page, paragraph: Paragraph) -> tuple[str, Region | None] | None:
    """(role, value) of a paragraph that is a label's row (`责任单位\t旗水利局`), or None; the value of an
    empty field (`—`) is None."""
    text = page.text
    cells = pieces(text, paragraph.start, paragraph.end, page.cell_starts)
    if len(cells) != 2 or cells[0].start != paragraph.start:
        return None
    label, value = cells
    role = next((r for r, p in patterns.TABLE_COLUMNS if p.fullmatch(text, label.start, label.end)), None)
    if role is None:
        return None
    return role, value if text[value.start : value.end].strip(NO_VALUE) else None
