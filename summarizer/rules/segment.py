"""The structure of a minutes document, found on normalized text.

    header     issuer, document number, issuing office and date
    opening    the meeting sentence (date, chair, session) and what was announced
    items      agenda items: a heading, then paragraphs (decision first, directives after)
    trailer    other matters, 出席, 列席, compiled by/on, public flag, 主送, 抄送

Items are found by the SEQUENCE of their numbers (`一、` … `十二、`, `（一）`, `1.`), each
number only where the previous one is done and only after a sentence boundary, so a line
wrap that puts `一、` at a line start mid-sentence, or splits `十` / `一、` over two lines,
changes nothing. Items whose numbers were list formatting (a Word list, an HTML `<ol>`) are
short unpunctuated lines naming what the meeting did (`审议《…》`); documents with neither are
split at the sentences that open an item (`会议审议了…`, `会议原则同意《…》`). Everything here
works in normalized offsets.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field

from summarizer.rules import patterns

_BOUNDARY = "\n。；：！？:;!?"


@dataclass(frozen=True)
class Region:
    start: int
    end: int


@dataclass
class Paragraph:
    marker: str
    start: int  # after the marker
    end: int


@dataclass
class ItemBlock:
    number: int
    marker: str
    start: int  # at the marker (or the first character when unnumbered)
    heading_end: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    # `一、会议审议了《…》，原则同意…`: the heading is the opening clause of the first paragraph.
    heading_in_paragraph: bool = False
    # A row of a table of decided matters: its 责任单位 and 完成时限 cells.
    lead_cell: Region | None = None
    deadline_cell: Region | None = None


@dataclass
class Sections:
    format: str
    header: Region
    opening: Region | None
    items: list[ItemBlock]
    trailer: Region | None
    body: Region


@dataclass(frozen=True)
class _Marker:
    style: str
    number: int
    start: int
    end: int


_START = operator.attrgetter("start")
_CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def chinese_number(text: str) -> int | None:
    """`十二` → 12, `二十七` → 27, `104` → 104, `一百零六` → 106."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in "十百":
            unit = 10 if ch == "十" else 100
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def _markers(text: str, start: int, end: int) -> list[_Marker]:
    found = []
    for match in patterns.MARKERS.finditer(text, start, end):
        style = match.lastgroup or ""
        number = chinese_number(match.group(f"num_{style}"))
        if number:
            found.append(_Marker(style, number, match.start(), match.end()))
    return found


def _within(markers: list[_Marker], start: int, end: int) -> list[_Marker]:
    """The markers that start in [start, end); `markers` is sorted by start."""
    return markers[bisect.bisect_left(markers, start, key=_START) : bisect.bisect_left(markers, end, key=_START)]


def _positions_within(positions: list[int], start: int, end: int) -> list[int]:
    """The (sorted) positions in [start, end)."""
    return positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]


def _at_boundary(text: str, pos: int, floor: int, boundary: str = _BOUNDARY) -> bool:
    return pos <= floor or text[pos - 1] in boundary


def _chain(
    markers: list[_Marker], style: str, text: str, floor: int, first_anywhere: bool, boundary: str = _BOUNDARY
) -> list[_Marker]:
    """The longest run 1, 2, 3, … of `style` markers, each after one of `boundary`'s characters."""
    chain: list[_Marker] = []
    for marker in markers:
        if marker.style != style or marker.number != len(chain) + 1:
            continue
        if chain and marker.start < chain[-1].end:
            continue
        if _at_boundary(text, marker.start, floor, boundary) or (first_anywhere and not chain):
            chain.append(marker)
    return chain


def _find_opening(text: str) -> re.Match[str] | None:
    return patterns.MEETING_SENTENCE.search(text)


def _find_trailer(text: str, start: int) -> int | None:
    match = patterns.TRAILER_START.search(text, start)
    return match.start() if match else None


def _item_paragraphs(text: str, item: ItemBlock, all_markers: list[_Marker]) -> None:
    """Split an item after its heading into marked (or line-separated) paragraphs."""
    content_start = item.start + len(item.marker) if item.heading_in_paragraph else item.heading_end
    markers = [m for m in _within(all_markers, content_start, item.end) if m.style not in patterns.ITEM_ONLY_STYLES]
    styles = [m.style for m in markers if m.number == 1]
    chain = _chain(markers, styles[0], text, content_start, first_anywhere=True) if styles else []
    if not chain:
        item.paragraphs.extend(_line_paragraphs(text, content_start, item.end))
        return
    # Text before the first marker is kept when it decides or directs something
    # (`会议听取并原则同意…。会后由…。会议要求：` then `1.` `2.`); a bare lead-in
    # (`会议听取了…的汇报。会议决定：`) only introduces the numbered paragraphs.
    lead_in = _line_paragraphs(text, content_start, chain[0].start)
    item.paragraphs.extend(p for p in lead_in if decides_or_directs(text[p.start : p.end]))
    for i, marker in enumerate(chain):
        stop = chain[i + 1].start if i + 1 < len(chain) else item.end
        item.paragraphs.append(Paragraph(text[marker.start : marker.end], marker.end, stop))


def decides(paragraph: str) -> bool:
    """The paragraph records a decision or its follow-up (`原则同意…`, `会后由…`)."""
    return bool(patterns.DECISION.search(paragraph)) or "会后" in paragraph


def decides_or_directs(paragraph: str) -> bool:
    """The paragraph decides or tells someone to act; a bare `会议要求：` label does neither."""
    if patterns.LEAD_IN_LABEL.fullmatch(paragraph.strip()):
        return False  # `会议要求：` on its own line introduces the numbered directives
    return decides(paragraph) or "要求" in paragraph or bool(patterns.MODAL.search(paragraph))


def _line_paragraphs(text: str, start: int, end: int) -> list[Paragraph]:
    return [Paragraph("", line.start, line.end) for line in _pieces(text, start, end, [])]


def clause_end(text: str, start: int, stop: int) -> int:
    """The first `，` `。` `；` or line end at bracket depth 0 in [start, stop)."""
    depth = 0
    for pos in range(start, stop):
        ch = text[pos]
        if ch in "《（(“":
            depth += 1
        elif ch in "》）)”" and depth:
            depth -= 1
        elif depth == 0 and ch in "，。；\n":
            return pos
    return stop


def _heading_end(text: str, start: int, end: int, all_markers: list[_Marker]) -> int:
    """Where a numbered item's heading stops: a paragraph marker, a line end or a full stop."""
    stop = end
    newline = text.find("\n", start, end)
    if newline != -1:
        stop = newline
    for marker in _within(all_markers, start, stop):
        if marker.style not in patterns.ITEM_ONLY_STYLES and marker.number == 1:
            return marker.start
    period = text.find("。", start, stop)
    if period != -1:
        # `一、审议《…》会议原则同意…` with the break lost: the heading is the 《…》 part.
        closing = text.find("》", start, period)
        while closing != -1:
            if patterns.ITEM_CONTENT_START.match(text, closing + 1):
                return closing + 1
            closing = text.find("》", closing + 1, period)
        return period
    return stop


def _numbered_items(
    text: str, body: Region, all_markers: list[_Marker], lines_are_paragraphs: bool
) -> tuple[str, list[ItemBlock]]:
    """Items by the sequence of their numbers. Where lines are the paragraphs (not a wrapped PDF's
    printed lines) and the body has several, an item's number opens a line: `会议要求，（一）…。
    （二）…` inside a paragraph numbers its directives, not the meeting's items."""
    markers = _within(all_markers, body.start, body.end)
    boundary = "\n" if lines_are_paragraphs and "\n" in text[body.start : body.end].strip("\n") else _BOUNDARY
    firsts = [m for m in markers if m.number == 1 and _at_boundary(text, m.start, body.start, boundary)]
    if not firsts:
        return "", []
    style = firsts[0].style
    chain = _chain(markers, style, text, body.start, first_anywhere=False, boundary=boundary)
    items = []
    for i, marker in enumerate(chain):
        stop = chain[i + 1].start if i + 1 < len(chain) else body.end
        sentence = patterns.ITEM_SENTENCE.match(text, marker.end)
        if sentence:
            heading_end = clause_end(text, marker.end, stop)
        else:
            heading_end = _heading_end(text, marker.end, stop, all_markers)
        item = ItemBlock(marker.number, text[marker.start : marker.end], marker.start, heading_end, stop)
        item.heading_in_paragraph = sentence is not None
        items.append(item)
    return style, items


def _unnumbered_items(text: str, body: Region) -> list[ItemBlock]:
    starts = [m.start() for m in patterns.ITEM_SENTENCE.finditer(text, body.start, body.end)]
    # `会议原则同意《B》…` opens an item of its own unless it decides on what the item before it named
    # (`会议审议了《B》。会议原则同意《B》`); before any item, what the opening announced is decided here.
    for match in patterns.DECISION_ON_DOCUMENT.finditer(text, body.start, body.end):
        previous = max((s for s in starts if s < match.start()), default=None)
        if previous is None or text.find(match.group("object"), previous, match.start()) == -1:
            starts.append(match.start())
    starts = sorted(s for s in starts if _at_boundary(text, s, body.start))
    items: list[ItemBlock] = []
    for i, sentence_start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else body.end
        paragraph_end = _paragraph_end(text, sentence_start, stop)
        full_stop = text.find("。", sentence_start, paragraph_end)
        # `会议听取了A的汇报，审议了《B》，原则同意…`: one item per matter. The earlier matters are only
        # named; the paragraph (what the sentence decides, and what follows) is the last one's.
        start, sentence_end = sentence_start, full_stop if full_stop != -1 else paragraph_end
        for matter in patterns.NEXT_MATTER.finditer(text, start, sentence_end):
            heading_end = matter.start() - 1  # at the `，`
            items.append(ItemBlock(len(items) + 1, "", start, heading_end, matter.start(), heading_in_paragraph=True))
            start = matter.start()
        item = ItemBlock(len(items) + 1, "", start, clause_end(text, start, stop), stop, heading_in_paragraph=True)
        item.paragraphs.append(Paragraph("", sentence_start, paragraph_end))
        rest = paragraph_end
        while rest < stop:
            while rest < stop and text[rest] in "\n":
                rest += 1
            if rest >= stop:
                break
            end = _paragraph_end(text, rest, stop)
            item.paragraphs.append(Paragraph("", rest, end))
            rest = end
        items.append(item)
    return items


def _heading_line_items(text: str, body: Region) -> list[ItemBlock]:
    """Items whose numbers are list formatting the text does not carry (a Word numbered list,
    an HTML `<ol>`): each is a short line that names what the meeting did (`审议《…》`,
    `研究…工作`, `听取…的汇报`) and ends without punctuation, followed by its paragraphs.
    Read this way only when the body opens with such a line; the numbers a paragraph does
    carry (`（一）会议原则同意…`) then mark the paragraphs inside an item."""
    first_start = body.start
    while first_start < body.end and text[first_start] in " \n\u3000":
        first_start += 1
    first_end = _paragraph_end(text, first_start, body.end)
    if first_end == body.end or not _is_heading_line(text, Region(first_start, first_end)):
        return []  # checked alone first: numbered minutes never get here past their first line
    lines = _pieces(text, body.start, body.end, [])
    headings = [i for i, line in enumerate(lines[:-1]) if _is_heading_line(text, line)]
    items = []
    for number, (i, following) in enumerate(itertools.pairwise([*headings, len(lines)]), start=1):
        stop = lines[following].start if following < len(lines) else body.end
        items.append(ItemBlock(number, "", lines[i].start, lines[i].end, stop))
    return items


def _is_heading_line(text: str, line: Region) -> bool:
    return (
        line.end - line.start <= patterns.HEADING_LINE_MAX_CHARS
        and text[line.end - 1] not in patterns.HEADING_LINE_NOT_LAST
        and patterns.HEADING_LINE_VERB.match(text, line.start) is not None
    )


def _table_items(text: str, body: Region, cell_starts: list[int]) -> list[ItemBlock]:
    """Rows of a table of decided matters, one item per row, numbered by its 序号 column.

    `cell_starts` are where a removed tab separated two cells. A cell's paragraphs are lines of
    their own, so a row runs from `N<cell>` to the next row, and the one column that may hold
    several paragraphs (议定事项) takes what the columns before and after it leave."""
    if len(cell_starts) < 2:
        return []
    lines = _pieces(text, body.start, body.end, [])
    roles = None
    for i, line in enumerate(lines):
        if len(_positions_within(cell_starts, line.start, line.end)) < 2:
            continue  # a header row has three cells or more
        cells = _pieces(text, line.start, line.end, cell_starts)
        found = [next((r for r, p in patterns.TABLE_COLUMNS if p.fullmatch(text, c.start, c.end)), "") for c in cells]
        if len(found) >= 3 and found[0] == "number" and {"heading", "decision"} <= set(found):
            roles, lines = found, lines[i + 1 :]
            break
    if roles is None:
        return []
    rows: list[Region] = []  # number cells 1, 2, 3 … that open a line
    for line in lines:
        first = _pieces(text, line.start, line.end, cell_starts)[0]
        if text[first.start : first.end].isdigit() and int(text[first.start : first.end]) == len(rows) + 1:
            rows.append(first)
    items = []
    decision_at = roles.index("decision")
    before, after = roles[1:decision_at], roles[decision_at + 1 :]
    for i, number in enumerate(rows):
        stop = rows[i + 1].start if i + 1 < len(rows) else body.end
        pieces = _pieces(text, number.end, stop, cell_starts)
        if len(pieces) < len(before) + len(after) + 1:
            continue  # a row missing cells: not read as an item
        columns = dict(zip(before, pieces, strict=False)) | dict(zip(after[::-1], pieces[::-1], strict=False))
        if "heading" not in columns:
            continue
        item = ItemBlock(i + 1, "", columns["heading"].start, columns["heading"].end, stop)
        item.paragraphs = [Paragraph("", p.start, p.end) for p in pieces[len(before) : len(pieces) - len(after)]]
        item.lead_cell, item.deadline_cell = columns.get("lead"), columns.get("deadline")
        items.append(item)
    return items


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[Region]:
    """The non-blank lines of [start, end), also cut at the (sorted) `cuts` positions."""
    bounds = [start, *_positions_within(cuts, start + 1, end), end]
    found = []
    for a, b in itertools.pairwise(bounds):
        pos = a
        for piece in text[a:b].split("\n"):
            if piece.strip(" \u3000"):
                found.append(Region(pos, pos + len(piece)))
            pos += len(piece) + 1
    return found


def _paragraph_end(text: str, start: int, stop: int) -> int:
    newline = text.find("\n", start, stop)
    return newline if newline != -1 else stop


def segment(text: str, cell_starts: list[int] | None = None, *, lines_are_paragraphs: bool = True) -> Sections:
    """`cell_starts`: where a table cell started after a removed tab (see `NormalizedText.removed`);
    `lines_are_paragraphs` is false for a wrapped PDF's text, whose line ends were guessed."""
    opening_match = _find_opening(text)
    opening_start = opening_match.start() if opening_match else 0
    opener = patterns.ITEMS_OPENER.search(text, opening_start)
    body_start = opener.end() if opener else (opening_match.end() if opening_match else 0)
    trailer_start = _find_trailer(text, body_start)
    body = Region(body_start, trailer_start if trailer_start is not None else len(text))
    all_markers = _markers(text, 0, len(text))
    items = _table_items(text, body, cell_starts or [])  # rows come with their paragraphs
    fmt = "table"
    if not items:
        items = _heading_line_items(text, body)
        fmt = "heading-lines"
        if not items:
            style, items = _numbered_items(text, body, all_markers, lines_are_paragraphs)
            fmt = f"numbered:{style}"
        for item in items:
            _item_paragraphs(text, item, all_markers)
    if not items:
        items = _unnumbered_items(text, Region(opening_start, body.end) if not opener else body)  # with paragraphs
        news = items and opener is None and opening_match is not None and opening_match.start() < 200
        fmt = "news-report" if news else "unnumbered"
    if opening_match is not None:
        opening_end = opener.start() if opener else (items[0].start if items else body.end)
        opening: Region | None = Region(opening_start, max(opening_end, opening_start))
    else:
        opening = None
    trailer = Region(trailer_start, len(text)) if trailer_start is not None else None
    return Sections(fmt, Region(0, opening_start), opening, items, trailer, body)
