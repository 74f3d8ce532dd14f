"""Regexes built from lexicon rows (see summarizer/regexes.py, shared with text.py)."""

from summarizer.regexes import fill, first_chars, guarded, without_lookarounds, words

__all__ = ["fill", "first_chars", "guarded", "without_lookarounds", "words"]
