"""A page that carries other stories beside the standing meeting's: an e-paper page with the news
before and after it, a weekly roundup, a leader's day, `又讯` after the report.

The meeting's story is read; every other story is left out (the caller blanks it), so its meeting,
decisions and deadlines never become the standing meeting's. A story opens at a lead (a dateline or
a dated event sentence at a line's start, `patterns.STORY_LEAD`), with the headline line right above
it. Another story after the meeting's opens only where it is plainly another: a dateline, a headline
of its own, or another chaired meeting (`6月12日，副区长X主持召开…专题会议`); a dated paragraph of the
report itself (`6月11日下午，与会人员实地察看了…`) goes on with it.
"""

from __future__ import annotations

import re

from summarizer.rules import patterns
from summarizer.rules.blocks import Region


def other_stories(text: str) -> list[Region]:
    """The regions of `text` that belong to stories other than the standing meeting's."""
    leads = list(patterns.STORY_LEAD.finditer(text))
    if not leads:
        return []  # (no story opens on the page but the one it is)
    meeting = _standing_meeting(text, leads)
    if meeting is None:
        return []
    line_start = text.rfind("\n", 0, meeting.start()) + 1
    own = [m for m in leads if m.start() < line_start and _just_above(text, m.start(), line_start)]
    story_start = _with_headline(text, own[-1].start() if own else line_start)
    found = []
    before = [m for m in leads if m.start() < story_start]
    if before:
        found.append(Region(_with_headline(text, before[0].start()), story_start))
    after = next((m for m in leads if m.start() > meeting.end() and _opens_another(text, m)), None)
    if after is not None:
        found.append(Region(_with_headline(text, after.start()), len(text)))
    return found


def _standing_meeting(text: str, leads: list[re.Match[str]]) -> re.Match[str] | None:
    """The standing meeting's sentence: the first that names a standing meeting where a story opens
    (not the page's headline over it, `X主持召开市政府常务会议并调研Y`), else the first that names one
    anywhere, else the first meeting sentence."""
    for lead in leads:
        line_end = text.find("\n", lead.start())
        found = patterns.MEETING_SENTENCE.search(text, lead.start(), line_end if line_end != -1 else len(text))
        if found is not None and "常务会" in found.group():
            return found
    first = None
    for match in patterns.MEETING_SENTENCE.finditer(text):
        if "常务会" in match.group():
            return match
        first = first or match
    return first


def _opens_another(text: str, lead: re.Match[str]) -> bool:
    line_end = text.find("\n", lead.start())
    line = text[lead.start() : line_end if line_end != -1 else len(text)]
    if patterns.STORY_DATELINE.match(line.lstrip(" \u3000")) or _with_headline(text, lead.start()) < lead.start():
        return True
    meeting = patterns.MEETING_SENTENCE.match(line.lstrip(" \u3000"))
    return meeting is not None and "主持" in meeting.group() and "常务会" not in meeting.group()


def _just_above(text: str, lead_start: int, line_start: int) -> bool:
    """The lead's line is the meeting sentence's line or the one right above it (a dateline alone)."""
    return "\n" not in text[lead_start : line_start].rstrip("\n \u3000")


def _with_headline(text: str, at: int) -> int:
    """Where the story opening at `at` starts: the headline line right above it (blank lines between
    allowed), or `at`'s line."""
    line_start = text.rfind("\n", 0, at) + 1
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1] in "\n \u3000":
        above_end -= 1
    if above_end <= 0:
        return line_start
    above_start = text.rfind("\n", 0, above_end) + 1
    headline = text[above_start:above_end].strip(" \u3000")
    if patterns.STORY_HEADLINE.fullmatch(headline) and not patterns.STORY_LEAD.match(text, above_start):
        return above_start
    return line_start
