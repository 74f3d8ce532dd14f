"""The 督办 lifecycle on a real store: who may take which step, what each step records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from summarizer.clock import shown
from summarizer.errors import InputError
from summarizer.store import Store
from summarizer.store.db import Database
from summarizer.store.migrations import MIGRATIONS, apply_migrations
from summarizer.supervision.events import history_line
from summarizer.supervision.lifecycle import ACTIONS, available, check
from summarizer.supervision.record import take_action
from summarizer.supervision.roles import Actor

TODAY = dt.date(2023, 7, 10)
OFFICE = Actor(name="ducha@example.gov.cn", role="office")
LEADER = Actor(name="leader@example.gov.cn", role="leader")


def unit_actor(unit: str) -> Actor:
    return Actor(name=f"{unit}@example.gov.cn", role="unit", unit=unit)


def test_every_action_names_real_states_and_roles() -> None:
    states = {"assigned", "in_progress", "closure_requested", "done", "cancelled"}
    for action in ACTIONS.values():
        assert action.from_states <= states and (action.to_state is None or action.to_state in states)
        assert action.roles <= {"office", "unit", "leader"} and "leader" not in action.roles
    # Nothing leaves a closed task.
    assert not [a for a in ACTIONS.values() if a.from_states & {"done", "cancelled"}]


def test_a_unit_reports_requests_closure_and_the_office_approves(corpus_store: Store) -> None:
    task = corpus_store.tasks(unit="市发改委")[0]
    fgw = unit_actor("市发改委")
    assert [a.name for a in available("assigned", fgw, False, task.unit)] == [
        "start", "progress", "request_close", "request_extension",
    ]
    take_action(corpus_store, task.id, "progress", fgw, note="已召开专题会", on=dt.date(2023, 7, 3), today=TODAY)
    take_action(corpus_store, task.id, "request_close", fgw, note="已印发实施", today=TODAY)
    with pytest.raises(InputError) as refused:
        take_action(corpus_store, task.id, "approve", fgw, today=TODAY)
    assert refused.value.zh == "“同意办结”只能由督查室操作，承办单位无权操作。"
    done = take_action(corpus_store, task.id, "approve", OFFICE, today=TODAY)
    assert done.status == "done" and done.done_on == TODAY
    assert [(h.kind, h.old_status, h.new_status, h.role, h.actor_unit) for h in done.history] == [
        ("progress", "assigned", "in_progress", "unit", "市发改委"),
        ("status", "in_progress", "closure_requested", "unit", "市发改委"),
        ("status", "closure_requested", "done", "office", None),
    ]
    assert done.history[0].event_date == dt.date(2023, 7, 3)
    line = history_line(done.history[0])
    actor = "市发改委@example.gov.cn（承办单位·市发改委）"
    assert line == f"{shown(done.history[0].at)} {actor}：进展反馈（2023-07-03） 已召开专题会"
    assert line.split(" ")[1].endswith("（北京时间）")


def test_a_unit_cannot_touch_another_units_task_and_a_leader_reads_only(corpus_store: Store) -> None:
    task = corpus_store.tasks(unit="市发改委")[0]
    with pytest.raises(InputError, match="may not act on a task of 市发改委"):
        take_action(corpus_store, task.id, "progress", unit_actor("市财政局"), note="x", today=TODAY)
    with pytest.raises(InputError, match="needs the role"):
        take_action(corpus_store, task.id, "progress", LEADER, note="x", today=TODAY)
    assert available("assigned", LEADER, False, task.unit) == []
    assert corpus_store.task(task.id).history == []


def test_return_needs_a_reason_and_goes_back_to_in_progress(corpus_store: Store) -> None:
    task = corpus_store.tasks()[0]
    take_action(corpus_store, task.id, "request_close", OFFICE, note="已完成", today=TODAY)
    with pytest.raises(InputError, match="needs a note"):
        take_action(corpus_store, task.id, "return", OFFICE, note="  ", today=TODAY)
    returned = take_action(corpus_store, task.id, "return", OFFICE, note="材料不全，请补充印发文件", today=TODAY)
    assert returned.status == "in_progress"
    assert returned.history[-1].note == "材料不全，请补充印发文件"


def test_an_extension_moves_the_due_date_only_when_approved(corpus_store: Store) -> None:
    task = corpus_store.tasks()[0]
    fgw = unit_actor(task.unit)
    with pytest.raises(InputError, match="new due date"):
        take_action(corpus_store, task.id, "request_extension", fgw, note="需协调省厅", today=TODAY)
    asked = take_action(
        corpus_store, task.id, "request_extension", fgw, note="需协调省厅", new_due=dt.date(2023, 9, 30), today=TODAY
    )
    assert asked.pending_due == dt.date(2023, 9, 30) and asked.due_date == task.due_date
    with pytest.raises(InputError, match="already pending"):
        take_action(corpus_store, task.id, "request_extension", fgw, note="再延", new_due=dt.date(2023, 10, 30),
                    today=TODAY)
    with pytest.raises(InputError, match="needs the role"):
        take_action(corpus_store, task.id, "approve_extension", fgw, today=TODAY)
    approved = take_action(corpus_store, task.id, "approve_extension", OFFICE, note="同意", today=TODAY)
    assert approved.due_date == dt.date(2023, 9, 30) and approved.pending_due is None
    assert approved.history[-1].kind == "extension_approved" and approved.history[-1].new_due == dt.date(2023, 9, 30)
    take_action(corpus_store, task.id, "request_extension", fgw, note="再延", new_due=dt.date(2023, 12, 31),
                today=TODAY)
    rejected = take_action(corpus_store, task.id, "reject_extension", OFFICE, note="理由不充分", today=TODAY)
    assert rejected.due_date == dt.date(2023, 9, 30) and rejected.pending_due is None


def test_invalid_steps_are_refused_with_a_chinese_line(corpus_store: Store) -> None:
    task = corpus_store.tasks()[0]
    with pytest.raises(InputError) as refused:
        take_action(corpus_store, task.id, "approve", OFFICE, today=TODAY)
    assert refused.value.zh == "任务当前为“已交办”，不能“同意办结”。"
    take_action(corpus_store, task.id, "cancel", OFFICE, note="并入其他任务", today=TODAY)
    for name in ("progress", "request_close", "cancel"):
        with pytest.raises(InputError, match="cannot"):
            take_action(corpus_store, task.id, name, OFFICE, note="x", today=TODAY)
    with pytest.raises(InputError, match="unknown action"):
        check("finish", state="assigned", actor=OFFICE, unit="x", pending=False, note="")


def test_a_task_of_a_meeting_not_yet_confirmed_cannot_be_worked(store: Store) -> None:
    from conftest import W21_DOC, extract_corpus

    store.save(extract_corpus(W21_DOC))  # saved, not yet confirmed in review
    task = store.tasks(review="pending")[0]
    with pytest.raises(InputError, match="not yet confirmed"):
        take_action(store, task.id, "progress", OFFICE, note="x", today=TODAY)


def test_migration_5_renames_open_to_assigned_in_tasks_and_history(tmp_path: object) -> None:
    connection = Database.open(Path(str(tmp_path)) / "old.sqlite3")
    connection.script("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for version, sql in enumerate(MIGRATIONS[:4], start=1):
        connection.script(sql)
        connection.execute("INSERT INTO schema_migrations VALUES (?, 'x')", (version,))
    connection.execute(
        """INSERT INTO documents (id, sha256, doc_id, source_file, media_type, backend, minutes_json, source_text,
               ingested_at, review) VALUES (1, 's', 'd', 'f', 't', 'rules', '{}', '', 'x', 'confirmed')"""
    )
    connection.execute(
        """INSERT INTO tasks (id, document_id, item_number, item_title, source, unit, unit_verbatim, text, status,
               fingerprint, created_at) VALUES (1, 1, 1, 't', 'directive', 'u', 'u', 'x', 'open', 'f', 'x')"""
    )
    connection.execute(
        "INSERT INTO task_history (task_id, at, who, old_status, new_status) VALUES (1, 'x', 'w', 'open', 'done')"
    )
    assert apply_migrations(connection) == list(range(5, len(MIGRATIONS) + 1))
    assert [tuple(r) for r in connection.execute("SELECT status FROM tasks").fetchall()] == [("assigned",)]
    history = connection.execute("SELECT old_status, role FROM task_history").fetchall()
    assert [tuple(r) for r in history] == [("assigned", "")]
