"""Deadline phrases of a directive (`6月底前`, `明年一季度`, `尽快`) as dates, from the meeting date."""

from __future__ import annotations

import datetime as dt
import re


def resolve_deadline(words: str, meeting: dt.date | None) -> dt.date | None:
    """The date a deadline phrase means, counted from the meeting date; None if not determined."""
    if meeting is None:
        return None
    month_part = re.fullmatch(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<part>底|末|上旬|中旬|下旬)前|份)", words)
    if month_part:
        year = int(month_part.group("y") or meeting.year)
        month = int(month_part.group("m"))
        if not month_part.group("y") and month < meeting.month:
            year += 1
        part = month_part.group("part")
        return dt.date(year, month, _TEN_DAYS[part]) if part in _TEN_DAYS else _last_day(year, month)
    day = re.fullmatch(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日前", words)
    if day:
        year = int(day.group("y") or meeting.year)
        month, day_of_month = int(day.group("m")), int(day.group("d"))
        if not day.group("y") and (month, day_of_month) < (meeting.month, meeting.day):
            year += 1  # `3月15日前` said in November means next March
        try:
            return dt.date(year, month, day_of_month)
        except ValueError:
            return None
    if words in ("年内", "年底前"):
        return dt.date(meeting.year, 12, 31)
    if words in ("上半年", "下半年"):
        half_end = 6 if words == "上半年" else 12
        return _last_day(meeting.year + (meeting.month > half_end), half_end)
    if words in ("本月底前", "月底前", "月内", "本月内", "当月内"):
        return _last_day(meeting.year, meeting.month)
    if words == "下月底前":
        return _last_day(meeting.year + meeting.month // 12, meeting.month % 12 + 1)
    quarter = re.fullmatch(r"(?P<y>明年|今年)?(?:第?(?P<n>[一二三四1-4])|本)?季度(?:末|底)?前?", words)
    if quarter:
        number = "一二三四".find(n) + 1 if (n := quarter.group("n")) and not n.isdigit() else int(n or 0)
        current = (meeting.month - 1) // 3 + 1
        number = number or current
        if quarter.group("y"):
            return _last_day(meeting.year + (quarter.group("y") == "明年"), number * 3)
        return _last_day(meeting.year + (number < current), number * 3)
    return None  # 尽快, 下周, 近期: words without a determined date


WEEK_WORDS = {"本周内": 0, "本周": 0, "下周": 1, "下周内": 1}


def resolve_due(words: str, meeting: dt.date | None) -> dt.date | None:
    """The due date a task's deadline words hold a unit to: the deadline's date, and for the week
    words a ledger needs a day for (`本周内`, `下周`) the Sunday ending that week. A deadline's own
    date (`resolve_deadline`) leaves those open: which day of `下周` was meant is not written."""
    resolved = resolve_deadline(words, meeting)
    if resolved is not None or meeting is None or words not in WEEK_WORDS:
        return resolved
    sunday = meeting + dt.timedelta(days=6 - meeting.weekday())
    return sunday + dt.timedelta(weeks=WEEK_WORDS[words])


_TEN_DAYS = {"上旬": 10, "中旬": 20}  # 下旬, like 底, ends with the month


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
