"""Shared checks for the robustness tests: the invariants every facts frame must keep."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from quantex.frame import FACT_COLUMNS

#: Known overlapping spans, each pinned by a strict xfail in test_properties.py
#: (``test_spans_do_not_overlap``). The property and fuzz tests tolerate exactly these overlaps so
#: that they keep checking everything else; delete an entry together with its xfail rows once fixed.
#:
#: - shared currency: a currency after one number is taken again as the prefix of the next ("5€ 3"
#:   -> "5€" and "€ 3"; "400 USD 2 weeks"; "F-16US$5" -> "F-16US" and "US$5");
#: - rate inside a token: an article exchange rate starts at the last "1" of a number or code
#:   ("(21 GBP = 1.3 USD)" -> "21 GBP" and "1 GBP = 1.3 USD"; "(5.1 GBP = ...)", "(F1 GBP = ...)").
TOLERATED_OVERLAPS = ("shared currency", "rate inside a token")


def known_overlap(text: str, earlier_end: int, later_start: int, later_rule: str) -> str | None:
    """The name of the known bug an overlap of two spans comes from, or None."""
    overlap = text[later_start:earlier_end].strip()
    if 0 < len(overlap) <= 4 and not any(ch.isdigit() for ch in overlap):
        return "shared currency"
    if later_rule.startswith("exchange_rate") and later_start > 0 and \
            (text[later_start - 1].isalnum() or text[later_start - 1] == "."):
        return "rate inside a token"
    return None


def facts_problems(text: str, frame: pd.DataFrame) -> list[str]:
    """Everything wrong with ``frame`` as the facts of ``text``; empty when all invariants hold."""
    problems: list[str] = []
    if list(frame.columns[: len(FACT_COLUMNS)]) != list(FACT_COLUMNS):
        problems.append(f"columns {list(frame.columns)} are not the facts schema")
        return problems
    previous: tuple[int, int] | None = None
    columns: list[list[Any]] = [frame[name].tolist() for name in ("start", "end", "span", "rule")]
    numbers: list[list[float]] = [frame[name].astype(float).tolist() for name in ("low", "value", "high")]
    for start, end, span, rule, low, value, high in zip(*columns, *numbers, strict=True):
        if not 0 <= start < end <= len(text):
            problems.append(f"offsets {start}:{end} outside the text of length {len(text)}")
        if text[start:end] != span:
            problems.append(f"text[{start}:{end}] == {text[start:end]!r} but span is {span!r}")
        if previous is not None:
            if start < previous[0]:
                problems.append(f"row at {start} comes after a row at {previous[0]}")
            elif start < previous[1] and known_overlap(text, previous[1], start, str(rule)) \
                    not in TOLERATED_OVERLAPS:
                problems.append(f"span {start}:{end} overlaps the span {previous[0]}:{previous[1]}")
        previous = (start, end)
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
