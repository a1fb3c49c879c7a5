"""Attack records: one row per attack and weapon class, as the community attack dataset keeps them.

From facts to records, in three steps (design: the module docstrings of :mod:`quantex.trackers`):

1. **Weapon figures.** Facts counting drones or missiles (running totals left out) are read again in
   their sentence (:mod:`quantex.trackers.phrases`): the head noun decides the class, so "267 attack and
   decoy drones" counts drones and "236 missiles and drones" is a mixed total that no per-class record
   takes; the noun phrase gives the model; the clause gives a missing event.
2. **One report, one figure per event.** In one document, for one weapon class and attacker, the
   breakdowns of a total never add to it: a figure linked by ``part_of`` to another of the group is a
   part, and of the remaining figures of an event the largest is the total when it covers the rest (a
   per-region list, "including 34 over the Moscow region"); figures that only name models ("all 7
   Kh-101 missiles and 3 of the Kinzhals") add up, one figure per model.
3. **One attack, one record.** Reports of the same night (the window's last day), weapon, attacker
   and claimant are one record, whatever the outlet; a report without a claimant joins the one named
   claimant of that night when there is one. Where reports disagree, the figure most of them give is
   the best (ties: the latest), and the smallest and largest are ``low`` and ``high``. Opposing
   claimants' records of the same night share ``link_key``.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import regex

from quantex.schema import ATTACK_COLUMNS, ATTACK_MODEL_COLUMNS
from quantex.trackers.phrases import read_phrase
from quantex.trackers.table import fact_columns, fact_key, join, mode, records_frame, require, vague
from quantex.trackers.windows import Window, read_window

__all__ = ["ATTACK_COLUMNS", "ATTACK_MODEL_COLUMNS", "attack_models", "attack_tables", "attacks"]



_EVENTS = {"launched": "launched", "destroyed": "destroyed", "lost": "lost_locally", "hit": "hit"}
_BOUNDED = ("launched", "destroyed")
_UKRAINIAN = regex.compile(r"ukrain|kyiv|zelensk", regex.IGNORECASE)
_RUSSIAN = regex.compile(r"russia|kremlin|moscow", regex.IGNORECASE)
_POINTS_BACK = regex.compile(r"\bof\s+(?:them|which|these|those)\b|\bthe\s+rest\b", regex.IGNORECASE)
#: "all" closing the text before a figure: "destroyed all 13 incoming drones"
_ALL = regex.compile(r"\ball\s+(?:the\s+|of\s+the\s+)?$", regex.IGNORECASE)
_FROM = regex.compile(r"\b(?:from|launch\s+areas?:?|directions?\s+of)\b", regex.IGNORECASE)


@dataclass
class _Figure:
    key: str
    value: float
    low: float | None
    high: float | None
    event: str
    model: str | None
    part_of: str | None
    location: str | None
    sentence: str
    headed: bool
    whole: bool = False  # "destroyed all 14 drones": the figure is every weapon of its class that night


@dataclass
class _Report:
    doc: str
    published: datetime.datetime | None
    weapon: str
    attacker: str | None
    claimant: str | None
    window: Window | None
    figures: dict[str, tuple[float, float | None, float | None]] = field(default_factory=dict)
    models: dict[tuple[str, str], tuple[float, list[str]]] = field(default_factory=dict)
    places: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def attacks(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per attack and weapon class, columns :data:`ATTACK_COLUMNS`.

    Args:
        facts: Facts with document columns (``doc_id``, ``published``), as from ``extract_corpus``; a
            frame from :func:`quantex.extract` is one document (dated only when it has ``published``).

    >>> import quantex
    >>> facts = quantex.extract("From 19:00 on 8 July Russia attacked with 728 Shahed attack UAVs and "
    ...                         "13 missiles. Air defences shot down 296 drones.", published="2025-07-09")
    >>> print(attacks(facts)[["weapon", "launched", "destroyed", "models"]].to_string(index=False))
      weapon  launched  destroyed              models
      drones     728.0      296.0 Shahed-136/131: 728
    missiles      13.0        NaN                <NA>

    """
    records, _ = _build(require(facts, "attacks"))
    return records_frame(records, ATTACK_COLUMNS)


def attack_models(facts: pd.DataFrame) -> pd.DataFrame:
    """The long table by model: one row per attack, weapon, model and event, columns :data:`ATTACK_MODEL_COLUMNS`."""
    _, models = _build(require(facts, "attack_models"))
    return records_frame(models, ATTACK_MODEL_COLUMNS)


def attack_tables(facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`attacks` and :func:`attack_models` from one pass over the facts."""
    records, models = _build(require(facts, "attack_tables"))
    return records_frame(records, ATTACK_COLUMNS), records_frame(models, ATTACK_MODEL_COLUMNS)


def _build(facts: pd.DataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    groups, framing = _groups(facts)
    reports = [_report(doc, published, weapon, attacker, group, framing.get(doc, []))
               for (doc, published, weapon, attacker), group in groups.items()]
    return _merge(reports)


_Groups = dict[tuple[str, Any, str, str | None], list[tuple[_Figure, Any]]]


def _groups(facts: pd.DataFrame) -> tuple[_Groups, dict[str, list[str]]]:
    """Weapon figures grouped by (document, published, weapon, attacker); each document's weapon sentences."""
    docs, cols = fact_columns(facts, ("drones", "missiles"), (
        "fact_id", "category", "value", "low", "high", "period", "event", "actor", "claimant", "location",
        "part_of", "sentence", "span", "published"))
    n = len(docs)
    published = cols["published"]
    rows: list[tuple[str, Any, str, _Figure, str | None, str | None]] = []
    mixed: set[str] = set()  # totals of drones and missiles together, and the sentences stating them
    mixed_sentences: set[tuple[str, str]] = set()
    framing: dict[str, list[str]] = {}  # the sentences that may state the window, launches first
    launchers: dict[tuple[str, str], str] = {}  # (doc, sentence) -> actor of its launched figures
    for i in range(n):
        if cols["category"][i] not in ("drones", "missiles") or cols["period"][i] is not None:
            continue
        value = cols["value"][i] if cols["value"][i] is not None else cols["low"][i]
        if value is None or vague(cols["span"][i]):
            continue
        doc = str(docs[i])
        sentence = cols["sentence"][i] or ""
        phrase = read_phrase(sentence, cols["span"][i] or "", cols["category"][i], cols["event"][i])
        part = fact_key(doc, cols["part_of"][i]) if cols["part_of"][i] is not None else None
        if phrase.weapon == "mixed" or (not phrase.headed and (
                part in mixed or (_elliptical(sentence, cols["span"][i]) and (doc, sentence) in mixed_sentences))):
            mixed.add(fact_key(doc, cols["fact_id"][i]))
            mixed_sentences.add((doc, sentence))
            framing.setdefault(doc, []).insert(0, sentence)
            continue
        if phrase.weapon not in ("drones", "missiles") or phrase.event not in _EVENTS:
            continue
        framing.setdefault(doc, []).append(sentence)
        actor = cols["actor"][i]
        if phrase.event == "launched" and cols["event"][i] != "launched":  # read from the clause: the launcher
            actor = launchers.get((doc, sentence), actor)      # is the one the sentence's launches name
        elif cols["event"][i] == "launched" and actor is not None:
            launchers.setdefault((doc, sentence), actor)
        figure = _Figure(fact_key(doc, cols["fact_id"][i]), float(value), cols["low"][i], cols["high"][i],
                         phrase.event, phrase.model, part, cols["location"][i], sentence, phrase.headed,
                         _ALL.search(sentence[:sentence.find(cols["span"][i] or "\0")] if cols["span"][i] else "")
                         is not None)
        rows.append((doc, published[i], phrase.weapon, figure, actor, cols["claimant"][i]))
    by_doc: dict[str, list[tuple[str, Any, str, _Figure, str | None, str | None]]] = {}
    for row in rows:
        by_doc.setdefault(row[0], []).append(row)
    groups: dict[tuple[str, Any, str, str | None], list[tuple[_Figure, Any]]] = {}
    for doc, doc_rows in by_doc.items():
        claimant = mode(r[5] for r in doc_rows)
        fallback = mode(r[4] for r in doc_rows) or _side_against(claimant)
        per_weapon = {w: mode(r[4] for r in doc_rows if r[2] == w) for w in ("drones", "missiles")}
        for _, when, weapon, figure, actor, fact_claimant in doc_rows:
            attacker = actor or per_weapon[weapon] or fallback
            groups.setdefault((doc, when, weapon, attacker), []).append((figure, fact_claimant or claimant))
    return groups, framing


def _side_against(claimant: str | None) -> str | None:
    """The attacker a claimant reports on when no figure names it: each side reports the other's weapons."""
    if claimant is None:
        return None
    if _UKRAINIAN.search(claimant):
        return "Russia"
    if _RUSSIAN.search(claimant):
        return "Ukraine"
    return None


def _report(doc: str, published: Any, weapon: str, attacker: str | None,
            members: list[tuple[_Figure, Any]], sentences: list[str]) -> _Report:
    figures = [f for f, _ in members]
    when = pd.Timestamp(published).to_pydatetime() if published is not None else None
    window = read_window(dict.fromkeys(sentences), when.date()) if when is not None else None
    report = _Report(doc, when, weapon, attacker, mode(c for _, c in members), window)
    for event, name in _EVENTS.items():
        chosen = [f for f in figures if f.event == event]
        launched = report.figures.get("launched")
        if launched is not None and event != "launched":  # "59 of them" after a mixed total of 76
            wrong = [f for f in chosen if not f.headed and f.value > launched[0]]
            chosen = [f for f in chosen if f not in wrong]
            report.notes.extend(f"{name}: {f.value:,.0f} without a head noun exceeds launched; left out"
                                for f in wrong)
        keys = {f.key for f in chosen}  # a part of a figure of another event ("62 of 96") is a figure
        parts = [f for f in chosen if f.part_of in keys]
        totals = _distinct(f for f in chosen if f.part_of not in keys)
        if not totals:
            continue
        generic = [f for f in totals if f.model is None]
        if generic:
            top = max(generic, key=lambda f: f.value)
            rest = sum(f.value for f in generic if f is not top)
            if rest > top.value:
                report.notes.append(f"{name}: other figures ({rest:,.0f}) exceed the total {top.value:,.0f}")
            report.figures[name] = (top.value, top.low, top.high)
            report.keys.append(top.key)
        else:
            per_model = {f.model: f for f in sorted(totals, key=lambda f: f.value)}
            value = sum(f.value for f in per_model.values())
            lows = [f.low for f in per_model.values()]
            highs = [f.high for f in per_model.values()]
            report.figures[name] = (value, sum(lows) if None not in lows else None,  # type: ignore[arg-type]
                                    sum(highs) if None not in highs else None)  # type: ignore[arg-type]
            report.keys.extend(f.key for f in per_model.values())
            if len(per_model) > 1:
                report.notes.append(f"{name}: sum of {len(per_model)} models")
        for f in [*totals, *parts]:
            if f.model is not None:
                old = report.models.get((f.model, event))
                if old is None or f.value > old[0]:
                    report.models[(f.model, event)] = (f.value, [f.key])
            if f.key not in report.keys and f.model is not None:
                report.keys.append(f.key)
        report.keys.extend(f.key for f in parts if f.key not in report.keys)
    if "launched" not in report.figures and "destroyed" in report.figures:
        # "shot down all 14 drones launched by Russia": every weapon of the night was destroyed
        whole = [f for f in figures if f.event == "destroyed" and f.whole and f.key in report.keys
                 and f.value == report.figures["destroyed"][0]]
        if whole:
            report.figures["launched"] = report.figures["destroyed"]
            report.notes.append(f"launched: all {whole[0].value:,.0f} destroyed")
    report.places = [f.location for f in figures if f.event == "launched" and f.location and _launched_from(f)]
    return report


def _elliptical(sentence: str, span: object) -> bool:
    """A headless number that points back to a total: "59 of them", "of which 201", "the rest"."""
    at = sentence.find(str(span))
    return at >= 0 and bool(_POINTS_BACK.search(sentence[max(0, at - 12): at + len(str(span)) + 12]))


def _distinct(figures: Iterable[_Figure]) -> list[_Figure]:
    """Figures less repeats of the same number and model (a headline and its body)."""
    seen: dict[tuple[float, str | None], _Figure] = {}
    for f in figures:
        seen.setdefault((f.value, f.model), f)
    return list(seen.values())


def _launched_from(figure: _Figure) -> bool:
    """The figure's place is its launch place: the sentence says "from" (or "launch areas") before the place."""
    if figure.location is None:
        return False
    first = figure.location.split()[0]
    found = _FROM.search(figure.sentence)
    return found is not None and first.lower() in figure.sentence[found.end():].lower()


def _merge(reports: list[_Report]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Reports of one night, weapon, attacker and claimant become one record.

    A report without a claimant joins the one named claimant of its night and attacker (either weapon). A
    report without a stated
    window that repeats every figure of the previous night's record (a follow-up story: "the ministry
    had said 144 drones were brought down on Tuesday") joins that record.
    """
    nights: dict[tuple[Any, str, str | None], list[_Report]] = {}
    for report in reports:
        night = report.window.end.date() if report.window is not None else None
        nights.setdefault((night, report.weapon, report.attacker), []).append(report)
    clusters: dict[tuple[Any, str, str | None, str | None], list[_Report]] = {}
    named_by_night: dict[tuple[Any, str | None], set[str]] = {}  # across weapons: one bulletin names both
    for (night, _, attacker), members in nights.items():
        named_by_night.setdefault((night, attacker), set()).update(r.claimant for r in members if r.claimant)
    for (night, weapon, attacker), members in nights.items():
        named = sorted(named_by_night[(night, attacker)])
        for report in members:
            claimant = report.claimant if report.claimant is not None or len(named) != 1 else named[0]
            clusters.setdefault((night, weapon, attacker, claimant), []).append(report)
    for key in sorted(clusters, key=lambda k: (k[0] is None, k[0] or datetime.date.min)):
        night, weapon, attacker, claimant = key
        members = clusters[key]
        earlier = (night - datetime.timedelta(days=1), weapon, attacker, claimant) if night is not None else None
        if earlier in clusters and all(not (r.window and r.window.stated) for r in members) and _repeats(
                members, clusters[earlier]):
            clusters[earlier].extend(members)
            del clusters[key]
    records: list[dict[str, Any]] = []
    models: list[dict[str, Any]] = []
    for (night, weapon, attacker, claimant), cluster in clusters.items():
        record, rows = _record(night, weapon, attacker, claimant, cluster)
        records.append(record)
        models.extend(rows)
    records.sort(key=lambda r: (r["end"] or datetime.datetime.min, r["attacker"] or "", r["weapon"]))
    return records, models


def _repeats(later: list[_Report], earlier: list[_Report]) -> bool:
    """Every figure of the later reports is one the earlier reports gave for the same event."""
    given = {(name, figure[0]) for r in earlier for name, figure in r.figures.items()}
    said = {(name, figure[0]) for r in later for name, figure in r.figures.items()}
    return bool(said) and said <= given


def _record(night: Any, weapon: str, attacker: str | None, claimant: str | None,
            cluster: list[_Report]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    cluster = sorted(cluster, key=lambda r: (r.published or datetime.datetime.min, r.doc))
    day = f"{night:%Y-%m-%d}" if night is not None else "undated"
    attack_id = f"{day}/{attacker or 'side not stated'}/{claimant or 'claimant not stated'}"
    stated = [r.window for r in cluster if r.window is not None and r.window.stated]
    window = stated[0] if stated else next((r.window for r in cluster if r.window is not None), None)
    record: dict[str, Any] = {
        "attack_id": attack_id, "link_key": f"{day}/{attacker or 'side not stated'}", "weapon": weapon,
        "start": window.start if window else None, "end": window.end if window else None,
        "window_stated": bool(stated), "attacker": attacker, "claimant": claimant,
        "n_reports": len({r.doc for r in cluster}),
        "first_published": cluster[0].published, "last_published": cluster[-1].published,
        "documents": join(r.doc for r in cluster), "fact_ids": join(k for r in cluster for k in r.keys),
        "launch_places": join(p for r in cluster for p in r.places),
    }
    notes = [n for r in cluster for n in r.notes]
    for name in _EVENTS.values():
        given = [(r.figures[name], r) for r in cluster if name in r.figures]
        if not given:
            continue
        counts = Counter(v[0] for v, _ in given)
        top = max(counts.values())
        best = next(v for v, _ in reversed(given) if counts[v[0]] == top)  # ties: the latest report
        record[name] = best[0]
        if name in _BOUNDED:
            lows = [v[1] if v[1] is not None else v[0] for v, _ in given]
            highs = [v[2] for v, _ in given]
            record[f"{name}_low"] = min(lows)
            record[f"{name}_high"] = None if any(h is None for h in highs) and best[2] is None else max(
                h if h is not None else v[0] for (v, _), h in zip(given, highs, strict=True))
        if len(counts) > 1:
            notes.append(f"{name}: reports differ ({', '.join(f'{v:,.0f}' for v in counts)})")
    found: dict[tuple[str, str], tuple[float, list[str]]] = {}
    for report in cluster:
        for key, (value, keys) in report.models.items():
            if key not in found or value > found[key][0]:
                found[key] = (value, keys)
    rows = [{"attack_id": attack_id, "weapon": weapon, "model": model, "event": event, "value": value,
             "fact_ids": join(keys)} for (model, event), (value, keys) in found.items()]
    event = "launched" if any(e == "launched" for _, e in found) else "destroyed"
    listed = [f"{m}: {v:,.0f}" for (m, e), (v, _) in found.items() if e == event]
    record["models"] = ("; ".join(listed) + ("" if event == "launched" else " (destroyed)")) if listed else None
    record["notes"] = join(notes)
    return record, rows
