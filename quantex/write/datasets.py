r"""Datasets out: facts (or claims, or documents) as CSV, Parquet or JSON Lines, with metadata.

Every file is written atomically (:mod:`quantex.write.atomic`): a crash leaves the previous file or no
file, never half of one. Beside the data go ``datapackage.json`` and ``DATA_DICTIONARY.md``
(:mod:`quantex.write.datapackage`).

CSV follows RFC 4180: UTF-8 (no byte-order mark), a header row, ``\r\n`` line ends (so that
any cell holding a ``\r`` or ``\n`` is quoted), empty cells for missing values and ISO 8601
dates. CSV cells are also made safe for spreadsheets (CSV/formula injection, OWASP): a text cell
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote,
so a cell such as ``=HYPERLINK(...)`` from a scraped page is shown as text, never run. Only text
columns are touched: numbers such as ``-5`` stay numbers. JSONL and Parquet keep the text as is.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, TextIO

import numpy as np
import pandas as pd

from quantex.schema import ERROR_COLUMNS
from quantex.write.atomic import atomic_path
from quantex.write.datapackage import field_type, update_datapackage

__all__ = ["CSV_OPTIONS", "FORMULA_PREFIXES", "csv_frame", "neutralize_formulas", "write_dataset", "write_errors",
           "write_jsonl"]

#: ``DataFrame.to_csv`` options of every quantex CSV file (RFC 4180); use with :func:`csv_frame`.
CSV_OPTIONS: dict[str, Any] = {"index": False, "encoding": "utf-8", "lineterminator": "\r\n"}

Format = Literal["csv", "parquet", "jsonl"]

#: First characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection").
FORMULA_PREFIXES: tuple[str, ...] = (
    "=", "+", "-", "@", "\t", "\r",
    "\x00",  # a leading NUL, which some spreadsheets drop before reading the rest as a formula
    "\uff1d", "\uff0b", "\uff0d", "\uff20",  # fullwidth ＝ ＋ － ＠, which some spreadsheets (Japanese and
    # Chinese locales, and sheets that fold width) read as their ASCII forms
)

#: File name ending -> format, for ``format=None``.
SUFFIXES: dict[str, Format] = {
    ".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def write_dataset(
    facts: pd.DataFrame,
    path: str | os.PathLike[str],
    format: Format | None = None,
    *,
    dictionary: bool = True,
    types: Mapping[str, str] | None = None,
) -> Path:
    """Write a frame as a dataset file, with ``datapackage.json`` and ``DATA_DICTIONARY.md`` beside it.

    Args:
        facts: Any quantex frame: facts, claims or documents.
        path: The data file to write; its folder is created if needed.
        format: ``"csv"``, ``"parquet"`` or ``"jsonl"``; by default taken from the file name's
            ending (``.csv``, ``.parquet``/``.pq``, ``.jsonl``/``.ndjson``).
        dictionary: Write (or update) the data package and the data dictionary.
        types: Table Schema types fixed for datetime columns (``{"published": "datetime"}``: written with
            their time also at midnight), as the streaming writer fixes them; others follow their values.

    Returns:
        The path of the data file.

    Raises:
        ValueError: The format is unknown or cannot be told from the file name.
        ImportError: Parquet was asked for and pyarrow is not installed.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> frame = pd.DataFrame({"span": ["=1+1", "$5bn"], "value": [-5.0, 5e9]})
        >>> print(write_dataset(frame, folder / "facts.csv").read_text(), end="")  # universal newlines
        span,value
        '=1+1,-5.0
        $5bn,5000000000.0
        >>> sorted(p.name for p in folder.iterdir())
        ['DATA_DICTIONARY.md', 'datapackage.json', 'facts.csv']

    """
    target = Path(path)
    fmt = format or SUFFIXES.get(target.suffix.lower())
    if fmt not in ("csv", "parquet", "jsonl"):
        raise ValueError(f"unknown dataset format {format or target.suffix!r}; use csv, parquet or jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    frame = facts.reset_index(drop=True)
    if fmt == "parquet":
        _write_parquet(frame, target, types)
    elif fmt == "csv":
        with atomic_path(target) as tmp:
            csv_frame(frame, types=types).to_csv(tmp, **CSV_OPTIONS)
    else:
        with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            write_jsonl(frame, handle, types=types)
    if dictionary:
        update_datapackage(frame, target, fmt, dictionary=True)
    return target


def write_errors(errors: pd.DataFrame, path: str | os.PathLike[str], *, dictionary: bool = True) -> Path:
    """Write the errors table of a corpus run (:func:`quantex.read.sources.corpus_errors`) as CSV.

    The file is written like any CSV dataset (atomically, formula-safe) and, with ``dictionary``,
    listed in the folder's data package, so a dataset always travels with the documents it lacks.
    """
    table = errors.reindex(columns=list(ERROR_COLUMNS)).astype("string")
    return write_dataset(table, path, "csv", dictionary=dictionary)


def csv_frame(frame: pd.DataFrame, *, types: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Return ``frame`` as quantex writes it to CSV: formula-safe text, ISO 8601 dates.

    For writers that append CSV batch by batch: ``csv_frame(batch, types=...).to_csv(handle, ...)``,
    with ``types`` fixing which datetime columns are written as ``date`` and which as ``datetime``
    (otherwise each batch would decide by its own values).
    """
    return _iso_dates(neutralize_formulas(frame), types)


def write_jsonl(frame: pd.DataFrame, handle: TextIO, *, types: Mapping[str, str] | None = None) -> None:
    """Append the rows of ``frame`` to an open text file as JSON lines (missing values as null)."""
    for record in _iso_dates(frame, types).to_dict("records"):
        handle.write(json.dumps({str(k): _plain(v) for k, v in record.items()}, ensure_ascii=False,
                                allow_nan=False) + "\n")


def neutralize_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix ``'`` to text cells that a spreadsheet would run as a formula; numbers are untouched.

    >>> neutralize_formulas(pd.DataFrame({"t": ["@SUM(A1)", "ok"], "n": [-5, 1]})).values.tolist()
    [["'@SUM(A1)", -5], ['ok', 1]]
    """
    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if isinstance(column.dtype, pd.StringDtype):
            risky = column.str.startswith(FORMULA_PREFIXES).fillna(False).to_numpy(dtype=bool)
        elif pd.api.types.is_object_dtype(column):  # only real str cells: numbers stay as they are
            risky = np.array([isinstance(c, str) and c.startswith(FORMULA_PREFIXES) for c in column],
                             dtype=bool)
        else:
            continue
        if risky.any():
            # Through a numpy object array: pandas' own string mask is several times slower.
            cells = column.to_numpy(dtype=object, na_value=None, copy=True)
            rows = np.flatnonzero(risky)
            cells[rows] = ["'" + cells[i] for i in rows]
            out[name] = pd.Series(cells, index=column.index, dtype=column.dtype)
    safe: pd.DataFrame = out
    return safe


def _iso_dates(frame: pd.DataFrame, types: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Turn datetime columns into ISO 8601 text: a date when ``types`` says so or every value is at midnight."""
    out = frame.copy()
    for name in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[name]):
            kind = (types or {}).get(str(name)) or field_type(out[name])
            pattern = "%Y-%m-%d" if kind == "date" else "%Y-%m-%dT%H:%M:%S"
            out[name] = out[name].dt.strftime(pattern).astype("string")
    text: pd.DataFrame = out
    return text


def _plain(value: Any) -> Any:
    """A JSON-ready scalar: missing values (NaN, NA, NaT) become null."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def _write_parquet(frame: pd.DataFrame, target: Path, types: Mapping[str, str] | None = None) -> None:
    try:
        import pyarrow  # noqa: F401 - only to give a helpful message when it is missing
    except ImportError as exc:
        raise ImportError(
            f"writing {target.name!r} as Parquet needs pyarrow: pip install 'quantex[parquet]'"
        ) from exc
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, schema=arrow_schema(frame, types), preserve_index=False)
    with atomic_path(target) as tmp:
        pq.write_table(table, tmp)


def arrow_schema(frame: pd.DataFrame, types: Mapping[str, str] | None = None) -> Any:
    """The Arrow schema quantex writes ``frame`` with: a column of days (Table Schema ``date``) as ``date32``.

    ``types`` fixes the Table Schema type of datetime columns (as for :func:`csv_frame`); otherwise a
    column whose values are all at midnight is a date. Readers then see dates, not timestamps.
    """
    import pyarrow as pa

    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    for name in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[name]):
            kind = (types or {}).get(str(name)) or field_type(frame[name])
            if kind == "date":
                schema = schema.set(schema.get_field_index(str(name)), pa.field(str(name), pa.date32()))
    return schema
