"""Apply a lifecycle action to a stored task: check it, update the task, append the event to its history.

Every step is one row of `task_history` with who, the role and unit they acted as, when (UTC), the
note, and for extensions the new due date, for progress reports the day they speak of.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from summarizer.clock import now_utc, today_in_china
from summarizer.errors import InputError
from summarizer.store.db import Database, Row
from summarizer.store.ledger import Task
from summarizer.store.tasks import task as read_task
from summarizer.supervision.lifecycle import ACTIONS, check
from summarizer.supervision.roles import Actor


class HasDatabase(Protocol):
    """A `Store` (or anything holding its database as `.db`)."""

    db: Database


def _task_row(db: Database, task_id: int) -> Row:
    row = db.execute(
        """SELECT t.status, t.unit, t.unit_verbatim, t.pending_due, t.due_date, d.review
           FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = ?""",
        (task_id,),
    ).fetchone()
    if row is None:
        raise InputError(
            f"no task with id {task_id}; list them with `summarizer tasks`", zh=f"没有编号为 {task_id} 的任务。"
        )
    if row["review"] != "confirmed":
        raise InputError(
            f"task {task_id} belongs to a meeting not yet confirmed in review",
            zh=f"任务 #{task_id} 所属会议尚未确认，不能办理。",
        )
    return row


def take_action(
    store: Database | HasDatabase,
    task_id: int,
    action: str,
    actor: Actor,
    *,
    note: str = "",
    new_due: dt.date | None = None,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Task:
    """Take `action` on a task as `actor`; returns the task with its history. Raises InputError."""
    today = today or today_in_china()
    database = store if isinstance(store, Database) else store.db
    with database.transaction() as db:
        row = _task_row(db, task_id)
        old = row["status"]
        new = check(
            action,
            state=old,
            actor=actor,
            unit=row["unit"],
            unit_verbatim=row["unit_verbatim"],
            pending=row["pending_due"] is not None,
            note=note,
            new_due=new_due,
        )
        recorded_due = new_due
        if action == "request_extension" and new_due is not None:
            db.execute("UPDATE tasks SET pending_due = ? WHERE id = ?", (new_due.isoformat(), task_id))
        elif action == "approve_extension":
            recorded_due = dt.date.fromisoformat(row["pending_due"])
            db.execute(
                "UPDATE tasks SET due_date = pending_due, pending_due = NULL WHERE id = ?", (task_id,)
            )
        elif action == "reject_extension":
            db.execute("UPDATE tasks SET pending_due = NULL WHERE id = ?", (task_id,))
        if new != old:
            done_on = today.isoformat() if new == "done" else None
            db.execute("UPDATE tasks SET status = ?, done_on = ? WHERE id = ?", (new, done_on, task_id))
        db.execute(
            """INSERT INTO task_history (task_id, at, who, old_status, new_status, note, kind, role,
                   actor_unit, new_due, event_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                task_id,
                now_utc(),
                actor.name,
                old,
                new,
                note.strip(),
                ACTIONS[action].kind,
                actor.role,
                actor.unit,
                recorded_due.isoformat() if recorded_due else None,
                (on or today).isoformat() if action == "progress" else None,
            ),
        )
    return read_task(database, task_id)


def action_to(state: str, target: str) -> str:
    """The office action that moves a task from `state` to `target` (for `summarizer tasks set`)."""
    for action in ACTIONS.values():
        if action.to_state == target and state in action.from_states and "office" in action.roles:
            return action.name
    raise InputError(
        f"a task that is {state} cannot become {target}; use `summarizer task ID ACTION`",
        zh="该状态变更不在办理流程内。",
    )
