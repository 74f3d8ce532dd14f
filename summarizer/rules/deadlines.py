"""Deadline phrases of a directive (`6月底前`, `明年一季度`, `尽快`) as dates, from the meeting date.

The phrases and their families live in rules/lexicon/deadlines.toml; each family names its
resolution rule, one function here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from summarizer.rules.blocks import chinese_number
from summarizer.rules.lexicon.derive import without_lookarounds
from summarizer.rules.patterns import DEADLINE_FAMILIES, HOLIDAY_EVES, SPRING_FESTIVAL

_Rule = Callable[[re.Match[str], dt.date], "dt.date | None"]
_TEN_DAYS = {"上旬": 10, "中旬": 20}  # 下旬, like 底, ends with the month


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _year(words: re.Match[str], meeting: dt.date, passed: bool) -> int:
    """The year written (`2024年`, `明年`, `今年`), else the meeting's, or the next when the date has
    passed (`3月15日前` said in November means next March)."""
    given, relative = words.groupdict().get("y"), words.groupdict().get("rel")
    if given:
        return int(given)
    if relative:
        return meeting.year + (relative != "今年")
    return meeting.year + passed


def _month_part(words: re.Match[str], meeting: dt.date) -> dt.date:
    month = int(words.group("m"))
    year = _year(words, meeting, month < meeting.month)
    part = words.groupdict().get("part")
    return dt.date(year, month, _TEN_DAYS[part]) if part in _TEN_DAYS else _last_day(year, month)


def _day(words: re.Match[str], meeting: dt.date) -> dt.date | None:
    month, day = int(words.group("m")), int(words.group("d"))
    year = _year(words, meeting, (month, day) < (meeting.month, meeting.day))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _within(words: re.Match[str], meeting: dt.date) -> dt.date | None:
    """`两周内`, `15日内`, `3个月内`: that long after the meeting (a month: the same day, or the month's last)."""
    count = chinese_number(words.group("n"))
    if not count:
        return None
    period = words.group("period")
    if period == "月":
        year, month = divmod(meeting.month - 1 + count, 12)
        year, month = meeting.year + year, month + 1
        return dt.date(year, month, min(meeting.day, _last_day(year, month).day))
    return meeting + dt.timedelta(days=count * (7 if period in ("周", "星期") else 1))


def _holiday(words: re.Match[str], meeting: dt.date) -> dt.date:
    """`国庆节前` / `元旦前`: the holiday's eve, this year's or, once it has passed, the next."""
    month, day = HOLIDAY_EVES[words.group("holiday")]
    explicit = words.group("rel")
    eve = dt.date(meeting.year + (explicit == "明年"), month, day)
    return eve if explicit is not None or eve >= meeting else eve.replace(year=eve.year + 1)


def _spring_festival(words: re.Match[str], meeting: dt.date) -> dt.date | None:
    """`春节前`: the eve of the next 春节 (the lexicon's table of its dates), or of next year's (`明年春节前`)."""
    explicit = words.group("rel")
    year = meeting.year + (explicit == "明年")
    festival = SPRING_FESTIVAL.get(year)
    if festival is not None and festival <= meeting and explicit is None:
        festival = SPRING_FESTIVAL.get(year + 1)  # said after this year's 春节: the next one
    return festival - dt.timedelta(days=1) if festival is not None else None


def _month_end(words: re.Match[str], meeting: dt.date) -> dt.date:
    if words.groupdict().get("which") == "下":
        return _last_day(meeting.year + meeting.month // 12, meeting.month % 12 + 1)
    return _last_day(meeting.year, meeting.month)


def _year_end(words: re.Match[str], meeting: dt.date) -> dt.date:
    return dt.date(meeting.year + words.group().startswith("下"), 12, 31)


def _half_year(words: re.Match[str], meeting: dt.date) -> dt.date:
    half_end = 6 if words.group("half") == "上" else 12
    return _last_day(_year(words, meeting, meeting.month > half_end), half_end)


def _next_month_day(words: re.Match[str], meeting: dt.date) -> dt.date | None:
    """`次月10日前`: that day of the month after the meeting's."""
    year, month = meeting.year + meeting.month // 12, meeting.month % 12 + 1
    day = int(words.group("d"))
    return dt.date(year, month, day) if day <= _last_day(year, month).day else None


def _next_week_day(words: re.Match[str], meeting: dt.date) -> dt.date:
    """`下周一前`: that day of the week after the meeting's (Monday first)."""
    weekday = "一二三四五六日".find(words.group("wd").replace("天", "日"))
    return meeting + dt.timedelta(days=7 - meeting.weekday() + weekday)


def _quarter(words: re.Match[str], meeting: dt.date) -> dt.date:
    n = words.groupdict().get("n")
    number = ("一二三四".find(n) + 1 if not n.isdigit() else int(n)) if n else 0
    current = (meeting.month - 1) // 3 + 1
    number = number or current
    if words.groupdict().get("y"):
        return _last_day(int(words.group("y")), number * 3)
    year = words.groupdict().get("year")
    if year:
        return _last_day(meeting.year + (year == "明年"), number * 3)
    return _last_day(meeting.year + (number < current), number * 3)


def _open(words: re.Match[str], meeting: dt.date) -> None:
    return None  # 尽快, 下周, 汛期前: words without a determined date


RULES: dict[str, _Rule] = {
    "month_part": _month_part, "day": _day, "month_end": _month_end, "year_end": _year_end,
    "half_year": _half_year, "quarter": _quarter, "holiday": _holiday, "open": _open,
    "next_month_day": _next_month_day, "next_week_day": _next_week_day,
}
# Words that name no date but hold a task to one the ledger counts (`两周内`, `春节前`: 春节 moves).
DUE_RULES: dict[str, _Rule] = {"within": _within, "spring_festival": _spring_festival}
# Each family's words alone (its context lookarounds dropped), with its rule's name.
_FAMILIES = tuple((re.compile(without_lookarounds(body)), rule) for rule, body in DEADLINE_FAMILIES)


def _resolve(words: str, meeting: dt.date, rules: dict[str, _Rule]) -> dt.date | None:
    for pattern, rule in _FAMILIES:
        match = pattern.fullmatch(words)
        if match:
            return rules[rule](match, meeting) if rule in rules else None
    return None


def resolve_deadline(words: str, meeting: dt.date | None) -> dt.date | None:
    """The date a deadline phrase names, counted from the meeting date; None if it names none."""
    return _resolve(words, meeting, RULES) if meeting is not None else None


WEEK_WORDS = {"本周内": 0, "本周": 0, "下周": 1, "下周内": 1}


def resolve_due(words: str, meeting: dt.date | None) -> dt.date | None:
    """The due date a task's deadline words hold a unit to: the deadline's date; for words that name
    none the ledger still needs a day for: the period counted from the meeting (`两周内`, `3个月内`),
    the eve of 春节, and for the week words (`本周内`, `下周`) the Sunday ending that week."""
    if meeting is None:
        return None
    resolved = _resolve(words, meeting, RULES | DUE_RULES)
    if resolved is not None or words not in WEEK_WORDS:
        return resolved
    sunday = meeting + dt.timedelta(days=6 - meeting.weekday())
    return sunday + dt.timedelta(weeks=WEEK_WORDS[words])
