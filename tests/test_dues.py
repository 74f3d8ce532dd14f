"""Warning lights and China time: the calendar day decides, in Asia/Shanghai."""

import datetime as dt

import pytest

from summarizer.clock import shown
from summarizer.supervision.dues import light, remaining_days

TODAY = dt.date(2024, 6, 10)


@pytest.mark.parametrize(
    ("due", "state", "expected"),
    [
        (dt.date(2024, 6, 9), "in_progress", "red"),
        (dt.date(2024, 6, 10), "assigned", "yellow"),
        (dt.date(2024, 6, 12), "assigned", "yellow"),
        (dt.date(2024, 6, 13), "assigned", "green"),
        (None, "assigned", "grey"),
        (dt.date(2024, 6, 1), "done", None),
        (dt.date(2024, 6, 1), "cancelled", None),
    ],
)
def test_light(due: dt.date | None, state: str, expected: str | None) -> None:
    assert light(due, state, TODAY, warn_days=3) == expected


def test_remaining_days() -> None:
    assert remaining_days(dt.date(2024, 6, 8), TODAY) == -2
    assert remaining_days(None, TODAY) is None


def test_shown_in_china_time_with_zone() -> None:
    # 23:30 UTC on 9 June is 07:30 on 10 June in Beijing.
    assert shown("2024-06-09T23:30:00+00:00") == "2024-06-10 07:30（北京时间）"
    assert shown(None) == ""
