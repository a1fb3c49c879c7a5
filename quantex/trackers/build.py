"""All record tables of a facts frame at once, by name, with their column definitions."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from quantex.schema import RECORD_COLUMNS, Column
from quantex.trackers.aid import aid_announcements
from quantex.trackers.attacks import attack_models, attack_tables, attacks
from quantex.trackers.incidents import incidents
from quantex.trackers.troops import troop_estimates

__all__ = ["RECORD_TABLES", "record_tables"]

_FUNCTIONS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "attacks": attacks, "attack_models": attack_models, "aid_announcements": aid_announcements,
    "incidents": incidents, "troop_estimates": troop_estimates,
}

#: table name (its file stem) -> (function of the facts, its columns in :mod:`quantex.schema`)
RECORD_TABLES: dict[str, tuple[Callable[[pd.DataFrame], pd.DataFrame], dict[str, Column]]] = {
    name: (_FUNCTIONS[name], columns) for name, columns in RECORD_COLUMNS.items()}


def record_tables(facts: pd.DataFrame, *, base: str | None = None, aid_window: str = "180D") -> dict[str, pd.DataFrame]:
    """Every record table of ``facts``, by name (the order of :data:`RECORD_TABLES`).

    ``base`` is the month of the aid table's constant dollars (None: the latest CPI month) and
    ``aid_window`` how long a reported announcement is still the same one (:func:`aid_announcements`).

    >>> import quantex
    >>> sorted(record_tables(quantex.extract("Russia launched 56 drones.")))
    ['aid_announcements', 'attack_models', 'attacks', 'incidents', 'troop_estimates']
    """
    tables = {name: function(facts) for name, (function, _) in RECORD_TABLES.items()
              if name not in ("attacks", "attack_models", "aid_announcements")}
    tables["aid_announcements"] = aid_announcements(facts, window=aid_window, base=base)
    tables["attacks"], tables["attack_models"] = attack_tables(facts)
    return {name: tables[name] for name in RECORD_TABLES}
