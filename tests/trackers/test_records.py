"""Record tables from facts: attacks, aid announcements, casualty incidents, troop estimates.

Two kinds of cases: facts frames built by hand (the record logic alone, whatever the fact extractor
does), and short texts of our own writing run through ``quantex.extract`` (the whole path).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quantex
from quantex.frame import to_frame
from quantex.trackers.aid import aid_announcements
from quantex.trackers.attacks import attack_models, attacks
from quantex.trackers.build import RECORD_TABLES, record_tables
from quantex.trackers.incidents import incidents
from quantex.trackers.troops import troop_estimates


def fact(doc: str, published: str, span: str, category: str, value: float, sentence: str, *,
         start: int = 0, **columns: Any) -> dict[str, Any]:
    """One hand-made fact; ``span`` must occur in ``sentence``."""
    assert span in sentence
    return {"doc_id": doc, "published": pd.Timestamp(published), "fact_id": f"q{start}-{start + len(span)}",
            "start": start, "end": start + len(span), "span": span, "sentence": sentence, "category": category,
            "value": value, "low": value, "high": value, "rule": "hand", "approximate": False, **columns}


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    facts = to_frame([{k: v for k, v in r.items() if k not in ("doc_id", "published")} for r in rows])
    facts.insert(0, "published", [r["published"] for r in rows])
    facts.insert(0, "doc_id", [r["doc_id"] for r in rows])
    return facts


UAF = {"actor": "Russia", "claimant": "Ukrainian Air Force"}
MOD = {"actor": "Ukraine", "claimant": "Russian Ministry of Defence"}
S1 = "Russia launched 120 drones and 5 missiles; 90 drones were shot down."
S2 = "Air defences destroyed 60 Ukrainian drones: 40 over Kursk Oblast and 20 over Bryansk Oblast."


def test_total_and_breakdowns_make_one_record_never_a_sum() -> None:
    facts = frame(
        fact("a", "2024-09-01", "60", "drones", 60, S2, event="destroyed", **MOD),
        fact("a", "2024-09-01", "40", "drones", 40, S2, start=40, event="destroyed", part_of="q0-2", **MOD),
        fact("a", "2024-09-01", "20", "drones", 20, S2, start=70, event="destroyed", **MOD))  # no link: a list
    records = attacks(facts)
    assert records[["weapon", "attacker", "destroyed"]].values.tolist() == [["drones", "Ukraine", 60.0]]
    assert records.loc[0, "fact_ids"].startswith("a/q0-2")


def test_two_outlets_one_night_are_one_record_and_opposing_claimants_are_linked() -> None:
    facts = frame(
        fact("a", "2024-09-01", "120", "drones", 120, S1, event="launched", **UAF),
        fact("a", "2024-09-01", "90", "drones", 90, S1, start=50, event="destroyed", **UAF),
        fact("b", "2024-09-01", "120", "drones", 120, S1, event="launched", **UAF),
        fact("c", "2024-09-01", "5", "missiles", 5, S1, start=30, event="launched", actor="Russia"),
        fact("d", "2024-09-01", "100", "drones", 100, "Moscow said it downed 100 drones.", event="destroyed",
             actor="Russia", claimant="Russian Ministry of Defence"))
    records = attacks(facts)
    drones = records[records["weapon"] == "drones"]
    assert len(drones) == 2
    ours = drones[drones["claimant"].eq("Ukrainian Air Force").fillna(False)].iloc[0]
    assert (ours.launched, ours.destroyed, ours.n_reports) == (120.0, 90.0, 2)
    assert drones["link_key"].nunique() == 1  # the other side's claim about the same night
    assert records[records["weapon"] == "missiles"]["claimant"].isna().all()  # two claimants that night: unknown
    alone = attacks(facts[(facts["doc_id"] != "d").to_numpy()])
    missiles = alone[alone["weapon"] == "missiles"].iloc[0]
    assert missiles.claimant == "Ukrainian Air Force"  # a report without claimant joins the night's only one


def test_conflicting_reports_give_low_and_high_and_the_most_given_figure() -> None:
    s = "Russia launched 50 drones overnight."
    facts = frame(*(fact(doc, "2024-09-01", span, "drones", float(span), s.replace("50", span), event="launched",
                         **UAF) for doc, span in (("a", "50"), ("b", "50"), ("c", "55"))))
    row = attacks(facts).iloc[0]
    assert (row.launched, row.launched_low, row.launched_high) == (50.0, 50.0, 55.0)
    assert "reports differ" in row.notes


def test_models_only_add_up_and_make_the_long_table() -> None:
    s = "All 7 Kh-101 missiles and 3 of the 6 Kinzhal missiles were intercepted."
    facts = frame(fact("a", "2025-07-09", "7", "missiles", 7, s, start=4, event="destroyed", **UAF),
                  fact("a", "2025-07-09", "3", "missiles", 3, s, start=33, event="destroyed", **UAF))
    assert attacks(facts).loc[0, "destroyed"] == 10.0
    long = attack_models(facts)
    assert sorted(zip(long["model"], long["value"], strict=True)) == [("Kh-101/Kh-555", 7.0),
                                                                      ("Kh-47M2 Kinzhal", 3.0)]


#: text, published, weapon -> (launched, destroyed, lost_locally); None: no record of that weapon
TEXT_CASES = [
    ("On the eve Russia attacked with 3 Iskander-M ballistic missiles and 267 attack and decoy drones. "
     "Air defences shot down 138 drones; 119 decoy drones were lost locally.", "2025-02-23",
     {"drones": (267, 138, 119), "missiles": (3, None, None)}),
    ("Russia fired 236 missiles and drones at Ukraine overnight, of which 201 were shot down.", "2024-08-26",
     {"drones": None, "missiles": None}),
    ("Russia launched 76 air attack weapons at Ukraine overnight: 55 Shahed drones and 21 missiles. "
     "Air defence destroyed 59 of them: 39 Shaheds and 20 missiles.", "2024-05-08",
     {"drones": (55, 39, None), "missiles": (21, 20, None)}),
    ("Overnight, 62 of 96 Russian drones were shot down, the air force said.", "2024-11-05",
     {"drones": (96, 62, None)}),
    # real constructions (attack dev sets): "N of which", "Of the N drones, ...", "all N", "M out of N “X”"
    ("Russia launched 104 drones at Ukraine overnight, 81 of which were neutralised, the air force said.",
     "2025-08-09", {"drones": (104, 81, None)}),
    ("Of the 126 drones, 90 drones were downed by the air force and 33 were lost, the statement said.",
     "2024-11-30", {"drones": (126, 90, 33)}),
    ("Ukrainian air defences destroyed all 16 incoming drones launched by Russia, the air force said.",
     "2024-04-20", {"drones": (16, 16, None)}),
    ("61 out of 70 “Shaheds” were shot down over Ukraine at night, 4 were lost.", "2024-09-08",
     {"drones": (70, 61, 4)}),
    ("Ukraine downs 21 out of 24 drones used in Russia's overnight attack", "2024-06-07",
     {"drones": (24, 21, None)}),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXT_CASES)
def test_attack_records_from_text(text: str, published: str, expected: dict[str, Any]) -> None:
    facts = quantex.extract(text, published=published)
    records = attacks(facts)
    for weapon, figures in expected.items():
        rows = records[records["weapon"] == weapon]
        if figures is None:
            assert rows["launched"].isna().all(), weapon
            continue
        got = tuple(None if math.isnan(v) else v for v in rows.iloc[0][["launched", "destroyed", "lost_locally"]])
        assert got == figures, weapon


def dated(text: str, published: str) -> pd.DataFrame:
    """The facts of one text with its document columns, as a corpus run gives them."""
    facts = quantex.extract(text, published=published)
    facts.insert(0, "published", pd.Timestamp(published))
    facts.insert(0, "doc_id", "doc")
    return facts


def test_window_stated_or_the_night_before() -> None:
    stated = attacks(dated("From 19:00 on 8 July the enemy attacked with 728 drones.", "2025-07-09")).iloc[0]
    assert (str(stated.start), str(stated.end), stated.window_stated) == (
        "2025-07-08 19:00:00", "2025-07-09 09:00:00", True)
    default = attacks(dated("Russia launched 40 drones.", "2025-07-09")).iloc[0]
    assert (str(default.start), default.window_stated) == ("2025-07-08 18:00:00", False)


M1 = "The G7 agreed to provide Ukraine with a $50 billion loan."
M2 = "About €210 billion of Russia's frozen sovereign assets are held in the EU."


def test_same_announcement_reported_again_is_one_record_within_the_window() -> None:
    later = "G7 ministers finalised the $50 billion loan for Ukraine."
    facts = frame(fact("a", "2024-06-14", "$50 billion", "money", 5e10, M1, currency="USD", value_usd=5e10,
                       event="loaned", actor="G7"),
                  fact("b", "2024-10-25", "$50 billion", "money", 5e10, later, currency="USD", value_usd=5e10,
                       event="loaned", actor="G7"))
    one = aid_announcements(facts)
    assert (len(one), one.loc[0, "n_sources"], one.loc[0, "documents"]) == (1, 2, "a; b")
    assert len(aid_announcements(facts, window="30D")) == 2


def test_another_package_is_a_new_announcement() -> None:
    facts = frame(
        fact("a", "2024-07-10", "€150 million", "money", 1.5e8, "The Dutch pledged €150 million for drones.",
             currency="EUR", value_usd=1.6e8, event="pledged", actor="Netherlands"),
        fact("b", "2024-08-20", "€150 million", "money", 1.5e8, "The Dutch pledged another €150 million.",
             currency="EUR", value_usd=1.6e8, event="pledged", actor="Netherlands"))
    assert len(aid_announcements(facts)) == 2


def test_frozen_assets_and_budgets_are_never_donor_aid() -> None:
    facts = frame(
        fact("a", "2024-06-14", "About €210 billion", "money", 2.1e11, M2, currency="EUR", value_usd=2.2e11,
             event="frozen", actor="Russia"),
        fact("a", "2024-06-14", "500 billion hryvnias", "money", 5e11,
             "Ukraine's parliament approved 500 billion hryvnias of defence spending.", start=100, currency="UAH",
             value_usd=1.2e10, event="spent", actor="Ukraine"))
    records = aid_announcements(facts)
    assert sorted(records["kind"]) == ["frozen_assets", "recipient_budget"]
    assert records["donor"].isna().all()


def test_restatement_and_part_fold_into_one_announcement() -> None:
    s = "Britain will lend £2.26 billion ($2.9 billion) to Ukraine."
    facts = frame(fact("a", "2024-10-22", "£2.26 billion", "money", 2.26e9, s, start=18, currency="GBP",
                       value_usd=2.9e9, event="loaned", actor="United Kingdom"),
                  fact("a", "2024-10-22", "$2.9 billion", "money", 2.9e9, s, start=33, currency="USD",
                       value_usd=2.9e9, event="loaned", actor="United Kingdom", equivalent_of="q18-31"))
    row = aid_announcements(facts).iloc[0]
    assert (row.donor, row.value, row.alt_value, row.basis) == ("United Kingdom", 2.26e9, 2.9e9, "one-off")
    assert row.value_eur == pytest.approx(2.9e9 / 1.08, rel=0.03)  # ECB rate of the day


def test_updated_toll_replaces_and_children_are_a_subset() -> None:
    facts = frame(
        fact("a", "2025-04-13", "20", "casualties", 20, "At least 20 people were killed.", event="killed",
             location="Sumy"),
        fact("b", "2025-04-13", "32", "casualties", 32, "The death toll rose to 32, including 2 children.",
             event="killed", location="Sumy"),
        fact("b", "2025-04-13", "2", "casualties", 2, "The death toll rose to 32, including 2 children.",
             start=40, event="killed", location="Sumy", unit="child"),
        fact("c", "2025-04-14", "35", "casualties", 35, "The strike killed 35 people.", event="killed",
             location="Sumy"))
    row = incidents(facts).iloc[0]
    assert (row.killed_low, row.killed_best, row.children_killed, row.n_reports) == (20.0, 35.0, 2.0, 3)


def test_troop_estimates_are_a_series_never_a_sum() -> None:
    s = "North Korea has sent 11,000 soldiers to Kursk Oblast."
    facts = frame(
        fact("a", "2024-11-05", "11,000", "personnel", 11000, s, event="deployed", actor="North Korea",
             location="Kursk Oblast", claimant="Volodymyr Zelensky"),
        fact("b", "2024-11-05", "11,000", "personnel", 11000, s, event="deployed", actor="North Korea",
             location="Kursk Oblast", claimant="Volodymyr Zelensky"),
        fact("c", "2024-11-06", "8,000", "personnel", 8000, s.replace("11,000", "8,000"), event="deployed",
             actor="North Korea", location="Kursk Oblast", claimant="Pentagon"))
    table = troop_estimates(facts)
    assert table["value"].tolist() == [11000.0, 8000.0]
    assert table["n_sources"].tolist() == [2, 1]


@pytest.mark.parametrize("name", list(RECORD_TABLES))
def test_empty_facts_give_empty_tables_with_the_schema(name: str) -> None:
    table = record_tables(quantex.empty_facts())[name]
    assert table.empty
    assert list(table.columns) == list(RECORD_TABLES[name][1])
    assert [str(t) for t in table.dtypes] == [column.dtype for column in RECORD_TABLES[name][1].values()]


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=6),
       linked=st.booleans(), repeats=st.integers(min_value=1, max_value=3))
def test_a_total_and_its_breakdown_never_add(parts: list[int], linked: bool, repeats: int) -> None:
    """Whatever the breakdown and however many outlets repeat it, the record's figure is the total."""
    total = sum(parts)
    sentence = f"Air defences destroyed {total} drones: " + ", ".join(f"{p} over Kursk Oblast" for p in parts) + "."
    rows = []
    for outlet in range(repeats):
        doc = f"outlet{outlet}"
        rows.append(fact(doc, "2024-09-01", str(total), "drones", total, sentence, start=23, event="destroyed",
                         **MOD))
        at = sentence.index(":")
        for p in parts:
            at = sentence.index(str(p), at + 1)
            rows.append(fact(doc, "2024-09-01", str(p), "drones", p, sentence, start=at + 100, event="destroyed",
                             part_of=f"q23-{23 + len(str(total))}" if linked else None, **MOD))
    record = attacks(frame(*rows))
    assert len(record) == 1
    assert record.loc[0, "destroyed"] == total
    assert record.loc[0, "n_reports"] == repeats
