"""Casualty counts written without digits (tests/cases/phrases.csv), and phrases that are no count."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import quantex

CASES = Path(__file__).resolve().parents[1] / "cases" / "phrases.csv"


def _rows() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("case", _rows(), ids=lambda c: c["text"][:50])
def test_phrase(case: dict[str, str]) -> None:
    frame = quantex.extract(case["text"])
    rows = frame[frame["span"] == case["span"]]
    assert len(rows) == 1, frame[["span", "category"]]
    row = rows.iloc[0]
    assert row["category"] == "casualties"
    assert row["value"] == float(case["value"])
    assert row["event"] == case["event"]
    assert ("" if row["unit"] is pd.NA else row["unit"]) == case["unit"]


@pytest.mark.parametrize("text", [
    "There is no information about casualties yet.",
    "Children killed in the strike were buried on Sunday.",
    "A man said the drones flew low.",
])
def test_no_phrase(text: str) -> None:
    frame = quantex.extract(text)
    assert not (frame["category"] == "casualties").any(), frame[["span", "category"]]
