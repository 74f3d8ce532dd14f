"""Rule-like records built from the gold annotations, grounded in the real corpus text.

Until the rule-based extractor lands, the model path is tested against these: every item has
the gold values and spans located in the raw corpus text, as `rules.extract` will give.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from summarizer.align import locate, squeeze
from summarizer.pipeline import Extraction
from summarizer.schema import Directive, Item, Meeting, Minutes, SourceText, Span

SET = Path(__file__).resolve().parent.parent / "evals" / "sets" / "taicang"
DOCS = ("taicang-2023-10", "taicang-2023-14")


def corpus_text(doc_id: str) -> str:
    return (SET / "corpus" / f"{doc_id}.txt").read_text(encoding="utf-8")


def gold(doc_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SET / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return data


def _find(value: str, text: str, after: int) -> Span:
    window = squeeze(text[after:])
    found = locate(value, window)
    assert found is not None, f"gold value not in corpus: {value[:30]}"
    return Span(start=found.span.start + after, end=found.span.end + after, alignment=found.span.alignment)


def _item(data: dict[str, Any], text: str, after: int) -> Item:
    heading = _find(data["heading"], text, after)
    directives = []
    cursor = heading.end
    for d in data["directives"]:
        span = _find(d["text"], text, cursor)
        cursor = span.end
        directives.append(
            Directive(marker=d["marker"], text=d["text"], addressees=d["addressees"],
                      addressees_canonical=[None] * len(d["addressees"]), spans={"text": span})
        )
    return Item(
        number=data["number"], heading=data["heading"], kind=data["kind"], title=data["title"],
        documents=data["documents"], decision=data["decision"], decision_paragraph=data["decision_paragraph"],
        lead_units=data["lead_units"], lead_units_canonical=[None] * len(data["lead_units"]),
        issuance=data["issuance"], directives=directives, spans={"heading": heading},
    )


def extraction(doc_id: str) -> Extraction:
    """The document as SourceText and a rule-like Minutes record with real spans."""
    text = corpus_text(doc_id)
    g = gold(doc_id)
    body = text.index("会议议定以下意见")
    items = []
    cursor = body
    for data in g["items"]:
        item = _item(data, text, cursor)
        cursor = item.spans["heading"].end  # type: ignore[union-attr]
        items.append(item)
    data_bytes = text.encode("utf-8")
    source = SourceText(text=text, path=f"{doc_id}.txt", media_type="text", encoding="utf-8",
                        sha256=hashlib.sha256(data_bytes).hexdigest(), size_bytes=len(data_bytes))
    meeting = Meeting(date=dt.date.fromisoformat(g["meeting"]["date"]))
    minutes = Minutes(doc_id=doc_id, source_file=source.path, items=items, meeting=meeting)
    return Extraction(source=source, minutes=minutes)


def answer_for(item: dict[str, Any]) -> dict[str, Any]:
    """A correct model answer for a gold item (what a good model would say)."""
    return {
        "title": item["title"], "kind": item["kind"], "decision": item["decision"],
        "lead_units": item["lead_units"], "issuance": item["issuance"],
        "directives": [
            {"quote": d["text"].split("。")[0] + "。", "addressees": d["addressees"],
             "action": d["text"][:20], "deadlines": []}
            for d in item["directives"]
        ],
        "summary": f"审议{item['title']}"[:60],
    }
