"""Scale: a province's five years (20,000 documents) on each backend, against issue 16's targets.

    python benchmarks/bench_scale.py [--docs 20000] [--backend sqlite|postgres|both] [--jobs 1] [--workers 1]

PostgreSQL needs SUMMARIZER_BENCH_DATABASE_URL or SUMMARIZER_TEST_DATABASE_URL (a fresh schema is
made and dropped). Documents come from `benchmarks/scale_corpus.py`. Printed: each figure, its
target and the ratio to the target (at or below 1.00 meets it):

- batch (rules backend, one process, or with --jobs N extraction processes as `batch --jobs N`;
  on PostgreSQL with --workers M, M batch workers sharing the store, each its own process as M
  `summarizer batch` commands on the same files): documents per second, target >= 50;
- steadiness: throughput of the last window (1,000 documents, or a fifth of a smaller run) over
  the first, target >= 0.8;
- each command (`tasks` first page, `tasks` as CSV of the whole ledger, a week's digest as
  Markdown and DOCX, a 2-character search) as its own process: wall time and peak memory
  (target <= 500 MB); `tasks` first page and the digest <= 2 s;
- a 2-character search through the Store (median of several queries), target <= 50 ms.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scale_corpus import write_corpus  # noqa: E402
from summarizer.batch import DocumentDone, extractor_for, run_batch  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.store import Store  # noqa: E402

BATCH_TARGET_DOCS_S = 50.0
STEADY_TARGET = 0.8
MEMORY_TARGET_MB = 500.0
COMMAND_TARGET_S = 2.0
SEARCH_TARGET_MS = 50.0
SHORT_QUERIES = ("消防", "数币", "考核", "规划", "市", "港")


def _row(name: str, value: float, unit: str, target: str, ratio: float) -> None:
    print(f"  {name:<34} {value:>10.2f} {unit:<6} target {target:<10} ratio {ratio:5.2f}")


@contextmanager
def _postgres() -> Iterator[str]:
    import psycopg

    url = os.environ.get("SUMMARIZER_BENCH_DATABASE_URL") or os.environ.get("SUMMARIZER_TEST_DATABASE_URL")
    if not url:
        raise SystemExit("bench_scale: set SUMMARIZER_BENCH_DATABASE_URL (or SUMMARIZER_TEST_DATABASE_URL)")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


# Runs a `summarizer` command and reports its own peak memory (VmHWM, which exec resets, unlike
# the rusage of a child forked from this large benchmark process).
_RUN_AND_MEASURE = """
import sys
from summarizer.cli import main
try:
    code = main(sys.argv[1:])
finally:
    hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))
    print('PEAK_KB', hwm.split()[1], file=sys.stderr)
sys.exit(code)
"""


def _command(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, peak MB and exit code of one `summarizer` command in its own process."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _RUN_AND_MEASURE, *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - start
    peak = next((int(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("PEAK_KB")), 0)
    return elapsed, peak / 1024, result.returncode


def _batch(store: Store, paths: list[Path], jobs: int) -> list[float]:
    """Seconds per document, in order."""
    extract = extractor_for("rules", Settings())
    times, last = [], time.perf_counter()
    for event in run_batch(store, paths, extract, confirm=True, jobs=jobs):  # five years of confirmed meetings
        if isinstance(event, DocumentDone):
            now = time.perf_counter()
            times.append(now - last)
            last = now
            if len(times) % 1000 == 0:
                print(f"    {len(times)} documents, {len(times) / sum(times):.1f} docs/s", flush=True)
    return times


# One of several batch workers sharing a PostgreSQL store: prints when it saved each document.
_WORKER = """
import sys, time
from pathlib import Path
from summarizer.batch import DocumentDone, extractor_for, run_batch
from summarizer.config import Settings
from summarizer.store import Store
url, jobs, listing = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = [Path(line) for line in Path(listing).read_text().splitlines()]
with Store.open(url) as store:
    for event in run_batch(store, paths, extractor_for("rules", Settings()), confirm=True, jobs=jobs):
        if isinstance(event, DocumentDone) and event.outcome == "saved":
            print("SAVED", time.time(), flush=True)
"""


def _shared_batch(url: str, paths: list[Path], jobs: int, workers: int, work: Path) -> list[float]:
    """Seconds per saved document, in the order the workers saved them (all workers' saves merged)."""
    listing = work / "paths.txt"
    listing.write_text("\n".join(str(path) for path in paths), encoding="utf-8")
    logs = [work / f"worker-{n}.log" for n in range(workers)]
    start = time.time()
    processes = []
    for log in logs:  # each to its own file: a full pipe would stall its worker
        with log.open("w") as out:
            processes.append(subprocess.Popen([sys.executable, "-c", _WORKER, url, str(jobs), str(listing)],
                                              cwd=ROOT, stdout=out))
    if any(process.wait() for process in processes):
        raise SystemExit("bench_scale: a batch worker failed")
    saved = [float(line.split()[1]) for log in logs for line in log.read_text().splitlines()
             if line.startswith("SAVED")]
    if len(saved) != len(paths):
        raise SystemExit(f"bench_scale: the workers saved {len(saved)} of {len(paths)} documents")
    moments = [start, *sorted(saved)]
    return [later - earlier for earlier, later in itertools.pairwise(moments)]


def run_backend(name: str, target: Path | str, paths: list[Path], work: Path, jobs: int = 1,
                workers: int = 1) -> dict[str, float]:
    print(f"\n{name}: {len(paths)} documents")
    results: dict[str, float] = {}
    with Store.open(target) as store:
        shared = workers > 1
        times = _shared_batch(str(target), paths, jobs, workers, work) if shared else _batch(store, paths, jobs)
        rate = len(times) / sum(times)
        window = min(1000, max(1, len(times) // 5))
        first = window / sum(times[:window])
        last = window / sum(times[-window:])
        processes = "1 process" if jobs == 1 else f"--jobs {jobs}"
        if shared:
            processes = f"{workers} workers" + ("" if jobs == 1 else f", --jobs {jobs} each")
        _row(f"batch (rules, {processes})", rate, "docs/s", f">= {BATCH_TARGET_DOCS_S:.0f}", BATCH_TARGET_DOCS_S / rate)
        _row(f"last {window} / first {window} throughput", last / first, "", f">= {STEADY_TARGET}",
             STEADY_TARGET / (last / first))
        print(f"    (first {first:.1f} docs/s, last {last:.1f} docs/s; bench process peak "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
        results["rate"], results["steady"] = rate, last / first
        if store.dialect == "postgres":  # what autovacuum does after a bulk load: planner statistics
            store.connection.execute("ANALYZE")
        tasks = store.count_tasks()
        links = store.connection.execute("SELECT COUNT(*) FROM tasks WHERE repeat_of IS NOT NULL").fetchone()
        crossing = store.connection.execute(
            "SELECT COUNT(*) FROM tasks t JOIN tasks p ON p.id = t.repeat_of WHERE t.issuer <> p.issuer"
        ).fetchone()
        print(f"    {tasks} tasks, {links[0] if links else 0} repeat links, "
              f"{crossing[0] if crossing else 0} across issuers")
        timings = []
        for query in SHORT_QUERIES:
            start = time.perf_counter()
            store.search(query)
            timings.append((time.perf_counter() - start) * 1000)
        search_ms = statistics.median(timings)
        _row("2-character search (median)", search_ms, "ms", f"<= {SEARCH_TARGET_MS:.0f}", search_ms / SEARCH_TARGET_MS)
        print(f"    (worst {max(timings):.1f} ms over {', '.join(SHORT_QUERIES)})")
        weeks = collections.Counter(m.meeting_date.isocalendar()[:2] for m in store.meetings() if m.meeting_date)
        (year, week), meetings = weeks.most_common(1)[0]
    env = dict(os.environ, SUMMARIZER_DATA_DIR=str(work / "data"))
    if isinstance(target, str):
        env["SUMMARIZER_DATABASE_URL"] = target
    else:
        env.pop("SUMMARIZER_DATABASE_URL", None)
        env["SUMMARIZER_DATA_DIR"] = str(Path(target).parent)
    print(f"  commands (busiest week {year}-W{week:02d}: {meetings} meetings):")
    commands = {
        "tasks first page": ["tasks", "--limit", "50"],
        "tasks --format csv (whole ledger)": ["tasks", "--format", "csv", "-o", str(work / "ledger.csv")],
        "digest --format md": ["digest", "--week", f"{year}-W{week:02d}", "-o", str(work / "digest.md")],
        "digest --format docx": ["digest", "--week", f"{year}-W{week:02d}", "--format", "docx",
                                 "-o", str(work / "digest.docx")],
        "search 消防": ["search", "消防"],
    }
    for label, args in commands.items():
        elapsed, peak, code = _command(args, env)
        timed = label.startswith(("tasks first", "digest"))
        verdict = f"time ratio {elapsed / COMMAND_TARGET_S:5.2f}" if timed else ""
        print(f"  {label:<34} {elapsed:>7.2f} s  peak {peak:>6.0f} MB  memory ratio {peak / MEMORY_TARGET_MB:5.2f}"
              f"  {verdict}{'' if code == 0 else f'  EXIT {code}'}")
        results[f"{label} s"], results[f"{label} MB"] = elapsed, peak
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes of the batch (as `batch --jobs`)")
    parser.add_argument("--workers", type=int, default=1,
                        help="PostgreSQL: batch workers sharing the store, each its own process")
    args = parser.parse_args(argv)
    started = dt.datetime.now(dt.UTC)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        print(f"generating {args.docs} documents ...", flush=True)
        paths = write_corpus(work / "corpus", args.docs)
        if args.backend in ("sqlite", "both"):
            (work / "sqlite").mkdir()
            run_backend("SQLite", work / "sqlite" / "summarizer.sqlite3", paths, work / "sqlite", args.jobs)
        if args.backend in ("postgres", "both"):
            (work / "postgres").mkdir()
            with _postgres() as url:
                run_backend("PostgreSQL", url, paths, work / "postgres", args.jobs, args.workers)
    print(f"\ntotal {(dt.datetime.now(dt.UTC) - started).total_seconds():.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
