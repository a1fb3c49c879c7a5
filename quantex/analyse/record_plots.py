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
from quantex.trackers.aid import aid_announcements
from quantex.trackers.attacks import attacks

__all__ = ["aid_by_donor", "attacks_timeline"]


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


#: the chart's basis -> the aid records' basis
_BASIS = {"total": "one-off", "per year": "per year"}


def aid_by_donor(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, constant: bool = False,
    base: str | None = None, basis: str = "total", top: int = 15, source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Donor aid by donor, stacked by event, one announcement counted once (the aid records).

    Frozen or seized assets, the recipient's own budget and other money are not donor aid and are left
    out (the records' ``kind``); an announcement reported by several outlets is one record, and a
    restatement in another currency or a part of a package is folded into it, never added.

    Args:
        facts: The facts (with ``duplicate_of`` where marked).
        ax: Axes to draw on; a new figure when None.
        constant: Constant dollars of ``base`` (US CPI-U); else nominal dollars of the publication day.
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest.
        basis: ``"total"`` (one-off announcements) or ``"per year"`` (yearly rates).
        top: Show the ``top`` largest donors.
        source: The source note.

    Returns:
        The axes.

    """
    table = aid_announcements(facts, base=base)
    value = "value_usd_constant" if constant else "value_usd"
    table = table[(table["kind"] == "aid").fillna(False).to_numpy(dtype=bool)
                  & (table["basis"] == _BASIS[basis]).fillna(False).to_numpy(dtype=bool)
                  & table[value].notna().to_numpy(dtype=bool)]
    if ax is None:
        rows = min(top, table["donor"].nunique(dropna=False))
        _, ax = plt.subplots(figsize=(8, max(3.0, 0.45 * rows + 1.5)), layout="constrained")
    month = table["base_month"].dropna().iloc[0] if constant and len(table) else None
    money = f"US$ billion{' a year' if basis == 'per year' else ''}"
    unit = f"{money}, in {month} dollars (US CPI-U)" if month else f"{money}, nominal (rate on the day)"
    title = "Aid announced, by donor and event, each announcement once" + \
        (" (yearly rates)" if basis == "per year" else "")
    style.finish(ax, title=title, xlabel=unit, ylabel="Donor", source=source)
    if table.empty:
        style.no_data(ax, f"aid records ({basis})")
        return ax
    wide = table.assign(donor=table["donor"].fillna(style.MISSING_LABEL),
                        event=table["event"].fillna(style.MISSING_LABEL)).pivot_table(
        index="donor", columns="event", values=value, aggfunc="sum", fill_value=0.0) / 1e9
    wide = wide.loc[wide.sum(axis=1).sort_values().index[-top:]]
    left = [0.0] * len(wide)
    for event, colour in style.colours(list(wide.columns), events=True).items():
        ax.barh(wide.index, wide[event], left=left, color=colour, label=event, height=0.6)
        left = [a + b for a, b in zip(left, wide[event].tolist(), strict=True)]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total:,.1f}", va="center", fontsize=8)
    ax.margins(x=0.1)  # room for the totals
    ax.legend(frameon=False, fontsize=8, title="Event")
    return ax
