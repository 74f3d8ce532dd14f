"""Supervision reads on a large ledger: one ledger page, its count, statistics and 催办, in SQL.

    python benchmarks/bench_supervision.py [--tasks 500000]

Stores the genre set (confirmed), then copies its task rows (same documents, new ids) until the
ledger holds --tasks tasks: the store the ledger must never load whole. Times, median of 3, each
read the ledger, statistics and 催办 pages make (and the 催办 Word file of its first 200 tasks).
Target: each read <= 1 s (ratio printed; below 1.00 meets it). Then the ledger, statistics and
催办 pages themselves: one rerun of each page's script on the server (Streamlit's AppTest, the
work a click costs before the browser draws), median of 3. A 20,000-document store holds about
240,000 tasks (`--tasks 240000`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.config import Settings
from summarizer.pipeline import extract_path
from summarizer.render.reminders_docx import render_reminders_docx
from summarizer.store import Store
from summarizer.supervision.ledger_query import LedgerFilter, count_tasks, distinct_values, page_tasks
from summarizer.supervision.reminders import Reminders, build_reminders
from summarizer.supervision.stats import task_stats

ROOT = Path(__file__).parent.parent
GENRE = ROOT / "evals" / "sets" / "genre" / "corpus"
TARGET_S = 1.0
TODAY = dt.date(2024, 6, 1)


def build(path: Path, tasks: int) -> Store:
    store = Store.open(path)
    for source in sorted(GENRE.glob("*")):
        store.save(extract_path(source, Settings()))
    with store.transaction() as db:
        db.execute("UPDATE documents SET review = 'confirmed'")
    columns = [r["name"] for r in store.db.execute("PRAGMA table_info(tasks)").fetchall() if r["name"] != "id"]
    names = ", ".join(columns)
    while (total := store.db.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]) < tasks:  # type: ignore[index]
        with store.transaction() as db:
            db.execute(f"INSERT INTO tasks ({names}) SELECT {names} FROM tasks LIMIT ?", (tasks - total,))
    return store


def page_rerun(folder: Path, page: str) -> Callable[[], object]:
    """A rerun of one page of the app on the store in `folder`, as a click in the browser causes."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=120)
    app.session_state["settings"] = Settings(data_dir=folder)
    app.run()
    app.switch_page(page).run()

    def rerun() -> object:
        app.run()
        if app.exception:
            raise RuntimeError(f"{page}: {app.exception[0].message}")
        return app

    return rerun


def timed(read: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        read()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=500_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build(Settings(data_dir=Path(folder)).database_path, args.tasks)
        db, everyone, warn = store.db, LedgerFilter(), 3
        unit = page_tasks(db, everyone, TODAY, warn, limit=1)[0].unit

        def word() -> bytes:
            found = build_reminders(db, everyone, TODAY, warn)
            first = found.notices[:1]
            first[0].tasks = first[0].tasks[:200]
            return render_reminders_docx(Reminders(**{**found.model_dump(), "notices": first}))

        reads: dict[str, Callable[[], object]] = {
            "ledger count (all)": lambda: count_tasks(db, everyone, TODAY, warn),
            "ledger page 1 (all, overdue first)": lambda: page_tasks(db, everyone, TODAY, warn),
            "ledger page 1 (one unit)": lambda: page_tasks(db, LedgerFilter(unit=unit), TODAY, warn),
            "ledger page 1 (overdue)": lambda: page_tasks(db, LedgerFilter(view="overdue"), TODAY, warn),
            "filter list (units)": lambda: distinct_values(db, "unit", everyone, TODAY, warn),
            "statistics per unit": lambda: task_stats(db, "unit", everyone, TODAY, warn),
            "statistics per issuer": lambda: task_stats(db, "issuer", everyone, TODAY, warn),
            "催办 notices (<= 5000 tasks)": lambda: build_reminders(db, everyone, TODAY, warn),
            "催办 Word, one unit, 200 tasks": word,
            "page 督办台账 (server rerun)": page_rerun(Path(folder), "screens/ledger.py"),
            "page 统计 (server rerun)": page_rerun(Path(folder), "screens/stats.py"),
            "page 催办 (server rerun)": page_rerun(Path(folder), "screens/remind.py"),
        }
        print(f"{count_tasks(db, everyone, TODAY, warn)} tasks in the ledger; target {TARGET_S:.1f} s per read")
        for label, read in reads.items():
            seconds = timed(read)
            print(f"  {label:<36} {seconds:7.3f} s   ratio {seconds / TARGET_S:5.2f}")
        store.close()


if __name__ == "__main__":
    main()
