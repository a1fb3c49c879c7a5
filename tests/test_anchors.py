"""The cheap first pass never hides a match: every place MASTER.search finds one is a candidate.

If this fails after a change to ``quantex.patterns``, a new alternative starts somewhere
``quantex.anchors`` does not look: extend the anchors, never drop the test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex import patterns as P
from quantex.anchors import candidates
from quantex.vocab.nonquantities import MONTHS, ORGANISATIONS, SPACED_DESIGNATIONS
from quantex.vocab.numbers import LEADING_FRACTIONS, TENS, UNITS, VAGUE

#: tokens that begin or end MASTER matches, in several cases, with the glue that joins them
TOKENS = sorted({
    *UNITS, *TENS, *LEADING_FRACTIONS, "half", "a", "an", "quarter of a", "third",
    "and", "of", "hundred", "thousand", "million", "bn", "m", "k",
    *(k.split()[0] for k in VAGUE), *VAGUE,
    *(m.capitalize() for m in MONTHS), "Sept.", "No.", "aged", "Aged", "mid", "early", "late", "years old",
    *ORGANISATIONS, *(o.lower() for o in ORGANISATIONS), *SPACED_DESIGNATIONS,
    "F", "T", "Su", "HIMARS", "USD", "EUR", "usd", "US$", "$", "£", "€", "%", "km", "½", "⅔", "¼",
    "st", "th", "am", "p.m.", "s", "e", "x", "×", "^", "²",
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
    from quantex import spans

    for pos in range(len(text) + 1):
        if not spans._maybe_unit(text, pos):
            assert P.UNIT_AFTER.match(text, pos) is None, (text, pos)
        if not spans._maybe_qualifier(text, pos):
            assert P.QUALIFIER_BEFORE.search(text, max(0, pos - 24), pos) is None, (text, pos)
