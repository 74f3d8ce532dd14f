"""Shared fixtures: the corpus (paths, real extractions, gold), hermetic settings, a fresh store."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from summarizer.config import Settings
from summarizer.pipeline import Extraction, extract_path
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "sets" / "taicang" / "corpus"
GOLD = ROOT / "evals" / "sets" / "taicang" / "gold"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
W21_DOC = "taicang-2023-10"  # meeting of 2023-05-23
W26_DOC = "taicang-2023-14"  # meeting of 2023-06-29


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


@functools.cache
def extract_corpus(doc_id: str) -> Extraction:
    return extract_path(CORPUS / f"{doc_id}.txt", Settings())


def gold(doc_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    return data


POSTGRES_URL_VARIABLE = "SUMMARIZER_TEST_DATABASE_URL"


def postgres_url() -> str:
    """The test server's URL; in CI a missing server is a failure, elsewhere a skip."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url:
        return url
    message = (
        f"{POSTGRES_URL_VARIABLE} is not set: the PostgreSQL cases need a server "
        "(tests/run starts one and exports it)"
    )
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the test server; yields a URL whose search_path is it; dropped after."""
    import psycopg

    url = postgres_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a test store lives: a SQLite file, or a fresh schema on the PostgreSQL test server."""
    if request.param == "sqlite":
        yield tmp_path / "data" / "summarizer.sqlite3"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def store(store_target: Path | str) -> Iterator[Store]:
    opened = Store.open(store_target)
    yield opened
    opened.close()


def settings_for(store: Store) -> Settings:
    """Settings that open the store's own database: its PostgreSQL URL, or the folder of its file."""
    if isinstance(store.path, str):
        return Settings(database_url=store.path)
    return Settings(data_dir=Path(store.path).parent)


def point_env_at(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI (which reads its settings from the environment) open the store's database."""
    if isinstance(store.path, str):
        monkeypatch.setenv("SUMMARIZER_DATABASE_URL", store.path)
    else:
        monkeypatch.delenv("SUMMARIZER_DATABASE_URL", raising=False)
        monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(Path(store.path).parent))


def confirm_all(store: Store) -> None:
    """Mark every stored meeting as confirmed in review, as an office would before supervising it."""
    with store.transaction() as db:
        db.execute("UPDATE documents SET review = 'confirmed', reviewed_by = 'test' WHERE review <> 'confirmed'")


@pytest.fixture
def corpus_store(store: Store) -> Store:
    """A store holding both bundled meetings, extracted by the real rule-based extractor, confirmed
    (reviewed) so that their tasks count in the ledger."""
    for doc_id in (W21_DOC, W26_DOC):
        store.save(extract_corpus(doc_id), confirm=True)
    return store


def _sorted(rows: Iterator[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return sorted(rows, key=repr)


def dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything a batch stores, by content: row ids and timestamps left out, links as content keys."""
    connection = sqlite3.connect(database)
    try:
        sha = dict(connection.execute("SELECT id, sha256 FROM documents"))
        task_key = {
            row[0]: (sha[row[1]], row[2])
            for row in connection.execute("SELECT id, document_id, fingerprint FROM tasks")
        }
        documents = connection.execute(
            "SELECT sha256, doc_id, number, meeting_date, superseded_by, minutes_json, source_text FROM documents"
        )
        items = connection.execute("SELECT document_id, number, title, decision, lead_units, issuance FROM items")
        directives = connection.execute("SELECT document_id, ordinal, marker, text FROM directives")
        tasks = connection.execute(
            "SELECT id, item_number, source, unit, text, deadline_text, status, span_start, span_end, repeat_of"
            " FROM tasks"
        )
        search = connection.execute("SELECT document_id, kind, text FROM search_index")
        return {
            "documents": _sorted((*row[:4], sha.get(row[4]), *row[5:]) for row in documents),
            "items": _sorted((sha[row[0]], *row[1:]) for row in items),
            "directives": _sorted((sha[row[0]], *row[1:]) for row in directives),
            "tasks": _sorted((*task_key[row[0]], *row[1:-1], task_key.get(row[-1])) for row in tasks),
            "search": _sorted((sha[int(row[0])], *row[1:]) for row in search),
        }
    finally:
        connection.close()
