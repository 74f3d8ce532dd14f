"""The benchmark scripts are not run in CI (speed lives there, not in tests), but they must not
rot: each imports against the current code."""

import importlib
from pathlib import Path

import pytest

SCRIPTS = sorted(p.stem for p in (Path(__file__).parent.parent / "benchmarks").glob("bench_*.py"))


def test_every_benchmark_is_found() -> None:
    assert {"bench_extract", "bench_batch", "bench_llm", "bench_ui"} <= set(SCRIPTS)


@pytest.mark.parametrize("name", SCRIPTS)
def test_benchmark_imports(name: str) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    assert callable(module.main)
