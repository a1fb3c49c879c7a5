"""Whose drones, missiles, equipment and losses: the actor of a fact whose own clause names none.

:mod:`quantex.facts.context` reads the actor from a fact's clause ("110 Ukrainian drones", "Russia launched
43 missiles"). Reports often name the side once and then count without it: "Russia attacked with 93
missiles ... 81 missiles were shot down". This pass, over a document's facts in text order, fills the
actor from, in turn:

1. the total an elliptical or partial count belongs to ("Of these, 57 were destroyed");
2. for money restated in another currency, the sum it restates;
3. for drones and missiles launched, destroyed or lost, and equipment destroyed or hit: the side
   opposite the claimant's, or the last claimant's of the document (a Russian defence ministry
   count of drones shot down is of Ukrainian drones), else the last side named as launching drones
   or missiles in the document, else Russia when the report speaks of "the enemy" (the Ukrainian
   military's word for Russian forces);
4. for military losses ("lost up to 500 servicemen") claimed by one side, the other side.
"""

from __future__ import annotations

import regex

from quantex.records import Fact, updated
from quantex.schema import DOMAIN_CATEGORIES, QUANTITY_CATEGORIES
from quantex.vocab.actors import ACTOR_RE
from quantex.vocab.claimants import CLAIMANT_SIDES
from quantex.vocab.places import place_of

#: the other warring side
OPPOSITE = {"Russia": "Ukraine", "Ukraine": "Russia"}

_WEAPONS = frozenset({"drones", "missiles"})
_WEAPON_EVENTS = frozenset({"launched", "destroyed", "lost", "hit"})
_EQUIPMENT_EVENTS = frozenset({"destroyed", "hit", "lost"})
_LOSS_EVENTS = frozenset({"killed or injured", "killed", "lost"})
#: counted nouns of military personnel, whose losses a side's claimant reports about the other side
_MILITARY = frozenset({"serviceman", "soldier", "troop", "fighter", "mercenary", "personnel"})
_ENEMY = regex.compile(r"\bthe\s+enemy\b", regex.IGNORECASE)


def fill_sides(facts: list[Fact]) -> list[Fact]:
    """Return ``facts`` with actors filled where the document, not the clause, tells the side.

    >>> from quantex.extract import facts_of
    >>> [(f.span, f.actor) for f in facts_of("Russia launched 43 missiles. 30 missiles were shot down.")]
    [('43', 'Russia'), ('30', 'Russia')]
    """
    by_id: dict[str, Fact] = {}
    attacker: str | None = None
    speaker: str | None = None  # the side of the last claimant named, for "the ministry said" after it
    out: list[Fact] = []
    for fact in facts:
        speaker = CLAIMANT_SIDES.get(fact.claimant or "", speaker)
        if fact.actor is None:
            actor = _side(fact, by_id, attacker, speaker)
            if actor is not None:
                fact = updated(fact, actor=actor)
        if fact.category in _WEAPONS and fact.actor in OPPOSITE and fact.event in _WEAPON_EVENTS:
            attacker = fact.actor
        by_id[fact.fact_id] = fact
        out.append(fact)
    return out


def _side(fact: Fact, by_id: dict[str, Fact], attacker: str | None, speaker: str | None) -> str | None:
    total_id = fact.part_of or fact.antecedent or fact.equivalent_of
    total = by_id.get(total_id) if isinstance(total_id, str) else None
    if total is not None and total.actor is not None and (total.category == fact.category or fact.part_of):
        return total.actor
    claimed = OPPOSITE.get(speaker or "")
    if fact.category in _WEAPONS and (fact.event in _WEAPON_EVENTS or fact.event is None):
        if claimed is not None:
            return claimed
        if attacker is not None:
            return attacker
        return "Russia" if _ENEMY.search(fact.sentence) else None
    if fact.category == "equipment" and fact.event in _EQUIPMENT_EVENTS:
        return claimed
    if fact.category == "casualties" and fact.event in _LOSS_EVENTS and fact.unit in _MILITARY:
        return claimed
    return None


#: what may stand between two items of one list: punctuation, "and", "including", "as well as", a
#: counted noun and its modifiers, but no full stop, semicolon or verb ("39 drones and 18 missiles")
_LIST_GAP = regex.compile(r"[^.;!?]{0,80}", regex.IGNORECASE)
_LIST_WORD = regex.compile(r"(?::|,|\band\b|\bincluding\b|\bamong\s+them\b|\bas\s+well\s+as\b|\bplus\b)",
                           regex.IGNORECASE)


def inherit_events(text: str, facts: list[Fact]) -> list[Fact]:
    """Give an event to list items and restatements whose own clause has none.

    A money sum restated in another currency takes its original's event and actor; a domain count
    right after another in one list ("launched 82 weapons: 40 drones and 42 missiles", "Denmark 19
    and Norway 6") takes the previous item's event.
    """
    out: list[Fact] = []
    by_id: dict[str, Fact] = {}
    money: Fact | None = None  # the last sum, whose event a gapped list item shares
    parts: set[str] = set()  # sums that took their event from a total before them
    counted: Fact | None = None  # the last quantity: a designation between list items ("two KN-23 missiles, ...")
    for fact in facts:
        if fact.event is None:
            source = by_id.get(fact.equivalent_of) if fact.equivalent_of else None
            if source is not None:
                fact = updated(fact, event=source.event, actor=fact.actor or source.actor)
            elif counted is not None and fact.category in DOMAIN_CATEGORIES and _listed(text, counted, fact) and \
                    _carried(counted, fact) is not None:
                # the items of a list share its header's event and side: "Russia launched 82 weapons: 40
                # drones and 42 missiles", "destroyed 116 Ukrainian UAVs: 29 over Bryansk, 27 over Kursk"
                fact = updated(fact, event=_carried(counted, fact), actor=fact.actor or counted.actor)
            elif money is not None and fact.category == "money" and _gapped_share(text, money, fact):
                fact = updated(fact, event=money.event)
            elif money is not None and fact.category == "money" and _money_part(text, money, fact, parts):
                fact = updated(fact, event=money.event, actor=fact.actor or money.actor)
                parts.add(fact.fact_id)
            elif money is not None and fact.category == "money" and _continues(text, money, fact):
                # "The UK unveiled a £200m package. It includes £80m for ...": a part keeps its package's donor
                fact = updated(fact, event=money.event, actor=fact.actor or money.actor, part_of=fact.part_of or (
                    money.part_of or money.fact_id))
                parts.add(fact.fact_id)
        if fact.category == "money":
            money = fact
        if fact.category in QUANTITY_CATEGORIES:
            counted = fact
        by_id[fact.fact_id] = fact
        out.append(fact)
    return out


def _carried(previous: Fact, fact: Fact) -> str | None:
    """The event a list item takes from the item before: a casualty event only among casualties.

    "lost 380 servicemen, two tanks": the soldiers lost are killed or injured, the tanks are lost;
    "100 killed and 215 wounded, as well as 7 tanks": the tanks are neither, and take no event.
    """
    if (previous.category == "casualties") == (fact.category == "casualties"):
        return previous.event
    return "lost" if previous.event == "killed or injured" else None


def _listed(text: str, previous: Fact, fact: Fact) -> bool:
    if previous.event is None or previous.sentence != fact.sentence:
        return False
    if previous.category not in DOMAIN_CATEGORIES and not (
            # a mixed total heading a breakdown: "82 air attack weapons: 40 drones and 42 missiles"
            previous.category == "count" and _HEADER_WORD.search(text, previous.end, fact.start)):
        return False
    gap = _LIST_GAP.fullmatch(text, previous.end, fact.start)
    return gap is not None and _LIST_WORD.search(text, previous.end, fact.start) is not None


_HEADER_WORD = regex.compile(r":|including|among\s+them", regex.IGNORECASE)


#: a list item whose verb is left out: ", the United States $20 billion", "and Japan ¥471.9 billion"
_GAPPED_ACTOR = regex.compile(r"(?:[,;]|\band)\s+(?:the\s+)?\p{Lu}[\w.’'-]*(?:\s+\p{Lu}[\w.’'-]*){0,2}\s+$")


#: what introduces the parts of a sum: "$2.5 billion in weapons: a $1.25 billion drawdown and ..."
_MONEY_PART_CUE = regex.compile(r":|\binclud(?:ing|es)\b|\bof\s+which\b", regex.IGNORECASE)
_AND = regex.compile(r",|\band\b", regex.IGNORECASE)


def _money_part(text: str, total: Fact, fact: Fact, parts: set[str]) -> bool:
    """A sum after a cue (colon, "including") or after a part joined by "and" is a part of the total."""
    if total.event is None or total.sentence is not fact.sentence or total.equivalent_of:
        return False
    if _LIST_GAP.fullmatch(text, total.end, fact.start) is None:
        return False
    cue = _AND if total.fact_id in parts else _MONEY_PART_CUE
    return cue.search(text, total.end, fact.start) is not None


#: how a sentence continuing a package opens: "It includes", "The package will include", "A further", "Of the loan"
_CONTINUATION = regex.compile(
    r"\s*(?:it|this|that|the\s+(?:package|aid|loan|sum|money|funding|support|tranche))\s+(?:also\s+)?"
    r"(?:will\s+)?(?:includes?|comprises?|covers?|contains?)\b|\s*(?:a\s+further|another|of\s+(?:the|this|that|it))\b",
    regex.IGNORECASE)


def _continues(text: str, package: Fact, fact: Fact) -> bool:
    """A sum in the next sentence of its package's paragraph that opens as a continuation of it."""
    if package.event is None or package.actor is None or package.equivalent_of or fact.actor is not None:
        return False
    if package.sentence is fact.sentence or package.currency != fact.currency:
        return False
    between = text[package.end:fact.start]
    if "\n" in between or between.count(".") > 2:
        return False
    opening = text.rfind(fact.sentence[:20], 0, fact.start + 20) if fact.sentence else -1
    # a sentence that names an actor of its own ("Another €20 million came from Sweden") is not the package's
    return opening >= 0 and _CONTINUATION.match(text, opening) is not None and ACTOR_RE.search(fact.sentence) is None


def _gapped_share(text: str, previous: Fact, fact: Fact) -> bool:
    """A sum after another in one sentence, with only its donor before it, shares the other's event."""
    return (previous.category == "money" and previous.event is not None and previous.sentence is fact.sentence
            and fact.actor is not None and fact.actor != previous.actor
            and _GAPPED_ACTOR.search(text, max(previous.end, fact.start - 40), fact.start) is not None)


def merge_places(facts: list[Fact]) -> list[Fact]:
    """Read a bare city as its region when the document names the region: "over Kursk" after "Kursk Oblast".

    Reports name a region once and then shorten it; the city of the same name is rarely meant then.
    In a sentence that lists places by region, a bare city of the same name is its region too.
    """
    regions = {f.location for f in facts if f.location and f.location.endswith((" Oblast", " Krai"))}
    if not regions:
        return facts
    # a sentence listing places by region ("28 over the Belgorod region, 14 over Bryansk") names its
    # other places by region too
    listing = {id(f.sentence) for f in facts if f.location in regions}
    out = []
    for fact in facts:
        if fact.location and not fact.location.endswith((" Oblast", " Krai")):
            region = place_of(fact.location, region=True)
            if region in regions or (id(fact.sentence) in listing and region and region.endswith((" Oblast", " Krai"))):
                fact = updated(fact, location=region)
        out.append(fact)
    return out


__all__ = ["OPPOSITE", "fill_sides", "inherit_events", "merge_places"]
