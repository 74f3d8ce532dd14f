"""Robustness variants of a corpus text: the same minutes as other files could carry them.

Pure functions from the corpus text (as `evals/sets/*/corpus/*.txt` hold it) to the text or
the bytes of a variant. `VARIANTS` names each one for parametrized tests; every entry returns
file bytes, ready for `ingest.read_bytes` / `pipeline.extract_bytes`.

The corpus has every printed line as its own paragraph (lines separated by blank lines) and
page breaks leave a leading space. `logical_paragraphs` undoes that layout: a printed line
ends its paragraph when it is short (a header line or the tail of a paragraph), when it is a
complete item heading (`七、审议《…》`), or when it ends a sentence (。：) and the next line
opens a paragraph (`（二）`, `出席：`, …). `test_variants.py` checks this against the gold.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from html import escape

# Adobe's standard Simplified Chinese CID font: reportlab knows its metrics and a PDF names it
# without embedding it, so the fixtures need no font file on the machine (pdfplumber maps its
# UniGB-UCS2-H CMap back to Unicode from pdfminer's own tables).
_CJK_FONT_NAME = "STSong-Light"

# A full printed line is at least ~20 CJK characters wide; shorter lines end a paragraph.
_SHORT_LINE_WIDTH = 19
_SENTENCE_END = ("。", "：", ":")
_HEADING = re.compile(r"^[一二三四五六七八九十]+、(?:审议|听取|研究)")
_PARAGRAPH_START = re.compile(
    r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|会议|出席|列席|主送|抄送|（此件|\d{4}\s*年"
    r"|[^，。、]{2,15}办公室)"
)
_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_HALFWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HALFWIDTH_PUNCTUATION = str.maketrans("，；：", ",;:")


def printed_lines(text: str) -> list[str]:
    """The corpus's printed lines, without page-break spaces and blank separator lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _visual_width(line: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in line if not ch.isspace())


def _ends_paragraph(line: str, next_line: str | None) -> bool:
    if next_line is None or _visual_width(line) < _SHORT_LINE_WIDTH:
        return True
    if _HEADING.match(line) and line.endswith(("》", "汇报")):
        return True
    # A sentence may end at a line end inside a paragraph (`…要点》。` / `会后由…`): it ends
    # the paragraph only when the next printed line opens a new one.
    return line.endswith(_SENTENCE_END) and bool(_PARAGRAPH_START.match(next_line))


def logical_paragraphs(text: str) -> list[str]:
    """Join the printed lines of each paragraph back into one string."""
    lines = printed_lines(text)
    paragraphs: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        current.append(line)
        if _ends_paragraph(line, lines[i + 1] if i + 1 < len(lines) else None):
            paragraphs.append("".join(current))
            current = []
    return paragraphs


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)] or [""]


def rewrapped(text: str, width: int) -> str:
    """Each paragraph on new lines of `width` characters: markers land mid-sentence at line starts."""
    return "\n".join(line for paragraph in logical_paragraphs(text) for line in wrap(paragraph, width)) + "\n"


def one_line(text: str) -> str:
    """No line breaks at all: the paragraphs run together."""
    return "".join(logical_paragraphs(text))


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def fullwidth_digits(text: str) -> str:
    return text.translate(_FULLWIDTH_DIGITS)


def halfwidth_punctuation(text: str) -> str:
    """`，` `；` `：` typed or OCRed as `,` `;` `:`."""
    return text.translate(_HALFWIDTH_PUNCTUATION)


def fold_digits(value: str) -> str:
    """Undo `fullwidth_digits` on an extracted string, to compare it with the original's."""
    return value.translate(_HALFWIDTH_DIGITS)


def pdf_bytes(text: str) -> bytes:
    """A PDF with a real CJK text layer, one printed line of the original per PDF line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if _CJK_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_CJK_FONT_NAME))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    _, page_height = A4
    font_size, leading, margin = 14, 26, 72
    y = page_height - margin
    for line in printed_lines(text):
        if y < margin:
            pdf.showPage()
            y = page_height - margin
        pdf.setFont(_CJK_FONT_NAME, font_size)
        pdf.drawString(margin, y, line)
        y -= leading
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def docx_bytes(text: str) -> bytes:
    """A Word document with one paragraph per logical paragraph."""
    import docx

    document = docx.Document()
    for paragraph in logical_paragraphs(text):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_page(text: str, *, charset: str = "utf-8") -> bytes:
    """The minutes inside a realistic government-portal article page, encoded as declared."""
    body = "\n".join(f'<p style="text-indent:2em">{escape(p)}</p>' for p in logical_paragraphs(text))
    page = _PORTAL_TEMPLATE.format(charset=charset, body=body)
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset)


_PORTAL_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>太仓市人民政府常务会议纪要_政府信息公开_太仓市人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<style>.nav li {{ float: left; }} .TRS_Editor p {{ line-height: 2; }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码加载中");</script>
</head>
<body>
<div class="top-bar">欢迎访问太仓市人民政府门户网站 <a href="/">无障碍浏览</a> <a href="/en">English</a></div>
<div class="header"><img src="/images/logo.png" alt="太仓市人民政府">
<div class="search"><form action="/search">
<input name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zmhd">政民互动</a></li><li><a href="/bsfw">办事服务</a></li>
<li><a href="/ztzl">专题专栏</a></li></ul>
<div class="main-wrap">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>
&gt; <a href="/zwgk/hy">会议纪要</a></div>
<div class="side-menu"><h3>信息公开目录</h3><ul><li><a href="#">机构职能</a></li>
<li><a href="#">政策文件</a></li><li><a href="#">规划计划</a></li><li><a href="#">会议纪要</a></li></ul>
<p>本栏目公开市政府常务会议纪要，欢迎社会各界监督。</p></div>
<div class="article">
<h1 class="article-title">太仓市人民政府常务会议纪要</h1>
<div class="article-meta">发布时间：2023-07-04 来源：市政府办公室 浏览次数：<span id="hits">1024</span></div>
<div class="TRS_Editor">
{body}
</div>
<div class="bshare-custom">分享到：<a class="bshare-weixin" href="#">微信</a>
<a class="bshare-sinaminiblog" href="#">微博</a></div>
<div class="print-close"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><p>主办单位：太仓市人民政府办公室 承办单位：太仓市大数据管理局</p>
<p>网站标识码：3205850001 苏ICP备05012345号 苏公网安备 32058502010001号</p></div>
<script>document.getElementById("hits").innerText = "1025";</script>
</body>
</html>
"""


def _text_variant(make: Callable[[str], str], encoding: str = "utf-8") -> Callable[[str], bytes]:
    return lambda text: make(text).encode(encoding)


# name → (corpus text → file bytes). Keep names stable: other tests parametrize over them.
VARIANTS: dict[str, Callable[[str], bytes]] = {
    "wrap17": _text_variant(lambda t: rewrapped(t, 17)),
    "wrap23": _text_variant(lambda t: rewrapped(t, 23)),
    "wrap40": _text_variant(lambda t: rewrapped(t, 40)),
    "one_line": _text_variant(one_line),
    "crlf": _text_variant(crlf),
    "fullwidth_digits": _text_variant(fullwidth_digits),
    "halfwidth_punctuation": _text_variant(halfwidth_punctuation),
    "utf8_bom": _text_variant(lambda t: t, "utf-8-sig"),
    "gbk": _text_variant(lambda t: t, "gbk"),
    "utf16_bom": _text_variant(lambda t: t, "utf-16"),
    "utf16le_no_bom": _text_variant(lambda t: t, "utf-16-le"),
    "utf16be_no_bom": _text_variant(lambda t: t, "utf-16-be"),
    "pdf": pdf_bytes,
    "docx": docx_bytes,
    "html_utf8": html_page,
    "html_gbk": lambda t: html_page(t, charset="gbk"),
}

# Variants whose extracted strings carry full-width digits and must be folded before comparing.
DIGIT_FOLDED = frozenset({"fullwidth_digits"})
