"""Batch runs over the corpus and 200 generated variants: idempotent, resumable, failure-tolerant."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, dump
from corpus_variants import write_variants

from summarizer import batch
from summarizer.batch import BatchFinished, BatchStarted, DocumentDone, collect_files, extractor_for, run_batch
from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError
from summarizer.store import Store

VARIANTS = 200


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus (with its gold JSON and README, which a batch must skip) plus 200 variants."""
    folder = tmp_path_factory.mktemp("inputs")
    for path in CORPUS.parent.rglob("*"):
        if path.is_file():
            target = folder / "taicang" / path.relative_to(CORPUS.parent)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    write_variants(folder / "variants", VARIANTS)
    return folder


def _run(store: Store, paths: list[Path], jobs: int = 1) -> BatchFinished:
    events = list(run_batch(store, paths, extractor_for("rules", Settings()), jobs=jobs))
    assert isinstance(events[0], BatchStarted)
    done = [e for e in events if isinstance(e, DocumentDone)]
    assert [e.position for e in done] == list(range(1, events[0].total + 1))
    finished = events[-1]
    assert isinstance(finished, BatchFinished)
    return finished


def test_collect_files_recurses_and_counts_what_it_skips(inputs: Path) -> None:
    files, ignored = collect_files([inputs])
    assert len(files) == VARIANTS + 2
    assert all(f.suffix == ".txt" for f in files)
    others = [p for p in (inputs / "taicang").rglob("*") if p.is_file() and p.suffix != ".txt"]
    assert {p.suffix for p in others} == {".json", ".md"}
    assert ignored == len(others)
    with pytest.raises(InputError, match="no such file or folder"):
        collect_files([inputs / "missing"])


def test_a_batch_stores_every_document_once_and_a_rerun_changes_nothing(inputs: Path, tmp_path: Path) -> None:
    database = tmp_path / "store.sqlite3"
    with Store.open(database) as store:
        first = _run(store, [inputs])
        assert (first.saved, first.skipped, first.failures) == (VARIANTS + 2, 0, [])
        meetings = store.meetings()
        assert len(meetings) == VARIANTS + 2
        assert len({m.meeting_date for m in meetings}) == VARIANTS + 2
        numbers = sorted(m.number for m in meetings if m.number is not None and m.number >= 100)
        assert numbers == list(range(100, 100 + VARIANTS))
    before = dump(database)
    with Store.open(database) as store:
        second = _run(store, [inputs])
    assert (second.saved, second.skipped, second.failures) == (0, VARIANTS + 2, [])
    assert dump(database) == before
    # Every variant of the same corpus text repeats the previous one's tasks.
    with Store.open(database) as store:
        tasks = store.tasks(review=None)  # pending review: linked all the same
        later = [t for t in tasks if t.meeting_date and t.meeting_date.year >= 2024 and t.meeting_date.month > 1]
        assert later and all(t.repeat_of is not None for t in later)


def test_failed_documents_are_recorded_and_listed_without_stopping_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "b-broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "c-good.txt").write_bytes((CORPUS / "taicang-2023-14.txt").read_bytes())
    (folder / "notes.md").write_text("# not minutes", encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        finished = _run(store, [folder])
        assert finished.saved == 1 and finished.ignored == 1
        assert [p.name for p, _ in finished.failures] == ["a-empty.txt", "b-broken.pdf"]
        assert all(str(p) in error for p, error in finished.failures)
        recorded = store.connection.execute("SELECT path, error FROM run_failures ORDER BY path").fetchall()
        assert [Path(row["path"]).name for row in recorded] == ["a-empty.txt", "b-broken.pdf"]
        run = store.connection.execute("SELECT saved, skipped, failed, finished_at FROM runs").fetchone()
        assert (run["saved"], run["skipped"], run["failed"]) == (1, 0, 2) and run["finished_at"]
        again = _run(store, [folder])
        assert (again.saved, again.skipped, len(again.failures)) == (0, 1, 2)


def test_parallel_jobs_store_the_same_as_one_job(inputs: Path, tmp_path: Path) -> None:
    paths = sorted((inputs / "variants" / "part0").glob("*.txt"))[:16]
    with Store.open(tmp_path / "one.sqlite3") as store:
        _run(store, paths, jobs=1)
    with Store.open(tmp_path / "four.sqlite3") as store:
        assert _run(store, paths, jobs=4).saved == 16
    assert dump(tmp_path / "one.sqlite3") == dump(tmp_path / "four.sqlite3")


def test_a_sqlite_batch_commits_in_groups_another_reader_sees(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents are committed a group at a time (not each, not all at the end): while the batch
    runs, another connection sees every finished group, and never more than what was reported."""
    monkeypatch.setattr(batch, "GROUP_DOCUMENTS", 5)
    monkeypatch.setattr(batch, "GROUP_SECONDS", 3600.0)
    paths = sorted((inputs / "variants" / "part0").glob("*.txt"))[:23]
    database = tmp_path / "store.sqlite3"
    seen = []
    with Store.open(database) as store:
        for event in run_batch(store, paths, extractor_for("rules", Settings())):
            if isinstance(event, DocumentDone):
                seen.append((event.position, _count(database)))
    assert seen[:6] == [(1, 0), (2, 0), (3, 0), (4, 0), (5, 5), (6, 5)]
    assert [visible for position, visible in seen] == [position - position % 5 for position, _ in seen]
    assert _count(database) == 23


def test_llm_backend_without_model_settings_is_a_config_error_before_any_file() -> None:
    with pytest.raises(ConfigError, match="SUMMARIZER_BASE_URL, SUMMARIZER_MODEL"):
        extractor_for("llm", Settings())


def _count(database: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            return int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def _batch_process(data_dir: Path, inputs: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SUMMARIZER_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(inputs), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_kill_9_in_the_middle_then_resume_gives_the_same_database(inputs: Path, tmp_path: Path) -> None:
    killed_dir, clean_dir = tmp_path / "killed", tmp_path / "clean"
    database = killed_dir / "summarizer.sqlite3"
    process = _batch_process(killed_dir, inputs)
    deadline = time.monotonic() + 60
    while _count(database) < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    stored_at_kill = _count(database)
    assert 20 <= stored_at_kill < VARIANTS + 2, "the batch must be killed in the middle"
    resumed = _batch_process(killed_dir, inputs)
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, out.decode() + err.decode()
    assert f"skipped {stored_at_kill} (already stored)" in out.decode()
    clean = _batch_process(clean_dir, inputs)
    clean.communicate(timeout=300)
    assert clean.returncode == 0
    assert dump(database) == dump(clean_dir / "summarizer.sqlite3")
