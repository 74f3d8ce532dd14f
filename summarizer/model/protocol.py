"""What the run hands a model client for one agenda item, and what it gets back.

`ItemExtractor` is the only thing the rest of the package knows about a model: an object with
`extract_item(request) -> ItemResult`. `summarizer.model.llm.ModelClient` is the real one; tests pass
fakes. Failures are data here (`failure`), not exceptions: an item whose model call failed
falls back to the rule-based record and is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, Field

from summarizer.align import Squeezed
from summarizer.schema import ItemAnswer, Usage


@dataclass(frozen=True)
class ItemRequest:
    item_text: str  # what the model reads: the item's normalized source text
    source: Squeezed  # the item's original text, squeezed, with offsets into the whole document
    meeting_date: str | None = None  # ISO, so the model can resolve deadlines
    label: str = ""  # doc_id#number, for logs


class ItemResult(BaseModel):
    """A model's answer for one item (None when it failed) and what it cost."""

    answer: ItemAnswer | None = None
    # Why there is no usable answer: length, invalid, transport, http_<status>, circuit_open.
    failure: str | None = None
    failure_detail: str | None = None
    usage: Usage = Field(default_factory=Usage)


class ItemExtractor(Protocol):
    def extract_item(self, request: ItemRequest) -> ItemResult: ...


@dataclass
class Counters:
    """Mutable per-item counters filled while one item is being extracted."""

    requests: int = 0
    retries: int = 0
    asks: int = 0  # the first ask and each re-ask, whether or not its request got an answer
    completions: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0

    def usage(self, wall_s: float) -> Usage:
        return Usage(
            requests=self.requests,
            retries=self.retries,
            reasks=max(0, self.asks - 1),
            input_tokens=self.input_tokens,
            output_tokens=self.output_tokens,
            cached_tokens=self.cached_tokens,
            wall_s=round(wall_s, 3),
        )
