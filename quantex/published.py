"""Publication dates: read the ``published`` value of a document as one calendar day.

A document's publication day decides which exchange rate and which price level apply to the
money it mentions, so a date that cannot be read is an error, never a guess. A timestamp keeps the
calendar day *as written* by the publisher: ``2024-10-22T23:30-05:00`` is 22 October, not the UTC
day, because the text was written against that local day.

Besides ISO 8601, the forms news sites and spreadsheets write are read (:data:`WRITTEN_FORMS`):
``22/10/2024``, ``22.10.2024``, ``2024/10/22``, ``22 October 2024``, ``Oct. 22, 2024``, with an optional
weekday before and a time after (``Tue, 22 Oct 2024 14:05:00 +0000``). An all-digit day and month that
could be either (``03/04/2024``) is read only with a date order, ``"dmy"`` or ``"mdy"``
(:data:`DATE_ORDERS`); without one it is an error, never a guess.

Days outside :data:`PUBLISHED_RANGE` are refused too: no news text is dated 0001-01-01 or
9999-12-31 (such values are placeholders or typos), and the documents and facts frames store
publication times as pandas ``datetime64[ns]``, which holds 1677-09-22 to 2262-04-11.
"""

from __future__ import annotations

import datetime
import re

from quantex.errors import OptionError, PublishedDateError
from quantex.vocab.nonquantities import MONTHS

__all__ = ["DATE_ORDERS", "PUBLISHED_RANGE", "WRITTEN_FORMS", "parse_published"]

#: First and last day accepted as a publication day: the days pandas' ``datetime64[ns]`` holds
#: (``pd.Timestamp.min`` is 1677-09-21 00:12:43, ``pd.Timestamp.max`` 2262-04-11 23:47:16), so that the
#: day fits a frame. Wide enough for digitised newspaper archives, narrow enough to catch placeholders
#: such as 0001-01-01 and 9999-12-31.
PUBLISHED_RANGE: tuple[datetime.date, datetime.date] = (datetime.date(1677, 9, 22), datetime.date(2262, 4, 11))

_ISO_DAY = re.compile(
    r"""
    (?P<day>\d{4}-\d{2}-\d{2})              # calendar day, ISO 8601 extended form
    (?:
        T\d{2}:\d{2}                        # hour and minute
        (?::\d{2}(?:\.\d{1,9})?)?           # optional seconds and fraction
        (?:Z|[+-]\d{2}:\d{2})?              # optional UTC designator or offset
    )?
    """,
    re.VERBOSE | re.ASCII,
)


#: How an all-digit day and month are ordered: day first (most of the world) or month first (the US).
DATE_ORDERS: tuple[str, ...] = ("dmy", "mdy")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_CLOCK = (r"(?:(?:,\s*|\s+(?:at\s+)?)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
          r"(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z))?)?")

#: The written forms read besides ISO 8601, by how day and month are found.
WRITTEN_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2024/10/22, 2024.10.22: a year first is always followed by the month
    ("ymd", re.compile(rf"{_WEEKDAY}(?P<y>\d{{4}})[/.](?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}}){_CLOCK}", re.I)),
    # 22/10/2024, 10/22/2024, 22.10.2024, 22-10-2024: day or month first, see DATE_ORDERS
    ("numeric", re.compile(rf"{_WEEKDAY}(?P<a>\d{{1,2}})(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})"
                           rf"{_CLOCK}", re.I)),
    # 22 October 2024, 22nd Oct. 2024, 22-Oct-2024
    ("dmy", re.compile(rf"{_WEEKDAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?(?P<mon>{_MONTH})\.?,?"
                       rf"[\s\-]+(?P<y>\d{{4}}){_CLOCK}", re.I)),
    # October 22, 2024; Oct. 22 2024
    ("mdy", re.compile(rf"{_WEEKDAY}(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
                       rf"{_CLOCK}", re.I)),
)


def parse_published(value: object, *, document: str | None = None, order: str | None = None) -> datetime.date | None:
    """Read a publication date as a calendar day.

    Args:
        value: ``None``, an ISO string (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][Z|+hh:mm]``),
            a :class:`datetime.date`, a :class:`datetime.datetime` or a :class:`pandas.Timestamp`.
        document: Name of the document the value came from, quoted in the error message.
        order: ``"dmy"`` or ``"mdy"``: how to read an all-digit date whose day and month could be
            swapped (``03/04/2024``); None refuses such dates.

    Returns:
        The calendar day, or ``None`` when the value is ``None`` or ``NaT`` (no date known).

    Raises:
        PublishedDateError: For any other type, an impossible day such as ``2024-02-30``, text
            that is none of the forms above, an ambiguous all-digit date without ``order``, or a
            day outside :data:`PUBLISHED_RANGE`.
        OptionError: ``order`` is not one of :data:`DATE_ORDERS`.

    Examples:
        >>> parse_published("2024-10-22")
        datetime.date(2024, 10, 22)
        >>> parse_published("2024-10-22T23:30:00-05:00")
        datetime.date(2024, 10, 22)
        >>> parse_published(None) is None
        True
        >>> parse_published("Tue, 22 Oct 2024 14:05:00 +0000"), parse_published("03/04/2024", order="mdy")
        (datetime.date(2024, 10, 22), datetime.date(2024, 3, 4))
        >>> parse_published("2024-02-30", document="kyiv.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        quantex.errors.PublishedDateError: published date '2024-02-30' of document 'kyiv.txt': not a ...

    """
    if order is not None and order not in DATE_ORDERS:
        raise OptionError(f"date order must be one of {', '.join(DATE_ORDERS)}, not {order!r}")
    day = _day(value, document, order)
    if day is not None and not PUBLISHED_RANGE[0] <= day <= PUBLISHED_RANGE[1]:
        first, last = PUBLISHED_RANGE
        raise _error(value, document, f"outside the accepted publication days {first} to {last}")
    return day


def _day(value: object, document: str | None, order: str | None) -> datetime.date | None:
    if value is None:
        return None
    # pandas.NaT is a datetime that is unequal to itself; testing that spares importing pandas.
    if isinstance(value, datetime.date) and value != value:
        return None
    # datetime (and so pandas.Timestamp) is a subclass of date: test it first.
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise _error(value, document, f"expected an ISO date string or a date, got {type(value).__name__}")
    match = _ISO_DAY.fullmatch(value.strip())
    try:
        if match is not None:
            return datetime.date.fromisoformat(match["day"])
        day = _written_day(value, order)
    except _Ambiguous as exc:
        raise _error(value, document, f"ambiguous date: {exc}") from exc
    except ValueError as exc:
        raise _error(value, document, f"not a calendar day ({exc})") from exc
    if day is None:
        raise _error(value, document, "expected YYYY-MM-DD[THH:MM[:SS][Z|+hh:mm]] or a written date such as "
                                      "22/10/2024, 22 October 2024 or October 22, 2024")
    return day


def _written_day(value: str, order: str | None) -> datetime.date | None:
    """The day of a written date (:data:`WRITTEN_FORMS`), or None when ``value`` is none of them."""
    text = " ".join(value.split())
    for kind, pattern in WRITTEN_FORMS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        if kind == "numeric":
            a, b = int(found["a"]), int(found["b"])
            if order is None and a != b and a <= 12 and b <= 12:
                raise _Ambiguous(f"{a} and {b} could each be the day or the month; give the date order "
                                 "(--date-order dmy or mdy, or ReadOptions(date_order=...))")
            day, month = (a, b) if a > 12 or (b <= 12 and order != "mdy") else (b, a)
        elif kind == "ymd":
            day, month = int(found["d"]), int(found["m"])
        else:
            day, month = int(found["d"]), MONTHS[found["mon"].lower()]
        return datetime.date(int(found["y"]), month, day)
    return None


class _Ambiguous(ValueError):
    """Day and month that could be swapped, read without a date order."""


def _error(value: object, document: str | None, problem: str) -> PublishedDateError:
    where = f" of document {document!r}" if document is not None else ""
    return PublishedDateError(f"published date {value!r}{where}: {problem}")
