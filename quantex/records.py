"""Records passed between the stages: spans found in the text, counted nouns, and facts resolved from them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields

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
class NounMatch:
    """A counted noun: ``text[start:end]`` is the noun itself, without modifiers.

    Attributes:
        start: Offset of the noun's first character.
        end: Offset after the noun's last character.
        lemma: Singular lower-case form (the ``unit`` of a count): from the noun table, or for other
            nouns the last word made singular by rule ("oil refineries" -> "refinery").
        category: personnel, drones, missiles, casualties or equipment; None for other nouns and
            for nouns that name people (a plain count unless a verb makes them casualties).
        person: True for nouns that name people or personnel.

    """

    start: int
    end: int
    lemma: str
    category: str | None
    person: bool


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
    #: what the stages learn on the way and do not put in the frame; not compared
    #: the counted noun found after the number (:func:`quantex.facts.nouns.find_noun`)
    noun: NounMatch | None = field(default=None, compare=False)
    #: an article's own exchange rate: (from currency, to currency)
    rate_pair: tuple[str, str] | None = field(default=None, compare=False)
    #: fact_id of the earlier count an elliptical number ("Of these, 48 ...") refers to
    antecedent: str | None = field(default=None, compare=False)
    #: True for a zero or singular casualty phrase ("no casualties", "a man was killed") made a fact
    phrase: bool = field(default=False, compare=False)

    @property
    def fact_id(self) -> str:
        """Identifier stable within a document: the span's offsets."""
        return f"q{self.start}-{self.end}"


_FACT_FIELDS = frozenset(f.name for f in fields(Fact))


def updated(fact: Fact, **changes: object) -> Fact:
    """``dataclasses.replace(fact, **changes)``, about five times cheaper.

    Every fact is copied several times on its way through :mod:`quantex.facts.domain` (about 20,000 copies
    per MB of news), and ``replace`` re-reads the field list and runs the frozen ``__init__``, which
    sets each of the 24 fields through ``object.__setattr__``. The copy is the same record: ``Fact``
    has no ``__post_init__`` and no ``init=False`` field, so ``replace`` only passes every field's
    current value to ``__init__``, which stores each
    one as it is; copying the instance dict and then the changes stores the same values.

    >>> from dataclasses import replace
    >>> f = Fact(start=0, end=2, span="56", sentence="56 drones", category="count", rule="count")
    >>> updated(f, category="drones") == replace(f, category="drones")
    True
    """
    if not changes.keys() <= _FACT_FIELDS:
        raise TypeError(f"Fact has no field {sorted(changes.keys() - _FACT_FIELDS)[0]!r}")
    new = object.__new__(Fact)
    state = new.__dict__
    state.update(fact.__dict__)
    state.update(changes)
    return new
