"""One real-browser run: Chromium drives `summarizer ui` on loopback end to end."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from playwright.sync_api import Page
from ui_browser import CARD_SELECTOR, CHROMIUM, chromium, open_page, serve_ui, upload, wait_for_cards

CORPUS = Path(__file__).resolve().parent.parent / "evals" / "sets" / "taicang" / "corpus"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


IN_VIEW = """() => {
    const box = document.querySelector('.source-text');
    const mark = document.querySelector('mark.src-hl');
    if (!box || !mark) { return false; }
    const b = box.getBoundingClientRect(), m = mark.getBoundingClientRect();
    return box.scrollTop > 0 && b.top <= m.top && m.bottom <= b.bottom;
}"""


def open_nav(page: Page, title: str) -> None:
    page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()


def assert_scrolled_into_view(page: Page) -> None:
    """The highlight sits inside the visible part of the scrolling source box."""
    page.wait_for_function(IN_VIEW, timeout=5_000)


def uploader_words(page: Page) -> list[str]:
    """What the file uploader shows: its drawn (CSS) words and any text not hidden or shrunk to nothing."""
    found: list[str] = page.evaluate(
        """() => [...document.querySelectorAll("[data-testid='stFileUploaderDropzone'] *")].flatMap(e => {
            const drawn = getComputedStyle(e, '::after').content;
            const own = [...e.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).length > 0;
            const shown = own && e.offsetParent !== null && getComputedStyle(e).fontSize !== '0px'
                && e.getAttribute('data-testid') !== 'stIconMaterial';
            return [...(drawn.startsWith('"') ? [JSON.parse(drawn)] : []), ...(shown ? [e.textContent.trim()] : [])];
        })"""
    )
    return found


def test_upload_cards_highlight_and_screenshot(tmp_path: Path) -> None:
    with serve_ui(tmp_path) as url, chromium() as browser:
        page = open_page(browser, url)
        assert uploader_words(page) == ["选择文件", "或将文件拖放到此处"]  # the uploader speaks Chinese too
        upload(page, CORPUS / "taicang-2023-10.txt")
        wait_for_cards(page, 12)
        cards = page.locator(CARD_SELECTOR)
        assert cards.count() == 12
        assert "2023年5月23日上午" in page.inner_text("body")
        assert "审议《太仓市创建江苏省城市管理示范市工作方案》" in squash(cards.nth(6).inner_text())
        page.screenshot(path=str(tmp_path / "meeting.png"), full_page=False)

        cards.nth(6).get_by_role("button", name="原文对照").click()
        page.get_by_role("heading", name="原文对照").wait_for()
        mark = page.locator("mark.src-hl").first
        mark.wait_for(state="visible")
        assert squash(mark.inner_text()).startswith("七、审议《太仓市创建江苏省城市管理示范市工作方案》")
        page.get_by_text("牵头单位", exact=True).click()
        page.wait_for_function(
            "() => { const m = document.querySelector('mark.src-hl');"
            " return m && m.textContent.replace(/\\s+/g, '').length < 20; }"
        )
        assert squash(page.locator("mark.src-hl").first.inner_text()) == "市城管局"
        assert_scrolled_into_view(page)
        page.screenshot(path=str(tmp_path / "source.png"))

        # A meeting counts in the digest once reviewed: confirm it on 审核确认 first.
        open_nav(page, "审核确认")
        page.get_by_role("heading", name="审核确认").wait_for()
        page.get_by_text("状态：待审核").wait_for()
        page.get_by_role("button", name="确认无误，列入督办台账").click()
        page.get_by_text("已确认，任务已列入督办台账。").first.wait_for()

        open_nav(page, "周报")
        page.get_by_role("heading", name="周报", exact=True).wait_for()
        page.get_by_text("2023年第21周（5月22日—5月28日）").first.wait_for()
        with page.expect_download() as download_info:
            page.get_by_role("button", name="下载 Word").click()
        download = download_info.value
        assert download.suggested_filename == "周报-2023-W21.docx"
        download.save_as(tmp_path / "digest.docx")
    assert (tmp_path / "meeting.png").stat().st_size > 10_000
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "digest.docx")).paragraphs)
    assert "政府常务会议周报" in text and "2023年第21周（5月22日—5月28日）" in text
