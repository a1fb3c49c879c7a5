"""Score attack and aid records against gold records (format: ``tests/gold/records/README.md``).

Each gold case is a group of documents and the records a researcher would enter for them. The
documents are extracted one by one (:func:`quantex.extract`) and the record tables built from all of
them together. A gold attack matches the predicted record of the same weapon, last day of the window and
attacker; a gold aid record matches the predicted record of the same currency whose value is within 1%
(each predicted record at most once). Then each figure the gold states (attacks: launched, destroyed,
lost_locally, hit; aid: donor, kind, basis) is right when the matched record has the same value, and
wrong when it differs, is missing or no record matched. A predicted record that matches no gold record
is an extra (a mention counted as its own event, an announcement counted twice).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from quantex.errors import DocumentError
from quantex.extract import extract
from quantex.trackers.aid import aid_announcements
from quantex.trackers.attacks import attacks

__all__ = ["RECORD_SCORE_COLUMNS", "evaluate_records", "read_record_gold"]

ATTACK_FIGURES = ("launched", "destroyed", "lost_locally", "hit")
AID_FIGURES = ("value", "donor", "kind", "basis")
RECORD_SCORE_COLUMNS = ["table", "figure", "gold", "right", "accuracy"]


def read_record_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a record gold JSONL file; a malformed line is a DocumentError naming the file and line."""
    cases = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                for document in case["documents"]:
                    if not isinstance(document["text"], str) or not document["id"]:
                        raise ValueError("a document needs an id and a text")
                case.setdefault("attacks", [])
                case.setdefault("aid", [])
            except (ValueError, KeyError, TypeError) as exc:
                raise DocumentError(f"{path}:{number}", f"bad record gold line: {exc}") from exc
            cases.append(case)
    return cases


def evaluate_records(cases: Iterable[Mapping[str, Any]] | str | Path) -> pd.DataFrame:
    """Per-figure accuracy of attack and aid records, plus record counts and fully right records.

    Returns:
        One row per (table, figure), columns :data:`RECORD_SCORE_COLUMNS`; figure ``records`` counts
        gold records matched (``right``) and ``extra`` the predicted records matching none (in
        ``gold`` the number predicted); ``fully right`` counts gold records whose every figure is right.

    """
    if isinstance(cases, (str, Path)):
        cases = read_record_gold(cases)
    tally: dict[tuple[str, str], list[int]] = {}

    def count(table: str, figure: str, ok: bool) -> None:
        cell = tally.setdefault((table, figure), [0, 0])
        cell[0] += 1
        cell[1] += int(ok)

    for case in cases:
        frames = []
        for document in case["documents"]:
            facts = extract(document["text"], published=document.get("published"))
            when: Any = pd.Timestamp(document["published"]) if document.get("published") else pd.NaT
            facts.insert(0, "published", when)
            facts.insert(0, "doc_id", f"{case['id']}/{document['id']}")
            frames.append(facts)
        facts = pd.concat(frames, ignore_index=True)
        _score_attacks(case["attacks"], attacks(facts), count)
        _score_aid(case["aid"], aid_announcements(facts), count)
    rows = [{"table": table, "figure": figure, "gold": n, "right": ok, "accuracy": ok / n if n else math.nan}
            for (table, figure), (n, ok) in tally.items()]
    frame: pd.DataFrame = pd.DataFrame(rows, columns=RECORD_SCORE_COLUMNS)
    return frame


def _score_attacks(gold: list[Mapping[str, Any]], predicted: pd.DataFrame, count: Any) -> None:
    used: set[int] = set()
    ends = pd.to_datetime(predicted["end"]).dt.strftime("%Y-%m-%d")
    for g in gold:
        match = next((i for i in predicted.index if i not in used and predicted.at[i, "weapon"] == g["weapon"]
                      and ends[i] == g["end"] and _same(predicted.at[i, "attacker"], g.get("attacker"))), None)
        count("attacks", "records", match is not None)
        all_right = match is not None
        if match is not None:
            used.add(match)
        for figure in ATTACK_FIGURES:
            want = g.get(figure)
            if want is None:
                continue
            ok = match is not None and _same(predicted.at[match, figure], want)
            all_right &= ok
            count("attacks", figure, ok)
        count("attacks", "fully right", all_right)
    for i in predicted.index:
        if i not in used:
            count("attacks", "extra", False)


def _score_aid(gold: list[Mapping[str, Any]], predicted: pd.DataFrame, count: Any) -> None:
    used: set[int] = set()
    for g in gold:
        match = next((i for i in predicted.index if i not in used and predicted.at[i, "currency"] == g["currency"]
                      and _close(_amount(predicted.loc[i]), g["value"])), None)
        count("aid", "records", match is not None)
        all_right = match is not None
        if match is not None:
            used.add(match)
        for figure in AID_FIGURES:
            ok = match is not None and (figure == "value" or _same(predicted.at[match, figure], g.get(figure)))
            all_right &= ok
            count("aid", figure, ok)
        count("aid", "fully right", all_right)
    for i in predicted.index:
        if i not in used:
            count("aid", "extra", False)


def _amount(row: pd.Series) -> float:
    value = row["value"]
    return float(row["high"] if pd.isna(value) else value)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _same(predicted: object, gold: object) -> bool:
    if _missing(gold) or _missing(predicted):
        return _missing(gold) and _missing(predicted)
    if isinstance(gold, (int, float)):
        return _close(predicted, gold)
    return str(predicted) == str(gold)


def _close(a: object, b: object) -> bool:
    try:
        return math.isclose(float(a), float(b), rel_tol=0.01)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
