"""Weapon designations and head nouns for attack records: which class a counted weapon is, and its model.

Sources: model names as the Ukrainian Air Force and the community "Massive Missile Attacks on Ukraine"
dataset write them (Shahed-136/131, Kh-101/Kh-555, Kh-47M2 Kinzhal, Iskander-M/KN-23, ...); the
surfaces are the spellings seen in English wire copy of air-force and defence-ministry bulletins
(/work/notes/real_news_constructions.md classes 4, 5 and 11). One row per model.

``MODELS`` maps canonical model -> (weapon class, surfaces, lower case). ``HEADS`` maps the head nouns
of a weapon noun phrase to their class; ``MIXED_HEADS`` are heads that count several classes at once
("means of air attack", "targets"), whose figures are never a per-class figure.
"""

from __future__ import annotations

import regex

from quantex.errors import TableError

DRONES, MISSILES, BOMBS = "drones", "missiles", "bombs"

#: canonical model -> (class, surfaces)
MODELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Shahed-136/131": (DRONES, ("shahed-136/131", "shahed-136", "shahed-131", "shahed", "shaheds",
                                "geran-2", "geran", "gerans", "martyrs")),
    "Gerbera (decoy)": (DRONES, ("gerbera", "gerberas", "decoy", "decoys", "imitator", "imitators",
                                 "imitation", "parody")),
    "Lancet": (DRONES, ("lancet", "lancets")),
    "Kh-101/Kh-555": (MISSILES, ("kh-101/kh-555", "kh-101", "kh-555", "x-101")),
    "Kh-22": (MISSILES, ("kh-22", "kh-32")),
    "Kh-59/Kh-69": (MISSILES, ("kh-59/kh-69", "kh-59", "kh-69")),
    "Kh-47M2 Kinzhal": (MISSILES, ("kh-47m2 kinzhal", "kh-47m2", "kinzhal", "kinzhals")),
    "Kalibr": (MISSILES, ("kalibr", "kalibrs")),
    "Iskander-M/KN-23": (MISSILES, ("iskander-m/kn-23", "iskander-m", "kn-23")),
    "Iskander-K": (MISSILES, ("iskander-k",)),
    "S-300/S-400": (MISSILES, ("s-300/s-400", "s-300", "s-400")),
    "Zircon": (MISSILES, ("zircon", "tsirkon")),
    "Kh-31P": (MISSILES, ("kh-31p", "kh-31")),
    "ATACMS": (MISSILES, ("atacms",)),
    "Storm Shadow/SCALP": (MISSILES, ("storm shadow", "scalp")),
    "Neptune": (MISSILES, ("neptune",)),
    "HIMARS": (MISSILES, ("himars",)),
    "KAB": (BOMBS, ("kab", "kabs", "fab-500", "fab-1500", "guided aerial bomb", "guided bomb", "glide bomb")),
}

#: head noun -> class (the last noun of the weapon noun phrase)
HEADS: dict[str, str] = {
    **dict.fromkeys(("drone", "drones", "uav", "uavs", "unmanned aerial vehicle", "unmanned aerial vehicles",
                     "shahed", "shaheds", "gerans", "decoys", "kamikazes", "loitering munitions"), DRONES),
    **dict.fromkeys(("missile", "missiles", "rockets", "kinzhals", "kalibrs"), MISSILES),
    **dict.fromkeys(("bomb", "bombs", "kabs", "glide bombs", "guided aerial bombs", "projectiles",
                     "shells"), BOMBS),
}

#: heads and coordinations that count drones and missiles together
MIXED_HEADS: tuple[str, ...] = (
    "missiles and drones", "drones and missiles", "missiles and uavs", "uavs and missiles",
    "missiles and shaheds", "drones or missiles", "missiles or drones",
    "means of air attack", "air attack means", "air attack weapons", "aerial attack weapons",
    "air attack assets", "aerial attack means", "targets", "air targets", "aerial targets", "weapons",
)


def _check() -> dict[str, str]:
    """Surface -> canonical model; a surface in two rows fails at import."""
    lookup: dict[str, str] = {}
    for model, (kind, surfaces) in MODELS.items():
        if kind not in (DRONES, MISSILES, BOMBS):
            raise TableError(f"weapons: model {model!r} has class {kind!r}")
        for surface in surfaces:
            if surface in lookup:
                raise TableError(f"weapons: surface {surface!r} is in {lookup[surface]!r} and {model!r}")
            lookup[surface] = model
    return lookup


MODEL_LOOKUP: dict[str, str] = _check()


def _alternation(words: object) -> str:
    forms = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in forms)


#: a model surface as a word of its own
MODEL_RE = regex.compile(rf"(?<![\w-])(?:{_alternation(MODEL_LOOKUP)})(?!\w)", regex.IGNORECASE)
#: the first head or mixed head after a number
HEAD_RE = regex.compile(
    rf"(?<![\w-])(?P<mixed>{_alternation(MIXED_HEADS)})(?![\w-])|(?<![\w-])(?P<head>{_alternation(HEADS)})(?![\w-])",
    regex.IGNORECASE)
