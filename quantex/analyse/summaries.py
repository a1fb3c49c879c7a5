"""Summaries of a facts frame as tidy tables: aid, the air war, casualties and troops.

Rules shared by every summary:

- **Each claim counts once.** Rows with ``duplicate_of`` (a repeat of an earlier mention, see
  :mod:`quantex.corpus.consolidate`), ``part_of`` (a breakdown of a total) or ``equivalent_of`` (a
  restatement, such as a currency conversion) set are dropped before anything is summed; a missing
  column means no row has it set. :func:`claims` returns the rows that remain.
- **Bounds are carried through sums** (:func:`bounds`): ``best`` is the value; without one, the
  midpoint of both bounds, or the one bound given. A missing ``low`` or ``high`` falls back to
  ``best``. Each fallback is counted per group (``n_best_imputed``, ``n_low_imputed``,
  ``n_high_imputed``), so "about 5" (no bounds) adds 5 to the low, best and high sums and is
  flagged twice; an exact 5 (low = high = value) is not flagged. A sum of lows is therefore not a
  guaranteed floor when a bound was imputed; read the flags. Rows with no number at all are dropped.
- **Groups keep missing keys**: a claim without an actor is summed under ``<NA>``.
- Empty input gives an empty frame with the summary's columns and dtypes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import numpy.typing as npt
import pandas as pd

from quantex.errors import InputTypeError
from quantex.schema import (
    AID_COLUMNS,
    AIR_WAR_COLUMNS,
    BOUND_COLUMNS,
    CUMULATIVE,
    DATE,
    LINK_COLUMNS,
    PERIODS_PER_YEAR,
    STRING,
    TROOP_COLUMNS,
    Column,
)

__all__ = ["aid", "air_war", "bounds", "casualties", "claims", "troops"]

_MONEY = tuple(f"{kind}_{part}" for kind in ("usd", "eur", "constant") for part in ("low", "best", "high"))


def claims(facts: pd.DataFrame) -> pd.DataFrame:
    """Return the rows that count as claims of their own (no duplicate_of, part_of or equivalent_of).

    >>> frame = pd.DataFrame({"value": [1.0, 2.0], "part_of": [None, "q0-1"]})
    >>> claims(frame)["value"].tolist()
    [1.0]
    """
    keep = pd.Series(True, index=facts.index)
    for name in LINK_COLUMNS:
        if name in facts.columns:
            keep &= facts[name].isna()
    kept: pd.DataFrame = facts[keep]
    return kept


def bounds(facts: pd.DataFrame) -> pd.DataFrame:
    """Return ``low``, ``best``, ``high`` for summing, and which of them were imputed.

    >>> frame = pd.DataFrame({"value": [5.0, np.nan, 7.0], "low": [np.nan, 10.0, 7.0],
    ...                       "high": [np.nan, 20.0, 7.0]})
    >>> bounds(frame)[["low", "best", "high", "low_imputed", "best_imputed"]].values.tolist()
    [[5.0, 5.0, 5.0, True, False], [10.0, 15.0, 20.0, False, True], [7.0, 7.0, 7.0, False, False]]
    """
    value, low, high = (_numbers(facts, name) for name in ("value", "low", "high"))
    best = value.fillna((low + high) / 2).fillna(low).fillna(high)
    result: pd.DataFrame = pd.DataFrame({
        "low": low.fillna(best), "best": best, "high": high.fillna(best),
        "low_imputed": low.isna() & best.notna(), "high_imputed": high.isna() & best.notna(),
        "best_imputed": value.isna() & best.notna(),
    }, index=facts.index)
    return result


def aid(facts: pd.DataFrame, *, constant: bool = True, base: str | None = None) -> pd.DataFrame:
    """Money by donor, recipient, event and basis, in nominal US dollars and euros and in constant dollars.

    Args:
        facts: A facts frame (``published`` is used for constant dollars when present).
        constant: Also express the sums in constant dollars (US CPI-U, via
            :func:`quantex.money.inflation.deflate`; a month without a published index takes the
            previous month's). With False the constant columns are NaN.
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest published month.

    Returns:
        One row per (actor, recipient, event, basis), columns :data:`AID_COLUMNS`. Rates
        ("£3 billion a year", "$100 million a month") are annualized with
        :data:`PERIODS_PER_YEAR` and kept apart from one-off totals (``basis``): adding a yearly
        rate to a one-off pledge would mix units.

    """
    rows = claims(facts)
    rows = rows[_mask(_text(rows, "category").eq("money"))]
    rate = _numbers(rows, "fx_rate")
    unconverted = rows[rate.isna().to_numpy()]
    rows, rate = rows[rate.notna().to_numpy()], rate[rate.notna()]
    period = _text(rows, "period")
    unknown = set(period.dropna()) - set(PERIODS_PER_YEAR) - {CUMULATIVE}
    if unknown:
        raise InputTypeError(f"aid: unknown period {sorted(unknown)}; expected {[*PERIODS_PER_YEAR, CUMULATIVE]}")
    per_year = period.map(PERIODS_PER_YEAR).astype("float64").fillna(1.0)
    amounts = bounds(rows)
    amounts = amounts[amounts["best"].notna()]
    scale = (rate * per_year)[amounts.index]
    work = _keys(rows.loc[amounts.index], ("actor", "recipient", "event"))
    work["basis"] = _basis(period[amounts.index])
    when = _published(rows.loc[amounts.index])
    work["published"] = when
    base_month = base
    # euros per unit: 1 for euros, else the dollars per unit over the ECB's dollars per euro of the day
    euros = _text(rows, "currency").eq("EUR").to_numpy()
    per_eur = np.where(euros, 1.0, rate.to_numpy() / _numbers(rows, "usd_per_eur").to_numpy())
    eur_scale = pd.Series(per_eur, index=rows.index)[amounts.index] * per_year[amounts.index]
    for part in ("low", "best", "high"):
        work[f"usd_{part}"] = amounts[part] * scale
        work[f"eur_{part}"] = amounts[part] * eur_scale
        work[f"constant_{part}"] = np.nan
    if constant and len(work):
        from quantex.money.inflation import deflate, latest_month

        base_month = base or latest_month()
        for part in ("low", "best", "high"):
            work[f"constant_{part}"] = deflate(work[f"usd_{part}"], when, base=base_month, missing="previous")
    work["undeflated"] = work[["constant_low", "constant_best", "constant_high"]].isna().any(axis=1)
    work["no_eur"] = eur_scale.isna()
    work = pd.concat([work, amounts[["low_imputed", "high_imputed", "best_imputed"]]], axis=1)
    keys = ["actor", "recipient", "event", "basis"]
    table = _summed(work, keys, [*_MONEY, "undeflated", "no_eur"])
    incomplete = _mask(table["undeflated"] > 0)  # one undeflatable claim makes the constant sum unknown
    table.loc[incomplete, ["constant_low", "constant_best", "constant_high"]] = np.nan
    table.loc[_mask(table["no_eur"] > 0), ["eur_low", "eur_best", "eur_high"]] = np.nan  # likewise in euros
    table["base_month"] = base_month if constant else None
    missed = _keys(unconverted, ("actor", "recipient", "event"))
    missed["basis"] = _basis(_text(unconverted, "period"))
    if len(missed):
        counts = missed.groupby(keys, dropna=False, sort=False).size().rename("n_unconverted").reset_index()
        table = table.merge(counts, on=keys, how="outer")
    table["n_unconverted"] = table.get("n_unconverted", pd.Series(0, index=table.index)).fillna(0)
    table["n_claims"] = table["n_claims"].fillna(0)
    for name in ("n_low_imputed", "n_high_imputed", "n_best_imputed"):
        table[name] = table[name].fillna(0)
    return _sorted(_typed(table, AID_COLUMNS), ["actor", "basis", "event"])


def _basis(period: pd.Series) -> npt.NDArray[np.object_]:
    """'per year' for rates, 'cumulative' for running totals, 'total' for one-off amounts."""
    return np.where(period.eq(CUMULATIVE).fillna(False).to_numpy(dtype=bool), CUMULATIVE,
                    np.where(period.notna().to_numpy(dtype=bool), "per year", "total")).astype(object)


def _flows(rows: pd.DataFrame) -> pd.DataFrame:
    """Drop running totals ("55,716 since the start of the war"): summed with daily figures they double count."""
    kept: pd.DataFrame = rows[~_mask(_text(rows, "period").eq(CUMULATIVE))]
    return kept


def air_war(facts: pd.DataFrame, freq: str = "D") -> pd.DataFrame:
    """Drones and missiles launched and destroyed per period, side and claimant.

    Args:
        facts: A facts frame with ``published``.
        freq: A pandas period alias for the periods: ``"D"`` (day), ``"W"`` (week), ``"M"``
            (month), ``"Q"``, ``"Y"``. Periods are by publication time, which for overnight
            attacks is usually the morning after.

    Returns:
        One row per (period, category, actor, claimant), columns :data:`AIR_WAR_COLUMNS`. The
        interception rate compares figures of the same claimant only. Running totals (``period``
        "cumulative", e.g. drones destroyed since the start of the war) are left out.

    """
    rows = _flows(claims(facts))
    wanted = (_text(rows, "category").isin(["drones", "missiles"])
              & _text(rows, "event").isin(["launched", "destroyed"]))
    rows = rows[_mask(wanted)]
    amounts = bounds(rows)
    amounts = amounts[amounts["best"].notna()]
    rows = rows.loc[amounts.index]
    work = pd.concat([_keys(rows, ("category", "actor", "claimant", "event")), amounts], axis=1)
    when = _published(rows)
    work.insert(0, "period", when.dt.to_period(freq).dt.start_time if len(when) else when)
    work["published"] = when
    work["imputed"] = amounts[["low_imputed", "high_imputed", "best_imputed"]].any(axis=1).astype("int64")
    keys = ["period", "category", "actor", "claimant"]
    summed = _summed(work, [*keys, "event"], ["imputed"])
    sides = []
    for event in ("launched", "destroyed"):
        side = summed[_mask(summed["event"].eq(event))]
        side = side[[*keys, "n_claims", "low", "best", "high", "imputed"]]
        names = [f"{event}_{n}" for n in ("n", "low", "best", "high", "imputed")]
        sides.append(side.set_axis([*keys, *names], axis=1))
    table = sides[0].merge(sides[1], on=keys, how="outer")
    table["n_imputed"] = table["launched_imputed"].fillna(0) + table["destroyed_imputed"].fillna(0)
    for event in ("launched", "destroyed"):
        table[f"{event}_n"] = table[f"{event}_n"].fillna(0)
    launched = table["launched_best"].where(table["launched_best"] > 0)
    table["interception_rate"] = table["destroyed_best"] / launched
    return _sorted(_typed(table, AIR_WAR_COLUMNS), keys)


def casualties(facts: pd.DataFrame, by: Sequence[str] = ("event", "location")) -> pd.DataFrame:
    """Casualty claims summed by ``by`` (any facts columns), with bounds carried through.

    Running tolls ("the toll rose to 14") are separate claims unless the consolidate step linked
    them; summing them double-counts, so consolidate first. Totals marked as running since a start
    (``period`` "cumulative": "12,000 killed since the invasion") are left out.

    Returns:
        The ``by`` columns, then :data:`BOUND_COLUMNS`; one row per group.

    Raises:
        InputTypeError: A ``by`` column is not in ``facts``.

    """
    by = list(by)
    missing = [name for name in by if name not in facts.columns]
    if missing:
        raise InputTypeError(f"casualties: no column {missing} to group by")
    rows = _flows(claims(facts))
    rows = rows[_mask(_text(rows, "category").eq("casualties"))]
    amounts = bounds(rows)
    amounts = amounts[amounts["best"].notna()]
    work = pd.concat([rows.loc[amounts.index, by].astype("string"), amounts], axis=1)
    work["published"] = _published(rows.loc[amounts.index])
    table = _summed(work, by, [])
    columns = {name: Column(STRING, "") for name in by} | BOUND_COLUMNS
    return _sorted(_typed(table, columns), ["best"], ascending=False)


def troops(facts: pd.DataFrame) -> pd.DataFrame:
    """Personnel claims by actor, event and location: the latest claim and the range claimed.

    Troop numbers are levels ("11,000 soldiers are in Kursk Oblast"), not flows: two reports of
    the same deployment must not be added, so this table is never a sum.

    Returns:
        One row per (actor, event, location), columns :data:`TROOP_COLUMNS`.

    """
    rows = claims(facts)
    rows = rows[_mask(_text(rows, "category").eq("personnel"))]
    amounts = bounds(rows)
    amounts = amounts[amounts["best"].notna()]
    keys = ["actor", "event", "location"]
    work = pd.concat([_keys(rows.loc[amounts.index], (*keys, "claimant")), amounts], axis=1)
    work["published"] = _published(rows.loc[amounts.index])
    work = work.sort_values("published", kind="stable", na_position="first")
    grouped = work.groupby(keys, dropna=False, sort=False)
    table = grouped.agg(
        n_claims=("best", "size"), latest=("best", "last"), latest_claimant=("claimant", "last"),
        latest_published=("published", "last"), low=("low", "min"), high=("high", "max"),
        first_published=("published", "min"),
    ).reset_index() if len(work) else pd.DataFrame(columns=list(TROOP_COLUMNS))
    return _sorted(_typed(table, TROOP_COLUMNS), keys)


def _summed(work: pd.DataFrame, keys: list[str], extra: list[str]) -> pd.DataFrame:
    """Group ``work`` by ``keys`` and sum bounds, fallbacks and ``extra`` columns."""
    if not len(work):
        return pd.DataFrame(columns=[*keys, *BOUND_COLUMNS, *extra])  # type: ignore[no-any-return]
    grouped = work.groupby(keys, dropna=False, sort=False)
    sums = {name: (name, "sum") for name in ("low", "best", "high", *extra) if name in work.columns}
    table = grouped.agg(
        n_claims=("low_imputed", "size"), **sums,
        n_low_imputed=("low_imputed", "sum"), n_high_imputed=("high_imputed", "sum"),
        n_best_imputed=("best_imputed", "sum"),
        first_published=("published", "min"), last_published=("published", "max"),
    )
    summed: pd.DataFrame = table.reset_index()
    return summed


def _typed(table: pd.DataFrame, columns: dict[str, Column]) -> pd.DataFrame:
    out = {name: table[name] if name in table.columns else pd.Series(pd.NA, index=table.index)
           for name in columns}
    typed = {name: pd.to_datetime(col).astype("datetime64[ns]") if dtype == DATE
             else col.astype(cast(Any, dtype))
             for (name, col), (dtype, *_) in zip(out.items(), columns.values(), strict=True)}
    result: pd.DataFrame = pd.DataFrame(typed, index=table.index)
    return result


def _mask(condition: pd.Series) -> npt.NDArray[np.bool_]:
    """A boolean array from a nullable condition; a missing value does not match."""
    return condition.fillna(False).to_numpy(dtype=bool)


def _sorted(table: pd.DataFrame, keys: list[str], *, ascending: bool = True) -> pd.DataFrame:
    result: pd.DataFrame = table.sort_values(keys, ascending=ascending, ignore_index=True, kind="stable")
    return result


def _numbers(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series(np.nan, index=frame.index, dtype="float64")  # type: ignore[no-any-return]
    return pd.to_numeric(frame[name], errors="raise").astype("float64")


def _text(frame: pd.DataFrame, name: str) -> pd.Series:
    if name not in frame.columns:
        return pd.Series(pd.NA, index=frame.index, dtype="string")  # type: ignore[no-any-return]
    return frame[name].astype("string")


def _keys(frame: pd.DataFrame, names: Sequence[str]) -> pd.DataFrame:
    keys: pd.DataFrame = pd.DataFrame({name: _text(frame, name) for name in names}, index=frame.index)
    return keys


def _published(frame: pd.DataFrame) -> pd.Series:
    if "published" not in frame.columns:
        return pd.Series(pd.NaT, index=frame.index, dtype=DATE)  # type: ignore[no-any-return]
    when: pd.Series = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    return when
