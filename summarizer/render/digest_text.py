"""Chinese wording shared by the digest renderers (titles, labels, numbers)."""

from __future__ import annotations

import datetime as dt

from summarizer.digest import Digest, DigestDirective, DigestItem, DigestMeeting

STATUS_LABELS = {
    "assigned": "已交办",
    "in_progress": "办理中",
    "closure_requested": "申请办结",
    "done": "已办结",
    "cancelled": "已取消",
}
SOURCE_LABELS = {"directive": "工作部署", "lead_unit": "牵头落实"}
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99 as Chinese numerals (一, 十二, 二十三); other numbers as digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def chinese_date(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "日期不详"


DIGEST_TITLE = "政府常务会议周报"


def week_line(digest: Digest) -> str:
    week = digest.week
    return f"{week.label}（{chinese_date(week.start)}至{chinese_date(week.end)}）"


def summary_line(digest: Digest) -> str:
    counts = digest.counts
    if counts.meetings == 0:
        head = "本周未召开常务会议。"
    else:
        head = (
            f"本周召开常务会议{counts.meetings}次，研究议题{counts.items}项，"
            f"部署工作{counts.directives}条。"
        )
    return head + f"本周新增督办任务{counts.tasks_opened}项，往期未办结任务{counts.tasks_carried_over}项。"


def meeting_title(meeting: DigestMeeting) -> str:
    issuer = meeting.issuer or ""
    number = f"第{meeting.number}号" if meeting.number is not None else ""
    return f"{issuer}常务会议纪要{number}".strip() or meeting.doc_id


def meeting_line(meeting: DigestMeeting) -> str:
    parts = [chinese_date(meeting.date) + (meeting.part_of_day or "")]
    if meeting.session is not None:
        parts.append(f"第{meeting.session}次常务会议")
    if meeting.chair:
        parts.append(f"{meeting.chair}{meeting.chair_title or ''}主持")
    return "，".join(parts)


def item_route(item: DigestItem) -> str:
    return "；".join(item.issuance) or "—"


def join_units(units: list[str]) -> str:
    return "、".join(units) or "—"


TASK_HEADERS = ["编号", "责任单位", "会议日期", "议题", "类别", "任务内容", "时限", "状态"]
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def directive_source(directive: DigestDirective) -> str:
    return f"〔{chinese_date(directive.meeting_date)}会议·议题{chinese_number(directive.item_number)}〕"
