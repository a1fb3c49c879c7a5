"""report / write_report / regenerate_figures: files written, headline numbers traced to sentences."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from test_summaries import hand_made

from quantex.analyse.report import CHARTS, regenerate_figures, write_report
from quantex.analyse.run import report

TABLES = ["facts.csv", "errors.csv", "aid.csv", "air_war.csv", "casualties.csv", "troops.csv", "attacks.csv",
          "attack_models.csv", "aid_announcements.csv", "incidents.csv", "troop_estimates.csv",
          "datapackage.json", "DATA_DICTIONARY.md", "report.md"]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    path = write_report(hand_made(), out, corpus="hand-made", base="2025-01", formats=("png",))
    plt.close("all")
    return path


def test_report_files(written: Path) -> None:
    folder = written.parent
    assert written.name == "report.md"
    for name in TABLES:
        assert (folder / name).is_file(), name
    assert sorted(p.name for p in (folder / "figures").iterdir()) == sorted(f"{stem}.png" for stem in CHARTS)
    assert not list(folder.rglob("*.tmp"))
    aid = pd.read_csv(folder / "aid.csv")
    assert set(aid["actor"]) >= {"United States", "United Kingdom", "G7", "Norway"}


HEADLINES = [
    r"- United States, committed: US\$[\d.]+ billion \(nominal US dollars of each publication day\) in 1 "
    r"announcement \[\^\d+\]",
    r"- 26 Aug 2024: 127 missiles launched by Russia, 102 destroyed, per Ukrainian Air Force \[\^\d+\]",
    r"- 26 Aug 2024: 109 drones launched by Russia, 99 destroyed, per Ukrainian Air Force \[\^\d+\]",
    r"- Kharkiv, 26 May 2024: 12 killed \(reports from 2\), 43 injured \(2 reports\) \[\^\d+\]",
    r"- North Korea in Kursk Oblast: 11,000 per Volodymyr Zelensky \(2024-11-05\); one estimate",
]


@pytest.mark.parametrize("pattern", HEADLINES)
def test_headline(written: Path, pattern: str) -> None:
    assert re.search(pattern, written.read_text(encoding="utf-8"))


def test_every_number_has_a_footnote_quoting_its_sentence(written: Path) -> None:
    text = written.read_text(encoding="utf-8")
    body, _, notes = text.partition("## Sources")
    used = set(re.findall(r"\[\^(\d+)\](?!:)", body))
    defined = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", notes, flags=re.MULTILINE))
    assert used
    assert used == set(defined)
    kharkiv = re.search(r"- Kharkiv, .*\[\^(\d+)\]", body)
    assert kharkiv is not None
    note = defined[kharkiv.group(1)]
    assert '"Said: **at least 12**." (h, 2024-05-26, <https://example.org/h>)' in note
    assert "Said: **2**." in note  # the incident's second report: quoted, never added


def test_report_of_no_claims_says_so(tmp_path: Path) -> None:
    path = write_report(hand_made().iloc[:0], tmp_path, formats=("svg",))
    plt.close("all")
    assert "No claims about money" in path.read_text(encoding="utf-8")
    assert pd.read_csv(tmp_path / "casualties.csv").empty
    assert pd.read_csv(tmp_path / "attacks.csv").empty


def test_report_on_sample_corpus(tmp_path: Path) -> None:
    with resources.as_file(resources.files("quantex") / "sample") as sample:
        path = report(sample, tmp_path / "out", formats=("png",))
    plt.close("all")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# quantex report")
    assert "documents with facts" in text
    facts = pd.read_csv(tmp_path / "out" / "facts.csv")
    assert "duplicate_of" in facts.columns
    assert facts["doc_id"].nunique() > 30


def test_regenerate_figures(tmp_path: Path) -> None:
    paths = regenerate_figures(tmp_path)
    plt.close("all")
    assert paths
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert {p.suffix for p in paths} == {".png", ".svg"}
    assert not plt.get_fignums()


def test_money_is_nominal_by_default_and_constant_on_request(written: Path, tmp_path: Path) -> None:
    assert "(nominal US dollars of each publication day)" in written.read_text(encoding="utf-8")
    constant = write_report(hand_made(), tmp_path, constant=True, base="2025-01", formats=("svg",))
    plt.close("all")
    assert "(constant US dollars of 2025-01 (US CPI-U))" in constant.read_text(encoding="utf-8")
    assert pd.read_csv(tmp_path / "aid.csv")["base_month"].dropna().unique().tolist() == ["2025-01"]
