"""The counted noun after a number: "74 Shahed-136 drones", "dozens of recruits", "3 Leopard 2 tanks".

The noun table and the words allowed before the noun live in :mod:`quantex.vocab.nouns`; this module
only walks the text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quantex.vocab.nouns import NOUN_PHRASE_RE, NOUNS, noun_key

#: How far after the number a noun may start; bounds the work per number.
WINDOW = 80

# "48 of the 74 drones": the noun of the total counts for the part too.
_OF_TOTAL_RE = regex.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|those\s+)?\d[\d,.]*\s+", regex.IGNORECASE)
_SPACE_RE = regex.compile(r"\s+")


@dataclass(frozen=True)
class NounMatch:
    """A counted noun: ``text[start:end]`` is the noun itself, without modifiers.

    Attributes:
        start: Offset of the noun's first character.
        end: Offset after the noun's last character.
        lemma: Singular lower-case form from the noun table (the ``unit`` of a count).
        category: personnel, drones, missiles, casualties or equipment; None for nouns that name
            people (a plain count unless a verb makes them casualties).
        person: True for nouns that name people or personnel.
    """

    start: int
    end: int
    lemma: str
    category: str | None
    person: bool


def find_noun(text: str, pos: int, limit: int) -> NounMatch | None:
    """Return the counted noun after a number that ends at ``pos``, looking no further than ``limit``.

    Up to four modifiers or designations ("Ukrainian", "attack", "Shahed-136", "Leopard 2") and an
    "of"/"of the" may stand between the number and the noun; "48 of the 74 drones" gives "drones".

    Args:
        text: The document text.
        pos: Offset just after the number (or after the span, e.g. after "dozens").
        limit: Offset the noun must end before or at (usually the sentence end).

    Returns:
        The noun, or None when no noun of the table follows.

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
    match = NOUN_PHRASE_RE.match(text, start, limit)
    if match is None:
        return None
    noun_start, noun_end = match.span("noun")
    # "Shahed drones", "Iskander ballistic missiles": the last noun of a compound is its head.
    for _ in range(2):
        gap = _SPACE_RE.match(text, noun_end, limit)
        head = NOUN_PHRASE_RE.match(text, gap.end(), limit) if gap else None
        if head is None:
            break
        noun_start, noun_end = head.span("noun")
    category, lemma = NOUNS[noun_key(text[noun_start:noun_end])]
    person = category in ("people", "personnel")
    return NounMatch(noun_start, noun_end, lemma, None if category == "people" else category, person)
