"""The report's headlines on the bundled sample corpus are ones a researcher would sign.

Fails when a headline mixes categories (a "missiles" figure holding drones), counts one announcement
twice, or names as donor a country whose assets are frozen.
"""

from __future__ import annotations

import math
from importlib import resources

import pandas as pd
import pytest

from quantex.analyse.headlines import Headline, headlines
from quantex.corpus.consolidate import mark_duplicates
from quantex.corpus.run import extract_corpus
from quantex.trackers.build import record_tables
from quantex.trackers.phrases import read_phrase

Sample = tuple[pd.DataFrame, dict[str, pd.DataFrame], list[Headline]]


@pytest.fixture(scope="module")
def sample() -> Sample:
    with resources.as_file(resources.files("quantex") / "sample") as folder:
        facts = mark_duplicates(extract_corpus(folder))
    tables = record_tables(facts)
    return facts, tables, headlines(tables)


def test_no_headline_mixes_categories(sample: Sample) -> None:
    facts, _, lines = sample
    keys = facts["doc_id"].astype(str) + "/" + facts["fact_id"].astype(str)
    attack_lines = [h for h in lines if h.section == "Largest attacks"]
    assert attack_lines
    for line in attack_lines:
        rows = facts[keys.isin(line.fact_ids).to_numpy()]
        read = {read_phrase(r.sentence, r.span, r.category, None if pd.isna(r.event) else r.event).weapon
                for r in rows.itertuples()}
        assert read == {line.category}, line.text
        assert f" {line.category} launched" in line.text
    for line in lines:
        rows = facts[keys.isin(line.fact_ids).to_numpy()]
        if line.category == "money":
            assert set(rows["category"]) == {"money"}, line.text
        if line.category in ("casualties", "personnel"):
            assert set(rows["category"]) == {line.category}, line.text


def test_the_largest_attacks_are_per_weapon(sample: Sample) -> None:
    attacks = sample[1]["attacks"]
    night = attacks[(attacks["end"].dt.strftime("%Y-%m-%d") == "2025-02-23").to_numpy()]
    assert dict(zip(night["weapon"], night["launched"], strict=True)) == {"drones": 267.0, "missiles": 3.0}
    night = attacks[(attacks["end"].dt.strftime("%Y-%m-%d") == "2024-08-26").to_numpy()]
    assert dict(zip(night["weapon"], night["launched"], strict=True)) == {"drones": 109.0, "missiles": 127.0}


def test_no_announcement_is_counted_twice(sample: Sample) -> None:
    aid = sample[1]["aid_announcements"]
    given = aid[(aid["kind"] == "aid").fillna(False).to_numpy() & aid["donor"].notna().to_numpy()]
    rows = list(given.itertuples())
    for i, first in enumerate(rows):
        for later in rows[i + 1:]:
            twice = (first.donor, first.currency, first.basis) == (later.donor, later.currency, later.basis) \
                and math.isclose(first.value, later.value, rel_tol=0.01) \
                and abs((later.date - first.date).days) <= 180
            assert not twice, (first.aid_id, later.aid_id)
    g7 = given[(given["donor"] == "G7").to_numpy()]
    assert g7["value"].tolist() == [50e9]
    assert g7["n_sources"].tolist() == [2]


def test_no_frozen_asset_owner_is_a_donor(sample: Sample) -> None:
    aid = sample[1]["aid_announcements"]
    frozen = aid[(aid["kind"] == "frozen_assets").to_numpy()]
    assert len(frozen) >= 3
    assert "Russia" not in set(aid["donor"].dropna())
    for line in sample[2]:
        if line.section == "Aid by donor":
            assert not line.text.startswith("Russia"), line.text
