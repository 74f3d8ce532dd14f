"""The structure of a minutes document, found on normalized text.

    header     issuer, document number, issuing office and date
    opening    the meeting sentence (date, chair, session) and what was announced
    items      agenda items, read by the first layout that fits (rules/layouts)
    trailer    other matters, 出席, 列席, compiled by/on, public flag, 主送, 抄送, page chrome

Everything here works in normalized offsets.
"""

from __future__ import annotations

import re

from summarizer.rules import layouts, patterns
from summarizer.rules.blocks import (
    ItemBlock,
    Paragraph,
    Region,
    Sections,
    chinese_number,
    clause_end,
    decides,
    decides_or_directs,
    find_markers,
)

__all__ = [
    "ItemBlock", "Paragraph", "Region", "Sections", "chinese_number", "clause_end", "decides",
    "decides_or_directs", "segment",
]


def _trailer_start(text: str, body_start: int) -> int | None:
    """Where the trailer starts. An attendance line (`副县长…出席会议。`) after the meeting sentence
    and before the items names who attended: it is the opening's, not the report's closing line
    (also when the first item follows on the same line: `县长X主持会议，…列席会议。会议听取了…`, or the
    meeting sentence's own line sums up the items: `…常务会议。会议先后听取了A、B汇报。`)."""
    at = body_start
    first_line_end = text.find("\n", body_start)
    items_from = first_line_end if first_line_end != -1 else body_start
    while (match := patterns.TRAILER_START.search(text, at)) is not None:
        line_end = text.find("\n", match.start() + 1)
        line_end = len(text) if line_end == -1 else line_end
        opening_line = (
            # `副县长…出席会议。`, or a record page's `出席人员：…` field above its agenda and report
            any(p.match(text, match.start()) for p in (patterns.ATTENDANCE_LINE, patterns.ATTENDANCE_FIELD))
            and patterns.ITEM_SENTENCE.search(text, min(items_from, match.start()), match.start()) is None
            and (
                patterns.ITEM_SENTENCE.search(text, match.end()) is not None
                or patterns.AGENDA_FIELD.search(text, match.end()) is not None  # `参加范围：…` above `会议议题：`
            )
        )
        if not opening_line and not _matter_follows(text, match) and not _matters_numbered_after(text, match):
            return _with_its_marker(text, match.start())
        at = line_end if opening_line else match.end()
    return None


def _with_its_marker(text: str, start: int) -> int:
    """`三、会议还研究了其他事项。`, `第七，会议还研究了其他事项。`: the number before the closing line is the
    trailer's too, no item of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    at = line_start + len(text[line_start:start]) - len(text[line_start:start].lstrip(" \u3000"))
    marker = patterns.MARKERS.match(text, at, start + 1) if at < start else None
    return line_start if marker is not None and marker.end() == start else start


def _matters_numbered_after(text: str, match: re.Match[str]) -> bool:
    """`列席单位：…` under one matter's heading (under its `汇报单位：` line, or with `三、关于…的议题` further
    down): the matter's own field, not the attendance that closes the minutes."""
    if patterns.ATTENDANCE_FIELD.match(text, match.start()) is None:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    previous = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    under_reporter = patterns.REPORTED_BY.match(text, previous) is not None and previous < line_start
    return under_reporter or _NUMBERED_MATTER_LINE.search(text, match.end()) is not None


_NUMBERED_MATTER_LINE = re.compile(
    rf"\n[ \u3000]*(?:[{patterns.CN_NUM}]{{1,3}}、|议题[{patterns.CN_NUM}]+|第[{patterns.CN_NUM}]+项)"
)


def _matter_follows(text: str, match: re.Match[str]) -> bool:
    """`会议还审议、研究了其他事项。 会前，与会人员共同学习《A》。`: the matters left unrecorded, then one
    more that is: the report goes on."""
    if not patterns.OTHER_MATTERS.match(text, match.start()):
        return False
    after = match.end() + 1 if text.startswith("。", match.end()) else match.end()
    while after < len(text) and text[after] in " \u3000\n":
        after += 1
    return patterns.ITEM_SENTENCE.match(text, after) is not None


def _meeting_sentence(text: str) -> re.Match[str] | None:
    """The first meeting sentence, not the copy of it in a portal's summary field (`内容概述：2022年1月26日下午，
    区长X主持召开…，现纪要如下：一、…`) when the text itself follows, nor a headline that names no chair
    (`12月12日市政府召开常务会议`) above the page's fields and the sentence that does, nor one that does above a
    paragraph opening with the meeting's own sentence."""
    found = patterns.MEETING_SENTENCE.search(text)
    if found is None:
        return None
    line_start = text.rfind("\n", 0, found.start()) + 1
    line_end = text.find("\n", found.end())
    if line_end == -1:
        return found
    if patterns.SUMMARY_FIELD.match(text, line_start):
        return patterns.MEETING_SENTENCE.search(text, line_end) or found
    if text.startswith("\n", found.end()):  # a headline: the line is the meeting
        chaired = patterns.MEETING_SENTENCE.search(text, line_end, line_end + _HEADLINE_TO_SENTENCE)
        # (`【11月7日上午】X主持召开市政府常务会议` over the report's own sentence, that names the session too)
        if chaired is not None and "主持" in chaired.group() and (
            "主持" not in found.group() or text[chaired.start() - 1] == "\n"
        ):
            return chaired
    return found


_HEADLINE_TO_SENTENCE = 400  # characters of page fields between a headline and the report's first sentence


def _after_fields(text: str, fields: re.Match[str]) -> int:
    """Where the labelled fields that give the meeting end (`会议时间：…` / `会议主持：…` / `会议议题：6项`): the
    first line after them."""
    at = fields.start()
    while (line := _FIELD_LINE.match(text, at)) is not None:
        at = line.end()
    return at


_FIELD_LINE = re.compile(r"[ \u3000]*[\u4e00-\u9fff]{2,6}[：:][^\n]{0,40}(?:\n|$)")


def segment(text: str, cell_starts: list[int] | None = None, *, lines_are_paragraphs: bool = True) -> Sections:
    """`cell_starts`: where a table cell started after a removed tab (see `NormalizedText.removed`);
    `lines_are_paragraphs` is false for a wrapped PDF's text, whose line ends were guessed."""
    opening_match = _meeting_sentence(text)
    # Without a meeting sentence, labelled fields (`会议名称：…`, `会议时间：…`) may give the meeting.
    fields = patterns.MEETING_FIELDS.search(text) if opening_match is None else None
    opening_start = opening_match.start() if opening_match else (fields.start() if fields else 0)
    opener = patterns.ITEMS_OPENER.search(text, opening_start)
    body_start = opener.end() if opener else (opening_match.end() if opening_match else 0)
    trailer_start = _trailer_start(text, body_start)
    if fields is not None and trailer_start is not None and trailer_start < fields.start():
        # (a page line above the fields, `发布时间：…来源：…`, is no trailer: the body follows the fields)
        body_start = _after_fields(text, fields)
        trailer_start = _trailer_start(text, body_start)
    body = Region(body_start, trailer_start if trailer_start is not None else len(text))
    page = layouts.Page(
        text=text,
        body=body,
        opening_start=opening_start,
        opening_end=opening_match.end() if opening_match else 0,
        opening_found=opening_match is not None,
        opener_found=opener is not None,
        opener_start=opener.start() if opener else body_start,
        cell_starts=cell_starts or [],
        lines_are_paragraphs=lines_are_paragraphs,
        markers=find_markers(text, 0, len(text)),
    )
    fmt, items = layouts.read(page)
    opening: Region | None = None
    if opening_match is not None or fields is not None:
        # The opening announces what comes before the first item: when its own agenda is read as the
        # items (`…会议，审议了《A》，听取B。`), their documents are the items', not announced.
        opening_end = min(opener.start() if opener else body.end, items[0].start if items else body.end)
        opening = Region(opening_start, max(opening_end, opening_start))
    trailer = Region(trailer_start, len(text)) if trailer_start is not None else None
    return Sections(fmt, Region(0, opening_start), opening, items, trailer, body)
