"""Normalize money to US dollars at the document's date.

Rates come from the article itself when it states one ("($1 = 0.9084 euros)"), otherwise from the
reference series shipped with quantex (``quantex.money.fx``). Without a publication date only US dollars
are normalized (at rate 1): any other conversion would need a day, and a guessed day is a stale rate.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Mapping, Sequence

from quantex.money import fx

ARTICLE = "article"


def article_rates(pairs: Iterable[tuple[tuple[str, str] | None, float]]) -> dict[str, float]:
    """US dollars per unit of each currency, from an article's stated rates.

    Each item is ((base, quote), n) for "1 base = n quote"; only pairs involving USD are usable.

    >>> article_rates([(("USD", "EUR"), 0.9084)])
    {'EUR': 1.1008366358432409}
    """
    out: dict[str, float] = {}
    for pair, n in pairs:
        if pair is None or not n or math.isnan(n):
            continue
        base, quote = pair
        if base == "USD" and quote != "USD":
            out[quote] = 1.0 / n
        elif quote == "USD" and base != "USD":
            out[base] = n
    return out


def convert(
    values: Sequence[float],
    codes: Sequence[str],
    days: Sequence[datetime.date | None],
    stated: Sequence[Mapping[str, float]],
) -> tuple[list[float], list[float], list[datetime.date | None], list[str | None]]:
    """Convert amounts to US dollars, each at its own day, with one reference-rate look-up for all.

    Args:
        values: The amounts, in units of their currency.
        codes: ISO 4217 code of each amount.
        days: The publication day of each amount's document (None: unknown).
        stated: The rates its article states (:func:`article_rates`), one mapping per amount.

    Returns:
        Four lists, one item per amount: value_usd, fx_rate (US dollars per unit), fx_date and
        fx_source. US dollars convert at 1 ("identity"); a rate stated in the article beats the
        reference series ("article"); without a day, or without a rate near it, the result is NaN.

    >>> convert([2.0, 5.0], ["USD", "EUR"], [None, None], [{}, {"EUR": 1.1}])
    ([2.0, 5.5], [1.0, 1.1], [None, None], ['identity', 'article'])

    """
    wanted = [i for i, code in enumerate(codes)
              if code != "USD" and code not in stated[i] and days[i] is not None]
    looked_up = dict(zip(wanted, fx.usd_rates([codes[i] for i in wanted], [days[i] for i in wanted]),
                         strict=True)) if wanted else {}
    usd: list[float] = []
    rates: list[float] = []
    dates: list[datetime.date | None] = []
    sources: list[str | None] = []
    for i, (value, code, day) in enumerate(zip(values, codes, days, strict=True)):
        rate: float = math.nan
        when: datetime.date | None = None
        source: str | None = None
        if code == "USD":
            rate, when, source = 1.0, day, "identity"
        elif code in stated[i]:
            rate, when, source = stated[i][code], day, ARTICLE
        elif i in looked_up and (found := looked_up[i]) is not None:
            rate, when, source = found.usd_per_unit, found.date, found.source
        converted = value * rate
        usd.append(math.nan if math.isinf(converted) else converted)  # beyond a float: no value, never inf
        rates.append(rate)
        dates.append(when)
        sources.append(source)
    return usd, rates, dates, sources


def to_eur(
    values: Sequence[float],
    codes: Sequence[str],
    usd: Sequence[float],
    usd_rates: Sequence[float],
    days: Sequence[datetime.date | None],
) -> tuple[list[float], list[float]]:
    """Euros beside the dollars: ``value_eur`` and ``usd_per_eur`` for amounts already in dollars.

    An amount in euros is its own value in euros, and its ``usd_per_eur`` is the rate its dollars came
    from. Any other amount with a dollar value is divided by the ECB's US dollars per euro of its day
    (the last rate on or before it, never older than :data:`quantex.money.fx.MAX_STALENESS_DAYS`), so
    for an ECB currency ``value_eur`` is its ECB euro rate of the day. Either way ``value_usd ==
    value_eur * usd_per_eur``. Without a day, or a dollar value, or an ECB rate, both are NaN.

    Args:
        values: The amounts, in units of their currency.
        codes: ISO 4217 code of each amount.
        usd: Their value_usd (:func:`convert`).
        usd_rates: Their fx_rate (US dollars per unit).
        days: The publication day of each amount's document (None: unknown).

    Returns:
        Two lists, one item per amount: value_eur and usd_per_eur.

    >>> to_eur([5.0, 2.0], ["EUR", "USD"], [5.5, 2.0], [1.1, 1.0], [None, None])
    ([5.0, nan], [1.1, nan])

    """
    wanted = [i for i, code in enumerate(codes)
              if code != "EUR" and days[i] is not None and not math.isnan(usd[i])]
    found = dict(zip(wanted, fx.usd_rates(["EUR"] * len(wanted), [days[i] for i in wanted]),
                     strict=True)) if wanted else {}
    eur: list[float] = []
    per_eur: list[float] = []
    for i, code in enumerate(codes):
        if code == "EUR":
            eur.append(values[i])
            per_eur.append(usd_rates[i])
        elif (rate := found.get(i)) is not None:
            eur.append(usd[i] / rate.usd_per_unit)
            per_eur.append(rate.usd_per_unit)
        else:
            eur.append(math.nan)
            per_eur.append(math.nan)
    return eur, per_eur
