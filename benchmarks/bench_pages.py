"""The officials' pages on a large store, timed in headless Chromium.

    PYTHONPATH=. python benchmarks/bench_pages.py [--tasks 240000 | --data-dir DIR]

Serves `summarizer ui` on the store (`--data-dir`: a folder holding `summarizer.sqlite3`, e.g. one
left by bench_scale or bench_digest; else the genre set confirmed and its task rows copied up to
`--tasks`, as bench_supervision builds it; 240,000 tasks is about a 20,000-document store), then
opens each page from the sidebar as people do (after a first visit of each) and times from the
click to the page's content on screen: 督办台账 (the task count), 统计 (the table), 周报 (the
preview), 检索 (the hits of a two-character query). Median of 3 per page; target 1 s (ratio printed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from ui_browser import chromium, serve_ui  # noqa: E402

from benchmarks.bench_supervision import build  # noqa: E402
from summarizer.config import Settings  # noqa: E402

TARGET_S = 1.0
QUERY = "安全"


def go(page: Page, title: str) -> None:
    """Open a page as people do: its link in the sidebar (one rerun over the open connection)."""
    page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()


def ledger(page: Page) -> None:
    go(page, "督办台账")
    page.get_by_text("项任务 · 第").wait_for()


def stats(page: Page) -> None:
    go(page, "统计")
    page.locator("[data-testid='stDataFrame']").first.wait_for()


def digest(page: Page) -> None:
    go(page, "周报")
    page.locator("[class*='st-key-digest-preview']").wait_for()


def search(page: Page) -> None:
    go(page, "检索")
    page.get_by_role("textbox").fill(QUERY)
    page.keyboard.press("Enter")
    page.get_by_text("条结果").wait_for()


def home(page: Page) -> None:
    go(page, "会议纪要")
    page.get_by_text("请上传一份常务会议纪要文件").wait_for()


PAGES: dict[str, Callable[[Page], None]] = {"督办台账": ledger, "统计": stats, "周报": digest, f"检索“{QUERY}”": search}


def timed(open_page: Callable[[Page], None], page: Page) -> float:
    times = []
    for _ in range(3):
        home(page)  # from another page each time, untimed
        started = time.perf_counter()
        open_page(page)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(data_dir: Path) -> None:
    with serve_ui(data_dir, timeout_s=120) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page.set_default_timeout(120_000)
        page.goto(url)
        for open_page in PAGES.values():  # the first visits load scripts, fonts and caches
            open_page(page)
        for label, open_page in PAGES.items():
            seconds = timed(open_page, page)
            print(f"  page {label:<12} {seconds:6.2f} s   ratio {seconds / TARGET_S:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=240_000)
    parser.add_argument("--data-dir", type=Path, help="a folder with summarizer.sqlite3 to use as it is")
    args = parser.parse_args()
    if args.data_dir is not None:
        print(f"store {args.data_dir}; target {TARGET_S:.1f} s per page")
        measure(args.data_dir)
        return
    with tempfile.TemporaryDirectory() as folder:
        build(Settings(data_dir=Path(folder)).database_path, args.tasks).close()
        print(f"{args.tasks} tasks (genre set, rows copied); target {TARGET_S:.1f} s per page")
        measure(Path(folder))


if __name__ == "__main__":
    main()
