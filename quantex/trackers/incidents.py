"""Casualty incident records: one row per incident, killed and injured as low / best / high (UCDP GED style).

- **Incident.** Casualty facts (killed, injured, killed or injured; running totals "so far" left out) of
  one place reported within ``window`` of the incident's first report. A live-blog entry without a place
  takes the place its other entries name; a figure with no place anywhere is an incident of its own
  document.
- **Updates replace.** Within one report the largest figure of an event is the report's (breakdowns by
  place, "including 1 in Lutsk", never add). Across reports the figures are successive tolls of one
  incident, never added: ``best`` is the highest toll (a toll that "rose to 32" replaces the earlier 20; a
  later, lower count is a partial one), ``low`` the smallest figure reported and ``high`` the largest
  upper bound (NaN when the best is only a lower bound, "at least 7").
- **Children** are a subset ("including 2 children", "15 of them children", "15 children were among the
  wounded"), never added to the total.
- **Victims.** ``military`` when the counted noun is a serviceman, soldier or troop (a side's claimed
  losses), else ``civilians``; summaries never mix the two.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

import pandas as pd
import regex

from quantex.schema import INCIDENT_COLUMNS
from quantex.trackers.table import (
    fact_columns,
    fact_key,
    join,
    locate,
    mode,
    records_frame,
    require,
    vague,
)

__all__ = ["INCIDENT_COLUMNS", "incidents"]


_EVENTS = {"killed": "killed", "injured": "injured", "killed or injured": "killed_or_injured"}
_MILITARY = frozenset({"serviceman", "soldier", "troop", "fighter", "personnel", "servicemen", "soldiers",
                       "troops", "occupier", "mercenary"})
_CHILDREN = frozenset({"child", "children", "boy", "girl", "teenager", "infant", "baby", "minor"})
_OF_THEM = regex.compile(r"\s*of\s+them\b", regex.IGNORECASE)
_SUBSET_BEFORE = regex.compile(r"\b(?:including|among\s+(?:them|whom)|of\s+whom)\s+$", regex.IGNORECASE)
_SUBSET_AFTER = regex.compile(r"^\s*(?:of\s+them\s+children|children\s+were\s+among|(?:\w+\s+)?were\s+among)",
                              regex.IGNORECASE)


@dataclass
class _Casualty:
    key: str
    doc: str
    published: datetime.datetime | None
    event: str
    value: float
    low: float | None
    high: float | None
    child: bool
    victims: str
    side: str | None
    place: str | None
    claimant: str | None
    part: bool


def incidents(facts: pd.DataFrame, *, window: str | pd.Timedelta = "2D") -> pd.DataFrame:
    """One row per casualty incident, columns :data:`INCIDENT_COLUMNS`.

    >>> import pandas as pd
    >>> facts = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "published": pd.to_datetime(["2025-04-13", "2025-04-14"]),
    ...     "fact_id": ["q0-2", "q5-7"], "category": "casualties", "value": [20.0, 35.0],
    ...     "event": "killed", "location": "Sumy", "span": ["20", "35"],
    ...     "sentence": ["At least 20 people were killed.", "The toll rose to 35."]})
    >>> print(incidents(facts)[["place", "killed_low", "killed_best", "n_reports"]].to_string(index=False))
    place  killed_low  killed_best  n_reports
     Sumy        20.0         35.0          2
    """
    rows = _casualties(require(facts, "incidents"))
    span = pd.Timedelta(window)
    groups: list[list[_Casualty]] = []
    opened: dict[tuple[str | None, str], tuple[datetime.datetime | None, int]] = {}
    for row in sorted(rows, key=lambda r: (r.published or datetime.datetime.min, r.doc)):
        key = (row.place, row.victims) if row.place is not None else (f"doc:{row.doc}", row.victims)
        first = opened.get(key)
        if first is not None and (row.published is None or first[0] is None or row.published - first[0] <= span):
            groups[first[1]].append(row)
        else:
            opened[key] = (row.published, len(groups))
            groups.append([row])
    return records_frame([_record(g) for g in groups], INCIDENT_COLUMNS)


def _casualties(facts: pd.DataFrame) -> list[_Casualty]:
    docs, cols = fact_columns(facts, ("casualties",), (
        "fact_id", "category", "value", "low", "high", "period", "event", "actor", "location", "claimant",
        "part_of", "unit", "sentence", "span", "published"))
    n = len(docs)
    places: dict[str, Any] = {}  # a live blog's entries share their place
    for i in range(n):
        if cols["category"][i] == "casualties" and cols["location"][i] is not None:
            places.setdefault(docs[i].split("#")[0], []).append(cols["location"][i])
    out: list[_Casualty] = []
    previous: dict[str, str] = {}
    located = {fact_key(docs[i], cols["fact_id"][i]): cols["location"][i] for i in range(n)}
    events = {fact_key(docs[i], cols["fact_id"][i]): _EVENTS.get(cols["event"][i] or "") for i in range(n)}
    for i in range(n):
        event = _EVENTS.get(cols["event"][i] or "")
        if cols["category"][i] != "casualties" or cols["period"][i] is not None or event is None:
            continue
        value = next((v for v in (cols["value"][i], cols["low"][i], cols["high"][i]) if v is not None), None)
        if value is None or vague(cols["span"][i]):  # "dozens injured" gives no figure
            continue
        sentence, span = cols["sentence"][i] or "", cols["span"][i] or ""
        at = locate(sentence, span)
        before, after = (sentence[max(0, at - 30): at], sentence[at + len(span): at + len(span) + 40]) if at >= 0 \
            else ("", "")
        unit = (cols["unit"][i] or "").lower()
        child = (unit in _CHILDREN or "child" in after[:25].lower()) and bool(
            _SUBSET_BEFORE.search(before) or _SUBSET_AFTER.search(after))
        if _OF_THEM.match(after) and sentence in previous:
            event = previous[sentence]  # "117 were injured, 15 of them children": the event of the 117
        previous[sentence] = event
        parent = fact_key(docs[i], cols["part_of"][i]) if cols["part_of"][i] is not None else None
        place = (located.get(parent) if parent is not None else None) or cols["location"][i] or mode(
            places.get(docs[i].split("#")[0], []))  # a breakdown stays with its total's incident
        published = pd.Timestamp(cols["published"][i]).to_pydatetime() if cols["published"][i] is not None else None
        out.append(_Casualty(fact_key(docs[i], cols["fact_id"][i]), docs[i], published, event, float(value),
                             cols["low"][i], cols["high"][i], child, "military" if unit in _MILITARY else "civilians",
                             cols["actor"][i], place, cols["claimant"][i],
                             parent is not None and events.get(parent) == event))
    return out


def _record(group: list[_Casualty]) -> dict[str, Any]:
    first, last = group[0], group[-1]
    record: dict[str, Any] = {
        "incident_id": first.key, "date": first.published.date() if first.published else None,
        "place": first.place, "victims": first.victims, "side": mode(r.side for r in group),
        "claimant": mode(r.claimant for r in group if r.doc == last.doc) or mode(r.claimant for r in group),
        "n_reports": len({r.doc for r in group}), "last_published": last.published,
        "documents": join(r.doc for r in group), "fact_ids": join(r.key for r in group),
    }
    for name in _EVENTS.values():
        per_report: dict[str, _Casualty] = {}
        children: dict[str, float] = {}
        for r in group:
            if r.event != name:
                continue
            if r.child:
                children[r.doc] = max(children.get(r.doc, 0.0), r.value)
            elif not r.part and (r.doc not in per_report or r.value > per_report[r.doc].value):
                per_report[r.doc] = r
        if per_report:
            reports = list(per_report.values())
            record[f"{name}_best"] = max(r.value for r in reports)  # tolls rise: a later, lower count is partial
            record[f"{name}_low"] = min(r.low if r.low is not None else r.value for r in reports)
            highs = [r.high for r in reports]
            record[f"{name}_high"] = None if highs[-1] is None and reports[-1].value == max(
                r.value for r in reports) and reports[-1].low is not None else max(
                h if h is not None else r.value for r, h in zip(reports, highs, strict=True))
        if children and name in ("killed", "injured"):
            record[f"children_{name}"] = list(children.values())[-1]
    return record
