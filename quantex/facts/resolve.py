"""Resolve spans into facts: category, counted noun, sentence and links between facts.

Core categories come from the span itself (currency -> money, unit -> its dimension, percent); a bare
number is a count of the noun after it (``quantex.facts.nouns.find_noun``, found once here) unless its
shape and place in the noun phrase make it a year, label, age, compound modifier, designation, date or
identifier (``quantex.facts.roles``); a year-like number with no counted noun is a date.
"""

from __future__ import annotations

from collections.abc import Sequence

from quantex.facts.nouns import find_noun
from quantex.facts.roles import role_of
from quantex.records import Fact, Span
from quantex.text.sentences import SentenceIndex

#: categories a span kind resolves to directly
_KIND_CATEGORY = {"date": "date", "time": "time", "age": "age", "ordinal": "ordinal",
                  "designation": "designation", "calibre": "calibre", "exchange_rate": "exchange_rate"}


def resolve(text: str, spans: Sequence[Span], sentences: SentenceIndex) -> list[Fact]:
    """Turn spans into facts with core categories; context is added by the next stages (see ``quantex.extract``)."""
    facts: list[Fact] = []
    s_start, s_end, sentence = -1, -1, ""
    for span in spans:
        if not s_start <= span.start < s_end:
            # one string per sentence, shared by its facts, not a copy per fact
            s_start, s_end = sentences.around(span.start)
            sentence = text[s_start:s_end]
        surface = text[span.start:span.end]
        base = dict(start=span.start, end=span.end, span=surface, sentence=sentence, rule=span.rule,
                    value=span.value, low=span.low, high=span.high, qualifier=span.qualifier,
                    approximate=span.approximate)
        if span.kind in _KIND_CATEGORY:
            cur = None
            if span.rate_pair:
                cur = span.rate_pair[1]
            facts.append(Fact(category=_KIND_CATEGORY[span.kind], currency=cur, **base,  # type: ignore[arg-type]
                              rate_pair=span.rate_pair))
            continue
        if span.money:
            facts.append(Fact(category="money", currency=span.currency, period=span.period, **base))  # type: ignore[arg-type]
        elif span.percent:
            facts.append(Fact(category="percent", unit="percent", **base))  # type: ignore[arg-type]
        elif span.unit is not None:
            role = role_of(text, span, None, s_start)
            if role is not None and role.category is not None:
                facts.append(Fact(category=role.category, **{**base, "rule": role.rule}))  # type: ignore[arg-type]
                continue
            facts.append(Fact(category=span.unit_category or "quantity", unit=span.unit, **base))  # type: ignore[arg-type]
        else:
            # found once here; quantex.facts.domain reads it from fact.noun rather than looking again
            noun = find_noun(text, span.end, s_end)
            if span.year_like and noun is None:
                facts.append(Fact(category="date", **{**base, "rule": "date.year"}))  # type: ignore[arg-type]
                continue
            role = role_of(text, span, noun, s_start)
            if role is not None and role.category is not None:
                facts.append(Fact(category=role.category, **{**base, "rule": role.rule}))  # type: ignore[arg-type]
                continue
            if role is not None:
                noun = role.noun  # "a 54-strong drone attack": the compound's own noun is counted
            facts.append(Fact(category="count", unit=noun.lemma if noun else None, **base,  # type: ignore[arg-type]
                              noun=noun))
    return facts
