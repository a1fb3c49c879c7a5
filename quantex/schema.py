"""The schema: every table's columns and every controlled value, in one place.

Each table is a literal mapping of column name -> :class:`Column` (pandas dtype, description, unit), in
the column order of the frames quantex returns. The frame builders (:mod:`quantex.frame`), the data
dictionary and the ``datapackage.json`` writer (:mod:`quantex.write.datapackage`) and the tests all read
these tables; nothing else restates a column, a category, an event or a period.

>>> FACT_COLUMNS["value_usd"].unit
'US dollars (nominal, at the publication date)'
>>> sorted(DOMAIN_CATEGORIES)
['casualties', 'drones', 'equipment', 'missiles', 'personnel']
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "AID_ANNOUNCEMENT_COLUMNS", "AID_COLUMNS", "AIR_WAR_COLUMNS", "ATTACK_COLUMNS", "ATTACK_MODEL_COLUMNS", "BOOL",
    "BOUND_COLUMNS", "CATEGORIES", "CLAIM_COLUMNS", "CORPUS_COLUMNS", "CUMULATIVE", "DATE", "DOCUMENT_COLUMNS",
    "DOMAIN_CATEGORIES", "ENUMS", "ERROR_COLUMNS", "EVENTS", "FACT_COLUMNS", "FLOAT", "INCIDENT_COLUMNS", "INT",
    "LINK_COLUMNS", "NON_QUANTITY_CATEGORIES", "PERIODS", "PERIODS_PER_YEAR", "PHYSICAL_CATEGORIES",
    "QUANTITY_CATEGORIES", "RECORD_COLUMNS", "STRING", "TROOP_COLUMNS", "TROOP_ESTIMATE_COLUMNS", "Column",
]

STRING = "string"
FLOAT = "float64"
INT = "int64"
BOOL = "bool"
DATE = "datetime64[ns]"
_S, _F, _I, _D = STRING, FLOAT, INT, DATE


class Column(NamedTuple):
    """One column of a table: its pandas dtype, what it holds, and the unit of its numbers (None: none)."""

    dtype: str
    description: str
    unit: str | None = None


# --- controlled values ------------------------------------------------------------------------------

#: What is counted: the domain categories, named by the counted thing itself.
DOMAIN_CATEGORIES: frozenset[str] = frozenset({"personnel", "drones", "missiles", "casualties", "equipment"})

#: Physical quantities, each a pint dimension (the unit table's categories).
PHYSICAL_CATEGORIES: frozenset[str] = frozenset({
    "distance", "mass", "volume", "speed", "area", "duration", "energy", "power", "temperature", "information",
})

#: Categories that are quantities; anything else is reported only for transparency and never under one of these.
QUANTITY_CATEGORIES: frozenset[str] = frozenset({"money", "percent", "count"}) | PHYSICAL_CATEGORIES | DOMAIN_CATEGORIES

#: Categories of numbers that are not quantities: dates and years ("the 2025 budget", "01-06-2025"), clock
#: times, ages ("a 3-month-old baby"), ordinals, weapon and unit designations ("F-16", "Leopard 2", "Mirage
#: 2000"), calibres ("155mm" as a name), an article's exchange rate, labels ("day 1,411", "Budget 2024"),
#: compound modifiers ("a four-story building", "a five-point plan") and identifiers (gallery counters
#: "2/8"). See quantex.facts.roles.
NON_QUANTITY_CATEGORIES: frozenset[str] = frozenset({
    "date", "time", "age", "ordinal", "designation", "calibre", "exchange_rate", "label", "modifier",
    "identifier",
})

#: Every category a fact can have.
CATEGORIES: frozenset[str] = QUANTITY_CATEGORIES | NON_QUANTITY_CATEGORIES

#: The controlled vocabulary of events: what happened to the counted thing (quantex conventions).
EVENTS: tuple[str, ...] = (
    "launched", "destroyed", "lost", "hit", "killed", "injured", "killed or injured", "captured",
    "surrendered", "released", "deployed", "mobilised", "pledged", "announced", "approved",
    "delivered", "loaned", "spent", "frozen",
)

#: The period of a running total ("55,716 drones since the start of the war", "$65 billion to date").
CUMULATIVE = "cumulative"

#: Multiplier that turns an amount per ``period`` into an amount per year (a year of 365.25 days).
PERIODS_PER_YEAR: dict[str, float] = {"year": 1.0, "month": 12.0, "week": 365.25 / 7, "day": 365.25}

#: The periods of the facts' ``period`` column: rates per year, month, week or day, and running totals.
PERIODS: frozenset[str] = frozenset({*PERIODS_PER_YEAR, CUMULATIVE})

#: Controlled vocabularies of the facts schema; a written data package lists them as enumerations.
ENUMS: dict[str, frozenset[str]] = {"category": CATEGORIES, "period": PERIODS}

#: Columns that mark a row as restating another one; such rows are never summed.
LINK_COLUMNS: tuple[str, ...] = ("duplicate_of", "part_of", "equivalent_of")


# --- the facts table ---------------------------------------------------------------------------------

_IN_UNIT = "the unit or currency in the `unit`/`currency` column"

#: The facts table; the order is the column order of every facts frame.
FACT_COLUMNS: dict[str, Column] = {
    "fact_id": Column(STRING, "Identifier of the fact, stable within its document (q<start>-<end>)."),
    "start": Column(INT, "Start offset of the span in the document text (0-based, inclusive).", "characters"),
    "end": Column(INT, "End offset of the span (exclusive): text[start:end] == span.", "characters"),
    "span": Column(STRING, "The exact text of the claim."),
    "sentence": Column(STRING, "The sentence the claim was found in (at most 1,000 characters around it; invisible "
                         "format characters such as zero-width spaces and soft hyphens left out)."),
    "category": Column(STRING, "What is quantified: money, percent, distance, mass, ..., count, personnel, "
                         "drones, missiles, casualties, equipment; or a non-quantity such as date."),
    "value": Column(FLOAT, "Best estimate of the number (in `unit` or `currency`); NaN when only bounds are known.",
                    _IN_UNIT),
    "low": Column(FLOAT, "Lower bound; NaN when unbounded below.", _IN_UNIT),
    "high": Column(FLOAT, "Upper bound; NaN when unbounded above.", _IN_UNIT),
    "qualifier": Column(STRING, "Normalized hedge: about, at least, more than, up to, nearly, fewer than, ..."),
    "approximate": Column(BOOL, "True when the text gives the number as an approximation or vague quantity."),
    "unit": Column(STRING, "pint unit name for physical quantities; the counted noun's lemma for counts."),
    "currency": Column(STRING, "ISO 4217 code for money."),
    "period": Column(STRING, "year, month, week or day for rates such as '£3 billion a year'; cumulative for running "
                       "totals ('55,716 drones since the start of the war', '$65 billion to date')."),
    "base_value": Column(FLOAT, "Physical quantities: `value` converted by pint to the base unit of the category "
                                "(`base_unit`); NaN for other categories.", "the unit in `base_unit`"),
    "base_low": Column(FLOAT, "`low` in `base_unit`.", "the unit in `base_unit`"),
    "base_high": Column(FLOAT, "`high` in `base_unit`.", "the unit in `base_unit`"),
    "base_unit": Column(STRING, "The base unit of a physical category (pint name): kilometer (distance), "
                                "metric_ton (mass), kilometer ** 2 (area), kilometer / hour (speed), day "
                                "(duration), megawatt (power), liter (volume), degree_Celsius (temperature), "
                                "megawatt_hour (energy), gigabyte (information)."),
    "value_usd": Column(FLOAT, "Money converted to US dollars at the publication date.",
                        "US dollars (nominal, at the publication date)"),
    "fx_rate": Column(FLOAT, "US dollars per one unit of `currency` used for value_usd.",
                     "US dollars per one unit of `currency`"),
    "fx_date": Column(DATE, "The day whose published rate was used."),
    "fx_source": Column(STRING, "Where fx_rate came from: ECB, NBU, CBR, NBP-cross (approximate), article, ..."),
    "value_eur": Column(FLOAT, "Money in euros: the amount itself for EUR, else value_usd divided by usd_per_eur.",
                        "euros (nominal, at the publication date)"),
    "usd_per_eur": Column(FLOAT, "US dollars per euro used for value_eur: the ECB reference rate of the "
                                 "publication day (the last on or before it, at most 14 days older).",
                          "US dollars per euro"),
    "event": Column(STRING, "What happened to the counted thing: launched, destroyed, killed, pledged, ..."),
    "actor": Column(STRING, "Canonical name of the side the thing belongs to, or the donor of money."),
    "location": Column(STRING, "Canonical place name the claim refers to."),
    "claimant": Column(STRING, "Who makes the claim, canonical where possible."),
    "equivalent_of": Column(STRING, "fact_id of the fact this one restates: an amount in another currency, or a "
                                    "quantity in another unit ('6 km (3.7 miles)')."),
    "part_of": Column(STRING, "fact_id of the total this fact is a breakdown of."),
    "rule": Column(STRING, "Name of the pattern that produced the row."),
}



# --- documents, errors and the corpus ---------------------------------------------------------------

#: The documents table (:func:`quantex.read_corpus`).
DOCUMENT_COLUMNS: dict[str, Column] = {
    "doc_id": Column("string", "Identifier of the document, unique in the corpus (file, file:line or file#entry)."),
    "text": Column("string", "The document text the facts' offsets refer to."),
    "published": Column("datetime64[ns]", "Publication time as written by the publisher (local wall-clock "
                                    "time, no time zone); midnight when only the day is known."),
    "url": Column("string", "Address of the document, when known."),
    "title": Column("string", "Title of the document, or headline of the live-blog entry."),
    "source_path": Column("string", "The file the document was read from."),
    "entry": Column("Int64", "Number of the live-blog entry within its file (0 = text before the first entry)."),
    "source": Column("string", "Who issued the document, as its header or source column says (a `source:` line); a "
                               "claimant it names claims the facts whose text names none."),
}

#: The errors table: documents that could not be used (:func:`quantex.read.sources.corpus_errors`).
ERROR_COLUMNS: dict[str, Column] = {
    "document": Column("string", "The document (doc_id, file, file:line or file#entry) that could not be used."),
    "problem": Column("string", "What is wrong with it."),
}

#: The document columns placed before the fact columns in a corpus's facts frame.
CORPUS_COLUMNS: dict[str, Column] = {name: DOCUMENT_COLUMNS[name] for name in ("doc_id", "published", "url", "title")}

#: The columns :mod:`quantex.corpus.consolidate` adds: which mentions state the same claim.
CLAIM_COLUMNS: dict[str, Column] = {
    "duplicate_of": Column("string", "Key (doc_id/fact_id) of the first mention when this fact repeats an "
                               "earlier claim within the time window; empty for first mentions."),
    "claim_id": Column("string", "Key (doc_id/fact_id) of the claim's first mention."),
    "n_mentions": Column("int64", "How many facts state this claim (the first mention and its duplicates)."),
    "first_published": Column("datetime64[ns]", "Publication time of the first mention."),
    "last_published": Column("datetime64[ns]", "Publication time of the last mention."),
    "sources": Column("string", "Ids of the documents that state the claim, in order of publication, "
                          "joined by '; '."),
    "urls": Column("string", "Addresses of those documents, in the same order, joined by a space."),
}


# --- summaries -------------------------------------------------------------------------------------------

_PEOPLE = "people (casualties)"

#: Sums of bounds and their fallback counts, shared by the summed tables (aid keeps only the counts).
BOUND_COLUMNS: dict[str, Column] = {
    "n_claims": Column(_I, "Claims summed (each claim once).", "claims"),
    "low": Column(_F, "Sum of the claims' lower bounds (a missing bound counts as the best estimate).", _PEOPLE),
    "best": Column(_F, "Sum of the claims' best estimates.", _PEOPLE),
    "high": Column(_F, "Sum of the claims' upper bounds (a missing bound counts as the best estimate).", _PEOPLE),
    "n_low_imputed": Column(_I, "Claims whose missing lower bound was taken as their best estimate.", "claims"),
    "n_high_imputed": Column(_I, "Claims whose missing upper bound was taken as their best estimate.", "claims"),
    "n_best_imputed": Column(_I, "Claims without a value whose best estimate came from their bounds.", "claims"),
    "first_published": Column(_D, "Publication time of the earliest claim summed."),
    "last_published": Column(_D, "Publication time of the latest claim summed."),
}

#: The table :func:`quantex.analyse.summaries.aid` returns.
AID_COLUMNS: dict[str, Column] = {
    "actor": Column(_S, "Donor (the actor of the money claim)."),
    "recipient": Column(_S, "Recipient when the facts carry a recipient column; otherwise <NA>."),
    "event": Column(_S, "pledged, announced, approved, delivered, loaned, spent, frozen, ... or <NA>."),
    "basis": Column(_S, "'total' for one-off amounts; 'per year' for rates annualized from their period; "
                  "'cumulative' for running totals ('$65 billion since February 2022'), never added to the others."),
    **{name: spec for name, spec in BOUND_COLUMNS.items() if name not in ("low", "best", "high")},
    "usd_low": Column(_F, "Sum of lower bounds in nominal US dollars (at each publication date's rate).",
                      "US dollars (nominal)"),
    "usd_best": Column(_F, "Sum of best estimates in nominal US dollars.", "US dollars (nominal)"),
    "usd_high": Column(_F, "Sum of upper bounds in nominal US dollars.", "US dollars (nominal)"),
    "eur_low": Column(_F, "Sum of lower bounds in euros (ECB rate of each publication day); NaN when any claim "
                  "has no euro rate.", "euros (nominal)"),
    "eur_best": Column(_F, "Sum of best estimates in euros.", "euros (nominal)"),
    "eur_high": Column(_F, "Sum of upper bounds in euros.", "euros (nominal)"),
    "constant_low": Column(_F, "usd_low in constant dollars of base_month (US CPI-U); NaN when any claim "
                         "cannot be deflated or constant=False.", "US dollars of base_month"),
    "constant_best": Column(_F, "usd_best in constant dollars of base_month.", "US dollars of base_month"),
    "constant_high": Column(_F, "usd_high in constant dollars of base_month.", "US dollars of base_month"),
    "base_month": Column(_S, "The month (YYYY-MM) whose dollars the constant columns are in."),
    "n_unconverted": Column(_I, "Money claims left out because they have no exchange rate to US dollars.",
                            "claims"),
}

#: The table :func:`quantex.analyse.summaries.air_war` returns.
AIR_WAR_COLUMNS: dict[str, Column] = {
    "period": Column(_D, "Start of the period (publication time floored to ``freq``)."),
    "category": Column(_S, "drones or missiles."),
    "actor": Column(_S, "The side the drones or missiles belong to (the side that launched them)."),
    "claimant": Column(_S, "Who makes the claims."),
    **{f"{event}_{part}": Column(_I if part == "n" else _F, f"{event.capitalize()}: {text}",
                                  "claims" if part == "n" else "drones or missiles")
       for event in ("launched", "destroyed")
       for part, text in (("n", "claims summed."), ("low", "sum of lower bounds."),
                          ("best", "sum of best estimates."), ("high", "sum of upper bounds."))},
    "interception_rate": Column(_F, "destroyed_best / launched_best; NaN without a positive launched_best.",
                                "fraction (0 to 1)"),
    "n_imputed": Column(_I, "Claims with an imputed bound or best estimate (see the module docstring).", "claims"),
}

#: The table :func:`quantex.analyse.summaries.troops` returns.
TROOP_COLUMNS: dict[str, Column] = {
    "actor": Column(_S, "The side the personnel belong to."),
    "event": Column(_S, "deployed, mobilised, ... or <NA>."),
    "location": Column(_S, "Where, when stated."),
    "n_claims": Column(_I, "Distinct claims.", "claims"),
    "latest": Column(_F, "Best estimate of the most recent claim.", "people"),
    "latest_claimant": Column(_S, "Who made the most recent claim."),
    "latest_published": Column(_D, "When the most recent claim was published."),
    "low": Column(_F, "Smallest figure claimed (lower bounds, else best estimates).", "people"),
    "high": Column(_F, "Largest figure claimed (upper bounds, else best estimates).", "people"),
    "first_published": Column(_D, "When the earliest claim was published."),
}

# --- record tables (quantex.trackers): one row per event ------------------------------------------------

_B = BOOL
_WEAPONS = "drones or missiles (the row's weapon)"

#: The attacks table (:func:`quantex.trackers.attacks.attacks`): one row per attack and weapon class.
ATTACK_COLUMNS: dict[str, Column] = {
    "attack_id": Column(_S, "The attack: '<last day of the window>/<attacker>/<claimant>'; both weapon rows of one "
                      "attack share it."),
    "link_key": Column(_S, "'<last day>/<attacker>': shared by the records of opposing claimants about the "
                           "same night."),
    "weapon": Column(_S, "drones or missiles; never both."),
    "start": Column(_D, "Start of the attack window: as stated, else 18:00 the day before publication."),
    "end": Column(_D, "End of the window: as stated ('as of 09:00'), else 09:00 on the publication day."),
    "window_stated": Column(_B, "True when the report states the window; False for the default night before "
                                "publication."),
    "attacker": Column(_S, "The side that launched the weapons."),
    "claimant": Column(_S, "Who gives the figures (Ukrainian Air Force, Russian Ministry of Defence, ...)."),
    "launched": Column(_F, "Weapons launched (best figure).", _WEAPONS),
    "launched_low": Column(_F, "Smallest launched figure when reports conflict or a bound is stated.", _WEAPONS),
    "launched_high": Column(_F, "Largest launched figure; NaN when unbounded above ('more than 100').", _WEAPONS),
    "destroyed": Column(_F, "Shot down, intercepted or neutralised.", _WEAPONS),
    "destroyed_low": Column(_F, "Smallest destroyed figure when reports conflict or a bound is stated.", _WEAPONS),
    "destroyed_high": Column(_F, "Largest destroyed figure; NaN when unbounded above.", _WEAPONS),
    "lost_locally": Column(_F, "Lost locally, location lost or suppressed by electronic warfare (not destroyed).",
                           _WEAPONS),
    "hit": Column(_F, "Weapons that hit, where stated.", _WEAPONS),
    "models": Column(_S, "Launched (else destroyed) by model: 'Shahed-136/131: 188; Iskander-M/KN-23: 4'."),
    "launch_places": Column(_S, "Where the weapons were launched from, as stated, joined by '; '."),
    "n_reports": Column(_I, "Documents reporting the attack.", "documents"),
    "first_published": Column(_D, "Publication time of the first report."),
    "last_published": Column(_D, "Publication time of the last report."),
    "documents": Column(_S, "Ids of the reporting documents, joined by '; '."),
    "fact_ids": Column(_S, "Keys (<doc_id>/<fact_id>) of the facts behind the figures, joined by '; '."),
    "notes": Column(_S, "What a reader should check: conflicting reports, parts exceeding their total, summed models."),
}


#: The attacks by model (:func:`quantex.trackers.attacks.attack_models`).
ATTACK_MODEL_COLUMNS: dict[str, Column] = {
    "attack_id": Column(_S, "The attack (see the attacks table)."),
    "weapon": Column(_S, "drones or missiles."),
    "model": Column(_S, "Canonical model (quantex.vocab.weapons)."),
    "event": Column(_S, "launched, destroyed, lost or hit."),
    "value": Column(_F, "How many of the model, for this event.", "drones or missiles"),
    "fact_ids": Column(_S, "Keys of the facts stating it."),
}


#: Aid announcements (:func:`quantex.trackers.aid.aid_announcements`): one row per announcement.
AID_ANNOUNCEMENT_COLUMNS: dict[str, Column] = {
    "aid_id": Column(_S, "The announcement: key (<doc_id>/<fact_id>) of its first mention."),
    "kind": Column(_S, "aid (donor aid), frozen_assets, recipient_budget or other (costs, damage, profits)."),
    "donor": Column(_S, "Who gives (aid only; never the owner of frozen assets)."),
    "recipient": Column(_S, "Who receives, when the sentence names Ukraine."),
    "date": Column(_D, "Announcement date: publication day of the first report."),
    "event": Column(_S, "pledged, announced, approved, loaned, delivered, spent, frozen, ... as the text says."),
    "measure": Column(_S, "commitment (pledged, announced, approved, loaned, to be spent) or allocation (delivered, "
                          "disbursed, transferred), as the Kiel tracker's measure."),
    "aid_type": Column(_S, "military, financial or humanitarian where the sentence says; else <NA>."),
    "value": Column(_F, "Amount in `currency` (best estimate; NaN when only bounds are known).", "`currency`"),
    "low": Column(_F, "Lower bound in `currency`.", "`currency`"),
    "high": Column(_F, "Upper bound in `currency` ('up to €18.1 billion').", "`currency`"),
    "currency": Column(_S, "ISO 4217 code the announcement states."),
    "value_usd": Column(_F, "In US dollars at the publication day's rate.",
                        "US dollars (nominal, at the publication date)"),
    "value_eur": Column(_F, "In euros at the ECB rate of the publication day (the Kiel tracker's unit).",
                        "euros (nominal, ECB rate of the publication date)"),
    "value_usd_constant": Column(_F, "value_usd in constant US dollars of base_month (US CPI-U).",
                                 "US dollars of base_month"),
    "base_month": Column(_S, "Month (YYYY-MM) of the constant dollars."),
    "basis": Column(_S, "one-off, per year (or per month, per day) or cumulative (a running total, never added)."),
    "alt_value": Column(_F, "The restatement in another currency ('$50 billion (£39.3 billion)').",
                        "`alt_currency`"),
    "alt_currency": Column(_S, "Currency of alt_value."),
    "parts": Column(_S, "Breakdowns folded in: 'span (event)', joined by '; '."),
    "package_value": Column(_F, "The larger bill this announcement is the Ukraine part of, in `currency`.",
                            "`currency`"),
    "part_of": Column(_S, "aid_id of the group total this share belongs to (a G7 member's share)."),
    "n_sources": Column(_I, "Documents reporting the announcement.", "documents"),
    "last_published": Column(_D, "Publication time of the last report."),
    "documents": Column(_S, "Ids of the reporting documents, joined by '; '."),
    "fact_ids": Column(_S, "Keys of the facts behind the record, joined by '; '."),
    "sentence": Column(_S, "The sentence of the first mention."),
}


#: Casualty incidents (:func:`quantex.trackers.incidents.incidents`): one row per incident.
INCIDENT_COLUMNS: dict[str, Column] = {
    "incident_id": Column(_S, "Key (<doc_id>/<fact_id>) of the incident's first casualty figure."),
    "date": Column(_D, "Publication day of the first report."),
    "place": Column(_S, "Where, as the facts name it."),
    "victims": Column(_S, "civilians, or military (a side's soldiers: claimed losses)."),
    "side": Column(_S, "The victims' side when stated."),
    **{f"{event}_{part}": Column(_F, f"{event.replace('_', ' ').capitalize()}: {text}", "people")
       for event in ("killed", "injured", "killed_or_injured")
       for part, text in (("low", "smallest figure reported (lower bounds count)."),
                          ("best", "the highest toll reported (an update replaces, never adds)."),
                          ("high", "largest figure reported; NaN when unbounded above."))},
    "children_killed": Column(_F, "Children among the killed (a subset).", "people"),
    "children_injured": Column(_F, "Children among the injured (a subset).", "people"),
    "claimant": Column(_S, "Who gives the latest figures."),
    "n_reports": Column(_I, "Documents reporting the incident.", "documents"),
    "last_published": Column(_D, "Publication time of the latest report."),
    "documents": Column(_S, "Ids of the reporting documents, joined by '; '."),
    "fact_ids": Column(_S, "Keys of the facts behind the figures, joined by '; '."),
}


#: Troop estimates (:func:`quantex.trackers.troops.troop_estimates`): one row per estimate.
TROOP_ESTIMATE_COLUMNS: dict[str, Column] = {
    "series": Column(_S, "'<side>/<place>': the quantity the estimates are of."),
    "side": Column(_S, "Whose troops."),
    "place": Column(_S, "Where, when stated."),
    "event": Column(_S, "deployed, mobilised, or <NA> for a level without a verb."),
    "date": Column(_D, "Publication day of the estimate's first report."),
    "value": Column(_F, "The estimate (best).", "troops"),
    "low": Column(_F, "Lower bound.", "troops"),
    "high": Column(_F, "Upper bound.", "troops"),
    "claimant": Column(_S, "Who makes the estimate."),
    "n_sources": Column(_I, "Documents repeating this estimate.", "documents"),
    "documents": Column(_S, "Ids of the documents, joined by '; '."),
    "fact_ids": Column(_S, "Keys of the facts, joined by '; '."),
    "sentence": Column(_S, "The sentence of the first report."),
}

#: Every record table by its file stem, in the order they are written.
RECORD_COLUMNS: dict[str, dict[str, Column]] = {
    "attacks": ATTACK_COLUMNS, "attack_models": ATTACK_MODEL_COLUMNS, "aid_announcements": AID_ANNOUNCEMENT_COLUMNS,
    "incidents": INCIDENT_COLUMNS, "troop_estimates": TROOP_ESTIMATE_COLUMNS,
}
