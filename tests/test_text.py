import re
from pathlib import Path

import pytest

from summarizer.text import clean, fold, normalize, printed_width

CORPUS = Path(__file__).parent.parent / "evals/sets/taicang/corpus"


@pytest.fixture(scope="module")
def raw() -> str:
    return (CORPUS / "taicang-2023-10.txt").read_text(encoding="utf-8")


def test_pdf_artifacts_are_undone(raw: str) -> None:
    norm = normalize(raw)
    assert norm.wrapped
    # The page's head, above its first full line, keeps its lines: the title, the number, the office's date.
    head = "太仓市人民政府\n常务会议纪要\n第10号\n太仓市人民政府办公室2023年5月30日\n"
    assert norm.text.startswith(head)
    assert "2023年5月23日上午" in norm.text
    # Below it printed-line wraps are joined; a break stays only where a short line ends a sentence or the
    # next line opens a trailer label.
    breaks = [i for i, ch in enumerate(norm.text) if ch == "\n" and i >= len(head)]
    labels = ("主送", "抄送")
    assert breaks and all(norm.text[i - 1] in "。！？：；" or norm.text.startswith(labels, i + 1) for i in breaks)
    assert "（此件公开发布）\n主送：" in norm.text
    assert "会议议定以下意见：\n一、审议《2023年度市级政府投资项目》" in norm.text
    # The line wrap that put 一、 at a line start stays inside its sentence.
    assert "尽快形成集中统一、分类监管" in norm.text


def test_every_normalized_character_maps_back(raw: str) -> None:
    norm = normalize(raw)
    assert len(norm.origin) == len(norm.text)
    for i, ch in enumerate(norm.text):
        assert raw[norm.origin[i]] == "\n" if ch == "\n" else clean(raw[norm.origin[i]]) == ch


def test_span_slices_back_to_value(raw: str) -> None:
    norm = normalize(raw)
    value = "修改完善，按程序以市政府名义印发"
    start = norm.text.index(value)
    span = norm.span(start, start + len(value))
    assert "\n" in raw[span.start : span.end]  # a printed-line wrap sits inside
    assert clean(raw[span.start : span.end]) == value


def test_kangxi_radicals_and_fullwidth_digits_fold_but_punctuation_stays() -> None:
    norm = normalize("⼀、审议《２０２３年工作要点》（试行），：；")
    assert norm.text == "一、审议《2023年工作要点》（试行），：；"


def test_spaces_kept_only_between_latin_words_and_before_the_remark_on_a_heading() -> None:
    assert normalize("第 1 4 号 Wi Fi 5G 网络").text == "第14号Wi Fi 5G网络"
    heading = normalize("●审议《甲方案》 会议要求，抓紧印发。2023年 7月 会议")
    assert heading.text == "●审议《甲方案》 会议要求，抓紧印发。2023年7月会议"
    assert clean("●听取乙工作安排 会议指出，") == "●听取乙工作安排 会议指出，"


def test_clean_paragraphs_keep_their_breaks() -> None:
    text = "一、审议《甲方案》\n（一）原则同意。\n（二）各部门要抓好落实。\n"
    norm = normalize(text)
    assert not norm.wrapped
    assert norm.text == "一、审议《甲方案》\n（一）原则同意。\n（二）各部门要抓好落实。"


def test_crlf_is_a_line_break() -> None:
    assert normalize("甲方案。\r\n乙方案。\r\n丙方案。").text == "甲方案。\n乙方案。\n丙方案。"


def test_traditional_text_becomes_simplified_with_offsets_kept() -> None:
    original = "會議審議了《青山區關於推進數字經濟發展的實施方案》，原則同意該方案。會後由區發展改革委員會修改完善。"
    norm = normalize(original)
    assert norm.traditional
    assert "会议审议了《青山区关于推进数字经济发展的实施方案》" in norm.text
    assert len(norm.text) == len(original)


def test_pinyin_noise_is_removed() -> None:
    original = "青山區(qū)政府會(huì)議審議了《關於加強城市管理的意見》，原則同意，會後由區城管局修改完善。"
    norm = normalize(original)
    assert "青山区政府会议审议了" in norm.text
    assert "qū" not in norm.text


def test_wrap_detection_on_clean_text() -> None:
    assert printed_width("一、审议《甲》\n（一）原则同意。\n（二）要抓好。\n二、听取汇报\n（一）同意。") is None


def test_a_short_page_whose_one_paragraph_is_far_longer_than_its_other_lines_is_not_wrapped() -> None:
    # A news page of five lines: headline, source line, meeting sentence, one long paragraph, the
    # last line. The headline and source line end without punctuation near the 90th-percentile length,
    # which looked like wraps; a line many times that length was never wrapped at it.
    text = (
        "吕望主持召开市政府六届第23次常务会议 研究防汛备汛等事项\n\n"
        "来源:临江日报日期:2024-06-12 16:20阅读量:37\n\n"
        "6月11日,市长吕望主持召开市政府六届第23次常务会议,研究防汛备汛等事项。\n\n"
        "会议指出," + "各级各部门要压紧压实防汛责任，加密巡查频次，" * 12 + "确保安全度汛。\n\n"
        "会议审议了《临江市城市排水管理办法》等文件,研究了其他事项。\n"
    )
    assert printed_width(text) is None
    norm = normalize(text)
    assert not norm.wrapped
    assert norm.text.split("\n")[2].startswith("6月11日，市长吕望")  # the meeting sentence opens its line


def test_an_indented_line_of_a_printed_page_opens_a_paragraph_after_a_heading_as_wide_as_the_page() -> None:
    text = (
        "（三）关于县城南片区义务教育学校建设有关问题\n"
        "　　会议同意县城南小学新建工程建设规模调整为36个班，\n"
        "由县教育局作为项目业主，按程序报县发改局审批。会议\n"
        "要求，县自然资源局要在一个月内完成规划条件\n"
        "调整。\n"
        "（四）关于2022年度第二批县级财政专项资金调整的事项\n"
        "　　会议原则同意县财政局提出的2022年度第二批县级财\n"
        "政专项资金调整方案，由县财政局按程序提请县人大常委会\n"
        "审查批准。\n"
    )
    norm = normalize(text)
    assert norm.wrapped
    assert norm.text.split("\n") == [
        "（三）关于县城南片区义务教育学校建设有关问题",
        "会议同意县城南小学新建工程建设规模调整为36个班，由县教育局作为项目业主，按程序报县发改局审批。"
        "会议要求，县自然资源局要在一个月内完成规划条件调整。",
        "（四）关于2022年度第二批县级财政专项资金调整的事项",
        "会议原则同意县财政局提出的2022年度第二批县级财政专项资金调整方案，由县财政局按程序提请县人大常委会审查批准。",
    ]
    # A page that indents every line (a left margin) is unwrapped as before.
    margin = "".join("　　" + line + "\n" for line in text.replace("　", "").splitlines())
    assert normalize(margin).text.count("\n") < 3


def test_a_heading_number_typed_with_a_period_keeps_it() -> None:
    norm = normalize("一.关于《甲办法》\n    四.听取汇报.会议要求各部门落实.\n统一.规范")
    assert norm.text == "一.关于《甲办法》\n四.听取汇报。会议要求各部门落实。\n统一。规范"


def test_fold_brackets_and_digits() -> None:
    assert fold("规划（2020-2035）") == fold("规划(2020-2035)")
    assert fold("２０２３") == "2023"


def test_control_characters_are_dropped_with_offsets_kept() -> None:
    original = "会议\x01审议了\x7f《方案》\n二、"
    norm = normalize(original)
    assert norm.text == "会议审议了《方案》\n二、"
    start = norm.text.index("《")
    span = norm.span(start, start + 4)
    assert original[span.start : span.end] == "《方案》" and clean(original) == "会议审议了《方案》二、"


def test_printed_page_numbers_are_dropped() -> None:
    original = "会议研究了有关工作\n— 1 —\n会议指出，要加快推进。\n- 12 -\n"
    norm = normalize(original)
    assert norm.text == "会议研究了有关工作\n会议指出，要加快推进。"
    assert normalize("确保居民室温达标。\n\n－ 1 －\n\n五、研究有关事宜").text == "确保居民室温达标。\n五、研究有关事宜"
    start = norm.text.index("会议指出")
    assert original[norm.span(start, start + 4).start :].startswith("会议指出")


def test_indentation_lost_to_question_marks_is_dropped() -> None:
    # A mirror that could not encode full-width spaces wrote `???` for a line's indentation.
    norm = normalize("??? 会议听取了甲的汇报。\n  ??? 县长要求，各部门要落实。")
    assert norm.text == "会议听取了甲的汇报。\n县长要求，各部门要落实。"
    assert norm.original[norm.origin[0]] == "会"
    assert normalize("是否完成？？ 请核实").text == "是否完成？？请核实"  # full-width marks are text


def test_half_width_punctuation_after_a_chinese_word_and_a_space_is_read_full_width() -> None:
    norm = normalize("研究部署了 2020 年安全生产工作 ;听取了乙汇报 ,会议要求:各部门要抓好。1,200 元")
    assert norm.text == "研究部署了2020年安全生产工作；听取了乙汇报，会议要求：各部门要抓好。1,200元"


def test_a_half_width_full_stop_between_chinese_sentences_is_read_as_one() -> None:
    norm = normalize("主持召开常务会议.会议学习了《规则》。金额3.5亿元，网址www.example.gov.cn。")
    assert norm.text == "主持召开常务会议。会议学习了《规则》。金额3.5亿元，网址www.example.gov.cn。"
    assert norm.original[norm.origin[8]] == "."  # one character for one: spans still point at the `.`


def test_a_line_break_pasted_inside_a_sentence_is_no_paragraph_break() -> None:
    text = (
        "3月14日，代旗长额尔敦主持召开旗政府第14次常务会议，旗政府领导班子成员出席会议。\n"
        "会议研究了春播工作，要求各苏木镇抓早抓实，3月底前完成\n化肥种子调运。\n"
        "二、关于城区供热工作\n会议要求，各部门要抓好落实，确保供热管网改造工程在采暖季到来之前全部完工。\n"
        "会议同意该方案，\n会议要求各部门配合。\n"
    )
    assert printed_width(text) is None  # typed, not a printed page's wrapped lines
    assert normalize(text).text.split("\n")[1:] == [
        "会议研究了春播工作，要求各苏木镇抓早抓实，3月底前完成化肥种子调运。",
        "二、关于城区供热工作",  # a heading line: no comma in it, a number before it
        "会议要求，各部门要抓好落实，确保供热管网改造工程在采暖季到来之前全部完工。",
        "会议同意该方案，",  # the next line opens with the meeting: a paragraph of its own
        "会议要求各部门配合。",
    ]


def test_a_tv_script_s_labels_are_blanked_and_spans_still_map() -> None:
    original = (
        "【导语】今天上午，市长主持召开常务会议。\n(解说)会议听取了一季度经济运行情况汇报。\n【同期声】市长　某某\n"
    )
    norm = normalize(original)
    assert "导语" not in norm.text and "解说" not in norm.text
    assert "同期声" in norm.text  # the line that names who speaks next is left as it is
    at = norm.text.index("会议听取了")
    span = norm.span(at, at + 5)
    assert original[span.start : span.end] == "会议听取了"


def test_a_letter_o_typed_for_zero_in_a_chinese_year_is_read_as_zero() -> None:
    norm = normalize("上高县人民政府办公室 二O一O年四月六日（OK 二o二一年；GDP增长O.5个百分点）")
    assert "二〇一〇年四月六日" in norm.text and "二〇二一年" in norm.text
    assert "OK" in norm.text and "O.5" in norm.text  # a letter elsewhere stays a letter
    assert clean("二O一O年") == "二〇一〇年"  # grounding compares through the same cleaning


def test_a_numbered_heading_as_wide_as_the_page_ends_before_the_meeting_s_next_sentence() -> None:
    # A PDF's text without indents: the heading fills the line, so its width says nothing; its
    # number at the line start and `会议…` opening the next line do.
    text = (
        "研究了以下事项：\n"
        "一、关于《某区城市生活垃圾分类工作实施方案》的议题\n"
        "会议听取了区城管局关于《某区城市生活垃圾分类工作实施方案》\n"
        "起草情况的说明。会议议定：原则同意该方案，由区城管局修改完\n"
        "善后以区政府办公室名义印发实施。各街道要在九月底前完成示范\n"
        "小区分类设施配置，区财政局要保障所需资金，做好统筹协调。\n"
        "（二）区发改局要会同区财政局研究制定生活垃圾处理收费标准，\n"
        "会议期间提出的意见一并吸收。\n"
    )
    norm = normalize(text)
    assert norm.wrapped
    lines = norm.text.split("\n")
    assert lines[1] == "一、关于《某区城市生活垃圾分类工作实施方案》的议题"
    assert lines[2].startswith("会议听取了区城管局")
    # A directive cut at a comma goes on, though the next line opens with 会议.
    assert lines[-1].endswith("收费标准，会议期间提出的意见一并吸收。")


def test_a_caption_before_a_bar_opening_a_paragraph_is_blanked() -> None:
    original = "聚焦项目建设 ▏会议听取了县发改局的汇报。\n学习贯彻丨会议传达学习了全省会议精神。\n序号｜事项｜单位\n"
    norm = normalize(original)
    assert norm.text.split("\n") == ["会议听取了县发改局的汇报。", "会议传达学习了全省会议精神。", "序号｜事项｜单位"]
    start = norm.text.index("会议传达")
    assert original[norm.span(start, start + 4).start :].startswith("会议传达")  # spans still map


def test_a_paragraph_goes_on_across_a_page_number_printed_inside_it() -> None:
    text = (
        "　　会议要求，县教育体育局要加快施工图设计和招标工作，确保2024年秋季\n"
        "— 2 —\n"
        "学期投入使用；县住建局要加快办理各项审批手续。\n"
        "　　会议还研究了其他事项。\n"
    )
    assert normalize(text).text.split("\n") == [
        "会议要求，县教育体育局要加快施工图设计和招标工作，确保2024年秋季学期投入使用；县住建局要加快办理各项审批手续。",
        "会议还研究了其他事项。",
    ]


def test_a_page_that_is_mostly_a_table_is_no_printed_page_and_its_rows_stay_apart() -> None:
    text = (
        "某区人民政府常务会议议定事项督办清单\n\n某政督〔2024〕27号\n\n某区人民政府督查室\u3000\u30002024年11月14日\n\n"
        "序号\t议定事项\t牵头单位\t完成时限\n"
        "1\t区人社局要同步做好政策解读和宣传，确保企业应知尽知。\t区人社局\t12月15日前\n"
        "二\t听取区住建局关于冬季供暖保障工作情况的汇报\t\t\n"
        "1\t原则同意区住建局提出的下一步工作安排。\t区住建局\t—\n"
        "2\t各街道要开展一次走访排查，摸清底数。\t各街道\t11月30日前\n"
        "注：请各牵头单位于完成时限前将办理情况书面报区政府督查室，逾期未完成的须说明原因。\n抄送：区委办公室。\n"
    )
    norm = normalize(text)
    assert printed_width(text) is None and not norm.wrapped
    assert "12月15日前\n二听取区住建局" in norm.text  # (a row ends at its last cell, never runs on)


def test_a_tab_between_cells_is_never_kept_as_a_space() -> None:
    # (a space before `会议要求，` after a heading is the remark's; a tab there only ends a cell)
    norm = normalize("5\t研究秋冬季森林防灭火工作\t会议要求，各镇要落实巡护责任。\t市应急局\n")
    assert "工作会议要求" in norm.text
    assert norm.removed(re.compile("\t")) == [1, 13, 28]  # each cell starts after its tab


def test_a_learning_site_s_glosses_are_removed_but_an_acronym_stays() -> None:
    original = (
        "市长黄某某(Huáng Mǒumǒu)主持召开常务会议(executive meeting)。会议传达学习(chuándá xuéxí)了精神，"
        "审议(shěnyì)并原则通过(approve in principle)《某市行动计划》，国内生产总值(GDP)增长。"
    )
    norm = normalize(original)
    assert norm.text == (
        "市长黄某某主持召开常务会议。会议传达学习了精神，审议并原则通过《某市行动计划》，国内生产总值(GDP)增长。"
    )
    start = norm.text.index("《")
    assert original[norm.span(start, start + 1).start] == "《"


def test_a_pdf_s_text_that_lost_every_break_gets_them_back_at_its_numbers_and_sentences() -> None:
    text = (
        "某县人民政府常务会议纪要 〔2023〕9号 现纪要如下： 一、关于传达学习全州工作会议精神 "
        "会议传达学习了全州工作会议精神。会议要求，各乡（镇）要对标全年目标任务。 二、关于《某县实施方案》的事项 "
        "会议审议了县农业农村局提交的《某县实施方案》。会议原则同意该方案。 — 1 — 三、关于县人民医院建设项目有关事宜 "
        "会议同意追加投资1860万元。"
    )
    lines = normalize(text).text.split("\n")
    assert [line[:6] for line in lines[1:]] == [
        "一、关于传达", "会议传达学习", "二、关于《某", "会议审议了县", "三、关于县人", "会议同意追加",
    ]
    assert "— 1 —" not in normalize(text).text
