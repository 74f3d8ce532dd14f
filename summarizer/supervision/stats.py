"""Statistics per unit or per issuer (交办, 办结, 按期办结率, 逾期, 未办结按时长), one GROUP BY in SQL.

Each count is `SUM(CASE WHEN <view predicate> …)` over the same filter the ledger uses, so the
ledger opened on (group, view) lists exactly the tasks counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel

from summarizer.store.db import Database
from summarizer.supervision.ledger_query import NO_ISSUER, LedgerFilter, where
from summarizer.supervision.views import FROM, predicate

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
    """Counts per unit or issuer under `base` (an issuer, a signed-in unit's scope), most tasks first."""
    selects: list[str] = []
    params: list[object] = []
    for view in COUNTED:
        sql, extra = predicate(view, today, warn_days)
        selects.append(f"SUM(CASE WHEN {sql} THEN 1 ELSE 0 END) AS {view}")
        params += extra
    condition, extra = where(base, today, warn_days)
    rows = db.execute(
        f"""SELECT COALESCE(t.{by}, ?) AS key, {", ".join(selects)} {FROM} WHERE {condition}
            GROUP BY t.{by} ORDER BY COUNT(*) DESC, key LIMIT ?""",
        [NO_ISSUER, *params, *extra, limit],
    )
    return [StatRow(key=row["key"], counts={v: int(row[v] or 0) for v in COUNTED}) for row in rows]


def cell_filter(base: LedgerFilter, by: GroupBy, key: str, view: str) -> LedgerFilter:
    """The ledger filter listing exactly the tasks of one count."""
    return replace(base, view=view, unit=key) if by == "unit" else replace(base, view=view, issuer=key)
