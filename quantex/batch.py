"""Facts of many documents gathered as columns, turned into one DataFrame per batch.

Building a pandas frame costs about a millisecond whatever its length, more than extracting a short
document; so :class:`FactTable` keeps the facts of each document it is given as plain column lists,
converts the money of the whole batch with one rate look-up, and builds the frame once, in
:meth:`FactTable.frame`. :func:`quantex.extract` is a batch of one document; the corpus paths
(:mod:`quantex.corpus.run`, :mod:`quantex.corpus.pool`, :mod:`quantex.write.stream`) use batches of many.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import attrgetter

import pandas as pd

from quantex.errors import TextError
from quantex.facts.cumulative import mark_cumulative
from quantex.facts.resolve import resolve
from quantex.frame import QUANTITY_CATEGORIES, empty_facts, from_columns
from quantex.money.convert import article_rates, convert
from quantex.records import Fact
from quantex.spans.find import find_spans
from quantex.text.invisible import Visible, surrogate_at, visible
from quantex.text.sentences import SentenceIndex
from quantex.vocab.numbers import Vague

#: Fact fields copied as they are into the column of the same name
_COPIED = ("start", "end", "span", "sentence", "category", "value", "low", "high", "qualifier", "approximate",
           "unit", "currency", "period", "event", "actor", "location", "claimant", "equivalent_of", "part_of",
           "rule")
_FIELDS = attrgetter(*_COPIED)  # a fact's _COPIED fields as one tuple
_FX = ("value_usd", "fx_rate", "fx_date", "fx_source")


def facts_of(text: str, *, dollar: str = "USD", vague: Mapping[str, Vague] | None = None) -> list[Fact]:
    """The facts of ``text`` as records, before they become a DataFrame."""
    spans = find_spans(text, vague=vague, dollar=dollar)
    sentences = SentenceIndex(text)
    return mark_cumulative(resolve(text, spans, sentences), text, sentences)


class FactTable:
    """The facts of a batch of documents, as columns; :meth:`frame` makes the DataFrame.

    >>> table = FactTable()
    >>> table.add("Russia launched 56 drones.", datetime.date(2024, 10, 22))
    1
    >>> table.frame()[["span", "category", "unit"]]
      span category   unit
    0   56   drones  drone

    """

    def __init__(self, *, dollar: str = "USD", vague: Mapping[str, Vague] | None = None,
                 quantities_only: bool = False) -> None:
        self.dollar = dollar
        self.vague = vague
        self.quantities_only = quantities_only
        self._columns: dict[str, list[object]] = {name: [] for name in (*_COPIED, "fact_id")}
        self._copied = [self._columns[name] for name in _COPIED]  # the same lists, in the order of _FIELDS
        self._money: list[int] = []  # row numbers of money facts
        self._days: list[datetime.date | None] = []  # one per money row
        self._stated: list[dict[str, float]] = []  # the article's own rates, one per money row

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
        facts = facts_of(seen.text, dollar=self.dollar, vague=self.vague)
        stated = article_rates((f.extra.get("rate_pair"), f.value) for f in facts  # type: ignore[misc]
                               if f.category == "exchange_rate")
        if self.quantities_only:
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
        return len(facts)

    def frame(self) -> pd.DataFrame:
        """One DataFrame of every fact added, with the schema of ``quantex.frame.FACT_COLUMNS``."""
        n = len(self)
        if n == 0:
            return empty_facts()
        columns: dict[str, list[object]] = dict(self._columns)
        fx: dict[str, list[object]] = {name: [None] * n for name in _FX}
        if self._money:
            values = [self._columns["value"][i] for i in self._money]
            codes = [str(self._columns["currency"][i]) for i in self._money]
            found = convert(values, codes, self._days, self._stated)  # type: ignore[arg-type]
            for name, got in zip(_FX, found, strict=True):
                column = fx[name]
                for i, value in zip(self._money, got, strict=True):  # type: ignore[call-overload]
                    column[i] = value
        columns.update(fx)
        return from_columns(columns, n)


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

