"""催办: per unit, the open tasks that are overdue or due within the warning days, as 催办通知 data.

Renderers (`summarizer.render.reminders`) turn the notices into Markdown, Word (one unit per page)
and Excel. Sending them is out of scope: the output is what an office prints or sends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pydantic import BaseModel

from summarizer.store.db import Database
from summarizer.supervision.dues import remaining_days
from summarizer.supervision.ledger_query import LedgerFilter, LedgerRow, page_tasks

DEFAULT_OFFICE = "督查室"
MAX_TASKS = 5000  # a notice run larger than this is not a notice any office would print


class UnitNotice(BaseModel):
    """One 催办通知: a unit and its overdue / due-soon tasks, most overdue first."""

    unit: str
    tasks: list[LedgerRow]

    @property
    def overdue(self) -> int:
        return sum(1 for t in self.tasks if t.light == "red")

    @property
    def due_soon(self) -> int:
        return sum(1 for t in self.tasks if t.light == "yellow")


class Reminders(BaseModel):
    office: str
    issuer: str | None
    today: dt.date
    warn_days: int
    notices: list[UnitNotice]
    truncated: bool = False


def overdue_days(row: LedgerRow, today: dt.date) -> int:
    """Days past the due date (0 when not yet due)."""
    left = remaining_days(row.due_date, today)
    return -left if left is not None and left < 0 else 0


def build_reminders(
    db: Database,
    base: LedgerFilter,
    today: dt.date,
    warn_days: int,
    office: str = DEFAULT_OFFICE,
) -> Reminders:
    """The notices for every unit under `base` (a unit, an issuer) with tasks overdue or due soon."""
    rows = page_tasks(db, replace(base, view="remind"), today, warn_days, limit=MAX_TASKS + 1)
    by_unit: dict[str, list[LedgerRow]] = {}
    for row in rows[:MAX_TASKS]:
        by_unit.setdefault(row.unit, []).append(row)
    notices = [UnitNotice(unit=unit, tasks=tasks) for unit, tasks in by_unit.items()]
    notices.sort(key=lambda n: (-n.overdue, -len(n.tasks), n.unit))
    return Reminders(
        office=office,
        issuer=base.issuer,
        today=today,
        warn_days=warn_days,
        notices=notices,
        truncated=len(rows) > MAX_TASKS,
    )
