"""`summarizer ui`: serve the officials' page (wraps `python -m streamlit run ui/app.py`).

The app lives beside the package in the repository (`ui/app.py`), so a fresh clone serves it
without installing anything else. Loopback by default: put a reverse proxy or `st.login` in
front before binding to another address (see docs/ui.md). Binding elsewhere without sign-in
is refused unless `--allow-anonymous` says so. The websocket only accepts the host names the
page is served under (`server.allowedHosts`: a DNS-rebinding page names its own host) and
Streamlit's CORS and XSRF protections stay on.
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import tomllib
from collections.abc import Sequence
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


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost."}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def login_configured(root: Path, home: Path | None = None) -> bool:
    """True when a secrets file Streamlit reads (the user's, or the repository's, which
    `summarizer ui` runs in) has an `[auth]` section, as `ui/access.py` requires; the values
    are never read out."""
    for path in ((home or Path.home()) / ".streamlit" / "secrets.toml", root / ".streamlit" / "secrets.toml"):
        try:
            with path.open("rb") as handle:
                if "auth" in tomllib.load(handle):
                    return True
        except (OSError, tomllib.TOMLDecodeError):
            continue
    return False


def allowed_hosts(host: str, extra: Sequence[str] = ()) -> list[str]:
    """Host names the websocket accepts: loopback names, the bound address, this machine's
    names, and any `--allowed-host` (the name a reverse proxy or DNS gives the page)."""
    names = ["127.0.0.1", "localhost", "::1"]
    if not is_loopback(host):
        if host not in {"0.0.0.0", "::", ""}:
            names.append(host.strip("[]"))
        names.append(socket.gethostname())
    names += extra
    return list(dict.fromkeys(n for n in names if n))


def streamlit_command(
    app: Path, host: str, port: int, max_upload_mb: int, hosts: Sequence[str] = ()
) -> list[str]:
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
        "--server.enableCORS=true",
        "--server.enableXsrfProtection=true",
        *(f"--server.allowedHosts={name}" for name in hosts or allowed_hosts(host)),
        # Beyond loopback, name the address users browse to: Streamlit otherwise asks an outside
        # service (checkip.amazonaws.com) for this machine's public address at start.
        *([] if is_loopback(host) else [f"--browser.serverAddress={public_name(host, hosts)}"]),
    ]


def public_name(host: str, hosts: Sequence[str] = ()) -> str:
    """The name users reach the page under: the first `--allowed-host`, else the bound address,
    else (a wildcard bind) this machine's host name."""
    extra = [name for name in hosts if name not in allowed_hosts(host)]
    if extra:
        return extra[0]
    return host.strip("[]") if host not in {"0.0.0.0", "::", ""} else socket.gethostname()


def check_exposure(host: str, *, signed_in: bool, allow_anonymous: bool) -> str | None:
    """Refuse to serve beyond loopback without sign-in unless told to; return a warning to
    print when told to."""
    if is_loopback(host) or signed_in:
        return None
    if not allow_anonymous:
        raise ConfigError(
            f"refusing to serve the page on {host} without sign-in: anyone who reaches it could read every "
            "meeting and change task statuses under any name; configure [auth] in .streamlit/secrets.toml "
            "(docs/ui.md), keep the default 127.0.0.1 behind a reverse proxy, or pass --allow-anonymous",
            zh=f"未配置登录时拒绝在 {host} 上提供页面：任何能访问的人都能查看全部会议并修改任务状态。"
            "请先配置登录，或仅在本机地址上运行",
        )
    return (
        f"summarizer: warning: serving on {host} WITHOUT sign-in (--allow-anonymous): anyone who reaches "
        "this address can read every meeting and change task statuses"
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    app = app_path()
    if importlib.util.find_spec("streamlit") is None:  # checked, not imported: the page runs in its own process
        raise ConfigError("streamlit is not installed; install the UI extra: pip install '.[ui]'")
    root = app.parent.parent
    warning = check_exposure(
        args.host, signed_in=login_configured(root), allow_anonymous=getattr(args, "allow_anonymous", False)
    )
    if warning:
        print(warning, file=sys.stderr)
    env = dict(os.environ)
    # The app imports `ui.*` and `summarizer` from the repository root.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
    # Twice the input limit: the page refuses files between the two in Chinese (check_upload);
    # only larger ones are stopped by streamlit itself, before they fill the server's memory.
    max_upload_mb = 2 * max(1, -(-settings.max_input_bytes // (1024 * 1024)))
    hosts = allowed_hosts(args.host, getattr(args, "allowed_host", None) or ())
    command = streamlit_command(app, args.host, args.port, max_upload_mb, hosts)
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
    parser.add_argument(
        "--allow-anonymous",
        action="store_true",
        help="serve beyond loopback without sign-in (anyone who reaches the page can read and change everything)",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="a host name the page is reached under (reverse proxy, DNS name); repeatable",
    )
    parser.set_defaults(run=run)
