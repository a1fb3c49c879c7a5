"""Charts: each renders without warnings, with the expected series, labels, units and source note."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest
from test_summaries import hand_made

from quantex.analyse import plots, style


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


@dataclass(frozen=True)
class Chart:
    name: str
    kwargs: dict[str, Any]
    title: str
    xlabel: str
    ylabel: str
    legend: list[str] = field(default_factory=list)
    ticks: list[str] = field(default_factory=list)


CHARTS = [
    Chart("aid_by_donor", {"base": "2025-01"}, "Money claimed, by donor and event",
          "US$ billion, in 2025-01 dollars (US CPI-U)", "Donor",
          ["approved", "delivered", "pledged"], ["United Kingdom", "Norway", "United States"]),
    Chart("aid_by_donor", {"basis": "per year", "constant": False}, "(yearly rates)",
          "US$ billion a year, nominal (rate on the day)", "Donor", ["loaned", "pledged", "low-high range"],
          ["United Kingdom", "G7"]),
    Chart("air_war_timeline", {}, "Drones and missiles launched and destroyed", "Publication date",
          "Weapons per day (count)",
          ["drones launched", "drones destroyed", "missiles launched", "missiles destroyed"]),
    Chart("air_war_timeline", {"freq": "M", "categories": ("drones",), "actor": "Russia"}, "(Russia)",
          "Publication date", "Weapons per month (count)", ["drones launched", "drones destroyed"]),
    Chart("casualties_by_place", {}, "Casualties by place", "People (count, sum of claims)", "Place",
          ["killed", "injured"], ["Kharkiv"]),
    Chart("claims_timeline", {"category": "drones"}, "Claims over time: drones", "Publication date",
          "Drones (count)", ["destroyed", "launched"]),
    Chart("claims_timeline", {"category": "money", "actor": "United States"}, "United States money",
          "Publication date", "US$ billion (nominal)", ["approved", "delivered"]),
    Chart("claims_by_claimant", {"category": "personnel", "event": "deployed", "actor": "North Korea"},
          "As claimed by each side: North Korea personnel deployed", "Personnel (count)", "Claimant", [],
          ["Pentagon", "South Korean National Intelligence Service", "Volodymyr Zelensky"]),
    Chart("claims_by_claimant", {"category": "personnel", "location": "Kursk Oblast", "start": "2024-11-06"},
          "in Kursk Oblast", "Personnel (count)", "Claimant", [], ["Pentagon"]),
]


def _render(ax: Any) -> bytes:
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png")
    return buffer.getvalue()


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: f"{c.name}-{sorted(c.kwargs)}")
def test_chart(chart: Chart) -> None:
    ax = getattr(plots, chart.name)(hand_made(), **chart.kwargs)
    assert _render(ax).startswith(b"\x89PNG")
    assert chart.title in ax.get_title(loc="left")
    assert ax.get_xlabel() == chart.xlabel
    assert ax.get_ylabel() == chart.ylabel
    legend = ax.get_legend()
    labels = [t.get_text() for t in legend.get_texts()] if legend else []
    assert labels == chart.legend
    if chart.ticks:
        assert [t.get_text() for t in ax.get_yticklabels()] == chart.ticks
    notes = [t for t in ax.texts if t.get_gid() == "source-note"]
    assert [n.get_text() for n in notes] == [style.DEFAULT_SOURCE]
    assert not [t for t in ax.texts if t.get_text().startswith("No ")]


@pytest.mark.parametrize("name", plots.__all__)
def test_chart_draws_on_given_axes_and_says_when_empty(name: str) -> None:
    _, ax = plt.subplots()
    empty = hand_made().iloc[:0]
    assert getattr(plots, name)(empty, ax=ax, source="Source: nothing") is ax
    _render(ax)
    assert any(t.get_text().startswith("No ") for t in ax.texts)
    assert [t.get_text() for t in ax.texts if t.get_gid() == "source-note"] == ["Source: nothing"]
    assert ax.get_xlabel()
    assert ax.get_ylabel()


def test_aid_stack_sums_to_donor_total() -> None:
    ax = plots.aid_by_donor(hand_made(), constant=False)
    widths: dict[float, float] = {}
    for patch in ax.patches:
        y = round(patch.get_y(), 6)
        widths[y] = widths.get(y, 0.0) + patch.get_width()
    assert sorted(widths.values()) == pytest.approx([0.625, 2.0, 66.0])


def test_air_war_series_values() -> None:
    ax = plots.air_war_timeline(hand_made(), categories=("missiles",))
    launched, destroyed = (line for line in ax.lines if line.get_label().startswith("missiles"))
    assert np.asarray(launched.get_ydata(), dtype=float).tolist() == [127.0]
    assert np.asarray(destroyed.get_ydata(), dtype=float).tolist() == [102.0]


def test_palette_is_okabe_ito() -> None:
    ax = plots.casualties_by_place(hand_made())
    used = {matplotlib.colors.to_hex(p.get_facecolor()).upper() for p in ax.patches}
    assert used <= set(style.OKABE_ITO.values())
