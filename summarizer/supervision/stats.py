"""Statistics per unit or per issuer (交办, 办结, 按期办结率, 逾期, 未办结按时长), read from a tally, not the tasks.

Counts come from `task_tally` (kept by triggers, migration step 15) and, for the ages, from the open
tasks of the last 90 days; each count's link opens the ledger filtered by the view's predicate, and
the tests hold every count equal to the list it links to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel

from summarizer.store.db import Database
from summarizer.supervision.ledger_query import NO_ISSUER, LedgerFilter, where, who_clauses
from summarizer.supervision.views import AGE_LIMITS, FROM, OPEN_SQL, START_SQL, predicate

GroupBy = Literal["unit", "issuer"]
COUNTED = ("assigned", "done", "on_time", "overdue", "age_0_30", "age_31_90", "age_91")
GROUP_LABELS: dict[GroupBy, str] = {"unit": "责任单位", "issuer": "发文机关"}


class StatRow(BaseModel):
    key: str
    counts: dict[str, int]

    @property
    def on_time_rate(self) -> float | None:
        """Share of signed-off tasks that were signed off by their due date; None before any is done."""
        done = self.counts["done"]
        return self.counts["on_time"] / done if done else None

    @property
    def done_rate(self) -> float | None:
        assigned = self.counts["assigned"]
        return self.counts["done"] / assigned if assigned else None


def task_stats(
    db: Database,
    by: GroupBy,
    base: LedgerFilter,
    today: dt.date,
    warn_days: int,
    *,
    limit: int = 200,
) -> list[StatRow]:
    """Counts per unit or issuer under `base` (an issuer, a unit, a signed-in unit's scope), most
    tasks first: every count but the ages from the tally (migration step 15: one row per issuer,
    unit, status and due date), the ages from the open tasks of the last 90 days."""
    if replace(base, issuer=None, unit=None, scope_unit=None) != LedgerFilter():
        raise ValueError("statistics filter by issuer, unit and scope only")
    groups = _tally_counts(db, by, base, today, limit)
    ages = _recent_ages(db, by, base, today, warn_days)
    rows = []
    for key, counts in groups:
        young, middle = ages.get(key, (0, 0))
        counts |= {"age_0_30": young, "age_31_90": middle, "age_91": counts.pop("open") - young - middle}
        rows.append(StatRow(key=key, counts=counts))
    return rows


_TALLY_SUMS = {
    "assigned": "g.status <> 'cancelled'",
    "done": "g.status = 'done'",
    "on_time": "g.on_time = 1",
    "overdue": f"{OPEN_SQL.replace('t.', 'g.')} AND g.due_date <> '' AND g.due_date < ?",
    "open": OPEN_SQL.replace("t.", "g."),
}


def _tally_counts(
    db: Database, by: GroupBy, base: LedgerFilter, today: dt.date, limit: int
) -> list[tuple[str, dict[str, int]]]:
    clauses, params = who_clauses(base, "g", no_issuer="")
    sums = ", ".join(f"SUM(CASE WHEN {sql} THEN g.n ELSE 0 END) AS {name}" for name, sql in _TALLY_SUMS.items())
    rows = db.execute(
        f"""SELECT CASE WHEN g.{by} = '' THEN ? ELSE g.{by} END AS key, {sums} FROM task_tally g
            WHERE {" AND ".join(["TRUE", *clauses])} GROUP BY g.{by} HAVING SUM(g.n) > 0
            ORDER BY SUM(g.n) DESC, key LIMIT ?""",
        [NO_ISSUER, today.isoformat(), *params, limit],
    )
    return [(row["key"], {name: int(row[name] or 0) for name in _TALLY_SUMS}) for row in rows]


def _recent_ages(
    db: Database, by: GroupBy, base: LedgerFilter, today: dt.date, warn_days: int
) -> dict[str, tuple[int, int]]:
    """Per key, open tasks started in the last 30 days and 31 to 90 days ago (read through
    `tasks_open_start`: only the last 90 days, however long the ledger's history)."""
    young, young_params = predicate("age_0_30", today, warn_days)
    condition, params = where(base, today, warn_days)
    since = (today - dt.timedelta(days=AGE_LIMITS[-1])).isoformat()
    rows = db.execute(
        f"""SELECT COALESCE(t.{by}, ?) AS key, COUNT(*) AS recent,
                   SUM(CASE WHEN {young} THEN 1 ELSE 0 END) AS age_0_30 {FROM}
            WHERE {condition} AND {OPEN_SQL} AND {START_SQL} >= ? GROUP BY t.{by}""",
        [NO_ISSUER, *young_params, *params, since],
    )
    return {row["key"]: (int(row["age_0_30"]), int(row["recent"]) - int(row["age_0_30"])) for row in rows}


def cell_filter(base: LedgerFilter, by: GroupBy, key: str, view: str) -> LedgerFilter:
    """The ledger filter listing exactly the tasks of one count."""
    return replace(base, view=view, unit=key) if by == "unit" else replace(base, view=view, issuer=key)
