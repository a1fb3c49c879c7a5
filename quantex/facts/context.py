"""What a number in a sentence is about: its category, event, actor, location and claimant.

The caller (the span finder) knows where the number and its counted noun are; :func:`annotate` reads
the clause around them. The sentence scan is shared through :func:`quantex.facts.clauses.analyse`, so the
cost per number is a few comparisons over the sentence's mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from quantex.facts.clauses import END, START, Event, Mention, Sentence, analyse
from quantex.facts.nouns import NUMBER_TOKEN, find_noun
from quantex.facts.sides import OPPOSITE
from quantex.vocab.actors import ACTOR_RE, DEMONYMS, NOT_PLACES, actor_of
from quantex.vocab.cues import FROZEN_WORDS, cue_alternation
from quantex.vocab.events import ATTACK_WITH_RE, INTRANSITIVE, MONEY_EVENTS, OWNER_EVENTS, event_of
from quantex.vocab.nouns import NOUN_EVENTS, NOUNS, noun_key
from quantex.vocab.places import place_of

#: How far from the number an event verb may be, before and after (characters).
LEFT_REACH = 150
RIGHT_REACH = 120

#: categories that may be located in a country, and the prepositions that put them there
_COUNTRY_PREPOSITIONS = {"personnel": frozenset({"in", "to", "into", "inside"}),
                         "money": frozenset({"in"}), "casualties": frozenset({"in"})}
_PLACED_IN_COUNTRIES = frozenset(_COUNTRY_PREPOSITIONS)
_PRESENT_IN_RE = regex.compile(r"\s+(?:(?:are|were|is|was|remain|remained|now|already|still|currently|"
                            r"reportedly)\s+)*(?:in|inside)\s", regex.IGNORECASE)
_CASUALTY_EVENTS = frozenset({"killed", "injured", "killed or injured"})
_UPGRADABLE = frozenset({"count", "personnel"})
_FUTURE_RE = regex.compile(r"\b(?:will|would|shall|plans?\s+to|is\s+to|are\s+to|to)\s+(?:be\s+)?$", regex.IGNORECASE)
_FROZEN_RE = regex.compile(rf"\s+(?:in|of)\s+(?:[\w'’-]+\s+){{0,2}}?{cue_alternation(FROZEN_WORDS)}", regex.IGNORECASE)
_STRIKE_EVENTS = frozenset({"destroyed", "hit"})
_STRUCK = frozenset({"drones", "missiles", "equipment"})
# "48 of the 74 drones": the verb before "48 of the" belongs to the part, not the total
_PART_OF_RE = regex.compile(rf"(?<![\w-]){NUMBER_TOKEN}\s+(?:[\w-]+\s+)?(?:out\s+)?of\s+(?:the\s+)?$",
                            regex.IGNORECASE)
# verbs that cannot take the number as their object ("12 died and 30 ...")
_NOT_TRANSITIVE = INTRANSITIVE - {"hit", "struck"}
#: a count and its noun right before a participle: "1 person killed (and 8 injured)", "3 dead (and 12 wounded)"
#: a participle clause opening after a comma: ", launching", ", firing" (its subject is the main clause's)
_PARTICIPLE_CLAUSE_RE = regex.compile(r",\s*(?:\w+ly\s+)?$")
_OF_WHICH_RE = regex.compile(r"\s+of\s+(?:which|whom)\b", regex.IGNORECASE)  # not "downed 76 of them"
#: "Of the 132 drones," at the start of a sentence or clause: a total its breakdown follows
_TOTAL_HEADER_RE = regex.compile(r"(?:^|[.;:]\s+)of\s+(?:the\s+|these\s+|those\s+)?$", regex.IGNORECASE)
_LOSSES_RE = regex.compile(r"\b(?:losses|casualties)\b", regex.IGNORECASE)
#: between a side and its "losses": "Russia's", "Russian military", "the enemy's combat"
_OWNER_GAP_RE = regex.compile(r"(?:['’]s)?\s+(?:(?:military|army|troop|combat|battlefield|total|overall)\s+)?")
_OWN_COUNT_BEFORE_RE = regex.compile(
    r"(?<![\w:.,-])\d[\d,.]*\s+(?:(?!(?:and|or|but|then|to|the|a|an)\s)[\p{Ll}-]+\s+){0,2}$")
_FROM_ACTOR_RE = regex.compile(r"\s+(?P<prep>from|of|in)\s+(?:(?:the|frozen|immobilised|immobilized|new|"
                               r"military|financial|further)\s+)*", regex.IGNORECASE)
_PRONOUN_RE = regex.compile(r"\s*(?:it|they|its|their)\b", regex.IGNORECASE)
# "the EU €18bn, the United States $20 billion, Canada C$5 billion": an actor right before a list item
_GAPPED_RE = regex.compile(r"(?:[,;]|\band)\s+(?:the\s+)?$", regex.IGNORECASE)
# "a $50 billion (£39.3 billion) loan": a parenthetical restatement between a sum and its noun
_MONEY_NOUN_GAP_RE = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*|\)\s*)?")
_RESTATED_RE = regex.compile(r"\s*(?:\([^()]{0,40}\)|\))")
# "€18.1 billion to the G7 loan", "¥235 billion under the G7 loan": a share of a loan is loaned
_SHARE_OF_LOAN_RE = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*|\)\s*)?(?:to\s+\p{Lu}[\w’'-]*\s+)?"
                                  r"(?:to|under|towards?|into)\s+"
                                  r"(?:the|a|its|their)\s+(?:[\w$-]+\s+){0,3}?loans?\b", regex.IGNORECASE)


#: what follows the owner of frozen or sanctioned money: "Russian (central bank / sovereign) assets"
_ASSET_OWNER_RE = regex.compile(r"\s+(?:(?:central[\s-]bank|sovereign|state|frozen|immobili[sz]ed|sanctioned)\s+){0,3}"
                                r"(?:assets|funds|reserves|money|deposits)\b", regex.IGNORECASE)
#: a supply participle before "by": its agent is the donor of the thing, which is the recipient's side
_SUPPLIED_BY_RE = regex.compile(r"\b(?:supplied|provided|delivered|donated|given|sent|gifted|transferred|"
                                r"made|manufactured|produced|built)\s+(?:\w+\s+)?by\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What :func:`annotate` read around a number; every field may be None."""

    category: str | None
    event: str | None
    actor: str | None
    location: str | None
    claimant: str | None


def _clause(s: Sentence, start: int, after: int) -> tuple[int, int]:
    """Bounds of the clause holding ``[start, after)``: after the last hard break, up to the next."""
    hard = s.hard
    i = bisect_left(hard, start)
    j = bisect_left(hard, after, i)
    return (hard[i - 1] + 1 if i else 0), (hard[j] if j < len(hard) else len(s.text))


def _pick_event(s: Sentence, start: int, end: int, after: int, left: int, right: int,
                money: bool) -> tuple[Event | None, bool]:
    """The event verb of the number and whether it came from before the number.

    Order: a finite verb after the noun ("48 drones were shot down"), the nearest active verb before
    the number in its clause ("destroyed 110 drones"), a participle after ("12 people killed"),
    then a verb after a coordination ("43 missiles and 74 drones were launched").
    """
    events, text = s.events, s.text
    k = bisect_left(s.soft, after)
    near_end = s.soft[k] if k < len(s.soft) else len(text)
    limit = min(right, after + RIGHT_REACH)
    right_events = []
    i = bisect_left(events, after, key=START)
    while i < len(events) and events[i].start < limit:
        if not money or event_of(events[i].surface, "money") in MONEY_EVENTS:
            right_events.append(events[i])
        i += 1
    near = [e for e in right_events if e.start < near_end]
    part_of = _PART_OF_RE.search(text, max(0, start - 30), start) is not None
    if part_of:
        # the total of "M of N": a participle after its noun is its own ("6 of 7 missiles launched"), a finite
        # verb is the part's ("44 out of 53 drones were shot down": the 53 were launched, not shot down)
        first = next(iter(near or right_events), None)
        return (first if first is not None and not first.finite else None), False
    if not money and after == end and _OF_WHICH_RE.match(text, after):
        # "112 drones, 89 of which were neutralized": the relative clause's verb (after "which") is the number's
        j = bisect_left(events, after, key=START)
        return (events[j] if j < len(events) and events[j].start < after + RIGHT_REACH else None), False
    if _TOTAL_HEADER_RE.search(text, max(0, start - 12), start) and text.startswith(",", near_end):
        # "Of the 132 drones, 88 were downed": the header is the total, its parts have the verbs; a participle
        # of its own stays ("Of the 120 drones launched overnight, ...")
        return next((e for e in near if not e.finite), None), False
    finite = next((e for e in near if e.finite), None)
    if finite is not None:
        return finite, False
    if after == end and near and not text[after:near[0].start].strip():
        return near[0], False  # a bare number and its participle: "50 drones, 40 shot down", "8 injured"
    i = bisect_left(events, end, key=START)
    if i < len(events) and events[i].end <= after:
        return events[i], False  # a participle among the noun's modifiers: "the 2 captured soldiers"
    if money and near and _MONEY_NOUN_GAP_RE.fullmatch(text, after, near[0].start):
        # "a $50bn loan": a noun right after a sum names what the sum is
        return near[0], False
    attack = ATTACK_WITH_RE.search(text, max(left, start - 100), start)
    if attack is not None:
        return Event(attack.start(), attack.start(), "attacked with", False, False), True
    # passive or intransitive verbs before the number belong to an earlier subject
    lowest = max(left, start - LEFT_REACH)
    i = bisect_right(events, start, key=END) - 1
    while i >= 0 and events[i].start >= lowest:
        if i > 0 and text[events[i - 1].end:events[i].start].strip() == "/":
            i -= 1  # "shot down/suppressed 89 drones": the first of two verbs joined by a slash
        if not events[i].passive and events[i].surface not in _NOT_TRANSITIVE and not (
                near and not events[i].finite and _OWN_COUNT_BEFORE_RE.search(text, max(0, events[i].start - 40),
                                                                     events[i].start)):
            return events[i], True
        i -= 1  # a participle right after an earlier count is that count's when this one has its own verb after
    if near:
        return near[0], False
    return (right_events[0] if right_events else None), False


def _subject(s: Sentence, left: int, verb_start: int) -> str | None:
    """The actor named last before the verb in its clause, skipping those after a preposition."""
    i = bisect_right(s.subjects, verb_start, key=END) - 1
    while i >= 0 and s.subjects[i].start >= left and _ASSET_OWNER_RE.match(s.text, s.subjects[i].end):
        i -= 1  # "the UK is using profits on frozen Russian assets to loan": the assets' owner is not the lender
    if i >= 0 and s.subjects[i].start >= left:
        return s.subjects[i].name
    if left > 0 and _PRONOUN_RE.match(s.text, left, verb_start):
        # "the UK said it would loan ...": the pronoun stands for the speaker's actor
        i = bisect_right(s.subjects, left, key=END) - 1
        k = bisect_left(s.hard, left - 1)
        previous_break = s.hard[k - 1] if k else -1
        if i >= 0 and s.subjects[i].start > previous_break:
            return s.subjects[i].name
    return None


def _actor_at(text: str, pos: int, limit: int, demonym: bool = False) -> str | None:
    """The actor named at ``pos``; with ``demonym``, only an adjective ("in British aid", not "in Lithuania")."""
    match = ACTOR_RE.match(text, pos, limit)
    if match is None or (demonym and match.group("actor").lower() not in DEMONYMS):
        return None
    return actor_of(match.group("actor"))


def _losses_owner(s: Sentence, left: int, start: int) -> str | None:
    """The side whose "losses" or "casualties" the clause puts at the number, named right before the noun."""
    found = None
    for match in _LOSSES_RE.finditer(s.text, left, start):
        found = match  # the last one before the number
    if found is None or regex.search(r"\d", s.text[found.end():start]):
        return None
    i = bisect_right(s.actors, found.start(), key=END) - 1
    if i >= 0 and _OWNER_GAP_RE.fullmatch(s.text, s.actors[i].end, found.start()):
        return s.actors[i].name
    return None


def _actor(s: Sentence, start: int, end: int, after: int, left: int, right: int,
           event: Event | None, event_name: str | None, from_left: bool, category: str | None) -> str | None:
    text, actors = s.text, s.actors
    # a demonym among the noun's modifiers: "110 Ukrainian drones"
    i = bisect_left(actors, end, key=START)
    if i < len(actors) and actors[i].end <= after and not text.endswith("-made", 0, actors[i].end):
        # "6 US-made ATACMS missiles" names the maker, not the side that fired them
        return actors[i].name
    # "troops from North Korea", "$300bn of Russian assets", "£3bn in British aid"
    tail = _FROM_ACTOR_RE.match(text, after, min(len(text), after + 40))
    if tail is not None:
        named = _actor_at(text, tail.end(), min(len(text), tail.end() + 30), tail.group("prep") == "in")
        if named is not None:
            return named
    # a possessive just before the number: "Germany's €500m package"
    i = bisect_right(actors, start, key=END) - 1
    if i >= 0 and not text[actors[i].end:start].strip() and _GAPPED_RE.search(
            text, max(0, actors[i].start - 8), actors[i].start):
        return actors[i].name  # "Denmark 19 and Norway 6": the verb is left out, the actor is not
    while i >= 0 and start - actors[i].end <= 3:
        if text[actors[i].end - 2:actors[i].end] in ("'s", "’s"):
            return actors[i].name
        i -= 1
    # an owner-event participle with its agent later in the clause: "drones launched by Russia"
    i = bisect_left(s.agents, after, key=START)
    if i < len(s.agents) and s.agents[i].start < right and not (
            # "6 ATACMS missiles supplied by the United States" names the donor, not the side that fired them
            category != "money" and _SUPPLIED_BY_RE.match(text, s.agents[i].start)):
        return s.agents[i].name
    if category == "casualties":
        owner = _losses_owner(s, left, start)
        if owner is not None:
            return owner  # "North Korean losses in Kursk at over 3,000 killed and wounded"
    if event_name in _STRIKE_EVENTS and from_left and event is not None and category in _STRUCK:
        # "Russian troops destroyed 2 tanks": what a side destroys belongs to the other side
        return OPPOSITE.get(_subject(s, left, event.start) or "")
    if event is None or event_name not in OWNER_EVENTS:
        return None
    if from_left:
        subject = _subject(s, left, event.start)
        if subject is None and event.surface.endswith("ing") and _PARTICIPLE_CLAUSE_RE.search(
                text, max(0, event.start - 40), event.start):
            # "Russia unleashed an assault on Sunday, launching 120 missiles": the main clause's subject
            subject = _subject(s, 0, event.start)
        return subject
    if event.start >= after and category != "money":
        # a relative clause after the noun has its own subject: "17 of the 23 drones Russia launched"
        i = bisect_right(s.subjects, event.start, key=END) - 1
        if i >= 0 and s.subjects[i].start >= after and not text[s.subjects[i].end:event.start].strip():
            return s.subjects[i].name
    return _subject(s, left, start)


def _location(s: Sentence, start: int, after: int, left: int, right: int, category: str | None) -> str | None:
    """The place nearest the number: after it in its clause, else before it, else in the sentence.

    A country is a place where troops are sent or stationed ("12,000 troops to Russia") and where
    money is held ("assets immobilised in the EU"), when the clause names no place in the gazetteer.
    """
    # "$4.5bn in aid to Kyiv": for money, "to" and "for" name the recipient, not a place
    money = category == "money"
    places = s.money_places if money else s.places
    i = bisect_left(places, after, key=START)
    if i < len(places) and places[i].start < right:
        # "over the Bryansk and Kaluga regions", "at Kyiv, Dnipro and Lviv": several places, none is the place
        return None if _listed_place(s, places, i) else places[i].name
    if category in _PLACED_IN_COUNTRIES:
        prepositions = _COUNTRY_PREPOSITIONS[category]
        i = bisect_left(s.actors, after, key=START)
        while i < len(s.actors) and s.actors[i].start < right:
            if s.actors[i].preposition in prepositions and s.actors[i].name not in NOT_PLACES:
                return s.actors[i].name
            i += 1
    i = bisect_left(places, start, key=START) - 1
    if i >= 0 and places[i].start >= left:
        return None if _listed_place(s, places, i) else places[i].name
    nearest = _nearest(places, start)
    i = bisect_left(places, start, key=START)
    if i < len(places) and places[i].name == nearest and ":" in s.text[after:places[i].start]:
        return None  # "destroyed 116 drones: 29 over Bryansk, ...": the breakdown's places are its items'
    return nearest


#: what joins the places of one list: "Kyiv, Dnipro and Lviv", "the Bryansk and the Kaluga regions"
_PLACE_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?", regex.IGNORECASE)
#: a place whose region word comes after the next name: "Bryansk and Kaluga regions"
_SHARED_REGION = regex.compile(r"\s*(?:,|\s+and|\s+or)\s+(?:the\s+)?\p{Lu}[\w-]+\s+(?:regions|oblasts|provinces)\b",
                               regex.IGNORECASE)


def _listed_place(s: Sentence, places: tuple[Mention, ...], i: int) -> bool:
    """Whether place ``i`` is one of a coordinated list of places (the one before or after it joins it)."""
    text = s.text
    if i + 1 < len(places) and _PLACE_JOIN.fullmatch(text, places[i].end, places[i + 1].start):
        return True
    if i > 0 and _PLACE_JOIN.fullmatch(text, places[i - 1].end, places[i].start):
        return True
    if _SHARED_REGION.match(text, places[i].end) is not None or _NAME_LIST.match(text, places[i].end) is not None:
        return True
    # "in Kiev and Kharkov": a second gazetteer name the place pattern did not take (no preposition before it)
    other = _AND_NAME.match(text, places[i].end)
    return other is not None and place_of(other.group("name"), region=False) is not None


_AND_NAME = regex.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?(?P<name>\p{Lu}[\w'’-]+)")


#: names listed after a place up to "and" and a last one: "Lviv, Kyiv and Mykolaiv", "Kyiv, Dnipro, Kryvyi Rih and Sumy"
_NAME = r"\p{Lu}[\w'’-]+(?:\s\p{Lu}[\w'’-]+)?"
_NAME_LIST = regex.compile(rf"(?:\s*,\s*{_NAME})+\s*,?\s+and\s+{_NAME}")


def _nearest(mentions: tuple[Mention, ...], pos: int) -> str | None:
    """The mention starting nearest ``pos``; the earlier one on a tie."""
    i = bisect_left(mentions, pos, key=START)
    if i == len(mentions) or (i > 0 and pos - mentions[i - 1].start <= mentions[i].start - pos):
        i -= 1
    return mentions[i].name if i >= 0 else None


def annotate(text: str, sent_start: int, sent_end: int, start: int, end: int, category: str | None,
             noun_end: int | None, *, lemma: str | None = None, claimant: str | None = None,
             sentence: str | None = None) -> Context:
    """Read the category, event, actor, location and claimant of one number in its sentence.

    Args:
        text: The document text.
        sent_start: Offset of the sentence's first character.
        sent_end: Offset after the sentence's last character.
        start: Offset of the span (the quantity expression, e.g. "about 1,500" or "$58bn").
        end: Offset after the span.
        category: The category the span finder gave (a domain from the noun table, "money",
            "count", ...) or None when no noun follows the number.
        noun_end: Offset after the counted noun, or None when there is none.
        lemma: The counted noun's lemma when the caller has it; otherwise it is looked up again.
        claimant: The claimant of the paragraph, used when the sentence names none.
        sentence: ``text[sent_start:sent_end]`` when the caller has it: the numbers of one sentence
            then share one string, and its cached analysis, instead of a copy each.

    Returns:
        The context. ``category`` is the given one, upgraded to "casualties" when people or personnel
        (or an unnamed count) are killed, injured or lost.

    >>> t = "Ukraine's air force said 48 drones were shot down over the Kharkiv region."
    >>> c = annotate(t, 0, len(t), 25, 27, "drones", 34)
    >>> c.event, c.location, c.claimant
    ('destroyed', 'Kharkiv Oblast', 'Ukrainian Air Force')

    """
    s = analyse(text[sent_start:sent_end] if sentence is None else sentence)
    start, end = start - sent_start, end - sent_start
    after = end if noun_end is None else noun_end - sent_start
    person = noun_end is None
    if noun_end is not None and lemma is None:
        noun = find_noun(s.text, end, len(s.text))
        if noun is not None and noun.end == after:
            lemma, person = noun.lemma, noun.person
    elif lemma is not None:
        person = NOUNS.get(noun_key(lemma), ("", ""))[0] in ("people", "personnel")
    left, right = _clause(s, start, after)

    restated = _RESTATED_RE.match(s.text, after) if category == "money" else None
    if restated is not None:
        # "a $50 billion (£39.3 billion) loan": the restatement does not end the sum's clause
        right = _clause(s, restated.end(), restated.end())[1]
    event, from_left = _pick_event(s, start, end, after, left, right, category == "money")
    event_name = event_of(event.surface, category) if event is not None else None
    if event_name is None and lemma in NOUN_EVENTS:
        event_name = NOUN_EVENTS[lemma]

    if event_name == "delivered" and event is not None and _FUTURE_RE.search(s.text, max(0, event.start - 24),
                                                                               event.start):
        event_name = "pledged"  # "will send 49 tanks", "plans to give": promised, not yet delivered

    if category == "money" and _SHARE_OF_LOAN_RE.match(s.text, after, min(len(s.text), after + 80)):
        event_name = "loaned"
    if category == "money" and _FROZEN_RE.match(s.text, after, min(len(s.text), after + 60)):
        event_name = "frozen"  # "$280bn in frozen Russian assets" is the frozen sum, not the loan beside it

    killed = event_name in _CASUALTY_EVENTS and person and (category is None or category in _UPGRADABLE)
    if killed or (event_name == "lost" and category == "personnel"):
        category = "casualties"
    elif event_name == "mobilised" and person and (category is None or category == "count"):
        category = "personnel"  # "300,000 people signed contracts": people who join the army are its personnel

    actor = _actor(s, start, end, after, left, right, event, event_name, from_left, category)
    if category == "casualties" and event_name == "lost":
        event_name = "killed or injured"  # soldiers "lost" are the dead and wounded together

    location = _location(s, start, after, left, right, category)
    if event_name is None and category == "personnel" and location is not None and _PRESENT_IN_RE.match(
            s.text, after, min(len(s.text), after + 40)):
        event_name = "deployed"  # "11,000 North Korean soldiers are in Kursk Oblast": they were sent there

    if s.claimants:
        claimant = _nearest(s.claimants, start)
    return Context(category, event_name, actor, location, claimant)
