"""The exception tree. The CLI turns each into one line on stderr and an exit code.

    SummarizerError                 base; never raised itself
    ├── InputError                  the file cannot be read as minutes (exit 2)
    │   └── RefusedError            a review edit or ledger step is not allowed (exit 2)
    ├── ConfigError                 a setting is missing or invalid (exit 3)
    ├── ModelError(original=...)    the model endpoint failed after retries (exit 4)
    └── StoreError                  the database cannot be opened or written (exit 5)

Every error carries its English line for the CLI and logs, and may carry `zh`: the same error in
Chinese for the page (the page never shows English; without `zh` it shows a generic Chinese line).
Quality problems inside a document that was read are not exceptions: they are `Finding`s.
"""

from __future__ import annotations


class SummarizerError(Exception):
    exit_code = 1

    def __init__(self, message: str, *, zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh


class InputError(SummarizerError):
    exit_code = 2


class RefusedError(InputError):
    """A person's request (a correction, a ledger step) that the rules refuse; its Chinese line is a
    whole sentence and stands alone on the page."""


class ConfigError(SummarizerError):
    exit_code = 3


class ModelError(SummarizerError):
    exit_code = 4

    def __init__(self, message: str, original: BaseException | None = None, *, zh: str | None = None) -> None:
        super().__init__(message, zh=zh)
        self.original = original


class StoreError(SummarizerError):
    exit_code = 5
