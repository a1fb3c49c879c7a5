"""``facts.quantex``: the summaries and charts as methods of a facts DataFrame.

Importing this module registers the accessor::

    >>> import quantex.analyse.accessor  # noqa: F401
    >>> from quantex.frame import empty_facts
    >>> list(empty_facts().quantex.troops().columns)[:3]
    ['actor', 'event', 'location']

Each method calls the function of the same name in :mod:`quantex.analyse.summaries` or
:mod:`quantex.analyse.plots` with the frame as ``facts``; see those for the arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.axes
import pandas as pd

from quantex.analyse import plots, summaries

__all__ = ["QuantexAccessor"]


@pd.api.extensions.register_dataframe_accessor("quantex")
class QuantexAccessor:
    """Summaries and charts of a facts frame: ``facts.quantex.aid()``, ``facts.quantex.plot_aid()``."""

    def __init__(self, facts: pd.DataFrame) -> None:
        self._facts = facts

    def claims(self) -> pd.DataFrame:
        """The rows that count as claims of their own (:func:`quantex.analyse.summaries.claims`)."""
        return summaries.claims(self._facts)

    def aid(self, *, constant: bool = True, base: str | None = None) -> pd.DataFrame:
        """Money by donor, recipient, event and basis (:func:`quantex.analyse.summaries.aid`)."""
        return summaries.aid(self._facts, constant=constant, base=base)

    def air_war(self, freq: str = "D") -> pd.DataFrame:
        """Drones and missiles launched and destroyed (:func:`quantex.analyse.summaries.air_war`)."""
        return summaries.air_war(self._facts, freq=freq)

    def casualties(self, by: Sequence[str] = ("event", "location")) -> pd.DataFrame:
        """Casualty claims summed by ``by`` (:func:`quantex.analyse.summaries.casualties`)."""
        return summaries.casualties(self._facts, by=by)

    def troops(self) -> pd.DataFrame:
        """Personnel claims: latest and range (:func:`quantex.analyse.summaries.troops`)."""
        return summaries.troops(self._facts)

    def plot_aid(self, **options: Any) -> matplotlib.axes.Axes:
        """Aid by donor stacked by event (:func:`quantex.analyse.plots.aid_by_donor`)."""
        return plots.aid_by_donor(self._facts, **options)

    def plot_air_war(self, **options: Any) -> matplotlib.axes.Axes:
        """Launched against destroyed over time (:func:`quantex.analyse.plots.air_war_timeline`)."""
        return plots.air_war_timeline(self._facts, **options)

    def plot_casualties(self, **options: Any) -> matplotlib.axes.Axes:
        """Casualties by place (:func:`quantex.analyse.plots.casualties_by_place`)."""
        return plots.casualties_by_place(self._facts, **options)

    def plot_claims(self, **options: Any) -> matplotlib.axes.Axes:
        """Claims over time with low-high bars (:func:`quantex.analyse.plots.claims_timeline`)."""
        return plots.claims_timeline(self._facts, **options)

    def plot_claimants(self, **options: Any) -> matplotlib.axes.Axes:
        """The same event as claimed by each side (:func:`quantex.analyse.plots.claims_by_claimant`)."""
        return plots.claims_by_claimant(self._facts, **options)
