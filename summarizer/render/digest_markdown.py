"""The weekly digest as Markdown (document text escaped, so it cannot inject markup); the same
blocks as the Word and HTML digests."""

from __future__ import annotations

import re

from summarizer.digest import Digest
from summarizer.render.digest_blocks import Heading, Para, Table, digest_blocks
from summarizer.render.digest_text import DIGEST_TITLE, date_line, office_line, summary_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!{}~])")


def md(text: str | None) -> str:
    """Escape Markdown and inline-HTML characters; fold line breaks (cells stay one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(table.headers) + " |", "| " + " | ".join("---" for _ in table.headers) + " |"]
    for index, row in enumerate(table.rows):
        cells = [md(value) for value in row]
        light = table.lights[index] if index < len(table.lights) else None
        if light == "red" and table.light_column is not None:  # overdue stands out; no emoji (fonts lack them)
            cells[table.light_column] = f"**{cells[table.light_column]}**"
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def render_digest_markdown(digest: Digest) -> str:
    lines = [
        f"# {DIGEST_TITLE}", "", f"**{digest.week.label_zh}**", "",
        f"{md(office_line(digest))}　　{date_line(digest)}", "", "---", "", summary_line(digest), "",
    ]
    for block in digest_blocks(digest):
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {md(block.text)}", ""]
        elif isinstance(block, Para):
            lines += [md(block.text), ""]
        else:
            lines += [*_table(block), ""]
    return "\n".join(lines)
