"""Due dates and warning lights (红黄绿灯) of open tasks.

红 the due date has passed; 黄 due within `warn_days` days (today included); 绿 on track;
灰 no due date (尽快, 长期 or none written). Closed tasks (done, cancelled) have no light.
"Today" is China's calendar day (`summarizer.clock.today_in_china`); callers pass it in so a
digest or a test can be computed for any day.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Light = Literal["red", "yellow", "green", "grey"]

DEFAULT_WARN_DAYS = 3
CLOSED_STATES = frozenset({"done", "cancelled"})

LIGHT_LABELS: dict[Light, str] = {"red": "逾期", "yellow": "临期", "green": "正常", "grey": "无时限"}
LIGHT_MARKS: dict[Light, str] = {"red": "🔴", "yellow": "🟡", "green": "🟢", "grey": "⚪"}


def remaining_days(due: dt.date | None, today: dt.date) -> int | None:
    """Days left until the due date (0 = due today, negative = overdue by that many days)."""
    return None if due is None else (due - today).days


def light(due: dt.date | None, state: str, today: dt.date, warn_days: int = DEFAULT_WARN_DAYS) -> Light | None:
    if state in CLOSED_STATES:
        return None
    left = remaining_days(due, today)
    if left is None:
        return "grey"
    if left < 0:
        return "red"
    if left < warn_days:
        return "yellow"
    return "green"


def remaining_text(due: dt.date | None, state: str, today: dt.date) -> str:
    """What a person reads next to the due date: 逾期3天, 今日到期, 剩余5天, 无时限; '' once closed."""
    if state in CLOSED_STATES:
        return ""
    left = remaining_days(due, today)
    if left is None:
        return "无时限"
    if left < 0:
        return f"逾期{-left}天"
    return "今日到期" if left == 0 else f"剩余{left}天"


def light_label(due: dt.date | None, state: str, today: dt.date, warn_days: int = DEFAULT_WARN_DAYS) -> str:
    """`🔴 逾期` etc. for tables, exports and digests; '' for closed tasks."""
    found = light(due, state, today, warn_days)
    return f"{LIGHT_MARKS[found]} {LIGHT_LABELS[found]}" if found else ""
