"""Claims counted once: the same figure repeated across articles (or within one) is one claim.

News repeats a claim many times: a wire story, its rewrites, the live-blog entry and the follow-up
all say "12,000 North Korean troops". Counting each mention would multiply the figure. The rule of
:func:`mark_duplicates`:

- Two facts are the *same claim* when they agree on category, number (the value when both give
  one, otherwise both bounds), currency, unit, period, event and actor, and on their role: a
  headline figure (a total), a breakdown (``part_of`` set) or a restatement (``equivalent_of``
  set, for example a currency conversion). Missing values compare equal: two mentions without an
  actor agree on the actor. Location and claimant are not compared, because reports of the same
  claim often omit them.
- Mentions are taken in order of publication (then document id and offset). The first one is the
  claim; a later mention within ``window`` of that first mention is a duplicate of it; a mention
  after the window starts a new claim (the figure was repeated later, for example a monthly total),
  so windows do not chain.
- Never matched: non-quantities (dates, ordinals, ages, exchange rates), facts without any number,
  facts that do not say what they measure (no unit or currency, outside the domain categories
  personnel, drones, missiles, casualties and equipment: a bare "2" in two articles is not one
  claim), facts whose document has no publication date, and breakdowns or restatements against
  totals.
"""

from __future__ import annotations

import pandas as pd

from quantex.errors import InputTypeError
from quantex.schema import CLAIM_COLUMNS, DOMAIN_CATEGORIES, QUANTITY_CATEGORIES

__all__ = ["consolidate", "fact_keys", "mark_duplicates"]



#: Columns compared to decide whether two facts state the same claim (besides the number and role).
MATCHED_COLUMNS: tuple[str, ...] = ("category", "currency", "unit", "period", "event", "actor")
_REQUIRED = ("doc_id", "fact_id", "published", "category")


def fact_keys(facts: pd.DataFrame) -> pd.Series:
    """Return each fact's corpus-wide key ``<doc_id>/<fact_id>``.

    >>> fact_keys(pd.DataFrame({"doc_id": ["a.txt"], "fact_id": ["q0-5"]})).tolist()
    ['a.txt/q0-5']
    """
    keys: pd.Series = facts["doc_id"].astype("string").str.cat(facts["fact_id"].astype("string"), sep="/")
    return keys


def mark_duplicates(facts: pd.DataFrame, *, window: str | pd.Timedelta = "2D") -> pd.DataFrame:
    """Add a ``duplicate_of`` column naming the first mention of each repeated claim.

    Args:
        facts: Facts with document columns, as from :func:`quantex.corpus.run.extract_corpus`
            (``doc_id``, ``fact_id``, ``published``, ``category`` at least; absent matched
            columns count as missing values).
        window: How long after the first mention a repeat still counts as the same claim, as a
            pandas ``Timedelta`` or a string such as ``"2D"`` or ``"36h"``.

    Returns:
        A copy of ``facts`` with ``duplicate_of`` (string; ``<NA>`` for first mentions and facts
        that are never matched). The rule is in the module docstring.

    Raises:
        InputTypeError: A required column is missing.

    """
    missing = [name for name in _REQUIRED if name not in facts.columns]
    if missing:
        raise InputTypeError(f"mark_duplicates needs the columns {missing}")
    span = pd.Timedelta(window)
    out = facts.drop(columns=["duplicate_of"], errors="ignore").copy()
    duplicate_of = pd.Series(pd.NA, index=out.index, dtype="string")

    def column(name: str) -> pd.Series:
        found: pd.Series = out[name] if name in out.columns else pd.Series(
            pd.NA, index=out.index, dtype="object")
        return found

    value, low, high = (pd.to_numeric(column(n), errors="coerce").astype("float64")
                        for n in ("value", "low", "high"))
    part_of, equivalent_of = column("part_of"), column("equivalent_of")
    eligible = (
        out["category"].isin(QUANTITY_CATEGORIES).fillna(False).astype(bool)
        & out["published"].notna()
        & (value.notna() | low.notna() | high.notna())
        & (column("unit").notna() | column("currency").notna()
           | out["category"].isin(DOMAIN_CATEGORIES).fillna(False).astype(bool))
    )
    keys = pd.DataFrame({name: column(name).astype("string") for name in MATCHED_COLUMNS})
    # The number: the value when given, otherwise both bounds ("10-15" matches only "10-15").
    keys["_value"] = value
    keys["_low"] = low.where(value.isna())
    keys["_high"] = high.where(value.isna())
    keys["_role"] = "total"
    keys.loc[equivalent_of.notna(), "_role"] = "equivalent"
    keys.loc[part_of.notna(), "_role"] = "part"
    keys = keys[eligible]
    keys["_when"] = pd.to_datetime(out.loc[eligible, "published"])
    keys["_fact"] = fact_keys(out.loc[eligible])
    keys["_doc"], keys["_start"] = out.loc[eligible, "doc_id"], column("start")[eligible]
    keys = keys.sort_values(["_when", "_doc", "_start"], kind="stable")
    keys["_group"] = keys.groupby([*MATCHED_COLUMNS, "_value", "_low", "_high", "_role"],
                                  dropna=False, sort=False).ngroup()
    found: dict[object, str] = {}
    repeated = keys[keys["_group"].duplicated(keep=False)].sort_values("_group", kind="stable")
    # Sequential by nature (each first mention opens a window); plain lists keep the loop fast.
    last_group, first_when, first_key = -1, pd.Timestamp(0), ""
    for index, group, when, key in zip(repeated.index.tolist(), repeated["_group"].tolist(),
                                       repeated["_when"].tolist(), repeated["_fact"].tolist(), strict=True):
        if group == last_group and when - first_when <= span:
            found[index] = first_key
        else:
            last_group, first_when, first_key = group, when, key
    duplicate_of[list(found)] = list(found.values())
    out["duplicate_of"] = duplicate_of
    marked: pd.DataFrame = out
    return marked


def consolidate(facts: pd.DataFrame, *, window: str | pd.Timedelta = "2D") -> pd.DataFrame:
    """Collapse repeated mentions into one row per claim.

    Args:
        facts: Facts with document columns; ``duplicate_of`` is computed with
            :func:`mark_duplicates` (and ``window``) when the column is absent.
        window: Passed to :func:`mark_duplicates`.

    Returns:
        One row per first mention, in the order of ``facts``: ``claim_id``, ``n_mentions``,
        ``first_published``, ``last_published``, ``sources``, ``urls`` (see
        :data:`CLAIM_COLUMNS`), then the first mention's own columns (without ``duplicate_of``).
        Facts that are never matched (dates, breakdowns, ...) are kept as one-mention claims;
        filter on ``category`` to count only quantities.

    """
    marked = facts if "duplicate_of" in facts.columns else mark_duplicates(facts, window=window)
    own = fact_keys(marked)
    claim = marked["duplicate_of"].astype("string").fillna(own)
    urls = marked["url"] if "url" in marked.columns else pd.Series(pd.NA, index=marked.index)
    work = pd.DataFrame({"claim": claim, "published": pd.to_datetime(marked["published"]),
                         "doc_id": marked["doc_id"].astype("string"), "url": urls.astype("string")})
    work = work.sort_values("published", kind="stable", na_position="last")
    grouped = work.groupby("claim", sort=False)
    stats = pd.DataFrame({
        "n_mentions": grouped.size().astype("int64"),
        "first_published": grouped["published"].min(),
        "last_published": grouped["published"].max(),
        "sources": grouped["doc_id"].first(),
        "urls": grouped["url"].first(),
    })
    # One pass in plain Python: a pandas join per group is slow when there are many claims.
    several = work[work["claim"].duplicated(keep=False)]
    docs: dict[str, dict[str, None]] = {}
    links: dict[str, dict[str, None]] = {}
    for claim_id, doc_id, url in zip(several["claim"].tolist(), several["doc_id"].tolist(),
                                     several["url"].tolist(), strict=True):
        docs.setdefault(claim_id, {})[doc_id] = None
        if url is not pd.NA:
            links.setdefault(claim_id, {})[url] = None
    stats.loc[list(docs), "sources"] = ["; ".join(d) for d in docs.values()]
    stats.loc[list(links), "urls"] = [" ".join(u) for u in links.values()]
    firsts = marked[marked["duplicate_of"].isna()].drop(columns=["duplicate_of"])
    head = stats.loc[own[firsts.index]].reset_index(names="claim_id")
    head = head.astype({name: CLAIM_COLUMNS[name].dtype for name in head.columns})
    result: pd.DataFrame = pd.concat([head, firsts.reset_index(drop=True)], axis=1)
    return result
