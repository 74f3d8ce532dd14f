"""`summarizer review`: list meetings waiting for review, show one, correct it, confirm it.

Every correction is kept with who and when (`review log`); `review export DIR` writes the
confirmed meetings as an evaluation set (`summarizer eval DIR`, or `summarizer eval --store`).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.store import Store
from summarizer.supervision import gold, review
from summarizer.supervision.derive import pending_unit


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "review", help="review meetings before their tasks count: list, show, correct, confirm",
        description="A saved meeting waits for review; only confirmed meetings' tasks count in the ledger, "
        "digests and statistics. Corrections are kept with who and when.",
    )
    parser.add_argument("--who", help="who reviews (default: the login name)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, run: Any) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        sub.set_defaults(run=run)
        return sub

    action("list", "meetings waiting for review", run_list)
    action("show", "a meeting's fields, items and proposed tasks", run_show).add_argument("doc")
    action("confirm", "confirm a meeting: its tasks enter the ledger", run_confirm).add_argument("doc")
    action("delete", "delete a meeting (its corrections stay in the audit trail)", run_delete).add_argument("doc")
    sub = action("set-meeting", f"correct a meeting field: {', '.join(review.MEETING_FIELDS)}", run_set_meeting)
    sub.add_argument("doc")
    sub.add_argument("field", choices=list(review.MEETING_FIELDS))
    sub.add_argument("value")
    sub = action("set-item", f"correct an item field: {', '.join(review.ITEM_FIELDS)}", run_set_item)
    sub.add_argument("doc")
    sub.add_argument("item", type=int)
    sub.add_argument("field", choices=list(review.ITEM_FIELDS))
    sub.add_argument("value", help="lists (lead_units, issuance) separated by 、 or commas")
    sub = action("set-task", f"correct a task field: {', '.join(review.TASK_FIELDS)}", run_set_task)
    sub.add_argument("id", type=int)
    sub.add_argument("field", choices=list(review.TASK_FIELDS))
    sub.add_argument("value", help="due_date as YYYY-MM-DD (empty: none); co_units separated by 、")
    sub = action("split", "split a task into one per unit", run_split)
    sub.add_argument("id", type=int)
    sub.add_argument("units", help="the units, separated by 、 or commas")
    sub = action("merge", "merge tasks into the first", run_merge)
    sub.add_argument("ids", type=int, nargs="+")
    action("delete-task", "delete a task", run_delete_task).add_argument("id", type=int)
    sub = action("add", "add a task the extractor missed", run_add)
    sub.add_argument("doc")
    sub.add_argument("item", type=int)
    sub.add_argument("--unit", required=True)
    sub.add_argument("--text", required=True)
    sub.add_argument("--deadline", default="", help="the deadline as written, e.g. 10月底前")
    sub.add_argument("--due", default="", help="due date YYYY-MM-DD")
    sub.add_argument("--co", default="", help="co-units, separated by 、")
    action("log", "the corrections (audit trail), of one meeting or all", run_log).add_argument("doc", nargs="?")
    action("export", "write confirmed meetings as an evaluation set (corpus/ and gold/)", run_export).add_argument(
        "folder", type=Path
    )


def _who(args: argparse.Namespace) -> str:
    return str(args.who or _login_name())


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        rows = review.pending_meetings(store)
    if not rows:
        print("no meeting is waiting for review")
    for row in rows:
        print(f"{row.doc_id}\t{row.meeting_date or '----------'}\t{row.issuer or '—'}\t{row.task_count} tasks"
              f"\t{row.source_file}")
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        document = store.get(args.doc)
        state, by, at = review.review_state(store, args.doc)
        tasks = review.tasks_of(store, args.doc)
    minutes = document.minutes
    meeting = minutes.meeting
    print(f"{minutes.doc_id}  review: {state}" + (f" ({by} {at})" if by else ""))
    print(f"date: {meeting.date or '—'}  issuer: {minutes.issuer or '—'}  session: {meeting.session or '—'}"
          f"  chair: {meeting.chair or '—'}")
    for item in minutes.items:
        print(f"item {item.number} [{item.kind}] {item.title}  decision: {item.decision or '—'}"
              f"  lead: {'、'.join(item.lead_units) or '—'}  issuance: {'；'.join(item.issuance) or '—'}")
    for task in tasks:
        mark = " (待明确)" if task.unit == pending_unit() else ""
        co = f" +{'、'.join(task.co_units)}" if task.co_units else ""
        group = " [泛指]" if task.is_group else ""
        print(f"  #{task.id} item {task.item_number} {task.unit}{co}{group}{mark}  "
              f"deadline: {task.deadline_text or '—'} due: {task.due_date or '—'}  {task.text}")
    return 0


def run_confirm(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.confirm(store, args.doc, _who(args))
    print(f"{args.doc}: confirmed")
    return 0


def run_delete(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.delete_meeting(store, args.doc, _who(args))
    print(f"{args.doc}: deleted")
    return 0


def run_set_meeting(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.correct_meeting(store, args.doc, args.field, args.value, _who(args))
    print(f"{args.doc}: {args.field} = {args.value}")
    return 0


def run_set_item(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.correct_item(store, args.doc, args.item, args.field, args.value, _who(args))
    print(f"{args.doc} item {args.item}: {args.field} = {args.value}")
    return 0


def run_set_task(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.correct_task(store, args.id, args.field, args.value, _who(args))
    print(f"task {args.id}: {args.field} = {args.value}")
    return 0


def run_split(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        ids = review.split_task(store, args.id, args.units, _who(args))
    print("tasks " + " ".join(f"#{i}" for i in ids))
    return 0


def run_merge(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        kept = review.merge_tasks(store, args.ids, _who(args))
    print(f"merged into task #{kept}")
    return 0


def run_delete_task(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        review.delete_task(store, args.id, _who(args))
    print(f"task {args.id}: deleted")
    return 0


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        task_id = review.add_task(
            store, args.doc, args.item, args.unit, args.text, _who(args),
            deadline_text=args.deadline, due_date=args.due, co_units=args.co,
        )
    print(f"task #{task_id} added")
    return 0


def run_log(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        rows = review.corrections(store, args.doc)
    for row in rows:
        where = f"item {row.item_number} " if row.item_number is not None else ""
        task = f"task #{row.task_id} " if row.task_id is not None else ""
        print(f"{row.at} {row.who}: {row.doc_id} {where}{task}{row.field}: {row.extracted!r} → {row.corrected!r}")
    return 0


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        count = gold.export_set(store, args.folder)
    print(f"exported {count} confirmed meeting(s) to {args.folder} (corpus/ and gold/)")
    return 0
