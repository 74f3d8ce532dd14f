"""The text layer of a PDF, page by page in order, pages joined with a line break.

pdfminer (through pdfplumber) reads the text. When it can map most glyphs to no character
(`(cid:N)`: a CID font it finds no Unicode map for, typical of owner-password PDFs exported for
printing), PDFium, which pdfplumber installs anyway, reads the page again with its own CMaps; a
text layer neither can read is refused by name, never passed on as garbage."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from summarizer.errors import InputError

_DAMAGED_ZH = "PDF 文件已损坏，无法读取，请重新导出后上传。"
# pdfminer writes a glyph it cannot map to Unicode as `(cid:N)`: a CID font with neither a
# ToUnicode map nor a known character collection. Such a text layer is not text at all.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_UNMAPPED_SHARE = 0.3


def pdf_text(data: bytes, name: str) -> str:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
            encrypted = pdf.doc.encryption is not None
    except (PdfminerException, PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as exc:
        message = _explain(exc, name)
        zh = "PDF 文件已加密，请去除密码后再上传。" if "encrypted" in message else _DAMAGED_ZH
        raise InputError(message, zh=zh) from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        # A damaged PDF reaches pdfminer's parser in ways it does not wrap.
        raise InputError(
            f"{name}: the PDF is damaged and cannot be read ({exc!r}); export it again", zh=_DAMAGED_ZH
        ) from exc
    if not pages:
        raise InputError(f"{name}: the PDF has no pages", zh="PDF 文件没有页面，请检查后重新上传。")
    if not any(page.strip() for page in pages):
        raise InputError(
            f"{name}: the PDF has no text layer (a scan of {len(pages)} page(s)); "
            "run OCR on it first (e.g. ocrmypdf -l chi_sim) and give the OCRed PDF",
            zh="该 PDF 是扫描件，没有文字层，请先进行文字识别（OCR）后再上传。",
        )
    text = "\n".join(pages)
    if not _mostly_unmapped(text):
        return text
    recovered = _pdfium_text(data)
    if recovered is not None and _readable(recovered):
        return recovered
    raise _unmapped_error(name, encrypted=encrypted)


def _mostly_unmapped(text: str) -> bool:
    unmapped = sum(len(m) for m in _UNMAPPED.findall(text))
    return unmapped > 0 and unmapped >= _UNMAPPED_SHARE * len("".join(text.split()))


def _pdfium_text(data: bytes) -> str | None:
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    except pypdfium2.PdfiumError:
        return None
    finally:
        document.close()
    return "\n".join(pages).replace("\r\n", "\n").replace("\r", "\n")


def _readable(text: str) -> bool:
    """Mostly letters, digits and punctuation: not private-use or unassigned code points."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    junk = sum(unicodedata.category(c) in {"Co", "Cn", "Cs", "Cc"} or c == "\ufffd" for c in visible)
    return junk <= 0.1 * len(visible)


def _unmapped_error(name: str, *, encrypted: bool) -> InputError:
    what = "an encrypted PDF (owner password) whose" if encrypted else "a PDF whose"
    what_zh = "该 PDF 已加密（设有所有者密码），且" if encrypted else "该 PDF "
    return InputError(
        f"{name}: {what} text uses a CID font without a Unicode map, so its characters cannot be read as "
        "text; print it to a new PDF from a PDF reader (or export it again from the original document), "
        "or run OCR on it (e.g. ocrmypdf --force-ocr -l chi_sim) and give that PDF",
        zh=f"{what_zh}文字使用了没有 Unicode 映射的 CID 字体，无法读取文字；请用 PDF 阅读器另存（打印）为新的 PDF，"
        "或从原始文档重新导出，或先做 OCR 文字识别后再上传",
    )


def _explain(exc: BaseException, name: str) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in repr(cause).lower():
        return f"{name}: the PDF is encrypted (password-protected); remove the password and try again"
    return f"{name}: the PDF is damaged and cannot be read ({cause}); export it again"
