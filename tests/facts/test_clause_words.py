"""The sentence scan's word split is the finditer split it replaces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quantex.facts.clauses import _MARKED, _WORD_RE, _words

_LETTERS = st.sampled_from(["a", "and", "said", "kyiv", "İ", "ß", "ǅ", "7", "_", "é", "e\u0301", " ", ",", "-",
                            "’", "\u200b", "Russia", "the", "\n", "ΣΑ"])


def _plain(text: str) -> tuple[list[str], list[tuple[int, int, str]]]:
    """Words by finditer, each with its offset, as the scan read them before."""
    lower = text.lower()
    source = lower if len(lower) == len(text) else text
    found = [(m.start(), m.group().lower()) for m in _WORD_RE.finditer(source)]
    return [w for _, w in found], [(i, pos, w) for i, (pos, w) in enumerate(found) if w in _MARKED]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(_LETTERS, max_size=15).map("".join)))
@example("Russia and Ukraine said the drones hit Kyiv.")
@example("thousand and one: and")
def test_words_are_the_finditer_words(text: str) -> None:
    assert _words(text) == _plain(text)
