"""Pathological inputs: extraction time must grow linearly with the text, never quadratically or worse.

Each case builds a text of ``n`` characters and of ``2n``; the test takes the best of a few runs of
``quantex.extract`` on each and asserts ``time(2n) / time(n) <= MAX_RATIO``. A ratio, not an absolute
time, so a slow or busy machine does not fail the test; linear work gives about 2, quadratic about 4.
Sizes are chosen so one run at ``n`` takes some tens of milliseconds; ``QUANTEX_LONG_TESTS=1``
multiplies them by 8 (a megabyte of digits; about 12 minutes, most of it in the quadratic cases).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

import quantex
from quantex.text.sentences import MAX_SENTENCE

MAX_RATIO = 3.0
SCALE = 8 if os.environ.get("QUANTEX_LONG_TESTS") else 1
REPEATS = 3
KB = 1024

NEWS = "Russia launched 56 drones and about 1,500 troops; the US pledged $5bn in Kursk Oblast. "
NEWS_NO_STOPS = NEWS.replace(";", "").replace(".", "").lower()


@dataclass(frozen=True)
class Slow:
    """A text builder: ``build(n)`` returns about ``n`` characters."""

    name: str
    build: Callable[[int], str]
    n: int
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


def repeat(unit: str) -> Callable[[int], str]:
    return lambda n: unit * max(1, n // len(unit))


CASES = [
    Slow("a run of digits", repeat("7"), 128 * KB),
    Slow("digits and commas 1,1,1", repeat("1,"), 4 * KB),
    Slow("thousands groups 1,000,000,...", repeat("1,000"), 8 * KB),
    Slow("decimals 1.1.1", repeat("1."), 8 * KB),
    Slow("a run of dollar signs", repeat("$"), 32 * KB),
    Slow("$$$$ words", repeat("$$$$ "), 16 * KB),
    Slow("mixed currency symbols", repeat("$£€₴₽¥"), 32 * KB),
    Slow("a run of dashes", repeat("-"), 32 * KB),
    Slow("en and em dashes", repeat("–—−"), 32 * KB),
    Slow("digits and dashes 1-1-1", repeat("1-"), 2 * KB),
    Slow("open then close parentheses", lambda n: "(" * (n // 2) + ")" * (n // 2), 16 * KB),
    Slow("between between", repeat("between "), 16 * KB),
    Slow("about about", repeat("about "), 16 * KB),
    Slow("stacked qualifiers", repeat("at least up to about nearly "), 16 * KB),
    Slow("number words", repeat("one hundred and "), 32 * KB),
    Slow("spaces", repeat(" "), 32 * KB),
    Slow("blank lines", repeat("\n"), 32 * KB),
    Slow("initials A. A. A.", repeat("A. "), 8 * KB),
    Slow("designations F-16", repeat("F-16"), 16 * KB),
    Slow("article exchange rates", repeat("($1 = 0.9 euros) 5 drones. "), 4 * KB),
    Slow("one line of news sentences", repeat(NEWS), 8 * KB),
    Slow("prose without numbers", repeat("the war went on and on without any figure at all "), 16 * KB),
    Slow("one sentence of news, no stops", repeat(NEWS_NO_STOPS), 6 * KB),
]


def best_times(*texts: str, repeats: int = REPEATS) -> list[float]:
    """The best of ``repeats`` runs on each text; runs interleaved so a busy spell slows all texts alike."""
    best = [float("inf")] * len(texts)
    for _ in range(repeats):
        for i, text in enumerate(texts):
            began = time.perf_counter()
            quantex.extract(text)
            best[i] = min(best[i], time.perf_counter() - began)
    return best


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=c.marks) for c in CASES])
def test_time_grows_linearly(case: Slow) -> None:
    small, large = case.build(case.n * SCALE), case.build(2 * case.n * SCALE)
    quantex.extract(small[:100])  # warm up: lazy tables and compiled patterns
    t_small, t_large = best_times(small, large)
    if t_large / t_small > MAX_RATIO:  # a busy spell on a shared machine: measure again, longer
        t_small, t_large = best_times(small, large, repeats=4 * REPEATS)
    ratio = t_large / t_small
    assert ratio <= MAX_RATIO, f"{case.name}: time({len(large)}) / time({len(small)}) = {ratio:.2f}"


def test_output_size_stays_linear() -> None:
    """Each row's sentence is at most MAX_SENTENCE characters, so output grows with the facts, not their square.

    Without the bound a one-line text of n characters with k numbers would hold k copies of n
    characters ('7 ' * 5000: 5,000 rows of a 10,000-character sentence; a 10 MB line, terabytes).
    """
    sizes = []
    for repeat in (5000, 10000):
        frame = quantex.extract("7 " * repeat)
        assert len(frame) == repeat
        lengths = frame["sentence"].str.len()
        assert lengths.max() <= MAX_SENTENCE
        sizes.append(int(lengths.sum()))
    assert sizes[1] <= 2.2 * sizes[0], sizes
