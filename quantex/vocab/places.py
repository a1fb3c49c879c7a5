"""Gazetteer of the places war reporting names: Ukrainian oblasts and cities, Russian regions, seas.

Sources: canonical names are the titles of the English Wikipedia articles (2025), e.g. "Kharkiv
Oblast", "Krasnodar Krai", "Nizhny Novgorod Oblast", "Crimea"; the 24 oblasts follow the article
"Oblasts of Ukraine"; Russian regions follow "Federal subjects of Russia" (regions bordering Ukraine
and the usual targets of long-range strikes). Variant spellings are Russian-based transliterations
used in older reporting (Kiev, Kharkov, Odessa, Zaporozhye, Nikolaev, Lugansk, ...).

``REGIONS`` maps a region's canonical name -> the stems that name it with "region", "oblast",
"province" or "krai" ("the Kharkov region") or, for regions without a same-named city (Crimea,
Donbas, Tatarstan, the Russian Far East), alone. Towns are added where reports locate strikes or
troops (Ramenskoye near Moscow, Vladivostok). ``CITIES`` and ``SEAS`` map canonical -> variants. A bare stem after a
preposition ("in Kursk") reads as the city when there is one.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quantex.vocab.check import surface_lookup
from quantex.vocab.trie import name_alternation

REGIONS: dict[str, tuple[str, ...]] = {
    # the 24 oblasts of Ukraine
    "Cherkasy Oblast": ("cherkasy", "cherkassy"),
    "Chernihiv Oblast": ("chernihiv", "chernigov"),
    "Chernivtsi Oblast": ("chernivtsi", "chernovtsy"),
    "Dnipropetrovsk Oblast": ("dnipropetrovsk", "dnepropetrovsk", "dnipro", "dnepr"),
    "Donetsk Oblast": ("donetsk",),
    "Ivano-Frankivsk Oblast": ("ivano-frankivsk", "ivano-frankovsk"),
    "Kharkiv Oblast": ("kharkiv", "kharkov"),
    "Kherson Oblast": ("kherson",),
    "Khmelnytskyi Oblast": ("khmelnytskyi", "khmelnytsky", "khmelnitsky", "khmelnytskyy"),
    "Kirovohrad Oblast": ("kirovohrad", "kirovograd", "kropyvnytskyi"),
    "Kyiv Oblast": ("kyiv", "kiev"),
    "Luhansk Oblast": ("luhansk", "lugansk"),
    "Lviv Oblast": ("lviv", "lvov"),
    "Mykolaiv Oblast": ("mykolaiv", "nikolaev", "nikolayev", "mykolayiv"),
    "Odesa Oblast": ("odesa", "odessa"),
    "Poltava Oblast": ("poltava",),
    "Rivne Oblast": ("rivne", "rovno"),
    "Sumy Oblast": ("sumy",),
    "Ternopil Oblast": ("ternopil",),
    "Vinnytsia Oblast": ("vinnytsia", "vinnitsa"),
    "Volyn Oblast": ("volyn", "volhynia"),
    "Zakarpattia Oblast": ("zakarpattia", "transcarpathia", "zakarpattya"),
    "Zaporizhzhia Oblast": ("zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya"),
    "Zhytomyr Oblast": ("zhytomyr", "zhitomir"),
    # regions named alone
    "Crimea": ("crimea", "crimean peninsula", "republic of crimea"),
    "Donbas": ("donbas", "donbass"),
    # Russia
    "Belgorod Oblast": ("belgorod",),
    "Kursk Oblast": ("kursk",),
    "Bryansk Oblast": ("bryansk",),
    "Voronezh Oblast": ("voronezh",),
    "Rostov Oblast": ("rostov",),
    "Oryol Oblast": ("oryol", "orel", "orlov"),
    "Lipetsk Oblast": ("lipetsk",),
    "Tula Oblast": ("tula",),
    "Kaluga Oblast": ("kaluga",),
    "Smolensk Oblast": ("smolensk",),
    "Tambov Oblast": ("tambov",),
    "Nizhny Novgorod Oblast": ("nizhny novgorod", "nizhniy novgorod"),
    "Novgorod Oblast": ("novgorod",),
    "Moscow Oblast": ("moscow",),
    "Saratov Oblast": ("saratov",),
    "Volgograd Oblast": ("volgograd",),
    "Ryazan Oblast": ("ryazan",),
    "Tver Oblast": ("tver",),
    "Leningrad Oblast": ("leningrad",),
    "Pskov Oblast": ("pskov",),
    "Penza Oblast": ("penza",),
    "Samara Oblast": ("samara",),
    "Astrakhan Oblast": ("astrakhan",),
    "Yaroslavl Oblast": ("yaroslavl",),
    "Kaliningrad Oblast": ("kaliningrad",),
    "Murmansk Oblast": ("murmansk",),
    "Krasnodar Krai": ("krasnodar", "kuban"),
    "Stavropol Krai": ("stavropol",),
    "Perm Krai": ("perm",),
    "Tatarstan": ("tatarstan", "republic of tatarstan"),
    "Bashkortostan": ("bashkortostan", "bashkiria", "republic of bashkortostan"),
    "Chechnya": ("chechnya", "chechen republic"),
    "Dagestan": ("dagestan",),
    "Chuvashia": ("chuvashia",),
    "Udmurtia": ("udmurtia",),
    "Mordovia": ("mordovia",),
    "Adygea": ("adygea",),
    "Russian Far East": ("russian far east", "far east"),
}

CITIES: dict[str, tuple[str, ...]] = {
    "Kyiv": ("kyiv", "kiev"),
    "Kharkiv": ("kharkiv", "kharkov"),
    "Odesa": ("odesa", "odessa"),
    "Zaporizhzhia": ("zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya"),
    "Dnipro": ("dnipro", "dnepr", "dnipropetrovsk", "dnepropetrovsk"),
    "Mykolaiv": ("mykolaiv", "nikolaev", "nikolayev", "mykolayiv"),
    "Kherson": ("kherson",),
    "Lviv": ("lviv", "lvov"),
    "Sumy": ("sumy",),
    "Chernihiv": ("chernihiv", "chernigov"),
    "Poltava": ("poltava",),
    "Vinnytsia": ("vinnytsia", "vinnitsa"),
    "Donetsk": ("donetsk",),
    "Luhansk": ("luhansk", "lugansk"),
    "Pokrovsk": ("pokrovsk",),
    "Bakhmut": ("bakhmut", "artemovsk"),
    "Avdiivka": ("avdiivka", "avdeyevka", "avdeevka"),
    "Kramatorsk": ("kramatorsk",),
    "Sloviansk": ("sloviansk", "slovyansk", "slavyansk"),
    "Kostiantynivka": ("kostiantynivka", "konstantinovka"),
    "Toretsk": ("toretsk",),
    "Chasiv Yar": ("chasiv yar",),
    "Vuhledar": ("vuhledar", "ugledar"),
    "Kupiansk": ("kupiansk", "kupyansk"),
    "Lyman": ("lyman",),
    "Mariupol": ("mariupol",),
    "Melitopol": ("melitopol",),
    "Berdiansk": ("berdiansk", "berdyansk"),
    "Sevastopol": ("sevastopol",),
    "Simferopol": ("simferopol",),
    "Kerch": ("kerch",),
    "Kryvyi Rih": ("kryvyi rih", "krivoy rog", "kryvyy rih"),
    "Izium": ("izium", "izyum"),
    "Bucha": ("bucha",),
    "Irpin": ("irpin",),
    "Kremenchuk": ("kremenchuk", "kremenchug"),
    "Zhytomyr": ("zhytomyr", "zhitomir"),
    "Cherkasy": ("cherkasy", "cherkassy"),
    "Chernivtsi": ("chernivtsi", "chernovtsy"),
    "Rivne": ("rivne", "rovno"),
    "Ternopil": ("ternopil",),
    "Ivano-Frankivsk": ("ivano-frankivsk", "ivano-frankovsk"),
    "Lutsk": ("lutsk",),
    "Uzhhorod": ("uzhhorod", "uzhgorod"),
    "Kropyvnytskyi": ("kropyvnytskyi",),
    "Khmelnytskyi": ("khmelnytskyi", "khmelnytsky", "khmelnitsky", "khmelnytskyy"),
    "Vovchansk": ("vovchansk", "volchansk"),
    "Selydove": ("selydove", "selidovo"),
    "Kurakhove": ("kurakhove", "kurakhovo"),
    "Siversk": ("siversk",),
    "Nikopol": ("nikopol",),
    "Enerhodar": ("enerhodar", "energodar"),
    "Starokostiantyniv": ("starokostiantyniv",),
    "Moscow": ("moscow",),
    "Belgorod": ("belgorod",),
    "Kursk": ("kursk",),
    "Sudzha": ("sudzha",),
    "Bryansk": ("bryansk",),
    "Voronezh": ("voronezh",),
    "Rostov-on-Don": ("rostov-on-don", "rostov"),
    "Oryol": ("oryol", "orel"),
    "Lipetsk": ("lipetsk",),
    "Tula": ("tula",),
    "Kaluga": ("kaluga",),
    "Smolensk": ("smolensk",),
    "Tambov": ("tambov",),
    "Nizhny Novgorod": ("nizhny novgorod", "nizhniy novgorod"),
    "Krasnodar": ("krasnodar",),
    "Saratov": ("saratov",),
    "Engels": ("engels",),
    "Volgograd": ("volgograd",),
    "Ryazan": ("ryazan",),
    "Tver": ("tver",),
    "Saint Petersburg": ("saint petersburg", "st petersburg", "st. petersburg"),
    "Kazan": ("kazan",),
    "Yelabuga": ("yelabuga", "alabuga"),
    "Ufa": ("ufa",),
    "Novorossiysk": ("novorossiysk",),
    "Sochi": ("sochi",),
    "Taganrog": ("taganrog",),
    "Tuapse": ("tuapse",),
    "Yeysk": ("yeysk",),
    "Millerovo": ("millerovo",),
    "Morozovsk": ("morozovsk",),
    "Ramenskoye": ("ramenskoye", "ramenskoe"),
    "Vladivostok": ("vladivostok",),
}

SEAS: dict[str, tuple[str, ...]] = {
    "Black Sea": ("black sea", "the black sea"),
    "Sea of Azov": ("sea of azov", "the sea of azov", "azov sea", "the azov sea"),
    "Caspian Sea": ("caspian sea", "the caspian sea", "caspian"),
    "Baltic Sea": ("baltic sea", "the baltic sea"),
}

#: Words after a stem that make it a region: "the Kharkiv region", "Kursk Oblast".
REGION_WORDS: tuple[str, ...] = ("region", "regions", "oblast", "province", "krai", "krai's", "region's",
                                 "oblast's", "area")

#: Adjectives allowed between the preposition and the place ("over the southern Odesa region").
PLACE_ADJECTIVES: tuple[str, ...] = (
    "southern", "northern", "eastern", "western", "central", "north-eastern", "northeastern",
    "south-eastern", "southeastern", "north-western", "northwestern", "south-western", "southwestern",
    "border", "russian", "ukrainian", "occupied", "frontline", "front-line",
)

#: Prepositions that introduce a place ("over the Belgorod region", "in Kyiv", "near Pokrovsk").
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "over", "in", "near", "above", "to", "into", "across", "around", "on", "at", "outside", "towards",
    "toward", "off", "within", "inside", "throughout", "from", "of", "against",
    # verbs whose object is the place attacked ("struck Zaporizhzhia with ...")
    "targeting", "targeted", "struck", "hit", "attacked", "shelled", "bombarded", "pounded",
)


def _lookup(table: dict[str, tuple[str, ...]], name: str) -> dict[str, str]:
    return surface_lookup(name, table.items())


#: stem -> canonical region / variant -> canonical city / variant -> canonical sea.
REGION_LOOKUP: dict[str, str] = _lookup(REGIONS, "REGIONS")
CITY_LOOKUP: dict[str, str] = _lookup(CITIES, "CITIES")
SEA_LOOKUP: dict[str, str] = _lookup(SEAS, "SEAS")


def _alternation(words: Iterable[str]) -> str:
    return name_alternation(words)


_NAMES = _alternation([*REGION_LOOKUP, *CITY_LOOKUP])
_ADJECTIVES = _alternation(list(PLACE_ADJECTIVES))

#: A place mention. ``region`` is set for "X region"/"region of X"/"X Oblast"; ``prep`` when a
#: preposition introduces it; ``sea`` for seas; ``name`` holds the stem or city variant.
PLACE_RE = regex.compile(
    rf"""
    (?<![\w-])
    (?:(?P<prep>{_alternation(list(PLACE_PREPOSITIONS))})\s+(?:the\s+)?(?:(?:{_ADJECTIVES})\s+)*)?
    (?:
        (?P<sea>{_alternation(list(SEA_LOOKUP))})
      | (?:regions?|oblast|province)\s+of\s+(?P<of>{_NAMES})
      | (?P<name>{_NAMES})(?:['’]s)?(?:\s+(?P<region>{_alternation(list(REGION_WORDS))}))?
    )
    (?![\w-])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def place_of(name: str, *, region: bool) -> str | None:
    """Canonical place for a stem or variant; ``region`` prefers the region over the city.

    >>> place_of("Kharkov", region=True), place_of("Kharkov", region=False), place_of("Crimea", region=False)
    ('Kharkiv Oblast', 'Kharkiv', 'Crimea')
    """
    key = " ".join(name.lower().replace("’", "'").split())
    if key in SEA_LOOKUP:
        return SEA_LOOKUP[key]
    first, second = (REGION_LOOKUP, CITY_LOOKUP) if region else (CITY_LOOKUP, REGION_LOOKUP)
    return first.get(key) or second.get(key)
