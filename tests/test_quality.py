"""Lint, types and layer contracts are part of the test suite, so one command checks everything."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "command",
    [
        (sys.executable, "-m", "ruff", "check", "."),
        (sys.executable, "-m", "mypy"),
        ("lint-imports",),
    ],
    ids=["ruff", "mypy", "import-linter"],
)
def test_tool_passes(command: tuple[str, ...]) -> None:
    if shutil.which(command[0]) is None and not Path(command[0]).exists():
        pytest.fail(f"{command[0]} is not installed; run pip install -e '.[dev]'")
    result = _run(*command)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
