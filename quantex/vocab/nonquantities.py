"""Words that make a number *not* a quantity: months, ordinals, model names, calibres, organisations.

Sources: month names and abbreviations (AP style); weapon designations as printed in Ukrainian
air-force and Russian defence-ministry reports and in the Oryx equipment lists; organisations with a
number in their name (G7, G20, B9). Designations written letters-hyphen-digits ("F-16", "Kh-101") are
caught by shape, not by this table; the table holds names followed by a *spaced* number ("Leopard 2").
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}

#: model names followed by a spaced number that belongs to the name ("Leopard 2", "Challenger 2")
SPACED_DESIGNATIONS: tuple[str, ...] = (
    "Leopard", "Challenger", "Marder", "Gepard", "Patriot", "Storm Shadow", "Taurus", "Iskander",
    "Kinzhal", "Kalibr", "Oniks", "Tochka", "Tornado", "Grad", "Uragan", "Smerch", "Krab", "Zuzana",
    "Caesar", "Archer", "Boeing", "Airbus", "Apollo", "Soyuz", "Falcon", "Block", "Phase", "Tranche",
    "Mark", "Mk", "Model", "Type", "Project", "Article", "Resolution", "Section", "Chapter", "Line",
    "Unit", "Brigade", "Battalion", "Regiment", "Division", "Corps", "Army", "Flight", "Route", "Highway",
    "Gate", "Terminal", "Platform", "Room", "Building", "Block", "Lot", "Tier", "Level", "Stage",
    "Round", "Week", "Day", "Game", "Episode", "Season", "Volume", "Issue", "No.", "Number", "Pope",
)

#: organisations and groupings spelled with a number
ORGANISATIONS: tuple[str, ...] = ("G7", "G8", "G20", "G-7", "G-20", "B9", "E3", "P5", "C5", "Quad", "Ramstein")

#: nouns after "155mm" that make the millimetres a calibre, not a distance
CALIBRE_NOUNS: tuple[str, ...] = (
    "howitzer", "howitzers", "shell", "shells", "round", "rounds", "artillery", "gun", "guns",
    "mortar", "mortars", "ammunition", "munitions", "cannon", "cannons", "calibre", "caliber",
    "projectiles", "projectile", "rockets", "rocket", "cartridges", "bullets", "rifle", "rifles",
)

#: words before "one" that make it a pronoun, and words after it
ONE_PRONOUN_BEFORE: tuple[str, ...] = ("no", "the", "this", "that", "any", "every", "each", "which", "another")
ONE_PRONOUN_AFTER: tuple[str, ...] = ("of", "another", "who", "that", "which", "day", "side", "way", "thing",
                                      "time", "point", "by", "'s", "’s")

#: Nouns that a number directly after them names, as a label or identifier, not a count: "day 1,411 of
#: the war", "Budget 2024", "Part 2 of Article 438", "photo 3". Sources: the live-blog and bulletin
#: headings of Ukrainian and wire outlets ("Day 1,000 of the war"), UK and Ukrainian budget titles, legal
#: citations in Ukrainian prosecutors' reports, photo-gallery captions. Lower case; matched in any case.
LABEL_NOUNS: tuple[str, ...] = (
    "day", "budget", "phase", "tranche", "package no", "article", "part", "paragraph", "section", "clause",
    "item", "number", "no", "photo", "image", "picture", "video", "gallery", "slide", "page", "episode",
    "season", "stage", "round", "hospital", "school", "lyceum", "gymnasium", "unit", "brigade", "battalion",
    "regiment", "division", "corps", "army", "flight", "route", "highway", "gate", "terminal", "platform",
    "room", "building", "block", "lot", "tier", "level", "resolution", "chapter", "line", "week",
)

#: Days of the week: a capitalised word before a number that is not a designation's name ("Monday 5 drones").
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
