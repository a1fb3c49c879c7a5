"""Publication dates: read the ``published`` value of a document as one calendar day.

A document's publication day decides which exchange rate and which price level apply to the
money it mentions, so a date that cannot be read is an error, never a guess. A timestamp keeps the
calendar day *as written* by the publisher: ``2024-10-22T23:30-05:00`` is 22 October, not the UTC
day, because the text was written against that local day.

Days outside :data:`PUBLISHED_RANGE` are refused too: no news text is dated 0001-01-01 or
9999-12-31 (such values are placeholders or typos), and the documents and facts frames store
publication times as pandas ``datetime64[ns]``, which holds 1677-09-22 to 2262-04-11.
"""

from __future__ import annotations

import datetime
import re

from quantex.errors import PublishedDateError

__all__ = ["PUBLISHED_RANGE", "parse_published"]

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


def parse_published(value: object, *, document: str | None = None) -> datetime.date | None:
    """Read a publication date as a calendar day.

    Args:
        value: ``None``, an ISO string (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][Z|+hh:mm]``),
            a :class:`datetime.date`, a :class:`datetime.datetime` or a :class:`pandas.Timestamp`.
        document: Name of the document the value came from, quoted in the error message.

    Returns:
        The calendar day, or ``None`` when the value is ``None`` or ``NaT`` (no date known).

    Raises:
        PublishedDateError: For any other type, an impossible day such as ``2024-02-30``, text
            that is not one of the ISO forms above, or a day outside :data:`PUBLISHED_RANGE`.

    Examples:
        >>> parse_published("2024-10-22")
        datetime.date(2024, 10, 22)
        >>> parse_published("2024-10-22T23:30:00-05:00")
        datetime.date(2024, 10, 22)
        >>> parse_published(None) is None
        True
        >>> parse_published("2024-02-30", document="kyiv.txt")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        quantex.errors.PublishedDateError: published date '2024-02-30' of document 'kyiv.txt': not a ...

    """
    day = _day(value, document)
    if day is not None and not PUBLISHED_RANGE[0] <= day <= PUBLISHED_RANGE[1]:
        first, last = PUBLISHED_RANGE
        raise _error(value, document, f"outside the accepted publication days {first} to {last}")
    return day


def _day(value: object, document: str | None) -> datetime.date | None:
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
    if match is None:
        raise _error(value, document, "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+hh:mm]")
    try:
        return datetime.date.fromisoformat(match["day"])
    except ValueError as exc:
        raise _error(value, document, f"not a calendar day ({exc})") from exc


def _error(value: object, document: str | None, problem: str) -> PublishedDateError:
    where = f" of document {document!r}" if document is not None else ""
    return PublishedDateError(f"published date {value!r}{where}: {problem}")
