"""Named lists of tasks as SQL predicates: the one definition the ledger, the statistics and 催办 share.

A statistic's link opens the ledger filtered by `WHERE <predicate>`; the statistics count the same
tasks from a tally (`summarizer.supervision.stats`), and the tests hold each count to its list.
Only current versions of confirmed meetings count (`BASE`). Dates are ISO text compared as text.
"""

from __future__ import annotations

import datetime as dt

OPEN_SQL = "t.status IN ('assigned', 'in_progress', 'closure_requested')"
START_SQL = "COALESCE(t.meeting_date, SUBSTR(t.created_at, 1, 10))"
BASE = "d.superseded_by IS NULL AND d.review = 'confirmed'"
FROM = "FROM tasks t JOIN documents d ON d.id = t.document_id"
AGE_LIMITS = (30, 90)  # open tasks by days since the meeting: up to 30, 31 to 90, over 90

VIEW_LABELS: dict[str, str] = {
    "assigned": "交办",
    "done": "已办结",
    "on_time": "按期办结",
    "open": "未办结",
    "overdue": "逾期",
    "due_soon": "临期",
    "remind": "逾期或临期",
    "pending_closure": "待审批办结",
    "pending_extension": "待审批延期",
    "age_0_30": "未办结30天内",
    "age_31_90": "未办结31至90天",
    "age_91": "未办结90天以上",
}


def predicate(view: str, today: dt.date, warn_days: int) -> tuple[str, list[object]]:
    """SQL (over `t` = tasks) selecting the tasks of a view, and its parameters."""
    iso = today.isoformat()
    soon = (today + dt.timedelta(days=warn_days)).isoformat()
    ago30, ago90 = ((today - dt.timedelta(days=days)).isoformat() for days in AGE_LIMITS)
    views: dict[str, tuple[str, list[object]]] = {
        "assigned": ("t.status <> 'cancelled'", []),
        "done": ("t.status = 'done'", []),
        "on_time": ("t.status = 'done' AND (t.due_date IS NULL OR t.done_on <= t.due_date)", []),
        "open": (OPEN_SQL, []),
        "overdue": (f"{OPEN_SQL} AND t.due_date < ?", [iso]),
        "due_soon": (f"{OPEN_SQL} AND t.due_date >= ? AND t.due_date < ?", [iso, soon]),
        "remind": (f"{OPEN_SQL} AND t.due_date < ?", [soon]),
        "pending_closure": ("t.status = 'closure_requested'", []),
        "pending_extension": (f"{OPEN_SQL} AND t.pending_due IS NOT NULL", []),
        "age_0_30": (f"{OPEN_SQL} AND {START_SQL} >= ?", [ago30]),
        "age_31_90": (f"{OPEN_SQL} AND {START_SQL} < ? AND {START_SQL} >= ?", [ago30, ago90]),
        "age_91": (f"{OPEN_SQL} AND {START_SQL} < ?", [ago90]),
    }
    if view not in views:
        raise ValueError(f"unknown view {view!r}")
    return views[view]
