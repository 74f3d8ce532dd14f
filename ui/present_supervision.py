"""Pure helpers for the 督办台账, 统计 and 催办 pages: table rows, deep links, filters from the URL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import fields
from typing import Any
from urllib.parse import urlencode

import pandas

from summarizer import (
    COUNTED,
    LIGHT_LABELS,
    VIEW_LABELS,
    GroupBy,
    LedgerFilter,
    LedgerRow,
    StatRow,
    cell_filter,
    light,
    remaining_text,
    state_label,
)

LEDGER_PATH = "ledger"
# URL parameter → LedgerFilter field (short, readable links: /ledger?unit=市发改委&view=overdue).
PARAMS = {"unit": "unit", "issuer": "issuer", "status": "status", "view": "view", "doc": "doc_id", "item": "item",
          "q": "text"}
INT_FIELDS = {"item", "task_id"}


# Cell colours of the 预警 column (the table is drawn on a canvas: emoji marks would need an emoji font).
LIGHT_STYLES = {
    "逾期": "background-color: #c62828; color: white",
    "临期": "background-color: #f9a825; color: black",
    "正常": "background-color: #2e7d32; color: white",
    "无时限": "background-color: #9e9e9e; color: white",
}


def light_text(row: LedgerRow) -> str:
    return LIGHT_LABELS[row.light] if row.light else ""


def light_style(value: object) -> str:
    return LIGHT_STYLES.get(str(value), "")


def ledger_rows(rows: list[LedgerRow]) -> list[dict[str, object]]:
    """The ledger table: light and due date first (what a supervisor scans), then who, what, where from."""
    return [
        {
            "预警": light_text(row),
            "完成时限": row.due_date.isoformat() if row.due_date else "无时限",
            "剩余": row.remaining,
            "责任单位": row.unit,
            "任务内容": row.text,
            "状态": state_label(row.status) + ("（延期待批）" if row.pending_due else ""),
            "发文机关": row.issuer or "",
            "会议": row.meeting,
            "议题": f"{row.item_number}. {row.item_title}",
            "编号": row.id,
        }
        for row in rows
    ]


def styled(rows: list[dict[str, object]]) -> Any:
    """The rows as a pandas Styler with the 预警 cells coloured red / yellow / green / grey."""
    frame = pandas.DataFrame(rows)
    return frame.style.map(light_style, subset=["预警"]) if "预警" in frame.columns else frame


BADGE_COLORS = {"red": "red", "yellow": "orange", "green": "green", "grey": "gray"}
LIGHT_TEXT: dict[str, str] = {str(k): v for k, v in LIGHT_LABELS.items()}


def light_badge(due: dt.date | None, state: str, today: dt.date, warn: int) -> str:
    """`:red-badge[逾期3天]`: one task's light as a coloured badge (empty once closed)."""
    found = light(due, state, today, warn)
    if found is None:
        return ""
    left = remaining_text(due, state, today)
    text = left if found in ("red", "grey") else f"{LIGHT_LABELS[found]} · {left}"
    return f":{BADGE_COLORS[found]}-badge[{text}]"


def light_badges(rows: list[LedgerRow]) -> dict[int, str]:
    """Item number → coloured badges counting its tasks by light (`:red-badge[逾期 2]` …) and closed ones."""
    counts: dict[int, dict[str, int]] = {}
    for row in rows:
        key = row.light or "closed"
        counts.setdefault(row.item_number, {}).setdefault(key, 0)
        counts[row.item_number][key] += 1
    out = {}
    for number, found in counts.items():
        parts = [f":{BADGE_COLORS[k]}-badge[{LIGHT_TEXT[k]} {found[k]}]"
                 for k in ("red", "yellow", "green", "grey") if k in found]
        if "closed" in found:
            parts.append(f":blue-badge[已办结或取消 {found['closed']}]")
        out[number] = " ".join(parts)
    return out


def filter_from_params(params: Mapping[str, str]) -> LedgerFilter:
    """A ledger filter from URL parameters; unknown or malformed values are ignored."""
    values: dict[str, object] = {}
    for param, field in PARAMS.items():
        raw = params.get(param)
        if not raw:
            continue
        if field in INT_FIELDS:
            if raw.isdigit():
                values[field] = int(raw)
        elif field == "view":
            if raw in VIEW_LABELS:
                values[field] = raw
        else:
            values[field] = raw
    return LedgerFilter(**values)  # type: ignore[arg-type]


def params_of(flt: LedgerFilter) -> dict[str, str]:
    by_field = {field: param for param, field in PARAMS.items()}
    out = {}
    for f in fields(flt):
        value = getattr(flt, f.name)
        if value is not None and f.name in by_field and value != "":
            out[by_field[f.name]] = str(value)
    return out


def ledger_link(flt: LedgerFilter, shown_count: int | None = None) -> str:
    """A link to the ledger filtered to `flt`; `n` (ignored by the ledger) carries the count to display."""
    params = params_of(flt)
    if shown_count is not None:
        params["n"] = str(shown_count)
    return f"{LEDGER_PATH}?{urlencode(params)}"


STAT_HEADERS = {
    "assigned": "交办",
    "done": "办结",
    "on_time": "按期办结",
    "overdue": "逾期",
    "age_0_30": "未办结≤30天",
    "age_31_90": "未办结31至90天",
    "age_91": "未办结>90天",
}


def stat_rows(rows: list[StatRow], by: GroupBy, base: LedgerFilter) -> list[dict[str, object]]:
    """The statistics table: each count is a link to the ledger listing exactly those tasks."""
    out = []
    for row in rows:
        line: dict[str, object] = {"名称": row.key}
        for view in COUNTED:
            line[STAT_HEADERS[view]] = ledger_link(cell_filter(base, by, row.key, view), row.counts[view])
        rate = row.on_time_rate
        line["按期办结率"] = "—" if rate is None else f"{rate * 100:.1f}%"
        out.append(line)
    return out
