"""Deadline phrases of a directive (`6月底前`, `明年一季度`, `尽快`) as dates, from the meeting date.

The phrases and their families live in rules/lexicon/deadlines.toml; each family names its
resolution rule, one function here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from summarizer.rules.lexicon.derive import without_lookarounds
from summarizer.rules.patterns import DEADLINE_FAMILIES

_Rule = Callable[[re.Match[str], dt.date], "dt.date | None"]
_TEN_DAYS = {"上旬": 10, "中旬": 20}  # 下旬, like 底, ends with the month


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _month_part(words: re.Match[str], meeting: dt.date) -> dt.date:
    month = int(words.group("m"))
    given = words.groupdict().get("y")
    year = int(given) if given else meeting.year + (month < meeting.month)
    part = words.groupdict().get("part")
    return dt.date(year, month, _TEN_DAYS[part]) if part in _TEN_DAYS else _last_day(year, month)


def _day(words: re.Match[str], meeting: dt.date) -> dt.date | None:
    month, day = int(words.group("m")), int(words.group("d"))
    given = words.group("y")
    year = int(given) if given else meeting.year + ((month, day) < (meeting.month, meeting.day))
    try:  # `3月15日前` said in November means next March
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_end(words: re.Match[str], meeting: dt.date) -> dt.date:
    if words.groupdict().get("which") == "下":
        return _last_day(meeting.year + meeting.month // 12, meeting.month % 12 + 1)
    return _last_day(meeting.year, meeting.month)


def _year_end(words: re.Match[str], meeting: dt.date) -> dt.date:
    return dt.date(meeting.year + words.group().startswith("下"), 12, 31)


def _half_year(words: re.Match[str], meeting: dt.date) -> dt.date:
    half_end = 6 if words.group("half") == "上" else 12
    return _last_day(meeting.year + (meeting.month > half_end), half_end)


def _quarter(words: re.Match[str], meeting: dt.date) -> dt.date:
    n = words.groupdict().get("n")
    number = ("一二三四".find(n) + 1 if not n.isdigit() else int(n)) if n else 0
    current = (meeting.month - 1) // 3 + 1
    number = number or current
    year = words.groupdict().get("year")
    if year:
        return _last_day(meeting.year + (year == "明年"), number * 3)
    return _last_day(meeting.year + (number < current), number * 3)


def _open(words: re.Match[str], meeting: dt.date) -> None:
    return None  # 尽快, 下周, 春节前: words without a determined date


RULES: dict[str, _Rule] = {
    "month_part": _month_part, "day": _day, "month_end": _month_end, "year_end": _year_end,
    "half_year": _half_year, "quarter": _quarter, "open": _open,
}
# Each family's words alone (its context lookarounds dropped), with its rule.
_FAMILIES = tuple((re.compile(without_lookarounds(body)), RULES[rule]) for rule, body in DEADLINE_FAMILIES)


def resolve_deadline(words: str, meeting: dt.date | None) -> dt.date | None:
    """The date a deadline phrase means, counted from the meeting date; None if not determined."""
    if meeting is None:
        return None
    for pattern, rule in _FAMILIES:
        match = pattern.fullmatch(words)
        if match:
            return rule(match, meeting)
    return None
