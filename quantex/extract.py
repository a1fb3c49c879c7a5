"""The public entry point: text in, one facts DataFrame out."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from quantex.errors import InputTypeError
from quantex.facts import resolve
from quantex.frame import FACT_COLUMNS, QUANTITY_CATEGORIES, empty_facts, to_frame
from quantex.normalize import article_rates, to_usd
from quantex.published import parse_published
from quantex.records import Fact
from quantex.sentences import SentenceIndex
from quantex.spans import find_spans
from quantex.vocab.numbers import Vague


def extract(
    text: str,
    *,
    published: object = None,
    dollar: str = "USD",
    vague: Mapping[str, Vague] | None = None,
    quantities_only: bool = False,
) -> pd.DataFrame:
    """Find every quantitative claim in ``text``; one row per claim, in text order.

    Args:
        text: the document text.
        published: its publication day ("YYYY-MM-DD", date, datetime or Timestamp); money is converted
            to US dollars at the last reference rate on or before it.
        dollar: the ISO code a bare "$" stands for (default "USD"; "CAD" for a Canadian paper, ...).
        vague: a replacement for the vague-quantity table (``quantex.VAGUE``), e.g. to code "dozens" as 24.
        quantities_only: drop rows that are not quantities (dates, times, designations, ordinals, ...).

    Returns:
        A DataFrame with the columns of ``quantex.FACT_COLUMNS``; empty, with that schema, when nothing is found.

    >>> extract("Britain will loan £2.26 billion.", published="2024-10-22")[["span", "value", "currency"]]
                span         value currency
    0  £2.26 billion  2.260000e+09      GBP

    """
    if not isinstance(text, str):
        raise InputTypeError(f"extract() needs text as str, not {type(text).__name__}")
    day = parse_published(published)
    if not text:
        return empty_facts()
    facts = facts_of(text, dollar=dollar, vague=vague)
    if quantities_only:
        facts = [f for f in facts if f.category in QUANTITY_CATEGORIES]
    frame = to_frame(_row(f) for f in facts)
    if frame.empty:
        return frame
    stated = article_rates((f.extra.get("rate_pair"), f.value) for f in facts  # type: ignore[misc]
                           if f.category == "exchange_rate")
    return to_usd(frame, day, stated)


def facts_of(text: str, *, dollar: str = "USD", vague: Mapping[str, Vague] | None = None) -> list[Fact]:
    """The facts of ``text`` as records, before they become a DataFrame."""
    spans = find_spans(text, vague=vague, dollar=dollar)
    return resolve(text, spans, SentenceIndex(text))


def _row(fact: Fact) -> dict[str, object]:
    row = {name: getattr(fact, name, None) for name in FACT_COLUMNS}
    row["fact_id"] = fact.fact_id
    return row
