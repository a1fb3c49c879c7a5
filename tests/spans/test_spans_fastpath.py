"""The fast paths of find_spans (and of sentence_bounds) find what the plain patterns find.

MASTER is tried through MASTER_AT_DIGIT or MASTER_AT_LETTER, chosen by the first character; that is
the same only if every alternative marked as starting at a digit starts at one and every other one
never does. The tests check that per alternative on generated text, and MASTER against the split.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.spans import guards
from quantex.spans import patterns as P
from quantex.vocab.currencies import AMBIGUOUS_WORDS
from quantex.vocab.nonquantities import MONTHS, ORGANISATIONS, SPACED_DESIGNATIONS
from quantex.vocab.numbers import FRACTIONS, LEADING_FRACTIONS, TENS, UNITS, VAGUE
from quantex.vocab.units import UNIT_FORMS

TOKENS = sorted({
    *UNITS, *TENS, *LEADING_FRACTIONS, *VAGUE, *ORGANISATIONS, *SPACED_DESIGNATIONS, *FRACTIONS,
    *(m.capitalize() for m in MONTHS), "Sept.", "aged", "mid-", "early-", "years old", "year-old", "st", "th",
    "am", "p.m.", "s", ":", "/", "-", "–", "USD", "GBP", "F-", "Su-", "HIMARS", "e", "x", "×10", "^", "⁶",
    "a", "an", "half", "hundred", "million", "dozen", "and a half", "of", "\u212a", "\u017f", "٣", "３", "⅕",
})
DIGITS = st.from_regex(r"\d{1,5}", fullmatch=True)
GLUE = st.sampled_from(["", " ", "-", ".", ",", "/", "\u00a0", "\n", "'"])


def _examples(pattern: str) -> st.SearchStrategy[str]:
    """Strings an alternative matches, where Python's re can read it (not the variable look-behinds)."""
    try:
        return st.from_regex(re.compile(pattern, re.VERBOSE | re.IGNORECASE), fullmatch=True)
    except re.error:
        return st.nothing()


EXAMPLES = st.one_of([_examples(pattern) for _, pattern, _ in P.ALTERNATIVES])
PIECE = st.one_of(st.sampled_from(TOKENS), DIGITS, GLUE, st.text(max_size=2), EXAMPLES)
TEXT = st.lists(PIECE, max_size=12).map("".join)
_ALONE = [(kind, regex.compile(pattern, P.FLAGS), at_digit) for kind, pattern, at_digit in P.ALTERNATIVES]


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_alternatives_start_where_marked(text: str) -> None:
    """An alternative marked as starting at a digit matches only where DIGIT_START does, the rest never."""
    for pos in range(len(text) + 1):
        at_digit = P.DIGIT_START.match(text, pos) is not None
        for kind, pattern, marked in _ALONE:
            if pattern.match(text, pos) is not None:
                assert marked == at_digit, (kind, pattern.pattern[:60], text, pos)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_master_split_by_first_character(text: str) -> None:
    for pos in range(len(text) + 1):
        split = P.MASTER_AT_DIGIT if P.DIGIT_START.match(text, pos) else P.MASTER_AT_LETTER
        whole, part = P.MASTER.match(text, pos), split.match(text, pos)
        assert (whole and (whole.span(), whole.lastgroup)) == (part and (part.span(), part.lastgroup)), (text, pos)


CURRENCY_TOKENS = sorted({
    *P.ISO_CODES, *P.SUFFIX_SYMBOLS, *P.CURRENCY_WORDS, *P.MINOR_WORDS, "of", "Of", "EUROS", "Euro", "eu",
    "dollars", "DOLLARS", " of euros", " Of  dollars", "-cents", "\u212aip", "\u017fhekels", "İndian rupees",
    "-", " ", "  ", "\t", "\x1c", "\u00a0", "5", "m",
})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CURRENCY_TOKENS), GLUE, st.text(max_size=2)), max_size=8).map("".join))
def test_currency_guard_never_hides_a_match(text: str) -> None:
    """guards.maybe_currency_after says False only where P.CURRENCY_AFTER cannot match."""

    for pos in range(len(text) + 1):
        if not guards.maybe_currency_after(text, pos):
            assert P.CURRENCY_AFTER.match(text, pos) is None, (text, pos)


def test_currency_guard_assumptions() -> None:
    """What maybe_currency_after's docstring relies on, checked over the forms and all characters."""
    forms = [*P.ISO_CODES, *P.SUFFIX_SYMBOLS, *P.CURRENCY_WORDS, *AMBIGUOUS_WORDS, *P.MINOR_WORDS, "of"]
    assert not [f for f in forms if f[0] == "-" or f[0].isspace()]
    assert not [f for f in forms if len(f) < 2 and f.isascii()]
    for x in {ch for f in forms for ch in f[:2]}:
        same = regex.compile(regex.escape(x), regex.IGNORECASE | regex.V0)
        assert [c for c in map(chr, range(128)) if same.match(c) and c.lower() != x.lower()] == [], x
    everything = "".join(map(chr, range(0x110000)))
    assert all(ch.isspace() for ch in regex.findall(r"\s", everything))


BEFORE_AFTER_TOKENS = sorted({
    *P.ISO_CODES, *P.PREFIX_SYMBOLS, *(s.lower() for s in P.PREFIX_SYMBOLS), "hk $", "us $", "c $", "u.s. $", "usd",
    "bn", "Bn", "BN", "bln", "mn", "m", "M", "k", "K", "b", "B", "million", "Billion", "THOUSAND", "lakh", "crores",
    "tn", "trn", "\u212a", "\u017f", "-", "\n", " \n", "\n\n", "\t", "\u00a0", "\x1c", "$", "5", "12.5",
})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(BEFORE_AFTER_TOKENS), GLUE, DIGITS, st.text(max_size=2)), max_size=8)
       .map("".join))
def test_currency_before_and_scale_guards_never_hide_a_match(text: str) -> None:
    """guards.maybe_currency_before and maybe_scale say False only where their patterns cannot match."""

    for pos in range(len(text) + 1):
        if not guards.maybe_currency_before(text, pos):
            for lo in range(max(0, pos - 7), pos + 1):
                assert P.CURRENCY_BEFORE.search(text, lo, pos) is None, (text, lo, pos)
        if not guards.maybe_scale(text, pos):
            assert P.SCALE_AFTER.match(text, pos) is None, (text, pos)


def test_currency_before_and_scale_guard_assumptions() -> None:
    """What the two guards' docstrings rely on, checked over the forms and all characters."""
    from quantex.vocab.numbers import SCALES

    assert not [ch for ch in guards.CURRENCY_LASTS if ch.isspace()]
    # a form's last character matches only itself: "$" after the case-blind letters of "hk $", else (?-i:...)
    for form in (*P.ISO_CODES, *P.PREFIX_SYMBOLS):
        pattern = regex.compile(rf"(?:{P.CURRENCY_BEFORE.pattern})", P.FLAGS)
        for ch in map(chr, range(0x110000)):
            if ch != form[-1] and ch.lower() == form[-1].lower():
                assert pattern.search(form[:-1] + ch) is None, (form, ch)
    for x in {form[0] for form in SCALES}:
        same = regex.compile(regex.escape(x), regex.IGNORECASE | regex.V0)
        assert [c for c in map(chr, range(128)) if same.match(c) and c.lower() != x.lower()] == [], x



def _variants(forms: list[str]) -> list[str]:
    return sorted({v for f in forms for v in (f, f.upper(), f.capitalize(), f.replace(" ", "-"), f.replace(" ", "  "))})


TREE_TOKENS = sorted({
    *_variants([*P.ISO_CODES, *P.SUFFIX_SYMBOLS, *P.CURRENCY_WORDS, *P.MINOR_WORDS]), *_variants(list(UNIT_FORMS)),
    "of", " of ", "(", ")", "[", "]", "/", "²", "µ", "μ", "Μ", "\u212a", "\u017f", "-", " ", "\n", "5", "s", "es",
})
FLAT_CURRENCY_AFTER = P._currency_after(P.alternation)
FLAT_UNIT_AFTER = P._unit_after(P.alternation)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TREE_TOKENS), GLUE, st.text(max_size=2)), max_size=8).map("".join))
def test_trees_match_as_the_flat_alternations(text: str) -> None:
    """CURRENCY_AFTER and UNIT_AFTER, their forms as prefix trees, match what the flat forms match."""
    for tree, flat in ((P.CURRENCY_AFTER, FLAT_CURRENCY_AFTER), (P.UNIT_AFTER, FLAT_UNIT_AFTER)):
        for pos in range(len(text) + 1):
            a, b = tree.match(text, pos), flat.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, pos)


@pytest.mark.parametrize("forms", [list(UNIT_FORMS), [*P.CURRENCY_WORDS, *AMBIGUOUS_WORDS], list(P.ISO_CODES)])
def test_every_form_matches_itself_in_the_tree(forms: list[str]) -> None:
    """Each form, alone and before a space, is matched whole by the tree as by the flat alternation."""
    tree = regex.compile(P.tree_alternation(forms), P.FLAGS)
    flat = regex.compile(P.alternation(forms), P.FLAGS)
    for form in forms:
        for text in (form, form + " x", form.upper(), form.replace(" ", " - ")):
            a, b = tree.match(text), flat.match(text)
            assert (a and a.span()) == (b and b.span()), (form, text)


SENTENCE_CHARS = st.sampled_from([*"ab.!?\"”’)] \nXé_1-", "\u0301", "ǅ", "٣", "\u00a0", "U.S", "etc", "Gen"])


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_CHARS, max_size=12).map("".join))
def test_last_word_read_backwards_as_searched(text: str) -> None:
    """sentences._last_word gives what _LAST_WORD.search gives, for every window of the text."""
    from quantex.text import sentences

    for end in range(len(text) + 1):
        for lo in range(end + 1):
            m = sentences._LAST_WORD.search(text, lo, end)
            assert sentences._last_word(text, lo, end) == (m.group(1) if m else None), (text, lo, end)
