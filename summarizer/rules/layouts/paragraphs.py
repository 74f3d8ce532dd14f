"""Minutes and news reports without item numbers: items open at the sentences that say what the
meeting did (`会议审议了…`, `会议原则同意《…》`), one item per matter when a sentence names several
(`会议听取了A的汇报，审议了《B》`).

Read as a news report when no `会议议定以下事项：` opens the items and the meeting sentence comes
near the top (a report opens with it).
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, Region, at_boundary, clause_end, paragraph_end
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
    return sorted(s for s in starts if at_boundary(text, s, body.start))


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, _region(page)
    starts = _starts(text, body)
    found: list[ItemBlock] = []
    for i, sentence_start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else body.end
        first_end = paragraph_end(text, sentence_start, stop)
        full_stop = text.find("。", sentence_start, first_end)
        sentence_end = full_stop if full_stop != -1 else first_end
        # The earlier matters of a sentence are only named; the paragraph (what the sentence decides,
        # and what follows) is the last one's.
        start = sentence_start
        for matter in split_matters(text, sentence_start, sentence_end):
            named = ItemBlock(len(found) + 1, "", start, matter.heading_end, matter.start, heading_in_paragraph=True)
            named.proposer = matter.proposer_before
            found.append(named)
            start = matter.start
        item = ItemBlock(len(found) + 1, "", start, clause_end(text, start, stop), stop, heading_in_paragraph=True)
        item.paragraphs.append(Paragraph("", sentence_start, first_end))
        rest = first_end
        while rest < stop:
            while rest < stop and text[rest] == "\n":
                rest += 1
            if rest >= stop:
                break
            end = paragraph_end(text, rest, stop)
            item.paragraphs.append(Paragraph("", rest, end))
            rest = end
        found.append(item)
    return found


REPORT = Layout("news-report", detect_report, items)
LAYOUT = Layout("unnumbered", detect, items)
