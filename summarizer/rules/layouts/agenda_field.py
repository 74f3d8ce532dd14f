"""A disclosure page's labelled agenda field: `会议议题` (a label line, or `会议议题：`) then the
matters as one listing sentence (`开展常务会议学法，传达学习A，研究B工作，审议《C》《D》等。`),
with `会议内容` (or a live record's `会议过程：` with its time stamps) and the report after it.

Tried after the prose layouts, when the report's own sentences name no matter: each matter of the
field is an item (one per document, as in any listing sentence); a report paragraph that names a
matter is its, with those after it, and the paragraphs before any is named are the last one's. A
field numbered a line each (`1.关于A的汇报。` `2.关于B的汇报。`) is read here, not as numbered items,
when no number follows it in the report. The record's call to report a matter (`请区交警大队同志汇报
关于A`, `区审计局局长某某汇报A`) names who reported it (its lead), and is no paragraph of its own.
"""

from __future__ import annotations

import re

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, Region, clause_end, line_paragraphs
from summarizer.rules.layouts import Layout, Page
from summarizer.rules.layouts.matters import split_matters
from summarizer.rules.layouts.paragraphs import matter_key
from summarizer.rules.units import looks_like_unit, split_unit_and_name


def field_lines(page: Page) -> list[tuple[int, int]]:
    """The agenda field's lines of matters ([start, end) each), before the report's end: the first
    line after the label and the lines under it up to the next label (`会议内容`, `会议过程：`)."""
    text = page.text
    found = patterns.AGENDA_FIELD.search(text, 0, page.body.end)
    if found is None:
        return []
    lines = [found.span("agenda")]
    at = found.end("agenda")
    numbered = numbered_line(text, lines[0][0])
    while (line_start := text.find("\n", at, page.body.end)) != -1:
        line_start += 1
        line_end = text.find("\n", line_start)
        line_end = page.body.end if line_end == -1 else min(line_end, page.body.end)
        line = text[line_start:line_end].strip(" \t\u3000")
        if not line or patterns.AGENDA_FIELD_LABELS.fullmatch(line) or patterns.MEETING_SENTENCE.search(line):
            break
        if numbered and not numbered_line(text, line_start):
            break  # `1.A` `2.B` then the report (`9:00`, a time stamp): the numbers end the field
        lines.append((line_start, line_end))
        at = line_end
    return lines


_INLINE_NUMBER = re.compile(r"(?P<n>\d{1,2})[、.．]")
_LINE_NUMBER = re.compile(r"[ \t\u3000]*" + _INLINE_NUMBER.pattern)  # the same number, opening its line


def numbered_line(text: str, start: int) -> bool:
    """The field line at `start` opens with its number (`1.关于A的汇报。`)."""
    return _LINE_NUMBER.match(text, start) is not None




def _numbered(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """A field line numbered inline (`1、传达学习《A》, 2、听取B汇报 3、听取C汇报`): (marker, where it
    starts, and the segment after it) per number 1, 2, 3…, each the next one and opening a matter; a
    line numbered at its start only, its number and the rest; the whole line with no marker else."""
    numbers: list[re.Match[str]] = []
    for match in _INLINE_NUMBER.finditer(text, start, end):
        opens = match.start() == start or patterns.ITEM_VERB_START.match(text, match.end()) is not None
        if int(match.group("n")) == len(numbers) + 1 and opens:
            numbers.append(match)
    if len(numbers) < 2 and (own := _LINE_NUMBER.match(text, start)):
        return [(own.group().strip(), start, own.end(), end)]  # one number a line (`2.关于B的汇报。`)
    if len(numbers) < 2 or numbers[0].start() != start:
        return [("", start, start, end)]
    stops = [m.start() for m in numbers[1:]] + [end]
    return [(m.group(), m.start(), m.end(), stop) for m, stop in zip(numbers, stops, strict=True)]


def detect(page: Page) -> bool:
    return bool(field_lines(page))


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, page.body
    field = field_lines(page)
    if not field:
        return []
    found: list[ItemBlock] = []
    matter_starts: list[int] = []  # after the number (`1.关于A的汇报` is named by A)
    for start, end in field:
        for marker, marker_start, segment_start, segment_end in _numbered(text, start, end):
            for i, piece in enumerate(split_matters(text, segment_start, segment_end, listed=True)):
                heading_end = piece.heading_end or clause_end(text, piece.start, segment_end)
                numbered = marker if i == 0 else ""  # `1、传达学习《A》《B》`: the number heads its first matter
                block_start = marker_start if numbered else piece.start
                block = ItemBlock(len(found) + 1, numbered, block_start, heading_end, heading_end)
                block.shared_kind = piece.shared_kind
                found.append(block)
                matter_starts.append(piece.start)
    end = field[-1][1]
    last = found[-1]
    last.end = body.end
    first_line = text.find("\n", max(body.start, end))  # after the meeting sentence's own line
    report = []
    aside = False  # under `议题解读` (links to other pages) or `列席情况`, up to the next label
    for p in line_paragraphs(text, first_line + 1 if first_line != -1 else body.end, body.end):
        if label := patterns.AGENDA_FIELD_LABELS.fullmatch(text, p.start, p.end):
            aside = label.group("aside") is not None
        elif not aside and not any(pattern.fullmatch(text, p.start, p.end) for pattern in _NO_PARAGRAPH):
            if (tag := patterns.SPEAKER_TAG.match(text, p.start, p.end)) is not None:
                p = Paragraph(p.marker, tag.end(), p.end)  # `【区长某某发言】审计整改是…`: the words, not who spoke
            report.append(p)
    # A paragraph that names a matter (`请区发改局X同志汇报关于A`) and those after it are that matter's;
    # what comes before any is named is the last matter's, as after any list of matters.
    keys = [matter_key(text, start, item.heading_end) for item, start in zip(found, matter_starts, strict=True)]
    owner = last
    for paragraph in report:
        words = text[paragraph.start : paragraph.end]
        named = next((item for item, key in zip(found, keys, strict=True) if key and key in words), None)
        owner = named or owner
        if named is not None and named.reporter is None and (reporter := _reporter(text, paragraph.start)):
            named.reporter = reporter  # `请区交警大队同志汇报关于A`: who reports, not what is asked
            continue
        owner.paragraphs.append(paragraph)
    return found


def _reporter(text: str, start: int) -> Region | None:
    """The unit a record's report call names (`请区发改局杨玉宇同志汇报…` → 区发改局), or None."""
    call = patterns.REPORT_CALL.match(text, start)
    if call is None:
        return None
    who = call.group("who").removesuffix("同志")
    title = patterns.OFFICIAL_TITLE.search(who)
    if title and looks_like_unit(who[: title.start()]):
        unit = who[: title.start()]  # `区审计局局长张华国`
    elif split := split_unit_and_name(who):
        unit = split[0]  # `区发改局杨玉宇`
    else:
        unit = who if looks_like_unit(who) else ""
    return Region(call.start("who"), call.start("who") + len(unit)) if unit else None


_NO_PARAGRAPH = (patterns.ATTENDANCE_SENTENCE, patterns.TRANSCRIPT_MARK)

LAYOUT = Layout("agenda-field", detect, items)
