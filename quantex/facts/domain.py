"""Domain facts: what a count is of, what happened, whose, where, who says so, and how counts relate.

Runs after the core facts are resolved. For each quantity it asks :func:`quantex.facts.context.annotate`
for the category, event, actor, location and claimant; then links elliptical and relational counts:
"Of the 56 drones launched, 48 were shot down" (48 inherits drones and is ``part_of`` the 56),
"downed 31 of 37 drones", "including eight over ...", a per-region breakdown after a colon.
Zero and singular casualty phrases ("no casualties", "a man was killed") become facts of their own.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

import regex

from quantex.facts.clauses import analyse
from quantex.facts.context import annotate
from quantex.facts.headlines import restate_headlines
from quantex.facts.links import link_parts
from quantex.facts.phrases import ZERO_AND_ONE, person_of, phrase_event
from quantex.facts.sides import fill_sides, inherit_events, merge_places
from quantex.facts.singular import singular_counts
from quantex.records import Fact, updated
from quantex.schema import DOMAIN_CATEGORIES, QUANTITY_CATEGORIES
from quantex.text.sentences import SentenceIndex
from quantex.vocab.nouns import NOUNS, noun_key

#: categories whose facts get context
_CONTEXT_CATEGORIES = frozenset({"count", "money", "personnel", "drones", "missiles", "casualties", "equipment",
                                 "percent", "distance"})
_BODIES_BEFORE = regex.compile(r"\bbodies\s+of\s+(?:at\s+least\s+)?$", regex.I)

def annotate_facts(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """Add domain categories, context and relations to core facts, and casualty phrases as facts."""
    phrases = _casualty_phrases(text, facts, sentences) + _singular_phrases(text, facts, sentences)
    if phrases:
        # "a 58-year-old farmer was killed": the phrase holds the age, which is not a fact of its own then
        facts = [f for f in facts if not any(p.start <= f.start and f.end <= p.end for p in phrases)]
    facts = _merge(facts, phrases)
    out: list[Fact] = []
    paragraph_claimant: str | None = None
    claimant_sentence = -1
    paragraph_end = -1
    for fact in facts:
        if fact.category not in _CONTEXT_CATEGORIES:
            out.append(fact)
            continue
        index = sentences.index_of(fact.start)
        s_start, s_end = sentences.bounds[index]
        if s_start > paragraph_end or index > claimant_sentence + 1:
            # an attribution carries to the next sentence of its paragraph, no further
            paragraph_end = _paragraph_end(text, s_start) if s_start > paragraph_end else paragraph_end
            paragraph_claimant = None
        category, unit, event, noun_end, antecedent = _noun(text, fact, out)
        ctx = annotate(text, s_start, s_end, fact.start, fact.end,
                       None if category == "count" and noun_end is None else category, noun_end,
                       lemma=unit if noun_end is not None and category != "money" else None,
                       claimant=paragraph_claimant, sentence=fact.sentence)
        # one new record per fact: the noun's and the context's changes together
        fact = updated(fact, category="money" if category == "money" else ctx.category or category, unit=unit,
                       event=event or ctx.event, actor=ctx.actor, location=ctx.location, claimant=ctx.claimant,
                       antecedent=antecedent)
        if (ctx.claimant and ctx.claimant != paragraph_claimant) or index == claimant_sentence:
            paragraph_claimant, claimant_sentence = ctx.claimant, index
        out.append(fact)
    facts = merge_places(fill_sides(inherit_events(text, link_parts(text, out, sentences))))
    return restate_headlines(text, _carry_places(text, facts, sentences))


def _carry_places(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """Give a casualty count whose sentence names no place the place of the sentence before.

    "A missile strike on Kryvyi Rih killed 20 people. Another 75 were wounded.": the second count is
    where the first is. Only from the sentence just before, in the same paragraph (no line break), or
    from a count of the same sentence that took it so.
    """
    out: list[Fact] = []
    place, place_sentence = None, -2
    for fact in facts:
        if fact.category in _CONTEXT_CATEGORIES:
            index = sentences.index_of(fact.start)
            if fact.location is None and fact.category == "casualties" and index - place_sentence not in (0, 1) \
                    and index > 0:
                # "Shelling hit Zaporizhzhia on Monday. Two people were killed.": the one place the sentence
                # before names, when no count of it took a place
                named = _only_place(text, sentences, index - 1)
                if named is not None:
                    place, place_sentence = named, index - 1
            if fact.location is None and fact.category == "casualties" and place is not None and \
                    index - place_sentence in (0, 1) and \
                    "\n" not in text[sentences.bounds[place_sentence][1]:sentences.bounds[index][0]]:
                fact = updated(fact, location=place)
            if fact.location is not None:
                place, place_sentence = fact.location, index
        out.append(fact)
    return out


def _only_place(text: str, sentences: SentenceIndex, index: int) -> str | None:
    """The place a sentence names, when it names exactly one (in the gazetteer), else None."""
    start, end = sentences.bounds[index]
    sentence = analyse(text[start:end])
    names = {m.name for m in sentence.places}
    if len(names) != 1 or _MORE_NAMES.match(sentence.text, sentence.places[-1].end):
        return None  # "Drones hit Kyiv and Lviv.": a second name the gazetteer missed makes it two places
    return names.pop()


_MORE_NAMES = regex.compile(r"\s*(?:,|\s+and|\s+or)\s+(?:the\s+)?\p{Lu}")


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


Noun = tuple[str, str | None, str | None, int | None, str | None]


#: nouns that stand for the thing counted before them: "... 500 drones. Air defences neutralised 472 units"
_ELLIPTICAL_HEADS = frozenset({"unit", "piece", "item"})


def _noun(text: str, fact: Fact, previous: list[Fact]) -> Noun:
    """The counted noun: (category, unit, event, noun end, antecedent); a bare number takes its total's noun."""
    unchanged = (fact.category, fact.unit, fact.event, None, fact.antecedent)
    if fact.category == "money" or fact.unit == "percent" or fact.category in ("distance",):
        return unchanged
    if fact.phrase:
        return unchanged
    noun = fact.noun
    if noun is not None and noun.lemma in _ELLIPTICAL_HEADS:
        # "Air defences neutralised 472 units": units of the thing counted before
        total = _antecedent(text, fact, previous)
        if total is not None:
            return total.category, total.unit, fact.event, noun.end, total.fact_id
    if noun is not None:
        category = noun.category or "count"
        if fact.category == "casualties":
            category = "casualties"
        return category, noun.lemma, fact.event, noun.end, fact.antecedent
    if _BODIES_BEFORE.search(text, max(0, fact.start - 30), fact.start):
        return "casualties", "body", "killed", None, fact.antecedent
    total = _antecedent(text, fact, previous)
    if total is not None:
        return total.category, total.unit, fact.event, None, total.fact_id
    return unchanged


def _antecedent(text: str, fact: Fact, previous: list[Fact]) -> Fact | None:
    """The nearest earlier domain count in this or the previous sentence, for an elliptical number."""
    for candidate in reversed(previous[-6:]):
        if (candidate.category in DOMAIN_CATEGORIES or _mixed_weapons(candidate)) and fact.start - candidate.end < 400:
            return candidate
    return None


def _mixed_weapons(fact: Fact) -> bool:
    """A mixed total of weapons ("236 missiles and drones"): a count whose noun is a weapon's."""
    return fact.category == "count" and fact.unit is not None and \
        NOUNS.get(noun_key(fact.unit), ("",))[0] in ("drones", "missiles")


def _casualty_phrases(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    # a phrase overlapping a fact is no phrase: some fact starting before its end ends after its start
    # only quantities block a phrase: an age or a designation inside it is the phrase's own word
    facts = [f for f in facts if f.category in QUANTITY_CATEGORIES]
    starts = [f.start for f in facts]
    reach = list(accumulate((f.end for f in facts), max))
    found: list[Fact] = []
    for m in ZERO_AND_ONE.finditer(text):
        before = bisect_left(starts, m.end())
        if before and reach[before - 1] > m.start():
            continue
        s_start, s_end = sentences.around(m.start())
        lower = m.group().lower()
        value = 0.0 if m.group("zero") else 1.0
        event = phrase_event(lower, text[m.end():m.end() + 40].lower())
        found.append(Fact(start=m.start(), end=m.end(), span=m.group(), sentence=text[s_start:s_end],
                          category="casualties", rule="casualties.zero" if value == 0 else "casualties.one",
                          value=value, low=value, high=value, event=event,
                          unit=None if value == 0 else person_of(m.group()),
                          phrase=True))
    return found


def _singular_phrases(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """One weapon or piece of equipment without a number ("a missile was shot down"), where no fact is."""
    found = []
    for start, end, noun in singular_counts(text, 0, len(text)):
        if any(f.start < noun.end and start < f.end for f in facts if f.category in QUANTITY_CATEGORIES):
            continue
        s_start, s_end = sentences.around(start)
        found.append(Fact(start=start, end=end, span=text[start:end], sentence=text[s_start:s_end],
                          category=noun.category or "count", rule="singular.one", value=1.0, low=1.0, high=1.0,
                          unit=noun.lemma, noun=noun))
    return found


def _merge(facts: list[Fact], extra: list[Fact]) -> list[Fact]:
    if not extra:
        return facts
    return sorted([*facts, *extra], key=lambda f: (f.start, f.end))


__all__ = ["annotate_facts"]

