"""Decode the bytes of a plain-text document, detecting the encoding instead of guessing it.

The order is fixed and each step is strict, so a file is never silently mis-decoded:
byte-order marks, UTF-16 recognised by where its NUL bytes sit, strict UTF-8, strict GB18030
(a superset of GBK and GB2312), UTF-16 without any ASCII, and only then charset-normalizer.
The decoded text is returned exactly as decoded, minus a leading BOM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import charset_normalizer

from summarizer.errors import InputError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)

# Aliases an HTML page may declare, mapped to the codec we decode with.
_CODEC_ALIASES = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "utf8": "utf-8",
}

# Share of characters allowed to be control characters before the file counts as binary.
_MAX_CONTROL_RATIO = 0.01
# Unicode's control characters (category Cc: C0, DEL, C1) other than the whitespace ones (\t \n \v \f \r).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_text(data: bytes, name: str) -> Decoded:
    """Decode `data` as text; InputError when it is binary or in no encoding we can detect."""
    decoded = _detect(data, name)
    text = decoded.text.removeprefix("\ufeff")
    _reject_binary(text, name)
    return Decoded(text=text, encoding=decoded.encoding)


def decode_declared(data: bytes, declared: str, name: str) -> Decoded | None:
    """Decode with a charset a document declares itself; None when it is unknown or wrong."""
    codec = _CODEC_ALIASES.get(declared.lower(), declared.lower())
    try:
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    return Decoded(text=text.removeprefix("\ufeff"), encoding=codec)


def bom_encoding(data: bytes) -> str | None:
    for bom, _codec, label in _BOMS:
        if data.startswith(bom):
            return label
    return None


BINARY_ZH = "这不是文字文件，请上传 PDF、DOCX、TXT 或 HTML 格式的会议纪要。"


def _detect(data: bytes, name: str) -> Decoded:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), label)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: starts with a {label} byte-order mark but is not valid {label}; "
                    "re-save it as UTF-8",
                    zh="文件编码有误，请另存为 UTF-8 文本后上传。",
                ) from exc
    utf16 = _utf16_by_nul_pattern(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        # Only UTF-16 text may hold NULs (一 is U+4E00); anything else with them is binary.
        utf16 = _utf16_without_ascii(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"{name}: contains NUL bytes, so it is a binary file, not text; give a .txt, .pdf, "
                         ".docx or .html file", zh=BINARY_ZH)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_ascii(data)
    if utf16 is not None:
        return utf16
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(
            f"{name}: not text in any encoding we can detect (tried UTF-8, UTF-16, GB18030); "
            "re-save it as UTF-8 text",
            zh="无法识别文件的文字编码，请另存为 UTF-8 文本后上传。",
        )
    return Decoded(str(best), best.encoding)


def _utf16_by_nul_pattern(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: ASCII characters put their NUL byte on one side of each pair."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    pairs = len(data) // 2
    # ASCII line breaks and digits put NULs on one side; CJK characters like 一 (U+4E00) put a
    # few on the other, so ask for a clear majority rather than none at all.
    if odd_nuls >= max(2, pairs // 50) and even_nuls * 4 <= odd_nuls:
        codec = "utf-16-le"
    elif even_nuls >= max(2, pairs // 50) and odd_nuls * 4 <= even_nuls:
        codec = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _utf16_without_ascii(data: bytes) -> Decoded | None:
    """UTF-16 text of CJK characters only has no NULs; accept it only if it reads as CJK."""
    if len(data) < 2 or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if _is_cjk(ch))
        if cjk >= 0.9 * len(text):
            return Decoded(text, codec)
    return None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def _reject_binary(text: str, name: str) -> None:
    if not text:
        return
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if "\x00" in text or controls > _MAX_CONTROL_RATIO * len(text):
        raise InputError(
            f"{name}: {controls} of {len(text)} characters are control characters, so this is a binary "
            "file, not text; give a .txt, .pdf, .docx or .html file",
            zh=BINARY_ZH,
        )
