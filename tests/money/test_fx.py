import datetime
import warnings
import zipfile
from io import BytesIO
from typing import NamedTuple

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.errors import InputTypeError, MissingRateWarning, TableError
from quantex.money import formats, fx

D = datetime.date


class Example(NamedTuple):
    currency: str
    day: datetime.date
    usd_per_unit: float
    date: datetime.date  # the day the rate was published for
    source: str


EXAMPLES = [
    Example("USD", D(2024, 10, 22), 1.0, D(2024, 10, 22), "identity"),
    Example("usd", D(1950, 1, 1), 1.0, D(1950, 1, 1), "identity"),
    # NBU, every calendar day; 41.2833 checked against SOURCES.md.
    Example("UAH", D(2024, 10, 22), 1 / 41.2833, D(2024, 10, 22), "NBU"),
    Example("UAH", D(2024, 10, 20), 1 / 41.2351, D(2024, 10, 20), "NBU"),  # a Sunday row of its own
    Example("UAH", D(2014, 1, 1), 1 / 7.993, D(2014, 1, 1), "NBU"),
    Example("UAH", D(2025, 8, 1), 1 / 41.7132, D(2025, 8, 1), "NBU"),  # last NBU day
    Example("UAH", D(2025, 8, 3), 1 / 41.7132, D(2025, 8, 1), "NBU"),  # before the first NBP day
    Example("UAH", D(2025, 8, 4), 1 / 41.7819, D(2025, 8, 4), "NBP cross (approximate)"),
    Example("UAH", D(2025, 9, 15), 1 / 41.2634, D(2025, 9, 15), "NBP cross (approximate)"),
    # CBR, dated by the day a rate takes effect.
    Example("RUB", D(2022, 3, 11), 1 / 120.3785, D(2022, 3, 11), "CBR"),
    Example("RUB", D(2022, 3, 14), 1 / 116.7517, D(2022, 3, 12), "CBR"),  # Saturday row covers Monday
    Example("RUB", D(2014, 1, 9), 1 / 32.6587, D(2014, 1, 1), "CBR"),  # New Year gap
    Example("RUB", D(2020, 4, 6), 1 / 77.7325, D(2020, 3, 28), "CBR"),  # 2020 non-working days
    Example("RUB", D(2026, 10, 24), 1 / 84.9048, D(2026, 10, 10), "CBR"),  # exactly 14 days stale
    Example("RUB", D(2013, 12, 31), 1.3791 / 45.3246, D(2013, 12, 31), "ECB"),  # before CBR takes over
    # ECB, crossed through the ECB's own USD rate of the same day.
    Example("EUR", D(2024, 10, 22), 1.0821, D(2024, 10, 22), "ECB"),
    Example("EUR", D(2024, 10, 20), 1.0847, D(2024, 10, 18), "ECB"),  # Sunday -> Friday
    Example("EUR", D(2024, 4, 1), 1.0811, D(2024, 3, 28), "ECB"),  # Easter: Thursday
    Example("GBP", D(2024, 10, 22), 1.0821 / 0.8334, D(2024, 10, 22), "ECB"),
    Example("GBP", D(2022, 2, 24), 1.1163 / 0.83463, D(2022, 2, 24), "ECB"),
    Example("JPY", D(2024, 3, 28), 1.0811 / 163.45, D(2024, 3, 28), "ECB"),
    Example("ISK", D(2008, 12, 20), 1.2838 / 290, D(2008, 12, 9), "ECB"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.currency}-{e.day}" for e in EXAMPLES])
def test_usd_rate(example: Example) -> None:
    rate = fx.usd_rate(example.currency, example.day)
    assert rate is not None
    assert rate.usd_per_unit == pytest.approx(example.usd_per_unit, rel=1e-12)
    assert (rate.date, rate.source) == (example.date, example.source)


class Missing(NamedTuple):
    currency: str
    day: datetime.date
    reason: str


MISSING = [
    Missing("RUB", D(2026, 10, 25), r"last CBR rate is from 2026-10-10, 15 days"),
    Missing("RUB", D(2026, 10, 30), r"last CBR rate is from 2026-10-10, 20 days"),
    Missing("UAH", D(2026, 11, 15), r"last NBP cross \(approximate\) rate is from 2026-10-26, 20 days"),
    Missing("EUR", D(2026, 11, 19), r"last ECB rate is from 2026-10-30, 20 days"),
    Missing("ISK", D(2010, 1, 1), r"last ECB rate is from 2008-12-09"),  # ECB stopped quoting ISK
    Missing("BGN", D(2026, 2, 1), r"last ECB rate is from 2025-12-31"),  # Bulgaria adopted the euro
    Missing("UAH", D(2013, 12, 31), r"its rates start on 2014-01-01"),
    Missing("EUR", D(1998, 12, 31), r"its rates start on 1999-01-04"),
    Missing("XYZ", D(2024, 10, 22), r"unknown currency"),
]


@pytest.mark.parametrize("case", MISSING, ids=[f"{c.currency}-{c.day}" for c in MISSING])
def test_missing_rate_warns(case: Missing) -> None:
    with pytest.warns(MissingRateWarning, match=rf"{case.currency} on {case.day}: .*{case.reason}"):
        assert fx.usd_rate(case.currency, case.day) is None


def test_usd_rates_matches_usd_rate() -> None:
    currencies = ["UAH", "RUB", None, "EUR", "USD", "UAH", float("nan"), "EUR", pd.NA]
    days = [
        D(2024, 10, 22),
        D(2022, 3, 11),
        D(2024, 1, 1),
        D(2024, 10, 20),
        D(2024, 1, 1),
        pd.Timestamp("2024-10-22 15:00"),
        D(2024, 1, 1),
        pd.NaT,
        D(2024, 1, 1),
    ]
    rates = fx.usd_rates(currencies, days)  # type: ignore[arg-type]
    expected = [
        fx.usd_rate(c, d) if isinstance(c, str) and d is not pd.NaT else None  # type: ignore[arg-type]
        for c, d in zip(currencies, days, strict=True)
    ]
    assert rates == expected
    assert rates[5] == rates[0]


def test_usd_rates_warns_once_per_currency() -> None:
    days = [D(2026, 12, 1) + datetime.timedelta(n) for n in range(10)]
    with pytest.warns(MissingRateWarning, match=r"^10 day\(s\) .*RUB on 2026-12-01.*and 7 more") as caught:
        assert fx.usd_rates(["RUB"] * 10 + ["EUR"], [*days, D(2024, 1, 2)])[:10] == [None] * 10
    assert len(caught) == 1


@pytest.mark.parametrize(
    ("currencies", "days"),
    [(["EUR"], [D(2024, 1, 1), D(2024, 1, 2)]), ([1978], [D(2024, 1, 1)]), (["EUR"], ["2024-01-01"])],
)
def test_usd_rates_rejects(currencies: list[object], days: list[object]) -> None:
    with pytest.raises(InputTypeError):
        fx.usd_rates(currencies, days)  # type: ignore[arg-type]


@pytest.mark.parametrize(("currency", "day"), [(None, D(2024, 1, 1)), ("EUR", "2024-01-01")])
def test_usd_rate_rejects(currency: object, day: object) -> None:
    with pytest.raises(InputTypeError):
        fx.usd_rate(currency, day)  # type: ignore[arg-type]


BAD_LOCAL = [
    ("day,uah_per_usd\n2024-01-01,40\n", "expected header"),
    ("date,uah_per_usd\n", "no rates"),
    ("date,uah_per_usd\n2024-01-01,40,1\n", "line 2: expected 2 fields"),
    ("date,uah_per_usd\n2024-13-01,40\n", "line 2: bad date"),
    ("date,uah_per_usd\n2024-01-01,forty\n", "line 2: bad rate"),
    ("date,uah_per_usd\n2024-01-01,0\n", "line 2: rate '0' is not a positive number"),
    ("date,uah_per_usd\n2024-01-01,nan\n", "is not a positive number"),
    ("date,uah_per_usd\n2024-01-01,40\n2024-01-01,41\n", "day 2024-01-01 appears twice"),
]


@pytest.mark.parametrize(("text", "problem"), BAD_LOCAL)
def test_bad_rate_file(text: str, problem: str) -> None:
    with pytest.raises(TableError, match=rf"^bad_uah\.csv.*{problem}"):
        formats.parse_local(text, "bad_uah.csv", "uah_per_usd")


def _zip(name: str, text: str) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


BAD_ECB = [
    (b"not a zip", "not the ECB history archive"),
    (_zip("other.csv", "Date,USD,\n"), "not the ECB history archive"),
    (_zip("eurofxref-hist.csv", "Day,USD,\n2024-01-02,1.1,\n"), "expected a 'Date,USD,...' header"),
    (_zip("eurofxref-hist.csv", "Date,USD,GBP,\n2024-01-02,1.1,\n"), "line 2: expected 4 fields"),
    (_zip("eurofxref-hist.csv", "Date,USD,GBP,\n2024-01-02,1.1,-0.8,\n"), "line 2: rate '-0.8'"),
    (_zip("eurofxref-hist.csv", "Date,USD,\n2024-01-02,1.1,\n2024-01-02,1.2,\n"), "2024-01-02 appears twice"),
]


@pytest.mark.parametrize(("data", "problem"), BAD_ECB)
def test_bad_ecb_archive(data: bytes, problem: str) -> None:
    with pytest.raises(TableError, match=rf"^ecb\.zip.*{problem}"):
        formats.parse_ecb(data, "ecb.zip")


def test_ecb_archive_newest_first_is_sorted() -> None:
    text = "Date,USD,GBP,\n2024-01-03,1.2,N/A,\n2024-01-02,1.1,0.8,\n"
    parsed = formats.parse_ecb(_zip("eurofxref-hist.csv", text), "ecb.zip")
    assert {code: list(map(D.fromordinal, days)) for code, (days, _) in parsed.items()} == {
        "EUR": [D(2024, 1, 2), D(2024, 1, 3)],
        "GBP": [D(2024, 1, 2)],
    }
    assert parsed["EUR"][1].tolist() == [1.1, 1.2]
    assert parsed["GBP"][1].tolist() == pytest.approx([1.1 / 0.8])


def test_known_currencies() -> None:
    known = fx.known_currencies()
    assert {"USD", "EUR", "GBP", "UAH", "RUB", "PLN", "JPY"} <= known
    assert "XYZ" not in known


@settings(max_examples=300, deadline=None)
@given(
    currency=st.sampled_from(["EUR", "GBP", "RUB", "UAH", "CHF", "ISK", "XYZ"]),
    day=st.dates(D(1998, 12, 1), D(2026, 12, 31)),
)
def test_never_stale_never_silent(currency: str, day: datetime.date) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rate = fx.usd_rate(currency, day)
    if rate is None:
        assert [w.category for w in caught] == [MissingRateWarning]
    else:
        assert caught == []
        assert 0 <= (day - rate.date).days <= fx.MAX_STALENESS_DAYS
        assert rate.usd_per_unit > 0
