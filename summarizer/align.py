"""Find a quoted string in a source text, character by character, and say how well it matched.

Chinese has no spaces between words, so word tokenizers that treat a run of Han characters as
one token cannot align a quote that differs by one character. We compare characters instead:

1. both sides are *squeezed*: NFKC-folded (full-width digits and brackets become half-width) and
   stripped of all whitespace (PDF extraction spaces digits out and breaks every line);
2. an exact substring of the squeezed text is an `exact` match;
3. otherwise, for quotes of at least `MIN_FUZZY_CHARS` characters, the best window around each
   common block is scored with a Dice ratio over matching characters, and a score of at least
   `FUZZY_THRESHOLD` is a `fuzzy` match. The threshold is calibrated in tests/test_align.py on
   corpus sentences (with PDF artifacts and small slips) against paraphrases of them.

Spans are returned in the coordinates of the text given, so a caller that passes a slice adds
the slice's offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from summarizer.schema import Span
from summarizer.text import MappedText, fold, squeeze

__all__ = ["FUZZY_THRESHOLD", "Located", "Squeezed", "best_window", "fold", "locate", "similarity", "squeeze"]

FUZZY_THRESHOLD = 0.85
MIN_FUZZY_CHARS = 8
_MIN_ANCHOR = 3
_MAX_ANCHORS = 12


# A squeezed text is the one offset-mapped text type (text.MappedText); `fold` is the one fold.
Squeezed = MappedText


@dataclass(frozen=True)
class Located:
    span: Span
    score: float


def locate(needle: str, haystack: str | Squeezed, threshold: float = FUZZY_THRESHOLD) -> Located | None:
    """Where `needle` is in `haystack` (exact, else fuzzy at or above `threshold`), or None."""
    hay = haystack if isinstance(haystack, Squeezed) else squeeze(haystack)
    quote = squeeze(needle).text
    if not quote or not hay.text:
        return None
    at = hay.text.find(quote)
    if at >= 0:
        return Located(hay.span(at, at + len(quote), "exact"), 1.0)
    if len(quote) < MIN_FUZZY_CHARS:
        return None
    best = best_window(quote, hay.text)
    if best is None or best[0] < threshold:
        return None
    score, start, end = best
    return Located(hay.span(start, end, "fuzzy"), score)


def similarity(needle: str, haystack: str) -> float:
    """The best fuzzy score of `needle` anywhere in `haystack` (1.0 for a substring)."""
    quote, hay = squeeze(needle).text, squeeze(haystack).text
    if not quote or not hay:
        return 0.0
    if quote in hay:
        return 1.0
    best = best_window(quote, hay)
    return best[0] if best else 0.0


def best_window(quote: str, hay: str) -> tuple[float, int, int] | None:
    """(score, start, end) of the window of `hay` that best matches `quote`, both squeezed."""
    whole = SequenceMatcher(None, quote, hay, autojunk=False)
    anchors = sorted(
        (b for b in whole.get_matching_blocks() if b.size >= _MIN_ANCHOR),
        key=lambda b: -b.size,
    )[:_MAX_ANCHORS]
    slack = max(4, len(quote) // 4)
    best: tuple[float, int, int] | None = None
    tried: set[int] = set()
    for anchor in anchors:
        left = max(0, anchor.b - anchor.a - slack)
        if left in tried:
            continue
        tried.add(left)
        right = min(len(hay), anchor.b - anchor.a + len(quote) + slack)
        window = SequenceMatcher(None, quote, hay[left:right], autojunk=False)
        blocks = [b for b in window.get_matching_blocks() if b.size]
        if not blocks:
            continue
        matched = sum(b.size for b in blocks)
        start, end = left + blocks[0].b, left + blocks[-1].b + blocks[-1].size
        score = 2 * matched / (len(quote) + (end - start))
        if best is None or score > best[0]:
            best = (score, start, end)
    return best
