"""Shared plumbing of the record tables: reading facts columns, typed empty frames, joined keys."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import pandas as pd

from quantex.errors import InputTypeError
from quantex.schema import Column
from quantex.vocab.numbers import VAGUE

__all__ = ["ColumnSpec", "column", "fact_key", "join", "locate", "mode", "records_frame", "rows_of", "vague"]

#: column -> its definition in :mod:`quantex.schema`
ColumnSpec = Mapping[str, Column]

SEP = "; "


def column(facts: pd.DataFrame, name: str) -> list[Any]:
    """A facts column as Python values with None for missing; an absent column is all None."""
    if name not in facts.columns:
        return [None] * len(facts)
    series = facts[name]
    values: list[Any] = series.astype(object).tolist()
    missing = series.isna().to_numpy()
    if missing.any():
        values = [None if m else v for v, m in zip(values, missing.tolist(), strict=True)]
    return values


def vague(span: object) -> bool:
    """True for a vague quantity ("dozens", "a handful", "several"): a record takes no figure from it.

    >>> vague("dozens"), vague("At least 12"), vague("Two")
    (True, False, False)
    """
    words = str(span).lower().strip()
    return not any(c.isdigit() for c in words) and any(words.endswith(v) for v in VAGUE)


def rows_of(facts: pd.DataFrame, categories: Iterable[str]) -> pd.DataFrame:
    """The facts whose category is one of ``categories`` (a record table reads only its own)."""
    if "category" not in facts.columns:
        empty: pd.DataFrame = facts.iloc[:0]
        return empty
    kept: pd.DataFrame = facts[facts["category"].isin(list(categories)).fillna(False).to_numpy(dtype=bool)]
    return kept


def fact_columns(facts: pd.DataFrame, categories: Iterable[str],
                 names: Iterable[str]) -> tuple[list[str], dict[str, list[Any]]]:
    """The facts of ``categories`` read once as plain lists: each one's document id and the ``names`` columns.

    Every record table reads its facts this way, one pass per column rather than per row.
    """
    kept = rows_of(facts, categories)
    docs = [str(d) for d in column(kept, "doc_id")] if "doc_id" in kept.columns else ["document"] * len(kept)
    return docs, {name: column(kept, name) for name in names}


def fact_key(doc_id: object, fact_id: object) -> str:
    """The corpus-wide key of a fact, ``<doc_id>/<fact_id>`` (as :func:`quantex.mark_duplicates` writes it)."""
    return f"{doc_id}/{fact_id}"


def locate(sentence: str, span: str) -> int:
    """Offset of ``span`` in ``sentence`` where it stands alone (the "2" of "2 children", not of "32"); -1: absent.

    >>> locate("The toll rose to 32, including 2 children.", "2")
    31
    """
    start = sentence.find(span)
    while start >= 0:
        before = sentence[start - 1: start] if start else ""
        after = sentence[start + len(span): start + len(span) + 1]
        if not (before.isalnum() or before in ("-", "/", ".", ",")) and not (after.isalnum() or after in "-/"):
            return start
        start = sentence.find(span, start + 1)
    return sentence.find(span)


def join(values: Iterable[object]) -> str | None:
    """Distinct values in first-seen order joined by '; '; None when there are none."""
    kept = list(dict.fromkeys(str(v) for v in values if v is not None))
    return SEP.join(kept) if kept else None


def mode(values: Iterable[object]) -> Any:
    """The most frequent non-missing value (ties: the first seen); None when all are missing."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in counts if counts[v] == top)


def records_frame(rows: Sequence[Mapping[str, Any]], columns: ColumnSpec) -> pd.DataFrame:
    """A frame with exactly ``columns`` in order, each cast to its dtype; empty rows give an empty frame."""
    data: dict[str, Any] = {}
    for name, (dtype, *_) in columns.items():
        values = [row.get(name) for row in rows]
        if dtype == "datetime64[ns]":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object)).astype(cast(Any, dtype))
        elif dtype in ("float64", "int64", "bool"):
            data[name] = pd.Series(values, dtype=cast(Any, "float64" if dtype == "float64" else object)).astype(
                cast(Any, dtype))
        else:
            data[name] = pd.Series(values, dtype=object).astype(cast(Any, dtype))
    frame: pd.DataFrame = pd.DataFrame(data)
    return frame


def require(facts: object, who: str) -> pd.DataFrame:
    """Check that ``facts`` is a frame; record functions take facts frames only."""
    if not isinstance(facts, pd.DataFrame):
        raise InputTypeError(f"{who}() needs a facts DataFrame, not {type(facts).__name__}")
    return facts
