"""Reviewed meetings as evaluation data: an office measures the extractor on its own documents.

`export_set` writes every confirmed meeting (as corrected) in the format of `evals/sets/*/`:
`corpus/<doc_id>.txt` (the stored text) and `gold/<doc_id>.json` (the record without spans, as in
`evals/sets/taicang/gold/README.md`, plus `tasks`: unit, co-units, group, clause, deadline, due
date per task). `summarizer eval FOLDER` (or `summarizer eval --store`) scores the rules or a
model against it field by field, tasks included (`score_tasks`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from summarizer.evaluation import SetReport, plain
from summarizer.schema import Minutes
from summarizer.store import Store
from summarizer.store import review as sql
from summarizer.supervision.derive import derive_tasks
from summarizer.text import fold


def _task(task: Any) -> dict[str, Any]:
    return {
        "item_number": task.item_number,
        "unit": task.unit,
        "co_units": list(task.co_units),
        "group": bool(task.is_group),
        "text": task.text,
        "deadline_text": task.deadline_text,
        "due": task.due_date.isoformat() if task.due_date else None,
    }


def export_set(store: Store, folder: Path) -> int:
    """Write the confirmed meetings as an evaluation set; returns how many."""
    corpus, gold = folder / "corpus", folder / "gold"
    corpus.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    names: set[str] = set()
    rows = sql.confirmed_documents(store.connection)
    for row in rows:
        name = row["doc_id"] if row["doc_id"] not in names else f"{row['doc_id']}-{row['sha256'][:8]}"
        names.add(name)
        minutes = Minutes.model_validate_json(row["minutes_json"])
        record = plain(minutes)
        record["tasks"] = [_task(sql.as_task(t)) for t in sql.task_rows(store.connection, row["id"])]
        (corpus / f"{name}.txt").write_text(row["source_text"], encoding="utf-8", newline="")
        (gold / f"{name}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n"
        )
    (folder / "set.json").write_text("{}\n", encoding="utf-8")
    return len(rows)


def _same(a: str | None, b: str | None) -> bool:
    return fold(a or "") == fold(b or "")


def score_tasks(report: SetReport, doc_id: str, minutes: Minutes, source: str, gold: list[dict[str, Any]]) -> None:
    """Tasks derived from the predicted record against the reviewed ones, item by item: each gold
    task is matched to a predicted task of its item with the same unit; the match's co-units,
    group mark, deadline as written and due date are then compared."""
    predicted: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for draft in derive_tasks(minutes, source):
        predicted[draft.item_number].append(
            {"unit": draft.unit, "co_units": list(draft.co_units), "group": draft.is_group,
             "deadline_text": draft.deadline_text,
             "due": draft.deadline_date.isoformat() if draft.deadline_date else None}
        )
    wanted: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for task in gold:
        wanted[int(task["item_number"])].append(task)
    for number in sorted(set(wanted) | set(predicted)):
        where = f"{doc_id}#{number}"
        report.fields["task.count"].add(len(wanted[number]) == len(predicted[number]), where)
        left = list(predicted[number])
        for task in wanted[number]:
            match = next((p for p in left if _same(p["unit"], task["unit"])), None)
            report.fields["task.unit"].add(match is not None, where)
            if match is not None:
                left.remove(match)
            found = match or {}
            report.fields["task.co_units"].add(
                sorted(map(fold, found.get("co_units", []))) == sorted(map(fold, task.get("co_units", []))), where
            )
            report.fields["task.group"].add(bool(found.get("group")) == bool(task.get("group")), where)
            report.fields["task.deadline_text"].add(
                match is not None and _same(found.get("deadline_text"), task.get("deadline_text")), where
            )
            report.fields["task.due"].add(match is not None and found.get("due") == task.get("due"), where)


def task_scorer(report: SetReport, doc_id: str, minutes: Minutes, document: Path, gold: dict[str, Any]) -> None:
    """`evaluation.evaluate_set`'s extra scorer: the tasks of a gold record that has them."""
    if "tasks" in gold:
        score_tasks(report, doc_id, minutes, document.read_text(encoding="utf-8"), gold["tasks"])
