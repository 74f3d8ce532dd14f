"""Pure helpers of the review page and the cards' task tables, on the stored test document."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from summarizer import Settings, Store, extract_path, review
from ui.present_review import correction_rows, editor_changes, item_source_html, task_editor_rows, tasks_html

DATA = Path(__file__).resolve().parent / "data"


def _stored(store: Store) -> str:
    extraction = extract_path(DATA / "review-minutes.txt", Settings())
    store.save(extraction)
    return extraction.source.sha256


def test_card_tasks_show_deadline_as_written_and_due_date_escaped(store: Store) -> None:
    tasks = review.tasks_of(store, _stored(store))
    planted = tasks[0].model_copy(update={"text": "<script>alert(1)</script>**粗体**"})
    soup = BeautifulSoup(tasks_html([planted, *tasks[1:]], pending=True), "html.parser")
    assert soup.find("script") is None and "<script>alert(1)</script>**粗体**" in soup.get_text()
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in soup.find_all("tr")[1:]]
    clause = "市住建局要会同市财政局、市自然资源局10月10日前制定改造项目清单"
    assert ["市住建局（协办：市财政局、市自然资源局）", clause, "10月10日前", "2024年10月10日"] in rows
    assert any(row[0] == "市应急局（协办：市消防救援支队、市公安局）" and row[2:] == ["尽快", "尽快"] for row in rows)
    assert "待审核" in soup.get_text()


def test_editor_changes_are_the_cells_a_reviewer_changed(store: Store) -> None:
    tasks = review.tasks_of(store, _stored(store))
    before = task_editor_rows(tasks)
    after = [dict(row) for row in before]
    after[0]["责任单位"] = "市财政局"
    after[1]["到期日"] = "2024-11-30"
    after[2]["协办单位"] = ""
    changes = editor_changes(before, after)
    expected = [(tasks[0].id, "unit", "市财政局"), (tasks[1].id, "due_date", "2024-11-30")]
    if before[2]["协办单位"]:
        expected.append((tasks[2].id, "co_units", ""))
    assert changes == expected
    assert editor_changes(before, before) == []


def test_source_excerpt_highlights_the_item_tasks_and_the_trail_reads_in_china_time(store: Store) -> None:
    sha = _stored(store)
    document = store.get(sha)
    item = document.minutes.items[0]
    tasks = [t for t in review.tasks_of(store, sha) if t.item_number == 1]
    marks = BeautifulSoup(item_source_html(document.source_text, item, tasks), "html.parser").find_all("mark")
    assert [m.get_text() for m in marks][:1] == ["会后由市住建局根据会议讨论意见修改完善，按程序以市政府名义印发"]
    review.correct_task(store, tasks[1].id, "unit", "市财政局", who="督查室")
    row = correction_rows(review.corrections(store, sha))[0]
    assert row["时间"].endswith("（北京时间）") and row["字段"] == "责任单位" and row["更正为"] == "市财政局"
