"""Pure presentation helpers for the officials' page: labels, cards, flags, highlighting.

Nothing here imports streamlit, so every function is testable on its own. User-facing
strings are Chinese; identifiers are English.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from summarizer import (
    BIDI_CONTROLS,
    InputError,
    Item,
    MeetingRow,
    Minutes,
    RefusedError,
    RunInfo,
    Span,
    finding_label,
    finding_quote,
    flag_label,
    iter_grounded,
)

ACCEPTED_SUFFIXES = ("pdf", "docx", "txt", "html", "htm")

# The fields an official can point at on an item card, in reading order.
FIELD_LABELS: dict[str, str] = {
    "item": "整个议题",
    "heading": "标题",
    "title": "议题",
    "documents": "审议文件",
    "decision": "决定",
    "decision_paragraph": "决定原文",
    "lead_units": "牵头单位",
    "issuance": "印发/报送",
    "directives": "工作要求",
}

CHINESE_NUMERALS = "〇一二三四五六七八九"

LEVEL_LABELS = {"info": "提示", "warning": "注意", "error": "错误"}


# Characters that Markdown, Streamlit's directives (`:red[…]`, `:material/x:`) or its LaTeX
# (`$…$`) read as markup. Document text is data: on the page it must never become a link, an
# image fetched from another host, styled text or an icon.
_MARKUP = frozenset("\\`*_{}[]<>()#+-.!|~$:=&")
# GitHub-flavoured Markdown also links bare `http://…`, `www.…` and `a@b.cn` found in the text
# after escapes are resolved (and Chinese has no spaces to end such a link), so those get an
# invisible WORD JOINER (U+2060) that breaks the pattern and not the reading.
_WORD_JOINER = "\u2060"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")  # stored text keeps them; the page shows text in stored order
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\\?\.)|(?<=@)")


def md(text: str | None) -> str:
    """`text` for st.markdown/st.caption/st.subheader, shown exactly as written (every markup
    character backslash-escaped, which CommonMark renders as the character itself; bare links
    defused)."""
    plain = _BIDI.sub("", text or "")
    return defuse_autolinks("".join("\\" + c if c in _MARKUP else c for c in plain))


def defuse_autolinks(markdown: str) -> str:
    """Markdown whose bare URLs, `www.` names and e-mail addresses stay text."""
    return _AUTOLINK.sub(_WORD_JOINER, markdown)


@dataclass(frozen=True)
class Flag:
    """A check flag on a card: a Chinese label and how loud to show it."""

    level: str
    label: str


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for agenda numbering)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CHINESE_NUMERALS[ones]
    head = "" if tens == 1 else CHINESE_NUMERALS[tens]
    return head + "十" + (CHINESE_NUMERALS[ones] if ones else "")


def format_date(value: dt.date | None) -> str:
    if value is None:
        return "未识别"
    return f"{value.year}年{value.month}月{value.day}日"


def header_facts(minutes: Minutes) -> list[tuple[str, str]]:
    """The header facts an official reads first: date, session, chair, number, issuer."""
    meeting = minutes.meeting
    date = format_date(meeting.date) + (meeting.part_of_day or "")
    printed = next((finding_quote(f.message) for f in minutes.findings if f.code == "meeting_date_incomplete"), None)
    if meeting.date is None and printed:  # what the page printed; the flag below asks for the rest
        date = f"{printed}（缺年份）" if "月" in printed else f"{printed}（缺年月）"
    session = f"第{meeting.session}次常务会议" if meeting.session is not None else meeting.session_text
    chair = meeting.chair or "未识别"
    if meeting.chair and meeting.chair_title:
        chair = f"{meeting.chair}（{meeting.chair_title}）"
    facts = [("会议日期", date), ("会议", session or "未识别"), ("主持", chair)]
    if minutes.number is not None:
        facts.append(("纪要编号", f"第{minutes.number}号"))
    if minutes.issued_by or minutes.issued_on:
        facts.append(("印发", f"{minutes.issued_by or ''} {format_date(minutes.issued_on)}".strip()))
    return facts


def meeting_label(
    issuer: str | None, number: int | None, day: dt.date | None, items: int, pending: bool = False
) -> str:
    """How the meeting picker names a stored meeting: review state, issuer, number and date
    (`【待审核】太仓市 第10号 2023年5月23日`), never the file name, which two folders can share."""
    short = (issuer or "").removesuffix("人民政府") or "发文机关未识别"
    number_text = f"第{number}号" if number is not None else "编号未识别"
    mark = "【待审核】" if pending else ""
    return f"{mark}{short} {number_text} {format_date(day) if day else '日期未识别'}（{items} 项议题）"


def meeting_labels(rows: Sequence[MeetingRow]) -> dict[str, str]:
    """Picker labels by sha256; meetings that would share a label also show their file name."""
    labels = {
        r.sha256: meeting_label(r.issuer, r.number, r.meeting_date, r.item_count, r.review == "pending") for r in rows
    }
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    return {
        r.sha256: labels[r.sha256] + (f" · {r.doc_id} · {r.sha256[:8]}" if counts[labels[r.sha256]] > 1 else "")
        for r in rows
    }


def item_label(item: Item) -> str:
    """A one-line label for choosers: the heading, or a numbered title when none was read."""
    return item.heading or f"{chinese_number(item.number)}、{item.title}"


def ungrounded_fields(item: Item) -> list[str]:
    """Labels of the item's filled fields that have no span, or a span marked `none`."""
    missing: list[str] = []
    for name in ("title", "decision", "lead_units", "issuance"):
        value = getattr(item, name)
        if not value:
            continue
        span = item.spans.get(name)
        spans = span if isinstance(span, list) else [span] if span is not None else []
        if not spans or any(s.alignment == "none" for s in spans):
            missing.append(FIELD_LABELS[name])
    for directive in item.directives:
        span = directive.spans.get("text")
        if not isinstance(span, Span) or span.alignment == "none":
            missing.append(f"工作要求{directive.marker}")
    return missing


def item_flags(item: Item, minutes: Minutes) -> list[Flag]:
    """Check flags for one card: ungrounded values, structure flags, findings inside it."""
    flags: list[Flag] = []
    missing = ungrounded_fields(item)
    if missing:
        flags.append(Flag("warning", "未能在原文中定位：" + "、".join(missing)))
    for code in item.flags:
        flags.append(Flag("warning", flag_label(code)))
    extent = item_extent(item)
    if extent is not None:
        for finding in minutes.findings:
            if finding.span is not None and extent.start <= finding.span.start < extent.end:
                level = LEVEL_LABELS.get(finding.level, finding.level)
                flags.append(Flag(finding.level, f"{level}：{finding_label(finding.code, finding.message)}"))
    if item.origin == "model":
        flags.append(Flag("info", "由模型抽取"))
    return flags


def document_flags(minutes: Minutes) -> list[Flag]:
    """Document-level flags: truncation and findings that belong to no item."""
    flags: list[Flag] = []
    if minutes.truncated:
        flags.append(Flag("error", "原文可能被截断，部分议题可能缺失"))
    extents = [e for e in (item_extent(item) for item in minutes.items) if e is not None]
    for finding in minutes.findings:
        inside = finding.span is not None and any(e.start <= finding.span.start < e.end for e in extents)
        if not inside:
            level = LEVEL_LABELS.get(finding.level, finding.level)
            flags.append(Flag(finding.level, f"{level}：{finding_label(finding.code, finding.message)}"))
    return flags


def item_extent(item: Item) -> Span | None:
    """The smallest span covering every grounded value of the item."""
    spans = [span for _, _, span in iter_grounded(item)]
    if not spans:
        return None
    return Span(start=min(s.start for s in spans), end=max(s.end for s in spans))


def field_spans(item: Item, field: str) -> list[Span]:
    """Where a card field came from: one span per value (for `item`, the whole extent)."""
    if field == "item":
        extent = item_extent(item)
        return [extent] if extent is not None else []
    if field == "directives":
        return [s for d in item.directives if isinstance(s := d.spans.get("text"), Span)]
    span = item.spans.get(field)
    if span is None:
        return []
    return list(span) if isinstance(span, list) else [span]


def available_fields(item: Item) -> list[str]:
    """The field keys of FIELD_LABELS that have at least one span on this item."""
    return [name for name in FIELD_LABELS if field_spans(item, name)]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans (overlapping or touching ones merged)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(start=last.start, end=max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def highlight_html(text: str, spans: Sequence[Span], *, height_px: int = 560) -> str:
    """The source text as escaped HTML with every span wrapped in <mark>.

    The first mark has id `hl-first` so the page can scroll it into view. Offsets past the end
    of the text are clipped, never an error: a bad span must not hide the source.
    """
    parts: list[str] = []
    cursor = 0
    for i, span in enumerate(merge_spans(spans)):
        start, end = min(span.start, len(text)), min(span.end, len(text))
        if start < cursor:
            continue
        parts.append(_shown(text[cursor:start]))
        mark_id = ' id="hl-first"' if i == 0 else ""
        parts.append(f'<mark class="src-hl"{mark_id}>{_shown(text[start:end])}</mark>')
        cursor = end
    parts.append(_shown(text[cursor:]))
    return (
        f'<div class="source-text" style="white-space: pre-wrap; max-height: {height_px}px; '
        "overflow-y: auto; border: 1px solid #ddd; border-radius: 6px; padding: 0.75rem; "
        f'line-height: 1.7; font-size: 0.95rem;">{"".join(parts)}</div>'
    )


def _shown(text: str) -> str:
    """Source text as HTML: escaped, bidirectional controls left out (offsets are the caller's)."""
    return html.escape(_BIDI.sub("", text))


def excerpt(text: str, span: Span, *, context: int = 40) -> str:
    """The span's text with a little context either side, on one line."""
    start, end = max(0, span.start - context), min(len(text), span.end + context)
    snippet = text[start:end].replace("\n", " ")
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def check_upload(name: str, size: int, max_bytes: int) -> None:
    """Refuse an upload by type or size before it reaches the extractor."""
    suffix = PurePath(name).suffix.lower().lstrip(".")
    if suffix not in ACCEPTED_SUFFIXES:
        allowed = "、".join(s.upper() for s in ACCEPTED_SUFFIXES)
        message = f"不支持的文件类型“.{suffix or '无扩展名'}”，请上传 {allowed} 文件。"
        raise InputError(f"{name}: unsupported file type .{suffix}", zh=message)
    if size > max_bytes:
        message = f"文件大小 {size / 1024 / 1024:.1f} MB 超过上限 {max_bytes / 1024 / 1024:.0f} MB。"
        raise InputError(f"{name}: {size} bytes, over the limit of {max_bytes}", zh=message)
    if size == 0:
        raise InputError(f"{name}: the file is empty", zh="文件为空，请检查后重新上传。")


ERROR_PREFIXES: dict[str, str] = {
    "InputError": "无法读取该文件",
    "ConfigError": "配置有误",
    "ModelError": "模型调用失败，请稍后重试或关闭模型开关",
    "StoreError": "数据库读写失败",
}


def error_message(exc: BaseException) -> str:
    """One Chinese line for the page: the error's kind, then its own Chinese line (`exc.zh`) if it
    has one. Never English, never a traceback; model errors carry no detail (their text may
    echo an endpoint), unknown errors none at all."""
    name = next((c.__name__ for c in type(exc).__mro__ if c.__name__ in ERROR_PREFIXES), None)
    if isinstance(exc, RefusedError) and exc.zh:
        return exc.zh  # a refused correction or step: its line is a whole sentence
    if name is None:
        return "系统内部错误，处理未完成。请联系管理员查看服务日志。"
    prefix = ERROR_PREFIXES[name]
    detail = (getattr(exc, "zh", None) or "").strip()
    if name == "ModelError" or not detail:
        return prefix + "。"
    return f"{prefix}：{detail}"


def model_usage_line(run: RunInfo) -> str:
    """What a model run cost, for the line under the meeting header (never the key or URL)."""
    usage = run.usage
    return (
        f"模型：{run.model} · 请求 {usage.requests} 次（缓存命中 {usage.cache_hits}，重试 {usage.retries}，"
        f"追问 {usage.reasks}）· 输入 {usage.input_tokens} / 输出 {usage.output_tokens} tokens"
    )
