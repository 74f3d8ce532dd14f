"""A shared deployment: batch workers on one PostgreSQL database split a folder between them,
and a batch stores the same ledger on PostgreSQL as on SQLite."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import postgres_schema
from corpus_variants import write_variants

from summarizer.batch import run_batch
from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.pipeline import extract_path
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
FILES = 24


def _worker(url: str, folder: Path, data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, SUMMARIZER_DATABASE_URL=url, SUMMARIZER_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(folder), "--no-progress", "--confirm"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_two_concurrent_batch_workers_store_every_file_once(tmp_path: Path) -> None:
    write_variants(tmp_path / "inputs", FILES)
    with postgres_schema() as url:
        Store.open(url).close()  # migrate once, as a deployment does before starting workers
        workers = [_worker(url, tmp_path / "inputs", tmp_path / f"w{i}") for i in range(2)]
        outputs = [worker.communicate(timeout=600) for worker in workers]
        for worker, (_out, err) in zip(workers, outputs, strict=True):
            assert worker.returncode == 0, err
        saved = [int(re.search(r"saved (\d+)", out).group(1)) for out, _ in outputs]  # type: ignore[union-attr]
        assert sum(saved) == FILES, outputs
        with Store.open(url) as store:
            row = store.connection.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone()
            assert row is not None and (row[0], row[1]) == (FILES, FILES)
            assert store.connection.execute("SELECT COUNT(*) FROM run_failures").fetchone()[0] == 0
            assert store.connection.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 0
            tasks = store.tasks()
            assert tasks and sum(1 for t in tasks if t.repeat_of is not None) > len(tasks) // 2


def _ledger(store: Store) -> list[tuple[object, ...]]:
    """The ledger by content: links as (meeting date, unit, text) of the task linked to."""
    tasks = store.tasks()
    by_id = {t.id: t for t in tasks}
    key = {t.id: (t.doc_id, t.meeting_date, t.item_number, t.source, t.unit, t.text) for t in tasks}
    return sorted(
        (*key[t.id], t.status, key[t.repeat_of] if t.repeat_of in by_id else None) for t in tasks
    )


def test_a_batch_stores_the_same_ledger_on_postgresql_as_on_sqlite(tmp_path: Path) -> None:
    paths = write_variants(tmp_path / "inputs", 12)

    def extract(path: Path):  # type: ignore[no-untyped-def]
        return extract_path(path, Settings())

    with Store.open(tmp_path / "ledger.sqlite3") as sqlite_store:
        list(run_batch(sqlite_store, paths, extract))
        expected = _ledger(sqlite_store)
        hits = [h.model_dump() for query in ("消防", "数币") for h in sqlite_store.search(query)]
    with postgres_schema() as url, Store.open(url) as pg_store:
        list(run_batch(pg_store, list(reversed(paths)), extract))
        assert _ledger(pg_store) == expected
        pg_hits = [h.model_dump() for query in ("消防", "数币") for h in pg_store.search(query)]
        assert sorted(map(repr, pg_hits)) == sorted(map(repr, hits))


def test_the_database_url_must_be_postgresql() -> None:
    settings = Settings.from_env({"SUMMARIZER_DATABASE_URL": "postgresql://u:p@db.example/summarizer"})
    assert settings.database == "postgresql://u:p@db.example/summarizer"
    assert "p@" not in repr(settings)
    with pytest.raises(ConfigError, match="postgresql://"):
        Settings.from_env({"SUMMARIZER_DATABASE_URL": "mysql://u:p@db/x"})
