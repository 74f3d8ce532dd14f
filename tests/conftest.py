"""Shared fixtures: where the evaluation corpus lives, and hermetic settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.config import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT / "evals" / "sets" / "taicang" / "corpus"
GOLD_DIR = REPO_ROOT / "evals" / "sets" / "taicang" / "gold"
CORPUS_FILES = sorted(CORPUS_DIR.glob("*.txt"))


@pytest.fixture(params=CORPUS_FILES, ids=lambda path: path.stem)
def corpus_path(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


@pytest.fixture
def corpus_text(corpus_path: Path) -> str:
    return corpus_path.read_text(encoding="utf-8")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "summarizer-data")
