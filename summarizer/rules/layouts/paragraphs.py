"""Minutes and news reports without item numbers: items open at the sentences that say what the
meeting did (`会议审议了…`, `会议原则同意《…》`), one item per matter when a sentence names several
(`会议听取了A的汇报，审议了《B》`).

Read as a news report when no `会议议定以下事项：` opens the items and the meeting sentence comes
near the top (a report opens with it).
"""

from __future__ import annotations

import itertools

from summarizer.rules import patterns
from summarizer.rules.blocks import (
    ItemBlock,
    Paragraph,
    Region,
    at_boundary,
    clause_end,
    decides_or_directs,
    item_paragraphs,
    paragraph_end,
    within,
)
from summarizer.rules.layouts import Layout, Page
from summarizer.rules.layouts.matters import split_matters


def detect_report(page: Page) -> bool:
    """A news report: no opener, and the meeting sentence near the top."""
    return not page.opener_found and page.opening_found and page.opening_start < 200


def detect(page: Page) -> bool:
    return True  # prose is the last resort


def _region(page: Page) -> Region:
    """Without an opener the opening sentence itself may open the first item."""
    return page.body if page.opener_found else Region(page.opening_start, page.body.end)


def _starts(text: str, body: Region) -> list[int]:
    starts = [m.start() for m in patterns.ITEM_SENTENCE.finditer(text, body.start, body.end)]
    # `会议原则同意《B》…` opens an item of its own unless it decides on what the item before it named
    # (`会议审议了《B》。会议原则同意《B》`); before any item, what the opening announced is decided here.
    for match in patterns.DECISION_ON_DOCUMENT.finditer(text, body.start, body.end):
        previous = max((s for s in starts if s < match.start()), default=None)
        if previous is None or text.find(match.group("object"), previous, match.start()) == -1:
            starts.append(match.start())
    # `…有关问题。审议了《B》等。`: a sentence that opens with the meeting's verb, after an item's start.
    first = min(starts, default=body.end)
    starts += [m.start() for m in patterns.NEXT_SENTENCE_MATTER.finditer(text, first, body.end)]
    return sorted(s for s in set(starts) if at_boundary(text, s, body.start))


def _agenda_in_opening(page: Page) -> int | None:
    """`…主持召开县政府第26次常务会议，审议了《A》，听取了B的汇报。` with no `会议审议了…` after it:
    the opening sentence's own list is the agenda; where it starts."""
    text, at = page.text, page.opening_end
    if not page.opening_found or not text.startswith(("，", ","), at):
        return None
    verb = patterns.ITEM_VERB_START.match(text, at + 1)
    return at + 1 if verb else None


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, _region(page)
    starts = _starts(text, body)
    if not starts and (agenda := _agenda_in_opening(page)) is not None:
        starts = [agenda]
    found: list[ItemBlock] = []
    for i, sentence_start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else body.end
        first_end = paragraph_end(text, sentence_start, stop)
        full_stop = text.find("。", sentence_start, first_end)
        sentence_end = full_stop if full_stop != -1 else first_end
        # The earlier matters of a sentence are only named; the paragraph (what the sentence decides,
        # and what follows) is the last one's.
        pieces = split_matters(text, sentence_start, sentence_end)
        for piece, following in itertools.pairwise(pieces):
            assert piece.heading_end is not None
            named = ItemBlock(len(found) + 1, "", piece.start, piece.heading_end, following.start)
            named.heading_in_paragraph = True
            named.proposer = piece.proposer
            if piece.decided:  # `研究并原则通过X《A》，Y《B》`: the shared verb decides each
                named.paragraphs.append(Paragraph("", sentence_start, sentence_end))
            found.append(named)
        start = pieces[-1].start
        item = ItemBlock(len(found) + 1, "", start, clause_end(text, start, stop), stop, heading_in_paragraph=True)
        item.proposer = pieces[-1].proposer
        rest = first_end
        if len(pieces) > 1 and not decides_or_directs(text[sentence_start:sentence_end]):
            rest = sentence_end + 1  # a sentence naming several matters is no directive of its last
        else:
            item.paragraphs.append(Paragraph("", sentence_start, first_end))
        while rest < stop:
            while rest < stop and text[rest] == "\n":
                rest += 1
            if rest >= stop:
                break
            end = paragraph_end(text, rest, stop)
            item.paragraphs.append(Paragraph("", rest, end))
            rest = end
        if _numbered_lines(page, item):
            item.paragraphs = []
            item_paragraphs(text, item, page.markers)  # `会议决定：` then `（一）…` `（二）…` lines
        found.append(item)
    return found


def _opens_a_list(text: str, at: int) -> bool:
    """A first marker at a line start, or right after a `会议决定：` label."""
    if text[at - 1] == "\n":
        return True
    label = patterns.LEAD_IN_LABEL.search(text, max(0, at - 8), at)
    return label is not None and label.end() == at


def _numbered_lines(page: Page, item: ItemBlock) -> bool:
    """The item's paragraphs are numbered lines (`（一）原则通过…` / `（二）各县区要…`)."""
    return any(
        m.number == 1 and m.style not in patterns.ITEM_ONLY_STYLES and _opens_a_list(page.text, m.start)
        for m in within(page.markers, item.start + 1, item.end)
    )


REPORT = Layout("news-report", detect_report, items)
LAYOUT = Layout("unnumbered", detect, items)
