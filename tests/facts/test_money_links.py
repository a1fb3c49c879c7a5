"""Money: parts of a package are part_of it, and the recipient of a giving verb is never the donor."""

from __future__ import annotations

import pytest

import quantex

#: text, span, part_of's span (or None), actor (or None), forbidden actor (or None)
CASES = [
    ("Congress approved a $95 billion package that includes nearly $61 billion for Ukraine.",
     "nearly $61 billion", "$95 billion", None, None),
    ("The EU approved €50 billion, including €17 billion in grants.", "€17 billion", "€50 billion",
     "European Union", None),
    ("Germany pledged €500 million of which €200 million is for air defence.", "€200 million", "€500 million",
     "Germany", None),
    ("Germany pledged €500 million, and France pledged €300 million.", "€300 million", None, "France", None),
    ("Japan pledged $1 billion, including $3 billion in loans.", "$3 billion", None, None, None),
    ("Leaders agreed to provide Ukraine with a $50 billion loan.", "$50 billion", None, None, "Ukraine"),
    ("Leaders of the G7 agreed to provide Ukraine with a $50 billion loan.", "$50 billion", None, "G7", "Ukraine"),
    ("The allies will give Kyiv $2 billion in aid.", "$2 billion", None, None, "Ukraine"),
]


@pytest.mark.parametrize(("text", "span", "total", "actor", "not_actor"), CASES, ids=[c[0][:50] for c in CASES])
def test_money_links(text: str, span: str, total: str | None, actor: str | None, not_actor: str | None) -> None:
    facts = quantex.extract(text)
    row = facts[facts["span"] == span].iloc[0]
    ids = dict(zip(facts["fact_id"], facts["span"], strict=True))
    assert (ids.get(row["part_of"]) if isinstance(row["part_of"], str) else None) == total
    if actor is not None:
        assert row["actor"] == actor
    if not_actor is not None:
        assert str(row["actor"]) != not_actor
