"""AppTest runs of 督办台账, 周报, 检索 and the stored-meeting picker, on a store of the corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import W21_DOC, W26_DOC
from streamlit.testing.v1 import AppTest

from summarizer import Settings, Store, build_digest, render_digest_markdown, week_of

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def start(store: Store, page: str | None = None) -> AppTest:
    """The app on the store's own database (the fixture keeps it at tmp/data/)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = Settings(data_dir=Path(store.path).parent)
    at.run()
    if page is not None:
        at.switch_page(page).run()
    assert not at.exception
    return at


def table_rows(at: AppTest) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = at.dataframe[0].value.to_dict("records")
    return rows


def test_ledger_lists_every_task_and_filters_by_unit_status_and_date(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/ledger.py")
    all_tasks = corpus_store.tasks()
    assert len(table_rows(at)) == len(all_tasks) > 0
    unit = all_tasks[0].unit
    at.selectbox[0].set_value(unit).run()
    assert {row["责任单位"] for row in table_rows(at)} == {unit}
    assert len(table_rows(at)) == len(corpus_store.tasks(unit=unit))
    at.selectbox[0].set_value("").run()
    at.date_input[0].set_value(dt.date(2023, 6, 1)).run()
    assert len(table_rows(at)) == len(corpus_store.tasks(since=dt.date(2023, 6, 1)))
    assert {row["会议日期"] for row in table_rows(at)} == {"2023年6月29日"}
    at.selectbox[1].set_value("done").run()
    assert table_rows(at) == []  # nothing is done yet
    assert at.caption[0].value == f"共 0 项任务（全部 {len(all_tasks)} 项）"


def test_status_change_with_a_note_is_saved_and_reported(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/ledger.py")
    task = corpus_store.tasks()[0]
    choose = next(s for s in at.selectbox if s.label == "任务")
    choose.set_value(task.id)
    next(s for s in at.selectbox if s.label == "新状态").set_value("in_progress")
    next(t for t in at.text_input if t.label == "办理情况说明").input("已召开协调会")
    next(t for t in at.text_input if t.label == "填写人").input("督查室")
    at.button[0].click().run()
    assert not at.exception and not at.error
    assert at.success[0].value == f"任务 #{task.id} 已更新为“办理中”。"
    saved = corpus_store.task(task.id)
    assert saved.status == "in_progress"
    assert [(c.new_status, c.note, c.who) for c in saved.history] == [("in_progress", "已召开协调会", "督查室")]


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
    assert at.caption[0].value == f"找到 {len(hits)} 条结果"
    assert sum("**消防**" in m.value for m in at.markdown) >= len(hits)
    at.button(key="open-hit-0").click().run()
    assert not at.exception
    assert at.title[0].value == "原文对照"
    assert at.selectbox[0].value == hits[0].item_number


def test_a_stored_meeting_can_be_picked_without_uploading(corpus_store: Store) -> None:
    at = start(corpus_store)
    at.radio[0].set_value("stored").run()
    options = at.selectbox[0].options
    assert len(options) == 2 and "2023-06-29" in options[0]
    at.selectbox[0].set_value(corpus_store.get(W21_DOC).sha256).run()
    assert not at.exception and not at.error
    headings = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(headings) == len(corpus_store.get(W21_DOC).minutes.items) == 12
    assert corpus_store.get(W26_DOC).minutes.items  # the other meeting is there too


def test_an_uploaded_file_lands_in_the_ledger(settings: Settings) -> None:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings
    at.run()
    data = (Path(__file__).resolve().parent.parent / "evals/sets/taicang/corpus/taicang-2023-10.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-10.txt", data, "text/plain")).run()
    assert "已保存到会议库" in [c.value for c in at.caption]
    with Store.open(settings.database_path) as store:
        expected = len(store.tasks())
    assert expected > 0
    at.switch_page("screens/ledger.py").run()
    assert len(table_rows(at)) == expected
