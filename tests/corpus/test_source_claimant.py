"""A document's source names the claimant of the facts whose own text names none."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from quantex.corpus.run import extract_corpus


def _write(folder: Path, name: str, source: str, body: str) -> None:
    (folder / name).write_text(f"date: 2025-03-14\nsource: {source}\n\n{body}\n", encoding="utf-8")


def test_source_header_claims_facts_without_a_claimant(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Ukrainian Air Force (daily summary)", "Russia launched 93 drones overnight.")
    _write(tmp_path, "b.txt", "Reuters", "Russia launched 61 drones overnight.")
    _write(tmp_path, "c.txt", "Ukrainian Air Force", "Russia's defence ministry said it downed 40 Ukrainian drones.")
    facts = extract_corpus(tmp_path).set_index("span")
    assert facts.loc["93", "claimant"] == "Ukrainian Air Force"
    assert pd.isna(facts.loc["61", "claimant"])  # a news agency is no claimant
    assert facts.loc["40", "claimant"] == "Russian Ministry of Defence"  # the sentence's own claimant comes first


def test_documents_frame_keeps_the_source(tmp_path: Path) -> None:
    from quantex.read.sources import read_corpus

    _write(tmp_path, "a.txt", "Ukrainian Air Force", "Russia launched 93 drones overnight.")
    assert read_corpus(tmp_path)["source"].tolist() == ["Ukrainian Air Force"]
