"""The regexes of the rule engine, built once from the lexicon (rules/lexicon/*.toml).

No word list lives here: a new word is a row in a lexicon file (and a case in
tests/lexicon/cases/). Each regex that scans whole documents gets its first-character guard
derived from its own body (lexicon/derive.py). Every pattern runs on normalized text (see
text.py): no spaces inside Chinese, full-width punctuation kept, digits half-width.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from summarizer.rules.lexicon import load
from summarizer.rules.lexicon.derive import fill, guarded, words

HAN = r"\u3400-\u9fff"

_markers = load("markers")
_verbs = load("verbs")
_decisions = load("decisions")
_routes = load("routes")
_modals = load("modals")
_units = load("units")
_leads = load("leads")
_addressees = load("addressees")
_deadlines = load("deadlines")
_sections = load("sections")
_chrome = load("chrome")

CN_NUM: str = _markers["cn_digits"]

# --- numbering ----------------------------------------------------------------------
# One scan for all styles; `match.lastgroup` is the style, `num_<style>` its number.
MARKER_STYLES: dict[str, str] = {row["name"]: fill(row["body"], {"cn": CN_NUM}) for row in _markers["style"]}
MARKERS = guarded("|".join(f"(?P<{style}>{body})" for style, body in MARKER_STYLES.items()))
ITEM_ONLY_STYLES = frozenset(row["name"] for row in _markers["style"] if row.get("item_only"))
BY_ORDER_STYLES = frozenset(row["name"] for row in _markers["style"] if row.get("by_order"))
ENUMERATOR = re.compile(
    fill(_markers["enumerator"]["body"], {"cn": CN_NUM, "words": words(_markers["enumerator"]["words"])})
)

# --- header -------------------------------------------------------------------------
DOC_TYPE = re.compile(f"(?P<type>{words(_sections['doc_types'])})")
MINUTES_DECLARATION = re.compile(words(_sections["minutes_declarations"]))
MEETING_KIND = re.compile(f"(?P<kind>{words(_sections['meeting_kinds'])})")
SESSION_OWNER = re.compile(words(_sections["session_owners"]))
FIELD_LABEL = re.compile(fill(_sections["field_label"], {"titles": words(_sections["catalog_title_labels"])}))
SUMMARY_FIELD = re.compile(_sections["summary_field"])
CATALOG_TITLE_LABEL = re.compile(words(_sections["catalog_title_labels"]))
CATALOG_NUMBER_LABEL = re.compile(words(_sections["catalog_number_labels"]))
RECEIPT_LABEL = re.compile(rf"[ \u3000]*(?:{words(_sections['receipt_labels'])})[：:]")
CATALOG_OFFICE = re.compile(fill(_sections["catalog_office"], {"labels": words(_sections["catalog_office_labels"])}))
PLACELESS_GOVERNMENT = re.compile(_units["placeless_government"])
DOC_NUMBER = re.compile(fill(_sections["doc_number"], {"cn": CN_NUM}))
DATE = re.compile(_sections["date"])
DATE_MD = re.compile(_sections["date_md"])
DATE_DASHED = re.compile(_sections["date_dashed"])
DATE_GLUED = re.compile(_sections["date_glued"])
ISSUED_BY = re.compile(_sections["issued_by"])
PAGE_METADATA = re.compile(_sections["page_metadata"])
HEARING_TITLE = re.compile(_verbs["hearing_title"])
ISSUER_IN_TEXT = re.compile(_units["issuer_in_text"])
GOVERNMENT_LEVEL = re.compile(_units["government_level"])
HEAD_LEVEL = re.compile(_units["head_level"])
HEADLINE_PLACE = re.compile(_units["headline_place"], re.MULTILINE)
SITE_OWNER = re.compile(_units["site_owner"])
PREFECTURE_BEFORE_COUNTY = re.compile(_units["prefecture_before_county"])
MEDIA_PLACE = re.compile(_units["media_place"], re.MULTILINE)
SOURCE_LABEL = re.compile(_units["source_label"])
MEDIA_OUTLET = re.compile(_units["media_outlet"], re.MULTILINE)
OUTLET_NOT_PLACES: tuple[str, ...] = tuple(_units["outlet_not_places"])
PLACE_NEVER_HAS: tuple[str, ...] = tuple(_units["place_never_has"])
TITLE_PLACE = re.compile(fill(_units["title_place"], {"not_open": words(_units["title_place_not_open"])}))
NOT_PLACES: tuple[str, ...] = tuple(_units["not_places"])
NOT_PLACE_WORDS: frozenset[str] = frozenset(_units["not_place_words"])
PLACE_BEFORE_PARTY_POST = re.compile(_units["place_before_party_post"])
GOVERNMENT_LINE = re.compile(_units["government_line"], re.MULTILINE)

# --- opening ------------------------------------------------------------------------
PART_OF_DAY = "|".join(_sections["parts_of_day"])
PART_OF_DAY_NAMES: dict[str, str] = _sections["part_of_day_names"]
MEETING_SENTENCE = guarded(fill(_sections["meeting_sentence"], {"pod": PART_OF_DAY}))
MEETING_FIELDS = re.compile(_sections["meeting_fields"])
STORY_DATELINE = re.compile(fill(_sections["story_dateline"], {"pod": PART_OF_DAY}))
_STORY_EVENT = fill(_sections["story_event"], {"pod": PART_OF_DAY, "story_event_verbs": words(_sections["story_event_verbs"])})
STORY_LEAD = re.compile(
    rf"(?m)^[ \u3000]*(?:{STORY_DATELINE.pattern}|{_STORY_EVENT})"
)
STORY_HEADLINE = re.compile(_sections["story_headline"])
MEETING_NAME_FIELD = re.compile(_sections["meeting_name_field"])
MEETING_TIME_FIELD = re.compile(fill(_sections["meeting_time_field"], {"pod": PART_OF_DAY}))
CHAIR_FIELD = re.compile(_sections["chair_field"])
GROUP_HEADING = re.compile(_sections["group_heading"])
CHAIRED_BY = re.compile(fill(_sections["chaired_by"], {"chair": _sections["chair_clause"]}))
HEADLINE_CHAIR = re.compile(_sections["headline_chair"])
CHAIRED_BY_MEETING = re.compile(fill(_sections["chaired_by_meeting"], {"chair": _sections["chair_clause"]}))
CHAIR_TITLES: tuple[str, ...] = tuple(_units["chair_titles"])
SESSION = re.compile(fill(_sections["session"], {"cn": CN_NUM}))
SESSION_YEAR = re.compile(fill(_sections["session_year"], {"cn": CN_NUM}))
ITEMS_OPENER = re.compile(_sections["items_opener"])
TABLE_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(  # each matched with fullmatch
    (role, re.compile(body)) for role, body in _sections["table_columns"].items()
)
FIELD_LINE = re.compile(_sections["field_line"])
UNKEPT_FIELD_LABELS: frozenset[str] = frozenset(_sections["unkept_field_labels"])
ANNOUNCED_HEARING = re.compile(_verbs["announced_hearing"])

# --- items --------------------------------------------------------------------------
ITEM_VERBS: tuple[tuple[str, str], ...] = tuple((verb, kind) for verb, kind in _verbs["item_verbs"])
REPORTED_MATTER = re.compile(_verbs["reported_matter"])
UNIT_REPORTED = re.compile(_verbs["unit_reported"])
LECTURE_FORMS = words(_verbs["lecture_forms"])
LECTURE = re.compile(fill(_verbs["lecture"], {"lecture_forms": LECTURE_FORMS}))
TOPIC_TAKEN_UP = re.compile(_verbs["topic_taken_up"])
BACK_TO_THE_REPORT = re.compile(_verbs["back_to_the_report"])
REMARK_OPENERS: tuple[str, ...] = tuple(_verbs["remark_openers"])
CONNECTIVES: tuple[str, ...] = tuple(_verbs["connectives"])
ITEM_SENTENCE = guarded(
    fill(
        _verbs["item_sentence"],
        {
            "item_adverbs": words(_verbs["agenda_adverbs"] + _verbs["item_adverbs"]),
            "connectives": words(_verbs["connectives"]),
            "lecture": LECTURE.pattern,
            "topic_taken_up": _verbs["topic_taken_up"],
        },
    )
)
DOCUMENT_PRESENTED = re.compile(_verbs["document_presented"])
AGENDA_ADVERB = re.compile(words(_verbs["agenda_adverbs"]))
GRADING_WORD = re.compile(words(_verbs["grading_words"]))
ITEM_VERB_START = guarded("|".join(verb for verb, _ in sorted(ITEM_VERBS, key=lambda row: -len(row[0]))))
NEXT_SENTENCE_MATTER = re.compile(_verbs["next_sentence_matter"])
OFFICIAL_CONVEYED = re.compile(_verbs["official_conveyed"])
OFFICIAL_TOOK_UP = re.compile(_verbs["official_took_up"])
VERB_TAIL = re.compile(_verbs["verb_tail"])
VAGUE_MATTER = re.compile(_verbs["vague_matter"])
SPEECH_STUDIED = re.compile(_verbs["speech_studied"])
SPIRIT_CARRIED_OUT = re.compile(_verbs["spirit_carried_out"])
AGENDA_FILLER = re.compile(words(sorted(_verbs["agenda_filler"], key=len, reverse=True)))
SUMMARY_CLOSE = re.compile(_verbs["summary_close"])
SUMMARY_PARTS = re.compile(_verbs["summary_parts"])
ARRANGED_MATTER = re.compile(_verbs["arranged_matter"])
EXAMINED_MATTER = re.compile(_verbs["examined_matter"])
GLUED_REMARK = re.compile(_verbs["glued_remark"])
REMARK_AFTER_MATTER = re.compile(_verbs["remark_after_matter"])
REMARK_CLAUSE = re.compile(_verbs["remark_clause"])
REMARK_ON_ITS_MATTER = re.compile(_verbs["remark_on_its_matter"])
TOPIC_LEAD_IN = re.compile(_verbs["topic_lead_in"])
TOPIC_OPENERS: tuple[str, ...] = tuple(_verbs["topic_openers"])
REMARK_VERBS: tuple[str, ...] = tuple(_verbs["remark_verbs"])
TOPIC_PARAGRAPH = re.compile(
    fill(_verbs["topic_paragraph"], {"topic_openers": words(TOPIC_OPENERS), "remark_verbs": words(REMARK_VERBS)})
)
ENUMERATED_MATTERS = re.compile(_verbs["enumerated_matters"])
ENUMERATED_MATTER = re.compile(_verbs["enumerated_matter"])
MATTER_NUMBER = re.compile(_verbs["matter_number"])
LISTED_EXAMINED = re.compile(_verbs["listed_examined"])
OPENS_WITH_DECISION = re.compile(_decisions["opens_with_decision"])
DOCUMENT_NOUNS = "|".join(_verbs["document_nouns"])
NEXT_MATTER = re.compile(
    fill(
        _verbs["next_matter"],
        {"nouns": DOCUMENT_NOUNS, "agenda_adverbs": words(_verbs["agenda_adverbs"]), "lecture_forms": LECTURE_FORMS},
    )
)
# How a document's name ends (`…实施方案`, `…实施方案（草案）`), 《》 or not.
DOCUMENT_END = rf"(?:{DOCUMENT_NOUNS})(?:[（(][^（）()]{{1,20}}[）)])?"
NAMES_DOCUMENT = re.compile(rf"《|{DOCUMENT_END}$")  # `《A》`, `…实施方案（草案）`
DECISION_ON_DOCUMENT = guarded(fill(_decisions["decision_on_document"], {"nouns": DOCUMENT_NOUNS}))
DECIDED_MATTER = re.compile(_decisions["decided_matter"])
HEADING_LINE_VERB = re.compile(f"(?:{words(_verbs['heading_line_verbs'])})")
HEADING_LINE_MAX_CHARS: int = _verbs["heading_line_max_chars"]
HEADING_LINE_NOT_LAST: str = _verbs["heading_line_not_last"]
LEAD_IN_WORDS: tuple[str, ...] = tuple(_decisions["lead_in_words"])
LEAD_IN_LABEL = re.compile(fill(_decisions["lead_in_label"], {"words": words(LEAD_IN_WORDS)}))
EMPTY_PARAGRAPH = re.compile(fill(_decisions["empty_paragraph"], {"words": words(LEAD_IN_WORDS)}))
SPEAKER = re.compile(fill(_addressees["speaker"], {"words": words(LEAD_IN_WORDS)}))
SPOKEN = re.compile(fill(_addressees["spoken"], {"words": words(LEAD_IN_WORDS)}))
MATTER = re.compile(_verbs["matter"])
ITEM_CONTENT_START = re.compile(f"(?:{words(_verbs['item_content_start'])})")
ALIAS_WORDS: tuple[str, ...] = tuple(_verbs["alias_words"])
ASSESSMENT_LEAD_INS: tuple[str, ...] = tuple(_verbs["assessment_lead_ins"])
# `《A》（以下简称《条例》）`: the short name given after a title, at the end of a heading.
ALIAS_NOTE = re.compile(rf"[（(](?:{words(ALIAS_WORDS)})[“《][^”》]{{1,20}}[”》][）)]$")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # a bracket and what it holds (`市财政局（廖春梅）`)
TITLE_IN_BRACKETS = re.compile(r"《(?P<t>[^《》]*(?:《[^《》]*》[^《》]*)*)》")

DECISIONS: tuple[str, ...] = tuple(_decisions["decisions"])
AGREED_MATTER = re.compile(_decisions["agreed_matter"])
DECIDED_TOGETHER = re.compile(_decisions["decided_together"])
PURPOSE_CLAUSE = re.compile(_decisions["purpose_clause"])
PURPOSE_THEN_DECISION = re.compile(rf"(?m)^[ \u3000]*(?={_decisions['purpose_clause']})")
AGREED_PARAGRAPH = re.compile(_decisions["agreed_paragraph"])
BARE_AGREEMENT = re.compile(_decisions["bare_agreement"])
DECISION = guarded(f"{words(DECISIONS)}|{_decisions['bare_pass']}|{_decisions['decided_to']}")

GROUP_NOT_UNIT: str = _units["group_not_unit"]
NOT_UNIT_ENDINGS: tuple[str, ...] = tuple(_units["not_unit_endings"])
SUFFIX_WORDS: frozenset[str] = frozenset(_units["suffix_words"])
BODIES_ANSWERED_TO: tuple[str, ...] = tuple(_units["bodies_answered_to"])


def _unit_suffix(suffix: str) -> str:
    """The suffix as a regex body, not after what makes it a word of its own (`重组`, `相关`)."""
    before = GROUP_NOT_UNIT if suffix == "组" else "".join(w[:-1] for w in NOT_UNIT_ENDINGS if w[1:] == suffix)
    return f"(?<![{before}]){suffix}" if before else suffix


UNIT_SUFFIXES: tuple[str, ...] = tuple(_unit_suffix(suffix) for suffix in _units["suffixes"])
PLAIN_UNIT_SUFFIXES: tuple[str, ...] = tuple(_units["suffixes"])
UNIT = rf"[{HAN}{_units['unit_chars']}]{{2,30}}?(?:{'|'.join(UNIT_SUFFIXES)})"

AFTER_UNIT = "(?=" + "|".join([words(_leads["after_unit"]), *_leads["after_unit_guarded"]]) + ")"
LEAD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (row["name"], re.compile(fill(row["body"], {"after_unit": AFTER_UNIT}))) for row in _leads["form"]
)
BACK_REFERENCE = re.compile(_units["back_reference"])
IMPLEMENTER = re.compile(_leads["implementer"])
PROPOSER_VERB = guarded(
    "".join(f"(?<!{word}所)" for word in _verbs["proposer_people"])
    + f"(?:共同|联合)?(?:{words(_verbs['proposer_verbs'])})(?:并经[^，。；《》]{{2,12}}?)?的"
)
PROPOSER_MAX_CHARS: int = _verbs["proposer_max_chars"]
PROPOSER_CITED = re.compile(rf"(?:积极|认真|切实|要)?(?:{words(_verbs['proposer_cited_by'])})")
BARE_PROPOSER_VERB = re.compile(f"(?:{words(_verbs['proposer_verbs'])})(?!的)")
PROPOSER_JOINT = re.compile(_verbs["proposer_joint"])
PROPOSER_DID_FIRST = re.compile(_verbs["proposer_did_first"])
REPORTED_BY = re.compile(rf"(?:^|(?<=\n))(?:{words(_verbs['reported_by_labels'])})单位[：:](?P<u>[^。；\n]+)")
PROPOSER_PREFIX = re.compile(_verbs["proposer_prefix"])
BARE_DOCUMENT = guarded(fill(_verbs["bare_document"], {"nouns": DOCUMENT_NOUNS}))
BARE_REQUEST = re.compile(_verbs["bare_request"])
DRAFTING_STATUS = re.compile(_verbs["drafting_status"])
HEARING_REPORTER = guarded(_verbs["hearing_reporter"])
UNIT_REPORT = re.compile(_verbs["unit_report"])
TOPIC_REPORT = re.compile(_verbs["topic_report"])
REPORT_HEADING = re.compile(_verbs["report_heading"])
DOCUMENT_PRESENTER = re.compile(_verbs["document_presenter"])
OFFICIAL_TITLES: tuple[str, ...] = tuple(_units["official_titles"])
OFFICIAL_TITLE = guarded(words(OFFICIAL_TITLES))

ROUTES = guarded(
    "".join(f"(?<!{word})" for word in _routes["not_after"]) + "(?:" + "|".join(_routes["forms"]) + ")"
)
FALLBACK_ROUTES = re.compile("|".join(_routes["fallback_forms"]))


# --- directives ---------------------------------------------------------------------
def _modal(row: dict[str, Any]) -> str:
    """`要(?![求点…])`: the word with what may not stand around it."""
    before = "".join(f"(?<!{re.escape(word)})" for word in row.get("not_before", []))
    after = f"(?!{words(row['not_followed_by'])})" if row.get("not_followed_by") else ""
    word: str = row["word"]
    return before + re.escape(word) + after + (f"(?=[{HAN}])" if row.get("then_han") else "")


MODAL_WORDS: tuple[str, ...] = tuple(row["word"] for row in _modals["modal"])
MODAL = guarded("|".join(_modal(row) for row in _modals["modal"]))
NOT_MODAL_BEFORE: str = _modals["not_modal_before"]
ADDRESSEE_OK = re.compile(
    rf"^(?:{words(_addressees['opens'])})|(?:{'|'.join(UNIT_SUFFIXES)})(?:（[^）]*）)?$"
)
ADDRESSEE_REJECT = re.compile(f"^(?:{words(_addressees['rejects'])})")
OFFICIAL_GROUPS: tuple[str, ...] = tuple(_addressees["official_groups"])
ADDRESSEE_NEVER_ENDS: tuple[str, ...] = tuple(_addressees["never_ends"])
ADDRESSEE_NOT_ALONE: frozenset[str] = frozenset(_addressees["opens_not_alone"])
_HELPING = {"helping_verbs": words(_addressees["helping_verbs"])}
COORDINATING = re.compile(fill(_addressees["coordinating"], _HELPING))
LED_WITH_HELPERS = re.compile(fill(_leads["led_with_helpers"], _HELPING))
EVERY_GOVERNMENT = re.compile(_addressees["every_government"])
# A unit's name with a verb or particle glued on (`了市应急局`, `各责任单位相`): what to trim.
GLUED_NEVER_OPEN: tuple[str, ...] = tuple(_addressees["never_open"])
GLUED_BEFORE = re.compile(
    f"^(?:{words(_addressees['glued_before'])}|(?:{_addressees['time_before']}))了?(?=(?:{words(_addressees['openers'])}))"
)
GLUED_AFTER: tuple[str, ...] = tuple(_addressees["glued_after"])
NAME_NEVER_ENDS: str = _units["name_never_ends"]
ADMIN_PREFIXES: tuple[str, ...] = tuple(_units["admin_prefixes"])
# (the value runs to the next label: `牵头：市发改委　下一步：…`, whose space normalization removed)
RESPONSIBLE = re.compile(
    rf"(?P<role>{words(_leads['responsible_labels'])})[：:](?P<u>[^；;。\n]+?)"
    rf"(?=[；;。\n]|(?:{words(_leads['responsible_labels'] + _leads['field_labels_after'])})[：:]|$)"
)
_GROUP = rf"各[{HAN}]{{0,8}}?(?:{words(_units['group_suffixes'])})"
# `要求各乡镇…`, `要求县教育局、县住建局在秋季开学前完成…`: the groups or units told to act, with no modal verb.
_REQUIRED_UNIT = rf"(?:{_GROUP}|[{''.join(ADMIN_PREFIXES)}][{HAN}]{{1,12}}?(?:{words(_units['directed_suffixes'])}))"
REQUIRED_OF = re.compile(rf"要求(?P<u>{_REQUIRED_UNIT}(?:、{_REQUIRED_UNIT})*)(?![{HAN}]*?[的和及])")
DIRECTIVE_BY = re.compile(
    rf"[由请](?P<u>[^，。；由请\n]{{2,30}}?(?:{words(_units['directed_suffixes'])}))"
    r"(?=对|汇总|牵头|负责|会同|统筹|组织|做好|抓好|进行|定期|及时|研究|抓紧|加快|尽快|根据|结合|按照|于)"
)


# --- deadlines ----------------------------------------------------------------------
_DEADLINE_SLOTS = {
    "bounded": words(_deadlines["bounded"]),
    "done": words(_deadlines["done"]),
    "seasons": words(_deadlines["seasons"]),
    "soon": words(_deadlines["soon_followers"]),
    "periods": words(_deadlines["periods"]),
}
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# (rule, body with its named groups) per family, in the order they are tried.
DEADLINE_FAMILIES: tuple[tuple[str, str], ...] = tuple(
    (row["rule"], fill(row["body"], _DEADLINE_SLOTS)) for row in _deadlines["family"]
)
DEADLINE = guarded("|".join(_NAMED_GROUP.sub("(?:", body) for _, body in DEADLINE_FAMILIES))
HOLIDAY_EVES: dict[str, tuple[int, int]] = {name: (m, d) for name, (m, d) in _deadlines["holidays"].items()}
SPRING_FESTIVAL: dict[int, dt.date] = {
    int(year): dt.date.fromisoformat(day) for year, day in _deadlines["spring_festival"].items()
}

INSTRUCTION_LIKE = guarded(
    r"忽略(?:以上|上述|之前|前面|先前)?(?:的)?(?:所有|全部)?(?:指令|指示|提示|要求|设定)"
    r"|(?i:ignore (?:all )?(?:the )?(?:previous|above|prior) instructions|system prompt)|你现在是|扮演"
)  # case-blind only where it matters: IGNORECASE over the whole pattern scans CJK text 5x slower

# --- trailer ------------------------------------------------------------------------
_trailer = _sections["trailer"]
_OTHER_MATTERS = _trailer["other_matters"]
_ATTENDANCE = words(_trailer["attendance_labels"])
_ATTENDANCE_FIELD = rf"(?:{_ATTENDANCE})(?:会议)?(?:人员|领导|单位)?[：:]"
ATTENDANCE_FIELD = re.compile(_ATTENDANCE_FIELD)
_CHROME_LINE = "|".join([words(sorted(_chrome["lines"], key=len, reverse=True)), *_chrome["line_patterns"]])
_CHROME_LABEL = words(_chrome["labels"])
# A report's closing line `副区长…出席会议，…列席会议。` (`区领导…参加会议。`): who attended, not an
# item's paragraph, also in two clauses (`…领导参加了会议；会议还邀请了…列席会议。`) (`各镇要派员参加会议`
# tells someone to act and is one: a modal (not `主要领导`) in the clause of the
# verb, after the last 、 or ，, so a name listed before it, `陈应勇、`, is no modal). Right after the
# meeting sentence, before the items, the same line is the opening's (segment.py).
_ATTENDANCE_SENTENCE = r"(?:[^\n。]{0,80}[、，；])?(?:[^\n。、，；要须应请]|(?<=[主重])要){0,40}(?:出席|列席|参加)了?(?:会议|(?:有关|相关)议题)?[。，；]"
_ATTENDANCE_LINE = rf"\n(?={_ATTENDANCE_SENTENCE})"
ATTENDANCE_LINE = re.compile(_ATTENDANCE_LINE)
ATTENDANCE_SENTENCE = re.compile(_ATTENDANCE_SENTENCE)
CHAIR_SENTENCE = re.compile(_trailer["chair_sentence"])
AGENDA_LABEL = re.compile(_trailer["agenda_label"])
PICTURE_LINE = re.compile(_trailer["picture_line"], re.IGNORECASE)
STAMP_LINE = re.compile(_trailer["stamp_line"])
AGENDA_FIELD = re.compile(_trailer["agenda_field"])
AGENDA_FIELD_LABELS = re.compile(_trailer["agenda_field_labels"])
SPEAKER_TAG = re.compile(_trailer["speaker_tag"])
PARAGRAPH_LABEL = re.compile(_trailer["paragraph_label"])
TRANSCRIPT_MARK = re.compile(fill(_trailer["transcript_mark"], {"speaker_tag": _trailer["speaker_tag"]}))
REPORT_CALL = re.compile(_trailer["report_call"])
TRAILER_START = guarded(
    rf"{_OTHER_MATTERS}|{_ATTENDANCE_FIELD}"
    rf"|[（(](?:{words(_trailer['public_flags'])})[）)]"
    rf"|(?:{words(_trailer['labels'])})[：:]"
    rf"|\n(?=[ \u3000]*{_trailer['appendix_line']})"
    rf"|\n(?=[ \u3000]*{_trailer['signature']})"
    rf"|{_ATTENDANCE_LINE}"
    rf"|\n(?={_trailer['summing_up']})"
    # A reporter's name in brackets closing the report (`…工作。 (林小满)`): its credit.
    rf"|(?<=[。！])[ \u3000]*[（(](?=[{HAN}]{{2,4}}[）)]\s*\Z)"
    # A report's byline `（通讯员　X）`, `（撰稿人：X　审稿人：Y）`, and a copied page's chrome lines.
    rf"|[（(](?=(?:{words(_chrome['bylines'])})[^）)\n]{{0,40}}(?<!摄)[）)][ \u3000]*(?:\n|$))"  # (a photo's credit is its caption's)
    rf"|\n(?={_chrome['bullet']}[【\[]?(?:{_CHROME_LINE})[】\]]?\s*(?:\n|$))"
    rf"|\n(?={_chrome['bullet']}[【\[]?(?:{_CHROME_LABEL})[：:])"
    rf"|\n(?={words(_chrome['list_openers'])})"
)
OTHER_MATTERS = re.compile(_OTHER_MATTERS)
OTHER_MATTERS_LISTED = re.compile(_trailer["other_matters_listed"])
LIST_CLOSING = re.compile(_trailer["list_closing"])
SUMMING_UP = re.compile(_trailer["summing_up"])
# An attendance list runs to the next label: with printed lines joined (a wrapped PDF) or a table
# flattened into tabs (`出席\t…`), the line end is no longer where it stops.
_NEXT_LABEL = r"(?=(?:出席|列席|参加|请假|缺席|记录|主送|抄送|分送|报送|抄报)(?:会议)?(?:人员|领导|单位)?[：:\t]|[（(]此件|。|\n|$)"
# The label ends with a colon, or (a table row whose tab normalization removed) opens a line.
# (`列席会议的还有…` is a sentence, not a label.)
_LABEL_END = rf"(?:[：:\t]|(?<=^出席|^列席)(?=[{HAN}])(?!会议)|(?<=^出席人员|^列席人员|^出席领导|^列席领导)(?=[{HAN}]))"
ATTENDEES = re.compile(
    rf"(?:出席(?:会议)?(?:人员|领导)?{_LABEL_END}|参加(?:会议)?(?:人员|领导)?[：:])\s*(?P<x>[^。\n]*?){_NEXT_LABEL}",
    re.MULTILINE,
)
# `出席会议的有叶某、陈某。` in the opening: attendees when every one listed is a person.
ATTENDEES_SENTENCE = re.compile(r"(?:出席|参加)会议的(?:有|人员有|同志有|领导有)[：:]?(?P<x>[^。\n]+?)(?=[。；\n]|$)")
OBSERVERS = re.compile(rf"列席(?:会议)?(?:人员|单位)?{_LABEL_END}\s*(?P<x>[^。\n]*?){_NEXT_LABEL}", re.MULTILINE)
PUBLIC = re.compile(_trailer["public"])
RECIPIENTS = re.compile(
    rf"(?:{words(_trailer['recipient_labels'])}|(?m:^)[ \u3000]*(?:{words(_trailer['recipient_line_labels'])}))[：:](?P<x>[^。\n]*)"
)
CC = re.compile(rf"(?:{words(_trailer['cc_labels'])})[：:](?P<x>[^。\n]*)")
SALUTATION = re.compile(_trailer["salutation"])
COPY_LINE = re.compile(rf"(?m:^)[ \u3000]*(?P<label>{words(_trailer['copy_line_labels'])})[：:](?P<x>[^。\n]*)")

NOT_MINUTES_HINT = re.compile(_sections["minutes_hint"])
