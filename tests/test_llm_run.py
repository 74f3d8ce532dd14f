"""The run around the model client: cache, pool, rate limit, usage, prompts. A fake client."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from pydantic import Field, create_model

from summarizer.model import prompts as prompt_files
from summarizer.model.cache import ModelCache, answer_schema_version, cache_key
from summarizer.model.protocol import ItemRequest, ItemResult
from summarizer.model.run import RateLimiter, run_model
from summarizer.schema import ItemAnswer, RunInfo, Usage
from tests.corpus_items import DOCS, answer_for, corpus_text, extraction, gold


class FakeModel:
    """Answers from the gold annotations; counts calls and the most at once."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.answers = {
            item["heading"].replace(" ", ""): answer_for(item) for doc in DOCS for item in gold(doc)["items"]
        }
        self.calls = 0
        self.active = 0
        self.most_active = 0
        self.delay_s = delay_s
        self.lock = threading.Lock()

    def extract_item(self, request: ItemRequest) -> ItemResult:
        with self.lock:
            self.calls += 1
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        time.sleep(self.delay_s)
        with self.lock:
            self.active -= 1
        heading = next(h for h in self.answers if request.item_text.startswith(h))
        usage = Usage(requests=1, input_tokens=len(request.item_text), output_tokens=10)
        return ItemResult(answer=ItemAnswer.model_validate(self.answers[heading]), usage=usage)


def info(prompt_sha: str = "p1") -> RunInfo:
    return RunInfo(backend="llm", base_url="http://x/v1", model="m", mode="tools", prompt_sha=prompt_sha)


def test_all_items_of_all_documents_share_one_bounded_pool() -> None:
    fake = FakeModel(delay_s=0.05)
    extractions = [extraction(doc) for doc in DOCS]
    result = run_model(extractions, fake, info(), concurrency=4)
    total = sum(len(e.minutes.items) for e in extractions)
    assert fake.calls == total == 15
    assert fake.most_active == 4
    for ext in result.documents:
        assert ext.minutes.run is not None and ext.minutes.run.usage.requests == len(ext.minutes.items)
        assert all(i.origin == "model" and i.check is not None for i in ext.minutes.items)
    assert result.info.usage.requests == total


def test_second_run_over_the_same_files_makes_no_model_calls(tmp_path: Path) -> None:
    cache = ModelCache(tmp_path / "summarizer.sqlite3")
    extractions = [extraction(doc) for doc in DOCS]
    first = run_model(extractions, FakeModel(), info(), cache=cache)
    fake = FakeModel()
    second = run_model(extractions, fake, info(), cache=cache)
    assert fake.calls == 0
    assert second.info.usage.cache_hits == 15 and second.info.usage.requests == 0
    strip = {"check"}
    for a, b in zip(first.documents, second.documents, strict=True):
        assert [i.model_dump(exclude=strip) for i in a.minutes.items] == [
            i.model_dump(exclude=strip) for i in b.minutes.items
        ]
        assert all(i.check is not None and i.check.cached for i in b.minutes.items)
    changed = FakeModel()
    run_model(extractions, changed, info(prompt_sha="p2"), cache=cache)
    assert changed.calls == 15  # a prompt edit invalidates the cache


def test_answers_cached_in_the_store_file_by_earlier_versions_are_kept(tmp_path: Path) -> None:
    """The cache moved to its own file (a batch's store writes held up every answer's write);
    answers an earlier version kept in the store's file still count, the first time."""
    extractions = [extraction(doc) for doc in DOCS]
    old = ModelCache(tmp_path / "summarizer.sqlite3")
    run_model(extractions, FakeModel(), info(), cache=old)
    old.close()
    moved = ModelCache(tmp_path / "model-cache.sqlite3", earlier=tmp_path / "summarizer.sqlite3")
    fake = FakeModel()
    run_model(extractions, fake, info(), cache=moved)
    assert fake.calls == 0
    fresh = ModelCache(tmp_path / "other" / "model-cache.sqlite3", earlier=tmp_path / "missing.sqlite3")
    assert fresh.get("anything") is None


def test_failures_are_not_cached(tmp_path: Path) -> None:
    class Failing:
        def extract_item(self, request: ItemRequest) -> ItemResult:
            return ItemResult(failure="length", failure_detail="cut off")

    cache = ModelCache(tmp_path / "db.sqlite3")
    run_model([extraction(DOCS[1])], Failing(), info(), cache=cache)
    fake = FakeModel()
    run_model([extraction(DOCS[1])], fake, info(), cache=cache)
    assert fake.calls == 3


def test_a_client_that_raises_loses_no_item_and_spares_the_others(caplog: pytest.LogCaptureFixture) -> None:
    class Flaky(FakeModel):
        def extract_item(self, request: ItemRequest) -> ItemResult:
            if request.item_text.startswith("二、"):
                raise RuntimeError("SDK bug")
            return super().extract_item(request)

    ext = extraction(DOCS[1])
    with caplog.at_level("INFO"):
        [doc] = run_model([ext], Flaky(), info()).documents
    assert [i.number for i in doc.minutes.items] == [i.number for i in ext.minutes.items]
    second = doc.minutes.items[1]
    assert second.check is not None and second.check.status == "failed"
    assert second.flags[-2:] == ["model_failed:error:RuntimeError", "model_pending"]
    assert second.title == ext.minutes.items[1].title
    assert all(i.check is not None and i.check.status == "ok" for i in (doc.minutes.items[0], doc.minutes.items[2]))
    assert "model client raised" in caplog.text


def test_cache_key_covers_every_input() -> None:
    base = dict(base_url="u", model="m", mode="tools", prompt_sha="p", schema_version="1", item_text="t")
    keys = {cache_key(**base)} | {cache_key(**{**base, name: "other"}) for name in base}
    assert len(keys) == 1 + len(base)
    assert cache_key(**{**base, "base_url": "u/"}) == cache_key(**base)


def test_editing_a_field_description_of_the_response_model_changes_the_cache_key() -> None:
    def variant(description: str) -> type[ItemAnswer]:
        field = (str, Field(max_length=60, description=description))
        return create_model("ItemAnswer", __base__=ItemAnswer, __doc__=ItemAnswer.__doc__, summary=field)

    original = ItemAnswer.model_fields["summary"].description
    assert original is not None
    assert answer_schema_version("1", variant(original)) == answer_schema_version("1", ItemAnswer)
    assert answer_schema_version("1", variant("换了说法的概要说明")) != answer_schema_version("1", ItemAnswer)
    assert answer_schema_version("2", ItemAnswer).startswith("2+")


def test_rate_limiter_spaces_requests_evenly_across_threads() -> None:
    now = [100.0]
    slept: list[float] = []
    limiter = RateLimiter(120, clock=lambda: now[0], sleep=slept.append)
    for _ in range(4):
        limiter.acquire()
    assert slept == pytest.approx([0.5, 1.0, 1.5])


def test_prompts_hash_changes_with_any_file_and_keep_the_item_text_last(tmp_path: Path) -> None:
    shutil.copytree(prompt_files.PROMPT_DIR, tmp_path / "p")
    original = prompt_files.load(tmp_path / "p")
    assert original.sha == prompt_files.load().sha
    messages = original.messages("一、审议《某文件》", "2023-05-23")
    assert messages[0]["content"] == original.system  # static prefix, no variables
    assert messages[-1]["content"].endswith("一、审议《某文件》")
    assert "2023-05-23" in messages[-1]["content"]
    (tmp_path / "p" / "reask.md").write_text("改了：$missing", encoding="utf-8")
    assert prompt_files.load(tmp_path / "p").sha != original.sha


def test_worked_examples_use_names_that_cannot_leak() -> None:
    system = prompt_files.load().system
    invented = ["青石县", "县数据资源中心", "县农文旅服务局", "县河湖保护中心"]
    assert all(name in system for name in invented)
    for doc in DOCS:
        assert not any(name in corpus_text(doc) for name in invented)


def test_the_stored_endpoint_never_carries_credentials() -> None:
    from summarizer.model.run import public_url

    assert public_url("https://user:sk-secret@api.example.com:8443/v1?api_key=sk-2") == "https://api.example.com:8443/v1"
    assert public_url("http://127.0.0.1:11434/v1") == "http://127.0.0.1:11434/v1"
