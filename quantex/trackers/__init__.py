"""Record tables: facts in, one row per event out.

In: a facts frame with its document columns (:func:`~quantex.corpus.run.extract_corpus`, or one
document from :func:`quantex.extract`). Out: the tables trackers keep by hand, one row per event:
attacks (one row per attack and weapon class, as the community "Massive Missile Attacks on Ukraine"
dataset, :mod:`~quantex.trackers.attacks`), aid announcements (one row per announcement, as the Kiel
Ukraine Support Tracker, :mod:`~quantex.trackers.aid`), casualty incidents (killed and injured as
low/best/high, as UCDP and ACLED, :mod:`~quantex.trackers.incidents`) and troop estimates (a series per
side and place, never summed, :mod:`~quantex.trackers.troops`); all at once with
:func:`~quantex.trackers.build.record_tables`, columns in :data:`quantex.schema.RECORD_COLUMNS`.

Researchers count events, not mentions: a total and its breakdowns, a figure and its restatement, and
the same event reported by several outlets make one record; each record lists the facts (``fact_ids``)
and documents behind it.
"""
