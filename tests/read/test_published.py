import datetime
from typing import NamedTuple

import pandas as pd
import pytest

from quantex.errors import PublishedDateError
from quantex.published import parse_published

D = datetime.date


class Example(NamedTuple):
    value: object
    expected: datetime.date | None


EXAMPLES = [
    Example(None, None),
    Example(pd.NaT, None),
    Example("2024-10-22", D(2024, 10, 22)),
    Example(" 2024-10-22\n", D(2024, 10, 22)),
    Example("2024-02-29", D(2024, 2, 29)),
    Example("2024-10-22T09:15", D(2024, 10, 22)),
    Example("2024-10-22T09:15:30", D(2024, 10, 22)),
    Example("2024-10-22T09:15:30Z", D(2024, 10, 22)),
    Example("2024-10-22T23:30:00-05:00", D(2024, 10, 22)),  # the day as written, not the UTC day
    Example("2024-10-22T00:30+03:00", D(2024, 10, 22)),
    Example("2024-10-22T09:15:30.250Z", D(2024, 10, 22)),
    Example(D(2022, 2, 24), D(2022, 2, 24)),
    Example(datetime.datetime(2022, 2, 24, 5, 0), D(2022, 2, 24)),
    Example(pd.Timestamp("2022-02-24 23:59"), D(2022, 2, 24)),
    Example(pd.Timestamp("2022-02-24 23:59", tz="Europe/Kyiv"), D(2022, 2, 24)),
    Example("1677-09-22", D(1677, 9, 22)),  # the ends of PUBLISHED_RANGE
    Example("2262-04-11T23:59:59", D(2262, 4, 11)),
    # written forms (issue 16): a day above 12 or a month name settles the order
    Example("22/10/2024", D(2024, 10, 22)),
    Example("10/22/2024", D(2024, 10, 22)),
    Example("22.10.2024", D(2024, 10, 22)),
    Example("22-10-2024", D(2024, 10, 22)),
    Example("05/05/2024", D(2024, 5, 5)),  # day and month equal: no ambiguity
    Example("2024/10/22", D(2024, 10, 22)),
    Example("2024.10.22", D(2024, 10, 22)),
    Example("22 October 2024", D(2024, 10, 22)),
    Example("22nd Oct. 2024", D(2024, 10, 22)),
    Example("22-Oct-2024", D(2024, 10, 22)),
    Example("October 22, 2024", D(2024, 10, 22)),
    Example("Oct 22 2024", D(2024, 10, 22)),
    Example("Tuesday, 22 October 2024", D(2024, 10, 22)),
    Example("Tue, 22 Oct 2024 14:05:00 +0000", D(2024, 10, 22)),  # RFC 2822, as in RSS feeds
    Example("October 22, 2024 at 3:45 pm EST", D(2024, 10, 22)),
    Example("22 October 2024, 14:05", D(2024, 10, 22)),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[repr(e.value) for e in EXAMPLES])
def test_parse_published(example: Example) -> None:
    assert parse_published(example.value) == example.expected


BAD = [
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-10-22 09:15",  # a space, not the ISO "T"
    "2024-10-22T25",
    "20241022",
    "03/04/2024",  # 3 April or 4 March: needs a date order
    "31/02/2024",
    "22 Octobre 2024",
    "22/10/24",  # a two-digit year is not read
    "yesterday",
    "",
    20241022,
    1729555200.0,
    float("nan"),
    ("2024", "10", "22"),
    # outside PUBLISHED_RANGE: placeholders, typos, beyond pandas' datetime64[ns]
    "0001-01-01",
    "1600-01-01",
    "1677-09-21",
    "2262-04-12",
    "2263-01-01",
    "9999-12-31T23:59",
    D(1, 1, 1),
    datetime.datetime(9999, 12, 31, 12, 0),
]


@pytest.mark.parametrize("value", BAD, ids=[repr(v) for v in BAD])
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(PublishedDateError, match="published date") as info:
        parse_published(value, document="kyiv-2024.txt")
    assert repr(value) in str(info.value)
    assert "kyiv-2024.txt" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_message_without_document() -> None:
    with pytest.raises(PublishedDateError, match=r"^published date 'soon': "):
        parse_published("soon")


ORDERED = [("03/04/2024", "dmy", D(2024, 4, 3)), ("03/04/2024", "mdy", D(2024, 3, 4)),
           ("22/10/2024", "mdy", D(2024, 10, 22)), ("10/22/2024", "dmy", D(2024, 10, 22))]


@pytest.mark.parametrize(("value", "order", "expected"), ORDERED)
def test_date_order(value: str, order: str, expected: datetime.date) -> None:
    """The order settles an ambiguous date only; a day above 12 is a day whatever the order says."""
    assert parse_published(value, order=order) == expected


def test_ambiguous_date_says_what_to_do() -> None:
    with pytest.raises(PublishedDateError, match=r"ambiguous date.*--date-order dmy or mdy"):
        parse_published("03/04/2024", document="a.txt")


def test_unknown_order() -> None:
    from quantex.errors import OptionError

    with pytest.raises(OptionError, match="date order"):
        parse_published("03/04/2024", order="ymd")
