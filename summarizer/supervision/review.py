"""Review before the ledger (待确认 → 已交办): correct what was extracted, then confirm.

A saved meeting is `pending`; its tasks count nowhere (ledger, digest, statistics) until a person
confirms it. Before that, and after, a reviewer may correct the meeting (date, issuer, session,
chair), an item (title, kind, decision, lead units, issuance) and the tasks (unit, co-units,
clause, deadline as written, due date), split, merge, delete or add tasks, or delete the meeting.
Every change is kept in `corrections` (extracted value, corrected value, who, when): the audit
trail, and evaluation data (`summarizer.supervision.gold`). Values come in as text, as people type them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, get_args

from summarizer.errors import RefusedError
from summarizer.rules.deadlines import resolve_due
from summarizer.schema import Item, Kind, Minutes, Span
from summarizer.store import Store
from summarizer.store import review as sql
from summarizer.store.ledger import Task, TaskDraft
from summarizer.supervision.derive import is_group, pending_unit

MEETING_FIELDS: dict[str, str] = {"date": "会议日期", "issuer": "发文机关", "session": "会议次数", "chair": "主持人"}
ITEM_FIELDS: dict[str, str] = {
    "title": "议题", "kind": "类型", "decision": "决定", "lead_units": "牵头单位", "issuance": "印发/报送",
}
TASK_FIELDS: dict[str, str] = {
    "unit": "责任单位", "co_units": "协办单位", "text": "任务内容", "deadline_text": "时限（原文）",
    "due_date": "到期日",
}
KINDS: tuple[str, ...] = get_args(Kind)
_LIST_SEPARATORS = re.compile(r"[、，,；;\s]+")


def _bad(message: str, zh: str) -> RefusedError:
    return RefusedError(message, zh=zh)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise _bad(f"{text!r} is not a date like 2024-09-24", f"“{text}”不是日期，请写成 2024-09-24。") from exc


def parse_units(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else _LIST_SEPARATORS.split(value)
    return [unit.strip() for unit in items if unit and unit.strip()]


def _who(who: str) -> str:
    return who.strip() or "未署名"


def _locate(source: str, value: str) -> Span | None:
    """Where a corrected value is written in the source, if it is: a correction stays grounded when it can."""
    at = source.find(value) if value else -1
    return Span(start=at, end=at + len(value)) if at >= 0 else None


def _ground(obj: Any, name: str, value: Any, source: str) -> None:
    """Set `obj.name` and its span: found in the source, or no span (shown as not located)."""
    spans = obj.spans
    spans.pop(name, None)
    if isinstance(value, list):
        found = [_locate(source, v) for v in value]
        if value and all(found):
            spans[name] = found
    elif isinstance(value, str):
        span = _locate(source, value)
        if span is not None:
            spans[name] = span
    setattr(obj, name, value)


# -- meetings ----------------------------------------------------------------------------------


def correct_meeting(store: Store, doc_id: str, field: str, value: str, who: str) -> Minutes:
    if field not in MEETING_FIELDS:
        raise _bad(f"unknown meeting field {field!r}; use one of: {', '.join(MEETING_FIELDS)}", "无此会议字段。")
    with store.transaction() as db:
        doc = sql.document(db, doc_id)
        minutes = sql.minutes_of(doc)
        source = doc["source_text"]
        if field == "date":
            old: Any = minutes.meeting.date
            new: Any = parse_date(value)
            minutes.meeting.spans.pop("date", None)
            minutes.meeting.date = new
            if new is not None:  # the warning that asked for it is answered
                minutes.findings = [f for f in minutes.findings if f.code not in _DATE_FINDINGS]
            _redate_tasks(db, doc["id"], new)
        elif field == "session":
            old = minutes.meeting.session
            text = value.strip()
            if text and not text.isdigit():
                raise _bad(f"session must be a number, got {text!r}", f"会议次数须为数字，收到“{text}”。")
            new = int(text) if text else None
            minutes.meeting.spans.pop("session", None)
            minutes.meeting.session = new
        elif field == "chair":
            old, new = minutes.meeting.chair, value.strip() or None
            _ground(minutes.meeting, "chair", new, source)
        else:
            old, new = minutes.issuer, value.strip() or None
            _ground(minutes, "issuer", new, source)
        sql.save_minutes(db, doc["id"], minutes)
        sql.record(db, doc, f"meeting.{field}", old, new, _who(who))
    return minutes


_DATE_FINDINGS = frozenset({"no_meeting_date", "meeting_date_incomplete"})


def _redate_tasks(db: Any, document_id: int, meeting: dt.date | None) -> None:
    """Deadlines counted from the meeting date move with it; a due date a reviewer set stays."""
    for row in sql.task_rows(db, document_id):
        dates = [resolve_due(part, meeting) for part in (row["deadline_text"] or "").split("；") if part]
        resolved = min((d for d in dates if d is not None), default=None)
        iso = resolved.isoformat() if resolved else None
        values: dict[str, Any] = {"deadline_date": iso}
        if row["due_date"] == row["deadline_date"]:
            values["due_date"] = iso
        sql.update_task(db, row["id"], values)


# -- items -------------------------------------------------------------------------------------


def _item(minutes: Minutes, number: int) -> Item:
    for item in minutes.items:
        if item.number == number:
            return item
    raise _bad(f"the meeting has no item {number}", f"该会议没有第 {number} 项议题。")


def correct_item(store: Store, doc_id: str, number: int, field: str, value: str | list[str], who: str) -> Item:
    if field not in ITEM_FIELDS:
        raise _bad(f"unknown item field {field!r}; use one of: {', '.join(ITEM_FIELDS)}", "无此议题字段。")
    with store.transaction() as db:
        doc = sql.document(db, doc_id)
        minutes = sql.minutes_of(doc)
        item = _item(minutes, number)
        old = getattr(item, field)
        new: Any
        if field in ("lead_units", "issuance"):
            new = parse_units(value)
            _ground(item, field, new, doc["source_text"])
            if field == "lead_units":
                item.lead_units_canonical = list(new)
        elif field == "kind":
            new = str(value).strip()
            if new not in KINDS:
                raise _bad(f"kind must be one of {', '.join(KINDS)}", "议题类型须为 review、hearing、study 或 other。")
            item.kind = new  # checked against KINDS above
        else:
            text = str(value).strip()
            if field == "title" and not text:
                raise _bad("an item needs a title", "议题名称不能为空。")
            new = text or None
            _ground(item, field, new, doc["source_text"])
        sql.save_minutes(db, doc["id"], minutes)
        sql.record(db, doc, f"item.{field}", old, new, _who(who), item_number=number)
    return item


# -- tasks -------------------------------------------------------------------------------------


def _task_snapshot(row: Any) -> dict[str, Any]:
    return {
        "unit": row["unit"], "co_units": json.loads(row["co_units"] or "[]"), "text": row["text"],
        "deadline_text": row["deadline_text"], "due_date": row["due_date"],
    }


def correct_task(store: Store, task_id: int, field: str, value: str | list[str] | None, who: str) -> Task:
    if field not in TASK_FIELDS:
        raise _bad(f"unknown task field {field!r}; use one of: {', '.join(TASK_FIELDS)}", "无此任务字段。")
    with store.transaction() as db:
        row = sql.task_row(db, task_id)
        doc = sql.document(db, row["doc_id"])
        old: Any = _task_snapshot(row)[field]
        new: Any
        if field == "co_units":
            new = parse_units(value)
            sql.update_task(db, task_id, {"co_units": json.dumps(new, ensure_ascii=False)})
        elif field == "due_date":
            due = parse_date(value if not isinstance(value, list) else None)
            new = due.isoformat() if due else None
            sql.update_task(db, task_id, {"due_date": new})
        else:
            text = (value if isinstance(value, str) else "").strip()
            if field in ("unit", "text") and not text:
                raise _bad(f"a task's {field} cannot be empty", "责任单位和任务内容不能为空。")
            new = text or None
            values: dict[str, Any] = {field: new}
            if field == "unit":
                values["is_group"] = int(is_group(text))
            sql.update_task(db, task_id, values)
        if old != new:
            sql.record(db, doc, f"task.{field}", old, new, _who(who), item_number=row["item_number"], task_id=task_id)
    return store.task(task_id)


def _draft(row: Any, **changes: Any) -> TaskDraft:
    span = Span(start=row["span_start"], end=row["span_end"]) if row["span_start"] is not None else None
    values: dict[str, Any] = {
        "item_number": row["item_number"], "item_title": row["item_title"], "source": row["source"],
        "directive_ordinal": row["directive_ordinal"], "unit": row["unit"], "unit_verbatim": row["unit_verbatim"],
        "text": row["text"], "deadline_text": row["deadline_text"],
        "deadline_date": dt.date.fromisoformat(row["deadline_date"]) if row["deadline_date"] else None,
        "span": span, "co_units": tuple(json.loads(row["co_units"] or "[]")), "is_group": bool(row["is_group"]),
    }
    values.update(changes)
    return TaskDraft(**values)


def split_task(store: Store, task_id: int, units: str | list[str], who: str) -> list[int]:
    """One task per unit (a group named unit by unit, or two units in one clause): same clause and deadline."""
    names = parse_units(units)
    if len(names) < 2:
        raise _bad("name at least two units to split a task into", "拆分任务须填写至少两个责任单位。")
    with store.transaction() as db:
        row = sql.task_row(db, task_id)
        doc = sql.document(db, row["doc_id"])
        ids = [task_id]
        sql.update_task(db, task_id, {"unit": names[0], "is_group": int(is_group(names[0]))})
        for name in names[1:]:
            draft = _draft(row, unit=name, is_group=is_group(name))
            ids.append(sql.insert_task(db, doc, draft, row["due_date"]))
        sql.record(db, doc, "task.split", _task_snapshot(row), {"task_ids": ids, "units": names}, _who(who),
                   item_number=row["item_number"], task_id=task_id)
    return ids


def merge_tasks(store: Store, task_ids: list[int], who: str) -> int:
    """The first task takes the others' clauses; their units become its co-units; the earliest due date holds."""
    if len(set(task_ids)) < 2:
        raise _bad("name at least two tasks to merge", "合并须选择至少两项任务。")
    with store.transaction() as db:
        rows = [sql.task_row(db, i) for i in dict.fromkeys(task_ids)]
        if len({r["document_id"] for r in rows}) != 1:
            raise _bad("only tasks of one meeting can be merged", "只能合并同一会议的任务。")
        first = rows[0]
        doc = sql.document(db, first["doc_id"])
        co = list(json.loads(first["co_units"] or "[]"))
        for other in rows[1:]:
            for unit in [other["unit"], *json.loads(other["co_units"] or "[]")]:
                if unit != first["unit"] and unit not in co:
                    co.append(unit)
        texts = list(dict.fromkeys(r["text"] for r in rows))
        deadlines = list(dict.fromkeys(r["deadline_text"] for r in rows if r["deadline_text"]))
        dues = [r["due_date"] for r in rows if r["due_date"]]
        starts = [r["span_start"] for r in rows if r["span_start"] is not None]
        ends = [r["span_end"] for r in rows if r["span_end"] is not None]
        sql.update_task(db, first["id"], {
            "text": "；".join(texts), "co_units": json.dumps(co, ensure_ascii=False),
            "deadline_text": "；".join(deadlines) or None, "due_date": min(dues) if dues else None,
            "span_start": min(starts) if starts else None, "span_end": max(ends) if ends else None,
        })
        for other in rows[1:]:
            sql.delete_task(db, other["id"])
        sql.record(db, doc, "task.merge", [_task_snapshot(r) for r in rows], {"task_id": first["id"]}, _who(who),
                   item_number=first["item_number"], task_id=first["id"])
    return int(first["id"])


def delete_task(store: Store, task_id: int, who: str) -> None:
    with store.transaction() as db:
        row = sql.task_row(db, task_id)
        doc = sql.document(db, row["doc_id"])
        sql.delete_task(db, task_id)
        sql.record(db, doc, "task.delete", _task_snapshot(row), None, _who(who),
                   item_number=row["item_number"], task_id=task_id)


def add_task(
    store: Store, doc_id: str, item_number: int, unit: str, text: str, who: str,
    deadline_text: str = "", due_date: str = "", co_units: str | list[str] = "",
) -> int:
    """A task the extractor missed. Its clause is located in the source when it is written there."""
    unit, text = unit.strip(), text.strip()
    if not unit or not text:
        raise _bad("a new task needs a unit and a text", "新增任务须填写责任单位和任务内容。")
    with store.transaction() as db:
        doc = sql.document(db, doc_id)
        minutes = sql.minutes_of(doc)
        item = _item(minutes, item_number)
        due = parse_date(due_date)
        draft = TaskDraft(
            item_number=item_number, item_title=item.title, source="directive", directive_ordinal=None,
            # The due date is the reviewer's own: no written deadline resolves to it, so a later
            # change of the meeting date leaves it alone (see _redate_tasks).
            unit=unit, unit_verbatim="", text=text, deadline_text=deadline_text.strip() or None,
            deadline_date=None, span=_locate(doc["source_text"], text),
            co_units=tuple(parse_units(co_units)), is_group=is_group(unit),
        )
        task_id = sql.insert_task(db, doc, draft, due.isoformat() if due else None)
        sql.record(db, doc, "task.add", None, {"unit": unit, "text": text, "deadline_text": draft.deadline_text,
                                               "due_date": due, "co_units": list(draft.co_units)},
                   _who(who), item_number=item_number, task_id=task_id)
    return task_id


# -- meetings as a whole -----------------------------------------------------------------------


def delete_meeting(store: Store, doc_id: str, who: str) -> None:
    with store.transaction() as db:
        doc = sql.document(db, doc_id)
        sql.record(db, doc, "meeting.delete", {"doc_id": doc["doc_id"], "source_file": doc["source_file"]}, None,
                   _who(who))
        sql.delete_document(db, doc["id"])


def confirm(store: Store, doc_id: str, who: str) -> None:
    """The meeting's tasks enter the ledger (已交办)."""
    with store.transaction() as db:
        doc = sql.document(db, doc_id)
        sql.confirm(db, doc["id"], _who(who))
        sql.record(db, doc, "meeting.review", doc["review"], "confirmed", _who(who))


def tasks_of(store: Store, doc_id: str) -> list[Task]:
    """A meeting's tasks for the reviewer: those with no named unit (待明确) first, then in item order."""
    db = store.connection
    doc = sql.document(db, doc_id)
    tasks = [sql.as_task(row) for row in sql.task_rows(db, doc["id"])]
    return sorted(tasks, key=lambda t: (t.unit != pending_unit(), t.item_number, t.id))


def pending_meetings(store: Store) -> list[sql.PendingMeeting]:
    return sql.pending(store.connection)


def corrections(store: Store, doc_id: str | None = None) -> list[sql.Correction]:
    return sql.corrections(store.connection, doc_id)


def review_state(store: Store, doc_id: str) -> tuple[str, str | None, str | None]:
    doc = sql.document(store.connection, doc_id)
    return doc["review"], doc["reviewed_by"], doc["reviewed_at"]
