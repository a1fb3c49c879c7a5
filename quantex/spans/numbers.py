"""Turn the text of a number into its value: digits with separators, fractions and number words.

>>> parse_number("1,500")
1500.0
>>> parse_number("three hundred and fifty")
350.0
>>> parse_number("2½")
2.5
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TypeVar

import regex

from quantex.errors import NumeralError
from quantex.vocab.numbers import AND_A_FRACTIONS, FRACTION_WORDS, FRACTIONS, LEADING_FRACTIONS, SCALES, TENS, UNITS

#: characters used as thousands separators in digits ("1,500", "1 500" with no-break or thin spaces)
GROUP_SEPARATORS = ",\u00a0\u202f\u2009\u2007 '"

_SEPARATORS = str.maketrans("", "", GROUP_SEPARATORS)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_MIXED_FRACTION = regex.compile(r"^(\d+)[-\s](\d+)/(\d+)$")
_SIMPLE_FRACTION = regex.compile(r"^(\d+)/(\d+)$")
_WORD_SPLIT = regex.compile(r"[\s\-‐‑–]+")
#: the power of ten of scientific notation: "4e14", "9.83e-3", "1.2 x 10^3", "2.48×10−5", "3×10⁶"
_EXPONENT = regex.compile(r"(?:[eE]|\s?[x×]\s?10(?:\^|\*\*)?)(?P<p>[+\-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$")
_POWER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_WORD_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "dozen": 12.0}


def parse_digits(text: str) -> float:
    """Read digits with optional thousands separators, decimals and a trailing fraction.

    >>> parse_digits("1\u202f500.5")
    1500.5
    >>> parse_digits("2-1/2")
    2.5
    >>> parse_digits("2.48×10−5")
    2.48e-05

    Raises:
        NumeralError: ``text`` is no number ("1.51/2"), one too small for a float ("1e-400"), or one whose
            conversion overflows (a fraction of more than 4,300 digits).

    """
    if text.isascii() and text.isdigit():
        return float(text)  # plain digits ("1500"), most numbers: nothing below would change them
    try:
        return _digits(text)
    except (ValueError, ArithmeticError) as error:  # float() and int() of the numeral, int / int, Decimal
        if isinstance(error, NumeralError):
            raise
        raise NumeralError(f"{text!r} is not a readable number: {error}") from error


def _digits(text: str) -> float:
    text = text.translate(_FULLWIDTH).strip()
    power = _EXPONENT.search(text)
    if power is not None and power.start() > 0:
        mantissa = parse_digits(text[:power.start()])
        value = float(Decimal(repr(mantissa)).scaleb(int(power.group("p").translate(_POWER))))
        if value == 0.0 and mantissa != 0.0:
            raise NumeralError(f"{text!r} is too small for a float: it would read as 0")
        return value
    frac = 0.0
    if text and text[-1] in FRACTIONS:
        frac = FRACTIONS[text[-1]]
        text = text[:-1].rstrip()
        if not text:
            return frac
    mixed = _MIXED_FRACTION.match(text)
    if mixed:
        whole, num, den = (int(g) for g in mixed.groups())
        return whole + num / den if den else float(whole)
    simple = _SIMPLE_FRACTION.match(text)
    if simple:
        num, den = (int(g) for g in simple.groups())
        return num / den if den else float(num)
    return float(text.translate(_SEPARATORS)) + frac


def parse_words(text: str) -> float:
    """Read a spelled-out number ("twenty-five", "a dozen", "half a million", "one thousand two hundred").

    >>> parse_words("half a million")
    500000.0
    >>> parse_words("two dozen")
    24.0
    """
    lowered = text.lower().strip()
    if lowered in FRACTION_WORDS:
        return FRACTION_WORDS[lowered]
    total = 0.0
    current = 0.0
    multiplier = 1.0
    tokens = [t for t in _WORD_SPLIT.split(lowered) if t and t != "and"]
    if len(tokens) > 2 and tokens[0] in ("a", "an") and tokens[1] in LEADING_FRACTIONS:
        tokens = tokens[1:]  # "a quarter of a million"
    if len(tokens) > 1 and tokens[0] in LEADING_FRACTIONS:
        rest = [t for t in tokens[1:] if t != "of"]
        rest = rest[1:] if rest[0] in ("a", "an") and len(rest) > 1 else rest
        return LEADING_FRACTIONS[tokens[0]] * parse_words(" ".join(rest))
    if len(tokens) > 3 and tokens[-1] in _WORD_SCALES and tokens[-2] in AND_A_FRACTIONS and tokens[-3] in ("a", "an"):
        multiplier, tokens = _WORD_SCALES[tokens[-1]], tokens[:-1]  # "five and a quarter million"
    if len(tokens) > 2 and tokens[-2] in ("a", "an") and tokens[-1] in AND_A_FRACTIONS:
        total, tokens = 1 / AND_A_FRACTIONS[tokens[-1]], tokens[:-2]  # "two and a half"
    if len(tokens) >= 2 and tokens[-1] in _DENOMINATORS:
        numerator = 1.0 if tokens[:-1] in (["a"], ["an"]) else parse_words(" ".join(tokens[:-1]))
        return numerator / _DENOMINATORS[tokens[-1]]
    for token in tokens:
        if token in ("a", "an"):
            current = current or 1.0
        elif token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1.0) * 100
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token in _WORD_SCALES:
            total += (current or 1.0) * _WORD_SCALES[token]
            current = 0.0
        else:
            raise NumeralError(f"not a number word: {token!r} in {text!r}")
    return (total + current) * multiplier


def parse_number(text: str) -> float:
    """Read digits or number words, whichever ``text`` is."""
    stripped = text.strip()
    if stripped and (stripped[0].isdigit() or stripped[0] in FRACTIONS or "０" <= stripped[0] <= "９"):
        return parse_digits(stripped)
    return parse_words(stripped)


def scaled(value: float, scale: float) -> float:
    """Multiply in decimal so that 16.4 million is 16400000.0, not 16399999.999999998.

    >>> scaled(16.4, 1e6)
    16400000.0
    """
    if scale == 1.0 or value != value or value in (float("inf"), float("-inf")):
        return value * scale
    return float(Decimal(repr(value)) * Decimal(repr(scale)))


def scale_of(word: str) -> float:
    """Multiplier of a scale word or abbreviation ("bn" -> 1e9).

    >>> scale_of("bn")
    1000000000.0
    """
    return matched_entry(SCALES, word.lower(), "scale word")


_V = TypeVar("_V")


def matched_entry(table: Mapping[str, _V], key: str, what: str) -> _V:
    """The entry of a word a case-insensitive pattern found, keyed by its lower case.

    The patterns match without regard to case, so a word can match a table form whose lower case it does
    not share: "mİllion" (the Turkish capital I) matches "million", but lowers to "mi\u0307llion".

    >>> matched_entry({"million": 1e6}, "mİllion".lower(), "scale word")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quantex.errors.NumeralError: scale word ... matched a pattern but is not in its table
    """
    try:
        return table[key]
    except KeyError:
        raise NumeralError(f"{what} {key!r} matched a pattern but is not in its table") from None
