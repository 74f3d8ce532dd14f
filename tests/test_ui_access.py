"""The optional sign-in gate: open without `[auth]`, closed behind a login button with it."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from summarizer import Settings

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")
AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "cookie-secret-value",
    "client_id": "summarizer-ui",
    "client_secret": "client-secret-value",
    "server_metadata_url": "https://idp.example.gov.cn/.well-known/openid-configuration",
}


def test_with_auth_configured_nothing_shows_before_sign_in(settings: Settings) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = AUTH
    at.session_state["settings"] = settings
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["常务会议纪要摘要"]
    assert [b.label for b in at.button] == ["登录"]
    assert not at.file_uploader  # the meeting page did not run
    rendered = " ".join(str(e.proto) for e in at.main)
    assert "secret-value" not in rendered


def test_without_auth_the_page_is_open(settings: Settings) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings
    at.run()
    assert [t.value for t in at.title] == ["会议纪要"]
    assert len(at.file_uploader) == 1
