"""Guards and resolvers derived from lexicon rows."""

from __future__ import annotations

import re

from summarizer.rules.lexicon.derive import first_chars, guarded, without_lookarounds


def test_first_chars_of_words_groups_and_optional_parts() -> None:
    assert first_chars("要(?!求)|必须") == frozenset("要必")
    assert first_chars("(?:本|下)?月底前") == frozenset("本下月")
    assert first_chars(r"【?议题\d") == frozenset("【议")
    assert first_chars(r"(?<![汇通])报|\d{1,2}月") == frozenset("报0123456789")
    assert first_chars("(?i:ignore)") == frozenset("iI")


def test_no_guard_when_the_first_character_cannot_be_told() -> None:
    assert first_chars("[^，。]+会议") is None
    assert first_chars("(?:会议)?") is None  # may match nothing
    assert first_chars("[\u4e00-\u9fff]+局") is None  # a whole block
    assert guarded("[^，。]+会议").pattern == "[^，。]+会议"


def test_a_new_word_brings_its_first_character_into_the_guard() -> None:
    pattern = guarded("要|必须|亟需")
    assert pattern.search("各镇亟需") is not None
    assert pattern.pattern.startswith("(?=[")


def test_without_lookarounds_keeps_the_words() -> None:
    body = r"(?P<m>\d{1,2})月份(?=前|开工)"
    assert without_lookarounds(body) == r"(?P<m>\d{1,2})月份"
    assert re.fullmatch(without_lookarounds(body), "6月份")


def test_escapes_and_lookbehinds_over_a_block() -> None:
    assert first_chars(r"(?<=[\u3400-\u9fff])[(（]|[\x00-\x02]") == frozenset("(（\x00\x01\x02")
    spaces = first_chars(r"[\s\u200b]+")
    assert spaces is not None and {" ", "\n", "\u3000", "\u200b"} <= spaces


def test_every_scanning_pattern_gets_its_guard() -> None:
    from summarizer.rules import patterns

    for name in ("MARKERS", "ROUTES", "MODAL", "DEADLINE", "TRAILER_START", "PROPOSER_VERB", "BARE_DOCUMENT",
                 "MEETING_SENTENCE", "ITEM_SENTENCE", "DECISION", "INSTRUCTION_LIKE"):
        assert getattr(patterns, name).pattern.startswith("(?=["), name
