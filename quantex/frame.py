"""The facts table: frames built to the one schema of :data:`quantex.schema.FACT_COLUMNS`."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from quantex.schema import BOOL, DATE, FACT_COLUMNS, FLOAT, INT


def empty_facts() -> pd.DataFrame:
    """Return an empty facts frame with every column and its dtype.

    >>> empty_facts().dtypes["value"]
    dtype('float64')
    """
    frame: pd.DataFrame = pd.DataFrame({name: pd.Series(dtype=dtype) for name, (dtype, *_) in FACT_COLUMNS.items()})
    return frame


def to_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build a facts frame from row mappings, filling absent columns and fixing dtypes."""
    records = list(rows)
    if not records:
        return empty_facts()
    frame = pd.DataFrame.from_records(records, columns=list(FACT_COLUMNS))
    return conform(frame)


def from_columns(columns: Mapping[str, Sequence[Any]], length: int) -> pd.DataFrame:
    """Build a facts frame from one list of Python values per column, each cast once to its dtype.

    Absent columns are filled with missing values. This is the fast path: no per-row objects, no
    second cast (``to_frame`` takes rows and goes through ``conform``).

    >>> from_columns({"start": [0], "end": [2], "span": ["56"]}, 1)[["start", "span", "value"]]
       start span  value
    0      0   56    NaN

    """
    data: dict[str, Any] = {}
    strings = pd.StringDtype()  # the dtype "string" names, made once rather than looked up per column
    # _from_sequence is the constructor every pandas extension array implements (the extension array
    # interface documents it) and what pd.array calls; the stubs leave it out, hence Any
    text: Any = strings.construct_array_type()
    missing: Any = None  # the all-missing text column, made once and copied for each column that is one
    for name, (dtype, *_) in FACT_COLUMNS.items():
        values = columns.get(name)
        if values is None:
            values = [None] * length
        if len(values) != length:
            raise ValueError(f"column {name} has {len(values)} values, not {length}")
        if dtype == FLOAT:
            data[name] = np.array(values, dtype=np.float64)
        elif dtype == INT:
            data[name] = np.array(values, dtype=np.int64)
        elif dtype == BOOL:
            data[name] = np.array([bool(v) for v in values], dtype=bool)
        elif dtype == DATE:
            data[name] = _dates(values)
        elif all(v is None for v in values):
            # A copy is cheap (Arrow storage shares its immutable buffers) and its own object, so setting a value
            # in one column leaves the others alone; pd.array would build the same values again.
            if missing is None:
                missing = text._from_sequence(values, dtype=strings)
            data[name] = missing.copy()
        else:  # every other column of the schema is text
            # What pd.array(values, dtype=strings) calls, less its argument checks and dtype look-ups
            data[name] = text._from_sequence(values, dtype=strings, copy=True)
    frame: pd.DataFrame = pd.DataFrame(data, copy=False)
    return frame


#: The days a datetime64[ns] column holds whole (pandas.Timestamp.min and .max fall inside the first and
#: last years of its range); a day outside them goes the slow way, which raises as pandas does.
_FIRST_DAY, _LAST_DAY = datetime.date(1678, 1, 1), datetime.date(2261, 12, 31)


def _dates(values: Sequence[Any]) -> Any:
    """The datetime64[ns] column of ``values``: days (datetime.date) and None, or anything pd.to_datetime takes.

    Days and None, the values quantex puts there, take the fast way: numpy reads a date as its day and
    None as NaT, and a day cast to nanoseconds is its midnight, which is what pd.to_datetime makes of a
    date (and NaT of None). Anything else (datetimes, Timestamps, strings, a day out of range) goes
    through pd.to_datetime as before. The fast way is ~10 times cheaper (~8 µs against ~100 µs).

    >>> pd.Series(_dates([datetime.date(2024, 10, 22), None])).tolist()
    [Timestamp('2024-10-22 00:00:00'), NaT]
    """
    if all(v is None or (type(v) is datetime.date and _FIRST_DAY <= v <= _LAST_DAY) for v in values):
        return np.array(values, dtype="datetime64[D]").astype(DATE)
    return pd.to_datetime(pd.Series(values, dtype=object)).astype(DATE)  # raises when out of range


def conform(frame: pd.DataFrame, extra: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Cast the facts columns of ``frame`` to the schema's dtypes, keeping extra columns after them."""
    columns = dict((name, dtype) for name, (dtype, *_) in FACT_COLUMNS.items())
    if extra:
        columns.update(extra)
    out = {}
    for name, dtype in columns.items():
        col: Any = frame[name] if name in frame else pd.Series([None] * len(frame), index=frame.index)
        if dtype == BOOL:
            col = col.fillna(False).astype(bool)
        elif dtype == DATE:
            col = pd.to_datetime(col).astype(DATE)
        elif dtype == FLOAT:
            col = pd.to_numeric(col, errors="raise").astype(FLOAT)
        else:
            col = col.astype(dtype)
        out[name] = col
    rest = [c for c in frame.columns if c not in columns]
    result = pd.DataFrame(out, index=frame.index)
    for c in rest:
        result[c] = frame[c]
    conformed: pd.DataFrame = result.reset_index(drop=True)
    return conformed
