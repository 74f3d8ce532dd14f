"""One agenda item: its heading, kind, title, documents, decision, issuance, leads, directives."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from summarizer.rules import patterns
from summarizer.rules.blocks import (
    ItemBlock,
    Paragraph,
    Region,
    append,
    blank_titles,
    bracket_titles,
    clause_end,
    decides,
    decides_or_directs,
    item_opening,
    listed_titles,
    without_title_words,
)
from summarizer.rules.directives import CLAUSE_END, addressee_positions, deadlines, directive
from summarizer.rules.leads import Lead, fill_leads
from summarizer.rules.units import UnitDirectory, looks_like_roster, looks_like_unit, sender_end
from summarizer.schema import Item, Kind, Span
from summarizer.text import PARAGRAPH_EDGE, NormalizedText, fold


def kind_of(heading: str) -> tuple[Kind, int]:
    """The kind of an item and where its verb ends in the heading (0 when none)."""
    arranged = patterns.ARRANGED_MATTER.match(heading)
    if arranged:
        return "study", arranged.start("x")  # `对X进行安排部署`: X studied and deployed
    decided = patterns.DECIDED_MATTER.match(heading)
    if decided:
        return "other", decided.end()  # `会议原则同意启动实施A项目`: projects agreed on
    examined = patterns.EXAMINED_MATTER.match(heading)
    if examined:  # `对《A》和《B》进行研究`: documents examined; `就X改造进行了专题研究`: work studied
        return ("review" if patterns.NAMES_DOCUMENT.search(examined.group("x")) else "study"), examined.start("x")
    reported = patterns.REPORTED_MATTER.match(heading) or patterns.UNIT_REPORTED.match(heading)
    if reported:
        return "hearing", reported.end()  # `汇报了X`, `随后，市公安局汇报了X`
    lecture = patterns.LECTURE.match(heading)
    if lecture:
        return "study", lecture.end()  # `会议邀请X作…讲座`: a lecture heard and studied
    outside = _QUOTED.sub(lambda quote: "\u3000" * len(quote.group()), blank_titles(heading))  # (names' verbs aside)
    found = [(at, verb, kind) for verb, kind in patterns.ITEM_VERBS if (at := _verb_at(outside, verb)) >= 0]
    if found:
        at, verb, kind = min(found, key=lambda f: (f[0], -len(f[1])))  # the longest verb where it opens
        tail = patterns.VERB_TAIL.match(heading, at + len(verb))
        if tail and kind == "study" and patterns.DECISION.search(tail.group()):
            kind = "review"  # `研究并原则通过…`: a verb that decides reviews a document
        reviewed = tail and any(verb in tail.group() for verb in ("审议", "审定", "讨论"))
        if kind == "hearing" and reviewed and tail:
            about = sender_end(heading[tail.end() :])  # (`听取并审议了县发改局关于《A》`: who reported aside)
            if heading.startswith("《", tail.end() + (about + 2 if about else 0)) or _DOCUMENT_AT_END.search(heading):
                kind = "review"  # `听取并审议了《A》`, `听取并审议通过了X实施方案`: a document reviewed
        verb_end = tail.end() if tail else at + len(verb)
        if kind == "study" and heading.startswith("关于", verb_end) and heading.rstrip("。").endswith(_REPORTS):
            kind = "hearing"  # `会议研究了关于X情况的汇报`: a report, heard
        return kind, verb_end  # type: ignore[return-value]
    if heading.rstrip("。").endswith(_REPORTS):
        return "hearing", 0
    spoken_to = heading.removeprefix("在")
    remark_verb = next((verb for verb in patterns.REMARK_VERBS if spoken_to.startswith(verb)), None)
    if remark_verb and heading.endswith("时"):  # `在谈到农村公路建设时`: the chair speaks to a line of work
        return "study", len(heading) - len(spoken_to) + len(remark_verb)
    if heading.rstrip("。").endswith(("工作", "精神", "学法", "讲座")):
        return "study", 0  # `关于全旗森林草原防灭火工作`: a line of work, as `研究…工作` is; `开展常务会议学法`
    return "other", 0


def _verb_at(heading: str, verb: str) -> int:
    """Where `verb` first stands as a verb in `heading`, not in a meeting's name (`…动员部署会精神`,
    `全市安全生产调度会议精神`; `听取会展筹备情况` is a verb before its object), nor closing a topic
    (`关于上半年安全生产形势分析`: a noun); -1 when nowhere."""
    topic = heading.startswith(patterns.TOPIC_OPENERS)
    at = heading.find(verb)
    while at >= 0 and (
        _MEETING_NAME_END.match(heading, at + len(verb)) or (topic and not heading[at + len(verb) :].strip("。"))
    ):
        at = heading.find(verb, at + 1)
    return at


_MEETING_NAME_END = re.compile(r"会(?=议|精神|上|后|的|[，。、；）)]|$)")  # `部署会精神`, `调度会议`


_QUOTED = re.compile(r"“[^“”\n]*”")  # a name in quotes (`“深入学习A，认真落实B”工作交流会`)
_BARE_TITLE = re.compile(rf"[^，。；《》\n]{{4,60}}{patterns.DOCUMENT_END}")  # `X区“十四五”规划(2021-2025)`, no 《》
_REPORTS = ("汇报", "报告")
_AFFAIRS = ("事宜", "问题")  # (`关于春季农业生产工作的事项` is a line of work studied)


def read_item(norm: NormalizedText, block: ItemBlock, directory: UnitDirectory, meeting_date: dt.date | None) -> Item:
    text = norm.text
    heading_start, heading_end = norm.trim(block.start, block.heading_end)
    closing = patterns.LIST_CLOSING.search(text, heading_start, heading_end)
    if closing is not None:
        heading_end = closing.start()  # `审议了《A》《B》等（文件）。`: the titles, not the words closing the list
    heading = text[heading_start:heading_end]
    marker_length = len(block.marker)
    kind, verb_end = kind_of(heading[marker_length:])
    if block.shared_kind and verb_end == 0:
        kind = block.shared_kind  # `听取了关于A、关于B`: B is heard under the sentence's verb
    # `汇报单位：X` under the heading labels the item: neither its decision nor a directive.
    # A `会议强调：` line only introduces the directives under it, a report cut off after `会议强调，`
    # says nothing, and a list of posts and names is who attended: no directive of their own; nor is
    # a paragraph that opens with who attended and asks nothing (`…列席会议。《A》提出，将建设…`).
    paragraphs = [
        p for i, p in enumerate(block.paragraphs)
        if not _printed_twice(text, p, block.paragraphs[:i])  # (a bad copy repeats a paragraph)
        and not _other_script(text[p.start : p.end])
        and not patterns.REPORTED_BY.match(text, p.start)
        and not patterns.EMPTY_PARAGRAPH.fullmatch(text, p.start, p.end)
        and not text[p.start : p.end].isspace()  # (another story on the page, blanked)
        and not patterns.PICTURE_LINE.fullmatch(text, p.start, p.end)  # (`[此处为图片]`, `图为会议现场。`)
        and not looks_like_roster(text[p.start : p.end])
        and not (patterns.ATTENDANCE_SENTENCE.match(text, p.start) and not patterns.MODAL.search(text, p.start, p.end))
    ]
    decision_paragraph, directive_paragraphs = split_decision(text, paragraphs)
    heading_titles = bracket_titles(text, heading_start, heading_end)
    sentence_verb = ""  # the verb of the sentence an item without one of its own belongs to
    if verb_end == 0 and block.paragraphs:
        # `一、关于…` headings, and the later documents of `研究通过了《A》《B》`: the first sentence
        # says what the meeting did.
        first = block.paragraphs[0]
        sentence = patterns.ITEM_SENTENCE.search(text, first.start, min(first.end, first.start + 8))
        if sentence:
            kind, at = kind_of(text[sentence.start() : first.end])  # with its verb tail (`研究并原则通过`)
            sentence_verb = text[sentence.start() : sentence.start() + at]
            if kind == "hearing" and heading_titles:
                kind = "review"  # `关于《…》`: a report on a document is the document's review
            elif not heading_titles and heading.rstrip("。").endswith(_AFFAIRS):
                kind = "other"  # `原则通过了关于《A》、B事宜`, `一、关于X问题` then `会议听取了…`: an affair settled
            # `…传达学习了A，原则通过了《B》《C》`: a title listed after a decision is reviewed
            if kind != "review" and heading_titles and _decided_just_before(text, first.start, heading_start):
                kind = "review"
    verb = heading[marker_length : marker_length + verb_end] or sentence_verb
    examines = kind == "study" and "研究" in verb and "学习" not in verb and "部署" not in verb
    if examines and (
        # (`研究《细则》、A和B工作`: lines of work studied; `研究讨论X产业园总体规划`: a document without 《》)
        (heading_titles and not heading.rstrip("。").endswith("工作")) or _DOCUMENT_AT_END.search(heading)
    ):
        kind = "review"  # `会议研究了《…报告》`: a document examined is reviewed (`传达学习《…》` stays a study)
    # `听取X关于《A》起草情况的汇报`: what was heard is how A is being drafted, a hearing even when decided
    drafting = patterns.DRAFTING_STATUS.match(text, heading_titles[-1][1], heading_end) if heading_titles else None
    if kind == "hearing" and heading_titles and drafting is None and (
        patterns.DECISION.search(text, heading_start, heading_end) or decision_paragraph is not None
    ):
        # `会议听取并原则同意X关于《…》的汇报`, `会议听取了X关于《A》的汇报…原则同意X提交的《A》`:
        # the document is reviewed and decided
        kind = "review"
    if kind == "study" and patterns.MATTER.search(heading) and (
        decision_paragraph is not None or not heading.rstrip("。").endswith("工作的事项")
    ):
        kind = "other"  # `研究…有关事项（，同意…）`: a matter to settle, not a study session (`…工作的事项` is one)
    elif kind == "review" and not heading_titles and "讨论" in heading and patterns.MATTER.search(heading):
        kind = "other"  # `会议讨论了…调整事宜`: a matter settled, no document reviewed
    item = Item(number=block.number, heading=heading, kind=kind, title="", spans={})
    item.spans["heading"] = norm.span(heading_start, heading_end)
    if block.marker_above is not None:  # `（一）` above `传达学习《…》` heads the item as `（一）传达学习《…》`
        marker = text[block.marker_above : norm.trim(block.marker_above, heading_start)[1]]
        item.heading = marker + heading
        item.spans["heading"] = norm.span(block.marker_above, heading_end)
    # What a study or hearing names in 《》 is what was studied or heard about, not a document reviewed.
    if kind not in ("study", "hearing"):
        # `审定了…相关办法和《B》`: a bare title listed before the bracketed ones comes first
        listed_before = patterns.BARE_DOCUMENT.search(text, heading_start, heading_end) if heading_titles else None
        if listed_before and listed_before.end("doc") < heading_titles[0][0]:
            append(item, "documents", *norm.value(*listed_before.span("doc")))
    for start, end in heading_titles if kind not in ("study", "hearing") else []:
        append(item, "documents", *norm.value(start, end))
    if not item.documents and kind != "hearing" and patterns.BARE_REQUEST.fullmatch(heading):
        append(item, "documents", heading, norm.span(heading_start, heading_end))
    if not item.documents and kind != "hearing":
        _bare_documents(norm, item, heading_start + marker_length, heading_end)
        if not item.documents and decision_paragraph:
            # `会议原则同意《A》，《B》。`: the documents listed where the decision names its first (not
            # those of the matters before it in the same sentence: `原则通过了关于《A》、B事宜`)
            in_decision = [
                title for title in bracket_titles(text, decision_paragraph.start, decision_paragraph.end)
                if not decision_paragraph.start <= title[0] < heading_start
            ]
            paragraph_titles = listed_titles(text, in_decision)
            for start, end in paragraph_titles:
                append(item, "documents", *norm.value(start, end))
            if not paragraph_titles:
                _bare_documents(norm, item, decision_paragraph.start, decision_paragraph.end)
    if item.documents and kind != "hearing":
        _decided_documents(norm, item, directive_paragraphs)
        if decision_paragraph:
            _requested_documents(norm, item, decision_paragraph)
    _requests_without_their_unit(norm, item)
    # `关于《…》` then `会议原则同意…` reviews a document; `关于…建设事项` stays a matter.
    names_document = bool(heading_titles) or (bool(item.documents) and not patterns.MATTER.search(heading))
    if item.kind == "other" and verb_end == 0 and not names_document and _BARE_TITLE.fullmatch(heading):
        # `研究了A管理办法、B管理办法`: B, listed after the verb's first document, is one too (its name
        # without the number and the `关于` that head it: `五、关于X实施方案` names X实施方案, `就X实施方案，…` too)
        name_start = heading_start + marker_length
        opener = next((w for w in (*patterns.TOPIC_OPENERS, "就") if norm.text.startswith(w, name_start)), "")
        name_start += len(opener)
        append(item, "documents", *norm.value(name_start, heading_end))
        names_document = True
    if item.kind == "other" and verb_end == 0 and names_document:
        item.kind = "review"
    _title(norm, item, heading_start + marker_length, heading_end, verb_end)
    if not heading_titles:
        _title_in_full(item)
    if block.taken_up is not None and verb_end == 0:
        _agenda_matter(norm, item, block.taken_up, block.taken_up_kind)
    title_span = item.spans.get("title")
    if isinstance(title_span, Span):
        item.title, item.spans["title"] = _without_sender(norm, item.title, title_span)
    own_part = None
    if decision_paragraph is None:
        item.flags.append("no_decision_found")
    else:
        own_part = _own_part(text, decision_paragraph, item)
        # `一、审议通过《A》` on its own line, then `会议原则同意该办法。`: the record's own decision is the one taken
        own_decision = not block.heading_in_paragraph and patterns.OPENS_WITH_DECISION.match(text, own_part.start)
        heading_part = (heading_start, heading_start if own_decision else heading_end)
        _decision(norm, decision_paragraph, item, own_part, heading_part)
        asks_on = text[own_part.start : own_part.end].rstrip().endswith(("：", ":"))
        if not item.issuance and directive_paragraphs and asks_on:
            _routes(norm, item, directive_paragraphs[0])  # `…原则同意该办法，并要求：` then `（1）…以X名义印发实施`
    fill_leads(Lead(norm, block, item, directory, own_part))
    item.directives = [directive(norm, p, directory, meeting_date) for p in directive_paragraphs]
    if block.deadline_cell:  # a table's 完成时限 column: the deadline of what the row asks
        cell_deadlines = deadlines(norm, block.deadline_cell.start, block.deadline_cell.end, meeting_date)
        if item.directives:  # (one the directive already names, `…12月15日前启动` over `12月15日前`, once)
            named = {deadline.text for deadline in item.directives[-1].deadlines}
            item.directives[-1].deadlines.extend(d for d in cell_deadlines if d.text not in named)
        elif cell_deadlines:
            item.flags.append("deadline_without_directive")
    return item


def _requests_without_their_unit(norm: NormalizedText, item: Item) -> None:
    """`县住建局关于申请…资金的请示`: the request's name starts at 关于; the unit that sent it is its proposer."""
    spans = item.spans.get("documents")
    if isinstance(spans, list):
        for i, document in enumerate(item.documents):
            item.documents[i], spans[i] = _without_sender(norm, document, spans[i])


def _without_sender(norm: NormalizedText, value: str, span: Span) -> tuple[str, Span]:
    about = sender_end(value)
    if not about or not value.endswith(("的请示", "的报告")):
        return value, span
    at = norm.original.find("关于", span.start, span.end)  # the value is contiguous in the original
    return (value[about:], span.model_copy(update={"start": at})) if at != -1 else (value, span)


def _requested_documents(norm: NormalizedText, item: Item, paragraph: Paragraph) -> None:
    """`审议了X《关于呈报<A>的请示》` then `会议议定：1.原则同意《A》`: the plan a request asks to approve,
    decided, is a document of the item too."""
    for start, end in bracket_titles(norm.text, paragraph.start, paragraph.end):
        title = norm.text[start:end]
        requests = (document for document in item.documents if document.endswith(("请示", "报告")))
        if title not in item.documents and any(title in request and title != request for request in requests):
            append(item, "documents", *norm.value(start, end))


def _decided_documents(norm: NormalizedText, item: Item, paragraphs: list[Paragraph]) -> None:
    """`（二）会议同意市财政局提出的…资金筹措方案，…` under one heading: a later paragraph that opens by
    deciding on a document adds it to the item's documents."""
    text = norm.text
    for paragraph in paragraphs:
        clause = clause_end(text, paragraph.start, paragraph.end)
        if not text.startswith("会议", paragraph.start) or not patterns.DECISION.search(text, paragraph.start, clause):
            continue
        named = bracket_titles(text, paragraph.start, clause) or _bare_document_spans(text, paragraph.start, clause)
        for start, end in named:
            if text[start:end] not in item.documents:
                append(item, "documents", *norm.value(start, end))


def _bare_documents(norm: NormalizedText, item: Item, start: int, end: int) -> None:
    """Document titles written without 《》 (`审定了…实施方案`)."""
    for doc_start, doc_end in _bare_document_spans(norm.text, start, end):
        append(item, "documents", *norm.value(doc_start, doc_end))


def _bare_document_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    fragment = text[start:end]
    return [(start + m.start("doc"), start + m.end("doc")) for m in patterns.BARE_DOCUMENT.finditer(fragment)]


def _title_in_full(item: Item) -> None:
    """`一、关于应急体系建设专项规划` then `原则同意《青石市应急体系建设专项规划(送审稿)》`: the heading's
    short name stands for the document the decision names in full, which is the title."""
    spans = item.spans.get("documents")
    if item.kind != "review" or len(item.documents) != 1 or not isinstance(spans, list) or not item.title:
        return
    if not _DOCUMENT_AT_END.search(item.title):
        return  # `关于X改造项目` then `同意《X改造项目实施方案》`: the project is the matter, its plan a document
    document = item.documents[0]
    if document != item.title and fold(item.title.removeprefix("关于")) in fold(document):
        item.title, item.spans["title"] = document, spans[0]


def _other_script(body: str) -> bool:
    """The paragraph is printed in another script (a Tibetan, Mongolian, Uyghur or Korean rendering beside
    the Chinese): more of its letters are of that script than Chinese characters."""
    if _OTHER_SCRIPT.search(body) is None:
        return False
    return len(_OTHER_SCRIPT.findall(body)) > len(_HAN.findall(body))


_HAN = re.compile("[\u4e00-\u9fff]")
# (Arabic-script Uyghur and Kazakh, Tibetan, Mongolian, Hangul, Cyrillic)
_OTHER_SCRIPT = re.compile(
    "[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u0400-\u04ff]"
)


def _printed_twice(text: str, paragraph: Paragraph, before: list[Paragraph]) -> bool:
    """The paragraph repeats one before it word for word (a repost's bad copy)."""
    body = text[paragraph.start : paragraph.end].strip()
    return len(body) >= _REPEAT_MIN_CHARS and any(text[p.start : p.end].strip() == body for p in before)


_REPEAT_MIN_CHARS = 20  # (a short line, `会议要求：`, may well come twice)


def _agenda_matter(norm: NormalizedText, item: Item, matter: Region, shared_kind: Kind | None) -> None:
    """A topic paragraph that takes up one matter of the opening's agenda is what the agenda names:
    a document in full (`关于为民办实事项目实施方案，…` after `审议《X县2026年为民办实事项目实施方案》`), or
    what the agenda's verb did (`关于优化营商环境，会议指出…` after `传达学习全省优化营商环境大会精神`: a study)."""
    text = norm.text
    if _DOCUMENT_AT_END.search(item.title):
        at = text.find(item.title, matter.start, matter.end)
        if at == -1:
            return
        start = max(text.rfind(ch, matter.start, at) for ch in _NAME_BOUNDS) + 1
        start = max(start, matter.start + kind_of(text[matter.start : at])[1])
        short_name = item.title
        item.title, span = norm.value(start, at + len(short_name))
        item.spans["title"] = span
        documents = item.spans.get("documents")
        if item.documents == [short_name] and isinstance(documents, list):
            item.documents[0], documents[0] = item.title, span
        return
    several = "、" in blank_titles(text[matter.start : matter.end])  # `研究A、B等工作`: one of them is taken up
    listed = several or patterns.SUMMARY_CLOSE.search(text, matter.start, matter.end)
    kind, verb_end = kind_of(text[matter.start : matter.end])
    agenda_kind = kind if verb_end else shared_kind
    if listed or agenda_kind is None or agenda_kind == item.kind:
        return
    item.kind = agenda_kind
    _title(norm, item, matter.start, matter.end, verb_end)


_NAME_BOUNDS = "《》、，；和及"


def _title(norm: NormalizedText, item: Item, start: int, end: int, verb_end: int) -> None:
    """The document named in the heading, the report heard, or what the heading is about."""
    if norm.text.endswith("的议题", start, end):
        end -= 3  # `关于《A》的议题`, `关于听取X汇报的议题`: the matter, not the agenda's word for it
    elif norm.text.endswith(("后", "时"), start, end) and (
        norm.text.startswith("在", start) or patterns.GLUED_REMARK.match(norm.text, end)
    ):
        end -= 1  # `在听取完X关于A的汇报后`, `在审议《B》时`, `会议研究X工作时要求`: what was heard or reviewed
    comma = max(norm.text.rfind(mark, start, end) for mark in "，,并")
    verb = patterns.ITEM_VERB_START.match(norm.text, comma + 1, end) if comma > start else None
    if verb is not None and patterns.VAGUE_MATTER.match(norm.text[verb.end() : end]):
        end = comma  # `听取X情况汇报，研究相关工作`, `传达A精神并研究贯彻落实意见`: not what names nothing
    heading = norm.text[start:end]
    hearing = patterns.HEARING_TITLE.search(heading) if item.kind == "hearing" else None
    if item.documents and patterns.BARE_REQUEST.fullmatch(heading):
        item.title, item.spans["title"] = norm.value(start, end)  # `关于…的请示`: its whole name
        return
    arranged = patterns.ARRANGED_MATTER.match(heading)
    examined = patterns.EXAMINED_MATTER.match(heading)
    if examined and not patterns.NAMES_DOCUMENT.search(examined.group("x")):
        arranged = examined  # `就X改造进行了专题研究`: the work studied
    if arranged:
        item.title, item.spans["title"] = norm.value(start + arranged.start("x"), start + arranged.end("x"))
        return
    titles = bracket_titles(norm.text, start, end)
    if hearing and len(titles) == 1 and _REPORT_ON_TITLE.fullmatch(norm.text, titles[0][1] + 1, end):
        # `听取了X关于《A》的汇报`, `听取了X《关于A的报告》的汇报`: the report heard is the title
        item.title, item.spans["title"] = norm.value(*titles[0])
        return
    if item.kind in ("study", "hearing") and not _only_a_title(norm.text, start + verb_end, end, titles):
        titles = []  # `听取了《A》任务分解情况的汇报`: the matter heard is more than the title
    bare = patterns.BARE_DOCUMENT.search(heading)
    if hearing:
        item.title, item.spans["title"] = norm.value(start + hearing.start("t"), start + hearing.end("t"))
    elif titles and bare and item.documents and start + bare.end("doc") < titles[0][0]:
        item.title, item.spans["title"] = norm.value(start + bare.start("doc"), start + bare.end("doc"))
    elif titles:
        item.title, item.spans["title"] = norm.value(*titles[0])
    elif bare:
        item.title, item.spans["title"] = norm.value(start + bare.start("doc"), start + bare.end("doc"))
    else:
        title_start = start + verb_end
        if item.kind == "hearing" and (about := sender_end(norm.text[title_start:end])):
            title_start += about  # `分别听取区府办关于A、…`: A is heard, 区府办 reported it
        if norm.text.startswith("就", title_start) and patterns.TOPIC_PARAGRAPH.match(norm.text, title_start):
            title_start += 1  # `就X工作，会议进行了专题研究`: X studied
        elif opener := next((w for w in patterns.TOPIC_OPENERS if norm.text.startswith(w, title_start)), None):
            title_start += len(opener)
            if verb := patterns.ITEM_VERB_START.match(norm.text, title_start, end):
                title_start = verb.end()  # `关于听取X汇报`: X汇报 heard
            if item.kind == "hearing" and norm.text.endswith("的情况汇报", title_start, end):
                end -= 5  # `关于A的情况汇报`: A heard
            elif item.kind == "hearing" and norm.text.endswith(("的汇报", "的通报"), title_start, end):
                end -= 3  # `关于…情况的汇报`: the matter heard
            elif item.kind == "hearing" and norm.text.endswith("汇报", title_start, end):
                end -= 2  # `关于…有关情况汇报`: the matter heard
            elif item.kind == "study" and norm.text.endswith("工作的事项", title_start, end):
                end -= 3  # `关于…防火工作的事项`: the line of work studied
        elif item.kind == "hearing" and norm.text.endswith(("的汇报", "的报告", "的通报"), title_start, end):
            end -= 3  # `听取了全市安全生产工作情况的汇报`: the matter heard
        if norm.trim(title_start, end)[0] >= norm.trim(title_start, end)[1]:
            title_start = start  # `（一）集中学习`: nothing after the verb, the heading names the matter
        item.title, item.spans["title"] = norm.value(title_start, end)


_REPORT_ON_TITLE = re.compile(r"的?(?:汇报|报告)")
_DOCUMENT_AT_END = re.compile(rf"{patterns.DOCUMENT_END}。?$")
_TITLE_JOINERS = ("", "、", "和", "及", "以及", "与")


def _only_a_title(text: str, start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """The heading's object is a 《title》 and nothing more (`传达学习《A》`, `学习市纪委《A》`: the
    unit that issued it is no part of what was studied; `学习了《A》和《B》`: titles joined)."""
    alias = patterns.ALIAS_NOTE.search(text, start, end)
    end = alias.start() if alias else end  # `传达学习《A》（以下简称《条例》）`: A is what was studied
    if not titles or titles[-1][1] + 1 != end:
        return False
    if any(text[a + 1 : b - 1] not in _TITLE_JOINERS for (_, a), (b, _) in itertools.pairwise(titles)):
        return False
    issuer = text[start : titles[0][0] - 1]
    return not issuer or (len(issuer) <= 12 and looks_like_unit(issuer))


def split_decision(text: str, paragraphs: list[Paragraph]) -> tuple[Paragraph | None, list[Paragraph]]:
    """The decision paragraph: one of the first two that decides, or a later one that opens with the
    decision (`会议强调…` first, then `会议原则通过…`); the others are directives, except a lead-in that
    only says what was reviewed."""
    for i, paragraph in enumerate(paragraphs):
        body = text[paragraph.start : paragraph.end]
        if (decides(body) and i < 2) or patterns.OPENS_WITH_DECISION.match(body):
            # before the decision, a paragraph that asks nothing (`会议指出，X是重中之重…`) is no directive
            before = [
                p for p in paragraphs[:i]
                if not _only_says_what_was_reviewed(text, p) and decides_or_directs(text[p.start : p.end])
            ]
            return paragraph, before + paragraphs[i + 1 :]
    return None, [
        p for p in paragraphs
        if not _only_says_what_was_reviewed(text, p) and not _only_judges(text, p) and not _only_describes(text, p)
    ]


def _only_judges(text: str, paragraph: Paragraph) -> bool:
    """`会议认为，今年以来全区消费市场总体平稳，但…不足。`: the meeting's judgement, asking nothing."""
    body = text[paragraph.start : paragraph.end]
    return body.startswith(patterns.ASSESSMENT_LEAD_INS) and not decides_or_directs(body)


def _only_describes(text: str, paragraph: Paragraph) -> bool:
    """`2019年是招商引资攻坚年，现已签订9个项目…。` (or after the item's own sentence: `会议听取了X汇报。今年以来，
    X以…为抓手…`): how things stand, told by the report; nobody speaks, nothing is decided or asked of anyone.
    A numbered paragraph is one the minutes list, whatever it says."""
    if paragraph.marker:
        return False
    body = text[paragraph.start : paragraph.end]
    if (
        decides_or_directs(body)
        or addressee_positions(text, paragraph.start, paragraph.end)
        or patterns.DEADLINE.search(body)
        or patterns.ENUMERATOR.search(body)  # `…进行了安排部署：一是持续做好X。二是…`
        or body.startswith("请")  # `请区发改局X同志汇报…`: asked of a unit
    ):
        return False
    said = body.partition("。")[2] if item_opening(body) is not None else body
    return bool(said) and _SPOKEN_OPENING.match(said) is None


# Someone speaking in a paragraph's first clause (`会议指出，`, `高靖生要求，`, `会议在听取X时强调`).
_SPOKEN_OPENING = re.compile(rf"[^。；]{{0,40}}?(?:{'|'.join(patterns.LEAD_IN_WORDS)})")


def _decided_just_before(text: str, start: int, at: int) -> bool:
    """The clause a listed title at `at` belongs to opens with a decision (`，原则通过了《A》《B》`)."""
    clause = max(text.rfind(mark, start, at) for mark in "，；。") + 1
    return patterns.DECISION.match(text, max(clause, start)) is not None


def _only_says_what_was_reviewed(text: str, paragraph: Paragraph) -> bool:
    """`会议审议了X提交的《…》。` above a `议定事项：…` line, or alone: one sentence naming the matter,
    not a directive (`会议听取了…的汇报。会议指出…` says more, and is one)."""
    body = text[paragraph.start : paragraph.end].rstrip("。；， ")
    # `…《A》。会议认为，该方案目标明确、措施可行。`: a judgement of the document that asks nothing
    first, _, rest = body.partition("。")
    if rest and all(
        sentence.startswith(patterns.ASSESSMENT_LEAD_INS) and not decides_or_directs(sentence)
        for sentence in rest.split("。")
    ):
        body = first
    # `听取A、B以及C。` opens with a bare verb, `会议审议了…` with the meeting's lead-in; a title's
    # words (`《…发展纲要》`) decide and direct nothing
    opening = item_opening(body)
    if opening is None or "。" in body or decides_or_directs(without_title_words(body)):
        return False
    # Every further clause names another matter (`…的汇报，审议了《B》`) or, after a semicolon, another
    # object of the same verb (`传达学习A精神；B精神`), nothing else; the opening's own comma
    # (`会前，县纪委监委组织学习了《…》`) ends no clause.
    clause_ends = [
        m.start() for m in CLAUSE_END.finditer(body, opening.end()) if _outside_titles(body, m.start())
    ]
    return all(
        body[end] in "；;" or patterns.NEXT_MATTER.match(body, end + 1) or _vague_follow_up(body, end + 1)
        for end in clause_ends
    )


def _vague_follow_up(body: str, at: int) -> bool:
    """`…精神，研究我市贯彻落实措施`: a clause on how to carry out the matter just named, which names nothing."""
    verb = patterns.ITEM_VERB_START.match(body, at)
    if verb is None:
        return False
    matter = body[verb.end() : clause_end(body, verb.end(), len(body))].removeprefix("了")
    return patterns.VAGUE_MATTER.match(matter) is not None


def _outside_titles(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) == text.count("》", 0, pos)


def _own_part(text: str, paragraph: Paragraph, item: Item) -> Paragraph:
    """`会议原则同意X关于A的汇报。会议原则通过《B》。责成Y…。` shared by two items: each item's part of
    the paragraph runs from the decision sentence that names its matter to the next one."""
    starts = [m.start() for m in patterns.DECISION_ON_DOCUMENT.finditer(text, paragraph.start, paragraph.end)]
    starts = [s for s in starts if s == paragraph.start or text[s - 1] == "。"]
    names = [name for name in (*item.documents[:1], item.title) if name]
    if len(starts) < 2 or not names:
        return paragraph
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else paragraph.end
        full_stop = text.find("。", start, stop)
        sentence = text[start : full_stop if full_stop != -1 else stop]
        if any(name in sentence for name in names):
            return Paragraph(paragraph.marker, start, stop)
    return paragraph


def _decision(
    norm: NormalizedText, paragraph: Paragraph, item: Item, own_part: Paragraph, heading: tuple[int, int]
) -> None:
    """The decision in the item's own heading (`…合同，通过《C》`: C is 通过, though the sentence opened
    with 原则批准), else the first in its part of the paragraph (`会议原则同意《A》、《B》`: B's too)."""
    text = norm.text
    value, span = norm.value(paragraph.start, paragraph.end, PARAGRAPH_EDGE)
    item.decision_paragraph, item.spans["decision_paragraph"] = value, span
    decision = _first_decision(text, *heading) or _first_decision(text, own_part.start, own_part.end)
    if decision:
        item.decision, item.spans["decision"] = decision.group(), norm.span(*decision.span())
    else:
        item.flags.append("no_decision_found")
    _routes(norm, item, own_part)


def _first_decision(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first decision word in [start, end) outside a title (`《关于同意设立X的请示》` decides nothing)."""
    found = (m for m in patterns.DECISION.finditer(text, start, end) if _outside_titles(text, m.start()))
    return next(found, None)


def _routes(norm: NormalizedText, item: Item, paragraph: Paragraph) -> None:
    for route in patterns.ROUTES.finditer(norm.text, paragraph.start, paragraph.end):
        value, span = norm.value(*route.span())
        if value not in item.issuance:
            append(item, "issuance", value, span)
    fallback = patterns.FALLBACK_ROUTES.search(norm.text, paragraph.start, paragraph.end)
    if not item.issuance and fallback is not None:
        append(item, "issuance", *norm.value(*fallback.span()))
