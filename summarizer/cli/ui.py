"""`summarizer ui`: serve the officials' page (wraps `python -m streamlit run ui/app.py`).

The app lives beside the package in the repository (`ui/app.py`), so a fresh clone serves it
without installing anything else. Loopback by default: put a reverse proxy or `st.login` in
front before binding to another address (see docs/ui.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
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
    return serve(command, cwd=root, env=env)


FORWARDED_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM if this process dies without forwarding (kill -9)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def serve(command: list[str], *, cwd: Path, env: dict[str, str]) -> int:
    """Run the server as our child; SIGTERM/SIGINT/SIGHUP to us go to it, and we wait for it to
    stop, so a service manager stopping `summarizer ui` never leaves an orphan server."""
    child = subprocess.Popen(command, cwd=cwd, env=env, preexec_fn=_die_with_parent)
    received: list[int] = []

    def forward(signum: int, _frame: object) -> None:
        received.append(signum)
        if child.poll() is None:
            child.send_signal(signum)

    previous = {sig: signal.signal(sig, forward) for sig in FORWARDED_SIGNALS}
    try:
        while True:
            try:
                code = child.wait(timeout=30 if received else None)
                break
            except subprocess.TimeoutExpired:  # asked to stop and still running after 30 s
                child.kill()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if received else code


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ui", help="serve the officials' page (Streamlit) on loopback")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to bind (default {DEFAULT_HOST}, loopback only)"
    )
    parser.set_defaults(run=run)
