"""The weekly digest as Markdown (document text escaped, so it cannot inject markup)."""

from __future__ import annotations

import re

from summarizer.digest import Digest
from summarizer.render.digest_text import (
    DIGEST_TITLE,
    SOURCE_LABELS,
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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!{}~])")


def md(text: str | None) -> str:
    """Escape Markdown and inline-HTML characters; fold line breaks (cells stay one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _task_table(tasks: list[Task]) -> list[str]:
    lines = [
        "| 编号 | 责任单位 | 会议日期 | 议题 | 类别 | 任务内容 | 时限 | 状态 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for task in tasks:
        lines.append(
            f"| {task.id} | {md(task.unit)} | {chinese_date(task.meeting_date)} "
            f"| {chinese_number(task.item_number)}、{md(task.item_title)} | {SOURCE_LABELS[task.source]} "
            f"| {md(task.text)} | {md(task.deadline_text) or '—'} | {status_label(task.status)} |"
        )
    return lines


def render_digest_markdown(digest: Digest) -> str:
    lines = [f"# {DIGEST_TITLE}", "", f"**{week_line(digest)}**", "", summary_line(digest), ""]
    lines += ["## 一、会议概况", ""]
    if not digest.meetings:
        lines += ["本周无常务会议。", ""]
    for meeting in digest.meetings:
        lines += [f"### {md(meeting_title(meeting))}", "", md(meeting_line(meeting)), ""]
        lines += ["| 序号 | 议题 | 议定 | 牵头单位 | 印发或报送 |", "| --- | --- | --- | --- | --- |"]
        for item in meeting.items:
            lines.append(
                f"| {chinese_number(item.number)} | {md(item.title)} | {md(item.decision) or '—'} "
                f"| {md(join_units(item.lead_units))} | {md(item_route(item))} |"
            )
        lines.append("")
    lines += ["## 二、工作部署（按单位）", ""]
    if not digest.directives_by_unit:
        lines += ["本周无工作部署。", ""]
    for group in digest.directives_by_unit:
        lines += [f"### {md(group.unit)}（{len(group.directives)}条）", ""]
        for n, directive in enumerate(group.directives, start=1):
            deadline = f"（时限：{md(directive.deadline_text)}）" if directive.deadline_text else ""
            lines.append(
                f"{n}. {directive_source(directive)}{md(directive.text)}{deadline}"
            )
        lines.append("")
    lines += ["## 三、本周新增督办任务", ""]
    lines += (_task_table(digest.tasks_opened) if digest.tasks_opened else ["无。"]) + [""]
    lines += ["## 四、往期未办结任务", ""]
    lines += (_task_table(digest.tasks_carried_over) if digest.tasks_carried_over else ["无。"]) + [""]
    counts = digest.counts
    lines += [
        "## 五、统计",
        "",
        "| 会议 | 议题 | 工作部署 | 新增任务 | 往期未办结 |",
        "| --- | --- | --- | --- | --- |",
        f"| {counts.meetings} | {counts.items} | {counts.directives} "
        f"| {counts.tasks_opened} | {counts.tasks_carried_over} |",
        "",
    ]
    return "\n".join(lines)
