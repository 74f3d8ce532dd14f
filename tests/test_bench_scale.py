"""`benchmarks/bench_scale.py` at a small size, so the scale benchmark cannot rot."""

from __future__ import annotations

import re

import pytest

from benchmarks import bench_scale


def test_the_scale_benchmark_runs_at_a_small_size_and_reports_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_scale.main(["--docs", "40", "--backend", "sqlite"]) == 0
    out = capsys.readouterr().out
    for label in ("batch (rules, 1 process)", "throughput", "2-character search", "tasks first page",
                  "tasks --format csv", "digest --format md", "digest --format docx"):
        assert label in out
    assert " 0 across issuers" in out
    tasks = re.search(r"(\d+) tasks, (\d+) repeat links", out)
    assert tasks and int(tasks.group(1)) > 0  # the ledger the commands read is not empty (confirmed meetings)
    assert "EXIT" not in out
    peaks = [float(m) for m in re.findall(r"peak\s+(\d+) MB", out)]
    assert peaks and all(0 < peak < bench_scale.MEMORY_TARGET_MB for peak in peaks)
