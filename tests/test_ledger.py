"""The task ledger: tasks from real minutes, status history, repeats across meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import W21_DOC, W26_DOC, dump, extract_corpus, gold
from corpus_variants import variant_text

from summarizer.errors import InputError
from summarizer.ingest import read_bytes
from summarizer.pipeline import extract_source
from summarizer.schema import Deadline, Directive, Item, Minutes
from summarizer.store import Store
from summarizer.store.ledger import UNNAMED_UNIT, _is_repeat, _trigrams, link_repeats, tasks_from_minutes


def test_every_directive_and_lead_unit_becomes_a_task_with_its_source_span() -> None:
    extraction = extract_corpus(W26_DOC)
    drafts = tasks_from_minutes(extraction.minutes)
    expected = gold(W26_DOC)
    lead = [(d.item_number, d.unit_verbatim) for d in drafts if d.source == "lead_unit"]
    assert lead == [(item["number"], unit) for item in expected["items"] for unit in item["lead_units"]]
    canonical = [
        canonical or verbatim
        for item in extraction.minutes.items
        for verbatim, canonical in zip(item.lead_units, item.lead_units_canonical, strict=True)
    ]
    assert [d.unit for d in drafts if d.source == "lead_unit"] == canonical
    directive_units = [(d.item_number, d.unit_verbatim) for d in drafts if d.source == "directive"]
    assert directive_units == [
        (item["number"], addressee)
        for item in expected["items"]
        for directive in item["directives"]
        for addressee in directive["addressees"] or [""]
    ]
    text = extraction.source.text
    for draft in drafts:
        assert draft.span is not None
        assert "".join(text[draft.span.start : draft.span.end].split()) == draft.text
    unnamed = [d for d in drafts if d.source == "directive" and not d.unit_verbatim]
    assert all(d.unit == UNNAMED_UNIT for d in unnamed)


def test_canonical_unit_is_used_when_known_and_deadlines_are_carried() -> None:
    directive = Directive(
        marker="（二）",
        text="市发改会同各板块要在6月底前完成项目清单。",
        addressees=["市发改", "各板块"],
        addressees_canonical=["市发改委", None],
        deadlines=[Deadline(text="6月底前", date=dt.date(2023, 6, 30)), Deadline(text="年内")],
    )
    item = Item(number=1, heading="一、审议《甲》", kind="review", title="甲", directives=[directive])
    minutes = Minutes(doc_id="x", source_file="x.txt", items=[item])
    drafts = tasks_from_minutes(minutes)
    assert [(d.unit, d.unit_verbatim) for d in drafts] == [("市发改委", "市发改"), ("各板块", "各板块")]
    assert {(d.deadline_text, d.deadline_date) for d in drafts} == {("6月底前；年内", dt.date(2023, 6, 30))}


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


def _later_meeting(doc_id: str, number: int, day: dt.date) -> Minutes:
    text = variant_text(extract_corpus(doc_id).source.text, number, day)
    return extract_source(read_bytes(text.encode("utf-8"), f"{doc_id}-repeat.txt", max_bytes=10**7)).minutes


def test_a_directive_repeated_in_a_later_meeting_links_to_the_earlier_task(store: Store) -> None:
    first, later = extract_corpus(W26_DOC), _later_meeting(W26_DOC, 30, dt.date(2023, 9, 5))
    text = variant_text(first.source.text, 30, dt.date(2023, 9, 5))
    store.save(first)
    store.save(extract_source(read_bytes(text.encode("utf-8"), "later.txt", max_bytes=10**7)))
    earlier = {(t.item_number, t.source, t.unit, t.text): t.id for t in store.tasks(until=dt.date(2023, 7, 1))}
    repeats = store.tasks(since=dt.date(2023, 9, 1))
    assert len(repeats) == len(earlier) == len(tasks_from_minutes(later))
    for task in repeats:
        assert task.repeat_of == earlier[(task.item_number, task.source, task.unit, task.text)]
    assert all(t.repeat_of is None for t in store.tasks(until=dt.date(2023, 7, 1)))


def test_repeat_links_do_not_depend_on_the_order_documents_arrive(store: Store) -> None:
    first = extract_corpus(W26_DOC)
    text = variant_text(first.source.text, 30, dt.date(2023, 9, 5))
    later = extract_source(read_bytes(text.encode("utf-8"), "later.txt", max_bytes=10**7))
    store.save(later)  # the later meeting arrives first
    assert all(t.repeat_of is None for t in store.tasks())
    store.save(first)
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
