"""Secrets never reach a log line, `-v` included: the key, URL credentials, key-like query values."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.redact import MASK, install, redact
from tests.corpus_items import SET, answer_to_prompt, answers_by_heading
from tests.llm_server import Reply, Server, llm_server_fixture  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-loopback-Zq8v3KEY"


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("POST http://user:pw@host/v1/chat", "POST http://***@host/v1/chat"),
        ("GET https://KEYONLY@host/v1", "GET https://***@host/v1"),
        ("https://h/v1/x?api-key=abc123&model=m", "https://h/v1/x?api-key=***&model=m"),
        ("https://h/v1/x?model=m&key=abc123", "https://h/v1/x?model=m&key=***"),
        ("https://h/v1/x?api_key=abc123#f", "https://h/v1/x?api_key=***#f"),
        ("Authorization: Bearer sk-abcdefgh1234", "Authorization: Bearer ***"),
        ("no secrets here: http://host:8000/v1", "no secrets here: http://host:8000/v1"),
    ],
)
def test_redact_removes_credentials_from_urls_and_headers(line: str, clean: str) -> None:
    assert redact(line) == clean


def test_a_registered_key_is_masked_anywhere_in_a_record(caplog: pytest.LogCaptureFixture) -> None:
    install(KEY)
    log = logging.getLogger("summarizer.test")
    with caplog.at_level(logging.INFO):
        log.info("calling with %s", KEY)
        try:
            raise RuntimeError(f"endpoint refused key {KEY}")
        except RuntimeError:
            log.exception("model failed")
    text = caplog.text
    assert KEY not in text and f"calling with {MASK}" in text and f"endpoint refused key {MASK}" in text


def test_verbose_llm_run_logs_requests_without_the_key(llm_server: Server, tmp_path: Path) -> None:
    answers = answers_by_heading()

    def answer(body: dict[str, Any], index: int) -> Reply:
        return Reply(answer=answer_to_prompt(body, answers))

    llm_server.handler = answer
    host = llm_server.url.split("://", 1)[1]
    env = {
        **{k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL"))},
        "SUMMARIZER_BASE_URL": f"http://officer:{KEY}@{host}",
        "SUMMARIZER_API_KEY": KEY,
        "SUMMARIZER_MODEL": "loopback-model",
        "SUMMARIZER_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "-v", "extract", "--backend", "llm",
         str(SET / "corpus" / "taicang-2023-14.txt"), "-o", str(tmp_path / "out.json")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "HTTP Request: POST http://***@" in done.stderr  # httpx logs every request URL at -v
    assert KEY not in done.stderr and KEY not in done.stdout
    assert KEY not in (tmp_path / "out.json").read_text(encoding="utf-8")
