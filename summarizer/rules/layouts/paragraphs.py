"""Minutes and news reports without item numbers: items open at the sentences that say what the
meeting did (`会议审议了…`, `会议原则同意《…》`), one item per matter when a sentence names several
(`会议听取了A的汇报，审议了《B》`).

Read as a news report when no `会议议定以下事项：` opens the items and the meeting sentence comes
near the top (a report opens with it).
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from summarizer.rules import patterns
from summarizer.rules.blocks import (
    ItemBlock,
    Paragraph,
    Region,
    at_boundary,
    bracket_titles,
    clause_end,
    decides_or_directs,
    item_paragraphs,
    paragraph_end,
    within,
    without_title_words,
)
from summarizer.rules.layouts import Layout, Page
from summarizer.rules.layouts.matters import Piece, split_matters
from summarizer.rules.units import SURNAMES, looks_like_unit, sender_end
from summarizer.schema import Kind


def detect_report(page: Page) -> bool:
    """A news report: no opener, and the meeting sentence near the top."""
    return not page.opener_found and page.opening_found and page.opening_start < 200


def detect(page: Page) -> bool:
    return True  # prose is the last resort


def _region(page: Page) -> Region:
    """Without an opener the opening sentence itself may open the first item."""
    return page.body if page.opener_found else Region(page.opening_start, page.body.end)


def _starts(text: str, body: Region, agenda: int | None = None, summary: int | None = None) -> list[int]:
    """Where items open; `agenda` where the opening's own list of matters starts, `summary` where one
    starts that only sums up the paragraphs after it (their topics take its matters up)."""
    starts = [
        m.start() for m in patterns.ITEM_SENTENCE.finditer(text, body.start, body.end)
        if at_boundary(text, m.start(), body.start)  # not `根据会议讨论意见` inside a sentence
        and not patterns.OTHER_MATTERS.match(text, m.start())  # `会议还研究了其他事项。`, a matter follows
        and not patterns.BACK_TO_THE_REPORT.match(text, m.start())  # `在听取汇报后，…`: the report just heard
    ]
    named = [*starts, *([agenda] if agenda is not None else [])]  # the opening's agenda names matters too
    # `会议原则同意《B》…` opens an item of its own unless it decides on what the item before it named
    # (`会议审议了《B》。会议原则同意《B》`); before any item, what the opening announced is decided here.
    for match in patterns.DECISION_ON_DOCUMENT.finditer(text, body.start, body.end):
        previous = max((s for s in named if s < match.start()), default=None)
        if previous is None or not _decides_on(text, previous, match, by_key=previous != agenda):
            starts.append(match.start())
    # `…有关问题。审议了《B》等。`: a sentence that opens with the meeting's verb, after an item's start.
    first = min(named, default=body.end)
    starts += [m.start() for m in patterns.NEXT_SENTENCE_MATTER.finditer(text, first, body.end)]
    conveyed = patterns.OFFICIAL_CONVEYED.finditer(text, body.start, body.end)  # `陈光杰传达了A精神。`
    starts += [m.start() for m in conveyed if m.group("who")[0] in SURNAMES]
    took_up = patterns.OFFICIAL_TOOK_UP.finditer(text, body.start, body.end)  # `覃志远在审议《D》时指出，`
    starts += [m.start() for m in took_up if _official_took_up(text, m.start())]
    # (with no matter named yet, a topic named by a sentence of the body: `…主持召开…会议，传达学习A…` again)
    starts += _topic_paragraphs(text, body, summary if summary is not None else first if named else body.start)
    starts += _enumerated_matters(text, body)
    # `会议同意成立X领导小组`: a paragraph that decides a matter of its own outright; `X对《A》作了说明`
    starts += [m.start() for m in patterns.AGREED_MATTER.finditer(text, body.start, body.end)]
    # `为保护港湾环境，会议原则通过了《A》。`: the item opens with its purpose, not at the decision
    purposes = [m.end() for m in patterns.PURPOSE_THEN_DECISION.finditer(text, body.start, body.end)]
    starts = [s for s in starts if not any(p < s and not _SENTENCE_BREAK.search(text, p, s) for p in purposes)]
    starts += purposes
    starts += [m.start() for m in patterns.DOCUMENT_PRESENTED.finditer(text, body.start, body.end)]
    if agenda is not None:
        starts += _agreed_agenda_matters(text, body, agenda)
    # `【聚焦项目建设】会议听取了…`: a bold lead phrase before the paragraph's meeting sentence
    labelled = {m.end() for m in patterns.PARAGRAPH_LABEL.finditer(text, body.start, body.end)}
    starts += [at for at in labelled if patterns.ITEM_SENTENCE.match(text, at)]
    # (`与会人员认真听取汇报。（X 摄）`: a photo's caption, no meeting sentence)
    return sorted(
        s for s in set(starts) if (at_boundary(text, s, body.start) or s in labelled) and not _caption_line(text, s)
    )


def _charges_someone(text: str, start: int, end: int) -> bool:
    """[start, end) puts a unit in charge in one of the decision's lead forms (`由Y作为项目业主`, `请Y…`)."""
    return any(pattern.search(text, start, end) for _, pattern in patterns.LEAD_PATTERNS)


def _official_took_up(text: str, at: int) -> bool:
    """`覃志远在审议《D》时指出，…` opens the paragraph at `at`: the chair takes up a matter by name."""
    took_up = patterns.OFFICIAL_TOOK_UP.match(text, at)
    return took_up is not None and took_up.group("who")[0] in SURNAMES


def _caption_line(text: str, at: int) -> bool:
    end = text.find("\n", at)
    return patterns.PICTURE_LINE.fullmatch(text, at, end if end != -1 else len(text)) is not None


def _agreed_agenda_matters(text: str, body: Region, agenda: int) -> list[int]:
    """`…会议，研究调整市政府领导工作分工，…。` then a paragraph `会议同意调整市政府领导工作分工，…`: the
    decision takes the agenda's matter up, and opens its item."""
    agenda_end = _sentence_end(text, agenda, paragraph_end(text, agenda, body.end))
    found = []
    for match in patterns.AGREED_PARAGRAPH.finditer(text, max(body.start, agenda_end), body.end):
        at = match.end() - len(match.group().lstrip(" \u3000"))
        if patterns.DECISION_ON_DOCUMENT.match(text, at):
            continue  # `会议原则同意X关于A的汇报`: a decision on what the agenda named (see `_decides_on`)
        key = text[match.end() : match.end() + 4]
        if len(key) == 4 and text.find(key, agenda, agenda_end) != -1:
            found.append(at)
    return found


_REPORTED_ABOUT = re.compile(r"(?P<u>[^，。；、\n]{2,20}?)关于$")
_KINDS = dict(patterns.ITEM_VERBS)


def _take_up(text: str, item: ItemBlock, topic: str) -> None:
    """`针对A，X要求，…` after `听取Y关于A的汇报`: the matter is heard, and Y reported it."""
    mention = text.rfind(topic, 0, item.start)
    if mention == -1:
        return
    sentence = max(text.rfind(ch, 0, mention) for ch in "。\n") + 1
    verbs = [m.group() for m in patterns.ITEM_VERB_START.finditer(text, sentence, mention)]
    if not verbs or _KINDS.get(verbs[-1]) != "hearing":
        return
    item.shared_kind = "hearing"
    reporter = _REPORTED_ABOUT.search(text, max(sentence, mention - 22), mention)
    if reporter is None:
        return
    unit_start, unit_end = reporter.span("u")
    if (verb := patterns.ITEM_VERB_START.match(text, unit_start, unit_end)) is not None:
        unit_start = verb.end() + (1 if text.startswith("了", verb.end()) else 0)  # `听取了县统计局关于A`
    if looks_like_unit(text[unit_start:unit_end]):
        item.proposer = Region(unit_start, unit_end)


def _enumerated_matters(text: str, body: Region) -> list[int]:
    """`会议研究了以下三个方面的事项：一是A；二是B；三是C。`: each `N是` opens an item."""
    found = []
    for listing in patterns.ENUMERATED_MATTERS.finditer(text, body.start, body.end):
        end = paragraph_end(text, listing.end(), body.end)
        found += [m.start() for m in patterns.ENUMERATED_MATTER.finditer(text, listing.end() - 1, end)]
    return found


def _topic_of_an_item(text: str, start: int, starts: list[int], agenda: int | None) -> bool:
    """A topic paragraph whose matter an item sentence names (`听取A、B以及C。` then `针对A，…要求`):
    that item's directive, not an item; only an agenda's or an overview's matters are taken up."""
    topic = patterns.TOPIC_PARAGRAPH.match(text, start)
    if topic is None:
        return False
    named = _topic_name(topic)
    # `就X工作，Y强调`: a remark on a matter named before in other words (`听取研究X有关事宜`), the agenda's too;
    # `会议在研究X时强调`: a remark on a matter named before as it is
    when = topic.group("when")
    remark = (text.startswith("就", start) and topic.group("topic")) or when or ""
    for other in [*starts, *([agenda] if remark and agenda is not None else [])]:
        if other >= start or patterns.TOPIC_PARAGRAPH.match(text, other):
            continue
        sentence_end = _sentence_end(text, other, paragraph_end(text, other, start))
        if other != agenda and text.find(named, other, sentence_end) != -1:
            return True
        sentence = text[other:sentence_end]
        if other == agenda and remark and _sums_up(sentence, remark):
            continue  # `研究了A、B、C等工作` then `在谈到B时，X强调` / `就B，会议进行了专题研究`: B's own item
        if remark and (_same_run(remark, sentence) or (when is not None and when in sentence)):
            return True
    return False


def _sums_up(sentence: str, matter: str) -> bool:
    """The clause of `sentence` that names `matter` closes a list by 等 (`研究了A、B、C等工作`, `研究部署A、B等`)."""
    clause = next((c for c in re.split(r"[，；,;]", sentence) if matter in c), "")
    return clause.endswith("等") or patterns.SUMMARY_CLOSE.search(clause) is not None


_SHARED_CHARS = 8


def _same_run(topic: str, sentence: str) -> bool:
    """`就迎接第二轮中央生态环保督察工作，…` after `听取研究第二轮中央生态环保督察有关事宜`: eight characters
    or more in common name the same matter, whatever words open it."""
    match = SequenceMatcher(None, topic, sentence, autojunk=False).find_longest_match()
    return match.size >= _SHARED_CHARS


def _topic_paragraphs(text: str, body: Region, first: int) -> list[int]:
    """Paragraphs that open with a matter an earlier sentence named (`关于春季农业生产工作，X指出，…`
    after `会议研究了春季农业生产、森林防灭火等工作`; `讨论《A》时，X强调，…` after `审议了《A》`)."""
    found = []
    for match in patterns.TOPIC_PARAGRAPH.finditer(text, max(first, body.start), body.end):
        if match.start() > body.start and text[match.start() - 1] != "\n":
            continue
        named = _topic_name(match)
        if len(named) >= 4 and text.find(named, first, match.start()) != -1:
            found.append(match.start())
        elif _new_topic(match):
            found.append(match.start())  # `关于雨季地质灾害防治工作，X强调，…`: a matter nothing named before
    return found


def _topic_sentence(text: str, start: int) -> bool:
    """A topic paragraph's sentence, whatever the meeting did with the topic (`关于内涝治理，会议原则同意《A》`,
    `关于春耕生产工作，会议听取了X的汇报`): one matter."""
    topic = patterns.TOPIC_PARAGRAPH.match(text, start)
    return topic is not None and topic.group("topic") is not None


def _new_topic(topic: re.Match[str]) -> bool:
    """A topic paragraph that names something (`关于下一步工作，X要求` does not): a matter of its own,
    unless an item sentence before it names the matter (`_topic_of_an_item`)."""
    named = topic.group("topic")
    return (
        named is not None and not patterns.VAGUE_MATTER.match(named) and len(_key(named)) >= 4
        and not named.startswith(patterns.REMARK_OPENERS)  # `关于如何贯彻落实X精神`: how to do it, a remark
    )


def _topic_name(topic: re.Match[str]) -> str:
    """What an earlier sentence must name for a topic paragraph to take it up: the 《document》, or
    the key of the matter."""
    return topic.group("doc") or _key(topic.group("when") or topic.group("topic"))


def _decides_on(text: str, previous: int, decision: re.Match[str], by_key: bool = True) -> bool:
    """`会议原则同意《B》` decides on the matter of the item opened at `previous`: that item named B
    (`会议审议了《B》。`), or B's title takes up its matter (`会议研究了区属国有企业改革工作。…会议同意
    X提出的《区属国有企业整合重组方案》`); not when that item named another document (`会议审议并原则通过
    《X旗A预案》。…会议原则同意Y提出的《X旗B计划》`: two documents of one place, two items)."""
    document = decision.group("object")
    if text.find(document, previous, decision.start()) != -1:
        return True
    clause = clause_end(text, previous, decision.start())
    if not by_key or bracket_titles(text, previous, clause):
        return False  # (an item that names its own 《document》 is taken up by that title alone)
    key = matter_key(text, previous, clause)
    return len(key) == 4 and key in document


# What may close the meeting sentence before its own agenda: a second meeting held with it
# (`…党组（扩大）会议暨区政府常务会议，`, `…党组第1次会议、区政府第43次常务会议，`), then the comma,
# or a full stop before a verb.
_OPENING_TAIL = re.compile(r"(?:(?:暨|和|及|、)[^，。,\n]{0,30}?会议)?(?:[，,]|。\n?)")


def _agenda_in_opening(page: Page) -> int | None:
    """`…主持召开县政府第26次常务会议，审议了《A》，听取了B的汇报。` (or `…常务会议。传达学习A，研究B。`):
    the opening sentence's own list is the agenda; where it starts."""
    text = page.text
    tail = _OPENING_TAIL.match(text, page.opening_end) if page.opening_found else None
    if tail is None:
        glued = page.opening_found and not page.opener_found and patterns.ITEM_VERB_START.match(text, page.opening_end)
        return page.opening_end if glued else None  # `…第一次常务会议研究X等有关事宜。`: no comma between
    # `…常务会议，会议学习A，学习B，听取C…`: the agenda may repeat the meeting as its subject;
    # `…常务会议，专题讨论《A》、《B》。` (a report) may say how it took them up, where minutes say their
    # theme (`…，专题研究《A》。现纪要如下：`) before the items.
    adverb = None if page.opener_found else patterns.AGENDA_ADVERB.match(text, tail.end())
    verb = patterns.ITEM_VERB_START.match(text, adverb.end() if adverb else tail.end()) or (
        tail.group().endswith(("，", ",")) and patterns.ITEM_SENTENCE.match(text, tail.end())
    ) or patterns.TOPIC_TAKEN_UP.match(text, tail.end())  # `…常务会议，就X进行专题研究。`
    # `…常务会议，贯彻落实全市X会议精神，审议《A》…`: a spirit carried out, first on the agenda
    verb = verb or patterns.SPIRIT_CARRIED_OUT.match(text, tail.end())
    # `…常务会议。会议传达学习了A，听取了B，审议了《C》。` on the meeting sentence's line
    listing = tail.group() == "。" and patterns.ITEM_SENTENCE.match(text, tail.end()) is not None
    return tail.end() if verb or (listing and _listing_ends_the_line(text, tail.end())) else None


def _listing_ends_the_line(text: str, start: int) -> bool:
    """A sentence of several matters right after the meeting sentence that ends its line (or leaves on it
    only who attended): the opening's agenda, which the paragraphs below take up."""
    line_end = paragraph_end(text, start, len(text))
    end = _sentence_end(text, start, line_end)
    rest_only_attendance = end + 1 >= line_end or _no_paragraph(text, end + 1, line_end)
    return rest_only_attendance and len(split_matters(text, start, end, listed=True)) >= 3


def _object(text: str, start: int, end: int) -> str:
    """What a matter names, without its verb (`传达学习A` → `A`)."""
    lead_in = patterns.ITEM_SENTENCE.match(text, start, end)
    if lead_in:
        tail = patterns.VERB_TAIL.match(text, lead_in.end(), end)  # `会议研究审议了A`: the verbs run on
        return text[tail.end() if tail else lead_in.end() : end]  # `会议学习A` → `A`
    at = start + (1 if text.startswith(("还", "并"), start) else 0)  # (`…等工作，并审议了相关文件`)
    adverb = patterns.AGENDA_ADVERB.match(text, at, end)  # `集中学习A`: how the meeting took it up
    at = adverb.end() if adverb else at
    verb = patterns.ITEM_VERB_START.match(text, at, end)
    if verb is None:
        return text[at:end]
    tail = patterns.VERB_TAIL.match(text, verb.end(), end)
    return text[tail.end() if tail else verb.end() : end]


def _before_remark(sentence: str) -> str:
    """A sentence up to the meeting's remark on its matter (`会议听取了A的汇报，强调要深入学习X精神`)."""
    remark = patterns.REMARK_ON_ITS_MATTER.search(sentence)
    return sentence[: remark.start()] if remark else sentence


def _opening_matter(text: str, start: int, end: int, later: list[str], body_end: int) -> bool:
    """A matter of the opening's agenda that is an item of its own: it names something
    (`研究审议有关事项` does not), no later item sentence introduces it again, and it is no
    summary of later paragraphs."""
    named = _object(text, start, end)
    if names_nothing(text, start, end) or _summarises(text, start, end, body_end):
        return False
    # `传达学习自治区有关会议精神，…` then `会议传达学习了自治区防汛抗旱工作电视电话会议精神。`: a vague
    # matter of the agenda that a later sentence names from the same source is that sentence's item
    first_clause = _object(text, start, clause_end(text, start, end))
    source = first_clause.partition("有关")[0] if patterns.VAGUE_MATTER.match(first_clause) else ""
    if len(source) >= 2 and any(source in sentence[:16] for sentence in later):
        return False
    # `…常务会议，专题研究防汛工作。会议听取了…防汛形势…的汇报。`: the topic of the meeting, taken up by its report
    if text.startswith("专题", start) and any(_shares_words(named, sentence) for sentence in later):
        return False
    key = _key(named)
    return not any(key in sentence or _topic_in(sentence, named) for sentence in later)


def _topic_in(sentence: str, matter: str) -> bool:
    """`关于防汛工作，X指出，…` takes up the agenda's `听取区应急局关于主汛期防汛工作情况的汇报`: the topic,
    four characters or more, stands in the matter."""
    topic = patterns.TOPIC_PARAGRAPH.match(sentence)
    if topic is None:  # (the sentence cut before the remark: `关于优化营商环境` of `…，会议指出，…`)
        opener = next((w for w in patterns.TOPIC_OPENERS if sentence.startswith(w)), None)
        name = _key(sentence[len(opener) :]) if opener and "，" not in sentence else ""
        return len(name) >= 4 and name in matter
    if topic.group("when"):
        return False  # `会议在研究A时强调，…` is a remark on the agenda's matter, which stays the item
    name = _topic_name(topic)
    return len(name) >= 4 and name in matter


def _bare_verb(text: str, at: int) -> bool:
    """A sentence that opens with a verb and no 了 (`学习A，听取B汇报，…`, `会议传达学习A，听取B汇报`):
    a list of matters (`会议听取、讨论并通过了A` is one verb series with its 了)."""
    lead_in = patterns.ITEM_SENTENCE.match(text, at)
    if lead_in is not None:
        if patterns.DECISION.search(lead_in.group()):
            return False  # `会议审议并原则通过《A》，强调…研究制定…`: a decision, no list of matters
        tail = patterns.VERB_TAIL.match(text, lead_in.end())
        return not lead_in.group().endswith("了") and not (tail and tail.group().endswith("了"))
    verb = patterns.ITEM_VERB_START.match(text, at + (1 if text.startswith("还", at) else 0))
    return verb is not None and not text.startswith("了", verb.end())


def names_nothing(text: str, start: int, end: int) -> bool:
    """The matter names nothing (`研究审议有关事项`, `研究审议了4项议题`), also with vague work deployed after it
    (`研究了相关议题并对当前重点工作进行了安排部署`) or joined to it (`研究政策文件和有关工作`)."""
    return all(
        _vague_part(part) or all(_vague_part(each) for each in _UNIT_LIST.split(part))  # `政策文件和有关工作`
        for part in _object(text, start, end).split("并对")
    )


def _vague_part(named: str) -> bool:
    named = named.rstrip("：:")  # `研究了以下事项：` then the paragraphs that take them up
    if (arranged := patterns.ARRANGED_MATTER.match(named) or patterns.EXAMINED_MATTER.match(named)) is not None:
        named = arranged.group("x")  # `就有关问题进行研究`
    elif (deployed := _DEPLOYED.match(named)) is not None:
        named = deployed.group("x")  # `当前重点工作进行了安排部署` after `并对`
    elif (reporters := _REPORTERS.match(named)) is not None and not named.startswith("关于") and all(
        looks_like_unit(unit) for unit in _UNIT_LIST.split(reporters.group("units"))
    ):
        named = named[reporters.end() :]  # `县发改局、县爱卫办和县委宣传部相关情况汇报`: who reported, on nothing named
    return patterns.VAGUE_MATTER.match(named) is not None


_DEPLOYED = re.compile(r"(?P<x>.+?)(?:进行|作|做|作出|做出)了?(?:安排部署|部署|安排)$")
_REPORTERS = re.compile(r"(?P<units>[^，。；]{2,80}?)(?=(?:有关|相关)(?:工作)?情况(?:的)?(?:汇报|报告)$)")
_UNIT_LIST = re.compile("、|和|及|以及")


def _other_matters(text: str, start: int, end: int) -> bool:
    """The sentence's matter is only `其他…` (other matters, documents or instructions, unnamed)."""
    named = _object(text, start, end)
    return named.startswith(("其他", "其它")) and names_nothing(text, start, end)


def matter_key(text: str, start: int, end: int) -> str:
    """What another heading must repeat to name the matter of [start, end)."""
    return _key(_object(text, start, end))


def _key(matter: str) -> str:
    """What a later sentence must repeat to name `matter`: the title of a 《document》 it opens with, else
    its first four characters, 《, “, 关于 and a
    word that only grades it (`重点合作项目情况` is named by `合作项目…`) aside (and the unit that reported
    it: `县统计局关于A的汇报` is named by A)."""
    if about := sender_end(matter, 20):
        matter = matter[about + 2 :]
    if title := _OPENING_TITLE.match(matter):
        return title.group(1)  # a document by its title: its first words are often only its place
    matter = _LEADING_YEAR.sub("", matter).lstrip("《“关于")  # `2023年《政府工作报告》` is named by 政府工作, not 2023
    graded = patterns.GRADING_WORD.match(matter)
    key = matter[graded.end() if graded else 0 :][:4]
    listed = key.find("、")  # `国务院、省政府常务会议精神` is named by `国务院`
    return key[:listed] if listed >= 2 else key


_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
_OPENING_TITLE = re.compile(r"《([^《》]{4,})》")


def _listed_keys(named: str) -> list[str] | None:
    """The keys of a matter that lists several by 等 (`X、Y等工作`, `《A》等议题`), or None when none closes it."""
    close = patterns.SUMMARY_CLOSE.search(named)
    if close is None:
        return None
    return [_key(part) for part in patterns.SUMMARY_PARTS.split(named[: close.start()])]


def _summarises(text: str, start: int, end: int, body_end: int) -> bool:
    """`研究部署了X、Y等工作`, `审议了《A》等议题`: an agenda matter that lists several by 等, after which
    the meeting has item sentences of its own and one of its parts is taken up again (`会议研究通过了
    《关于Y的通告》`, or `会议传达学习了A，要求…合理利用土地资源…` after `…土地资源利用等工作`), only
    summarises the report's items."""
    keys = _listed_keys(_object(text, start, end))
    if keys is None or not _meeting_sentences(text, end, body_end):
        return False
    rest = _without_attendance(text, end, body_end)  # the meeting sentences after the matter are part of it
    return any(len(key) >= 2 and key in rest for key in keys)


def _without_attendance(text: str, start: int, end: int) -> str:
    """[start, end) less the paragraphs that open with who attended and say nothing the meeting did
    (`副市长X出席会议。…列席会议。《A》提出，将建设…`: a description of A, which takes up no matter)."""
    kept, at = [], start
    while at < end:
        stop = paragraph_end(text, at, end)
        attended = patterns.ATTENDANCE_SENTENCE.match(text, at) and not _meeting_sentences(text, at, stop)
        if not attended:
            kept.append(text[at:stop])
        at = stop + 1
    return "\n".join(kept)


_SENTENCE_BREAK = re.compile(r"[。\n]")


def _announces(text: str, start: int, body_end: int) -> bool:
    """`会议通报了《A》、《B》、《C》等事项。` alone, before the sentences that take up A, B and C one
    by one (`会议听取了X关于《A》的汇报。…`): the first sentence only announces them."""
    first_end = paragraph_end(text, start, body_end)
    end = _sentence_end(text, start, first_end)
    if end + 1 < first_end:
        return False  # the paragraph goes on (`。会议要求，…`): it is an item's
    keys = _listed_keys(_object(text, start, end))
    if keys is None:
        return False
    later = [s for s in _meeting_sentences(text, end, body_end) if patterns.ITEM_SENTENCE.match(s)]
    return len(keys) > 1 and all(len(key) >= 4 and any(key in s for s in later) for key in keys)


def _overview(text: str, start: int, later: list[int], body_end: int) -> bool:
    """`会议研究了A、B、C等工作，并审议了《D》《E》。` alone on its line, each of whose matters a later
    paragraph takes up (`关于A工作，…`, `讨论《D》时，…`, `会议审议并原则通过了《E》`): it only announces them."""
    first_end = paragraph_end(text, start, body_end)
    end = _sentence_end(text, start, first_end)
    later = [s for s in later if s > end]  # paragraphs after it, not the sentence's own matters
    if (end + 1 < first_end and not _no_paragraph(text, end + 1, first_end)) or not later:
        return False  # the paragraph goes on (not only with who attended: `副县长X出席会议。`): it is an item's
    names: list[str] = []
    pieces = split_matters(text, start, end, listed=True)
    for piece in pieces:
        piece_end = _piece_end(text, piece, end)
        if names_nothing(text, piece.start, piece_end):
            continue  # `安排部署近期重点工作`, `听取了有关汇报`: names nothing a later paragraph could take up
        titles = [text[a:b] for a, b in bracket_titles(text, piece.start, piece_end)]
        names += titles or _listed_keys(_object(text, piece.start, piece_end)) or [_key(text[piece.start : piece_end])]
    takers = [text[s : paragraph_end(text, s, body_end)].split("，", 1)[0] for s in later]
    taken = [any(name in taker for taker in takers) for name in names]
    return len(pieces) > 1 and bool(names) and all(len(name) >= 4 for name in names) and all(taken)


def _meeting_sentences(text: str, start: int, end: int) -> list[str]:
    """The sentences in [start, end) that say what the meeting did (`会议审议了…`, `会议原则通过《A》`)."""
    found = []
    for at in (m.end() for m in _SENTENCE_BREAK.finditer(text, start, end)):
        if patterns.OTHER_MATTERS.match(text, at):
            continue  # `会议还研究了其他事项。`: no matter of the report's own
        if patterns.ITEM_SENTENCE.match(text, at) or patterns.DECISION_ON_DOCUMENT.match(text, at):
            stop = min(paragraph_end(text, at, end), (text.find("。", at, end) + 1) or end)
            found.append(text[at:stop])
    return found


def _only_summaries(text: str, agenda: int, body: Region) -> bool:
    """Every matter of the opening's agenda summarises later sentences: the agenda is no item."""
    end = _sentence_end(text, agenda, paragraph_end(text, agenda, body.end))
    pieces = split_matters(text, agenda, end, listed=True)
    if all(_summarises(text, p.start, _piece_end(text, p, end), body.end) for p in pieces):
        return True
    # `…常务会议，学习统计制度相关文件，研究《A》等议题。` then a paragraph per matter: each matter that
    # names something is taken up again by a later paragraph whose opening clause shares its words.
    later = [
        text[at : clause_end(text, at, paragraph_end(text, at, body.end))]
        for at in (m.end() for m in _PARAGRAPH_BREAK.finditer(text, end, body.end))
        if (patterns.ITEM_SENTENCE.match(text, at) or _official_took_up(text, at))
        and not patterns.OTHER_MATTERS.match(text, at)
    ]
    spans = [(p.start, _piece_end(text, p, end)) for p in pieces]
    named = [_object(text, *span) for span in spans if not names_nothing(text, *span)]
    return len(later) >= 2 and all(
        any(_shares_words(matter, clause) and not _other_kind_of_speech(matter, clause) for clause in later)
        for matter in named
    ) and not _others_reviewed(named, later)


def _others_reviewed(named: list[str], later: list[str]) -> bool:
    """The agenda's 《documents》 are never named again while later sentences review others (`审议并原则
    通过《绵阳城区…项目计划》等事项` then `会议审议并原则通过了《…》、《绵阳城区犬只管理办法》`): words
    shared with those (the place's name) take up none of the agenda's matters."""
    titles = [title for matter in named for title in _BRACKETED.findall(matter)]
    reviewing = [clause for clause in later if _BRACKETED.search(clause)]
    return bool(titles and reviewing) and not any(title in clause for title in titles for clause in later)


_BRACKETED = re.compile(r"《([^《》]+)》")


def _other_kind_of_speech(matter: str, clause: str) -> bool:
    """A speech or a spirit studied is taken up by no review or hearing that shares a word with it
    (`学习…关于耕地保护和粮食安全的重要论述`, then `会议听取…食品药品安全监管工作情况汇报`)."""
    return patterns.SPEECH_STUDIED.search(matter) is not None and _verb_kind(clause) in ("review", "hearing")


def _verb_kind(sentence: str) -> str | None:
    """The kind of matter the first verb of `sentence` opens (`会议审议并原则同意…` → review)."""
    verb = patterns.ITEM_VERB_START.search(sentence, 0, _VERB_WITHIN)
    return _KINDS.get(verb.group()) if verb else None


_VERB_WITHIN = 12


def _shares_words(matter: str, sentence: str) -> bool:
    """Two characters of `matter` follow each other in `sentence` too, words any matter holds aside."""
    matter, sentence = patterns.AGENDA_FILLER.sub("|", matter), patterns.AGENDA_FILLER.sub("|", sentence)
    pairs = {matter[i : i + 2] for i in range(len(matter) - 1)}
    return any(_HAN_PAIR.fullmatch(pair) and pair in sentence for pair in pairs)


_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \u3000]*")


def _sentence_end(text: str, start: int, first_end: int) -> int:
    """The first full stop in [start, first_end) (a paragraph), or someone's remark before it, or the
    paragraph's end."""
    full_stop = text.find("。", start, first_end)
    end = full_stop if full_stop != -1 else first_end
    remark = patterns.REMARK_AFTER_MATTER.search(text, start, end)
    return remark.start() if remark else end


def _topic_then_document(text: str, start: int, end: int, stop: int) -> bool:
    """`针对城区道路改造，会议审议了Y提交的《A》`: a topic, then the clause that names the document reviewed;
    the heading runs to that clause's end (`关于X有关事宜，会议同意Y提出的方案` names none: the topic heads it)."""
    topic = patterns.TOPIC_PARAGRAPH.match(text, start)
    if topic is None or not topic.group("topic") or "《" in text[start:end] or end >= stop:
        return False
    clause = clause_end(text, end + 1, stop)
    return patterns.ITEM_SENTENCE.match(text, end + 1) is not None and "《" in text[end + 1 : clause]


def _piece_end(text: str, piece: Piece, stop: int) -> int:
    """Where a matter of a sentence ending at `stop` ends: its heading's end, or its clause's (the last one)."""
    return piece.heading_end or clause_end(text, piece.start, stop)


def items(page: Page) -> list[ItemBlock]:
    text, body = page.text, _region(page)
    # The opening's own agenda comes first: its matters are items, even when later sentences
    # open further ones (`…常务会议，传达学习A，研究部署B。会议听取了C的汇报…`).
    agenda = _agenda_in_opening(page)
    summary = None
    if agenda is not None and _only_summaries(text, agenda, body):
        agenda, summary = None, agenda  # `…常务会议，研究部署了X、Y等工作。` then a paragraph per matter
    starts = _starts(text, body, agenda, summary)
    if agenda is None and len(starts) > 1 and _announces(text, starts[0], body.end):
        starts = starts[1:]  # `会议通报了《A》、《B》等事项。` then a sentence per report: announced only
    starts = [s for i, s in enumerate(starts) if not _overview(text, s, starts[i + 1 :], body.end)]
    starts = [s for s in starts if not _topic_of_an_item(text, s, starts, agenda)]
    starts = [s for s in starts if not patterns.ENUMERATED_MATTERS.match(text, s)]  # the listing line only
    if agenda is not None and (not starts or starts[0] > agenda):
        starts = [agenda, *starts]
    found: list[ItemBlock] = []
    taken_up: dict[int, tuple[Region, Kind | None]] = {}  # a topic paragraph's start → the agenda's matter it takes up
    for i, sentence_start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else body.end
        # `…。会议还审议、研究了其他事项。 会前，…`: the line on other matters ends the item, opening none
        closing = patterns.OTHER_MATTERS.search(text, sentence_start + 1, stop)
        stop = closing.start() if closing and at_boundary(text, closing.start(), body.start) else stop
        first_end = paragraph_end(text, sentence_start, stop)
        sentence_end = _sentence_end(text, sentence_start, first_end)
        # The earlier matters of a sentence are only named; the paragraph (what the sentence decides,
        # and what follows) is the last one's.
        listed = sentence_start == agenda or _bare_verb(text, sentence_start)
        pieces = split_matters(text, sentence_start, sentence_end, listed=listed)
        if len(pieces) > 1 and _topic_sentence(text, sentence_start):
            pieces = pieces[:1]  # `关于内涝治理，会议原则同意《A》，…`: one matter, the topic's
        others = len(pieces) > 1 and patterns.OTHER_MATTERS_LISTED.match(text, pieces[-1].start) is not None
        if others:
            pieces = pieces[:-1]  # `…，研究了其他事项。`: other matters, no item (the minutes' other_matters)
        if len(pieces) > 1:  # `…，对相关工作进行安排部署`, `…汇报，研究部署下一步重点工作`: a matter that names nothing
            named_pieces = [
                p for p in pieces if not names_nothing(text, p.start, _piece_end(text, p, sentence_end))
            ]
            if not named_pieces and i + 1 < len(starts):
                continue  # `会议学习了有关会议精神，…审议了4个文件，研究了有关事项。` above the matters themselves
            pieces = named_pieces or pieces[-1:]
        if len(pieces) == 1 and _other_matters(text, sentence_start, sentence_end):
            continue  # `会议还传达学习了其他重要文件精神。`: matters the report does not record, no item
        sums_up = i == 0 and len(starts) > 1 and first_end <= sentence_end + 1
        only = pieces[0]
        if sums_up and len(pieces) == 1 and names_nothing(text, only.start, _piece_end(text, only, sentence_end)):
            continue  # `…常务会议。会议先后听取了A、B、C相关情况汇报。` above the paragraphs that hear each
        if sentence_start == agenda:
            # (what each later sentence takes up, not a remark after it: `会议听取了A的汇报，强调要深入学习X精神`)
            later = [_before_remark(text[s : paragraph_end(text, s, body.end)].split("。", 1)[0]) for s in starts[1:]]
            for piece in pieces:
                matter = Region(piece.start, _piece_end(text, piece, sentence_end))
                matter_name = _object(text, matter.start, matter.end)
                for later_start, sentence in zip(starts[1:], later, strict=True):
                    if _topic_in(sentence, matter_name):
                        taken_up[later_start] = (matter, piece.shared_kind)
            pieces = [
                p for p in pieces
                if _opening_matter(text, p.start, _piece_end(text, p, sentence_end), later, body.end)
            ]
            if not pieces:
                continue
        # After an agenda, one decision sentence per matter (`会议原则通过《A》。`): each matter's
        # decision paragraph is the line that decides on it.
        decided_lines = _decision_lines(text, sentence_start, first_end, sentence_end, stop) if len(pieces) > 1 else []
        claimed: set[tuple[int, int]] = set()
        # `…审议了《A》《B》《C》。会议原则同意上述三个文件，…`: the paragraph decides each document
        together = len(pieces) > 1 and patterns.DECIDED_TOGETHER.search(text, sentence_end + 1, first_end) is not None
        # decisions separated by semicolons, each with its requests (`…印发实施；原则同意…，由X…；听取了…，要求…`)
        segmented = (
            len(pieces) > 1 and all(text[p.start - 1] == "；" for p in pieces[1:])
            and any(patterns.OPENS_WITH_DECISION.match(text, p.start) for p in pieces[1:])
        )
        for piece, following in itertools.pairwise(pieces):
            assert piece.heading_end is not None
            named = ItemBlock(len(found) + 1, "", piece.start, piece.heading_end, following.start)
            named.heading_in_paragraph = True
            named.proposer = piece.proposer
            named.shared_kind = piece.shared_kind
            if segmented and decides_or_directs(text[piece.start : following.start - 1]):
                # `…《A》，请X…印发实施；原则同意Y提出的《B》，由Y…；`: each matter's part its paragraph
                named.paragraphs.append(Paragraph("", piece.start, following.start - 1))
                if _charges_someone(text, piece.start, following.start):
                    named.proposer = None  # `同意X关于A的请示，由Y作为项目业主`: Y carries it, X only asked
            elif piece.decided:  # `研究并原则通过X《A》，Y《B》`: the shared verb decides each (its sentence and 。)
                full_stop = sentence_end + text.startswith("。", sentence_end)
                named.paragraphs.append(Paragraph("", sentence_start, full_stop))
            elif together and "《" in text[piece.start : piece.heading_end]:
                named.paragraphs.append(Paragraph("", sentence_start, first_end))
            elif patterns.DECISION.search(text, piece.start, piece.heading_end):
                named.paragraphs.append(Paragraph("", sentence_start, first_end))  # `审议通过了《A》，研究了B`
            elif line := next((r for obj, r in decided_lines if obj in text[piece.start : piece.heading_end]), None):
                named.paragraphs.append(Paragraph("", line.start, line.end))
                claimed.add((line.start, line.end))
            found.append(named)
        start = pieces[-1].start
        end = pieces[-1].heading_end or clause_end(text, start, stop)
        # `会议同意，X提交的《A》。`: what was agreed to; `会上，市城管委就《A》起草情况作了说明`: what was said
        lead_in = text[start:end]
        # `针对A，会议审议了Y提交的《B》`: the topic and the document reviewed
        bare = patterns.BARE_AGREEMENT.fullmatch(lead_in) or lead_in in ("会上", *patterns.CONNECTIVES)
        if bare or _topic_then_document(text, start, end, stop):
            end = clause_end(text, end + 1, stop)
        item = ItemBlock(len(found) + 1, "", start, end, stop, heading_in_paragraph=True)
        item.proposer = pieces[-1].proposer
        item.shared_kind = pieces[-1].shared_kind
        if start in taken_up:
            item.taken_up, item.taken_up_kind = taken_up[start]
        if (topic := patterns.TOPIC_PARAGRAPH.match(text, start)) is not None and topic.group("topic"):
            _take_up(text, item, topic.group("topic"))
            if "听取" in text[topic.end() : sentence_end]:
                item.shared_kind = "hearing"  # `关于X工作，会议听取了Y的汇报`
        rest = first_end
        last_part = without_title_words(text[pieces[-1].start if len(pieces) > 1 else sentence_start : sentence_end])
        several = len(pieces) > 1 or sentence_start == agenda or others
        # `会议学习了A，审定了B。会议要求，…` on one line: the paragraph that goes on from the matters
        # to what the meeting asked is the last matter's, heading sentence and all.
        # (Not when the rest only says who attended: `县直有关部门负责人列席会议。`)
        goes_on = (
            sentence_start != agenda and not others and first_end > sentence_end + 1
            and decides_or_directs(text[sentence_end + 1 : first_end])
        )
        if segmented and decides_or_directs(text[start:first_end]):
            item.paragraphs.append(Paragraph("", start, first_end))
        elif several and not goes_on and not pieces[-1].decided and not decides_or_directs(last_part):
            # a sentence naming several matters is no directive of its last, nor is an agenda that
            # names one (`…常务会议，传达学习A精神，研究贯彻落实意见。`, `审议A方案，研究部署相关工作。`)
            rest = sentence_end + 1
        else:
            item.paragraphs.append(Paragraph("", sentence_start, first_end))
        while rest < stop:
            while rest < stop and text[rest] == "\n":
                rest += 1
            if rest >= stop:
                break
            end = paragraph_end(text, rest, stop)
            if i + 1 < len(starts) and _caption(text, rest, end, stop):
                break  # `保障节日市场供应` (a bold caption) over the next matter: no paragraph of this one
            if _no_paragraph(text, rest, end):
                rest = end  # `副县长X、Y出席会议。`, `会议由区长X主持。`, `1.jpeg`: no directive
                continue
            line_start = sentence_start if rest <= first_end else rest
            if (line_start, end) not in claimed or any(
                obj in text[start : sentence_end] and line.start == line_start for obj, line in decided_lines
            ):
                owner = _named_matter(text, Region(rest, end), found[len(found) - len(pieces) + 1 :], item) or item
                owner.paragraphs.append(Paragraph("", rest, end))
            rest = end
        if _numbered_lines(page, item):
            item.paragraphs = []
            item_paragraphs(text, item, page.markers)  # `会议决定：` then `（一）…` `（二）…` lines
        found.append(item)
    if found:
        _speech_after_the_close(text, found[-1], body)
    _to_named_topics(text, found)
    return _without_excerpts(text, found)


def _without_excerpts(text: str, found: list[ItemBlock]) -> list[ItemBlock]:
    """A page that shows its report's first lines as an excerpt above it (`会议听取并审议了《A》。意见提出，…`,
    then the report with `会议听取并审议了《A》。…会议强调，…`): the matter is the report's, once."""
    headings = [text[b.start : b.heading_end] for b in found]
    kept = [b for i, b in enumerate(found) if headings[i] not in headings[i + 1 :]]
    for number, block in enumerate(kept, start=1):
        block.number = number
    return kept


# Lines between a report's paragraphs that are none: who attended or chaired, a picture or its caption, a
# page's time stamp.
_NO_PARAGRAPH = (patterns.ATTENDANCE_SENTENCE, patterns.CHAIR_SENTENCE, patterns.PICTURE_LINE, patterns.STAMP_LINE)
_CAPTION_MAX_CHARS = 30


def _no_paragraph(text: str, start: int, end: int) -> bool:
    """Every sentence of [start, end) says who attended or chaired, or is a picture (`副县长X出席会议。县人大
    常委会副主任Y列席会议。`)."""
    sentences = [m.span() for m in re.finditer(r"[^。]+。?", text[start:end])]
    return bool(sentences) and all(
        any(p.fullmatch(text, start + a, start + b) for p in _NO_PARAGRAPH) for a, b in sentences
    )


def _over_a_caption(text: str, start: int, stop: int) -> bool:
    """A bullet over a caption (`◆ 经济运行`) or a photo's (`▲3月11日，区政府召开…。（记者 X 摄）`), not a list."""
    return _caption(text, start, paragraph_end(text, start, stop)) or _caption_line(text, start)


def _caption(text: str, start: int, end: int, stop: int | None = None) -> bool:
    """A short line without a sentence's punctuation, right before the next matter (at `stop`, when given):
    its caption."""
    line = text[start:end].strip(" \u3000")
    return (
        len(line) <= _CAPTION_MAX_CHARS
        and not any(ch in line for ch in "。，；：,;:！？")
        and (stop is None or not text[end:stop].strip("\n \u3000"))
    )


_JOINED = re.compile("[和及、]")
# The chair's closing remark on matters it names (`最后，X就防汛救灾、暑期安全工作强调，…`): the later one's.
_CLOSING_ON = re.compile(
    r"(?:最后[，,])?[\u4e00-\u9fff]{2,4}就(?P<topic>[^，。；就]{2,40}?)(?:等)?(?:工作)?(?:强调|指出|要求)"
)
_SHARED_KEY = 4  # characters a joined topic's part needs to name a matter


def _speech_after_the_close(text: str, last: ItemBlock, body: Region) -> None:
    """`会议还研究了其他事项。` then `X在讲话中强调，…`: the chair's speech printed after the closing line (where
    the trailer starts) is the last item's directive, as it is before it."""
    closing = patterns.OTHER_MATTERS.search(text, last.start + 1, min(len(text), body.end + _CLOSING_REACH))
    if closing is None:
        return
    at = paragraph_end(text, closing.start(), len(text)) + 1
    while at < len(text):
        end = paragraph_end(text, at, len(text))
        speech = _CHAIR_SPEECH.match(text, at, end)
        if speech is None or speech.group("who")[0] not in SURNAMES:
            return
        last.paragraphs.append(Paragraph("", at, end))
        at = end + 1


_CLOSING_REACH = 20  # (the closing line opens the trailer, right where the body ends)
_CHAIR_SPEECH = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?:在讲话中|在会上|最后)?(?:强调|指出|要求)[，,：:]")


def _to_named_topics(text: str, found: list[ItemBlock]) -> None:
    """`针对X，…要求，…`: a paragraph that opens with the matter it speaks to goes to the item whose
    heading names that matter (`听取A、X以及B`), wherever the paragraph stands."""
    for item in found:
        for paragraph in list(item.paragraphs):
            lead_in = patterns.TOPIC_LEAD_IN.match(text, paragraph.start, paragraph.end) or _CLOSING_ON.match(
                text, paragraph.start, paragraph.end
            )
            if lead_in is None:
                continue
            topic = lead_in.group("topic").strip("《》")  # (`关于《管理办法》`: a title cut short names it too)
            # (`关于经济运行和重大项目建设，…`: two matters named, the later one's item takes the paragraph)
            names = [topic, *(part for part in reversed(_JOINED.split(topic)) if len(part) >= _SHARED_KEY)]
            owner = next((b for name in names for b in found if name in text[b.start : b.heading_end]), None)
            if owner is not None and owner is not item:
                item.paragraphs.remove(paragraph)
                owner.paragraphs.append(paragraph)
                owner.paragraphs.sort(key=lambda p: p.start)


def _named_matter(text: str, paragraph: Region, earlier: list[ItemBlock], last: ItemBlock) -> ItemBlock | None:
    """`会议强调，《报告》起草组要…` after `听取了关于《政府工作报告》…的汇报和关于B的汇报`: a paragraph
    that names an earlier matter's document (its title, or a short name the title ends with) and
    not the last matter's is the earlier matter's."""
    names = [text[a:b] for a, b in bracket_titles(text, paragraph.start, paragraph.end)]

    def named(block: ItemBlock) -> bool:
        titles = [text[a:b] for a, b in bracket_titles(text, block.start, block.heading_end)]
        return any(title.endswith(name) for title in titles for name in names)

    if names and not named(last):
        return next((block for block in reversed(earlier) if named(block)), None)
    return None


def _decision_lines(text: str, start: int, first_end: int, sentence_end: int, stop: int) -> list[tuple[str, Region]]:
    """Each `会议原则通过《A》` after the sentence [start, sentence_end): what it decides on, and its
    line (the sentence's own line, from the sentence, when it is on that line)."""
    found = []
    for match in patterns.DECISION_ON_DOCUMENT.finditer(text, sentence_end, stop):
        line_start = text.rfind("\n", 0, match.start()) + 1
        own_line = line_start <= start
        line = Region(start, first_end) if own_line else Region(line_start, paragraph_end(text, line_start, stop))
        found.append((match.group("object"), line))
        # `会议原则通过了《A》和《B》，…`: the line decides on each document it lists
        at = match.end()
        while (joined := _JOINED_TITLE.match(text, at)) is not None:
            found.append((joined.group("object"), line))
            at = joined.end()
    return found


_JOINED_TITLE = re.compile(r"(?:和|及|以及|、)?(?P<object>《[^》\n]*》)")


def _opens_a_list(text: str, at: int) -> bool:
    """A first marker at a line start, or right after a `会议决定：` label."""
    if text[at - 1] == "\n":
        return True
    label = patterns.LEAD_IN_LABEL.search(text, max(0, at - 8), at)
    return label is not None and label.end() == at


def _numbered_lines(page: Page, item: ItemBlock) -> bool:
    """The item's paragraphs are numbered lines (`（一）原则通过…` / `（二）各县区要…`), not captions over
    groups of paragraphs (`◆ 经济运行`: a short line without a sentence's marks)."""
    text = page.text
    return any(
        m.number == 1 and m.style not in patterns.ITEM_ONLY_STYLES and _opens_a_list(text, m.start)
        and not (m.style in patterns.BY_ORDER_STYLES and _over_a_caption(text, m.end, item.end))
        for m in within(page.markers, item.start + 1, item.end)
    )


REPORT = Layout("news-report", detect_report, items)
LAYOUT = Layout("unnumbered", detect, items)
