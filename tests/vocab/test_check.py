"""The shared table checker: every malformed row fails at import with a TableError naming the table."""

from __future__ import annotations

from typing import Any

import pytest

from quantex.errors import TableError
from quantex.vocab.check import check_known, check_surface, surface_lookup

BAD_ROWS = [
    ("upper case", [("Kyiv", ("Kyiv",))], "lower case"),
    ("outer space", [("Kyiv", (" kyiv",))], "lower case"),
    ("empty surface", [("Kyiv", ("",))], "lower case"),
    ("not a string", [("Kyiv", (3,))], "lower case"),
    ("no surfaces", [("Kyiv", ())], "no surfaces"),
    ("two meanings", [("Kyiv", ("kyiv",)), ("Kyiv Oblast", ("kyiv",))], "means both"),
]


@pytest.mark.parametrize(("rows", "message"), [pytest.param(r, m, id=i) for i, r, m in BAD_ROWS])
def test_bad_rows_fail_with_the_table_name(rows: list[tuple[str, Any]], message: str) -> None:
    with pytest.raises(TableError, match=rf"^CITIES: .*{message}"):
        surface_lookup("CITIES", rows)


def test_lookup_folds_keys_and_extends() -> None:
    first = surface_lookup("A", [("drone", ("drone", "long-range drone"))], key=lambda s: s.replace("-", " "))
    assert first == {"drone": "drone", "long range drone": "drone"}
    both = surface_lookup("B", [("missile", ("missile",))], into=first)
    assert both is first
    assert both["missile"] == "missile"
    with pytest.raises(TableError, match="means both"):
        surface_lookup("C", [("uav", ("drone",))], into=first)


def test_check_surface_and_known() -> None:
    assert check_surface("T", "the pentagon") == "the pentagon"
    check_known("LEADERS", ["Ukraine"], {"Ukraine": 1})
    with pytest.raises(TableError, match="LEADERS names 'Atlantis'"):
        check_known("LEADERS", ["Ukraine", "Atlantis"], {"Ukraine": 1})
