"""Review before the ledger, end to end through the CLI: `tasks --format json`, `review …`,
the audit trail, and `eval --store` on the corrected meetings."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from conftest import CORPUS

from summarizer.cli import main
from summarizer.config import Settings
from summarizer.digest import build_digest, week_of
from summarizer.pipeline import extract_path
from summarizer.store import Store
from summarizer.supervision import review

DATA = Path(__file__).resolve().parent / "data"
DOC = "review-minutes"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(folder))
    monkeypatch.delenv("SUMMARIZER_AUTO_CONFIRM", raising=False)
    return folder


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def tasks_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    code, out, err = cli(capsys, "tasks", "--format", "json", *args)
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_tasks_json_gives_each_unit_its_clause_deadline_and_co_units(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = cli(capsys, "batch", str(DATA / "review-minutes.txt"), "--confirm", "--no-progress")
    assert code == 0 and "wait for review" not in out
    rows = tasks_json(capsys)
    assert {"id", "doc_id", "issuer", "meeting_date", "item_number", "unit", "co_units", "group", "text",
            "deadline_text", "due", "state", "review"} <= set(rows[0])
    by = {(r["item_number"], r["unit"], r["deadline_text"]): r for r in rows}
    fgw = by[(1, "市发改委", "本周内")]
    assert fgw["text"] == "市发改要本周内完成项目资金需求测算" and fgw["due"] == "2024-09-29"
    zjj = by[(1, "市住建局", "10月10日前")]
    assert zjj["due"] == "2024-10-10" and zjj["co_units"] == ["市财政局", "市自然资源局"]
    assert "市发改" not in str(zjj["text"]) and "市城管局" not in str(zjj["text"])
    assert by[(1, "市城管局", "月底前")]["due"] == "2024-09-30"
    emergency = by[(1, "市应急局", "尽快")]
    assert emergency["co_units"] == ["市消防救援支队", "市公安局"] and emergency["due"] is None
    assert by[(2, "各地各部门", "下周")]["group"] is True
    assert by[(2, "待明确", "12月底前")]["due"] == "2024-12-31"
    follow_ups = [r for r in rows if str(r["text"]).startswith("修改完善并按程序印发")]
    assert {(r["item_number"], r["unit"]) for r in follow_ups} == {(1, "市住建局"), (2, "市发改委")}
    # No task from the lead-in `会议要求，`, an item heading, the hearing's opinion or the study item.
    assert {r["item_number"] for r in rows} == {1, 2}
    assert not [r for r in rows if str(r["text"]).startswith(("会议", "一、", "二、"))]
    assert all(
        r["review"] == "confirmed" and r["state"] == "assigned" and r["issuer"] == "青石市人民政府" for r in rows
    )
    assert [r["due"] for r in rows if r["due"]] == sorted(r["due"] for r in rows if r["due"]), "by due date"


def test_a_pending_meeting_counts_nowhere_until_confirmed(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "batch", str(DATA / "review-minutes.txt"), "--no-progress")
    assert code == 0 and "1 meeting(s) wait for review" in out
    assert tasks_json(capsys) == []
    pending = tasks_json(capsys, "--review", "pending")
    assert pending and all(r["review"] == "pending" for r in pending)
    code, out, _ = cli(capsys, "review", "list")
    assert out.startswith(f"{DOC}\t2024-09-24\t青石市人民政府\t{len(pending)} tasks")
    with Store.open(Settings.from_env().database_path) as store:
        digest = build_digest(store, week_of(extract_path(DATA / "review-minutes.txt", Settings()).minutes.meeting.date
                                             or pytest.fail("no date")))
        assert all(s.meetings == [] for s in digest.sections) and digest.tasks_opened == []
    code, out, _ = cli(capsys, "review", "--who", "督查室", "confirm", DOC)
    assert code == 0 and out == f"{DOC}: confirmed\n"
    assert len(tasks_json(capsys)) == len(pending)
    code, out, _ = cli(capsys, "review", "list")
    assert out == "no meeting is waiting for review\n"


def test_corrections_are_kept_and_survive_deleting_the_meeting(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli(capsys, "batch", str(DATA / "review-minutes.txt"), "--no-progress")
    rows = {(r["item_number"], r["unit"]): r for r in tasks_json(capsys, "--review", "pending")}
    unnamed, group = rows[(2, "待明确")]["id"], rows[(2, "各地各部门")]["id"]
    fgw, cgj = rows[(1, "市发改委")]["id"], rows[(1, "市城管局")]["id"]
    who = ("review", "--who", "督查室张三")
    assert cli(capsys, *who, "set-task", str(unnamed), "unit", "市财政局")[0] == 0
    assert cli(capsys, *who, "set-task", str(unnamed), "due_date", "2024-11-30")[0] == 0
    code, _, err = cli(capsys, *who, "set-task", str(unnamed), "due_date", "11月30号")
    assert code == 2 and err.count("\n") == 1 and "not a date" in err
    code, _, err = cli(capsys, *who, "set-task", "999999", "unit", "市财政局")
    assert code == 2 and "no task with id 999999" in err
    assert cli(capsys, *who, "split", str(group), "各地、各部门")[0] == 0
    assert cli(capsys, *who, "merge", str(fgw), str(cgj))[0] == 0
    assert cli(capsys, *who, "add", DOC, "3", "--unit", "市教育局", "--text", "做好秋季学期安全检查",
               "--due", "2024-10-31")[0] == 0
    assert cli(capsys, *who, "set-meeting", DOC, "date", "2024-09-25")[0] == 0
    assert cli(capsys, *who, "set-item", DOC, "3", "lead_units", "市教育局、市卫健委")[0] == 0
    assert cli(capsys, *who, "confirm", DOC)[0] == 0
    after = tasks_json(capsys)
    units = sorted(str(r["unit"]) for r in after)
    assert "市财政局" in units and "待明确" not in units and {"各地", "各部门", "市教育局"} <= set(units)
    merged = next(r for r in after if r["id"] == fgw)
    assert merged["co_units"] == ["市城管局"] and merged["due"] == "2024-09-29"
    assert not [r for r in after if r["id"] == cgj]
    assert {r["meeting_date"] for r in after} == {"2024-09-25"}
    added = next(r for r in after if r["unit"] == "市教育局")
    assert added["due"] == "2024-10-31", "a due date the reviewer set survives a new meeting date"
    with Store.open(Settings.from_env().database_path) as store:
        item = store.get(DOC).minutes.items[2]
        assert item.lead_units == ["市教育局", "市卫健委"]
        assert "lead_units" not in item.spans, "市卫健委 is not written in the source: the value is not grounded"
    code, trail, _ = cli(capsys, "review", "log", DOC)
    assert f"task #{unnamed} task.unit: '待明确' → '市财政局'" in trail
    assert f"task #{unnamed} task.due_date: '2024-12-31' → '2024-11-30'" in trail
    assert "督查室张三" in trail and "meeting.review: 'pending' → 'confirmed'" in trail
    code, out, _ = cli(capsys, *who, "delete", DOC)
    assert code == 0 and out == f"{DOC}: deleted\n" and tasks_json(capsys, "--review", "all") == []
    code, trail_after, _ = cli(capsys, "review", "log", DOC)
    assert trail_after.startswith(trail) and "meeting.delete" in trail_after


def test_a_meeting_day_without_its_year_is_completed_in_review_and_its_deadlines_dated(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "yearless.txt"
    report.write_text(
        "县政府召开第8次常务会议\n"
        "4月1日，县委副书记、县长罗致远主持召开县政府第8次常务会议。会议审议了《石渠县促进消费若干措施》。\n"
        "会议要求，县商务局要在6月底前兑现首批补贴。\n",
        encoding="utf-8",
    )
    cli(capsys, "batch", str(report), "--no-progress")
    (task,) = tasks_json(capsys, "--review", "pending")
    assert task["unit"] == "县商务局" and task["deadline_text"] == "6月底前" and task["due"] is None
    with Store.open(Settings.from_env().database_path) as store:
        codes = [f.code for f in store.get("yearless").minutes.findings]
    assert "meeting_date_incomplete" in codes
    assert cli(capsys, "review", "set-meeting", "yearless", "date", "2025-04-01")[0] == 0
    (task,) = tasks_json(capsys, "--review", "pending")
    assert task["due"] == "2025-06-30"  # 6月底前, counted from the date the reviewer gave
    with Store.open(Settings.from_env().database_path) as store:
        codes = [f.code for f in store.get("yearless").minutes.findings]
    assert "meeting_date_incomplete" not in codes, "the warning is answered once the date is set"


def test_eval_store_scores_the_extractor_against_the_corrected_meetings(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "eval", "--store", "--report", str(tmp_path / "none.json"))
    assert code == 2 and "no confirmed meeting" in err
    cli(capsys, "batch", str(DATA / "review-minutes.txt"), str(CORPUS / "taicang-2023-10.txt"), "--confirm",
        "--no-progress")
    report = tmp_path / "report.json"
    code, out, _ = cli(capsys, "eval", "--store", "--report", str(report))
    scored = json.loads(report.read_text(encoding="utf-8"))[0]
    # Nothing corrected yet: the extractor agrees with itself on every field, tasks included.
    assert code == 0 and scored["documents"] == 2 and scored["overall_accuracy"] == 1.0
    assert {"meeting.date", "item.lead_units", "task.unit", "task.due", "task.co_units"} <= set(scored["fields"])
    rows = {(r["item_number"], r["unit"]): r for r in tasks_json(capsys) if r["doc_id"] == DOC}
    cli(capsys, "review", "set-task", str(rows[(2, "待明确")]["id"]), "unit", "市财政局")
    cli(capsys, "review", "set-meeting", DOC, "chair", "吴海峰")
    code, out, _ = cli(capsys, "eval", "--store", "--report", str(report), "--misses")
    scored = json.loads(report.read_text(encoding="utf-8"))[0]
    fields = scored["fields"]
    assert fields["task.unit"]["correct"] == fields["task.unit"]["total"] - 1
    assert fields["task.unit"]["misses"] == [f"{DOC}#2"]
    assert fields["meeting.chair"] == {"correct": 1, "total": 2, "accuracy": 0.5, "misses": [DOC]}
    assert "task.unit" in out and "meeting.chair" in out
    exported = tmp_path / "set"
    assert cli(capsys, "review", "export", str(exported))[0] == 0
    gold = json.loads((exported / "gold" / f"{DOC}.json").read_text(encoding="utf-8"))
    assert gold["meeting"]["chair"] == "吴海峰" and "spans" not in gold["meeting"]
    assert any(t["unit"] == "市财政局" for t in gold["tasks"])
    assert (exported / "corpus" / f"{DOC}.txt").read_text(encoding="utf-8") == (
        DATA / "review-minutes.txt"
    ).read_text(encoding="utf-8")


def test_auto_confirm_setting(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SUMMARIZER_AUTO_CONFIRM", "1")
    assert Settings.from_env().auto_confirm
    cli(capsys, "batch", str(DATA / "review-minutes.txt"), "--no-progress")
    assert tasks_json(capsys) and all(r["review"] == "confirmed" for r in tasks_json(capsys))
    with Store.open(Settings.from_env().database_path) as store:
        assert review.pending_meetings(store) == []
        assert review.review_state(store, DOC)[1] == "auto"


POSTGRES = os.environ.get("SUMMARIZER_TEST_DATABASE_URL")


@pytest.mark.skipif(not POSTGRES, reason="SUMMARIZER_TEST_DATABASE_URL is not set (tests/run sets it)")
def test_review_operations_on_postgresql() -> None:
    """The same review SQL on PostgreSQL, in a schema of its own that is dropped afterwards."""
    import psycopg

    assert POSTGRES is not None
    schema = f"review_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in POSTGRES else "?"
    try:
        with Store.open(f"{POSTGRES}{separator}options=-csearch_path%3D{schema},public") as store:
            store.save(extract_path(DATA / "review-minutes.txt", Settings()))
            assert store.tasks() == [] and review.pending_meetings(store)
            tasks = review.tasks_of(store, DOC)
            assert tasks[0].unit == "待明确"
            review.correct_task(store, tasks[0].id, "unit", "市财政局", "督查室")
            review.correct_task(store, tasks[0].id, "due_date", "2024-11-30", "督查室")
            review.split_task(store, tasks[1].id, "甲局、乙局", "督查室")
            review.merge_tasks(store, [tasks[2].id, tasks[3].id], "督查室")
            review.add_task(store, DOC, 3, "市教育局", "做好秋季学期安全检查", "督查室", due_date="2024-10-31")
            review.correct_meeting(store, DOC, "date", "2024-09-25", "督查室")
            review.confirm(store, DOC, "督查室")
            ledger = {(t.unit, t.due_date.isoformat() if t.due_date else None) for t in store.tasks()}
            assert ("市财政局", "2024-11-30") in ledger and ("市教育局", "2024-10-31") in ledger
            trail = review.corrections(store, DOC)
            review.delete_meeting(store, DOC, "督查室")
            assert store.tasks(review=None) == []
            assert [c.field for c in review.corrections(store, DOC)] == [*(c.field for c in trail), "meeting.delete"]
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
