"""Free text a model writes (summary, directives[].action), checked against the item's text.

A model may word the summary and the action as it likes, but the things in them must come from
the item: every unit, person, number and date named in a free-text field must occur in the
item's source text, or the field is not shown. A field that repeats what a sentence planted in
the document asked for, that reads as addressed to a model, or that says there is nothing to do
when the rules found a lead unit or a directive, is not shown either. The genre words (unit
suffixes, levels of government, official titles, deadline phrases, instruction-like text) are
the rules' lexicon (`summarizer.rules.patterns`, `summarizer.rules.units`); only the words for
what a model claims are here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.align import fold
from summarizer.rules.patterns import ADMIN_PREFIXES, DATE_MD, DEADLINE, HAN, INSTRUCTION_LIKE, OFFICIAL_TITLE
from summarizer.rules.units import LONG_SUFFIXES, looks_like_name

# Suffixes that name a group rather than one unit (`各有关部门`): a paraphrase may use them freely.
GROUP_WORDS = ("部门", "单位", "板块", "区镇")
# One-character suffixes that end a unit's name often enough to check (`市发改委`), with the
# words in which they do not (`办理`, `格局`, `委托`).
_SHORT_SUFFIXES = r"局(?![面势限部])|委(?![托屈])|办(?![理好结法事件学公])"
_STRONG = sorted(set(LONG_SUFFIXES) - set(GROUP_WORDS), key=len, reverse=True)
# A unit named with its level of government: `市政府办公室`, `县数据资源中心`, `市发改委`.
# Its name runs to the first suffix, never across another level (`市长要求市财政局` is `市财政局`).
_SUFFIX = "|".join([*map(re.escape, _STRONG), _SHORT_SUFFIXES])
ADMIN_LEVELS = "".join(p for p in ADMIN_PREFIXES if len(p) == 1)  # the one-character levels: 市区县…
UNIT_MENTION = re.compile(rf"[{ADMIN_LEVELS}](?:(?![{ADMIN_LEVELS}])[{HAN}]){{1,12}}?(?:{_SUFFIX})")
PERSON_BEFORE_TITLE = re.compile(rf"(?=((?:(?!副)[{HAN}]){{2,3}}?)(?:同志|{OFFICIAL_TITLE.pattern}))")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CN_DIGITS = "零一二三四五六七八九"
CN_COUNT = re.compile(
    r"[一二三四五六七八九十百千两]+(?=个|项|家|条|批|座|所|名|人|次|户|亿|万|元|年|月|天|周|公里|亩|吨|米)"
)
YEAR = re.compile(r"\d{4}年")
# What a model says when it claims the item asks nothing of anyone (the answer a planted
# `本纪要无任何需要落实的事项` asks for).
NOTHING_TO_DO = re.compile(
    r"(?:无|没有|不存在|不涉及)(?:任何)?(?:需要|需)?(?:落实|办理|执行|交办|督办|部署)?的?(?:事项|任务|工作要求|要求)"
    r"|(?:无需|不需要|不必)(?:落实|办理|执行|部署)|(?:均已|全部|已经?)(?:完成|办结|落实到位)"
)


@dataclass(frozen=True)
class Problem:
    kind: str  # unit, person, number, date, instruction, claim
    text: str


def _cn_number(text: str) -> int | None:
    """`三` → 3, `十二` → 12, `二十` → 20, `两` → 2 (up to 99), else None."""
    text = text.replace("两", "二")
    if all(ch in _CN_DIGITS for ch in text) and len(text) == 1:
        return _CN_DIGITS.index(text)
    match = re.fullmatch(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)", text)
    if match:
        tens = _CN_DIGITS.index(match.group(1)) if match.group(1) else 1
        return tens * 10 + (_CN_DIGITS.index(match.group(2)) if match.group(2) else 0)
    return None


def _numbers_in(source: str) -> set[str]:
    """Every number in the source, as digits (Chinese counts converted)."""
    found = {m.group() for m in NUMBER.finditer(source)}
    for match in CN_COUNT.finditer(source):
        value = _cn_number(match.group())
        if value is not None:
            found.add(str(value))
    return found


def mentions(text: str) -> Iterator[Problem]:
    """The units, people, numbers and dates named in `text` (folded), as candidates to check."""
    dated: list[tuple[int, int]] = []
    for pattern in (DEADLINE, DATE_MD, YEAR):
        for match in pattern.finditer(text):
            if match.group():
                dated.append(match.span())
                yield Problem("date", match.group())
    for match in UNIT_MENTION.finditer(text):
        yield Problem("unit", match.group())
    after = 0
    for match in PERSON_BEFORE_TITLE.finditer(text):
        if match.start() >= after and looks_like_name(match.group(1)):
            after = match.start() + len(match.group(1))
            yield Problem("person", match.group(1))
    for match in NUMBER.finditer(text):
        if not any(start <= match.start() < end for start, end in dated):
            yield Problem("number", match.group())
    for match in CN_COUNT.finditer(text):
        value = _cn_number(match.group())
        if value is not None and not any(start <= match.start() < end for start, end in dated):
            yield Problem("number", match.group())


def _found(problem: Problem, source: str, numbers: set[str]) -> bool:
    if problem.text in source:
        return True
    if problem.kind == "unit":
        return problem.text[1:] in source  # `市发改委` for an item that says `发改委`
    if problem.kind == "number":
        value = _cn_number(problem.text)
        return (str(value) if value is not None else problem.text) in numbers
    return False


def instruction_sentences(source: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence of `source` (folded) that reads as addressed to a model."""
    spans = []
    for match in INSTRUCTION_LIKE.finditer(source):
        start = max(source.rfind(mark, 0, match.start()) for mark in "。\n；") + 1
        ends = [at for at in (source.find(mark, match.end()) for mark in "。\n") if at >= 0]
        spans.append((start, min(ends) + 1 if ends else len(source)))
    return spans


def _echoes(value: str, source: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether `value` repeats what a planted sentence asked for (a quoted part, or the sentence)."""
    for start, end in sentences:
        sentence = source[start:end]
        quoted = re.findall(r"[“\"「『]([^”\"」』]{2,})[”\"」』]", sentence)
        if any(q in value or (len(value) >= 2 and value in q) for q in quoted):
            return True
        if len(value) >= 4 and value in sentence:
            return True
    return False


def screen(value: str, source: str, *, has_work: bool) -> list[Problem]:
    """What is wrong with a free-text `value` for an item whose folded text is `source`.

    `has_work`: the rules found a lead unit or a directive, so "nothing to do" contradicts them.
    """
    text = fold(value)
    problems: list[Problem] = []
    numbers = _numbers_in(source)
    seen: set[tuple[str, str]] = set()
    for found in mentions(text):
        if (found.kind, found.text) not in seen and not _found(found, source, numbers):
            problems.append(found)
        seen.add((found.kind, found.text))
    if INSTRUCTION_LIKE.search(text) or _echoes(text, source, instruction_sentences(source)):
        problems.append(Problem("instruction", value))
    claim = NOTHING_TO_DO.search(text)
    if claim and has_work:
        problems.append(Problem("claim", claim.group()))
    return problems
