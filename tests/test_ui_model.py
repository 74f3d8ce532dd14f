"""The model switch on 会议纪要, against the loopback chat-completions server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest
from ui_gold import CORPUS

from summarizer import Settings
from tests.corpus_items import answer_to_prompt, answers_by_heading
from tests.llm_server import Reply, Server, llm_server_fixture  # noqa: F401

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def test_the_switch_sends_each_item_to_the_model_and_shows_checks_and_usage(
    llm_server: Server, tmp_path: Path
) -> None:
    answers = answers_by_heading()

    def answer(body: dict[str, Any], index: int) -> Reply:
        return Reply(answer=answer_to_prompt(body, answers))

    llm_server.handler = answer
    settings = Settings.from_env(
        {
            "SUMMARIZER_BASE_URL": llm_server.url,
            "SUMMARIZER_MODEL": "loopback-model",
            "SUMMARIZER_API_KEY": "sk-not-for-the-page",
            "SUMMARIZER_DATA_DIR": str(tmp_path / "data"),
        }
    )
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["settings"] = settings
    at.run()
    at.toggle[0].set_value(True).run()
    data = (CORPUS / "taicang-2023-10.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-10.txt", data, "text/plain")).run()

    assert not at.exception and not at.error
    headings = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(headings) == 12 == llm_server.count
    captions = [c.value for c in at.caption]
    assert any(c.startswith("模型：loopback-model · 请求 12 次（缓存命中 0") for c in captions)
    rendered = " ".join(str(element.proto) for element in at.main)
    assert rendered.count("由模型抽取") == 12
    assert "sk-not-for-the-page" not in rendered and llm_server.url not in rendered
