"""Summaries: case table of (summary, arguments, row selector, column, expected)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quantex
from quantex.analyse import summaries
from quantex.errors import InputTypeError, MissingRateWarning
from quantex.frame import to_frame
from quantex.money.inflation import deflate
from quantex.schema import AID_COLUMNS, AIR_WAR_COLUMNS, BOUND_COLUMNS, CORPUS_COLUMNS, TROOP_COLUMNS

NAN = math.nan


def fact(doc: str, published: str, span: str, category: str, value: float = NAN, low: float = NAN,
         high: float = NAN, **columns: Any) -> dict[str, Any]:
    """One hand-made fact row with its document columns."""
    start = columns.pop("start", 0)
    return {"doc_id": doc, "published": pd.Timestamp(published), "url": f"https://example.org/{doc}",
            "title": f"Document {doc}", "fact_id": f"q{start}-{start + len(span)}", "start": start,
            "end": start + len(span), "span": span, "sentence": columns.pop("sentence", f"Said: {span}."),
            "category": category, "value": value, "low": low, "high": high,
            "approximate": columns.pop("approximate", False), **columns}


def facts_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A facts frame with the full schema, document columns first and duplicate_of/recipient if given."""
    body = to_frame(rows)
    raw = pd.DataFrame(rows)
    documents = raw[list(CORPUS_COLUMNS)].astype({n: d for n, (d, *_) in CORPUS_COLUMNS.items()})
    frame = pd.concat([documents, body], axis=1)
    for extra in ("duplicate_of", "recipient"):
        if extra in raw.columns:
            frame[extra] = raw[extra].astype("string")
    return frame


def hand_made() -> pd.DataFrame:
    """Invented claims covering every summary: money, drones, missiles, casualties, personnel."""
    usd = {"currency": "USD", "fx_rate": 1.0}
    gbp = {"currency": "GBP", "fx_rate": 1.25}
    uaf = {"actor": "Russia", "claimant": "Ukrainian Air Force"}
    mod = {"actor": "Ukraine", "claimant": "Russian Ministry of Defence"}
    nk = {"actor": "North Korea", "event": "deployed"}
    return facts_frame([
        fact("a", "2024-04-24", "$61 billion", "money", 61e9, 61e9, 61e9, event="approved",
             actor="United States", recipient="Ukraine", **usd),
        fact("a", "2024-04-24", "about $5 billion", "money", 5e9, event="delivered", actor="United States",
             start=40, **usd),
        fact("b", "2024-05-03", "£3 billion a year", "money", 3e9, 3e9, 3e9, period="year", event="pledged",
             actor="United Kingdom", **gbp),
        fact("b", "2024-05-03", "£500 million", "money", 5e8, 5e8, 5e8, event="pledged",
             actor="United Kingdom", start=30, **gbp),
        fact("b", "2024-05-03", "$625 million", "money", 625e6, 625e6, 625e6, event="pledged",
             actor="United Kingdom", equivalent_of="q30-42", start=45, **usd),
        fact("c", "2024-06-14", "$1-2bn a month", "money", NAN, 1e9, 2e9, period="month", event="loaned",
             actor="G7", **usd),
        fact("c", "2024-06-14", "5 billion roubles", "money", 5e9, 5e9, 5e9, currency="RUB", event="frozen",
             actor="Russia", start=20),
        fact("c", "2024-06-14", "up to $2 billion", "money", NAN, NAN, 2e9, event="pledged", actor="Norway",
             start=50, **usd),
        fact("d", "2024-09-10", "144", "drones", 144, 144, 144, event="destroyed", **mod),
        fact("d", "2024-09-10", "72", "drones", 72, 72, 72, event="destroyed", location="Bryansk Oblast",
             part_of="q0-3", start=10, **mod),
        fact("e", "2024-08-26", "127", "missiles", 127, 127, 127, event="launched", **uaf),
        fact("e", "2024-08-26", "102", "missiles", 102, 102, 102, event="destroyed", start=10, **uaf),
        fact("e", "2024-08-26", "109", "drones", 109, 109, 109, event="launched", start=20, **uaf),
        fact("e", "2024-08-26", "99", "drones", 99, 99, 99, event="destroyed", start=30, **uaf),
        fact("f", "2024-08-26", "109", "drones", 109, 109, 109, event="launched", duplicate_of="e/q20-23",
             **uaf),
        fact("g", "2024-09-29", "about 40", "drones", 40, event="launched", **uaf),
        fact("h", "2024-05-26", "at least 12", "casualties", 12, 12, event="killed", location="Kharkiv"),
        fact("h", "2024-05-26", "43", "casualties", 43, 43, 43, event="injured", location="Kharkiv",
             start=20),
        fact("i", "2024-05-27", "2", "casualties", 2, 2, 2, event="killed", location="Kharkiv"),
        fact("j", "2024-10-18", "about 12,000", "personnel", 12000, location="Russia",
             claimant="South Korean National Intelligence Service", **nk),
        fact("k", "2024-11-05", "11,000", "personnel", 11000, 11000, 11000, location="Kursk Oblast",
             claimant="Volodymyr Zelensky", **nk),
        fact("l", "2024-11-06", "10,000-12,000", "personnel", NAN, 10000, 12000, location="Kursk Oblast",
             claimant="Pentagon", **nk),
        fact("l", "2024-11-06", "17 May", "date", start=30),
    ])


@dataclass(frozen=True)
class Case:
    summary: str
    where: dict[str, Any]
    column: str
    expected: Any
    kwargs: dict[str, Any] = field(default_factory=dict)


UK_RATE_CONSTANT = deflate(pd.Series([3.75e9]), pd.Series(["2024-05-03"]), base="2025-01").iloc[0]

CASES = [
    # aid: nominal sums, bounds, fallbacks, annualized rates, links dropped
    Case("aid", {"actor": "United States", "event": "approved"}, "usd_best", 61e9),
    Case("aid", {"actor": "United States", "event": "approved"}, "recipient", "Ukraine"),
    Case("aid", {"actor": "United States", "event": "delivered"}, "recipient", None),
    Case("aid", {"actor": "United States", "event": "delivered"}, "usd_low", 5e9),
    Case("aid", {"actor": "United States", "event": "delivered"}, "n_low_imputed", 1),
    Case("aid", {"actor": "United States", "event": "delivered"}, "n_high_imputed", 1),
    Case("aid", {"actor": "United States", "event": "approved"}, "n_low_imputed", 0),
    Case("aid", {"actor": "United Kingdom", "basis": "per year"}, "usd_best", 3.75e9),
    Case("aid", {"actor": "United Kingdom", "basis": "total"}, "usd_best", 6.25e8),  # $625m restates £500m
    Case("aid", {"actor": "United Kingdom", "basis": "total"}, "n_claims", 1),
    Case("aid", {"actor": "G7"}, "basis", "per year"),
    Case("aid", {"actor": "G7"}, "usd_low", 12e9),  # $1-2bn a month -> 12-24bn a year
    Case("aid", {"actor": "G7"}, "usd_best", 18e9),
    Case("aid", {"actor": "G7"}, "usd_high", 24e9),
    Case("aid", {"actor": "G7"}, "n_best_imputed", 1),
    Case("aid", {"actor": "Norway"}, "usd_best", 2e9),  # "up to": best falls back to the bound
    Case("aid", {"actor": "Norway"}, "n_low_imputed", 1),
    Case("aid", {"actor": "Russia"}, "n_unconverted", 1),
    Case("aid", {"actor": "Russia"}, "n_claims", 0),
    Case("aid", {"actor": "United Kingdom", "basis": "per year"}, "constant_best", UK_RATE_CONSTANT,
         {"base": "2025-01"}),
    Case("aid", {"actor": "United Kingdom", "basis": "per year"}, "base_month", "2025-01",
         {"base": "2025-01"}),
    Case("aid", {"actor": "United Kingdom", "basis": "per year"}, "constant_best", None, {"constant": False}),
    # air war
    Case("air_war", {"category": "drones", "actor": "Russia", "period": "2024-08-26"}, "launched_best", 109),
    Case("air_war", {"category": "drones", "actor": "Russia", "period": "2024-08-26"}, "launched_n", 1),
    Case("air_war", {"category": "drones", "actor": "Russia", "period": "2024-08-26"}, "interception_rate",
         99 / 109),
    Case("air_war", {"category": "missiles"}, "interception_rate", 102 / 127),
    Case("air_war", {"category": "drones", "actor": "Ukraine"}, "destroyed_best", 144),  # 72 is part_of
    Case("air_war", {"category": "drones", "actor": "Ukraine"}, "interception_rate", None),
    Case("air_war", {"category": "drones", "actor": "Ukraine"}, "claimant", "Russian Ministry of Defence"),
    Case("air_war", {"category": "drones", "period": "2024-09-29"}, "n_imputed", 1),
    Case("air_war", {"category": "drones", "period": "2024-08-01"}, "launched_best", 109, {"freq": "M"}),
    Case("air_war", {"category": "drones", "period": "2024-09-01", "actor": "Russia"}, "launched_best", 40,
         {"freq": "M"}),
    Case("air_war", {"category": "drones", "period": "2024-08-26"}, "launched_best", 109, {"freq": "W"}),
    # casualties
    Case("casualties", {"event": "killed", "location": "Kharkiv"}, "best", 14),
    Case("casualties", {"event": "killed", "location": "Kharkiv"}, "n_claims", 2),
    Case("casualties", {"event": "killed", "location": "Kharkiv"}, "high", 14),
    Case("casualties", {"event": "killed", "location": "Kharkiv"}, "n_high_imputed", 1),
    Case("casualties", {"location": "Kharkiv"}, "best", 57, {"by": ["location"]}),
    # troops: levels, never summed
    Case("troops", {"location": "Kursk Oblast"}, "latest", 11000),
    Case("troops", {"location": "Kursk Oblast"}, "latest_claimant", "Pentagon"),
    Case("troops", {"location": "Kursk Oblast"}, "low", 10000),
    Case("troops", {"location": "Kursk Oblast"}, "high", 12000),
    Case("troops", {"location": "Kursk Oblast"}, "n_claims", 2),
    Case("troops", {"location": "Russia"}, "latest", 12000),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.summary}-{c.column}-{c.where}")
def test_summary_case(case: Case) -> None:
    table = getattr(summaries, case.summary)(hand_made(), **case.kwargs)
    selected = table
    for column, wanted in case.where.items():
        selected = selected[selected[column].astype(str).eq(str(wanted)).to_numpy()]
    assert len(selected) == 1, selected
    got = selected[case.column].iloc[0]
    if case.expected is None:
        assert pd.isna(got)
    elif isinstance(case.expected, float):
        assert got == pytest.approx(case.expected)
    else:
        assert got == case.expected


SCHEMAS = {
    "aid": list(AID_COLUMNS),
    "air_war": list(AIR_WAR_COLUMNS),
    "casualties": ["event", "location", *BOUND_COLUMNS],
    "troops": list(TROOP_COLUMNS),
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@pytest.mark.parametrize("rows", ["empty", "no matching claims"])
def test_empty_input_gives_full_schema(name: str, rows: str) -> None:
    frame = hand_made().iloc[:0] if rows == "empty" else hand_made().query("category == 'date'")
    table = getattr(summaries, name)(frame)
    assert table.empty
    assert list(table.columns) == SCHEMAS[name]
    full = getattr(summaries, name)(hand_made())
    assert dict(table.dtypes) == dict(full.dtypes)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_missing_link_columns_mean_no_links(name: str) -> None:
    frame = hand_made().drop(columns=["duplicate_of", "part_of", "equivalent_of"])
    assert len(getattr(summaries, name)(frame)) >= len(getattr(summaries, name)(hand_made()))


def test_casualties_rejects_unknown_group_column() -> None:
    with pytest.raises(InputTypeError, match="nowhere"):
        summaries.casualties(hand_made(), by=["nowhere"])


def test_aid_rejects_unknown_period() -> None:
    frame = hand_made()
    frame.loc[frame["actor"].eq("G7").fillna(False).to_numpy(dtype=bool), "period"] = "fortnight"
    with pytest.raises(InputTypeError, match="fortnight"):
        summaries.aid(frame)


bounded = st.tuples(st.floats(0, 1e6), st.floats(0, 1e6), st.floats(0, 1e6)).map(sorted)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(bounded, st.sampled_from(["exact", "about", "at least", "up to", "range"])),
                min_size=1, max_size=8))
def test_sums_keep_low_best_high_ordered(claims: list[tuple[list[float], str]]) -> None:
    rows = []
    for i, ((low, best, high), kind) in enumerate(claims):
        value, lo, hi = {"exact": (best, best, best), "about": (best, NAN, NAN),
                         "at least": (best, best, NAN), "up to": (NAN, NAN, high),
                         "range": (NAN, low, high)}[kind]
        rows.append(fact("d", "2024-01-01", "n", "casualties", value, lo, hi, event="killed", start=i))
    table = summaries.casualties(facts_frame(rows), by=["event"])
    assert table["n_claims"].iloc[0] == len(claims)
    assert table["low"].iloc[0] <= table["best"].iloc[0] + 1e-6 <= table["high"].iloc[0] + 2e-6
    assert np.isfinite(table[["low", "best", "high"]].to_numpy()).all()


@pytest.mark.parametrize(("method", "function"), [
    ("claims", summaries.claims), ("aid", summaries.aid), ("air_war", summaries.air_war),
    ("casualties", summaries.casualties), ("troops", summaries.troops),
])
def test_accessor_matches_functions(method: str, function: Any) -> None:
    import quantex.analyse.accessor  # noqa: F401  (registers facts.quantex)

    frame = hand_made()
    pd.testing.assert_frame_equal(getattr(frame.quantex, method)(), function(frame))


def test_aid_in_euros_beside_dollars() -> None:
    facts = quantex.extract("Germany pledged €500 million. Britain pledged £1 billion. The US pledged $2 billion.",
                            published="2024-10-22")
    table = summaries.aid(facts, constant=False).set_index("actor")
    per_eur = 1.0821  # ECB, 2024-10-22
    assert table.loc["Germany", "eur_best"] == 5e8
    assert table.loc["Germany", "usd_best"] == pytest.approx(5e8 * per_eur)
    assert table.loc["United States", "eur_best"] == pytest.approx(2e9 / per_eur)
    assert table.loc["United Kingdom", "eur_best"] == pytest.approx(1e9 / 0.8334)  # ECB GBP per EUR that day


def test_aid_in_euros_is_unknown_when_a_claim_has_no_euro_rate() -> None:
    with pytest.warns(MissingRateWarning):
        facts = quantex.extract("The US pledged $2 billion.", published="2026-12-01")  # after the ECB rates end
    table = summaries.aid(facts, constant=False)
    assert table["usd_best"].tolist() == [2e9]
    assert table["eur_best"].isna().all()
