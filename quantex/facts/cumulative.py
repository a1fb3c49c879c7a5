"""Mark running totals: figures given "since the start of the war", "so far", "to date".

A ministry's "55,716 drones destroyed since the beginning of the special military operation" is
not the count of one night, and an aid total "since February 2022" is not one more pledge. Summing
either with daily or one-off figures double counts, so such facts get ``period = "cumulative"``,
and the summaries keep them apart (:mod:`quantex.analyse.summaries`).

The phrase must stand in the same clause as the figure: the part of its sentence between
semicolons, dashes or parentheses. A "since ..." right after a superlative ("the largest attack
since 2022") is a comparison and marks nothing. Phrases: :mod:`quantex.vocab.cumulative`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from quantex.records import Fact, updated
from quantex.schema import CUMULATIVE, DOMAIN_CATEGORIES
from quantex.spans.patterns import alternation
from quantex.text.sentences import SentenceIndex
from quantex.vocab.cumulative import COMPARISON_WORDS, CUMULATIVE_PHRASES
from quantex.vocab.nonquantities import MONTHS

#: every phrase contains one of these, so a sentence without any is not scanned
KEYWORDS: tuple[str, ...] = ("since", "so far", "to date", "up to now", "total", "cumulative")
#: categories whose figures can be running totals
COUNTED: frozenset[str] = frozenset({"money", "count"}) | DOMAIN_CATEGORIES

_MONTH = alternation(MONTHS, spaces=False)
_YEAR = r"(?:19|20)\d{2}"
_forms = [regex.escape(p).replace(r"\{month\}", _MONTH).replace(r"\{year\}", _YEAR).replace(r"\ ", r"\s+")
          for p in sorted(CUMULATIVE_PHRASES, key=lambda p: (-len(p), p))]
_PHRASE = regex.compile(rf"(?<!\w)(?:{'|'.join(_forms)})(?!\w)", regex.IGNORECASE)
_COMPARISON = regex.compile(rf"(?<!\w){alternation(COMPARISON_WORDS)}(?!\w)[^;,.]{{0,40}}$", regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r"[;()]|\s[–—-]\s")


def mark_cumulative(facts: Sequence[Fact], text: str, sentences: SentenceIndex) -> list[Fact]:
    """Return ``facts`` with ``period = "cumulative"`` on figures whose clause says they are running totals.

    >>> from quantex.extract import facts_of
    >>> text = "Since the start of the war, 55,716 drones have been destroyed; 524 were downed overnight."
    >>> [(f.span, f.period) for f in facts_of(text)]
    [('55,716', 'cumulative'), ('524', None)]
    """
    out = list(facts)
    clauses: dict[int, list[tuple[int, int, bool]]] = {}
    for i, fact in enumerate(out):
        if fact.category not in COUNTED or fact.period is not None:
            continue
        start, end = sentences.around(fact.start)
        if start not in clauses:
            lowered = text[start:end].lower()
            clauses[start] = _clauses(text, start, end) if any(k in lowered for k in KEYWORDS) else []
        if any(a <= fact.start < b and marked for a, b, marked in clauses[start]):
            out[i] = updated(fact, period=CUMULATIVE)
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, has a cumulative phrase) for each clause of the sentence text[start:end]."""
    bounds = [start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)), end]
    out = []
    for a, b in itertools.pairwise(bounds):
        marked = any(_COMPARISON.search(text, max(a, m.start() - 60), m.start()) is None
                     for m in _PHRASE.finditer(text, a, b))
        out.append((a, b, marked))
    return out
