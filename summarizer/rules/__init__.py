"""The rule-based extractor: the embedded default, and the cross-check of every model answer."""

from summarizer.rules.extract import extract

__all__ = ["extract"]
