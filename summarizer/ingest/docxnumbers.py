"""The numbers Word draws before its automatically numbered paragraphs (`一、`, `（一）`, `1.`).

They live in the numbering part, not in the paragraph's text, so a minutes document numbered by
Word would reach the rules with its item headings bare. `Numbering.label(paragraph)` gives the
label Word displays, counting as Word counts: one counter per list and level, a level's counter
restarting when a level above it moves on.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_W_VAL = qn("w:val")
_CN_DIGITS = "零一二三四五六七八九"
_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


class Numbering:
    """The list definitions of one document and the counters of the paragraphs read so far."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → level → (start, format, text)
        self._counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # (no numbering part: nothing is numbered by Word)
        abstract = {
            node.get(qn("w:abstractNumId")): _level_table(node) for node in numbering.iterchildren(qn("w:abstractNum"))
        }
        for num in numbering.iterchildren(qn("w:num")):
            abstract_id = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(abstract_id.get(_W_VAL), {})) if abstract_id is not None else {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                level, start = int(override.get(qn("w:ilvl"), "0")), override.find(qn("w:startOverride"))
                if level in levels and start is not None:
                    levels[level] = (int(start.get(_W_VAL, "1")), *levels[level][1:])
            self._levels[num.get(qn("w:numId"))] = levels

    def label(self, paragraph: Any) -> str:
        """The number Word shows before `paragraph` (and counts it), or "" when it has none."""
        found = _num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        levels = self._levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # (a level restarts under the next number above it)
        _, number_format, text = levels[level]
        for shown in range(9):
            if f"%{shown + 1}" in text:
                count = counters.get(shown, levels[shown][0] if shown in levels else 1)
                text = text.replace(f"%{shown + 1}", _formatted(count, levels.get(shown, (1, number_format, ""))[1]))
        return "" if number_format in ("none", "bullet") else text  # (a bullet is a glyph of a symbol font)


def _level_table(abstract_num: Any) -> dict[int, tuple[int, str, str]]:
    levels = {}
    for level in abstract_num.iterchildren(qn("w:lvl")):
        start, number_format, text = level.find(qn("w:start")), level.find(qn("w:numFmt")), level.find(qn("w:lvlText"))
        levels[int(level.get(qn("w:ilvl"), "0"))] = (
            int(start.get(_W_VAL, "1")) if start is not None else 1,
            number_format.get(_W_VAL, "decimal") if number_format is not None else "decimal",
            text.get(_W_VAL, "") if text is not None else "",
        )
    return levels


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The list and level of a paragraph: its own, else its style's (and the styles it is based on)."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style if num_pr is None else None
    while num_pr is None and style is not None:
        style_pr = style.element.pPr
        num_pr = style_pr.numPr if style_pr is not None else None
        style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = str(num_pr.numId.val)
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return (num_id, int(level)) if num_id != "0" else None


def _formatted(count: int, number_format: str) -> str:
    if number_format in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
                         "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(count, _CN_DIGITS)
    if number_format in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return _chinese(count, _LEGAL_DIGITS).replace("十", "拾")
    if number_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= count <= len(_CIRCLED):
        return _CIRCLED[count - 1]
    if number_format == "decimalEnclosedParen" and 1 <= count <= len(_PAREN_DIGITS):
        return _PAREN_DIGITS[count - 1]
    if number_format == "decimalFullWidth":
        return "".join(chr(ord(ch) + 0xFEE0) for ch in str(count))
    if number_format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter if number_format == "upperLetter" else letter.lower()
    if number_format in ("upperRoman", "lowerRoman"):
        roman = _roman(count)
        return roman if number_format == "upperRoman" else roman.lower()
    return str(count)


def _chinese(count: int, digits: str) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word counts in Chinese)."""
    if count < 10:
        return digits[count]
    if count < 20:
        return "十" + (digits[count % 10] if count % 10 else "")
    if count < 100:
        return digits[count // 10] + "十" + (digits[count % 10] if count % 10 else "")
    rest = count % 100
    tail = "" if rest == 0 else (digits[0] if rest < 10 else "") + _chinese(rest, digits)
    if 10 <= rest < 20:
        tail = digits[1] + tail  # (一百一十二, not 一百十二)
    return digits[count // 100] + "百" + tail


def _roman(count: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while count >= value:
            out, count = out + numeral, count - value
    return out
