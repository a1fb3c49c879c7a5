"""Charts of the record tables: one mark per attack record, drones and missiles apart."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd

import quantex
from quantex.analyse.record_plots import attacks_timeline


def test_attacks_timeline_marks_each_record_once() -> None:
    facts = quantex.extract("Russia attacked with 3 Iskander-M ballistic missiles and 267 attack and decoy drones. "
                            "Air defences shot down 138 drones.", published="2025-02-23")
    facts.insert(0, "published", pd.Timestamp("2025-02-23"))
    facts.insert(0, "doc_id", "a")
    ax = attacks_timeline(facts)
    try:
        marks = {line.get_label(): line.get_ydata().tolist() for line in ax.get_lines()}
        assert (marks["drones launched"], marks["drones destroyed"]) == ([267.0], [138.0])
        assert marks["missiles launched"] == [3.0]  # never 270 "missiles"
        assert "one mark per attack record" in ax.get_title(loc="left")
    finally:
        plt.close(ax.figure)


def test_attacks_timeline_without_records_says_so() -> None:
    ax = attacks_timeline(quantex.empty_facts())
    try:
        assert any("No attack records" in t.get_text() for t in ax.texts)
    finally:
        plt.close(ax.figure)
