"""The shapes the layouts produce (regions, items, paragraphs) and the helpers they share.

Everything here works in normalized offsets (see text.py).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field

from summarizer.rules import patterns
from summarizer.schema import Grounded, Kind, Span

BOUNDARY = "\n。；：！？:;!?"


@dataclass(frozen=True)
class Region:
    start: int
    end: int


@dataclass
class Paragraph:
    marker: str
    start: int  # after the marker
    end: int
    # A row of a table of tasks under an item: its 责任单位 and 完成时限 cells (who, by when).
    lead_cell: Region | None = None
    deadline_cell: Region | None = None


@dataclass
class ItemBlock:
    number: int
    marker: str
    start: int  # at the marker (or the first character when unnumbered)
    heading_end: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    # `一、会议审议了《…》，原则同意…`: the heading is the opening clause of the first paragraph.
    heading_in_paragraph: bool = False
    # A row of a table of decided matters: its 责任单位 and 完成时限 cells.
    lead_cell: Region | None = None
    deadline_cell: Region | None = None
    # The unit that brought this item's document when one sentence names several (`X送审的《A》，Y《B》`).
    proposer: Region | None = None
    # The unit a record of the meeting calls to report a listed matter (`请区交警大队同志汇报关于A`).
    reporter: Region | None = None
    # The sentence's shared verb says what the meeting did with a matter named without one
    # (`听取了关于A、关于B的汇报`: B is heard too; `学习了《A》和《B》`: B is studied too).
    shared_kind: Kind | None = None
    # A marker alone on the line above its heading (`（一）` then `传达学习《…》`): where it starts, as the
    # heading is written with it (`（一）传达学习《…》`).
    marker_above: int | None = None
    # The opening's matter a topic paragraph takes up (`…，传达学习全省优化营商环境大会精神，…` then `关于优化营商
    # 环境，会议指出…`): what the item is, in the agenda's words, and what the agenda's verb did with it.
    taken_up: Region | None = None
    taken_up_kind: Kind | None = None


@dataclass
class Sections:
    format: str  # the layout that read the items (see rules/layouts), with its detail
    header: Region
    opening: Region | None
    items: list[ItemBlock]
    trailer: Region | None
    body: Region


@dataclass(frozen=True)
class Marker:
    style: str
    number: int
    start: int
    end: int


_START = operator.attrgetter("start")
_CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}


def chinese_number(text: str) -> int | None:
    """`十二` → 12, `二十七` → 27, `104` → 104, `一百零六` → 106, `⑫` → 12, `㈢` → 3, `⒊` → 3, `⑷` → 4."""
    if text.isdecimal():
        return int(text)
    for first, last in (("①", "⑳"), ("㈠", "㈩"), ("⒈", "⒛"), ("⑴", "⒇")):
        if len(text) == 1 and first <= text <= last:
            return ord(text) - ord(first) + 1
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in "十百":
            unit = 10 if ch == "十" else 100
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return total + current


def find_markers(text: str, start: int, end: int) -> list[Marker]:
    found = []
    for match in patterns.MARKERS.finditer(text, start, end):
        style = match.lastgroup or ""
        number = 1 if style in patterns.BY_ORDER_STYLES else chinese_number(match.group(f"num_{style}"))
        if number:
            found.append(Marker(style, number, match.start(), match.end()))
    return _numbered_by_order(found)


def within(markers: list[Marker], start: int, end: int) -> list[Marker]:
    """The markers that start in [start, end); `markers` is sorted by start. A bullet (a style
    without numbers) is numbered by its place among the bullets of [start, end)."""
    found = markers[bisect.bisect_left(markers, start, key=_START) : bisect.bisect_left(markers, end, key=_START)]
    return _numbered_by_order(found)


def _numbered_by_order(markers: list[Marker]) -> list[Marker]:
    if not any(m.style in patterns.BY_ORDER_STYLES for m in markers):
        return markers
    seen: dict[str, int] = {}
    numbered = []
    for m in markers:
        if m.style in patterns.BY_ORDER_STYLES:
            seen[m.style] = seen.get(m.style, 0) + 1
            m = Marker(m.style, seen[m.style], m.start, m.end)
        numbered.append(m)
    return numbered


def positions_within(positions: list[int], start: int, end: int) -> list[int]:
    """The (sorted) positions in [start, end)."""
    return positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]


def at_boundary(text: str, pos: int, floor: int, boundary: str = BOUNDARY) -> bool:
    return pos <= floor or text[pos - 1] in boundary


def chain(
    markers: list[Marker], style: str, text: str, floor: int, first_anywhere: bool, boundary: str = BOUNDARY,
    mistyped: bool = False,
) -> list[Marker]:
    """The longest run 1, 2, 3, … of `style` markers, each after one of `boundary`'s characters.
    `mistyped`: a number typed in another style between two of the run's (`二、` `3、` `四、`) is the run's,
    and so is a number the typist skipped or repeated (`二、` `四、`, two `（三）`) when it opens a line with a
    matter (`四、会议审议了…`)."""
    found: list[Marker] = []
    for i, marker in enumerate(markers):
        expected = len(found) + 1
        slipped = mistyped and found and marker.number in (expected - 1, expected + 1) and _opens_a_matter(
            text, marker, style
        )
        if (marker.number != expected and not slipped) or (found and marker.start < found[-1].end):
            continue
        if marker.style != style and not (mistyped and found and _mistyped(markers, i, style, text, floor)):
            continue
        if at_boundary(text, marker.start, floor, boundary) or (first_anywhere and not found):
            found.append(marker)
    return found


def _opens_a_matter(text: str, marker: Marker, style: str) -> bool:
    """`marker`, of the run's style, opens a line with what the meeting did (`四、会议审议了…`, `关于…`)."""
    return (
        marker.style == style and marker.start > 0 and text[marker.start - 1] == "\n"
        and (item_opening(text, marker.end) is not None or text.startswith(_MATTER_OPENERS, marker.end))
    )


_MATTER_OPENERS = ("关于", "会议")


def _mistyped(markers: list[Marker], i: int, style: str, text: str, floor: int) -> bool:
    """`markers[i]` opens a line with a number the run's own style never writes, and that style goes on
    with the number after it (`二、…` `3、…` `四、…`: 三、 typed as 3、)."""
    marker = markers[i]
    own = [m for m in markers if m.style == style]
    return (
        text[marker.start - 1] == "\n"
        and not any(m.number == marker.number for m in own)
        and any(
            m.number == marker.number + 1 and m.start > marker.start and at_boundary(text, m.start, floor, "\n")
            for m in own
        )
    )


def decides(paragraph: str) -> bool:
    """The paragraph records a decision or its follow-up (`原则同意…`, `会后由…`)."""
    return bool(patterns.DECISION.search(paragraph)) or "会后" in paragraph


_TITLE = re.compile(r"《[^《》]*》")


_TITLE_SPAN = re.compile(r"《[^》]*》")


def blank_titles(text: str) -> str:
    """`text` with each 《title》 blanked character for character (offsets kept): a verb inside a
    title (`《…形势分析报告》`) is none of the sentence's."""
    return _TITLE_SPAN.sub(lambda title: "\u3000" * len(title.group()), text)


def without_title_words(text: str) -> str:
    """`text` with each 《title》 emptied: a title's words (`《…发展纲要》`, `《关于…要求的通知》`)
    decide and direct nothing."""
    return _TITLE.sub("《》", text)


def decides_or_directs(paragraph: str) -> bool:
    """The paragraph decides or tells someone to act; a bare `会议要求：` label does neither."""
    if patterns.LEAD_IN_LABEL.fullmatch(paragraph.strip()):
        return False  # `会议要求：` on its own line introduces the numbered directives
    return decides(paragraph) or "要求" in paragraph or any(
        m.start() == 0 or paragraph[m.start() - 1] not in patterns.NOT_MODAL_BEFORE  # not `主要`, `重要`
        for m in patterns.MODAL.finditer(paragraph)
    )


def pieces(text: str, start: int, end: int, cuts: list[int]) -> list[Region]:
    """The non-blank lines of [start, end), also cut at the (sorted) `cuts` positions."""
    bounds = [start, *positions_within(cuts, start + 1, end), end]
    found = []
    for a, b in itertools.pairwise(bounds):
        pos = a
        for piece in text[a:b].split("\n"):
            if piece.strip(" \u3000"):
                found.append(Region(pos, pos + len(piece)))
            pos += len(piece) + 1
    return found


def line_paragraphs(text: str, start: int, end: int) -> list[Paragraph]:
    return [Paragraph("", line.start, line.end) for line in pieces(text, start, end, [])]


def paragraph_end(text: str, start: int, stop: int) -> int:
    newline = text.find("\n", start, stop)
    return newline if newline != -1 else stop


def item_opening(text: str, start: int = 0) -> re.Match[str] | None:
    """What a matter opens with at `start`: the meeting's lead-in (`会议审议了`) or a bare item verb (`听取`)."""
    return patterns.ITEM_SENTENCE.match(text, start) or patterns.ITEM_VERB_START.match(text, start)


def clause_end(text: str, start: int, stop: int) -> int:
    """The first `，` `。` `；` or line end at bracket depth 0 in [start, stop), or a remark glued to
    the clause (`…情况汇报强调，`)."""
    if (glued := patterns.GLUED_REMARK.search(text, start, stop)) is not None:
        stop = glued.start()
    # `会前，与会人员学习了《A》`: the comma of the sentence's own lead-in ends no clause.
    lead_in = patterns.ITEM_SENTENCE.match(text, start, stop)
    depth = 0
    for pos in range(lead_in.end() if lead_in else start, stop):
        ch = text[pos]
        if ch in "《（(“":
            depth += 1
        elif ch in "》）)”" and depth:
            depth -= 1
        elif depth == 0 and ch in "，。；\n":
            if ch == "，" and _spirit_runs_on(text, start, pos, stop):
                continue
            return pos
    return stop


def _spirit_runs_on(text: str, start: int, comma: int, stop: int) -> bool:
    """`传达全国安全生产电视电话会议，全市投资推进会议及市委全会精神`: meetings studied under one verb, their
    精神 said once after the last; the heading runs on to it (a list of spirits, `A精神，B精神`, splits)."""
    if _STUDIED.match(text, start) is None or text.endswith(_STUDIED_OBJECT_ENDS, start, comma):
        return False
    if "精神" in text[start:comma]:
        return False  # (`A精神及B安排部署，C精神`: the spirit said for the first ones already)
    end = next((i for i in range(comma + 1, stop) if text[i] in "，。；\n"), stop)
    clause = text[comma + 1 : end]
    return clause.endswith("精神") and patterns.NEXT_MATTER.match(text, comma + 1) is None and "精神" not in clause[:-2]


_STUDIED = re.compile(r"(?:会议|会上)?(?:还|首先|集中|认真)?(?:传达学习|学习贯彻|学习传达|传达|学习)")
_STUDIED_OBJECT_ENDS = ("精神", "讲话", "指示", "批示", "论述", "文章", "》", "要求")


def item_paragraphs(text: str, item: ItemBlock, all_markers: list[Marker]) -> None:
    """Split an item after its heading into marked (or line-separated) paragraphs."""
    content_start = item.start + len(item.marker) if item.heading_in_paragraph else item.heading_end
    markers = [m for m in within(all_markers, content_start, item.end) if m.style not in patterns.ITEM_ONLY_STYLES]
    styles = [m.style for m in markers if m.number == 1]
    found = chain(markers, styles[0], text, content_start, first_anywhere=True) if styles else []
    if not found:
        item.paragraphs.extend(line_paragraphs(text, content_start, item.end))
        return
    # Text before the first marker is kept when it decides or directs something
    # (`会议听取并原则同意…。会后由…。会议要求：` then `1.` `2.`); a bare lead-in
    # (`会议听取了…的汇报。会议决定：`) only introduces the numbered paragraphs.
    lead_in = line_paragraphs(text, content_start, found[0].start)
    item.paragraphs.extend(p for p in lead_in if decides_or_directs(text[p.start : p.end]))
    for i, marker in enumerate(found):
        stop = found[i + 1].start if i + 1 < len(found) else item.end
        labelled = _labelled_line(text, marker.end, stop)
        numbered = Paragraph(text[marker.start : marker.end], marker.end, labelled or stop)
        item.paragraphs.extend(_with_sublevels(text, numbered, all_markers))
        if labelled is not None:  # `牵头单位：X；配合单位：Y；完成时限：Z` on its own line after the numbers
            item.paragraphs.extend(line_paragraphs(text, labelled, stop))


def _with_sublevels(text: str, paragraph: Paragraph, all_markers: list[Marker]) -> list[Paragraph]:
    """A numbered paragraph whose lines number a level below it (`（二）会议明确以下分工：` then `1.…`, `2.…`
    and under 2. `（1）…`): each numbered line is a paragraph of its own, the words before the first one
    only when they decide or direct (a label introduces)."""
    inner = [
        m for m in within(all_markers, paragraph.start + 1, paragraph.end) if m.style not in patterns.ITEM_ONLY_STYLES
    ]
    firsts = [m for m in inner if m.number == 1 and text[m.start - 1] == "\n"]
    found = chain(inner, firsts[0].style, text, paragraph.start, first_anywhere=False, boundary="\n") if firsts else []
    if not found:
        return [paragraph]
    head = Paragraph(paragraph.marker, paragraph.start, found[0].start - 1)
    result = [head] if decides_or_directs(text[head.start : head.end]) else []
    for i, marker in enumerate(found):
        stop = found[i + 1].start - 1 if i + 1 < len(found) else paragraph.end
        result.extend(_with_sublevels(text, Paragraph(text[marker.start : marker.end], marker.end, stop), all_markers))
    return result


def _labelled_line(text: str, start: int, stop: int) -> int | None:
    """Where a line of the paragraph [start, stop) opens with a responsibility label."""
    at = text.find("\n", start, stop)
    while at != -1:
        line = at + 1
        while line < stop and text[line] in " \u3000":
            line += 1
        if patterns.RESPONSIBLE.match(text, line, stop):
            return line
        at = text.find("\n", line, stop)
    return None


_BRACKETS = re.compile("[《》]")


def bracket_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Contents of the outermost 《…》 pairs in [start, end), nested pairs kept inside. A title whose
    》 is missing before the next title opens (`《A(送审稿)《B》《C》`) ends there."""
    found, depth, opened = [], 0, 0
    for bracket in _BRACKETS.finditer(text, start, end):  # only the brackets, not every character
        pos, ch = bracket.start(), bracket.group()
        if ch == "《":
            if depth == 1 and text[pos - 1] in _TITLE_END and pos > opened and _unclosed(text, pos, end):
                depth = 0  # the open title ends where a complete-looking one meets the next
                if not _is_alias(text, opened - 1):
                    found.append((opened, pos))
            if depth == 0:
                opened = pos + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0 and pos > opened and not _is_alias(text, opened - 1):
                found.append((opened, pos))
    if depth and end >= (last := len(text.rstrip())) > opened:  # `审议了《关于成立…` where a pasted text stops
        found.append((opened, last))  # the title so far
    elif depth == 1 and end > opened and text.startswith("《", end) and text[end - 1] in _TITLE_END:
        found.append((opened, end))  # the part of `《A(送审稿)《B》` before B: A, its 》 left out
    return found


# What a title's last character may be when the next title follows with its 》 missing in between.
_TITLE_END = "）)稿》"


def _unclosed(text: str, pos: int, end: int) -> bool:
    """From `pos` to the sentence's end, more 《 than 》: a 》 was left out, not a title nested."""
    stop = text.find("。", pos, end)
    stop = end if stop == -1 else stop
    return text.count("《", pos, stop) >= text.count("》", pos, stop)


_TITLE_LIST_GAP = re.compile(r"\s*(?:[、，,]|和|及|与|以及)?\s*")


def listed_titles(text: str, titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first title and those listed right after it (`《A》、《B》和《C》`: only separators between)."""
    listed = titles[:1]
    for start, end in titles[1:]:
        if not _TITLE_LIST_GAP.fullmatch(text, listed[-1][1] + 1, start - 1):
            break
        listed.append((start, end))
    return listed


def _is_alias(text: str, bracket: int) -> bool:
    """`（以下简称《方案》）`: the 《 at `bracket` opens a short name, not a document."""
    before = text[max(0, bracket - 6) : bracket].rstrip("为：:“")
    return before.endswith(patterns.ALIAS_WORDS)


def append(obj: Grounded, name: str, value: str, span: Span) -> None:
    """Add `value` to the list field `name` of a record object, with where it came from."""
    getattr(obj, name).append(value)
    spans = obj.spans.setdefault(name, [])
    assert isinstance(spans, list)
    spans.append(span)
