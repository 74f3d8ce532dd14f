"""Items whose numbers were list formatting the text does not carry (a Word numbered list, an
HTML `<ol>`): each is a short line that names what the meeting did (`审议《…》`, `研究…工作`,
`听取…的汇报`) and ends without punctuation, followed by its paragraphs.

Read this way only when the body opens with such a line; the numbers a paragraph does carry
(`（一）会议原则同意…`) then mark the paragraphs inside an item.
"""

from __future__ import annotations

import itertools

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Region, item_paragraphs, paragraph_end, pieces
from summarizer.rules.layouts import Layout, Page


def is_heading_line(text: str, line: Region) -> bool:
    return (
        line.end - line.start <= patterns.HEADING_LINE_MAX_CHARS
        and text[line.end - 1] not in patterns.HEADING_LINE_NOT_LAST
        and patterns.HEADING_LINE_VERB.match(text, line.start) is not None
    )


def detect(page: Page) -> bool:
    """The body's first line is a heading line of its own, and not its only line."""
    text, body = page.text, page.body
    first_start = body.start
    while first_start < body.end and text[first_start] in " \n\u3000":
        first_start += 1
    if first_start > 0 and text[first_start - 1] != "\n":
        line_end = text.find("\n", first_start, body.end)
        if line_end == -1 or patterns.ITEM_SENTENCE.search(text, first_start, line_end):
            return False  # the meeting sentence's own line goes on (`…常务会议传达学习A，听取B`): no heading
        # `…常务会议，全体组成人员参加，…列席会议。` then `关于X工作` lines: the opening's line ends first
        first_start = line_end + 1
    first_end = paragraph_end(text, first_start, body.end)
    return first_end != body.end and is_heading_line(text, Region(first_start, first_end))


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, page.body
    lines = pieces(text, body.start, body.end, [])
    headings = [i for i, line in enumerate(lines[:-1]) if is_heading_line(text, line)]
    found = []
    for number, (i, following) in enumerate(itertools.pairwise([*headings, len(lines)]), start=1):
        stop = lines[following].start if following < len(lines) else body.end
        found.append(ItemBlock(number, "", lines[i].start, lines[i].end, stop))
    for item in found:
        item_paragraphs(text, item, page.markers)
    return found


LAYOUT = Layout("heading-lines", detect, items)
