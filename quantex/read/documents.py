"""What a reader makes of a corpus: documents and publication times.

Shared by :mod:`quantex.read.formats` (text and HTML files, and the dispatch by extension) and
:mod:`quantex.read.rows` (JSON Lines and CSV), and re-exported by :mod:`quantex.read.sources`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from quantex.errors import DocumentError, PublishedDateError
from quantex.published import parse_published

__all__ = ["Document", "Stream", "published_at"]


@dataclass(frozen=True)
class Document:
    """One document of a corpus; ``published`` is None when unknown."""

    doc_id: str
    text: str
    published: datetime.datetime | None = None
    url: str | None = None
    title: str | None = None
    source_path: str | None = None
    entry: int | None = None
    source: str | None = None


Stream = Iterator[Document | DocumentError]
_TIME = re.compile(r"T(\d{2}):(\d{2})(?::(\d{2}))?")


def published_at(value: object, document: str, order: str | None = None) -> datetime.datetime | None:
    """Read a publication time; the day via parse_published (``order``: dmy or mdy), the wall-clock time kept."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = parse_published(value, order=order)  # DocumentError names the document
    except PublishedDateError as exc:
        raise DocumentError(document, str(exc)) from exc
    if day is None:
        return None
    if isinstance(value, datetime.datetime):
        stamp = value.replace(tzinfo=None)
    else:
        clock = _TIME.search(value) if isinstance(value, str) else None
        try:
            hour, minute, second = (int(part or 0) for part in clock.groups()) if clock else (0, 0, 0)
            time = datetime.time(hour, minute, second)
        except ValueError as exc:
            raise DocumentError(document, f"impossible time in published {value!r}: {exc}") from exc
        stamp = datetime.datetime.combine(day, time)
    if not pd.Timestamp.min <= stamp <= pd.Timestamp.max:  # the first and last day end inside pandas' range
        raise DocumentError(document, f"published {value!r} is outside pandas' datetime64[ns] range "
                                      f"({pd.Timestamp.min} to {pd.Timestamp.max})")
    return stamp
