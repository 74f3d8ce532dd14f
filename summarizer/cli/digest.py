"""`summarizer digest --week 2023-W21|last`: the weekly digest as md, html, docx or xlsx."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.digest import build_digest, parse_week
from summarizer.errors import InputError
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


def write_output(content: str | bytes, output: Path | None) -> None:
    """Write to `output` or stdout; binary content is not sent to a terminal."""
    if output is not None:
        try:
            if isinstance(content, bytes):
                output.write_bytes(content)
            else:
                output.write_text(content, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{output}: cannot write: {exc.strerror}") from exc
        print(f"wrote {output}", file=sys.stderr)
    elif isinstance(content, bytes):
        if sys.stdout.isatty():
            raise InputError("this format is binary: pass -o FILE")
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database_path) as store:
        content = render(args.format, store, args.week, dt.date.today(), issuer=args.issuer)
    write_output(content, args.output)
    return 0
