"""CID-font PDFs: read when a reader can map their glyphs, else named as such, not "not minutes".

Owner-password PDFs exported for printing often carry CID fonts that pdfminer maps to no
character (`(cid:N)` for every glyph): reportlab's own STSong-Light, once the PDF is encrypted,
is one. PDFium reads those; a font whose codes map to nothing real is refused by name.
"""

from __future__ import annotations

import copy
import io

import pytest
from reportlab.lib import pdfencrypt
from reportlab.pdfbase import _cidfontdata, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from summarizer.errors import InputError
from summarizer.ingest import read_bytes
from tests.variants import printed_lines

NO_MAP_FACE = "NoUnicodeMap-Light"
LINES = [
    "太仓市人民政府常务会议纪要",
    "2023年5月23日上午，市长主持召开市政府第10次常务会议。",
    "一、审议《关于某项工作的方案》",
]


def _register_face_without_unicode_map() -> None:
    """STSong-Light's metrics under a name whose character collection is `Adobe-Identity`: a
    reader has no table from its CIDs to Unicode (the PDF embeds no ToUnicode map either)."""
    if NO_MAP_FACE in pdfmetrics.getRegisteredFontNames():
        return
    info = copy.deepcopy(_cidfontdata.CIDFontInfo["STSong-Light"])
    info["BaseFont"] = info["DescendantFonts"][0]["BaseFont"] = "/" + NO_MAP_FACE
    info["DescendantFonts"][0]["CIDSystemInfo"]["Ordering"] = "(Identity)"
    _cidfontdata.CIDFontInfo[NO_MAP_FACE] = info
    _cidfontdata.typeFaces_chs.append(NO_MAP_FACE)
    _cidfontdata.allowedTypeFaces.append(NO_MAP_FACE)
    _cidfontdata.defaultUnicodeEncodings[NO_MAP_FACE] = _cidfontdata.defaultUnicodeEncodings["STSong-Light"]
    _cidfontdata.widthsByUnichar[NO_MAP_FACE] = _cidfontdata.widthsByUnichar["STSong-Light"]
    pdfmetrics.registerFont(UnicodeCIDFont(NO_MAP_FACE))


def pdf(face: str, *, owner_password: str | None) -> bytes:
    if face == NO_MAP_FACE:
        _register_face_without_unicode_map()
    elif face not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(face))
    encrypt = None
    if owner_password is not None:  # opens without a password; copying text is forbidden
        encrypt = pdfencrypt.StandardEncryption("", ownerPassword=owner_password, canCopy=0)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1, encrypt=encrypt)
    for index, line in enumerate(printed_lines("\n".join(LINES))):
        page.setFont(face, 14)
        page.drawString(72, 760 - 26 * index, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def unmappable(owner_password: str | None) -> bytes:
    """Glyph codes that are private-use code points under an Identity-H encoding, with an
    `Adobe-Identity` collection and no ToUnicode map: no reader can turn them into text."""
    _register_face_without_unicode_map()
    encrypt = None if owner_password is None else pdfencrypt.StandardEncryption("", ownerPassword=owner_password)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1, encrypt=encrypt)
    page.setFont(NO_MAP_FACE, 14)
    page.drawString(72, 760, "".join(chr(0xE000 + 7 * i) for i in range(40)))
    page.showPage()
    page.save()
    data = buffer.getvalue()
    assert data.count(b"/UniGB-UCS2-H") == 1  # a PDF name: never encrypted, same length keeps the xref
    return data.replace(b"/UniGB-UCS2-H", b"/Identity-H  ")


def read(data: bytes) -> str:
    return read_bytes(data, "locked.pdf", max_bytes=10 * 1024 * 1024).text


def refusal(data: bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read(data)
    return caught.value


@pytest.mark.parametrize("face", ["STSong-Light", NO_MAP_FACE])
def test_an_owner_password_pdf_whose_cid_fonts_pdfminer_cannot_map_still_reads(face: str) -> None:
    assert read(pdf(face, owner_password="owner-only")).splitlines() == LINES


def test_an_unencrypted_cid_pdf_reads_as_before() -> None:
    assert read(pdf("STSong-Light", owner_password=None)).splitlines() == LINES


def test_an_owner_password_pdf_with_unmappable_cid_fonts_is_named_with_what_to_do() -> None:
    error = refusal(unmappable(owner_password="owner-only"))
    message = str(error)
    assert message.startswith(
        "locked.pdf: an encrypted PDF (owner password) whose text uses a CID font without a Unicode map"
    )
    assert "ocrmypdf" in message and "not look like meeting minutes" not in message
    assert error.zh is not None and "CID 字体" in error.zh and "加密" in error.zh


def test_without_encryption_it_is_named_too() -> None:
    message = str(refusal(unmappable(owner_password=None)))
    assert message.startswith("locked.pdf: a PDF whose text uses a CID font without a Unicode map")
