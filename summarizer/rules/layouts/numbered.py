"""Numbered items (`一、` … `十二、`, `（一）`, `1.`, `第一项：`, `议题一：`).

Items are found by the SEQUENCE of their numbers, each number only where the previous one is
done and only after a sentence boundary, so a line wrap that puts `一、` at a line start
mid-sentence, or splits `十` / `一、` over two lines, changes nothing. Where lines are the
paragraphs (not a wrapped PDF's printed lines) and the body has several, an item's number
opens a line: `会议要求，（一）…。（二）…` inside a paragraph numbers its directives.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from summarizer.rules import patterns
from summarizer.rules.blocks import (
    BOUNDARY,
    ItemBlock,
    Marker,
    Region,
    at_boundary,
    chain,
    clause_end,
    item_opening,
    item_paragraphs,
    paragraph_end,
    pieces,
    within,
)
from summarizer.rules.layouts import Layout, Page, agenda_field, heading_lines, paragraphs


def _boundary(page: Page) -> str:
    several_lines = "\n" in page.text[page.body.start : page.body.end].strip("\n")
    return "\n" if page.lines_are_paragraphs and several_lines else BOUNDARY


def _firsts(page: Page) -> list[Marker]:
    boundary = _boundary(page)
    markers = within(page.markers, page.body.start, page.body.end)
    return [
        m for m in markers
        if m.number == 1
        and (at_boundary(page.text, m.start, page.body.start, boundary) or _after_agenda_label(page, m))
    ]


def _after_agenda_label(page: Page, marker: Marker) -> bool:
    """`会议共有九项议题：一是听取…` with the matters after it a paragraph each: the label opens the list."""
    return patterns.AGENDA_LABEL.search(page.text, max(page.body.start, marker.start - 12), marker.start) is not None


def detect(page: Page) -> bool:
    firsts = _firsts(page)
    return bool(firsts) and not _numbers_one_matter(page, firsts[0]) and not _numbers_the_agenda_field(page)


def _numbers_the_agenda_field(page: Page) -> bool:
    """`会议议题：` then `1.关于A的汇报。` `2.关于B的汇报。` and a report with no numbers after: the numbers
    list the agenda (the agenda field's layout finds each matter's paragraphs in the report)."""
    field = agenda_field.field_lines(page)
    if len(field) < 2 or not agenda_field.numbered_line(page.text, field[0][0]):
        return False  # (`议题一：审议《A》` then its own paragraphs is a numbered item, not a field)
    field_end, boundary = field[-1][1], _boundary(page)
    later = [m for m in within(page.markers, field_end, page.body.end) if at_boundary(page.text, m.start, 0, boundary)]
    return not later and any(m.start >= field[0][0] for m in within(page.markers, page.body.start, field_end))


def _numbers_one_matter(page: Page, first: Marker) -> bool:
    """`会议审议了《…》。会议决定：` then `（一）…（二）…`: the numbers are one item's decisions."""
    before = page.text[page.body.start : first.start].rstrip()
    label = patterns.LEAD_IN_LABEL.search(before, max(0, len(before) - 14))
    sentence = patterns.ITEM_SENTENCE.search(before)
    if label is None or label.end() != len(before) or sentence is None:
        return False
    # (`会议研究了六项议题，议定如下：` counts the matters the numbers list)
    counted = before[sentence.end() : label.start()].strip("，,。 \u3000")
    return not patterns.VAGUE_MATTER.match(counted)


def heading_end(text: str, start: int, end: int, all_markers: list[Marker]) -> int:
    """Where a numbered item's heading stops: a paragraph marker, a line end or a full stop."""
    stop = end
    newline = text.find("\n", start, end)
    if newline != -1:
        stop = newline
    for marker in within(all_markers, start, stop):
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


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, page.body
    firsts = _firsts(page)
    if not firsts:
        return []
    style = firsts[0].style
    page.detail = style
    markers = within(page.markers, body.start, body.end)
    boundary = _boundary(page)
    if boundary == "\n":  # `…工作分工。 二、会议讨论了…`: a numbered matter glued to the line before
        markers = [m for m in markers if text[m.start - 1] != "。" or patterns.ITEM_SENTENCE.match(text, m.end)]
        boundary = "\n。"
    labelled = _after_agenda_label(page, firsts[0])
    floor = firsts[0].start if labelled else body.start
    found_chain = chain(markers, style, text, floor, first_anywhere=False, boundary=boundary, mistyped=True)
    if style in patterns.BY_ORDER_STYLES and not _bulleted_matters(text, found_chain):
        return []
    if labelled and len(found_chain) < 2:
        return []  # a label then one number: no list of matters
    found = _with_lost_numbers(page, _blocks(page, found_chain, body.end))
    if _agenda_above_content(page, found):
        return []  # the paragraphs after the list are the items (read as prose)
    if found and all(patterns.GROUP_HEADING.fullmatch(text, i.start + len(i.marker), i.heading_end) for i in found):
        found = _grouped(page, found, style)  # `一、审议事项` / `（一）《A》` …: the groups hold the items
    for item in found:
        item_paragraphs(text, item, page.markers)
    leading = _leading_items(page, found)
    for number, item in enumerate([*leading, *found], 1):
        item.number = number
    return [*leading, *found]


def _with_lost_numbers(page: Page, found: list[ItemBlock]) -> list[ItemBlock]:
    """`二、…` then a bare heading line (`研究春季森林草原防火工作`) then `四、…`: the typist left 三、 off, and
    the heading line opens the matter it numbered."""
    text = page.text
    result: list[ItemBlock] = []
    for item, following in itertools.zip_longest(found, found[1:]):
        result.append(item)
        if following is None or following.number != item.number + 2:
            continue
        for line in pieces(text, item.heading_end, item.end, [])[1:]:
            if text[line.start - 1] == "\n" and heading_lines.is_heading_line(text, line):
                result[-1] = replace(item, end=line.start)
                result.append(ItemBlock(item.number + 1, "", line.start, line.end, item.end))
                break
    return result


def _blocks(page: Page, markers: list[Marker], end_of_last: int) -> list[ItemBlock]:
    """One item per marker of the chain, its heading found as numbered headings are written."""
    text = page.text
    found = []
    for i, marker in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else end_of_last
        content = _content_start(text, marker.end, stop)
        sentence = patterns.ITEM_SENTENCE.match(text, content)
        end = clause_end(text, content, stop) if sentence else heading_end(text, content, stop, page.markers)
        # `●听取了…的汇报，同意…。` / `●原则通过《A》，由…。`: a sentence whose first clause is the heading
        # (a caption line, `二、听取X汇报，研究相关工作`, is a heading as a whole)
        line = text[content : paragraph_end(text, content, stop)].rstrip()
        # (also one of several in a paragraph, `一是听取了…的汇报，要求…；二是…`)
        # (a bulleted line of a digest need not close with a full stop: `✅原则通过《A》，由X…印发`)
        # (a sentence may close with a note in brackets: `…组织实施。（责任单位：X；完成时限：6月20日前）`)
        a_sentence = line.endswith("。") or _CLOSING_NOTE.search(line) is not None
        ends = a_sentence or line.endswith("；") or marker.style in patterns.BY_ORDER_STYLES
        first_clause = sentence is None and ends and bool(
            item_opening(text, content) or patterns.DECISION.match(text, content)
            or patterns.OPENS_WITH_DECISION.match(text, content)  # `6.会议同意调整X，由Y负责…。`
            # a decided point that is a sentence of its own (`二、物流园用地由X负责收储，9月底前完成…。`)
            or (a_sentence and not patterns.TOPIC_PARAGRAPH.match(text, content))
        )
        if first_clause:
            end = min(end, _semicolon_list_end(text, clause_end(text, content, stop), stop))
        clause_of_sentence = first_clause and text.startswith(("，", ","), end)
        if content != marker.end:  # a marker alone on its line: the heading is the next line's words
            item = ItemBlock(marker.number, "", content, end, stop, marker_above=marker.start)
        else:
            item = ItemBlock(marker.number, text[marker.start : marker.end], marker.start, end, stop)
        # `（二）讨论研究并原则同意《A》。` alone on its line: the heading is a sentence that may decide,
        # its own paragraph (not a heading and a stray `。`).
        whole_line = text.startswith("。", end) and (end + 1 >= stop or text[end + 1] == "\n")
        # `一、原则同意《A》。请X…印发实施。`: the first sentence heads the paragraph it decides in.
        sentence_of_line = first_clause and text.startswith("。", end)
        item.heading_in_paragraph = sentence is not None or clause_of_sentence or whole_line or sentence_of_line
        if item.heading_in_paragraph and (note := _LEAD_NOTE.search(text, item.start, item.heading_end)):
            item.heading_end = note.start()  # `2.原则通过《A》（区农业农村局牵头，…）。`: the note says who
        if text[content:stop].strip(" \u3000\n（）()。") in _NO_MATTER:
            continue  # `三、略`: a matter the published minutes withhold; `⑥其他事项`: the others, unrecorded
        found.append(item)
    return found


_LEAD_NOTE = re.compile(r"(?<=》)[（(][^（）()\n]{2,30}?牵头")
_CLOSING_NOTE = re.compile(r"。[（(][^（）()\n]{2,60}[）)]$")
_NO_MATTER = ("略", "其他事项", "其它事项", "其他议题", "其它议题")


def _semicolon_list_end(text: str, end: int, stop: int) -> int:
    """`一、传达学习A精神；B精神；《C》。`: the numbered heading's verb runs on over its objects after a
    semicolon, up to a clause that says something of its own (`；会议原则同意…`, `；会议要求…`)."""
    while text.startswith("；", end) and not _says_its_own(text, end + 1):
        end = clause_end(text, end + 1, stop)
    return end


def _says_its_own(text: str, start: int) -> bool:
    return bool(
        patterns.ITEM_SENTENCE.match(text, start) or patterns.ITEM_VERB_START.match(text, start)
        or patterns.OPENS_WITH_DECISION.match(text, start) or patterns.DECISION.match(text, start)
        or text.startswith("会议", start)
    )


def _agenda_above_content(page: Page, found: list[ItemBlock]) -> bool:
    """`会议议题：` `1.传达学习A；` `2.审议《B》；` `3.听取C。` then `会议内容：` and paragraphs that take the
    matters up (`会议审议并原则通过《B》，由X…`): the numbers only list the agenda. Every number but the last
    is a line alone, and after the last one's line nearly every matter opens a paragraph of its own."""
    if len(found) < 2:
        return False
    text = page.text
    if any(text[item.heading_end : item.end].strip(" \u3000\n；;。") for item in found[:-1]):
        return False
    last = found[-1]
    line = paragraph_end(text, last.start, last.end)
    taken_up = 0
    while line < last.end:
        start = line + 1
        line = paragraph_end(text, start, last.end)
        taken_up += patterns.ITEM_SENTENCE.match(text, start) is not None
    return taken_up >= max(2, len(found) - 1)


def _grouped(page: Page, groups: list[ItemBlock], style: str) -> list[ItemBlock]:
    """`一、审议事项` then `（一）《A》`, `（二）《B》`; `二、听取汇报事项` then `（一）…`: each group's own
    numbering gives its items (a group without one is an item itself)."""
    text = page.text
    found: list[ItemBlock] = []
    carried = 0  # the numbers the groups before used, when a group's numbering goes on from theirs
    for group in groups:
        inner = [m for m in within(page.markers, group.heading_end, group.end) if m.style != style]
        opening = [m for m in inner if at_boundary(text, m.start, group.heading_end, "\n")]
        first = next((m for m in opening if m.number in (1, carried + 1)), None)
        if first is None:
            found.append(_under_label(page, group))
            continue
        # (`二、听取汇报事项` then `（六）…`: numbered on from the group before, counted here from 1)
        offset = first.number - 1
        renumbered = [replace(m, number=m.number - offset) for m in inner if m.style == first.style]
        sub_chain = chain(renumbered, first.style, text, group.heading_end, first_anywhere=False, boundary="\n")
        carried = offset + len(sub_chain)
        found += _blocks(page, sub_chain, group.end)
    return found


def _under_label(page: Page, group: ItemBlock) -> ItemBlock:
    """A group label with one matter under it and no numbers (`一、第一议题` then `传达学习…精神`): the
    matter's own line is the item's heading; a label with nothing under it is the item itself."""
    text = page.text
    line = text.find("\n", group.heading_end, group.end)
    content = line + 1 if line != -1 else group.end
    if content >= group.end or not item_opening(text, content):
        return group
    end = heading_end(text, content, group.end, page.markers)
    return ItemBlock(group.number, "", content, end, group.end)


def _bulleted_matters(text: str, bullets: list[Marker]) -> bool:
    """Bullets number matters only when there are several and each opens with what the meeting did
    (`●原则通过《A》`, `●听取了…`), not a page's `■相关阅读`, nor captions over groups of paragraphs
    (`◆学习贯彻`, `◆审议事项`: a verb and no object, alone on the line)."""
    return len(bullets) >= 2 and all(
        (
            item_opening(text, b.end) or patterns.DECISION.match(text, b.end) or text.startswith("关于", b.end)
            or patterns.OPENS_WITH_DECISION.match(text, b.end)  # `●会议原则同意X增资事项`
        )
        and not _caption(text, b.end)
        for b in bullets
    )


_CAPTION_MAX_CHARS = 6


def _caption(text: str, at: int) -> bool:
    line_end = text.find("\n", at)
    line = text[at : line_end if line_end != -1 else len(text)].strip(" \u3000")
    return len(line) <= _CAPTION_MAX_CHARS and not any(ch in line for ch in "《。，")


def _leading_items(page: Page, numbered: list[ItemBlock]) -> list[ItemBlock]:
    """`会议传达学习了A。会议强调，…` as a paragraph of its own, then `会议研究审议了以下事项：` and the
    numbered (or bulleted) matters: the paragraphs before the numbers that say what the meeting did
    are items too, unless a numbered item takes their matter up again (an agenda announced first)."""
    text = page.text
    if not page.opening_found or not numbered:
        return []
    after_opening = text.find("\n", page.opening_end, numbered[0].start)
    limit = page.opener_start if page.opener_found else numbered[0].start
    if after_opening == -1 or after_opening >= limit:
        return []
    region = Region(after_opening + 1, limit)
    line_break = text.rfind("\n", region.start, limit - 1)
    last_line = line_break + 1 if line_break != -1 else region.start
    if text[last_line:limit].rstrip().endswith(("：", ":")):  # `会议研究审议了以下事项：` not read as an opener
        region = Region(region.start, max(region.start, last_line - 1))
    if not patterns.ITEM_SENTENCE.search(text, region.start, region.end):
        return []
    sub = replace(page, body=region, opening_found=False, opener_found=True, opener_start=region.start)
    headings = "".join(text[item.start : item.heading_end] for item in numbered)
    return [
        item for item in paragraphs.items(sub)
        if paragraphs.matter_key(text, item.start, item.heading_end) not in headings
        and not paragraphs.names_nothing(text, item.start, item.heading_end)  # `会议集中研究审议了4项议题。`
    ]


def _content_start(text: str, after_marker: int, stop: int) -> int:
    """A marker alone on its line (`（一）` / `传达学习《…》`): the item's words start on the next."""
    at = after_marker
    while at < stop and text[at] in " \u3000":
        at += 1
    return at + 1 if at < stop and text[at] == "\n" else after_marker


LAYOUT = Layout("numbered", detect, items)
