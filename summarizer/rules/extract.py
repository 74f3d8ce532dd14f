"""Rule-based extraction: the embedded default (no model, no key, no network).

It never sees model output; it is also the cross-check of every model answer.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from pathlib import PurePath

from summarizer.errors import InputError
from summarizer.rules import patterns
from summarizer.rules.deadlines import resolve_deadline
from summarizer.rules.docfields import bracket_titles, fill_header, fill_opening, fill_trailer
from summarizer.rules.segment import ItemBlock, Paragraph, decides, decides_or_directs, segment
from summarizer.rules.units import UnitDirectory, looks_like_name, looks_like_unit
from summarizer.schema import Deadline, Directive, Finding, Item, Kind, Minutes, SourceText, Span, SpanValue
from summarizer.text import PARAGRAPH_EDGE, NormalizedText, normalize

_CLAUSE_END = re.compile("[，。；：！？,;!?]")
_LIST_SEPARATORS = re.compile(r"[、和与及]")
_TAB = re.compile("\t")


def extract(source: SourceText) -> Minutes:
    norm = normalize(source.text)
    if not patterns.NOT_MINUTES_HINT.search(norm.text):
        raise InputError(
            f"{source.path}: this does not look like meeting minutes (no 常务会议/会议纪要 and no "
            "会议审议/听取/研究 sentence found); check that it is the right file",
            zh="该文件看起来不是会议纪要（未找到“常务会议”“会议纪要”或“会议审议/听取/研究”等字样），请确认上传的文件是否正确。",
        )
    sections = segment(norm.text, norm.removed(_TAB), lines_are_paragraphs=not norm.wrapped)
    minutes = Minutes(
        doc_id=PurePath(source.path).stem,
        source_file=PurePath(source.path).name,
        source_sha256=source.sha256,
        format=sections.format + (":wrapped" if norm.wrapped else "") + (":traditional" if norm.traditional else ""),
    )
    fill_header(norm, sections, minutes)
    fill_opening(norm, sections, minutes)
    fill_trailer(norm, sections, minutes)
    directory = UnitDirectory.of(minutes)
    minutes.items = [_item(norm, block, directory, minutes.meeting.date) for block in sections.items]
    minutes.truncated = _looks_truncated(norm, sections.trailer is not None, minutes)
    minutes.findings = _findings(norm, minutes)
    return minutes


def _looks_truncated(norm: NormalizedText, has_trailer: bool, minutes: Minutes) -> bool:
    if has_trailer or not minutes.items:
        return False
    ends_cleanly = norm.text.rstrip()[-1:] in "。！？”」）)"
    return not ends_cleanly or minutes.number is not None


def _findings(norm: NormalizedText, minutes: Minutes) -> list[Finding]:
    findings = []
    if not minutes.items:
        findings.append(Finding(level="error", code="no_items", message="no agenda items were found"))
    if minutes.truncated:
        findings.append(
            Finding(level="warning", code="truncated", message="the document ends mid-item; later items may be missing")
        )
    if minutes.meeting.date is None:
        findings.append(Finding(level="warning", code="no_meeting_date", message="no meeting date was found"))
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


def _kind(heading: str) -> tuple[Kind, int]:
    """The kind of an item and where its verb ends in the heading (0 when none)."""
    outside = re.sub(r"《[^》]*》", lambda m: "　" * len(m.group()), heading)
    found = [(outside.find(verb), verb, kind) for verb, kind in patterns.ITEM_VERBS if verb in outside]
    if found:
        at, verb, kind = min(found, key=lambda f: (f[0], -len(f[1])))  # the longest verb where it opens
        tail = patterns.VERB_TAIL.match(heading, at + len(verb))
        return kind, tail.end() if tail else at + len(verb)  # type: ignore[return-value]
    if heading.rstrip("。").endswith(("汇报", "报告")):
        return "hearing", 0
    if heading.rstrip("。").endswith("工作"):
        return "study", 0  # `关于全旗森林草原防灭火工作`: a line of work, as `研究…工作` is
    return "other", 0


def _item(norm: NormalizedText, block: ItemBlock, directory: UnitDirectory, meeting_date: dt.date | None) -> Item:
    text = norm.text
    heading_start, heading_end = norm.trim(block.start, block.heading_end)
    heading = text[heading_start:heading_end]
    marker_length = len(block.marker)
    kind, verb_end = _kind(heading[marker_length:])
    # `汇报单位：X` under the heading labels the item: neither its decision nor a directive.
    paragraphs = [p for p in block.paragraphs if not patterns.REPORTED_BY.match(text, p.start)]
    decision_paragraph, directives = _split_decision(text, paragraphs)
    heading_titles = bracket_titles(text, heading_start, heading_end)
    if kind == "hearing" and heading_titles and patterns.DECISION.search(text, heading_start, heading_end):
        kind = "review"  # `会议听取并原则同意X关于《…》的汇报`: the document is reviewed and decided
    if verb_end == 0 and block.paragraphs:
        # `一、关于…` headings: the first sentence says what the meeting did.
        first = block.paragraphs[0]
        sentence = patterns.ITEM_SENTENCE.search(text, first.start, min(first.end, first.start + 8))
        if sentence:
            kind = _kind(sentence.group())[0]
            if kind == "hearing" and heading_titles:
                kind = "review"  # `关于《…》`: a report on a document is the document's review
    if kind == "study" and decision_paragraph is not None and patterns.MATTER.search(heading):
        kind = "other"  # `研究…有关事项，同意…`: a decision on a matter, not a study session
    item = Item(number=block.number, heading=heading, kind=kind, title="", spans={})
    item.spans["heading"] = norm.span(heading_start, heading_end)
    for start, end in heading_titles:
        _append(item, "documents", *norm.value(start, end))
    if not item.documents and kind != "hearing":
        _bare_documents(norm, item, heading_start, heading_end)
        if not item.documents and decision_paragraph:
            paragraph_titles = bracket_titles(text, decision_paragraph.start, decision_paragraph.end)[:1]
            for start, end in paragraph_titles:
                _append(item, "documents", *norm.value(start, end))
            if not paragraph_titles:
                _bare_documents(norm, item, decision_paragraph.start, decision_paragraph.end)
    # `关于《…》` then `会议原则同意…` reviews a document; `关于…建设事项` stays a matter.
    names_document = bool(heading_titles) or (bool(item.documents) and not patterns.MATTER.search(heading))
    if item.kind == "other" and verb_end == 0 and names_document:
        item.kind = "review"
    _title(norm, item, heading_start + marker_length, heading_end, verb_end)
    if block.lead_cell:  # a table's 责任单位 column names the item's lead units outright
        _add_units(norm, item, block.lead_cell.start, block.lead_cell.end, directory)
    if decision_paragraph is None:
        item.flags.append("no_decision_found")
    else:
        _decision(norm, decision_paragraph, item, directory)
    if item.kind == "hearing" and not item.lead_units:
        _hearing_reporter(norm, block, item, directory)
    if not item.lead_units and item.kind != "hearing":
        _proposer(norm, block, item, directory)
        if not item.lead_units:  # `会议听取并原则同意X关于《…》的汇报`: X brought the document
            _hearing_reporter(norm, block, item, directory)
    if not item.lead_units and decision_paragraph is not None:
        implementer = patterns.IMPLEMENTER.search(text, decision_paragraph.start, decision_paragraph.end)
        if implementer:
            _add_units(norm, item, *implementer.span("u"), directory)
    if not item.lead_units:
        responsible = patterns.RESPONSIBLE.search(text, block.start, block.end)
        if responsible and responsible.group("role") != "配合单位":
            for unit_start, unit_end in _listed_units(text, *responsible.span("u"))[:1]:
                _add_units(norm, item, unit_start, unit_end, directory)
    item.directives = [_directive(norm, p, directory, meeting_date) for p in directives]
    if block.deadline_cell:  # a table's 完成时限 column: the deadline of what the row asks
        cell_deadlines = _deadlines(norm, block.deadline_cell.start, block.deadline_cell.end, meeting_date)
        if item.directives:
            item.directives[-1].deadlines.extend(cell_deadlines)
        elif cell_deadlines:
            item.flags.append("deadline_without_directive")
    return item


def _bare_documents(norm: NormalizedText, item: Item, start: int, end: int) -> None:
    """Document titles written without 《》 (`审定了…实施方案`)."""
    fragment = norm.text[start:end]
    for match in patterns.BARE_DOCUMENT.finditer(fragment):
        _append(item, "documents", *norm.value(start + match.start("doc"), start + match.end("doc")))


def _title(norm: NormalizedText, item: Item, start: int, end: int, verb_end: int) -> None:
    """The document named in the heading, the report heard, or what the heading is about."""
    heading = norm.text[start:end]
    hearing = patterns.HEARING_TITLE.search(heading) if item.kind == "hearing" else None
    titles = bracket_titles(norm.text, start, end)
    bare = patterns.BARE_DOCUMENT.search(heading)
    if hearing:
        item.title, item.spans["title"] = norm.value(start + hearing.start("t"), start + hearing.end("t"))
    elif titles:
        item.title, item.spans["title"] = norm.value(*titles[0])
    elif bare:
        item.title, item.spans["title"] = norm.value(start + bare.start("doc"), start + bare.end("doc"))
    else:
        title_start = start + verb_end
        if norm.text.startswith("关于", title_start):
            title_start += 2
            if item.kind == "hearing" and norm.text.endswith("的汇报", title_start, end):
                end -= 3  # `关于…情况的汇报`: the matter heard
            elif item.kind == "study" and norm.text.endswith("工作的事项", title_start, end):
                end -= 3  # `关于…防火工作的事项`: the line of work studied
        item.title, item.spans["title"] = norm.value(title_start, end)


def _split_decision(text: str, paragraphs: list[Paragraph]) -> tuple[Paragraph | None, list[Paragraph]]:
    """The decision paragraph: one of the first two that decides, or a later one that opens with the
    decision (`会议强调…` first, then `会议原则通过…`); the others are directives, except a lead-in that
    only says what was reviewed."""
    for i, paragraph in enumerate(paragraphs):
        body = text[paragraph.start : paragraph.end]
        if (decides(body) and i < 2) or patterns.OPENS_WITH_DECISION.match(body):
            before = [p for p in paragraphs[:i] if not _only_says_what_was_reviewed(text, p)]
            return paragraph, before + paragraphs[i + 1 :]
    return None, [p for p in paragraphs if not _only_says_what_was_reviewed(text, p)]


def _only_says_what_was_reviewed(text: str, paragraph: Paragraph) -> bool:
    """`会议审议了X提交的《…》。` above a `议定事项：…` line, or alone: one sentence naming the matter,
    not a directive (`会议听取了…的汇报。会议指出…` says more, and is one)."""
    body = text[paragraph.start : paragraph.end].rstrip("。 ")
    if patterns.ITEM_SENTENCE.match(body) is None or "。" in body or decides_or_directs(body):
        return False
    # Every further clause names another matter (`…的汇报，审议了《B》`), nothing else.
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(body) if _outside_titles(body, m.start())]
    return all(patterns.NEXT_MATTER.match(body, end + 1) for end in clause_ends)


def _outside_titles(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) == text.count("》", 0, pos)


def _append(obj: Item | Directive, name: str, value: str, span: Span) -> None:
    getattr(obj, name).append(value)
    spans = obj.spans.setdefault(name, [])
    assert isinstance(spans, list)
    spans.append(span)


def _add_units(norm: NormalizedText, item: Item, start: int, end: int, directory: UnitDirectory) -> None:
    """Lead units from a phrase: units as written, or the officials named (`张某、李某同志`)."""
    people = norm.text[start:end].rstrip().endswith("同志")
    for piece_start, piece_end in _split_units(norm, start, end):
        unit_start, unit_end = norm.trim(piece_start, piece_end)
        value = norm.text[unit_start:unit_end].removesuffix("同志")
        title = patterns.OFFICIAL_TITLE.search(value)
        if title and looks_like_unit(value[: title.start()]):
            value = value[: title.start()]  # `区城管执法局局长赵某同志` → the unit
        elif people and title and looks_like_name(value[title.end() :]):
            unit_start += title.end()  # `分管副市长许某同志牵头` → the official
            value = value[title.end() :]
        elif patterns.BACK_REFERENCE.fullmatch(value):
            continue  # `会后由上述四部门…`: the units named before, found as the proposers
        elif not looks_like_unit(value) and not (people and looks_like_name(value)):
            continue
        span = norm.span(unit_start, unit_start + len(value))
        if value not in item.lead_units:
            _append(item, "lead_units", value, span)
            item.lead_units_canonical.append(directory.canonical(value))


def _split_units(norm: NormalizedText, start: int, end: int) -> list[tuple[int, int]]:
    """`区政府办、农业局` → two units; `市委办公室` stays one."""
    phrase = norm.text[start:end]
    pieces, piece_start = [], 0
    for match in _LIST_SEPARATORS.finditer(phrase):
        left = phrase[piece_start : match.start()]
        if match.group() == "、" or looks_like_unit(left):
            pieces.append((start + piece_start, start + match.start()))
            piece_start = match.end()
    pieces.append((start + piece_start, end))
    return pieces


def _decision(norm: NormalizedText, paragraph: Paragraph, item: Item, directory: UnitDirectory) -> None:
    text = norm.text
    paragraph_value = norm.value(paragraph.start, paragraph.end, PARAGRAPH_EDGE)
    item.decision_paragraph, item.spans["decision_paragraph"] = paragraph_value
    decision = patterns.DECISION.search(text, paragraph.start, paragraph.end)
    if decision:
        item.decision, item.spans["decision"] = decision.group(), norm.span(*decision.span())
    else:
        item.flags.append("no_decision_found")
    for name, pattern in patterns.LEAD_PATTERNS:
        for match in pattern.finditer(text, paragraph.start, paragraph.end):
            _add_units(norm, item, *match.span("u"), directory)
        if item.lead_units and name != "charged":  # a charge and the requests after it are one level
            break
    for route in patterns.ROUTES.finditer(text, paragraph.start, paragraph.end):
        value, span = norm.value(*route.span())
        if value not in item.issuance:
            _append(item, "issuance", value, span)


def _hearing_reporter(norm: NormalizedText, block: ItemBlock, item: Item, directory: UnitDirectory) -> None:
    match = patterns.HEARING_REPORTER.search(norm.text, block.heading_end, block.end)
    match = match or patterns.HEARING_REPORTER.search(norm.text, block.start, block.end)
    if match:
        _add_units(norm, item, *match.span("u"), directory)


def _proposer(norm: NormalizedText, block: ItemBlock, item: Item, directory: UnitDirectory) -> None:
    label = patterns.REPORTED_BY.search(norm.text, block.start, block.end)
    found = label.span("u") if label else _proposer_span(norm.text, block.start, block.end)
    if found:
        start, end = found
        prefix = patterns.PROPOSER_PREFIX.match(norm.text[start:end])  # anchored at ^: slice, not pos
        _add_units(norm, item, start + (prefix.end() if prefix else 0), end, directory)
        if item.lead_units:
            item.flags.append("lead_unit_inferred_from_proposer")


def _proposer_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause before the first proposing verb (`…市发改委提出的`), at most 60 characters."""
    for verb in patterns.PROPOSER_VERB.finditer(text, start, end):
        clause = max(text.rfind(ch, start, verb.start()) for ch in "，。；：《》\n") + 1
        unit_start = max(clause, start, verb.start() - patterns.PROPOSER_MAX_CHARS)
        if verb.start() - unit_start >= 2:
            return unit_start, verb.start()
    return None


def _directive(norm: NormalizedText, paragraph: Paragraph, directory: UnitDirectory, day: dt.date | None) -> Directive:
    text, text_span = norm.value(paragraph.start, paragraph.end, PARAGRAPH_EDGE)
    addressees: list[str] = []
    addressee_spans: list[Span] = []
    for start, end in _addressees(norm.text, paragraph.start, paragraph.end):
        value, span = norm.value(start, end)
        if value and value not in addressees:
            addressees.append(value)
            addressee_spans.append(span)
    spans: dict[str, SpanValue] = {"text": text_span}
    if addressees:
        spans["addressees"] = addressee_spans
    return Directive.trusted(  # values and spans built together here: no re-check
        marker=paragraph.marker,
        text=text,
        addressees=addressees,
        addressees_canonical=[directory.canonical(value) for value in addressees],
        deadlines=_deadlines(norm, paragraph.start, paragraph.end, day),
        action=None,
        spans=spans,
    )


def _deadlines(norm: NormalizedText, start: int, end: int, day: dt.date | None) -> list[Deadline]:
    found = []
    for match in patterns.DEADLINE.finditer(norm.text, start, end):
        words, span = match.group(), norm.span(*match.span())
        found.append(Deadline.trusted(text=words, date=resolve_deadline(words, day), spans={"text": span}))
    return found


def _addressees(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    ends = [match.start() for match in _CLAUSE_END.finditer(text, start, end)]
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
            if clause and text[ends[clause - 1]] == "，" and _is_addressee(text[before : clause_start - 1]):
                found.append((before, clause_start - 1))
            continue
        subject = _clause_subject(text, clause_start, modal)
        if subject is not None:
            found.extend(_split_addressees(text, *subject))
    for match in patterns.DIRECTIVE_BY.finditer(text, start, end):
        found.append(match.span("u"))
    for match in patterns.REQUIRED_OF.finditer(text, start, end):
        found.extend(_split_addressees(text, *match.span("u")))
    if text.find("单位", start, end) != -1:  # a substring check first: the regex scan costs 20x more
        for match in patterns.RESPONSIBLE.finditer(text, start, end):
            found.extend(_listed_units(text, *match.span("u")))
    return sorted(set(found))


def _clause_subject(text: str, start: int, modal: int) -> tuple[int, int] | None:
    """The addressee between a clause's start and its modal verb (`各镇（街道）要…`)."""
    enumerator = patterns.ENUMERATOR.match(text, start, modal)
    if enumerator:
        start = enumerator.end()
    subject = text[start:modal]
    if patterns.ADDRESSEE_REJECT.match(subject):
        return None
    return (start, modal) if _is_addressee(subject) else None


def _is_addressee(subject: str) -> bool:
    return 2 <= len(subject) <= 30 and bool(patterns.ADDRESSEE_OK.search(subject)) and "是" not in subject


def _listed_units(text: str, start: int, end: int, separators: str = "、，,") -> list[tuple[int, int]]:
    """`市水利局，各县（市、区）人民政府` → each unit; a 、 inside brackets does not split."""
    pieces, depth, piece_start = [], 0, start
    for pos in range(start, end + 1):
        ch = text[pos] if pos < end else separators[0]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0 and ch in separators:
            if pos > piece_start:
                pieces.append((piece_start, pos))
            piece_start = pos + 1
    return pieces


def _split_addressees(text: str, start: int, end: int) -> list[tuple[int, int]]:
    subject = text[start:end]
    if "、" not in subject or re.search("[等及和与]", subject):
        return [(start, end)]
    parts = _listed_units(text, start, end, "、")  # `各县（市、区）` stays one
    return parts if len(parts) > 1 and all(_is_addressee(text[a:b]) for a, b in parts) else [(start, end)]
