"""Who makes a claim: institutions, officials and the verbs that attribute a figure to them.

Sources: institution names are the English names the institutions use for themselves (Russian
Ministry of Defence, Ukrainian Air Force, General Staff of the Armed Forces of Ukraine, South
Korea's National Intelligence Service, the Pentagon); the officials are those most often quoted
with figures in 2022-2026 wire reporting, spelled as on their English Wikipedia pages. Owners are
read through :mod:`quantex.vocab.actors`, so "Russia's", "the Russian" and "Moscow's" all reach
the same row.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from quantex.errors import TableError
from quantex.vocab.actors import ACTOR_LOOKUP, ACTORS
from quantex.vocab.check import check_surface, surface_lookup
from quantex.vocab.trie import name_alternation

#: org key -> surface forms (lower case).
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "defence ministry": ("defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
                         "mod", "defence department", "defense department", "department of defense"),
    "air force": ("air force", "air forces", "air force command"),
    "general staff": ("general staff", "general staff of the armed forces", "military general staff"),
    "spy agency": ("spy agency", "intelligence agency", "national intelligence service", "nis"),
    "military intelligence": ("military intelligence", "defence intelligence", "defense intelligence",
                              "military intelligence agency", "intelligence directorate"),
    "joint chiefs of staff": ("joint chiefs of staff", "jcs"),
    "armed forces": ("armed forces", "military", "army"),
    "navy": ("navy",),
    "foreign ministry": ("foreign ministry", "ministry of foreign affairs"),
    "finance ministry": ("finance ministry", "ministry of finance", "treasury"),
    "emergency service": ("emergency service", "emergency services", "state emergency service"),
    "prosecutors": ("prosecutor general's office", "prosecutor's office", "prosecutors"),
    "government": ("government", "cabinet"),
}

#: (owner actor, org key) -> canonical claimant.
OWNED_CLAIMANTS: dict[tuple[str, str], str] = {
    ("Russia", "defence ministry"): "Russian Ministry of Defence",
    ("Ukraine", "defence ministry"): "Ukrainian Ministry of Defence",
    ("United Kingdom", "defence ministry"): "UK Ministry of Defence",
    ("United States", "defence ministry"): "Pentagon",
    ("Ukraine", "air force"): "Ukrainian Air Force",
    ("Ukraine", "general staff"): "Ukrainian General Staff",
    ("Russia", "general staff"): "Russian General Staff",
    ("South Korea", "spy agency"): "South Korean National Intelligence Service",
    ("South Korea", "joint chiefs of staff"): "South Korean Joint Chiefs of Staff",
    ("Ukraine", "military intelligence"): "Ukrainian Defence Intelligence",
    ("United Kingdom", "military intelligence"): "UK Defence Intelligence",
    ("Ukraine", "armed forces"): "Ukrainian Armed Forces",
    ("Russia", "armed forces"): "Russian Armed Forces",
    ("Ukraine", "navy"): "Ukrainian Navy",
    ("Ukraine", "foreign ministry"): "Ukrainian Ministry of Foreign Affairs",
    ("Russia", "foreign ministry"): "Russian Ministry of Foreign Affairs",
    ("Ukraine", "finance ministry"): "Ukrainian Ministry of Finance",
    ("United States", "finance ministry"): "US Treasury",
    ("Ukraine", "emergency service"): "State Emergency Service of Ukraine",
    ("Ukraine", "prosecutors"): "Office of the Prosecutor General of Ukraine",
    ("Ukraine", "government"): "Government of Ukraine",
}

#: org key -> owner assumed when the text names no owner ("the air force said").
DEFAULT_OWNERS: dict[str, str] = {
    "air force": "Ukraine",
    "general staff": "Ukraine",
    "emergency service": "Ukraine",
}

#: surface (lower case) -> canonical claimant, for officials and institutions named alone.
NAMED: dict[str, str] = {
    "zelensky": "Volodymyr Zelensky", "zelenskyy": "Volodymyr Zelensky", "zelenskiy": "Volodymyr Zelensky",
    "volodymyr zelensky": "Volodymyr Zelensky", "volodymyr zelenskyy": "Volodymyr Zelensky",
    "putin": "Vladimir Putin", "vladimir putin": "Vladimir Putin",
    "peskov": "Dmitry Peskov", "dmitry peskov": "Dmitry Peskov",
    "konashenkov": "Igor Konashenkov", "igor konashenkov": "Igor Konashenkov",
    "shoigu": "Sergei Shoigu", "sergei shoigu": "Sergei Shoigu",
    "belousov": "Andrei Belousov", "andrei belousov": "Andrei Belousov",
    "gerasimov": "Valery Gerasimov", "valery gerasimov": "Valery Gerasimov",
    "syrskyi": "Oleksandr Syrskyi", "oleksandr syrskyi": "Oleksandr Syrskyi",
    "zaluzhnyi": "Valerii Zaluzhnyi", "zaluzhny": "Valerii Zaluzhnyi",
    "valerii zaluzhnyi": "Valerii Zaluzhnyi",
    "budanov": "Kyrylo Budanov", "kyrylo budanov": "Kyrylo Budanov",
    "umerov": "Rustem Umerov", "rustem umerov": "Rustem Umerov",
    "ihnat": "Yurii Ihnat", "yuriy ihnat": "Yurii Ihnat", "yurii ihnat": "Yurii Ihnat",
    "biden": "Joe Biden", "joe biden": "Joe Biden", "trump": "Donald Trump", "donald trump": "Donald Trump",
    "blinken": "Antony Blinken", "antony blinken": "Antony Blinken",
    "lloyd austin": "Lloyd Austin", "kirby": "John Kirby", "john kirby": "John Kirby",
    "stoltenberg": "Jens Stoltenberg", "jens stoltenberg": "Jens Stoltenberg",
    "rutte": "Mark Rutte", "mark rutte": "Mark Rutte",
    "von der leyen": "Ursula von der Leyen", "ursula von der leyen": "Ursula von der Leyen",
    "klitschko": "Vitali Klitschko", "vitali klitschko": "Vitali Klitschko",
    "the pentagon": "Pentagon", "pentagon": "Pentagon",
    "the kremlin": "Kremlin", "kremlin": "Kremlin",
    "the white house": "White House", "white house": "White House",
    "nato": "NATO",
    "the institute for the study of war": "Institute for the Study of War",
    "institute for the study of war": "Institute for the Study of War",
    "isw": "Institute for the Study of War",
    "the un human rights monitoring mission": "UN Human Rights Monitoring Mission in Ukraine",
    "un human rights monitoring mission": "UN Human Rights Monitoring Mission in Ukraine",
    "ohchr": "OHCHR", "the united nations": "United Nations", "united nations": "United Nations",
    "the un": "United Nations", "oryx": "Oryx",
    "kiel institute": "Kiel Institute for the World Economy",
    "the kiel institute": "Kiel Institute for the World Economy",
    "sbu": "Security Service of Ukraine", "the sbu": "Security Service of Ukraine",
    "fsb": "FSB", "the fsb": "FSB",
    "hur": "Ukrainian Defence Intelligence", "gur": "Ukrainian Defence Intelligence",
    "the nis": "South Korean National Intelligence Service",
    "kcna": "KCNA", "tass": "TASS", "ria novosti": "RIA Novosti", "ukrinform": "Ukrinform",
}

#: canonical claimant -> the warring side it speaks for. A claim about drones, missiles or equipment
#: destroyed, or about losses, is usually a claim about the other side's ("the Russian defence ministry
#: said 110 drones were destroyed": Ukrainian drones). Officials by office (2022-2025), agencies by owner.
CLAIMANT_SIDES: dict[str, str] = {
    **{claimant: owner for (owner, _), claimant in OWNED_CLAIMANTS.items() if owner in ("Russia", "Ukraine")},
    "Vladimir Putin": "Russia", "Dmitry Peskov": "Russia", "Igor Konashenkov": "Russia",
    "Sergei Shoigu": "Russia", "Andrei Belousov": "Russia", "Valery Gerasimov": "Russia", "Kremlin": "Russia",
    "FSB": "Russia", "TASS": "Russia", "RIA Novosti": "Russia",
    "Volodymyr Zelensky": "Ukraine", "Oleksandr Syrskyi": "Ukraine", "Valerii Zaluzhnyi": "Ukraine",
    "Kyrylo Budanov": "Ukraine", "Rustem Umerov": "Ukraine", "Yurii Ihnat": "Ukraine",
    "Vitali Klitschko": "Ukraine", "Security Service of Ukraine": "Ukraine", "Ukrinform": "Ukraine",
}

#: Titles before the name of an official quoted by name only ("regional governor Oleh Syniehubov").
TITLES: tuple[str, ...] = ("governor", "mayor", "military administration head", "administration head",
                           "regional head", "spokesman", "spokeswoman", "spokesperson")

#: Verbs that attribute a figure to whoever comes before them ("the air force said").
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "reported", "reports", "claimed", "claims", "stated", "told", "tells",
    "added", "adds", "wrote", "writes", "estimated", "estimates", "confirmed",
    "confirms", "posted", "noted", "assessed", "assesses", "believes", "announced", "announces", "warned",
    "counted", "recorded", "recorded", "has said", "had said",
)

#: Phrases before a claimant that attribute a figure to it ("according to the Pentagon").
ATTRIBUTION_PREFIXES: tuple[str, ...] = ("according to", "citing", "cited by", "data from", "figures from",
                                         "said", "says", "reported", "per", "a statement from",
                                         "estimates by", "estimate by")


def _check() -> None:
    surface_lookup("ORGANISATIONS", ORGANISATIONS.items())
    for (owner, org), canonical in OWNED_CLAIMANTS.items():
        if owner not in ACTORS or org not in ORGANISATIONS or not canonical:
            raise TableError(f"OWNED_CLAIMANTS row ({owner!r}, {org!r}) names an unknown actor or org")
    for org, owner in DEFAULT_OWNERS.items():
        if (owner, org) not in OWNED_CLAIMANTS:
            raise TableError(f"DEFAULT_OWNERS {org!r} -> {owner!r} has no OWNED_CLAIMANTS row")
    for surface in (*NAMED, *TITLES, *SPEECH_VERBS, *ATTRIBUTION_PREFIXES):
        check_surface("claimant surfaces", surface)


_check()

#: org surface -> org key; derived from ORGANISATIONS.
ORG_LOOKUP: dict[str, str] = {s: org for org, surfaces in ORGANISATIONS.items() for s in surfaces}


def _alternation(words: Iterable[str]) -> str:
    return name_alternation(words)


_OWNERS = _alternation([w for w in ACTOR_LOOKUP if w not in ("us", "un", "the us", "the un")])

#: A claimant mention: ``owner``+``org``, a bare ``org``, a ``named`` one or a titled ``person``.
CLAIMANT_RE = regex.compile(
    rf"""
    (?<![\w-])
    (?:
        (?:the\s+)?(?P<owner>{_OWNERS}|(?-i:US|U\.S\.|UK))(?:['’]s)?\s+(?:own\s+)?(?P<org>{_alternation(list(ORG_LOOKUP))})
      | (?P<named>{_alternation(list(NAMED))})
      | (?:the\s+)?(?P<bare>{_alternation(list(ORG_LOOKUP))})
      | (?:{_alternation(TITLES)}),?\s+(?P<person>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}))
    )
    (?![\w-])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: A speech verb opening the text after a claimant ("... said", "..., the ministry said on Sunday").
SPEECH_AFTER_RE = regex.compile(
    rf"[^.;:!?\d]{{0,40}}?(?<![\w-])(?:{_alternation(SPEECH_VERBS)})(?![\w-])", regex.IGNORECASE
)

#: An attribution phrase closing the text before a claimant ("according to ").
ATTRIBUTION_BEFORE_RE = regex.compile(
    rf"(?<![\w-])(?:{_alternation(ATTRIBUTION_PREFIXES)})\s+(?:\w+\s+){{0,2}}$", regex.IGNORECASE
)


def claimant_in(text: str) -> str | None:
    """The first known claimant a short text names ("Ukrainian Air Force (daily summary)"), else None.

    >>> claimant_in("Ukrainian Air Force (daily summary, paraphrased)"), claimant_in("Reuters")
    ('Ukrainian Air Force', None)
    """
    for match in CLAIMANT_RE.finditer(text):
        name = claimant_of(match)
        if name is not None:
            return name
    return None


def claimant_of(match: regex.Match[str]) -> str | None:
    """The canonical claimant for a :data:`CLAIMANT_RE` match.

    An owned organisation missing from :data:`OWNED_CLAIMANTS` is returned as written, without "the"
    ("Germany's defence ministry"); an organisation with no owner ("the military") gives None.

    >>> claimant_of(CLAIMANT_RE.search("Seoul's spy agency says"))
    'South Korean National Intelligence Service'
    """
    def key(text: str) -> str:
        return " ".join(text.lower().replace("’", "'").split())

    if match.group("person"):
        return " ".join(match.group("person").split())
    if match.group("named"):
        return NAMED[key(match.group("named"))]
    org = ORG_LOOKUP[key(match.group("org") or match.group("bare"))]
    owner = ACTOR_LOOKUP.get(key(match.group("owner"))) if match.group("owner") else DEFAULT_OWNERS.get(org)
    if owner is None:
        return None
    if (owner, org) in OWNED_CLAIMANTS:
        return OWNED_CLAIMANTS[(owner, org)]
    return str(regex.sub(r"^the\s+", "", " ".join(match.group().split()), flags=regex.IGNORECASE))
