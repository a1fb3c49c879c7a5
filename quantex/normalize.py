"""Normalize money to US dollars at the document's date.

Rates come from the article itself when it states one ("($1 = 0.9084 euros)"), otherwise from the
reference series shipped with quantex (``quantex.fx``). Without a publication date only US dollars
are normalized (at rate 1): any other conversion would need a day, and a guessed day is a stale rate.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Sequence

import pandas as pd

from quantex import fx

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


def to_usd(frame: pd.DataFrame, published: datetime.date | None, stated: dict[str, float]) -> pd.DataFrame:
    """Fill value_usd, fx_rate, fx_date and fx_source for the money rows of a facts frame."""
    money = (frame["category"] == "money") & frame["currency"].notna()
    if not money.any():
        return frame
    idx = frame.index[money]
    codes: Sequence[str] = [str(c) for c in frame.loc[idx, "currency"]]
    rates: list[float] = []
    dates: list[object] = []
    sources: list[object] = []
    # one vectorized lookup for every code that needs a reference rate, consumed in order below
    looked_up = [c for c in codes if c not in stated and c != "USD"] if published is not None else []
    found = iter(fx.usd_rates(looked_up, [published] * len(looked_up)) if looked_up else [])
    for code in codes:
        if code == "USD":
            rates.append(1.0)
            dates.append(published)
            sources.append("identity")
        elif code in stated:
            rates.append(stated[code])
            dates.append(published)
            sources.append(ARTICLE)
        elif published is None:
            rates.append(math.nan)
            dates.append(None)
            sources.append(None)
        else:
            rate = next(found)
            rates.append(rate.usd_per_unit if rate else math.nan)
            dates.append(rate.date if rate else None)
            sources.append(rate.source if rate else None)
    frame.loc[idx, "fx_rate"] = rates
    frame.loc[idx, "fx_date"] = pd.to_datetime(pd.Series(dates, index=idx, dtype="object"))
    frame.loc[idx, "fx_source"] = pd.Series(sources, index=idx, dtype="string")
    frame.loc[idx, "value_usd"] = frame.loc[idx, "value"] * frame.loc[idx, "fx_rate"]
    return frame
