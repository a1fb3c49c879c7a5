"""The one checker of the vocabulary tables: surfaces are lower case and trimmed, and mean one thing.

Every table module calls these at import, so a malformed row fails there with a
:class:`~quantex.errors.TableError` that names the table and the row, never later in the middle of a
corpus.

>>> surface_lookup("SEAS", {"Black Sea": ("black sea",)}.items())
{'black sea': 'Black Sea'}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from quantex.errors import TableError

__all__ = ["check_known", "check_surface", "surface_lookup"]

M = TypeVar("M")


def check_surface(table: str, surface: object) -> str:
    """``surface`` itself if it is a non-empty lower-case string without outer spaces, else a TableError."""
    if not isinstance(surface, str) or not surface or surface != surface.lower().strip():
        raise TableError(f"{table}: a surface must be lower case and trimmed, not {surface!r}")
    return surface


def surface_lookup(table: str, rows: Iterable[tuple[M, Iterable[str]]], *,
                   key: Callable[[str], str] = str, into: dict[str, M] | None = None) -> dict[str, M]:
    """Map every surface of ``rows`` (meaning, surfaces) to its meaning; no surface may mean two things.

    Args:
        table: The table's name, for the error.
        rows: (meaning, surfaces) pairs; a meaning without surfaces is an error.
        key: How a surface is looked up (e.g. with its separators folded); two surfaces with one key
            are one surface.
        into: A lookup to extend (a second table sharing the first's surfaces).

    Raises:
        TableError: A surface that is not lower case and trimmed, a meaning without surfaces, or a
            surface listed with two meanings.

    """
    lookup: dict[str, M] = {} if into is None else into
    for meaning, surfaces in rows:
        listed = list(surfaces)
        if not listed:
            raise TableError(f"{table}: {meaning!r} has no surfaces")
        for surface in listed:
            folded = key(check_surface(table, surface))
            if lookup.get(folded, meaning) != meaning:
                raise TableError(f"{table}: {surface!r} means both {lookup[folded]!r} and {meaning!r}")
            lookup[folded] = meaning
    return lookup


def check_known(table: str, values: Iterable[object], known: Iterable[object]) -> None:
    """Every value of ``values`` is one of ``known``; else a TableError naming the first that is not."""
    allowed = set(known)
    for value in values:
        if value not in allowed:
            raise TableError(f"{table} names {value!r}, which is not in the table it refers to")
