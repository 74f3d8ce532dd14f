"""Test support for the UI: a grounded `Minutes` built from the gold annotations.

The gold JSON has the values but no spans; this locates each value in the raw corpus text
(ignoring the PDF's spaces and line breaks, folding bracket widths) so the UI can be tested on
real documents independently of the rule-based extractor.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from summarizer import Directive, Extraction, Item, Meeting, Minutes, SourceText, Span

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "sets" / "taicang" / "corpus"
GOLD = ROOT / "evals" / "sets" / "taicang" / "gold"

FOLD = {"(": "（", ")": "）", "（": "(", "）": ")"}


def _pattern(value: str) -> re.Pattern[str]:
    parts = []
    for char in value:
        if char.isspace():
            continue
        alt = FOLD.get(char)
        parts.append(f"[{re.escape(char)}{re.escape(alt)}]" if alt else re.escape(char))
    return re.compile(r"\s*".join(parts))


def locate(text: str, value: str, start: int = 0, end: int | None = None) -> Span | None:
    match = _pattern(value).search(text, start, len(text) if end is None else end)
    return Span(start=match.start(), end=match.end()) if match else None


def _ground(text: str, raw: dict[str, Any], names: list[str], start: int, end: int | None) -> dict[str, Any]:
    """Spans for the scalar and list-of-string fields `names`, searched in text[start:end]."""
    spans: dict[str, Any] = {}
    for name in names:
        value = raw.get(name)
        if isinstance(value, str) and (span := locate(text, value, start, end)):
            spans[name] = span
        elif isinstance(value, list) and value:
            found = [locate(text, v, start, end) for v in value]
            if all(found):
                spans[name] = found
    return spans


def _directive(text: str, raw: dict[str, Any], start: int) -> tuple[Directive, int]:
    span = locate(text, raw["text"], start)
    spans: dict[str, Any] = {"text": span} if span else {}
    if span:
        spans |= _ground(text, raw, ["addressees"], span.start, span.end)
    fields = {k: raw[k] for k in ("marker", "text", "addressees") if k in raw}
    return Directive(**fields, spans=spans), span.end if span else start


def _item(text: str, raw: dict[str, Any], start: int) -> tuple[Item, int]:
    heading = locate(text, raw["heading"], start)
    cursor = heading.end if heading else start
    spans = _ground(text, raw, ["heading"], start, None)
    spans |= _ground(text, raw, ["title", "documents"], heading.start if heading else start, cursor)
    paragraph = locate(text, raw["decision_paragraph"], cursor) if raw.get("decision_paragraph") else None
    if paragraph:
        spans["decision_paragraph"] = paragraph
        spans |= _ground(text, raw, ["decision", "lead_units", "issuance"], paragraph.start, paragraph.end)
        cursor = paragraph.end
    directives = []
    for raw_directive in raw.get("directives", []):
        directive, cursor = _directive(text, raw_directive, cursor)
        directives.append(directive)
    fields = {k: v for k, v in raw.items() if k in Item.model_fields and k != "directives"}
    return Item(**fields, directives=directives, spans=spans), cursor


def gold_extraction(doc_id: str) -> Extraction:
    """The gold record of `doc_id`, grounded in its corpus text, as an `Extraction`."""
    data = (CORPUS / f"{doc_id}.txt").read_bytes()
    text = data.decode("utf-8")
    raw = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    start = text.find("会议议定以下意见")
    items = []
    for raw_item in raw["items"]:
        item, start = _item(text, raw_item, start)
        items.append(item)
    meeting_raw = raw.get("meeting", {})
    meeting = Meeting(**meeting_raw, spans=_ground(text, meeting_raw, ["chair", "chair_title"], 0, None))
    scalar = ("doc_id", "source_file", "issuer", "doc_type", "number", "issued_by", "issued_on", "public")
    minutes = Minutes(**{k: raw[k] for k in scalar if k in raw}, meeting=meeting, items=items)
    source = SourceText(
        text=text,
        path=raw["source_file"],
        media_type="text",
        encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )
    return Extraction(source=source, minutes=minutes)
