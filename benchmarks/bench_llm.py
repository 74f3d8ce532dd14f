"""Model-path throughput, cache and prompt size, against the loopback chat-completions server.

    python -m benchmarks.bench_llm [--items 100] [--concurrency 8] [--latency-ms 200] [--docs 24]

1. Cold run: --items agenda items (the 12-item taicang-2023-10 repeated and renumbered, so every
   item text is distinct) through the real `ModelClient` and `run_model` at --concurrency, each
   call answered after --latency-ms. Prints wall time against the ideal ceil(N/C) x latency and
   the efficiency ideal/wall (target >= 0.85).
2. Warm run: the same items again with the cache filled (target: 0 model calls).
3. Prompt size: prompt tokens per item (as the server counts them: one per character) against
   sending the whole document with every call, on the real corpus documents (prints the ratio).
4. Batch against extract: --docs files of 12 distinct items each, through the real commands
   (`summarizer extract --backend llm FILES` and `summarizer batch --backend llm FILES`, each
   with an empty store and cache) at --concurrency: items per second of batch / of extract
   (target >= 0.9).
5. Concurrency efficiency of `summarizer batch --backend llm` over the same files at C = 8 and
   C = 32: ideal ceil(items/C) x latency / wall (target >= 0.9). Rule extraction and the store's
   writes are inside the wall time, so the same runs against an endpoint that answers at once
   give the pipeline's own work; wall minus that work is what the latency cost, and
   ideal / (wall - work) is how much of the latency the concurrency hid (the overlap).
6. CPU per item, one call at a time against the instant endpoint: the SDK's request alone
   (`OpenAI.post` of the same body), our `ModelClient.extract_item` (SDK, instructor, retries,
   grounding) and `merge_item`. Under one interpreter lock a wave of C answers costs about
   C x (extract + merge) of CPU before its last thread sends again: why C = 32 at 200 ms on a
   small machine stays under the target while the SDK alone does not.
No language model is involved: this measures our pipeline, not a model.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_extract import chinese, scaled, source
from summarizer.config import LLMSettings
from summarizer.model import prompts as prompt_files
from summarizer.model.cache import ModelCache
from summarizer.model.llm import ModelClient
from summarizer.model.run import item_bounds, item_text, run_model
from summarizer.pipeline import Extraction
from summarizer.rules import extract
from summarizer.schema import Item, ItemAnswer, RunInfo
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


def tagged_documents(count: int) -> list[str]:
    """`count` minutes files of taicang-2023-10's 12 items, every item text distinct across files
    (the title carries `第k批`), so no answer comes from the cache."""
    base = (CORPUS / "taicang-2023-10.txt").read_text(encoding="utf-8")
    minutes = extract(source(base, "base.txt"))
    texts = []
    for k in range(1, count + 1):
        lines = ["太仓市人民政府常务会议纪要", f"第{k}号", "太仓市人民政府办公室 2023年5月30日",
                 "2023年5月23日上午，吴敬宇常务副市长主持召开市政府第25次常务会议。", "会议议定以下意见："]
        for number, item in enumerate(minutes.items, start=1):
            rest = item.heading.split("、", 1)[1]
            # In the title, or right after the verb (`听取…情况汇报`).
            rest = rest.replace("《", f"《第{k}批", 1) if "《" in rest else rest[:2] + f"第{k}批" + rest[2:]
            lines.append(f"{chinese(number)}、{rest}")
            lines.append(f"（一）{item.decision_paragraph}")
            lines.extend(f"{d.marker}{d.text}" for d in item.directives)
        lines.append("会议还研究了其他事项。")
        texts.append("\n".join(lines) + "\n")
    return texts


def _command(argv: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one `summarizer` command run in this process with `env` set."""
    from summarizer.cli import main as cli

    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        started = time.perf_counter()
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            code = cli(argv)
        wall = time.perf_counter() - started
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if code != 0:
        raise SystemExit(f"summarizer {' '.join(argv[:2])} exited {code}")
    return wall


def commands(docs: int, latency_ms: float, concurrency: int) -> None:
    """Sections 4 and 5: the real commands over the same files; section 5 again with an endpoint
    that answers at once, to tell the work of the pipeline from the latency it failed to hide."""
    walls = batch_walls(docs, latency_ms, concurrency)
    at_once = batch_walls(docs, 0.0, concurrency, efficiency_only=True)
    items, extract_wall, batch_wall = walls["items"], walls["extract"], walls["batch"]
    print(f"batch vs extract     {docs} files, {items:.0f} items, C={concurrency}, latency {latency_ms:.0f} ms: "
          f"extract {items / extract_wall:.1f} items/s, batch {items / batch_wall:.1f} items/s, "
          f"batch/extract = {extract_wall / batch_wall:.2f} (target >= 0.9)")
    for c in (8, 32):
        ideal, wall, work = math.ceil(items / c) * latency_ms / 1000, walls[f"C{c}"], at_once[f"C{c}"]
        print(f"batch at C={c:<3}       wall {wall:.2f} s, ideal {ideal:.2f} s, efficiency {ideal / wall:.2f} "
              f"(target >= 0.9); with an instant endpoint {work:.2f} s, so the latency cost "
              f"{wall - work:.2f} s for {ideal:.2f} s ideal: overlap {ideal / max(wall - work, 1e-9):.2f}")


def batch_walls(docs: int, latency_ms: float, concurrency: int, efficiency_only: bool = False) -> dict[str, float]:
    """Wall seconds of extract and batch at `concurrency`, and of batch at C = 8 and 32."""
    texts = tagged_documents(docs)
    answers: dict[str, dict[str, Any]] = {}
    for text in texts:
        for item in extract(source(text, "x.txt")).items:
            answers[item_text(item.heading)] = answer_for(item)
    items = len(answers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "minutes"
        folder.mkdir()
        files = []
        for k, text in enumerate(texts, start=1):
            path = folder / f"minutes-{k:03d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        server = serve(answers, latency_ms, Path(tmp))
        assert server.stdout is not None and server.stdin is not None
        url = server.stdout.readline().strip()
        base = {"SUMMARIZER_BASE_URL": url, "SUMMARIZER_MODEL": "bench", "SUMMARIZER_API_KEY": ""}

        def env(name: str, c: int) -> dict[str, str]:
            return {**base, "SUMMARIZER_DATA_DIR": str(Path(tmp) / name), "SUMMARIZER_CONCURRENCY": str(c)}

        walls: dict[str, float] = {"items": float(items)}
        batch = ["batch", "--backend", "llm", "--no-progress", str(folder)]
        try:
            # Imports and the first connection are paid once, outside the timings.
            _command(["extract", "--backend", "llm", files[0], "-o", str(Path(tmp) / "warm.json")], env("warm", 1))
            if not efficiency_only:
                walls["extract"] = _command(
                    ["extract", "--backend", "llm", *files, "-o", str(Path(tmp) / "out.json")],
                    env("extract", concurrency),
                )
                walls["batch"] = _command(batch, env("batch", concurrency))
            for c in (8, 32):
                walls[f"C{c}"] = _command(batch, env(f"batch{c}", c))
        finally:
            server.stdin.close()
            server.wait(timeout=10)
    return walls


def cpu_per_item(docs: list[Extraction], url: str) -> None:
    """Section 6: CPU milliseconds per item of the SDK alone, of `extract_item` and of `merge_item`."""
    from openai.types.chat import ChatCompletion

    from summarizer.model.merge import merge_item
    from summarizer.model.run import ItemRequest, prepare_item
    from summarizer.rules.units import UnitDirectory

    extraction = docs[0]
    minutes, original = extraction.minutes, extraction.source.text
    requests = []
    for item, bounds in zip(minutes.items, item_bounds(minutes, len(original)), strict=True):
        if bounds is not None:
            text, squeezed = prepare_item(original, *bounds, extraction.normalized)
            requests.append((item, ItemRequest(text, squeezed, "2023-05-23", item.heading[:10])))
    prompts = prompt_files.load()
    client = ModelClient(LLMSettings(base_url=url, model="bench"), prompts)
    directory = UnitDirectory.of(minutes)
    tool = {"type": "function", "function": {"name": "AgendaItem", "parameters": ItemAnswer.model_json_schema()}}
    bodies = [
        {"model": "bench", "messages": prompts.messages(r.item_text, r.meeting_date), "tools": [tool]}
        for _, r in requests
    ]

    def cpu_ms(work: Any) -> float:
        work()  # warm
        started = time.process_time()
        work()
        return (time.process_time() - started) / len(requests) * 1000

    try:
        sdk = cpu_ms(lambda: [client._client.post("/chat/completions", body=b, cast_to=ChatCompletion) for b in bodies])
        results = [client.extract_item(r) for _, r in requests]
        ours = cpu_ms(lambda: [client.extract_item(r) for _, r in requests])
        merge = cpu_ms(lambda: [
            merge_item(i, res, r.source, directory, cached=False, meeting=minutes.meeting.date, original=original)
            for (i, r), res in zip(requests, results, strict=True)
        ])
    finally:
        client.close()
    print(f"CPU per item         SDK request alone {sdk:.2f} ms, extract_item {ours:.2f} ms, merge {merge:.2f} ms "
          f"(one call at a time, instant endpoint, {len(requests)} items)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency-ms", type=float, default=200.0)
    parser.add_argument("--docs", type=int, default=24, help="files for sections 4 and 5 (12 items each)")
    parser.add_argument("--only-commands", action="store_true", help="run sections 4 and 5 only")
    args = parser.parse_args()
    if args.only_commands:
        commands(args.docs, args.latency_ms, args.concurrency)
        return
    docs = documents(args.items)
    first = docs[0].minutes.items[:1]
    warmup = [Extraction(source=docs[0].source, minutes=docs[0].minutes.model_copy(update={"items": first}))]
    answers = {item_text(item.heading): answer_for(item) for item in docs[0].minutes.items}
    prompts = prompt_files.load()

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "instant").mkdir()
        instant = serve(answers, 0.0, Path(tmp) / "instant")
        assert instant.stdout is not None and instant.stdin is not None
        try:
            cpu_per_item(docs, instant.stdout.readline().strip())
        finally:
            instant.stdin.close()
            instant.wait(timeout=10)
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
    commands(args.docs, args.latency_ms, args.concurrency)


if __name__ == "__main__":
    main()
