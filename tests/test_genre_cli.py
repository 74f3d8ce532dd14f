"""Other governments' layouts through `summarizer extract`, as a user runs it: a portal page, a
Traditional-character mirror with pinyin noise, a news report. Files from evals/sets/genre."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent
GENRE = ROOT / "evals/sets/genre/corpus"


def extract(tmp_path: Path, name: str) -> tuple[dict[str, Any], str]:
    out = tmp_path / "record.json"
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "extract", str(GENRE / name), "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    source = (GENRE / name).read_bytes()
    return record, source.decode("utf-8")


def test_a_portal_page_of_minutes(tmp_path: Path) -> None:
    record, _ = extract(tmp_path, "yunxi-2024-106.html")
    assert record["issuer"] == "云溪市人民政府"  # the page's site name; the headline names the place only
    assert record["doc_type"] == "常务会议纪要"
    assert record["meeting"]["session"] == 106 and record["meeting"]["date"] == "2024-03-08"
    items = record["items"]
    assert [item["kind"] for item in items] == ["review", "other", "review", "study"]
    assert items[0]["lead_units"] == ["市自然资源和规划局"] and items[0]["decision"] == "原则通过"
    assert items[1]["issuance"] == ["由市城投集团按程序组织实施"]
    assert "下周" in [d["text"] for d in items[1]["directives"][0]["deadlines"]]
    [deadline] = items[3]["directives"][0]["deadlines"]
    assert (deadline["text"], deadline["date"]) == ("一季度末前", "2024-03-31")


def test_a_traditional_mirror_with_pinyin_noise(tmp_path: Path) -> None:
    record, original = extract(tmp_path, "dongpo-2024-09-trad.txt")
    assert record["format"].endswith(":traditional")
    assert record["issuer"] == "东坡区人民政府"
    first = record["items"][0]
    assert first["title"] == "东坡区学前教育普及普惠发展实施方案" and first["lead_units"] == ["区教体局"]
    # Values are Simplified; spans still point into the Traditional original, noise included.
    span = first["spans"]["title"]
    assert original[span["start"] : span["end"]] == "東坡區學前教育普及普惠發(fā)展實(shí)施方案"
    assert not any("(" in unit for item in record["items"] for unit in item["lead_units"])


def test_a_news_report_page(tmp_path: Path) -> None:
    record, _ = extract(tmp_path, "songhe-2024-news.html")
    assert record["format"] == "news-report"
    assert record["issuer"] == "松河区人民政府"
    assert record["meeting"]["date"] == "2024-03-05"  # the year comes from the page's 发布日期
    assert record["meeting"]["chair"] == "王海峰" and record["meeting"]["session"] == 12
    assert [item["kind"] for item in record["items"]] == ["hearing", "study", "review"]
    # What a report does not state stays empty: no number, no issuing office, no decision on a study.
    assert record["number"] is None and record["issued_by"] is None
    assert record["items"][1]["decision"] is None and "no_decision_found" in record["items"][1]["flags"]
