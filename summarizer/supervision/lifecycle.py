"""The 督办 lifecycle of a task, as data: which action leads from which state to which, and who may take it.

    assigned 已交办 ─▶ in_progress 办理中 ─▶ closure_requested 申请办结 ─▶ done 已办结
                                   ▲                 │ return 退回 (reason required)
                                   └─────────────────┘
    extension 申请延期 (new due date + reason) ─▶ approve 同意延期 (due date moves) | reject 不同意延期
    cancel 已取消 (office, reason required)

An extension request is an event with its own pending state (`tasks.pending_due`), not a task state.
`check` is pure: it validates an action against the task's state, the actor's role and unit, and the
inputs, and returns the state the task moves to. `summarizer.supervision.record` writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from summarizer.errors import RefusedError
from summarizer.supervision.roles import ROLE_LABELS, Actor, Role

STATE_LABELS: dict[str, str] = {
    "assigned": "已交办",
    "in_progress": "办理中",
    "closure_requested": "申请办结",
    "done": "已办结",
    "cancelled": "已取消",
}
OPEN_STATES = ("assigned", "in_progress", "closure_requested")
WORKING = frozenset({"assigned", "in_progress"})
OFFICE: frozenset[Role] = frozenset({"office"})
OFFICE_OR_UNIT: frozenset[Role] = frozenset({"office", "unit"})


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    from_states: frozenset[str]
    to_state: str | None  # None: the state does not change
    roles: frozenset[Role]
    kind: str  # task_history.kind of the event
    needs_note: bool = False
    needs_due: bool = False  # a new due date (extension request)
    needs_pending: bool | None = None  # True: an extension request must be pending; False: none may be


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        Action("start", "开始办理", frozenset({"assigned"}), "in_progress", OFFICE_OR_UNIT, "status"),
        Action("progress", "进展反馈", WORKING, "in_progress", OFFICE_OR_UNIT, "progress", needs_note=True),
        Action("request_close", "申请办结", WORKING, "closure_requested", OFFICE_OR_UNIT, "status", needs_note=True),
        Action("approve", "同意办结", frozenset({"closure_requested"}), "done", OFFICE, "status"),
        Action("return", "退回", frozenset({"closure_requested"}), "in_progress", OFFICE, "status", needs_note=True),
        Action("close", "直接办结", WORKING, "done", OFFICE, "status", needs_note=True),
        Action(
            "request_extension", "申请延期", WORKING, None, OFFICE_OR_UNIT, "extension_request",
            needs_note=True, needs_due=True, needs_pending=False,
        ),
        Action(
            "approve_extension", "同意延期", frozenset(OPEN_STATES), None, OFFICE, "extension_approved",
            needs_pending=True,
        ),
        Action(
            "reject_extension", "不同意延期", frozenset(OPEN_STATES), None, OFFICE, "extension_rejected",
            needs_note=True, needs_pending=True,
        ),
        Action("cancel", "取消", frozenset(OPEN_STATES), "cancelled", OFFICE, "status", needs_note=True),
    )
}


EVENT_LABELS: dict[str, str] = {
    "progress": "进展反馈",
    "extension_request": "申请延期",
    "extension_approved": "同意延期",
    "extension_rejected": "不同意延期",
}


def state_label(state: str) -> str:
    return STATE_LABELS.get(state, state)


def _refuse(english: str, chinese: str) -> RefusedError:
    return RefusedError(english, zh=chinese)


def may_see(actor: Actor, unit: str, unit_verbatim: str = "") -> bool:
    """Unit users see only their unit's tasks; the office and leaders see all."""
    return actor.role != "unit" or actor.unit in (unit, unit_verbatim)


def available(state: str, actor: Actor, pending: bool, unit: str, unit_verbatim: str = "") -> list[Action]:
    """The actions this actor may take on a task in this state (what the page offers)."""
    if not may_see(actor, unit, unit_verbatim):
        return []
    return [
        a
        for a in ACTIONS.values()
        if state in a.from_states and actor.role in a.roles and (a.needs_pending is None or a.needs_pending == pending)
    ]


def check(
    name: str,
    *,
    state: str,
    actor: Actor,
    unit: str,
    unit_verbatim: str = "",
    pending: bool,
    note: str,
    new_due: dt.date | None = None,
) -> str:
    """Validate an action; return the task's next state. Raises RefusedError (with a Chinese line)."""
    action = ACTIONS.get(name)
    if action is None:
        raise _refuse(
            f"unknown action {name!r}; use one of: {', '.join(ACTIONS)}", f"未知的操作“{name}”。"
        )
    if not may_see(actor, unit, unit_verbatim):
        raise _refuse(
            f"{actor.name or 'this user'} ({actor.unit}) may not act on a task of {unit}",
            f"该任务不属于{actor.unit or '本单位'}，无权操作。",
        )
    if actor.role not in action.roles:
        allowed = "、".join(ROLE_LABELS[r] for r in sorted(action.roles))
        raise _refuse(
            f"{action.name} needs the role {' or '.join(sorted(action.roles))}; {actor.role} may not",
            f"“{action.label}”只能由{allowed}操作，{ROLE_LABELS[actor.role]}无权操作。",
        )
    if state not in action.from_states:
        raise _refuse(
            f"cannot {action.name} a task that is {state}",
            f"任务当前为“{state_label(state)}”，不能“{action.label}”。",
        )
    if action.needs_pending is True and not pending:
        raise _refuse(f"{action.name}: no extension request is pending", "该任务没有待审批的延期申请。")
    if action.needs_pending is False and pending:
        raise _refuse(f"{action.name}: an extension request is already pending", "该任务已有待审批的延期申请。")
    if action.needs_note and not note.strip():
        raise _refuse(f"{action.name} needs a note (--note)", f"“{action.label}”须填写说明或理由。")
    if action.needs_due and new_due is None:
        raise _refuse(f"{action.name} needs the new due date (--due YYYY-MM-DD)", "申请延期须填写新的完成时限。")
    return action.to_state or state
