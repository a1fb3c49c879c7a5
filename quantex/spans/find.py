"""Find quantity spans in text: a number with its scale, range, currency, unit, percent and period.

The scan is a single left-to-right pass of one compiled pattern (``patterns.MASTER``) that finds the
start of every number or non-quantity, tried only where a cheap first pass (``quantex.spans.anchors``) says
one can start; each number is then read outward by :func:`quantex.spans.quantity.quantity` (scale, range,
currency, unit, period, qualifier). An article's own exchange rate ("$1 = 0.9255 euros") and
non-quantities (dates, times, ages, ordinals, designations) are spans of their own kinds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import regex

from quantex.errors import NumeralError
from quantex.records import Span
from quantex.spans import patterns as P
from quantex.spans.anchors import candidates
from quantex.spans.currency import code
from quantex.spans.quantity import quantity
from quantex.vocab.numbers import VAGUE, Vague

_NONQUANTITY_KINDS = ("date", "time", "age", "ordinal", "designation")


def find_spans(text: str, vague: Mapping[str, Vague] | None = None, dollar: str = "USD") -> list[Span]:
    """Return every quantity and non-quantity span in ``text``, in text order, non-overlapping.

    >>> [(s.kind, s.value, s.currency) for s in find_spans("a $58bn package")]
    [('number', 58000000000.0, 'USD')]
    """
    table = VAGUE if vague is None else vague
    # an article's rate always has "=": most texts skip the scan for them
    spans = [_rate_span(m, dollar) for m in P.RATE.finditer(text) if _is_rate(m)] if "=" in text else []
    rates = [(s.start, s.end) for s in spans]  # sorted, non-overlapping
    next_rate = 0
    pos = 0
    for candidate in candidates(text):  # the cheap first pass; MASTER is tried only there
        if candidate < pos:
            continue
        # MASTER split by the first character: the same match, without the alternatives that cannot start there
        m = (P.MASTER_AT_DIGIT if P.DIGIT_START.match(text, candidate) else P.MASTER_AT_LETTER).match(text, candidate)
        if m is None:
            continue
        start = m.start()
        while next_rate < len(rates) and rates[next_rate][1] <= start:
            next_rate += 1
        if next_rate < len(rates) and rates[next_rate][0] <= start:
            pos = rates[next_rate][1]  # numbers inside an article's stated rate are the rate's
            continue
        kind = m.lastgroup or ""
        if kind in _NONQUANTITY_KINDS:
            spans.append(_nonquantity(m, kind))
            pos = m.end()
            continue
        span = _readable(text, m, kind, table, dollar, pos)
        if span is not None:
            spans.append(span)
            pos = span.end
        else:
            pos = m.end()
    spans.sort(key=lambda s: s.start)
    return spans


def _readable(text: str, m: regex.Match[str], kind: str, table: Mapping[str, Vague], dollar: str,
              floor: int) -> Span | None:
    """The quantity at ``m``, or None when its number cannot be read as a finite float.

    Text is anything a publisher (or a scraper) wrote: "1e309" and a 4,301-digit number overflow a
    float, "1.5 1/2" is no number, and case-insensitive matching lets "mİllion" (a Turkish capital I)
    match "million" though its lower case is not a table key. Such a candidate is not a quantity: a
    wrong value is worse than none, and one odd number must not stop a whole corpus. Only those cases
    (:class:`~quantex.errors.NumeralError`, raised by the number parsers and the matched-word look-ups)
    are caught; any other error is a bug and propagates.
    """
    try:
        span = quantity(text, m, kind, table, dollar, floor=floor)
    except NumeralError:
        return None
    if span is not None and any(math.isinf(v) for v in (span.value, span.low, span.high)):
        return None
    return span


def _is_rate(m: regex.Match[str]) -> bool:
    return bool((m.group("c1") or m.group("c1w")) and (m.group("c2") or m.group("c2w")))


def _rate_span(m: regex.Match[str], dollar: str) -> Span:
    base = code(m.group("c1"), m.group("c1w"), dollar)
    quote = code(m.group("c2"), m.group("c2w"), dollar)
    value = float(m.group("n"))
    pair = (base, quote) if base and quote else None
    return Span(m.start("rate"), m.end("rate"), "exchange_rate", "exchange_rate.article", value=value,
                low=value, high=value, rate_pair=pair)


def _nonquantity(m: regex.Match[str], kind: str) -> Span:
    value = math.nan
    text = m.group()
    if kind in ("ordinal", "age"):
        digits = regex.search(r"\d+", text)
        value = float(digits.group()) if digits else math.nan
    return Span(m.start(), m.end(), kind, f"{kind}.shape", value=value, low=value, high=value)


