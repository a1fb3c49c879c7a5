"""Physical quantities in base units: a case table checked against pint, the unit table against the registry."""

from __future__ import annotations

import csv
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quantex
from quantex.facts.measures import conversion, registry, to_base
from quantex.schema import PHYSICAL_CATEGORIES
from quantex.vocab.units import BASE_UNITS, UNIT_FORMS

CASES = Path(__file__).resolve().parents[1] / "cases" / "units_base.csv"
with open(CASES, encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle))

#: every distinct (unit expression, category) of the vocabulary
UNITS = sorted(set(UNIT_FORMS.values()))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['span']}" for r in ROWS])
def test_base_value_of_each_case(row: dict[str, str]) -> None:
    facts = quantex.extract(row["text"])
    found = facts[facts["span"] == row["span"]]
    assert len(found) == 1, facts["span"].tolist()
    fact = found.iloc[0]
    expected = float(row["base_value"])
    assert fact["base_unit"] == row["base_unit"]
    assert math.isclose(fact["base_value"], expected, rel_tol=1e-9, abs_tol=1e-9)
    # the expected figure, written from the unit's definition, is also what pint itself says
    by_pint = registry().Quantity(float(fact["value"]), fact["unit"]).to(row["base_unit"]).magnitude
    assert math.isclose(by_pint, expected, rel_tol=1e-9, abs_tol=1e-9)


def test_every_category_has_a_base_unit() -> None:
    assert set(BASE_UNITS) == PHYSICAL_CATEGORIES
    assert {category for _, category in UNIT_FORMS.values()} <= PHYSICAL_CATEGORIES | {"percent"}


@pytest.mark.parametrize(("unit", "category"), UNITS, ids=[f"{u}|{c}" for u, c in UNITS])
def test_every_unit_of_the_table_converts_as_pint_does(unit: str, category: str) -> None:
    ureg = registry()
    base = BASE_UNITS[category]
    assert ureg.Quantity(1.0, unit).dimensionality == ureg.Quantity(1.0, base).dimensionality
    for value in (0.0, 1.0, 1234.5, -40.0):
        ours, unit_name = to_base([value], unit, category)
        theirs = ureg.Quantity(value, unit).to(base).magnitude
        assert unit_name == base
        assert math.isclose(ours[0], theirs, rel_tol=1e-11, abs_tol=1e-9), (value, ours, theirs)


def test_only_temperatures_have_an_offset() -> None:
    offsets = {unit for unit, category in UNITS if conversion(unit, category).offset != 0}  # type: ignore[union-attr]
    assert offsets == {"degree_Fahrenheit"}


@pytest.mark.parametrize(("text", "span", "low", "value", "high"), [
    ("The zone reaches between 10 and 20 miles inland.", "between 10 and 20 miles", 16.09344, math.nan, 32.18688),
    ("Strikes hit up to 5 km behind the line.", "up to 5 km", math.nan, math.nan, 5.0),
    ("The fire spread over more than 3 hectares.", "more than 3 hectares", 0.03, 0.03, math.nan),
    ("Temperatures ranged from 14 to 23 °F.", "from 14 to 23 °F", -10.0, math.nan, -5.0),
])
def test_bounds_convert_like_the_value(text: str, span: str, low: float, value: float, high: float) -> None:
    facts = quantex.extract(text)
    fact = facts[facts["span"] == span].iloc[0]
    for column, expected in (("base_low", low), ("base_value", value), ("base_high", high)):
        got = fact[column]
        assert (math.isnan(got) and math.isnan(expected)) or math.isclose(got, expected, rel_tol=1e-9), column


#: text, the restating span, the span it restates (None: not a restatement)
RESTATEMENTS = [
    ("The missile flew 6 km (3.7 miles) before it fell.", "3.7 miles", "6 km"),
    ("Strikes reached some 400 km (250 miles) inside Russia.", "250 miles", "some 400 km"),
    ("The ship carried 1,000 tonnes (1,100 tons) of grain.", "1,100 tons", "1,000 tonnes"),
    ("It was 30 °F (-1 °C) at dawn.", "-1 °C", "30 °F"),
    ("The line moved 5-10 km (3-6 miles) west.", "3-6 miles", "5-10 km"),
    ("The troops advanced 5 km or 10 miles, reports differ.", "10 miles", None),  # two figures, not one
    ("The drone flew 30 miles, then 48 km more.", "48 km", None),  # no restatement gap
    ("The plant lost 950 MW (950 MW) twice.", "950 MW", None),  # same unit
]


@pytest.mark.parametrize(("text", "span", "restated"), RESTATEMENTS, ids=[r[0][:40] for r in RESTATEMENTS])
def test_restatement_in_another_unit_is_equivalent_of(text: str, span: str, restated: str | None) -> None:
    facts = quantex.extract(text)
    spans = dict(zip(facts["fact_id"], facts["span"], strict=True))
    rows = facts[facts["span"] == span]
    link = rows.iloc[-1]["equivalent_of"]
    assert (spans[link] if isinstance(link, str) else None) == restated


def test_non_physical_rows_have_no_base() -> None:
    facts = quantex.extract("Russia launched 56 drones; Britain pledged £2.26 billion; 40% were hit.")
    assert facts["base_value"].isna().all()
    assert facts["base_unit"].isna().all()


@given(st.floats(-1e6, 1e6), st.floats(0, 1e6), st.sampled_from(UNITS))
def test_base_bounds_keep_their_order(low: float, width: float, unit_category: tuple[str, str]) -> None:
    unit, category = unit_category
    base_low, base_high = to_base([low, low + width], unit, category)[0]
    assert base_low <= base_high


def test_importing_quantex_does_not_import_pint() -> None:
    code = "import sys, quantex; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
