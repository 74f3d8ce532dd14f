"""The genre as data: how minutes are written, in word lists and a few regex bodies.

One TOML file per list family (markers, verbs, decisions, routes, modals, units, leads,
addressees, deadlines, sections, chrome), read once. `summarizer.rules.patterns` builds every
regex from these rows and derives its speed guard (see derive.py); tests/lexicon/cases/*.toml
hold positive and negative examples for each list, run by tests/lexicon/test_cases.py.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

FILES = (
    "markers", "verbs", "decisions", "routes", "modals", "units", "leads", "addressees", "deadlines", "sections",
    "chrome",
)


@cache
def load(name: str) -> dict[str, Any]:
    """The rows of `lexicon/<name>.toml`."""
    if name not in FILES:
        raise KeyError(f"no lexicon file {name!r}; known: {', '.join(FILES)}")
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)
