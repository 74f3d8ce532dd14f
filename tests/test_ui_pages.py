"""Streamlit AppTest runs of 会议纪要 and 原文对照, on real corpus documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from ui_gold import CORPUS, gold_extraction

from summarizer import Settings

APP = str(Path(__file__).resolve().parent.parent / "ui" / "app.py")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def start(settings: Settings) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["settings"] = settings
    return at.run()



def card_headings(at: AppTest) -> list[str]:
    return [m.value[5:] for m in at.markdown if m.value.startswith("#### ")]


def marks(at: AppTest) -> list[str]:
    body = at.get("html")[0].proto.body
    return [squash(m) for m in re.findall(r'<mark class="src-hl"[^>]*>(.*?)</mark>', body, re.S)]


def test_empty_page_asks_for_a_file(settings: Settings) -> None:
    at = start(settings)
    assert not at.exception
    assert at.title[0].value == "会议纪要"
    assert at.info[0].value == "请上传一份常务会议纪要文件，或从会议库中选择。"
    assert len(at.file_uploader) == 1
    assert not at.toggle  # no model configured: no switch


def test_a_meeting_renders_header_and_one_card_per_item(settings: Settings) -> None:
    at = start(settings)
    at.session_state["extraction"] = gold_extraction("taicang-2023-10")
    at.run()
    assert not at.exception and not at.error
    text = [m.value for m in at.markdown]
    assert "**会议日期**  \n2023年5月23日上午" in text
    assert "**主持**  \n吴敬宇（常务副市长）" in text
    headings = card_headings(at)
    assert len(headings) == 12
    assert headings[0] == "一、审议《2023年度市级政府投资项目》"
    assert "**牵头单位**\u3000:blue-badge[市发改委]" in text
    assert "**印发/报送**\u3000以市政府名义印发" in text
    assert "责任主体：:violet-badge[各项目部门] :violet-badge[管理部门]" in text
    with_directives = [i for i in gold_extraction("taicang-2023-10").minutes.items if i.directives]
    assert len(at.expander) == len(with_directives)


def test_oversized_upload_is_refused_in_chinese(tmp_path: Path) -> None:
    at = start(Settings(data_dir=tmp_path / "data", max_input_bytes=1000))
    data = (CORPUS / "taicang-2023-14.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-14.txt", data, "text/plain")).run()
    assert not at.exception
    assert len(at.error) == 1 and "超过上限" in at.error[0].value
    assert card_headings(at) == []


def test_upload_of_a_corpus_file_is_extracted(settings: Settings) -> None:
    at = start(settings)
    data = (CORPUS / "taicang-2023-10.txt").read_bytes()
    at.file_uploader[0].set_value(("taicang-2023-10.txt", data, "text/plain")).run()
    assert not at.exception
    if at.error:
        pytest.fail(at.error[0].value)
    assert len(card_headings(at)) == 12


def test_model_switch_only_with_a_configured_endpoint(tmp_path: Path) -> None:
    configured = Settings.from_env(
        {
            "SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1",
            "SUMMARIZER_MODEL": "m",
            "SUMMARIZER_API_KEY": "sk-x",
            "SUMMARIZER_DATA_DIR": str(tmp_path / "data"),
        }
    )
    at = start(configured)
    assert [t.label for t in at.toggle] == ["使用模型抽取（m）"]
    rendered = " ".join(str(e.proto) for e in at.main)
    assert "sk-x" not in rendered


def test_card_button_opens_source_with_the_item_highlighted(settings: Settings) -> None:
    at = start(settings)
    at.session_state["extraction"] = gold_extraction("taicang-2023-10")
    at.run()
    at.button(key="to-source-7").click().run()
    assert not at.exception
    assert at.title[0].value == "原文对照"
    assert at.selectbox[0].value == 7
    assert marks(at)[0].startswith("七、审议《太仓市创建江苏省城市管理示范市工作方案》")
    at.radio[0].set_value("lead_units").run()
    assert marks(at) == ["市城管局"]
    at.radio[0].set_value("directives").run()
    assert len(marks(at)) == 2
    at.selectbox[0].set_value(1).run()
    at.radio[0].set_value("decision").run()
    assert marks(at) == ["原则同意"]


def test_source_page_without_a_meeting_says_what_to_do(settings: Settings) -> None:
    at = start(settings)
    at.switch_page("screens/source.py").run()
    assert not at.exception
    assert at.info[0].value == "尚未选择会议。请先在“会议纪要”页上传文件。"


def test_a_broken_pdf_is_one_chinese_error_not_a_traceback(settings: Settings) -> None:
    at = start(settings)
    at.file_uploader[0].set_value(("纪要.pdf", b"%PDF-1.7 this is not really a pdf", "application/pdf")).run()
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith("无法读取该文件")
    assert "Traceback" not in at.error[0].value
    assert card_headings(at) == []


def test_a_file_of_another_type_is_refused(settings: Settings) -> None:
    at = start(settings)
    at.file_uploader[0].set_value(("纪要.xlsx", b"PK\x03\x04", "application/octet-stream")).run()
    assert not at.exception
    refusal = "无法读取该文件：不支持的文件类型“.xlsx”，请上传 PDF、DOCX、TXT、HTML、HTM 文件。"
    assert [e.value for e in at.error] == [refusal]


def test_a_failed_upload_clears_the_previous_cards_and_speaks_chinese_only(settings: Settings) -> None:
    at = start(settings)
    at.file_uploader[0].set_value(("taicang-2023-10.txt", (CORPUS / "taicang-2023-10.txt").read_bytes(), "text/plain"))
    at.run()
    assert len(card_headings(at)) == 12
    news = "本市今日天气晴朗，气温适宜，市民纷纷外出踏青。公园里游人如织。".encode()
    at.file_uploader[0].set_value(("news.txt", news, "text/plain")).run()
    assert not at.exception
    assert card_headings(at) == [], "the previous file's cards are gone"
    assert len(at.error) == 1
    message = at.error[0].value
    assert message.startswith("无法读取该文件：这份文件看起来不是会议纪要")
    assert not re.search(r"[A-Za-z]{3,}", message), "no English on the page"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"\x00\x01\x02binary\x00" * 20),
        ("a.pdf", b"%PDF-1.7 this is not really a pdf"),
        ("a.docx", b"PK\x03\x04 damaged"),
        ("a.txt", b"   \n  "),
        ("a.txt", b"{\\rtf1 hello}"),
        ("a.html", b"<html><body><script>x</script></body></html>"),
    ],
)
def test_every_refused_file_has_a_chinese_line(settings: Settings, name: str, data: bytes) -> None:
    at = start(settings)
    at.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
    assert not at.exception and len(at.error) == 1
    message = at.error[0].value
    assert message.startswith("无法读取该文件：") and len(message) > len("无法读取该文件：")
    assert not re.search(r"[a-z]{3,}", re.sub(r"\.[a-z]+\b", "", message)), message  # file types aside
