"""`summarizer digest --week 2023-W21|last|this [--issuer …]`: the weekly digest as md, html, docx
or xlsx, one section per issuer that met (or only `--issuer`'s), bounded in size."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from summarizer.cli.output import check_writable, write_output
from summarizer.clock import today_in_china
from summarizer.config import Settings
from summarizer.digest import Digest, build_digest, parse_week
from summarizer.store import Store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "digest",
        help="weekly digest of the meetings held in one ISO week",
        description="Meetings held in the week (by meeting date) and their new tasks, per issuer; "
        "earlier tasks overdue or due within 7 days; open tasks per unit; meetings awaiting review.",
    )
    parser.add_argument("--week", required=True, help="ISO week like 2023-W21, or 'last' / 'this'")
    parser.add_argument("--format", choices=("md", "html", "docx", "xlsx"), default="md")
    parser.add_argument("--issuer", help="only this issuer's meetings and tasks, e.g. 太仓市人民政府")
    parser.add_argument("--office", help="compiling office on the masthead (default: the issuer's 办公室)")
    parser.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    parser.set_defaults(run=run)


def render_digest(digest_format: str, digest: Digest) -> str | bytes:
    # Renderers are imported where used: `digest --format md` does not pay for python-docx.
    if digest_format == "md":
        from summarizer.render.digest_markdown import render_digest_markdown

        return render_digest_markdown(digest)
    if digest_format == "html":
        from summarizer.render.digest_html import render_digest_html

        return render_digest_html(digest)
    if digest_format == "docx":
        from summarizer.render.digest_docx import render_digest_docx

        return render_digest_docx(digest)
    from summarizer.render.digest_xlsx import render_digest_xlsx

    return render_digest_xlsx(digest)


def render(
    digest_format: str, store: Store, week_text: str, today: dt.date, issuer: str | None = None,
    office: str | None = None,
) -> str | bytes:
    week = parse_week(week_text, today=today)
    return render_digest(digest_format, build_digest(store, week, issuer=issuer, today=today, office=office))


def run(args: argparse.Namespace, settings: Settings) -> int:
    today = today_in_china()
    parse_week(args.week, today=today)  # a bad week is one line before the store is opened
    check_writable(args.output)
    with Store.open(settings.database) as store:
        content = render(args.format, store, args.week, today, issuer=args.issuer, office=args.office)
    write_output(content, args.output)
    return 0
