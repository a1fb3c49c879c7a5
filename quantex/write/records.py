"""The record tables beside a facts dataset already written, and ``duplicate_of`` filled in it.

``quantex extract`` streams facts to disk batch by batch; records need the whole corpus (one attack is
reported by several documents), so :func:`write_records` reads the facts file back, marks repeated
mentions (:func:`quantex.corpus.consolidate.mark_duplicates`, as the report does), rewrites the facts
with their ``duplicate_of`` column, and writes each record table of :mod:`quantex.trackers.build` beside
them in the same format, all in the data package. Memory then grows with the facts (not the texts).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pandas as pd

from quantex.corpus.consolidate import mark_duplicates
from quantex.schema import CLAIM_COLUMNS, CORPUS_COLUMNS, FACT_COLUMNS, RECORD_COLUMNS, Column
from quantex.trackers.build import record_tables
from quantex.write.datapackage import Streamed, update_datapackage
from quantex.write.datasets import SUFFIXES, write_dataset
from quantex.write.stream import DATE_TYPES

__all__ = ["read_facts", "read_table", "write_records"]


def read_facts(path: str | os.PathLike[str]) -> pd.DataFrame:
    """A facts dataset written by quantex (CSV, Parquet or JSONL) back as a frame with the schema's dtypes."""
    return read_table(path, {**CORPUS_COLUMNS, **FACT_COLUMNS, **CLAIM_COLUMNS})


def read_table(path: str | os.PathLike[str], columns: Mapping[str, Column]) -> pd.DataFrame:
    """A table written by quantex back as a frame, each column of ``columns`` in its dtype (others as text)."""
    file = Path(path)
    fmt = SUFFIXES.get(file.suffix.lower())
    if fmt == "parquet":
        frame = pd.read_parquet(file)
    elif fmt == "jsonl":
        frame = pd.read_json(file, lines=True, dtype=False)
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


def write_records(facts_path: str | os.PathLike[str], folder: str | os.PathLike[str] | None = None, *,
                  window: str = "2D", progress: bool = False) -> list[Path]:
    """Write the facts of ``facts_path`` with ``duplicate_of`` and the record tables into ``folder``.

    Args:
        facts_path: A facts file as ``quantex extract`` streams it (CSV, Parquet or JSONL).
        folder: Where to write ``facts.<format>`` and the record tables; the facts file's own folder
            when None (the file is then replaced, atomically).
        window: How long a repeated figure still counts as the same claim (``mark_duplicates``).
        progress: Show a bar over the steps (reading, marking repeats, writing the facts, building the
            records, writing each table), with their total.

    Returns:
        The files written: the facts first, then one file per record table (in JSON Lines, only the
        tables with rows: an empty one has no columns to check).

    """
    path = Path(facts_path)
    target = Path(folder) if folder is not None else path.parent
    fmt = SUFFIXES[path.suffix.lower()]
    with _steps(progress, 4 + len(RECORD_COLUMNS)) as step:
        read = read_facts(path)
        step()
        facts = mark_duplicates(read, window=window)
        step()
        # the facts keep the types the streaming writer gives them: published is a time, also at midnight
        out = write_dataset(facts, target / path.name, dictionary=False, types=DATE_TYPES)
        update_datapackage(facts.iloc[:0], out, fmt, streamed=Streamed(types=DATE_TYPES))
        step()
        written = [out]
        tables = record_tables(facts)
        step()
        for name, table in tables.items():
            # an empty JSON Lines file holds no columns, so no reader (frictionless included) can check it
            # against its schema; CSV and Parquet keep their header or schema and are written empty
            if fmt != "jsonl" or not table.empty:
                written.append(write_dataset(table, target / f"{name}{path.suffix}"))
            step()
    return written


@contextmanager
def _steps(show: bool, total: int) -> Iterator[Callable[[], None]]:
    """A function to call after each step: it moves a "records" bar of ``total`` steps when ``show``."""
    if not show:
        yield lambda: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="step", desc="records") as bar:
        yield lambda: bar.update(1)
