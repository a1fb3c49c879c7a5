"""Charts of a facts frame: aid by donor, the air war over time, casualties by place, claims.

Every function takes the facts (as from :func:`quantex.corpus.run.extract_corpus`, consolidated or
not: repeated mentions, breakdowns and restatements are dropped as in :mod:`quantex.analyse.summaries`),
keyword options and ``ax=None`` (a new figure when None), draws on the axes and returns it. None
saves a file: call ``ax.figure.savefig(...)``. Colours come from :mod:`quantex.analyse.style`; each chart
carries its units in the axis labels and a source note under the x label.
"""

from __future__ import annotations

from typing import Any, cast

import matplotlib.axes
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import offset_copy

from quantex.analyse import style, summaries

__all__ = ["aid_by_donor", "air_war_timeline", "casualties_by_place", "claims_by_claimant", "claims_timeline"]

_PER = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


#: money events whose actor is the owner, not a donor: frozen Russian assets are not Russian aid
NOT_GIVEN: frozenset[str] = frozenset({"frozen"})


def aid_by_donor(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, constant: bool = True,
    base: str | None = None, basis: str = "total", top: int = 15, source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Horizontal bars of money by donor, stacked by event, with the low-high range of each total.

    Money frozen (:data:`NOT_GIVEN`) is left out: its actor is the owner of the assets, not a donor.

    Args:
        facts: The facts.
        ax: Axes to draw on; a new figure when None.
        constant: Constant dollars of ``base`` (see :func:`quantex.analyse.summaries.aid`); else nominal.
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest.
        basis: ``"total"`` (one-off amounts) or ``"per year"`` (annualized rates).
        top: Show the ``top`` largest donors.
        source: The source note.

    Returns:
        The axes.

    """
    table = summaries.aid(facts, constant=constant, base=base)
    table = table[_mask(table["basis"].eq(basis)) & table["n_claims"].gt(0).to_numpy()
                  & ~_mask(table["event"].isin(NOT_GIVEN))]
    ax = _axes(ax, (8, _height(table["actor"].nunique(dropna=False), top)))
    kind = "constant" if constant else "usd"
    money = f"US$ billion{' a year' if basis == 'per year' else ''}"
    month = table["base_month"].dropna().iloc[0] if constant and len(table) else None
    unit = f"{money}, in {month} dollars (US CPI-U)" if month else f"{money}, nominal (rate on the day)"
    title = "Money claimed, by donor and event" + (" (yearly rates)" if basis == "per year" else "")
    style.finish(ax, title=title, xlabel=unit, ylabel="Donor", source=source)
    if table.empty:
        style.no_data(ax, f"money claims ({basis})")
        return ax
    donors = table["actor"].fillna(style.MISSING_LABEL)
    events = table["event"].fillna(style.MISSING_LABEL)
    wide = table.assign(actor=donors, event=events).pivot_table(
        index="actor", columns="event", values=f"{kind}_best", aggfunc="sum", fill_value=0.0) / 1e9
    order = wide.sum(axis=1).sort_values().index[-top:]
    wide = wide.loc[order]
    left = np.zeros(len(wide))
    for event, colour in style.colours(list(wide.columns), events=True).items():
        ax.barh(wide.index, wide[event], left=left, color=colour, label=event, height=0.6)
        left += wide[event].to_numpy()
    bounds = [f"{kind}_low", f"{kind}_high"]
    ranges = table.assign(actor=donors).groupby("actor")[bounds].sum().loc[order] / 1e9
    uncertain = (ranges[f"{kind}_high"] - ranges[f"{kind}_low"]).gt(0).to_numpy()
    if uncertain.any():
        y = np.arange(len(order))[uncertain]
        low, high = ranges[f"{kind}_low"].to_numpy()[uncertain], ranges[f"{kind}_high"].to_numpy()[uncertain]
        ax.hlines(y, low, high, color="0.15", linewidth=1.2, label="low-high range")
        ax.plot(np.r_[low, high], np.r_[y, y], "|", color="0.15", markersize=8)
    for y, total in enumerate(np.fmax(left, ranges[f"{kind}_high"].to_numpy())):
        ax.annotate(f"{left[y]:,.1f}", (total, y), xytext=(4, 0), textcoords="offset points", va="center",
                    fontsize=8)
    ax.set_xlim(0, float(np.nanmax(np.fmax(left, ranges[f"{kind}_high"].to_numpy()))) * 1.12)
    handles, labels = ax.get_legend_handles_labels()
    ranked = sorted(zip(handles, labels, strict=True), key=lambda pair: pair[1] == "low-high range")
    ax.legend(*zip(*ranked, strict=True), title="Event", frameon=False, fontsize=8, loc="upper left",
              bbox_to_anchor=(1.01, 1.0))
    return ax


def air_war_timeline(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, freq: str = "D",
    categories: tuple[str, ...] = ("drones", "missiles"), actor: str | None = None,
    source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Launched (open markers) against destroyed (filled) per period, one colour per category.

    The vertical segment joining the two markers of a period is what got through (as claimed).
    Figures of every claimant are added up; pass ``actor`` to show one side's weapons.
    """
    ax = _axes(ax, (9, 4.5))
    table = summaries.air_war(facts, freq=freq)
    table = table[_mask(table["category"].isin(list(categories)))]
    if actor is not None:
        table = table[_mask(table["actor"].eq(actor))]
    per = _PER.get(freq.upper()[:1], freq)
    whose = f" ({actor})" if actor else ""
    style.finish(ax, title=f"Drones and missiles launched and destroyed{whose}", xlabel="Publication date",
                 ylabel=f"Weapons per {per} (count)", source=source)
    if table.empty:
        style.no_data(ax, "launch or interception claims")
        return ax
    sums = table.groupby(["period", "category"])[["launched_best", "destroyed_best"]].sum(min_count=1)
    drawn: list[tuple[Any, Any, str]] = []
    for number, (category, colour) in enumerate(style.colours(list(categories)).items()):
        if category not in sums.index.get_level_values("category"):
            continue
        rows = sums.xs(category, level="category")
        when = rows.index.to_numpy()
        both = rows.dropna()
        # Categories side by side (a few points apart) so same-day segments do not hide each other.
        shift = offset_copy(ax.transData, fig=cast(Figure, ax.figure),
                            x=4.0 * (number - (len(categories) - 1) / 2), units="points")
        ax.vlines(both.index.to_numpy(), both["destroyed_best"], both["launched_best"], color=colour,
                  alpha=0.6, linewidth=1.5, transform=shift)
        ax.plot(when, rows["launched_best"], "o", markerfacecolor="white", markeredgecolor=colour,
                markeredgewidth=1.5, label=f"{category} launched", linestyle="none", transform=shift)
        ax.plot(when, rows["destroyed_best"], "o", color=colour, label=f"{category} destroyed",
                linestyle="none", transform=shift)
        drawn += [(when, rows[f"{event}_best"].to_numpy(), colour) for event in ("launched", "destroyed")]
    _off_scale(ax, drawn)
    _thousands(ax.yaxis)
    days = pd.DatetimeIndex(sums.index.get_level_values("period"))
    pad = max((days.max() - days.min()) * 0.04, pd.Timedelta(days=1))
    ax.set_xlim(days.min() - pad, days.max() + pad)  # shifted artists do not autoscale
    _date_axis(ax)
    ax.legend(frameon=False, fontsize=8, ncols=2)
    return ax


def casualties_by_place(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None,
    events: tuple[str, ...] = ("killed", "injured"), top: int = 12, unplaced: bool = False,
    source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Horizontal bars of casualties by place, one bar per event, with low-high whiskers.

    Claims without a place are left out unless ``unplaced`` (they are not a place, and national
    totals would dwarf every town); the chart says how many were left out.
    """
    table = summaries.casualties(facts, by=("event", "location"))
    table = table[_mask(table["event"].isin(list(events)))]
    placeless = table[table["location"].isna().to_numpy()]
    if not unplaced:
        table = table[table["location"].notna().to_numpy()]
    ax = _axes(ax, (8, _height(table["location"].nunique(dropna=False), top)))
    style.finish(ax, title="Casualties by place", xlabel="People (count, sum of claims)", ylabel="Place",
                 source=source)
    if not unplaced and len(placeless):
        ax.text(1.0, 0.01, f"Not shown: {_claims(int(placeless['n_claims'].sum()))} without a place",
                transform=ax.transAxes, ha="right", va="bottom", fontsize=7, color="0.35")
    if table.empty:
        style.no_data(ax, "casualty claims")
        return ax
    table = table.assign(location=table["location"].fillna(style.MISSING_LABEL))
    order = table.groupby("location")["best"].sum().sort_values().index[-top:]
    present = [e for e in events if e in set(table["event"])]
    height = 0.8 / len(present)
    for i, (event, colour) in enumerate(style.colours(present, events=True).items()):
        rows = table[_mask(table["event"].eq(event))].set_index("location").reindex(order)
        y = np.arange(len(order)) + 0.4 - height * (i + 0.5)  # first event on top, as in the legend
        ax.barh(y, rows["best"], height=height * 0.95, color=colour, label=event)
        _whiskers(ax, y, rows["best"], rows["low"], rows["high"], horizontal=True)
        for yy, best, high in zip(y, rows["best"], rows["high"], strict=True):
            if best == best:  # label past the whisker, not on it
                ax.annotate(f"{best:,.0f}", (max(best, high), yy), xytext=(4, 0), textcoords="offset points",
                            va="center", fontsize=8)
    ax.set_yticks(np.arange(len(order)), list(order))
    ax.set_xlim(0, float(table["high"].max()) * 1.15)
    _thousands(ax.xaxis)
    ax.legend(title="Event", frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


def claims_timeline(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, category: str = "drones",
    event: str | None = None, actor: str | None = None, source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """Each claim of a category at its publication date, coloured by event, with low-high bars.

    Open-ended claims are drawn as triangles: "at least N" points up, "up to N" points down.
    Money is shown in US dollars (billions) at the publication date's rate.
    """
    ax = _axes(ax, (9, 4.5))
    rows = _select(facts, category=category, event=event, actor=actor)
    unit = "US$ billion (nominal)" if category == "money" else f"{category.capitalize()} (count)"
    what = " ".join(filter(None, [actor, category, event]))
    style.finish(ax, title=f"Claims over time: {what}", xlabel="Publication date", ylabel=unit,
                 source=source)
    if rows.empty:
        style.no_data(ax, f"{what} claims")
        return ax
    scale = _scale(rows, category)
    span = summaries.bounds(rows).mul(scale, axis=0)
    low_open = pd.to_numeric(rows["low"]).isna().to_numpy()
    high_open = pd.to_numeric(rows["high"]).isna().to_numpy()
    shapes = np.where(low_open & ~high_open, "v", np.where(high_open & ~low_open, "^", "o"))
    when = pd.to_datetime(rows["published"]).to_numpy()
    labels = rows["event"].astype("string").fillna(style.MISSING_LABEL).to_numpy()
    for label, colour in style.colours(list(dict.fromkeys(labels)), events=True).items():
        mine = labels == label
        error = np.vstack([span["best"] - span["low"], span["high"] - span["best"]])[:, mine]
        ax.errorbar(when[mine], span["best"].to_numpy()[mine], yerr=error, fmt="none", ecolor=colour,
                    elinewidth=1.2, capsize=3)
        for shape in ("o", "^", "v"):
            pick = mine & (shapes == shape)
            if pick.any():
                ax.scatter(when[pick], span["best"].to_numpy()[pick], marker=shape, color=colour, zorder=3,
                           label=label if shape == shapes[mine][0] else None)
    _off_scale(ax, [(when, span["best"].to_numpy(), "0.2")])
    if category != "money":
        _thousands(ax.yaxis)
    _date_axis(ax)
    ax.legend(title="Event (▲ at least, ▼ up to)", frameon=False, fontsize=8)
    return ax


def claims_by_claimant(
    facts: pd.DataFrame, *, ax: matplotlib.axes.Axes | None = None, category: str = "personnel",
    event: str | None = None, actor: str | None = None, location: str | None = None,
    start: str | None = None, end: str | None = None, unattributed: bool = False,
    source: str = style.DEFAULT_SOURCE,
) -> matplotlib.axes.Axes:
    """The same event as claimed by each side: one row per claimant, a dot per claim, low-high whiskers.

    Select the event with ``category``, ``event``, ``actor``, ``location`` and a publication
    window ``start`` .. ``end`` (ISO dates, inclusive). Claims without a claimant are left out
    unless ``unattributed``; the chart says how many.
    """
    rows = _select(facts, category=category, event=event, actor=actor, location=location, start=start,
                   end=end)
    anonymous = int(rows["claimant"].isna().sum()) if "claimant" in rows else len(rows)
    if not unattributed:
        rows = rows[rows["claimant"].notna().to_numpy()] if "claimant" in rows else rows.iloc[:0]
    names = rows["claimant"].astype("string").fillna(style.MISSING_LABEL) if len(rows) else pd.Series()
    order = list(dict.fromkeys(names.sort_values(kind="stable")))
    ax = _axes(ax, (8, _height(len(order), len(order))))
    unit = "US$ billion (nominal)" if category == "money" else f"{category.capitalize()} (count)"
    what = " ".join(filter(None, [actor, category, event])) + (f" in {location}" if location else "")
    style.finish(ax, title=f"As claimed by each side: {what}", xlabel=unit, ylabel="Claimant",
                 source=source)
    if not unattributed and anonymous:
        ax.text(1.0, 0.01, f"Not shown: {_claims(anonymous)} without a claimant", transform=ax.transAxes,
                ha="right", va="bottom", fontsize=7, color="0.35")
    if rows.empty:
        style.no_data(ax, f"{what} claims")
        return ax
    span = summaries.bounds(rows).mul(_scale(rows, category), axis=0)
    palette = style.colours(order)
    for number, name in enumerate(order):
        mine = names.eq(name).to_numpy()
        y = number + np.linspace(-0.15, 0.15, mine.sum()) if mine.sum() > 1 else np.array([float(number)])
        best = span["best"].to_numpy()[mine]
        error = np.vstack([best - span["low"].to_numpy()[mine], span["high"].to_numpy()[mine] - best])
        ax.errorbar(best, y, xerr=error, fmt="o", color=palette[name], capsize=3, markersize=6)
        if mine.sum() <= 3:  # dates of more claims on one row would overprint each other
            for x, yy, day in zip(best, y, pd.to_datetime(rows["published"]).to_numpy()[mine], strict=True):
                ax.annotate(pd.Timestamp(day).strftime("%d %b %Y"), (x, yy), xytext=(5, 4),
                            textcoords="offset points", fontsize=7, color="0.3")
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(-0.6, len(order) - 0.4)
    right = float(np.nanmax(span["high"].to_numpy())) * 1.15
    ax.set_xlim(-0.02 * right, right)  # a little room left of 0 so a dot at 0 is not cut in half
    if category != "money":
        _thousands(ax.xaxis)
    return ax


def _mask(condition: pd.Series) -> np.ndarray[Any, np.dtype[np.bool_]]:
    """A boolean array from a nullable condition (a missing value does not match)."""
    return condition.fillna(False).to_numpy(dtype=bool)


def _select(facts: pd.DataFrame, *, start: str | None = None, end: str | None = None,
            **wanted: str | None) -> pd.DataFrame:
    """Claims matching every given column value and published in ``start`` .. ``end`` (inclusive days)."""
    rows = summaries.claims(facts)
    keep = summaries.bounds(rows)["best"].notna()
    for column, value in wanted.items():
        if value is not None:
            keep &= rows[column].astype("string").eq(value) if column in rows else False
    when = pd.to_datetime(rows["published"]) if "published" in rows else pd.Series(pd.NaT, index=rows.index)
    keep &= when.notna()
    if start is not None:
        keep &= when >= pd.Timestamp(start)
    if end is not None:
        keep &= when < pd.Timestamp(end) + pd.Timedelta(days=1)
    selected: pd.DataFrame = rows[_mask(keep)]
    return selected


def _scale(rows: pd.DataFrame, category: str) -> pd.Series:
    """Per-row factor to the plotted unit: US$ billion for money (NaN without a rate), 1 otherwise."""
    if category != "money":
        return pd.Series(1.0, index=rows.index)  # type: ignore[no-any-return]
    rate: pd.Series = pd.to_numeric(rows["fx_rate"]).astype("float64") / 1e9
    return rate


def _axes(ax: matplotlib.axes.Axes | None, size: tuple[float, float]) -> matplotlib.axes.Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # only when the caller wants a new figure

    _, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _whiskers(ax: matplotlib.axes.Axes, at: Any, best: Any, low: Any, high: Any, *, horizontal: bool) -> None:
    """Low-high whiskers where the range is not a single number."""
    best, low, high = (np.asarray(v, dtype=float) for v in (best, low, high))
    show = np.isfinite(low) & np.isfinite(high) & (high > low)
    if not show.any():
        return
    error = np.vstack([best - low, high - best])[:, show]
    x, y = (best[show], np.asarray(at)[show]) if horizontal else (np.asarray(at)[show], best[show])
    if horizontal:
        ax.errorbar(x, y, xerr=error, fmt="none", ecolor="0.2", elinewidth=1, capsize=3)
    else:
        ax.errorbar(x, y, yerr=error, fmt="none", ecolor="0.2", elinewidth=1, capsize=3)


def _off_scale(ax: matplotlib.axes.Axes, drawn: list[tuple[Any, Any, str]], *, factor: float = 10.0) -> None:
    """Start the y axis at 0 and keep far outliers from flattening the rest.

    Values above a gap of more than ``factor`` times between two consecutive plotted values (from
    the median up) are left off the scale and marked at the top edge with their number; in
    practice these are cumulative totals ("55,716 drones since the start of the war") among daily
    figures.
    """
    values = np.concatenate([np.asarray(y, dtype=float) for _, y, _ in drawn]) if drawn else np.array([])
    values = np.sort(values[np.isfinite(values) & (values > 0)])
    median = float(np.median(values)) if len(values) else 0.0
    gaps = [i for i in range(len(values) - 1) if values[i] >= median and values[i + 1] > factor * values[i]]
    if not gaps:
        ax.set_ylim(0, float(values.max()) * 1.08 if len(values) else None)
        return
    limit = float(values[gaps[0]])
    top = limit * 1.25
    ax.set_ylim(0, top)
    for x, y, colour in drawn:
        y = np.asarray(y, dtype=float)
        for when, value in zip(np.asarray(x)[y > limit], y[y > limit], strict=True):
            ax.plot([when], [top], marker="^", color=colour, clip_on=False, linestyle="none")
            ax.annotate(f"{value:,.0f} (off scale)", (when, top), xytext=(0, -12), textcoords="offset points",
                        ha="center", va="top", fontsize=7, color="0.2")


def _claims(n: int) -> str:
    return f"{n:,} claim{'' if n == 1 else 's'}"


def _thousands(axis: Any) -> None:
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))


def _height(rows: int, top: int) -> float:
    """Figure height (inches) for horizontal bars: room for the title, labels and note, then per row."""
    return 1.8 + 0.45 * max(min(rows, top), 2)


def _date_axis(ax: matplotlib.axes.Axes) -> None:
    ax.margins(x=0.04)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
