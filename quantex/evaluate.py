"""Score extracted facts against gold annotations (format: ``tests/gold/README.md``).

A predicted fact matches a gold fact of the same document when their offsets overlap and their
category is the same; each gold fact matches at most one prediction (the one overlapping most).
Precision, recall and F1 are computed per category over quantity categories only; value, currency,
unit, event, actor and location are then compared on the matched pairs where the gold field is set
(the ``*_acc`` columns of :func:`evaluate`).

Accuracy where the gold is set hides two things a researcher needs to see: a field left empty and a
field filled where the gold has none. :func:`attribute_scores` reports, per attribute over the matched
pairs, precision = right / (pairs where quantex filled the field) and recall = right / (pairs where the
gold fills it), so an empty field costs recall and a wrong or unwanted one costs precision.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from quantex.errors import DocumentError
from quantex.schema import QUANTITY_CATEGORIES

#: fields compared on matched pairs, and the column of the score table that reports each
FIELDS = {"value": "value_acc", "currency": "currency_acc", "unit": "unit_acc", "event": "event_acc",
          "actor": "actor_acc", "location": "location_acc"}
SCORE_COLUMNS = ["gold", "predicted", "matched", "precision", "recall", "f1", *FIELDS.values()]
#: columns of :func:`attribute_scores`: pairs with the field set in the gold, set by quantex, set and equal
ATTRIBUTE_COLUMNS = ["gold", "predicted", "right", "precision", "recall", "f1"]
#: the attributes scored there, in the order of the rows
ATTRIBUTES = ("event", "actor", "location", "unit", "value", "currency")


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; a malformed line is a DocumentError naming the file and line."""
    docs = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                for fact in doc["facts"]:
                    if doc["text"][fact["start"]:fact["end"]] != fact["span"]:
                        raise ValueError(f"span {fact['span']!r} is not text[{fact['start']}:{fact['end']}]")
            except (ValueError, KeyError, TypeError) as exc:
                raise DocumentError(f"{path}:{number}", f"bad gold line: {exc}") from exc
            docs.append(doc)
    return docs


def gold_frame(docs: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Gold facts as a frame with doc_id and the scored fields."""
    rows = [{"doc_id": d["id"], **f} for d in docs for f in d["facts"]]
    columns = ["doc_id", "start", "end", "span", "category", "value", "low", "high", "currency", "unit", "event",
               "actor", "location"]
    frame: pd.DataFrame = pd.DataFrame(rows, columns=columns)
    return frame


def evaluate(predicted: pd.DataFrame, gold: pd.DataFrame | str | Path) -> pd.DataFrame:
    """Per-category precision, recall and F1, plus field accuracies on matched pairs.

    Args:
        predicted: facts with a ``doc_id`` column (as from ``extract_corpus``) matching the gold ids.
        gold: a gold JSONL path, or a frame from :func:`gold_frame`.

    Returns:
        One row per category and an ``all`` row (micro-averaged), columns :data:`SCORE_COLUMNS`.

    """
    return score(predicted, gold)[0]


def score(predicted: pd.DataFrame, gold: pd.DataFrame | str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both tables of one matching: :func:`evaluate`'s per category and :func:`attribute_scores`'."""
    if not isinstance(gold, pd.DataFrame):
        gold = gold_frame(read_gold(gold))
    pred = predicted[predicted["category"].isin(QUANTITY_CATEGORIES)]
    pairs = _match(gold, pred)
    categories = sorted(set(gold["category"]) | set(pred["category"]))
    rows = {c: _scores(c, gold, pred, pairs) for c in categories}
    rows["all"] = _scores(None, gold, pred, pairs)
    table: pd.DataFrame = pd.DataFrame.from_dict(rows, orient="index", columns=SCORE_COLUMNS)
    return table, _attribute_table(pairs)


def attribute_scores(predicted: pd.DataFrame, gold: pd.DataFrame | str | Path) -> pd.DataFrame:
    """Precision, recall and F1 of each attribute on the matched facts.

    For each attribute of :data:`ATTRIBUTES`, over the pairs :func:`evaluate` matches: ``gold`` pairs
    have it set in the gold, ``predicted`` pairs have it set by quantex, ``right`` pairs have both set
    and equal (a value is set when any of value, low and high is; it is right when all three agree).
    precision = right / predicted, recall = right / gold.

    Returns:
        One row per attribute, columns :data:`ATTRIBUTE_COLUMNS`.

    """
    return score(predicted, gold)[1]


def _match(gold: pd.DataFrame, pred: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    pairs: list[tuple[pd.Series, pd.Series]] = []
    pred_groups = {k: g for k, g in pred.groupby("doc_id", sort=False)}
    for doc_id, gdocs in gold.groupby("doc_id", sort=False):
        candidates = pred_groups.get(doc_id)
        if candidates is None:
            continue
        rows = [p for _, p in candidates.iterrows()]
        used: set[int] = set()
        for _, g in gdocs.iterrows():
            best, best_overlap = -1, 0
            for i, p in enumerate(rows):
                overlap = min(int(p["end"]), int(g["end"])) - max(int(p["start"]), int(g["start"]))
                if i not in used and p["category"] == g["category"] and overlap > best_overlap:
                    best, best_overlap = i, overlap
            if best >= 0:
                used.add(best)
                pairs.append((g, rows[best]))
    return pairs


def _attribute_table(pairs: list[tuple[pd.Series, pd.Series]]) -> pd.DataFrame:
    rows = {}
    for field in ATTRIBUTES:
        n_gold = sum(_set(field, g) for g, _ in pairs)
        n_pred = sum(_set(field, p) for _, p in pairs)
        right = sum(_set(field, g) and _set(field, p) and _same(field, g, p) for g, p in pairs)
        precision = right / n_pred if n_pred else math.nan
        recall = right / n_gold if n_gold else math.nan
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        rows[field] = {"gold": n_gold, "predicted": n_pred, "right": right, "precision": precision,
                       "recall": recall, "f1": f1}
    table: pd.DataFrame = pd.DataFrame.from_dict(rows, orient="index", columns=ATTRIBUTE_COLUMNS)
    return table


def _set(field: str, row: pd.Series) -> bool:
    if field == "value":
        return not all(_missing(row[k]) for k in ("value", "low", "high"))
    return field in row and not _missing(row[field])


def _scores(category: str | None, gold: pd.DataFrame, pred: pd.DataFrame,
            pairs: list[tuple[pd.Series, pd.Series]]) -> dict[str, float]:
    if category is not None:
        gold = gold[gold["category"] == category]
        pred = pred[pred["category"] == category]
        pairs = [(g, p) for g, p in pairs if g["category"] == category]
    n_gold, n_pred, matched = len(gold), len(pred), len(pairs)
    precision = matched / n_pred if n_pred else math.nan
    recall = matched / n_gold if n_gold else math.nan
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    out = {"gold": n_gold, "predicted": n_pred, "matched": matched, "precision": precision, "recall": recall,
           "f1": f1}
    for field, column in FIELDS.items():
        judged = [(g, p) for g, p in pairs if not _missing(g[field])]
        ok = sum(_same(field, g, p) for g, p in judged)
        out[column] = ok / len(judged) if judged else math.nan
    return out


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _same(field: str, g: pd.Series, p: pd.Series) -> bool:
    if field == "value":
        return all(_close(g[k], p[k]) for k in ("value", "low", "high"))
    return field in p and not _missing(p[field]) and str(p[field]) == str(g[field])


def _close(a: object, b: object) -> bool:
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    return math.isclose(float(a), float(b), rel_tol=1e-6)  # type: ignore[arg-type]


def evaluate_file(path: str | Path) -> pd.DataFrame:
    """Extract every document of a gold file and score the result (:func:`evaluate`'s table)."""
    return score_file(path)[0]


def score_file(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extract every document of a gold file and score the result: both tables of :func:`score`."""
    from quantex.extract import extract

    docs = read_gold(path)
    frames = []
    for doc in docs:
        facts = extract(doc["text"], published=doc.get("published"))
        facts.insert(0, "doc_id", doc["id"])
        frames.append(facts)
    predicted = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["doc_id", "category"])
    return score(predicted, gold_frame(docs))


def is_record_gold(path: str | Path) -> bool:
    """True when the gold file holds record cases (``documents`` and records, ``tests/gold/records/README.md``)."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    return "documents" in json.loads(line)
                except ValueError as exc:
                    raise DocumentError(f"{path}:1", f"bad gold line: {exc}") from exc
    return False


def evaluate_record_file(path: str | Path) -> pd.DataFrame:
    """Per-figure accuracy of attack and aid records against a record gold file (:mod:`quantex.trackers.scoring`)."""
    from quantex.trackers.scoring import evaluate_records

    return evaluate_records(path)
