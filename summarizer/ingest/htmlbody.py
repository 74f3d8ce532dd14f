"""The article body of a web page, as government portals publish minutes.

Scripts, styles, navigation, headers, footers and share buttons are dropped. The content
container is found readability-style by CJK text density: starting from <body>, go down into
the child that holds nearly all of the page's non-link CJK text, and stop where the text is
spread over several children (the paragraphs of the article). Class/id hints used by portal
CMSs (`TRS_Editor`, `article`, `content`, `zoom`, `main-text`, …) break ties and lower the bar.
Block elements become line breaks, table cells are joined with a tab, one line per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from summarizer.errors import InputError
from summarizer.ingest.sniff import declared_charset as declared_charset
from summarizer.ingest.sniff import looks_like_html as looks_like_html

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
    "input", "select", "textarea", "nav", "header", "footer", "aside", "object", "embed",
)
_BLOCK_TAGS = frozenset((
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "pre", "hr",
    "address", "figure", "figcaption", "center", "caption",
))
_CELL_TAGS = frozenset(("td", "th"))
# Stems of class/id tokens that mark page furniture, and of tokens that mark the article.
_FURNITURE = (
    "nav", "menu", "breadcrumb", "crumb", "footer", "foot", "header", "share", "bshare", "jiathis",
    "fenxiang", "sidebar", "side", "copyright", "banner", "advert", "location", "position", "dqwz",
    "weizhi", "toolbar", "topbar", "bottom", "related", "comment", "login", "search", "print",
    "qrcode", "erweima", "close", "skip",
)
_CONTENT = (
    "trs", "editor", "article", "content", "zoom", "text", "detail", "zhengwen", "zw", "neirong",
    "con", "main", "body",
)
_FURNITURE_KEEP_WEIGHT = 200  # a "furniture" element holding this much text is kept anyway
_DOMINANT = 0.8  # descend into a child holding this share of the text ...
_DOMINANT_HINTED = 0.6  # ... or this share when its class/id says it is the content
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# A portal's publication line (`发布时间：2024-03-12  来源：市政府办公室`); a news report may
# give only `3月5日` in its body and need the year from it.
_PUBLICATION_DATE = re.compile(r"(?:发布|时间|日期)[^：:]{0,4}[:：]\s*\d{4}[-/.年]\d{1,2}")
_META_DATE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}(?![\d])")
# A line that opens with the day the page was published and no label (`2024-08-21 18:30  来源：…`), or an
# e-paper's masthead (`沁埠日报  2025年04月10日  星期四`): the date, when the page prints no labelled one.
_BARE_DATE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12}\s*)?(?P<date>(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日))"
)
_BYLINE_LABEL = re.compile(r"(?:来源|作者|编辑|记者)[:：]")
_METADATA_MAX_CHARS = 200
_HAS_HEADER = re.compile(r"会议纪要|纪要\s*第|〔\d{4}〕")  # the body's own header: no page head needed
_HEADER_LINES = 3
_HEAD_LEVELS = 3  # how far up from the article to look for its headline and publication line
_TITLE_SEPARATORS = re.compile(r"\s*[_|\uff5c\-\u2013\u2014]+\s*")
_GOVERNMENT_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?:门户网站|网站|门户)?")



def article_text(html: str, name: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_hidden):
        tag.decompose()
    weights = _weights(soup)
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed and weights.get(id(tag), 0) < _FURNITURE_KEEP_WEIGHT:
            tag.decompose()
    weights = _weights(soup)
    container = _content_container(soup.body or soup, weights)
    lines = list(_lines(container))
    if lines and not _HAS_HEADER.search(re.sub(r"\s", "", "".join(lines[:_HEADER_LINES]))):
        lines = [*_page_head(soup, container, lines[0]), *lines]
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(
            f"{name}: the web page has no article text; save the page that shows the minutes",
            zh="网页中没有正文内容，请保存显示会议纪要正文的页面后上传。",
        )
    return text


def _page_head(soup: BeautifulSoup, container: Tag, first_line: str) -> list[str]:
    """What a reader sees above an article that has no header of its own: the site's
    government, the headline, the publication line. A news report names neither its
    government nor the year in its body (`3月5日，区长…`); the page around it does."""
    head: list[str] = []
    site = _site_government(soup)
    headline = publication = bare_date = None
    for node in [container, *list(container.parents)[:_HEAD_LEVELS]]:
        for sibling in node.find_previous_siblings():
            if not isinstance(sibling, Tag):
                continue
            text = " ".join(sibling.get_text(" ").split())
            if not text or len(text) > _METADATA_MAX_CHARS:
                continue
            if publication is None and _PUBLICATION_DATE.search(text):
                publication = text
            elif bare_date is None and (dated := _BARE_DATE.match(text)):
                bare_date = dated.group("date")  # `2024-08-21 18:30 来源：…`, an e-paper's `X日报 2025年04月10日`
            elif bare_date is None and _BYLINE_LABEL.search(text) and (dated := _META_DATE.search(text)):
                bare_date = dated.group()  # `作者：X  来源：Y融媒体中心  2024-04-09 17:26`: a byline with the day
            elif headline is None and _is_headline(sibling) and _cjk_count(text) >= 4:
                headline = text
    # A portal that prints neither still declares both in its head, as the national guideline for
    # government websites asks (`<meta name="PubDate" content="2021-08-10 16:23">`, `ArticleTitle`).
    published = _meta(soup, "PubDate") or bare_date or ""
    if publication is None and _META_DATE.match(published):
        publication = f"发布时间：{published}"
    title = _meta(soup, "ArticleTitle")
    if headline is None and _cjk_count(title) >= 4 and title != first_line:
        headline = title
    if site and not any(site in line for line in (headline, first_line) if line):
        head.append(site)
    head.extend(line for line in (headline, publication) if line and line != first_line)
    return head


def _meta(soup: BeautifulSoup, name: str) -> str:
    """The content of the page's `<meta name=…>` (any case), stripped; "" when there is none."""
    meta = soup.find("meta", attrs={"name": re.compile(f"^{name}$", re.I)})
    return " ".join(str(meta.get("content", "")).split()) if isinstance(meta, Tag) else ""


def _site_government(soup: BeautifulSoup) -> str | None:
    """The government that runs the portal, from `<meta name=SiteName>` or the page title."""
    site = _meta(soup, "SiteName")
    candidates = [site] if site else []
    if soup.title and soup.title.string:
        candidates.extend(reversed(_TITLE_SEPARATORS.split(soup.title.string)))
    for candidate in candidates:
        match = _GOVERNMENT_NAME.fullmatch(candidate.strip())
        if match:
            return match.group("name")
    return None


def _is_headline(tag: Tag) -> bool:
    return tag.name in ("h1", "h2", "h3") or any("title" in token for token in _hint_tokens(tag))


def _is_hidden(tag: Tag) -> bool:
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return tag.has_attr("hidden") or "display:none" in style or "visibility:hidden" in style


def _hint_tokens(tag: Tag) -> list[str]:
    classes = tag.get("class")
    names = [classes] if isinstance(classes, str) else list(classes or [])
    raw = " ".join([*names, str(tag.get("id", ""))])
    return [token for token in re.split(r"[\s_\-]+", raw.lower()) if token]


def _is_furniture(tag: Tag) -> bool:
    tokens = _hint_tokens(tag)
    furniture = any(token.startswith(_FURNITURE) for token in tokens)
    return furniture and not _has_content_hint(tag) and tag.name not in ("body", "html")


def _has_content_hint(tag: Tag) -> bool:
    return any(token.startswith(_CONTENT) for token in _hint_tokens(tag))


def _cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def _weights(soup: BeautifulSoup) -> dict[int, int]:
    """Non-link CJK characters under every tag, computed bottom-up in one pass."""
    weights: dict[int, int] = {}
    for node in reversed(list(soup.descendants)):
        if isinstance(node, Tag):
            if node.name == "a":
                weights[id(node)] = 0
                continue
            total = 0
            for child in node.children:
                if isinstance(child, Tag):
                    total += weights.get(id(child), 0)
                elif _is_text(child):
                    total += _cjk_count(str(child))
            weights[id(node)] = total
    return weights


def _is_text(node: PageElement) -> bool:
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _content_container(start: Tag, weights: dict[int, int]) -> Tag:
    node = start
    while True:
        total = weights.get(id(node), 0)
        children = [c for c in node.children if isinstance(c, Tag) and weights.get(id(c), 0) > 0]
        if not children or total == 0:
            return node
        best = max(children, key=lambda c: (weights[id(c)], _has_content_hint(c)))
        share = weights[id(best)] / total
        bar = _DOMINANT_HINTED if _has_content_hint(best) else _DOMINANT
        # A single paragraph never becomes the container unless it holds everything.
        if share < bar or (share < 1.0 and not _has_block_child(best)):
            return node
        node = best


def _has_block_child(tag: Tag) -> bool:
    return tag.find(_is_block_tag) is not None


def _is_block_tag(tag: Tag) -> bool:
    return tag.name in _BLOCK_TAGS or tag.name == "br"


def _lines(container: Tag) -> Iterator[str]:
    pieces: list[str] = []
    _render(container, pieces)
    for raw in "".join(pieces).split("\n"):
        line = re.sub(r" *\t[ \t]*", "\t", raw).strip()
        if line:
            yield line


def _render(node: Tag, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, Tag):
            if child.name == "br":
                out.append("\n")
            elif child.name == "pre":
                out.extend(("\n", child.get_text(), "\n"))
            elif child.name in _CELL_TAGS:
                _render(child, out)
                out.append("\t")
            elif child.name in _BLOCK_TAGS:
                out.append("\n")
                _render(child, out)
                out.append("\n")
            else:
                _render(child, out)
        elif _is_text(child):
            out.append(_HTML_SPACE.sub(" ", str(child)))
