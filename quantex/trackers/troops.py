"""Troop estimates: per side and place, the series of estimates with claimant and date; never summed.

A troop figure is a level ("11,000 soldiers are in Kursk"), so two reports of the same deployment are two
estimates of one quantity, not an addition. One row per estimate: the same figure from the same claimant
about the same side and place within ``window`` is one estimate with all its sources. Personnel facts
whose event is not a level (killed, captured, released, ...) are left to the incidents table; so are
counts that are not troops: jets called "fighters", prisoners, ratios ("1 officer to every 30 soldiers"),
weekly rates and dates read as ranges ("between 8 and 13 October").
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import regex

from quantex.schema import TROOP_ESTIMATE_COLUMNS
from quantex.trackers.table import fact_columns, fact_key, join, locate, records_frame, require, vague

__all__ = ["TROOP_ESTIMATE_COLUMNS", "troop_estimates"]


_LEVELS = frozenset({"deployed", "mobilised"})
_NOT_TROOPS = frozenset({"prisoner", "prisoners", "convict", "convicts"})
_AIRCRAFT = regex.compile(r"\b(?:jets?|aircraft|air\s+superiority|f-16s?|fourth-generation|warplanes?)\b",
                          regex.IGNORECASE)
_RATIO_OR_RATE = regex.compile(r"(?:\bevery\s+$)|(?:^[^.;]{0,40}\bto\s+every\b)|"
                               r"(?:^\s*(?:\w+\s+){0,3}?(?:a|per|each)\s+(?:week|day|month)\b)",
                               regex.IGNORECASE)
_MONTH_AFTER = regex.compile(r"^\s*(?:january|february|march|april|may|june|july|august|september|october|"
                             r"november|december)\b", regex.IGNORECASE)


@dataclass
class _Estimate:
    key: str
    doc: str
    published: datetime.datetime | None
    side: str | None
    place: str | None
    event: str | None
    value: float | None
    low: float | None
    high: float | None
    claimant: str | None
    sentence: str
    sources: list[_Estimate] = field(default_factory=list)


def troop_estimates(facts: pd.DataFrame, *, window: str | pd.Timedelta = "2D") -> pd.DataFrame:
    """One row per troop estimate, columns :data:`TROOP_ESTIMATE_COLUMNS`, sorted by series and date.

    >>> import quantex
    >>> facts = quantex.extract("Some 11,000 North Korean soldiers are in Russia's Kursk region, Zelensky said.",
    ...                         published="2024-11-05")
    >>> print(troop_estimates(facts)[["side", "place", "value"]].to_string(index=False))
           side        place   value
    North Korea Kursk Oblast 11000.0
    """
    span = pd.Timedelta(window)
    kept: list[_Estimate] = []
    first: dict[tuple[object, ...], _Estimate] = {}  # the same estimate's first report
    for est in sorted(_estimates(require(facts, "troop_estimates")),
                      key=lambda e: (e.published or datetime.datetime.min, e.doc)):
        key = (est.side, est.place, est.value, est.low, est.high, est.claimant)
        same = first.get(key)
        if same is not None and (same.published is None or est.published is None
                                 or est.published - same.published <= span):
            same.sources.append(est)
        else:
            est.sources = [est]
            kept.append(est)
            first[key] = est
    rows = [_row(e) for e in kept]
    rows.sort(key=lambda r: (r["series"], r["date"] or datetime.date.min))
    return records_frame(rows, TROOP_ESTIMATE_COLUMNS)


def _estimates(facts: pd.DataFrame) -> list[_Estimate]:
    docs, cols = fact_columns(facts, ("personnel",), (
        "fact_id", "category", "value", "low", "high", "period", "event", "actor", "location", "claimant",
        "unit", "sentence", "span", "published"))
    n = len(docs)
    out = []
    for i in range(n):
        if cols["category"][i] != "personnel" or cols["period"][i] is not None:
            continue
        if cols["event"][i] is not None and cols["event"][i] not in _LEVELS:
            continue
        if all(cols[k][i] is None for k in ("value", "low", "high")) or vague(cols["span"][i]):
            continue
        unit = (cols["unit"][i] or "").lower()
        sentence, span = cols["sentence"][i] or "", cols["span"][i] or ""
        at = locate(sentence, span)
        before = sentence[max(0, at - 12): at] if at >= 0 else ""
        after = sentence[at + len(span): at + len(span) + 40] if at >= 0 else ""
        if unit in _NOT_TROOPS or (unit == "fighter" and _AIRCRAFT.search(sentence)):
            continue
        if _RATIO_OR_RATE.search(before) or _RATIO_OR_RATE.search(after) or _MONTH_AFTER.search(after):
            continue
        published = pd.Timestamp(cols["published"][i]).to_pydatetime() if cols["published"][i] is not None else None
        out.append(_Estimate(fact_key(docs[i], cols["fact_id"][i]), docs[i], published, cols["actor"][i],
                             cols["location"][i], cols["event"][i], cols["value"][i], cols["low"][i], cols["high"][i],
                             cols["claimant"][i], sentence))
    return out


def _row(e: _Estimate) -> dict[str, Any]:
    return {
        "series": f"{e.side or 'side not stated'}/{e.place or 'place not stated'}", "side": e.side, "place": e.place,
        "event": e.event, "date": e.published.date() if e.published else None, "value": e.value, "low": e.low,
        "high": e.high, "claimant": e.claimant, "n_sources": len({s.doc for s in e.sources}),
        "documents": join(s.doc for s in e.sources), "fact_ids": join(s.key for s in e.sources),
        "sentence": e.sentence,
    }
