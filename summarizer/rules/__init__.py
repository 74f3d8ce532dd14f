"""The rule-based extractor: the embedded default, and the cross-check of every model answer."""

from summarizer.rules.extract import Reading, extract, read

__all__ = ["Reading", "extract", "read"]
