"""The contract every stage shares: source text, the minutes record, spans and findings.

A `Minutes` record serializes to the field names and plain values of `evals/gold/README.md`
(a superset of them). Grounding is carried beside the values, never instead of them: every
model object has a `spans` map from a field name to the `Span` of its value in the ORIGINAL
text (for a list field, one span per element, in order). `iter_grounded(record)` walks them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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

    @classmethod
    def trusted(cls, start: int, end: int, alignment: Alignment = "exact") -> Span:
        """A span whose offsets are ordered by construction (an offset map), built without
        validation: the extractor makes hundreds per document and this is its hot path."""
        span = cls.__new__(cls)
        object.__setattr__(span, "__dict__", {"start": start, "end": end, "alignment": alignment})
        object.__setattr__(span, "__pydantic_fields_set__", _SPAN_FIELDS)
        object.__setattr__(span, "__pydantic_extra__", None)
        object.__setattr__(span, "__pydantic_private__", None)
        return span


_SPAN_FIELDS = frozenset(Span.model_fields)
SpanValue = Span | list[Span]


class Grounded(BaseModel):
    """Base of every record object: `spans` maps a field name to where its value came from."""

    model_config = ConfigDict(extra="forbid")

    spans: dict[str, SpanValue] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _spans_match_values(self) -> Grounded:
        for name, span in self.spans.items():
            if name not in type(self).model_fields:
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
