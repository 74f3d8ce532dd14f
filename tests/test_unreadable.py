"""An unreadable file or folder is an error in a batch, never skipped silently; the rest still runs.

Tests run as root, and root reads anything whatever its mode: the batch runs in a child process
without the capabilities that let root ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH),
so `chmod 000` bites exactly as it does for an ordinary account.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, W21_DOC, W26_DOC

SETPRIV = shutil.which("setpriv")
DROP = "-dac_override,-dac_read_search"


def as_ordinary_account(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    if SETPRIV is None:
        pytest.skip("running as root without setpriv: file modes cannot be made to bite")
    return [SETPRIV, f"--inh-caps={DROP}", f"--bounding-set={DROP}", *command]


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[Path]:
    """inbox/ok/ (one meeting), inbox/locked/ (mode 000, one meeting), inbox/secret.txt (mode 000)."""
    root = tmp_path / "inbox"
    (root / "ok").mkdir(parents=True)
    (root / "locked").mkdir()
    shutil.copy(CORPUS / f"{W21_DOC}.txt", root / "ok" / "a.txt")
    shutil.copy(CORPUS / f"{W26_DOC}.txt", root / "locked" / "b.txt")
    shutil.copy(CORPUS / f"{W26_DOC}.txt", root / "secret.txt")
    (root / "locked").chmod(0)
    (root / "secret.txt").chmod(0)
    yield root
    (root / "locked").chmod(0o755)
    (root / "secret.txt").chmod(0o644)


def test_the_check_really_bites(inbox: Path) -> None:
    read = f"open({str(inbox / 'secret.txt')!r}).read()"
    probe = subprocess.run(as_ordinary_account([sys.executable, "-c", read]), capture_output=True, text=True,
                           check=False)
    assert probe.returncode != 0 and "Permission denied" in probe.stderr


def test_a_batch_reports_an_unreadable_folder_and_file_and_stores_the_rest(inbox: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SUMMARIZER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        as_ordinary_account([sys.executable, "-m", "summarizer", "batch", "--no-progress", str(inbox)]),
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "saved 1, skipped 0 (already stored), failed 2, ignored 0 (not a supported file type)"
    assert f"failed: {inbox / 'locked'}: cannot read this folder (Permission denied); " \
        "its files were not processed, fix its permissions" in lines
    assert any(line.startswith(f"failed: {inbox / 'secret.txt'}: cannot read") for line in lines)


def test_an_unreadable_path_given_by_name_is_reported_too(inbox: Path, tmp_path: Path) -> None:
    env = {**os.environ, "SUMMARIZER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        as_ordinary_account([sys.executable, "-m", "summarizer", "batch", "--no-progress",
                             str(inbox / "locked" / "b.txt"), str(inbox / "ok")]),
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 1
    assert "saved 1, skipped 0 (already stored), failed 1" in done.stdout
    assert f"failed: {inbox / 'locked' / 'b.txt'}: cannot read" in done.stdout
