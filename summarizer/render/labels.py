"""Chinese labels for what the record says in code: item kinds, fields, check flags, findings.

One table for every reader-facing surface (Markdown summary, digests, the officials' page).
"""

from __future__ import annotations

import re

KIND_LABELS = {"review": "审议", "hearing": "听取汇报", "study": "研究", "other": "其他"}

FIELD_LABELS = {
    "title": "议题", "kind": "类型", "documents": "文件", "decision": "决定", "lead_units": "牵头单位",
    "issuance": "印发/报送", "directives": "工作要求", "addressees": "对象", "action": "要求事项",
    "deadlines": "时限", "date": "日期", "text": "原文", "summary": "摘要",
}

FLAG_LABELS = {
    "no_decision_found": "未识别到决定语句",
    "lead_unit_inferred_from_proposer": "牵头单位由提请单位推断",
    "deadline_without_directive": "表格中的完成时限没有对应的工作要求",
    "ungrounded": "未能在原文中定位",
    "differs": "模型与规则结果不一致",
    "implausible": "模型给出的日期不合理，已弃用",
    "model_failed": "模型抽取失败，已改用规则结果",
    "model_skipped": "未送模型（无法定位原文），使用规则结果",
}

FINDING_LABELS = {
    "no_items": "未识别出任何议题：请确认这是常务会议纪要，而不是会议通知或新闻稿",
    "no_meeting_date": "未找到会议日期",
    "meeting_date_incomplete": "会议日期不全（没有年份或月份），请在审核时补全",
    "truncated": "原文可能不完整，后续议题可能缺失",
    "instruction_like_text": "原文含有针对模型的指令性文字，已作为普通内容处理",
    "unassigned_paragraph": "第一个议题之前有一段工作要求未归入任何议题，请核对并手工登记",
    "other_story_left_out": "页面上另有一篇报道（非本次常务会议），未计入议题，请核对",
}


def field_label(path: str) -> str:
    """`lead_units[0]` → 牵头单位; `directives[1].deadlines[0].date` → 工作要求2·时限1·日期."""
    parts = []
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        label = FIELD_LABELS.get(name, name)
        parts.append(label + (str(int(index) + 1) if index and name in ("directives", "deadlines") else ""))
    return "·".join(parts)


def flag_label(flag: str) -> str:
    """A check flag (`differs:lead_units`, `model_failed:length`) in Chinese."""
    code, _, detail = flag.partition(":")
    label = FLAG_LABELS.get(code, f"检查提示：{code}")
    if not detail:
        return label
    if code in ("ungrounded", "differs", "implausible"):
        return f"{label}：{field_label(detail)}"
    return f"{label}（{detail}）"


def finding_label(code: str, message: str) -> str:
    """The finding in Chinese, with the words it is about when its message quotes them (`「…」`)."""
    label = FINDING_LABELS.get(code)
    if label is None:
        return message or code
    words = finding_quote(message)
    return f"{label}：「{words}」" if words is not None else label


def finding_quote(message: str) -> str | None:
    """The words a finding's message quotes (`…: 「4月1日」` → 4月1日)."""
    quote = _QUOTE.search(message)
    return quote.group(1) if quote else None


_QUOTE = re.compile("「([^」]*)」")
