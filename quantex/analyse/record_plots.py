"""Charts of the record tables: one mark per event, never a sum of mentions.

Each function takes the facts (as the other charts do, so that the report's chart table stays one
shape), builds the record table it needs (:mod:`quantex.trackers`), draws on ``ax`` (a new figure when
None) and returns the axes.
"""

from __future__ import annotations

from typing import Any

import matplotlib.axes
import matplotlib.pyplot as plt
import pandas as pd

from quantex.analyse import style
from quantex.trackers.attacks import attacks

__all__ = ["attacks_timeline"]


def attacks_timeline(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, attacker: str | None = None,
    source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Each attack record: launched (open marker) and destroyed (filled), by the day its window ends.

    Drones and missiles are separate records and separate colours; two records of one night (two
    claimants) are two marks, never added. Pass ``attacker`` to show one side's attacks.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.5))
    table = attacks(facts)
    if attacker is not None:
        table = table[table["attacker"].eq(attacker).fillna(False).to_numpy(dtype=bool)]
    whose = f" by {attacker}" if attacker else ""
    style.finish(ax, title=f"Attacks{whose}: weapons launched and destroyed, one mark per attack record",
                 xlabel="Last day of the attack window", ylabel="Weapons (count)", source=source)
    if table.empty or table[["launched", "destroyed"]].isna().all().all():
        style.no_data(ax, "attack records")
        return ax
    for weapon, colour in style.colours(["drones", "missiles"]).items():
        rows = table[(table["weapon"] == weapon).to_numpy()]
        if rows.empty:
            continue
        when: Any = pd.to_datetime(rows["end"]).dt.normalize()
        both = rows["launched"].notna() & rows["destroyed"].notna()
        ax.vlines(when[both], rows.loc[both, "destroyed"], rows.loc[both, "launched"], color=colour, alpha=0.6)
        ax.plot(when, rows["launched"], "o", markerfacecolor="white", markeredgecolor=colour,
                linestyle="none", label=f"{weapon} launched")
        ax.plot(when, rows["destroyed"], "o", color=colour, linestyle="none", label=f"{weapon} destroyed")
    ax.legend(frameon=False, fontsize=8, ncols=2)
    ax.figure.autofmt_xdate()
    return ax
