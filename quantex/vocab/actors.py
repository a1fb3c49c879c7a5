"""Countries, organisations and the words that stand for them, mapped to canonical actor names.

Sources: canonical names are the English short names of the UN member-state list (with "United
States", "United Kingdom", "North Korea", "South Korea" as in the quantex conventions) and the
organisations' own English names; demonyms follow the CIA World Factbook "Nationality" field;
metonyms (capitals and seats of government) follow common wire-service usage. Moscow and Kyiv are
listed as metonyms here; the place gazetteer (:mod:`quantex.vocab.places`) reads the same words as
places when a preposition such as "in" or "over" introduces them.

``ACTORS`` maps canonical name -> (names, demonyms, metonyms), all lower case. Demonyms are also the
adjectives allowed between a number and its counted noun ("110 Ukrainian drones").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quantex.errors import TableError
from quantex.vocab.check import check_known, surface_lookup
from quantex.vocab.trie import name_alternation

#: canonical -> (names, demonyms, metonyms)
ACTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Ukraine": (("ukraine", "the ukraine"), ("ukrainian",), ("kyiv", "kiev")),
    "Russia": (("russia", "russian federation", "the russian federation"), ("russian",),
               ("moscow", "kremlin", "the kremlin")),
    "United States": (("united states", "the united states", "us", "the us", "u.s.", "the u.s.", "usa",
                       "america", "congress", "the us congress", "the pentagon", "pentagon",
                       "white house", "the white house", "the biden administration",
                       "the trump administration"),
                      ("american", "us-made", "american-made"), ("washington",)),
    "United Kingdom": (("united kingdom", "the united kingdom", "uk", "the uk", "britain", "great britain"),
                       ("british", "uk-made"), ("london", "downing street")),
    "North Korea": (("north korea", "dprk", "the dprk"), ("north korean",), ("pyongyang",)),
    "South Korea": (("south korea", "republic of korea"), ("south korean",), ("seoul",)),
    "Germany": (("germany",), ("german", "german-made"), ("berlin",)),
    "France": (("france",), ("french", "french-made"), ("paris", "the elysee", "the élysée")),
    "European Union": (("european union", "the european union", "eu", "the eu",
                        "european commission", "the european commission"), (), ("brussels",)),
    "NATO": (("nato",), (), ()),
    "G7": (("g7", "the g7", "group of seven", "the group of seven"), (), ()),
    "Norway": (("norway",), ("norwegian",), ("oslo",)),
    "Denmark": (("denmark",), ("danish",), ("copenhagen",)),
    "Sweden": (("sweden",), ("swedish",), ("stockholm",)),
    "Finland": (("finland",), ("finnish",), ("helsinki",)),
    "Netherlands": (("netherlands", "the netherlands", "holland"), ("dutch",), ("the hague", "amsterdam")),
    "Belgium": (("belgium",), ("belgian",), ()),
    "Poland": (("poland",), ("polish",), ("warsaw",)),
    "Japan": (("japan",), ("japanese",), ("tokyo",)),
    "Canada": (("canada",), ("canadian",), ("ottawa",)),
    "Australia": (("australia",), ("australian",), ("canberra",)),
    "Italy": (("italy",), ("italian",), ("rome",)),
    "Spain": (("spain",), ("spanish",), ("madrid",)),
    "Portugal": (("portugal",), ("portuguese",), ("lisbon",)),
    "Czech Republic": (("czech republic", "the czech republic", "czechia"), ("czech",), ("prague",)),
    "Slovakia": (("slovakia",), ("slovak",), ("bratislava",)),
    "Hungary": (("hungary",), ("hungarian",), ("budapest",)),
    "Romania": (("romania",), ("romanian",), ("bucharest",)),
    "Bulgaria": (("bulgaria",), ("bulgarian",), ("sofia",)),
    "Greece": (("greece",), ("greek",), ("athens",)),
    "Turkey": (("turkey", "türkiye"), ("turkish",), ("ankara",)),
    "Estonia": (("estonia",), ("estonian",), ("tallinn",)),
    "Latvia": (("latvia",), ("latvian",), ("riga",)),
    "Lithuania": (("lithuania",), ("lithuanian",), ("vilnius",)),
    "Baltic states": (("baltic states", "the baltic states", "the baltics"), (), ()),
    "Switzerland": (("switzerland",), ("swiss",), ("bern",)),
    "Austria": (("austria",), ("austrian",), ("vienna",)),
    "Ireland": (("ireland",), ("irish",), ("dublin",)),
    "Iran": (("iran",), ("iranian", "iranian-made", "iranian-designed"), ("tehran",)),
    "China": (("china",), ("chinese", "chinese-made"), ("beijing",)),
    "Belarus": (("belarus",), ("belarusian",), ("minsk",)),
    "Israel": (("israel",), ("israeli",), ()),
    "India": (("india",), ("indian",), ("new delhi",)),
    "Moldova": (("moldova",), ("moldovan",), ("chisinau",)),
    "Georgia": (("georgia",), ("georgian",), ("tbilisi",)),
    "Syria": (("syria",), ("syrian",), ("damascus",)),
    "United Nations": (("united nations", "the united nations", "un", "the un"), (), ()),
    "World Bank": (("world bank", "the world bank"), (), ()),
    "IMF": (("imf", "the imf", "international monetary fund", "the international monetary fund"), (), ()),
    "Wagner Group": (("wagner", "wagner group", "the wagner group"), (), ()),
}

#: People who speak and act for a state or organisation -> that actor, so "Biden signed a $95 billion
#: bill" and "Rishi Sunak announced £500 million" name their country. Heads of state and government,
#: defence and foreign ministers in office at some time in 2022-2025, from the English Wikipedia
#: lists "List of current heads of state and government", "Minister of Defence (<country>)" and the
#: cabinets of the countries above (as of the article dates, 2022-2025). Lower case, full name and
#: surname; surnames that are common words or ambiguous between countries are left out.
LEADERS: dict[str, tuple[str, ...]] = {
    "United States": ("joe biden", "biden", "president biden", "donald trump", "trump", "lloyd austin",
                      "antony blinken", "blinken", "pete hegseth", "hegseth", "janet yellen", "yellen",
                      "marco rubio"),
    "United Kingdom": ("rishi sunak", "sunak", "keir starmer", "starmer", "boris johnson", "liz truss",
                       "david cameron", "cameron", "grant shapps", "shapps", "john healey", "ben wallace",
                       "jeremy hunt", "rachel reeves", "reeves", "healey", "david lammy", "lammy"),
    "Germany": ("olaf scholz", "scholz", "friedrich merz", "merz", "boris pistorius", "pistorius",
                "annalena baerbock", "baerbock", "christian lindner"),
    "France": ("emmanuel macron", "macron", "sebastien lecornu", "sébastien lecornu", "lecornu"),
    "Russia": ("vladimir putin", "putin", "dmitry medvedev", "medvedev", "sergei shoigu", "shoigu",
               "andrei belousov", "belousov", "sergei lavrov", "lavrov", "mikhail mishustin"),
    "Ukraine": ("volodymyr zelensky", "volodymyr zelenskyy", "zelensky", "zelenskyy", "zelenskiy",
                "denys shmyhal", "shmyhal", "rustem umerov", "umerov", "oleksii reznikov", "reznikov",
                "dmytro kuleba", "kuleba", "andrii sybiha", "sybiha", "yulia svyrydenko"),
    "North Korea": ("kim jong un", "kim jong-un"),
    "South Korea": ("yoon suk yeol", "lee jae-myung"),
    "Japan": ("fumio kishida", "kishida", "shigeru ishiba", "ishiba"),
    "Canada": ("justin trudeau", "trudeau", "mark carney", "chrystia freeland", "freeland", "melanie joly",
               "mélanie joly", "joly", "bill blair", "david mcguinty", "mcguinty", "anita anand"),
    "Poland": ("donald tusk", "tusk", "andrzej duda", "duda", "radoslaw sikorski", "radosław sikorski", "sikorski",
               "wladyslaw kosiniak-kamysz",
               "władysław kosiniak-kamysz"),
    "Denmark": ("mette frederiksen", "frederiksen", "troels lund poulsen", "poulsen"),
    "Norway": ("jonas gahr store", "jonas gahr støre"),
    "Sweden": ("ulf kristersson", "kristersson", "pal jonson", "pål jonson"),
    "Netherlands": ("dick schoof", "schoof", "ruben brekelmans", "brekelmans", "kajsa ollongren", "ollongren",
                    "caspar veldkamp", "veldkamp"),
    "Italy": ("giorgia meloni", "meloni", "guido crosetto", "crosetto"),
    "Estonia": ("hanno pevkur", "pevkur", "kristen michal"),
    "Spain": ("pedro sanchez", "pedro sánchez"),
    "Australia": ("anthony albanese", "albanese", "richard marles", "marles"),
    "European Union": ("ursula von der leyen", "von der leyen", "charles michel", "kaja kallas", "kallas"),
    "NATO": ("jens stoltenberg", "stoltenberg"),
}


def _check() -> dict[str, str]:
    for canonical, groups in ACTORS.items():
        if len(groups) != 3 or not groups[0]:
            raise TableError(f"ACTORS: {canonical!r} needs (names, demonyms, metonyms) with a name")
    lookup = surface_lookup("ACTORS", ((canonical, (*names, *demonyms, *metonyms))
                                       for canonical, (names, demonyms, metonyms) in ACTORS.items()))
    check_known("LEADERS", LEADERS, ACTORS)
    return surface_lookup("LEADERS", LEADERS.items(), into=lookup)


#: Actors that are organisations, never places: "in NATO" does not say where troops are.
NOT_PLACES: frozenset[str] = frozenset({"NATO", "G7", "United Nations", "World Bank", "IMF", "Wagner Group"})

#: surface (lower case) -> canonical actor; derived from ACTORS.
ACTOR_LOOKUP: dict[str, str] = _check()

#: every demonym (lower case), the adjectives that may stand between a number and its noun.
DEMONYMS: tuple[str, ...] = tuple(d for _, demonyms, _ in ACTORS.values() for d in demonyms)


def _alternation(words: Iterable[str]) -> str:
    return name_alternation(words)


#: Surfaces that are also common lower-case words ("told us", "un-"): matched only in capitals.
CAPITALS_ONLY: frozenset[str] = frozenset({"us", "the us", "un", "the un"})

_CASED = "|".join(
    regex.escape(w.upper()).replace(r"THE\ ", r"[Tt]he\s+")
    for w in sorted(CAPITALS_ONLY, key=lambda w: (-len(w), w))
)

#: Any actor mention (name, demonym or metonym); group ``actor`` is the surface, ``poss`` a possessive.
ACTOR_RE = regex.compile(
    rf"""(?<![\w.-])
    (?P<actor>(?-i:{_CASED})|{_alternation([w for w in ACTOR_LOOKUP if w not in CAPITALS_ONLY])})
    (?P<poss>['’]s)?(?![\w-])""",
    regex.IGNORECASE | regex.VERBOSE,
)


def actor_of(surface: str) -> str | None:
    """Return the canonical actor for a surface form, or None.

    >>> actor_of("Pyongyang"), actor_of("the Pentagon"), actor_of("Narnia")
    ('North Korea', 'United States', None)
    """
    return ACTOR_LOOKUP.get(" ".join(surface.lower().split()).replace("’", "'"))
