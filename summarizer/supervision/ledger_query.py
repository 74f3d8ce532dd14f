"""The 督办台账 as bounded reads: a filter, a count and one page of rows, sorted overdue first.

Never loads every task: the page asks for `count` and one `page` (LIMIT/OFFSET in SQL).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from pydantic import BaseModel

from summarizer.store.db import Database
from summarizer.store.ledger import Task
from summarizer.store.tasks import task_from_row
from summarizer.supervision.dues import Light, light, remaining_text
from summarizer.supervision.views import BASE, FROM, OPEN_SQL, predicate

NO_ISSUER = "（未识别发文机关）"
LEDGER_PAGE_SIZE = 50


@dataclass(frozen=True)
class LedgerFilter:
    """Which tasks: every field None means no restriction. `scope_unit` is the signed-in unit's own."""

    unit: str | None = None
    issuer: str | None = None  # NO_ISSUER: tasks whose meeting has no recognised issuer
    status: str | None = None
    view: str | None = None  # a name of summarizer.supervision.views.VIEW_LABELS
    doc_id: str | None = None
    item: int | None = None
    task_id: int | None = None
    text: str | None = None
    scope_unit: str | None = None

    def scoped(self, unit: str | None) -> LedgerFilter:
        return replace(self, scope_unit=unit)


class LedgerRow(BaseModel):
    id: int
    status: str
    unit: str
    text: str
    due_date: dt.date | None
    deadline_text: str | None
    pending_due: dt.date | None
    issuer: str | None
    number: int | None
    meeting_date: dt.date | None
    doc_id: str
    item_number: int
    item_title: str
    light: Light | None
    remaining: str

    @property
    def meeting(self) -> str:
        """The meeting as people cite it: issuer + number/date (two cities' 市发改委 never mix)."""
        who = self.issuer or NO_ISSUER
        when = self.meeting_date.isoformat() if self.meeting_date else "日期不详"
        number = f"第{self.number}号 " if self.number is not None else ""
        return f"{who} {number}{when}"


def who_clauses(flt: LedgerFilter, table: str = "t", no_issuer: str | None = None) -> tuple[list[str], list[object]]:
    """The filter's unit scope, unit and issuer as conditions on `table`'s columns: the tasks, or the
    statistics' tally, which stores a missing issuer as `no_issuer` (tasks: NULL)."""
    clauses: list[str] = []
    params: list[object] = []
    if flt.scope_unit is not None:
        clauses.append(f"({table}.unit = ? OR {table}.unit_verbatim = ?)")
        params += [flt.scope_unit, flt.scope_unit]
    if flt.unit is not None:
        clauses.append(f"{table}.unit = ?")
        params.append(flt.unit)
    if flt.issuer == NO_ISSUER and no_issuer is None:
        clauses.append(f"{table}.issuer IS NULL")
    elif flt.issuer is not None:
        clauses.append(f"{table}.issuer = ?")
        params.append(no_issuer if flt.issuer == NO_ISSUER else flt.issuer)
    return clauses, params


def where(flt: LedgerFilter, today: dt.date, warn_days: int) -> tuple[str, list[object]]:
    who, params = who_clauses(flt)
    clauses = [BASE, *who]
    if flt.status is not None:
        clauses.append("t.status = ?")
        params.append(flt.status)
    if flt.view is not None:
        sql, extra = predicate(flt.view, today, warn_days)
        clauses.append(f"({sql})")
        params += extra
    if flt.doc_id is not None:
        clauses.append("d.doc_id = ?")
        params.append(flt.doc_id)
    if flt.item is not None:
        clauses.append("t.item_number = ?")
        params.append(flt.item)
    if flt.task_id is not None:
        clauses.append("t.id = ?")
        params.append(flt.task_id)
    if flt.text:
        clauses.append("t.text LIKE ?")
        params.append(f"%{flt.text}%")
    return " AND ".join(clauses), params


def count_tasks(db: Database, flt: LedgerFilter, today: dt.date, warn_days: int) -> int:
    sql, params = where(flt, today, warn_days)
    row = db.execute(f"SELECT COUNT(*) {FROM} WHERE {sql}", params).fetchone()
    return int(row[0]) if row is not None else 0


def page_tasks(
    db: Database,
    flt: LedgerFilter,
    today: dt.date,
    warn_days: int,
    *,
    offset: int = 0,
    limit: int = LEDGER_PAGE_SIZE,
) -> list[LedgerRow]:
    """One page: overdue first, then open by due date (undated last), then closed tasks."""
    sql, params = where(flt, today, warn_days)
    rows = db.execute(
        f"""SELECT t.id, t.status, t.unit, t.text, t.due_date, t.deadline_text, t.pending_due, t.issuer,
                   d.number, t.meeting_date, d.doc_id, t.item_number, t.item_title
            {FROM} WHERE {sql}
            ORDER BY CASE WHEN {OPEN_SQL} AND t.due_date < ? THEN 0 WHEN {OPEN_SQL} THEN 1 ELSE 2 END,
                     CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date, t.id
            LIMIT ? OFFSET ?""",
        [*params, today.isoformat(), limit, offset],
    ).fetchall()
    out = []
    for row in rows:
        due = dt.date.fromisoformat(row["due_date"]) if row["due_date"] else None
        out.append(
            LedgerRow(
                **dict(row),
                light=light(due, row["status"], today, warn_days),
                remaining=remaining_text(due, row["status"], today),
            )
        )
    return out


EXPORT_LIMIT = 20_000


def export_tasks(
    db: Database, flt: LedgerFilter, today: dt.date, warn_days: int, limit: int = EXPORT_LIMIT
) -> list[Task]:
    """The filtered ledger as `Task`s for the Excel/CSV renderers, in ledger order, at most `limit`."""
    sql, params = where(flt, today, warn_days)
    rows = db.execute(
        f"""SELECT t.*, d.doc_id, d.review {FROM} WHERE {sql}
            ORDER BY CASE WHEN {OPEN_SQL} AND t.due_date < ? THEN 0 WHEN {OPEN_SQL} THEN 1 ELSE 2 END,
                     CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date, t.id
            LIMIT ?""",
        [*params, today.isoformat(), limit],
    )
    return [task_from_row(row) for row in rows]


def distinct_values(
    db: Database, column: str, flt: LedgerFilter, today: dt.date, warn_days: int
) -> list[str]:
    """Values of `unit` or `issuer` that have tasks under the filter, most tasks first (for the filter lists)."""
    if column not in ("unit", "issuer"):
        raise ValueError(column)
    sql, params = where(flt, today, warn_days)
    rows = db.execute(
        f"SELECT COALESCE(t.{column}, ?) AS v, COUNT(*) AS n {FROM} WHERE {sql} GROUP BY t.{column} "
        "ORDER BY n DESC, v LIMIT 500",
        [NO_ISSUER, *params],
    )
    return [str(row["v"]) for row in rows]
