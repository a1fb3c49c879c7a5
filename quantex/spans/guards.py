"""Cheap character guards that say where an anchored pattern of :mod:`quantex.spans.find` cannot match.

Most tries of ``P.UNIT_AFTER``, ``P.CURRENCY_AFTER``, ``P.CURRENCY_BEFORE``, ``P.SCALE_AFTER`` and
``P.QUALIFIER_BEFORE`` fail; a guard reads a character or two and answers False only where its pattern
cannot match, so :func:`quantex.spans.find.find_spans` skips the regex there and finds the same spans. Each guard
is derived from the table its pattern is compiled from: a unit, currency or scale can follow only where
the next characters begin one of its forms, a currency can precede only where the character before ends
one, a qualifier only where the word before the number ends one. ``tests/test_anchors.py`` and
``tests/test_spans_fastpath.py`` check every guard against its pattern, and what its soundness relies on.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from quantex.spans import patterns as P
from quantex.vocab.currencies import AMBIGUOUS_WORDS
from quantex.vocab.numbers import QUALIFIERS, SCALES
from quantex.vocab.units import UNIT_FORMS

UNIT_HEADS = frozenset(form[:2].casefold() for form in UNIT_FORMS)
UNIT_GLUE = frozenset("([{<-")
QUALIFIER_TAILS = tuple(sorted({q.split()[-1].casefold() for q in QUALIFIERS}))


#: the first two characters, lower-cased, of every form P.CURRENCY_AFTER reads ("of" in "millions of euros")
CURRENCY_HEADS = frozenset(form[:2].lower() for form in (*P.ISO_CODES, *P.SUFFIX_SYMBOLS, *P.CURRENCY_WORDS,
                                                          *AMBIGUOUS_WORDS, *P.MINOR_WORDS, "of"))


def maybe_currency_after(text: str, pos: int) -> bool:
    r"""False when no form of ``P.CURRENCY_AFTER`` can start at ``pos`` (white space or a hyphen, then a form).

    Sound because no form starts with white space or a hyphen; every form is at least two characters or
    one that is not ASCII ("€"); an ASCII character matches a form's character, in any case, only if the
    two are equal lower-cased; and regex's ``\s`` is white space to ``str.isspace``
    (``tests/test_spans_fastpath.py`` checks all four).
    """
    end = len(text)
    while pos < end and text[pos].isspace():
        pos += 1
    if text[pos:pos + 1] == "-":
        pos += 1
    head = text[pos:pos + 2]
    return not head.isascii() or head.lower() in CURRENCY_HEADS


#: the last character of every currency P.CURRENCY_BEFORE reads: ISO codes and prefix symbols, in their case
CURRENCY_LASTS = frozenset(form[-1] for form in (*P.ISO_CODES, *P.PREFIX_SYMBOLS))


def maybe_currency_before(text: str, end: int) -> bool:
    r"""False when ``P.CURRENCY_BEFORE`` cannot match ending at ``end`` (a code or symbol, ``\s?``, ``$``).

    Sound because every form ends with a character matched in its own case (codes and symbols are
    ``(?-i:...)``; in "hk $"-style symbols only the letters before the "$" ignore case); after it come at
    most one ``\s`` and, since ``$`` also matches before a final line break, one "\n"; no last
    character is white space, and ``\s`` is white space to ``str.isspace``
    (``tests/test_spans_fastpath.py`` checks the guard against the pattern and these assumptions).
    """
    k = end
    while k > 0 and end - k < 2 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in CURRENCY_LASTS


#: the first character, lower-cased, of every scale P.SCALE_AFTER reads ("bn", "million", glued "k")
SCALE_HEADS = frozenset(form[0].lower() for form in SCALES)


def maybe_scale(text: str, pos: int) -> bool:
    r"""False when no form of ``P.SCALE_AFTER`` can start at ``pos`` (at most one ``[\s\-]``, then a scale).

    Sound for the reasons given for :func:`maybe_currency_after`: an ASCII character matches a scale's
    first character, in any case, only if the two are equal lower-cased, and non-ASCII ones are let through.
    """
    head = text[pos:pos + 1]
    if head.isspace() or head == "-":
        head = text[pos + 1:pos + 2]
    return not head.isascii() or head.lower() in SCALE_HEADS


def maybe_unit(text: str, pos: int) -> bool:
    """False when no form of ``P.UNIT_AFTER`` can start at ``pos`` (white space, bracket, glue, unit)."""
    end = min(len(text), pos + 4)
    while pos < end and (text[pos].isspace() or text[pos] in UNIT_GLUE):
        pos += 1
    return text[pos:pos + 2].casefold() in UNIT_HEADS or text[pos:pos + 1].casefold() in UNIT_HEADS


def maybe_qualifier(text: str, start: int) -> bool:
    """False when the word before ``start`` (after white space) cannot end any qualifier."""
    j = start
    while j > 0 and start - j < 24 and text[j - 1].isspace():
        j -= 1
    if j == start:
        return False  # P.QUALIFIER_BEFORE needs white space before the number
    k = j
    while k > 0 and j - k < 24 and not text[k - 1].isspace():
        k -= 1
    return text[k:j].casefold().endswith(QUALIFIER_TAILS)  # "about", "–about", "up-to", "approx.approx."


class Guarded:
    """An anchored pattern with the guard that says where it cannot match; the regex runs only where it may.

    ``match(text, pos)`` is ``pattern.match(text, pos)`` where ``guard(text, pos)`` lets it, else None;
    ``search_before(text, lo, end)`` is ``pattern.search(text, lo, end)`` for a pattern anchored at ``end``
    (``$``), where ``guard(text, end)`` lets it. The same spans, without most of the failing tries.
    """

    __slots__ = ("guard", "pattern")

    def __init__(self, pattern: regex.Pattern[str], guard: Callable[[str, int], bool]) -> None:
        self.pattern = pattern
        self.guard = guard

    def match(self, text: str, pos: int) -> regex.Match[str] | None:
        """The pattern's match at ``pos``, or None (also where the guard says it cannot match)."""
        return self.pattern.match(text, pos) if self.guard(text, pos) else None

    def search_before(self, text: str, lo: int, end: int) -> regex.Match[str] | None:
        """The pattern's match ending at ``end`` and starting at ``lo`` or later, or None."""
        return self.pattern.search(text, lo, end) if self.guard(text, end) else None


#: the anchored patterns of :mod:`quantex.spans.find`, each with its guard
UNIT_AFTER = Guarded(P.UNIT_AFTER, maybe_unit)
CURRENCY_AFTER = Guarded(P.CURRENCY_AFTER, maybe_currency_after)
CURRENCY_BEFORE = Guarded(P.CURRENCY_BEFORE, maybe_currency_before)
SCALE_AFTER = Guarded(P.SCALE_AFTER, maybe_scale)
QUALIFIER_BEFORE = Guarded(P.QUALIFIER_BEFORE, maybe_qualifier)
