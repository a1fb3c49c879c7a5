"""Headline figures of a report, built from the record tables, each with the facts behind it.

Every headline is one record or a sum of records of one kind: announcements of donor aid (one-off
commitments, never frozen assets, budgets or running totals), attacks of one weapon class (drones or
missiles, never both), civilian casualty incidents (military loss claims apart), troop estimates (the
latest estimate and the range, never a sum). :func:`headlines` returns them as :class:`Headline`
rows; the report writes them with footnotes quoting the sentences of ``fact_ids``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = ["Headline", "headlines"]

TOP = 8


@dataclass(frozen=True)
class Headline:
    """One headline: its section, the text, the kind of figure, and the fact keys behind it."""

    section: str
    text: str
    category: str
    fact_ids: tuple[str, ...]


def headlines(tables: dict[str, pd.DataFrame], *, top: int = TOP, constant: bool = False) -> list[Headline]:
    """The report's headlines from the record tables (keys: aid_announcements, attacks, incidents, troop_estimates).

    Money is in nominal US dollars of each publication day; with ``constant``, in the constant dollars of
    the aid table's ``base_month`` (US CPI-U), labelled as such.
    """
    return [*_aid(tables["aid_announcements"], top, constant), *_attacks(tables["attacks"], top),
            *_incidents(tables["incidents"], top), *_troops(tables["troop_estimates"], top)]


def _keys(values: pd.Series) -> tuple[str, ...]:
    return tuple(k for v in values.dropna() for k in str(v).split("; "))


def _money(usd: float) -> str:
    return f"US${usd / 1e9:,.1f} billion" if abs(usd) >= 1e9 else f"US${usd / 1e6:,.0f} million"


def _aid(aid: pd.DataFrame, top: int, constant: bool) -> list[Headline]:
    rows = aid[(aid["kind"] == "aid").fillna(False) & (aid["basis"] == "one-off").fillna(False)
               & aid["donor"].notna() & aid["value_usd"].notna()]
    out = []
    deflated = constant and len(rows) and rows["value_usd_constant"].notna().all()
    column = "value_usd_constant" if deflated else "value_usd"
    month = rows["base_month"].dropna().iloc[0] if deflated else None
    unit = f"constant US dollars of {month} (US CPI-U)" if month else "nominal US dollars of each publication day"
    grouped = rows.groupby(["donor", "measure"], dropna=False, sort=False)
    totals = grouped[column].sum().sort_values(ascending=False).head(top)
    for (donor, measure), value in totals.items():
        members = grouped.get_group((donor, measure))
        n = len(members)
        what = "committed" if measure == "commitment" else "delivered" if measure == "allocation" else "announced"
        shares = members.loc[members["part_of"].notna().to_numpy(), column].sum()
        within = f", of which {_money(float(shares))} its share of a group's total listed apart" if shares else ""
        out.append(Headline("Aid by donor", f"{donor}, {what}: {_money(float(value))} ({unit}) in {n} "
                            f"announcement{'s' if n > 1 else ''}{within}", "money", _keys(members["fact_ids"])))
    return out


def _attacks(attacks: pd.DataFrame, top: int) -> list[Headline]:
    rows = attacks[attacks["launched"].notna()].sort_values("launched", ascending=False, kind="stable").head(top)
    out = []
    for r in rows.itertuples():
        destroyed = "" if pd.isna(r.destroyed) else f", {r.destroyed:,.0f} destroyed"
        lost = "" if pd.isna(r.lost_locally) else f", {r.lost_locally:,.0f} lost locally"
        spread = "" if pd.isna(r.launched_low) or pd.isna(r.launched_high) or r.launched_low == r.launched_high \
            else f" (reports from {r.launched_low:,.0f} to {r.launched_high:,.0f})"
        who = r.attacker if isinstance(r.attacker, str) else "a side not stated"
        per = r.claimant if isinstance(r.claimant, str) else "a claimant not stated"
        out.append(Headline("Largest attacks", f"{_day(r.end)}: {r.launched:,.0f} {r.weapon} launched by {who}"
                            f"{spread}{destroyed}{lost}, per {per}", str(r.weapon), _keys(pd.Series([r.fact_ids]))))
    return out


def _incidents(incidents: pd.DataFrame, top: int) -> list[Headline]:
    rows = incidents[(incidents["victims"] == "civilians").fillna(False) & incidents["killed_best"].gt(0).fillna(False)]
    out = []
    for r in rows.sort_values("killed_best", ascending=False, kind="stable").head(top).itertuples():
        place = r.place if isinstance(r.place, str) else "place not stated"
        spread = "" if pd.isna(r.killed_low) or r.killed_low == r.killed_best else \
            f" (reports from {r.killed_low:,.0f})"
        injured = "" if pd.isna(r.injured_best) else f", {r.injured_best:,.0f} injured"
        children = "" if pd.isna(r.children_killed) else f", {r.children_killed:,.0f} children among the dead"
        out.append(Headline("Deadliest incidents (civilians)",
                            f"{place}, {_day(r.date)}: {r.killed_best:,.0f} killed{spread}"
                            f"{children}{injured} ({r.n_reports} report{'s' if r.n_reports > 1 else ''})",
                            "casualties", _keys(pd.Series([r.fact_ids]))))
    return out


def _troops(troops: pd.DataFrame, top: int) -> list[Headline]:
    rows = troops[troops["side"].notna() & troops["value"].notna()]
    out = []
    series = rows.groupby("series", sort=False)
    ranked = series["value"].max().sort_values(ascending=False).head(top)
    for name in ranked.index:
        members = series.get_group(name).sort_values("date", kind="stable")
        last_day = members[members["date"] == members["date"].max()]
        named = last_day[last_day["claimant"].notna().to_numpy()]
        latest = (named if len(named) else last_day).iloc[-1]  # the latest day's estimate that says whose
        per = latest.claimant if isinstance(latest.claimant, str) else "a claimant not stated"
        low, high = members["value"].min(), members["value"].max()
        spread = "one estimate" if len(members) == 1 else f"{len(members)} estimates, all {low:,.0f}" \
            if low == high else f"{len(members)} estimates from {low:,.0f} to {high:,.0f}"
        place = f" in {latest.place}" if isinstance(latest.place, str) else ""
        out.append(Headline("Troop estimates (levels, never summed)",
                            f"{latest.side}{place}: {latest.value:,.0f} per {per} "
                            f"({pd.Timestamp(latest.date):%Y-%m-%d}); {spread}", "personnel",
                            _keys(members["fact_ids"])))
    return out


def _day(value: object) -> str:
    """A record's day as "22 Oct 2024"; "Date unknown" for a record of undated documents."""
    day = pd.Timestamp(value)  # type: ignore[arg-type]
    return "Date unknown" if pd.isna(day) else f"{day:%d %b %Y}"
