"""`summarizer extract|eval --backend llm` end to end against the loopback server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.store import Store
from tests.corpus_items import SET, answer_to_prompt, answers_by_heading
from tests.llm_server import Reply, Server, llm_server_fixture  # noqa: F401

DOC = SET / "corpus" / "taicang-2023-10.txt"


@pytest.fixture
def model_env(llm_server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Server:
    for name in ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL", "SUMMARIZER_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_BASE_URL", llm_server.url)
    monkeypatch.setenv("SUMMARIZER_MODEL", "loopback-model")
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(tmp_path / "data"))
    answers = answers_by_heading()

    def answer(body: dict[str, Any], index: int) -> Reply:
        return Reply(answer=answer_to_prompt(body, answers))

    llm_server.handler = answer
    return llm_server


def test_extract_llm_gives_a_full_record_with_checks_and_usage(
    model_env: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "record.json"
    assert main(["extract", "--backend", "llm", str(DOC), "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    items = record["items"]
    assert model_env.count == len(items) > 1
    assert all(item["origin"] == "model" and item["check"]["status"] == "ok" for item in items)
    assert all(item["summary"] and item["check"]["grounding_rate"] == 1.0 for item in items)
    assert record["run"]["backend"] == "llm" and record["run"]["model"] == "loopback-model"
    assert record["run"]["usage"]["requests"] == len(items)
    assert len(record["run"]["prompt_sha"]) == 64
    err = capsys.readouterr().err
    assert f"model usage (run, loopback-model): requests {len(items)} (retries 0, re-asks 0)" in err

    # The same file again: every answer comes from the cache, no model call.
    model_env.requests.clear()
    assert main(["extract", "--backend", "llm", str(DOC), "-o", str(out)]) == 0
    again = json.loads(out.read_text(encoding="utf-8"))
    assert model_env.count == 0
    assert again["run"]["usage"]["cache_hits"] == len(items) and again["run"]["usage"]["requests"] == 0
    assert [i["title"] for i in again["items"]] == [i["title"] for i in items]


def test_extract_llm_without_an_endpoint_names_the_missing_setting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["extract", "--backend", "llm", str(DOC)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "SUMMARIZER_BASE_URL" in err and "SUMMARIZER_MODEL" in err


def test_eval_llm_scores_the_model_and_reports_grounding_and_agreement(
    model_env: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_path = tmp_path / "report.json"
    code = main(["eval", "--backend", "llm", str(SET), "--report", str(report_path)])
    printed = capsys.readouterr().out
    [report] = json.loads(report_path.read_text(encoding="utf-8"))
    checks = report["model_checks"]
    assert checks["items"] == model_env.count > 0
    assert checks["grounding_rate"] == 1.0
    assert set(checks["agreement_with_rules"]) >= {"title", "lead_units", "issuance"}
    assert report["usage"]["requests"] == model_env.count
    assert "grounding rate 100.0%" in printed
    # The scripted answers are the gold annotations: merging them must not cost a single field.
    assert code == 0 and report["overall_accuracy"] == 1.0 and report["passed"]


def test_batch_llm_stores_model_records_with_checks_and_usage(
    model_env: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", "--backend", "llm", "--no-progress", str(DOC)]) == 0
    assert "saved 1" in capsys.readouterr().out
    with Store.open(Settings.from_env().database_path) as store:
        stored = store.get("taicang-2023-10")
    assert stored.backend == "llm"
    run = stored.minutes.run
    assert run is not None and run.model == "loopback-model" and run.usage.requests == model_env.count == 12
    assert all(i.origin == "model" and i.check is not None and i.check.status == "ok" for i in stored.minutes.items)


def test_batch_llm_without_an_endpoint_names_the_missing_setting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(tmp_path / "data"))
    assert main(["batch", "--backend", "llm", str(DOC)]) != 0
    assert "SUMMARIZER_BASE_URL" in capsys.readouterr().err


def test_eval_store_with_the_model_scores_it_on_the_reviewed_meetings(
    model_env: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", "--confirm", "--no-progress", str(DOC)]) == 0  # the rules' record, reviewed
    capsys.readouterr()
    report_path = tmp_path / "store-report.json"
    code = main(["eval", "--store", "--backend", "llm", "--report", str(report_path)])
    printed = capsys.readouterr().out
    [report] = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["backend"] == "llm" and report["documents"] == 1
    assert report["usage"]["requests"] == model_env.count == 12
    assert {"task.unit", "task.due", "item.lead_units"} <= set(report["fields"])
    assert code == 0 and "== store: 1 documents" in printed
