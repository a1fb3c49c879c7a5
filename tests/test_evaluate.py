"""Evaluation: the scorer itself, and quantex scored on the gold sets with floor thresholds.

The floors sit just under the scores measured when they were set (see the closing note of issue 3);
a change that lowers a score below its floor fails here instead of passing silently. The held-out set
(tests/gold/heldout.jsonl) was written after the code and is not tuned on; its floors guard against
changes that help the development set at the expense of text quantex has not seen. Its mismatches were
read in a later round, so a second held-out set (tests/gold/heldout2.jsonl) was written after that round
and scored once; its floors sit about 0.03 under that single score.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import pandas as pd
import pytest

from quantex.cli import main
from quantex.evaluate import ATTRIBUTE_COLUMNS, ATTRIBUTES, attribute_scores, evaluate, evaluate_file, gold_frame

GOLD = Path(__file__).parent / "gold" / "dev.jsonl"
HELDOUT = Path(__file__).parent / "gold" / "heldout.jsonl"
HELDOUT2 = Path(__file__).parent / "gold" / "heldout2.jsonl"

#: category -> minimum F1 on the development gold set (measured 2026-11-24)
F1_FLOORS = {"money": 0.97, "drones": 0.94, "missiles": 0.93, "casualties": 0.88, "personnel": 0.92,
             "equipment": 0.95, "all": 0.91}
#: field -> minimum accuracy on matched facts (overall)
FIELD_FLOORS = {"value_acc": 0.95, "currency_acc": 0.98, "event_acc": 0.89, "location_acc": 0.76,
                "actor_acc": 0.83, "unit_acc": 0.91}


#: the same on the held-out gold set (written after the code; all F1 0.929 before any change was measured
#: on it; event 0.755 -> 0.847, actor 0.500 -> 0.879 after the side and event passes of issue 3;
#: event 0.896, actor 0.907, location 0.943 after leaders, loan shares and carried places)
HELDOUT_F1_FLOORS = {"money": 0.97, "drones": 0.95, "missiles": 0.94, "casualties": 0.91, "personnel": 0.88,
                     "equipment": 0.89, "all": 0.92}
HELDOUT_FIELD_FLOORS = {"value_acc": 0.97, "currency_acc": 0.98, "event_acc": 0.88, "location_acc": 0.92,
                        "actor_acc": 0.88, "unit_acc": 0.89}

#: the second held-out set, scored once on 2026-11-24 before anyone read its mismatches: all F1 0.881,
#: value 0.993, currency 1.000, event 0.740, actor 0.589, location 0.839; floors about 0.03 below.
#: Issue 13 (noun-phrase heads, non-quantity roles, list headers, headlines; its mismatches not read):
#: dev F1 0.916 -> 0.946, heldout 0.929 -> 0.950, heldout2 0.881 -> 0.928 (unit 0.935, event 0.754)
HELDOUT2_F1_FLOORS = {"all": 0.89}
HELDOUT2_FIELD_FLOORS = {"value_acc": 0.96, "currency_acc": 0.97, "event_acc": 0.72, "location_acc": 0.81,
                         "actor_acc": 0.56, "unit_acc": 0.90}


#: (gold set, its F1 floors per category, its field-accuracy floors on all facts)
SETS = [(GOLD, F1_FLOORS, FIELD_FLOORS), (HELDOUT, HELDOUT_F1_FLOORS, HELDOUT_FIELD_FLOORS),
        (HELDOUT2, HELDOUT2_F1_FLOORS, HELDOUT2_FIELD_FLOORS)]
#: (gold file, row, column, floor): one row per floor of every set
FLOORS = [(path, category, "f1", floor) for path, f1, _ in SETS for category, floor in sorted(f1.items())] + [
    (path, "all", field, floor) for path, _, fields in SETS for field, floor in sorted(fields.items())]


@functools.cache
def scores_of(path: Path) -> pd.DataFrame:
    return evaluate_file(path)


@pytest.mark.parametrize(("path", "row", "column", "floor"), FLOORS,
                         ids=[f"{p.stem}-{r}-{c}" for p, r, c, _ in FLOORS])
def test_floor(path: Path, row: str, column: str, floor: float) -> None:
    scores = scores_of(path)
    assert scores.loc[row, column] >= floor, scores.loc[row]


def _doc(facts: list[dict[str, object]]) -> dict[str, object]:
    return {"id": "d1", "text": "Russia fired 12 missiles and 30 drones.", "facts": facts}


def test_scorer_counts_matches_misses_and_extras() -> None:
    gold = gold_frame([_doc([
        {"span": "12", "start": 13, "end": 15, "category": "missiles", "value": 12.0, "low": 12.0, "high": 12.0,
         "currency": None, "event": "launched", "actor": "Russia", "location": None},
        {"span": "30", "start": 29, "end": 31, "category": "drones", "value": 30.0, "low": 30.0, "high": 30.0,
         "currency": None, "event": "launched", "actor": "Russia", "location": None},
    ])])
    predicted = pd.DataFrame([
        {"doc_id": "d1", "start": 13, "end": 15, "category": "missiles", "value": 12.0, "low": 12.0, "high": 12.0,
         "currency": None, "event": "launched", "actor": None, "location": None},
        {"doc_id": "d1", "start": 29, "end": 31, "category": "count", "value": 30.0, "low": 30.0, "high": 30.0,
         "currency": None, "event": None, "actor": None, "location": None},
    ])
    table = evaluate(predicted, gold)
    assert table.loc["missiles", ["gold", "predicted", "matched"]].tolist() == [1, 1, 1]
    assert table.loc["drones", "recall"] == 0.0
    assert table.loc["count", "precision"] == 0.0
    assert table.loc["all", "event_acc"] == 1.0
    assert table.loc["all", "actor_acc"] == 0.0
    assert math.isclose(table.loc["all", "f1"], 0.5)


def test_attribute_scores_count_empty_and_unwanted_fields() -> None:
    """An empty field costs recall, a wrong or unwanted one costs precision."""
    gold = gold_frame([_doc([
        {"span": "12", "start": 13, "end": 15, "category": "missiles", "value": 12.0, "low": 12.0, "high": 12.0,
         "currency": None, "unit": "missile", "event": "launched", "actor": "Russia", "location": None},
        {"span": "30", "start": 29, "end": 31, "category": "drones", "value": 30.0, "low": 30.0, "high": 30.0,
         "currency": None, "unit": "drone", "event": "launched", "actor": "Russia", "location": "Kyiv"},
    ])])
    predicted = pd.DataFrame([
        # event right, actor left empty, an unwanted location
        {"doc_id": "d1", "start": 13, "end": 15, "category": "missiles", "value": 12.0, "low": 12.0, "high": 12.0,
         "currency": None, "unit": "missile", "event": "launched", "actor": None, "location": "Odesa"},
        # event wrong, actor right, location right
        {"doc_id": "d1", "start": 29, "end": 31, "category": "drones", "value": 30.0, "low": 30.0, "high": 30.0,
         "currency": None, "unit": "uav", "event": "destroyed", "actor": "Russia", "location": "Kyiv"},
    ])
    table = attribute_scores(predicted, gold)
    assert list(table.columns) == ATTRIBUTE_COLUMNS
    assert list(table.index) == list(ATTRIBUTES)
    assert table.loc["event", ["gold", "predicted", "right"]].tolist() == [2, 2, 1]
    assert table.loc["actor", ["precision", "recall"]].tolist() == [1.0, 0.5]
    assert table.loc["location", ["precision", "recall"]].tolist() == [0.5, 1.0]
    assert table.loc["unit", "right"] == 1
    assert table.loc["value", "f1"] == 1.0
    assert table.loc["currency", "gold"] == 0
    assert math.isnan(table.loc["currency", "precision"])
    assert evaluate(predicted, gold).loc["all", "unit_acc"] == 0.5


def test_cli_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    doc = {"id": "a", "text": "Britain will lend £2.26 billion.", "published": "2024-10-22",
           "facts": [{"span": "£2.26 billion", "start": 18, "end": 31, "category": "money", "value": 2.26e9,
                      "low": 2.26e9, "high": 2.26e9, "currency": "GBP", "event": "loaned",
                      "actor": "United Kingdom", "location": None}]}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "money" in out
    assert "1.000" in out
    assert "attributes on matched facts" in out
    assert "location" in out
