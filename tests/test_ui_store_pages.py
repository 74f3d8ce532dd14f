"""AppTest runs of 督办台账, 周报, 检索 and the stored-meeting picker, on a store of the corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import W21_DOC, W26_DOC, confirm_all, settings_for
from streamlit.testing.v1 import AppTest

from summarizer import Settings, Store, build_digest, extract_path, render_digest_markdown, week_of
from summarizer.supervision import review

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def start(store: Store, page: str | None = None) -> AppTest:
    """The app on the store's own database (the fixture keeps it at tmp/data/)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings_for(store)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception
    return at


def table_rows(at: AppTest) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = at.dataframe[0].value.to_dict("records")
    return rows


def test_digest_page_offers_the_weeks_with_meetings_and_previews_the_digest(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/digest.py")
    week_box = at.selectbox[0]
    assert week_box.options[0].startswith("2023-W26") and week_box.options[1].startswith("2023-W21")
    assert len(week_box.options) == 2
    week_box.set_value("2023-W21").run()
    expected = render_digest_markdown(build_digest(corpus_store, week_of(dt.date(2023, 5, 23))))
    preview = [m.value for m in at.markdown if m.value == expected.strip()]
    assert len(preview) == 1
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["下载 Markdown", "下载 Word", "下载 Excel"]


def test_digest_page_on_an_empty_store_shows_this_week(store: Store) -> None:
    at = start(store, "screens/digest.py")
    assert at.info[0].value == "会议库中还没有会议。以下为本周周报。"
    assert len(at.get("download_button")) == 3


def test_search_finds_items_and_directives_and_opens_the_source(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/search.py")
    at.text_input[0].input("消防").run()
    hits = corpus_store.search("消防")
    assert hits
    assert f"找到 {len(hits)} 条结果" in [c.value for c in at.caption]
    assert sum("**消防**" in m.value for m in at.markdown) >= len(hits)
    at.button(key="open-hit-0").click().run()
    assert not at.exception
    assert at.title[0].value == "原文对照"
    assert at.selectbox[0].value == hits[0].item_number


def test_a_stored_meeting_can_be_picked_without_uploading(corpus_store: Store) -> None:
    at = start(corpus_store)
    at.radio[0].set_value("stored").run()
    options = at.selectbox[0].options
    assert len(options) == 2 and "2023年6月29日" in options[0]
    at.selectbox[0].set_value(corpus_store.get(W21_DOC).sha256).run()
    assert not at.exception and not at.error
    headings = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(headings) == len(corpus_store.get(W21_DOC).minutes.items) == 12
    assert corpus_store.get(W26_DOC).minutes.items  # the other meeting is there too


def test_an_uploaded_file_waits_for_review_then_lands_in_the_ledger(settings: Settings) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings
    at.run()
    data = (Path(__file__).resolve().parent.parent / "evals/sets/taicang/corpus/taicang-2023-10.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-10.txt", data, "text/plain")).run()
    assert "已保存到会议库，待审核确认后列入督办台账" in [c.value for c in at.caption]
    with Store.open(settings.database_path) as store:
        assert store.tasks() == [] and len(store.tasks(review="pending")) > 0
    at.switch_page("screens/ledger.py").run()
    assert len(at.dataframe) == 0 and "审核确认" in at.info[0].value
    with Store.open(settings.database_path) as store:
        review.confirm(store, "taicang-2023-10", who="督查室")
        expected = len(store.tasks())
    assert expected > 0
    at.switch_page("screens/ledger.py").run()
    assert len(table_rows(at)) == expected


def test_with_auto_confirm_an_upload_lands_in_the_ledger_at_once(settings: Settings) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings.model_copy(update={"auto_confirm": True})
    at.run()
    data = (Path(__file__).resolve().parent.parent / "evals/sets/taicang/corpus/taicang-2023-10.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-10.txt", data, "text/plain")).run()
    assert "已保存到会议库，已确认" in [c.value for c in at.caption]
    with Store.open(settings.database_path) as store:
        expected = len(store.tasks())
        confirm_all(store)
    assert expected > 0
    at.switch_page("screens/ledger.py").run()
    assert len(table_rows(at)) == expected


def test_review_page_lists_pending_tasks_first_and_confirms(settings: Settings) -> None:
    with Store.open(settings.database_path) as store:
        extraction = extract_path(Path(__file__).resolve().parent / "data" / "review-minutes.txt", settings)
        store.save(extraction)
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["settings"] = settings
    at.run()
    at.switch_page("screens/review.py").run()
    assert not at.exception and not at.error
    assert at.title[0].value == "审核确认"
    assert any("待明确" in w.value for w in at.warning), "an obligation with no named unit is flagged"
    editors = at.dataframe
    assert len(editors) == 2, "one task table per item with tasks"
    at.text_input(key="reviewer").input("督查室")
    at.button(key="confirm-meeting").click().run()
    assert not at.exception
    assert "已确认，任务已列入督办台账。" in [s.value for s in at.success]
    with Store.open(settings.database_path) as store:
        assert review.review_state(store, extraction.source.sha256)[:2] == ("confirmed", "督查室")
        assert len(store.tasks()) == len(store.tasks(review=None)) > 0
