"""An item's decision laid out as a two-column table under its heading, any layout's.

`一、关于《A》` then a row per field: `议定意见 | 原则同意…`, `工作要求 | X要…`, `责任单位 | X（牵头）、Y`,
`完成时限 | 5月31日前` (a Word table flattened to tab-joined lines, or typed with a bar: ingest/texttable.py).
The label is no part of what was decided or asked: the decision field is the decision paragraph, the
requirement field the directive, and the unit and date fields say who must do it and by when, as a
table of decided matters' columns do (see `table`).
"""

from __future__ import annotations

import itertools
import re

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


def read_labelled_lines(page: Page, items: list[ItemBlock]) -> None:
    """Each item written as labelled lines (`【会议决定】原则同意…`, `决定事项：…`, `★要求：…`, then
    `【责任单位】X　【完成时限】Y` after each task): the decision line is the decision paragraph, each
    requirement a directive (the numbered lines under a bare `【工作要求】` too), and the unit and date
    lines after a task say who must do it and by when; the first unit line names the item's lead."""
    text = page.text
    for item in items:
        lines = [(line, _fields_of(text, line)) for p in item.paragraphs for line in _lines(text, p)]
        if not any(role in ("decision", "requirement") for _, found in lines for role, _ in found):
            continue
        paragraphs: list[Paragraph] = []
        tasks: list[Paragraph] = []
        asking = False
        for line, found in lines:
            if not found:
                paragraphs.append(line)  # (a numbered task under a bare `【工作要求】`, or any other paragraph)
                if asking:
                    tasks.append(line)
                continue
            for role, value in found:
                if value is None or role not in ("decision", "requirement", "lead", "deadline"):
                    asking = asking or role == "requirement"
                    continue
                if role in ("decision", "requirement"):
                    paragraphs.append(Paragraph("", value.start, value.end))
                    if role == "requirement":
                        asking = True
                        tasks.append(paragraphs[-1])
                elif tasks and role == "lead" and tasks[-1].lead_cell is None:
                    tasks[-1].lead_cell = value
                elif tasks and role == "deadline" and tasks[-1].deadline_cell is None:
                    tasks[-1].deadline_cell = value
                if role == "lead" and item.lead_cell is None:
                    item.lead_cell = value
        item.paragraphs = paragraphs


def _lines(text: str, paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph cut where a labelled line starts inside it (its first line keeps its marker)."""
    cuts = [paragraph.start]
    at = text.find("\n", paragraph.start, paragraph.end)
    while at != -1:
        if labelled_role(text, at + 1, paragraph.end):
            cuts.append(at + 1)
        at = text.find("\n", at + 1, paragraph.end)
    bounds = [*cuts, paragraph.end]
    return [
        Paragraph(paragraph.marker if i == 0 else "", start, text.rfind("\n", start, end) if i + 1 < len(cuts) else end)
        for i, (start, end) in enumerate(itertools.pairwise(bounds))
    ]


def _fields_of(text: str, line: Paragraph) -> list[tuple[str, Region | None]]:
    """The line's labelled fields; none for `牵头单位：X；配合单位：Y；完成时限：Z` on one line, which the
    committed sets read as a directive of its own (its units addressed, its date its deadline)."""
    found = _labels(text, line)
    first = patterns.FIELD_LINE.match(text, line.start, line.end)
    bracketed = first is not None and first.group("bracketed") is not None
    return [] if len(found) > 1 and not bracketed else found


def _labels(text: str, line: Paragraph) -> list[tuple[str, Region | None]]:
    """(role, value) of each label the line holds, [] for a line that opens with none; a bracketed label's
    value stops at the next bracketed label (`【责任单位】X【完成时限】Y`), a colon's at a `；`."""
    found = []
    at = line.start
    while (label := patterns.FIELD_LINE.match(text, at, line.end)) is not None and (role := _role(label)):
        if label.group("bracketed"):
            value_start = label.end()
            next_label = text.find("【", value_start, line.end)
            value_end = next_label if next_label != -1 else line.end
        elif role in ("decision", "requirement"):  # (the colon's label stays with the words: `工作要求：X要…`)
            value_start, value_end = label.start("colon"), line.end
        else:
            value_start = label.end()
            semicolon = text.find("；", value_start, line.end)
            value_end = semicolon if semicolon != -1 else line.end
        value = Region(value_start, value_end)
        said = text[label.end() : value_end].strip(NO_VALUE)  # (`落实要求：` alone: the tasks follow it)
        found.append((role, value if said else None))
        at = value_end + (text.startswith("；", value_end))
    return found


def labelled_role(text: str, start: int, end: int) -> str | None:
    """The role of the label that opens the line [start, end) (`heading` for `【议题】…`), or None."""
    return _role(patterns.FIELD_LINE.match(text, start, end))


def _role(label: re.Match[str] | None) -> str | None:
    """The role a line's label names (a table column's, or `unkept`), None when it names none."""
    if label is None:
        return None
    name = label.group("bracketed") or label.group("colon")
    if name in patterns.UNKEPT_FIELD_LABELS:
        return "unkept"
    return next((role for role, pattern in patterns.TABLE_COLUMNS if pattern.fullmatch(name)), None)
