"""The task ledger: tasks from real minutes, status history, repeats across meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import W21_DOC, W26_DOC, dump, extract_corpus, gold, postgres_schema
from corpus_variants import variant_text

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.ingest import read_bytes
from summarizer.pipeline import Extraction, extract_path, extract_source
from summarizer.store import Store
from summarizer.store.ledger import UNNAMED_UNIT, link_repeats, tasks_from_minutes
from summarizer.store.repeats import BAND_COLUMNS, sharers_sql
from summarizer.store.repeats import is_repeat as _is_repeat
from summarizer.store.repeats import trigrams as _trigrams
from summarizer.text import clean

DATA = Path(__file__).resolve().parent / "data"


def test_every_obligation_becomes_a_task_per_unit_with_its_clause_span() -> None:
    extraction = extract_corpus(W26_DOC)
    text = extraction.source.text
    drafts = tasks_from_minutes(extraction.minutes, text)
    expected = gold(W26_DOC)
    # The decision's follow-up: each item's lead unit revises and issues the document.
    lead = [(d.item_number, d.unit_verbatim) for d in drafts if d.source == "lead_unit"]
    assert lead == [(item["number"], unit) for item in expected["items"] for unit in item["lead_units"][:1]]
    assert all(d.text.startswith("修改完善并") and d.item_title in d.text for d in drafts if d.source == "lead_unit")
    # Each directive's named units (the gold addressees) get tasks of their own; nobody else does.
    for item in expected["items"]:
        for ordinal, directive in enumerate(item["directives"]):
            named = {
                d.unit_verbatim for d in drafts
                if d.item_number == item["number"] and d.directive_ordinal == ordinal and d.unit_verbatim
            }
            assert named == set(directive["addressees"]), (item["number"], ordinal)
    for draft in drafts:
        assert draft.span is not None
        if draft.source == "directive":  # the clause itself, as written
            assert clean(text[draft.span.start : draft.span.end]) == draft.text
            assert draft.text in "".join(text.split())
    assert {d.unit for d in drafts if not d.unit_verbatim} <= {UNNAMED_UNIT}
    assert all(d.is_group == d.unit.startswith("各") for d in drafts)


def test_canonical_unit_clause_deadlines_and_co_units() -> None:
    extraction = extract_path(DATA / "review-minutes.txt", Settings())
    drafts = tasks_from_minutes(extraction.minutes, extraction.source.text)
    by_unit = {(d.item_number, d.unit): d for d in drafts if d.source == "directive"}
    fgw = by_unit[(1, "市发改委")]
    assert (fgw.unit_verbatim, fgw.deadline_text, fgw.deadline_date) == ("市发改", "本周内", dt.date(2024, 9, 29))
    zjj = by_unit[(1, "市住建局")]
    assert (zjj.deadline_text, zjj.deadline_date, zjj.co_units) == (
        "10月10日前", dt.date(2024, 10, 10), ("市财政局", "市自然资源局")
    )
    assert "市发改" not in zjj.text and "市住建局" not in fgw.text


def test_status_changes_are_recorded_with_who_when_and_what(corpus_store: Store) -> None:
    task = corpus_store.tasks(unit="市金融监管局")[0]
    corpus_store.set_task_status(task.id, "in_progress", note="已起草", who="张三")
    changed = corpus_store.set_task_status(task.id, "done", note="已印发实施", who="李四")
    assert changed.status == "done"
    assert [(h.who, h.old_status, h.new_status, h.note) for h in changed.history] == [
        ("张三", "assigned", "in_progress", "已起草"),
        ("李四", "in_progress", "done", "已印发实施"),
    ]
    assert dt.datetime.fromisoformat(changed.history[0].at).year >= 2024
    assert task.id not in {t.id for t in corpus_store.tasks(status="assigned")}
    assert task.id in {t.id for t in corpus_store.tasks(status="done")}


def test_bad_status_or_id_is_an_input_error(corpus_store: Store) -> None:
    with pytest.raises(InputError, match="unknown task status"):
        corpus_store.set_task_status(1, "finished")
    with pytest.raises(InputError, match="no task with id 99999"):
        corpus_store.set_task_status(99999, "done")


def test_filters_by_unit_status_and_date(corpus_store: Store) -> None:
    fgw = corpus_store.tasks(unit="市发改委")
    assert fgw and {t.unit for t in fgw} == {"市发改委"}
    assert {t.doc_id for t in corpus_store.tasks(since=dt.date(2023, 6, 1))} == {W26_DOC}
    with pytest.raises(InputError):
        corpus_store.tasks(status="bogus")


def _later_meeting(doc_id: str, number: int, day: dt.date) -> Extraction:
    text = variant_text(extract_corpus(doc_id).source.text, number, day)
    return extract_source(read_bytes(text.encode("utf-8"), f"{doc_id}-repeat.txt", max_bytes=10**7))


def test_a_directive_repeated_in_a_later_meeting_links_to_the_earlier_task(store: Store) -> None:
    first, later = extract_corpus(W26_DOC), _later_meeting(W26_DOC, 30, dt.date(2023, 9, 5))
    text = variant_text(first.source.text, 30, dt.date(2023, 9, 5))
    store.save(first, confirm=True)
    store.save(extract_source(read_bytes(text.encode("utf-8"), "later.txt", max_bytes=10**7)), confirm=True)
    earlier = {(t.item_number, t.source, t.unit, t.text): t.id for t in store.tasks(until=dt.date(2023, 7, 1))}
    repeats = store.tasks(since=dt.date(2023, 9, 1))
    assert len(repeats) == len(earlier) == len(tasks_from_minutes(later.minutes, later.source.text))
    for task in repeats:
        assert task.repeat_of == earlier[(task.item_number, task.source, task.unit, task.text)]
    assert all(t.repeat_of is None for t in store.tasks(until=dt.date(2023, 7, 1)))


def test_repeat_links_do_not_depend_on_the_order_documents_arrive(store: Store) -> None:
    first = extract_corpus(W26_DOC)
    text = variant_text(first.source.text, 30, dt.date(2023, 9, 5))
    later = extract_source(read_bytes(text.encode("utf-8"), "later.txt", max_bytes=10**7))
    store.save(later, confirm=True)  # the later meeting arrives first
    assert all(t.repeat_of is None for t in store.tasks())
    store.save(first, confirm=True)
    by_id = {t.id: t for t in store.tasks()}
    for task in store.tasks(since=dt.date(2023, 9, 1)):
        assert task.repeat_of is not None
        assert by_id[task.repeat_of].meeting_date == dt.date(2023, 6, 29)
        assert by_id[task.repeat_of].text == task.text


def test_unrelated_directives_are_not_repeats() -> None:
    w21 = extract_corpus(W21_DOC).minutes
    texts = [d.text for item in w21.items for d in item.directives]
    grams = [_trigrams(text) for text in texts]
    assert _is_repeat(grams[0], _trigrams(texts[0]))  # the same directive again is a repeat
    assert not any(_is_repeat(a, b) for i, a in enumerate(grams) for b in grams[i + 1 :])


def test_repeat_links_are_the_same_in_any_arrival_order(tmp_path: Path) -> None:
    """Six meetings (both corpus documents, three dates each, some on the same day) saved in
    three orders, and a full relink of every unit, give the same links."""
    extractions = []
    for n, day in enumerate((dt.date(2023, 9, 5), dt.date(2023, 9, 5), dt.date(2023, 10, 10))):
        for k, doc_id in enumerate((W21_DOC, W26_DOC)):
            text = variant_text(extract_corpus(doc_id).source.text, 40 + 2 * n + k, day)
            name = f"{doc_id}-{n}.txt"
            extractions.append(extract_source(read_bytes(text.encode("utf-8"), name, max_bytes=10**7)))
    extractions += [extract_corpus(W21_DOC), extract_corpus(W26_DOC)]
    orders = [extractions, extractions[::-1], extractions[1::2] + extractions[::2]]
    dumps = []
    for index, order in enumerate(orders):
        database = tmp_path / f"order{index}.sqlite3"
        with Store.open(database) as store:
            for extraction in order:
                store.save(extraction)
        dumps.append(dump(database)["tasks"])
    assert dumps[0] == dumps[1] == dumps[2]
    assert sum(1 for row in dumps[0] if row[-1] is not None) > len(dumps[0]) // 2
    with Store.open(tmp_path / "order0.sqlite3") as store, store.transaction() as db:
        units = [row[0] for row in db.execute("SELECT DISTINCT unit FROM tasks")]
        link_repeats(db, units)
    assert dump(tmp_path / "order0.sqlite3")["tasks"] == dumps[0]


def test_repeat_links_never_cross_issuers(store: Store) -> None:
    """The same minutes as another government's (its name changed) repeat nothing of the first
    government's tasks; the first government's own later meeting does."""
    base = extract_corpus(W26_DOC)
    same = variant_text(base.source.text, 30, dt.date(2023, 9, 5))
    other = variant_text(base.source.text, 31, dt.date(2023, 10, 10))
    other = other.replace("太仓", "临江").replace("太 仓", "临 江")
    store.save(base)
    store.save(extract_source(read_bytes(same.encode("utf-8"), "same.txt", max_bytes=10**7)))
    saved = store.save(extract_source(read_bytes(other.encode("utf-8"), "other.txt", max_bytes=10**7)))
    rows = store.connection.execute(
        """SELECT t.issuer, p.issuer AS linked_issuer, t.document_id FROM tasks t
           LEFT JOIN tasks p ON p.id = t.repeat_of"""
    ).fetchall()
    issuers = {row["issuer"] for row in rows}
    assert issuers == {"太仓市人民政府", "临江市人民政府"}
    linked = [row for row in rows if row["linked_issuer"] is not None]
    assert linked and all(row["issuer"] == row["linked_issuer"] for row in linked)
    assert not any(row["document_id"] == saved.document_id and row["linked_issuer"] for row in rows)
    assert any(row["issuer"] == "太仓市人民政府" and row["linked_issuer"] for row in rows)


def test_a_store_with_one_repeat_key_per_band_is_reindexed_on_open(tmp_path: Path) -> None:
    """Step 14 replaces the index of one key per band (steps 5 and 12) by one row of bands per
    task: a store migrated to step 13 gets every task's row built when it is opened, keeps its
    links, and links new meetings through the rows."""
    database = tmp_path / "old.sqlite3"
    base = extract_corpus(W26_DOC)
    with Store.open(database) as store:
        store.save(base)
        store.save(extract_source(read_bytes(
            variant_text(base.source.text, 30, dt.date(2023, 9, 5)).encode("utf-8"), "v1.txt", max_bytes=10**7
        )))
        db = store.connection
        bands = sorted(tuple(row) for row in db.execute("SELECT * FROM task_bands"))
        links = dump(database)["tasks"]
        assert bands and any(row[-1] is not None for row in links)
        # The store as step 13 left it: the key table, no band rows.
        db.script(
            "DROP TABLE task_bands; CREATE TABLE task_keys (key BIGINT NOT NULL, meeting_date TEXT NOT NULL,"
            " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
            " PRIMARY KEY (key, meeting_date, task_id)) WITHOUT ROWID;"
        )
        db.execute("DELETE FROM schema_migrations WHERE version = 14")
    with Store.open(database) as store:
        db = store.connection
        assert sorted(tuple(row) for row in db.execute("SELECT * FROM task_bands")) == bands
        assert dump(database)["tasks"] == links
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'task_keys'").fetchone() is None
        saved = store.save(extract_source(read_bytes(
            variant_text(base.source.text, 31, dt.date(2023, 10, 10)).encode("utf-8"), "v2.txt", max_bytes=10**7
        )))
        new = db.execute("SELECT repeat_of FROM tasks WHERE document_id = ?", (saved.document_id,)).fetchall()
        assert sum(1 for row in new if row[0] is not None) > len(new) // 2


def test_repeat_candidates_come_through_the_primary_key_of_one_scope(tmp_path: Path) -> None:
    """A lookup is an index range of one issuer and unit, read in date order: no scan of the band
    rows and no sort, whatever the store holds (SQLite's query plan)."""
    with Store.open(tmp_path / "plans.sqlite3") as store:
        store.save(extract_corpus(W26_DOC))
        plans = [store.connection.execute(
            "EXPLAIN QUERY PLAN " + sharers_sql(earlier), (1, "2023-01-01", 0, *range(len(BAND_COLUMNS)))
        ).fetchall() for earlier in (True, False)]
    for earlier, plan in zip((True, False), plans, strict=True):
        details = [row["detail"] for row in plan]
        side = "<" if earlier else ">"
        assert f"SEARCH b USING PRIMARY KEY (scope=? AND (meeting_date,task_id){side}(?,?))" in details, details
        assert not any(d.startswith("SCAN") or "TEMP B-TREE" in d for d in details), details


def test_postgres_plans_the_repeat_lookup_once_per_connection() -> None:
    """psycopg sends each integer as the smallest type that holds it, so a lookup whose band values
    mix small and large numbers had a new parameter signature almost every time: parsed and
    planned again for every task, never prepared. Every integer now goes as a bigint, and a
    document's lookups go as one statement (its tasks' bands as arrays), which after a few
    documents is a prepared one (bench, one worker, 400 documents after 3,000: 20.1 -> 22.8
    docs/s with bigints; two workers, one statement and ordered scans instead of a statement per
    task: 49.1-50.1 -> 54.1-57.8 docs/s after 3,000 documents, 39.8-40.6 -> 52.9-54.6 after 19,500)."""
    with postgres_schema() as url, Store.open(url) as store:
        for number in range(1, 8):  # psycopg prepares a statement on its fifth execution
            store.save(_later_meeting(W26_DOC, number, dt.date(2023, 6, number)))
        db = store.connection
        assert db.execute("SELECT pg_typeof(?), pg_typeof(?)", (1, 1 << 40)).fetchone() == ("bigint", "bigint")
        prepared = db.execute("SELECT statement FROM pg_prepared_statements").fetchall()
        assert any("CROSS JOIN LATERAL" in row[0] and "FROM task_bands b" in row[0] for row in prepared), prepared
        links = db.execute("SELECT COUNT(*) FROM tasks WHERE repeat_of IS NOT NULL").fetchone()
        assert links is not None and links[0] > 0  # the later meetings repeat the earlier ones


def test_pages_of_the_ledger_come_from_the_database_in_a_stable_order(corpus_store: Store) -> None:
    for order in ("meeting", "due", "unit", "meeting_desc"):
        whole = [t.id for t in corpus_store.tasks(order=order)]
        pages = [
            t.id for start in range(0, len(whole), 7) for t in corpus_store.tasks(order=order, limit=7, offset=start)
        ]
        assert pages == whole and len(set(whole)) == corpus_store.count_tasks() > 7
    streamed = [t.id for t in corpus_store.iter_tasks(order="unit")]
    assert streamed == [t.id for t in corpus_store.tasks(order="unit")]
    first = corpus_store.tasks()[0]
    corpus_store.set_task_status(first.id, "done", note="办结")
    open_ones = corpus_store.tasks(statuses=["assigned", "in_progress"])
    assert first.id not in {t.id for t in open_ones}
    still_open = corpus_store.count_tasks(statuses=["assigned", "in_progress"])
    assert len(open_ones) == still_open == corpus_store.count_tasks() - 1
    assert corpus_store.tasks(statuses=[]) == []
    with pytest.raises(InputError):
        corpus_store.tasks(order="random")
