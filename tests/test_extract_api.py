"""The public extract() contract: schema, empty input, bad input, offsets, dates and currencies."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest

import quantex
from quantex.schema import FACT_COLUMNS

SAMPLE = ("Germany pledged €500 million (about $540 million) on 12 March. Russia fired 43 missiles and "
          "dozens of drones; at least 12 people were killed and 64 wounded in Kharkiv, officials said.")


def test_empty_text_gives_the_full_schema() -> None:
    frame = quantex.extract("")
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert frame.empty
    assert {c: str(t) for c, t in frame.dtypes.items()} == {
        c: str(quantex.empty_facts()[c].dtype) for c in FACT_COLUMNS}


def test_schema_is_stable_when_rows_exist() -> None:
    frame = quantex.extract(SAMPLE, published="2024-03-12")
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert frame.dtypes.equals(quantex.empty_facts().dtypes)


def test_every_row_is_its_span() -> None:
    frame = quantex.extract(SAMPLE)
    assert len(frame) > 5
    for row in frame.itertuples():
        assert SAMPLE[row.start:row.end] == row.span
    assert frame["start"].is_monotonic_increasing


@pytest.mark.parametrize("bad", [None, 12, b"bytes", ["text"]])
def test_non_text_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        quantex.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["2024-03-12", datetime.date(2024, 3, 12),
                                       datetime.datetime(2024, 3, 12, 9, 30), pd.Timestamp("2024-03-12")])
def test_published_forms(published: object) -> None:
    frame = quantex.extract("Germany pledged €500 million.", published=published)
    assert frame.loc[0, "fx_source"] == "ECB"
    assert frame.loc[0, "value_usd"] == pytest.approx(500e6 * frame.loc[0, "fx_rate"])


@pytest.mark.parametrize("published", ["last week", "2024-02-30", 20240312])
def test_bad_published_is_a_value_error(published: object) -> None:
    with pytest.raises(ValueError, match="published"):
        quantex.extract("Germany pledged €500 million.", published=published)


def test_weekend_uses_the_last_published_rate() -> None:
    frame = quantex.extract("Berlin gave €1bn.", published="2024-10-20")  # a Sunday
    assert frame.loc[0, "fx_date"] == pd.Timestamp("2024-10-18")


def test_stale_rate_is_nan_with_a_warning() -> None:
    with pytest.warns(quantex.MissingRateWarning):
        frame = quantex.extract("Moscow spent 5bn roubles.", published="2026-11-20")
    assert pd.isna(frame.loc[0, "value_usd"])


def test_article_rate_wins_and_is_not_money() -> None:
    text = "The EU gave €10 million ($1 = 0.8 euros)."
    frame = quantex.extract(text, published="2024-10-22")
    money = frame[frame["category"] == "money"]
    assert list(money["span"]) == ["€10 million"]
    assert money.iloc[0]["fx_source"] == "article"
    assert money.iloc[0]["value_usd"] == pytest.approx(12.5e6)
    assert "exchange_rate" in set(frame["category"])


def test_equivalent_names_the_first_fact() -> None:
    frame = quantex.extract("a $50 billion (£38.39 billion) loan")
    assert frame.loc[1, "equivalent_of"] == frame.loc[0, "fact_id"]


def test_dollar_default_can_be_changed() -> None:
    frame = quantex.extract("Ottawa gave $20 million.", dollar="CAD")
    assert frame.loc[0, "currency"] == "CAD"


def test_vague_table_can_be_overridden() -> None:
    table = {**quantex.VAGUE, "dozens": quantex.Vague(24, 24, 99), "dozens of": quantex.Vague(24, 24, 99)}
    frame = quantex.extract("Dozens of recruits deserted.", vague=table)
    assert frame.loc[0, "value"] == 24


def test_quantities_only_drops_dates() -> None:
    frame = quantex.extract("On 16 February 2024 Russia fired 3 missiles.", quantities_only=True)
    assert set(frame["category"]) <= quantex.QUANTITY_CATEGORIES
