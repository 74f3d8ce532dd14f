"""`md`: document text on the page is shown as written, never read as Markdown or HTML."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from ui.present import defuse_autolinks, md

RENDER = MarkdownIt("commonmark").enable("table").enable("strikethrough")

PLANTS = [
    "[链接](http://evil.example/a)",
    "![图](http://evil.example/x.png)",
    '<img src="http://evil.example/y.png">',
    "<b>粗</b>**星**_斜_`码`",
    "# 标题\n- 列表\n1. 编号\n> 引用",
    "&lt;img&gt; \\[已转义\\]",
    "| a | b |\n| - | - |",
]


@pytest.mark.parametrize("plant", PLANTS)
def test_planted_markup_renders_as_its_own_characters(plant: str) -> None:
    rendered = RENDER.render(md(plant))
    assert "<a " not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "<strong>" not in rendered and "<em>" not in rendered and "<code>" not in rendered
    assert "<h1>" not in rendered and "<li>" not in rendered and "<blockquote>" not in rendered
    assert "<table>" not in rendered
    # What a reader sees is the text itself (HTML-unescaped, line breaks aside).
    text = RENDER.renderInline(md(plant)).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    assert text.replace("&amp;", "&").replace("\n", "").replace("\u2060", "") == plant.replace("\n", "")


def test_streamlit_directives_and_latex_are_escaped() -> None:
    assert md(":red[醒目]") == "\\:red\\[醒目\\]"
    assert md("$x^2$") == "\\$x^2\\$"
    assert md(":material/home:") == "\\:material/home\\:"


def test_bare_links_get_a_word_joiner_that_breaks_the_link_pattern() -> None:
    assert defuse_autolinks("见http://evil.example/a") == "见http:\u2060//evil.example/a"
    assert defuse_autolinks("www.evil.example") == "www\u2060.evil.example"
    assert defuse_autolinks("a@b.cn") == "a@\u2060b.cn"
    assert md("见https://x.cn").replace("\u2060", "") == "见https\\://x\\.cn"
