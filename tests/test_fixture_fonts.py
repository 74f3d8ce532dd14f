"""The test fixtures need no font installed on the machine (the README's test command on a fresh
machine with only Python 3): the PDFs are drawn with Adobe's standard CID font STSong-Light,
which a PDF names without embedding and readers map to Unicode from their own tables."""

from __future__ import annotations

import builtins
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, W21_DOC

from summarizer.ingest import read_bytes
from tests.variants import pdf_bytes, printed_lines

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"), "/etc/fonts")


def test_fixture_pdfs_read_back_with_every_font_directory_out_of_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = builtins.open

    def no_fonts(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, str | os.PathLike) and os.fspath(file).startswith(FONT_DIRS):
            raise FileNotFoundError(2, "No such file or directory (fonts are hidden in this test)", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_fonts)
    text = (CORPUS / f"{W21_DOC}.txt").read_text(encoding="utf-8")
    data = pdf_bytes(text)
    assert b"/FontFile" not in data and b"/STSong-Light" in data  # named, not embedded
    source = read_bytes(data, "minutes.pdf", max_bytes=20 * 1024 * 1024)
    assert [line.replace(" ", "") for line in source.text.splitlines()] == [
        line.replace(" ", "") for line in printed_lines(text)
    ]
