"""Cue words the stages read around a number, as tables: parts of a total, calibres, frozen assets.

Sources: the constructions of wire stories, air-force and defence-ministry reports and aid
announcements (2022-2026) as catalogued for quantex: a total followed by its breakdown ("destroyed 116
drones, including 17 over Kursk", "of which 20 were shot down", "of them"), a calibre naming a weapon
or its ammunition ("155mm shells"), and assets held frozen or immobilised by sanctions. Each surface is
lower case; a space matches any run of white space (:func:`cue_alternation`).

>>> "of which" in PART_WORDS
True
"""

from __future__ import annotations

from quantex.errors import TableError
from quantex.vocab.trie import name_alternation

#: the verb "include" in the forms that introduce a part: "including eight over Kursk", "the package includes"
INCLUDE_WORDS: tuple[str, ...] = ("including", "includes", "included")

#: words that introduce a sum inside a package: "a $95bn package that includes $61bn", "of which $20bn"
MONEY_PART_WORDS: tuple[str, ...] = (*INCLUDE_WORDS, "of which")

#: words that introduce the parts of a total just named: "including 17 over Kursk", "of them 20"
PART_WORDS: tuple[str, ...] = (*MONEY_PART_WORDS, "of them", "of these", "of those", "among them")

#: words after a millimetre figure that make it a calibre, not a length: "155mm shells", "120-mm mortars"
CALIBRE_WORDS: tuple[str, ...] = (
    "howitzer", "howitzers", "shell", "shells", "round", "rounds", "artillery", "gun", "guns", "mortar",
    "mortars", "ammunition", "munitions", "cannon", "cannons", "calibre", "caliber", "projectile",
    "projectiles", "rocket", "rockets", "cartridges", "bullets", "rifle", "rifles",
)

#: words for assets held by sanctions: "profits on frozen Russian assets", "immobilised reserves"
FROZEN_WORDS: tuple[str, ...] = ("frozen", "immobilised", "immobilized")


def _check() -> None:
    for name, table in (("INCLUDE_WORDS", INCLUDE_WORDS), ("PART_WORDS", PART_WORDS),
                        ("CALIBRE_WORDS", CALIBRE_WORDS), ("FROZEN_WORDS", FROZEN_WORDS)):
        for surface in table:
            if surface != " ".join(surface.lower().split()):
                raise TableError(f"{name}: a cue must be lower case with single spaces: {surface!r}")
        if len(set(table)) != len(table):
            raise TableError(f"{name} lists a cue twice")


_check()


def cue_alternation(words: tuple[str, ...]) -> str:
    r"""The cue words as one case-insensitive alternation between word boundaries.

    >>> import regex
    >>> regex.search(cue_alternation(INCLUDE_WORDS), "the package INCLUDES", regex.I) is not None
    True
    """
    return rf"\b{name_alternation(words)}\b"
