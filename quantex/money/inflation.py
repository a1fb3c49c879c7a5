"""US consumer prices (BLS CPI-U) and constant-dollar amounts.

The index is BLS series CUUR0000SA0 (CPI-U, U.S. city average, all items, not seasonally adjusted,
1982-84=100), monthly 1913-01 .. 2026-08, read from ``quantex/data/cpi_u_us.csv`` (provenance and
checks in ``quantex/data/SOURCES.md``).

BLS published no index for **2025-10**. Nothing is interpolated: by default a month without a
published index gives NaN (``missing="nan"``). With ``missing="previous"`` it takes the index of the
latest earlier published month instead (2025-10 -> 2025-09), an approximation the caller asks for
explicitly. Months after the last published one are NaN either way: no index is extrapolated.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import math
import re
from importlib import resources
from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from quantex.errors import InputTypeError, PublishedDateError, TableError
from quantex.published import parse_published

__all__ = ["cpi_u", "deflate", "latest_month"]

Missing = Literal["nan", "previous"]
"""What a month without a published index gets: NaN, or the latest earlier published index."""

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])", re.ASCII)


def cpi_u(month: str | datetime.date, *, missing: Missing = "nan") -> float:
    """The CPI-U index of one month.

    Args:
        month: ``"YYYY-MM"`` (or an ISO day, whose month is used), or a date or timestamp.
        missing: ``"nan"`` (default) or ``"previous"``; see the module docstring.

    Returns:
        The index (1982-84=100), or NaN for a month with no published index or outside 1913-01 ..
        :func:`latest_month`.

    Raises:
        PublishedDateError: If ``month`` cannot be read as a month.

    Examples:
        >>> cpi_u("2024-09")
        315.301
        >>> cpi_u("2025-10")
        nan
        >>> cpi_u("2025-10", missing="previous") == cpi_u("2025-09")
        True

    """
    first, values = _series(missing)
    position = _month_number(month) - first
    return float(values[position]) if 0 <= position < len(values) else math.nan


def latest_month() -> str:
    """The last month with a published index, as ``"YYYY-MM"``.

    Examples:
        >>> latest_month() >= "2026-08"
        True

    """
    first, values = _series("nan")
    return _month_text(first + len(values) - 1)


def deflate(usd: pd.Series, dates: pd.Series, base: str = "latest", *, missing: Missing = "nan") -> pd.Series:
    """Express nominal US dollars in constant dollars of the ``base`` month.

    Each amount is multiplied by ``CPI(base) / CPI(month of its date)``.

    Args:
        usd: Nominal amounts in US dollars.
        dates: The day each amount refers to, with the same index as ``usd``: datetime64 values,
            or anything :func:`quantex.published.parse_published` reads (dates, ISO strings, None).
        base: ``"YYYY-MM"``, or ``"latest"`` for :func:`latest_month`.
        missing: ``"nan"`` (default) or ``"previous"``, for the dates' months; see the module docstring.

    Returns:
        Constant dollars, same index and name as ``usd``; NaN where the amount, the date or the
        month's index is missing.

    Raises:
        InputTypeError: If ``usd`` and ``dates`` do not share an index.
        PublishedDateError: If a date or ``base`` cannot be read, or ``base`` has no published index.

    Examples:
        >>> usd = pd.Series([100.0, 100.0, None])
        >>> dates = pd.Series(["2023-12-05", "2025-10-01", "2024-01-01"])
        >>> deflate(usd, dates, base="2024-09").round(2).tolist()
        [102.79, nan, nan]

    """
    if not usd.index.equals(dates.index):
        raise InputTypeError("deflate: usd and dates must share an index")
    base_month = latest_month() if base == "latest" else base
    base_index = cpi_u(base_month)
    if math.isnan(base_index):
        raise PublishedDateError(f"base month {base!r} has no published CPI-U index")
    first, values = _series(missing)
    positions = _month_numbers(dates) - first
    inside = (positions >= 0) & (positions < len(values))
    index = np.full(len(positions), np.nan)
    index[inside] = values[positions[inside].astype(np.int64)]
    amounts = pd.to_numeric(usd, errors="raise").to_numpy(dtype=np.float64, na_value=np.nan)
    constant: pd.Series = pd.Series(amounts * base_index / index, index=usd.index, name=usd.name)
    return constant


def _month_number(month: object) -> int:
    """``year * 12 + month - 1`` of a month string, date or timestamp."""
    match = _MONTH.fullmatch(month.strip()) if isinstance(month, str) else None
    if match is not None:
        return int(match[1]) * 12 + int(match[2]) - 1
    day = parse_published(month)  # a day, timestamp or ISO day string; raises on anything else
    if day is None:
        raise PublishedDateError(f"month {month!r}: expected YYYY-MM or a date")
    return day.year * 12 + day.month - 1


def _month_numbers(dates: pd.Series) -> npt.NDArray[np.float64]:
    """Month numbers of many dates, NaN where a date is missing."""
    if isinstance(dates.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(dates.dtype):
        stamps = dates.dt
        months: npt.NDArray[np.float64] = (stamps.year * 12 + stamps.month - 1).to_numpy(
            dtype=np.float64, na_value=np.nan
        )
        return months
    numbers: dict[object, float] = {}
    for value in dates.unique():
        day = parse_published(value)
        numbers[value] = math.nan if day is None else day.year * 12 + day.month - 1
    return np.array([numbers[value] for value in dates], dtype=np.float64)


def _month_text(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


@functools.cache
def _series(missing: Missing) -> tuple[int, npt.NDArray[np.float64]]:
    """First month number and one index per month from there on (NaN or carried forward in gaps)."""
    first, values = _table()
    if missing == "nan":
        return first, values
    if missing == "previous":
        filled = pd.Series(values).ffill().to_numpy(dtype=np.float64)
        return first, filled
    raise InputTypeError(f"missing must be 'nan' or 'previous', got {missing!r}")


@functools.cache
def _table() -> tuple[int, npt.NDArray[np.float64]]:
    resource = resources.files("quantex") / "data" / "cpi_u_us.csv"
    return _parse_cpi(resource.read_text(encoding="utf-8"), str(resource))


def _parse_cpi(text: str, origin: str) -> tuple[int, npt.NDArray[np.float64]]:
    """Parse ``month,cpi_u`` rows, months strictly increasing; raise TableError naming ``origin``."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or rows[0] != ["month", "cpi_u"]:
        raise TableError(f"{origin}: expected header 'month,cpi_u', got {rows[:1]}")
    months: list[int] = []
    indexes: list[float] = []
    for line, row in enumerate(rows[1:], start=2):
        match = _MONTH.fullmatch(row[0]) if len(row) == 2 else None
        if match is None:
            raise TableError(f"{origin}, line {line}: expected 'YYYY-MM,<index>', got {row}")
        number = int(match[1]) * 12 + int(match[2]) - 1
        if months and number <= months[-1]:
            raise TableError(f"{origin}, line {line}: month {row[0]} is not after {_month_text(months[-1])}")
        try:
            index = float(row[1])
        except ValueError as exc:
            raise TableError(f"{origin}, line {line}: bad index {row[1]!r}") from exc
        if not (math.isfinite(index) and index > 0):
            raise TableError(f"{origin}, line {line}: index {row[1]!r} is not a positive number")
        months.append(number)
        indexes.append(index)
    if not months:
        raise TableError(f"{origin}: no rows")
    values = np.full(months[-1] - months[0] + 1, np.nan)
    values[np.array(months) - months[0]] = indexes
    return months[0], values
