"""The SQLite store on the real corpus: round trip, idempotence, versions, search, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, W21_DOC, W26_DOC, extract_corpus

from summarizer.errors import InputError, StoreError
from summarizer.ingest import read_bytes
from summarizer.pipeline import Extraction, extract_source
from summarizer.store import Store
from summarizer.store.migrations import MIGRATIONS


def test_round_trip_keeps_the_record_and_the_text_its_spans_point_into(store: Store) -> None:
    extraction = extract_corpus(W21_DOC)
    result = store.save(extraction)
    assert result.status == "saved"
    stored = store.get(W21_DOC)
    assert stored.minutes == extraction.minutes
    assert stored.source_text == extraction.source.text
    assert stored.sha256 == extraction.source.sha256
    item = stored.minutes.items[0]
    span = item.spans["title"]
    assert not isinstance(span, list)
    assert "".join(stored.source_text[span.start : span.end].split()) == item.title
    assert store.get(extraction.source.sha256).id == result.document_id


def test_saving_the_same_bytes_again_is_a_no_op(corpus_store: Store) -> None:
    before = (len(corpus_store.meetings()), len(corpus_store.tasks()))
    again = corpus_store.save(extract_corpus(W21_DOC))
    assert again.status == "unchanged"
    assert (len(corpus_store.meetings()), len(corpus_store.tasks())) == before


def test_meetings_are_listed_by_meeting_date(corpus_store: Store) -> None:
    meetings = corpus_store.meetings()
    assert [(m.doc_id, str(m.meeting_date), m.item_count) for m in meetings] == [
        (W21_DOC, "2023-05-23", 12),
        (W26_DOC, "2023-06-29", 3),
    ]
    assert [m.doc_id for m in corpus_store.meetings(since=meetings[1].meeting_date)] == [W26_DOC]


def _new_version(extraction_text: str, name: str, issued: str = "2023年 5月 30日") -> Extraction:
    """The W21 minutes reissued: same issuer and number, one directive reworded."""
    text = extraction_text.replace("2023年 5月 30日", issued, 1).replace("做实做细项目谋划", "做深做实项目谋划")
    return extract_source(read_bytes(text.encode("utf-8"), name, max_bytes=10**7))


def test_a_new_version_supersedes_the_old_and_keeps_its_history(corpus_store: Store) -> None:
    old = corpus_store.get(W21_DOC)
    lead_task = next(t for t in corpus_store.tasks(unit="市发改委") if t.doc_id == W21_DOC)
    corpus_store.set_task_status(lead_task.id, "done", note="已印发", who="督查室")
    reissue = _new_version(old.source_text, "taicang-2023-10-corrected.txt")
    result = corpus_store.save(reissue, confirm=True)
    assert result.superseded == old.id
    assert [m.doc_id for m in corpus_store.meetings()] == ["taicang-2023-10-corrected", W26_DOC]
    versions = corpus_store.versions("taicang-2023-10-corrected")
    assert [v.id for v in versions] == [old.id, result.document_id]
    assert versions[0].superseded_by == result.document_id
    # Only the current version's tasks are listed; an unchanged task keeps its status and history.
    current = [t for t in corpus_store.tasks() if t.doc_id.startswith("taicang-2023-10")]
    assert {t.doc_id for t in current} == {"taicang-2023-10-corrected"}
    carried = next(t for t in current if t.item_number == 1 and t.source == "lead_unit")
    assert carried.status == "done"
    assert [h.note for h in corpus_store.task(carried.id).history] == ["已印发"]
    reworded = [t for t in current if "做深做实项目谋划" in t.text]
    assert reworded and all(t.status == "assigned" for t in reworded)


def test_an_older_version_saved_late_does_not_replace_the_current_one(corpus_store: Store) -> None:
    old = corpus_store.get(W21_DOC)
    earlier = _new_version(old.source_text, "taicang-2023-10-draft.txt", issued="2023年 5月 29日")
    result = corpus_store.save(earlier)
    assert result.superseded is None
    assert [m.doc_id for m in corpus_store.meetings()] == [W21_DOC, W26_DOC]
    assert corpus_store.get("taicang-2023-10-draft").superseded_by == old.id


def test_search_uses_the_trigram_index_and_falls_back_for_short_queries(corpus_store: Store) -> None:
    hits = corpus_store.search("数字人民币")
    assert hits and all(h.doc_id == W26_DOC for h in hits)
    assert {h.kind for h in hits} == {"item", "directive"}
    assert all("数字人民币" in h.text or "数字人民币" in h.item_title for h in hits)
    short = corpus_store.search("数币")
    assert short and all("数币" in h.text for h in short)
    assert corpus_store.search('"; DROP TABLE tasks; --') == []
    with pytest.raises(InputError):
        corpus_store.search("  ")


def test_migrations_run_once_and_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    Store.open(path).close()
    reopened = Store.open(path)
    versions = [row[0] for row in reopened.connection.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    assert reopened.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_an_unusable_path_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store.open(tmp_path / "blocker" / "store.sqlite3")
    (tmp_path / "garbage.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(tmp_path / "garbage.sqlite3")


def test_a_failed_save_leaves_nothing_behind(store: Store) -> None:
    extraction = extract_corpus(W21_DOC)
    if store.dialect == "postgres":
        store.connection.script(
            """CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'x'; END $$;
               CREATE TRIGGER fail BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION fail();"""
        )
    else:
        store.connection.execute("CREATE TRIGGER fail BEFORE INSERT ON tasks BEGIN SELECT RAISE(ABORT, 'x'); END")
    with pytest.raises(StoreError):
        store.save(extraction)
    counts = [store.connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("documents", "items")]
    assert counts == [0, 0]
    assert not store.has(extraction.source.sha256)


def test_a_failed_save_inside_a_group_of_saves_undoes_only_itself(store: Store) -> None:
    """A batch commits documents in groups (`write_groups`): a document that fails inside a group
    leaves nothing behind, and the documents before and after it in the group are stored."""
    first, failing = extract_corpus(W21_DOC), extract_corpus(W26_DOC)
    text = (CORPUS / f"{W21_DOC}.txt").read_bytes().replace(" 25次".encode(), " 27次".encode())
    last = extract_source(read_bytes(text, "later.txt", max_bytes=1 << 20))
    guard = f"NEW.document_id = (SELECT id FROM documents WHERE sha256 = '{failing.source.sha256}')"
    if store.dialect == "postgres":
        store.connection.script(
            f"""CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                  IF {guard} THEN RAISE EXCEPTION 'x'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER fail BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION fail();"""
        )
    else:
        store.connection.execute(
            f"CREATE TRIGGER fail BEFORE INSERT ON tasks WHEN {guard} BEGIN SELECT RAISE(ABORT, 'x'); END"
        )
    with store.write_groups(documents=10, seconds=60) as written:
        store.save(first)
        written()
        with pytest.raises(StoreError):
            store.save(failing)
        store.save(last)
        written()
    assert store.has(first.source.sha256) and store.has(last.source.sha256)
    assert not store.has(failing.source.sha256)
    assert store.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert store.connection.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] > 0


def test_unknown_document_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError, match="no stored document"):
        store.get("missing")


def test_a_long_query_is_streamed_not_fetched_whole(store: Store) -> None:
    """Exports read the ledger through `Database.stream`: on PostgreSQL a server-side cursor holds
    the rest of the rows while the first ones are used (a client cursor would receive all first)."""
    db = store.connection
    sql = "SELECT n FROM generate_series(1, 200000) AS g(n)" if db.dialect == "postgres" else (
        "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 200000) SELECT n FROM g"
    )
    rows = db.stream(sql)
    first = [next(rows)["n"] for _ in range(3)]
    assert first == [1, 2, 3]
    if db.dialect == "postgres":
        open_cursors = [r["name"] for r in db.execute("SELECT name FROM pg_cursors").fetchall()]
        assert any(name.startswith("stream_") for name in open_cursors)
    assert sum(1 for _ in rows) == 200000 - 3
    if db.dialect == "postgres":  # read to the end, the cursor is closed
        assert db.execute("SELECT COUNT(*) AS n FROM pg_cursors").fetchone()["n"] == 0
