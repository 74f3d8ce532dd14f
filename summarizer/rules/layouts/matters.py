"""One sentence, several matters: one item per matter, each with its own unit.

    会议听取了A的汇报，审议了《B》                  a further verb (`NEXT_MATTER`)
    听取了关于A的汇报和关于B的汇报                  a further report (`和关于`)
    审议了X送审的《A》《B》，Y送审的《C》，Z《D》等议题   one item per document, lead = its unit
    原则通过了《A》和《B》，《A》、《B》和《C》         one item per document too (each revised and issued on its own;
    学习了《A》和《B》                             studied titles as well)
    首先集中学习…，通报…，研究…等工作               verbs listed without 了 before `等工作`

The earlier matters are only named; the sentence's decision and what follows belong to the last
(a decision word in the shared verb, `研究并原则通过X《A》，Y《B》`, decides each).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from summarizer.rules import patterns
from summarizer.rules.blocks import Region, bracket_titles, clause_end, item_opening
from summarizer.rules.units import looks_like_unit, unit_before_a_title
from summarizer.schema import Kind

# `的汇报和关于…`: a further report heard in the same sentence
# (`…的汇报，《C》编制情况的汇报`: the further report is a clause of its own ending in 汇报)
# (`A汇报、B、C等相关情况汇报` is one report listing its subjects: the last closes the list with 等)
_FURTHER_REPORT = re.compile(
    r"(?<=汇报|报告)(?:和|及|以及|、|，|；)(?=[^，。；、《》]{0,30}?关于|(?!原则|同意|通过|会议|并)[^，。；]{2,60}?(?<!该)"
    r"(?<!等)(?<!等相关)(?<!等有关)(?<!等情况)(?<!等相关情况)(?<!等有关情况)的?(?:汇报|报告)(?:[，。；]|$))"
)
_ABOUT = re.compile(r"关于")
# `研究A有关问题、B有关问题、C等有关问题`: matters listed under one verb, each with its own head noun
# (the last too: `…A有关事宜、B有关事宜的情况汇报` is one report).
_FURTHER_QUESTION = re.compile(
    r"(?<=有关问题|有关事宜|有关事项|相关问题|相关事宜)(?:、|和|及|以及)"
    r"(?=[^，。；]*?(?:有关问题|有关事宜|有关事项|相关问题|相关事宜)(?:[，。；]|$))"
)
# `研究了A问题、B问题、C资产组装等议题`: a list that opens with a problem named lists matters, each its own.
_FURTHER_PROBLEM = re.compile(r"(?<=问题)、(?=[^、，。；]{2,40}?(?:、|等议题|[，。；]|$))")
_PROBLEM_LIST = re.compile(r"(?:研究|讨论|协调|解决)了?[^、，。；]{2,40}?(?<!有关)(?<!相关)问题(?=、)")
# `传达了A会议精神，B会议精神，以及C精神`: spirits studied one after another, a comma between, each a
# study of its own (after 、 they stay one list).
_FURTHER_SPIRIT = re.compile(
    r"(?<=精神)[，；](?:以及)?(?=(?!会议|要|并|同时|及|和|与)[^，。；]{2,60}?精神(?:[，。；]|$))"
)
# `学习了A精神并听取关于B的汇报`: a report heard after the matter before it, joined by 并.
_FURTHER_HEARING = re.compile(r"(?<=[^，；、])并(?=听取(?:了)?[^，。；]{2,60}?(?:汇报|报告)(?:[，。；]|$))")
# `原则通过了关于《A》、B事宜、C事宜`, `原则通过了A相关事项和B事宜`: affairs listed after a document or
# another affair, each a matter (not `等事宜`).
_FURTHER_AFFAIR = re.compile(
    r"(?:(?<=》)|(?<=事宜)|(?<=事项))(?:、|和|及)(?=[^、，。；《》等]{2,40}?(?:事宜|事项)等?(?:[、，。；]|$))"
    # (`审议了《A》、X命名事项、《B》…及有关人事任免等议题`: documents after an affair, and appointments, each a
    # matter too)
    r"|(?:(?<=事宜)|(?<=事项))、(?=《)|(?<=》)(?:、|和|及|以及)(?=(?:有关|相关)?人事任免)"
)
# `研究了A管理办法、B管理办法`: documents named without 《》 and listed, each a matter.
_FURTHER_BARE_DOCUMENT = re.compile(
    rf"(?<=(?:{patterns.DOCUMENT_NOUNS}))、(?=[^，。；、《》]{{2,60}}?{patterns.DOCUMENT_END}等?(?:[，。；]|$))"
)
_CLAUSE_MARK = re.compile("[，,；;。]")
_TITLE_AFTER_TITLE = re.compile("(?<=》)、(?=《)")
# A periodical named in 《》 before what appeared in it (`《求是》杂志发表的…文章《A》`): no document studied.
_PUBLICATION = re.compile(r"(?:杂志|期刊|日报|报)?(?:发表|刊发|刊登|刊载)|杂志|期刊")
# `会议分别听取X关于A、Y关于B的汇报`: each unit's report, after 分别, a hearing of its own.
_REPORT_ENDS = ("汇报", "报告")
_FURTHER_REPORTER = re.compile(r"(?:、|和|及|以及)(?=[^、，。；《》]{2,20}?关于)")
# `听取了关于A、关于B和关于C的情况汇报` (or `关于A，关于B，…的汇报`): each 关于 under one hearing verb opens a
# report of its own.
_FURTHER_ABOUT = re.compile(r"(?<=[^，。；、])(?:，以及|、|，|和|及|以及)(?=关于)")
# Verbs that review or study documents: a list of titles after one of them is a list of items.
_LISTS_DOCUMENTS = re.compile(r"审议|审定|讨论|研究|通过|同意|学习|传达")
# What follows a unit that brought a document (`X送审的《A》`).
_BROUGHT = re.compile(r"(?:共同|联合)?(?:送审|提交|提出|报送|起草|提请审议|提请|制定|编制|拟定)的$")
_SEPARATORS = "，、；和及以并"
# `《A》（修改稿）、《B》`: the note after a title is the title's, not a matter between the two (a
# doubled `》》` tolerated)
_TITLE_NOTE = re.compile(r"》?[（(][^（）()，。]{1,12}[）)]")
# A document number's note between studied titles (`《A》(赣纪字〔2018〕5号)、《B》`), longer than a version note.
_TITLE_NOTES = re.compile(r"[（(][^（）()，。]{1,20}[）)]")
# A document named without 《》 in a list of titles (`、关于…的请示`).
_BARE_ITEM = re.compile(r"(?<=[，、；和及])关于[^、，。；《》]{2,40}?的(?:请示|报告|汇报|方案|意见|函)")
# A list of matters closed by `等工作` / `等事项` (or a bare `等。`): its verbs may come without 了.
# `听取了A汇报；B汇报；C汇报`: further objects of the same verb after a semicolon (a verb after it is
# `NEXT_MATTER`'s; a decision or a request after it is no matter).
_SEMICOLON_OBJECT = re.compile(r"(?<=；)(?!会议|原则|同意|通过|要求|并|由|请|责成|[^，。；]{0,30}?要)")
_LISTED_UNTIL = re.compile(r"等(?:(?:有关|相关)?(?:工作|事项|议题|问题|内容)|(?=[。；]|$))")
_VERBS = "|".join(sorted((verb for verb, _ in patterns.ITEM_VERBS), key=len, reverse=True))
# (`…精神，研究贯彻落实意见` is the same matter; `…精神，听取我区贯彻落实情况的汇报` a report of its own)
_LISTED_VERB = re.compile(
    rf"(?<=[，；、])(?:还)?(?:{_VERBS})(?!了)(?![^，。；]{{0,12}}贯彻(?![^，。；]*(?:汇报|报告)))"
)


@dataclass(frozen=True)
class Piece:
    start: int  # where this matter starts
    heading_end: int | None  # where its heading ends (None: the sentence's last matter, to its clause end)
    proposer: Region | None = None  # the unit that brought its document, when the sentence names one
    decided: bool = False  # the shared verb decides it (`研究并原则通过X《A》，Y《B》`)
    # what the shared verb did with it (`听取了关于A、关于B的汇报`: heard; `学习了《A》和《B》`: studied)
    shared_kind: Kind | None = None


_DECIDED_DOCUMENT = re.compile(r"(?<=[，；])(?:会议)?(?:还)?原则(?:通过|同意)了?(?=《(?P<title>[^》\n]+)》)")
# After a semicolon also with who brought it (`…；原则同意市财政局提出的《B》，由…`).
_DECIDED_BROUGHT = re.compile(
    r"(?<=；)(?:会议)?(?:还)?原则(?:通过|同意)了?"
    r"(?=[^，。；《》\n]{2,30}?(?:提出|提交|送审|报送|起草|编制|制定|拟定)的《(?P<title>[^》\n]+)》)"
)
# `…；同意市交通运输局关于X的请示，由…`: a request decided after a semicolon, a matter of its own.
_DECIDED_REQUEST = re.compile(
    r"(?<=；)(?:会议)?(?:还)?(?:原则)?同意(?=[^，。；《》\n]{2,40}?关于[^，。；\n]+?的(?:请示|报告))"
)


def _further_decided(text: str, start: int, end: int) -> list[int]:
    """`…的汇报，原则通过了《B》`, `…；原则同意X提出的《B》`: a clause deciding a document the sentence has not
    named yet (not `审议了《A》，原则通过了《A》`, the same matter's decision), or a request after a semicolon."""
    decided = [*_DECIDED_DOCUMENT.finditer(text, start, end), *_DECIDED_BROUGHT.finditer(text, start, end)]
    return [m.start() for m in decided if f"《{m.group('title')}》" not in text[start : m.start()]] + [
        m.start() for m in _DECIDED_REQUEST.finditer(text, start, end)
    ]


_LEAD_IN_WORDS = re.compile(rf"^(?:会[前上]，?)?(?:会议|与会人员)?(?:还|同时|{patterns.AGENDA_ADVERB.pattern})*")


def _repeated_verb(text: str, lead_in: str, start: int, end: int) -> list[int]:
    """Where a clause repeats the lead-in's verb without 了 (`，书面传达B`), not a remark on the
    matter (`，审议认为…`)."""
    verb = _LEAD_IN_WORDS.sub("", lead_in).removesuffix("了")
    if len(verb) < 2:
        return []
    again = re.compile(rf"(?<=[，；]){re.escape(verb)}(?!认为|指出|强调|后|时|中|[，。；、])")
    return [m.start() for m in again.finditer(text, start, end)]


def split_matters(text: str, start: int, end: int, listed: bool = False) -> list[Piece]:
    """The matters of the sentence [start, end), in order; the first starts at `start`.

    `listed`: the sentence is an agenda (the opening's `…会议，传达学习A，听取B`), whose verbs
    come without 了 even when no `等工作` closes it."""
    nexts = list(patterns.NEXT_MATTER.finditer(text, start, end))
    starts = [m.start() for m in nexts if not _deploys_the_same(text, start, m)]
    starts += _further_decided(text, start, end)
    starts += [m.end() for m in _FURTHER_REPORT.finditer(text, start, end)]
    starts += [m.end() for m in _FURTHER_QUESTION.finditer(text, start, end)]
    for listing in _PROBLEM_LIST.finditer(text, start, end):
        clause_stop = next((m.start() for m in _CLAUSE_MARK.finditer(text, listing.end(), end)), end)
        starts += [m.end() for m in _FURTHER_PROBLEM.finditer(text, listing.end() - 2, clause_stop)]
    starts += [m.end() for m in _FURTHER_SPIRIT.finditer(text, start, end)]
    starts += [m.end() for m in _FURTHER_HEARING.finditer(text, start, end)]
    # (the verb's own list, not one inside what it says of a document: `…《A》，内容包括X办法、Y办法`)
    listed_documents = _FURTHER_BARE_DOCUMENT.finditer(text, start, end)
    starts += [m.end() for m in listed_documents if not _CLAUSE_MARK.search(text, start, m.start())]
    affairs = {m.end() for m in _FURTHER_AFFAIR.finditer(text, start, end)}
    if any(text.startswith("《", at) for at in affairs):  # titles after an affair: each its own matter too
        first = min(at for at in affairs if text.startswith("《", at))
        affairs |= {m.end() for m in _TITLE_AFTER_TITLE.finditer(text, first, end)}
    starts += affairs
    opening = item_opening(text, start)
    if opening:
        # (not in the meeting's remark on the matter: `…的汇报，强调要…；加强消防队伍建设，…`)
        remark = patterns.REMARK_ON_ITS_MATTER.search(text, start, end)
        starts += [m.start() for m in _SEMICOLON_OBJECT.finditer(text, start, remark.start() if remark else end)]
    heard = _hears_about(text, opening, end)
    if heard:
        starts += [m.end() for m in _FURTHER_ABOUT.finditer(text, start, end)]
    else:  # `…，传达学习A，听取了关于B，关于C的汇报`: a later hearing verb that names its reports by 关于
        for later in nexts:
            if _hears_about(text, later, end):
                following = min((s for s in starts if s > later.start()), default=end)
                abouts = [m.end() for m in _FURTHER_ABOUT.finditer(text, later.end(), following)]
                starts += abouts
                heard = heard or bool(abouts)
    first_reporter = None
    if not heard and opening is not None and "听取" in opening.group():
        # `分别听取了A关于X、B关于Y的汇报`, also without 分别 when each report names its unit
        one_by_one = "分别" in opening.group() or "先后" in opening.group()  # (`先后听取了A关于X和B关于Y两个汇报`)
        tail = patterns.VERB_TAIL.match(text, opening.end(), end)  # (`听取并原则同意X关于…`: after the verbs)
        heard_from = tail.end() if tail else opening.end()
        further = _further_reporters(text, heard_from, end, each_said=not one_by_one)
        if one_by_one or (further and _unit_reporting(text, heard_from, end)):
            heard = True
            starts += further
            first_reporter = _reporter(text, heard_from, end)
    # `会上，听取了A…`: the verb after the sentence's own lead-in opens no further matter.
    lead_in = patterns.ITEM_SENTENCE.match(text, start)
    # `会议书面传达了A，书面传达B，听取C汇报`: the verb said again opens each, and makes the sentence a list
    repeated = _repeated_verb(text, lead_in.group(), lead_in.end(), end) if lead_in is not None else []
    starts += repeated
    verbs = list(nexts)  # the verbs opening clauses, for what each matter was done with
    if listed or repeated or _LISTED_UNTIL.search(text, start, end):
        verbs += [*_LISTED_VERB.finditer(text, start, end), *patterns.LISTED_EXAMINED.finditer(text, start, end)]
        starts += [m.start() for m in verbs[len(nexts) :]]
    verbs.sort(key=lambda verb: verb.start())
    # (A zero-width start at `end` itself is none: its lookahead saw nothing past `end`; nor is one inside
    # a quoted name: `以及“深入学习A精神，认真落实B精神”区政府工作交流会精神`.)
    bounds = sorted({start, *(s for s in starts if (lead_in is None or s >= lead_in.end()) and s < end)})
    bounds = [b for b in bounds if b == start or not _quoted(text, start, b)]
    # (`…汇报，以及关于B的汇报`: the matter starts at its 关于, not at the word joining it on)
    bounds = [b + 2 if b != start and text.startswith("以及关于", b) else b for b in bounds]
    purpose = patterns.PURPOSE_CLAUSE.match(text, start, end)
    if purpose:  # `为X，会议原则通过了《A》`: one matter, its heading from the purpose to the decision's end
        bounds = [b for b in bounds if b == start or b > purpose.end()]
    pieces: list[Piece] = []
    for i, piece_start in enumerate(bounds):
        piece_end = bounds[i + 1] if i + 1 < len(bounds) else end
        documents = _documents(text, piece_start, piece_end)
        if documents:
            pieces.extend(documents)
        else:
            reporter = _reporter(text, piece_start, piece_end) if i else first_reporter
            # `讨论并原则通过了关于《A》、B事宜`: the sentence's verb decides the affairs listed too
            decided = piece_start in affairs and patterns.DECISION.search(text, start, min(affairs)) is not None
            pieces.append(Piece(piece_start, None, reporter, decided=decided))
    # Each piece's heading ends where the next one starts (less the separator between them).
    result: list[Piece] = []
    for i, piece in enumerate(pieces):
        stop = None
        if i + 1 < len(pieces):
            stop = pieces[i + 1].start
            while stop > piece.start and text[stop - 1] in _SEPARATORS:
                stop -= 1
            stop = clause_end(text, piece.start, stop)
        proposer = piece.proposer
        if proposer is None and result and text.startswith("关于", piece.start):
            proposer = _shared_reporter(text, result[-1])  # `听取X关于A的汇报、关于B的汇报`: X reports B too
        # `听取关于A的汇报、关于B的汇报，讨论《C》《D》`: heard up to the next verb, not after it
        shared = "hearing" if heard and i > 0 and _heard_under(verbs, start, piece.start) else piece.shared_kind
        if purpose and piece.start == start:
            stop = clause_end(text, purpose.end(), stop or end)
        result.append(Piece(piece.start, stop, proposer, piece.decided, shared))
    return result


def _quoted(text: str, start: int, at: int) -> bool:
    """`at` stands inside “…” opened after `start`."""
    return text.count("“", start, at) > text.count("”", start, at)


def _heard_under(verbs: list[re.Match[str]], start: int, at: int) -> bool:
    """The matter at `at` stands under a hearing verb: the last verb opening a clause at or before it
    hears, or none does (the sentence's own verb heard)."""
    before = [verb for verb in verbs if start < verb.start() <= at]
    return not before or "听取" in before[-1].group()


_DEPLOYED_AGAIN = re.compile(r"(?:安排|研究)?部署了?")


def _deploys_the_same(text: str, start: int, verb: re.Match[str]) -> bool:
    """`听取了全县安全生产工作情况，安排部署了安全生产工作`: work deployed on what the sentence just heard or
    studied is the same matter, not one of its own."""
    deployed = _DEPLOYED_AGAIN.match(text, verb.start() + text.startswith("并", verb.start()))
    if deployed is None:
        return False
    key = text[deployed.end() : deployed.end() + 4]
    clause_start = max(text.rfind(mark, start, verb.start() - 1) for mark in "，；") + 1
    # (not `听取了2019年度安全生产工作汇报，研究部署了2020年安全生产工作`: another year's work is another matter)
    return len(key) == 4 and not key[0].isdigit() and key in text[max(start, clause_start) : verb.start()]


def _hears_about(text: str, opening: re.Match[str] | None, end: int) -> bool:
    """The sentence hears reports each named by 关于 (`听取了关于A、关于B`)."""
    if opening is None or "听取" not in opening.group():
        return False
    tail = patterns.VERB_TAIL.match(text, opening.end(), end)
    return text.startswith("关于", tail.end() if tail else opening.end())


def _shared_reporter(text: str, previous: Piece) -> Region | None:
    if previous.proposer is not None or previous.heading_end is None:
        return previous.proposer
    heard = patterns.HEARING_REPORTER.match(text, previous.start, previous.heading_end)
    return Region(*heard.span("u")) if heard else None


def _further_reporters(text: str, start: int, end: int, each_said: bool = False) -> list[int]:
    """`分别听取了A关于X、B关于Y的汇报`: where each further unit's report starts; only after the one before
    has said what it reported on (the 和 of `县农牧水利和科技局关于X` is inside a unit's name), and only a unit's
    name before its 关于 (not `…财政收支及预算执行情况的汇报和市统计局关于`). `each_said`: without 分别, a report
    joined by 和 or 及 is named in full before it (`听取了A关于X的汇报和B关于Y的汇报`)."""
    found, previous = [], start
    for match in _FURTHER_REPORTER.finditer(text, start, end):
        unit = text[match.end() : text.find("关于", match.end(), end)]
        # (without 分别, a 和 or 及 may join two words of a unit's name: `县自然资源和规划局关于`)
        said = not each_said or text[match.start()] == "、" or text.endswith(_REPORT_ENDS, start, match.start())
        if "关于" in text[previous : match.start()] and said and looks_like_unit(unit) and "汇报" not in unit:
            found.append(match.end())
            previous = match.end()
    return found


def _unit_reporting(text: str, start: int, end: int) -> bool:
    """A unit's name opens the report at `start` (`市财政局关于…`; not `预算执行情况的汇报、…`)."""
    reporter = _reporter(text, start, end)
    return reporter is not None and looks_like_unit(text[reporter.start : reporter.end])


def _reporter(text: str, start: int, end: int) -> Region | None:
    """`区卫健委关于…的汇报` after `和`: the unit reporting this matter (not `省委省政府关于…会议精神`,
    whose spirit is studied)."""
    about = _ABOUT.search(text, start, end)
    if about is None or about.start() - start < 2 or item_opening(text, start):
        return None
    if decided := patterns.OPENS_WITH_DECISION.match(text, start, about.start()):
        start = decided.end()  # `；同意市交通运输局关于X的请示`: the unit that asked, after the decision
    if _CLAUSE_MARK.search(text, start, about.start()) or "精神" in text[start : about.start()]:
        return None  # a unit holds no clause, no spirit: `A精神，B讲话精神、C全会、D负责同志关于…` was studied
    if text[start:end].rstrip("。，；").endswith("精神"):
        return None
    return Region(start, about.start())


def _bare_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The requests or opinions a reviewing verb lists without 《》 (`审议了关于A的意见、关于B的意见`), when
    the sentence's object is nothing but them."""
    verb = next(iter(_LISTS_DOCUMENTS.finditer(text, start, end)), None)
    if verb is None:
        return []
    at = verb.end() + text.startswith("了", verb.end())
    found: list[tuple[int, int]] = []
    while (item := patterns.BARE_REQUEST.match(text, at, end)) is not None:
        found.append(item.span())
        at = item.end()
        if at < end and text[at] in "、和及":
            at += 1
    return found if len(found) >= 2 and at >= end else []


def _studies_titles_only(text: str, verb_end: int, titles: list[tuple[int, int]], end: int) -> bool:
    """The study verb lists documents and nothing else (`学习了《A》和《B》`, `传达学习了省纪委《A》、《B》`):
    no spirit or remarks before them (`…重要讲话精神、《A》`), between them or after them (`《A》《B》精神`,
    `《A》《B》和X会议精神`)."""
    before = text[verb_end : titles[0][0]].removeprefix("了")
    if len(before) > 12 or "精神" in before or "精神" in text[titles[-1][1] : clause_end(text, titles[-1][1], end)]:
        return False
    gaps = (_TITLE_NOTES.sub("", text[a:b]) for (_, a), (b, _) in itertools.pairwise(titles))
    return all(len(gap) <= 8 and "精神" not in gap for gap in gaps)  # (a document number's note aside)


def _one_report_on(text: str, after_titles: int, end: int) -> bool:
    """The titles are the work one report heard was on (`听取并研究了《A》《B》《C》等工作的汇报`): 等
    gathers them and the clause ends with the report. (`听取并审议了X关于《A》《B》的汇报` reviews each.)"""
    tail = text[after_titles : clause_end(text, after_titles, end)]
    return tail.startswith("等") and tail.endswith("汇报")


def _documents(text: str, start: int, end: int) -> list[Piece]:
    """One piece per document when [start, end) reviews several (`审议了X送审的《A》《B》，Y《C》`)."""
    remark = patterns.REMARK_CLAUSE.search(text, start, end)
    end = remark.start() if remark else end  # `…，会议指出，要贯彻落实《B》`: quoted, not reviewed
    # with their brackets (a title whose 》 was left out ends where the next one's 《 opens); a short
    # name for a title named before (`《北京市…条例》，X从《条例》的立法背景…`) is no document of its own
    earlier: list[str] = []
    titles = []
    for a, b in bracket_titles(text, start, end):
        published_in = _PUBLICATION.match(text, b + 1)  # `《求是》杂志发表的…文章《A》`: where A appeared
        if not any(title.endswith(text[a:b]) for title in earlier) and not published_in:
            titles.append((a - 1, b + (text[b : b + 1] == "》")))
        earlier.append(text[a:b])
    if titles:
        bare = [m.span() for m in _BARE_ITEM.finditer(text, titles[0][1], end)]
        titles = sorted(titles + [b for b in bare if not any(a <= b[0] < z for a, z in titles)])
    else:  # `审议了关于A的意见、关于B的意见`: documents named without 《》, one after the other
        titles = _bare_list(text, start, end)
    # The last review verb before the first title (`研究并原则通过X《A》`: 通过, not 研究).
    verbs = list(_LISTS_DOCUMENTS.finditer(text, start, titles[0][0])) if titles else []
    verb = verbs[-1] if verbs else None
    if len(titles) < 2 or verb is None or _one_report_on(text, titles[-1][1], end):
        return []
    studied = verb.group() in ("学习", "传达")
    if studied and not _studies_titles_only(text, verb.end(), titles, end):
        return []  # `传达学习了X讲话精神、《A》、《B》`: the spirits and documents studied are one matter
    # what the verb did with each document (`审议了X关于《A》《B》《C》的汇报`: each reviewed, the last too)
    kind: Kind = "study" if studied else "review"
    # A decision before the titles (`原则通过《A》，《B》`) or after them (`审议了《A》《B》，原则同意`) decides each.
    decided = patterns.DECISION.search(text, start, titles[0][0]) is not None
    decided = decided or patterns.DECISION.search(text, titles[-1][1], end) is not None
    pieces: list[Piece] = []
    proposer: Region | None = None
    previous_end = verb.end()
    for i, (open_at, close_at) in enumerate(titles):
        note = _TITLE_NOTE.match(text, previous_end, open_at) if i else None
        phrase_start = note.end() if note else previous_end
        while phrase_start < open_at and text[phrase_start] in _SEPARATORS + "了":
            phrase_start += 1
        if phrase_start < open_at:  # words before the title: its unit (`县财政局送审的`)
            brought = _BROUGHT.search(text, phrase_start, open_at)
            unit_end = open_at - len(brought.group()) if brought else open_at
            if brought is None and text.endswith("关于", phrase_start, open_at):
                unit_end -= 2  # `听取了县发改局关于《A》《B》的汇报`: the unit reports on each
            # without a verb that brings it (`县住建局《D》`), only a unit's name is a unit (not the place
            # a document is for: `审议官渡区《城乡绿化美化规划》`)
            named = brought is not None or unit_before_a_title(text[phrase_start:unit_end])
            if unit_end - phrase_start >= 2 and named and not patterns.ITEM_SENTENCE.match(text, phrase_start):
                # (a studied document's issuer, `传达学习了省纪委《A》`, carries nothing after the meeting)
                proposer = None if studied else Region(phrase_start, unit_end)
            elif i and not named and open_at - phrase_start >= 3 and text[open_at - 1] == "、":
                # `《A》、2026年民生实事候选项目、《C》`: a matter named without brackets between the titles
                pieces.append(Piece(phrase_start, None, None, decided, "study" if studied else None))
                phrase_start = open_at
        pieces.append(Piece(start if i == 0 else phrase_start, None, proposer, decided, kind))
        previous_end = close_at
    return pieces
