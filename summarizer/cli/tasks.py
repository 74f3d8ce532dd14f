"""`summarizer tasks`: the task ledger (督办台账); `tasks set ID STATUS --note` records progress."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from summarizer.cli.output import output_stream, write_lines, write_output
from summarizer.cli.task import login_name
from summarizer.config import Settings
from summarizer.render.digest_text import status_label
from summarizer.store import Store
from summarizer.store.ledger import TASK_STATUSES, Task
from summarizer.store.tasks import TASK_ORDERS
from summarizer.store.weekly import iter_ledger
from summarizer.supervision.events import history_line

TEXT_WIDTH = 40


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("tasks", help="list the task ledger, or change a task's status")
    parser.add_argument("--unit", help="only this unit (canonical or as written), e.g. 市发改委")
    parser.add_argument("--status", choices=TASK_STATUSES, help="only tasks with this status")
    parser.add_argument("--since", type=_date, help="only tasks from meetings on or after YYYY-MM-DD")
    parser.add_argument("--issuer", help="only tasks from this issuer's meetings, e.g. 太仓市人民政府")
    parser.add_argument("--sort", choices=tuple(TASK_ORDERS), default="due",
                        help="row order (default: due, soonest first, undated last)")
    parser.add_argument("--limit", type=_positive, help="at most this many rows (a page)")
    parser.add_argument("--offset", type=_positive, default=0, help="skip this many rows first (with --limit)")
    parser.add_argument(
        "--review", choices=("confirmed", "pending", "all"), default="confirmed",
        help="tasks of confirmed meetings (the ledger, default), of meetings waiting for review, or of all",
    )
    parser.add_argument("--format", choices=("table", "csv", "xlsx", "json"), default="table")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    setter = actions.add_parser("set", help="move a task to a status as the office (see `summarizer task`)")
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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be 0 or more")
    return value


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


def task_json(task: Task) -> dict[str, Any]:
    return {
        "id": task.id,
        "doc_id": task.doc_id,
        "issuer": task.issuer,
        "meeting_date": task.meeting_date.isoformat() if task.meeting_date else None,
        "item_number": task.item_number,
        "item_title": task.item_title,
        "unit": task.unit,
        "co_units": task.co_units,
        "group": task.is_group,
        "text": task.text,
        "deadline_text": task.deadline_text,
        "due": task.due_date.isoformat() if task.due_date else None,
        "state": task.status,
        "review": task.review,
        "source": task.source,
        "span": [task.span.start, task.span.end] if task.span else None,
        "repeat_of": task.repeat_of,
    }


def table_lines(tasks: Iterable[Task]) -> Iterator[str]:
    """The table, one line at a time (the ledger may be longer than memory wants to hold)."""
    header = (
        f"{_fit('会议日期', 10)}  {_fit('责任单位', 20)}  {_fit('状态', 8)}  {_fit('时限', 12)}  {_fit('到期日', 10)}"
    )
    yield f"{'ID':>5}  {header}  任务\n"
    for task in tasks:
        date = task.meeting_date.isoformat() if task.meeting_date else "----------"
        repeat = f" (重复#{task.repeat_of})" if task.repeat_of else ""
        yield (
            f"{task.id:>5}  {date}  {_fit(task.unit, 20)}  {_fit(status_label(task.status), 8)}  "
            f"{_fit(task.deadline_text or '—', 12)}  {_fit(task.due_date.isoformat() if task.due_date else '—', 10)}  "
            f"{_fit(task.text, TEXT_WIDTH).rstrip()}{repeat}\n"
        )


def table(tasks: Iterable[Task]) -> str:
    return "".join(table_lines(tasks))


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    """Rows stream from the database to the output: memory does not grow with the ledger."""
    if args.format in ("xlsx", "csv"):
        return _export(args, settings)
    with Store.open(settings.database) as store:
        tasks = store.iter_tasks(
            unit=args.unit, status=args.status, since=args.since, issuer=args.issuer,
            order=args.sort, limit=args.limit, offset=args.offset if args.limit is not None else 0,
            review=None if args.review == "all" else args.review,
        )
        if args.format == "json":
            write_output(json.dumps([task_json(t) for t in tasks], ensure_ascii=False, indent=2) + "\n", args.output)
        else:
            write_lines(table_lines(tasks), args.output)
    return 0


def _export(args: argparse.Namespace, settings: Settings) -> int:
    """XLSX or CSV of confirmed meetings' tasks, streamed from one SQL cursor: memory does not
    grow with the ledger."""
    from summarizer.render.ledger_xlsx import write_ledger_csv, write_ledger_xlsx

    with Store.open(settings.database) as store, closing(
        iter_ledger(
            store.connection, unit=args.unit, status=args.status, since=args.since, issuer=args.issuer,
            order=args.sort, limit=args.limit, offset=args.offset if args.limit is not None else 0,
        )
    ) as rows, output_stream(args.output, binary=args.format == "xlsx") as out:
        if args.format == "xlsx":
            write_ledger_xlsx(out, [("督办台账", rows)])
        else:
            write_ledger_csv(out, rows)
    return 0


def run_set(args: argparse.Namespace, settings: Settings) -> int:
    """Move a task to STATUS through the lifecycle as the office (see `summarizer task` for every step)."""
    who = args.who or login_name()
    with Store.open(settings.database) as store:
        task = store.set_task_status(args.id, args.status, note=args.note, who=who)
    print(f"task {task.id}: {status_label(task.status)} ({task.unit})")
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        task = store.task(args.id)
    print(f"#{task.id} {task.unit}（原文：{task.unit_verbatim or '—'}） {status_label(task.status)}")
    print(f"会议：{task.issuer or ''} {task.doc_id} {task.meeting_date or ''} 议题{task.item_number} {task.item_title}")
    print(f"任务：{task.text}")
    if task.deadline_text:
        print(f"时限：{task.deadline_text} {task.deadline_date or ''}")
    if task.due_date:
        print(f"完成时限：{task.due_date}")
    if task.pending_due:
        print(f"待审批延期至：{task.pending_due}")
    if task.repeat_of:
        print(f"重复自：#{task.repeat_of}")
    for change in task.history:
        print(history_line(change))
    return 0
