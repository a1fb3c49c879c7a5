"""Verb phrases that say what happened to a counted thing or a sum of money.

Sources: the controlled event vocabulary of the quantex conventions; the surface forms are the
verbs and participles used in Ukrainian Air Force and General Staff reports ("shot down",
"lost locally", "neutralised"), Russian Ministry of Defence briefings ("destroyed", "intercepted")
and reporting of aid packages ("pledged", "approved", "loaned", "frozen"), in British and American
spelling. Every inflection is listed, so a lookup never guesses at morphology.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quantex.errors import TableError
from quantex.schema import EVENTS
from quantex.vocab.check import check_known, surface_lookup
from quantex.vocab.trie import name_alternation

#: The controlled vocabulary of events lives in the schema; every surface below maps to one of them.

#: event -> surface forms (lower case; multi-word allowed).
EVENT_VERBS: dict[str, tuple[str, ...]] = {
    "launched": ("launched", "launch", "launches", "launching", "fired", "firing",
                 "attacked with", "attacking with", "used", "deployed against", "sent against"),
    "destroyed": ("destroyed", "destroy", "destroys", "destroying", "shot down", "shoot down", "shoots down",
                  "shooting down", "downed", "downs", "intercepted", "intercept", "intercepts",
                  "intercepting", "neutralised", "neutralized", "neutralise", "neutralize", "neutralising",
                  "neutralizing", "brought down", "bring down", "repelled", "eliminated", "wiped out"),
    "lost": ("lost locally", "locally lost", "lost", "lose", "loses", "losing", "losses", "loss",
             "went missing", "suppressed", "jammed"),
    "hit": ("hit", "hits", "hitting", "struck", "damaged", "damaging", "landed"),
    "killed or injured": ("killed or wounded", "killed or injured", "dead or wounded", "dead or injured",
                          "killed and wounded", "killed and injured", "killed or captured"),
    "killed": ("killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "death toll", "toll",
               "perished", "lost their lives", "lost his life", "lost her life"),
    "injured": ("injured", "injuring", "injures", "injure", "wounded", "wounding",
                "hurt", "hospitalised", "hospitalized", "received wounds", "received injuries",
                "received shrapnel wounds", "sustained injuries", "sustained wounds", "suffered injuries",
                "suffered wounds", "suffered shrapnel wounds", "sustained shrapnel wounds"),
    "captured": ("captured", "capture", "captures", "capturing", "taken prisoner", "took prisoner",
                 "taken captive", "seized"),
    "surrendered": ("surrendered", "surrender", "surrenders", "surrendering", "laid down their arms"),
    "released": ("released", "release", "releases", "releasing", "freed", "freeing",
                 "exchanged", "swapped", "returned home", "repatriated"),
    "deployed": ("deployed", "deploy", "deploys", "deploying", "sent", "send", "sends", "sending",
                 "dispatched", "arrived", "arrive", "arrives", "stationed", "station", "stations", "stationing",
                 "transferred", "moved", "shipped", "assembled", "amassed", "massed", "concentrated",
                 "fighting in", "serving in", "based in", "positioned"),
    "mobilised": ("mobilised", "mobilized", "mobilise", "mobilize", "mobilising", "mobilizing",
                  "called up", "call up", "drafted", "conscripted", "recruited", "recruit", "recruits",
                  # an army ordered "to grow by 180,000 troops" is to mobilise them
                  "grow by", "grows by", "expand by", "expands by",
                  # people who sign a contract with the army join it: "300,000 people signed contracts"
                  "signed up", "sign up", "signs up", "signing up", "enlisted", "enlist", "enlists",
                  "signed contracts", "signed a contract", "sign contracts", "joined the army"),
    "pledged": ("pledged", "pledge", "pledges", "pledging", "promised", "promise", "promises", "promising",
                "committed", "commit", "commits", "committing", "vowed", "contribute", "contributes"),
    "announced": ("announced", "announce", "announces", "announcing", "unveiled", "unveil", "unveils"),
    "approved": ("approved", "approve", "approves", "approving", "passed", "authorised", "authorized",
                 "authorise", "authorize", "signed off", "agreed", "voted", "signed", "signs", "sign",
                 "signed into law"),
    "delivered": ("delivered", "deliver", "delivers", "delivering", "provided", "provide", "provides",
                  "providing", "supplied", "supply", "supplies", "supplying", "gave", "give", "gives",
                  "giving", "given", "donated", "donate", "donates", "handed over", "hand over", "hands over",
                  "handing over", "transferred to",
                  "handed", "contributed", "disbursed", "disburse", "disburses", "disbursing"),
    "loaned": ("loaned", "loan", "loans", "loaning", "lend", "lends", "lending", "lent"),
    "spent": ("spent", "spend", "spends", "spending", "allocated", "allocate", "allocates"),
    "frozen": ("frozen", "froze", "freeze", "freezes", "freezing", "immobilised", "immobilized",
               "immobilise", "immobilize", "blocked", "confiscated"),
}

#: Surfaces that, after their subject, are a finite predicate without an auxiliary ("12 people died").
INTRANSITIVE: frozenset[str] = frozenset({
    "died", "die", "dies", "perished", "surrendered", "surrender", "arrived", "arrive", "arrives",
    "landed", "hit", "struck", "lost their lives", "went missing", "returned home", "laid down their arms",
})

#: Auxiliaries and adverbs that may precede a verb and mark it as a finite predicate.
AUXILIARIES: tuple[str, ...] = (
    "were", "was", "are", "is", "been", "be", "being", "have", "has", "had", "will", "would",
    "reportedly", "also", "all", "later", "successfully", "already", "eventually", "allegedly",
)

#: (surface, category) -> event, where the category of the counted thing changes what the verb means.
CATEGORY_EVENTS: dict[tuple[str, str], str] = {
    ("sent", "money"): "delivered", ("send", "money"): "delivered", ("sends", "money"): "delivered",
    ("sent", "equipment"): "delivered", ("sends", "equipment"): "delivered",
    ("send", "equipment"): "delivered", ("sending", "equipment"): "delivered",
    ("sending", "money"): "delivered",
    ("send", "missiles"): "delivered", ("send", "drones"): "delivered",
    ("sent", "drones"): "launched", ("sent", "missiles"): "launched",
    ("used", "money"): "spent", ("lost", "personnel"): "lost", ("released", "money"): "delivered",
    ("recruited", "money"): "spent", ("handed over", "personnel"): "released",
    ("wiped out", "money"): "lost", ("blocked", "drones"): "lost",
    ("transferred", "money"): "delivered", ("moved", "money"): "delivered",
    # soldiers "eliminated" or "neutralised" in a defence ministry's claim are its losses: dead and wounded
    ("eliminated", "personnel"): "killed or injured",
    ("neutralised", "personnel"): "killed or injured", ("neutralized", "personnel"): "killed or injured",
    ("wiped out", "personnel"): "killed or injured",
    # drones and missiles "released" at a country are launched ("the Russian army released 74 drones")
    ("released", "drones"): "launched", ("released", "missiles"): "launched",
    # equipment that arrives has been delivered ("the first F-16s arrived in Ukraine")
    ("arrived", "equipment"): "delivered", ("arrive", "equipment"): "delivered",
    ("arrives", "equipment"): "delivered",
}

#: Events a sum of money can have; a verb naming another ("as leaders arrived") is not the sum's.
MONEY_EVENTS: frozenset[str] = frozenset({"pledged", "announced", "approved", "delivered", "loaned", "spent",
                                          "frozen", "lost"})

#: Verbs that, with "with" before the number, mean the counted weapons were launched
#: ("struck Kyiv with 43 missiles").
ATTACK_WITH_VERBS: tuple[str, ...] = (
    "attack", "attacked", "attacks", "attacking", "struck", "strike", "strikes", "hit", "hits",
    "targeted", "target", "targets", "bombarded", "pounded", "shelled", "assault", "assaulted",
)

#: Events whose grammatical subject owns the counted thing or gives the money ("Russia launched",
#: "the UK will loan"); for the others (destroyed, killed, captured, ...) the subject is the other side.
OWNER_EVENTS: frozenset[str] = frozenset({
    "launched", "lost", "deployed", "mobilised", "pledged", "announced", "approved", "delivered",
    "loaned", "spent", "surrendered",
})


def _check() -> dict[str, str]:
    if set(EVENT_VERBS) != set(EVENTS):
        raise TableError(f"EVENT_VERBS events differ from EVENTS: {set(EVENT_VERBS) ^ set(EVENTS)}")
    lookup = surface_lookup("EVENT_VERBS", EVENT_VERBS.items())
    check_known("INTRANSITIVE", INTRANSITIVE, lookup)
    for (surface, _), event in CATEGORY_EVENTS.items():
        if surface not in lookup or event not in EVENTS:
            raise TableError(f"CATEGORY_EVENTS row ({surface!r}) -> {event!r} is not in the tables")
    if not set(EVENTS) >= OWNER_EVENTS | MONEY_EVENTS:
        raise TableError(f"OWNER_EVENTS or MONEY_EVENTS not in EVENTS: {(OWNER_EVENTS | MONEY_EVENTS) - set(EVENTS)}")
    return lookup


#: surface (lower case) -> event; derived from EVENT_VERBS.
EVENT_LOOKUP: dict[str, str] = _check()


def _alternation(words: Iterable[str]) -> str:
    return name_alternation(words)


#: An event verb with any auxiliaries before it; group ``aux`` marks a finite predicate.
EVENT_RE = regex.compile(
    rf"""
    (?<![\w-])
    (?P<aux>(?:(?:{_alternation(AUXILIARIES)}|not|n['’]t)\s+)+)?
    (?P<verb>{_alternation(list(EVENT_LOOKUP))})
    (?![\w-])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: "attacked ... with" closing the text before a number: the weapons were launched.
ATTACK_WITH_RE = regex.compile(
    rf"(?<![\w-])(?:{_alternation(ATTACK_WITH_VERBS)})(?![\w-])[^.;:!?]{{0,80}}?\bwith\s+(?:\S+\s+){{0,2}}$",
    regex.IGNORECASE,
)


def event_of(surface: str, category: str | None = None) -> str | None:
    """The event a verb surface names, adjusted for the counted thing's category.

    >>> event_of("were shot down".split(" ", 1)[1]), event_of("sent", "money"), event_of("sent", "personnel")
    ('destroyed', 'delivered', 'deployed')
    """
    key = " ".join(surface.lower().split())
    if category is not None and (key, category) in CATEGORY_EVENTS:
        return CATEGORY_EVENTS[(key, category)]
    return EVENT_LOOKUP.get(key)
