"""Document-level fields from the header, the opening paragraph and the trailer."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from summarizer.rules import patterns
from summarizer.rules.blocks import append, blank_titles, bracket_titles, paragraph_end
from summarizer.rules.segment import Region, Sections, chinese_number
from summarizer.rules.units import (
    LONG_SUFFIXES,
    looks_like_any_name,
    looks_like_name,
    looks_like_unit,
    split_unit_and_name,
)
from summarizer.schema import Meeting, Minutes, ObserverGroup, Span, SpanValue
from summarizer.text import NormalizedText


def parse_date(match: re.Match[str], default_year: int | None = None) -> dt.date | None:
    """A date match's day; `二〇二五年四月十八日` reads as 2025-04-18."""
    year_text = match.group("y")
    year = int("".join(str(chinese_number(ch)) for ch in year_text)) if year_text else default_year
    month, day = chinese_number(match.group("m")), chinese_number(match.group("d"))
    try:
        return dt.date(year or 0, month or 0, day or 0)
    except ValueError:
        return None


def split_list(norm: NormalizedText, start: int, end: int, separators: str) -> list[tuple[str, Span]]:
    return [(norm.text[a:b], norm.span(a, b)) for a, b in split_positions(norm, start, end, separators)]


# In a list, a tab or a space of the original separates entries too (a table cell, `覃志远　韦丽娟`,
# `龙光耀 吴明杰`), and so does a line break before an indented line (one entry per printed line
# in a wrapped text); normalization removed them, the offset map still shows where they were.
_LIST_GAP = re.compile("[\t\u3000]| {2,}|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])|\n[ \u3000]{2,}")


def split_positions(norm: NormalizedText, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """The trimmed, non-empty pieces of [start, end) between separators, as positions. A separator
    inside brackets splits nothing (`各县（市、区）人民政府`, `市政府办公室（杜海峰、蒋红）`)."""
    text = norm.text
    cuts = [(start + m.start(), start + m.end()) for m in re.finditer(f"[{re.escape(separators)}]", text[start:end])]
    cuts += [(after, after) for after in norm.removed(_LIST_GAP, start, end)]
    if "（" in text[start:end] or "(" in text[start:end]:
        inside = [m.span() for m in patterns.BRACKETED.finditer(text, start, end)]
        cuts = [cut for cut in cuts if not any(a < cut[0] < b for a, b in inside)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for cut_start, cut_end in [*sorted(cuts), (end, end)]:
        a, b = norm.trim(piece_start, cut_start)
        if b > a:
            pieces.append((a, b))
        piece_start = cut_end
    return _padded_names_joined(text, pieces)


def _padded_names_joined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`贾　鸣`: a two-character name padded to three with a space, not two one-character entries."""
    joined: list[tuple[int, int]] = []
    for a, b in pieces:
        previous = joined[-1] if joined else None
        padded = (
            previous is not None and b - a == 1 and previous[1] - previous[0] == 1
            and _HAN.fullmatch(text[previous[0]] + text[a]) is not None
            and not text[previous[1] : a].strip(" \u3000")
        )
        if padded and previous is not None:
            joined[-1] = (previous[0], b)
        else:
            joined.append((a, b))
    return joined



def _set(obj: Meeting | Minutes | ObserverGroup, name: str, value: object, span: Span) -> None:
    setattr(obj, name, value)
    obj.spans[name] = span


def _in_title(text: str, at: int) -> bool:
    """`at` is inside a 《title》 that opens on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.rfind("《", line_start, at) > text.rfind("》", line_start, at)


def _of_level(government: str, level: str | None) -> bool:
    """`鄂州市政府` (or the place alone, `鄂州市`) is of the level 市; any is when the level that met is unknown."""
    return level is None or _government(government).removesuffix("人民政府").endswith(level)


def _government(name: str) -> str:
    """The government's full name: `新城区政府` and `新城区` are `新城区人民政府`, `X地区行署` is `X地区行政公署`
    (composed; the span stays on the words the page wrote)."""
    if name.endswith("行署"):
        return name.removesuffix("行署") + "行政公署"
    return name.removesuffix("人民政府").removesuffix("政府") + "人民政府"


def _issuer_in_text(norm: NormalizedText, sections: Sections, minutes: Minutes, search_end: int) -> None:
    """The government of a news report, from its headline or meeting sentence (`海城市召开…`,
    `龙湖区委副书记、区长…`, `主持召开上街区人民政府…会议`), of the level that met (`县政府常务会议`).
    A place alone gives `<place>人民政府` (the value is composed, its span is the place)."""
    text = norm.text
    level = _level_that_met(text, sections)
    found = [
        m for m in patterns.ISSUER_IN_TEXT.finditer(text, 0, min(search_end, 400))
        if not patterns.PLACELESS_GOVERNMENT.fullmatch(m.group("gov")) and not _names_no_place(m.group("gov"))
        and not patterns.CATALOG_TITLE_LABEL.match(m.group("gov"))  # `信息名称 区第十七届人民政府…`
    ]
    for named in found:
        gov = named.group("gov")
        if not _of_level(gov, level) or _deputy_elsewhere(text, named, found):
            continue
        place = gov.removesuffix("人民政府").removesuffix("政府")
        start, end = named.span("gov")
        if prefecture := patterns.PREFECTURE_BEFORE_COUNTY.match(place):
            start += prefecture.end()  # `攀枝花市盐边县人民政府网站`: the county's own name is `盐边县人民政府`
        value, span = norm.value(start, end)
        _set(minutes, "issuer", _government(value), span)  # `新城区政府召开…`
        return
    headline = patterns.HEADLINE_PLACE.search(text, 0, min(search_end, 400))
    # (`祁东：县政府召开…` names 祁东 again below; a column's label, `媒体解读：区政府…`, is named once)
    if (
        headline
        and (level is None or headline.group("level") == level)
        and not patterns.CATALOG_TITLE_LABEL.match(headline.group("place"))
        and text.count(headline.group("place")) >= 2
    ):
        place, span = norm.value(*headline.span("place"))
        level = headline.group("level")
        _set(minutes, "issuer", place.removesuffix(level) + level + "人民政府", span)
        return
    _issuer_of_the_page(norm, minutes, level, search_end)


def _deputy_elsewhere(text: str, named: re.Match[str], found: list[re.Match[str]]) -> bool:
    """`金华市副市长、义乌市市长温建飞主持召开市政府…`: a deputy's post in another government, when the same
    sentence names the head's (the chair's own government is the one nearest the name)."""
    def deputy(match: re.Match[str]) -> bool:
        return text.startswith(("副", "常务副"), match.end("gov"))

    return deputy(named) and any(
        other.start() > named.end() and "。" not in text[named.end() : other.start()] and not deputy(other)
        for other in found
    )


def _level_that_met(text: str, sections: Sections) -> str | None:
    """`县政府常务会议`, `区长某主持` → the level of the government that met."""
    opening = sections.opening
    level_match = opening and (
        patterns.GOVERNMENT_LEVEL.search(text, opening.start, opening.end)
        or patterns.HEAD_LEVEL.search(text, opening.start, opening.end)
    )
    return level_match.group("level") if level_match else None


def _issuer_of_the_outlet(norm: NormalizedText, sections: Sections, minutes: Minutes, search_end: int) -> None:
    """The last resort: the place an outlet is named for (`来源:柳州日报`, `走进伊春`), the one the page
    names most and again elsewhere, at the level that met (`市政府常务会议` → 柳州市人民政府)."""
    level = _level_that_met(norm.text, sections)
    if level is None:
        return
    text, found = norm.text, []
    for match in patterns.MEDIA_OUTLET.finditer(text, 0, max(search_end, _OUTLET_SEARCH_CHARS)):
        group = "after" if match.group("after") else "before"
        if not match.group(group).startswith(patterns.OUTLET_NOT_PLACES):
            found.append(match.span(group))
    counts = Counter(text[a:b] for a, b in found)
    named = [(a, b) for a, b in found if counts[text[a:b]] == max(counts.values()) and text.count(text[a:b]) >= 2]
    if named:
        value, span = norm.value(*named[0])
        _set(minutes, "issuer", value + level + "人民政府", span)


_OUTLET_SEARCH_CHARS = 3000


def _issuer_of_the_page(norm: NormalizedText, minutes: Minutes, level: str | None, search_end: int) -> None:
    """No sentence names the government: the portal's owner, the place's media outlet, or the place
    the reviewed documents are named for, each of the level that met."""
    text = norm.text
    owner = patterns.SITE_OWNER.search(text)
    if owner and _of_level(owner.group("gov"), level):
        value, span = norm.value(*owner.span("gov"))
        _set(minutes, "issuer", _government(value), span)  # `发布机构：鄂州市政府`
        return
    media = patterns.MEDIA_PLACE.search(text, 0, min(search_end, 400)) or patterns.SOURCE_LABEL.search(text)
    if media and _of_level(media.group("place"), level):
        place, span = norm.value(*media.span("place"))
        _set(minutes, "issuer", place + "人民政府", span)
        return
    if level is None:
        return  # a document title's place is only trusted at the level that met
    named = [
        where for start, end in bracket_titles(text, 0, len(text))
        if (where := _title_place(text, start, end)) is not None and _of_level(text[where[0] : where[1]], level)
    ]
    if named:  # the place most titles are named for; its first title holds the span
        most = Counter(text[a:b] for a, b in named).most_common(1)[0][0]
        first = next((a, b) for a, b in named if text[a:b] == most)
        value, span = norm.value(*first)
        _set(minutes, "issuer", value + "人民政府", span)


def _title_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) of the place a title is named for (`《宁波市奉化区…》` → 宁波市奉化区; `《宁波市城区…》` →
    宁波市: a county part that names no place leaves the city)."""
    found = patterns.TITLE_PLACE.match(text, start, end)
    if found is None:
        return None
    place_start, place_end = found.span("place")
    county = found.group("county")
    if county is not None and (county in patterns.NOT_PLACE_WORDS or county.endswith(patterns.NOT_PLACES)):
        place_end -= len(county)
    place = text[place_start:place_end]
    if place.endswith(patterns.NOT_PLACES) or place in patterns.NOT_PLACE_WORDS or _names_no_place(place):
        return None
    if prefecture := patterns.PREFECTURE_BEFORE_COUNTY.match(place):
        place_start += prefecture.end()  # `《浙江省苍南县…》` is named for 苍南县
    return place_start, place_end


_GLUED_CHROME = re.compile(r"[A-Za-z>!！|\uff5c]|欢迎|首页")


def _names_no_place(words: str) -> bool:
    """Words no place's name holds (`赵贵波主持召开县`, `代理市`, `会议图解县`)."""
    return any(word in words for word in patterns.PLACE_NEVER_HAS)


_TERM_THEN_GOVERNMENT = re.compile(rf"第?[{patterns.CN_NUM}\d]+届(?:人民)?政府")
_LEVELS = ("市", "县", "区", "旗", "州", "盟")  # what a place's name ends in


def fill_header(norm: NormalizedText, sections: Sections, minutes: Minutes) -> None:
    text, header = norm.text, sections.header
    # (not a 纪要 inside a title the text cites: `传达了《甘肃省人民政府省长办公会议纪要<…>》精神`)
    types = patterns.DOC_TYPE.finditer(text, header.start, header.end or len(text))
    doc_type = next((m for m in types if not _in_title(text, m.start())), None)
    if doc_type and doc_type.start() < max(header.end, 200):
        minutes.doc_type = doc_type.group("type")
        minutes.spans["doc_type"] = norm.span(*doc_type.span())
        line_start = text.rfind("\n", 0, doc_type.start()) + 1
        if line_start > 0 and not text[line_start : doc_type.start()].strip():
            line_start = text.rfind("\n", 0, line_start - 1) + 1  # the issuer on the line above
        label = patterns.FIELD_LABEL.match(text, line_start, doc_type.start())  # `信息名称：…` of a disclosure grid
        numbered = label is not None and patterns.CATALOG_NUMBER_LABEL.search(text, label.start(), label.end())
        line_start = label.end() if label else line_start
        prefix = text[line_start : doc_type.start()]
        # Up to the term, the session or the year of the session (`钟楼区政府2022年度第1次…`).
        session = re.search(rf"第?[{patterns.CN_NUM}\d]+届|第[{patterns.CN_NUM}\d]+次|\d{{4}}年", prefix)
        issuer_end = line_start + (session.start() if session else len(prefix))
        issuer, span = norm.value(line_start, issuer_end)
        if issuer.endswith("政府办公室"):  # `X市人民政府办公室` over `专题会议纪要`: it issues for the government
            issuer, span = norm.value(line_start, norm.trim(line_start, issuer_end)[1] - len("办公室"))
        # `市政府` names no one; `长府会议纪要〔2023〕39号` is a document number's abbreviation; a page's
        # chrome glued to the title line (`网站支持IPv6…欢迎您!首页>…>会议报告X人民政府`) is no name.
        chrome = _GLUED_CHROME.search(issuer) is not None
        joined_meeting = "会议" in issuer  # `党组会议暨常务会议纪要`: another meeting's name (the government is above)
        if session and _TERM_THEN_GOVERNMENT.match(prefix, session.start()) and issuer.endswith(_LEVELS):
            issuer += "人民政府"  # `港北区五届人民政府第十四次常务会议纪要`: the place, its term, its government
        named = len(issuer) >= 2 and not numbered and not chrome and not joined_meeting
        if named and not patterns.PLACELESS_GOVERNMENT.fullmatch(issuer):
            _set(minutes, "issuer", _government(issuer) if issuer.endswith(("政府", "行署")) else issuer, span)
    search_end = header.end if header.end else min(len(text), 200)
    if not (minutes.issuer or "").endswith("政府"):
        # `云溪市十一届政府第106次…` names the place only; a line above may name the government.
        line = patterns.GOVERNMENT_LINE.search(text, header.start, search_end)
        # (a portal's name over another government's meeting is not its issuer: `昌吉市人民政府` over a 州长's)
        at_level = line is not None and _of_level(line.group("gov"), _level_that_met(text, sections))
        if line and at_level and line.group("gov").startswith(minutes.issuer or ""):
            _set(minutes, "issuer", _government(line.group("gov")), norm.span(*line.span("gov")))
    if minutes.issuer is None:  # a report names its government only in the headline or the text
        _issuer_in_text(norm, sections, minutes, max(sections.opening.end if sections.opening else 0, search_end))
    numbers = patterns.DOC_NUMBER.finditer(text, header.start, search_end)
    number = next((n for n in numbers if not _in_a_sentence(text, n) and not _registered_on_receipt(text, n)), None)
    if number:
        written = number.group("n1") or number.group("n2")
        _set(minutes, "number", chinese_number(written), norm.span(*number.span()))  # (`第十一期` too)
        minutes.number_text = number.group()
    issued = patterns.ISSUED_BY.search(text, header.start, search_end) or _closing_office_line(text, sections)
    if issued:
        _set(minutes, "issued_by", issued.group("office"), norm.span(*issued.span("office")))
        date = patterns.DATE.match(text, issued.end()) or patterns.PAGE_METADATA.match(text, issued.end())
        if date and (day := parse_date(date)):
            _set(minutes, "issued_on", day, norm.span(*date.span()))
    if minutes.issuer is None:
        # The grid of the page is not the document's header: it gives the government, nothing else.
        _issuer_of_the_office(norm, issued or patterns.CATALOG_OFFICE.search(text, 0, search_end), minutes)
    if minutes.issuer is None:
        _issuer_of_the_outlet(norm, sections, minutes, search_end)


def _registered_on_receipt(text: str, number: re.Match[str]) -> bool:
    """`收文登记号：X收〔2022〕1086号`: the receiving office's register number, not the document's."""
    line_start = text.rfind("\n", 0, number.start()) + 1
    return patterns.RECEIPT_LABEL.match(text, line_start, number.start()) is not None


def _in_a_sentence(text: str, number: re.Match[str]) -> bool:
    """`…新一批(第五期)申购办法`: a batch named in brackets inside a sentence, not the document's number."""
    before, after = text[max(0, number.start() - 2) : number.start()], text[number.end() : number.end() + 2]
    bracketed = len(before) == len(after) == 2 and before[1] in "（(" and after[0] in "）)"
    return bracketed and _HAN.fullmatch(before[0] + after[1]) is not None


_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def _issuer_of_the_office(norm: NormalizedText, office: re.Match[str] | None, minutes: Minutes) -> None:
    """`上海市长宁区人民政府办公室` issues the minutes of `上海市长宁区人民政府` (the office of the header,
    or of the portal's disclosure grid above the text: `发文机构：…`, also short: `高台县政府办`)."""
    if office is None:
        return
    start, end = office.span("office")
    government = norm.text[start:end].removesuffix("办公室").removesuffix("办")
    if not government.endswith("政府") or patterns.PLACELESS_GOVERNMENT.fullmatch(government):
        return
    _set(minutes, "issuer", _government(government), norm.span(start, start + len(government)))


def _closing_office_line(text: str, sections: Sections) -> re.Match[str] | None:
    """The office's `…办公室　2025年3月4日印发` line closing the document instead of heading it."""
    footer = max(len(text) - 300, sections.trailer.start if sections.trailer else 0)
    for match in patterns.ISSUED_BY.finditer(text, footer):
        date = patterns.DATE.match(text, match.end())
        if date and text.startswith("印发", date.end()):
            return match
    return None


def _chair_paragraph(text: str, after: int) -> re.Match[str] | None:
    """Who chaired, said by the paragraph after `after` when it says nothing else."""
    start = after
    while start < len(text) and text[start] in " \u3000\n":
        start += 1
    end = paragraph_end(text, start, len(text))
    if not patterns.CHAIR_SENTENCE.fullmatch(text, start, end):
        return None
    return patterns.CHAIRED_BY.search(text, start - 1, end)


def _chair(norm: NormalizedText, start: int, end: int, meeting: Meeting) -> None:
    who = norm.text[start:end]
    # `县长唐某在县政府第一会议室主持召开`, `县长张某通过视频连线方式主持召开`: the words after the name
    if venue := _AFTER_THE_NAME.search(who, 1):
        end = start + venue.start()
        who = who[: venue.start()]
    # The post nearest the name first (`金华市副市长、义乌市市长温建飞`: 市长, not 副市长), the longer of two
    # ending together (`常务副市长`, not `副市长`).
    found = [t for t in patterns.CHAIR_TITLES if t in who]
    for title in sorted(found, key=lambda t: (who.rindex(t) + len(t), len(t)), reverse=True):
        at = start + who.rindex(title)
        # Title first (`区长王某`, `区委副书记、区长韩某`: the whole run of posts is the title) ...
        name = norm.trim(at + len(title), end - (2 if who.endswith("同志") else 0), " 由，、")  # `区长王某同志`
        posts = norm.trim(start, at + len(title), " 由，、")
        if not _chair_name(norm.text[slice(*name)], after_title=True):
            # ... or the name first (`王某常务副市长`, `区政府董某区长`: after the government's name).
            name, posts = norm.trim(start, at, " 由，、"), (at, at + len(title))
            if government := _GOVERNMENT_FIRST.match(norm.text, *name):
                name = (government.end(), name[1])
        if _chair_name(norm.text[slice(*name)], after_title=name[0] >= at + len(title)):
            place = patterns.PLACE_BEFORE_PARTY_POST.match(norm.text[slice(*posts)])
            # (not a place that tells one government's post from another's: `金华市副市长、义乌市市长`)
            if place and not _ANOTHER_PLACE_S_POST.search(norm.text, posts[0] + place.end(), posts[1]):
                posts = (posts[0] + place.end(), posts[1])
            _set(meeting, "chair", norm.text[slice(*name)], norm.span(*name))
            _set(meeting, "chair_title", norm.text[slice(*posts)], norm.span(*posts))
            return
    if who.endswith("同志") and _chair_name(who[:-2]):  # `王某同志在…主持召开`: a name, no post
        name = norm.trim(start, end - 2, " 由，、")
        _set(meeting, "chair", norm.text[slice(*name)], norm.span(*name))
    elif looks_like_name(who) and not looks_like_unit(who):  # `杨茂荣主持召开…`: a name alone (not `区政府`)
        _set(meeting, "chair", who, norm.span(start, end))


def _meeting_fields(norm: NormalizedText, region: Region, sections: Sections, minutes: Minutes) -> None:
    """`会议名称：区政府第二十一次常务会议` / `会议时间：2025年3月4日上午` / `主持人：区长宫振华`: what
    the meeting sentence, if any, left unsaid."""
    meeting = minutes.meeting
    when = _field(norm, patterns.MEETING_TIME_FIELD, region)
    if when and meeting.date is None:
        _meeting_day(
            norm, meeting, when, _issued_or_page_year(norm, sections, minutes), _published_on(norm, sections, minutes)
        )
    if meeting.session is None and (name := _field(norm, patterns.MEETING_NAME_FIELD, region)):
        _session(norm, *name.span("what"), meeting)
    if meeting.chair is None and (chair := _field(norm, patterns.CHAIR_FIELD, region)):
        _chair(norm, *chair.span("who"), meeting)


def _field(norm: NormalizedText, pattern: re.Pattern[str], region: Region) -> re.Match[str] | None:
    """The first field of `pattern` in `region` opening a line or a table cell (a Word table's row
    `会议名称\t…\t会议时间\t…`, two fields a row), its value ending where the row's next field starts."""
    text = norm.text
    cells = set(norm.removed(_CELL_GAP, region.start, region.end))
    starts = sorted({region.start, *(m.end() for m in _LINE_BREAK.finditer(text, region.start, region.end)), *cells})
    for i, at in enumerate(starts):
        # (the label's cell, then its value's: the field ends where the cell after the value's starts)
        value, after = [*starts[i + 1 : i + 3], region.end, region.end][:2]
        if field := pattern.match(text, at, after if value in cells and after in cells else region.end):
            return field
    return None


_LINE_BREAK = re.compile("\n")
_CELL_GAP = re.compile("\t")


def _meeting_day(
    norm: NormalizedText, meeting: Meeting, said: re.Match[str], default_year: int | None,
    published: dt.date | None = None,
) -> None:
    """The day and part of day a meeting sentence or a `会议时间：` field gives (its `date` and `pod`
    groups); a day alone (`27日，市长X主持召开…`, as news reports write it) is the last such day on or
    before the page's publication day."""
    written = said.group("date")
    if written in _DAYS_BEFORE:  # `昨日，市长X主持召开…` in a report published the next day
        day = published - dt.timedelta(days=_DAYS_BEFORE[written]) if published else None
    elif _DAY_ONLY.fullmatch(written) and int(written[:-1]) > 31 and published:
        day = _glued_month_day(written[:-1], default_year or published.year)  # `85日`: 8月5日, its 月 lost
    elif _DAY_ONLY.fullmatch(written):
        day = _last_day_numbered(int(written[:-1]), published) if published else None
    elif bracketed := _BRACKETED_DAY.fullmatch(written):  # `昨(17)日`: the 17th, as a paper dates it
        day = _last_day_numbered(int(bracketed.group(1)), published) if published else None
    else:  # (`昨天（7月7日）`: the day in brackets)
        date = patterns.DATE_MD.fullmatch(written) or patterns.DATE_DASHED.fullmatch(written)
        date = date or patterns.DATE_GLUED.fullmatch(written)
        date = date or patterns.DATE_MD.search(written)
        day = parse_date(date, default_year) if date else None
        if date is not None and date.re is patterns.DATE_GLUED and published is not None:
            day = _glued_reading(date, default_year, published) or day
    if day and day.year > 1:
        _set(meeting, "date", day, norm.span(*said.span("date")))
    if said.group("pod"):
        said_as = said.group("pod")
        _set(meeting, "part_of_day", patterns.PART_OF_DAY_NAMES.get(said_as, said_as), norm.span(*said.span("pod")))


_DAY_ONLY = re.compile(r"\d{1,2}[日号]")
_BRACKETED_DAY = re.compile(r"[昨今前][(（](\d{1,2})[)）]日")
_DAYS_BEFORE = {"昨日": 1, "昨天": 1, "今日": 0, "今天": 0}  # counted back from the page's publication day
_AFTER_THE_NAME = re.compile("在|通过")  # where or how the chair met


def _glued_reading(date: re.Match[str], default_year: int | None, published: dt.date) -> dt.date | None:
    """Three digits glued (`2023年116日`) read as 1月16日 or 11月6日: the reading on or before the page's
    publication day and nearest to it."""
    digits = date.group("m") + date.group("d")
    year = int(date.group("y")) if date.group("y") else default_year or published.year
    if len(digits) != 3:
        return None
    before = [reading for reading in _month_day_readings(digits, year) if reading <= published]
    return max(before) if before else None


def _glued_month_day(digits: str, year: int) -> dt.date | None:
    """Two digits glued (`85日`): 8月5日."""
    return next(iter(_month_day_readings(digits, year)), None)


def _month_day_readings(digits: str, year: int) -> list[dt.date]:
    """The days `digits` can be with 月 and 日 lost: a one- or two-digit month, the rest the day."""
    readings = []
    for split in (1, 2):
        month, day = digits[:split], digits[split:]
        try:
            readings.append(dt.date(year, int(month), int(day)))
        except ValueError:
            continue  # (no day left, or no such month or day)
    return readings


def _last_day_numbered(number: int, published: dt.date) -> dt.date | None:
    """The last day numbered `number` on or before `published` (this month's, else last month's)."""
    month_start = published.replace(day=1)
    for first in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
        try:
            day = first.replace(day=number)
        except ValueError:
            continue
        if day <= published:
            return day
    return None


def _chair_name(text: str, *, after_title: bool = False) -> bool:
    """Between a post and `主持` only a name fits: any 2-4 Han characters, listed surname or not, a
    name written in parts with a middle dot (`艾买提·吐尔洪`), or right after the post a longer one
    written without the dot (`代旗长额尔敦巴雅尔`)."""
    longest = _LONG_NAME_CHARS if after_title else 4
    return (
        looks_like_name(text)
        or (2 <= len(text) <= longest and all("\u4e00" <= ch <= "\u9fff" for ch in text))
        or _DOTTED_NAME.fullmatch(text) is not None
    )


_LONG_NAME_CHARS = 8
_ANOTHER_PLACE_S_POST = re.compile(r"、[\u4e00-\u9fff]{1,6}?[市县区旗州盟](?=(?:常务)?副?[市县区旗州盟]长)")
_GOVERNMENT_FIRST = re.compile(r"[\u4e00-\u9fff]{0,8}?[市区县州旗盟]?(?:人民)?政府")


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・．][\u4e00-\u9fff]{1,8}){1,3}")


def _issued_or_page_year(norm: NormalizedText, sections: Sections, minutes: Minutes) -> int | None:
    """The year a meeting day without one falls in, when nothing names the meeting's own: the
    minutes' issue date, else the page's publication line."""
    return minutes.issued_on.year if minutes.issued_on else _page_year(norm, sections)


def _page_year(norm: NormalizedText, sections: Sections) -> int | None:
    """The year of a web page's publication line (`发布日期：2023-11-21`), for `11月20日`."""
    published = _publication_line(norm, sections)
    return int(published.group("y")) if published else None


def _published_on(norm: NormalizedText, sections: Sections, minutes: Minutes) -> dt.date | None:
    """The day the minutes were issued, else the page's publication day."""
    line = _publication_line(norm, sections)
    return minutes.issued_on or (parse_date(line) if line else None)


def _publication_line(norm: NormalizedText, sections: Sections) -> re.Match[str] | None:
    """The page's date nearest above the text (a portal's top bar may show another day, and an
    e-paper's `2021年10月10日前数字报` link is no date of this page)."""
    above = sections.opening.start if sections.opening else max(sections.header.end, 300)
    text = norm.text
    dates = [
        m for m in patterns.PAGE_METADATA.finditer(text, 0, above)
        if not text.startswith(("前", "以前", "之前", "后", "以后"), m.end() + text.startswith("日", m.end()))
    ]
    return dates[-1] if dates else None


def _year_of_a_stamp_below(text: str, sentence: re.Match[str]) -> int | None:
    """`9月9日上午，…主持召开…` with no year above, and the page's time stamp after the report
    (`2022-09-13 16:16 今日衢江`): the year that puts the stamp on the meeting day or within the two
    months after it (a related link's date further off names no year of this meeting)."""
    said = patterns.DATE_MD.search(sentence.group("date") or "")
    if said is None or said.group("y"):
        return None
    month, day = int(said.group("m")), int(said.group("d"))
    for stamp in patterns.PAGE_METADATA.finditer(text, sentence.end()):
        try:
            stamped = dt.date(int(stamp.group("y")), int(stamp.group("m")), int(stamp.group("d")))
            held = dt.date(stamped.year, month, day)
            if held > stamped:  # a December meeting in a January stamp
                held = dt.date(stamped.year - 1, month, day)
        except ValueError:
            continue
        if stamped - held <= _STAMP_AFTER_MEETING:
            return held.year
    return None


_STAMP_AFTER_MEETING = dt.timedelta(days=60)


def _session_year(norm: NormalizedText, sections: Sections, end: int) -> int | None:
    """`2020年第6次县政府常务会议` (`市政府(2015)第14次常务会议`) in the title or the meeting sentence: the
    meeting's year."""
    found = patterns.SESSION_YEAR.search(norm.text, 0, end)
    return int(found.group("y") or found.group("by")) if found else None


def _session(norm: NormalizedText, start: int, end: int, meeting: Meeting, *, named: bool = False) -> None:
    """The session number; of two meetings held as one (`区政府党组第1次会议、区政府第43次常务会议`),
    the standing meeting's. `named`: only a session that says whose meeting it is (a page's header may
    quote another body's `领导小组第一次会议`), or the bracket of a title (`…纪要（第18次）`)."""
    found = list(patterns.SESSION.finditer(norm.text, start, end))
    if named:
        found = [
            s for s in found if patterns.SESSION_OWNER.search(s.group()) or norm.text.startswith(("）", ")"), s.end())
        ]
    session = next((s for s in found if "常务" in s.group() or "全体" in s.group()), found[0] if found else None)
    if session is None:
        return
    number = chinese_number(session.group("num"))
    alternative = session.group("alt")
    # `第6次(5届51次)`: of a count of the year and one of the government's term, the term's
    if alternative and "届" in alternative and not session.group("term"):
        counted = _TERM_COUNT.search(alternative)
        number = chinese_number(counted.group(1)) if counted else number
    if number:
        _set(meeting, "session", number, norm.span(*session.span()))
        meeting.session_text = session.group()


_TERM_COUNT = re.compile(rf"届(?:政府)?第?([{patterns.CN_NUM}\d]+)次")


def fill_opening(norm: NormalizedText, sections: Sections, minutes: Minutes) -> None:
    if sections.opening is None:
        return
    text, region = norm.text, sections.opening
    sentence = patterns.MEETING_SENTENCE.match(text, region.start)
    meeting = minutes.meeting
    if sentence is None and patterns.MEETING_FIELDS.match(text, region.start):
        _meeting_fields(norm, region, sections, minutes)
    if sentence:
        default_year = (
            _session_year(norm, sections, sentence.end())
            or _issued_or_page_year(norm, sections, minutes)
            or _year_of_a_stamp_below(text, sentence)
        )
        published = _published_on(norm, sections, minutes)
        _meeting_day(norm, meeting, sentence, default_year, published)
        _chair(norm, *sentence.span("who"), meeting)
        _session(norm, sentence.start("what"), sentence.end("what"), meeting)
        if meeting.session is None:  # `区政府2届42次常务会议在…召开，会议由区长X主持`
            _session(norm, sentence.start("who"), sentence.end("who"), meeting)
        if meeting.chair is None:
            chaired = patterns.CHAIRED_BY.search(text, sentence.start("what"), region.end)
            # `会议由区长X主持。` on a line of its own after the agenda, or `…等有关事宜。市长X主持会议并讲话。`
            # closing the paragraph the agenda opens (a report)
            chaired = chaired or patterns.CHAIRED_BY_MEETING.search(text, sentence.end(), sentence.end() + 600)
            paragraph_closes = paragraph_end(text, sentence.end(), len(text))
            chaired = chaired or patterns.CHAIRED_BY.search(text, sentence.end(), paragraph_closes)
            # `市委副书记、市长X主持会议。` as a paragraph of its own right after the meeting's
            chaired = chaired or _chair_paragraph(text, paragraph_closes)
            if chaired:
                _chair(norm, *chaired.span("who"), meeting)
        # A headline naming the meeting (`2023年12月12日区政府召开第62次常务会议`) above the sentence that
        # says who chaired it (`2023年12月12日上午，区长X主持召开…`): the later sentence completes it.
        later = patterns.MEETING_SENTENCE.search(text, sentence.end(), region.end) if meeting.chair is None else None
        if later:
            _chair(norm, *later.span("who"), meeting)
            if meeting.chair is not None and meeting.part_of_day is None:
                _meeting_day(norm, meeting, later, default_year, published)
    if sentence and (meeting.date is None or meeting.chair is None):  # a record page's fields above the sentence
        _meeting_fields(norm, sections.header, sections, minutes)
    headline = patterns.HEADLINE_CHAIR.search(text, sections.header.start, region.start)
    if meeting.chair is None and headline:
        _chair(norm, *headline.span("who"), meeting)  # `杨茂荣主持召开区政府第133次常务会议` over the report
    if meeting.session is None:  # `鹤汀市人民政府第12次常务会议纪要`: the title line numbers it
        _session(norm, sections.header.start, sections.header.end, meeting, named=True)
    # `…主持召开县政府第二十二次常务会议。现将会议研究决定的事项纪要如下` (the declaration closes the
    # opening), or a plain `会议纪要` (`长府会议纪要〔2023〕39号`): minutes of that kind of meeting.
    # (`会议议定事项：` may label the sentence from the line above it)
    declared = patterns.MINUTES_DECLARATION.search(text, sections.header.start, min(len(text), region.end + 8))
    if sentence and (minutes.doc_type == "会议纪要" or (minutes.doc_type is None and declared)):
        kind = patterns.MEETING_KIND.search(text, sentence.start("what"), sentence.end("what"))
        if kind:
            minutes.doc_type = kind.group("kind") + "纪要"  # composed; the span is the meeting's kind
            minutes.spans["doc_type"] = norm.span(*kind.span("kind"))
    # What the meeting's paragraph names is announced also when its own agenda is read as the items
    # (`…常务会议，审议并原则通过《A》，听取B的汇报。`), up to a numbered item that starts in it (a PDF's
    # lost line breaks: `…常务会议，研究了以下事项：一、审议《A》（一）…`).
    announcing_end = paragraph_end(text, region.start, len(text))
    for block in sections.items:
        if block.marker and region.start <= block.start < announcing_end:
            announcing_end = block.start
    announcing = Region(region.start, max(region.end, announcing_end))
    for title_start, title_end in bracket_titles(text, announcing.start, announcing.end):
        value, span = norm.value(title_start, title_end)
        verb = _governing_verb(text, announcing.start, title_start)
        if verb == "study":
            continue  # `传达学习《…条例》`: a text studied, no document brought to the meeting
        # `会议通报了《A》、《B》等事项`: reports announced to the meeting are heard, not reviewed
        name = "announced_hearings" if verb == "hearing" else "announced_documents"
        append(minutes, name, value, span)
    for hearing in patterns.ANNOUNCED_HEARING.finditer(text, announcing.start, announcing.end):
        start, end = hearing.span("x")
        about = text.find("关于", start, end)
        if about != -1:  # `听取X关于Y的汇报`: the matter heard is Y
            start = about + 2
            end -= 3 if text.endswith(("的汇报", "的报告"), start, end) else 0
        value, span = norm.value(start, end)
        if patterns.VAGUE_MATTER.match(value):
            continue  # `听取了有关工作情况汇报`: nothing named
        append(minutes, "announced_hearings", value, span)


_STUDYING = ("学习", "传达", "解读")


def _governing_verb(text: str, floor: int, title_start: int) -> str | None:
    """The kind of the item verb that names the title at `title_start` (`会议通报了《A》、《B》` hears,
    `会议听取了X的汇报，审议了《B》` reviews, `传达学习了《C》` studies): the last one before it in its
    meeting sentence; None when the sentence names no matter."""
    sentence_start = max(floor, text.rfind("。", floor, title_start) + 1, text.rfind("\n", floor, title_start) + 1)
    # (a verb inside an earlier title is none of the sentence's: `《…形势分析报告》`)
    before = blank_titles(text[sentence_start:title_start])
    last = max(
        ((before.rfind(verb), len(verb), kind, verb) for verb, kind in patterns.ITEM_VERBS), default=(-1, 0, "", "")
    )
    kind = last[2] if last[0] != -1 else None
    if kind == "study" and not any(word in last[3] for word in _STUDYING):
        kind = "review"  # `研究了《A》`: a document examined is reviewed (as the item says)
    # A study is one in the meeting sentence too (`…主持召开常务会议，学习了《…条例》`); the other kinds only
    # in a sentence that takes up matters (`会议审议了…`)
    if kind != "study" and patterns.ITEM_SENTENCE.match(text, sentence_start, title_start) is None:
        return None
    return kind


_TABLE_HEADER_CELLS = frozenset({"单位", "姓名", "单位名称", "职务", "部门"})
_UNIT_WITH_NAMES = re.compile(r"(?P<unit>[^（(]+)[（(](?P<names>[^（）()]+)[）)]")
_OFFICIALS_OF = re.compile(rf"(?:主要|分管|有关|相关)?(?:{'|'.join(patterns.OFFICIAL_GROUPS)})(?:同志)?$")


def _bracketed_group(norm: NormalizedText, start: int, end: int) -> ObserverGroup | None:
    """`市财政局（廖春梅）`: a unit with its people in brackets (not an alias: `县发改局（粮食和储备局）`)."""
    match = _UNIT_WITH_NAMES.fullmatch(norm.text, start, end)
    if match is None or not looks_like_unit(match.group("unit")):
        return None
    names = split_positions(norm, *match.span("names"), "、，,")
    if not all(looks_like_any_name(norm.text[a:b]) for a, b in names):
        return None
    spans: dict[str, SpanValue] = {"unit": norm.span(*match.span("unit")), "names": [norm.span(*n) for n in names]}
    return ObserverGroup(unit=match.group("unit"), names=[norm.text[a:b] for a, b in names], spans=spans)


def _observer_groups(norm: NormalizedText, start: int, end: int) -> list[ObserverGroup]:
    groups: list[ObserverGroup] = []
    for token_start, token_end in split_positions(norm, start, end, "，、,；;"):
        token = norm.text[token_start:token_end]
        if token in _TABLE_HEADER_CELLS:
            continue  # a Word table's `单位 | 姓名` header row
        bracketed = _bracketed_group(norm, token_start, token_end)
        if bracketed:
            groups.append(bracketed)
            continue
        # `区应急局主要负责同志`, `各区政府分管负责同志`: the unit, whose officials are no names
        if (post := _OFFICIALS_OF.search(token)) and looks_like_unit(token[: post.start()]):
            token_end = token_start + post.start()
            token = token[: post.start()]
        # `市人社局严枫`, or a unit alone (a table cell, `县政府办公室`) whose names follow.
        split = None if token.endswith(LONG_SUFFIXES) else split_unit_and_name(token)
        unit_alone = split is None and looks_like_unit(token)
        if split is None and not unit_alone and not looks_like_name(token):
            split = split_unit_and_name(token, any_surname=True)  # `旗农牧局其木格`
        if split or unit_alone:
            unit_end = token_start + len(split[0]) if split else token_end
            names, name_spans = ([split[1]], [norm.span(unit_end, token_end)]) if split else ([], [])
            spans: dict[str, SpanValue] = {"unit": norm.span(token_start, unit_end), "names": name_spans}
            groups.append(ObserverGroup(unit=norm.text[token_start:unit_end], names=names, spans=spans))
        elif groups and looks_like_any_name(token):  # the unit's next person (`孟和、其木格`)
            groups[-1].names.append(token)
            groups[-1].spans["names"].append(norm.span(token_start, token_end))  # type: ignore[union-attr]
    return groups


def _list_field(
    norm: NormalizedText, minutes: Minutes, name: str, match: re.Match[str] | None, seps: str, stop: int | None = None
) -> None:
    if match is None:
        return
    values = split_list(norm, match.start("x"), min(match.end("x"), stop or len(norm.text)), seps)
    setattr(minutes, name, [v for v, _ in values])
    minutes.spans[name] = [s for _, s in values]


def _routing_lines(norm: NormalizedText, minutes: Minutes, trailer: Region) -> None:
    """`主送：` / `发：` give who the minutes go to, `抄送：` who gets a copy; older `报：` and `送：` lines give
    copies, `送：` alone who they go to (the lexicon's `copy_line_labels`)."""
    text = norm.text
    recipients = patterns.RECIPIENTS.search(text, trailer.start, trailer.end)
    copies = list(patterns.COPY_LINE.finditer(text, trailer.start, trailer.end))
    if recipients is None and [m.group("label") for m in copies] == ["送"]:
        recipients, copies = copies[0], []
    _list_field(norm, minutes, "recipients", recipients, "，,")
    cc = patterns.CC.search(text, trailer.start, trailer.end)
    for match in [cc] if cc is not None else copies:
        values = split_list(norm, match.start("x"), match.end("x"), "，,")
        minutes.cc += [v for v, _ in values]
        minutes.spans["cc"] = [*minutes.spans.get("cc", []), *(span for _, span in values)]


def fill_trailer(norm: NormalizedText, sections: Sections, minutes: Minutes) -> None:
    text, trailer = norm.text, sections.trailer
    compiled = _compiled(norm, trailer, minutes.issuer) if trailer else None
    if patterns.OTHER_MATTERS_LISTED.search(text, sections.opening.start if sections.opening else 0):
        minutes.other_matters = True  # `…，审议了《B》，研究了其他事项。`: named last among a sentence's matters
    for block in sections.items:  # `会议还研究了《A》《B》等其他事宜。`: other matters closing a list of titles
        closing = patterns.LIST_CLOSING.search(text, block.start, block.heading_end)
        if closing is not None and closing.group("others"):
            minutes.other_matters = True
    if patterns.OTHER_MATTERS.search(text, sections.body.start):  # closing the report, or a matter follows it
        minutes.other_matters = True
    if trailer:
        if patterns.PUBLIC.search(text, trailer.start, trailer.end):
            minutes.public = True
        _routing_lines(norm, minutes, trailer)
    if not minutes.recipients and sections.opening is not None:  # a notice's salutation above its text
        _list_field(norm, minutes, "recipients", patterns.SALUTATION.search(text, 0, sections.opening.start), "，,")
    if compiled:
        by_start, by_end, after = compiled
        _set(minutes, "compiled_by", text[by_start:by_end], norm.span(by_start, by_end))
        while after < len(text) and text[after].isspace():
            after += 1
        date = patterns.DATE.match(text, after)
        if date and (day := parse_date(date)):
            _set(minutes, "compiled_on", day, norm.span(*date.span()))
    # Attendance closes most minutes; some offices print it right after the opening instead, or as a
    # record's fields above the meeting sentence (`出席人员：…` under `会议时间：…`).
    above_items = None
    if sections.opening and sections.items:
        above_items = Region(sections.opening.start, sections.items[0].start)
    regions = [region for region in (trailer, above_items, sections.header) if region is not None]
    stop = compiled[0] if compiled else len(text)  # a wrapped `…整理` line runs on from the last name
    attendees = _first_match(patterns.ATTENDEES, text, regions)
    if attendees:
        listed = split_positions(norm, attendees.start("x"), min(attendees.end("x"), stop), "、，,")
        _attendee_names(norm, minutes, listed)
    elif above_items and (said := patterns.ATTENDEES_SENTENCE.search(text, above_items.start, above_items.end)):
        named = split_list(norm, said.start("x"), said.end("x"), "、，,")
        if named and all(looks_like_name(value) for value, _ in named):  # not `各市长及市长助理`
            _list_field(norm, minutes, "attendees", said, "、，,")
    observers = _first_match(patterns.OBSERVERS, text, regions)
    if observers:
        end = min(observers.end("x"), stop)
        minutes.observers = _observer_groups(norm, observers.start("x"), end)
        minutes.observers.extend(_observer_lines(norm, end, stop))


def _attendee_names(norm: NormalizedText, minutes: Minutes, entries: list[tuple[int, int]]) -> None:
    """Who attended, by name: `余晓光（县政府办）` is 余晓光; a list of units (`参加：县政府办、县水利局负责同志`)
    names no one."""
    text = norm.text
    names = []
    for start, end in entries:
        bracket = text.find("（", start, end)
        if bracket > start and text.endswith("）", start, end) and looks_like_name(text[start:bracket]):
            end = bracket
        names.append((start, end))
    units = any(looks_like_unit(text[a:b]) for a, b in names)
    if units and not any(looks_like_name(text[a:b]) for a, b in names):
        return
    minutes.attendees = [text[a:b] for a, b in names]
    minutes.spans["attendees"] = [norm.span(a, b) for a, b in names]


def _observer_lines(norm: NormalizedText, end: int, stop: int) -> list[ObserverGroup]:
    """The groups printed one per line under `列席：` (`市政协　高凤霞` / `市政府办　崔东日、马丽`):
    each following line that is nothing but a unit and its people."""
    text, groups = norm.text, []
    while end < stop and text[end] == "\n":
        line_start = end + 1
        line_end = text.find("\n", line_start, stop)
        line_end = stop if line_end == -1 else line_end
        if "：" in text[line_start:line_end] or patterns.TRAILER_START.match(text, line_start):
            break
        line_groups = _observer_groups(norm, line_start, line_end)
        if len(line_groups) != 1 or not line_groups[0].names:
            break
        groups.extend(line_groups)
        end = line_end
    return groups


def _first_match(pattern: re.Pattern[str], text: str, regions: list[Region]) -> re.Match[str] | None:
    for region in regions:
        match = pattern.search(text, region.start, region.end)
        if match:
            return match
    return None


def _compiled(norm: NormalizedText, region: Region, issuer: str | None) -> tuple[int, int, int] | None:
    """(office start, office end, end of `整理`) of the `…整理` line (`（X整理）` in brackets too)."""
    text = norm.text
    at = text.find("整理", region.start, region.end)
    if at == -1:
        return None
    by_start = max(region.start, *(text.rfind(ch, region.start, at) + 1 for ch in "。\n：）)（("))
    if issuer and (office := text.rfind(issuer, by_start, at)) != -1 and text[office + len(issuer) : at].strip() in (
        "办公室", "办",
    ):
        by_start = office  # printed lines joined: `…局鲍建军翠湖市人民政府办公室整理`
    start, end = norm.trim(by_start, at)
    after = at + 2 + (text.startswith(("）", ")"), at + 2))  # `（X整理）` in brackets: the date after them
    return (start, end, after) if 2 <= end - start <= 30 else None
