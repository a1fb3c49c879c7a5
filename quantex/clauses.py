"""One pass over a sentence: where its clauses break and which events, actors, places and claimants it names.

:func:`analyse` is cached per sentence string, so the many numbers of one sentence share one scan.
Offsets in a :class:`Sentence` are relative to the sentence start.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from quantex.vocab.actors import ACTOR_RE, actor_of
from quantex.vocab.claimants import (
    ATTRIBUTION_BEFORE_RE,
    CLAIMANT_RE,
    SPEECH_AFTER_RE,
    SPEECH_VERBS,
    claimant_of,
)
from quantex.vocab.events import EVENT_LOOKUP, EVENT_RE, INTRANSITIVE
from quantex.vocab.places import CITY_LOOKUP, PLACE_PREPOSITIONS, PLACE_RE, REGION_LOOKUP, place_of

_QUALIFIER = (r"(?:about|some|around|roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to|another"
              r"|a\s+further)")
_SPEECH = "|".join(sorted((v for v in SPEECH_VERBS if v not in EVENT_LOOKUP), key=len, reverse=True))

#: Clause breaks. ``soft`` joins the items of a list ("43 missiles, 74 drones and 3 bombs"); ``hard``
#: ends a clause (punctuation, conjunctions that open a new clause, speech verbs).
BREAK_RE = regex.compile(
    rf"""
      (?P<soft>,\s+(?=(?:including|among\s+them|plus)\b|(?:{_QUALIFIER}\s+)?[\d$£€])
             | \s+(?:and|or|plus|as\s+well\s+as)\s+)
    | (?P<hard>[;:()\[\]—–"“”]|\s-\s|,(?=\s)
             | (?<![\w-])(?:but|while|whereas|which|who|whom|whose|that|after|before|when|because|although
                          |though|where|if|{_SPEECH})(?![\w-]))
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_BE = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_PREPOSITIONS = frozenset({*PLACE_PREPOSITIONS, "with", "for", "by", "about", "than", "like", "via"})
_WORD_BEFORE_RE = regex.compile(r"(\w+)\s*$")


@dataclass(frozen=True)
class Event:
    """An event verb: ``surface`` is its lower-case table form; ``finite`` when it heads a predicate."""

    start: int
    end: int
    surface: str
    finite: bool
    passive: bool


@dataclass(frozen=True)
class Mention:
    """A named thing: an actor, place or claimant, with its canonical name."""

    start: int
    end: int
    name: str
    preposition: str = ""


@dataclass(frozen=True)
class Sentence:
    """Everything :func:`analyse` found in one sentence."""

    text: str
    hard: tuple[int, ...]
    soft: tuple[int, ...]
    events: tuple[Event, ...]
    actors: tuple[Mention, ...]
    places: tuple[Mention, ...]
    claimants: tuple[Mention, ...]


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _preposition_before(text: str, start: int) -> str:
    word = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    return word.group(1).lower() if word is not None and word.group(1).lower() in _PREPOSITIONS else ""


def _events(text: str) -> tuple[Event, ...]:
    found = []
    for m in EVENT_RE.finditer(text):
        surface = _key(m.group("verb"))
        aux = set(_key(m.group("aux") or "").split())
        finite = bool(aux) or surface in INTRANSITIVE
        found.append(Event(m.start("verb"), m.end(), surface, finite, bool(aux & _BE)))
    return tuple(found)


def _actors(text: str) -> tuple[Mention, ...]:
    found = []
    for m in ACTOR_RE.finditer(text):
        name = actor_of(m.group("actor"))
        if name is not None:
            found.append(Mention(m.start(), m.end(), name, _preposition_before(text, m.start())))
    return tuple(found)


def _places(text: str) -> tuple[Mention, ...]:
    found = []
    for m in PLACE_RE.finditer(text):
        if m.group("sea"):
            name = place_of(m.group("sea"), region=False)
        elif m.group("of") or m.group("region"):
            name = place_of(m.group("of") or m.group("name"), region=True)
        else:
            key = _key(m.group("name"))
            # a bare city name is the city only after a preposition; "Kyiv has received" is an actor
            if not m.group("prep") and (key in CITY_LOOKUP or key not in REGION_LOOKUP):
                continue
            name = place_of(key, region=False)
        if name is not None:
            start = m.start("sea") if m.group("sea") else m.start("of") if m.group("of") else m.start("name")
            found.append(Mention(start, m.end(), name, _key(m.group("prep") or "")))
    return tuple(found)


def _claimants(text: str) -> tuple[Mention, ...]:
    found = []
    for m in CLAIMANT_RE.finditer(text):
        after = SPEECH_AFTER_RE.match(text, m.end(), min(len(text), m.end() + 60))
        before = ATTRIBUTION_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        name = claimant_of(m) if after or before else None
        if name is not None:
            found.append(Mention(m.start(), m.end(), name))
    return tuple(found)


@lru_cache(maxsize=8192)
def analyse(text: str) -> Sentence:
    """Scan one sentence once for clause breaks, events, actors, places and claimants.

    >>> s = analyse("Russia launched 43 missiles over the Odesa region, the air force said.")
    >>> [e.surface for e in s.events], [p.name for p in s.places], [c.name for c in s.claimants]
    (['launched'], ['Odesa Oblast'], ['Ukrainian Air Force'])
    """
    hard: list[int] = []
    soft: list[int] = []
    for m in BREAK_RE.finditer(text):
        (soft if m.group("soft") else hard).append(m.start())
    return Sentence(text, tuple(hard), tuple(soft), _events(text), _actors(text), _places(text),
                    _claimants(text))
