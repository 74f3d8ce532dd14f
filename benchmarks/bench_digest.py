"""Weekly digest and ledger export at scale: time and peak memory against the targets.

    python benchmarks/bench_digest.py [--docs 2000] [--store PATH] [--weeks 3] [--cold]

Builds (or reuses, with --store) a store of --docs generated documents (benchmarks/digest_store.py:
the bundled corpus with other issuers, dates and numbers; ~200 meetings per issuer over five
years; every task left open, the worst case for carry-over), then, each in a fresh process so the
peak memory (VmHWM) is that command's own:

1. the digest of a week scoped to one issuer (`--issuer`), built and rendered in every format,
   for an early, a middle and the last week of the store. Target: <= 2 s and <= 300 MB each.
2. the same weeks without --issuer (one section per issuer that met: a province's whole week).
3. the whole ledger streamed to XLSX and CSV (`tasks --format xlsx|csv`). Target: <= 500 MB.

With --cold (root only), the OS page cache is dropped before each command, so every page of the
store (and of Python's own files) comes from the disk: the first digest of a day.

Ratios are measured / target: below 1.00 meets it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DIGEST_SECONDS = 2.0
DIGEST_MB = 300.0
EXPORT_MB = 500.0
FORMATS = ("md", "html", "docx", "xlsx")
LAST_MEETING = dt.date(2025, 12, 31)
YEARS = 5


def build_store(path: Path, docs: int) -> None:
    from benchmarks.digest_store import fill, plan
    from summarizer.store import Store

    issuers = max(1, min(100, docs // 200))
    per_issuer = docs / issuers
    spacing = max(1, round(YEARS * 365 / per_issuer))
    start = time.perf_counter()
    with Store.open(path) as store:
        saved = fill(store, plan(docs, issuers, LAST_MEETING, spacing), link_repeats=False)
        tasks = store.connection.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    print(f"store: {saved} documents, {tasks} tasks, {issuers} issuers, one meeting per issuer every "
          f"{spacing} days, built in {time.perf_counter() - start:.0f} s (repeat linking off)")


def child(store_path: str, week: str, what: str, issuer: str) -> None:
    """One measured command in this process; prints the seconds it took and the output size."""
    from summarizer.store import Store

    start = time.perf_counter()
    with Store.open(Path(store_path)) as store:
        if what in FORMATS:
            from summarizer.cli.digest import render_digest
            from summarizer.digest import build_digest, parse_week

            digest = build_digest(store, parse_week(week, LAST_MEETING), issuer=issuer or None,
                                  today=LAST_MEETING + dt.timedelta(days=30))
            size = len(render_digest(what, digest))
        else:
            from summarizer.render.ledger_xlsx import write_ledger_csv, write_ledger_xlsx
            from summarizer.store.weekly import iter_ledger

            out = Path(tempfile.mkdtemp()) / f"ledger.{what.removeprefix('ledger-')}"
            rows = iter_ledger(store.connection)
            if what == "ledger-xlsx":
                with out.open("wb") as handle:
                    write_ledger_xlsx(handle, [("督办台账", rows)])
            else:
                with out.open("w", encoding="utf-8", newline="") as text:
                    write_ledger_csv(text, rows)
            size = out.stat().st_size
    seconds = time.perf_counter() - start
    # The peak of this process's own memory (VmHWM): exec resets it, while ru_maxrss of a child
    # starts at its parent's size (the parent that built the store would count in every command).
    status = Path("/proc/self/status").read_text().splitlines()
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    print(json.dumps({"seconds": seconds, "bytes": size, "peak_kb": peak_kb}))


def drop_os_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def measure(store: Path, week: str, what: str, issuer: str, cold: bool = False) -> tuple[float, float, int]:
    if cold:
        drop_os_cache()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(store), week, what, issuer], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    output = process.stdout.read()
    assert process.wait() == 0, output
    result = json.loads(output)
    return result["seconds"], result["peak_kb"] / 1024, result["bytes"]


def weeks_to_measure(count: int) -> list[str]:
    first = LAST_MEETING - dt.timedelta(days=365 * YEARS - 60)
    days = [first + (LAST_MEETING - first) * i / max(1, count - 1) for i in range(count)]
    labels = []
    for day in days:
        year, number, _ = day.isocalendar()
        labels.append(f"{year}-W{number:02d}")
    return labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--store", type=Path, help="reuse (or create) the store at this path")
    parser.add_argument("--weeks", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="drop the OS page cache before each command (root)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    from benchmarks.digest_store import ISSUERS

    work = Path(tempfile.mkdtemp(prefix="bench-digest-"))
    store = args.store or work / "store.sqlite3"
    if not store.exists():
        build_store(store, args.docs)
    if args.cold:
        try:
            drop_os_cache()
        except OSError as error:
            print(f"--cold needs root (cannot drop the OS page cache: {error})", file=sys.stderr)
            return 2
    worst: dict[str, tuple[float, float]] = {}
    print(f"{'week':9} {'issuer':16} {'format':6} {'seconds':>8} {'MB':>7} {'KB out':>8}  ratio time / memory")
    for week in weeks_to_measure(args.weeks):
        for issuer in (ISSUERS[0], ""):
            for what in FORMATS:
                seconds, mb, size = measure(store, week, what, issuer, args.cold)
                label = issuer or "(every issuer)"
                print(f"{week:9} {label:16} {what:6} {seconds:8.2f} {mb:7.0f} {size / 1024:8.0f}  "
                      f"{seconds / DIGEST_SECONDS:.2f} / {mb / DIGEST_MB:.2f}")
                scope = "with --issuer" if issuer else "of every issuer"
                time_so_far, mb_so_far = worst.get(scope, (0.0, 0.0))
                worst[scope] = (max(time_so_far, seconds), max(mb_so_far, mb))
    for scope, (seconds, mb) in worst.items():
        print(f"digest {scope}, worst over weeks and formats{' (cold cache)' if args.cold else ''}: "
              f"{seconds:.2f} s (ratio {seconds / DIGEST_SECONDS:.2f}), {mb:.0f} MB (ratio {mb / DIGEST_MB:.2f})")
    for what in ("ledger-xlsx", "ledger-csv"):
        seconds, mb, size = measure(store, "", what, "", args.cold)
        print(f"{what} (whole ledger): {seconds:.1f} s, {mb:.0f} MB peak (ratio {mb / EXPORT_MB:.2f}), "
              f"{size / 1024 / 1024:.1f} MB file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
