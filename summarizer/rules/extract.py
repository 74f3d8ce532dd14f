"""Rule-based extraction: the embedded default (no model, no key, no network).

    normalize → segment (layouts) → header, opening, trailer fields → items (item.py)

It never sees model output; it is also the cross-check of every model answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from summarizer.errors import InputError
from summarizer.rules import patterns
from summarizer.rules.blocks import Region, append, decides_or_directs, line_paragraphs, paragraph_end
from summarizer.rules.docfields import fill_header, fill_opening, fill_trailer
from summarizer.rules.item import read_item
from summarizer.rules.segment import Sections, segment
from summarizer.rules.stories import other_stories
from summarizer.rules.units import UnitDirectory
from summarizer.schema import Finding, Minutes, SourceText, Span
from summarizer.text import PARAGRAPH_EDGE, NormalizedText, normalize, without_controls

_TAB = re.compile("\t")


@dataclass(frozen=True)
class Reading:
    """A record with the normalized text and the sections it was read from."""

    normalized: NormalizedText
    sections: Sections
    minutes: Minutes


def read(source: SourceText) -> Reading:
    norm = normalize(source.text)
    if not patterns.NOT_MINUTES_HINT.search(norm.text):
        raise InputError(
            f"{source.path}: this does not look like meeting minutes (no 常务会议/会议纪要 and no "
            "会议审议/听取/研究 sentence found); check that it is the right file",
            zh="这份文件看起来不是会议纪要（没有找到“常务会议”“会议纪要”或“会议审议/听取/研究”等字样），请确认文件是否正确。",
        )
    left_out = other_stories(norm.text)
    norm = norm.blanked([(region.start, region.end) for region in left_out])
    sections = segment(norm.text, norm.removed(_TAB), lines_are_paragraphs=not norm.wrapped)
    minutes = Minutes(
        doc_id=without_controls(PurePath(source.path).stem),
        source_file=without_controls(PurePath(source.path).name),
        source_sha256=source.sha256,
        format=sections.format + (":wrapped" if norm.wrapped else "") + (":traditional" if norm.traditional else ""),
    )
    fill_header(norm, sections, minutes)
    fill_opening(norm, sections, minutes)
    fill_trailer(norm, sections, minutes)
    directory = UnitDirectory.of(minutes)
    minutes.items = [read_item(norm, block, directory, minutes.meeting.date) for block in sections.items]
    _decided_in_the_meeting_sentence(norm, sections, minutes)
    _announced_by_the_agenda_field(sections, minutes)
    minutes.truncated = _looks_truncated(norm, sections.trailer is not None, minutes)
    minutes.findings = _findings(norm, sections, minutes) + _unassigned(norm, sections) + _left_out(norm, left_out)
    return Reading(norm, sections, minutes)


def extract(source: SourceText) -> Minutes:
    return read(source).minutes


def _decided_in_the_meeting_sentence(norm: NormalizedText, sections: Sections, minutes: Minutes) -> None:
    """`6月3日，县长X主持召开…常务会议，审议并原则通过《A》，听取B的汇报。`: a matter decided in the meeting's
    own paragraph has that whole paragraph, from the meeting sentence, as its decision paragraph."""
    if sections.opening is None or any(block.marker for block in sections.items):
        return  # (numbered items have paragraphs of their own)
    start = sections.opening.start
    end = paragraph_end(norm.text, start, sections.trailer.start if sections.trailer else len(norm.text))
    full_stop = norm.text.find("。", start, end)
    sentence = norm.span(start, full_stop + 1 if full_stop != -1 else end)
    paragraph, span = norm.value(start, end, PARAGRAPH_EDGE)
    for item in minutes.items:
        decided = item.spans.get("decision_paragraph")  # (not a later sentence of the line: `…会议。会议审议了…`)
        if isinstance(decided, Span) and sentence.start < decided.start and decided.end <= sentence.end:
            item.decision_paragraph, item.spans["decision_paragraph"] = paragraph, span


def _announced_by_the_agenda_field(sections: Sections, minutes: Minutes) -> None:
    """A labelled agenda field (`会议议题：` `1.关于A的汇报。`) whose matters are the items announces them,
    as a meeting sentence's list does: what each hearing heard, what each review reviewed."""
    if not sections.format.startswith("agenda-field") or minutes.announced_hearings or minutes.announced_documents:
        return
    for item in minutes.items:
        if item.kind == "hearing" and item.title and isinstance(span := item.spans.get("title"), Span):
            append(minutes, "announced_hearings", item.title, span)
        elif item.kind == "review" and isinstance(spans := item.spans.get("documents"), list):
            for document, where in zip(item.documents, spans, strict=False):
                append(minutes, "announced_documents", document, where)


def _looks_truncated(norm: NormalizedText, has_trailer: bool, minutes: Minutes) -> bool:
    if has_trailer or not minutes.items:
        return False
    ends_cleanly = norm.text.rstrip()[-1:] in "。！？”」）)"
    return not ends_cleanly or minutes.number is not None


def _no_meeting_date(norm: NormalizedText, sections: Sections) -> Finding:
    """Why the meeting has no date: none printed, or a day without its year (`4月1日，县政府召开…`,
    `25日，市长…`: a news page that prints no year anywhere); the day is quoted and located, so the
    reviewer adds only what is missing."""
    if sections.opening is not None:
        start = sections.opening.start
        full_stop = norm.text.find("。", start)
        day = _MONTH_DAY.search(norm.text, start, full_stop if full_stop != -1 else sections.opening.end)
        if day is not None:
            return Finding(
                level="warning",
                code="meeting_date_incomplete",
                message=f"the meeting day is printed without its year: 「{day.group()}」",
                span=norm.span(*day.span()),
            )
    return Finding(level="warning", code="no_meeting_date", message="no meeting date was found")


_MONTH_DAY = re.compile(r"(?<![\d年月第])(?:\d{1,2}月)?\d{1,2}日")


def _unassigned(norm: NormalizedText, sections: Sections) -> list[Finding]:
    """Paragraphs after the meeting sentence's line and before the first item that ask someone to act
    (`会议强调，各乡镇要在6月底前…` above the first matter): no item holds them, so the reviewer is told
    rather than the task lost."""
    if not sections.items or sections.opening is None:
        return []
    text = norm.text
    line_end = text.find("\n", sections.opening.start, sections.items[0].start)
    if line_end == -1:
        return []
    return [
        Finding(
            level="warning",
            code="unassigned_paragraph",
            message=f"a paragraph that asks for action belongs to no item: 「{_opening_words(text[p.start : p.end])}」",
            span=norm.span(p.start, p.end),
        )
        for p in line_paragraphs(text, line_end + 1, sections.items[0].start)
        if "。" in text[p.start : p.end]  # a sentence (not a caption or a table's header row)
        and decides_or_directs(text[p.start : p.end])
        and not patterns.ATTENDANCE_SENTENCE.match(text, p.start)
    ]


_QUOTED_CHARS = 40


def _opening_words(paragraph: str) -> str:
    return paragraph if len(paragraph) <= _QUOTED_CHARS else paragraph[:_QUOTED_CHARS] + "…"


def _left_out(norm: NormalizedText, regions: list[Region]) -> list[Finding]:
    """Other stories on the page (the news before and after the meeting's, `又讯`): left out, and said so,
    each by its first words, so the reviewer sees what was not read."""
    return [
        Finding(
            level="info",
            code="other_story_left_out",
            message=f"another story on the page was left out: 「{_opening_words(_first_line(norm, r))}」",
            span=norm.span(r.start, r.end),
        )
        for r in regions
    ]


def _first_line(norm: NormalizedText, region: Region) -> str:
    span = norm.span(region.start, region.end)
    return next((line.strip() for line in norm.original[span.start : span.end].split("\n") if line.strip()), "")


def _findings(norm: NormalizedText, sections: Sections, minutes: Minutes) -> list[Finding]:
    findings = []
    if not minutes.items:
        findings.append(Finding(level="error", code="no_items", message="no agenda items were found"))
    if minutes.truncated:
        findings.append(
            Finding(level="warning", code="truncated", message="the document ends mid-item; later items may be missing")
        )
    if minutes.meeting.date is None:
        findings.append(_no_meeting_date(norm, sections))
    for match in patterns.INSTRUCTION_LIKE.finditer(norm.text):
        findings.append(
            Finding(
                level="warning",
                code="instruction_like_text",
                message=f"text addressed to a model ({match.group()!r}) is treated as document content",
                span=norm.span(*match.span()),
            )
        )
    return findings
