"""Numbers that are not quantities keep their own category (tests/cases/roles.csv), and the compounds
that do count ("a 54-strong drone attack") count their own noun."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import quantex
from quantex.schema import NON_QUANTITY_CATEGORIES

CASES = Path(__file__).resolve().parents[1] / "cases" / "roles.csv"


def _rows() -> list[dict[str, str]]:
    with open(CASES, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("case", _rows(), ids=lambda c: f"{c['text'][:40]}|{c['number']}")
def test_role(case: dict[str, str]) -> None:
    text, number = case["text"], case["number"]
    at = text.index(number)
    frame = quantex.extract(text)
    covering = frame[(frame["start"] <= at) & (frame["end"] > at)]
    assert covering["category"].tolist() == [case["category"]], covering[["span", "category", "rule"]]
    assert case["category"] in NON_QUANTITY_CATEGORIES


@pytest.mark.parametrize(("text", "span", "category", "unit"), [
    ("Air defences repelled a 54-strong drone attack on the capital.", "54", "drones", "drone"),
    ("A 30-drone swarm targeted the port.", "30", "drones", "drone"),
    ("Russia launched 1950 drones in a month.", "1950", "drones", "drone"),
    ("On day 3 12 soldiers were captured.", "12", "personnel", "soldier"),
    # an "of" phrase is not a compound: the rockets are counted, not the launcher they came from
    ("Air defence intercepted 6 rockets of the HIMARS multiple launch rocket system.", "6", "missiles", "rocket"),
    # a total of two classes is no class's: "missiles and drones"; a second noun with modifiers is its own phrase
    ("Russia fired 188 missiles and drones overnight.", "188", "count", "missile"),
    ("Russia attacked with 3 Iskander-M missiles and Shahed drones.", "3", "missiles", "missile"),
])
def test_counts_stay_counts(text: str, span: str, category: str, unit: str) -> None:
    frame = quantex.extract(text)
    row = frame[frame["span"] == span].iloc[0]
    assert (row["category"], row["unit"]) == (category, unit)
