"""ingest: every format and encoding decodes to the corpus text; bad input fails in one clear line."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from summarizer.config import Settings
from summarizer.errors import InputError
from summarizer.ingest import read_bytes, read_path
from summarizer.schema import SourceText
from tests.variants import docx_bytes, html_page, logical_paragraphs, pdf_bytes

LIMIT = 20 * 1024 * 1024


def squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def read(data: bytes, name: str = "minutes") -> SourceText:
    return read_bytes(data, name, max_bytes=LIMIT)


def input_error(data: bytes, name: str = "bad-input") -> str:
    with pytest.raises(InputError) as caught:
        read(data, name)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(name)
    return message


# --- plain text ------------------------------------------------------------------------------


def test_corpus_file_reads_exactly(corpus_path: Path, corpus_text: str) -> None:
    source = read_path(corpus_path, max_bytes=LIMIT)
    data = corpus_path.read_bytes()
    assert source.text == corpus_text
    assert (source.media_type, source.encoding) == ("text", "utf-8")
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.size_bytes == len(data)
    assert source.path == str(corpus_path)


@pytest.mark.parametrize(
    ("codec", "recorded"),
    [
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected_and_text_kept_exactly(corpus_text: str, codec: str, recorded: str) -> None:
    source = read(corpus_text.encode(codec))
    assert source.text == corpus_text  # BOM removed, nothing else touched
    assert source.encoding == recorded
    assert source.media_type == "text"


def _through_windows_1252(fragment: str) -> str:
    """What a Windows-1252 decoder makes of UTF-8 (undefined bytes kept as C1 controls, as browsers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in fragment.encode("utf-8"))


def test_windows_1252_mojibake_is_restored(corpus_text: str) -> None:
    titles = re.findall(r"《[^》]+》", corpus_text)
    mangled = corpus_text
    for title in titles:  # the 《》 and the Chinese inside them, as a mis-decoded page shows them
        mangled = mangled.replace(title, _through_windows_1252(title))
    assert "ã€Š" in mangled  # 《 is E3 80 8A
    assert read(mangled.encode("utf-8")).text == corpus_text


def test_latin_text_that_is_not_mojibake_is_kept() -> None:
    text = "会议纪要 café Ã  naïve ©2024 “十四五”"
    assert read(text.encode("utf-8")).text == text


def test_big_endian_bom_is_honoured(corpus_text: str) -> None:
    source = read(b"\xfe\xff" + corpus_text.encode("utf-16-be"))
    assert (source.text, source.encoding) == (corpus_text, "utf-16-be")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_any_ascii_is_still_detected(corpus_text: str, codec: str) -> None:
    han_only = re.sub(r"[^\u4e00-\u9fff，。、《》（）]", "", corpus_text)
    source = read(han_only.encode(codec))
    assert (source.text, source.encoding) == (han_only, codec)


def test_line_endings_are_not_normalized_here(corpus_text: str) -> None:
    crlf = corpus_text.replace("\n", "\r\n")
    assert read(crlf.encode("utf-8")).text == crlf


def test_the_format_comes_from_the_content_not_the_name(tmp_path: Path, corpus_text: str) -> None:
    disguised = tmp_path / "minutes.txt"
    disguised.write_bytes(pdf_bytes(corpus_text))
    assert read_path(disguised, max_bytes=LIMIT).media_type == "pdf"
    page = tmp_path / "page.pdf"
    page.write_text(corpus_text, encoding="gbk")
    assert read_path(page, max_bytes=LIMIT).media_type == "text"


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_text_layer_reads_back_in_page_order(corpus_text: str) -> None:
    data = pdf_bytes(corpus_text)
    source = read(data, "minutes.pdf")
    assert source.media_type == "pdf" and source.encoding is None
    assert squash(source.text) == squash(corpus_text)
    assert source.text.splitlines()[0].replace(" ", "") == "太仓市人民政府"


def test_a_multi_page_pdf_keeps_its_pages_in_order() -> None:
    lines = [f"第{i}行：各地各部门要抓好落实。" for i in range(120)]  # several A4 pages
    source = read(pdf_bytes("\n".join(lines)))
    assert squash(source.text) == squash("".join(lines))


def test_a_scanned_pdf_without_text_layer_asks_for_ocr() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(72, 72, 400, 600, fill=1)  # a page that is only a picture
    pdf.showPage()
    pdf.save()
    message = input_error(buffer.getvalue(), "scan.pdf")
    assert "no text layer" in message and "OCR" in message


def test_an_encrypted_pdf_says_so() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt="secret")
    pdf.drawString(72, 720, "minutes")
    pdf.showPage()
    pdf.save()
    assert "encrypted" in input_error(buffer.getvalue(), "locked.pdf")


def test_a_truncated_pdf_is_reported_as_damaged(corpus_text: str) -> None:
    data = pdf_bytes(corpus_text)
    assert "damaged" in input_error(data[: len(data) // 2], "half.pdf")


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_paragraphs_read_one_per_line(corpus_text: str) -> None:
    source = read(docx_bytes(corpus_text), "minutes.docx")
    assert source.media_type == "docx"
    assert source.text.splitlines() == logical_paragraphs(corpus_text)


def _save(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_tables_come_in_document_order_one_line_per_row() -> None:
    document = docx.Document()
    document.add_paragraph("会议还研究了其他事项。")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "列席："
    for row, (unit, names) in enumerate([("市发改委", "万芬奇"), ("市教育局", "李广耀")], start=1):
        table.cell(row, 0).text = unit
        table.cell(row, 1).text = names
    document.add_paragraph("太仓市人民政府办公室 整理")
    assert read(_save(document)).text.splitlines() == [
        "会议还研究了其他事项。",
        "列席：",  # a merged cell is written once
        "市发改委\t万芬奇",
        "市教育局\t李广耀",
        "太仓市人民政府办公室 整理",
    ]


def test_a_zip_that_is_not_a_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes.txt", "会议纪要")
    assert "not a Word .docx" in input_error(buffer.getvalue(), "minutes.zip")


def test_a_damaged_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>not xml")
    assert "damaged" in input_error(buffer.getvalue(), "broken.docx")


# --- HTML ------------------------------------------------------------------------------------

PAGE_FURNITURE = (
    "首页", "当前位置", "信息公开目录", "本栏目", "分享到",
    "打印本页", "主办单位", "ICP", "统计代码", "发布时间",
)


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_portal_page_gives_the_article_body_only(corpus_text: str, charset: str) -> None:
    source = read(html_page(corpus_text, charset=charset), "minutes.html")
    assert source.media_type == "html"
    assert source.encoding == ("gb18030" if charset == "gbk" else "utf-8")
    assert [squash(line) for line in source.text.splitlines()] == [
        squash(p) for p in logical_paragraphs(corpus_text)
    ]
    assert [word for word in PAGE_FURNITURE if word in source.text] == []


def test_a_wrong_charset_declaration_falls_back_to_detection(corpus_text: str) -> None:
    page = html_page(corpus_text, charset="gbk").replace(b"charset=gbk", b"charset=utf-8")
    source = read(page)
    assert source.encoding == "gb18030"
    assert squash(source.text) == squash("".join(logical_paragraphs(corpus_text)))


def test_a_table_layout_page_with_br_lines_and_no_class_hints() -> None:
    heading = "一、审议《太仓市公共停车设施特许经营项目实施方案》"
    body = "<br>\n".join([heading, "（一）原则同意。" * 30, "（二）各地各部门要加强联动。" * 20])
    links = "".join(f"<a href='/n{i}'>太仓市召开第{i}次重点工作推进会议</a><br>" for i in range(40))
    page = (
        "<html><head><meta charset='utf-8'></head><body><table><tr>"
        f"<td width=200>{links}<p>联系电话：0512-53520000</p></td>"
        f"<td><font size=3>{body}</font></td>"
        "</tr></table></body></html>"
    )
    lines = read(page.encode("utf-8")).text.splitlines()
    assert lines[0] == heading
    assert len(lines) == 3 and "联系电话" not in "".join(lines)


def test_a_utf16_page_is_still_recognised_as_html() -> None:
    page = "<!DOCTYPE html><html><body><div class='content'><p>会议还研究了其他事项。</p></div></body></html>"
    source = read(page.encode("utf-16"))
    assert (source.media_type, source.text) == ("html", "会议还研究了其他事项。")


def test_a_page_without_article_text_is_refused() -> None:
    page = b"<html><head><script>var a = 1;</script></head><body><nav><a href='/'>home</a></nav></body>"
    assert "no article text" in input_error(page, "empty.html")


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode(), "\ufeff \n".encode()])
def test_empty_or_whitespace_only_input(data: bytes) -> None:
    assert "nothing to summarize" in input_error(data)


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(4096),
        b"\x00\x01\x02\x03" * 256,
        b"GIF89a" + bytes(200),
        "会议纪要".encode() + b"\x00\x00\x07\x08" * 40,
    ],
    ids=["random", "control-bytes", "gif", "text-with-nuls"],
)
def test_binary_junk_is_refused(data: bytes) -> None:
    message = input_error(data)
    assert "binary" in message or "image" in message


@pytest.mark.parametrize(
    ("magic", "advice"),
    [
        (b"\x89PNG\r\n\x1a\n", "OCR"),
        (b"\xff\xd8\xff\xe0", "OCR"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it as .docx"),
        (b"{\\rtf1\\ansi", "save it as .docx"),
    ],
)
def test_known_binary_formats_get_specific_advice(magic: bytes, advice: str) -> None:
    assert advice in input_error(magic + bytes(64))


def test_an_oversized_file_is_refused_from_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: cheap to create

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", never)
    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(InputError) as caught:
        read_path(huge, max_bytes=Settings().max_input_bytes)
    message = str(caught.value)
    assert "50.0 MB" in message and "20.0 MB" in message and "SUMMARIZER_MAX_INPUT_MB" in message


def test_the_limit_also_applies_to_bytes() -> None:
    with pytest.raises(InputError, match="SUMMARIZER_MAX_INPUT_MB"):
        read_bytes("会议纪要".encode() * 100, "upload", max_bytes=100)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path, max_bytes=LIMIT)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt", max_bytes=LIMIT)


def test_an_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("会议纪要", encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match="cannot read: Permission denied"):
        read_path(locked, max_bytes=LIMIT)


def test_an_article_without_its_own_header_gets_the_page_head() -> None:
    page = (Path(__file__).parent.parent / "evals/sets/genre/corpus/songhe-2024-news.html").read_bytes()
    site, headline, publication, body = read(page, "news.html").text.split("\n")[:4]
    assert (site, headline) == ("松河区人民政府", "区政府召开第12次常务会议")
    assert publication.startswith("发布日期：2024-03-06")
    assert body.startswith("3月5日，区长王海峰主持召开")


NEWS_PAGE_WITHOUT_A_VISIBLE_DATE = """<html><head><meta charset="utf-8">{meta}<title>青禾区人民政府</title></head>
<body><div class="nav">首页 新闻中心</div><div class="article-content">
<p>8月10日下午，区长韦明杰主持召开区政府第121次常务会议，审议《青禾区老旧小区改造实施方案》。</p>
<p>会议原则同意《青禾区老旧小区改造实施方案》，由区住建委修改完善后印发实施。</p></div></body></html>"""


def test_a_page_that_prints_no_date_gives_the_year_of_its_pubdate_meta() -> None:
    from summarizer.pipeline import extract_source

    meta = (
        '<meta name="PubDate" content="2021-08-10 16:23">'
        '<meta name="ArticleTitle" content="区政府召开第121次常务会议">'
    )
    with_meta = read(NEWS_PAGE_WITHOUT_A_VISIBLE_DATE.format(meta=meta).encode(), "news.html")
    head = ["青禾区人民政府", "区政府召开第121次常务会议", "发布时间：2021-08-10 16:23"]
    assert with_meta.text.split("\n")[:3] == head
    assert str(extract_source(with_meta).minutes.meeting.date) == "2021-08-10"
    without = read(NEWS_PAGE_WITHOUT_A_VISIBLE_DATE.format(meta="").encode(), "news.html")
    assert extract_source(without).minutes.meeting.date is None  # a year nobody wrote is not guessed


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ('<div class="info"><span class="time">2024-08-21 18:30</span><span>来源：青禾融媒</span></div>', "2024-08-10"),
        ('<div class="date-line">青禾日报&nbsp;&nbsp;2024年08月11日&nbsp;&nbsp;星期日</div>', "2024-08-10"),
        ('<div class="news-meta">作者：胡曼 来源：青禾融媒 2024-08-10 17:26</div>', "2024-08-10"),
    ],
    ids=["a time line without a label", "an e-paper's masthead", "a byline that ends with the day"],
)
def test_a_page_whose_date_line_has_no_label_gives_the_year_and_the_day_before(line: str, day: str) -> None:
    from summarizer.pipeline import extract_source

    page = (
        '<html><head><meta charset="utf-8"><title>青禾</title></head><body><main class="detail">'
        f"<h1>区政府召开第121次常务会议</h1>{line}<div class=\"body\">"
        "<p>8月10日下午，区长韦明杰主持召开区政府第121次常务会议，审议《青禾区老旧小区改造实施方案》。</p>"
        "<p>会议原则同意该方案，由区住建委修改完善后印发实施。</p></div></main></body></html>"
    )
    source = read(page.encode(), "news.html")
    assert "发布时间：2024" in source.text
    assert str(extract_source(source).minutes.meeting.date) == day


def test_a_word_table_of_decided_matters_keeps_a_cells_paragraphs_and_its_leading_unit() -> None:
    from summarizer.pipeline import extract_source

    document = docx.Document()
    document.add_paragraph("青禾市人民政府常务会议纪要")
    document.add_paragraph("〔2023〕15号")
    fields = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("会议名称", "市政府第三十一次常务会议"), ("会议时间", "2023年9月11日上午")]):
        fields.cell(row, 0).text = label
        fields.cell(row, 1).text = value
    document.add_paragraph("会议研究议定事项如下：")
    matters = document.add_table(rows=2, cols=5)
    for col, label in enumerate(["序号", "议题", "议定事项", "责任单位", "完成时限"]):
        matters.cell(0, col).text = label
    matters.cell(1, 0).text = "1"
    matters.cell(1, 1).text = "审议《青禾市老旧小区改造行动计划》"
    decided = matters.cell(1, 2)
    decided.text = "原则同意，由市住建局根据会议意见修改完善后印发实施。"
    decided.add_paragraph("各区要建立改造项目储备库。")
    matters.cell(1, 3).text = "市住建局（牵头）、各区政府"
    matters.cell(1, 4).text = "10月31日前"
    source = read(_save(document))
    minutes = extract_source(source).minutes
    assert minutes.meeting.session == 31 and str(minutes.meeting.date) == "2023-09-11"
    item = minutes.items[0]
    assert item.decision_paragraph == "原则同意，由市住建局根据会议意见修改完善后印发实施。"
    assert [d.text for d in item.directives] == ["各区要建立改造项目储备库。"]
    assert item.lead_units == ["市住建局"]


TEXT_TABLE_MINUTES = (
    "青禾县人民政府常务会议纪要\n〔2025〕5号\n"
    "2025年3月11日下午，县长韦明杰主持召开县政府第四十四次常务会议。现将会议议定事项纪要如下：\n"
    "{rows}\n"
    "出席：韦明杰、黄立\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        "序号｜议题｜议定意见｜工作要求｜责任单位｜完成时限\n"
        "1｜审议《青禾县柑橘产业扶持办法》｜原则同意。由县农业农村局修改完善后印发实施。"
        "｜县农业农村局要会同县财政局编制申报指南。｜县农业农村局（牵头）、县财政局｜4月30日前\n"
        "2｜研究县城区停车收费调整有关事宜｜同意县发展改革局提出的调整方案。｜—｜县发展改革局｜—",
        "| 序号 | 议题 | 议定意见 | 工作要求 | 责任单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
        "| 1 | 审议《青禾县柑橘产业扶持办法》 | 原则同意。由县农业农村局修改完善后印发实施。 "
        "| 县农业农村局要会同县财政局编制申报指南。 | 县农业农村局（牵头）、县财政局 | 4月30日前 |\n"
        "| 2 | 研究县城区停车收费调整有关事宜 | 同意县发展改革局提出的调整方案。 | — | 县发展改革局 | — |",
        "+------+------+------+------+------+------+\n| 序号 | 议题 | 议定意见 | 工作要求 | 责任单位 | 完成时限 |\n"
        "+------+------+------+------+------+------+\n"
        "| 1 | 审议《青禾县柑橘产业扶持办法》 | 原则同意。由县农业农村局修改完善后印发实施。 "
        "| 县农业农村局要会同县财政局\n"  # (the cell wrapped onto the next line)
        "编制申报指南。 | 县农业农村局（牵头）、县财政局 | 4月30日前 |\n+------+------+------+------+------+------+\n"
        "| 2 | 研究县城区停车收费调整有关事宜 | 同意县发展改革局提出的调整方案。 | — | 县发展改革局 | — |\n"
        "+------+------+------+------+------+------+",
    ],
    ids=["full-width bars", "markdown", "drawn grid with a wrapped cell"],
)
def test_a_table_typed_as_text_reads_as_a_table_of_decided_matters(rows: str) -> None:
    from summarizer.pipeline import extract_source

    source = read_bytes(TEXT_TABLE_MINUTES.format(rows=rows).encode(), "minutes.txt", max_bytes=LIMIT)
    assert "序号\t议题\t议定意见" in source.text and "---" not in source.text
    first, second = extract_source(source).minutes.items
    assert (first.title, first.decision, first.lead_units) == ("青禾县柑橘产业扶持办法", "原则同意", ["县农业农村局"])
    assert [(d.text, [x.date for x in d.deadlines]) for d in first.directives] == [
        ("县农业农村局要会同县财政局编制申报指南。", [dt.date(2025, 4, 30)])
    ]
    assert (second.kind, second.lead_units, second.directives) == ("other", ["县发展改革局"], [])


def test_a_table_of_tasks_under_a_heard_plan_gives_each_row_its_unit_and_deadline() -> None:
    from summarizer.pipeline import extract_source

    text = (
        "沣川市人民政府专题常务会议纪要\n第3期\n沣川市人民政府办公室　2026年3月19日\n"
        "3月17日下午，市长邵某某主持召开市政府专题常务会议，专题研究中心城区内涝治理工作。\n"
        "会议听取了市城市管理局关于中心城区内涝治理2026年工作计划的汇报。会议原则同意该计划，由市城市管理局牵头抓好落实。"
        "议定事项如下：\n"
        "序号 | 议定事项 | 责任单位 | 配合单位 | 完成时限\n"
        "1 | 对中心城区易涝点逐一建立整治台账。 | 市城市管理局（牵头） | 各区政府 | 4月15日前\n"
        "2 | 完成城区段河道清淤和排涝泵站检修。 | 市水利局 | 市城投集团 | 5月20日前\n"
        "3 | 各区政府要对辖区内雨水管网开展一次全面清掏。 | 各区政府 | 市城市管理局 | 主汛期前\n"
        "会议要求，各责任单位要按照时间节点倒排工期。\n"
    )
    [item] = extract_source(read_bytes(text.encode(), "minutes.txt", max_bytes=LIMIT)).minutes.items
    assert (item.kind, item.decision, item.lead_units) == ("hearing", "原则同意", ["市城市管理局"])
    rows = [(d.text, d.addressees, [x.text for x in d.deadlines]) for d in item.directives]
    assert rows == [
        ("对中心城区易涝点逐一建立整治台账。", ["市城市管理局"], ["4月15日前"]),  # who: the 责任单位 cell
        ("完成城区段河道清淤和排涝泵站检修。", ["市水利局"], ["5月20日前"]),
        ("各区政府要对辖区内雨水管网开展一次全面清掏。", ["各区政府"], ["主汛期前"]),
        ("会议要求，各责任单位要按照时间节点倒排工期。", ["各责任单位"], []),
    ]


def test_a_navigation_bar_with_bars_is_no_table() -> None:
    text = "首页 | 新闻中心 | 政务公开 | 互动交流\n3月5日，县长王海主持召开县政府常务会议。会议审议了《A办法》。\n"
    assert read_bytes(text.encode(), "news.txt", max_bytes=LIMIT).text == text


def test_a_table_copied_one_cell_per_line_reads_as_a_table_of_decided_matters() -> None:
    from summarizer.pipeline import extract_source

    rows = "\n".join([
        "序号", "议题", "议定事项", "责任单位", "完成时限",
        "1", "审议《青禾县柑橘产业扶持办法》", "原则同意，由县农业农村局修改完善后印发实施。",
        "县农业农村局要会同县财政局编制申报指南。", "县农业农村局（牵头）、县财政局", "4月30日前",
        "2", "研究县城区停车收费调整有关事宜", "同意县发展改革局提出的调整方案。", "县发展改革局", "—",
    ])
    source = read_bytes(TEXT_TABLE_MINUTES.format(rows=rows + "\n").encode(), "minutes.txt", max_bytes=LIMIT)
    first, second = extract_source(source).minutes.items
    assert (first.title, first.decision, first.lead_units) == ("青禾县柑橘产业扶持办法", "原则同意", ["县农业农村局"])
    assert [(d.text, [x.date for x in d.deadlines]) for d in first.directives] == [
        ("县农业农村局要会同县财政局编制申报指南。", [dt.date(2025, 4, 30)])
    ]
    assert (second.kind, second.lead_units, second.directives) == ("other", ["县发展改革局"], [])


def test_a_list_that_starts_with_xuhao_but_misses_cells_is_left_as_it_is() -> None:
    text = "序号\n姓名\n单位\n1\n张三\n3月5日，县长王海主持召开县政府常务会议。会议审议了《A办法》。\n"
    assert read_bytes(text.encode(), "news.txt", max_bytes=LIMIT).text == text


def test_a_deadline_the_directive_names_and_the_deadline_column_repeats_counts_once() -> None:
    from summarizer.pipeline import extract_source

    rows = (
        "序号｜议题｜议定事项｜责任单位｜完成时限\n"
        "1｜审议《青禾县柑橘产业扶持办法》｜原则同意。\n县农业农村局要在4月30日前编制申报指南。｜县农业农村局｜4月30日前\n"
        "2｜研究县城区停车收费调整有关事宜｜同意县发展改革局提出的调整方案。｜县发展改革局｜—"
    )
    source = read_bytes(TEXT_TABLE_MINUTES.format(rows=rows).encode(), "minutes.txt", max_bytes=LIMIT)
    (directive,) = extract_source(source).minutes.items[0].directives
    assert [(d.text, d.date) for d in directive.deadlines] == [("4月30日前", dt.date(2025, 4, 30))]


def test_a_tabbed_row_whose_cell_broke_onto_the_next_line_is_one_row() -> None:
    from summarizer.ingest.texttable import tabbed_tables

    text = (
        "序号\t工作任务\t责任单位\t完成时限\n"
        "1\t组织收储企业检修烘干设备。\t县粮食储备中心\t9月30日前\n"
        "3\t加强收购资金保障，协调金融机构发放贷款，\n"
        "确保收购资金足额到位。\t县财政局\t国庆节前\n"
        "\n议题二：审议《某办法》\n"
    )
    assert tabbed_tables(text).split("\n")[2:4] == [
        "3\t加强收购资金保障，协调金融机构发放贷款，确保收购资金足额到位。\t县财政局\t国庆节前", "",
    ]
