"""`summarizer remind`: 催办通知, one per unit, for the tasks overdue or due within the warning days."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from summarizer.cli.output import check_writable, write_output
from summarizer.clock import today_in_china
from summarizer.config import Settings
from summarizer.store import Store
from summarizer.supervision.ledger_query import LedgerFilter
from summarizer.supervision.reminders import DEFAULT_OFFICE, build_reminders


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "remind",
        help="催办通知: per unit, the tasks overdue or due soon (Word: one unit per page)",
        description="Open tasks of confirmed meetings that are overdue or due within SUMMARIZER_WARN_DAYS "
        "days (default 3), grouped by unit. Sending is up to the office.",
    )
    parser.add_argument("--unit", help="only this unit, e.g. 市发改委")
    parser.add_argument("--issuer", help="only this issuer's meetings, e.g. 太仓市人民政府")
    parser.add_argument("--office", default=DEFAULT_OFFICE, help="the issuing office printed on each notice")
    parser.add_argument("--format", choices=("md", "docx", "xlsx"), default="md")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    check_writable(args.output)
    with Store.open(settings.database) as store:
        found = build_reminders(
            store.connection,
            LedgerFilter(unit=args.unit, issuer=args.issuer),
            today_in_china(),
            settings.warn_days,
            office=args.office,
        )
    content: str | bytes
    # The renderers load python-docx / openpyxl: imported here so that `--help` stays quick.
    if args.format == "docx":
        from summarizer.render.reminders_docx import render_reminders_docx

        content = render_reminders_docx(found)
    elif args.format == "xlsx":
        from summarizer.render.reminders import render_reminders_xlsx

        content = render_reminders_xlsx(found)
    else:
        from summarizer.render.reminders import render_reminders_markdown

        content = render_reminders_markdown(found)
    write_output(content, args.output)
    return 0
