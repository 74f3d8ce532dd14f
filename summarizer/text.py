"""Normalization that keeps a map from every normalized character back to the original.

What it undoes (PDF extraction and mirror-site artifacts), and only that:
- CRLF, BOM; Kangxi radicals and CJK compatibility ideographs (`⼀` → `一`); full-width
  digits and Latin letters. Not blanket NFKC: that would turn `，：；（）` into ASCII.
- Traditional characters → Simplified (OpenCC), when the text is Traditional.
- Pinyin noise inserted by mirror sites: `區(qū)` → `區`.
- Page furniture blanked, one space for each character: printed page numbers, a running head, a TV
  script's labels, a report's caption before a bar (`聚焦项目建设 ▏会议…`).
- Spaces inside Chinese text (`第 1 4 号`, `2023年 7月`, leading spaces at page breaks); a
  single space survives only between two Latin words.
- Line breaks: when lines are printed-line wraps (PDF text), they are removed, since only
  markers tell where paragraphs start; otherwise each run of line breaks becomes one `\\n`.

`clean(fragment)` applies the same character rules to a short string with every break
removed: it is what a grounded value must equal when its span is sliced from the original.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from summarizer.regexes import first_chars, guarded
from summarizer.schema import Alignment, Span

_TERMINAL = "。！？；：”’」』》）)…"
_SENTENCE_END = "。！？：；"
# What opens a new paragraph after a short printed line: the meeting's next sentence, a trailer label.
_NEXT_PARAGRAPH = ("会议", "会后", "出席", "列席", "请假", "缺席", "记录", "主送", "抄送", "分送", "附件")
_FOOTER_ENDS = ("印发", "整理")
# A paragraph of directives opens so even after a full line (`…审定。` / `会议要求，…`); `会后由…`
# after `原则同意《…》。` is the same paragraph running on.
_DIRECTIVE_OPENERS = ("会议要求", "会议强调", "会议指出")
# (and the trailer's labels: `…控辍保学工作。` / `附件：议定事项督办表`, `出席：…`, however full the line before)
_OPENS_AFTER_A_SENTENCE = (*_DIRECTIVE_OPENERS, "附件", "出席", "列席", "主送", "抄送")
_SHORT_LINE = 0.85  # of the printed width: shorter and ending a sentence, the line ends a paragraph
_EDGE = " \n，。；、：:;,.\u3000"
PARAGRAPH_EDGE = " \n\u3000"
_HSPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_BULLETS = "●■◆▲★◇□•✅☑✔✓📌▶►"  # (a digest's lines open with them)
_MARKER_START = re.compile(
    rf"[（(〔【]?[一二三四五六七八九十\d]+[）)〕】、.．]|[①-⑳{_BULLETS}]|[出列主抄]\s*[送席]\s*[：:]"
)
_MARKER_FIRST = first_chars(_MARKER_START.pattern) or frozenset()  # a set check before the regex: 3x faster
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
# A learning site's gloss after a word: its pinyin (`區(qū)`, `黄子聪(Huáng Zǐcōng)`) or its English in lower case
# (`提质增效(improve quality and efficiency)`; an acronym, `(GDP)`, is the text's own).
_PINYIN_NOISE = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（](?:[A-Za-zü]*[{_TONED}][A-Za-zü{_TONED} '’-]*|[a-z]+(?: [a-z]+){{0,6}})[)）]"
)
# Control characters (a stray \x01 from a PDF or a bad conversion): dropped, they are not text and
# XML (DOCX, XLSX) cannot hold them. Bidirectional controls (embeddings, overrides, isolates, the
# LRM/RLM/ALM marks) are dropped too: Chinese minutes never need them, and planted in a unit or a
# task they make a page, a spreadsheet or a terminal show characters in another order than stored.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x08\x0e-\x1b\x7f{BIDI_CONTROLS}]+")


def without_controls(name: str) -> str:
    """A name (a file's) without control or bidirectional characters, as it is shown and stored."""
    return _CONTROL.sub("", name)


# A printed page number on a line of its own (`— 1 —`, `- 12 -`, centred with spaces): page furniture.
_PAGE_DASH = "[—\u2013\uff0d-]{1,2}"
_PAGE_NUMBER = re.compile(
    rf"^[ \t\u3000\f]*{_PAGE_DASH}[ \t\u3000]*\d{{1,3}}[ \t\u3000]*{_PAGE_DASH}[ \t\u3000]*$", re.MULTILINE
)
# `第 1 页 共 5 页`, `第2页/共5页`, `第 1 页`: a word processor's page footer, on a line of its own.
_PAGE_OF = re.compile(
    r"^[ \t\u3000\f]*第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000，,/]*"
    r"共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?[ \t\u3000]*$",
    re.MULTILINE,
)
_INLINE_PAGE_NUMBER = re.compile(rf"(?<=[ \u3000]){_PAGE_DASH}[ \u3000]*\d{{1,3}}[ \u3000]*{_PAGE_DASH}(?=[ \u3000])")
_DASHES = ("-", "—", "\u2013", "\uff0d")  # (`－ 3 －` with the full-width hyphen-minus too)
# The derived first-character guard spares the pinyin lookbehind at every position.
# `??? 会议听取了…`: a line's full-width indentation that a codepage without it turned into `?`s.
_LOST_INDENT = re.compile(r"(?:^|(?<=[\n \t\u3000]))\?{2,6}(?=[ \t\u3000])")
_DROPPED_OR_SPACE = guarded(rf"{_PINYIN_NOISE.pattern}|{_CONTROL.pattern}|{_LOST_INDENT.pattern}|[\s\u200b\ufeff]+")


def _char_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
    for lo, hi in ranges:
        for code in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
    for code in range(0xFF10, 0xFF1A):  # full-width digits
        table[code] = chr(code - 0xFEE0)
    for code in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)):  # full-width Latin
        table[code] = chr(code - 0xFEE0)
    table[ord("\r")] = "\n"
    return table


_CHAR_TABLE = _char_table()
_MAPPED_CHARS = re.compile(r"[\r\u2e80-\u2fdf\uf900-\ufaff\uff10-\uff5a\U0002f800-\U0002fa1f]")


# Half-width `,` `;` `:` written between Chinese words (OCR output, some CMSs, text typed on a
# Latin keyboard) are the full-width marks every rule reads: `会议要求,各部门要…`, also a space
# after the word (`…安全生产工作 ;听取了…`). Between digits or Latin words they stay (`1,200`,
# `10:30`, `http://`).
_HALF_WIDTH_PUNCTUATION = re.compile(
    r"[,;:](?:(?<=[\u3400-\u9fff》”）)][,;:])|(?<=[\u3400-\u9fff》”）)][ \u3000][,;:]))"
    r"(?=\s*[\u3400-\u9fff《“（(\d])"
)
_FULL_WIDTH = {",": "，", ";": "；", ":": "："}
# A half-width `.` ending a Chinese sentence (`…第14次常务会议.会议学习了…`) is its full stop; between digits
# or Latin words it stays (`3.5`, `www.gov.cn`).
_HALF_WIDTH_STOP = re.compile(r"(?<=[\u3400-\u9fff》”）)])\.(?=\s*[\u3400-\u9fff《“])")
# (not a heading's number typed with a period: `四.听取…汇报` opening a line)
_NUMBER_OPENING_A_LINE = re.compile(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}$")
# A lone dash between Chinese words before a word `一` opens is how OCR reads `一` (`-窗受理`, `，—个月内`,
# `—是…`); a web page's dash between places is a dash (`县城—砖壁公路`, `县城—北社段`).
_AFTER_ONE = "个窗是要律批次项件条张份名位户场轮道起并体季周天年般直定些步线站网票把级类旦样致切同心"
_OCR_ONE = re.compile(rf"[-—](?<=[\u4e00-\u9fff“，、；：（][-—])(?=[{_AFTER_ONE}])")
# A letter O typed for 〇 in a year written in Chinese numerals (`二O一O年`; also the full-width and the
# Cyrillic letter): 〇.
_LETTER_OS = "Oo\uff2f\u041e"
_LETTER_ZERO = re.compile(
    rf"[{_LETTER_OS}](?=[一二三四五六七八九〇○{_LETTER_OS}]{{0,3}}年)(?<=[二一〇○{_LETTER_OS}][{_LETTER_OS}])"
)


def _full_stop(text: str, at: int) -> str:
    """`。` for the half-width `.` at `at`, unless it follows a heading's number at a line start."""
    line_start = text.rfind("\n", 0, at) + 1
    return "." if _NUMBER_OPENING_A_LINE.search(text, max(0, line_start - 1), at) else "。"


def _replace_mapped(text: str) -> str:
    """`text.translate(_CHAR_TABLE)`, touching only the few characters that change (much faster),
    half-width punctuation between Chinese words made full-width (a `.` ending a sentence a `。`),
    OCR's dash for `一` and a typed letter O for `〇` in a year undone (one character for one)."""
    text = _MAPPED_CHARS.sub(lambda match: _CHAR_TABLE.get(ord(match.group()), match.group()), text)
    if "," in text or ";" in text or ":" in text:  # a substring check first: the scan costs 20x more
        text = _HALF_WIDTH_PUNCTUATION.sub(lambda match: _FULL_WIDTH[match.group()], text)
    if "." in text:
        text = _HALF_WIDTH_STOP.sub(lambda stop: _full_stop(text, stop.start()), text)
    if "-" in text or "—" in text:
        text = _OCR_ONE.sub("一", text)
    if any(letter in text for letter in _LETTER_OS):
        text = _LETTER_ZERO.sub("〇", text)
    return text


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    """Traditional → Simplified, one character for one character (offsets stay valid)."""
    converted: str = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def looks_traditional(text: str) -> bool:
    sample = _NOT_HAN.sub("", text[:800])[:250]
    if len(sample) < 20:
        return False
    traditional = _traditional_characters()
    changed = sum(ch in traditional for ch in sample)
    return changed / len(sample) > 0.04


@lru_cache(maxsize=1)
def _traditional_characters() -> frozenset[str]:
    """The characters of the CJK block that t2s changes, from one OpenCC call (~10 ms, once): a
    set lookup per character then replaces a conversion per document."""
    block = [chr(code) for code in range(0x4E00, 0xA000)]
    converted = _t2s().convert("\n".join(block)).split("\n")  # a line each: no phrase spans two
    if len(converted) != len(block):
        converted = [_t2s().convert(ch) for ch in block]
    return frozenset(ch for ch, simplified in zip(block, converted, strict=True) if ch != simplified)


def printed_width(text: str) -> int | None:
    """The printed line width when line breaks are wraps (a PDF's text layer), else None.

    A wrap is a full-width line that stops mid-sentence; headings and header lines, which
    also end without punctuation, are shorter than the printed width and do not count.
    """
    lines = [line.strip(_HSPACE) for line in text.split("\n")]
    # A table row (cells a reader joined with tabs) ends at its last cell, never at a wrap; a page
    # that is mostly such rows is a document's table, not a printed page's text layer.
    rows = sum(1 for line in lines if "\t" in line)
    lines = [line for line in lines if line and "\t" not in line]
    if len(lines) < 4 or rows >= len(lines):
        return None
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if lengths[-1] > 2 * width:
        return None  # a line twice the width was never wrapped at it: a short page's lines are paragraphs
    full = 0.7 * width
    wraps = full_lines = 0
    for line, following in itertools.pairwise(lines):
        full_lines += len(line) >= full
        if len(line) >= full and line[-1] not in _TERMINAL and not (
            following[0] in _MARKER_FIRST and _MARKER_START.match(following)
        ) and not _LABEL_START.match(following):  # (`要求：…` under a line opens a field, no wrap goes on)
            wraps += 1
    # (or most full lines wrap, on a page of many short lines: headings, `会议要求：`, `①…` under them)
    mostly_wraps = wraps >= _FEW_WRAPS and wraps >= 0.5 * full_lines
    return width if wraps / (len(lines) - 1) >= 0.3 or mostly_wraps else None


_FEW_WRAPS = 4


def _indents_paragraphs(text: str) -> bool:
    """A printed page whose paragraphs open indented (`　　会议原则同意…`) and whose other lines do not:
    an indented line starts a paragraph, also after a full line (a heading as wide as the page). A
    page that indents every line (a left margin) says nothing by it."""
    lines = [line for line in text.split("\n") if line.strip(_HSPACE)]
    indented = sum(1 for line in lines if len(line) - len(line.lstrip(_HSPACE)) >= _INDENT)
    return 0 < indented <= _MOSTLY * len(lines)


_INDENT = 2  # spaces (full- or half-width) that open an indented line
_MOSTLY = 0.6


def _is_footer_line(text: str, start: int) -> bool:
    """The printed line at `start` is the office's `…印发` / `…整理` line."""
    end = text.find("\n", start)
    return text[start : end if end != -1 else len(text)].rstrip().endswith(_FOOTER_ENDS)


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lost_paragraph_breaks(text: str) -> set[int]:
    """Where spaces after a full stop before Chinese words start, on lines with two such or more:
    paragraph breaks the page lost (`…其他事项。 会前，…。 会议指出，…`; one alone is a space inside a
    paragraph). On such a line a space before a number or the meeting's next sentence is one too (a PDF's
    text that lost every break: `…。 二、关于《A》的事项 会议审议了…`)."""
    by_line: dict[int, list[int]] = {}
    openers: dict[int, list[int]] = {}
    line_start = scanned = 0
    for match in _SPACED_BREAK.finditer(text):
        newline = text.rfind("\n", scanned, match.start())  # (only the text since the last match: linear)
        line_start = newline + 1 if newline != -1 else line_start
        scanned = match.start()
        sentence_end = text[match.start()] in "。！？"
        (by_line if sentence_end else openers).setdefault(line_start, []).append(match.start() + 1)
    return {
        at for line, spaces in by_line.items() if len(spaces) >= 2 for at in (*spaces, *openers.get(line, []))
    }


# (a sentence's end, or a heading's last word before a number or `会议`, then spaces and the next words)
_SPACED_BREAK = re.compile(
    r"[。！？][ \u3000\xa0]+[\u4e00-\u9fff]|[\u4e00-\u9fff》）)：][ \u3000\xa0]+(?=[一二三四五六七八九十]{1,3}、|会议)"
)


def _mid_sentence_breaks(text: str) -> set[int]:
    """Line breaks an editor pasted inside a sentence (`…要求各乡镇抓早抓实，3月底前完成` / `化肥种子调运。`):
    the line holds a comma, ends on a word with no mark after it and opens with no number, and the next
    opens with a word, not a number, a label or the meeting (`会议…`); the paragraph goes on."""
    found = set()
    for match in _BROKEN_LINE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start() + 1].strip(" \u3000")
        following = match.end()
        if (
            "，" in line
            and "\t" not in line  # (a table's row ends at its last cell)
            and not _MARKER_START.match(line)
            and not _MARKER_START.match(text, following)
            and not text.startswith(_NEXT_PARAGRAPH, following)
            and not _LABEL_START.match(text, following)
        ):
            found.add(match.start() + 1)
    return found


# (across a page's number blanked on a line between: `…确保2024年秋季` / `— 2 —` / `学期投入使用；`)
# (or after a comma, across blank lines where a footer and a page number were: `…作为项目业主，` / … / `按程序…`)
_BROKEN_LINE = re.compile(
    r"[\u4e00-\u9fff\d]\n(?:[ \t\u3000]{3,}\n)*(?=[\u4e00-\u9fff])|[，、]\n(?:[ \t\u3000]*\n)*(?=[\u4e00-\u9fff])"
)
_LABEL_START = re.compile(r"[\u4e00-\u9fff]{1,6}[：:]")


def _space_kept(text: str, start: int, end: int) -> bool:
    """Whether the spaces in [start, end) (no line break, inside the text) read as one space: between
    two Latin words (`SYSTEM prompt`), after a Latin word's punctuation (`SYSTEM: ignore`,
    `items. 网格`), and before the meeting's remark on a heading (`安排 会议要求，`); never between
    digits (`第 1 4 号`) or around other Chinese (`2023年 7月`)."""
    before, after = text[start - 1], text[end]
    if "\u4e00" <= before <= "\u9fff" or before in "》）)":
        # `●审议《A》 会议要求，…`: a heading and the remark on it, a space apart on one line
        return text.startswith(_DIRECTIVE_OPENERS, end)
    if _is_word(before):
        return _is_word(after) and not (before.isdigit() and after.isdigit())
    return before in ".,:;!?" and start >= 2 and text[start - 2].isascii() and text[start - 2].isalpha()


@dataclass(frozen=True)
class MappedText:
    """A text whose every character knows where it came from: `text[i]` came from `origin[i]` of the
    original. The one offset-mapped text type: normalized documents and squeezed quotes both are."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int, alignment: Alignment = "exact") -> Span:
        """The original-text span of [start, end) (an empty range: where it stands)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return Span(start=at, end=at, alignment=alignment)
        return Span(start=self.origin[start], end=self.origin[end - 1] + 1, alignment=alignment)


@dataclass(frozen=True)
class NormalizedText(MappedText):
    """The normalized text of a document; `original` is the text the offsets point into."""

    original: str
    wrapped: bool
    traditional: bool

    def trim(self, start: int, end: int, chars: str = _EDGE) -> tuple[int, int]:
        """Narrow [start, end) past leading and trailing `chars`."""
        while start < end and self.text[start] in chars:
            start += 1
        while end > start and self.text[end - 1] in chars:
            end -= 1
        return start, end

    def value(self, start: int, end: int, chars: str = _EDGE) -> tuple[str, Span]:
        """The trimmed text of normalized [start, end) and its span in the original."""
        start, end = self.trim(start, end, chars)
        return self.text[start:end], self.span(start, end)

    def removed(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> list[int]:
        """Positions in normalized [start, end) right after a removed original character that
        matches `pattern`: a tab between table cells, an ideographic space between names."""
        end = len(self.text) if end is None else end
        found: list[int] = []
        if end <= start:
            return found
        for gap in pattern.finditer(self.original, self.origin[start], self.origin[end - 1]):
            after = bisect.bisect_right(self.origin, gap.start())
            if start < after < end and self.origin[after - 1] != gap.start() and after not in found[-1:]:
                found.append(after)
        return found

    def blanked(self, ranges: list[tuple[int, int]]) -> NormalizedText:
        """This text with the characters of `ranges` turned into spaces (line breaks kept): one for one,
        so every offset still points where it did."""
        text = self.text
        for start, end in ranges:
            text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
        return replace(self, text=text)

    def span(self, start: int, end: int, alignment: Alignment = "exact") -> Span:
        """The original-text span of normalized [start, end)."""
        if end <= start and start >= len(self.origin):
            return Span(start=len(self.original), end=len(self.original), alignment=alignment)
        return super().span(start, end, alignment)


def _map_chars(text: str) -> tuple[str, bool]:
    text = _blank_page_furniture(_replace_mapped(text))
    traditional = looks_traditional(text)
    if traditional:
        text = _to_simplified(text)
    return text, traditional


def _blank_page_furniture(text: str) -> str:
    """Page numbers on lines of their own, the document's title line printed again at the top of a
    later page (after a form feed or a page number), the footer line repeated above each page number, and
    a TV script's labels, turned into spaces: one character for one, so offsets stay valid, and the line
    wrap across the page break reads as any other."""
    dashes = any(d in text for d in _DASHES)
    page_numbers = [m.span() for m in _PAGE_NUMBER.finditer(text)] if dashes else []
    page_numbers += [m.span() for m in _PAGE_OF.finditer(text)] if "页" in text else []
    furniture = list(page_numbers)
    # (inside a line when the page lost its breaks: `…印发。 — 1 — 四、关于…`)
    inline = [m.span() for m in _INLINE_PAGE_NUMBER.finditer(text)] if dashes else []
    page_starts = [end for _, end in page_numbers] + [m.end() for m in re.finditer("\f", text)]
    first_lines = [line for line in text[:300].split("\n") if line.strip()][:2] if page_starts else []
    # (the title on one line or two: `苡江市人民政府` / `常务会议纪要`)
    for title in {re.sub(r"\s", "", "".join(first_lines[:n])) for n in (1, 2)}:
        if len(title) >= 6:
            spaced_title = "[ \\t\u3000]*".join(map(re.escape, title))
            # (the title again, with the number after it: `…常务会议纪要（第12期）`)
            running_head = re.compile(rf"\s*({spaced_title}(?:[（(][^（）()\n]{{1,12}}[）)])?)[ \t\u3000]*(?=\n|$)")
            furniture += [m.span(1) for at in page_starts if (m := running_head.match(text, at))]
    furniture += _running_footers(text, [start for start, _ in page_numbers])
    furniture += inline
    furniture += [m.span() for m in _SCRIPT_LABEL.finditer(text)]
    furniture += [m.span() for m in _CAPTION_LABEL.finditer(text)]
    furniture += [m.span() for m in _CAPTION_LINE.finditer(text)]
    for start, end in furniture:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _running_footers(text: str, page_numbers: list[int]) -> list[tuple[int, int]]:
    """A short line right above a page number that stands the same above another (`X人民政府办公室　2025年3月`
    / `— 2 —`): a footer the word processor repeats on every page."""
    above = []
    for at in page_numbers:
        end = text.rfind("\n", 0, at)
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)  # (blank lines between)
        if end <= 0:
            continue
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if 0 < len(line) <= _FOOTER_CHARS and "。" not in line:
            above.append((line, (start, end)))
    lines = [line for line, _ in above]
    return [span for line, span in above if lines.count(line) >= 2]


_FOOTER_CHARS = 40


# A TV report's script labels opening a line (`【导语】今天上午，…`, `(解说)会议听取了…`): the words after them
# are the report's (a `【同期声】` line names who speaks next and is left as it is).
_SCRIPT_LABEL = re.compile(r"(?m)^[ \t\u3000]*[【（(\[](?:导语|正文|解说|主持人|画外音)[】）)\]]")


# A report's caption before a bar opening a paragraph (`聚焦项目建设 ▏会议听取了…`, `学习贯彻丨会议传达学习了…`): a
# typographic label, not the report's words; a line with more bars is a table's row.
_BARS = "▏丨｜│▎▍"
_CAPTION_LABEL = re.compile(
    rf"(?m)^[ \t\u3000]*[^\s，。；：、,;:【】《》{_BARS}]{{2,12}}[ \t\u3000]*[{_BARS}][ \t\u3000]*(?=[^\n{_BARS}]*$)"
)


# A digest's caption over a group of its lines, alone on its line (`✅ 审议通过`, `💡 学习贯彻`, `◆ 经济运行`).
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
_CAPTION_LINE = re.compile(
    rf"(?m)^[ \t\u3000]*[{_BULLETS}{_EMOJI}]\ufe0f?[ \t\u3000]*[\u4e00-\u9fff]{{2,8}}[ \t\u3000]*$"
)


def _opens_heading(text: str, line_start: int, line_end: int) -> bool:
    """The printed line is a numbered heading that ends on a word (`一、关于…的议题`), however wide:
    the meeting's next sentence (`会议听取了…`) does not continue it."""
    return text[line_end - 1] not in _ENDS_NO_HEADING and bool(_MARKER_START.match(text, line_start))


_ENDS_NO_HEADING = "，、。！？：；"  # a sentence ended or going on: not a heading


def normalize(original: str) -> NormalizedText:
    mapped, traditional = _map_chars(original)
    width = printed_width(mapped)
    wrapped = width is not None
    pieces: list[str] = []
    origin: list[int] = []
    add, extend = pieces.append, origin.extend  # the hot loop of the extractor: locals only
    short_line = _SHORT_LINE * width if width else 0
    lost_breaks = _lost_paragraph_breaks(mapped)
    mid_sentence = set() if wrapped else _mid_sentence_breaks(mapped)
    indents_paragraphs = wrapped and _indents_paragraphs(mapped)
    pos = line_start = 0
    in_head = wrapped  # a printed page's lines above its first full one are each a paragraph
    # One pass over the runs that change: pinyin noise, control characters, whitespace.
    for match in _DROPPED_OR_SPACE.finditer(mapped):
        start, end = match.span()
        if start > pos:
            add(mapped[pos:start])
            extend(range(pos, start))
        pos = end
        first = mapped[start]
        if not first.isspace() and first not in "\u200b\ufeff":
            continue  # pinyin noise or control characters: dropped
        newline = mapped.find("\n", start, end)
        if newline != -1:
            # Wrapped text: a printed line well short of the width ends its paragraph when it ends a
            # sentence, the next line opens the meeting's next one (`…的汇` / `报` / `会议听取了…`) or
            # a trailer label, or the next line is the office's `…印发` line. A full line ends it when
            # a sentence ends there and directives open the next (`…审定。` / `会议要求，…`). A short
            # line before a numbering marker does not: `十` / `一、审议…` is item 11 split.
            ends_sentence = mapped[start - 1] in _SENTENCE_END
            indented = end - (mapped.rfind("\n", start, end) + 1) >= _INDENT
            short = line_start < start < line_start + short_line
            in_head = in_head and short  # (above the first full line: a masthead, the headline, the number)
            paragraph_end = (
                (width is None and newline not in mid_sentence)
                or in_head
                or (indents_paragraphs and indented)  # `（四）关于…的事项` / `　　会议原则同意…`
                or (ends_sentence and mapped.startswith(_OPENS_AFTER_A_SENTENCE, end))
                or (_opens_heading(mapped, line_start, start) and mapped.startswith(_NEXT_PARAGRAPH, end))
                or (
                    short
                    and (ends_sentence or mapped.startswith(_NEXT_PARAGRAPH, end) or _is_footer_line(mapped, end))
                )
            )
            line_start = end
            if start and pieces and pieces[-1] != "\n" and paragraph_end:
                add("\n")
                origin.append(newline)
        elif start in lost_breaks:
            add("\n")  # `…其他事项。 会前，…`: a page whose paragraphs were flattened into one line
            origin.append(start)
        elif start and end < len(mapped) and "\t" not in mapped[start:end] and _space_kept(mapped, start, end):
            add(" ")
            origin.append(start)
    if pos < len(mapped):
        add(mapped[pos:])
        extend(range(pos, len(mapped)))
    text = "".join(pieces)
    if text.endswith("\n"):
        text, origin = text[:-1], origin[:-1]
    return NormalizedText(
        text=text, origin=origin, original=original, wrapped=wrapped, traditional=traditional
    )


def clean(fragment: str, *, traditional: bool | None = None) -> str:
    """A short piece of original text in normalized form, with all breaks removed."""
    text = _replace_mapped(fragment)
    if traditional if traditional is not None else looks_traditional(text):
        text = _to_simplified(text)
    text = _CONTROL.sub("", _PINYIN_NOISE.sub("", text))

    def space(match: re.Match[str]) -> str:
        start, end = match.span()
        kept = start and end < len(text) and "\n" not in match.group() and _space_kept(text, start, end)
        return " " if kept else ""

    return re.sub(r"[\s\u200b\ufeff]+", space, text).strip()


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character in comparable form: NFKC-folded, whitespace dropped ("" for a space)."""
    if ch in "\u200b\ufeff":
        return ""
    folded = ch if ch.isascii() else unicodedata.normalize("NFKC", ch)
    return "".join(out for out in folded if not out.isspace())


def squeeze(text: str) -> MappedText:
    """`text` in comparable form (see `fold`), each character mapped back to its place in `text`."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if len(folded) == 1:
            chars.append(folded)
            origin.append(i)
        elif folded:
            chars.extend(folded)
            origin.extend([i] * len(folded))
    return MappedText(text="".join(chars), origin=origin)


def fold(value: str) -> str:
    """The one comparable form of a value: full-/half-width brackets, digits and letters folded
    (NFKC per character), every space and line break dropped. Evaluation, grounding and the
    rules-vs-model check all compare values through it."""
    return squeeze(value).text
