"""``facts.quantex``: the summaries and charts as methods of a facts DataFrame.

``import quantex`` registers the accessor (importing this module does it)::

    >>> import quantex
    >>> from quantex.frame import empty_facts
    >>> list(empty_facts().quantex.troops().columns)[:3]
    ['actor', 'event', 'location']

Each method calls the function of the same name in :mod:`quantex.analyse.summaries` or
:mod:`quantex.analyse.plots` with the frame as ``facts``; see those for the arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from quantex.analyse import summaries

if TYPE_CHECKING:  # matplotlib is imported by the plot methods only, so import quantex stays light
    import matplotlib.axes

__all__ = ["QuantexAccessor"]


@pd.api.extensions.register_dataframe_accessor("quantex")
class QuantexAccessor:
    """Summaries and charts of a facts frame: ``facts.quantex.aid()``, ``facts.quantex.plot_aid()``."""

    def __init__(self, facts: pd.DataFrame) -> None:
        self._facts = facts

    def errors(self) -> pd.DataFrame:
        """The documents that could not be used, with what is wrong (``quantex.corpus_errors``).

        A corpus frame carries them from :func:`quantex.read_corpus` or :func:`quantex.extract_corpus`;
        look at them before publishing, since every one is a document missing from the facts.
        """
        from quantex.read.sources import corpus_errors

        return corpus_errors(self._facts)

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
        from quantex.analyse import plots

        return plots.aid_by_donor(self._facts, **options)

    def plot_air_war(self, **options: Any) -> matplotlib.axes.Axes:
        """Launched against destroyed over time (:func:`quantex.analyse.plots.air_war_timeline`)."""
        from quantex.analyse import plots

        return plots.air_war_timeline(self._facts, **options)

    def plot_casualties(self, **options: Any) -> matplotlib.axes.Axes:
        """Casualties by place (:func:`quantex.analyse.plots.casualties_by_place`)."""
        from quantex.analyse import plots

        return plots.casualties_by_place(self._facts, **options)

    def plot_claims(self, **options: Any) -> matplotlib.axes.Axes:
        """Claims over time with low-high bars (:func:`quantex.analyse.plots.claims_timeline`)."""
        from quantex.analyse import plots

        return plots.claims_timeline(self._facts, **options)

    def plot_claimants(self, **options: Any) -> matplotlib.axes.Axes:
        """The same event as claimed by each side (:func:`quantex.analyse.plots.claims_by_claimant`)."""
        from quantex.analyse import plots

        return plots.claims_by_claimant(self._facts, **options)
