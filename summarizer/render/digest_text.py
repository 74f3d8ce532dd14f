"""Chinese wording shared by the digest and ledger renderers (titles, labels, numbers, lights)."""

from __future__ import annotations

import datetime as dt

from summarizer.digest import Digest, DigestItem, DigestMeeting, DigestTask
from summarizer.supervision.dues import Light

STATUS_LABELS = {
    "assigned": "已交办",
    "in_progress": "办理中",
    "closure_requested": "申请办结",
    "done": "已办结",
    "cancelled": "已取消",
}
SOURCE_LABELS = {"directive": "工作部署", "lead_unit": "牵头落实"}
LIGHT_WORDS: dict[Light, str] = {"red": "红", "yellow": "黄", "green": "绿", "grey": "灰"}
LIGHT_RGB: dict[Light, str] = {"red": "C00000", "yellow": "B8860B", "green": "2E7D32", "grey": "7F7F7F"}
REVIEW_LABELS = {"pending": "待审核", "confirmed": "已确认"}
_DIGITS = "零一二三四五六七八九"

DIGEST_TITLE = "政府常务会议周报"
CSP = "default-src 'none'; style-src 'unsafe-inline'"


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


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def light_word(value: Light | None) -> str:
    return LIGHT_WORDS[value] if value else "—"


def remaining_label(days: int | None) -> str:
    if days is None:
        return "无时限"
    if days < 0:
        return f"逾期{-days}天"
    return "今日到期" if days == 0 else f"剩{days}天"


def meeting_ref(issuer: str | None, number: int | None, day: dt.date | None, *, with_issuer: bool) -> str:
    """How a person names a meeting: `太仓市人民政府第10号（2023年5月23日）`, never a file name."""
    who = (issuer or "未识别发文机关") if with_issuer else ""
    if number is not None:
        return f"{who}第{number}号（{chinese_date(day)}）"
    return f"{who}{chinese_date(day)}会议"


def unit_text(task: DigestTask) -> str:
    return task.unit + (f"（协办：{'、'.join(task.co_units)}）" if task.co_units else "")


def date_line(digest: Digest) -> str:
    return chinese_date(digest.as_of)


def office_line(digest: Digest) -> str:
    return f"{digest.office}编"


def summary_line(digest: Digest) -> str:
    counts = digest.counts
    if counts.meetings == 0 and counts.pending == 0:
        head = "本周未召开常务会议。"
    else:
        head = f"本周召开常务会议{counts.meetings + counts.pending}次"
        head += f"（其中{counts.pending}次待审核）" if counts.pending else ""
        head += f"，研究议题{counts.items}项，新增督办任务{counts.tasks_opened}项。"
    if not digest.sections:
        return head + "未指定发文机关，不列往期任务。"
    return head + f"截至{chinese_date(digest.as_of)}，往期任务逾期或7日内到期{counts.carried_total}项。"


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
