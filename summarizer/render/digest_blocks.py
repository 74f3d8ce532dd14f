"""The digest laid out once, as blocks (headings, paragraphs, tables with column widths), so the
Markdown, HTML and Word digests carry the same content and differ only in markup.

Column widths are millimetres of the GB/T 9704 text block (156 mm wide); the task text gets
most of the width. A table's `lights` give each row's warning light (红黄绿灰) for the light
column, which renderers colour.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from summarizer.digest import Digest, DigestTask, IssuerSection
from summarizer.render.digest_text import (
    REVIEW_LABELS,
    chinese_date,
    chinese_number,
    item_route,
    join_units,
    light_word,
    meeting_line,
    meeting_title,
    remaining_label,
    unit_text,
)
from summarizer.supervision.dues import Light

TEXT_WIDTH_MM = 156.0

ITEM_HEADERS = ["序号", "议题", "议定", "牵头单位", "印发或报送"]
ITEM_WIDTHS = [12.0, 58.0, 22.0, 32.0, 32.0]
NEW_TASK_HEADERS = ["编号", "议题", "责任单位", "任务内容", "时限", "预警"]
NEW_TASK_WIDTHS = [14.0, 12.0, 28.0, 70.0, 20.0, 12.0]
CARRIED_HEADERS = ["编号", "会议", "责任单位", "任务内容", "截止日期", "距截止", "预警"]
CARRIED_WIDTHS = [12.0, 20.0, 22.0, 56.0, 16.0, 18.0, 12.0]
PENDING_HEADERS = ["会议", "会议日期", "议题数", "审核状态"]
PENDING_WIDTHS = [70.0, 38.0, 20.0, 28.0]
UNIT_HEADERS = ["责任单位", "未办结", "其中逾期", "7日内到期", "无时限"]
UNIT_WIDTHS = [60.0, 24.0, 24.0, 24.0, 24.0]


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、 (黑体); 2: （一） (楷体); 3: a meeting's title
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Table:
    headers: list[str]
    widths: list[float]
    rows: list[list[str]]
    light_column: int | None = None
    lights: list[Light | None] = field(default_factory=list)


Block = Heading | Para | Table


def _ids(ids: list[int]) -> str:
    """`12`, `12—14` for a run of consecutive ids, else `12、15`."""
    if len(ids) > 1 and ids == list(range(ids[0], ids[0] + len(ids))):
        return f"{ids[0]}—{ids[-1]}"
    return "、".join(str(i) for i in ids)


def _new_tasks(tasks: list[DigestTask]) -> Table:
    """One row per requirement: a directive addressed to three units is one row naming the three
    (their task numbers together), not the same paragraph three times."""
    groups: dict[tuple[int, str, str | None, Light | None], list[DigestTask]] = {}
    for task in tasks:
        groups.setdefault((task.item_number, task.text, task.deadline_text, task.light), []).append(task)
    rows, lights = [], []
    for (item_number, text, deadline, task_light), group in groups.items():
        units = "、".join(unit_text(t) for t in group)
        rows.append([_ids([t.id for t in group]), chinese_number(item_number), units, text, deadline or "—",
                     light_word(task_light)])
        lights.append(task_light)
    return Table(NEW_TASK_HEADERS, NEW_TASK_WIDTHS, rows, light_column=5, lights=lights)


def short_date(day: dt.date | None, year: int) -> str:
    """`5月18日` within `year`, `2023年5月18日` outside it."""
    if day is None:
        return "—"
    return f"{day.month}月{day.day}日" if day.year == year else chinese_date(day)


def _carried(tasks: list[DigestTask], year: int) -> Table:
    rows = [
        [
            str(t.id), (f"第{t.number}号·" if t.number is not None else "") + short_date(t.meeting_date, year),
            unit_text(t), t.text, short_date(t.due_date, year), remaining_label(t.remaining_days),
            light_word(t.light),
        ]
        for t in tasks
    ]
    return Table(CARRIED_HEADERS, CARRIED_WIDTHS, rows, light_column=6, lights=[t.light for t in tasks])


def _section_blocks(section: IssuerSection, number: int, year: int) -> list[Block]:
    blocks: list[Block] = [Heading(1, f"{chinese_number(number)}、{section.title}")]
    parts = ["本周会议"]
    if section.pending:
        parts.append("待审核会议")
    if section.issuer is not None:
        parts += ["往期任务提醒", "各单位未办结任务"]
    heads = {name: f"（{chinese_number(i)}）{name}" for i, name in enumerate(parts, start=1)}

    blocks.append(Heading(2, heads["本周会议"]))
    if not section.meetings:
        blocks.append(Para("本周无已确认的常务会议。" if section.pending else "本周无常务会议。"))
    for meeting in section.meetings:
        blocks += [Heading(3, meeting_title(meeting)), Para(meeting_line(meeting))]
        rows = [
            [chinese_number(i.number), i.title, i.decision or "—", join_units(i.lead_units), item_route(i)]
            for i in meeting.items
        ]
        blocks.append(Table(ITEM_HEADERS, ITEM_WIDTHS, rows))
        if meeting.tasks:
            blocks += [Para(f"本次会议新增督办任务{len(meeting.tasks)}项："), _new_tasks(meeting.tasks)]
        else:
            blocks.append(Para("本次会议无新增督办任务。"))

    if section.pending:
        blocks += [
            Heading(2, heads["待审核会议"]),
            Para("以下会议尚待审核确认，其任务暂不计入台账和本周报。"),
            Table(
                PENDING_HEADERS, PENDING_WIDTHS,
                [[meeting_title(m), chinese_date(m.date), str(len(m.items)), REVIEW_LABELS.get(m.review, m.review)]
                 for m in section.pending],
            ),
        ]

    if section.issuer is None:
        blocks.append(Para("发文机关未识别的会议只列其本身的任务，不列往期任务。"))
        return blocks

    blocks.append(Heading(2, heads["往期任务提醒"]))
    listed = len(section.carried_over)
    line = f"往期会议任务中，逾期未办结{section.overdue_total}项，7日内到期{section.due_soon_total}项"
    if listed < section.carried_total:
        line += f"；下表列出最近的{listed}项，其余请查阅督办台账"
    blocks.append(Para(line + "。"))
    if section.carried_over:
        blocks.append(_carried(section.carried_over, year))

    blocks.append(Heading(2, heads["各单位未办结任务"]))
    counts = [*section.unit_counts, *([section.other_units] if section.other_units else [])]
    if not counts:
        blocks.append(Para("无未办结任务。"))
    else:
        rows = [[c.unit, str(c.open), str(c.overdue), str(c.due_soon), str(c.undated)] for c in counts]
        blocks.append(Table(UNIT_HEADERS, UNIT_WIDTHS, rows))
    return blocks


def digest_blocks(digest: Digest) -> list[Block]:
    """Everything below the masthead (title, week, office and date), in reading order."""
    if not digest.sections:
        return [Para("本周无常务会议。")]
    blocks: list[Block] = []
    for number, section in enumerate(digest.sections, start=1):
        blocks += _section_blocks(section, number, digest.as_of.year)
    return blocks
