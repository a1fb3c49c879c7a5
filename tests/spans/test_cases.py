"""The core case tables: one parametrized test per topic, rows in tests/cases/*.csv."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

import quantex
from quantex.schema import QUANTITY_CATEGORIES

CASES = Path(__file__).resolve().parents[1] / "cases"

#: known gaps: (table, text) pairs expected to fail; xfail_strict makes a fixed gap fail loudly
KNOWN_GAPS: set[tuple[str, str]] = set()


def load(name: str) -> list[dict[str, str]]:
    with open(CASES / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def params(name: str) -> list[object]:
    out = []
    for row in load(name):
        marks = [pytest.mark.xfail(strict=True)] if (name, row["text"]) in KNOWN_GAPS else []
        out.append(pytest.param(row, id=f"{row['text'][:40]}|{row.get('span') or row.get('number')}", marks=marks))
    return out


def row_for(text: str, span: str) -> dict[str, object]:
    frame = quantex.extract(text, published="2024-10-22")
    hits = frame[frame["span"] == span]
    assert len(hits) == 1, f"no single row with span {span!r}; got {frame['span'].tolist()}"
    row = hits.iloc[0].to_dict()
    start, end = int(row["start"]), int(row["end"])
    assert text[start:end] == span
    return row


def same(got: object, want: str) -> bool:
    if want == "":
        return got is None or (isinstance(got, float) and math.isnan(got)) or got is quantex_na()
    return math.isclose(float(got), float(want), rel_tol=1e-9)  # type: ignore[arg-type]


def quantex_na() -> object:
    import pandas as pd

    return pd.NA


def text_or_na(got: object) -> str:
    import pandas as pd

    return "" if got is None or got is pd.NA else str(got)


@pytest.mark.parametrize("case", params("money"))
def test_money(case: dict[str, str]) -> None:
    row = row_for(case["text"], case["span"])
    assert row["category"] == "money"
    assert text_or_na(row["currency"]) == case["currency"]
    assert text_or_na(row["period"]) == case["period"]
    assert text_or_na(row["qualifier"]) == case["qualifier"]
    for key in ("value", "low", "high"):
        assert same(row[key], case[key]), (key, row[key], case[key])


@pytest.mark.parametrize("case", params("numbers"))
def test_numbers(case: dict[str, str]) -> None:
    row = row_for(case["text"], case["span"])
    assert row["category"] == case["category"]
    assert text_or_na(row["unit"]) == case["unit"]
    assert text_or_na(row["qualifier"]) == case["qualifier"]
    assert bool(row["approximate"]) is (case["approximate"] == "True")
    for key in ("value", "low", "high"):
        assert same(row[key], case[key]), (key, row[key], case[key])


@pytest.mark.parametrize("case", params("ranges"))
def test_ranges(case: dict[str, str]) -> None:
    row = row_for(case["text"], case["span"])
    assert math.isnan(float(row["value"]))  # type: ignore[arg-type]
    assert same(row["low"], case["low"])
    assert same(row["high"], case["high"])


@pytest.mark.parametrize("case", params("units"))
def test_units(case: dict[str, str]) -> None:
    row = row_for(case["text"], case["span"])
    assert row["category"] == case["category"]
    assert row["unit"] == case["unit"]
    assert same(row["value"], case["value"])


@pytest.mark.parametrize("case", params("nonquantities"))
def test_nonquantities(case: dict[str, str]) -> None:
    text, number = case["text"], case["number"]
    at = text.index(number)
    frame = quantex.extract(text)
    covering = frame[(frame["start"] <= at) & (frame["end"] > at)]
    assert not covering["category"].isin(QUANTITY_CATEGORIES).any(), covering[["span", "category"]]
