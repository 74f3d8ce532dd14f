"""The weekly digest as data, bounded: one section per issuer that met in one ISO week (by
meeting date), or the one issuer asked for.

Each section holds the issuer's meetings of the week with their items and new tasks (only
confirmed meetings' tasks count), the meetings still awaiting review (listed, never dropped),
the tasks carried over from earlier meetings that are overdue or due within the next seven days
(at most `CARRY_LIMIT` of each, the rest counted), and open tasks counted per unit. A meeting
with no recognised issuer gets the section 未识别发文机关 with only its own tasks: another
government's backlog never enters a digest by accident.

"As of" is the Monday after the week (the day a weekly digest goes out), or today if earlier,
so the digest of a past week reads the same whenever it is built (statuses are today's).
Everything is read through `summarizer.store.weekly` (indexed SQL with LIMITs): the size and the
build time do not grow with the store's history. Renderers in `summarizer.render` turn a
`Digest` into Markdown, HTML, DOCX or XLSX.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import BaseModel

from summarizer.clock import today_in_china
from summarizer.errors import InputError
from summarizer.store import Store, weekly
from summarizer.supervision.dues import Light, light, remaining_days

HORIZON_DAYS = 7  # carried over: overdue, or due within this many days from "as of"
CARRY_LIMIT = 20  # at most this many overdue and this many due-soon tasks listed per issuer
UNIT_LIMIT = 20  # units listed in the open-task counts; the rest are summed in one row
CARRIED_TEXT_CHARS = 60  # a carried-over task is a reminder: its text is cut, its number kept
UNRECOGNISED_ISSUER = "未识别发文机关"
_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


class Week(BaseModel):
    year: int
    week: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def label_zh(self) -> str:
        """`2023年第21周（5月22日—5月28日）`; the end's year is written when it differs."""
        end_year = f"{self.end.year}年" if self.end.year != self.start.year else ""
        return (
            f"{self.year}年第{self.week}周（{self.start.month}月{self.start.day}日—"
            f"{end_year}{self.end.month}月{self.end.day}日）"
        )


class DigestItem(BaseModel):
    number: int
    title: str
    kind: str
    decision: str | None
    lead_units: list[str]
    issuance: list[str]
    directive_count: int


class DigestTask(BaseModel):
    id: int
    doc_id: str
    issuer: str | None
    number: int | None
    meeting_date: dt.date | None
    item_number: int
    item_title: str
    source: str
    unit: str
    co_units: list[str]
    text: str
    deadline_text: str | None
    due_date: dt.date | None
    status: str
    light: Light | None
    remaining_days: int | None


class DigestMeeting(BaseModel):
    doc_id: str
    issuer: str | None
    number: int | None
    session: int | None
    date: dt.date | None
    part_of_day: str | None
    chair: str | None
    chair_title: str | None
    review: str
    items: list[DigestItem]
    tasks: list[DigestTask]


class UnitCount(BaseModel):
    unit: str
    open: int
    overdue: int
    due_soon: int
    undated: int


class IssuerSection(BaseModel):
    issuer: str | None
    meetings: list[DigestMeeting]
    pending: list[DigestMeeting]
    carried_over: list[DigestTask]
    overdue_total: int
    due_soon_total: int
    unit_counts: list[UnitCount]
    other_units: UnitCount | None

    @property
    def title(self) -> str:
        return self.issuer or UNRECOGNISED_ISSUER

    @property
    def tasks_opened(self) -> list[DigestTask]:
        return [task for meeting in self.meetings for task in meeting.tasks]

    @property
    def carried_total(self) -> int:
        return self.overdue_total + self.due_soon_total


class DigestCounts(BaseModel):
    meetings: int
    pending: int
    items: int
    tasks_opened: int
    tasks_carried_over: int
    carried_total: int


class Digest(BaseModel):
    week: Week
    as_of: dt.date
    office: str
    issuer: str | None
    sections: list[IssuerSection]
    counts: DigestCounts

    @property
    def tasks_opened(self) -> list[DigestTask]:
        return [task for section in self.sections for task in section.tasks_opened]

    @property
    def tasks_carried_over(self) -> list[DigestTask]:
        return [task for section in self.sections for task in section.carried_over]


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
            raise InputError(
                f"week {text!r} is not like 2023-W21, 'this' or 'last'",
                zh=f"周次“{text}”无法识别：请写成 2023-W21、this 或 last",
            )
        year, number = int(match.group(1)), int(match.group(2))
    try:
        start = dt.date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise InputError(
            f"week {text!r} does not exist: {exc}", zh=f"周次“{text}”不存在：{year}年没有第{number}周"
        ) from exc
    return Week(year=year, week=number, start=start, end=start + dt.timedelta(days=6))


def as_of_day(week: Week, today: dt.date) -> dt.date:
    return min(today, week.end + dt.timedelta(days=1))


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _task(row: dict[str, Any], as_of: dt.date, *, cut: bool = False) -> DigestTask:
    due = _date(row["due_date"])
    text = " ".join(str(row["text"]).split())
    if cut and len(text) > CARRIED_TEXT_CHARS:
        text = text[: CARRIED_TEXT_CHARS - 1] + "…"
    co_units = json.loads(row["co_units"] or "[]")
    return DigestTask(
        id=row["id"], doc_id=row["doc_id"], issuer=row["issuer"], number=row["number"],
        meeting_date=_date(row["meeting_date"]), item_number=row["item_number"], item_title=row["item_title"],
        source=row["source"], unit=row["unit"], co_units=[str(u) for u in co_units], text=text,
        deadline_text=row["deadline_text"], due_date=due, status=row["status"],
        light=light(due, row["status"], as_of), remaining_days=remaining_days(due, as_of),
    )


def _meeting(row: dict[str, Any], tasks: list[DigestTask]) -> DigestMeeting:
    # The stored record was validated when it was saved; the digest reads eight of its fields, so it
    # reads them from the JSON (validating whole records, spans and all, was 0.3 s of a 100-meeting week).
    minutes = json.loads(row["minutes_json"])
    meeting = minutes["meeting"]
    items = [
        DigestItem(
            number=item["number"], title=item["title"], kind=item["kind"], decision=item.get("decision"),
            lead_units=item.get("lead_units", []), issuance=item.get("issuance", []),
            directive_count=len(item.get("directives", [])),
        )
        for item in minutes["items"]
    ]
    return DigestMeeting(
        doc_id=minutes["doc_id"], issuer=row["issuer"], number=row["number"], session=meeting.get("session"),
        date=_date(row["meeting_date"]), part_of_day=meeting.get("part_of_day"), chair=meeting.get("chair"),
        chair_title=meeting.get("chair_title"), review=row["review"], items=items, tasks=tasks,
    )


def _unit_counts(rows: list[dict[str, Any]]) -> tuple[list[UnitCount], UnitCount | None]:
    counts = [UnitCount(**{k: row[k] or 0 for k in ("open", "overdue", "due_soon", "undated")}, unit=row["unit"])
              for row in rows]
    counts.sort(key=lambda c: (-c.overdue, -c.due_soon, -c.open, c.unit))
    shown, rest = counts[:UNIT_LIMIT], counts[UNIT_LIMIT:]
    if not rest:
        return shown, None
    other = UnitCount(
        unit=f"其他{len(rest)}个单位", open=sum(c.open for c in rest), overdue=sum(c.overdue for c in rest),
        due_soon=sum(c.due_soon for c in rest), undated=sum(c.undated for c in rest),
    )
    return shown, other


def _due_soon_until(as_of: dt.date) -> dt.date:
    """The last day a task may be due on to count as due soon."""
    return as_of + dt.timedelta(days=HORIZON_DAYS - 1)


def _section(store: Store, issuer: str | None, documents: list[dict[str, Any]], week: Week,
             as_of: dt.date, by_document: dict[int, list[DigestTask]], counts: list[dict[str, Any]]) -> IssuerSection:
    connection = store.connection
    confirmed = [row for row in documents if row["review"] == "confirmed"]
    meetings = [_meeting(row, by_document.get(row["id"], [])) for row in confirmed]
    pending = [_meeting(row, []) for row in documents if row["review"] != "confirmed"]
    if issuer is None:
        return IssuerSection(issuer=None, meetings=meetings, pending=pending, carried_over=[], overdue_total=0,
                             due_soon_total=0, unit_counts=[], other_units=None)
    soon_until = _due_soon_until(as_of)
    overdue_until = as_of - dt.timedelta(days=1)
    earliest = dt.date(1, 1, 1)
    due_soon = weekly.carried_tasks(connection, issuer, week.start, as_of, soon_until, newest_first=False,
                                    limit=CARRY_LIMIT)
    overdue = weekly.carried_tasks(connection, issuer, week.start, earliest, overdue_until, newest_first=True,
                                   limit=CARRY_LIMIT)
    units, other = _unit_counts(counts)
    overdue_total = sum(row["carried_overdue"] or 0 for row in counts)
    due_soon_total = sum(row["carried_due_soon"] or 0 for row in counts)
    return IssuerSection(
        issuer=issuer, meetings=meetings, pending=pending,
        carried_over=[_task(row, as_of, cut=True) for row in [*overdue, *due_soon]],
        overdue_total=overdue_total, due_soon_total=due_soon_total, unit_counts=units, other_units=other,
    )


def build_digest(
    store: Store,
    week: Week,
    issuer: str | None = None,
    *,
    today: dt.date | None = None,
    office: str | None = None,
) -> Digest:
    """The digest of `week`: with `issuer`, that issuer's section only (even in a week it did
    not meet: its carry-over still matters); without, one section per issuer that met."""
    as_of = as_of_day(week, today or today_in_china())
    documents = weekly.week_documents(store.connection, week.start, week.end, issuer=issuer)
    groups: dict[str | None, list[dict[str, Any]]] = {}
    for row in documents:
        groups.setdefault(row["issuer"] or None, []).append(row)
    if issuer is not None:
        names: list[str | None] = [issuer]
    else:
        names = [*sorted(name for name in groups if name is not None)] + ([None] if None in groups else [])
    # The new tasks of every confirmed meeting of the week, in one query (not one per issuer).
    by_document: dict[int, list[DigestTask]] = {}
    confirmed_ids = [row["id"] for row in documents if row["review"] == "confirmed"]
    for row in weekly.document_tasks(store.connection, confirmed_ids):
        by_document.setdefault(row["document_id"], []).append(_task(row, as_of))
    # Every issuer's open tasks per unit, in one query too.
    soon_until = _due_soon_until(as_of)
    counts: dict[str, list[dict[str, Any]]] = {}
    named_issuers = [name for name in names if name is not None]
    for row in weekly.open_counts_by_unit(store.connection, named_issuers, week.start, week.end, as_of, soon_until):
        counts.setdefault(row["issuer"], []).append(row)
    sections = [_section(store, name, groups.get(name, []), week, as_of, by_document, counts.get(name or "", []))
                for name in names]
    named = [s.issuer for s in sections if s.issuer]
    if office is None:
        office = f"{named[0]}办公室" if len(named) == 1 else "督查室"
    return Digest(
        week=week, as_of=as_of, office=office, issuer=issuer, sections=sections,
        counts=DigestCounts(
            meetings=sum(len(s.meetings) for s in sections),
            pending=sum(len(s.pending) for s in sections),
            items=sum(len(m.items) for s in sections for m in s.meetings),
            tasks_opened=sum(len(s.tasks_opened) for s in sections),
            tasks_carried_over=sum(len(s.carried_over) for s in sections),
            carried_total=sum(s.carried_total for s in sections),
        ),
    )
