"""The weekly digest as one self-contained HTML file (inline CSS, no scripts, all text escaped)."""

from __future__ import annotations

from html import escape

from summarizer.digest import Digest
from summarizer.render.digest_text import (
    CSP,
    DIGEST_TITLE,
    SOURCE_LABELS,
    TASK_HEADERS,
    chinese_date,
    chinese_number,
    directive_source,
    item_route,
    join_units,
    meeting_line,
    meeting_title,
    status_label,
    summary_line,
    week_line,
)
from summarizer.store.ledger import Task

_STYLE = """
body { font-family: "FangSong", "仿宋_GB2312", "仿宋", "Noto Serif CJK SC", serif; max-width: 60em;
       margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
h1 { font-family: "方正小标宋简体", "SimHei", "黑体", sans-serif; text-align: center; color: #b00; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 1.2em; border-bottom: 1px solid #ccc; }
h3 { font-family: "KaiTi", "楷体_GB2312", "楷体", serif; font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.95em; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
.week { text-align: center; }
table.items td:nth-child(1), table.items td:nth-child(3), table.items th { white-space: nowrap; }
"""


def e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _row(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{cell}</{tag}>" for cell in cells) + "</tr>"


def _task_table(tasks: list[Task]) -> list[str]:
    if not tasks:
        return ["<p>无。</p>"]
    rows = ["<table>", _row(TASK_HEADERS, "th")]
    for task in tasks:
        rows.append(
            _row(
                [
                    e(task.id),
                    e(task.unit),
                    e(chinese_date(task.meeting_date)),
                    e(f"{chinese_number(task.item_number)}、{task.item_title}"),
                    e(SOURCE_LABELS[task.source]),
                    e(task.text),
                    e(task.deadline_text or "—"),
                    e(status_label(task.status)),
                ]
            )
        )
    return [*rows, "</table>"]


def render_digest_html(digest: Digest) -> str:
    title = f"{DIGEST_TITLE} {digest.week.label}"
    body = [
        f"<h1>{e(DIGEST_TITLE)}</h1>",
        f'<p class="week">{e(week_line(digest))}</p>',
        f"<p>{e(summary_line(digest))}</p>",
        "<h2>一、会议概况</h2>",
    ]
    if not digest.meetings:
        body.append("<p>本周无常务会议。</p>")
    for meeting in digest.meetings:
        body += [f"<h3>{e(meeting_title(meeting))}</h3>", f"<p>{e(meeting_line(meeting))}</p>",
                 '<table class="items">']
        body.append(_row(["序号", "议题", "议定", "牵头单位", "印发或报送"], "th"))
        for item in meeting.items:
            body.append(
                _row(
                    [
                        e(chinese_number(item.number)),
                        e(item.title),
                        e(item.decision or "—"),
                        e(join_units(item.lead_units)),
                        e(item_route(item)),
                    ]
                )
            )
        body.append("</table>")
    body.append("<h2>二、工作部署（按单位）</h2>")
    if not digest.directives_by_unit:
        body.append("<p>本周无工作部署。</p>")
    for group in digest.directives_by_unit:
        body += [f"<h3>{e(group.unit)}（{len(group.directives)}条）</h3>", "<ol>"]
        for directive in group.directives:
            deadline = f"（时限：{e(directive.deadline_text)}）" if directive.deadline_text else ""
            body.append(f"<li>{e(directive_source(directive))}{e(directive.text)}{deadline}</li>")
        body.append("</ol>")
    body += ["<h2>三、本周新增督办任务</h2>", *_task_table(digest.tasks_opened)]
    body += ["<h2>四、往期未办结任务</h2>", *_task_table(digest.tasks_carried_over)]
    counts = digest.counts
    body += [
        "<h2>五、统计</h2>",
        "<table>",
        _row(["会议", "议题", "工作部署", "新增任务", "往期未办结"], "th"),
        _row([str(counts.meetings), str(counts.items), str(counts.directives),
              str(counts.tasks_opened), str(counts.tasks_carried_over)]),
        "</table>",
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="zh-CN">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            f"<title>{e(title)}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )
