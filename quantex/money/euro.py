"""Amounts in euros, the unit of the Kiel Ukraine Support Tracker, at the ECB reference rate.

A value already in US dollars (``value_usd``, converted at the publication day) becomes euros through
the ECB's US dollar rate of the same day: ``value_eur = value_usd / usd_per_eur``. An amount stated in
euros keeps its own value (no round trip). The rate is the one :func:`quantex.money.fx.usd_rates` gives
for EUR (ECB euro reference rates), so it is never older than ``MAX_STALENESS_DAYS``.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Sequence

from quantex.money import fx

__all__ = ["to_eur"]


def to_eur(values: Sequence[float], currencies: Sequence[str | None], usd: Sequence[float],
           days: Sequence[datetime.date | None]) -> list[float]:
    """Euros for each amount: its own value when stated in EUR, else its US dollars at the ECB rate.

    >>> [round(v, 4) for v in to_eur([5.0, 2.0], ["EUR", "USD"], [5.5, 2.0], [None, datetime.date(2024, 10, 22)])]
    [5.0, 1.8483]
    """
    wanted = [i for i, code in enumerate(currencies) if code != "EUR" and days[i] is not None
              and not math.isnan(usd[i])]
    rates = fx.usd_rates(["EUR"] * len(wanted), [days[i] for i in wanted]) if wanted else []
    per_eur = {i: r.usd_per_unit for i, r in zip(wanted, rates, strict=True) if r is not None}
    return [values[i] if code == "EUR" else usd[i] / per_eur[i] if i in per_eur else math.nan
            for i, code in enumerate(currencies)]
