"""The per-document pipeline on one page: text in, one facts DataFrame out.

The stages run in this order, each in its own folder:

1. :func:`~quantex.spans.find.find_spans` finds the quantity expressions (text -> spans);
2. :func:`~quantex.facts.resolve.resolve` gives each its core category and counted noun (spans -> facts);
3. :func:`~quantex.facts.links.link_equivalents` links restatements ("$50 billion (£38.39 billion)");
4. :func:`~quantex.facts.domain.annotate_facts` reads what happened, whose, where and who says so, and
   links breakdowns to their totals (:mod:`quantex.facts.links`);
5. :func:`~quantex.facts.cumulative.mark_cumulative` marks running totals;
6. :class:`FactTable` puts physical quantities in their base units (:mod:`quantex.facts.measures`),
   converts money at the publication day to dollars and euros (:mod:`quantex.money`) and builds the frame.

Building a pandas frame costs about a millisecond whatever its length, more than extracting a short
document; so :class:`FactTable` keeps the facts of each document it is given as plain column lists,
converts the money of the whole batch with one rate look-up, and builds the frame once, in
:meth:`FactTable.frame`. :func:`extract` is a batch of one document; the corpus paths
(:mod:`quantex.corpus.run`, :mod:`quantex.corpus.pool`, :mod:`quantex.write.stream`) use batches of many.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import attrgetter

import pandas as pd

from quantex.errors import InputTypeError, TextError
from quantex.facts.cumulative import mark_cumulative
from quantex.facts.domain import annotate_facts
from quantex.facts.links import link_equivalents
from quantex.facts.measures import to_base
from quantex.facts.resolve import resolve
from quantex.frame import empty_facts, from_columns
from quantex.money.convert import article_rates, convert, to_eur
from quantex.options import ExtractOptions
from quantex.published import parse_published
from quantex.records import Fact
from quantex.schema import PHYSICAL_CATEGORIES, QUANTITY_CATEGORIES
from quantex.spans.find import find_spans
from quantex.text.invisible import Visible, surrogate_at, visible
from quantex.text.sentences import SentenceIndex
from quantex.vocab.numbers import Vague

__all__ = ["FactTable", "extract", "facts_of"]

#: Fact fields copied as they are into the column of the same name
_COPIED = ("start", "end", "span", "sentence", "category", "value", "low", "high", "qualifier", "approximate",
           "unit", "currency", "period", "event", "actor", "location", "claimant", "equivalent_of", "part_of",
           "rule")
_FIELDS = attrgetter(*_COPIED)  # a fact's _COPIED fields as one tuple
_FX = ("value_usd", "fx_rate", "fx_date", "fx_source")
_EUR = ("value_eur", "usd_per_eur")
_BASE = ("base_value", "base_low", "base_high")


def extract(
    text: str,
    *,
    published: object = None,
    options: ExtractOptions | None = None,
    dollar: str | None = None,
    vague: Mapping[str, Vague] | None = None,
    quantities_only: bool | None = None,
) -> pd.DataFrame:
    """Find every quantitative claim in ``text``; one row per claim, in text order.

    Args:
        text: the document text.
        published: its publication day ("YYYY-MM-DD", date, datetime or Timestamp); money is converted
            to US dollars at the last reference rate on or before it.
        options: how to extract (:class:`~quantex.options.ExtractOptions`); the three keywords below,
            when given, replace its fields.
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
        OptionError: If an option cannot be used (a ``dollar`` that is not a dollar currency, ...).
        PublishedDateError: If ``published`` is not a calendar day quantex can use.
        TextError: If ``text`` is not valid Unicode (it holds a lone surrogate).

    """
    if not isinstance(text, str):
        raise InputTypeError(f"extract() needs text as str, not {type(text).__name__}")
    chosen = options or ExtractOptions()
    if dollar is not None or vague is not None or quantities_only is not None:
        chosen = ExtractOptions(dollar=chosen.dollar if dollar is None else dollar,
                                vague=chosen.vague if vague is None else vague,
                                quantities_only=chosen.quantities_only if quantities_only is None
                                else quantities_only)
    day = parse_published(published)
    table = FactTable(chosen)
    table.add(text, day)
    return table.frame()


def facts_of(text: str, options: ExtractOptions | None = None) -> list[Fact]:
    """The facts of ``text`` as records, before they become a DataFrame: the pipeline's stages in order."""
    options = options or ExtractOptions()
    spans = find_spans(text, vague=options.vague, dollar=options.dollar)  # text -> spans
    sentences = SentenceIndex(text)
    facts = resolve(text, spans, sentences)  # spans -> facts: core category and counted noun
    facts = link_equivalents(text, facts)  # restatements in another currency
    facts = annotate_facts(text, facts, sentences)  # event, actor, place, claimant; breakdowns
    return mark_cumulative(facts, text, sentences)  # running totals


class FactTable:
    """The facts of a batch of documents, as columns; :meth:`frame` makes the DataFrame.

    >>> table = FactTable()
    >>> table.add("Russia launched 56 drones.", datetime.date(2024, 10, 22))
    1
    >>> table.frame()[["span", "category", "unit"]]
      span category   unit
    0   56   drones  drone

    """

    def __init__(self, options: ExtractOptions | None = None) -> None:
        self.options = options or ExtractOptions()
        self._columns: dict[str, list[object]] = {name: [] for name in (*_COPIED, "fact_id")}
        self._copied = [self._columns[name] for name in _COPIED]  # the same lists, in the order of _FIELDS
        self._money: list[int] = []  # row numbers of money facts
        self._days: list[datetime.date | None] = []  # one per money row
        self._stated: list[dict[str, float]] = []  # the article's own rates, one per money row
        self._physical: list[int] = []  # row numbers of physical quantities with a unit

    def __len__(self) -> int:
        return len(self._columns["start"])

    def add(self, text: str, published: datetime.date | None = None) -> int:
        """Extract the facts of one document and append them; return how many were added.

        Raises:
            TextError: If ``text`` holds a lone surrogate (it is not valid Unicode). Nothing is added
                when this or any other error is raised.

        """
        bad = surrogate_at(text)
        if bad is not None:
            raise TextError(f"the text has a lone surrogate U+{ord(text[bad]):04X} at offset {bad}: it is not "
                            "valid Unicode (decode the source with errors='replace', or repair it)")
        seen = visible(text)
        facts = facts_of(seen.text, self.options)
        stated = article_rates((f.rate_pair, f.value) for f in facts
                               if f.category == "exchange_rate")
        if self.options.quantities_only:
            facts = [f for f in facts if f.category in QUANTITY_CATEGORIES]
        first = len(self)
        if seen.offsets:
            rows = [_row(f, text, seen) for f in facts]
            _relink(rows)
            for name, column in self._columns.items():
                column.extend(row[name] for row in rows)
        elif facts:
            # Nothing invisible was taken out, so _row would copy every field as it is and _relink would
            # change nothing: the columns are the facts' fields, read in one pass and turned into columns
            for column, values in zip(self._copied, zip(*map(_FIELDS, facts), strict=True), strict=True):
                column.extend(values)
            self._columns["fact_id"].extend(f"q{f.start}-{f.end}" for f in facts)
        for i, fact in enumerate(facts):
            if fact.category == "money" and fact.currency is not None:
                self._money.append(first + i)
                self._days.append(published)
                self._stated.append(stated)
            elif fact.category in PHYSICAL_CATEGORIES and fact.unit is not None:
                self._physical.append(first + i)
        return len(facts)

    def frame(self) -> pd.DataFrame:
        """One DataFrame of every fact added, with the schema of ``quantex.schema.FACT_COLUMNS``."""
        n = len(self)
        if n == 0:
            return empty_facts()
        columns: dict[str, list[object]] = dict(self._columns)
        fx: dict[str, list[object]] = {name: [None] * n for name in (*_FX, *_EUR)}
        if self._money:
            values = [self._columns["value"][i] for i in self._money]
            codes = [str(self._columns["currency"][i]) for i in self._money]
            found = convert(values, codes, self._days, self._stated)  # type: ignore[arg-type]
            eur = to_eur(values, codes, found[0], found[1], self._days)  # type: ignore[arg-type]
            for name, got in zip((*_FX, *_EUR), (*found, *eur), strict=True):
                column = fx[name]
                for i, value in zip(self._money, got, strict=True):  # type: ignore[call-overload]
                    column[i] = value
        columns.update(fx)
        columns.update(self._base_columns(n))
        return from_columns(columns, n)

    def _base_columns(self, n: int) -> dict[str, list[object]]:
        """base_value, base_low, base_high and base_unit: each physical row's numbers in its base unit."""
        out: dict[str, list[object]] = {name: [None] * n for name in (*_BASE, "base_unit")}
        by_unit: dict[tuple[str, str], list[int]] = {}
        units, categories = self._columns["unit"], self._columns["category"]
        for i in self._physical:
            by_unit.setdefault((str(units[i]), str(categories[i])), []).append(i)
        for (unit, category), rows in by_unit.items():
            for name, source in zip(_BASE, ("value", "low", "high"), strict=True):
                got, base = to_base([self._columns[source][i] for i in rows], unit, category)  # type: ignore[misc]
                column = out[name]
                for i, value in zip(rows, got, strict=True):
                    column[i] = value
            for i in rows:
                out["base_unit"][i] = base
        return out


def _row(fact: Fact, text: str, seen: Visible) -> dict[str, object]:
    row = {name: getattr(fact, name) for name in _COPIED}
    if seen.offsets:
        start, end = seen.start(fact.start), seen.end(fact.end)
        row.update(start=start, end=end, span=text[start:end])
    row["fact_id"] = f"q{row['start']}-{row['end']}"
    row["cleaned_id"] = fact.fact_id
    return row


def _relink(rows: list[dict[str, object]]) -> None:
    """Point equivalent_of and part_of at the original-offset fact ids after invisible characters went."""
    ids = {row["cleaned_id"]: row["fact_id"] for row in rows}
    for row in rows:
        for name in ("equivalent_of", "part_of"):
            if row[name] is not None:
                row[name] = ids.get(row[name], row[name])

