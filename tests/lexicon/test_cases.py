"""Every lexicon list with its examples: tests/lexicon/cases/<list>.toml, input → expected.

A case names a compiled pattern of `summarizer.rules.patterns` (`LEAD_PATTERNS.<form>` for a
named form) and the text its first match must read (`find`, "" for no match; `group` to read a
named group; `style` for which numbering style matched), or a function of `rules.units` and its
answer (`expect`). deadlines.toml cases also resolve the words from a meeting day.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from summarizer.rules import lexicon, patterns, units
from summarizer.rules.deadlines import resolve_deadline, resolve_due
from summarizer.rules.lexicon import FILES

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("*.toml")):
        for i, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"]):
            found.append(pytest.param(path.stem, case, id=f"{path.stem}-{i}-{case['text'][:12]}"))
    return found


def _pattern(name: str) -> re.Pattern[str]:
    if name.startswith("LEAD_PATTERNS."):
        return dict(patterns.LEAD_PATTERNS)[name.split(".", 1)[1]]
    if name.startswith("TABLE_COLUMNS."):
        return dict(patterns.TABLE_COLUMNS)[name.split(".", 1)[1]]
    pattern = getattr(patterns, name)
    assert isinstance(pattern, re.Pattern)
    return pattern


def test_every_lexicon_file_has_a_case_table() -> None:
    assert sorted(path.stem for path in CASES.glob("*.toml")) == sorted(FILES)


@pytest.mark.parametrize(("table", "case"), _cases())
def test_case(table: str, case: dict[str, Any]) -> None:
    text = case["text"]
    if "function" in case:
        assert getattr(units, case["function"])(text) == case["expect"]
        return
    pattern = patterns.DEADLINE if table == "deadlines" else _pattern(case["pattern"])
    match = pattern.search(text)
    found = match.group(case.get("group", 0)) if match else ""
    assert found == case["find"]
    if "style" in case:
        assert match is not None and match.lastgroup == case["style"]
    if table == "deadlines" and case["find"]:
        expected = dt.date.fromisoformat(case["date"]) if case["date"] else None
        assert resolve_deadline(found, dt.date.fromisoformat(case["meeting"])) == expected
    if "due" in case:  # the day a task is held to when the words name none (`两周内`, `春节前`)
        assert resolve_due(found, dt.date.fromisoformat(case["meeting"])) == dt.date.fromisoformat(case["due"])


def test_unit_endings_are_listed_once() -> None:
    """The endings a directive's `由X…` unit may have narrow the unit suffixes; they add none."""
    units = lexicon.load("units")
    assert all(any(d.endswith(s) for s in units["suffixes"]) for d in units["directed_suffixes"])
    assert len(set(units["suffixes"])) == len(units["suffixes"])
