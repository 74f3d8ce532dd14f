"""Read an input file into a `SourceText`: .txt, .pdf, .docx or .html, told apart by content.

The format comes from the bytes (magic numbers, HTML markup), never from the file name, so a
PDF saved as `.txt` still reads. Plain text is kept exactly as decoded (spans point into it),
minus a byte-order mark, with Windows-1252 mojibake (`â€œ`) restored to what it encoded, and the
cells of a table typed as text joined by tabs (texttable.py).
Every way a file can be unusable ends in one `InputError` line that says what is wrong and
what to do.
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from pathlib import Path
from typing import Literal

from summarizer.errors import InputError
from summarizer.ingest import sniff
from summarizer.ingest.mojibake import repair_mojibake
from summarizer.ingest.textdecode import Decoded, bom_encoding, decode_declared, decode_text
from summarizer.ingest.texttable import tabbed_tables
from summarizer.schema import SourceText

MediaType = Literal["text", "pdf", "docx", "html"]
# The file types a folder walk picks up (content decides the format; the suffix only selects).
SUPPORTED_SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".html", ".htm"})


_LIMIT_HINT = "set SUMMARIZER_MAX_INPUT_MB to raise the limit"

# Binary formats we recognise only to refuse them with a useful message.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image; run OCR on it and give the text"),
    (b"\xff\xd8\xff", "a JPEG image; run OCR on it and give the text"),
    (b"GIF87a", "a GIF image; run OCR on it and give the text"),
    (b"GIF89a", "a GIF image; run OCR on it and give the text"),
    (b"II*\x00", "a TIFF image; run OCR on it and give the text"),
    (b"MM\x00*", "a TIFF image; run OCR on it and give the text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office (.doc/.wps/.xls) file; save it as .docx"),
    (b"{\\rtf", "an RTF file; save it as .docx or .txt"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"\x7fELF", "a program, not a document"),
    (b"MZ", "a Windows program, not a document"),
)


_NOT_A_DOCUMENT_ZH = "这不是会议纪要文档，请上传 PDF、DOCX、TXT 或 HTML 文件。"
_IMAGE_ZH = "这是图片文件，请先进行文字识别（OCR），再上传识别后的 PDF 或文字文件。"
_ARCHIVE_ZH = "这是压缩包，请先解压，再上传其中的会议纪要文件。"
_REFUSED_ZH: dict[bytes, str] = {
    b"II*\x00": _IMAGE_ZH,
    b"MM\x00*": _IMAGE_ZH,
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "这是旧版 Office 文件（.doc/.wps/.xls），请另存为 .docx 后上传。",
    b"{\\rtf": "这是 RTF 文件，请另存为 .docx 或 .txt 后上传。",
    b"\x1f\x8b": _ARCHIVE_ZH,
    b"Rar!": _ARCHIVE_ZH,
    b"7z\xbc\xaf\x27\x1c": _ARCHIVE_ZH,
}


def read_path(path: Path, *, max_bytes: int) -> SourceText:
    """Read a file, refusing a too-large one from its size before loading any of it."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file; check the path", zh="找不到该文件，请检查路径。") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}", zh="无法读取该文件，请检查文件权限。") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(
            f"{path}: is a directory; give one minutes file (.txt, .pdf, .docx or .html)",
            zh="这是一个文件夹，请选择一份会议纪要文件（TXT、PDF、DOCX 或 HTML）。",
        )
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"{path}: is not a regular file; give one minutes file (.txt, .pdf, .docx or .html)",
            zh="这不是普通文件，请选择一份会议纪要文件（TXT、PDF、DOCX 或 HTML）。",
        )
    _check_size(info.st_size, max_bytes, str(path))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}", zh="无法读取该文件，请检查文件权限。") from exc
    return read_bytes(data, str(path), max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, *, max_bytes: int) -> SourceText:
    _check_size(len(data), max_bytes, name)
    if not data.strip():
        raise InputError(f"{name}: the file is empty; nothing to summarize", zh="文件为空，请检查后重新上传。")
    media_type, text, encoding = _decode(data, name, max_bytes=max_bytes)
    text = repair_mojibake(text)
    if media_type == "text":
        text = tabbed_tables(text)  # `1｜审议《A》｜原则同意` rows: the cells a table's reader gives
    if not text.strip():
        raise InputError(
            f"{name}: the file has no text, only whitespace; nothing to summarize",
            zh="文件中没有文字内容，请检查后重新上传。"
        )
    return SourceText(
        text=text,
        path=name,
        media_type=media_type,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )


def _check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise InputError(
            f"{name}: the file is {_megabytes(size)}, over the input limit of {_megabytes(max_bytes)}; "
            f"{_LIMIT_HINT}",
            zh=f"文件大小 {_megabytes(size)}，超过上限 {_megabytes(max_bytes)}。",
        )


_DOCX_PART = "word/document.xml"  # the part every .docx has (as docxtext.DOCX_PART)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _decode(data: bytes, name: str, *, max_bytes: int) -> tuple[MediaType, str, str | None]:
    if _is_pdf(data):
        from summarizer.ingest.pdftext import pdf_text  # readers load their libraries when used

        return "pdf", pdf_text(data, name), None
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        _require_docx(data, name)
        from summarizer.ingest.docxtext import docx_text

        return "docx", docx_text(data, name, max_bytes=max_bytes), None
    for magic, what in _REFUSED_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}", zh=_REFUSED_ZH.get(magic, _NOT_A_DOCUMENT_ZH))
    if sniff.looks_like_html(_ascii_head(data)):
        decoded = _decode_html_bytes(data, name)
        return "html", _article_text(decoded.text, name), decoded.encoding
    decoded = decode_text(data, name)
    if sniff.looks_like_html(decoded.text[:1024]):  # UTF-16 pages are not ASCII-compatible
        return "html", _article_text(decoded.text, name), decoded.encoding
    return "text", decoded.text, decoded.encoding


def _article_text(html: str, name: str) -> str:
    from summarizer.ingest.htmlbody import article_text

    return article_text(html, name)


def _is_pdf(data: bytes) -> bool:
    # The PDF header may follow a little junk, but a real PDF also ends with an EOF marker.
    start = data.find(b"%PDF-", 0, 1024)
    return start == 0 or (start > 0 and b"%%EOF" in data[-2048:])


def _require_docx(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise InputError(
            f"{name}: a damaged ZIP archive, not a readable .docx; save it again",
            zh="文件已损坏，无法读取，请重新保存后上传。"
        ) from exc
    if _DOCX_PART in members:
        return
    if "OFD.xml" in members:
        raise InputError(
            f"{name}: this is an OFD document; export it as PDF or .docx first",
            zh="这是 OFD 文件，请先导出为 PDF 或 .docx 再上传。"
        )
    if "xl/workbook.xml" in members:
        raise InputError(
            f"{name}: this is an Excel workbook, not minutes; give the .docx or PDF",
            zh="这是 Excel 表格，不是会议纪要，请上传纪要的 .docx 或 PDF 文件。",
        )
    raise InputError(
        f"{name}: a ZIP archive that is not a Word .docx (no {_DOCX_PART}); unpack it first", zh=_ARCHIVE_ZH
    )


def _ascii_head(data: bytes) -> str:
    head = data[:4096]
    if bom_encoding(head) == "utf-8-sig":
        head = head[3:]
    return head.decode("latin-1")


def _decode_html_bytes(data: bytes, name: str) -> Decoded:
    """A page's own charset declaration wins, unless a BOM says otherwise or it does not decode."""
    if bom_encoding(data) is None:
        declared = sniff.declared_charset(data)
        if declared is not None:
            decoded = decode_declared(data, declared, name)
            if decoded is not None:
                return decoded
    return decode_text(data, name)
