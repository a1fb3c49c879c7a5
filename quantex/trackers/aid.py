"""Aid announcement records: one row per announcement, as the Kiel Ukraine Support Tracker keeps them.

- **Kinds.** Only ``kind == "aid"`` has a donor. Frozen, seized or immobilised assets (and any sum whose
  actor is Russia) are ``frozen_assets``; Ukraine's own budget and spending are ``recipient_budget``;
  costs, damage, needs and windfall profits are ``other``.
- **One announcement, one row.** A restatement (``equivalent_of``: "$50 billion (£39.3 billion)") folds
  into ``alt_value``; a breakdown (``part_of``) folds into ``parts``, except that the part for Ukraine
  of a larger bill ("a $95 billion package that includes nearly $61 billion for Ukraine") is the record
  and the bill its ``package_value``. A group member's share stated beside the group total ("the United
  States will provide $20 billion" of the G7's $50 billion) keeps its row with ``part_of`` naming the
  group's record.
- **Reported again.** The same donor, currency and value (within 1%), with a compatible event
  (commitments: pledged, announced, approved, loaned, spent; allocations: delivered), published within
  ``window`` of the first report, is the same announcement, unless the later mention says it is new
  ("another", "additional", "new", "further", an ordinal package). Its sources are listed together.
- **Money.** ``value_usd`` at the publication day's rate (from the facts), ``value_eur`` at the ECB rate
  of the same day (:func:`quantex.money.convert.to_eur`), constant dollars of ``base_month`` (US CPI-U).
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import regex

from quantex.money.convert import to_eur
from quantex.schema import AID_ANNOUNCEMENT_COLUMNS
from quantex.trackers.table import fact_columns, fact_key, join, locate, records_frame, require
from quantex.vocab.aid import (
    AID_NOUNS,
    AID_TYPES,
    ALLOCATION_VERBS,
    ASSET_WORDS,
    GROUP_MEMBERS,
    NEW_MARKERS,
    NON_AID_HEADS,
    RECIPIENT,
)

__all__ = ["AID_ANNOUNCEMENT_COLUMNS", "aid_announcements"]


_COMMITMENT = frozenset({"pledged", "announced", "approved", "loaned", "spent"})
_ALLOCATION = frozenset({"delivered"})
_PERIODS = {"year": "per year", "month": "per month", "week": "per week", "day": "per day", "cumulative": "cumulative"}


def _words(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_ASSETS = regex.compile(rf"\b(?:{_words(ASSET_WORDS)})\b", regex.IGNORECASE)
_ALLOCATED = regex.compile(rf"\b(?:{_words(ALLOCATION_VERBS)})\b[^.;,]*$", regex.IGNORECASE)
_AID_NOUN = regex.compile(rf"\b(?:{_words(AID_NOUNS)})\b", regex.IGNORECASE)
_OF_ASSETS = regex.compile(r"\s*(?:\w+\s+){0,1}(?:of|in)\s+(?:\S+\s+){0,4}?(?:assets|reserves)\b", regex.IGNORECASE)
_OF_NON_AID = regex.compile(rf"\s*(?:of|in)\s+(?:\S+\s+){{0,2}}?(?:{_words(NON_AID_HEADS)})\b", regex.IGNORECASE)
_NON_AID = regex.compile(rf"\b(?:{_words(NON_AID_HEADS)})\b", regex.IGNORECASE)
_NEW = regex.compile(rf"\b(?:{_words(NEW_MARKERS)})\b|\b\d+(?:st|nd|rd|th)\b", regex.IGNORECASE)
_FOR_UKRAINE = regex.compile(r"^\s*(?:\w+\s+){0,3}?(?:for|to)\s+(?:ukraine|kyiv)\b", regex.IGNORECASE)
_UKRAINE = regex.compile(r"\b(?:ukraine|ukraine's|kyiv|ukrainian)\b", regex.IGNORECASE)
_TYPES = {kind: regex.compile(rf"\b(?:{_words(words)})\b", regex.IGNORECASE) for kind, words in AID_TYPES.items()}


@dataclass
class _Money:
    key: str
    doc: str
    published: datetime.datetime | None
    url: str | None
    span: str
    sentence: str
    at: int
    value: float
    low: float | None
    high: float | None
    currency: str | None
    usd: float
    period: str | None
    event: str | None
    actor: str | None
    part_of: str | None
    equivalent_of: str | None
    stated: float | None = None  # the fact's own value (None when only bounds are stated)
    kind: str = "other"
    alt: list[_Money] = field(default_factory=list)
    parts: list[_Money] = field(default_factory=list)
    package: _Money | None = None
    sources: list[_Money] = field(default_factory=list)
    group_of: str | None = None


def aid_announcements(facts: pd.DataFrame, *, window: str | pd.Timedelta = "180D",
                      base: str | None = None) -> pd.DataFrame:
    """One row per money announcement, columns :data:`AID_ANNOUNCEMENT_COLUMNS`.

    Args:
        facts: Facts with document columns, as from ``extract_corpus`` (a frame from ``extract`` is one document).
        window: How long after its first report the same announcement is still the same (default 180 days).
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest CPI month.

    >>> import quantex
    >>> facts = quantex.extract("Britain will lend £2.26 billion ($2.9 billion) to Ukraine.", published="2024-10-22")
    >>> row = aid_announcements(facts).iloc[0]
    >>> row.donor, float(row.value), row.currency, float(row.alt_value), row.kind
    ('United Kingdom', 2260000000.0, 'GBP', 2900000000.0, 'aid')

    """
    money = _money(require(facts, "aid_announcements"))
    records = _fold(money)
    records = _dedupe(records, pd.Timedelta(window))
    kept = {s.key: r.key for r in records for s in r.sources}
    for r in records:
        r.group_of = kept.get(r.group_of, r.group_of) if r.group_of else None
    rows = [_row(r) for r in records]
    _convert(rows, base)
    return records_frame(rows, AID_ANNOUNCEMENT_COLUMNS)


def _money(facts: pd.DataFrame) -> list[_Money]:
    docs, cols = fact_columns(facts, ("money",), (
        "fact_id", "category", "value", "low", "high", "currency", "value_usd", "period", "event", "actor",
        "part_of", "equivalent_of", "sentence", "span", "published", "url", "fx_rate"))
    n = len(docs)
    out = []
    for i in range(n):
        if cols["category"][i] != "money":
            continue
        value = next((v for v in (cols["value"][i], cols["high"][i], cols["low"][i]) if v is not None), None)
        if value is None:
            continue
        doc = str(docs[i])
        sentence, span = cols["sentence"][i] or "", cols["span"][i] or ""
        published = pd.Timestamp(cols["published"][i]).to_pydatetime() if cols["published"][i] is not None else None
        usd = cols["value_usd"][i]
        if usd is None and cols["fx_rate"][i] is not None:  # a frame without value_usd: its rate is enough
            usd = float(value) * float(cols["fx_rate"][i])
        out.append(_Money(
            fact_key(doc, cols["fact_id"][i]), doc, published, cols["url"][i], span, sentence, locate(sentence, span),
            float(value), cols["low"][i], cols["high"][i], cols["currency"][i],
            float(usd) if usd is not None else math.nan, cols["period"][i], cols["event"][i], cols["actor"][i],
            fact_key(doc, cols["part_of"][i]) if cols["part_of"][i] else None,
            fact_key(doc, cols["equivalent_of"][i]) if cols["equivalent_of"][i] else None, cols["value"][i]))
    return out


def _fold(money: list[_Money]) -> list[_Money]:
    """Restatements and breakdowns into their announcement; the part for Ukraine of a larger bill leads."""
    by_key = {m.key: m for m in money}
    records: list[_Money] = []
    for m in money:
        if m.equivalent_of in by_key:
            by_key[m.equivalent_of].alt.append(m)
        elif m.part_of in by_key:
            parent = by_key[m.part_of]
            after = m.sentence[m.at + len(m.span):] if m.at >= 0 else ""
            if _FOR_UKRAINE.search(after) and parent in records and parent.package is None:
                records[records.index(parent)] = m  # "$95 billion ... nearly $61 billion for Ukraine"
                m.package, m.event, m.actor = parent, m.event or parent.event, m.actor or parent.actor
                m.part_of = None
            else:
                parent.parts.append(m)
        else:
            records.append(m)
    groups: dict[str, list[_Money]] = {}
    for m in records:
        m.sources, m.kind = [m], _kind(m)
        if m.actor in GROUP_MEMBERS and m.kind == "aid":
            groups.setdefault(m.doc, []).append(m)
    for r in records:  # a member's share stated beside its group's total
        r.group_of = next((g.key for g in groups.get(r.doc, []) if g is not r and r.kind == "aid"
                           and r.actor in GROUP_MEMBERS[g.actor or ""] and g.usd > r.usd), None)
    return records


def _kind(m: _Money) -> str:
    """aid, frozen_assets, recipient_budget or other (module docstring)."""
    after = m.sentence[m.at + len(m.span): m.at + len(m.span) + 60] if m.at >= 0 else ""
    before = m.sentence[max(0, m.at - 60): m.at] if m.at >= 0 else m.sentence
    if m.event == "frozen" or _OF_ASSETS.match(after):
        return "frozen_assets"
    if m.actor == "Russia":
        return "frozen_assets" if _ASSETS.search(m.sentence) else "other"
    if m.actor == RECIPIENT:
        return "recipient_budget"
    if _NON_AID.search(before) or _NON_AID.match(after, 0) or _OF_NON_AID.match(after):
        return "other"
    if m.actor is not None or m.event in _COMMITMENT | _ALLOCATION or _AID_NOUN.search(before[-40:] + after[:30]):
        return "aid"
    return "other"


def _dedupe(records: list[_Money], window: pd.Timedelta) -> list[_Money]:
    """Later reports of the same announcement join the first (module docstring)."""
    order = sorted(records, key=lambda m: (m.published or datetime.datetime.min, m.doc, m.at))
    kept: list[_Money] = []
    # first reports by donor, currency, period and value bucket: a repeat is within 1%, so in one of three buckets
    firsts: dict[tuple[str | None, str | None, str | None, int], list[_Money]] = {}
    for m in order:
        bucket = _bucket(m.value)
        first = next((k for b in (bucket - 1, bucket, bucket + 1)
                      for k in firsts.get((m.actor, m.currency, m.period, b), []) if _same(k, m, window)), None)
        if first is None:
            kept.append(m)
            firsts.setdefault((m.actor, m.currency, m.period, bucket), []).append(m)
        else:
            first.sources.append(m)
            first.event = first.event or m.event
    return kept


def _bucket(value: float) -> int:
    """Buckets 1% wide on a log scale: two values within 1% of each other are in neighbouring buckets."""
    return math.floor(math.log(value) / math.log(1.01)) if value > 0 else 0


def _same(first: _Money, later: _Money, window: pd.Timedelta) -> bool:
    if first.actor is None or first.actor != later.actor or first.currency != later.currency:
        return False
    if first.kind != later.kind or first.period != later.period or first.doc == later.doc:
        return False
    if not math.isclose(first.value, later.value, rel_tol=0.01):
        return False
    if first.published is None or later.published is None or later.published - first.published > window:
        return False
    families = [_COMMITMENT if e in _COMMITMENT else _ALLOCATION if e in _ALLOCATION else None
                for e in (first.event, later.event)]
    if None not in families and families[0] is not families[1]:
        return False
    before = later.sentence[max(0, later.at - 40): later.at] if later.at >= 0 else ""
    return not _NEW.search(before)


def _row(m: _Money) -> dict[str, Any]:
    kind = m.kind
    aid = kind == "aid"
    sources = m.sources or [m]
    alt = m.alt[0] if m.alt else None
    aid_type = next((t for t, pattern in _TYPES.items() if pattern.search(m.sentence)), None) if aid else None
    return {
        "aid_id": m.key, "kind": kind, "donor": m.actor if aid else None,
        "recipient": RECIPIENT if aid and _UKRAINE.search(m.sentence) else None,
        "date": m.published.date() if m.published else None, "event": m.event,
        "measure": _measure(m),
        "aid_type": aid_type, "value": m.stated if m.stated is not None else math.nan,
        "low": m.low, "high": m.high, "currency": m.currency, "value_usd": m.usd,
        "basis": _PERIODS.get(m.period or "", "one-off"),
        "alt_value": alt.value if alt else None, "alt_currency": alt.currency if alt else None,
        "parts": join(f"{p.span} ({p.event or 'event not stated'})" for p in m.parts),
        "package_value": m.package.value if m.package else None, "part_of": m.group_of,
        "n_sources": len({s.doc for s in sources}),
        "last_published": max((s.published for s in sources if s.published), default=None),
        "documents": join(s.doc for s in sources),
        "fact_ids": join([k for s in sources for k in (s.key, *(a.key for a in s.alt), *(p.key for p in s.parts))]),
        "sentence": m.sentence, "_published": m.published, "_best": m.value,
    }


def _measure(m: _Money) -> str | None:
    """Allocation when the money was delivered ("has disbursed ¥235 billion"), commitment when promised."""
    before = m.sentence[max(0, m.at - 50): m.at] if m.at >= 0 else ""
    if m.event in _ALLOCATION or _ALLOCATED.search(before):
        return "allocation"
    return "commitment" if m.event in _COMMITMENT else None


def _convert(rows: list[dict[str, Any]], base: str | None) -> None:
    """value_eur and constant dollars, for every row at once."""
    if not rows:
        return
    days = [r["date"] for r in rows]
    eur, _ = to_eur([r["_best"] for r in rows], [r["currency"] for r in rows], [r["value_usd"] for r in rows],
                    [math.nan] * len(rows), days)  # the facts' own conversion (money.convert), one ECB rate a day
    from quantex.money.inflation import deflate, latest_month

    month = base or latest_month()
    usd = pd.Series([r["value_usd"] for r in rows], dtype="float64")
    constant = deflate(usd, pd.Series([r["_published"] for r in rows], dtype=object), base=month, missing="previous")
    for r, e, c in zip(rows, eur, constant.tolist(), strict=True):
        r["value_eur"], r["value_usd_constant"], r["base_month"] = e, c, month
