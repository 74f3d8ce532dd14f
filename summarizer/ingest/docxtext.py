"""The text of a Word .docx body: paragraphs and tables in document order, one line each, with the
numbers Word draws before its automatically numbered paragraphs (docxnumbers.py).

A table becomes one row after another, its cells joined with a tab (a cell's own paragraphs on
lines of their own); a merged cell that spans several grid columns is written once. Headers,
footers and comments are not part of the minutes.
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
from summarizer.ingest.docxnumbers import Numbering

DOCX_PART = "word/document.xml"
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


# Bounds on the ZIP container, checked from its directory before anything is unpacked.
# python-docx loads every part of a package into memory (images included), so what one
# document can cost is bounded by the total its members unpack to: at most
# `UNPACKED_FACTOR` times the input limit (200 MB at the default 20 MB), plus the parse tree of
# the body. A member that inflates more than `MAX_RATIO` times (beyond a small floor) is a
# zip bomb, not a picture or text: real parts compress 1-30 times. zipfile stops reading a
# member at its declared size (a larger stream fails its CRC), so declared sizes are real bounds.
MAX_MEMBERS = 1000
UNPACKED_FACTOR = 10
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024


def docx_text(data: bytes, name: str, *, max_bytes: int) -> str:
    check_archive(data, name, max_bytes=max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        # Inside the try: the body is read lazily, and a malformed table fails only while read.
        return "\n".join(_body_lines(document))
    except Exception as exc:  # python-docx lets KeyError, ValueError and lxml's errors through
        raise InputError(_damaged(name, exc), zh=DAMAGED_DOCX_ZH) from exc


DAMAGED_DOCX_ZH = "Word 文件已损坏，无法读取，请重新保存后上传。"


def _damaged(name: str, exc: BaseException) -> str:
    return f"{name}: the .docx file is damaged and cannot be read ({exc}); save it again"


def check_archive(data: bytes, name: str, *, max_bytes: int) -> None:
    """Refuse a .docx whose members, by count, unpacked size or compression ratio, could
    exhaust memory (a zip bomb), from the ZIP directory alone."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            archive.getinfo(DOCX_PART)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise InputError(_damaged(name, exc), zh=DAMAGED_DOCX_ZH) from exc
    if len(members) > MAX_MEMBERS:
        raise InputError(
            f"{name}: the .docx holds {len(members)} parts, more than {MAX_MEMBERS}; "
            "this is not an ordinary Word file, save the minutes again as a plain .docx",
            zh=f"Word 文件包含 {len(members)} 个部件（上限 {MAX_MEMBERS}），不是普通的会议纪要文件；"
            "请另存为普通 .docx 后再上传。",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise InputError(
                f"{name}: the .docx part {member.filename} unpacks {ratio:.0f} times its packed size "
                f"(to {member.file_size} bytes), more than {MAX_RATIO} times: a zip bomb, refused unread",
                zh=f"Word 文件中的部件 {member.filename} 解压后膨胀 {ratio:.0f} 倍，疑似压缩炸弹，已拒绝读取。",
            )
    total = sum(member.file_size for member in members)
    limit = UNPACKED_FACTOR * max_bytes
    if total > limit:
        raise InputError(
            f"{name}: the .docx unpacks to {total} bytes, more than {UNPACKED_FACTOR} times the input limit "
            f"({limit} bytes); raise SUMMARIZER_MAX_INPUT_MB if this is really one set of minutes",
            zh=f"Word 文件解压后共 {total / 1024 / 1024:.0f} MB，超过上限 {limit / 1024 / 1024:.0f} MB；"
            "请删去文件中的大图片后再上传。",
        )


def _body_lines(document: Document) -> Iterator[str]:
    yield from _block_lines(document.element.body, document, Numbering(document))


def _block_lines(container: Any, parent: Any, numbering: Numbering) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag == _P:
            paragraph = Paragraph(child, parent)
            yield numbering.label(paragraph) + paragraph.text
        elif child.tag == _TBL:
            yield from _table_lines(Table(child, parent), numbering)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_lines(content, parent, numbering)


def _table_lines(table: Table, numbering: Numbering) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: list[Any] = []
        for cell in row.cells:
            # A horizontally merged cell is returned once per grid column it spans.
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            # A cell's paragraphs stay lines of their own (`原则同意…。` / `各区要…`): the decision and
            # what is asked are two paragraphs, as the table layout reads them.
            cells.append("\n".join(line for line in _block_lines(cell._tc, cell, numbering) if line.strip()))
        line = "\t".join(cells)
        if line.strip():
            yield line
