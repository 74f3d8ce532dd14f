"""Word's automatic numbering: the numbers it draws are read before the paragraphs they number.

The documents are built here with python-docx and a numbering definition written as Word writes it
(invented minutes).
"""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from summarizer.ingest import read_bytes
from summarizer.ingest.docxnumbers import _chinese
from summarizer.rules import extract

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# 一、 at level 0, （一） at level 1, as a 纪要 template defines them (numId 90).
_CHINESE_LIST = f"""
<w:abstractNum {_W} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
"""
_NUM = f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(paragraph: docx.text.paragraph.Paragraph, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
    )


def _minutes_docx(lines: list[tuple[str, int | None]]) -> bytes:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_CHINESE_LIST))  # (every abstractNum before the first num)
    numbering.append(parse_xml(_NUM))
    for text, level in lines:
        paragraph = document.add_paragraph(text)
        if level is not None:
            _numbered(paragraph, level)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_automatically_numbered_headings_reach_the_rules_with_their_numbers() -> None:
    data = _minutes_docx([
        ("某县人民政府常务会议纪要", None),
        ("3月2日上午，县长某某主持召开县政府第7次常务会议。现将会议议定事项纪要如下：", None),
        ("审议《某县河道采砂管理办法》", 0),
        ("会议原则同意该办法，由县水利局修改完善后以县政府名义印发实施。", None),
        ("听取县教育局关于春季开学工作情况的汇报", 0),
        ("县教育局要在3月10日前完成校园安全检查；", 1),
        ("各乡镇要做好控辍保学工作。", 1),
        ("研究县城区停车场建设有关事宜", 0),
        ("会议同意由县城投公司作为项目业主组织实施。", None),
    ])
    source = read_bytes(data, "numbered.docx", max_bytes=10**7)
    assert "一、审议《某县河道采砂管理办法》\n" in source.text
    assert "（一）县教育局要在3月10日前完成校园安全检查；\n（二）各乡镇要做好控辍保学工作。" in source.text
    assert "三、研究县城区停车场建设有关事宜" in source.text  # (the second level did not count at the first)
    minutes = extract(source)
    assert [(item.number, item.heading) for item in minutes.items] == [
        (1, "一、审议《某县河道采砂管理办法》"),
        (2, "二、听取县教育局关于春季开学工作情况的汇报"),
        (3, "三、研究县城区停车场建设有关事宜"),
    ]
    assert [d.marker for d in minutes.items[1].directives] == ["（一）", "（二）"]


def test_a_level_restarts_under_the_next_number_above_it_and_a_style_can_carry_the_list() -> None:
    data = _minutes_docx([("甲", 0), ("甲一", 1), ("甲二", 1), ("乙", 0), ("乙一", 1), ("乙一1", 2)])
    assert read_bytes(data, "levels.docx", max_bytes=10**7).text.split("\n") == [
        "一、甲", "（一）甲一", "（二）甲二", "二、乙", "（一）乙一", "1.乙一1",
    ]
    document = docx.Document()
    document.add_paragraph("第一项", style="List Number")  # (the default template's style numbers it: 1.)
    document.add_paragraph("第二项", style="List Number")
    out = io.BytesIO()
    document.save(out)
    assert read_bytes(out.getvalue(), "style.docx", max_bytes=10**7).text.split("\n") == ["1.第一项", "2.第二项"]


def test_chinese_counting_as_word_writes_it() -> None:
    assert [_chinese(n, "零一二三四五六七八九") for n in (1, 9, 10, 11, 20, 21, 99, 100, 105, 112)] == [
        "一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十二",
    ]
