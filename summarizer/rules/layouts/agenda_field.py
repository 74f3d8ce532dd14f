"""A disclosure page's labelled agenda field: `会议议题` (a label line, or `会议议题：`) then the
matters as one listing sentence (`开展常务会议学法，传达学习A，研究B工作，审议《C》《D》等。`),
with `会议内容` (or a live record's `会议过程：` with its time stamps) and the report after it.

Tried after the prose layouts, when the report's own sentences name no matter: each matter of the
field is an item (one per document, as in any listing sentence); a report paragraph that names a
matter is its, with those after it, and the paragraphs before any is named are the last one's.
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, clause_end, line_paragraphs
from summarizer.rules.layouts import Layout, Page
from summarizer.rules.layouts.matters import split_matters
from summarizer.rules.layouts.paragraphs import matter_key


def _field(page: Page) -> list[tuple[int, int]]:
    """The agenda field's lines of matters ([start, end) each), before the report's end: the first
    line after the label and the lines under it up to the next label (`会议内容`, `会议过程：`)."""
    text = page.text
    found = patterns.AGENDA_FIELD.search(text, 0, page.body.end)
    if found is None:
        return []
    lines = [found.span("agenda")]
    at = found.end("agenda")
    while (line_start := text.find("\n", at, page.body.end)) != -1:
        line_start += 1
        line_end = text.find("\n", line_start)
        line_end = page.body.end if line_end == -1 else min(line_end, page.body.end)
        line = text[line_start:line_end].strip(" \t\u3000")
        if not line or patterns.AGENDA_FIELD_LABELS.fullmatch(line) or patterns.MEETING_SENTENCE.search(line):
            break
        lines.append((line_start, line_end))
        at = line_end
    return lines


def detect(page: Page) -> bool:
    return bool(_field(page))


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, page.body
    field = _field(page)
    if not field:
        return []
    found: list[ItemBlock] = []
    for start, end in field:
        for piece in split_matters(text, start, end, listed=True):
            heading_end = piece.heading_end or clause_end(text, piece.start, end)
            found.append(ItemBlock(len(found) + 1, "", piece.start, heading_end, heading_end))
    end = field[-1][1]
    last = found[-1]
    last.end = body.end
    first_line = text.find("\n", max(body.start, end))  # after the meeting sentence's own line
    report = [
        p for p in line_paragraphs(text, first_line + 1 if first_line != -1 else body.end, body.end)
        if not any(
            pattern.fullmatch(text, p.start, p.end)
            for pattern in (patterns.ATTENDANCE_SENTENCE, patterns.AGENDA_FIELD_LABELS, patterns.TRANSCRIPT_MARK)
        )
    ]
    # A paragraph that names a matter (`请区发改局X同志汇报关于A`) and those after it are that matter's;
    # what comes before any is named is the last matter's, as after any list of matters.
    keys = [matter_key(text, item.start, item.heading_end) for item in found]
    owner = last
    for paragraph in report:
        words = text[paragraph.start : paragraph.end]
        owner = next((item for item, key in zip(found, keys, strict=True) if key and key in words), owner)
        owner.paragraphs.append(paragraph)
    return found


LAYOUT = Layout("agenda-field", detect, items)
