"""A minutes record as a readable Chinese Markdown summary."""

from __future__ import annotations

import re

from summarizer.render.labels import KIND_LABELS, finding_label, flag_label
from summarizer.schema import Directive, Item, Minutes

EXCERPT_LENGTH = 80


def _excerpt(text: str) -> str:
    first = re.match(r"[^。；！？]*[。；！？]?", text)
    sentence = first.group() if first else text
    if len(sentence) > EXCERPT_LENGTH:
        return sentence[:EXCERPT_LENGTH] + "…"
    return sentence if len(sentence) == len(text) else sentence + "…"


def _md(text: str) -> str:
    """Escape the characters Markdown would treat as markup."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _directive(directive: Directive) -> str:
    who = "；".join(directive.addressees) if directive.addressees else "（未指明对象）"
    line = f"  - {_md(directive.marker)}**{_md(who)}**：{_md(_excerpt(directive.text))}"
    deadlines = [d.text + (f"（{d.date.isoformat()}）" if d.date else "") for d in directive.deadlines]
    if deadlines:
        line += f" ⏰ 时限：{_md('、'.join(deadlines))}"
    return line


def _item(item: Item) -> list[str]:
    lines = [f"## {_md(item.heading)}", ""]
    lines.append(f"- **议题**：{_md(item.title)}（{KIND_LABELS[item.kind]}）")
    lines.append(f"- **决定**：{_md(item.decision or '未载明')}")
    lines.append(f"- **牵头单位**：{_md('、'.join(item.lead_units) or '未载明')}")
    lines.append(f"- **印发/报送**：{_md('；'.join(item.issuance) or '未载明')}")
    if item.summary:
        lines.append(f"- **摘要**：{_md(item.summary)}")
    if item.directives:
        lines.append("- **工作要求**：")
        lines.extend(_directive(d) for d in item.directives)
    if item.flags:
        lines.append(f"- ⚠ {_md('；'.join(flag_label(f) for f in item.flags))}")
    return [*lines, ""]


def render(minutes: Minutes) -> str:
    title = (minutes.issuer or "") + (minutes.doc_type or "会议纪要")
    if minutes.number is not None:
        title += f" 第{minutes.number}号"
    meeting = minutes.meeting
    lines = [f"# {_md(title)}", ""]
    when = meeting.date.isoformat() if meeting.date else "日期未载明"
    session = f"第{meeting.session}次会议" if meeting.session else ""
    lines.append(f"- **会议**：{when}{meeting.part_of_day or ''} {session}".rstrip())
    if meeting.chair:
        lines.append(f"- **主持**：{_md(meeting.chair)}（{_md(meeting.chair_title or '')}）")
    if minutes.issued_by or minutes.issued_on:
        issued_on = minutes.issued_on.isoformat() if minutes.issued_on else ""
        lines.append(f"- **印发**：{_md(minutes.issued_by or '')} {issued_on}".rstrip())
    lines.append(f"- **议题数**：{len(minutes.items)}")
    if minutes.truncated:
        lines.append("- ⚠ **文档不完整**：文末缺失，后续议题可能遗漏")
    for finding in minutes.findings:
        if finding.level != "info" and finding.code != "truncated":
            lines.append(f"- ⚠ {_md(finding_label(finding.code, finding.message))}")
    lines.append("")
    for item in minutes.items:
        lines.extend(_item(item))
    if minutes.attendees:
        lines.append(f"**出席**：{_md('、'.join(minutes.attendees))}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
