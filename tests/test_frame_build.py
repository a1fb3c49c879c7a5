"""The facts frame builder's fast ways give the frame its plain pandas construction gives."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.frame import from_columns
from quantex.schema import BOOL, DATE, FACT_COLUMNS, FLOAT, INT


def _plain(columns: Mapping[str, Sequence[Any]], length: int) -> pd.DataFrame:
    """from_columns as it was before its fast ways: pd.array per text column, pd.to_datetime for days."""
    data: dict[str, Any] = {}
    for name, (dtype, *_) in FACT_COLUMNS.items():
        values = columns.get(name) or [None] * length
        if dtype == FLOAT:
            data[name] = np.array(values, dtype=np.float64)
        elif dtype == INT:
            data[name] = np.array(values, dtype=np.int64)
        elif dtype == BOOL:
            data[name] = np.array([bool(v) for v in values], dtype=bool)
        elif dtype == DATE:
            data[name] = pd.to_datetime(pd.Series(values, dtype=object)).astype(DATE)
        else:
            data[name] = pd.array(list(values), dtype=pd.StringDtype())
    return pd.DataFrame(data, copy=False)


_DAY = st.one_of(
    st.none(),
    st.dates(datetime.date(1678, 1, 1), datetime.date(2261, 12, 31)),
    st.datetimes(datetime.datetime(1900, 1, 1), datetime.datetime(2100, 1, 1)),
    st.sampled_from([datetime.date(1677, 9, 22), datetime.date(1677, 9, 21), datetime.date(2262, 4, 11),
                     datetime.date(2262, 4, 12), datetime.date(1, 1, 1), datetime.date(9999, 12, 31)]),
)
_TEXT = st.one_of(st.none(), st.text(max_size=4))


def _column(dtype: str, length: int) -> st.SearchStrategy[list[Any]]:
    if dtype == FLOAT:
        return st.lists(st.floats(allow_nan=True), min_size=length, max_size=length)
    if dtype == INT:
        return st.lists(st.integers(0, 10**6), min_size=length, max_size=length)
    if dtype == BOOL:
        return st.lists(st.booleans(), min_size=length, max_size=length)
    if dtype == DATE:
        return st.lists(_DAY, min_size=length, max_size=length)
    return st.one_of(st.just([None] * length), st.lists(_TEXT, min_size=length, max_size=length))


def _outcome(build: Any, columns: Mapping[str, Sequence[Any]], length: int) -> pd.DataFrame | type[BaseException]:
    try:
        frame: pd.DataFrame = build(columns, length)
    except (ValueError, OverflowError) as error:  # out-of-range days raise pandas' OutOfBoundsDatetime
        return type(error)
    return frame


@settings(max_examples=300, deadline=None)
@given(data=st.data(), length=st.integers(0, 6))
def test_from_columns_is_the_plain_construction(data: st.DataObject, length: int) -> None:
    names = data.draw(st.sets(st.sampled_from(list(FACT_COLUMNS)))) | {"start", "end"}  # no missing ints
    columns = {name: data.draw(_column(FACT_COLUMNS[name][0], length), label=name) for name in sorted(names)}
    got, want = _outcome(from_columns, columns, length), _outcome(_plain, columns, length)
    if isinstance(want, pd.DataFrame):
        assert isinstance(got, pd.DataFrame)
        pd.testing.assert_frame_equal(got, want)
        assert [str(t) for t in got.dtypes] == [str(t) for t in want.dtypes]
    else:
        assert got is want


def test_missing_text_columns_are_separate() -> None:
    frame = from_columns({"start": [0, 1], "end": [1, 2]}, 2)
    frame.loc[0, "actor"] = "Russia"
    assert frame["location"].isna().all()
    assert frame.loc[0, "actor"] == "Russia"


@pytest.mark.parametrize("day", [datetime.date(2262, 4, 12), datetime.date(1, 1, 1)])
def test_out_of_range_days_raise(day: datetime.date) -> None:
    with pytest.raises(pd.errors.OutOfBoundsDatetime):
        from_columns({"start": [0], "end": [1], "fx_date": [day]}, 1)


@pytest.mark.parametrize("text", [
    "Russia launched 56 drones and 3 missiles overnight; 48 drones were shot down over the Kharkiv region.",
    "Britain will loan £2.26 billion ($2.9bn), and Germany pledged €500m.",
    "Nothing to count here.",
])
def test_table_columns_are_the_rows(text: str) -> None:
    """Without invisible characters FactTable.add reads the columns straight off the facts, as _row would."""
    from quantex.extract import FactTable, _row, facts_of
    from quantex.text.invisible import visible

    table = FactTable()
    table.add(text)
    rows = [_row(f, text, visible(text)) for f in facts_of(text)]
    assert table._columns == {name: [row[name] for row in rows] for name in table._columns}
