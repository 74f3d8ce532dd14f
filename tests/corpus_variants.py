"""Distinct documents made from the bundled corpus by textual variation.

Each variant changes the serial number (`第 1 0 号`), the issue date and the meeting date of a
corpus file, keeping the PDF spacing artifacts, so every variant is a different document (its
own sha256, number and meeting week) that the real extractor must still read.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "evals" / "sets" / "taicang" / "corpus"
_NUMBER = re.compile(r"第 [\d ]+ 号")
_DATE = re.compile(r"(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日")


def spaced(number: int) -> str:
    return " ".join(str(number))


def _pdf_date(day: dt.date) -> str:
    return f"{day.year}年 {day.month}月 {day.day}日"


def variant_text(text: str, number: int, meeting_date: dt.date) -> str:
    """`text` with a new serial number and meeting date (issue date five days later)."""
    text = _NUMBER.sub(f"第 {spaced(number)} 号", text, count=1)
    dates = list(_DATE.finditer(text))
    issued, meeting = dates[0], dates[1]
    replaced = (
        text[: issued.start()]
        + _pdf_date(meeting_date + dt.timedelta(days=5))
        + text[issued.end() : meeting.start()]
        + _pdf_date(meeting_date)
        + text[meeting.end() :]
    )
    return replaced


def meeting_date_for(index: int) -> dt.date:
    """One meeting per week from 2024-01-02 on, so variants never share a week with the corpus."""
    return dt.date(2024, 1, 2) + dt.timedelta(days=7 * index)


def write_variants(folder: Path, count: int) -> list[Path]:
    """Write `count` variants into nested subfolders of `folder`; return their paths."""
    bases = sorted(CORPUS.glob("*.txt"))
    written = []
    for index in range(count):
        base = bases[index % len(bases)]
        text = variant_text(base.read_text(encoding="utf-8"), 100 + index, meeting_date_for(index))
        path = folder / f"part{index % 4}" / f"{base.stem}-v{index:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
