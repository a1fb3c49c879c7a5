"""Records passed between the stages: spans found in the text, and facts resolved from them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

NAN = math.nan


@dataclass(frozen=True)
class Span:
    """A quantity expression found in the text, before any interpretation of its context.

    Offsets are half-open: ``text[start:end] == span``.
    """

    start: int
    end: int
    kind: str
    rule: str
    value: float = NAN
    low: float = NAN
    high: float = NAN
    qualifier: str | None = None
    approximate: bool = False
    currency: str | None = None
    money: bool = False
    unit: str | None = None
    unit_category: str | None = None
    percent: bool = False
    period: str | None = None
    year_like: bool = False
    #: for an article's own exchange rate: (from currency, to currency)
    rate_pair: tuple[str, str] | None = None


@dataclass(frozen=True)
class Fact:
    """A resolved claim: one row of the facts table."""

    start: int
    end: int
    span: str
    sentence: str
    category: str
    rule: str
    value: float = NAN
    low: float = NAN
    high: float = NAN
    qualifier: str | None = None
    approximate: bool = False
    unit: str | None = None
    currency: str | None = None
    period: str | None = None
    event: str | None = None
    actor: str | None = None
    location: str | None = None
    claimant: str | None = None
    equivalent_of: str | None = None
    part_of: str | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def fact_id(self) -> str:
        """Identifier stable within a document: the span's offsets."""
        return f"q{self.start}-{self.end}"
