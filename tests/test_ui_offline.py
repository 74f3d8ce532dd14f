"""The page as a hostile document and an offline network see it, in a real Chromium.

A directive planted with a Markdown link, a Markdown image, an `<img>` tag, a Streamlit colour
directive and LaTeX must show as the characters written, and opening the meeting, its source
and the search must make no request to any host but the page's own (an office network has no
route out: the page's icons and fonts are served by the page itself).
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import CORPUS, W21_DOC
from playwright.sync_api import Page, Request
from ui_browser import CARD_SELECTOR, CHROMIUM, chromium, serve_ui, upload, wait_for_cards

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]

PLANTED = (
    '详见[通知](http://evil.example/a)![图](http://evil.example/x.png)<img src="http://evil.example/y.png">'
    ":red[醒目]$x^2$及www.evil.example/b，"
)
HEADING_PLANT = "<b>粗</b>**星**"


def planted_minutes(folder: Path) -> Path:
    text = (CORPUS / f"{W21_DOC}.txt").read_text(encoding="utf-8")
    text = text.replace("（二）抓好消防安全专项治理，", "（二）抓好消防安全专项治理，" + PLANTED, 1)
    heading = "六、听取全市消防安全专项治理工作情况汇报"
    text = text.replace(heading, heading + HEADING_PLANT, 1)
    path = folder / "planted.txt"
    path.write_text(text, encoding="utf-8")
    return path


def visible(page: Page, selector: str = "body") -> str:
    """What a reader sees (the invisible word joiners that defuse bare links left out)."""
    return page.locator(selector).first.inner_text().replace("\u2060", "")


def wait_visible(page: Page, text: str, timeout_s: float = 30.0) -> str:
    """The page's visible text once it shows `text` (a rerun replaces elements in steps, so the
    first element of a new result can be there before the rest of it)."""
    deadline = time.monotonic() + timeout_s
    while text not in (seen := visible(page)) and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    return seen


def outside_links(page: Page, host: str) -> list[str]:
    found: list[str] = page.evaluate(
        """(host) => Array.from(document.querySelectorAll('a[href], img[src], link[href], script[src]'))
            .map(e => e.href || e.src).filter(u => u && !u.startsWith('data:')
            && new URL(u, location.href).host !== host)""",
        host,
    )
    return found


def test_planted_markup_shows_as_text_and_no_request_leaves_the_host(tmp_path: Path) -> None:
    source = planted_minutes(tmp_path)
    requests: list[str] = []
    with serve_ui(tmp_path) as url, chromium() as browser:
        host = urlsplit(url).netloc
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page.set_default_timeout(30_000)

        def record(request: Request) -> None:
            requests.append(request.url)

        page.on("request", record)
        page.goto(url)
        page.locator("input[type='file']").wait_for(state="attached")
        upload(page, source)
        wait_for_cards(page, 12)
        card = page.locator(CARD_SELECTOR).nth(5)
        card.get_by_text("工作要求（").click()
        card.locator("p").get_by_text("抓好消防安全专项治理").wait_for()  # the directive (its task row shows it too)
        assert PLANTED in visible(page, f"{CARD_SELECTOR} >> nth=5")
        assert "六、听取全市消防安全专项治理工作情况汇报" + HEADING_PLANT in visible(page, f"{CARD_SELECTOR} >> nth=5")
        card.get_by_role("button", name="原文对照").click()
        page.get_by_role("heading", name="原文对照").wait_for()
        page.get_by_text("工作要求", exact=True).click()
        page.get_by_text("原文摘录").wait_for()
        assert "[通知](http://evil.example/a)" in wait_visible(page, "[通知](http://evil.example/a)")
        page.locator("[data-testid='stSidebarNav']").get_by_text("检索", exact=True).click()
        page.get_by_role("heading", name="检索").wait_for()  # the source page's widgets are gone
        page.get_by_role("textbox", name="关键词").fill("消防安全专项治理")
        page.keyboard.press("Enter")
        page.locator("[class*='st-key-search-hit-1']").wait_for()
        assert "![图](http://evil.example/x.png)" in wait_visible(page, "![图](http://evil.example/x.png)")
        assert outside_links(page, host) == []
        page.wait_for_timeout(1000)  # late fetches (favicon, fonts) are recorded too
    web = {"http", "https", "ws", "wss"}
    outside = [u for u in requests if urlsplit(u).scheme in web and urlsplit(u).netloc != host]
    assert requests and outside == []
