"""The text layer of a PDF, page by page in order, pages joined with a line break."""

from __future__ import annotations

import io

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from summarizer.errors import InputError


def pdf_text(data: bytes, name: str) -> str:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except (PdfminerException, PDFSyntaxError, PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise InputError(_explain(exc, name)) from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        # A damaged PDF reaches pdfminer's parser in ways it does not wrap.
        raise InputError(f"{name}: the PDF is damaged and cannot be read ({exc!r}); export it again") from exc
    if not pages:
        raise InputError(f"{name}: the PDF has no pages")
    if not any(page.strip() for page in pages):
        raise InputError(
            f"{name}: the PDF has no text layer (a scan of {len(pages)} page(s)); "
            "run OCR on it first (e.g. ocrmypdf -l chi_sim) and give the OCRed PDF"
        )
    return "\n".join(pages)


def _explain(exc: BaseException, name: str) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in repr(cause).lower():
        return f"{name}: the PDF is encrypted (password-protected); remove the password and try again"
    return f"{name}: the PDF is damaged and cannot be read ({cause}); export it again"
