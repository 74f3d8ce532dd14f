"""`summarizer tasks`: the task ledger (督办台账); `tasks set ID STATUS --note` records progress."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import unicodedata
from pathlib import Path
from typing import Any

from summarizer.cli.output import write_output
from summarizer.config import Settings
from summarizer.render.digest_text import status_label
from summarizer.render.ledger_xlsx import render_ledger_csv, render_ledger_xlsx
from summarizer.store import Store
from summarizer.store.ledger import TASK_STATUSES, Task

TEXT_WIDTH = 40


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("tasks", help="list the task ledger, or change a task's status")
    parser.add_argument("--unit", help="only this unit (canonical or as written), e.g. 市发改委")
    parser.add_argument("--status", choices=TASK_STATUSES, help="only tasks with this status")
    parser.add_argument("--since", type=_date, help="only tasks from meetings on or after YYYY-MM-DD")
    parser.add_argument("--issuer", help="only tasks from this issuer's meetings, e.g. 太仓市人民政府")
    parser.add_argument("--format", choices=("table", "csv", "xlsx"), default="table")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    setter = actions.add_parser("set", help="change a task's status, with a note")
    setter.add_argument("id", type=int, help="task id (first column of `summarizer tasks`)")
    setter.add_argument("status", choices=TASK_STATUSES)
    setter.add_argument("--note", default="", help="what was done")
    setter.add_argument("--who", help="who made the change (default: the login name)")
    setter.set_defaults(run=run_set)
    shower = actions.add_parser("show", help="one task with its history")
    shower.add_argument("id", type=int)
    shower.set_defaults(run=run_show)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2023-05-23") from exc


def _columns(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _fit(text: str, width: int) -> str:
    """Cut (with …) and pad to a display width; CJK characters take two columns."""
    flat = "".join(text.split())
    if sum(_columns(c) for c in flat) > width:
        out, used = "", 0
        for char in flat:
            if used + _columns(char) > width - 1:
                break
            out, used = out + char, used + _columns(char)
        flat = out + "…"
    return flat + " " * max(width - sum(_columns(c) for c in flat), 0)


def table(tasks: list[Task]) -> str:
    header = f"{_fit('会议日期', 10)}  {_fit('责任单位', 20)}  {_fit('状态', 8)}  {_fit('时限', 12)}"
    lines = [f"{'ID':>5}  {header}  任务"]
    for task in tasks:
        date = task.meeting_date.isoformat() if task.meeting_date else "----------"
        repeat = f" (重复#{task.repeat_of})" if task.repeat_of else ""
        lines.append(
            f"{task.id:>5}  {date}  {_fit(task.unit, 20)}  {_fit(status_label(task.status), 8)}  "
            f"{_fit(task.deadline_text or '—', 12)}  {_fit(task.text, TEXT_WIDTH).rstrip()}{repeat}"
        )
    return "\n".join(lines) + "\n"


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        tasks = store.tasks(unit=args.unit, status=args.status, since=args.since, issuer=args.issuer)
    if args.format == "xlsx":
        write_output(render_ledger_xlsx([("督办台账", tasks)]), args.output)
    elif args.format == "csv":
        write_output(render_ledger_csv(tasks), args.output)
    else:
        write_output(table(tasks), args.output)
    return 0


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # a container user with no passwd entry and no $USER
        return "unknown"


def run_set(args: argparse.Namespace, settings: Settings) -> int:
    who = args.who or _login_name()
    with Store.open(settings.database) as store:
        task = store.set_task_status(args.id, args.status, note=args.note, who=who)
    print(f"task {task.id}: {status_label(task.status)} ({task.unit})")
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        task = store.task(args.id)
    print(f"#{task.id} {task.unit}（原文：{task.unit_verbatim or '—'}） {status_label(task.status)}")
    print(f"会议：{task.doc_id} {task.meeting_date or ''} 议题{task.item_number} {task.item_title}")
    print(f"任务：{task.text}")
    if task.deadline_text:
        print(f"时限：{task.deadline_text} {task.deadline_date or ''}")
    if task.repeat_of:
        print(f"重复自：#{task.repeat_of}")
    for change in task.history:
        print(f"{change.at} {change.who}: {change.old_status} → {change.new_status} {change.note}")
    return 0
