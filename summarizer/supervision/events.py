"""A task's history as people read it: China time, who and as what role, what happened, the note."""

from __future__ import annotations

from summarizer.clock import shown
from summarizer.store.ledger import TaskChange
from summarizer.supervision.lifecycle import EVENT_LABELS, state_label
from summarizer.supervision.roles import ROLE_TEXT


def event_text(change: TaskChange) -> str:
    """What happened: `进展反馈（2026-12-03）`, `申请延期（时限 2026-12-31）`, `办理中 → 申请办结`."""
    if change.kind in EVENT_LABELS:
        what = EVENT_LABELS[change.kind]
        if change.new_due:
            what += f"（时限 {change.new_due}）"
        if change.event_date:
            what += f"（{change.event_date}）"
        return what
    return f"{state_label(change.old_status or '')} → {state_label(change.new_status)}"


def actor_text(change: TaskChange) -> str:
    role = ROLE_TEXT.get(change.role, "督查室")
    unit = f"·{change.actor_unit}" if change.actor_unit else ""
    return f"{change.who or '未署名'}（{role}{unit}）"


def history_line(change: TaskChange) -> str:
    note = f" {change.note}" if change.note else ""
    return f"{shown(change.at)} {actor_text(change)}：{event_text(change)}{note}"
