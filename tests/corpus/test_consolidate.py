"""Claims counted once: a table of mention sets and which mentions are duplicates of which."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.corpus.consolidate import consolidate, mark_duplicates
from quantex.errors import InputTypeError
from quantex.frame import to_frame
from quantex.schema import CLAIM_COLUMNS, FACT_COLUMNS

NK = {"category": "personnel", "value": 12000.0, "low": 12000.0, "high": 12000.0, "unit": "troop",
          "event": "deployed", "actor": "North Korea"}
LOAN = {"category": "money", "value": 50e9, "low": 50e9, "high": 50e9, "currency": "USD",
        "event": "loaned", "actor": "G7"}


def fact(doc: str, when: str | None, start: int = 0, **fields: Any) -> dict[str, Any]:
    return {"doc_id": doc, "published": when, "fact_id": f"q{start}-{start + 5}", "start": start,
            "end": start + 5, "span": "x", "approximate": False, "url": f"https://example.org/{doc}",
            **fields}


def facts_frame(mentions: list[dict[str, Any]]) -> pd.DataFrame:
    facts = to_frame(mentions)
    docs = pd.DataFrame({
        "doc_id": pd.Series([m["doc_id"] for m in mentions], dtype="string"),
        "published": pd.to_datetime(pd.Series([m["published"] for m in mentions], dtype="object"),
                                    format="ISO8601").astype("datetime64[ns]"),
        "url": pd.Series([m["url"] for m in mentions], dtype="string"),
    })
    return pd.concat([docs, facts], axis=1)


@dataclass(frozen=True)
class Case:
    name: str
    mentions: list[dict[str, Any]]
    duplicate_of: list[str | None]
    window: str = "2D"


CASES = [
    Case("same claim next day", [fact("a", "2024-10-18", **NK), fact("b", "2024-10-19", **NK)],
         [None, "a/q0-5"]),
    Case("outside the window", [fact("a", "2024-10-18", **NK), fact("b", "2024-10-21", **NK)],
         [None, None]),
    Case("window edge is inside", [fact("a", "2024-10-18", **NK), fact("b", "2024-10-20", **NK)],
         [None, "a/q0-5"]),
    Case("custom window", [fact("a", "2024-10-18", **NK), fact("b", "2024-10-21", **NK)],
         [None, "a/q0-5"], window="7D"),
    Case("hours window", [fact("a", "2024-10-18T06:00", **NK), fact("b", "2024-10-18T20:00", **NK)],
         [None, None], window="12h"),
    Case("windows do not chain",
         [fact("a", "2024-10-18", **NK), fact("b", "2024-10-19T12:00", **NK),
          fact("c", "2024-10-21", **NK), fact("d", "2024-10-22", **NK)],
         [None, "a/q0-5", None, "c/q0-5"]),
    Case("earliest publication is first, whatever the row order",
         [fact("late", "2024-10-19", **NK), fact("early", "2024-10-18", **NK)],
         ["early/q0-5", None]),
    Case("repeat within one document", [fact("a", "2024-10-18", **NK), fact("a", "2024-10-18", 40, **NK)],
         [None, "a/q0-5"]),
    Case("different event", [fact("a", "2024-10-18", **NK),
                             fact("b", "2024-10-18", **{**NK, "event": "killed"})], [None, None]),
    Case("different actor", [fact("a", "2024-10-18", **LOAN),
                             fact("b", "2024-10-18", **{**LOAN, "actor": "European Union"})], [None, None]),
    Case("different currency", [fact("a", "2024-10-18", **LOAN),
                                fact("b", "2024-10-18", **{**LOAN, "currency": "EUR"})], [None, None]),
    Case("different period", [fact("a", "2024-10-18", **LOAN),
                              fact("b", "2024-10-18", **{**LOAN, "period": "year"})], [None, None]),
    Case("different value", [fact("a", "2024-10-18", **NK),
                             fact("b", "2024-10-18", **{**NK, "value": 10000.0})], [None, None]),
    Case("same value, different hedge", [fact("a", "2024-10-18", **NK),
                                         fact("b", "2024-10-18", **{**NK, "high": np.nan})],
         [None, "a/q0-5"]),
    Case("same range", [fact("a", "2024-10-18", **{**NK, "value": np.nan, "low": 10e3, "high": 12e3}),
                        fact("b", "2024-10-18", **{**NK, "value": np.nan, "low": 10e3, "high": 12e3})],
         [None, "a/q0-5"]),
    Case("different range",
         [fact("a", "2024-10-18", **{**NK, "value": np.nan, "low": 10e3, "high": 12e3}),
          fact("b", "2024-10-18", **{**NK, "value": np.nan, "low": 10e3, "high": 15e3})],
         [None, None]),
    Case("breakdown never matches a total",
         [fact("a", "2024-10-25", **{**LOAN, "value": 20e9}),
          fact("b", "2024-10-25", 10, **{**LOAN, "value": 20e9, "actor": "G7", "part_of": "q0-5"})],
         [None, None]),
    Case("breakdowns match each other",
         [fact("a", "2024-10-25", 10, **{**LOAN, "value": 20e9, "part_of": "q0-5"}),
          fact("b", "2024-10-26", 10, **{**LOAN, "value": 20e9, "part_of": "q0-5"})],
         [None, "a/q10-15"]),
    Case("conversion never matches a total",
         [fact("a", "2024-10-25", **LOAN),
          fact("b", "2024-10-25", 10, **{**LOAN, "equivalent_of": "q0-5"})], [None, None]),
    Case("non-quantities never match",
         [fact("a", "2024-10-25", category="date", value=2024.0),
          fact("b", "2024-10-25", category="date", value=2024.0)], [None, None]),
    Case("no number never matches",
         [fact("a", "2024-10-25", category="count", unit="drone"),
          fact("b", "2024-10-25", category="count", unit="drone")], [None, None]),
    Case("count of an unknown thing never matches",
         [fact("a", "2024-10-25", category="count", value=2.0),
          fact("b", "2024-10-25", category="count", value=2.0)],
         [None, None]),
    Case("count of a named thing matches",
         [fact("a", "2024-10-25", category="count", value=2.0, unit="Kh-59"),
          fact("b", "2024-10-25", category="count", value=2.0, unit="Kh-59")], [None, "a/q0-5"]),
    Case("no publication date never matches", [fact("a", None, **NK), fact("b", None, **NK)],
         [None, None]),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mark_duplicates(case: Case) -> None:
    marked = mark_duplicates(facts_frame(case.mentions), window=case.window)
    assert [None if pd.isna(v) else v for v in marked["duplicate_of"]] == case.duplicate_of
    assert str(marked["duplicate_of"].dtype) == "string"


def test_consolidate_one_row_per_claim() -> None:
    facts = facts_frame([
        fact("wire", "2024-10-18", **NK),
        fact("rewrite", "2024-10-18T12:00", **NK),
        fact("blog#3", "2024-10-19", **NK),
        fact("wire", "2024-10-18", 50, **LOAN),
        fact("later", "2024-11-05", **NK),
    ])
    claims = consolidate(facts)
    assert list(claims.columns[:6]) == [c for c in CLAIM_COLUMNS if c != "duplicate_of"]
    assert "duplicate_of" not in claims.columns
    assert claims["claim_id"].tolist() == ["wire/q0-5", "wire/q50-55", "later/q0-5"]
    assert claims["n_mentions"].tolist() == [3, 1, 1]
    assert claims["sources"].tolist() == ["wire; rewrite; blog#3", "wire", "later"]
    urls = claims["urls"].iloc[0].split()
    assert urls == [f"https://example.org/{d}" for d in ("wire", "rewrite", "blog#3")]
    assert claims["last_published"].iloc[0] == pd.Timestamp("2024-10-19")
    assert claims["first_published"].iloc[2] == pd.Timestamp("2024-11-05")
    assert claims["value"].tolist() == [12000.0, 50e9, 12000.0]


def test_consolidate_keeps_existing_marks() -> None:
    facts = mark_duplicates(facts_frame([fact("a", "2024-10-18", **NK),
                                         fact("b", "2024-10-24", **NK)]), window="10D")
    assert consolidate(facts)["n_mentions"].tolist() == [2]


def test_empty_facts() -> None:
    empty = facts_frame([])
    assert list(mark_duplicates(empty).columns) == [*empty.columns, "duplicate_of"]
    claims = consolidate(empty)
    assert len(claims) == 0
    assert list(claims.columns) == [*(c for c in CLAIM_COLUMNS if c != "duplicate_of"), *empty.columns]
    assert set(FACT_COLUMNS) <= set(claims.columns)


def test_missing_columns() -> None:
    with pytest.raises(InputTypeError, match="doc_id"):
        mark_duplicates(to_frame([]))


MENTIONS = st.lists(
    st.tuples(st.integers(0, 6), st.sampled_from([1.0, 2.0, 3.0]), st.sampled_from(["killed", "deployed"]),
              st.sampled_from(["personnel", "count", "date"]), st.sampled_from([None, "troop"])),
    max_size=25,
)


@settings(max_examples=50, deadline=None)
@given(mentions=MENTIONS, window_days=st.integers(0, 3))
def test_duplicates_point_at_an_earlier_first_mention(mentions: list[tuple[Any, ...]], window_days: int) -> None:
    facts = facts_frame([
        fact(f"d{i}", f"2024-10-{10 + day:02d}", category=category, value=value, unit=unit, event=event)
        for i, (day, value, event, category, unit) in enumerate(mentions)
    ])
    marked = mark_duplicates(facts, window=pd.Timedelta(days=window_days))
    key = marked["doc_id"] + "/" + marked["fact_id"]
    rows = dict(zip(key, marked.itertuples(), strict=True))
    for row in marked.itertuples():
        if pd.isna(row.duplicate_of):
            continue
        first = rows[row.duplicate_of]
        assert pd.isna(first.duplicate_of)
        assert (first.category, first.value, first.event) == (row.category, row.value, row.event)
        assert first.unit is row.unit or first.unit == row.unit
        assert pd.Timedelta(0) <= row.published - first.published <= pd.Timedelta(days=window_days)
        assert row.category != "date"
    claims = consolidate(marked)
    assert claims["n_mentions"].sum() == len(facts)
