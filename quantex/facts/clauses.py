"""One pass over a sentence: where its clauses break and which events, actors, places and claimants it names.

:func:`analyse` is cached per sentence string, so the many numbers of one sentence share one scan.
Offsets in a :class:`Sentence` are relative to the sentence start. Its mentions are sorted by offset
and never overlap, and it keeps their offsets as tuples, so :mod:`quantex.facts.context` finds the ones near
a number by bisection: the cost per number does not grow with the sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

import regex

from quantex.vocab.actors import ACTOR_LOOKUP, ACTOR_RE, actor_of
from quantex.vocab.claimants import (
    ATTRIBUTION_BEFORE_RE,
    ATTRIBUTION_PREFIXES,
    CLAIMANT_RE,
    NAMED,
    ORG_LOOKUP,
    SPEECH_AFTER_RE,
    SPEECH_VERBS,
    TITLES,
    claimant_of,
)
from quantex.vocab.events import AUXILIARIES, EVENT_LOOKUP, EVENT_RE, INTRANSITIVE, OWNER_EVENTS, event_of
from quantex.vocab.places import (
    CITY_LOOKUP,
    PLACE_ADJECTIVES,
    PLACE_PREPOSITIONS,
    PLACE_RE,
    REGION_LOOKUP,
    SEA_LOOKUP,
    place_of,
)

_WORD_RE = regex.compile(r"\w+")


def _first_words(*tables: Iterable[str]) -> frozenset[str]:
    """The first word of every surface (after "the", which the patterns also match without)."""
    words = set()
    for table in tables:
        for surface in table:
            first = _WORD_RE.search(surface.removeprefix("the "))
            if first is not None:
                words.add(first.group().lower())
    return frozenset(words)


# Scanning a sentence with a long alternation costs tens of microseconds; trying the pattern only
# where a word that can start it stands costs a few.
# Auxiliaries and prepositions are read backwards from the verb or place they introduce, and
# claimants are looked for only in sentences with an attribution word.
_EVENT_STARTS = _first_words(EVENT_LOOKUP)
_ACTOR_STARTS = _first_words(ACTOR_LOOKUP)
_PLACE_STARTS = _first_words(REGION_LOOKUP, CITY_LOOKUP, SEA_LOOKUP, ("region", "regions", "oblast"))
_CLAIMANT_STARTS = _first_words(ACTOR_LOOKUP, ORG_LOOKUP, NAMED, TITLES)
_ATTRIBUTION_WORDS = _first_words(SPEECH_VERBS, ATTRIBUTION_PREFIXES)

#: every word that starts a pattern, breaks a clause or marks an attribution: the only words looked at twice
_MARKED = _EVENT_STARTS | _ACTOR_STARTS | _PLACE_STARTS | _CLAIMANT_STARTS | _ATTRIBUTION_WORDS

_QUALIFIER = (r"(?:about|some|around|roughly|nearly|almost|at\s+least|more\s+than|over|up\s+to|another"
              r"|a\s+further)")

#: Punctuation that ends a clause; a comma before a number or "including" only joins list items
#: ("43 missiles, 74 drones and 3 bombs"), and one before "worth" joins a package to its value
#: ("unveiled a package on Wednesday, worth $1.25 billion").
PUNCTUATION_RE = regex.compile(r"""[;:()\[\]—–"“”]|\s-\s|,(?=\s)""")
#: a short gloss in brackets, an acronym or abbreviation: "(RF)", "(AFU)", "(UAVs)", "(AD)"
_GLOSS_RE = regex.compile(r"\(\p{Lu}[\p{Lu}\p{Ll}.-]{0,7}\)"
                          r"|[“\"]\p{L}[\p{L}\d-]*(?:\s\p{L}[\p{L}\d-]*)?[”\"]")  # or a quoted name: “Shaheds”
LIST_COMMA_RE = regex.compile(
    rf",\s+(?:(?:including|among\s+them|plus|worth|valued\s+at)\b|(?:{_QUALIFIER}\s+)?[\d$£€])",
    regex.IGNORECASE,
)
#: Words that open a new clause (conjunctions, relative pronouns, speech verbs) or join list items.
HARD_WORDS: frozenset[str] = frozenset({
    "but", "while", "whereas", "which", "who", "whom", "whose", "that", "after", "before", "when",
    "because", "although", "though", "where", "if",
    *(v for v in SPEECH_VERBS if " " not in v and v not in EVENT_LOOKUP),
})
SOFT_WORDS: frozenset[str] = frozenset({"and", "or", "plus"})
_MARKED = _MARKED | HARD_WORDS | SOFT_WORDS

_BE = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_PREPOSITIONS = frozenset({*PLACE_PREPOSITIONS, "with", "for", "by", "about", "than", "like", "via"})
_AUX = frozenset({*AUXILIARIES, "not"})
_THE = frozenset({"the"})
# words between a preposition and its place: "over the southern Odesa region", "front-line"
_PLACE_SKIP = frozenset({"the", *(w for adjective in PLACE_ADJECTIVES for w in adjective.split("-"))})
#: nouns before "of" that make the named side the one acting: "leaders of the G7 agreed"
_MEMBERS = frozenset({"leaders", "heads", "ministers", "members", "governments", "government", "parliament",
                      "president", "chancellor", "premier"})
#: verbs whose object is the recipient: "provide Ukraine with", "give Kyiv", "send Ukraine"
_GIVING = frozenset({
    "provide", "provides", "provided", "providing", "give", "gives", "gave", "given", "giving", "send", "sends",
    "sending", "lend", "lends", "lent", "lending", "grant", "grants", "granted", "granting", "offer", "offers",
    "offered", "offering", "supply", "supplies", "supplied", "supplying", "hand", "hands", "handed", "pay", "pays",
    "paid", "paying", "loan", "loans", "loaned", "loaning", "allocate", "allocated", "transfer", "transferred",
})
#: prepositions after which a place is a money's recipient or source, not where it is ("$4.5bn to Kyiv")
RECIPIENT_PREPOSITIONS = frozenset({"to", "for", "from", "of"})
# "drones launched by Russia": the agent of an owner-event participle
_BY_AGENT_RE = regex.compile(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?", regex.IGNORECASE)


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
    """Everything :func:`analyse` found in one sentence.

    ``hard`` and ``soft`` are sorted clause breaks; every tuple of mentions is sorted by start and
    its mentions do not overlap, so their ends are sorted too (bisect them with ``key=START`` or
    ``key=END``). ``subjects`` are the actors not after a preposition (those that can be a verb's
    subject), ``money_places`` the places not after a recipient preposition ("$4.5bn to Kyiv"),
    ``agents`` the owner-event verbs followed by "by" and an actor in the verb's clause, named for
    the actor ("drones launched by Russia").
    """

    text: str
    hard: tuple[int, ...]
    soft: tuple[int, ...]
    events: tuple[Event, ...]
    actors: tuple[Mention, ...]
    places: tuple[Mention, ...]
    claimants: tuple[Mention, ...]
    subjects: tuple[Mention, ...] = ()
    money_places: tuple[Mention, ...] = ()
    agents: tuple[Mention, ...] = ()


#: bisection keys for the mention tuples of a :class:`Sentence`
START = attrgetter("start")
END = attrgetter("end")


def _agents(text: str, events: tuple[Event, ...], hard: list[int]) -> tuple[Mention, ...]:
    """Owner-event verbs with a "by" agent that names an actor before the verb's clause ends."""
    found = []
    for verb in events:
        if event_of(verb.surface) not in OWNER_EVENTS:
            continue
        index = bisect_left(hard, verb.start)
        right = hard[index] if index < len(hard) else len(text)
        by = _BY_AGENT_RE.match(text, verb.end, right)
        match = ACTOR_RE.match(text, by.end(), right) if by is not None else None
        name = actor_of(match.group("actor")) if match is not None else None
        if name is not None:
            found.append(Mention(verb.start, verb.end, name))
    return tuple(found)


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


#: the lower-case words of a sentence, in order
Words = list[str]
#: (index, offset, word) of each word that starts a pattern, breaks a clause or marks an attribution
Marks = list[tuple[int, int, str]]


def _words_before(words: Words, index: int, skip: frozenset[str]) -> int:
    """Index of the first word before ``words[index]`` that is not in ``skip`` (-1 if none)."""
    index -= 1
    while index >= 0 and words[index] in skip:
        index -= 1
    return index


def _scan(pattern: regex.Pattern[str], starts: frozenset[str], text: str,
          marks: Marks) -> list[tuple[int, regex.Match[str]]]:
    """Non-overlapping matches of ``pattern`` tried only at words in ``starts``, like finditer.

    ``marks`` are the words that start any pattern (the others are never tried). Each match comes
    with the index of the word it starts at.
    """
    found = []
    last = 0
    for index, pos, word in marks:
        if pos >= last and word in starts:
            match = pattern.match(text, pos)
            if match is not None and match.end() > pos:
                found.append((index, match))
                last = match.end()
    return found


def _events(text: str, words: Words, marks: Marks) -> tuple[Event, ...]:
    found = []
    for index, m in _scan(EVENT_RE, _EVENT_STARTS, text, marks):
        surface = _key(m.group("verb"))
        # most verbs follow no auxiliary: then the slice below is empty, and the set too
        aux = set(words[_words_before(words, index, _AUX) + 1:index]) if index and words[index - 1] in _AUX else set()
        finite = bool(aux) or surface in INTRANSITIVE
        found.append(Event(m.start("verb"), m.end(), surface, finite, bool(aux & _BE)))
    return tuple(found)


def _actors(text: str, words: Words, marks: Marks) -> tuple[Mention, ...]:
    found = []
    for index, m in _scan(ACTOR_RE, _ACTOR_STARTS, text, marks):
        name = actor_of(m.group("actor"))
        if name is not None:
            before = _words_before(words, index, _THE)
            word = words[before] if before >= 0 else ""
            # after a preposition, or the object of a giving verb ("to provide Ukraine with $50bn"):
            # never the subject that gives; but "leaders of the G7" are the G7 acting
            prep = word if word in _PREPOSITIONS or word in _GIVING else ""
            if prep == "of" and before > 0 and words[before - 1] in _MEMBERS:
                prep = ""
            found.append(Mention(m.start(), m.end(), name, prep))
    return tuple(found)


def _places(text: str, words: Words, marks: Marks) -> tuple[Mention, ...]:
    found = []
    for index, m in _scan(PLACE_RE, _PLACE_STARTS, text, marks):
        before = _words_before(words, index, _PLACE_SKIP)
        prep = words[before] if before >= 0 and words[before] in PLACE_PREPOSITIONS else ""
        if m.group("sea"):
            name = place_of(m.group("sea"), region=False)
        elif m.group("of") or m.group("region"):
            name = place_of(m.group("of") or m.group("name"), region=True)
        else:
            key = _key(m.group("name"))
            # a bare city name is the city only after a preposition; "Kyiv has received" is an actor
            if not prep and (key in CITY_LOOKUP or key not in REGION_LOOKUP):
                continue
            name = place_of(key, region=False)
        if name is not None:
            start = m.start("sea") if m.group("sea") else m.start("of") if m.group("of") else m.start("name")
            found.append(Mention(start, m.end(), name, prep))
    return tuple(found)


def _claimants(text: str, marks: Marks) -> tuple[Mention, ...]:
    if not any(word in _ATTRIBUTION_WORDS for _, _, word in marks):
        return ()
    found = []
    for _, m in _scan(CLAIMANT_RE, _CLAIMANT_STARTS, text, marks):
        after = SPEECH_AFTER_RE.match(text, m.end(), min(len(text), m.end() + 60))
        before = ATTRIBUTION_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        name = claimant_of(m) if after or before else None
        if name is not None:
            found.append(Mention(m.start(), m.end(), name))
    return tuple(found)


def _words(text: str) -> tuple[Words, Marks]:
    r"""The lower-case words (``\w+``) of ``text``, and the marked ones with their offsets.

    >>> _words("Kyiv said: 43 drones.")
    (['kyiv', 'said', '43', 'drones'], [(0, 0, 'kyiv'), (1, 5, 'said')])
    """
    lower = text.lower()
    if len(lower) != len(text):  # lower-casing moved the offsets (it does for a few letters only)
        found = [(m.start(), m.group().lower()) for m in _WORD_RE.finditer(text)]
        words = [word for _, word in found]
        return words, [(index, pos, word) for index, (pos, word) in enumerate(found) if word in _MARKED]
    # findall makes no match objects; the offsets come from str.find, which finds each word where
    # finditer would: the characters between two matches of \w+ are none of them word characters, so
    # a word (which starts with one) first occurs after the previous word's end where it matched
    words = _WORD_RE.findall(lower)
    marks = []
    pos = 0
    find = lower.find
    for index, word in enumerate(words):
        pos = find(word, pos)
        if word in _MARKED:
            marks.append((index, pos, word))
        pos += len(word)
    return words, marks


@lru_cache(maxsize=8192)
def analyse(text: str) -> Sentence:
    """Scan one sentence once for clause breaks, events, actors, places and claimants.

    >>> s = analyse("Russia launched 43 missiles over the Odesa region, the air force said.")
    >>> [e.surface for e in s.events], [p.name for p in s.places], [c.name for c in s.claimants]
    (['launched'], ['Odesa Oblast'], ['Ukrainian Air Force'])
    """
    hard: list[int] = []
    soft: list[int] = []
    glosses = {i for g in _GLOSS_RE.finditer(text) for i in (g.start(), g.end() - 1)} if (
        "(" in text or "“" in text or '"' in text) else ()
    for m in PUNCTUATION_RE.finditer(text):
        if m.start() in glosses:
            continue  # "the Russian Federation (RF) launched": an acronym in brackets does not end the clause
        (soft if LIST_COMMA_RE.match(text, m.start()) else hard).append(m.start())
    words, marks = _words(text)
    for _, pos, word in marks:
        if word in HARD_WORDS:
            hard.append(pos + len(word) - 1)  # the clause after it starts after the word
        elif word in SOFT_WORDS:
            soft.append(pos - 1)
    hard.sort()
    soft.sort()
    events = _events(text, words, marks)
    actors = _actors(text, words, marks)
    places = _places(text, words, marks)
    subjects = tuple([a for a in actors if not a.preposition]) if actors else ()
    money_places = tuple([p for p in places if p.preposition not in RECIPIENT_PREPOSITIONS]) if places else ()
    return Sentence(text, tuple(hard), tuple(soft), events, actors, places, _claimants(text, marks),
                    subjects, money_places, _agents(text, events, hard) if events else ())
