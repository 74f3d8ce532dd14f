"""`summarizer extract` and `summarizer eval` as a user runs them: a subprocess, exit codes, output."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "evals/sets/taicang/corpus"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "summarizer", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_markdown_summary_lists_twelve_items_with_lead_units() -> None:
    result = run("extract", str(CORPUS / "taicang-2023-10.txt"), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n## ") == 12
    assert "- **牵头单位**：市消防安全机制办公室" in result.stdout
    assert "十一、审议《太仓市科技创业孵化载体管理办法（试行）》" in result.stdout


def test_json_output_is_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("extract", str(CORPUS / "taicang-2023-14.txt"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["schema_version"] == "1"
    assert record["items"][2]["lead_units"] == ["市委组织部"]
    assert record["items"][2]["spans"]["lead_units"][0]["start"] > 0


def test_bad_files_are_reported_and_good_ones_still_processed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    news = tmp_path / "news.txt"
    news.write_text("本报讯 近日，我市新能源汽车销量再创新高，市场持续回暖。", encoding="utf-8")
    result = run("extract", str(empty), str(CORPUS / "taicang-2023-14.txt"), str(news), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr and "news.txt" in result.stderr and "missing.txt" in result.stderr
    assert "3 of 4 file(s) gave no usable record" in result.stderr
    assert json.loads(result.stdout)["number"] == 14


def test_help_explains_every_option() -> None:
    result = run("extract", "--help")
    assert result.returncode == 0
    for option in ("--format", "--output", "FILE"):
        assert option in result.stdout


def test_eval_writes_a_report_and_passes(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run("eval", str(ROOT / "evals/sets/taicang"), "--report", str(report))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "item.lead_units" in result.stdout and "PASS" in result.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data[0]["fields"]["item.lead_units"]["accuracy"] == 1.0


def test_a_meeting_notice_is_not_silently_accepted(tmp_path: Path) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "关于召开市政府常务会议的通知\n各有关单位：\n定于2024年3月5日上午9:00在市政府第一会议室召开市政府常务会议，"
        "请准时参加。\n市政府办公室\n2024年3月1日\n",
        encoding="utf-8",
    )
    result = run("extract", str(notice), "--format", "md")
    assert result.returncode == 2
    assert "no agenda items were found" in result.stderr and "Traceback" not in result.stderr
    assert "未识别出任何议题" in result.stdout


def test_an_output_path_that_cannot_be_written_is_one_line_before_any_work(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    result = run("extract", str(CORPUS / "taicang-2023-10.txt"), "-o", str(target))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"summarizer: error: {target}: cannot write: folder {target.parent} does not exist"
