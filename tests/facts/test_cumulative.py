"""Running totals get period 'cumulative'; daily figures, comparisons and other clauses do not."""

from __future__ import annotations

import pandas as pd
import pytest

import quantex
from quantex.analyse import summaries
from quantex.facts.cumulative import KEYWORDS
from quantex.read.sources import Document
from quantex.vocab.cumulative import CUMULATIVE_PHRASES

#: text, span, whether it is a running total
CASES = [
    ("Since the start of the war, 55,716 drones have been destroyed.", "55,716", True),
    ("Russia has lost 22,814 tanks since the beginning of the full-scale invasion.", "22,814", True),
    ("The US has provided more than $65 billion in military aid since February 2022.", "more than $65 billion", True),
    ("So far this year, 1,200 civilians have been killed in the region.", "1,200", True),
    ("Total combat losses of the enemy include 9,800 artillery systems.", "9,800", True),
    ("Ukraine has received 19 F-16 jets to date.", "19", True),
    ("Since 24 February 2022 the mission has recorded 12,300 civilian deaths.", "12,300", True),
    # not running totals
    ("Ukraine downed 48 of 56 drones overnight.", "48", False),
    ("It was the largest attack since 2022: Russia launched 700 drones.", "700", False),
    ("Russia launched 700 drones, the biggest barrage since September 2023.", "700", False),
    ("Since the start of the war 55,716 drones were destroyed; 524 were downed overnight.", "524", False),
    ("Denmark pledged $1.2 billion (a total since 2022 of $9 billion) on Monday.", "$1.2 billion", False),
    ("The Pentagon announced a $725 million package.", "$725 million", False),
]


@pytest.mark.parametrize(("text", "span", "running"), CASES, ids=[c[0][:48] for c in CASES])
def test_running_totals(text: str, span: str, running: bool) -> None:
    facts = quantex.extract(text)
    row = facts[facts["span"] == span]
    assert len(row) == 1, facts["span"].tolist()
    assert bool(row["period"].eq("cumulative").fillna(False).iloc[0]) is running


def test_every_phrase_has_a_keyword() -> None:
    """The keyword guard may skip a sentence only if no phrase could be in it."""
    assert all(any(k in phrase for k in KEYWORDS) for phrase in CUMULATIVE_PHRASES)


def test_summaries_keep_running_totals_apart() -> None:
    text = ("Since the start of the war, 55,716 drones have been destroyed. Overnight 524 drones were "
            "destroyed. The EU has given more than €135 billion since February 2022. Germany pledged €500 million.")
    facts = quantex.extract_corpus([Document("d1", text, pd.Timestamp("2025-05-07").to_pydatetime())])
    air = summaries.air_war(facts)
    assert air["destroyed_best"].tolist() == [524.0]
    aid = summaries.aid(facts, constant=False)
    assert dict(zip(aid["actor"], aid["basis"], strict=True)) == {"European Union": "cumulative", "Germany": "total"}
