"""`summarizer ui`: finds the app from the repository, binds to loopback, runs streamlit headless."""

from __future__ import annotations

from pathlib import Path

from summarizer.cli import build_parser
from summarizer.cli.ui import app_path, streamlit_command

ROOT = Path(__file__).resolve().parent.parent


def test_the_app_is_found_beside_the_package() -> None:
    assert app_path() == ROOT / "ui" / "app.py"


def test_defaults_are_loopback_and_the_streamlit_port() -> None:
    args = build_parser().parse_args(["ui"])
    assert (args.host, args.port) == ("127.0.0.1", 8501)
    args = build_parser().parse_args(["ui", "--port", "8600", "--host", "0.0.0.0"])
    assert (args.host, args.port) == ("0.0.0.0", 8600)


def test_streamlit_runs_headless_without_error_details_or_telemetry() -> None:
    command = streamlit_command(ROOT / "ui" / "app.py", "127.0.0.1", 8600, 20)
    assert command[1:5] == ["-m", "streamlit", "run", str(ROOT / "ui" / "app.py")]
    for option in (
        "--server.headless=true",
        "--server.address=127.0.0.1",
        "--server.port=8600",
        "--server.maxUploadSize=20",
        "--client.showErrorDetails=none",
        "--browser.gatherUsageStats=false",
    ):
        assert option in command
