"""Who carries an item after the meeting: named lead strategies, tried in a declared order.

    table_cell        a table's 责任单位 column names the lead outright
    named_with_item   the unit a sentence names before this item's document (`X送审的《A》，Y《B》`)
    decision_forms    the decision paragraph's forms (`会后由X…`, `由X牵头`, `请X…`; lexicon/leads.toml)
    hearing_reporter  a hearing: who reported (`听取X关于…的汇报`, `X负责人汇报了…`, `听取X某工作情况汇报`,
                      a record's call `请X同志汇报关于…`)
    proposer          who brought the document (`X提出的《…》`, `汇报单位：X`)
    document_reporter `会议听取并原则同意X关于《…》的汇报`, `X负责人汇报了《…》`: X brought the document
    document_unit     `研究了县卫生局《A》、《B》`: the unit written right before the documents
    charged_in_directive  no decision paragraph: `会议要求，由X…修改完善《A》` charges X with the document
    led_in_directive  work with no decision paragraph: `明确由X牵头，Y配合` puts X in charge
    implementer       `由X按程序印发实施`: who carries it out
    responsible       a `责任单位：X` label closing the item

The first two and decision_forms always run; each later strategy only while no lead is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, append, bracket_titles, item_opening
from summarizer.rules.units import (
    UnitDirectory,
    leading_units,
    listed_units,
    looks_like_name,
    looks_like_unit,
    split_unit_and_name,
    unit_before_a_title,
    unit_edges,
)
from summarizer.schema import Item
from summarizer.text import NormalizedText

_LIST_SEPARATORS = re.compile(r"[、和与及]")


@dataclass(frozen=True)
class Lead:
    """What a strategy reads."""

    norm: NormalizedText
    block: ItemBlock
    item: Item
    directory: UnitDirectory
    decision: Paragraph | None


def add_units(lead: Lead, start: int, end: int) -> None:
    """Lead units from a phrase: units as written, or the officials named (`张某、李某同志`)."""
    norm, item = lead.norm, lead.item
    people = norm.text[start:end].rstrip().endswith("同志")
    for piece_start, piece_end in _split_units(norm, start, end):
        unit_start, unit_end = norm.trim(piece_start, piece_end)
        left, right = unit_edges(norm.text[unit_start:unit_end])
        unit_start, unit_end = unit_start + left, unit_start + right
        value = norm.text[unit_start:unit_end].removesuffix("同志")
        title = patterns.OFFICIAL_TITLE.search(value)
        if title and looks_like_unit(value[: title.start()]):
            value = value[: title.start()]  # `区城管执法局局长赵某同志` → the unit
        elif people and title and looks_like_name(value[title.end() :]):
            unit_start += title.end()  # `分管副市长许某同志牵头` → the official
            value = value[title.end() :]
        elif patterns.BACK_REFERENCE.fullmatch(value):
            continue  # `会后由上述四部门…`: the units named before, found as the proposers
        elif not people and not looks_like_unit(value) and (split := split_unit_and_name(value)):
            value = split[0]  # `听取了市府办吕福有关于…的汇报`: the unit, not its official
        elif not looks_like_unit(value) and not (people and looks_like_name(value)):
            continue
        value = _ANY_OTHERS.sub("", value)  # `县环保局等相关单位`: the unit named
        if _TITLE_MARKS.search(value) or not _balanced(value) or _NO_ONE_NAMED.fullmatch(value):
            continue  # `《山西省统计局…》` names a document; `各镇(区` is half a name; `相关部门` no one
        if value not in item.lead_units:
            append(item, "lead_units", value, norm.span(unit_start, unit_start + len(value)))
            item.lead_units_canonical.append(lead.directory.canonical(value))


def _split_units(norm: NormalizedText, start: int, end: int) -> list[tuple[int, int]]:
    """`区政府办、农业局` → two units; `市委办公室` stays one, `各镇（区、街道）` too."""
    phrase = norm.text[start:end]
    pieces, piece_start = [], 0
    for match in _LIST_SEPARATORS.finditer(phrase):
        left = phrase[piece_start : match.start()]
        if not _balanced(left):
            continue
        if match.group() == "、" or looks_like_unit(left):
            pieces.append((start + piece_start, start + match.start()))
            piece_start = match.end()
    pieces.append((start + piece_start, end))
    return pieces


_LEAD_MARK = re.compile(r"[（(]牵头[）)]")
_TITLE_MARKS = re.compile("[《》〈〉<>]")
_ANY_OTHERS = re.compile("等(?:相关|有关|其他)?(?:部门|单位)+$")
_NO_ONE_NAMED = re.compile("(?:相关|有关|其他|其它)?(?:部门|单位)+")


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _table_cell(lead: Lead) -> None:
    cell = lead.block.lead_cell
    if not cell:
        return
    text = lead.norm.text
    marks = list(_LEAD_MARK.finditer(text, cell.start, cell.end))
    if not marks:
        add_units(lead, cell.start, cell.end)
        return
    for mark in marks:  # `X（牵头）、Y、Z`: the unit marked 牵头 leads, the others assist
        unit_start = max(text.rfind(sep, cell.start, mark.start()) for sep in "、，,；;") + 1
        add_units(lead, max(unit_start, cell.start), mark.start())


def _named_with_item(lead: Lead) -> None:
    if lead.block.proposer and not lead.item.lead_units:
        add_units(lead, lead.block.proposer.start, lead.block.proposer.end)


_CHARGES = ("charged", "charged_too")


def _decision_forms(lead: Lead) -> None:
    if lead.decision is None or lead.block.proposer is not None:
        return  # a unit named with the item's own document outranks a sentence shared with others
    text, paragraph = lead.norm.text, lead.decision
    for name, pattern in patterns.LEAD_PATTERNS:
        for match in pattern.finditer(text, paragraph.start, paragraph.end):
            add_units(lead, *(_own_share(lead, *match.span("u")) or match.span("u")))
        if lead.item.lead_units and name not in _CHARGES:  # a charge and the requests after it are one level
            break


def _own_share(lead: Lead, start: int, end: int) -> tuple[int, int] | None:
    """`《A》和《B》，由X、Y分别…` (`…，分别由X、Y…`): as many units as documents, taken in turn; this item's
    is the one in its document's place."""
    text = lead.norm.text
    respectively = text.startswith("分别", end) or text[start:end].endswith("分别") or text.endswith("分别由", 0, start)
    if not respectively or lead.decision is None:
        return None
    units = _split_units(lead.norm, start, end)
    titles = [text[a:b] for a, b in bracket_titles(text, lead.decision.start, start)]
    if len(units) < 2 or len(units) != len(titles) or not lead.item.documents:
        return None
    own = next((i for i, title in enumerate(titles) if title == lead.item.documents[0]), None)
    return units[own] if own is not None else None


def _hearing_reporter(lead: Lead) -> None:
    if lead.item.kind != "hearing":
        return
    if lead.block.reporter is not None:  # the record's call to report (`请区交警大队同志汇报关于A`)
        add_units(lead, lead.block.reporter.start, lead.block.reporter.end)
        return
    _reporter(lead)
    heading_start = lead.block.start + len(lead.block.marker)
    if opening := item_opening(lead.norm.text, heading_start):
        heading_start = opening.end()  # (`会议听取了X关于…的汇报`: X, not the words that heard it)
    heading = patterns.REPORT_HEADING.match(lead.norm.text[heading_start : lead.block.heading_end])
    if not lead.item.lead_units and heading is not None and looks_like_unit(heading.group("u")):
        add_units(lead, heading_start + heading.start("u"), heading_start + heading.end("u"))
    heard = patterns.TOPIC_REPORT.search(lead.norm.text, lead.block.start, lead.block.end)
    if not lead.item.lead_units and heard is not None:
        for start, end in leading_units(heard.group("x")):  # `听取县机关事务局公务接待情况汇报`
            add_units(lead, heard.start("x") + start, heard.start("x") + end)


def _document_reporter(lead: Lead) -> None:
    if lead.item.kind != "hearing":
        _reporter(lead)


def _reporter(lead: Lead) -> None:
    text, block = lead.norm.text, lead.block
    match = patterns.HEARING_REPORTER.search(text, block.heading_end, block.end)
    match = match or patterns.HEARING_REPORTER.search(text, block.start, block.end)
    match = match or patterns.DOCUMENT_PRESENTER.search(text, block.start, block.end)
    match = match or patterns.DOCUMENT_PRESENTED.match(text, block.start)  # `会上，X就《A》起草情况作了说明`
    match = match or _unit_report(text, block.start, block.end)
    if match:
        add_units(lead, *match.span("u"))
    elif reported := patterns.UNIT_REPORTED.match(text[block.start : block.heading_end]):  # `随后，X汇报了`
        add_units(lead, block.start + reported.start("u"), block.start + reported.end("u"))


def _unit_report(text: str, start: int, end: int) -> re.Match[str] | None:
    """`听取了县教体局的汇报`, `听取了区农业局、水利局工作情况汇报`: every part a unit
    (`县教育局、卫健局专项工作情况汇报` names a topic after its units: `leading_units` reads it)."""
    found = patterns.UNIT_REPORT.finditer(text, start, end)  # (not the heading's `听取X建设进展情况汇报`)
    return next((m for m in found if all(looks_like_unit(part) for part in m.group("u").split("、"))), None)


def _proposer(lead: Lead) -> None:
    text, block = lead.norm.text, lead.block
    if lead.item.kind == "hearing":
        # `听取关于…情况汇报。原则同意区人防办提交的改造方案`: who proposed what the hearing approved
        found = _proposer_span(text, lead.decision.start, lead.decision.end) if lead.decision else None
    else:
        label = patterns.REPORTED_BY.search(text, block.start, block.end)
        # who brought the document is named up to the decision, or right before the item's own title further on
        # (`会议同意县农业农村局拟草的《A》`), never elsewhere in a directive (`…把区党代会提出的工作目标落到实处`
        # cites a body's demands)
        end = max(block.heading_end, lead.decision.end if lead.decision else 0)
        found = label.span("u") if label else _proposer_span(text, block.start, end) or _before_own_title(lead, end)
    if found:
        start, end = found
        prefix = patterns.PROPOSER_PREFIX.match(text[start:end])  # anchored at ^: slice, not pos
        for unit_start, unit_end in _each_proposer(text, start + (prefix.end() if prefix else 0), end):
            add_units(lead, unit_start, _before_what_it_did(text, unit_start, unit_end))
        if lead.item.lead_units:
            lead.item.flags.append("lead_unit_inferred_from_proposer")


def _before_what_it_did(text: str, start: int, end: int) -> int:
    """`县脱贫攻坚办对全县各乡镇…考核评价后拟定的《A》`: the unit ends where what it did before drafting begins."""
    for found in patterns.PROPOSER_DID_FIRST.finditer(text, start, end):
        if looks_like_unit(text[start : found.start()]):
            return found.start()
    return end


def _before_own_title(lead: Lead, start: int) -> tuple[int, int] | None:
    """The proposer in the clause that names the item's own (first) document after `start` (`X拟草的《A》`)."""
    if not lead.item.documents:
        return None
    text = lead.norm.text
    at = text.find(f"的《{lead.item.documents[0]}》", start, lead.block.end)
    if at == -1:
        return None
    clause = max(text.rfind(ch, start, at) for ch in "，。；\n") + 1
    return _proposer_span(text, clause, at + 1)


def _proposer_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause before the first proposing verb (`…市发改委提出的`), at most 60 characters."""
    for verb in patterns.PROPOSER_VERB.finditer(text, start, end):
        clause = max(text.rfind(ch, start, verb.start()) for ch in "，。；：《》\n") + 1
        unit_start = max(clause, start, verb.start() - patterns.PROPOSER_MAX_CHARS)
        if patterns.PROPOSER_CITED.search(text, unit_start, verb.start()):
            continue  # `结合市委提出的…战略`: demands cited, no document brought
        if verb.start() - unit_start >= 2:
            return unit_start, verb.start()
    return None


def _each_proposer(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`区人社局提出“A”方案和区发改局` (before `提出的《B》`): each unit that proposed one of the
    documents, the earlier ones before a proposing verb without 的."""
    found, at = [], start
    for verb in patterns.BARE_PROPOSER_VERB.finditer(text, start, end):
        joint = patterns.PROPOSER_JOINT.search(text, verb.end(), end)
        if joint is None:
            break
        found.append((at, verb.start()))
        at = joint.end()
    return [*found, (at, end)]


def _document_unit(lead: Lead) -> None:
    """`研究了县卫生局《A》、《B》` (`一、研究区应急管理局《A》，会议原则同意`): the unit written right before the
    documents reviewed."""
    if lead.item.kind != "review":
        return
    text, block = lead.norm.text, lead.block
    opening = item_opening(text, block.start + len(block.marker))
    bracket = text.find("《", block.start, block.heading_end)
    if opening is None or bracket == -1:
        return
    tail = patterns.VERB_TAIL.match(text, opening.end(), bracket)
    unit_start = tail.end() if tail else opening.end()
    if 2 <= bracket - unit_start <= 20 and unit_before_a_title(text[unit_start:bracket]):
        add_units(lead, unit_start, bracket)


def _charged_in_directive(lead: Lead) -> None:
    """`会议要求，由区科技局按照会议意见进一步修改完善《A》`: with no decision paragraph, a paragraph
    that charges a unit with the item's own document names the lead, in the decision's forms; so does a
    later paragraph that takes the document up by name after a sentence that decided several
    (`…审议通过了《A》《B》。` … `关于A，会议要求，会后由X根据会议意见修改完善…`)."""
    if not lead.item.documents:
        return
    text = lead.norm.text
    for i, paragraph in enumerate(lead.block.paragraphs):
        # (`关于X方案，会议指出…，Y要吸收会议意见进一步修改完善`: the paragraph its topic heads names it; the first
        # under a heading line of its own is about the heading's document: `会议认为，该办法…。会议要求X进一步修改完善`)
        heads = paragraph.start == lead.block.start or (i == 0 and not lead.block.heading_in_paragraph)
        body = text[paragraph.start : paragraph.end]
        if lead.decision is not None:
            topic = patterns.TOPIC_LEAD_IN.match(body)
            if topic is None or topic.group("topic").strip("《》") not in lead.item.title:
                continue
        elif not heads and not any(f"《{title}》" in body for title in lead.item.documents):
            continue
        for _, pattern in patterns.LEAD_PATTERNS:
            for match in pattern.finditer(text, paragraph.start, paragraph.end):
                add_units(lead, *match.span("u"))
            if lead.item.lead_units:
                return


def _led_in_directive(lead: Lead) -> None:
    """`会议就X进行了专题研究，明确由县商务局牵头，…配合`: work with no decision paragraph, whose
    directive puts a unit in charge (`由X牵头`, `由X负责`), is led by it; else by each unit a directive names
    as leading others (`X牵头，Y配合`, `X负责，Y协助`)."""
    if lead.decision is not None or lead.item.kind not in ("study", "other"):
        return
    forms = dict(patterns.LEAD_PATTERNS)
    text = lead.norm.text
    paragraphs = [Paragraph("", lead.block.start, lead.block.heading_end), *lead.block.paragraphs]
    for paragraph in paragraphs:
        # (`由X副市长牵头协调，Y具体负责`: the unit under the official carries it)
        found = forms["charged_under_official"].search(text, paragraph.start, paragraph.end) or forms[
            "charged"
        ].search(text, paragraph.start, paragraph.end)
        # (an official put in charge of one point, `由X同志牵头`, is no lead of the item)
        if found and looks_like_unit(found.group("u")) and not found.group("u").endswith("同志"):
            add_units(lead, *found.span("u"))
            return
    # `县商务局负责，县发改局配合，…；县应急管理局牵头，县住建局配合，…`: each unit that leads others
    for paragraph in paragraphs:
        for found in patterns.LED_WITH_HELPERS.finditer(text, paragraph.start, paragraph.end):
            if looks_like_unit(found.group("u")):
                add_units(lead, *found.span("u"))


def _implementer(lead: Lead) -> None:
    if lead.decision is not None:
        found = patterns.IMPLEMENTER.search(lead.norm.text, lead.decision.start, lead.decision.end)
        if found:
            add_units(lead, *found.span("u"))


def _responsible(lead: Lead) -> None:
    text, block = lead.norm.text, lead.block
    found = patterns.RESPONSIBLE.search(text, block.start, block.end)
    if found and found.group("role") != "配合单位":
        start, end = found.span("u")
        while text[start:end].count("）") > text[start:end].count("（") and text.endswith("）", 0, end):
            end -= 1  # `（牵头单位：市林业局）`: the label sits in brackets, their close is not the unit's
        for unit_start, unit_end in listed_units(text, start, end)[:1]:
            add_units(lead, unit_start, unit_end)


Strategy = Callable[[Lead], None]
ALWAYS: tuple[tuple[str, Strategy], ...] = (
    ("table_cell", _table_cell),
    ("named_with_item", _named_with_item),
    ("decision_forms", _decision_forms),
)
UNTIL_FOUND: tuple[tuple[str, Strategy], ...] = (
    ("hearing_reporter", _hearing_reporter),
    ("proposer", _proposer),
    ("document_reporter", _document_reporter),
    ("document_unit", _document_unit),
    ("charged_in_directive", _charged_in_directive),
    ("led_in_directive", _led_in_directive),
    ("implementer", _implementer),
    ("responsible", _responsible),
)


def fill_leads(lead: Lead) -> None:
    for _, strategy in ALWAYS:
        strategy(lead)
    for _, strategy in UNTIL_FOUND:
        if lead.item.lead_units:
            return
        strategy(lead)
