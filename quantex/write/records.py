"""The record tables beside a facts dataset already written, and ``duplicate_of`` filled in it.

``quantex extract`` streams facts to disk batch by batch; records need the whole corpus (one attack is
reported by several documents), so :func:`write_records` reads the facts file back, marks repeated
mentions (:func:`quantex.corpus.consolidate.mark_duplicates`, as the report does), rewrites the facts
with their ``duplicate_of`` column, and writes each record table of :mod:`quantex.trackers.build` beside
them in the same format, all in the data package. Memory then grows with the facts (not the texts).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, cast

import pandas as pd

from quantex.corpus.consolidate import mark_duplicates
from quantex.schema import CLAIM_COLUMNS, CORPUS_COLUMNS, FACT_COLUMNS
from quantex.trackers.build import record_tables
from quantex.write.datasets import SUFFIXES, write_dataset

__all__ = ["read_facts", "write_records"]


def read_facts(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A facts dataset written by quantex (CSV, Parquet or JSONL) back as a frame with the schema's dtypes."""
    file = Path(path)
    fmt = SUFFIXES.get(file.suffix.lower())
    columns = {**CORPUS_COLUMNS, **FACT_COLUMNS, **CLAIM_COLUMNS}
    if fmt == "parquet":
        frame = pd.read_parquet(file)
    elif fmt == "jsonl":
        frame = pd.read_json(file, lines=True, dtype=False, convert_dates=False)
    else:
        frame = pd.read_csv(file, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    typed: dict[str, Any] = {}
    for name in frame.columns:
        dtype = columns[name].dtype if name in columns else "string"
        col = frame[name]
        if dtype == "datetime64[ns]":
            typed[name] = pd.to_datetime(col).astype(cast(Any, dtype))
        elif dtype in ("float64", "int64"):
            typed[name] = pd.to_numeric(col).astype(cast(Any, dtype))
        elif dtype == "bool":
            typed[name] = col.astype("string").str.lower().eq("true").fillna(False).astype(bool)
        else:
            typed[name] = col.astype("string")
    facts: pd.DataFrame = pd.DataFrame(typed)
    return facts


def write_records(facts_path: str | os.PathLike[str], *, window: str = "2D") -> list[Path]:
    """Fill ``duplicate_of`` in the facts file and write the record tables beside it; return the files written."""
    path = Path(facts_path)
    facts = mark_duplicates(read_facts(path), window=window)
    written = [write_dataset(facts, path)]
    for name, table in record_tables(facts).items():
        written.append(write_dataset(table, path.with_name(f"{name}{path.suffix}")))
    return written
