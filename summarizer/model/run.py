"""The model run: every agenda item of every document through one bounded pool.

Each item's source text (from its rule-based spans) goes to an `ItemExtractor` unless the
cache already holds the answer; answers are grounded, cross-checked and merged into the
rule-based `Minutes` (see merge.py). Concurrency is a thread pool (default 8) with an optional
requests-per-minute limiter shared by every HTTP request, retries and re-asks included.
Usage is summed per document (`Minutes.run.usage`) and per run (`ModelRun.usage`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import logging
import re
import threading
import time
import urllib.parse
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from summarizer import pipeline
from summarizer.align import Squeezed, squeeze
from summarizer.config import Settings
from summarizer.errors import ModelError
from summarizer.model import prompts as prompt_files
from summarizer.model.cache import ModelCache, answer_schema_version, cache_key
from summarizer.model.merge import merge_item
from summarizer.model.protocol import ItemExtractor, ItemRequest, ItemResult
from summarizer.pipeline import Extraction
from summarizer.rules.units import UnitDirectory
from summarizer.schema import SCHEMA_VERSION, Item, ItemAnswer, Minutes, RunInfo, Usage, iter_grounded
from summarizer.text import NormalizedText, normalize

log = logging.getLogger(__name__)

_PARAGRAPH = re.compile(r"(?=[（(][一二三四五六七八九十]+[）)])")


class RateLimiter:
    """At most `per_minute` calls to `acquire` per minute, evenly spaced, across threads."""

    def __init__(
        self,
        per_minute: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 60.0 / per_minute
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = self._clock()
            at = max(now, self._next)
            self._next = at + self.interval
        if at > now:
            self._sleep(at - now)


@dataclass(frozen=True)
class ModelRun:
    documents: list[Extraction]
    info: RunInfo  # run-level: usage summed over documents, wall time of the whole run


@dataclass
class _Task:
    doc: int
    rules: Item
    original: str  # the whole document text
    bounds: tuple[int, int] | None  # the item's [start, end) in it; None: nothing to send
    meeting: dt.date | None
    label: str
    directory: UnitDirectory  # the minutes' 列席 units, for the canonical form of model-written units
    normalized: NormalizedText | None = None  # the document's normalized text, when the extraction kept it
    request: ItemRequest | None = None
    result: ItemResult | None = None
    merged: Item | None = None
    cached: bool = False
    started: float = 0.0
    ended: float = 0.0


def item_bounds(minutes: Minutes, text_length: int) -> list[tuple[int, int] | None]:
    """[start, end) of each item in the original text: its first span to the next item's start."""
    starts: list[int | None] = []
    ends: list[int | None] = []
    for item in minutes.items:
        spans = [span for _, _, span in iter_grounded(item) if span.end > span.start]
        starts.append(min((s.start for s in spans), default=None))
        ends.append(max((s.end for s in spans), default=None))
    bounds: list[tuple[int, int] | None] = []
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start is None or end is None:
            bounds.append(None)
            continue
        following = next((s for s in starts[i + 1 :] if s is not None and s >= end), None)
        bounds.append((start, following if following is not None else min(end, text_length)))
    return bounds


def item_source(original: str, start: int, end: int) -> Squeezed:
    """The item's normalized text, squeezed, with offsets into the whole original text."""
    return prepare_item(original, start, end)[1]


def item_text(fragment: str) -> str:
    """What the model reads for a piece of text (the benchmark measures prompt sizes with it)."""
    return prepare_item(fragment, 0, len(fragment))[0]


def prepare_item(
    original: str, start: int, end: int, normalized: NormalizedText | None = None
) -> tuple[str, Squeezed]:
    """What the model reads (the normalized item text) and its squeezed source. With the document's
    normalized text (kept by the extraction) the item is sliced from it; else its slice is normalized."""
    if normalized is not None:
        first = bisect.bisect_left(normalized.origin, start)
        last = bisect.bisect_left(normalized.origin, end)
        local = squeeze(normalized.text[first:last])
        source = Squeezed(text=local.text, origin=[normalized.origin[first + i] for i in local.origin])
        return _model_text(normalized.text[first:last]), source
    piece = normalize(original[start:end])
    local = squeeze(piece.text)
    source = Squeezed(text=local.text, origin=[start + piece.origin[i] for i in local.origin])
    return _model_text(piece.text), source


def _model_text(normalized: str) -> str:
    squeezed = re.sub(r"[\s\u200b\ufeff]+", "", normalized)
    return _PARAGRAPH.sub("\n", squeezed).strip()


def run_model(
    extractions: list[Extraction],
    client: ItemExtractor,
    info: RunInfo,
    *,
    cache: ModelCache | None = None,
    concurrency: int = 8,
) -> ModelRun:
    """Extract every item of every document with `client`, merged into the rule-based records.

    Each worker prepares its item's text, asks the cache or the client, and merges the answer,
    so that CPU work overlaps with the other workers' waits on the endpoint.
    """
    run_started = time.monotonic()
    schema_version = answer_schema_version(SCHEMA_VERSION, ItemAnswer)
    tasks: list[_Task] = []
    for d, extraction in enumerate(extractions):
        minutes, original = extraction.minutes, extraction.source.text
        all_bounds = item_bounds(minutes, len(original))
        directory = UnitDirectory.of(minutes)
        for item, bounds in zip(minutes.items, all_bounds, strict=True):
            label = f"{minutes.doc_id}#{item.number}"
            tasks.append(
                _Task(d, item, original, bounds, minutes.meeting.date, label, directory, extraction.normalized)
            )

    def work(task: _Task) -> None:
        task.started = time.monotonic()
        assert task.bounds is not None
        text, source = prepare_item(task.original, *task.bounds, task.normalized)
        date = task.meeting.isoformat() if task.meeting else None
        task.request = ItemRequest(text, source, date, task.label)
        key = cache_key(
            base_url=info.base_url or "",
            model=info.model or "",
            mode=info.mode or "",
            prompt_sha=info.prompt_sha or "",
            schema_version=schema_version,
            item_text=text,
        )
        hit = cache.get(key) if cache is not None else None
        if hit is not None:
            cached = ItemResult.model_validate_json(hit)
            task.result = cached.model_copy(update={"usage": Usage(cache_hits=1)})
            task.cached = True
        else:
            task.result = _extract(client, task.request)
            if cache is not None and task.result.answer is not None:
                meta: dict[str, object] = {"label": task.label, "model": info.model}
                cache.put(key, task.result.model_dump_json(), meta)
        task.merged = merge_item(
            task.rules, task.result, source, task.directory, cached=task.cached, meeting=task.meeting
        )
        task.ended = time.monotonic()

    pending = [t for t in tasks if t.bounds is not None]
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for future in [pool.submit(work, t) for t in pending]:
            future.result()
    _raise_if_endpoint_down(pending)
    documents = _assemble(extractions, tasks, info)
    total = Usage()
    for extraction in documents:
        assert extraction.minutes.run is not None
        total = total.add(extraction.minutes.run.usage)
    total.wall_s = round(time.monotonic() - run_started, 3)
    return ModelRun(documents=documents, info=info.model_copy(update={"usage": total}))


def _extract(client: ItemExtractor, request: ItemRequest) -> ItemResult:
    """The client's answer; an exception the client did not turn into a failure is one, not a lost item."""
    try:
        return client.extract_item(request)
    except Exception as exc:  # an SDK bug must not take the other items of the run down with it
        log.exception("model client raised on %s", request.label)
        return ItemResult(failure=f"error:{type(exc).__name__}", failure_detail=str(exc)[:200])


def _raise_if_endpoint_down(tasks: list[_Task]) -> None:
    called = [t.result for t in tasks if t.result is not None and not t.cached]
    endpoint_failures = [r for r in called if r.failure not in (None, "length", "invalid")]
    if called and len(endpoint_failures) == len(called):
        first = called[0]
        raise ModelError(f"every model call failed; the first: {first.failure}: {first.failure_detail}")


def _assemble(extractions: list[Extraction], tasks: list[_Task], info: RunInfo) -> list[Extraction]:
    documents = []
    for d, extraction in enumerate(extractions):
        mine = [t for t in tasks if t.doc == d]
        items = []
        usage = Usage()
        for task in mine:
            if task.merged is None or task.result is None:
                flag = "model_skipped:no_source_span"
                items.append(task.rules.model_copy(update={"flags": [*task.rules.flags, flag]}))
                continue
            items.append(task.merged)
            usage = usage.add(task.result.usage)
        timed = [t for t in mine if t.result is not None]
        if timed:
            usage.wall_s = round(max(t.ended for t in timed) - min(t.started for t in timed), 3)
        run = info.model_copy(update={"usage": usage})
        minutes = extraction.minutes.model_copy(update={"items": items, "run": run})
        documents.append(dataclasses.replace(extraction, minutes=minutes))
    return documents


def public_url(url: str | None) -> str | None:
    """The endpoint as stored with every record: without user:password or query (a key can hide there)."""
    if url is None:
        return None
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def run_llm(extractions: list[Extraction], settings: Settings) -> ModelRun:
    """The llm backend with settings from the environment: client, limiter, cache, pool."""
    from summarizer.model.llm import ModelClient  # the SDKs load only when a model run is asked for

    prompts = prompt_files.load()
    llm = settings.llm
    limiter = RateLimiter(llm.requests_per_minute) if llm.requests_per_minute else None
    client = ModelClient(llm, prompts, before_request=limiter.acquire if limiter else None)
    info = RunInfo(
        backend="llm", base_url=public_url(llm.base_url), model=llm.model, mode=llm.mode, prompt_sha=prompts.sha
    )
    cache = ModelCache(settings.database_path)
    try:
        return run_model(extractions, client, info, cache=cache, concurrency=llm.concurrency)
    finally:
        cache.close()
        client.close()


def extract_path(path: Path, *, settings: Settings) -> Extraction:
    """One file through the rules, then the model: the `summarizer batch --backend llm` extractor.

    A module-level function of (path, settings), so the batch can pickle it for `--jobs`. Each
    call is its own model run (its own pool of `settings.llm.concurrency`, the shared cache).
    """
    extraction = pipeline.extract_path(path, settings)
    return run_llm([extraction], settings).documents[0]
