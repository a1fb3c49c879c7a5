"""Shared checks for the robustness tests: the invariants every facts frame must keep."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from quantex.schema import FACT_COLUMNS

# The suite never reads the rates of the machine's user (``quantex rates update``): an empty data folder of its
# own, set before any test or doctest reads a rate. Tests of the user's folder point QUANTEX_DATA_DIR elsewhere.
os.environ["QUANTEX_DATA_DIR"] = tempfile.mkdtemp(prefix="quantex-test-data-")


def facts_problems(text: str, frame: pd.DataFrame) -> list[str]:
    """Everything wrong with ``frame`` as the facts of ``text``; empty when all invariants hold."""
    problems: list[str] = []
    if list(frame.columns[: len(FACT_COLUMNS)]) != list(FACT_COLUMNS):
        problems.append(f"columns {list(frame.columns)} are not the facts schema")
        return problems
    previous: tuple[int, int] | None = None
    columns: list[list[Any]] = [frame[name].tolist() for name in ("start", "end", "span")]
    numbers: list[list[float]] = [frame[name].astype(float).tolist() for name in ("low", "value", "high")]
    for start, end, span, low, value, high in zip(*columns, *numbers, strict=True):
        if not 0 <= start < end <= len(text):
            problems.append(f"offsets {start}:{end} outside the text of length {len(text)}")
        if text[start:end] != span:
            problems.append(f"text[{start}:{end}] == {text[start:end]!r} but span is {span!r}")
        if previous is not None:
            if start < previous[0]:
                problems.append(f"row at {start} comes after a row at {previous[0]}")
            elif start < previous[1]:
                problems.append(f"span {start}:{end} overlaps the span {previous[0]}:{previous[1]}")
        previous = (start, end)
        if not math.isnan(low) and not math.isnan(value) and low > value:
            problems.append(f"{span!r}: low {low} > value {value}")
        if not math.isnan(value) and not math.isnan(high) and value > high:
            problems.append(f"{span!r}: value {value} > high {high}")
        if not math.isnan(low) and not math.isnan(high) and low > high:
            problems.append(f"{span!r}: low {low} > high {high}")
    bases = [frame[name].astype(float).tolist() for name in ("base_low", "base_value", "base_high")]
    for span, low, value, high in zip(frame["span"].tolist(), *bases, strict=True):
        known = [x for x in (low, value, high) if not math.isnan(x)]
        if known != sorted(known):
            problems.append(f"{span!r}: base bounds {low}, {value}, {high} out of order")
    money = [frame[name].astype(float).tolist() for name in ("value_usd", "value_eur", "usd_per_eur")]
    for span, usd, eur, per_eur in zip(frame["span"].tolist(), *money, strict=True):
        if not (math.isnan(usd) or math.isnan(eur) or math.isnan(per_eur)) and \
                not math.isclose(usd, eur * per_eur, rel_tol=1e-9):
            problems.append(f"{span!r}: value_usd {usd} is not value_eur {eur} x usd_per_eur {per_eur}")
    return problems


@pytest.fixture(scope="session")
def check_facts() -> Callable[[str, pd.DataFrame], None]:
    """Assert the facts invariants (offsets, order, no overlap, low <= value <= high) of a frame."""

    def check(text: str, frame: pd.DataFrame) -> None:
        problems = facts_problems(text, frame)
        assert not problems, f"{text!r}:\n" + "\n".join(problems)

    return check
