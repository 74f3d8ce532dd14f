"""The weekly digest as one self-contained HTML file (inline CSS, no scripts, no outside request,
all text escaped); the same blocks as the Word and Markdown digests, with the same column widths."""

from __future__ import annotations

from html import escape

from summarizer.digest import Digest
from summarizer.render.digest_blocks import TEXT_WIDTH_MM, Heading, Para, Table, digest_blocks
from summarizer.render.digest_text import CSP, DIGEST_TITLE, LIGHT_RGB, date_line, office_line, summary_line

_STYLE = """
body { font-family: "FangSong", "仿宋_GB2312", "仿宋", "Noto Serif CJK SC", serif; max-width: 60em;
       margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
h1 { font-family: "方正小标宋简体", "SimHei", "黑体", sans-serif; text-align: center; color: #c00000; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 1.2em; }
h3, h4 { font-family: "KaiTi", "楷体_GB2312", "楷体", serif; font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.5em 0 1em; font-size: 0.9em; }
th, td { border: 1px solid #999; padding: 0.2em 0.3em; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
th { background: #f2f2f2; text-align: center; }
.week { text-align: center; }
.masthead { display: flex; justify-content: space-between; border-bottom: 2px solid #c00000;
            padding-bottom: 0.3em; }
""" + "".join(f"td.light-{name} {{ color: #{rgb}; font-weight: bold; text-align: center; }}\n"
               for name, rgb in LIGHT_RGB.items())


def e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _table(table: Table) -> list[str]:
    cols = "".join(f'<col style="width:{mm / TEXT_WIDTH_MM * 100:.1f}%">' for mm in table.widths)
    out = ["<table>", f"<colgroup>{cols}</colgroup>",
           "<tr>" + "".join(f"<th>{e(h)}</th>" for h in table.headers) + "</tr>"]
    for index, row in enumerate(table.rows):
        light = table.lights[index] if index < len(table.lights) else None
        cells = []
        for column, value in enumerate(row):
            css = f' class="light-{light}"' if light and column == table.light_column else ""
            cells.append(f"<td{css}>{e(value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return [*out, "</table>"]


def render_digest_html(digest: Digest) -> str:
    title = f"{DIGEST_TITLE} {digest.week.label}"
    body = [
        f"<h1>{e(DIGEST_TITLE)}</h1>",
        f'<p class="week">{e(digest.week.label_zh)}</p>',
        f'<p class="masthead"><span>{e(office_line(digest))}</span><span>{e(date_line(digest))}</span></p>',
        f"<p>{e(summary_line(digest))}</p>",
    ]
    for block in digest_blocks(digest):
        if isinstance(block, Heading):
            body.append(f"<h{block.level + 1}>{e(block.text)}</h{block.level + 1}>")
        elif isinstance(block, Para):
            body.append(f"<p>{e(block.text)}</p>")
        else:
            body += _table(block)
    return "\n".join(
        [
            "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            f"<title>{e(title)}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
            *body, "</body>", "</html>", "",
        ]
    )
