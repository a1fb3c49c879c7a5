"""Domain facts: what a count is of, what happened, whose, where, who says so, and how counts relate.

Runs after the core facts are resolved. For each quantity it asks :func:`quantex.context.annotate`
for the category, event, actor, location and claimant; then links elliptical and relational counts:
"Of the 56 drones launched, 48 were shot down" (48 inherits drones and is ``part_of`` the 56),
"downed 31 of 37 drones", "including eight over ...", a per-region breakdown after a colon.
Zero and singular casualty phrases ("no casualties", "a man was killed") become facts of their own.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from quantex.context import annotate
from quantex.nouns import NounMatch
from quantex.records import Fact
from quantex.sentences import SentenceIndex

#: categories whose facts get context
_CONTEXT_CATEGORIES = frozenset({"count", "money", "personnel", "drones", "missiles", "casualties", "equipment",
                                 "percent", "distance"})
_DOMAIN = frozenset({"personnel", "drones", "missiles", "casualties", "equipment"})
#: words between a total and a bare number that make the number a part of the total
_PART_CUE = regex.compile(
    r"(?:\binclud(?:ing|es|ed)\b|\bof\s+(?:which|them|these|those)\b|\bamong\s+them\b|:|\bwith\b)", regex.I
)
_OF_TOTAL = regex.compile(r"^\s+(?:out\s+)?of\s+(?:the\s+)?$", regex.I)
_OF_THE_BEFORE = regex.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?$", regex.I)
_BODIES_BEFORE = regex.compile(r"\bbodies\s+of\s+(?:at\s+least\s+)?$", regex.I)

#: zero and singular casualty phrases -> (value, event); the phrase is the span
ZERO_AND_ONE = regex.compile(
    r"""(?P<zero>\bno\s+(?:casualties|injuries|fatalities|deaths|victims|one\s+was\s+(?:killed|hurt|injured|wounded)
          |immediate\s+reports?\s+of\s+(?:casualties|injuries))
        |\bnobody\s+was\s+(?:killed|hurt|injured|wounded)
        |\bthere\s+were\s+no\s+(?:casualties|injuries|deaths))
      | (?P<one>\b(?:a|one)\s+(?:man|woman|child|boy|girl|civilian|person|resident|teenager|pensioner|soldier|
          firefighter|rescuer|driver|medic)\b(?=\s+(?:was|has\s+been|had\s+been|is)\s+(?:killed|injured|wounded|hurt|
          died)))""",
    regex.I | regex.X,
)


def annotate_facts(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """Add domain categories, context and relations to core facts, and casualty phrases as facts."""
    facts = _merge(facts, _casualty_phrases(text, facts, sentences))
    out: list[Fact] = []
    paragraph_claimant: str | None = None
    claimant_sentence = -1
    paragraph_end = -1
    for fact in facts:
        if fact.category not in _CONTEXT_CATEGORIES:
            out.append(fact)
            continue
        s_start, s_end = sentences.around(fact.start)
        index = sentences.index_of(fact.start)
        if s_start > paragraph_end or index > claimant_sentence + 1:
            # an attribution carries to the next sentence of its paragraph, no further
            paragraph_end = _paragraph_end(text, s_start) if s_start > paragraph_end else paragraph_end
            paragraph_claimant = None
        fact = _with_noun(text, fact, out)
        noun = fact.extra.get("noun_span")
        noun_end = noun[1] if isinstance(noun, tuple) else None
        category = None if fact.category == "count" and noun_end is None else fact.category
        ctx = annotate(text, s_start, s_end, fact.start, fact.end, category, noun_end,
                       lemma=fact.unit if noun_end is not None and fact.category != "money" else None,
                       claimant=paragraph_claimant)
        new_category = ctx.category or fact.category
        if fact.category == "money":
            new_category = "money"
        event = fact.event or ctx.event
        fact = replace(fact, category=new_category, event=event, actor=ctx.actor, location=ctx.location,
                       claimant=ctx.claimant)
        if (ctx.claimant and ctx.claimant != paragraph_claimant) or index == claimant_sentence:
            paragraph_claimant, claimant_sentence = ctx.claimant, index
        out.append(fact)
    return _relations(text, out, sentences)


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def _with_noun(text: str, fact: Fact, previous: list[Fact]) -> Fact:
    """Find the counted noun; a bare number inherits the noun of the total it refers to."""
    if fact.category == "money" or fact.unit == "percent" or fact.category in ("distance",):
        return fact
    if fact.extra.get("phrase"):
        return fact
    noun = fact.extra.get("noun")
    if isinstance(noun, NounMatch):
        category = noun.category or "count"
        if fact.category == "casualties":
            category = "casualties"
        return replace(fact, category=category, unit=noun.lemma,
                       extra={**fact.extra, "noun_span": (noun.start, noun.end)})
    if _BODIES_BEFORE.search(text, max(0, fact.start - 30), fact.start):
        return replace(fact, category="casualties", unit="body", event="killed")
    total = _antecedent(text, fact, previous)
    if total is not None:
        return replace(fact, category=total.category, unit=total.unit,
                       extra={**fact.extra, "antecedent": total.fact_id})
    return fact


def _antecedent(text: str, fact: Fact, previous: list[Fact]) -> Fact | None:
    """The nearest earlier domain count in this or the previous sentence, for an elliptical number."""
    for candidate in reversed(previous[-6:]):
        if candidate.category in _DOMAIN and fact.start - candidate.end < 400:
            return candidate
    return None


def _relations(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    """Set part_of for breakdowns: "M of N", "of the N ..., M", "including M", "N: a over X, b over Y"."""
    by_id: dict[str, Fact] = {}
    out: list[Fact] = []
    for i, fact in enumerate(facts):
        if fact.category not in _DOMAIN or fact.part_of:
            by_id[fact.fact_id] = fact
            out.append(fact)
            continue
        part_of = None
        nxt = facts[i + 1] if i + 1 < len(facts) else None
        # "downed 31 of 37 attack drones"
        if nxt is not None and nxt.category == fact.category and _OF_TOTAL.match(text[fact.end:nxt.start]):
            part_of = nxt.fact_id
        antecedent = fact.extra.get("antecedent")
        if part_of is None and isinstance(antecedent, str) and antecedent in by_id:
            total = by_id[antecedent]
            gap = text[total.end:fact.start]
            same_sentence = sentences.around(total.start) == sentences.around(fact.start)
            if _PART_CUE.search(gap) or _OF_THE_BEFORE.search(text, max(0, total.start - 12), total.start):
                part_of = total.part_of or total.fact_id
            elif same_sentence and total.part_of:
                part_of = total.part_of  # a sibling in a breakdown: "43 over Kursk, 27 over Lipetsk"
            elif not same_sentence and regex.match(r"(?i)\s*(?:of\s+(?:these|them|those)|another)\b",
                                                   text[sentences.around(fact.start)[0]:fact.start]):
                part_of = total.part_of or total.fact_id
        elif part_of is None and i > 0:
            prev = out[-1]
            gap = text[prev.end:fact.start]
            if prev.category == fact.category and prev.unit == fact.unit and regex.search(
                    r"\binclud(?:ing|es|ed)\b", gap, regex.I) and "." not in gap:
                part_of = prev.part_of or prev.fact_id
        if part_of:
            total_event = by_id[part_of].event if part_of in by_id else None
            fact = replace(fact, part_of=part_of, event=fact.event or total_event)
        by_id[fact.fact_id] = fact
        out.append(fact)
    return out


def _casualty_phrases(text: str, facts: list[Fact], sentences: SentenceIndex) -> list[Fact]:
    taken = [(f.start, f.end) for f in facts]
    found: list[Fact] = []
    for m in ZERO_AND_ONE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        s_start, s_end = sentences.around(m.start())
        lower = m.group().lower()
        value = 0.0 if m.group("zero") else 1.0
        event = _phrase_event(lower, text[m.end():m.end() + 40].lower())
        found.append(Fact(start=m.start(), end=m.end(), span=m.group(), sentence=text[s_start:s_end],
                          category="casualties", rule="casualties.zero" if value == 0 else "casualties.one",
                          value=value, low=value, high=value, event=event,
                          unit=None if value == 0 else m.group().split()[-1].lower(),
                          extra={"phrase": True}))
    return found


def _phrase_event(phrase: str, after: str) -> str:
    verbs = ("kill", "death", "fatalit", "died", "injur", "hurt", "wounded", "casualt")
    words = phrase if any(v in phrase for v in verbs) else phrase + " " + after.split(".")[0]
    killed = any(w in words for w in ("killed", "death", "fatalit", "died"))
    injured = any(w in words for w in ("injur", "hurt", "wounded"))
    if killed and not injured:
        return "killed"
    if injured and not killed:
        return "injured"
    return "killed or injured"


def _merge(facts: list[Fact], extra: list[Fact]) -> list[Fact]:
    if not extra:
        return facts
    return sorted([*facts, *extra], key=lambda f: (f.start, f.end))


__all__ = ["annotate_facts"]

