"""Batch and digest speed: documents per second into the store, and the weekly digest over a year.

    python benchmarks/bench_batch.py [--docs 200] [--jobs 2]

1. A rules batch of --docs distinct documents (the bundled corpus with new serial numbers and
   meeting dates) into a fresh store: documents per second with one process and with --jobs,
   and a rerun (everything skipped by sha256).
2. A year of weekly meetings (52 meetings x 12 items, from taicang-2023-10) in a store, then
   the digest of each week built and rendered: median and worst build time.
   Target: digest build <= 1 s for any week (ratio printed; below 1.00 meets it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.batch import BatchFinished, extractor_for, run_batch
from summarizer.config import Settings
from summarizer.digest import build_digest, week_of
from summarizer.render.digest_docx import render_digest_docx
from summarizer.render.digest_html import render_digest_html
from summarizer.render.digest_markdown import render_digest_markdown
from summarizer.render.ledger_xlsx import render_ledger_xlsx
from summarizer.store import Store

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "evals/sets/taicang/corpus"
TWELVE_ITEMS = CORPUS / "taicang-2023-10.txt"
DIGEST_TARGET_S = 1.0
_NUMBER = re.compile(r"第 [\d ]+ 号")
_DATE = re.compile(r"(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日")


def variant(text: str, number: int, meeting: dt.date) -> str:
    """`text` with a new serial number, issue date (meeting + 5 days) and meeting date."""
    text = _NUMBER.sub(f"第 {' '.join(str(number))} 号", text, count=1)
    issued, held = list(_DATE.finditer(text))[:2]
    when = meeting + dt.timedelta(days=5)
    return (
        text[: issued.start()] + f"{when.year}年 {when.month}月 {when.day}日"
        + text[issued.end() : held.start()] + f"{meeting.year}年 {meeting.month}月 {meeting.day}日"
        + text[held.end() :]
    )


def write_docs(folder: Path, bases: list[Path], count: int, first_meeting: dt.date) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        base = bases[index % len(bases)]
        text = variant(base.read_text(encoding="utf-8"), 100 + index, first_meeting + dt.timedelta(weeks=index))
        (folder / f"{base.stem}-v{index:04d}.txt").write_text(text, encoding="utf-8")


def batch(database: Path, folder: Path, jobs: int) -> tuple[BatchFinished, float]:
    with Store.open(database) as store:
        start = time.perf_counter()
        # Confirmed on save (as `batch --confirm`): the digest measured below reads confirmed meetings only.
        events = list(run_batch(store, [folder], extractor_for("rules", Settings()), jobs=jobs, confirm=True))
        elapsed = time.perf_counter() - start
    finished = events[-1]
    assert isinstance(finished, BatchFinished) and not finished.failures
    return finished, elapsed


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_batch(work: Path, docs: int, jobs: int) -> None:
    folder = work / "docs"
    write_docs(folder, sorted(CORPUS.glob("*.txt")), docs, dt.date(2024, 1, 2))
    one, elapsed_one = batch(work / "one.sqlite3", folder, jobs=1)
    print(f"batch, 1 process     {one.saved} documents in {elapsed_one:.2f} s = {one.saved / elapsed_one:.0f} docs/s")
    many, elapsed_many = batch(work / "many.sqlite3", folder, jobs=jobs)
    print(f"batch, {jobs} processes   {many.saved} documents in {elapsed_many:.2f} s "
          f"= {many.saved / elapsed_many:.0f} docs/s")
    rerun, elapsed_rerun = batch(work / "one.sqlite3", folder, jobs=1)
    print(f"rerun (all skipped)  {rerun.skipped} documents in {elapsed_rerun:.2f} s "
          f"= {rerun.skipped / elapsed_rerun:.0f} docs/s")


def bench_digest(work: Path) -> None:
    folder = work / "year"
    write_docs(folder, [TWELVE_ITEMS], 52, dt.date(2023, 1, 3))
    database = work / "year.sqlite3"
    batch(database, folder, jobs=1)
    with Store.open(database) as store:
        weeks = [week_of(dt.date(2023, 1, 3) + dt.timedelta(weeks=n)) for n in range(52)]
        build = []
        for week in weeks:
            build.append(timed(lambda week=week: build_digest(store, week)))  # type: ignore[misc]
        last = build_digest(store, weeks[-1])
        items = sum(m.counts.items for m in [last])
        print(f"year store           {len(store.meetings())} meetings, {len(store.tasks())} tasks")
        print(f"digest build         median {statistics.median(build) * 1000:.1f} ms  "
              f"worst {max(build) * 1000:.1f} ms (week {last.week.label}: {items} items, "
              f"{last.counts.tasks_carried_over} tasks carried over)")
        print(f"digest build target  <= {DIGEST_TARGET_S:.2f} s; ratio worst/target = "
              f"{max(build) / DIGEST_TARGET_S:.3f}")
        renderers: dict[str, Callable[[], object]] = {
            "md": lambda: render_digest_markdown(last),
            "html": lambda: render_digest_html(last),
            "docx": lambda: render_digest_docx(last),
            "xlsx": lambda: render_ledger_xlsx([("本周新增任务", last.tasks_opened),
                                                ("往期未办结任务", last.tasks_carried_over)]),
        }
        for name, render in renderers.items():
            print(f"render {name:<5}         {timed(render) * 1000:.1f} ms (last week of the year)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the batch (default: 200)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel batch (default: 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        bench_batch(work, args.docs, args.jobs)
        bench_digest(work)


if __name__ == "__main__":
    main()
