"""Who can reach the page: loopback unless told otherwise, and no cross-site websocket.

Without sign-in anyone reaching the page reads every meeting and changes statuses under any
name, so binding beyond loopback needs `--allow-anonymous`. A page on another site (or one that
rebinds its own DNS name to this machine) must not open the app's websocket.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from ui_browser import ROOT, serve_ui
from websockets.sync.client import connect

from summarizer.cli.ui import allowed_hosts, check_exposure, login_configured, streamlit_command
from summarizer.errors import ConfigError
from ui.access import same_origin


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "minutes.example.gov.cn"])
def test_beyond_loopback_without_sign_in_is_refused_unless_told(host: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_exposure(host, signed_in=False, allow_anonymous=False)
    assert "without sign-in" in str(caught.value) and "--allow-anonymous" in str(caught.value)
    assert caught.value.zh is not None and "拒绝" in caught.value.zh
    warning = check_exposure(host, signed_in=False, allow_anonymous=True)
    assert warning is not None and "WITHOUT sign-in" in warning
    assert check_exposure(host, signed_in=True, allow_anonymous=False) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
def test_loopback_needs_nothing(host: str) -> None:
    assert check_exposure(host, signed_in=False, allow_anonymous=False) is None


def test_the_command_refuses_at_once_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "SUMMARIZER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "ui", "--host", "0.0.0.0", "--port", "1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=30, check=False,
    )
    assert done.returncode == 3
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: refusing to serve the page on 0.0.0.0")


def test_sign_in_is_read_from_the_secrets_files_streamlit_reads(tmp_path: Path) -> None:
    home, repo = tmp_path / "home", tmp_path / "repo"
    assert not login_configured(repo, home)
    (repo / ".streamlit").mkdir(parents=True)
    (repo / ".streamlit" / "secrets.toml").write_text('[other]\nx = "1"\n', encoding="utf-8")
    assert not login_configured(repo, home)
    (home / ".streamlit").mkdir(parents=True)
    (home / ".streamlit" / "secrets.toml").write_text('[auth]\nredirect_uri = "https://x/oauth2callback"\n',
                                                      encoding="utf-8")
    assert login_configured(repo, home)


def test_streamlit_keeps_cors_and_xsrf_on_and_names_the_allowed_hosts() -> None:
    command = streamlit_command(ROOT / "ui" / "app.py", "0.0.0.0", 8600, 20, allowed_hosts("0.0.0.0", ["x.gov.cn"]))
    assert "--server.enableCORS=true" in command and "--server.enableXsrfProtection=true" in command
    hosts = [c.split("=", 1)[1] for c in command if c.startswith("--server.allowedHosts=")]
    assert hosts == ["127.0.0.1", "localhost", "::1", socket.gethostname(), "x.gov.cn"]
    assert "--browser.serverAddress=x.gov.cn" in command  # no lookup of a public address at start
    loopback = streamlit_command(ROOT / "ui" / "app.py", "127.0.0.1", 8600, 20)
    assert not any(c.startswith("--browser.serverAddress") for c in loopback)
    assert [c for c in loopback if "allowedHosts" in c] == [
        "--server.allowedHosts=127.0.0.1", "--server.allowedHosts=localhost", "--server.allowedHosts=::1"
    ]


def handshake(port: int, host: str, origin: str | None) -> int:
    """Open the app's websocket by hand; the HTTP status of the answer (101 = accepted)."""
    lines = [
        "GET /_stcore/stream HTTP/1.1",
        f"Host: {host}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}",
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Protocol: streamlit",
        *([f"Origin: {origin}"] if origin else []),
    ]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
        status = connection.recv(64).split(b"\r\n", 1)[0].split()
    return int(status[1])


def test_the_websocket_refuses_foreign_origins_and_rebound_host_names(tmp_path: Path) -> None:
    with serve_ui(tmp_path) as url:
        port = int(url.rsplit(":", 1)[1])
        own = f"127.0.0.1:{port}"
        assert handshake(port, own, url) == 101  # the page itself
        assert handshake(port, f"localhost:{port}", f"http://localhost:{port}") == 101
        assert handshake(port, own, "http://evil.example") == 403  # another site's page
        # DNS rebinding: evil.example now resolves to 127.0.0.1, so the page is "same-origin".
        assert handshake(port, f"evil.example:{port}", f"http://evil.example:{port}") == 403
    # Stopping `summarizer ui` (SIGTERM, as a service manager does) stops the page's server too.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            return
        time.sleep(0.2)
    raise AssertionError(f"the page still answers on port {port} after summarizer ui was stopped")


def one_run(port: int, origin: str) -> list[str]:
    """Open the websocket with `origin` as a browser page would, ask for one run of the app, and
    return what it drew: each element's kind and text."""
    drawn = []
    with connect(f"ws://127.0.0.1:{port}/_stcore/stream", origin=origin,
                 subprotocols=["streamlit"], open_timeout=10) as websocket:
        ask = BackMsg()
        ask.rerun_script.query_string = ""
        websocket.send(ask.SerializeToString())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            message = ForwardMsg()
            message.ParseFromString(websocket.recv(timeout=30))
            if message.WhichOneof("type") == "script_finished":
                break
            if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                kind = element.WhichOneof("type") or ""
                body = getattr(getattr(element, kind, None), "body", "")
                drawn.append(f"{kind}:{body}")
    return drawn


def test_a_page_on_another_port_of_this_machine_gets_nothing_from_the_app(tmp_path: Path) -> None:
    """Streamlit accepts any `localhost` origin whatever its port; the app then refuses to run
    for it, so another program's page on this machine reads nothing and changes nothing."""
    with serve_ui(tmp_path) as url:
        port = int(url.rsplit(":", 1)[1])
        own = one_run(port, url)
        assert own and not any("拒绝访问" in element for element in own)
        foreign = one_run(port, "http://localhost:1")
        assert len(foreign) == 1 and foreign[0].startswith("alert:拒绝访问"), foreign


@pytest.mark.parametrize(
    ("origin", "host", "same"),
    [
        ("http://127.0.0.1:8501", "127.0.0.1:8501", True),
        ("https://meetings.example.gov.cn", "meetings.example.gov.cn", True),  # behind a TLS proxy
        ("https://meetings.example.gov.cn:443", "meetings.example.gov.cn", True),
        ("http://[::1]:8501", "[::1]:8501", True),
        (None, "127.0.0.1:8501", True),  # not a browser: Streamlit's host check applies
        ("http://localhost:3000", "localhost:8501", False),  # another program's page
        ("http://127.0.0.1:8501", "localhost:8501", False),  # another name is another origin
        ("http://evil.example:8501", "127.0.0.1:8501", False),
        ("http://127.0.0.1:8501", None, False),
        ("http://127.0.0.1:99999", "127.0.0.1:8501", False),  # malformed
    ],
)
def test_same_origin_compares_host_and_port(origin: str | None, host: str | None, same: bool) -> None:
    assert same_origin(origin, host) is same
