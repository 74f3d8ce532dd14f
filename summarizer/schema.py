"""The contract every stage shares: source text, the minutes record, spans and findings.

A `Minutes` record serializes to the field names and plain values of `evals/gold/README.md`
(a superset of them). Grounding is carried beside the values, never instead of them: every
model object has a `spans` map from a field name to the `Span` of its value in the ORIGINAL
text (for a list field, one span per element, in order). `iter_grounded(record)` walks them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

_Model = TypeVar("_Model", bound=BaseModel)

SCHEMA_VERSION = "1"

Kind = Literal["review", "hearing", "study", "other"]
Alignment = Literal["exact", "fuzzy", "none"]
Level = Literal["info", "warning", "error"]
Origin = Literal["rules", "model"]


class Span(BaseModel):
    """Half-open character offsets [start, end) into the original decoded text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    alignment: Alignment = "exact"

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self


SpanValue = Span | list[Span]


class Grounded(BaseModel):
    """Base of every record object: `spans` maps a field name to where its value came from."""

    model_config = ConfigDict(extra="forbid")

    spans: dict[str, SpanValue] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _spans_match_values(self) -> Grounded:
        fields = self.__dict__  # every field's value (extra="forbid"); `model_fields` is a slow descriptor
        for name, span in self.spans.items():
            if name not in fields:
                raise ValueError(f"span for unknown field {name!r}")
            value = getattr(self, name)
            if isinstance(span, list) != isinstance(value, list):
                raise ValueError(f"span shape of {name!r} does not match its value")
            if isinstance(span, list) and len(span) != len(value):
                raise ValueError(f"{name!r} has {len(value)} values but {len(span)} spans")
        return self


class Finding(BaseModel):
    """A quality finding: data with a level, never an exception."""

    level: Level
    code: str
    message: str
    span: Span | None = None


class Deadline(Grounded):
    """A deadline phrase inside a directive (`6月底前`, `年内`), resolved when determined."""

    text: str
    date: dt.date | None = None


class Directive(Grounded):
    marker: str = ""
    text: str
    addressees: list[str] = Field(default_factory=list)
    # Canonical unit (from the 列席 directory) per addressee, None when not a listed unit.
    addressees_canonical: list[str | None] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    # Filled by the model path only.
    action: str | None = None


class Item(Grounded):
    number: int
    heading: str
    kind: Kind
    title: str
    documents: list[str] = Field(default_factory=list)
    decision: str | None = None
    decision_paragraph: str | None = None
    lead_units: list[str] = Field(default_factory=list)
    lead_units_canonical: list[str | None] = Field(default_factory=list)
    issuance: list[str] = Field(default_factory=list)
    directives: list[Directive] = Field(default_factory=list)
    # Structure confidence, e.g. no_decision_found, lead_unit_inferred_from_proposer.
    flags: list[str] = Field(default_factory=list)
    origin: Origin = "rules"
    summary: str | None = None
    # Filled by the model path: grounding and agreement with the rules, per field.
    check: ItemCheck | None = None


class Meeting(Grounded):
    date: dt.date | None = None
    part_of_day: str | None = None
    session: int | None = None
    session_text: str | None = None
    chair: str | None = None
    chair_title: str | None = None


class ObserverGroup(Grounded):
    unit: str
    names: list[str] = Field(default_factory=list)


class Minutes(Grounded):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source_file: str
    source_sha256: str = ""
    # Which layout was recognised (see segment.py), so readers know how far to trust it.
    format: str = "unknown"
    issuer: str | None = None
    doc_type: str | None = None
    number: int | None = None
    number_text: str | None = None
    issued_by: str | None = None
    issued_on: dt.date | None = None
    meeting: Meeting = Field(default_factory=Meeting)
    announced_documents: list[str] = Field(default_factory=list)
    announced_hearings: list[str] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    other_matters: bool = False
    attendees: list[str] = Field(default_factory=list)
    observers: list[ObserverGroup] = Field(default_factory=list)
    compiled_by: str | None = None
    compiled_on: dt.date | None = None
    public: bool = False
    recipients: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    truncated: bool = False
    findings: list[Finding] = Field(default_factory=list)
    # How the record was made (backend, model, prompt hash, usage).
    run: RunInfo | None = None


class SourceText(BaseModel):
    """A decoded input document. Every Span points into `text`."""

    text: str
    path: str
    media_type: Literal["text", "pdf", "docx", "html"]
    encoding: str | None = None
    sha256: str
    size_bytes: int


def iter_grounded(obj: Grounded, prefix: str = "") -> Iterator[tuple[str, object, Span]]:
    """Yield (path, value, span) for every grounded value under `obj`, depth first."""
    for name, span in obj.spans.items():
        value = getattr(obj, name)
        if isinstance(span, list):
            for i, (element, element_span) in enumerate(zip(value, span, strict=True)):
                yield f"{prefix}{name}[{i}]", element, element_span
        else:
            yield f"{prefix}{name}", value, span
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        if isinstance(value, Grounded):
            yield from iter_grounded(value, f"{prefix}{name}.")
        elif isinstance(value, list):
            for i, element in enumerate(value):
                if isinstance(element, Grounded):
                    yield from iter_grounded(element, f"{prefix}{name}[{i}].")


# --- The model path -----------------------------------------------------------------------
# The response model holds only what a language model must produce for one agenda item; spans,
# checks and usage are added by our code (summarizer.model.check, summarizer.model.run).

ACTION_MAX_CHARS = 40
SUMMARY_MAX_CHARS = 60

CheckStatus = Literal["ok", "needs_review", "failed"]
Agreement = Literal["agree", "differ", "model_only", "rules_only", "neither"]


class DeadlineAnswer(BaseModel):
    text: str = Field(description="截止时间的原文措辞，逐字摘自原文，如“6月底前”")
    date: dt.date | None = Field(
        default=None, description="能由会议日期确定时给出 ISO 日期（YYYY-MM-DD），否则为 null"
    )


class DirectiveAnswer(BaseModel):
    quote: str = Field(description="该条要求的原文，逐字摘录（可只摘第一句）")
    addressees: list[str] = Field(default_factory=list, description="被要求行动的单位或群体，逐字摘自原文")
    action: str = Field(max_length=ACTION_MAX_CHARS, description=f"要做什么，不超过{ACTION_MAX_CHARS}字")
    deadlines: list[DeadlineAnswer] = Field(default_factory=list)


class ItemAnswer(BaseModel):
    """One agenda item as a language model reads it."""

    title: str = Field(description="议题名称：审议的文件名（不含书名号）或听取的汇报名称，逐字摘自原文")
    kind: Kind = Field(description="review=审议，hearing=听取汇报，study=研究，other=其他")
    decision: str | None = Field(default=None, description="决定用语，如“原则同意”“同意”，逐字摘自原文")
    lead_units: list[str] = Field(default_factory=list, description="会后牵头修改或承办的单位，逐字摘自原文")
    issuance: list[str] = Field(default_factory=list, description="印发或报送途径，如“以市政府名义印发”")
    directives: list[DirectiveAnswer] = Field(default_factory=list)
    summary: str = Field(max_length=SUMMARY_MAX_CHARS, description=f"一句话概要，不超过{SUMMARY_MAX_CHARS}字")


class FieldCheck(BaseModel):
    """One field of one item: is the model's value in the source, and does it agree with the rules."""

    field: str
    agreement: Agreement
    model: str | None = None
    rules: str | None = None
    grounding: Alignment | None = None
    used: Origin | None = None


class Usage(BaseModel):
    requests: int = 0
    retries: int = 0
    reasks: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0
    wall_s: float = 0.0

    def add(self, other: Usage) -> Usage:
        """Counts summed; wall time is the caller's to set (work overlaps)."""
        return Usage(
            requests=self.requests + other.requests,
            retries=self.retries + other.retries,
            reasks=self.reasks + other.reasks,
            cache_hits=self.cache_hits + other.cache_hits,
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            wall_s=self.wall_s,
        )


class ItemCheck(BaseModel):
    status: CheckStatus
    fields: list[FieldCheck] = Field(default_factory=list)
    # Why the status is not ok, e.g. model_failed:length, ungrounded:lead_units[0].
    flags: list[str] = Field(default_factory=list)
    grounding_rate: float | None = None
    usage: Usage = Field(default_factory=Usage)
    cached: bool = False


class RunInfo(BaseModel):
    backend: Literal["rules", "llm"]
    base_url: str | None = None
    model: str | None = None
    mode: str | None = None
    prompt_sha: str | None = None
    usage: Usage = Field(default_factory=Usage)


Item.model_rebuild()
Minutes.model_rebuild()
