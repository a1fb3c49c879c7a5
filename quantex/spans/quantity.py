"""One quantity read outward from its number: scale, currency, range, unit, period, qualifier, year.

:func:`quantity` takes the number MASTER found (``patterns.MASTER``) and reads, in named steps, what stands
around it; each anchored pattern it tries comes with the guard that skips it where it cannot match
(:mod:`quantex.spans.guards`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import regex

from quantex.records import Span
from quantex.spans import guards as G
from quantex.spans import patterns as P
from quantex.spans.currency import MINOR_OF, code, with_subunits
from quantex.spans.numbers import matched_entry, parse_digits, parse_words, scaled
from quantex.text.lemma import singular
from quantex.vocab.cues import CALIBRE_WORDS
from quantex.vocab.currencies import AMBIGUOUS_WORDS
from quantex.vocab.nonquantities import ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE
from quantex.vocab.numbers import ATTACHED_ONLY, QUALIFIERS, SCALES, Vague
from quantex.vocab.units import ATTACHED_ONLY_UNITS, PERIOD_FORMS, UNIT_FORMS

__all__ = ["quantity"]

_SECOND = regex.compile(rf"(?P<words>\b{P.WORDS})|(?P<digits>{P.DIGITS})", P.FLAGS)
_PREFIX_AT = regex.compile(rf"{P.prefix_pattern()}\s?", P.FLAGS)
_NEXT_WORD = regex.compile(r"[\s\-]*(?P<w>[^\W\d_][\w'’-]*)", P.FLAGS)
#: words after "no one" / "that one" that keep "one" a pronoun
_ONE_FUNCTION_AFTER = frozenset({"was", "is", "were", "has", "had", "will", "would", "could", "can", "should",
                                 "did", "does", "knows", "said", "says", "in", "at", "on", "to", "and", "or",
                                 "but", "else", "here", "there", "wants", "believes", "expected"})
_AGE_AFTER = regex.compile(r"[\s\-]years?[\s\-]old\b", P.FLAGS)
_CALIBRE_AFTER = regex.compile(rf"[\s\-]*(?:\w+[\s\-]+)?{P.alternation(CALIBRE_WORDS)}\b", P.FLAGS)
#: a short unit such as "m" may stand after a space only at the end of a clause or in "1 m x 1 m"
_SPACED_UNIT_END = regex.compile(r"\s*(?:[x×*]\s|[.,;:)]|$)", P.FLAGS)
_YEAR_CONTEXT = regex.compile(r"\b(?:in|by|since|until|till|from|of|before|after|during|early|late|mid)\s+$",
                              P.FLAGS)


def _core_value(m: regex.Match[str], kind: str, text: str, table: Mapping[str, Vague]) -> Vague | None:
    """Value of the number at ``m`` as (best, low, high), or None when it is not a number."""
    raw = m.group()
    if kind == "vague":
        key = raw.lower()
        key = " ".join(key.split())
        entry = table.get(key + " of") if text[m.end():m.end() + 3].lower() == " of" else None
        entry = entry or table.get(key) or table.get(key + " of")
        return entry
    if kind == "words":
        lowered = raw.lower()
        if lowered == "one" and _one_is_pronoun(text, m.start(), m.end()):
            return None
        value = parse_words(raw)
        return Vague(value, value, value)
    value = parse_digits(raw)
    return Vague(value, value, value)


def _one_is_pronoun(text: str, start: int, end: int) -> bool:
    """True for "no one", "one of the", "the one that": "one" that counts nothing."""
    if text[end:end + 2] in ("'s", "’s"):
        return True
    after = _NEXT_WORD.match(text, end)
    word = after.group("w").lower() if after else None
    if word is None or word in ONE_PRONOUN_AFTER:
        return True
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in ONE_PRONOUN_BEFORE and word in _ONE_FUNCTION_AFTER


def _scale(text: str, pos: int) -> tuple[float, int, str | None]:
    """Scale right after ``pos``: (multiplier, new position, glued single-letter abbreviation or None)."""
    m = G.SCALE_AFTER.match(text, pos)
    if m is None:
        return 1.0, pos, None
    word = m.group("word") or m.group("abbr")
    if word:
        return matched_entry(SCALES, word.lower(), "scale word"), m.end(), None
    glued = m.group("glued").lower()
    return matched_entry(SCALES, glued, "scale word"), m.end(), glued if glued in ATTACHED_ONLY else None


@dataclass(slots=True)
class _Draft:
    """A quantity being read: the number MASTER found, then what each step finds around it."""

    kind: str  # the MASTER alternative: digits, words or vague
    start: int
    pos: int  # where the next step reads on
    best: float
    low: float
    high: float
    rule: str
    scale: float = 1.0
    glued: str | None = None  # a glued single-letter scale ("400m"): millions or metres
    currency: str | None = None
    before: regex.Match[str] | None = None  # a currency before the number
    signed: bool = False  # "$-99.99": a minus between the currency and the number
    after: regex.Match[str] | None = None  # a currency after the number
    is_range: bool = False
    money: bool = False
    unit: str | None = None
    unit_category: str | None = None
    period: str | None = None
    percent: bool = False
    qualifier: str | None = None
    approximate: bool = False

    def bounds(self, best: float, low: float, high: float) -> None:
        self.best, self.low, self.high = best, low, high

    def span(self, kind: str, rule: str, end: int) -> Span:
        """A non-quantity span (age, calibre, date) from ``start`` to ``end``, valued at the best estimate."""
        return Span(self.start, end, kind, rule, value=self.best, low=self.best, high=self.best)


def quantity(text: str, m: regex.Match[str], kind: str, table: Mapping[str, Vague], dollar: str, *,
              floor: int = 0) -> Span | None:
    """The quantity whose number ``m`` found; nothing before ``floor`` (the previous span's end) is read.

    The steps, in order: the number's value; its scale ("bn"); a currency before it ("$", "EUR"); a range
    ("10-15", "between 10 and 15", "$5bn-$6bn"); a currency after it ("euros", "pence"); a glued "m"
    read as metres; minor units ("3 dollars 50 cents"); then a period for money ("a year") or a percent
    sign or unit for the rest; a qualifier or a minus sign before it; last, whether a bare four-digit
    number is a year.
    """
    core = _core_value(m, kind, text, table)
    if core is None:
        return None
    article = kind == "words" and m.group().lower() in ("a", "an")  # "a gallon"
    if article and floor > 0 and not text[floor:m.start()].strip():
        return None  # "$4 a gallon" is a price, not a gallon
    d = _Draft(kind, m.start(), m.end(), *core, rule=f"number.{kind}")
    if kind != "vague":
        _read_scale(d, text, m)
    _read_currency_before(d, text, floor, dollar)
    _read_range(d, text, m, floor)
    if not d.is_range:
        d.bounds(scaled(d.best, d.scale), scaled(d.low, d.scale), scaled(d.high, d.scale))
    d.money = d.currency is not None
    _read_currency_after(d, text, dollar)
    _read_glued_metres(d, text)
    _read_minor_units(d, text)
    if d.money:
        _read_period(d, text)
    elif d.unit is None:
        other = _read_percent_or_unit(d, text)
        if other is not None:
            return other  # an age ("five years old") or a calibre ("155mm shells")
    if article and d.unit is None:
        return None
    if not d.is_range:
        _read_qualifier_or_sign(d, text, floor)
    if kind == "vague":
        d.rule = "vague" if not d.money else "money.vague"
        d.approximate = True
    return _year_or_number(d, text, m)


def _read_scale(d: _Draft, text: str, m: regex.Match[str]) -> None:
    """A scale after the number: "58bn", "2.26 billion", "400m"; a number word keeps only word scales."""
    d.scale, d.pos, d.glued = _scale(text, d.pos)
    if d.kind == "words" and d.scale != 1.0 and d.glued:
        d.scale, d.pos, d.glued = 1.0, m.end(), None


def _read_currency_before(d: _Draft, text: str, floor: int, dollar: str) -> None:
    """A currency code or symbol before the number ("$", "£", "EUR "), also across a minus ("$-99.99")."""
    start = d.start
    found = G.CURRENCY_BEFORE.search_before(text, max(floor, start - 6), start)
    if found is None and d.kind == "digits" and start - 1 > floor and text[start - 1] in "-−":
        found = G.CURRENCY_BEFORE.search_before(text, max(floor, start - 7), start - 1)
        d.signed = found is not None
    if found is None:
        return
    surface = found.group().strip()
    d.currency = surface if surface.isalpha() else code(surface, None, dollar)
    d.before, d.start = found, found.start()


def _read_range(d: _Draft, text: str, m: regex.Match[str], floor: int) -> None:
    """A range: "10-15", "10 to 15", "between 10 and 15", "$5bn-$6bn", "$1-2bn", "two or three", "−10–−5"."""
    r = P.RANGE_AFTER.match(text, d.pos)
    if r is None or d.kind == "vague":
        return
    start, kind = d.start, d.kind
    between = P.BETWEEN_BEFORE.search(text, max(0, start - 10), start)
    sep = r.group("sep").strip().lower()
    after = r.end()
    pm = _PREFIX_AT.match(text, after)
    second_at = pm.end() if pm and d.currency else after
    # negatives on either side: "−10–−5", "-3 to -1"
    minus1 = P.MINUS_BEFORE.search(text, max(floor, start - 7), start) \
        if kind == "digits" and d.currency is None else None
    minus2 = kind == "digits" and d.currency is None and text[second_at:second_at + 1] in ("-", "−") \
        and text[second_at + 1:second_at + 2].isdigit()
    if minus1 is not None and between is None:
        between = P.BETWEEN_BEFORE.search(text, max(0, minus1.start() - 10), minus1.start())
    s2 = _SECOND.match(text, second_at + minus2)
    if s2 is None or (sep == "and" and not (between and between.group("w").lower() == "between")) \
            or (sep == "or" and kind != "words"):
        return
    v2 = parse_words(s2.group()) if s2.lastgroup == "words" else parse_digits(s2.group())
    best, v2 = (-d.best if minus1 else d.best), (-v2 if minus2 else v2)
    scale2, pos2, _ = _scale(text, s2.end())
    first = scaled(best, scale2 if d.scale == 1.0 and scale2 != 1.0 and best < v2 else d.scale)
    second = scaled(v2, scale2)
    years = m.group().isdigit() and len(m.group()) == 4 and s2.group().isdigit() and \
        len(s2.group()) in (2, 4) and 1800 <= best <= 2100  # "2022-23", "1990-2000": years, not a range
    if not years and first < second:
        d.bounds(math.nan, first, second)
        d.scale, d.pos, d.is_range, d.rule = 1.0, pos2, True, "range"
        d.start = minus1.start() if minus1 else start
        if between:
            d.start = min(d.start, between.start())
    elif minus1:
        d.best = -best


def _read_currency_after(d: _Draft, text: str, dollar: str) -> None:
    """A currency after the number: "500 euros", "30 pence", "1.1 billion Norwegian crowns", "5 EUR"."""
    d.after = ca = G.CURRENCY_AFTER.match(text, d.pos)
    if ca is None or d.money:
        return
    word = ca.group("word")
    is_pound_mass = word is not None and word.lower() in ("pounds", "pound") and d.scale == 1.0 \
        and not d.is_range and d.kind != "vague"
    if ca.group("minor"):
        minor_code, per = matched_entry(P.MINOR_WORDS, ca.group("minor").lower(), "minor unit")
        d.bounds(d.best / per, d.low / per, d.high / per)
        d.currency, d.money, d.pos = minor_code, True, ca.end()
    elif not is_pound_mass:
        d.money, d.pos = True, ca.end()
        if ca.group("iso"):
            d.currency = ca.group("iso")
        elif ca.group("symbol"):
            d.currency = P.SUFFIX_SYMBOLS.get(ca.group("symbol"))
        elif word and word.lower() not in AMBIGUOUS_WORDS:
            d.currency = code(None, word, dollar)


def _read_glued_metres(d: _Draft, text: str) -> None:
    """"400m people" is millions; "400m from the trench", "1m is" are metres."""
    if d.glued != "m" or d.money:
        return
    nxt = _NEXT_WORD.match(text, d.pos)
    word = nxt.group("w") if nxt and text[d.pos:nxt.start("w")].strip() == "" else ""
    if not (len(word) > 3 and word.islower() and singular(word) != word):
        d.bounds(d.best / 1e6, d.low / 1e6, d.high / 1e6)
        d.unit, d.unit_category = "meter", "distance"


def _read_minor_units(d: _Draft, text: str) -> None:
    """Minor units after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five"."""
    if not (d.money and d.currency in MINOR_OF and not d.is_range):
        return
    ca = d.after
    if (ca is not None and ca.group("word")) or (d.before is not None and d.scale == 1.0):
        assert d.currency is not None
        total, d.pos = with_subunits(text, d.pos, d.best, d.currency,
                                      need_and=ca is None or not ca.group("word"))
        if total != d.best:
            d.bounds(total, total, total)


def _read_period(d: _Draft, text: str) -> None:
    """The period of an amount of money: "£3 billion a year", "$5m per month", "£3 billion-a-year"."""
    found = P.PERIOD_AFTER.match(text, d.pos)
    if found is not None:
        surface = found.group("period").lower()
        d.period = PERIOD_FORMS.get(surface) or PERIOD_FORMS.get(" ".join(surface.replace("-", " ").split()))
        d.pos = found.end()
    d.rule = d.rule if d.is_range else ("money.prefix" if d.before else "money.suffix")


def _read_percent_or_unit(d: _Draft, text: str) -> Span | None:
    """A percent sign or word, else a unit ("400 km", "6 km/h"); an age or a calibre is its own span."""
    pc = P.PERCENT_AFTER.match(text, d.pos)
    if pc is not None:
        d.percent, d.pos, d.rule = True, pc.end(), "percent"
        return None
    if d.kind == "words":
        age = _AGE_AFTER.match(text, d.pos)
        if age is not None:
            return d.span("age", "age.words", age.end())
    um = G.UNIT_AFTER.match(text, d.pos)
    if um is None:
        return None
    form = um.group("unit") or um.group("unit2")
    glue = um.group("glue") if um.group("unit") else um.group("glue2")
    key = form if form in UNIT_FORMS else _unit_key(form)
    spaced_ok = _SPACED_UNIT_END.match(text, um.end()) is not None
    if key is None or (key in ATTACHED_ONLY_UNITS and glue and not spaced_ok):
        return None
    d.unit, d.unit_category = UNIT_FORMS[key]
    if d.unit == "millimeter" and _CALIBRE_AFTER.match(text, um.end()):
        return d.span("calibre", "calibre", um.end())
    d.pos, d.rule = um.end(), "unit"
    return None


def _read_qualifier_or_sign(d: _Draft, text: str, floor: int) -> None:
    """A qualifier before the number ("at least", "about", "up to") sets the bounds; else a minus sign."""
    d.approximate = d.kind == "vague"
    start = d.start
    qm = G.QUALIFIER_BEFORE.search_before(text, max(0, start - 24), start)
    if qm is not None:
        q = matched_entry(QUALIFIERS, " ".join(qm.group("q").lower().replace("-", " ").split()), "qualifier")
        d.qualifier, d.start = q.name, qm.start()
        d.bounds(*_apply_qualifier(q.kind, d.best, d.low, d.high))
        d.approximate = d.approximate or q.kind in ("approx", "near")
    elif d.kind == "digits":
        # "-5 degrees", "-15€", "-$5", "$-99.99"
        minus = P.MINUS_BEFORE.search(text, max(floor, start - 7), start)
        if minus is not None or d.signed:
            d.bounds(-d.best, -d.high, -d.low)
            d.start = minus.start() if minus is not None else start


def _year_or_number(d: _Draft, text: str, m: regex.Match[str]) -> Span:
    """The span: a date for a bare four-digit year after "in", "since", ...; else the number."""
    year_like = (d.kind == "digits" and m.group().isdigit() and len(m.group()) == 4
                 and 1800 <= int(m.group()) <= 2100 and d.scale == 1.0 and not d.money and not d.percent
                 and d.unit is None and not d.is_range and d.qualifier is None)
    if year_like and _YEAR_CONTEXT.search(text, max(0, d.start - 10), d.start):
        return d.span("date", "date.year", d.pos)
    return Span(d.start, d.pos, "number", d.rule, value=d.best, low=d.low, high=d.high, qualifier=d.qualifier,
                approximate=d.approximate, currency=d.currency, money=d.money, unit=d.unit,
                unit_category=d.unit_category, percent=d.percent, period=d.period, year_like=year_like)


def _unit_key(form: str) -> str | None:
    lowered = " ".join(form.lower().replace("-", " ").split())
    for key in (lowered, form):
        if key in UNIT_FORMS:
            return key
    return None


def _apply_qualifier(kind: str, best: float, low: float, high: float) -> tuple[float, float, float]:
    if kind == "low":
        return best, low, math.nan
    if kind == "high":
        return math.nan, math.nan, high
    if kind == "high_best":
        return best, math.nan, high
    if kind == "near":
        return best, math.nan, high
    return best, math.nan, math.nan
