"""Directives: who is told to do what, by when (`（二）各镇要于6月底前…`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from summarizer.rules import patterns
from summarizer.rules.blocks import Paragraph, Region
from summarizer.rules.deadlines import resolve_deadline
from summarizer.rules.units import UnitDirectory, listed_units, looks_like_name, looks_like_unit, unit_edges
from summarizer.schema import Deadline, Directive, Span, SpanValue
from summarizer.text import PARAGRAPH_EDGE, NormalizedText

CLAUSE_END = re.compile("[，。；：！？,;!?]")
_JOINER = re.compile("以及|和|及|与")
_NAMED_SPEAKER = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{2,4}}?)(?:{'|'.join(patterns.LEAD_IN_WORDS)})[，,]?")


_CLAUSE_MARKS = "；;，,▶►▸➤"  # (and a post's arrow bullets: `▶会议强调，…`)


def directive(norm: NormalizedText, paragraph: Paragraph, directory: UnitDirectory, day: dt.date | None) -> Directive:
    words_start = paragraph.start
    while words_start < paragraph.end and norm.text[words_start] in _CLAUSE_MARKS:
        words_start += 1  # `…精神；会议要求…` cut after the heading: the directive starts at its words
    marker = paragraph.marker
    if not marker and (numbered := patterns.MATTER_NUMBER.match(norm.text, words_start, paragraph.end)):
        marker, words_start = numbered.group(), numbered.end()  # `一是听取了…，要求…`: 一是 numbers the matter
    text, text_span = norm.value(words_start, paragraph.end, PARAGRAPH_EDGE)
    addressees: list[str] = []
    addressee_spans: list[Span] = []
    positions = addressee_positions(norm.text, paragraph.start, paragraph.end)
    if not positions and paragraph.lead_cell is not None:  # a task row's 责任单位 cell: who must do it
        positions = cell_units(norm.text, paragraph.lead_cell)
    for start, end in positions:
        value, span = norm.value(start, end)
        if value and value not in addressees:
            addressees.append(value)
            addressee_spans.append(span)
    spans: dict[str, SpanValue] = {"text": text_span}
    if addressees:
        spans["addressees"] = addressee_spans
    found = deadlines(norm, paragraph.start, paragraph.end, day)
    if paragraph.deadline_cell is not None:  # a task row's 完成时限 cell (once when the task names it too)
        cell = paragraph.deadline_cell
        found += [d for d in deadlines(norm, cell.start, cell.end, day) if d.text not in {f.text for f in found}]
    return Directive(
        marker=marker,
        text=text,
        addressees=addressees,
        addressees_canonical=[directory.canonical(value) for value in addressees],
        deadlines=found,
        spans=spans,
    )


def cell_units(text: str, cell: Region) -> list[tuple[int, int]]:
    """The units a 责任单位 cell lists (`市应急管理局`, `市水利局（牵头）、市城投集团`), a mark after each aside."""
    found = []
    for part in _CELL_PART.finditer(text, cell.start, cell.end):
        name = _CELL_MARK.sub("", part.group())
        if looks_like_unit(name) or name.startswith("各"):
            found.append((part.start(), part.start() + len(name)))
    return found


_CELL_PART = re.compile(r"[^、，,；;\s\u3000]+")
_CELL_MARK = re.compile(r"[（(](?:牵头|主责|负责)[）)]$")


def deadlines(norm: NormalizedText, start: int, end: int, day: dt.date | None) -> list[Deadline]:
    found = []
    for match in patterns.DEADLINE.finditer(norm.text, start, end):
        words, span = match.group(), norm.span(*match.span())
        found.append(Deadline(text=words, date=resolve_deadline(words, day), spans={"text": span}))
    return found


def addressee_positions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    ends = [match.start() for match in CLAUSE_END.finditer(text, start, end)]
    ends.append(end)
    decided = -1  # the last clause whose subject was read: only a clause's first modal verb counts
    # Modal verbs never span a clause end, so only the clauses holding one are read.
    for match in patterns.MODAL.finditer(text, start, end):
        modal = match.start()
        clause = bisect.bisect_right(ends, modal)
        if clause == decided:
            continue
        clause_start = ends[clause - 1] + 1 if clause else start
        if modal > clause_start and text[modal - 1] in patterns.NOT_MODAL_BEFORE:
            continue
        decided = clause
        if modal == clause_start:
            # `市发改委，要…`: a clause of its own before the `，` names who must act.
            before = ends[clause - 2] + 1 if clause >= 2 else start
            named = text[before : clause_start - 1]
            # (not a clause that tells someone to act itself: `各部门更要主动跟进，要坚持…`)
            if (
                clause and text[ends[clause - 1]] == "，" and _is_addressee(named)
                and not patterns.ADDRESSEE_REJECT.match(named)  # `对重大生态敏感区，要…`: what is acted on
                and not patterns.SPOKEN.search(named) and not patterns.MODAL.search(named)
            ):
                found.extend(_split_addressees(text, before, clause_start - 1))
            continue
        subject = _clause_subject(text, clause_start, modal)
        if subject is not None:
            found.extend(_split_addressees(text, *subject))
    for match in patterns.DIRECTIVE_BY.finditer(text, start, end):
        found.append(match.span("u"))
    for match in patterns.REQUIRED_OF.finditer(text, start, end):
        found.extend(_split_addressees(text, *match.span("u")))
    for match in patterns.COORDINATING.finditer(text, start, end):
        unit_start, unit_end = match.span("u")
        if (speaker := patterns.SPEAKER.match(text, unit_start, unit_end)) is not None:
            unit_start = speaker.end()
        if (verb := patterns.MODAL.search(text, unit_start, unit_end)) is not None:
            unit_end = verb.start()  # `各责任单位要强化协同配合`: the subject before its modal
        if _is_addressee(text[unit_start:unit_end]) and not patterns.ADDRESSEE_REJECT.match(text, unit_start):
            found.extend(_split_addressees(text, unit_start, unit_end))
    for match in patterns.RESPONSIBLE.finditer(text, start, end):
        found.extend(listed_units(text, *match.span("u")))
    return sorted({_clean(text, a, b) for a, b in found})


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """The addressee without a verb or particle glued to it (`了市应急局`, `各责任单位相`)."""
    left, right = unit_edges(text[start:end])
    return start + left, start + right


def _clause_subject(text: str, start: int, modal: int) -> tuple[int, int] | None:
    """The addressee between a clause's start and its modal verb (`各镇（街道）要…`)."""
    enumerator = patterns.ENUMERATOR.match(text, start, modal)
    if enumerator:
        start = enumerator.end()
    speaker = patterns.SPEAKER.match(text, start, modal)  # `会议强调区政府班子成员要…`
    if speaker:
        start = speaker.end()
    elif (named := _NAMED_SPEAKER.match(text, start, modal)) and looks_like_name(named.group("who")):
        start = named.end()  # `李国军要求相关部门要…`: the official speaking is no subject
    if (when := patterns.DEADLINE.match(text, start, modal)) is not None:
        start = when.end()  # `3月底前各部门要…`: by when, then who
    by = text.rfind("由", start, modal)
    if by > start and not text.startswith("由于", by):
        start = by + 1  # `物流园用地由临港新区管委会负责收储`: what is charged, then who acts
    subject = text[start:modal]
    if patterns.ADDRESSEE_REJECT.match(subject):
        return None
    return (start, modal) if _is_addressee(subject) else None


def _is_addressee(subject: str) -> bool:
    return (
        2 <= len(subject) <= 30 and bool(patterns.ADDRESSEE_OK.search(subject)) and "是" not in subject
        and subject not in patterns.ADDRESSEE_NOT_ALONE and not subject.endswith(patterns.ADDRESSEE_NEVER_ENDS)
    )


def _is_group(name: str) -> bool:
    """A unit, the officials of one (`各分管领导`, `市人民政府班子成员`), or every government of a level
    (`各县（市、区）`)."""
    every_government = patterns.EVERY_GOVERNMENT.fullmatch(name) is not None
    return looks_like_unit(name) or name.endswith(patterns.OFFICIAL_GROUPS) or every_government


def _joined_groups(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """`各乡镇和市直相关部门`: two groups joined, each a unit's or group's name (not `县发展和改革局`, nor
    `相关单位和部门` sharing its `相关`); None when [start, end) is no such pair."""
    for joiner in _JOINER.finditer(text, start, end):
        left, right = text[start : joiner.start()], text[joiner.end() : end]
        whole = len(right) >= 3 or right.startswith("各")
        if _is_group(left) and _is_group(right) and whole:
            return [(start, joiner.start()), (joiner.end(), end)]
    return None


def _split_addressees(text: str, start: int, end: int) -> list[tuple[int, int]]:
    subject = text[start:end]
    if "、" not in subject:
        return _joined_groups(text, start, end) or [(start, end)]
    if "等" in subject:
        return [(start, end)]
    parts = listed_units(text, start, end, "、")  # `各县（市、区）` stays one
    if joined := _joined_groups(text, *parts[-1]):  # `各乡镇、各园区及县级有关部门`: the last two joined
        parts[-1:] = joined
    if any(_JOINER.search(text, a, b) and not _is_group(text[a:b]) for a, b in parts[:-1]):
        return [(start, end)]  # (`县发展和改革局、…` is a name with a joiner in it; `A和B、C` is not a list of names)
    return parts if len(parts) > 1 and all(_is_addressee(text[a:b]) for a, b in parts) else [(start, end)]
