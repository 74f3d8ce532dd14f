"""Matters written as labelled blocks with no number: each opens at a line labelled as the matter
(`【议题】审议《A》`, `议题名称：听取X汇报`), its other lines labelled too (`【会议决定】…`, `【工作要求】…`,
`【责任单位】…`), which `field_rows.read_labelled_lines` reads. Tried before the numbered layout (the
tasks under a matter may be numbered `1.`); numbered blocks (`一、议题名称：…`, `第一项` above `【议题】…`)
are the numbered layout's.
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Region, item_paragraphs, pieces
from summarizer.rules.layouts import Layout, Page
from summarizer.rules.layouts.field_rows import labelled_role


def _matter_lines(page: Page) -> list[Region]:
    lines = pieces(page.text, page.body.start, page.body.end, [])
    return [line for line in lines if labelled_role(page.text, line.start, line.end) == "heading"]


def detect(page: Page) -> bool:
    """Two matters labelled or more, none under a number of its own (`第一项` / `【议题】…`: numbered)."""
    matters = _matter_lines(page)
    return len(matters) >= _AT_LEAST and not any(_numbered_above(page.text, line) for line in matters)


def _numbered_above(text: str, line: Region) -> bool:
    """The line above `line` is a number alone (`第一项`, `（一）`)."""
    above_end = text.rfind("\n", 0, line.start)
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    while above_start < above_end and text[above_start] in " \u3000":
        above_start += 1
    marker = patterns.MARKERS.match(text, above_start, above_end + 1) if above_start < above_end else None
    return marker is not None and not text[marker.end() : above_end].strip(" \u3000")


_AT_LEAST = 2  # one labelled matter may be a field of a record; two are a list of them


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, page.body
    headings = _matter_lines(page)
    found = []
    stops = [following.start for following in headings[1:]] + [body.end]
    for number, (heading, stop) in enumerate(zip(headings, stops, strict=True), start=1):
        found.append(ItemBlock(number, "", heading.start, heading.end, stop))
    for item in found:
        item_paragraphs(text, item, page.markers)
    return found


LAYOUT = Layout("labelled", detect, items)
