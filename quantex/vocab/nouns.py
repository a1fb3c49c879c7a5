"""Counted nouns of war reporting and the words allowed between a number and its noun.

Sources: the nouns are the ones used for weapons, personnel and losses in Ukrainian Air Force and
General Staff daily reports, the Russian Ministry of Defence's daily briefings and English-language
wire reporting of the war (2022-2026), checked against the Wikipedia articles "Shahed drones",
"Lancet (drone)", "Kh-101", "Iskander (missile)", "Leopard 2" and "Multiple rocket launcher". The
categories follow the quantex conventions (personnel, drones, missiles, casualties, equipment);
``people`` marks nouns for persons that become casualties only next to a killing or wounding verb.

Each row is ``(lemma, plural, category)``; the lemma is the singular form and the value of the
``unit`` column. A plural equal to the lemma (``personnel``) is allowed.
"""

from __future__ import annotations

import regex

from quantex.errors import TableError
from quantex.schema import DOMAIN_CATEGORIES, EVENTS
from quantex.vocab.actors import DEMONYMS
from quantex.vocab.check import check_known, check_surface, surface_lookup
from quantex.vocab.trie import noun_alternation

#: Categories a counted noun may have; ``people`` is resolved by the verb (casualties or a plain count).
NOUN_CATEGORIES: frozenset[str] = DOMAIN_CATEGORIES | {"people"}

#: (lemma, plural, category).
NOUN_ROWS: tuple[tuple[str, str, str], ...] = (
    # personnel
    ("troop", "troops", "personnel"),
    ("soldier", "soldiers", "personnel"),
    ("serviceman", "servicemen", "personnel"),
    ("servicewoman", "servicewomen", "personnel"),
    ("service member", "service members", "personnel"),
    ("recruit", "recruits", "personnel"),
    ("fighter", "fighters", "personnel"),
    ("special forces", "special forces", "personnel"),
    ("conscript", "conscripts", "personnel"),
    ("reservist", "reservists", "personnel"),
    ("mercenary", "mercenaries", "personnel"),
    ("prisoner of war", "prisoners of war", "personnel"),
    ("pow", "pows", "personnel"),
    ("prisoner", "prisoners", "personnel"),
    ("personnel", "personnel", "personnel"),
    ("volunteer", "volunteers", "personnel"),
    ("paratrooper", "paratroopers", "personnel"),
    ("marine", "marines", "personnel"),
    ("sailor", "sailors", "personnel"),
    ("pilot", "pilots", "personnel"),
    ("officer", "officers", "personnel"),
    ("instructor", "instructors", "personnel"),
    ("military adviser", "military advisers", "personnel"),
    ("military advisor", "military advisors", "personnel"),
    ("infantryman", "infantrymen", "personnel"),
    ("combatant", "combatants", "personnel"),
    ("contract soldier", "contract soldiers", "personnel"),
    ("contract serviceman", "contract servicemen", "personnel"),
    ("serviceperson", "servicepeople", "personnel"),
    ("general", "generals", "personnel"),
    ("special operations force", "special operations forces", "personnel"),
    ("special operation force", "special operation forces", "personnel"),
    ("occupier", "occupiers", "personnel"),
    # drones
    ("drone", "drones", "drones"),
    ("uav", "uavs", "drones"),
    ("unmanned aerial vehicle", "unmanned aerial vehicles", "drones"),
    ("unmanned aircraft", "unmanned aircraft", "drones"),
    ("shahed", "shaheds", "drones"),
    ("geran", "gerans", "drones"),
    ("lancet", "lancets", "drones"),
    ("attack drone", "attack drones", "drones"),
    ("strike drone", "strike drones", "drones"),
    ("fpv drone", "fpv drones", "drones"),
    ("decoy drone", "decoy drones", "drones"),
    ("imitator drone", "imitator drones", "drones"),
    ("imitator", "imitators", "drones"),
    ("gerbera", "gerberas", "drones"),
    ("aircraft-type uav", "aircraft-type uavs", "drones"),
    ("decoy", "decoys", "drones"),
    ("kamikaze drone", "kamikaze drones", "drones"),
    ("loitering munition", "loitering munitions", "drones"),
    ("naval drone", "naval drones", "drones"),
    ("sea drone", "sea drones", "drones"),
    ("quadcopter", "quadcopters", "drones"),
    # missiles and munitions
    ("missile", "missiles", "missiles"),
    ("cruise missile", "cruise missiles", "missiles"),
    ("ballistic missile", "ballistic missiles", "missiles"),
    ("anti-aircraft missile", "anti-aircraft missiles", "missiles"),
    ("guided missile", "guided missiles", "missiles"),
    ("rocket", "rockets", "missiles"),
    ("guided bomb", "guided bombs", "missiles"),
    ("glide bomb", "glide bombs", "missiles"),
    ("aerial bomb", "aerial bombs", "missiles"),
    ("guided aerial bomb", "guided aerial bombs", "missiles"),
    ("bomb", "bombs", "missiles"),
    ("shell", "shells", "missiles"),
    ("artillery shell", "artillery shells", "missiles"),
    ("artillery round", "artillery rounds", "missiles"),
    ("round", "rounds", "missiles"),
    ("air-defence missile", "air-defence missiles", "missiles"),
    ("air-defense missile", "air-defense missiles", "missiles"),
    ("munition", "munitions", "missiles"),
    ("projectile", "projectiles", "missiles"),
    ("interceptor", "interceptors", "missiles"),
    ("kinzhal", "kinzhals", "missiles"),
    ("iskander", "iskanders", "missiles"),
    ("kalibr", "kalibrs", "missiles"),
    ("atacms", "atacms", "missiles"),
    ("storm shadow", "storm shadows", "missiles"),
    # casualties named as such
    ("casualty", "casualties", "casualties"),
    ("death", "deaths", "casualties"),
    ("fatality", "fatalities", "casualties"),
    ("injury", "injuries", "casualties"),
    # people: casualties only with a killing or wounding verb
    ("person", "people", "people"),
    ("civilian", "civilians", "people"),
    ("child", "children", "people"),
    ("man", "men", "people"),
    ("woman", "women", "people"),
    ("firefighter", "firefighters", "people"),
    ("resident", "residents", "people"),
    ("rescuer", "rescuers", "people"),
    ("medic", "medics", "people"),
    ("body", "bodies", "people"),
    ("teenager", "teenagers", "people"),
    ("infant", "infants", "people"),
    ("boy", "boys", "people"),
    ("girl", "girls", "people"),
    ("passenger", "passengers", "people"),
    ("worker", "workers", "people"),
    ("journalist", "journalists", "people"),
    ("police officer", "police officers", "people"),
    ("pensioner", "pensioners", "people"),
    ("victim", "victims", "people"),
    ("individual", "individuals", "people"),
    ("other", "others", "people"),
    ("adult", "adults", "people"),
    ("driver", "drivers", "people"),
    ("farmer", "farmers", "people"),
    ("employee", "employees", "people"),
    ("patient", "patients", "people"),
    ("student", "students", "people"),
    ("citizen", "citizens", "people"),
    ("villager", "villagers", "people"),
    ("baby", "babies", "people"),
    ("toddler", "toddlers", "people"),
    ("doctor", "doctors", "people"),
    ("nurse", "nurses", "people"),
    # equipment
    ("tank", "tanks", "equipment"),
    ("armoured vehicle", "armoured vehicles", "equipment"),
    ("armored vehicle", "armored vehicles", "equipment"),
    ("armoured personnel carrier", "armoured personnel carriers", "equipment"),
    ("armored personnel carrier", "armored personnel carriers", "equipment"),
    ("armoured combat vehicle", "armoured combat vehicles", "equipment"),
    ("armored combat vehicle", "armored combat vehicles", "equipment"),
    ("infantry fighting vehicle", "infantry fighting vehicles", "equipment"),
    ("apc", "apcs", "equipment"),
    ("ifv", "ifvs", "equipment"),
    ("howitzer", "howitzers", "equipment"),
    ("artillery system", "artillery systems", "equipment"),
    ("artillery piece", "artillery pieces", "equipment"),
    ("gun", "guns", "equipment"),
    ("mlrs", "mlrs", "equipment"),
    ("multiple rocket launcher", "multiple rocket launchers", "equipment"),
    ("rocket launcher", "rocket launchers", "equipment"),
    ("launcher", "launchers", "equipment"),
    ("himars", "himars", "equipment"),
    ("aircraft", "aircraft", "equipment"),
    ("plane", "planes", "equipment"),
    ("warplane", "warplanes", "equipment"),
    ("jet", "jets", "equipment"),
    # aircraft and vehicles counted by their type name alone ("eight F-16s", "31 Abrams", "40 Marders")
    ("f-16", "f-16s", "equipment"),
    ("su-25", "su-25s", "equipment"),
    ("su-27", "su-27s", "equipment"),
    ("su-34", "su-34s", "equipment"),
    ("su-35", "su-35s", "equipment"),
    ("mig-29", "mig-29s", "equipment"),
    ("ka-52", "ka-52s", "equipment"),
    ("mi-8", "mi-8s", "equipment"),
    ("gripen", "gripens", "equipment"),
    ("abrams", "abrams", "equipment"),
    ("bradley", "bradleys", "equipment"),
    ("marder", "marders", "equipment"),
    ("fighter jet", "fighter jets", "equipment"),
    ("bomber", "bombers", "equipment"),
    ("fighter-bomber", "fighter-bombers", "equipment"),
    ("helicopter", "helicopters", "equipment"),
    ("air-defence system", "air-defence systems", "equipment"),
    ("air-defense system", "air-defense systems", "equipment"),
    ("patriot system", "patriot systems", "equipment"),
    ("battery", "batteries", "equipment"),
    ("ship", "ships", "equipment"),
    ("warship", "warships", "equipment"),
    ("boat", "boats", "equipment"),
    ("vessel", "vessels", "equipment"),
    ("submarine", "submarines", "equipment"),
    ("ew system", "ew systems", "equipment"),
    ("ew station", "ew stations", "equipment"),
    ("system", "systems", "equipment"),
    ("electronic warfare system", "electronic warfare systems", "equipment"),
    ("radar", "radars", "equipment"),
    ("vehicle", "vehicles", "equipment"),
    ("truck", "trucks", "equipment"),
    ("mortar", "mortars", "equipment"),
    ("abrams", "abrams", "equipment"),
    ("bradley", "bradleys", "equipment"),
)

#: First words of a table noun that name a type of the last word, not a new thing: the unit of "cruise
#: missiles" is "missile", of "attack drones" "drone", of "air-defence systems" "system" (the quantex
#: conventions: type names are not lemmas). Lexicalised names keep theirs: "infantry fighting vehicle",
#: "unmanned aerial vehicle", "prisoner of war", "multiple rocket launcher".
TYPE_MODIFIERS: frozenset[str] = frozenset({
    "attack", "strike", "cruise", "ballistic", "guided", "aerial", "glide", "decoy", "imitator", "kamikaze",
    "fpv", "naval", "sea", "fighter", "patriot", "air-defence", "air-defense", "artillery", "anti-aircraft",
    "contract", "aircraft-type", "ew", "electronic", "warfare",
})

#: Words allowed between a number and its noun (lower case; multi-word allowed).
MODIFIERS: tuple[str, ...] = (
    "attack", "strike", "cruise", "ballistic", "hypersonic", "guided", "unguided", "long-range",
    "short-range", "medium-range", "anti-aircraft", "anti-ship", "air-launched", "sea-launched",
    "us", "u.s.", "uk", "chechen", "western", "foreign", "allied", "nato", "soviet-made",
    "enemy", "hostile", "fixed-wing", "heavy", "light", "main battle", "armoured", "armored",
    "combat", "military", "modern", "older", "soviet-era", "soviet", "more", "additional",
    "new", "extra", "elite", "regular", "active", "trained", "wounded", "captured",
    "killed", "dead", "injured", "missing", "ukrainian-made", "russian-made", "domestically produced",
    "kamikaze", "fpv", "reconnaissance",
    "surveillance", "naval", "jet-powered", "modified", "upgraded", "operational", "mobile",
    "self-propelled", "towed", "tactical", "strategic", "of the", "of its", "of their", "of",
)

#: Lower-case words that never head a counted noun: function words, auxiliaries, time and measure
#: words (the span finder reads units and periods itself).
NOT_NOUNS: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "for", "with",
    "over", "under", "into", "onto", "near", "above", "across", "after", "before", "since", "during",
    "between", "against", "per", "than", "as", "so", "if", "that", "which", "who", "whom", "whose",
    "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our",
    "you", "i", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "not", "no", "more",
    "less", "fewer", "most", "least", "each", "every", "all", "both", "either", "neither", "some", "any",
    "other", "another", "such", "only", "also", "just", "about", "around", "nearly", "almost", "up",
    "down", "out", "off", "ago", "later", "earlier", "times", "time", "percent", "per cent", "year",
    "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
    "second", "seconds", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons",
    "kg", "million", "billion", "trillion", "thousand", "hundred", "dozen", "dozens", "hundreds",
    "thousands", "millions", "billions", "percentage", "points", "point", "bn", "m", "am", "pm", "gmt",
    "local", "overnight", "yesterday", "today", "tomorrow", "there", "here", "when", "where", "while",
    "including", "among", "respectively", "apiece", "alone", "too", "again", "already", "last", "next",
    "tonight", "yet",
})

#: Lemmas whose noun itself names the event, used when no verb says what happened.
NOUN_EVENTS: dict[str, str] = {
    "casualty": "killed or injured",
    "death": "killed",
    "fatality": "killed",
    "injury": "injured",
    # prisoners counted with no verb of their own are held captive
    "prisoner of war": "captured",
    "pow": "captured",
    "prisoner": "captured",
}


def noun_key(surface: str) -> str:
    """The lookup key of a noun surface: lower case, without spaces or hyphens.

    >>> noun_key("Air-Defence  systems")
    'airdefencesystems'
    """
    return "".join(surface.lower().replace("-", " ").split())


def unit_of(lemma: str) -> str:
    """The unit of a table noun: its last word when the words before it only name a type.

    >>> unit_of("cruise missile"), unit_of("guided aerial bomb"), unit_of("infantry fighting vehicle")
    ('missile', 'bomb', 'infantry fighting vehicle')
    """
    words = lemma.split()
    if len(words) > 1 and all(w in TYPE_MODIFIERS for w in words[:-1]):
        return words[-1]
    return lemma


def _check() -> dict[str, tuple[str, str]]:
    for row in NOUN_ROWS:
        if len(row) != 3 or not all(isinstance(part, str) and part for part in row):
            raise TableError(f"NOUN_ROWS: a row must be (lemma, plural, category), not {row!r}")
    check_known("NOUN_ROWS categories", (category for _, _, category in NOUN_ROWS), NOUN_CATEGORIES)
    lookup = surface_lookup("NOUN_ROWS", (((category, unit_of(lemma)), (lemma, plural))
                                          for lemma, plural, category in NOUN_ROWS), key=noun_key)
    for word in (*MODIFIERS, *NOT_NOUNS):
        check_surface("MODIFIERS and NOT_NOUNS", word)
    if len(set(MODIFIERS)) != len(MODIFIERS):
        raise TableError("MODIFIERS lists a word twice")
    check_known("NOUN_EVENTS", (noun_key(lemma) for lemma in NOUN_EVENTS), lookup)
    check_known("NOUN_EVENTS events", NOUN_EVENTS.values(), EVENTS)
    return lookup


#: noun_key(surface) -> (category, lemma); derived from NOUN_ROWS.
NOUNS: dict[str, tuple[str, str]] = _check()


def _alternation(words: list[str]) -> str:
    """Escaped alternatives, longest first, under the noun spacing policy (:func:`~quantex.vocab.trie.noun_piece`)."""
    return noun_alternation(words)


#: A designation skipped before a noun: Shahed-136, F-16, Leopard 2A4, Kh-101, Iskander-M, S-300.
DESIGNATION = r"""(?-i:
      [A-Z][A-Za-z]*-[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?   # Shahed-136, Kh-101, Iskander-M, Su-34
    | [A-Z][a-z]+\s\d+[A-Z]?\d*                                    # Leopard 2, Leopard 2A6
    | [A-Z]{1,4}\d+[A-Z0-9]*                                       # M777, T72, CV90
    | [A-Z]{2,}(?:-\d+)?                                           # HIMARS, ATACMS, IRIS-T
)"""

_MODIFIERS = rf"(?:{_alternation([*MODIFIERS, *DEMONYMS])}|{DESIGNATION})"

#: Matches the modifiers and designations then the counted noun at a position (use .match).
NOUN_PHRASE_RE = regex.compile(
    rf"""
    (?:{_MODIFIERS}\s+){{0,4}}?   # allowed words, fewest first
    (?P<noun>{_alternation([s for row in NOUN_ROWS for s in row[:2]])})
    (?![\w-])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Any noun not in the table: allowed words, then up to three lower-case words; the last is the head.
PLAIN_NOUN_RE = regex.compile(
    rf"""
    (?:{_MODIFIERS}\s+){{0,4}}
    (?P<words>(?-i:[a-z][a-z-]*[a-z])(?:\s+(?-i:[a-z][a-z-]*[a-z])){{0,2}})
    (?![\w-])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
