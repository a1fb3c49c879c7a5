"""Fast paths after the spans are the slow paths they replace: same records, same results."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.records import Fact, updated

_TEXT = st.one_of(st.none(), st.text(max_size=5))
_NUMBER = st.one_of(st.floats(allow_nan=True), st.integers(-5, 5).map(float))
_EXTRA = st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)
_CHANGES = st.fixed_dictionaries({}, optional={
    "category": st.text(max_size=5), "unit": _TEXT, "event": _TEXT, "actor": _TEXT, "location": _TEXT,
    "claimant": _TEXT, "part_of": _TEXT, "equivalent_of": _TEXT, "period": _TEXT, "value": _NUMBER,
    "start": st.integers(0, 9), "approximate": st.booleans(), "extra": _EXTRA,
})


@settings(max_examples=300, deadline=None)
@given(value=_NUMBER, unit=_TEXT, extra=_EXTRA, changes=_CHANGES)
def test_updated_is_replace(value: float, unit: str | None, extra: dict[str, object],
                            changes: dict[str, object]) -> None:
    fact = Fact(start=3, end=5, span="12", sentence="It was 12.", category="count", rule="count", value=value,
                unit=unit, extra=extra)
    got, want = updated(fact, **changes), dataclasses.replace(fact, **changes)
    # field by field with ``is``: NaN values and the shared ``extra`` dict must be the very same objects
    assert all(getattr(got, f.name) is getattr(want, f.name) for f in dataclasses.fields(Fact))
    assert type(got) is Fact
    assert vars(got) == vars(want)
    assert got.fact_id == want.fact_id
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.unit = "x"  # type: ignore[misc]


def test_updated_rejects_unknown_fields() -> None:
    fact = Fact(start=0, end=1, span="1", sentence="1", category="count", rule="count")
    with pytest.raises(TypeError):
        updated(fact, colour="red")
