"""Shared checks for the robustness tests: the invariants every facts frame must keep."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import pytest

from quantex.frame import FACT_COLUMNS

#: Shared-currency overlaps: a currency written after one number is taken again as the prefix of
#: the next ("5€ 3" -> "5€" and "€ 3"; "400 USD 2 weeks" -> "400 USD" and "USD 2"), and a currency
#: glued to a designation likewise ("F-16US$5" -> "F-16US" and "US$5"). Known bug, pinned by the
#: strict xfail ``test_spans_do_not_share_a_currency`` in test_properties.py; the property and fuzz
#: tests tolerate exactly this overlap so that they keep checking everything else. Delete this
#: tolerance together with that xfail once the currency look-back stops at the previous span.
TOLERATE_SHARED_CURRENCY = True


def _shared_currency(text: str, earlier_end: int, later_start: int) -> bool:
    """True when two spans overlap only on a currency marker (no digit, at most 4 characters)."""
    overlap = text[later_start:earlier_end].strip()
    return 0 < len(overlap) <= 4 and not any(ch.isdigit() for ch in overlap)


def facts_problems(text: str, frame: pd.DataFrame) -> list[str]:
    """Everything wrong with ``frame`` as the facts of ``text``; empty when all invariants hold."""
    problems: list[str] = []
    if list(frame.columns[: len(FACT_COLUMNS)]) != list(FACT_COLUMNS):
        problems.append(f"columns {list(frame.columns)} are not the facts schema")
        return problems
    previous: tuple[int, int] | None = None
    for row in frame.itertuples(index=False):
        start, end, span = int(row.start), int(row.end), str(row.span)
        if not 0 <= start < end <= len(text):
            problems.append(f"offsets {start}:{end} outside the text of length {len(text)}")
        if text[start:end] != span:
            problems.append(f"text[{start}:{end}] == {text[start:end]!r} but span is {span!r}")
        if previous is not None:
            if start < previous[0]:
                problems.append(f"row at {start} comes after a row at {previous[0]}")
            elif start < previous[1] and not (
                TOLERATE_SHARED_CURRENCY and _shared_currency(text, previous[1], start)
            ):
                problems.append(f"span {start}:{end} overlaps the span {previous[0]}:{previous[1]}")
        previous = (start, end)
        low, value, high = float(row.low), float(row.value), float(row.high)
        if not math.isnan(low) and not math.isnan(value) and low > value:
            problems.append(f"{span!r}: low {low} > value {value}")
        if not math.isnan(value) and not math.isnan(high) and value > high:
            problems.append(f"{span!r}: value {value} > high {high}")
        if not math.isnan(low) and not math.isnan(high) and low > high:
            problems.append(f"{span!r}: low {low} > high {high}")
    return problems


@pytest.fixture(scope="session")
def check_facts() -> Callable[[str, pd.DataFrame], None]:
    """Assert the facts invariants (offsets, order, no overlap, low <= value <= high) of a frame."""

    def check(text: str, frame: pd.DataFrame) -> None:
        problems = facts_problems(text, frame)
        assert not problems, f"{text!r}:\n" + "\n".join(problems)

    return check
