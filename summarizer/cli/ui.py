"""`summarizer ui`: serve the officials' page (wraps `python -m streamlit run ui/app.py`).

The app lives beside the package in the repository (`ui/app.py`), so a fresh clone serves it
without installing anything else. Loopback by default: put a reverse proxy or `st.login` in
front before binding to another address (see docs/ui.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import summarizer
from summarizer.config import Settings
from summarizer.errors import ConfigError

DEFAULT_PORT = 8501
DEFAULT_HOST = "127.0.0.1"


def app_path() -> Path:
    """`ui/app.py` next to the package; a clear ConfigError when this install has no UI."""
    path = Path(summarizer.__file__).resolve().parent.parent / "ui" / "app.py"
    if not path.is_file():
        raise ConfigError(f"the UI app is not at {path}; run `summarizer ui` from a clone of the repository")
    return path


def streamlit_command(app: Path, host: str, port: int, max_upload_mb: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.headless=true",
        f"--server.address={host}",
        f"--server.port={port}",
        f"--server.maxUploadSize={max_upload_mb}",
        "--browser.gatherUsageStats=false",
        "--client.showErrorDetails=none",
        "--client.toolbarMode=viewer",
    ]


def run(args: argparse.Namespace, settings: Settings) -> int:
    app = app_path()
    if importlib.util.find_spec("streamlit") is None:  # checked, not imported: the page runs in its own process
        raise ConfigError("streamlit is not installed; install the UI extra: pip install '.[ui]'")
    root = app.parent.parent
    env = dict(os.environ)
    # The app imports `ui.*` and `summarizer` from the repository root.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
    # Twice the input limit: the page refuses files between the two in Chinese (check_upload);
    # only larger ones are stopped by streamlit itself, before they fill the server's memory.
    max_upload_mb = 2 * max(1, -(-settings.max_input_bytes // (1024 * 1024)))
    command = streamlit_command(app, args.host, args.port, max_upload_mb)
    try:
        return subprocess.call(command, cwd=root, env=env)
    except KeyboardInterrupt:
        return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ui", help="serve the officials' page (Streamlit) on loopback")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST}, loopback only)"
    )
    parser.set_defaults(run=run)
