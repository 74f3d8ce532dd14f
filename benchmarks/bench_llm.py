"""Model-path throughput, cache and prompt size, against the loopback chat-completions server.

    python -m benchmarks.bench_llm [--items 100] [--concurrency 8] [--latency-ms 200]

1. Cold run: --items agenda items (the 12-item taicang-2023-10 repeated and renumbered, so every
   item text is distinct) through the real `ModelClient` and `run_model` at --concurrency, each
   call answered after --latency-ms. Prints wall time against the ideal ceil(N/C) x latency and
   the efficiency ideal/wall (target >= 0.85).
2. Warm run: the same items again with the cache filled (target: 0 model calls).
3. Prompt size: prompt tokens per item (as the server counts them: one per character) against
   sending the whole document with every call, on the real corpus documents (prints the ratio).
No language model is involved: this measures our pipeline, not a model.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_extract import scaled, source
from summarizer.config import LLMSettings
from summarizer.model import prompts as prompt_files
from summarizer.model.cache import ModelCache
from summarizer.model.llm import ModelClient
from summarizer.model.run import item_bounds, item_text, run_model
from summarizer.pipeline import Extraction
from summarizer.rules import extract
from summarizer.schema import Item, RunInfo
from summarizer.text import normalize

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "evals/sets/taicang/corpus"


def answer_for(item: Item) -> dict[str, Any]:
    """A grounded answer built from the rule-based item (what a careful model would say)."""
    return {
        "title": item.title, "kind": item.kind, "decision": item.decision,
        "lead_units": item.lead_units, "issuance": item.issuance,
        "directives": [
            {"quote": d.text.split("。")[0] + "。", "addressees": d.addressees, "action": d.text[:20],
             "deadlines": []}
            for d in item.directives
        ],
        "summary": f"审议{item.title}"[:60],
    }


def documents(n_items: int) -> list[Extraction]:
    base = (CORPUS / "taicang-2023-10.txt").read_text(encoding="utf-8")
    factor = math.ceil(n_items / 12)
    doc = source(scaled(base, factor), "bench.txt")
    minutes = extract(doc)
    minutes = minutes.model_copy(update={"items": minutes.items[:n_items]})
    return [Extraction(source=doc, minutes=minutes)]


def prompt_chars(item_text_value: str, date: str | None) -> int:
    messages = prompt_files.load().messages(item_text_value, date)
    return sum(len(m["content"]) for m in messages)


def prompt_ratio() -> tuple[float, float, float]:
    """(mean per-item prompt, whole-document prompt per call, ratio) over the real corpus."""
    per_item: list[int] = []
    whole: list[int] = []
    for path in sorted(CORPUS.glob("*.txt")):
        doc = source(path.read_text(encoding="utf-8"), path.name)
        minutes = extract(doc)
        date = minutes.meeting.date.isoformat() if minutes.meeting.date else None
        whole_text = normalize(doc.text).text
        for bounds in item_bounds(minutes, len(doc.text)):
            if bounds is None:
                continue
            per_item.append(prompt_chars(item_text(doc.text[bounds[0] : bounds[1]]), date))
            whole.append(prompt_chars(whole_text, date))
    mean_item = sum(per_item) / len(per_item)
    mean_whole = sum(whole) / len(whole)
    return mean_item, mean_whole, mean_whole / mean_item


def serve(answers: dict[str, dict[str, Any]], latency_ms: float, tmp: Path) -> subprocess.Popen[str]:
    """The loopback server in its own process (as a real endpoint is), answering from `answers`."""
    path = tmp / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, "-m", "tests.llm_server", str(path), "--latency-ms", str(latency_ms)]
    return subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency-ms", type=float, default=200.0)
    args = parser.parse_args()
    docs = documents(args.items)
    first = docs[0].minutes.items[:1]
    warmup = [Extraction(source=docs[0].source, minutes=docs[0].minutes.model_copy(update={"items": first}))]
    answers = {item_text(item.heading): answer_for(item) for item in docs[0].minutes.items}
    prompts = prompt_files.load()

    with tempfile.TemporaryDirectory() as tmp:
        server = serve(answers, args.latency_ms, Path(tmp))
        assert server.stdout is not None and server.stdin is not None
        url = server.stdout.readline().strip()
        settings = LLMSettings(base_url=url, model="bench", concurrency=args.concurrency)
        info = RunInfo(backend="llm", base_url=url, model="bench", mode="tools", prompt_sha=prompts.sha)
        client = ModelClient(settings, prompts)
        cache = ModelCache(Path(tmp) / "bench.sqlite3")
        try:
            # The first call pays for lazy imports and the connection; not part of the pool's work.
            started = time.perf_counter()
            run_model(warmup, client, info, concurrency=1)
            first_call = time.perf_counter() - started
            started = time.perf_counter()
            cold = run_model(docs, client, info, cache=cache, concurrency=args.concurrency)
            wall = time.perf_counter() - started
            started = time.perf_counter()
            warm = run_model(docs, client, info, cache=cache, concurrency=args.concurrency)
            warm_wall = time.perf_counter() - started
        finally:
            cache.close()
            client.close()
            server.stdin.close()
            server.wait(timeout=10)

    items = [i for d in cold.documents for i in d.minutes.items]
    ok = sum(1 for i in items if i.check is not None and i.check.status == "ok")
    latency = args.latency_ms / 1000
    ideal = math.ceil(args.items / args.concurrency) * latency
    usage = cold.info.usage
    print(f"items                {len(items)} ({ok} ok), concurrency {args.concurrency}, "
          f"latency {args.latency_ms:.0f} ms")
    print(f"first call           {first_call:.2f} s (imports, connection; not cached, not timed below)")
    print(f"cold run             {usage.requests} calls, wall {wall:.2f} s, ideal {ideal:.2f} s, "
          f"efficiency {ideal / wall:.2f} (target >= 0.85)")
    print(f"warm run             {warm.info.usage.requests} calls (target 0), "
          f"{warm.info.usage.cache_hits} cache hits, wall {warm_wall:.2f} s")
    print(f"prompt tokens/item   {usage.input_tokens / max(1, usage.requests):.0f} in this run "
          f"(loopback server: 1 token per character)")
    mean_item, mean_whole, ratio = prompt_ratio()
    print(f"real corpus          per-item prompt {mean_item:.0f} vs whole document per call "
          f"{mean_whole:.0f}: whole/item = {ratio:.2f}")


if __name__ == "__main__":
    main()
