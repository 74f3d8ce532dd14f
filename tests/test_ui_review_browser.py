"""Review in a real browser: upload → review → correct a unit and a date → confirm → the ledger.

Chromium drives `summarizer ui` on loopback. Before confirmation the meeting's tasks are in
neither the ledger nor the digest; after it, the ledger holds the corrected unit and due date,
and the audit trail shows both the extracted and the corrected values.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect
from ui_browser import CHROMIUM, chromium, open_page, serve_ui, upload, wait_for_cards

from summarizer.digest import build_digest, week_of
from summarizer.store import Store

DATA = Path(__file__).resolve().parent / "data"
MEETING = dt.date(2024, 9, 24)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def open_nav(page: Page, title: str) -> None:
    page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=title).wait_for()


def ledger_and_digest(data_dir: Path) -> tuple[list[tuple[str, str | None]], int, int]:
    with Store.open(data_dir / "summarizer.sqlite3") as store:
        tasks = [(t.unit, t.due_date.isoformat() if t.due_date else None) for t in store.tasks()]
        digest = build_digest(store, week_of(MEETING))
    return tasks, len(digest.tasks_opened), sum(len(s.meetings) for s in digest.sections)


def test_upload_review_correct_confirm_then_the_ledger_shows_the_corrections(tmp_path: Path) -> None:
    with serve_ui(tmp_path) as url, chromium() as browser:
        page = open_page(browser, url)
        upload(page, DATA / "review-minutes.txt")
        wait_for_cards(page, 4)
        # The cards show each task's 时限 as written and its due date.
        first_card = page.locator("[class*='st-key-item-card-1']")
        first_card.locator("table.item-tasks").wait_for()
        card = squash(first_card.inner_text())
        assert "市住建局（协办：市财政局、市自然资源局）" in card and "10月10日前2024年10月10日" in card
        assert "尽快" in card and "待审核" in card

        # Pending: nothing in the ledger, nothing in the digest.
        open_nav(page, "督办台账")
        page.get_by_text("没有符合条件的任务").wait_for()
        assert ledger_and_digest(tmp_path) == ([], 0, 0)

        open_nav(page, "审核确认")
        page.get_by_text("状态：待审核").wait_for()
        reviewer = page.get_by_label("审核人")
        reviewer.fill("督查室张三")
        reviewer.press("Enter")
        item = page.locator("[class*='st-key-review-item-2']")
        item.wait_for()
        # The task with no named unit comes first; the reviewer names its unit and sets its due date.
        unit = item.locator("input[aria-label='责任单位']").first
        expect(unit).to_have_value("待明确")  # the page may still be rerunning for the reviewer's name
        due = item.locator("input[aria-label='到期日（YYYY-MM-DD）']").first
        expect(due).to_have_value("2024-12-31")
        page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
        unit.fill("市财政局")
        due.fill("2024-11-30")
        item.get_by_role("button", name="保存任务").click()
        page.get_by_text(re.compile(r"任务 #\d+ 已更正（2 项）")).wait_for()
        assert ledger_and_digest(tmp_path) == ([], 0, 0), "corrected but not confirmed: still pending"

        page.get_by_role("button", name="确认无误，列入督办台账").click()
        page.get_by_text("已确认，任务已列入督办台账。").first.wait_for()
        page.get_by_text("更正记录", exact=True).click()
        trail = page.locator("table.audit-trail")
        trail.wait_for()
        rows = [squash(r) for r in trail.locator("tbody tr").all_inner_texts()]
        assert any("督查室张三" in r and "责任单位" in r and "待明确市财政局" in r for r in rows), rows
        assert any("到期日" in r and "2024-12-312024-11-30" in r for r in rows), rows
        assert any("审核确认" in r and "待审核已确认" in r for r in rows), rows
        page.screenshot(path=str(tmp_path / "review.png"), full_page=False)

        # Confirmed: the ledger holds the corrected unit and date (the Excel download, and the store).
        open_nav(page, "督办台账")
        with page.expect_download() as download_info:
            page.get_by_role("button", name=re.compile("下载台账（Excel")).click()
        download_info.value.save_as(tmp_path / "ledger.xlsx")
    sheet = load_workbook(tmp_path / "ledger.xlsx").worksheets[0]
    values = [[c.date().isoformat() if isinstance(c, dt.datetime) else str(c) if c is not None else "" for c in row]
              for row in sheet.iter_rows(values_only=True)]
    assert any("市财政局" in row and "2024-11-30" in row for row in values), values
    assert not any("待明确" in row for row in values)
    tasks, opened, meetings = ledger_and_digest(tmp_path)
    assert ("市财政局", "2024-11-30") in tasks and ("待明确", "2024-12-31") not in tasks
    assert opened == len(tasks) and meetings == 1
