"""Numbers that are not quantities, told by their shape and their place in the noun phrase.

A bare number (no currency, unit or percent) is a count only when it counts something. Before it
becomes one, :func:`role_of` asks what the number does in its noun phrase, in this order of evidence:

1. **Its own shape.** Day-month-year written with hyphens, dots or slashes ("01-06-2025") is a
   ``date``; "N/M" or "N of M" after a photo word ("Photo 2/8") is a gallery ``identifier``. A bare
   "1/6" opening a caption line is left alone: where a number stands on its line must not change
   what it is (a property test prepends text), and the category of a number reads only its phrase.
2. **A hyphen compound.** A number joined by a hyphen to a word ("a four-story building", "a
   five-point plan", "a one-way drone") is a ``modifier`` of the head noun after it, not a count of
   it; "3-month-old" and "two-week-old" are an ``age``. Two compounds count their own noun: "N-strong"
   counts the members of the collective after it ("a 54-strong drone attack": 54 drones), and a
   compound whose word is a counted noun of the table ("a 20-drone swarm": 20 drones).
3. **A label noun before it.** "day 1,411 of the war", "Budget 2024", "Part 2": a number right after a
   noun of :data:`~quantex.vocab.nonquantities.LABEL_NOUNS` is its ``label`` unless a counted noun of
   the domain follows ("on day 3 12 soldiers were captured" keeps its count).
4. **A name before it.** A capitalised word that is not a country, place, month or weekday, right
   before a whole number that a noun follows, makes the number part of a model name: "Mirage 2000
   aircraft", "ASC 890 planes", "Pbv 302 carriers" are ``designation``.
5. **A year in determiner or adjective position.** A 4-digit number from 1800 to 2100, written without
   a separator, before a noun that is not a counted thing of the domain ("Putin's 2022 invasion", "the
   2025 budget", "newly authorised 2024 funds") is a ``date``, as is one after a determiner or
   possessive before any noun ("the 2024 drones" names the year's drones, not 2,024 of them).

Anything else stays a count. The categories are all in :data:`quantex.schema.NON_QUANTITY_CATEGORIES`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quantex.facts.nouns import find_noun
from quantex.records import NounMatch, Span
from quantex.vocab.actors import ACTOR_LOOKUP
from quantex.vocab.nonquantities import LABEL_NOUNS, MONTHS, WEEKDAYS
from quantex.vocab.nouns import NOUNS, noun_key
from quantex.vocab.places import CITY_LOOKUP, REGION_LOOKUP

_DATE_SHAPE = regex.compile(r"(?<![\w./-])\d{1,2}([-./])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/-]|[.,]\d)")
_GALLERY = regex.compile(r"\b(?:photo|image|picture|slide|gallery)s?\s+(?:no\.?\s*)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\b",
                         regex.IGNORECASE)
#: a line of bare numbers and nothing else: a slide or page counter ("1 3", "2 / 14"), not a count
_NUMBERS_LINE = regex.compile(r"(?m)^[ \t]*\d{1,4}(?:[ \t]*[/|·][ \t]*|[ \t]+)\d{1,4}(?:(?:[ \t]*[/|·][ \t]*|[ \t]+)"
                              r"\d{1,4})*[ \t]*$")
#: a numbered list item at the start of a line: "4. UK says ...", "2) Russia ..."
_LIST_NUMBER = regex.compile(r"[ \t]*(?:[-•*][ \t]*)?(?P<n>\d{1,2})[.)][ \t]+(?=[\p{Lu}\"“‘'])")
_COMPOUND = regex.compile(r"-(?P<word>[^\W\d_]+)(?:-(?P<second>[^\W\d_]+))?(?:-(?P<third>[^\W\d_]+))?",
                          regex.IGNORECASE)
_AGE_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
_LABELS = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(LABEL_NOUNS, key=len, reverse=True))
_LABEL_BEFORE = regex.compile(
    rf"\b(?P<label>{_LABELS})\.?\s+$",
    regex.IGNORECASE,
)
_NAME_BEFORE = regex.compile(r"(?<![\w.'’-])(?P<name>\p{Lu}[\p{L}]{1,12}|\p{Lu}{2,5})\s$")
_DETERMINER_BEFORE = regex.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|our|whose|of\s+the)|['’]s)\s+$",
                                   regex.IGNORECASE)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+|#+\s+)$")
_NOT_NAMES = frozenset({*ACTOR_LOOKUP, *CITY_LOOKUP, *REGION_LOOKUP, *MONTHS, *WEEKDAYS})


@dataclass(frozen=True)
class Role:
    """What a number is when it is not a plain count.

    Attributes:
        category: a non-quantity category (date, age, label, modifier, identifier, designation), or
            None when the number counts a noun of its own (``noun``).
        rule: the name of the evidence, for the ``rule`` column.
        noun: for "N-strong" and "N-drone" compounds, the counted noun after the compound.

    """

    category: str | None
    rule: str
    noun: NounMatch | None = None


def role_of(text: str, span: Span, noun: NounMatch | None, sentence_start: int) -> Role | None:
    """The role of a bare number or unit span that is not a quantity, or None when it is one.

    ``noun`` is the counted noun :func:`~quantex.facts.nouns.find_noun` found after the span (None if none).

    >>> from quantex.spans.find import find_spans
    >>> t = "A drone hit a four-story building."
    >>> role_of(t, find_spans(t)[0], None, 0).category
    'modifier'
    """
    start, end = span.start, span.end
    surface = text[start:end]
    date = _DATE_SHAPE.search(text, max(0, start - 6), min(len(text), end + 8))
    if date is not None and date.start() <= start and end <= date.end():
        return Role("date", "date.numeric")
    gallery = _GALLERY.search(text, max(0, start - 12), min(len(text), end + 5))
    if gallery is not None and gallery.start() <= start < gallery.end():
        return Role("identifier", "identifier.gallery")
    line_start = text.rfind("\n", 0, start) + 1
    line = _NUMBERS_LINE.match(text, line_start)
    if line is not None and end <= line.end():
        return Role("identifier", "identifier.counter")
    item = _LIST_NUMBER.match(text, line_start)
    if item is not None and item.start("n") == start and item.end("n") == end:
        return Role("label", "label.list_item")
    if span.money or span.percent or span.qualifier is not None:
        return None
    if span.unit is not None:
        # "a 3-month-old baby": the unit is the first word of an age compound
        if span.unit_category == "duration" and regex.match(r"[\s-]old\b", text[end:end + 5], regex.IGNORECASE) \
                and "-" in text[start:end + 1]:
            return Role("age", "age.compound")
        return None
    compound = _COMPOUND.match(text, end) if end < len(text) and text[end] == "-" else None
    if compound is not None:
        return _compound_role(text, compound)
    digits = surface.replace(",", "").replace("\u00a0", "").replace(" ", "")
    whole = digits.isdigit()
    counted = noun is not None and (noun.category is not None or noun.person)
    label = _LABEL_BEFORE.search(text, max(sentence_start, start - 16), start)
    if label is not None and whole and not counted:
        return Role("label", "label.noun")
    name = _NAME_BEFORE.search(text, max(sentence_start, start - 14), start)
    if name is not None and whole and "," not in surface and noun is not None and \
            name.group("name").lower() not in _NOT_NAMES and \
            _SENTENCE_START.search(text, max(0, name.start() - 4), name.start()) is None and \
            name.start() != sentence_start:
        return Role("designation", "designation.name")
    if span.year_like and noun is not None and (not counted or _DETERMINER_BEFORE.search(
            text, max(sentence_start, start - 12), start)):
        return Role("date", "date.year.modifier")
    return None


def _compound_role(text: str, compound: regex.Match[str]) -> Role:
    words = [w.lower() for w in (compound.group("word"), compound.group("second"), compound.group("third")) if w]
    if words[-1] == "old" or (len(words) >= 2 and words[0] in _AGE_WORDS and words[1] == "old"):
        return Role("age", "age.compound")
    if words[0] == "strong":
        # "a 54-strong drone attack": the number counts the members of the collective noun after it
        noun = find_noun(text, compound.end(), min(len(text), compound.end() + 60))
        if noun is not None and noun.category is not None:
            return Role(None, "count.strong", noun)
    key = noun_key(words[0])
    if key in NOUNS and NOUNS[key][0] not in ("people",):
        category, lemma = NOUNS[key]
        at = compound.start("word")
        return Role(None, "count.compound", NounMatch(at, compound.end("word"), lemma, category, False))
    return Role("modifier", "modifier.compound")


__all__ = ["Role", "role_of"]
