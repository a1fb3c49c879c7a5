"""Invariants of the vocabulary tables: every row is reachable through its compiled pattern."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import regex

import quantex
from quantex.errors import TableError
from quantex.vocab import actors, claimants, cues, events, nouns, numbers, places

OBLASTS = {
    "Cherkasy", "Chernihiv", "Chernivtsi", "Dnipropetrovsk", "Donetsk", "Ivano-Frankivsk", "Kharkiv",
    "Kherson", "Khmelnytskyi", "Kirovohrad", "Kyiv", "Luhansk", "Lviv", "Mykolaiv", "Odesa", "Poltava",
    "Rivne", "Sumy", "Ternopil", "Vinnytsia", "Volyn", "Zakarpattia", "Zaporizhzhia", "Zhytomyr",
}


def test_all_24_oblasts_and_crimea() -> None:
    assert len(OBLASTS) == 24
    assert {f"{name} Oblast" for name in OBLASTS} <= set(places.REGIONS)
    assert "Crimea" in places.REGIONS


def test_every_noun_is_found_after_a_number() -> None:
    for lemma, plural, category in nouns.NOUN_ROWS:
        for surface in {lemma, plural}:
            match = nouns.NOUN_PHRASE_RE.match(surface)
            assert match is not None, surface
            assert match.end() == len(surface), surface
            assert nouns.NOUNS[nouns.noun_key(match.group("noun"))] == (category, nouns.unit_of(lemma))


def test_type_names_are_not_units() -> None:
    """A table noun whose first words only name a type has the last word as its unit."""
    assert nouns.NOUNS[nouns.noun_key("cruise missiles")] == ("missiles", "missile")
    assert nouns.NOUNS[nouns.noun_key("contract soldiers")] == ("personnel", "soldier")
    assert nouns.NOUNS[nouns.noun_key("infantry fighting vehicles")] == ("equipment", "infantry fighting vehicle")


def test_modifiers_and_demonyms_are_not_nouns() -> None:
    for word in (*nouns.MODIFIERS, *actors.DEMONYMS):
        assert nouns.noun_key(word) not in nouns.NOUNS, word


def test_every_event_surface_is_found() -> None:
    for event, surfaces in events.EVENT_VERBS.items():
        assert event in events.EVENTS
        for surface in surfaces:
            match = events.EVENT_RE.fullmatch(surface)
            assert match is not None, surface
            assert events.event_of(match.group("verb")) == event


def test_every_actor_surface_is_found_and_canonical_names_read_as_themselves() -> None:
    for canonical, groups in actors.ACTORS.items():
        assert actors.actor_of(canonical) == canonical
        for surface in (s for group in groups for s in group):
            cased = surface in actors.CAPITALS_ONLY
            text = surface.upper().replace("THE ", "the ") if cased else surface.title()
            match = actors.ACTOR_RE.fullmatch(text)
            assert match is not None, surface
            assert actors.actor_of(match.group("actor")) == canonical


@pytest.mark.parametrize("word", ["region", "oblast", "Oblast", "province"])
def test_every_region_stem_is_found_with_a_region_word(word: str) -> None:
    for canonical, stems in places.REGIONS.items():
        for stem in stems:
            match = places.PLACE_RE.fullmatch(f"over the {stem.title()} {word}")
            assert match is not None, stem
            assert places.place_of(match.group("name"), region=True) == canonical


def test_every_city_variant_is_found_after_a_preposition() -> None:
    for canonical, variants in places.CITIES.items():
        assert canonical.lower() in variants
        for variant in variants:
            match = places.PLACE_RE.fullmatch(f"near {variant.title()}")
            assert match is not None, variant
            assert places.place_of(match.group("name"), region=False) == canonical


def test_every_sea_is_found() -> None:
    for canonical, variants in places.SEAS.items():
        for variant in variants:
            match = places.PLACE_RE.fullmatch(f"in {variant}")
            assert match is not None, variant
            assert places.place_of(match.group("sea"), region=False) == canonical


def test_every_owned_claimant_is_reachable() -> None:
    for (owner, org), canonical in claimants.OWNED_CLAIMANTS.items():
        for surface in claimants.ORGANISATIONS[org]:
            text = f"{owner}'s {surface}"
            match = claimants.CLAIMANT_RE.fullmatch(text)
            assert match is not None, text
            assert claimants.claimant_of(match) == canonical, text


def test_every_named_claimant_is_reachable() -> None:
    for surface, canonical in claimants.NAMED.items():
        match = claimants.CLAIMANT_RE.fullmatch(surface.title())
        assert match is not None, surface
        assert claimants.claimant_of(match) == canonical


def test_claimant_sides_name_canonical_claimants_of_the_warring_sides() -> None:
    canonical = {*claimants.OWNED_CLAIMANTS.values(), *claimants.NAMED.values()}
    assert set(claimants.CLAIMANT_SIDES) <= canonical
    assert set(claimants.CLAIMANT_SIDES.values()) == {"Russia", "Ukraine"}


def test_speech_verbs_follow_a_claimant() -> None:
    for verb in claimants.SPEECH_VERBS:
        assert claimants.SPEECH_AFTER_RE.match(f" {verb} on Sunday"), verb


BAD_TABLES: list[tuple[Any, str, Any, Callable[[], object]]] = [
    (nouns, "NOUN_ROWS", (("drone", "drones", "weapons"),), nouns._check),
    (nouns, "NOUN_ROWS", (("drone", "drones", "drones"), ("drone", "drones", "missiles")), nouns._check),
    (nouns, "MODIFIERS", ("Attack",), nouns._check),
    (nouns, "NOUN_EVENTS", {"drone": "exploded"}, nouns._check),
    (events, "EVENT_VERBS", {**events.EVENT_VERBS, "exploded": ("exploded",)}, events._check),
    (events, "INTRANSITIVE", frozenset({"vanished"}), events._check),
    (events, "CATEGORY_EVENTS", {("sent", "money"): "gifted"}, events._check),
    (actors, "ACTORS", {"Russia": (("Russia",), (), ())}, actors._check),
    (actors, "ACTORS", {"Russia": (("moscow",), (), ()), "Muscovy": (("moscow",), (), ())}, actors._check),
    (places, "REGIONS", {"Kursk Oblast": ()}, lambda: places._lookup(places.REGIONS, "REGIONS")),
    (places, "CITIES", {"Kyiv": ("kyiv",), "Kiev": ("kyiv",)},
     lambda: places._lookup(places.CITIES, "CITIES")),
    (claimants, "OWNED_CLAIMANTS", {("Narnia", "air force"): "Narnian Air Force"}, claimants._check),
    (claimants, "DEFAULT_OWNERS", {"navy": "Russia"}, claimants._check),
    (claimants, "ORGANISATIONS", {"a": ("navy",), "b": ("navy",)}, claimants._check),
]


@pytest.mark.parametrize(("module", "name", "table", "check"), BAD_TABLES)
def test_malformed_tables_raise_table_error(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, table: Any, check: Callable[[], object]
) -> None:
    monkeypatch.setattr(module, name, table)
    with pytest.raises(TableError):
        check()


def test_table_error_is_a_value_error() -> None:
    assert issubclass(TableError, ValueError)


@pytest.mark.parametrize(("table", "surface"), [
    (table, surface) for table in ("INCLUDE_WORDS", "MONEY_PART_WORDS", "PART_WORDS", "CALIBRE_WORDS", "FROZEN_WORDS")
    for surface in getattr(cues, table)
])
def test_every_cue_is_matched_by_its_alternation(table: str, surface: str) -> None:
    pattern = regex.compile(cues.cue_alternation(getattr(cues, table)), regex.IGNORECASE)
    spaced = surface.replace(" ", "  \n")
    for form in (surface, surface.upper(), spaced):
        assert pattern.fullmatch(form), form
    assert pattern.search(f"x{surface}") is None  # whole words only


@pytest.mark.parametrize("abbreviation", [*numbers.SCALE_ABBREVIATIONS])
def test_every_scale_abbreviation_scales(abbreviation: str) -> None:
    facts = quantex.extract(f"Ukraine received $5 {abbreviation} in aid.")
    assert facts["value"].tolist() == [5 * numbers.SCALES[abbreviation.lower()]]
