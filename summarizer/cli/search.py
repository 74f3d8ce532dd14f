"""`summarizer search QUERY`: items and directives that contain the query."""

from __future__ import annotations

import argparse
from typing import Any

from summarizer.config import Settings
from summarizer.render.digest_text import chinese_number
from summarizer.store import Store

KIND_LABELS = {"item": "议题", "directive": "部署"}
SNIPPET = 60


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("search", help="search stored items and directives")
    parser.add_argument("query", help="text to find (3+ characters use the full-text index)")
    parser.add_argument("--limit", type=int, default=50, help="most hits to show (default: 50)")
    parser.set_defaults(run=run)


def _snippet(text: str, query: str) -> str:
    flat = "".join(text.split())
    at = max(flat.find(query) - SNIPPET // 3, 0)
    cut = flat[at : at + SNIPPET]
    return ("…" if at else "") + cut + ("…" if at + SNIPPET < len(flat) else "")


def run(args: argparse.Namespace, settings: Settings) -> int:
    with Store.open(settings.database) as store:
        hits = store.search(args.query, limit=args.limit)
    if not hits:
        print(f"no match for {args.query!r}")
        return 1
    for hit in hits:
        date = hit.meeting_date.isoformat() if hit.meeting_date else "----------"
        print(
            f"{date}  {hit.doc_id}  {KIND_LABELS[hit.kind]}  "
            f"{chinese_number(hit.item_number)}、{hit.item_title}  {_snippet(hit.text, args.query.strip())}"
        )
    return 0
