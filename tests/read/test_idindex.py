"""IdIndex answers like a dict of ids to their first file, through many resizes."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from quantex.read.idindex import IdIndex


def test_matches_a_dict_through_resizes() -> None:
    rng = random.Random(7)
    index, expected = IdIndex(capacity=4), {}
    for n in range(20_000):
        doc_id = f"file{rng.randrange(50)}.jsonl:{rng.randrange(15_000)}"
        assert index.add(doc_id, n % 50) == expected.get(doc_id)
        expected.setdefault(doc_id, n % 50)
    assert len(index) == len(expected)


@given(st.lists(st.text(), max_size=60))
def test_any_text_ids(ids: list[str]) -> None:
    index, first = IdIndex(capacity=1), {}
    for n, doc_id in enumerate(ids):
        assert index.add(doc_id, n) == first.get(doc_id)
        first.setdefault(doc_id, n)
