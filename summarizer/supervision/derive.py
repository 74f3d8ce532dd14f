"""Tasks (督办任务) from a minutes record: one per (clause, responsible unit).

Minutes assign work clause by clause: `市发改委要本周内…；市住建局要会同市财政局…10月10日前…` gives
市发改委 its clause and deadline and 市住建局 its own, with 市财政局 as a co-unit (协办单位).
`由X牵头，Y、Z配合` is one task for X with Y, Z as co-units. A group addressee (`各地各部门`) is
one task marked as a group, never one task per member. An obligation that names nobody is a task
for `待明确`, for the reviewer to name. A clause with no obligation (a lead-in `会议要求，`, an
opinion `会议认为…`, what a study item learnt) gives no task; neither does an item heading.
The decision's own follow-up (`会后由X…修改完善，按程序以市政府名义印发`) is a task for X.

The words this reads are data (`task_words.toml`); the modal verbs are `rules.patterns.MODAL`.
Every task keeps the span of its clause in the original text: `clean(source[span]) == text`,
except a follow-up task, whose text says what to do and whose span is the sentence that says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from summarizer.rules import patterns
from summarizer.rules.deadlines import resolve_due
from summarizer.rules.units import UnitDirectory
from summarizer.schema import Deadline, Directive, Item, Minutes, Span
from summarizer.text import clean

TaskSource = Literal["directive", "lead_unit"]
WORDS_FILE = Path(__file__).with_name("task_words.toml")
_NOT_CONTENT = re.compile(r"[\s，。、；：！？“”\u2018\u2019（）《》〔〕【】,.;:!?()\"'\-—]+")
_CLAUSE_ENDS = "；;。"
_TRIM = "，,；;。：:、 \t\n\u3000"


def normalize_text(text: str) -> str:
    return _NOT_CONTENT.sub("", text)


@dataclass(frozen=True)
class TaskDraft:
    """A task as derived from a record, before it has an id."""

    item_number: int
    item_title: str
    source: TaskSource
    directive_ordinal: int | None
    unit: str
    unit_verbatim: str
    text: str
    deadline_text: str | None
    deadline_date: dt.date | None
    span: Span | None
    co_units: tuple[str, ...] = ()
    is_group: bool = False

    @property
    def fingerprint(self) -> str:
        """Identity of a task within its minutes, stable across versions of the document."""
        key = "\x1f".join((str(self.item_number), self.source, self.unit, normalize_text(self.text)))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class TaskWords:
    lead_ins: tuple[str, ...]
    obligation_verbs: tuple[str, ...]
    co_unit_before: tuple[str, ...]
    co_unit_after: tuple[str, ...]
    unit_followers: tuple[str, ...]
    group_prefixes: tuple[str, ...]
    group_suffixes: tuple[str, ...]
    standing_words: tuple[str, ...]
    standing_label: str
    follow_up_revise: tuple[str, ...]
    follow_up_carry: tuple[str, ...]
    pending_unit: str
    cases: tuple[dict[str, Any], ...] = field(default=())

    @functools.cached_property
    def lead_in(self) -> re.Pattern[str]:
        words = "|".join(map(re.escape, sorted(self.lead_ins, key=len, reverse=True)))
        return re.compile(rf"^(?:(?:{words})[，,：:]?)+")

    @functools.cached_property
    def unit(self) -> re.Pattern[str]:
        """One unit's name, ending where a follower (a list mark, a time, a verb) starts."""
        followers = "|".join(map(re.escape, sorted(self.unit_followers, key=len, reverse=True)))
        return re.compile(
            rf"[{patterns.HAN}A-Za-z0-9（）()]{{1,30}}?(?:{'|'.join(patterns.UNIT_SUFFIXES)})(?=(?:{followers})|\d|$)"
        )


@functools.cache
def task_words() -> TaskWords:
    data = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
    lists = {name: tuple(value) for name, value in data.items() if isinstance(value, list) and name != "case"}
    return TaskWords(
        lead_ins=lists["lead_ins"],
        obligation_verbs=lists["obligation_verbs"],
        co_unit_before=lists["co_unit_before"],
        co_unit_after=lists["co_unit_after"],
        unit_followers=lists["unit_followers"],
        group_prefixes=lists["group_prefixes"],
        group_suffixes=lists["group_suffixes"],
        standing_words=lists["standing_words"],
        standing_label=str(data["standing_label"]),
        follow_up_revise=lists["follow_up_revise"],
        follow_up_carry=lists["follow_up_carry"],
        pending_unit=str(data["pending_unit"]),
        cases=tuple(data.get("case", [])),
    )


def pending_unit() -> str:
    return task_words().pending_unit


def is_group(unit: str) -> bool:
    """`各地各部门`, `有关单位`, `财政、统计等部门`: many units at once (泛指)."""
    words = task_words()
    return unit.startswith(words.group_prefixes) or unit.endswith(words.group_suffixes)


# -- clauses -----------------------------------------------------------------------------------


@dataclass
class _Clause:
    start: int
    end: int
    body: str  # cleaned, lead-in and edge punctuation removed
    required: bool  # the lead-in was a requirement (`会议要求各部门…`)


def _skip_chars(source: str, start: int, end: int, count: int) -> int:
    """The original offset after `count` non-blank characters from `start`."""
    pos = start
    while pos < end and count > 0:
        if not source[pos].isspace():
            count -= 1
        pos += 1
    return pos


def _trim(source: str, start: int, end: int) -> tuple[int, int]:
    while start < end and source[start] in _TRIM:
        start += 1
    while end > start and source[end - 1] in _TRIM:
        end -= 1
    return start, end


def clauses(source: str, start: int, end: int, traditional: bool = False) -> list[_Clause]:
    """The clauses of a paragraph (between `；` and `。`), lead-ins cut off, with original offsets."""
    found: list[_Clause] = []
    words = task_words()
    piece_start = start
    for pos in range(start, end + 1):
        if pos < end and source[pos] not in _CLAUSE_ENDS:
            continue
        a, b = _trim(source, piece_start, min(pos + 1, end))
        piece_start = pos + 1
        if a >= b:
            continue
        body = clean(source[a:b], traditional=traditional)
        # (or after the matter the clause names first: `会议研究了X工作，要求县教育局…`)
        lead = words.lead_in.match(body) or _REQUIRED_AFTER_MATTER.search(body)
        required = False
        if lead:
            required = "要求" in lead.group() or "责成" in lead.group()
            a = _skip_chars(source, a, b, lead.end())
            a, b = _trim(source, a, b)
            body = clean(source[a:b], traditional=traditional) if a < b else ""
        if body:
            found.append(_Clause(a, b, body, required))
    return found


_REQUIRED_AFTER_MATTER = re.compile(r"^[^，。；]{4,60}?[，,](?:会议)?(?:要求|责成)(?=[^，。；：:]{2})")


def _has_modal(body: str) -> bool:
    for match in patterns.MODAL.finditer(body):
        if match.start() == 0 or body[match.start() - 1] not in patterns.NOT_MODAL_BEFORE:
            return True
    return False


def is_obligation(body: str) -> bool:
    return _has_modal(body) or any(verb in body for verb in task_words().obligation_verbs)


def _unit_list(body: str, pos: int) -> tuple[list[str], int]:
    """Units listed from `pos` (`市财政局、市自然资源局`), and where the list ends."""
    units: list[str] = []
    pattern = task_words().unit
    while pos < len(body):
        match = pattern.match(body, pos)
        if match is None:
            break
        units.append(match.group())
        pos = match.end()
        if pos < len(body) and body[pos] in "、和及与":
            pos += 1
            continue
        break
    return units, pos


def co_units(body: str) -> list[str]:
    """Units that work with the lead: after `会同`/`联合`, or listed before `配合`/`协助`."""
    words = task_words()
    found: list[str] = []
    for marker in words.co_unit_before:
        for match in re.finditer(re.escape(marker), body):
            units, _ = _unit_list(body, match.end())
            found.extend(u for u in units if u not in found)
    for piece in re.split("[，,]", body):
        piece = piece.removeprefix("由").removeprefix("请")
        units, end = _unit_list(piece, 0)
        if units and piece.startswith(words.co_unit_after, end):
            found.extend(u for u in units if u not in found)
    return found


# -- deadlines ---------------------------------------------------------------------------------


def _within(span: Span | list[Span] | None, start: int, end: int) -> bool:
    return isinstance(span, Span) and start <= span.start and span.end <= end


def _deadline_of(
    deadlines: Sequence[Deadline], body: str, meeting: dt.date | None
) -> tuple[str | None, dt.date | None]:
    texts = [d.text for d in deadlines]
    words = task_words()
    if not texts and any(word in body for word in words.standing_words):
        texts = [words.standing_label]
    dates = [d.date or resolve_due(d.text, meeting) for d in deadlines]
    found = [d for d in dates if d is not None]
    return ("；".join(texts) or None), (min(found) if found else None)


def _deadlines_in(body: str, meeting: dt.date | None) -> list[Deadline]:
    return [
        Deadline(text=m.group(), date=resolve_due(m.group(), meeting)) for m in patterns.DEADLINE.finditer(body)
    ]


# -- tasks -------------------------------------------------------------------------------------


def _span_list(spans: dict[str, Span | list[Span]], name: str) -> list[Span]:
    found = spans.get(name)
    return found if isinstance(found, list) else []


def _directive_tasks(
    item: Item, ordinal: int, directive: Directive, source: str, meeting: dt.date | None, traditional: bool = False
) -> list[TaskDraft]:
    text_span = directive.spans.get("text")
    if not isinstance(text_span, Span):
        return []
    words = task_words()
    addressees = list(zip(directive.addressees, _span_list(directive.spans, "addressees"), strict=False))
    canonical = dict(zip(directive.addressees, directive.addressees_canonical, strict=False))
    dated = [d for d in directive.deadlines if isinstance(d.spans.get("text"), Span)]
    parts = clauses(source, text_span.start, text_span.end, traditional)
    # A table row's 责任单位 cell, outside the task's words: the unit charged with the whole row.
    charged = [value for value, span in addressees if not _within(span, text_span.start, text_span.end)]
    drafts: list[TaskDraft] = []
    previous: list[int] = []  # indexes into drafts of the last clause's tasks
    for clause in parts:
        named = [value for value, span in addressees if _within(span, clause.start, clause.end)]
        in_charge = not named and not previous and bool(charged)
        named = charged if in_charge else named
        helpers = co_units(clause.body)
        leads = [u for u in named if u not in helpers and (canonical.get(u) or u) not in helpers]
        if not (is_obligation(clause.body) or ((clause.required or in_charge) and leads)):
            continue
        deadline_text, deadline_date = _deadline_of(
            [d for d in dated if _within(d.spans.get("text"), clause.start, clause.end)], clause.body, meeting
        )
        span = Span(start=clause.start, end=clause.end)
        if not leads and previous:  # `…；要…` goes on with the unit named before
            for index in previous:
                drafts[index] = _extend(drafts[index], clause, source, deadline_text, deadline_date, traditional)
            continue
        groups = [u for u in leads if is_group(u)]
        units = [(canonical.get(u) or u, u, False) for u in leads if u not in groups]
        if groups:
            units.append(("、".join(groups), "、".join(groups), True))
        if not units:
            units = [(words.pending_unit, "", False)]
        previous = []
        for unit, verbatim, group in units:
            previous.append(len(drafts))
            drafts.append(
                TaskDraft(
                    item_number=item.number,
                    item_title=item.title,
                    source="directive",
                    directive_ordinal=ordinal,
                    unit=unit,
                    unit_verbatim=verbatim,
                    text=clause.body,
                    deadline_text=deadline_text,
                    deadline_date=deadline_date,
                    span=span,
                    co_units=tuple(helpers),
                    is_group=group,
                )
            )
    # A deadline written outside the paragraph (a table's 完成时限 cell) bounds what it asks.
    outside = [d for d in directive.deadlines if not any(_within(d.spans.get("text"), c.start, c.end) for c in parts)]
    if outside:
        text, date = _deadline_of(outside, "", meeting)
        drafts = [d if d.deadline_text else replace(d, deadline_text=text, deadline_date=date) for d in drafts]
    return drafts


def _extend(
    draft: TaskDraft, clause: _Clause, source: str, text: str | None, date: dt.date | None, traditional: bool
) -> TaskDraft:
    assert draft.span is not None
    span = Span(start=draft.span.start, end=clause.end)
    dates = [d for d in (draft.deadline_date, date) if d is not None]
    texts = [t for t in (draft.deadline_text, text) if t]
    return replace(
        draft,
        text=clean(source[span.start : span.end], traditional=traditional),
        span=span,
        deadline_text="；".join(texts) or None,
        deadline_date=min(dates) if dates else None,
    )


def _sentence(source: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The sentence (between `。`) of [start, end) holding offset `at`."""
    before = max(source.rfind("。", start, at) + 1, start)
    after = source.find("。", at, end)
    return _trim(source, before, end if after == -1 else after)


def _follow_up_text(item: Item, body: str) -> str | None:
    words = task_words()
    actions = []
    if any(word in body for word in words.follow_up_revise):
        actions.append("修改完善")
    for route in item.issuance:
        if route in body:
            actions.append("按程序印发" if re.search("印发|下发|发布|出台", route) else route)
            break
    if not actions:
        carry = next((word for word in words.follow_up_carry if word in body), None)
        if carry is None and not _has_modal(body):
            return None
        actions.append(carry or "落实")
    what = f"《{item.title}》" if item.documents or item.kind == "review" else f"“{item.title}”"
    return "并".join(actions) + what


def _follow_up(
    item: Item, source: str, meeting: dt.date | None, directory: UnitDirectory, traditional: bool = False
) -> TaskDraft | None:
    """The decision's own follow-up: the lead unit revises, issues or carries what was decided."""
    paragraph = item.spans.get("decision_paragraph")
    lead_spans = _span_list(item.spans, "lead_units")
    if not isinstance(paragraph, Span) or not item.lead_units or item.kind == "study":
        return None
    inside = [
        (unit, span) for unit, span in zip(item.lead_units, lead_spans, strict=False)
        if _within(span, paragraph.start, paragraph.end)
    ]
    if inside:
        start, end = _sentence(source, paragraph.start, paragraph.end, inside[0][1].start)
        # `…会后由X修改完善，按程序以市政府名义印发。` is one sentence; `。按程序…` may be the next.
        rest = source.find("。", end + 1, paragraph.end)
        sentence = clean(source[start:end], traditional=traditional)
        if item.issuance and not any(r in sentence for r in item.issuance) and rest != -1:
            end = _trim(source, start, rest)[1]
    else:
        start, end = _trim(source, paragraph.start, paragraph.end)
    body = clean(source[start:end], traditional=traditional)
    text = _follow_up_text(item, body)
    if text is None:
        return None
    units = [u for u, _ in inside] or item.lead_units
    canonical = dict(zip(item.lead_units, item.lead_units_canonical, strict=False))
    deadline_text, deadline_date = _deadline_of(_deadlines_in(body, meeting), body, meeting)
    lead = units[0]
    return TaskDraft(
        item_number=item.number,
        item_title=item.title,
        source="lead_unit",
        directive_ordinal=None,
        unit=canonical.get(lead) or directory.canonical(lead) or lead,
        unit_verbatim=lead,
        text=text,
        deadline_text=deadline_text,
        deadline_date=deadline_date,
        span=Span(start=start, end=end),
        co_units=tuple(canonical.get(u) or u for u in units[1:]),
    )


def derive_tasks(minutes: Minutes, source: str) -> list[TaskDraft]:
    """Every task a record assigns, in document order, without duplicates; `source` is the
    original text the record's spans point into."""
    directory = UnitDirectory.of(minutes)
    traditional = ":traditional" in minutes.format  # read once: each clause is cleaned alike
    drafts: dict[str, TaskDraft] = {}
    for item in minutes.items:
        found: list[TaskDraft] = []
        follow_up = _follow_up(item, source, minutes.meeting.date, directory, traditional)
        if follow_up is not None:
            found.append(follow_up)
        for ordinal, directive in enumerate(item.directives):
            found.extend(_directive_tasks(item, ordinal, directive, source, minutes.meeting.date, traditional))
        for draft in found:
            drafts.setdefault(draft.fingerprint, draft)
    return list(drafts.values())
