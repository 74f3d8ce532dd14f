"""The model run: every agenda item of every document through one bounded pool.

Each item's source text (from its rule-based spans) goes to an `ItemExtractor` unless the
cache already holds the answer; answers are grounded, cross-checked and merged into the
rule-based `Minutes` (see merge.py). A `ModelSession` holds, for a whole run (all files of an
`extract`, all documents of a `batch`), one thread pool (default 8), one client with one
optional requests-per-minute limiter shared by every HTTP request (retries and re-asks
included) and one circuit breaker. Usage is summed per document (`Minutes.run.usage`) and per
run (`ModelRun.usage`). A failed item keeps its rule-based record, flagged; nothing raises.
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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from summarizer.align import Squeezed, squeeze
from summarizer.config import Settings
from summarizer.model import prompts as prompt_files
from summarizer.model.breaker import Breaker
from summarizer.model.cache import ModelCache, answer_schema_version, cache_key
from summarizer.model.merge import is_pending, merge_item, rules_item
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


@dataclass
class Job:
    """One document's items in the session's pool."""

    extraction: Extraction
    tasks: list[_Task]
    futures: list[Future[None]]

    @property
    def done(self) -> bool:
        return all(f.done() for f in self.futures)

    @property
    def in_flight(self) -> int:
        return sum(not f.done() for f in self.futures)


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


class ModelSession:
    """One pool, one client (so one rate limiter and one breaker) and one cache for a whole run.

    `submit` queues every item of a document on the shared pool and returns at once; `collect`
    waits for that document's items and assembles its record. A batch feeds documents as it
    reads them and stores each when its items are done, so the pool never waits for a
    document boundary. With `retry=True` only the items marked model-pending are sent; the
    others are kept as they are (their answers are neither asked for nor re-read).
    """

    def __init__(
        self,
        client: ItemExtractor,
        info: RunInfo,
        *,
        cache: ModelCache | None = None,
        concurrency: int = 8,
        breaker: Breaker | None = None,
    ) -> None:
        self.client = client
        self.info = info
        self.cache = cache
        self.breaker = breaker
        self.concurrency = concurrency
        self.started = time.monotonic()
        self._schema_version = answer_schema_version(SCHEMA_VERSION, ItemAnswer)
        self._pool = ThreadPoolExecutor(max_workers=concurrency)
        self.on_close: Callable[[], None] | None = None

    def submit(self, extraction: Extraction, *, retry: bool = False) -> Job:
        minutes, original = extraction.minutes, extraction.source.text
        directory = UnitDirectory.of(minutes)
        job = Job(extraction=extraction, tasks=[], futures=[])
        stored = [rules_item(i) if retry and is_pending(i) else i for i in minutes.items]
        view = minutes.model_copy(update={"items": stored})
        for item, original_item, bounds in zip(stored, minutes.items, item_bounds(view, len(original)), strict=True):
            label = f"{minutes.doc_id}#{item.number}"
            task = _Task(item, original, bounds, minutes.meeting.date, label, directory, extraction.normalized)
            if retry and not is_pending(original_item):
                task.merged = original_item  # answered before: kept, not sent again
            job.tasks.append(task)
            if task.bounds is not None and task.merged is None:
                job.futures.append(self._pool.submit(self._work, task))
        return job

    def collect(self, job: Job) -> Extraction:
        for future in job.futures:
            future.result()
        return _assemble(job, self.info)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        if self.on_close is not None:
            self.on_close()

    def _work(self, task: _Task) -> None:
        task.started = time.monotonic()
        assert task.bounds is not None
        text, source = prepare_item(task.original, *task.bounds, task.normalized)
        date = task.meeting.isoformat() if task.meeting else None
        task.request = ItemRequest(text, source, date, task.label)
        info = self.info
        key = cache_key(
            base_url=info.base_url or "",
            model=info.model or "",
            mode=info.mode or "",
            prompt_sha=info.prompt_sha or "",
            schema_version=self._schema_version,
            item_text=text,
        )
        hit = self.cache.get(key) if self.cache is not None else None
        if hit is not None:
            cached = ItemResult.model_validate_json(hit)
            task.result = cached.model_copy(update={"usage": Usage(cache_hits=1)})
            task.cached = True
        elif self.breaker is not None and self.breaker.open:
            detail = f"not sent: the endpoint failed {self.breaker.threshold} requests in a row"
            task.result = ItemResult(failure="circuit_open", failure_detail=detail)
        else:
            task.result = _extract(self.client, task.request)
            if self.cache is not None and task.result.answer is not None:
                meta: dict[str, object] = {"label": task.label, "model": info.model}
                self.cache.put(key, task.result.model_dump_json(), meta)
        task.merged = merge_item(
            task.rules,
            task.result,
            source,
            task.directory,
            cached=task.cached,
            meeting=task.meeting,
            original=task.original,
        )
        task.ended = time.monotonic()


def run_model(
    extractions: list[Extraction],
    client: ItemExtractor,
    info: RunInfo,
    *,
    cache: ModelCache | None = None,
    concurrency: int = 8,
    breaker: Breaker | None = None,
    retry: bool = False,
) -> ModelRun:
    """Extract every item of every document with `client`, merged into the rule-based records.

    Each worker prepares its item's text, asks the cache or the client, and merges the answer,
    so that CPU work overlaps with the other workers' waits on the endpoint. Never raises for a
    failed item: it keeps its rule-based record, flagged (see `merge_item`).
    """
    session = ModelSession(client, info, cache=cache, concurrency=concurrency, breaker=breaker)
    try:
        jobs = [session.submit(extraction, retry=retry) for extraction in extractions]
        documents = [session.collect(job) for job in jobs]
    finally:
        session.close()
    return ModelRun(documents=documents, info=run_info(documents, info, session.started))


def run_info(documents: list[Extraction], info: RunInfo, started: float) -> RunInfo:
    """The run-level info: usage summed over `documents`, wall time since `started`."""
    total = Usage()
    for extraction in documents:
        if extraction.minutes.run is not None:
            total = total.add(extraction.minutes.run.usage)
    total.wall_s = round(time.monotonic() - started, 3)
    return info.model_copy(update={"usage": total})


def _extract(client: ItemExtractor, request: ItemRequest) -> ItemResult:
    """The client's answer; an exception the client did not turn into a failure is one, not a lost item."""
    try:
        return client.extract_item(request)
    except Exception as exc:  # an SDK bug must not take the other items of the run down with it
        log.info("model client raised on %s", request.label, exc_info=True)
        return ItemResult(failure=f"error:{type(exc).__name__}", failure_detail=str(exc)[:200])


def _assemble(job: Job, info: RunInfo) -> Extraction:
    extraction = job.extraction
    items = []
    usage = Usage()
    for task in job.tasks:
        if task.merged is None:
            flag = "model_skipped:no_source_span"
            items.append(task.rules.model_copy(update={"flags": [*task.rules.flags, flag]}))
            continue
        items.append(task.merged)
        if task.result is not None:
            usage = usage.add(task.result.usage)
    timed = [t for t in job.tasks if t.result is not None]
    if timed:
        usage.wall_s = round(max(t.ended for t in timed) - min(t.started for t in timed), 3)
    previous = extraction.minutes.run
    if previous is not None and previous.backend == "llm":  # a retry: what the first run cost counts too
        usage = previous.usage.add(usage)
    run = info.model_copy(update={"usage": usage})
    minutes = extraction.minutes.model_copy(update={"items": items, "run": run})
    return dataclasses.replace(extraction, minutes=minutes)


def public_url(url: str | None) -> str | None:
    """The endpoint as stored with every record: without user:password or query (a key can hide there)."""
    if url is None:
        return None
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def open_session(settings: Settings) -> ModelSession:
    """A session with settings from the environment: client, rate limiter, breaker, cache, pool."""
    from summarizer.model.llm import ModelClient  # the SDKs load only when a model run is asked for

    prompts = prompt_files.load()
    llm = settings.llm
    limiter = RateLimiter(llm.requests_per_minute) if llm.requests_per_minute else None
    breaker = Breaker(llm.breaker_threshold())
    client = ModelClient(llm, prompts, before_request=limiter.acquire if limiter else None, breaker=breaker)
    info = RunInfo(
        backend="llm", base_url=public_url(llm.base_url), model=llm.model, mode=llm.mode, prompt_sha=prompts.sha
    )
    cache = ModelCache(settings.model_cache_path, earlier=settings.database_path)
    session = ModelSession(client, info, cache=cache, concurrency=llm.concurrency, breaker=breaker)

    def close() -> None:
        cache.close()
        client.close()

    session.on_close = close
    return session


def run_llm(extractions: list[Extraction], settings: Settings, *, retry: bool = False) -> ModelRun:
    """The llm backend over `extractions`: one session, every item of every document in its pool."""
    session = open_session(settings)
    try:
        jobs = [session.submit(extraction, retry=retry) for extraction in extractions]
        documents = [session.collect(job) for job in jobs]
    finally:
        session.close()
    return ModelRun(documents=documents, info=run_info(documents, session.info, session.started))
