"""A table of decided matters (`序号 | 议题 | 议定事项 | 责任单位 | 完成时限`), one item per row.

Ingest flattens a table to tab-separated lines; normalization removes the tabs and the page
keeps where they were (`cell_starts`). A cell's paragraphs are lines of their own, so a row
runs from `N<cell>` to the next row, and the one column that may hold several paragraphs
(议定事项) takes what the columns before and after it leave. Without a 议题 column, a row whose
议定事项 opens with what the meeting did (`会议审议并原则通过《A》，由X…`) is an item headed by that
clause; rows that only list tasks belong to the item above the table (see `task_rows`).
"""

from __future__ import annotations

import re

from summarizer.rules import patterns
from summarizer.rules.blocks import (
    ItemBlock,
    Paragraph,
    Region,
    chinese_number,
    clause_end,
    decides,
    pieces,
    positions_within,
)
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
        if len(found) >= 3 and found[0] == "number" and {"decision", "heading"} & set(found):
            return found, lines[i + 1 :]
    return None


def items(page: Page) -> list[ItemBlock]:
    header = _header(page)
    if header is None:
        return []
    roles, lines = header
    text, cells = page.text, page.cell_starts
    if grouped := _grouped(page, roles, lines):
        return grouped
    rows: list[Region] = []  # number cells 1, 2, 3 … that open a line
    for line in lines:
        first = pieces(text, line.start, line.end, cells)[0]
        if text[first.start : first.end].isdigit() and int(text[first.start : first.end]) == len(rows) + 1:
            rows.append(first)
    found = []
    # the column whose cell may hold several paragraphs: 议定事项, else a 事项 cell that holds the matter, what
    # was decided and what was asked, a paragraph each (`审议《A》` / `会议原则同意…` / `X要…`)
    several = "decision" if "decision" in roles else "heading"
    several_at = roles.index(several)
    before, after = roles[1:several_at], roles[several_at + 1 :]
    for i, number in enumerate(rows):
        stop = rows[i + 1].start if i + 1 < len(rows) else page.body.end
        row = pieces(text, number.end, stop, cells)
        if len(row) < len(before) + len(after) + 1:
            continue  # a row missing cells: not read as an item
        columns = dict(zip(before, row, strict=False)) | dict(zip(after[::-1], row[::-1], strict=False))
        decided = row[len(before) : len(row) - len(after)]
        if several == "heading":
            item = ItemBlock(i + 1, "", decided[0].start, decided[0].end, stop)
            decided = decided[1:]
        elif "heading" in columns:
            item = ItemBlock(i + 1, "", columns["heading"].start, columns["heading"].end, stop)
        elif "heading" not in roles and decided and patterns.ITEM_SENTENCE.match(text, decided[0].start):
            heading_end = clause_end(text, decided[0].start, decided[0].end)  # `会议听取了X的汇报，…`
            item = ItemBlock(i + 1, "", decided[0].start, heading_end, stop, heading_in_paragraph=True)
        else:
            continue
        item.paragraphs = [part for p in decided for part in _decision_then_tasks(text, p)]
        asked = columns.get("requirement")  # `工作要求`: what the units must do, a directive (`—` when none)
        if asked is not None and text[asked.start : asked.end].strip(NO_VALUE):
            item.paragraphs.append(Paragraph("", asked.start, asked.end))
        item.lead_cell, item.deadline_cell = columns.get("lead"), columns.get("deadline")
        found.append(item)
    return found


def _grouped(page: Page, roles: list[str], lines: list[Region]) -> list[ItemBlock]:
    """Rows numbered 一, 二, 三 that name the matters (`一 | 审议《A》`), each over rows numbered 1, 2 … that
    decide and ask (`1 | 原则同意该措施，由X… | X | Y | 11月30日前`): an item per matter, a paragraph per row
    with its own 牵头单位 and 完成时限 cells."""
    text, cells = page.text, page.cell_starts
    matters: list[Region] = []  # the matter rows' lines
    for line in lines:
        number = text[line.start : pieces(text, line.start, line.end, cells)[0].end]
        if not number.isdigit() and chinese_number(number) == len(matters) + 1:
            matters.append(line)
    if not matters or "decision" not in roles:
        return []
    found = []
    for i, matter in enumerate(matters):
        stop = matters[i + 1].start if i + 1 < len(matters) else page.body.end
        named = pieces(text, matter.start, matter.end, cells)[1:]
        if not named:
            continue
        item = ItemBlock(i + 1, "", named[0].start, named[0].end, stop)
        for line in (line for line in lines if matter.end < line.start < stop):
            row = pieces(text, line.start, line.end, cells)
            if not text[row[0].start : row[0].end].isdigit() or len(row) != len(roles):
                continue  # (a row missing a cell: its cells cannot be told apart)
            columns = dict(zip(roles, row, strict=True))
            task = columns["decision"]
            item.paragraphs.append(Paragraph("", task.start, task.end, columns.get("lead"), columns.get("deadline")))
        found.append(item)
    return found


def _decision_then_tasks(text: str, cell: Region) -> list[Paragraph]:
    """A 议定事项 cell that decides, then asks a unit (`…原则通过《A》，由X…印发实施。X要会同Y梳理…`): a cell has
    no paragraph breaks, so the decision and what is asked after it are cut at the first sentence that asks
    and decides nothing."""
    sentence_start = text.find("。", cell.start, cell.end) + 1
    while 0 < sentence_start < cell.end:
        sentence_end = text.find("。", sentence_start, cell.end)
        sentence = text[sentence_start : sentence_end if sentence_end != -1 else cell.end]
        first_clause = re.split(r"[，,；]", sentence, maxsplit=1)[0]
        if patterns.MODAL.search(first_clause) and not decides(sentence):
            return [Paragraph("", cell.start, sentence_start), Paragraph("", sentence_start, cell.end)]
        sentence_start = sentence_end + 1 if sentence_end != -1 else 0
    return [Paragraph("", cell.start, cell.end)]


NO_VALUE = " \u3000-—–/无"  # an empty cell's dash

LAYOUT = Layout("table", detect, items)
