"""The cheap first pass never hides a match: every place MASTER.search finds one is a candidate.

If this fails after a change to ``quantex.spans.patterns``, a new alternative starts somewhere
``quantex.spans.anchors`` does not look: extend the anchors, never drop the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.spans import guards
from quantex.spans import patterns as P
from quantex.spans.anchors import candidates
from quantex.vocab.nonquantities import MONTHS, ORGANISATIONS, SPACED_DESIGNATIONS
from quantex.vocab.numbers import LEADING_FRACTIONS, TENS, UNITS, VAGUE
from quantex.vocab.units import ARTICLE_UNITS

#: tokens that begin or end MASTER matches, in several cases, with the glue that joins them
TOKENS = sorted({
    *UNITS, *TENS, *LEADING_FRACTIONS, "half", "a", "an", "quarter of a", "third",
    "and", "of", "hundred", "thousand", "million", "bn", "m", "k",
    *(k.split()[0] for k in VAGUE), *VAGUE,
    *(m.capitalize() for m in MONTHS), "Sept.", "No.", "aged", "Aged", "mid", "early", "late", "years old",
    *ORGANISATIONS, *(o.lower() for o in ORGANISATIONS), *SPACED_DESIGNATIONS,
    "F", "T", "Su", "HIMARS", "USD", "EUR", "usd", "US$", "$", "£", "€", "%", "km", "½", "⅔", "¼",
    "st", "th", "am", "p.m.", "s", "e", "x", "×", "^", "²",
    *ARTICLE_UNITS, *P.WORD_SCALES, "A", "An", "AN", "a-", "a few", "A couple", "gallons", "Dozen",
})
GLUE = ["", " ", "  ", "-", "–", ".", ",", "/", ":", "(", ")", "\u00a0", "\n", "=", " of "]
DIGITS = st.from_regex(r"\d{1,5}", fullmatch=True)
PIECE = st.one_of(st.sampled_from(TOKENS), DIGITS, st.sampled_from(GLUE), st.text(max_size=3))


def missed(text: str) -> list[int]:
    """Match starts of MASTER.search from any position that are not candidates."""
    found = set(candidates(text))
    out = []
    for pos in range(len(text) + 1):
        m = P.MASTER.search(text, pos)
        if m is not None and m.start() not in found:
            out.append(m.start())
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECE, max_size=14).map("".join))
def test_every_match_start_is_a_candidate(text: str) -> None:
    assert missed(text) == [], f"{text!r}: MASTER starts at {missed(text)} outside the candidates"


@pytest.mark.parametrize("text", [
    "On September 16 the F-16 fleet lost two jets.", "Storm Shadow 2 and No. 5", "aged 40 in mid-2024",
    "the g7 and G-20 met", "USD5 or 5USD", "half a million", "a couple of dozen", "tens of thousands",
    "½ of the fleet", "Sept.   16", "Leopard   2", "1,500 and 1\u00a0500", "Ramstein and quad",
    "Some quarter million people fled.", "half million",
])
def test_examples(text: str) -> None:
    assert missed(text) == []


UNIT_AND_QUALIFIER_TOKENS = sorted({
    *TOKENS, "km", "Km", "KM", "kg", "°C", "° C", "m²", "µg", "sq km", "(km)", "[kg]", "- km", "about", "At least",
    "up-to", "more than", "nearly", "approx.", "some", "Over", "\u00a0", "\t", "\u212am", "\u017fq km", "ABOUT",
})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(UNIT_AND_QUALIFIER_TOKENS), DIGITS, st.sampled_from(GLUE)), max_size=10)
       .map("".join))
def test_span_guards_never_hide_a_match(text: str) -> None:
    """spans' cheap guards say False only where UNIT_AFTER / QUALIFIER_BEFORE cannot match."""

    for pos in range(len(text) + 1):
        if not guards.maybe_unit(text, pos):
            assert P.UNIT_AFTER.match(text, pos) is None, (text, pos)
        if not guards.maybe_qualifier(text, pos):
            assert P.QUALIFIER_BEFORE.search(text, max(0, pos - 24), pos) is None, (text, pos)


def reference_candidates(text: str) -> list[int]:
    """candidates() as first written: one flat word alternation, any capitalised word of the two before a run."""
    import regex

    from quantex.spans import anchors as A
    from quantex.spans.patterns import FLAGS, alternation

    prefix = regex.compile(rf"(?<!\w)(?:\p{{Lu}}|(?i:{alternation(A.PREFIX_WORDS, spaces=False)})(?!\w))")
    flat = regex.compile(rf"(?<!\w){alternation(A.WORD_STARTS, spaces=False)}(?!\w)", FLAGS)
    found = {m.start() for m in flat.finditer(text)}
    for run in A._DIGIT_RUN.finditer(text):
        start, pos = run.start(), run.start()
        for _ in range(2):  # back over up to two words
            while pos > 0 and (text[pos - 1] in A._GAP or text[pos - 1].isspace()):
                pos -= 1
            word = pos
            while word > 0 and pos - word <= A.MAX_PREFIX and text[word - 1].isalpha():
                word -= 1
            if pos - word > A.MAX_PREFIX or word == pos:
                break
            pos = word
        found.add(start)
        found.update(m.start() for m in prefix.finditer(text, pos, start))
        glued = A._glued_word(text, start)
        if glued is not None:
            found.add(glued)
    return sorted(found)


LONG_WORDS = ["Abcdefghijklmnop", "Abcdefghijklmnopq", "abcdefghijklmnopqr", "Ten", "TENS", "Mid", "AGED", "ǅ", "İ",
              "In", "Of the", "Rescuers pulled", "Storm", "Shadow", "STORM", "Abcdefgh", "Abcdefghi", "Éa", "Sept"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(PIECE, st.sampled_from(LONG_WORDS)), max_size=14).map("".join))
def test_candidates_as_first_written(text: str) -> None:
    """The candidates are the first version's, less places where MASTER cannot match (so the same spans)."""
    now, first = candidates(text), reference_candidates(text)
    assert set(now) <= set(first), (text, sorted(set(now) - set(first)))
    dropped = sorted(set(first) - set(now))
    assert [pos for pos in dropped if P.MASTER.match(text, pos) is not None] == [], (text, dropped)


def test_designations_have_at_most_two_words() -> None:
    """What anchors assumes of the spaced designations: one or two words of letters (and "No.")."""
    for name in SPACED_DESIGNATIONS:
        words = name.removesuffix(".").split()
        assert 1 <= len(words) <= 2, name
        assert all(w.isascii() and w.isalpha() for w in words), name


def test_letters_are_word_characters() -> None:
    """What the fast path assumes: every letter (str.isalpha) is \\w to regex, and no gap character is."""
    import regex

    from quantex.spans.anchors import _GAP

    letters = "".join(ch for ch in map(chr, range(0x110000)) if ch.isalpha())
    assert len(regex.findall(r"\w", letters)) == len(letters)
    spaces = "".join(ch for ch in map(chr, range(0x110000)) if ch.isspace())
    assert regex.search(r"\w|\p{Lu}", spaces + "".join(_GAP)) is None
