"""The public entry point: text in, one facts DataFrame out."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from quantex.batch import FactTable, facts_of
from quantex.errors import InputTypeError
from quantex.published import parse_published
from quantex.vocab.numbers import Vague

__all__ = ["extract", "facts_of"]


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

    Raises:
        InputTypeError: If ``text`` is not a string.
        PublishedDateError: If ``published`` is not a calendar day quantex can use.
        TextError: If ``text`` is not valid Unicode (it holds a lone surrogate).

    """
    if not isinstance(text, str):
        raise InputTypeError(f"extract() needs text as str, not {type(text).__name__}")
    day = parse_published(published)
    table = FactTable(dollar=dollar, vague=vague, quantities_only=quantities_only)
    table.add(text, day)
    return table.frame()
