"""The real corpus for model-path tests: rule-based records, and answers a good model would give.

A scripted model answer is built from the gold annotation of the item (`answer_for`), so the
tests exercise grounding and the cross-check on real text without hard-coding values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.pipeline import Extraction, extract_path

SET = Path(__file__).resolve().parent.parent / "evals" / "sets" / "taicang"
DOCS = ("taicang-2023-10", "taicang-2023-14")


def corpus_text(doc_id: str) -> str:
    return (SET / "corpus" / f"{doc_id}.txt").read_text(encoding="utf-8")


def gold(doc_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SET / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return data


def extraction(doc_id: str) -> Extraction:
    """The document read and extracted by the rule-based extractor (the cross-check and fallback)."""
    return extract_path(SET / "corpus" / f"{doc_id}.txt", Settings())


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


def answers_by_heading() -> dict[str, dict[str, Any]]:
    """A correct answer for every gold item of DOCS, keyed by its heading without spaces."""
    return {
        item["heading"].replace(" ", ""): answer_for(item) for doc in DOCS for item in gold(doc)["items"]
    }


def answer_to_prompt(body: dict[str, Any], answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The correct answer for the item in a chat request (the item text comes last in the prompt)."""
    prompt = next(str(m["content"]) for m in body["messages"] if m["role"] == "user")
    item_text = prompt.split("议题原文：", 1)[1].strip()
    return next(answer for heading, answer in answers.items() if item_text.startswith(heading))
