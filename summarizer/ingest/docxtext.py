"""The text of a Word .docx body: paragraphs and tables in document order, one line each.

A table becomes one line per row, its cells joined with a tab; a merged cell that spans several
grid columns is written once. Headers, footers and comments are not part of the minutes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from summarizer.errors import InputError

DOCX_PART = "word/document.xml"
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


def docx_text(data: bytes, name: str, *, max_bytes: int) -> str:
    _check_archive(data, name, max_bytes=max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        # Inside the try: the body is read lazily, and a malformed table fails only while read.
        return "\n".join(_body_lines(document))
    except Exception as exc:  # python-docx lets KeyError, ValueError and lxml's errors through
        raise InputError(_damaged(name, exc), zh=DAMAGED_DOCX_ZH) from exc


DAMAGED_DOCX_ZH = "Word 文件已损坏，无法读取，请重新保存后上传。"


def _damaged(name: str, exc: BaseException) -> str:
    return f"{name}: the .docx file is damaged and cannot be read ({exc}); save it again"


def _check_archive(data: bytes, name: str, *, max_bytes: int) -> None:
    """Refuse a document part that inflates far beyond the input limit (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = archive.getinfo(DOCX_PART).file_size
    except (zipfile.BadZipFile, KeyError) as exc:
        raise InputError(_damaged(name, exc), zh=DAMAGED_DOCX_ZH) from exc
    if size > 10 * max_bytes:
        raise InputError(
            f"{name}: the .docx body unpacks to {size} bytes, more than ten times the input limit; "
            "raise SUMMARIZER_MAX_INPUT_MB if this is really one set of minutes",
            zh="Word 文件解压后过大，超过处理上限，请检查文件。",
        )


def _body_lines(document: Document) -> Iterator[str]:
    yield from _block_lines(document.element.body, document)


def _block_lines(container: Any, parent: Any) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag == _P:
            yield Paragraph(child, parent).text
        elif child.tag == _TBL:
            yield from _table_lines(Table(child, parent))
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_lines(content, parent)


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            cells.append(" ".join(line for line in _block_lines(cell._tc, cell) if line.strip()))
        line = "\t".join(cells)
        if line.strip():
            yield line
