"""The genre as governments publish it: layouts beyond the numbered minutes (issue 13, point 3).

Every text here is written for the test (invented places, people and documents).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from summarizer.rules import extract
from summarizer.schema import Minutes, SourceText


def read(text: str) -> Minutes:
    data = text.encode("utf-8")
    return extract(
        SourceText(text=text, path="doc.txt", media_type="text", encoding="utf-8",
                   sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    )


def test_one_sentence_reviewing_several_documents_gives_one_item_each_with_its_unit() -> None:
    minutes = read(
        "青禾县召开县政府第9次常务会议\n"
        "3月14日上午，县长陶明远主持召开县政府第9次常务会议。\n"
        "会议审议了县发改局送审的《青禾县节能降碳行动方案》《青禾县重点项目管理办法》，"
        "县财政局送审的《青禾县政府债务风险处置预案》，县住建局《青禾县老旧小区改造实施方案》等议题。\n"
        "会议要求，各责任单位要按照会议意见抓紧修改完善。\n"
    )
    assert [i.title for i in minutes.items] == [
        "青禾县节能降碳行动方案", "青禾县重点项目管理办法", "青禾县政府债务风险处置预案", "青禾县老旧小区改造实施方案",
    ]
    assert [i.lead_units for i in minutes.items] == [["县发改局"], ["县发改局"], ["县财政局"], ["县住建局"]]
    assert all(i.kind == "review" for i in minutes.items)
    assert minutes.items[-1].directives[0].addressees == ["各责任单位"]


def test_two_reports_heard_in_one_sentence_and_documents_passed_each_with_its_unit() -> None:
    minutes = read(
        "5月8日下午，区长鲁清和主持召开区政府第21次常务会议。\n"
        "会议听取了区教体局关于秋季学位供给情况的汇报和关于校园食堂管理情况的汇报。\n"
        "会议研究并原则通过区民政局《岭东区养老服务补贴办法》，区应急局《岭东区防汛应急预案》。\n"
    )
    assert [i.kind for i in minutes.items] == ["hearing", "hearing", "review", "review"]
    assert [i.title for i in minutes.items][:2] == ["秋季学位供给情况", "校园食堂管理情况"]
    assert [i.title for i in minutes.items][2:] == ["岭东区养老服务补贴办法", "岭东区防汛应急预案"]
    assert [i.decision for i in minutes.items][2:] == ["原则通过", "原则通过"]
    assert [i.lead_units for i in minutes.items][2:] == [["区民政局"], ["区应急局"]]


def test_a_document_with_an_abbreviation_then_numbered_decisions_is_one_item() -> None:
    minutes = read(
        "2024年6月3日，市长祁远山主持召开市政府第12次常务会议。\n"
        "会议审议了由市交通运输局提交的《梧川市城乡客运一体化三年行动方案》（以下简称《方案》）。会议决定：\n"
        "（一）原则通过《方案》，由市交通运输局负责按程序印发实施。\n"
        "（二）各县区要结合实际，于9月底前完成线路优化。\n"
    )
    assert len(minutes.items) == 1
    item = minutes.items[0]
    assert item.title == "梧川市城乡客运一体化三年行动方案"
    assert item.documents == ["梧川市城乡客运一体化三年行动方案"]
    assert item.decision == "原则通过"
    assert item.lead_units == ["市交通运输局"]
    assert [d.marker for d in item.directives] == ["（二）"]
    assert item.directives[0].addressees == ["各县区"]
    assert [(d.text, d.date) for d in item.directives[0].deadlines] == [("9月底前", dt.date(2024, 9, 30))]


def test_a_marker_alone_on_its_line_numbers_the_matter_on_the_next() -> None:
    minutes = read(
        "东陌市人民政府常务会议纪要\n"
        "4月2日，市长汤维主持召开市政府第7次常务会议，会议议定以下事项：\n"
        "（一）\n传达学习《安全生产治本攻坚三年行动方案》\n会议要求，各地各部门要压实安全生产责任。\n"
        "（二）\n审议《东陌市农贸市场提升改造方案》\n会议原则同意该方案，会后由市商务局修改完善后印发实施。\n"
    )
    assert [i.heading for i in minutes.items] == [
        "传达学习《安全生产治本攻坚三年行动方案》", "审议《东陌市农贸市场提升改造方案》",
    ]
    assert [i.kind for i in minutes.items] == ["study", "review"]
    assert minutes.items[1].lead_units == ["市商务局"]


def test_header_with_a_place_before_the_verb_and_the_year_in_the_session() -> None:
    minutes = read(
        "2020年第6次县政府常务会议\n"
        "7月9日上午，县长郎启明在县政府三楼会议室，主持召开2020年第6次县政府常务会议。\n"
        "会议审议了《柘塘县河道采砂管理办法》，原则同意，会后由县水利局修改完善。\n"
    )
    assert minutes.meeting.date == dt.date(2020, 7, 9)
    assert minutes.meeting.chair == "郎启明"
    assert minutes.meeting.session == 6


def test_spaced_digits_and_an_e_paper_date_beside_the_meeting_day() -> None:
    minutes = read(
        "2023年11月22日　星期三　第A02版\n"
        "本报讯　11月21日，市长焦文博主持召开市政府第 32 次常务会议，研究部署冬季供暖保障工作。\n"
        "会议听取了市城管局关于冬季供暖准备情况的汇报。会议强调，各供热企业要于11月底前完成管网检修。\n"
    )
    assert minutes.meeting.date == dt.date(2023, 11, 21)
    assert minutes.meeting.session == 32
    assert minutes.items[0].kind == "hearing"
    assert minutes.items[0].lead_units == ["市城管局"]


def test_a_plain_report_without_markers_is_minutes_with_items() -> None:
    minutes = read(
        "9月5日，镇长罗清泉主持召开镇政府常务会议。\n"
        "会议首先集中学习了《地方政府专项债券管理办法》，通报了秋粮收购进展，研究了村级道路养护等工作。\n"
        "罗清泉要求，各村要落实道路养护责任，于年内完成隐患排查。\n"
        "会议还研究了其他问题。\n"
    )
    assert len(minutes.items) == 3
    assert [i.kind for i in minutes.items] == ["study", "hearing", "study"]
    assert minutes.other_matters is True
    assert not any("其他问题" in d.text for i in minutes.items for d in i.directives)


def test_page_chrome_and_attendance_are_never_directives() -> None:
    minutes = read(
        "县政府召开第四次常务会议\n发布时间：2024-03-02　来源：县政府办\n"
        "3月1日，县长阮东升主持召开县政府第四次常务会议。\n"
        "会议听取了县卫健委关于春季传染病防控工作的汇报。会议要求，各乡镇要加强重点人群健康监测。\n"
        "副县长邹平、祝凡出席会议，县直有关部门负责人列席会议。\n"
        "扫一扫在手机打开当前页\n关闭\n上一篇：县领导调研春耕生产\n"
    )
    texts = [d.text for i in minutes.items for d in i.directives]
    assert len(texts) == 1 and texts[0].endswith("会议要求，各乡镇要加强重点人群健康监测。")
    assert minutes.items[0].heading.startswith("会议听取了县卫健委")


def test_units_carry_no_verb_or_particle_on_their_edges() -> None:
    minutes = read(
        "8月1日，区长杭若愚主持召开区政府第30次常务会议。\n"
        "会议审议了《滨湖区应急物资储备方案》，原则同意，会后由区应急局修改完善。\n"
        "会议要求，各街道要做好物资储备，协调了区应急局要提供运输保障，各责任单位相要加强值守。\n"
    )
    addressees = [a for i in minutes.items for d in i.directives for a in d.addressees]
    assert addressees == ["各街道", "区应急局", "各责任单位"]


def test_the_issuer_named_only_in_a_report_s_headline_or_text() -> None:
    headline = read(
        "栖霞湾市召开市政府第15次常务会议\n"
        "10月8日，市长岑望主持召开市政府第15次常务会议。\n"
        "会议听取了市统计局关于前三季度经济运行情况的汇报。\n"
    )
    assert headline.issuer == "栖霞湾市"
    in_text = read(
        "10月8日，栖霞湾市人民政府市长岑望主持召开市政府第15次常务会议。\n"
        "会议听取了市统计局关于前三季度经济运行情况的汇报。\n"
    )
    assert in_text.issuer == "栖霞湾市人民政府"
    nameless = read(
        "区政府召开第八次常务会议\n"
        "10月8日，区长岑望主持召开区政府第八次常务会议。\n"
        "会议听取了区统计局关于前三季度经济运行情况的汇报。\n"
    )
    assert nameless.issuer is None  # `区政府` names no one
    spelled = read(
        "栖霞湾市政府召开第15次常务会议\n"
        "10月8日，市长岑望主持召开市政府第15次常务会议。\n"
        "会议听取了市统计局关于前三季度经济运行情况的汇报。\n"
    )
    assert spelled.issuer == "栖霞湾市政府"


def test_a_list_of_documents_and_requests_passed_in_one_sentence() -> None:
    minutes = read(
        "6月20日，县长卢远峰主持召开县政府第七次常务会议。\n"
        "会议讨论通过了《柳溪县乡村振兴重点工作方案》、关于病虫害防治资金的请示、《柳溪县供水补贴管理办法》"
        "以及关于县医院招聘临时护理人员的请示。\n"
        "卢远峰要求，各乡镇要抓好方案落实。\n"
    )
    assert [i.title for i in minutes.items] == [
        "柳溪县乡村振兴重点工作方案", "关于病虫害防治资金的请示",
        "柳溪县供水补贴管理办法", "关于县医院招聘临时护理人员的请示",
    ]
    assert [i.decision for i in minutes.items] == ["讨论通过"] * 4


def test_documents_and_listed_work_in_a_report_s_opening_paragraph() -> None:
    minutes = read(
        "3月21日下午，县长万知秋主持召开县政府第9次常务会议。\n"
        "会议审议《政府工作报告（修改稿）》、《重点任务分工方案（稿）》，研究网格化管理、粮食储备等有关工作，"
        "并对春季防火工作进行安排部署。\n"
        "会议强调，各乡镇要压实森林防火责任。\n"
    )
    assert [i.kind for i in minutes.items] == ["review", "review", "study"]
    assert minutes.items[0].title == "政府工作报告（修改稿）"


def test_a_lead_in_label_on_its_own_line_is_no_directive() -> None:
    minutes = read(
        "4月9日，区长季明川主持召开区政府第5次常务会议。\n"
        "会议听取了区住建局关于城中村改造进展情况的汇报。\n"
        "会议强调：\n"
        "各街道要加快征收进度。\n"
        "区财政局要保障改造资金。\n"
    )
    directives = minutes.items[0].directives
    assert [d.addressees for d in directives] == [["各街道"], ["区财政局"]]
    assert all(not d.text.startswith("会议强调") for d in directives)


def test_a_report_whose_only_agenda_is_its_opening_sentence() -> None:
    minutes = read(
        "11月3日，县长司马青主持召开县政府第26次常务会议，审议了《石渠县殡葬管理办法》，听取了县水利局关于冬修水利工作的汇报。\n"
        "会议指出，各乡镇要按照时间节点完成冬修任务。\n"
    )
    assert [i.kind for i in minutes.items] == ["review", "hearing"]
    assert minutes.items[1].lead_units == ["县水利局"]
    assert minutes.announced_documents == ["石渠县殡葬管理办法"]


def test_two_units_report_in_one_sentence() -> None:
    minutes = read(
        "5月8日下午，区长鲁清和主持召开区政府第21次常务会议。\n"
        "会议听取了区教体局关于校舍安全排查情况的汇报和区卫健委关于学校传染病防控情况的汇报。\n"
    )
    assert [i.lead_units for i in minutes.items] == [["区教体局"], ["区卫健委"]]
    assert [i.title for i in minutes.items] == ["校舍安全排查情况", "学校传染病防控情况"]


def test_numbered_decisions_on_the_same_line_as_their_label() -> None:
    minutes = read(
        "2024年6月3日，市长祁远山主持召开市政府第12次常务会议。\n"
        "会议审议了由市农业农村局提交的《梧川市高标准农田建设规划》（以下简称《规划》）。会议决定：（一）原则通过《规划》，"
        "由市农业农村局负责组织实施。（二）各县区要于10月底前完成年度建设任务。\n"
    )
    assert len(minutes.items) == 1
    item = minutes.items[0]
    assert (item.decision, item.lead_units) == ("原则通过", ["市农业农村局"])
    assert [(d.marker, d.addressees) for d in item.directives] == [("（二）", ["各县区"])]


def test_a_plain_report_of_a_working_meeting_is_read_as_minutes() -> None:
    minutes = read(
        "9月5日，镇长罗清泉主持召开镇政府工作例会。\n"
        "会议首先集中学习了《基层治理条例》，通报了秋粮收购进展，研究了村级道路养护等工作。\n"
    )
    assert len(minutes.items) == 3


def test_documents_heard_and_reviewed_together_are_reviews_decided_together() -> None:
    minutes = read(
        "2月18日，县长钟离远主持召开县政府第80次常务会议。\n"
        "会议听取并审议了《云台县国土空间总体规划（送审稿）》《云台县政府工作报告（送审稿）》，原则同意。\n"
    )
    assert [i.kind for i in minutes.items] == ["review", "review"]
    assert [i.decision for i in minutes.items] == ["原则同意", "原则同意"]


def test_openings_without_a_day_chaired_after_the_meeting_or_by_a_comrade() -> None:
    late_chair = read(
        "2月17日，区政府2届42次常务会议在政府四楼会议室召开，会议由区长彭远舟主持。\n"
        "会议审议了《滨江区政府工作报告任务分解表》；听取了区统计局关于经济运行情况的汇报。\n"
        "会议还审议并原则通过了其它议题和有关事项。\n分享：\n"
    )
    assert (late_chair.meeting.chair, late_chair.meeting.session) == ("彭远舟", 42)
    assert [i.kind for i in late_chair.items] == ["review", "hearing"]
    assert late_chair.other_matters is True
    undated = read(
        "日前，管委会主任、区长庄远帆主持召开区政府2022年第14次常务会议。\n"
        "会议学习研讨了《海湾新区产业发展规划》。\n"
    )
    assert (undated.meeting.chair, undated.meeting.session, undated.meeting.date) == ("庄远帆", 14, None)
    comrade = read(
        "5月30日上午，王策远同志在区迎宾馆3楼会议厅主持召开区政府六届一百二十五次常务会议。\n"
        "会议听取了区城管局关于市容提升行动方案的汇报。\n"
    )
    assert (comrade.meeting.chair, comrade.meeting.session) == ("王策远", 125)


def test_a_sentence_that_opens_with_the_meeting_s_verb_is_a_further_item() -> None:
    minutes = read(
        "6月30日，区长庄远帆主持召开区政府第14次常务会议。\n"
        "会议学习研讨了《海湾新区产业发展规划》。审议了《海湾新区园区标准化建设方案》《海湾新区研学活动总体方案》等。\n"
    )
    assert [i.title for i in minutes.items] == [
        "海湾新区产业发展规划", "海湾新区园区标准化建设方案", "海湾新区研学活动总体方案",
    ]
