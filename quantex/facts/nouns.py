"""The counted noun after a number: "74 Shahed-136 drones", "dozens of recruits", "3 Leopard 2 tanks".

The noun table and the words allowed before the noun live in :mod:`quantex.vocab.nouns`; this module
only walks the text.
"""

from __future__ import annotations

import regex

from quantex.facts.heads import event_at, head_after, singular
from quantex.records import NounMatch
from quantex.vocab.events import EVENT_LOOKUP
from quantex.vocab.nouns import NOT_NOUNS, NOUN_PHRASE_RE, NOUNS, PLAIN_NOUN_RE, noun_key
from quantex.vocab.numbers import TENS, UNITS

#: How far after the number a noun may start; bounds the work per number.
WINDOW = 80

# "48 of the 74 drones": the noun of the total counts for the part too.
#: one number as digits or words ("37", "eight", "forty-four"): the total in "M of N"
NUMBER_TOKEN = (rf"(?:\d[\d,.]*|(?:{'|'.join(sorted(TENS, key=len, reverse=True))})(?:-(?:{'|'.join(UNITS)}))?"
                rf"|(?:{'|'.join(sorted(UNITS, key=len, reverse=True))}))(?![\w-])")
_OF_TOTAL_RE = regex.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|those\s+)?{NUMBER_TOKEN}\s+",
                             regex.IGNORECASE)
_SPACE_RE = regex.compile(r"\s+")
_OF_RE = regex.compile(r"of\b", regex.IGNORECASE)
_OPEN_QUOTES = frozenset("“\"‘«")
_WORD_RE = regex.compile(r"[a-z][a-z-]*[a-z]")


def find_noun(text: str, pos: int, limit: int) -> NounMatch | None:
    """Return the counted noun after a number that ends at ``pos``, looking no further than ``limit``.

    Up to four modifiers or designations ("Ukrainian", "attack", "Shahed-136", "Leopard 2") and an
    "of"/"of the" may stand between the number and the noun; "48 of the 74 drones" gives "drones".

    Args:
        text: The document text.
        pos: Offset just after the number (or after the span, e.g. after "dozens").
        limit: Offset the noun must end before or at (usually the sentence end).

    Returns:
        The noun, or None when the next word is not a noun (a verb, preposition, unit, ...).

    >>> m = find_noun("Russia launched 74 Shahed-136 drones overnight.", 18, 47)
    >>> m.lemma, m.category, m.start, m.end
    ('drone', 'drones', 30, 36)

    """
    limit = min(limit, len(text), pos + WINDOW)
    space = _SPACE_RE.match(text, pos, limit)
    if space is None:
        return None
    total = _OF_TOTAL_RE.match(text, pos, limit)
    start = total.end() if total else space.end()
    if start < limit and text[start] in _OPEN_QUOTES:
        start += 1  # 58 out of 67 “Shaheds”: a quoted name is still the noun
    match = NOUN_PHRASE_RE.match(text, start, limit)
    if match is None:
        # a modifier chain the table does not list: "267 Shahed-type attack drones"
        head = head_after(text, start, limit)
        if head is not None and (head.category is not None or head.person):
            return head
        return _plain_noun(text, start, limit)
    noun_start, noun_end = match.span("noun")
    # "Shahed drones", "Iskander ballistic missiles": the last noun of a compound is its head.
    for _ in range(2):
        gap = _SPACE_RE.match(text, noun_end, limit)
        if gap is None or _OF_RE.match(text, gap.end(), limit):
            break  # "12 rockets of the HIMARS system" counts rockets: an "of" phrase is no compound
        head = NOUN_PHRASE_RE.match(text, gap.end(), limit)
        if head is None:
            break
        noun_start, noun_end = head.span("noun")
    if noun_end < len(text) and text[noun_end].isalnum():
        return None  # the limit cut a word
    category, lemma = NOUNS[noun_key(text[noun_start:noun_end])]
    person = category in ("people", "personnel")
    if category in _WEAPONS and noun_start == start and _mixed(text, noun_end, limit, category):
        category = "count"  # "236 missiles and drones": a mixed total is no class's figure
    return NounMatch(noun_start, noun_end, lemma, None if category in ("people", "count") else category, person)


_WEAPONS = frozenset({"drones", "missiles"})
_SPACE_NOUN = regex.compile(rf"\s+(?:{NOUN_PHRASE_RE.pattern})", regex.IGNORECASE | regex.VERBOSE)
_GENERIC = frozenset({"projectiles", "weapons", "targets"})
#: a second weapon noun coordinated with the head, with no number of its own: "missiles and drones",
#: "drones, missiles and other projectiles"
_COORDINATED = regex.compile(r"\s*(?:,\s*|\s+(?:and|or|&)\s+)(?:other\s+|various\s+)?(?=[^\W\d])", regex.IGNORECASE)


def _mixed(text: str, end: int, limit: int, category: str) -> bool:
    """A weapon noun of the other class (or a generic one) coordinated right after the head noun."""
    join = _COORDINATED.match(text, end, limit)
    if join is None:
        return False
    other = NOUN_PHRASE_RE.match(text, join.end(), limit)
    if other is None or other.start("noun") != join.end() or _SPACE_NOUN.match(text, other.end(), limit):
        return False  # "2 missiles and Shahed drones": a noun with modifiers of its own is another phrase
    other_category = NOUNS[noun_key(other.group("noun"))][0]
    return (other_category in _WEAPONS and other_category != category) or other.group("noun").lower() in _GENERIC


def _plain_noun(text: str, start: int, limit: int) -> NounMatch | None:
    """A noun missing from the table: the last of up to three lower-case content words."""
    match = PLAIN_NOUN_RE.match(text, start, limit)
    if match is None:
        return None
    spans: list[tuple[int, int]] = []
    for word in _WORD_RE.finditer(text, match.start("words"), match.end("words")):
        lower = word.group()
        if lower in NOT_NOUNS or lower in EVENT_LOOKUP or lower.endswith("ly") or event_at(text, word.start(), limit):
            break
        spans.append(word.span())
    if not spans:
        return None
    end = spans[-1][1]
    if end < len(text) and text[end].isalnum():
        return None  # the limit cut a word
    for first in spans[-2:]:
        # "3 Russian landing ships": the head may be a table noun after an unknown modifier
        key = noun_key(text[first[0]:end])
        if key in NOUNS:
            category, lemma = NOUNS[key]
            person = category in ("people", "personnel")
            return NounMatch(first[0], end, lemma, None if category == "people" else category, person)
    return NounMatch(spans[-1][0], end, singular(text[spans[-1][0]:end]), None, False)
