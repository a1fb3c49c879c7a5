"""``extract`` never raises on text (issue 16): every input gives a frame with finite numbers, or a
documented ``QuantexError``. Hostile classes: numbers beyond a float ("1e309", 4,301 digits), numbers
that underflow to 0 ("1e-400"), malformed mixed fractions ("1.5 1/2"), and words whose case folding
changes their length (the Turkish "İ", the Kelvin sign, the long s, ligatures).
"""

from __future__ import annotations

import contextlib
import json
import math
import warnings
from collections.abc import Callable

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quantex
from quantex.errors import NumeralError
from quantex.spans import find
from quantex.spans.numbers import parse_digits, parse_words, scale_of

HOSTILE = [
    ("It cost 1e309 dollars.", []),
    ("1.5 1/2 drones", []),
    ("5 mİllion drones", []),
    ("5 MİLLİON dollars", []),
    ("€5 bİllİon in aid", []),
    ("1" * 4301 + " drones", []),
    ("1" * 4301 + "/2 drones", []),
    ("5.5e308 tanks", []),
    ("$1e308 billion", []),
    ("$1e-400", []),
    ("1e-320 tanks", [1e-320]),  # tiny but a float: kept as written
    ("Germany pledged €1.7e308 to Kyiv.", [1.7e308]),  # value kept; value_usd NaN, never inf
    ("Russia launched 56 drones.", [56.0]),
    ("İn excess of 5 drones", []),  # the qualifier look-up: "i̇n excess of" is not a table key
    ("In excess of 5 drones", [5.0]),
]


def finite_frame(text: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", quantex.MissingRateWarning)
        frame = quantex.extract(text, published="2024-10-22")
    for column in ("value", "low", "high", "value_usd", "fx_rate"):
        assert not frame[column].map(lambda v: isinstance(v, float) and math.isinf(v)).any(), (text, column)
    json.dumps(frame.to_dict("records"), default=str, allow_nan=True)  # and a JSONL writer can write it
    return frame


@pytest.mark.parametrize(("text", "values"), HOSTILE, ids=[t[:24] for t, _ in HOSTILE])
def test_hostile_numbers(text: str, values: list[float]) -> None:
    frame = finite_frame(text)
    assert frame.loc[frame["category"].ne("date").fillna(True).to_numpy(dtype=bool), "value"].tolist() == values


#: what each reader raises for a number it cannot read: NumeralError, never a bare KeyError or ValueError
UNREADABLE = [
    (parse_digits, "1.51/2"),
    (parse_digits, "1e-400"),
    (parse_digits, "1" * 4301 + "/2"),
    (parse_words, "five zillion"),
    (scale_of, "mİllion"),
]


@pytest.mark.parametrize(("reader", "numeral"), UNREADABLE, ids=[n[:12] for _, n in UNREADABLE])
def test_unreadable_numerals_raise_numeral_error(reader: Callable[[str], float], numeral: str) -> None:
    with pytest.raises(NumeralError):
        reader(numeral)


@pytest.mark.parametrize("error", [KeyError("bug"), ValueError("bug"), ZeroDivisionError("bug")],
                         ids=lambda e: type(e).__name__)
def test_a_bug_in_reading_a_quantity_propagates(error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only NumeralError means "not a quantity"; any other error from reading one is a bug and surfaces."""
    def broken(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(find, "quantity", broken)
    with pytest.raises(type(error), match="bug"):
        quantex.extract("Russia launched 56 drones.")


#: letters whose lower case or case folding is another length or another letter than ASCII expects
FOLDING = ["İ", "ı", "K", "ſ", "ß", "ẞ", "ﬁ", "ﬂ", "ﬃ", "Σ", "ς", "ǅ", "Å", "ŉ"]
WORDS = ["million", "billion", "thousand", "dollars", "euros", "kilometres", "drones", "hundred", "dozen", "bn"]


@st.composite
def folded_word(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(WORDS))
    i = draw(st.integers(0, len(word) - 1))
    return word[:i] + draw(st.sampled_from(FOLDING)) + word[i + 1:]


@st.composite
def hostile_number(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["long", "exponent", "fraction", "decimal"]))
    if kind == "long":
        return draw(st.sampled_from("123456789")) * draw(st.integers(300, 5000))
    if kind == "exponent":
        return f"{draw(st.integers(1, 99))}e{draw(st.sampled_from(['', '-', '+']))}{draw(st.integers(0, 99999))}"
    if kind == "fraction":
        whole, tenth = draw(st.integers(0, 99)), draw(st.integers(0, 9))
        return f"{whole}.{tenth} {draw(st.integers(0, 9))}/{draw(st.integers(0, 9))}"
    return f"{draw(st.integers(0, 10**6)):,}.{draw(st.integers(0, 999))}"


hostile_text = st.lists(
    st.one_of(hostile_number(), folded_word(), st.sampled_from([" ", " ", "$", "€", "£", " of ", ", ", "-"]),
              st.sampled_from(WORDS)),
    min_size=1, max_size=8,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
def test_extract_never_raises(text: str) -> None:
    with contextlib.suppress(quantex.QuantexError):  # a documented refusal is an answer too
        finite_frame(text)
