"""AppTest runs of 督办台账, 统计 and 催办 on a confirmed store of the corpus, single-user mode."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from conftest import W21_DOC, settings_for
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from summarizer import LedgerFilter, Store, export_tasks, render_ledger_xlsx

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")
SINGLE_USER = "单机模式，未启用登录：本机使用者以督查室身份操作。"


def start(store: Store, page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings_for(store)
    at.run()
    at.switch_page(page)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    return at


def param(at: AppTest, key: str) -> str:
    value = at.query_params[key]
    return str(value[0] if isinstance(value, list) else value)


def rows(at: AppTest) -> list[dict[str, object]]:
    data = at.dataframe[0].value
    frame = data.data if hasattr(data, "data") else data  # a Styler keeps its frame in .data
    found: list[dict[str, object]] = frame.to_dict("records")
    return found


def test_every_supervision_page_says_it_is_single_user(corpus_store: Store) -> None:
    for page in ("screens/ledger.py", "screens/stats.py", "screens/remind.py", "screens/minutes.py"):
        at = start(corpus_store, page)
        assert SINGLE_USER in [c.value for c in at.caption], page


def test_ledger_filters_from_the_url_and_a_step_keeps_the_task_open(corpus_store: Store) -> None:
    unit_task = corpus_store.tasks(unit="市发改委")[0]
    at = start(corpus_store, "screens/ledger.py", unit="市发改委")
    listed = rows(at)
    assert {r["责任单位"] for r in listed} == {"市发改委"}
    assert len(listed) == len(corpus_store.tasks(unit="市发改委"))
    assert next(s for s in at.selectbox if s.label == "责任单位").value == "市发改委"
    # Deep link to the task: its detail and its next steps.
    at.query_params["task"] = str(unit_task.id)
    at.run()
    assert any(m.value.startswith(f"#### 任务 #{unit_task.id}") for m in at.markdown)
    labels = next(r for r in at.radio if r.label == "操作")
    assert labels.options == ["开始办理", "进展反馈", "申请办结", "直接办结", "申请延期", "取消"]
    labels.set_value("request_close")
    next(t for t in at.text_area if t.label == "说明或理由").input("已印发实施")
    at.button[-1].click().run()
    assert not at.exception and not at.error
    assert at.success[0].value == f"任务 #{unit_task.id}：已申请办结。"
    assert corpus_store.task(unit_task.id).status == "closure_requested"
    # Filter on 已交办: the task left the list, yet stays shown with its history, filters kept.
    next(s for s in at.selectbox if s.label == "状态").set_value("assigned").run()
    assert unit_task.id not in {r["编号"] for r in rows(at)}
    assert param(at, "unit") == "市发改委" and param(at, "status") == "assigned"
    assert any(m.value.startswith(f"#### 任务 #{unit_task.id}") for m in at.markdown)
    assert any("已交办 → 申请办结" in m.value and "（北京时间）" in m.value for m in at.markdown)


def test_a_refused_step_shows_one_chinese_line(corpus_store: Store) -> None:
    task = corpus_store.tasks()[0]
    at = start(corpus_store, "screens/ledger.py", task=str(task.id))
    next(r for r in at.radio if r.label == "操作").set_value("cancel")
    at.button[-1].click().run()
    assert [e.value for e in at.error] == ["“取消”须填写说明或理由。"]
    assert corpus_store.task(task.id).status == "assigned"


def test_ledger_deep_link_to_a_meeting_item(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/ledger.py", doc=W21_DOC, item="7")
    expected = [t for t in corpus_store.tasks() if t.doc_id == W21_DOC and t.item_number == 7]
    assert expected and len(rows(at)) == len(expected)
    assert at.info[0].value.replace("\\", "") == f"仅显示会议 {W21_DOC} · 议题 7的任务。"  # file name escaped


def test_stats_and_remind_pages_render(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/stats.py")
    table = at.dataframe[0].value.to_dict("records")
    assert sum(int(str(r["交办"]).rsplit("n=", 1)[1]) for r in table) == len(corpus_store.tasks())
    at = start(corpus_store, "screens/remind.py")
    assert [b.label for b in at.get("download_button")] == ["下载 Word（每单位一页）", "下载 Excel", "下载 Markdown"]


def test_item_cards_show_the_lights_of_their_tasks(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/minutes.py")
    at.radio[0].set_value("stored").run()
    at.selectbox[0].set_value(corpus_store.get(W21_DOC).sha256).run()
    badges = [m.value.split(" · [")[0] for m in at.markdown if m.value.startswith("**督办**")]
    per_item = {t.item_number for t in corpus_store.tasks() if t.doc_id == W21_DOC}
    assert len(badges) == len(per_item) > 0
    undated = sum(1 for t in corpus_store.tasks() if t.doc_id == W21_DOC and t.due_date is None)
    assert sum(int(b.split("无时限 ")[1].split("]")[0]) for b in badges if "无时限" in b) == undated


def test_the_ledger_download_is_the_filtered_list_as_excel(corpus_store: Store) -> None:
    at = start(corpus_store, "screens/ledger.py", unit="市发改委")
    expected = corpus_store.tasks(unit="市发改委")
    assert at.get("download_button")[0].proto.label == f"下载台账（Excel，{len(expected)} 项）"
    tasks = export_tasks(corpus_store.db, LedgerFilter(unit="市发改委"), dt.date.today(), 3)
    assert sorted(t.id for t in tasks) == sorted(t.id for t in expected)
    sheet = load_workbook(io.BytesIO(render_ledger_xlsx([("督办台账", tasks)])))["督办台账"]
    assert sheet.max_row == len(expected) + 1
