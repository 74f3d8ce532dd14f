"""The text layer of a PDF, page by page in order, pages joined with a line break."""

from __future__ import annotations

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from summarizer.errors import InputError

_DAMAGED_ZH = "PDF 文件已损坏，无法读取，请重新导出后上传。"


def pdf_text(data: bytes, name: str) -> str:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
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
    return "\n".join(pages)


def _explain(exc: BaseException, name: str) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in repr(cause).lower():
        return f"{name}: the PDF is encrypted (password-protected); remove the password and try again"
    return f"{name}: the PDF is damaged and cannot be read ({cause}); export it again"
