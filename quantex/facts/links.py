"""Links between the facts of a document: restatements and breakdowns.

Two relations, each a column of the facts table holding another fact's id:

- ``equivalent_of``: the same amount restated in another currency, "$50 billion (£38.39 billion)", or the
  same quantity in another unit, "6 km (3.7 miles)" (:func:`link_equivalents`, run right after the core
  categories);
- ``part_of``: a part of a total: "Of the 56 drones launched, 48 were shot down", "downed 31 of 37",
  "including eight over ...", a per-region breakdown after a colon, the sums a package "includes"
  (:func:`link_parts`, run once every fact has its category, noun and antecedent).

A part takes its total's event when it states none of its own.
"""

from __future__ import annotations

import math

import regex

from quantex.facts.measures import to_base
from quantex.records import Fact, updated
from quantex.schema import DOMAIN_CATEGORIES, PHYSICAL_CATEGORIES
from quantex.text.sentences import SentenceIndex
from quantex.vocab.cues import INCLUDE_WORDS, MONEY_PART_WORDS, PART_WORDS, cue_alternation

__all__ = ["link_equivalents", "link_parts"]

_EQUIVALENT_GAP = regex.compile(
    r"^\s*(?:[(\[]|,?\s*(?:or|equivalent\s+to|worth|i\.e\.)\s)\s*(?:about|around|roughly|approximately|some|~|c\.)?\s*$",
    regex.IGNORECASE,
)

#: words between a total and a bare number that make the number a part of the total
_PART_CUE = regex.compile(rf"(?:{cue_alternation(PART_WORDS)}|:|\bwith\b)", regex.I)
_INCLUDE = regex.compile(cue_alternation(INCLUDE_WORDS), regex.I)
#: "31 of 37", "17 out of 22", "25 UAVs out of 38" (the part's noun may stand before "of")
_OF_TOTAL = regex.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:out\s+)?of\s+(?:the\s+)?$", regex.I)
_OF_THE_BEFORE = regex.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$", regex.I)
#: "Of the 132 drones," opening a sentence or clause: a total whose breakdown follows
_HEADER_BEFORE = regex.compile(r"(?:^|[.;:\n]\s*)of\s+(?:the\s+|these\s+|those\s+)?$", regex.I)
#: "112 drones, 89 of which were neutralized": the number is a part of its antecedent
_OF_WHICH_AFTER = regex.compile(r"\s+of\s+(?:which|them|these|those)\b", regex.I)
_OF_THESE = regex.compile(r"\s*(?:of\s+(?:these|them|those)|another)\b", regex.I)

def link_equivalents(text: str, facts: list[Fact]) -> list[Fact]:
    """Mark restatements as ``equivalent_of``: money in another currency, a quantity in another unit.

    Money: "$50 billion (£38.39 billion)". A quantity: "6 km (3.7 miles)", when pint puts both within
    :data:`RESTATED_WITHIN` of each other ("5 km or 10 miles" is two quantities).
    """
    out: list[Fact] = []
    previous_money: Fact | None = None
    previous_measure: Fact | None = None
    for fact in facts:
        if fact.category == "money":
            if previous_money is not None and fact.currency != previous_money.currency and \
                    _EQUIVALENT_GAP.match(text[previous_money.end:fact.start]):
                fact = updated(fact, equivalent_of=previous_money.fact_id)
            else:
                previous_money = fact
        elif fact.category in PHYSICAL_CATEGORIES and fact.unit is not None:
            if previous_measure is not None and _restates(text, previous_measure, fact):
                fact = updated(fact, equivalent_of=previous_measure.fact_id)
            else:
                previous_measure = fact
        out.append(fact)
    return out


RESTATED_WITHIN = 0.2
"""Largest relative difference of base values for a quantity in another unit to count as a restatement: a
conversion rounded to one or two digits ("10 km (6 miles)" is 3.4% off, "1.5 km (1 mile)" 7%)."""
_TEMPERATURE_WITHIN = 1.0  # degrees Celsius: "30 °F (-1 °C)" is 10% off a figure near zero


def _restates(text: str, first: Fact, second: Fact) -> bool:
    """True when ``second`` restates ``first`` in another unit of the same category, right after it."""
    if second.category != first.category or second.unit == first.unit or \
            not _EQUIVALENT_GAP.match(text[first.end:second.start]):
        return False
    a, _ = to_base([first.value, first.low, first.high], str(first.unit), first.category)
    b, _ = to_base([second.value, second.low, second.high], str(second.unit), second.category)
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if not (math.isnan(x) or math.isnan(y))]
    slack = _TEMPERATURE_WITHIN if first.category == "temperature" else 0.0
    return bool(pairs) and all(abs(x - y) <= max(RESTATED_WITHIN * max(abs(x), abs(y)), slack) for x, y in pairs)


def link_parts(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """Set part_of for breakdowns: "M of N", "of the N ..., M", "including M", "N: a over X, b over Y"."""
    by_id: dict[str, Fact] = {}
    out: list[Fact] = []
    header: Fact | None = None  # "Of the 132 drones, 88 were downed, 41 lost": the sentence's total
    for i, fact in enumerate(facts):
        if fact.category == "money" and not fact.part_of and not fact.equivalent_of:
            fact = _money_part(text, fact, out)
        if fact.category not in DOMAIN_CATEGORIES or fact.part_of:
            by_id[fact.fact_id] = fact
            out.append(fact)
            continue
        if _HEADER_BEFORE.search(text, max(0, fact.start - 12), fact.start):
            header = fact
            by_id[fact.fact_id] = fact
            out.append(fact)
            continue
        part_of = None
        if header is not None and header.sentence == fact.sentence and header.category == fact.category:
            part_of = header.fact_id
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        # "downed 31 of 37 attack drones"
        if part_of is None and nxt is not None and nxt.category == fact.category and \
                _OF_TOTAL.match(text[fact.end:nxt.start]):
            part_of = nxt.fact_id
        antecedent = fact.antecedent
        if part_of is None and isinstance(antecedent, str) and antecedent in by_id:
            total = by_id[antecedent]
            gap = text[total.end:fact.start]
            same_sentence = sentences.around(total.start) == sentences.around(fact.start)
            if _PART_CUE.search(gap) or _OF_THE_BEFORE.search(text, max(0, total.start - 12), total.start) or \
                    _OF_WHICH_AFTER.match(text, fact.end):
                part_of = total.part_of or total.fact_id
            elif same_sentence and total.part_of:
                part_of = total.part_of  # a sibling in a breakdown: "43 over Kursk, 27 over Lipetsk"
            elif not same_sentence and _OF_THESE.match(text, sentences.around(fact.start)[0], fact.start):
                part_of = total.part_of or total.fact_id
        elif part_of is None and i > 0:
            prev = out[-1]
            gap = text[prev.end:fact.start]
            if prev.category == fact.category and prev.unit == fact.unit and _INCLUDE.search(gap) and "." not in gap:
                # "30 of them were shot down, including 13 over Kyiv": the 13 are a part of the 30
                part_of = prev.fact_id if prev.part_of and _OF_WHICH_AFTER.match(text, prev.end) else (
                    prev.part_of or prev.fact_id)
        if part_of == fact.fact_id:
            part_of = None  # "25 UAVs out of 38": the 38 is the total its antecedent is part of
        if part_of:
            total_event = by_id[part_of].event if part_of in by_id else None
            fact = updated(fact, part_of=part_of, event=fact.event or total_event)
        by_id[fact.fact_id] = fact
        out.append(fact)
    return _launched_totals(out)


#: events of a part that make its total of weapons the number launched: "shot down 17 of 22 drones"
_SPENT = frozenset({"destroyed", "lost", "hit"})


def _launched_totals(facts: list[Fact]) -> list[Fact]:
    """A total of drones or missiles with no verb of its own, whose parts were downed, lost or hit, was launched.

    "Air defences downed 17 out of 22 Russian drones": the 22 are the drones launched, as a
    researcher enters them; a total whose clause has a verb keeps it.
    """
    spent = {f.part_of: f for f in facts if f.part_of and f.event in _SPENT}
    if not spent:
        return facts
    out = []
    for f in facts:
        part = spent.get(f.fact_id)
        if part is not None and f.category in ("drones", "missiles") and f.event in (None, "launched"):
            # the weapons launched and those of them downed are one side's: "Ukraine downs 17 of 18 drones"
            f = updated(f, event="launched", actor=part.actor or f.actor)
        out.append(f)
    return out


_INCLUDES = regex.compile(cue_alternation(MONEY_PART_WORDS), regex.IGNORECASE)


def _money_part(text: str, fact: Fact, before: list[Fact]) -> Fact:
    """A sum a package "includes" ("a $95bn package that includes nearly $61bn for Ukraine") is part of it."""
    for total in reversed(before):
        if total.sentence != fact.sentence:
            break
        if total.category != "money" or total.equivalent_of or total.currency != fact.currency:
            continue
        gap = text[total.end:fact.start]
        if _INCLUDES.search(gap) and "." not in gap and total.value >= fact.value:
            return updated(fact, part_of=total.part_of or total.fact_id, event=fact.event or total.event,
                           actor=fact.actor or total.actor)
        break
    return fact
