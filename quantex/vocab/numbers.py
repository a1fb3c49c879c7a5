"""Number vocabulary: number words, scale words, fractions, vague quantities and qualifiers.

Sources: English number words and scale abbreviations as used by news agencies (Reuters, AP and BBC
style guides: "bn", "mn"/"mln", "tn", "k"); vague-quantity best estimates follow the ACLED codebook
(2023, section on fatality estimates: "several"/"many" without a figure are coded 10, "dozens" 12,
"hundreds" 100), which we apply as the *best* estimate; the bounds are the literal reading of the word.
Users can pass their own table to ``quantex.extract(..., vague=...)``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

from quantex.errors import TableError

#: cardinal number words -> value
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

#: scale words and abbreviations -> multiplier. ``attached_only`` abbreviations count only when glued
#: to the digits ("$5m", "400k"), because a spaced "m" is usually metres.
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    # South Asian scales, common in Indian reporting of defence budgets
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}
ATTACHED_ONLY: frozenset[str] = frozenset({"k", "m", "b", "tr"})
#: scale abbreviations read after a space only in these spellings ("$5 bn", "10 Mln"; not "BLN" or "mN")
SCALE_ABBREVIATIONS: tuple[str, ...] = ("mn", "mln", "bn", "bln", "tn", "trn", "Mn", "Bn", "MN", "BN", "Mln", "Bln")
#: single letters read as a scale only glued to the number, in these cases: "5k", "400m", "3B"
GLUED_SCALES: tuple[str, ...] = ("k", "m", "b", "M", "B", "K")

#: single-character and spelled fractions
FRACTIONS: dict[str, float] = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
}
#: ordinal words after a tens word: "twenty-third", "seventy-first" (an ordinal, not a count)
ORDINAL_UNITS: tuple[str, ...] = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                  "ninth")
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "three quarters": 0.75,
    "a third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
}
#: fractions that lead a scale word: "half a million", "a quarter of a million", "quarter million"
LEADING_FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
#: fractions that follow "and a": "two and a half", "forty-two and a third", "five and a quarter million"
AND_A_FRACTIONS: dict[str, int] = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}


class Vague(NamedTuple):
    """A vague quantity word: best estimate and the bounds of its literal reading."""

    best: float
    low: float
    high: float


#: vague quantity -> (best, low, high); ACLED-style conservative best estimate.
VAGUE: dict[str, Vague] = {
    "a couple of": Vague(2, 2, 3),
    "a couple": Vague(2, 2, 3),
    "a few": Vague(3, 2, 9),
    "a handful of": Vague(3, 2, 9),
    "several": Vague(3, 3, 9),
    "tens of": Vague(10, 10, 99),
    "dozens of": Vague(12, 12, 99),
    "dozens": Vague(12, 12, 99),
    "scores of": Vague(20, 20, 99),
    "hundreds of": Vague(100, 100, 999),
    "hundreds": Vague(100, 100, 999),
    "thousands of": Vague(1_000, 1_000, 9_999),
    "thousands": Vague(1_000, 1_000, 9_999),
    "tens of thousands of": Vague(10_000, 10_000, 99_999),
    "tens of thousands": Vague(10_000, 10_000, 99_999),
    "hundreds of thousands of": Vague(100_000, 100_000, 999_999),
    "hundreds of thousands": Vague(100_000, 100_000, 999_999),
    "millions of": Vague(1e6, 1e6, 9_999_999),
    "tens of millions of": Vague(1e7, 1e7, 99_999_999),
    "hundreds of millions of": Vague(1e8, 1e8, 999_999_999),
    "billions of": Vague(1e9, 1e9, 9_999_999_999),
    "tens of billions of": Vague(1e10, 1e10, 99_999_999_999),
    "hundreds of billions of": Vague(1e11, 1e11, 999_999_999_999),
}


class Qualifier(NamedTuple):
    """How a hedge word turns a number N into bounds."""

    name: str
    #: "low": N is a lower bound; "high": an upper bound; "approx": N is approximate; "high_best": an
    #: upper bound that is also the best estimate ("as many as"); "near": approximate upper bound.
    kind: str


#: hedge phrase (lower case) -> normalized qualifier
QUALIFIERS: dict[str, Qualifier] = {
    "at least": Qualifier("at least", "low"),
    "no fewer than": Qualifier("at least", "low"),
    "no less than": Qualifier("at least", "low"),
    "a minimum of": Qualifier("at least", "low"),
    "more than": Qualifier("more than", "low"),
    "over": Qualifier("more than", "low"),
    "upwards of": Qualifier("more than", "low"),
    "in excess of": Qualifier("more than", "low"),
    "exceeding": Qualifier("more than", "low"),
    "above": Qualifier("more than", "low"),
    "up to": Qualifier("up to", "high"),
    "fewer than": Qualifier("fewer than", "high"),
    "less than": Qualifier("fewer than", "high"),
    "under": Qualifier("fewer than", "high"),
    "no more than": Qualifier("up to", "high"),
    "a maximum of": Qualifier("up to", "high"),
    "as many as": Qualifier("as many as", "high_best"),
    "as much as": Qualifier("as many as", "high_best"),
    "nearly": Qualifier("nearly", "near"),
    "almost": Qualifier("nearly", "near"),
    "close to": Qualifier("nearly", "near"),
    "just under": Qualifier("nearly", "near"),
    "about": Qualifier("about", "approx"),
    "around": Qualifier("about", "approx"),
    "approximately": Qualifier("about", "approx"),
    "approx.": Qualifier("about", "approx"),
    "roughly": Qualifier("about", "approx"),
    "some": Qualifier("about", "approx"),
    "an estimated": Qualifier("about", "approx"),
    "estimated": Qualifier("about", "approx"),
    "circa": Qualifier("about", "approx"),
    "nearly some": Qualifier("nearly", "near"),
    "an approximate": Qualifier("about", "approx"),
    "just over": Qualifier("more than", "low"),
    "more than about": Qualifier("more than", "low"),
}

UNITS_VIEW = MappingProxyType(UNITS)

#: Verbs whose particle "over" is not the qualifier "more than": "will hand over three batteries",
#: "took over 12 villages" reads "took over" + 12 (phrasal verbs of the Oxford Learner's Dictionary).
OVER_PARTICLE_VERBS: tuple[str, ...] = (
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "pass", "passes", "passed",
    "passing", "sign", "signs", "signed", "signing",
)

def _check() -> None:
    for form in (*SCALE_ABBREVIATIONS, *GLUED_SCALES):
        if form.lower() not in SCALES:
            raise TableError(f"scale abbreviation {form!r} has no row in SCALES")


_check()
