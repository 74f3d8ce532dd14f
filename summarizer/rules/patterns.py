"""The genre as data: markers, verbs, decisions, routes, unit suffixes, trailer labels.

A new layout is usually a row here, not new code. Every pattern runs on normalized text
(see text.py): no spaces inside Chinese, full-width punctuation kept, digits half-width.
"""

from __future__ import annotations

import re

CN_NUM = "一二三四五六七八九十百零〇两"
HAN = r"\u3400-\u9fff"

# Item and paragraph numbering, one named group per style holding the number as `num_<style>`.
_MARKER_STYLES = {
    "dun": rf"(?P<num_dun>[{CN_NUM}]+)、",  # 一、
    "paren": rf"[（(](?P<num_paren>[{CN_NUM}]+)[）)]",  # （一）
    "arabic": r"(?<![\d.])(?P<num_arabic>\d{1,2})[.．、](?!\d)",  # 1.  1、
    "arabic_paren": r"[（(](?P<num_arabic_paren>\d{1,2})[）)]",  # （1）
    "xiang": rf"第(?P<num_xiang>[{CN_NUM}]+)项[：:、]",  # 第一项：
    "topic": rf"【?议题(?P<num_topic>[{CN_NUM}]+|\d{{1,2}})(?:】|[：:、.．])",  # 议题一：  【议题一】
}
# One scan for all styles (each style's own scan costs as much as this one): the first-character
# guard spares the alternatives at every other position. `match.lastgroup` is the style.
MARKERS = re.compile(
    rf"(?=[\d（(【议第{CN_NUM}])(?:" + "|".join(f"(?P<{style}>{body})" for style, body in _MARKER_STYLES.items()) + ")"
)
# Styles that only ever number agenda items, never the paragraphs inside one.
ITEM_ONLY_STYLES = frozenset({"dun", "xiang", "topic"})

# --- header -------------------------------------------------------------------------
DOC_TYPE = re.compile(r"(?P<type>常务会议纪要|全体会议纪要|会议纪要)")
FIELD_LABEL = re.compile(r"[^：:\n]{1,8}[：:]")
PLACELESS_GOVERNMENT = re.compile(r"[市区县州旗盟镇乡](?:人民)?政府")
DOC_NUMBER = re.compile(
    r"(?:(?P<year>[〔\[(（【]\d{4}[〕\])）】])\s*(?P<n1>\d+)\s*号|第\s*(?P<n2>\d+)\s*[号期])"
)
DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
DATE_MD = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
ISSUED_BY = re.compile(rf"(?:(?<=[号\n〕\]要期）)])|^)(?P<office>[{HAN}]{{2,20}}?(?:办公室|办))\s*(?=\d{{4}}年\d{{1,2}}月\d{{1,2}}日)")
# A full date above a report (`发布日期：2023-11-21`, `雁湖发布　2023-12-22 18:05`) gives `11月20日` its year.
PAGE_METADATA = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
HEARING_TITLE = re.compile(r"(?:听取|同意)(?:了)?[^，。；\n]{2,60}?关于(?P<t>[^，。；\n]+?)的?(?:汇报|报告)$")

# --- opening ------------------------------------------------------------------------
PART_OF_DAY = "上午|下午|晚上|晚|早上|中午"
MEETING_SENTENCE = re.compile(
    rf"(?=\d)(?P<date>(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)(?P<pod>{PART_OF_DAY})?[，,]?"
    rf"(?:受[^，。]{{1,20}}委托[，,])?(?P<who>[^。，,]{{2,30}}?)(?:主持召开|主持|召开)(?P<what>[^。]{{0,60}}?会议)"
)
CHAIR_TITLES = (
    "常务副市长", "常务副区长", "常务副县长", "副市长", "副区长", "副县长", "代理市长",
    "代理区长", "代理县长", "代市长", "代区长", "代县长", "市长", "区长", "县长", "州长",
    "副州长", "旗长", "副旗长", "镇长", "主任", "副主任", "书记",
)
SESSION = re.compile(
    rf"(?:(?P<term>[{CN_NUM}\d]+)届(?:政府)?)?第?(?P<num>[{CN_NUM}\d]+)次(?:(?:[市区县州旗]?(?:人民)?政府)?(?:常务|全体)?会议|(?=[）)]))"
)  # `…常务会议纪要（第18次）`: the title's bracket numbers the session
ITEMS_OPENER = re.compile(
    r"(?:会议(?:议定|纪要|决定|研究|讨论|审议)(?:了)?(?:以下|如下)(?:意见|事项|问题|内容)?|纪要如下|现纪要如下"
    r"|现将(?:会议)?(?:主要)?(?:议定事项|精神)(?:纪要|公布|通报)如下)[：:]"
)
# A table of decided matters (`序号 | 议题 | 议定事项 | 责任单位 | 完成时限`), flattened to tab-separated
# lines by ingest: the role of each header cell.
TABLE_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (  # each matched with fullmatch
    ("number", re.compile(r"序号|编号")),
    ("heading", re.compile(r"(?:会议)?(?:议题|事项)(?:名称)?")),
    ("decision", re.compile(r"(?:会议)?(?:议定|决定)(?:事项|意见)?|会议意见")),
    ("lead", re.compile(r"(?:责任|牵头|承办)(?:单位|部门)")),
    ("deadline", re.compile(r"(?:完成|办理|办结)?(?:时限|时间)(?:要求)?")),
)
ANNOUNCED_HEARING = re.compile(r"听取(?:了)?(?!(?:有关|相关)(?:工作|情况)?(?:汇报|报告))(?P<x>[^，。、；《》]{2,60}?(?:汇报|报告|情况))(?=[，。、；]|$)")

# --- items --------------------------------------------------------------------------
# The verb that opens a heading (or a sentence in unnumbered minutes) decides the kind.
ITEM_VERBS: tuple[tuple[str, str], ...] = (
    ("传达学习", "study"),
    ("学习", "study"),
    ("研究部署", "study"),
    ("研究", "study"),
    ("审议", "review"),
    ("审定", "review"),
    ("审查", "review"),
    ("讨论", "review"),
    ("听取", "hearing"),
    ("通报", "hearing"),  # `会议通报了…情况`: a situation reported to the meeting
)
ITEM_SENTENCE = re.compile(
    r"(?:会议(?:还|专题|集中|首先)?|会前)(?:审议(?:并原则通过|通过)?|审定|讨论|听取|通报|研究(?:部署)?|传达学习|学习)(?:了)?"
)
# A further matter in the same sentence: `会议听取了A的汇报，审议了《B》` (the verb, its 了, no 会议).
NEXT_MATTER = re.compile(  # not `…精神，研究了我区贯彻落实意见`: that is the same matter
    r"(?<=[，；])(?:还)?(?:审议|审定|讨论|听取|通报|研究部署|研究|传达学习)(?:并?(?:原则)?(?:同意|通过))?了"
    r"(?![^，。；]{0,12}贯彻)"
)
# What may follow an item's verb before its object: `审议通过了`, `讨论并原则同意了`, `研究讨论了`.
VERB_TAIL = re.compile(r"(?:(?:并|和)?(?:原则)?(?:讨论|审议|研究|贯彻|部署|通过|同意))*了?")
# A paragraph that is the decision from its first words, wherever it stands in the item.
OPENS_WITH_DECISION = re.compile(r"(?:会议)?(?:决定[，：:]?)?(?:审议并|讨论并)?(?:原则)?(?:同意|通过)")
# `会议原则同意《…》`, `会议原则同意X关于…的汇报` as the first words of an unnumbered item (no
# `会议审议了` before it); `object` is what it decides on.
DECISION_ON_DOCUMENT = re.compile(
    r"会议(?:还)?(?:原则)?(?:同意|通过)(?P<object>《[^》\n]*》|[^，。；《》\n]{2,40}?关于[^，。；\n]*?的(?:汇报|报告))"
)
# An item heading line without a number: what the meeting did, with no sentence punctuation.
HEADING_LINE_VERB = re.compile(r"(?:审议|审定|研究|听取|讨论|传达学习|学习|关于)")
HEADING_LINE_MAX_CHARS = 80
HEADING_LINE_NOT_LAST = "。；：！？:;!?，,"
# A line that only introduces numbered paragraphs: `会议要求：`, `会议决定如下：`.
LEAD_IN_LABEL = re.compile(r"(?:会议)?(?:要求|强调|指出|决定|议定|认为|明确)(?:如下)?[：:]")
MATTER = re.compile(r"(?:事项|事宜)(?:的)?(?:汇报)?$|(?:事项|事宜)[，。]")
ITEM_CONTENT_START = re.compile(r"(?:会议|原则|同意|会后|经|根据)")
TITLE_IN_BRACKETS = re.compile(r"《(?P<t>[^《》]*(?:《[^《》]*》[^《》]*)*)》")

DECISIONS = (
    "原则同意", "原则通过", "原则审议通过", "审议通过", "讨论通过", "原则上同意", "不同意", "不予通过", "不予同意",
    "暂缓审议", "暂缓", "同意",
)
# `会议讨论并通过了…`, `会议通过《…》`: a bare 通过 decides only right after the meeting's verb.
DECISION = re.compile("|".join(re.escape(d) for d in DECISIONS) + "|(?<=并|议)通过")

GROUP_NOT_UNIT = "重改编"  # 重组, 改组, 编组 end in 组 and are not units
UNIT_SUFFIXES = (
    "办公室", "委员会", "常委会", "管委会", "政府", "领导小组", "工作专班", "专班", "指挥部", "中心", "集团", "公司",
    "支行", "分行", "大队", "支队", "街道", "学院", "医院", "学校", "人大", "政协", "法院", "检察院",
    "部门", "单位", "板块", "区镇", "同志", "局", "委", "办", "部", "院", "所", "站", "社", "会", "室",
    "联", "协", "镇", "乡", "区", "城", "处", "科", f"(?<![{GROUP_NOT_UNIT}])组", "队", "行", "关",
)
UNIT = rf"[{HAN}A-Za-z0-9（）()“”]{{2,30}}?(?:{'|'.join(UNIT_SUFFIXES)})"

# Who carries the document after the meeting; the unit stops at the verb that follows it.
AFTER_UNIT = r"(?=根据|依据|按照|结合|吸收|参照|对照|征求|对(?!外)|牵头|负责|会同|抓紧|尽快|进一步|认真|做好|修改|完善|将|要|在(?!线)|就|再|组织(?!部)|。|，|；)"
LEAD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("after_meeting", re.compile(rf"会后[，,]?(?:由|请)?(?P<u>[^，。；\n]{{2,60}}?){AFTER_UNIT}")),
    # `由X作为项目业主`: the owner carries it; `由Y作为融资主体` only finances it.
    ("charged", re.compile(r"由(?P<u>[^，。；由\n]{2,60}?)(?:共同|具体)?(?:牵头|负责|作为(?:项目)?(?:业主|实施主体|建设主体|责任主体|实施单位|牵头单位))")),
    # `请X根据会议意见修改完善` / `请X、Y共同负责` / `请X、Y分别…`: a request names the lead as well,
    # and adds to a charge (`由X作为实施主体…，请X、Y分别做好…`).
    ("requested", re.compile(r"(?:请|责成)(?P<u>[^，。；请\n]{2,60}?)(?:共同|分别|(?=牵头|负责|根据|依据|按照|结合|会同|修改|研究落实|抓紧))")),
    # `交由X按程序组织实施` hands it over (outranks a proposer); `由X按程序组织实施` alone does not.
    ("handed", re.compile(r"交由(?P<u>[^，。；由\n]{2,60}?)(?=按程序|依法依规|组织实施)")),
    ("revises", re.compile(r"由(?P<u>[^，。；由\n]{2,60}?)(?=根据|依据|按照|结合|会同|修改)")),
)
# `上述四部门`, `以上单位`: units named earlier in the item (its proposers), not a unit's name.
BACK_REFERENCE = re.compile(r"(?:上述|以上|前述|上列)(?:[一二三四五六七八九十两\d]{1,2}个?)?(?:部门|单位|家单位)")
# Who carries it out when nobody is charged and no proposer is named (`由X按程序印发实施`).
IMPLEMENTER = re.compile(r"由(?P<u>[^，。；由\n]{2,60}?)(?:按程序|依法依规|组织实施|印发实施)")
# `X提出的《…》`: the verb is found first and X is the clause before it (a lazy unit pattern in
# front of the verb would be tried at every position of the item).
PROPOSER_VERB = re.compile(r"(?=[共联提送起报制编拟])(?:共同|联合)?(?:提出|提交|提请审议|送审|起草|报送|制定|编制|拟定)的")
PROPOSER_MAX_CHARS = 60
# A label line under an item's heading naming who brought it (`汇报单位：市财政局、市住建局`).
REPORTED_BY = re.compile(r"(?:^|(?<=\n))(?:汇报|报告|提请|提报|送审|申报)单位[：:](?P<u>[^。；\n]+)")
# What comes before the proposing unit in its clause: the meeting's own verbs.
PROPOSER_PREFIX = re.compile(
    r"^.*(?:原则同意|原则通过|同意|审议通过了|审议通过|通过了|审议了|审议|审定了|审定|研究了|讨论了|听取了|会议)由?"
)  # `会议原则通过由市统计局提出的《…》`: the 由 goes with the verb
# Document titles written without 《》, recognised by what kind of document they name.
DOCUMENT_NOUNS = "方案|办法|意见|规划|计划|要点|细则|规定|制度|报告|请示|通知|决定|条例|清单|预算|标准|纲要"
BARE_DOCUMENT = re.compile(
    rf"(?=[审讨同提送报])(?:(?:(?:审定|审议|讨论)并?(?:原则)?(?:通过|同意)?了?|同意)(?![^，。；]*?(?:提出|提交|送审|报送)的)(?![自从在将对把按由给向])|(?:提出|提交|送审|报送)的)(?P<doc>[^，。；《》、]{{4,60}}?(?:{DOCUMENT_NOUNS})(?:[（(][^（）()，。]{{1,20}}[）)])?)(?=[，。；]|$)"
)
# A header line that is only a government's name (`松河区人民政府`), as a portal shows it above a report.
GOVERNMENT_LINE = re.compile(rf"^(?P<gov>[{HAN}]{{2,20}}?(?:人民政府|政府))$", re.MULTILINE)
# `听取X关于…的汇报`, and `会议原则同意X关于…的汇报` (a hearing decided without a `听取` sentence).
HEARING_REPORTER = re.compile(r"(?:听取|同意)(?:了|并原则同意|并同意|并审议通过)?(?P<u>[^，。；\n]{2,60}?)(?:关于|对|就)[^。]*?(?:汇报|报告)")
OFFICIAL_TITLE = re.compile(
    r"党组书记|党委书记|党工委书记|副局长|局长|副主任|主任|副书记|书记|副部长|部长|总经理|董事长|副院长|院长|所长|"
    r"队长|副区长|区长|副县长|县长|副市长|市长|副州长|州长|副旗长|旗长|副盟长|盟长|镇长|乡长|行长|秘书长"
)

# How the result is issued or sent on. Order matters: longer forms first.
ROUTES = re.compile(
    r"(?=[以提报由依按印不])"  # first-character guard: one alternative opens with a lookbehind
    r"(?<!另行)(?<!重新)(?<!再次)"  # `暂缓审议…另行提请…研究`: a resubmission, not how it is issued
    r"(?:以[^，。；以\n]{1,40}?名义(?:提请|报请|报送|呈报)[^，。；\n]{1,30}?(?:审议|审定|研究|批准|审批)"
    r"|以[^，。；以\n]{1,40}?名义(?:联合)?(?:印发|下发|发布|出台|发文)(?:实施|执行|施行)?"
    r"|以[^，。；以\n]{1,20}?(?:形式|方式)(?:公布|印发|发布)(?:实施|施行)?"
    r"|以[^，。；以\n]{1,20}?文件(?:形式)?(?:印发|下发|发布)(?:实施|执行|施行)?"
    r"|(?:提请|提交|报请)[^，。；\n]{1,30}?(?:审议|审定|研究|批准|审批)(?:后(?:印发|实施|公布|发布))?"
    r"|(?<![汇通简情预举申公电])报[^，。；告\n]{1,30}?(?:审议|研究|审定|批准|批复|审批|备案)(?:后(?:印发|实施|公布|发布))?"
    r"|由[^，。；\n]{2,30}?按程序(?:组织实施|报批(?:后组织实施)?|组织政府采购)|依法依规组织实施|按程序组织实施|印发实施"
    r"|不再(?:另行|单独)?(?:发文|印发))"
)

# Directives: who is told to act. A subject right before a modal verb, or `由X…`.
MODAL = re.compile(r"(?=[要必务须应需负])(?:要(?![求点素件闻务])|必须|务必|须|应当|应(?![急用对纳统收届聘邀])|需要|需(?!求)|(?<!主要)负责(?!同志|人)(?=[\u4e00-\u9fff]))")
NOT_MODAL_BEFORE = "重主需必只纪提摘概总想将"
ADDRESSEE_OK = re.compile(
    rf"^(?:各|全市|全区|全县|全体|市|区|县|镇|乡|有关|相关|涉及|牵头|责任|领导|主管)|(?:{'|'.join(UNIT_SUFFIXES)})(?:（[^）]*）)?$"
)
ADDRESSEE_REJECT = re.compile(r"^(?:由|同时|此外|另外|今后|下一步|今年|明年|当前|目前|近年|全年|会议|我们|特别|尤其|还|并|都|也|就)")
# What opens a clause before its subject: `一是`, `首先`, or a number inside a paragraph (`会议要求，（一）各部门要…`).
ENUMERATOR = re.compile(rf"(?:[{CN_NUM}]+(?:是|要|要求)|首先|其次|再次|最后|[（(][{CN_NUM}\d]{{1,3}}[）)]|\d{{1,2}}[.、．](?!\d))")
# `责任单位：市水利局，各县（市、区）人民政府；完成时限：…` closing an item (配合单位 too).
RESPONSIBLE = re.compile(r"(?P<role>责任单位|牵头单位|配合单位)[：:](?P<u>[^；;。\n]+)")
# `要求各街道、各部门结合实际…`: the groups told to act right after 要求.
REQUIRED_OF = re.compile(rf"要求(?P<u>各[{HAN}]{{0,8}}?(?:部门|单位|街道|镇|乡|区|县|地)(?:、各[{HAN}]{{0,8}}?(?:部门|单位|街道|镇|乡|区|县|地))*)")
DIRECTIVE_BY = re.compile(
    r"[由请](?P<u>[^，。；由请\n]{2,30}?(?:办公室|专班|小组|中心|局|委|办|部门|单位|集团|公司|政府))"
    r"(?=对|汇总|牵头|负责|会同|统筹|组织|做好|抓好|进行|定期|及时|研究|抓紧|加快|尽快|根据|结合|按照|于)"
)

_BOUNDED = "前|内|底|完成|实现|建成|开工|启动|出台|投用|投入使用|交付|竣工|开通|上线|落地|见效|至少|力争|全面|基本|全部"
DEADLINE = re.compile(
    r"(?=[\d本下第一二三四五六七八九十两季年尽近月春夏汛暑寒国元主秋开明今入冬雨中清端麦上当])"  # first-character guard: the alternatives open with optional parts (6x faster)
    r"(?:(?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)前|(?:本|下)?(?:月底|年底)前"
    # `6月份开工`, `上半年每个区县至少建成…`: a month or half-year is a deadline before what it bounds,
    # not in `听取上半年经济运行情况` or `上半年全市经济运行总体平稳`.
    rf"|\d{{1,2}}月份(?={_BOUNDED})|[上下]半年(?=[^，。；]{{0,8}}?(?:{_BOUNDED}))|(?:本|当)月内"
    r"|(?:明年|今年)(?:第?[一二三四1-4])季度(?:末|底)?前?|(?:第?[一二三四1-4]|本)?季度(?:末|底)前?"
    r"|年内|年底前|尽快|下周|近期(?=内|要|抓紧|完成|召开|组织|开展|出台)|本周内"
    r"|(?:明年|今年)?(?:春节|春耕|春播|夏收|三夏|秋播|主汛期|汛期|入汛|暑期|暑假|寒假|国庆|元旦|中秋|清明|端午|秋季学期|春季学期|开学|入冬|冬季|雨季|麦收|秋收)节?前(?!后)|(?:[一二三四五六七八九十两]|\d{1,2})个?(?:月|周|星期|工作日|日|天)内|月内)"
)

INSTRUCTION_LIKE = re.compile(
    r"(?=[忽iIsS你扮])(?:忽略(?:以上|上述|之前|前面|先前)?(?:的)?(?:所有|全部)?(?:指令|指示|提示|要求|设定)"
    r"|(?i:ignore (?:all )?(?:the )?(?:previous|above|prior) instructions|system prompt)|你现在是|扮演)"
)  # case-blind only where it matters: IGNORECASE over the whole pattern scans CJK text 5x slower

# --- trailer ------------------------------------------------------------------------
# `会议还研究了其他事项` and its variants (`研究讨论了其它事宜`): matters the minutes do not record.
_OTHER_MATTERS = r"会议还(?:研究讨论|讨论研究|研究部署|研究|讨论|审议|听取)了?其[他它](?:有关)?(?:事项|事宜|议题|工作)"
TRAILER_START = re.compile(
    rf"(?=[会出列参请（(主抄分\n])(?:{_OTHER_MATTERS}|(?:出席|列席|参加|请假)(?:会议)?(?:人员|领导|单位)?[：:]"
    r"|[（(]此件(?:主动公开|公开发布|不公开|依申请公开)[）)]|主送[：:]|抄送[：:]|分送[：:]"
    # A report's closing line `副区长…出席会议，…列席会议。` (`区领导…参加会议。`): who attended, not an
    # item's paragraph (`各镇要派员参加会议` tells someone to act and is one).
    r"|\n(?=[^\n。要须应请]{0,80}(?:出席|列席|参加)会议[。，；])"
    # A report's byline `（通讯员　X）`, `（撰稿人：X　审稿人：Y）`, and a copied page's `关闭` / `回到顶部`.
    rf"|[（(](?=(?:通讯员|记者|撰稿|供稿|审稿|责任编辑|编辑|作者)[^）)\n]{{0,40}}[）)][ \u3000]*(?:\n|$))"
    r"|\n(?=[【\[]?(?:关闭|关闭窗口|回到顶部|返回顶部|打印本页|打印)[】\]]?\s*(?:\n|$)))"
)
OTHER_MATTERS = re.compile(_OTHER_MATTERS)
# An attendance list runs to the next label: with printed lines joined (a wrapped PDF) or a table
# flattened into tabs (`出席\t…`), the line end is no longer where it stops.
_NEXT_LABEL = r"(?=(?:出席|列席|请假|缺席|记录|主送|抄送|分送)(?:会议)?(?:人员|领导|单位)?[：:\t]|[（(]此件|。|\n|$)"
# The label ends with a colon, or (a table row whose tab normalization removed) opens a line.
_LABEL_END = rf"(?:[：:\t]|(?<=^出席)(?=[{HAN}])|(?<=^列席)(?=[{HAN}]))"
ATTENDEES = re.compile(rf"出席(?:会议)?(?:人员|领导)?{_LABEL_END}\s*(?P<x>[^。\n]*?){_NEXT_LABEL}", re.MULTILINE)
OBSERVERS = re.compile(rf"列席(?:会议)?(?:人员|单位)?{_LABEL_END}\s*(?P<x>[^。\n]*?){_NEXT_LABEL}", re.MULTILINE)
PUBLIC = re.compile(r"此件(?:主动)?公开(?:发布)?")
RECIPIENTS = re.compile(r"(?:主送|分送)[：:](?P<x>[^。\n]*)")  # 分送: the distribution list
CC = re.compile(r"抄送[：:](?P<x>[^。\n]*)")

NOT_MINUTES_HINT = re.compile(r"常务会议|会议纪要|全体会议|办公会议|会议(?:审议|听取|研究|议定|决定)")
