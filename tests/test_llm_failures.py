"""Issue 14, points 3-4: failing items, the circuit breaker, model-pending documents, one pool for
a whole batch, and one bound on HTTP requests per item. A real loopback HTTP server throughout;
every case counts the requests it received."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.model.llm import MAX_REQUESTS_PER_ITEM
from summarizer.store import Store
from tests.corpus_items import DOCS, SET, answer_to_prompt, answers_by_heading, gold
from tests.llm_server import Reply, Server, llm_server_fixture  # noqa: F401
from tests.test_llm import good, one_item, only_item, run

FILES = [SET / "corpus" / f"{doc}.txt" for doc in DOCS]
ROOT = Path(__file__).resolve().parent.parent
FAILING = "五、"  # the heading that opens the item made to fail (item 5 of taicang-2023-10)


def item_text(body: dict[str, Any]) -> str:
    prompt = next(str(m["content"]) for m in body["messages"] if m["role"] == "user")
    return prompt.split("议题原文：", 1)[1].strip()


@pytest.fixture
def env(llm_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Server:
    for name in ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL", "SUMMARIZER_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_BASE_URL", llm_server.url)
    monkeypatch.setenv("SUMMARIZER_MODEL", "loopback-model")
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(tmp_path / "data"))
    return llm_server


def healthy(server: Server, failing: str | None = None, status: int = 503) -> None:
    answers = answers_by_heading()

    def answer(body: dict[str, Any], index: int) -> Reply:
        if failing is not None and item_text(body).startswith(failing):
            return Reply(status=status, headers={"Retry-After": "0"})
        return Reply(answer=answer_to_prompt(body, answers))

    server.handler = answer


# -- point 3: a failing item, a run that always writes what it has ----------------------------


def test_one_failing_item_keeps_every_record_and_exits_with_the_model_code(
    env: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy(env, failing=FAILING)
    out = tmp_path / "out.json"
    assert main(["extract", "--backend", "llm", *map(str, FILES), "-o", str(out)]) == 4
    first = env.count
    assert first == 14 + MAX_REQUESTS_PER_ITEM  # 14 answered, the failing one up to the bound
    # Again, with 14 answers cached and only the failing item asked: still every record written.
    out.unlink()
    capsys.readouterr()
    assert main(["extract", "--backend", "llm", *map(str, FILES), "-o", str(out)]) == 4
    assert env.count - first == MAX_REQUESTS_PER_ITEM
    records = json.loads(out.read_text(encoding="utf-8"))
    items = [item for record in records for item in record["items"]]
    assert len(items) == 15
    failed = [i for i in items if i["check"]["status"] == "failed"]
    assert [i["heading"][:2] for i in failed] == [FAILING]
    assert failed[0]["origin"] == "rules" and "model_failed:http_503" in failed[0]["flags"]
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if "model failed (" in line]) == 1
    assert any("1 of 15 item(s)" in line for line in err)


def test_the_breaker_stops_calling_a_dead_endpoint_and_batch_stores_rule_records(
    env: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env.script(Reply(status=503, headers={"Retry-After": "0"}))
    monkeypatch.setenv("SUMMARIZER_BREAKER", "3")
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "1")
    started = time.monotonic()
    assert main(["batch", "--backend", "llm", "--no-progress", *map(str, FILES)]) == 4
    assert time.monotonic() - started < 30
    assert env.count == 3  # the breaker opened after 3 failed requests; nothing was sent after
    out, err = capsys.readouterr()
    assert "saved 2" in out
    assert len([line for line in err.splitlines() if "model failed (" in line]) == 15
    assert "15 item(s) stored with their rule-based records" in err
    with Store.open(Settings.from_env().database_path) as store:
        assert len(store.model_pending()) == 2
        record = store.get(DOCS[0]).minutes
        assert all("model_pending" in i.flags and i.origin == "rules" for i in record.items)
        assert store.tasks(review="pending")  # the rule records' tasks wait for review

    # The endpoint is back: the next batch completes every pending item and nothing else.
    healthy(env)
    before = env.count
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "8")
    assert main(["batch", "--backend", "llm", "--no-progress", *map(str, FILES)]) == 0
    assert env.count - before == 15
    assert "model completed 2" in capsys.readouterr().out
    with Store.open(Settings.from_env().database_path) as store:
        assert store.model_pending() == []
        record = store.get(DOCS[0]).minutes
        assert all(i.origin == "model" and i.check and i.check.status == "ok" for i in record.items)
        # What the document cost: the 3 failed requests of the first run and the 12 answers.
        assert record.run is not None and record.run.usage.requests == 15


def test_retry_model_sends_only_the_items_that_failed(
    env: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    healthy(env, failing=FAILING, status=400)  # a 400 is not retried: one request
    assert main(["batch", "--backend", "llm", "--no-progress", str(FILES[0])]) == 4
    assert env.count == 12
    healthy(env)
    assert main(["batch", "--retry-model", "--no-progress"]) == 0
    assert env.count == 13  # the one pending item; the 11 answered ones are neither sent nor looked up
    with Store.open(Settings.from_env().database_path) as store:
        completed = store.get(DOCS[0])
        tasks = {(t.item_number, t.unit_verbatim, t.text) for t in store.tasks(review="pending")}
        for word in ("会议", "消防", "市发", "改委", "安全", "印发"):  # no stale index row answers
            assert all(word in hit.text for hit in store.search(word)), word
        hits = {(h.kind, h.item_number, h.text) for h in store.search("会议")}
    assert tasks and completed.backend == "llm" and all(i.origin == "model" for i in completed.minutes.items)
    # The ledger is what a run that never failed stores.
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(tmp_path / "fresh"))
    assert main(["batch", "--backend", "llm", "--no-progress", str(FILES[0])]) == 0
    with Store.open(Settings.from_env().database_path) as store:
        assert tasks == {(t.item_number, t.unit_verbatim, t.text) for t in store.tasks(review="pending")}
        assert hits == {(h.kind, h.item_number, h.text) for h in store.search("会议")}


def test_one_pool_serves_every_document_of_a_batch(env: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = answers_by_heading()
    doc_of = {item["heading"].replace(" ", ""): doc for doc in DOCS for item in gold(doc)["items"]}
    times: list[tuple[str, float, float]] = []
    active = [0, 0]
    lock = threading.Lock()

    def answer(body: dict[str, Any], index: int) -> Reply:
        text = item_text(body)
        heading = next(h for h in answers if text.startswith(h))
        with lock:
            active[0] += 1
            active[1] = max(active)
        started = time.monotonic()
        time.sleep(0.5)  # long enough for all 8 workers to be in flight on a loaded machine
        with lock:
            active[0] -= 1
            times.append((doc_of[heading], started, time.monotonic()))
        return Reply(answer=answers[heading])

    env.handler = answer
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "8")
    assert main(["batch", "--backend", "llm", "--no-progress", *map(str, FILES)]) == 0
    assert len(times) == 15 and active[1] == 8
    last_of_first = max(end for doc, _, end in times if doc == DOCS[0])
    first_of_second = min(start for doc, start, _ in times if doc == DOCS[1])
    assert first_of_second < last_of_first  # the second document did not wait for the first


# -- point 4: one bound on HTTP requests per item ----------------------------------------------


def test_transport_retries_and_reasks_share_one_budget(llm_server: Server) -> None:
    wrong = good()
    wrong["lead_units"] = ["市发展委"]  # never grounded: every answer would be re-asked

    def flaky(body: dict[str, Any], index: int) -> Reply:  # five 503s before every answer
        return Reply(answer=wrong) if index % 6 == 5 else Reply(status=503)

    llm_server.handler = flaky
    item = only_item(run(llm_server, one_item()))
    assert llm_server.count == MAX_REQUESTS_PER_ITEM == 6  # not 3 asks x 6 attempts = 18
    assert item.check is not None and item.check.usage.requests == 6
    assert item.check.usage.retries == 5 and item.check.usage.reasks == 0
    assert item.lead_units == ["市发改委"] and "ungrounded:lead_units[0]" in item.check.flags


def test_usage_counts_a_reask_whose_request_failed(llm_server: Server) -> None:
    wrong = good()
    wrong["lead_units"] = ["市发展委"]
    llm_server.script(Reply(answer=wrong), Reply(status=503))
    item = only_item(run(llm_server, one_item()))
    assert llm_server.count == MAX_REQUESTS_PER_ITEM
    assert item.check is not None and item.check.status == "failed"
    usage = item.check.usage
    assert (usage.requests, usage.retries, usage.reasks) == (6, 4, 1)


def _cli(args: list[str], server: Server, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUMMARIZER_BASE_URL": server.url, "SUMMARIZER_MODEL": "loopback-model",
           "SUMMARIZER_DATA_DIR": str(tmp_path / "data")}
    env.pop("SUMMARIZER_API_KEY", None)
    command = [sys.executable, "-m", "summarizer", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_a_quiet_run_prints_one_line_per_failed_item(llm_server: Server, tmp_path: Path) -> None:
    llm_server.script(Reply(raw='{"title": "未写完'))  # never valid JSON: every item fails after its re-asks
    done = _cli(["extract", "--backend", "llm", str(FILES[1]), "-o", str(tmp_path / "out.json")], llm_server, tmp_path)
    assert done.returncode == 4
    lines = done.stderr.splitlines()
    assert len([line for line in lines if "model failed (invalid" in line]) == 3
    assert len(lines) == 3 + 3  # and the usage line, "wrote …" and the summary line
    assert "Traceback" not in done.stderr and "instructor" not in done.stderr.lower()
    assert llm_server.count == 9
    verbose = _cli(["-v", "extract", "--backend", "llm", str(FILES[1]), "-o", str(tmp_path / "v.json")],
                   llm_server, tmp_path)
    assert len(verbose.stderr.splitlines()) > len(lines)


def test_the_breaker_counts_consecutive_failures_and_not_429(llm_server: Server) -> None:
    from summarizer.model.breaker import Breaker
    from summarizer.pipeline import Extraction
    from tests.corpus_items import extraction

    full = extraction(DOCS[0])
    three = Extraction(source=full.source, minutes=full.minutes.model_copy(update={"items": full.minutes.items[:3]}))
    answers = answers_by_heading()

    def script(body: dict[str, Any], index: int) -> Reply:
        if index in (0, 1):
            return Reply(status=503, headers={"Retry-After": "0"})
        if index == 2:
            return Reply(answer=answer_to_prompt(body, answers))
        return Reply(status=502, headers={"Retry-After": "0"})

    llm_server.handler = script
    items = run(llm_server, three, concurrency=1, breaker=Breaker(3)).documents[0].minutes.items
    # Item 1: two failures, then a success resets the count. Item 2: three failures open the
    # breaker, its fourth attempt is not sent. Item 3: not sent at all.
    assert llm_server.count == 6
    assert items[0].check is not None and items[0].check.status == "ok"
    assert [f for f in items[1].flags if f.startswith("model_failed")] == ["model_failed:circuit_open"]
    assert [f for f in items[2].flags if f.startswith("model_failed")] == ["model_failed:circuit_open"]
    assert all("model_pending" in i.flags for i in items[1:])

    llm_server.requests.clear()
    llm_server.handler = None
    llm_server.script(*[Reply(status=429, headers={"Retry-After": "0"})] * 4, Reply(answer=good()))
    item = only_item(run(llm_server, one_item(), breaker=Breaker(2)))
    assert llm_server.count == 5 and item.check is not None and item.check.status == "ok"
