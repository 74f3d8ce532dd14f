"""Start-up: the CLI loads no heavy library until a command needs it, answers `--help` and
`tasks` quickly, and `summarizer ui` never leaves its server behind."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

from ui_browser import free_port, wait_healthy

ROOT = Path(__file__).resolve().parent.parent
# Libraries that cost 0.1-1 s to import each; a command loads one only when it uses it.
FORBIDDEN_AT_START = ("bs4", "openpyxl", "docx", "pdfplumber", "streamlit", "openai", "instructor", "numpy", "psycopg")
# CPU seconds (user + system) of the whole process, which a busy machine does not inflate the
# way it does wall time; generous: the target is well under 0.5 s of wall time on an idle machine.
CPU_BOUND_S = 1.0


def _imported(args: list[str], data_dir: Path) -> set[str]:
    env = dict(os.environ, SUMMARIZER_DATA_DIR=str(data_dir))
    env.pop("SUMMARIZER_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "summarizer", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def test_help_and_tasks_load_no_heavy_library(tmp_path: Path) -> None:
    for args in (["--help"], ["tasks"], ["tasks", "--limit", "5"], ["search", "数币"]):
        modules = _imported(args, tmp_path)
        assert "summarizer.cli" in modules
        loaded = sorted(m for m in modules if m.split(".")[0] in FORBIDDEN_AT_START)
        assert loaded == [], f"summarizer {' '.join(args)} imported {loaded}"


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_help_and_tasks_start_fast(tmp_path: Path) -> None:
    env = dict(os.environ, SUMMARIZER_DATA_DIR=str(tmp_path))
    env.pop("SUMMARIZER_DATABASE_URL", None)
    for args in (["--help"], ["tasks"]):
        best = float("inf")
        for _ in range(3):
            before = _cpu_seconds()
            subprocess.run([sys.executable, "-m", "summarizer", *args], cwd=ROOT, env=env, capture_output=True,
                           check=True)
            best = min(best, _cpu_seconds() - before)
        assert best < CPU_BOUND_S, f"summarizer {' '.join(args)} used {best:.2f}s of CPU"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split()[2] != "Z"


def test_ui_forwards_sigterm_and_sigint_to_its_server(tmp_path: Path) -> None:
    for sig in (signal.SIGTERM, signal.SIGINT):
        port = free_port()
        log_path = tmp_path / f"ui-{sig.name}.log"
        env = dict(os.environ, SUMMARIZER_DATA_DIR=str(tmp_path / "data"))
        with log_path.open("w", encoding="utf-8") as log:
            ui = subprocess.Popen([sys.executable, "-m", "summarizer", "ui", "--port", str(port)],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", ui, log_path, 90)
            servers = _children(ui.pid)
            assert len(servers) == 1, "summarizer ui runs its server as its one child"
            ui.send_signal(sig)
            assert ui.wait(timeout=30) == 0
            deadline = time.monotonic() + 10
            while _alive(servers[0]) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not _alive(servers[0]), f"the server outlived `summarizer ui` after {sig.name}"
        finally:
            if ui.poll() is None:
                ui.kill()
                ui.wait()
