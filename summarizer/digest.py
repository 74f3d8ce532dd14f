"""The weekly digest as data: meetings held in one ISO week (by meeting date), their items,
directives grouped by unit, tasks opened that week and open tasks carried over, and counts.

Renderers in `summarizer.render` turn a `Digest` into Markdown, HTML, DOCX or XLSX.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.store import Store
from summarizer.store.ledger import UNNAMED_UNIT, Task

OPEN_STATUSES = ("assigned", "in_progress", "closure_requested")
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


class Week(BaseModel):
    year: int
    week: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"


class DigestItem(BaseModel):
    number: int
    title: str
    kind: str
    decision: str | None
    lead_units: list[str]
    issuance: list[str]
    directive_count: int


class DigestMeeting(BaseModel):
    doc_id: str
    issuer: str | None
    number: int | None
    session: int | None
    date: dt.date | None
    part_of_day: str | None
    chair: str | None
    chair_title: str | None
    items: list[DigestItem]


class DigestDirective(BaseModel):
    doc_id: str
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    text: str
    deadline_text: str | None


class UnitDirectives(BaseModel):
    unit: str
    directives: list[DigestDirective]


class DigestCounts(BaseModel):
    meetings: int
    items: int
    directives: int
    tasks_opened: int
    tasks_carried_over: int


class Digest(BaseModel):
    week: Week
    meetings: list[DigestMeeting]
    directives_by_unit: list[UnitDirectives]
    tasks_opened: list[Task]
    tasks_carried_over: list[Task]
    counts: DigestCounts


def week_of(day: dt.date) -> Week:
    year, number, _ = day.isocalendar()
    return parse_week(f"{year}-W{number}", today=day)


def parse_week(text: str, today: dt.date) -> Week:
    """`2023-W21` (ISO week), `this` or `last` (relative to `today`)."""
    wanted = text.strip().lower()
    if wanted in ("last", "this"):
        day = today - dt.timedelta(days=7) if wanted == "last" else today
        year, number, _ = day.isocalendar()
    else:
        match = _WEEK.match(wanted)
        if match is None:
            raise InputError(f"week {text!r} is not like 2023-W21, 'this' or 'last'")
        year, number = int(match.group(1)), int(match.group(2))
    try:
        start = dt.date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise InputError(f"week {text!r} does not exist: {exc}") from exc
    return Week(year=year, week=number, start=start, end=start + dt.timedelta(days=6))


def _unit_groups(tasks: list[Task]) -> list[UnitDirectives]:
    groups: dict[str, list[DigestDirective]] = {}
    for task in tasks:
        if task.source != "directive":
            continue
        groups.setdefault(task.unit, []).append(
            DigestDirective(
                doc_id=task.doc_id,
                meeting_date=task.meeting_date,
                item_number=task.item_number,
                item_title=task.item_title,
                text=task.text,
                deadline_text=task.deadline_text,
            )
        )
    # Most-charged units first; the unnamed group last; then by name for a stable order.
    order = sorted(groups, key=lambda unit: (unit == UNNAMED_UNIT, -len(groups[unit]), unit))
    return [UnitDirectives(unit=unit, directives=groups[unit]) for unit in order]


def build_digest(store: Store, week: Week, issuer: str | None = None) -> Digest:
    """The digest of `week`; with `issuer` (e.g. 太仓市人民政府), only that issuer's meetings and tasks."""
    meetings = []
    directive_count = 0
    for document in store.documents_between(week.start, week.end, issuer=issuer):
        minutes = document.minutes
        items = [
            DigestItem(
                number=item.number,
                title=item.title,
                kind=item.kind,
                decision=item.decision,
                lead_units=item.lead_units,
                issuance=item.issuance,
                directive_count=len(item.directives),
            )
            for item in minutes.items
        ]
        directive_count += sum(item.directive_count for item in items)
        meetings.append(
            DigestMeeting(
                doc_id=minutes.doc_id,
                issuer=minutes.issuer,
                number=minutes.number,
                session=minutes.meeting.session,
                date=minutes.meeting.date,
                part_of_day=minutes.meeting.part_of_day,
                chair=minutes.meeting.chair,
                chair_title=minutes.meeting.chair_title,
                items=items,
            )
        )
    opened = store.tasks(since=week.start, until=week.end, issuer=issuer)
    before = week.start - dt.timedelta(days=1)
    # Without an issuer, carry over the backlog of the governments that met this week: another
    # city's open tasks in the same store do not belong in this week's digest.
    issuers: list[str | None] = [issuer] if issuer else [*sorted({m.issuer for m in meetings if m.issuer})] or [None]
    carried = [
        task for who in issuers for task in store.tasks(until=before, issuer=who) if task.status in OPEN_STATUSES
    ]
    return Digest(
        week=week,
        meetings=meetings,
        directives_by_unit=_unit_groups(opened),
        tasks_opened=opened,
        tasks_carried_over=carried,
        counts=DigestCounts(
            meetings=len(meetings),
            items=sum(len(m.items) for m in meetings),
            directives=directive_count,
            tasks_opened=len(opened),
            tasks_carried_over=len(carried),
        ),
    )
