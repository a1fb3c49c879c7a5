"""Fast paths after the spans are the slow paths they replace: same records, same results."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quantex.records import Fact, NounMatch, updated
from quantex.vocab.trie import (
    Piece,
    flat_alternation,
    literal_alternation,
    name_piece,
    noun_piece,
    separated_alternation,
)

_TEXT = st.one_of(st.none(), st.text(max_size=5))
_NUMBER = st.one_of(st.floats(allow_nan=True), st.integers(-5, 5).map(float))
_ANTECEDENT = st.one_of(st.none(), st.text(max_size=4))
_CHANGES = st.fixed_dictionaries({}, optional={
    "category": st.text(max_size=5), "unit": _TEXT, "event": _TEXT, "actor": _TEXT, "location": _TEXT,
    "claimant": _TEXT, "part_of": _TEXT, "equivalent_of": _TEXT, "period": _TEXT, "value": _NUMBER,
    "start": st.integers(0, 9), "approximate": st.booleans(), "antecedent": _ANTECEDENT,
    "phrase": st.booleans(), "rate_pair": st.one_of(st.none(), st.tuples(st.just("GBP"), st.just("USD"))),
})


@settings(max_examples=300, deadline=None)
@given(value=_NUMBER, unit=_TEXT, antecedent=_ANTECEDENT, changes=_CHANGES)
def test_updated_is_replace(value: float, unit: str | None, antecedent: str | None,
                            changes: dict[str, object]) -> None:
    fact = Fact(start=3, end=5, span="12", sentence="It was 12.", category="count", rule="count", value=value,
                unit=unit, antecedent=antecedent, noun=NounMatch(8, 14, "drone", "drones", False))
    got, want = updated(fact, **changes), dataclasses.replace(fact, **changes)
    # field by field with ``is``: NaN values and the shared noun record must be the very same objects
    assert all(getattr(got, f.name) is getattr(want, f.name) for f in dataclasses.fields(Fact))
    assert type(got) is Fact
    assert vars(got) == vars(want)
    assert got.fact_id == want.fact_id
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.unit = "x"  # type: ignore[misc]


def test_updated_rejects_unknown_fields() -> None:
    fact = Fact(start=0, end=1, span="1", sentence="1", category="count", rule="count")
    with pytest.raises(TypeError):
        updated(fact, colour="red")


Build = Callable[[list[str], Piece, int], str]


def _tables() -> list[tuple[str, list[str], Piece, Build]]:
    from quantex.vocab import actors, claimants, events, nouns, places

    tree, separated = literal_alternation, separated_alternation
    return [
        ("actors", sorted(actors.ACTOR_LOOKUP), name_piece, tree),
        ("orgs", sorted(claimants.ORG_LOOKUP), name_piece, tree),
        ("named", sorted(claimants.NAMED), name_piece, tree),
        ("titles", sorted(claimants.TITLES), name_piece, tree),
        ("speech", sorted(claimants.SPEECH_VERBS), name_piece, tree),
        ("events", sorted(events.EVENT_LOOKUP), name_piece, tree),
        ("auxiliaries", sorted(events.AUXILIARIES), name_piece, tree),
        ("places", sorted({*places.REGION_LOOKUP, *places.CITY_LOOKUP, *places.SEA_LOOKUP}), name_piece, tree),
        ("nouns", sorted({s for row in nouns.NOUN_ROWS for s in row[:2]}), noun_piece, separated),
        ("modifiers", sorted({*nouns.MODIFIERS, *actors.DEMONYMS}), noun_piece, separated),
    ]


TABLES = _tables()
#: what may follow the alternation in the patterns: the tree must give the same matches before each
AFTER = ["", r"(?![\w-])", r"(?:['’]s)?(?![\w-])", r"\s+\w+", r"\w", r"[-\s]?\w"]
_FLAGS = regex.IGNORECASE


@pytest.mark.parametrize(("name", "words", "piece", "build"), TABLES, ids=[t[0] for t in TABLES])
def test_tables_compile_to_trees(name: str, words: list[str], piece: Piece, build: Build) -> None:
    assert build(words, piece, _FLAGS) != flat_alternation(words, piece), f"{name} fell back to the flat form"


@pytest.mark.parametrize(("name", "words", "piece", "build"), TABLES, ids=[t[0] for t in TABLES])
def test_tree_matches_every_surface_like_the_flat_alternation(name: str, words: list[str], piece: Piece,
                                                              build: Build) -> None:
    # every surface, as written and in its other spellings: where two surfaces overlap, order shows
    texts = [v for w in words for v in (w, w.upper(), w.replace("-", ""), w.replace(" ", "-"), w + "s x")]
    for after in AFTER:
        flat = regex.compile(f"(?:{flat_alternation(words, piece)}){after}", _FLAGS)
        tree = regex.compile(f"{build(words, piece, _FLAGS)}{after}", _FLAGS)
        for text in texts:
            got, want = tree.match(text), flat.match(text)
            assert (got and got.span()) == (want and want.span()), (text, after)


@settings(max_examples=600, deadline=None)
@given(data=st.data())
def test_tree_matches_like_the_flat_alternation(data: st.DataObject) -> None:
    name, words, piece, build = data.draw(st.sampled_from(TABLES))
    word = data.draw(st.sampled_from(words))
    # a surface, cut or extended, in another case, with other spaces, hyphens and quotes, then some text
    cut = data.draw(st.integers(1, len(word) + 3))
    text = (word + data.draw(st.sampled_from(["", "n", "s", "es", "'s", "’s", "-", " ", "  x", "-x"])))[:cut]
    text = data.draw(st.sampled_from([str.lower, str.upper, str.title]))(text)
    text = text.replace(" ", data.draw(st.sampled_from([" ", "  ", "\n", "\u00a0", "-", ""]))).replace(
        "-", data.draw(st.sampled_from(["-", "", " "]))).replace("'", data.draw(st.sampled_from(["'", "’"])))
    text = data.draw(st.sampled_from(["", "the ", "x"])) + text + data.draw(st.text(max_size=6))
    pos = data.draw(st.integers(0, min(4, len(text))))
    after = data.draw(st.sampled_from(AFTER))
    flat = regex.compile(f"(?:{flat_alternation(words, piece)}){after}", _FLAGS)
    tree = regex.compile(f"{build(words, piece, _FLAGS)}{after}", _FLAGS)
    got, want = tree.match(text, pos), flat.match(text, pos)
    assert (got and got.span()) == (want and want.span()), (name, text, pos, after)


def test_separated_surfaces_keep_their_order() -> None:
    def piece(c: str) -> str:
        return {" ": r"[-\s]+", "-": r"[-\s]?"}.get(c) or regex.escape(c)

    # "a-b" matches "ab" and is tried after the longer "abcd" in the flat form: a tree would try it first
    words = ["a-b", "abcd"]
    assert separated_alternation(words, piece, _FLAGS) == flat_alternation(words, piece)
    assert separated_alternation(["a-bcd", "ab"], piece, _FLAGS) != flat_alternation(["a-bcd", "ab"], piece)


def test_tree_falls_back_when_siblings_overlap() -> None:
    quote = "['’]"

    def piece(c: str) -> str:
        return quote if c == "'" else regex.escape(c)

    # "'" and "’" would be siblings that both match "’": keep the flat alternation
    assert literal_alternation(["x's", "x’s army"], piece, _FLAGS) == flat_alternation(["x's", "x’s army"], piece)
    assert literal_alternation(["a  b"], piece, _FLAGS) == flat_alternation(["a  b"], piece)
