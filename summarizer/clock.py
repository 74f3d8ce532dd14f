"""Time as people here read it: stored in UTC, shown and reasoned about in China time.

Due dates are calendar days in China: "overdue" is decided against today's date in Asia/Shanghai,
not in UTC (at 07:30 in Beijing it is still yesterday in UTC).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def now_utc() -> str:
    """The current instant as stored: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def today_in_china() -> dt.date:
    return dt.datetime.now(CHINA).date()


def shown(stored: str | dt.datetime | None) -> str:
    """A stored UTC time as a person reads it: `2026-12-03 14:05（北京时间）`; '' for none."""
    if stored is None or stored == "":
        return ""
    moment = dt.datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M（北京时间）")
