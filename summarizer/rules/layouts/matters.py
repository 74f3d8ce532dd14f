"""One sentence, several matters: where each matter after the first starts.

`会议听取了A的汇报，审议了《B》` names two items; the earlier ones are only named, the sentence's
decision and what follows belong to the last.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.rules import patterns
from summarizer.rules.blocks import Region


@dataclass(frozen=True)
class Matter:
    heading_end: int  # where the matter before it ends (at the `，`)
    start: int  # where this matter starts
    proposer_before: Region | None = None  # the unit that brought the matter before it, when named


def split_matters(text: str, start: int, end: int) -> list[Matter]:
    """The further matters in the sentence [start, end)."""
    return [Matter(m.start() - 1, m.start()) for m in patterns.NEXT_MATTER.finditer(text, start, end)]
