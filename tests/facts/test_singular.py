"""One weapon or piece of equipment without a number (quantex.facts.singular), through quantex.extract.

Rows are (text, category, unit, event) of the article's fact, or (text, "", "", "") when the phrase
counts nothing: its head is an attack, a strike or a maker, or no event has it as an argument.
"""

from __future__ import annotations

import pandas as pd
import pytest

import quantex

ROWS = [
    ("A cruise missile was shot down over the capital.", "missiles", "missile", "destroyed"),
    ("Air defence shot down a Russian Su-34 jet near Pokrovsk.", "equipment", "jet", "destroyed"),
    ("An Iskander-M ballistic missile hit the port overnight.", "missiles", "missile", "hit"),
    ("A Ukrainian MiG-29 aircraft was lost during the mission.", "equipment", "aircraft", "lost"),
    ("Russia said it had destroyed a HIMARS launcher near Kupiansk.", "equipment", "launcher", "destroyed"),
    ("Norway delivered a NASAMS system last month.", "equipment", "system", "delivered"),
    ("A drone struck a school in Sumy.", "drones", "drone", "hit"),
    # the head of the phrase is not the weapon
    ("A drone attack on Odesa damaged the port.", "", "", ""),
    ("A missile strike left the city without power.", "", "", ""),
    ("The firm is a drone maker in Lviv.", "", "", ""),
    # no event has the phrase as its argument
    ("Officials described a missile over the border as a provocation.", "", "", ""),
]


@pytest.mark.parametrize(("text", "category", "unit", "event"), ROWS)
def test_singular(text: str, category: str, unit: str, event: str) -> None:
    frame = quantex.extract(text)
    rows = frame[frame["span"].str.lower().isin(["a", "an"]).fillna(False).to_numpy()]
    if not category:
        assert rows.empty, rows[["span", "category"]]
        return
    row = rows.iloc[0]
    got = tuple("" if row[k] is pd.NA else row[k] for k in ("category", "unit", "event"))
    assert (got, row["value"]) == ((category, unit, event), 1.0)
