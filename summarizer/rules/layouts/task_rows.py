"""A table of tasks under an item (`序号 | 议定事项 | 责任单位 | 配合单位 | 完成时限`), any layout's.

A special-topic meeting hears a plan, agrees to it and lists what each unit must do by when in a
table whose rows are that item's directives: the task cell is the directive, the 责任单位 cell
says who must do it and the 完成时限 cell by when. (A table whose rows are the items themselves,
with a 议题 column, is the table layout's.)
"""

from __future__ import annotations

from summarizer.rules import patterns
from summarizer.rules.blocks import ItemBlock, Paragraph, Region, pieces, positions_within
from summarizer.rules.layouts import Page

_TASK_ROLES = ("decision", "requirement")


def split_task_rows(page: Page, items: list[ItemBlock]) -> None:
    """Each item's paragraphs that are a task table's header and rows become one directive per row."""
    if len(page.cell_starts) < 2:
        return
    for item in items:
        header = next((i for i, p in enumerate(item.paragraphs) if _roles(page, p) is not None), None)
        if header is None:
            continue
        roles = _roles(page, item.paragraphs[header])
        assert roles is not None
        rows = [_task(page, roles, p, number) for number, p in enumerate(item.paragraphs[header + 1 :], 1)]
        count = next((i for i, row in enumerate(rows) if row is None), len(rows))
        if count:
            item.paragraphs[header : header + 1 + count] = [row for row in rows[:count] if row is not None]


def _roles(page: Page, paragraph: Paragraph) -> list[str] | None:
    """The roles of a header row's cells: a number, the task, and who or by when; no 议题 column."""
    cells = _cells(page, paragraph)
    roles = [next((r for r, p in patterns.TABLE_COLUMNS if p.fullmatch(page.text, c.start, c.end)), "") for c in cells]
    tasks = [role for role in roles if role in _TASK_ROLES]
    if len(cells) < 3 or roles[0] != "number" or "heading" in roles or len(tasks) != 1:
        return None
    return roles if {"lead", "deadline"} & set(roles) else None


def _task(page: Page, roles: list[str], paragraph: Paragraph, number: int) -> Paragraph | None:
    """Row `number` (`1 | 对68处易涝点… | 市城市管理局 | 各区政府 | 4月15日前`) as a directive paragraph."""
    cells = _cells(page, paragraph)
    if len(cells) != len(roles) or page.text[cells[0].start : cells[0].end].strip() != str(number):
        return None
    by_role = dict(zip(roles, cells, strict=True))
    task = next(by_role[role] for role in _TASK_ROLES if role in by_role)
    return Paragraph("", task.start, task.end, by_role.get("lead"), by_role.get("deadline"))


def _cells(page: Page, paragraph: Paragraph) -> list[Region]:
    if not positions_within(page.cell_starts, paragraph.start + 1, paragraph.end):
        return []
    return pieces(page.text, paragraph.start, paragraph.end, page.cell_starts)
