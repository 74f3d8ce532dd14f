"""`summarizer task ID ACTION`: one step of the 督办 lifecycle (progress, closure, extension, cancel).

The CLI is the operator at the server: it acts as the office (督查室) unless `--unit` says it
records a step on behalf of a unit (then only a unit's actions are allowed, on that unit's tasks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from typing import Any

from summarizer.config import Settings
from summarizer.store import Store
from summarizer.supervision.lifecycle import ACTIONS, state_label
from summarizer.supervision.record import take_action
from summarizer.supervision.roles import Actor

COMMANDS = {name.replace("_", "-"): name for name in ACTIONS}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "task",
        help="take one lifecycle step on a task (progress, request-close, approve, return, extend, …)",
        description="Actions: " + ", ".join(f"{cmd} ({ACTIONS[name].label})" for cmd, name in COMMANDS.items()),
    )
    parser.add_argument("id", type=int, help="task id (first column of `summarizer tasks`)")
    parser.add_argument("action", choices=list(COMMANDS), metavar="ACTION", help=", ".join(COMMANDS))
    parser.add_argument("--note", default="", help="what was done, or the reason (required to return, extend, cancel)")
    parser.add_argument("--due", type=_date, help="request-extension: the new due date YYYY-MM-DD")
    parser.add_argument("--date", type=_date, help="progress: the day the report speaks of (default today)")
    parser.add_argument("--who", help="who acts (default: the login name)")
    parser.add_argument("--unit", help="act as a user of this unit (承办单位) instead of the office")
    parser.set_defaults(run=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2023-05-23") from exc


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # a container user with no passwd entry and no $USER
        return "unknown"


def run(args: argparse.Namespace, settings: Settings) -> int:
    who = args.who or login_name()
    actor = Actor(name=who, role="unit", unit=args.unit) if args.unit else Actor(name=who, role="office")
    with Store.open(settings.database) as store:
        task = store.task(args.id)
        before = task.status
        task = take_action(store, args.id, COMMANDS[args.action], actor, note=args.note, new_due=args.due, on=args.date)
    due = f", due {task.due_date}" if task.due_date else ""
    pending = f", extension to {task.pending_due} pending" if task.pending_due else ""
    print(f"task {task.id}: {state_label(before)} → {state_label(task.status)} ({task.unit}{due}{pending})")
    return 0
