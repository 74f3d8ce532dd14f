"""Real Chromium, real sign-in (`st.login` against a loopback OpenID provider), roles from a roles file.

A unit user sees only its unit's tasks, reports progress and requests closure; the office signs it
off; the statistics page counts it and its link lists it; an overdue task is red in the ledger and
in the 催办 Word output.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import docx
import pytest
from conftest import ROOT, confirm_all
from oidc_stub import CLIENT_ID, CLIENT_SECRET, Provider, oidc_provider
from playwright.sync_api import Browser, Page
from ui_browser import CHROMIUM, chromium, free_port, serve_ui

from summarizer.config import Settings
from summarizer.pipeline import extract_path
from summarizer.store import Store
from summarizer.supervision.dues import light

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]

GENRE = sorted((ROOT / "evals" / "sets" / "genre" / "corpus").glob("*"))
OFFICE = "ducha@example.gov.cn"
UNIT_USER = "unit@example.gov.cn"
DETAIL = "[class*='st-key-task-detail']"


def prepare(data_dir: Path) -> tuple[str, int, str, int]:
    """A confirmed store of the genre set; a unit with an overdue task, and another unit's task."""
    with Store.open(data_dir / "summarizer.sqlite3") as store:
        for path in GENRE:
            store.save(extract_path(path, Settings()))
        confirm_all(store)
        tasks = store.tasks()
    today = dt.date.today()
    reds = [t for t in tasks if light(t.due_date, t.status, today) == "red"]
    overdue = next((t for t in reds if t.unit.endswith("局")), reds[0])
    other = next(t for t in tasks if t.unit != overdue.unit)
    return overdue.unit, overdue.id, overdue.text, other.id


def write_config(tmp_path: Path, port: int, provider: Provider, unit: str) -> dict[str, str]:
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "browser-test-cookie-secret-0123456789"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    roles = tmp_path / "roles.toml"
    roles.write_text(
        f'[[user]]\nemail = "{OFFICE}"\nrole = "督查室"\n\n'
        f'[[user]]\nemail = "{UNIT_USER}"\nrole = "承办单位"\nunit = "{unit}"\n',
        encoding="utf-8",
    )
    return {"STREAMLIT_SECRETS_FILES": str(secrets), "SUMMARIZER_ROLES_FILE": str(roles)}


def sign_in(browser: Browser, url: str, provider: Provider, email: str, width: int = 1400) -> Page:
    provider.sign_in_as(email, email.split("@")[0])
    page = browser.new_context(viewport={"width": width, "height": 1600}, locale="zh-CN").new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.get_by_role("button", name="登录").click()
    page.get_by_text("当前身份：").wait_for()
    return page


def open_ledger(page: Page, url: str, query: str = "") -> None:
    page.goto(f"{url}/ledger{query}")
    page.get_by_role("heading", name="督办台账").wait_for()
    page.get_by_text(re.compile(r"共 \d+ 项任务")).wait_for()
    page.get_by_text("点击行首的选择框").wait_for()  # the table has been sent
    if "task=" in query:
        page.locator(DETAIL).or_(page.get_by_text("无权查看")).first.wait_for()
    settled(page)  # the whole page has been sent


def settled(page: Page) -> None:
    """The script run has finished (Streamlit's running indicator is gone)."""
    page.wait_for_timeout(300)
    page.locator("[data-testid='stStatusWidget']").wait_for(state="hidden")


def total(page: Page) -> int:
    found = re.search(r"共 (\d+) 项任务", page.inner_text("body"))
    assert found
    return int(found.group(1))


def take_step(page: Page, label: str, note: str) -> None:
    settled(page)  # the previous step's rerun has finished: the form is the new one
    page.locator("[data-testid='stRadio']").get_by_text(label, exact=True).click()
    page.get_by_role("radio", name=label, exact=True).wait_for(state="attached")
    assert page.get_by_role("radio", name=label, exact=True).is_checked()
    page.get_by_label("说明或理由").fill(note)
    page.get_by_role("button", name="提交").click()
    page.get_by_text(f"已{label}。").wait_for()


def grid_cells(page: Page, header: str) -> list[str]:
    """The text of one column of the first table (glide keeps an accessible copy of the visible cells)."""
    grid = page.locator("[data-testid='stDataFrame']").first
    column = grid.locator("th", has_text=re.compile(f"^{re.escape(header)}$")).first.get_attribute("aria-colindex")
    cells = grid.locator(f"td[aria-colindex='{column}']")
    return [cells.nth(i).inner_text() for i in range(cells.count())]


def test_unit_reports_office_signs_off_stats_count_and_overdue_is_red(tmp_path: Path) -> None:
    unit, task_id, task_text, other_id = prepare(tmp_path / "data")
    port = free_port()
    with oidc_provider() as provider, chromium() as browser:
        env = write_config(tmp_path, port, provider, unit)
        with serve_ui(tmp_path / "data", port=port, env=env) as url:
            # The unit user: only its unit's tasks; the overdue one is red; progress, then closure.
            page = sign_in(browser, url, provider, UNIT_USER)
            assert f"当前身份：承办单位（{unit}）" in page.inner_text("body")
            open_ledger(page, url)
            with Store.open(tmp_path / "data" / "summarizer.sqlite3") as store:
                mine = [t for t in store.tasks() if unit in (t.unit, t.unit_verbatim)]
            assert total(page) == len(mine)
            page.locator("[data-testid='stDataFrame'] td").first.wait_for(state="attached")
            assert set(grid_cells(page, "责任单位")) == {unit}  # 责任单位
            assert grid_cells(page, "预警")[0] == "逾期"  # overdue first
            page.screenshot(path=str(tmp_path / "unit-ledger.png"))
            page.goto(f"{url}/ledger?task={other_id}")
            page.get_by_text("点击行首的选择框").wait_for()
            settled(page)
            assert page.locator(DETAIL).count() == 0  # another unit's task does not open
            open_ledger(page, url, f"?task={task_id}")
            badge = page.locator("[data-testid='stMarkdownContainer'] span", has_text=re.compile(r"^逾期\d+天$"))
            color = badge.first.evaluate("e => getComputedStyle(e).color")
            red, green, blue = (int(v) for v in re.findall(r"\d+", color)[:3])
            assert red > 150 and green < 100 and blue < 100, color
            page.get_by_role("radio", name="进展反馈", exact=True).wait_for(state="attached")  # the form is there
            assert "同意办结" not in page.inner_text("body")  # a unit cannot sign off
            take_step(page, "进展反馈", "已召开专题推进会")
            take_step(page, "申请办结", "已按要求完成")
            page.screenshot(path=str(tmp_path / "unit-closure.png"), full_page=True)

            # The office signs it off.
            office = sign_in(browser, url, provider, OFFICE)
            assert "当前身份：督查室" in office.inner_text("body")
            open_ledger(office, url, f"?task={task_id}")
            office.get_by_text("办理中 → 申请办结").wait_for()
            assert "已交办 → 申请办结" not in office.inner_text("body")
            take_step(office, "同意办结", "")

            # Statistics count it, and the count's link lists exactly it.
            office.goto(f"{url}/stats")
            office.get_by_role("heading", name="统计").wait_for()
            office.get_by_label("名称包含").fill(unit)
            office.get_by_label("名称包含").press("Enter")
            office.locator("[data-testid='stDataFrame'] td", has_text=unit).first.wait_for(state="attached")
            office.locator("[data-testid='stDataFrame'] td").first.wait_for(state="attached")
            names = grid_cells(office, "责任单位")
            row = names.index(unit)
            done_link = grid_cells(office, "办结")[row]
            assert parse_qs(urlparse(done_link).query)["n"] == ["1"]
            office.goto(f"{url}/{done_link}")
            office.get_by_text("共 1 项任务").wait_for()
            assert grid_cells(office, "任务内容") == [task_text]

            # 催办: the unit's remaining overdue tasks, red in the Word notice.
            office.goto(f"{url}/remind")
            office.get_by_role("heading", name="催办").wait_for()
            with office.expect_download() as download:
                office.get_by_role("button", name="下载 Word（每单位一页）").click()
            download.value.save_as(tmp_path / "remind.docx")
    notice = docx.Document(str(tmp_path / "remind.docx"))
    cells = [c for table in notice.tables for r in table.rows for c in r.cells if c.text == "逾期"]
    assert cells and all(run.font.color.rgb == docx.shared.RGBColor(0xC6, 0x28, 0x28)
                         for c in cells for p in c.paragraphs for run in p.runs)
