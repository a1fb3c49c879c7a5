"""Currencies around a number: the ISO code of a symbol or word, and minor units after a whole amount.

Used by :mod:`quantex.spans.quantity`: "$" is the caller's dollar, "£" GBP, "roubles" RUB; "3 dollars
50 cents" and "thirteen dollars and forty-five" add their minor units to the whole amount.
"""

from __future__ import annotations

import regex

from quantex.spans import patterns as P
from quantex.spans.numbers import matched_entry, parse_digits, parse_words
from quantex.vocab.currencies import DOLLAR_CODES

__all__ = ["MINOR_OF", "code", "with_subunits"]

#: "and a quarter"-style continuations of money: "3 dollars 50 cents", "thirteen dollars and forty-five"
_SUBUNIT_AFTER = regex.compile(
    rf"(?:\s+and)?\s+(?P<n>\d{{1,2}}\b|{P.WORDS})(?:[\s\-]+(?P<minor>{P.alternation(P.MINOR_WORDS)})\b)?"
    rf"(?:\s+(?P<n2>\d\b|{P.WORDS}))?",
    P.FLAGS,
)
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:!?)\]]|$|and\b|or\b)", P.FLAGS)


def code(symbol: str | None, word: str | None, dollar: str) -> str | None:
    """The ISO code of a currency ``symbol`` ("$", "£", "HK$") or ``word`` ("euros", "EUR"); None if unknown."""
    if symbol:
        key = "".join(symbol.split()).upper()
        code = P.PREFIX_KEYS.get(key) or P.PREFIX_KEYS.get(key.replace(".", ""))
        return dollar if code == "USD" and key == "$" else code
    if word:
        w = word.strip()
        return w if w in P.ISO_CODES else P.CURRENCY_WORDS.get(w.lower())
    return None


#: currency -> how many of its first minor unit make one unit (for "3 dollars 50 cents")
MINOR_OF: dict[str, int] = {}
for _code_, _per in P.MINOR_WORDS.values():
    MINOR_OF.setdefault(_code_, _per)
for _code_ in DOLLAR_CODES:
    MINOR_OF.setdefault(_code_, 100)


def with_subunits(text: str, pos: int, value: float, currency: str, *, need_and: bool = False) -> tuple[float, int]:
    """Add "50 cents" / "and forty-five" after "3 dollars": only whole minor amounts below one unit."""
    m = _SUBUNIT_AFTER.match(text, pos)
    if m is None or (need_and and text[pos:m.start("n")].strip().lower() != "and"):
        return value, pos
    first = parse_digits(m.group("n")) if m.group("n")[0].isdigit() else parse_words(m.group("n"))
    per = MINOR_OF[currency]
    minor = m.group("minor")
    if minor:
        code, per = matched_entry(P.MINOR_WORDS, minor.lower(), "minor unit")
        if code != currency and not (code == "USD" and currency in DOLLAR_CODES):
            return value, pos
    elif not _CLAUSE_END.match(text, m.end("n")) and not m.group("n2"):
        return value, pos
    if not (0 < first < per and first == int(first)):
        return value, pos
    total = value + first / per
    end = m.end("minor") if minor else m.end("n")
    if m.group("n2") and minor:
        second = parse_digits(m.group("n2")) if m.group("n2")[0].isdigit() else parse_words(m.group("n2"))
        if 0 < second < 10:
            total += second / (per * 10)
            end = m.end("n2")
    return total, end


