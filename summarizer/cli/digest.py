"""`summarizer digest --week 2023-W21|last`: the weekly digest as md, html, docx or xlsx."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.cli.output import write_output
from summarizer.config import Settings
from summarizer.digest import build_digest, parse_week
from summarizer.render.digest_docx import render_digest_docx
from summarizer.render.digest_html import render_digest_html
from summarizer.render.digest_markdown import render_digest_markdown
from summarizer.render.ledger_xlsx import render_ledger_xlsx
from summarizer.store import Store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "digest",
        help="weekly digest of the meetings held in one ISO week",
        description="Meetings held in the week (by meeting date), their items, directives by unit, "
        "tasks opened that week and open tasks carried over.",
    )
    parser.add_argument("--week", required=True, help="ISO week like 2023-W21, or 'last' / 'this'")
    parser.add_argument("--format", choices=("md", "html", "docx", "xlsx"), default="md")
    parser.add_argument("--issuer", help="only this issuer's meetings and tasks, e.g. 太仓市人民政府")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    parser.set_defaults(run=run)


def render(
    digest_format: str, store: Store, week_text: str, today: dt.date, issuer: str | None = None
) -> str | bytes:
    digest = build_digest(store, parse_week(week_text, today=today), issuer=issuer)
    if digest_format == "md":
        return render_digest_markdown(digest)
    if digest_format == "html":
        return render_digest_html(digest)
    if digest_format == "docx":
        return render_digest_docx(digest)
    return render_ledger_xlsx(
        [("本周新增任务", digest.tasks_opened), ("往期未办结任务", digest.tasks_carried_over)]
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        content = render(args.format, store, args.week, dt.date.today(), issuer=args.issuer)
    write_output(content, args.output)
    return 0
