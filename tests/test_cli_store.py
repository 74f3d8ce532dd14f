"""`summarizer batch / tasks / digest / search` as a user runs them: exit codes, output, files."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, W21_DOC, gold
from docx import Document
from openpyxl import load_workbook

from summarizer.cli import main
from summarizer.ingest import SUPPORTED_SUFFIXES

SETS = ROOT / "evals" / "sets"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SUMMARIZER_DATA_DIR", str(folder))
    return folder


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _confirm_all(database: Path) -> None:
    """The review step (another module's) confirms meetings; here every stored one at once."""
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE documents SET review = 'confirmed'")
    connection.close()


def _stored_files() -> int:
    return len([p for p in SETS.rglob("*") if p.suffix in SUPPORTED_SUFFIXES])


def test_fresh_clone_batch_then_word_digest(tmp_path: Path) -> None:
    """The issue's "done when", in a fresh folder with the default data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env["PYTHONPATH"] = str(ROOT)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "summarizer", *args],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
        )

    batch = run("batch", str(SETS))
    assert batch.returncode == 0, batch.stderr
    assert f"saved {_stored_files()}, skipped 0" in batch.stdout
    database = tmp_path / "summarizer-data" / "summarizer.sqlite3"
    assert database.is_file()
    digest = run("digest", "--week", "2023-W21", "--format", "docx", "-o", "digest.docx")
    assert digest.returncode == 0, digest.stderr
    document = Document(str(tmp_path / "digest.docx"))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "太仓市人民政府常务会议纪要第10号" in cells and "待审核" in cells, "listed as awaiting review"
    assert not {item["title"] for item in gold(W21_DOC)["items"]} & cells
    _confirm_all(database)
    digest = run("digest", "--week", "2023-W21", "--format", "docx", "-o", "digest.docx")
    document = Document(str(tmp_path / "digest.docx"))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {item["title"] for item in gold(W21_DOC)["items"]} <= cells


def test_batch_twice_is_idempotent_and_failures_give_a_non_zero_exit(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _cli(capsys, "batch", str(CORPUS))
    assert code == 0 and out.startswith("saved 2, skipped 0 (already stored), failed 0")
    code, out, _ = _cli(capsys, "batch", str(CORPUS))
    assert code == 0 and out.startswith("saved 0, skipped 2 (already stored), failed 0")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    code, out, _ = _cli(capsys, "batch", str(CORPUS), str(broken))
    assert code == 1
    assert "failed 1" in out and f"failed: {broken}" in out
    code, _, err = _cli(capsys, "batch", str(tmp_path / "missing"))
    assert code != 0 and err.count("\n") == 1 and "no such file or folder" in err


def test_llm_backend_is_a_clear_config_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(capsys, "batch", str(CORPUS), "--backend", "llm")
    assert code != 0 and "--backend llm" in err and err.count("\n") == 1


def test_tasks_by_unit_status_changes_and_exports(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli(capsys, "batch", str(CORPUS), "--confirm")
    code, out, _ = _cli(capsys, "tasks", "--unit", "市发改委")
    rows = out.splitlines()[1:]
    lead_items = [i for i in gold(W21_DOC)["items"] if "市发改委" in i["lead_units"]]
    assert code == 0 and len(rows) >= len(lead_items)
    assert all("市发改委" in row for row in rows)
    task_id = rows[0].split()[0]
    code, out, _ = _cli(capsys, "tasks", "set", task_id, "done", "--note", "已印发实施", "--who", "督查室")
    assert code == 0 and out == f"task {task_id}: 已办结 (市发改委)\n"
    code, out, _ = _cli(capsys, "tasks", "show", task_id)
    assert "（北京时间） 督查室（督查室）：已交办 → 已办结 已印发实施" in out
    code, out, _ = _cli(capsys, "tasks", "--unit", "市发改委", "--status", "assigned")
    assert task_id not in [row.split()[0] for row in out.splitlines()[1:]]
    assert len(out.splitlines()[1:]) == len(rows) - 1
    code, out, _ = _cli(capsys, "tasks", "--since", "2023-06-01", "--format", "csv")
    assert out.startswith("\ufeff编号,")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert {row[2] for row in rows[1:]} == {"2023-06-29"}
    assert {row[1] for row in rows[1:]} == {"太仓市人民政府第14号（2023年6月29日）"}
    xlsx = data_dir / "ledger.xlsx"
    code, _, _ = _cli(capsys, "tasks", "--format", "xlsx", "-o", str(xlsx))
    sheet = load_workbook(xlsx)["督办台账"]
    assert code == 0 and sheet.max_row > len(rows)
    code, _, err = _cli(capsys, "tasks", "set", "999999", "done")
    assert code != 0 and "no task with id 999999" in err


def test_tasks_pages_and_sorts_in_the_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli(capsys, "batch", str(CORPUS))
    _confirm_all(data_dir / "summarizer.sqlite3")
    _, everything, _ = _cli(capsys, "tasks", "--sort", "unit")
    ids = [row.split()[0] for row in everything.splitlines()[1:]]
    _, page, _ = _cli(capsys, "tasks", "--sort", "unit", "--limit", "5", "--offset", "3")
    assert [row.split()[0] for row in page.splitlines()[1:]] == ids[3:8]
    csv_file = data_dir / "page.csv"
    code, _, _ = _cli(capsys, "tasks", "--sort", "unit", "--limit", "4", "--format", "csv", "-o", str(csv_file))
    rows = list(csv.reader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert code == 0 and [row[0] for row in rows[1:]] == ids[:4]
    with pytest.raises(SystemExit):
        _cli(capsys, "tasks", "--limit", "-1")


def test_digest_formats_and_bad_weeks(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli(capsys, "batch", str(CORPUS), "--confirm")
    code, out, _ = _cli(capsys, "digest", "--week", "2023-W26")
    assert code == 0 and out.startswith("# 政府常务会议周报") and "太仓市城市消防专项规划" in out
    html = data_dir / "w21.html"
    code, _, _ = _cli(capsys, "digest", "--week", "2023-W21", "--format", "html", "-o", str(html))
    assert code == 0 and "2023年度市级政府投资项目" in html.read_text(encoding="utf-8")
    xlsx = data_dir / "w26.xlsx"
    code, _, _ = _cli(capsys, "digest", "--week", "2023-W26", "--format", "xlsx", "-o", str(xlsx))
    assert load_workbook(xlsx).sheetnames == ["本周新增任务", "往期任务提醒"]
    code, out, _ = _cli(capsys, "digest", "--week", "2023-W26", "--issuer", "太仓市人民政府")
    assert code == 0 and "太仓市城市消防专项规划" in out
    code, out, _ = _cli(capsys, "digest", "--week", "2023-W26", "--issuer", "平川县人民政府")
    assert code == 0 and "本周无常务会议。" in out and "太仓" not in out
    code, out, _ = _cli(capsys, "digest", "--week", "2023-W30")
    assert code == 0 and "本周无常务会议。" in out
    code, out, _ = _cli(capsys, "digest", "--week", "2023-W26", "--office", "某市政府督查室")
    assert code == 0 and "某市政府督查室编" in out
    for bad, message in (("2023-21", "not like 2023-W21"), ("2023-W54", "does not exist"), ("", "not like")):
        code, _, err = _cli(capsys, "digest", "--week", bad)
        assert code == 2 and message in err and err.count("\n") == 1, err
    code, _, err = _cli(capsys, "digest", "--week", "2023-W21", "-o", str(data_dir / "missing" / "x.md"))
    assert code == 2 and "does not exist" in err and err.count("\n") == 1


def test_search_long_and_short_queries(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cli(capsys, "batch", str(CORPUS))
    code, out, _ = _cli(capsys, "search", "数字人民币")
    assert code == 0 and "taicang-2023-14" in out and "taicang-2023-10" not in out
    code, out, _ = _cli(capsys, "search", "消防")
    assert code == 0 and {"taicang-2023-10", "taicang-2023-14"} <= {line.split()[1] for line in out.splitlines()}
    code, out, _ = _cli(capsys, "search", "没有这样的内容")
    assert code == 1 and "no match" in out
