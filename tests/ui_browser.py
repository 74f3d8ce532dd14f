"""Real-browser support shared by the browser test and `benchmarks/bench_ui.py`.

Starts `python -m summarizer ui` on loopback with its own data directory and drives Debian's
Chromium through playwright (never `playwright install`: no downloads).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CARD_SELECTOR = "[class*='st-key-item-card-']"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve_ui(
    data_dir: Path, *, timeout_s: float = 60.0, port: int | None = None, env: dict[str, str] | None = None
) -> Iterator[str]:
    """Run `summarizer ui` on a (free) loopback port, with extra environment; yield its URL; stop it afterwards."""
    port = port or free_port()
    env = dict(os.environ, SUMMARIZER_DATA_DIR=str(data_dir), **(env or {}))
    log_path = data_dir / "ui-server.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "summarizer", "ui", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopping it stops the server too
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, server, log_path, timeout_s)
            yield url
        finally:
            stop_group(server)


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the process (which forwards it to its server), then SIGKILL to the whole group
    if anything is left, so no run leaves a server behind."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


def wait_healthy(url: str, server: subprocess.Popen[bytes], log_path: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"summarizer ui exited: {log_path.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"summarizer ui did not answer within {timeout_s}s")


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Browser, url: str) -> Page:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page.set_default_timeout(30_000)
    page.goto(url)
    page.locator("input[type='file']").wait_for(state="attached")
    return page


def upload(page: Page, path: Path) -> None:
    page.locator("input[type='file']").set_input_files(str(path))


def wait_for_cards(page: Page, count: int, timeout_ms: float = 30_000) -> None:
    page.locator(CARD_SELECTOR).nth(count - 1).wait_for(state="visible", timeout=timeout_ms)
