"""Attack windows read from the words of real bulletins (quantex.trackers.windows.read_window)."""

from __future__ import annotations

import datetime

import pytest

from quantex.trackers.windows import read_window

#: sentence, publication day -> the day the window ends (the morning the attack is dated)
CASES = [
    ("Russian troops launched 8 drones at Ukraine on the night of December 27 to 28.", "2023-12-28", "2023-12-28"),
    ("On the night of December 8, the Russian army released 74 drones over Ukraine.", "2024-12-08", "2024-12-08"),
    ("Overnight into September 14, air defence destroyed 17 of 22 drones.", "2023-09-14", "2023-09-14"),
    ("On the night of 13-14 May Russia launched 18 drones.", "2024-05-14", "2024-05-14"),
    # a report published the next day dates the attack from its text
    ("Russia launched a massive drone attack on 8 November, firing 458 drones.", "2025-11-09", "2025-11-08"),
    # no window stated: the night before publication
    ("Russia launched 50 drones at Ukraine.", "2024-03-03", "2024-03-03"),
]


@pytest.mark.parametrize(("sentence", "published", "end"), CASES)
def test_window_end(sentence: str, published: str, end: str) -> None:
    window = read_window([sentence], datetime.date.fromisoformat(published))
    assert window.end.date() == datetime.date.fromisoformat(end)
