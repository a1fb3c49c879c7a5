import datetime
import math
from typing import NamedTuple

import pandas as pd
import pytest

from quantex.errors import InputTypeError, PublishedDateError, TableError
from quantex.money import inflation
from quantex.money.inflation import cpi_u, deflate, latest_month

D = datetime.date
NAN = math.nan


class Example(NamedTuple):
    month: str | datetime.date
    missing: inflation.Missing
    expected: float


# Published BLS CPI-U values (CUUR0000SA0), as in quantex/data/SOURCES.md.
EXAMPLES = [
    Example("2024-09", "nan", 315.301),
    Example("2023-12", "nan", 306.746),
    Example("2020-01", "nan", 257.971),
    Example("2000-01", "nan", 168.8),
    Example("1913-01", "nan", 9.8),
    Example("2026-08", "nan", 334.98),
    Example(D(2024, 9, 30), "nan", 315.301),
    Example(pd.Timestamp("2023-12-31 23:00"), "nan", 306.746),
    Example("2024-09-15", "nan", 315.301),
    Example("2025-09", "nan", 324.8),
    Example("2025-10", "nan", NAN),  # BLS published no October 2025 index
    Example("2025-10", "previous", 324.8),  # opt-in: the September index
    Example("2025-11", "previous", 324.122),
    Example("1912-12", "nan", NAN),
    Example("1912-12", "previous", NAN),
    Example("2026-09", "nan", NAN),
    Example("2026-09", "previous", NAN),  # never extrapolated past the last published month
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.month}-{e.missing}" for e in EXAMPLES])
def test_cpi_u(example: Example) -> None:
    assert cpi_u(example.month, missing=example.missing) == pytest.approx(example.expected, nan_ok=True)


@pytest.mark.parametrize("month", ["2024-13", "2024-9", "Sept 2024", "2024-02-30", 202409])
def test_cpi_u_rejects(month: object) -> None:
    with pytest.raises(PublishedDateError):
        cpi_u(month)  # type: ignore[arg-type]


def test_latest_month() -> None:
    assert latest_month() == "2026-08"


def test_deflate() -> None:
    usd = pd.Series([100.0, 100.0, 100.0, None, 100.0, 50.0], index=list("abcdef"), name="value_usd")
    dates = pd.Series(
        ["2023-12-05", "2024-09-30T10:00Z", "2025-10-15", "2024-01-01", None, D(2023, 12, 1)],
        index=list("abcdef"),
    )
    result = deflate(usd, dates, base="2024-09")
    expected = [100 * 315.301 / 306.746, 100.0, NAN, NAN, NAN, 50 * 315.301 / 306.746]
    assert result.tolist() == pytest.approx(expected, nan_ok=True)
    assert result.index.equals(usd.index)
    assert result.name == "value_usd"


def test_deflate_datetime64_and_previous() -> None:
    usd = pd.Series([10.0, 10.0, 10.0])
    dates = pd.Series(pd.to_datetime(["2025-10-31", "2026-08-01", None]).tz_localize("UTC"))
    assert deflate(usd, dates).tolist() == pytest.approx([NAN, 10.0, NAN], nan_ok=True)
    previous = deflate(usd, dates, missing="previous")
    assert previous.tolist() == pytest.approx([10 * 334.98 / 324.8, 10.0, NAN], nan_ok=True)


def test_deflate_empty() -> None:
    result = deflate(pd.Series([], dtype=float), pd.Series([], dtype="datetime64[ns]"))
    assert result.empty
    assert result.dtype == float


def test_deflate_base_without_index() -> None:
    with pytest.raises(PublishedDateError, match="2025-10"):
        deflate(pd.Series([1.0]), pd.Series([D(2024, 1, 1)]), base="2025-10")


def test_deflate_index_mismatch() -> None:
    with pytest.raises(InputTypeError, match="share an index"):
        deflate(pd.Series([1.0], index=[0]), pd.Series([D(2024, 1, 1)], index=[1]))


def test_deflate_bad_date() -> None:
    with pytest.raises(PublishedDateError, match="2024-02-30"):
        deflate(pd.Series([1.0]), pd.Series(["2024-02-30"]))


def test_deflate_bad_missing_option() -> None:
    with pytest.raises(InputTypeError, match="missing"):
        deflate(pd.Series([1.0]), pd.Series([D(2024, 1, 1)]), missing="linear")  # type: ignore[arg-type]


BAD_TABLES = [
    ("date,cpi_u\n2024-01,300\n", "expected header"),
    ("month,cpi_u\n", "no rows"),
    ("month,cpi_u\n2024-13,300\n", "line 2: expected 'YYYY-MM,<index>'"),
    ("month,cpi_u\n2024-01-01,300\n", "line 2: expected 'YYYY-MM,<index>'"),
    ("month,cpi_u\n2024-01\n", "line 2: expected 'YYYY-MM,<index>'"),
    ("month,cpi_u\n2024-01,n/a\n", "line 2: bad index"),
    ("month,cpi_u\n2024-01,-1\n", "line 2: index '-1' is not a positive number"),
    ("month,cpi_u\n2024-02,300\n2024-01,299\n", "line 3: month 2024-01 is not after 2024-02"),
    ("month,cpi_u\n2024-02,300\n2024-02,300\n", "line 3: month 2024-02 is not after 2024-02"),
]


@pytest.mark.parametrize(("text", "problem"), BAD_TABLES)
def test_bad_cpi_table(text: str, problem: str) -> None:
    with pytest.raises(TableError, match=rf"^bad_cpi\.csv.*{problem}"):
        inflation._parse_cpi(text, "bad_cpi.csv")


def test_gap_is_nan_in_parsed_table() -> None:
    first, values = inflation._parse_cpi("month,cpi_u\n2024-11,2\n2025-01,4\n", "gap.csv")
    assert first == 2024 * 12 + 10
    assert values.tolist() == pytest.approx([2.0, NAN, 4.0], nan_ok=True)
