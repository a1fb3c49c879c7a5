"""Constant memory: facts of a corpus of any size written to disk batch by batch.

:func:`extract_stream` reads documents lazily, extracts them in batches (in this process or in
``n_jobs`` workers through :func:`quantex.corpus.pool.map_batches`) and appends each batch's facts
to one file: a Parquet row group per batch (pyarrow ``ParquetWriter``), CSV rows (formula-safe, as
:func:`quantex.write.datasets.write_dataset` writes them) or JSON lines. Only a few
batches are in memory at any time. The file is written under a temporary name and renamed over
the destination at the end (:mod:`quantex.write.atomic`), so a crash leaves no half-written dataset.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import pandas as pd

from quantex.corpus.accounting import NO_DOCUMENTS, Tally, tally
from quantex.corpus.pool import map_batches
from quantex.errors import DocumentError, InputTypeError
from quantex.options import ExtractOptions, ReadOptions
from quantex.read.sources import Document, Source, iter_documents
from quantex.schema import ENUMS
from quantex.write.atomic import atomic_path
from quantex.write.datapackage import Streamed, update_datapackage
from quantex.write.datasets import CSV_OPTIONS, arrow_schema, csv_frame, write_jsonl

__all__ = ["FORMATS", "StreamSummary", "extract_stream"]

#: file suffix -> output format
FORMATS: dict[str, str] = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".jsonl": "jsonl",
                           ".ndjson": "jsonl"}
#: Table Schema types of the datetime columns, fixed for every batch: a publication may have a time
#: of day (live-blog entries), a rate's day has none
DATE_TYPES: dict[str, str] = {"published": "datetime", "fx_date": "date"}



@dataclass(frozen=True)
class StreamSummary:
    """What :func:`extract_stream` wrote: the file, documents, facts, problems, and the checked tally."""

    path: Path
    documents: int
    facts: int
    errors: tuple[tuple[str, str], ...]
    tally: Tally = NO_DOCUMENTS


def extract_stream(
    documents: Source | Iterable[Document | DocumentError],
    out: str | os.PathLike[str],
    *,
    batch_size: int = 1000,
    n_jobs: int = 1,
    errors: Literal["collect", "raise"] = "collect",
    mp_context: str | None = None,
    progress: bool = False,
    datapackage: bool = False,
    read: ReadOptions | None = None,
    options: ExtractOptions | None = None,
) -> StreamSummary:
    """Extract the facts of a corpus into ``out`` (``.parquet`` or ``.csv``) in constant memory.

    Args:
        documents: A corpus source (file, folder, glob, read with
            :func:`quantex.read.sources.iter_documents`) or an iterable of ``Document`` values.
        out: The file to write; its suffix picks the format (:data:`FORMATS`). Replaced atomically.
        batch_size: Documents per batch: one Parquet row group (or CSV append) per batch.
        n_jobs: Worker processes (see :func:`quantex.corpus.pool.map_batches`).
        errors: ``"collect"`` records each failed document in the summary and goes on;
            ``"raise"`` raises its ``DocumentError`` and leaves ``out`` untouched.
        mp_context: Process start method for the workers.
        progress: Show a tqdm progress bar over documents on standard error; given a source, its total
            is counted first (:func:`quantex.read.count.count_items`: lines, rows and files, no text
            kept), so the bar says how far the run is.
        datapackage: Also write ``datapackage.json`` and ``DATA_DICTIONARY.md`` beside ``out``
            (as :func:`quantex.write.datasets.write_dataset` does).
        read: How a corpus source is read (:class:`~quantex.options.ReadOptions`).
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).

    Returns:
        A :class:`StreamSummary`. The file has the columns of
        :func:`quantex.corpus.run.extract_corpus`, in document order; empty, with them, when
        nothing was found.

    """
    from quantex.corpus.run import extract_corpus

    target = Path(out)
    kind = FORMATS.get(target.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(FORMATS))
        raise ValueError(f"cannot tell the format of {target.name!r}; use one of {known}")
    items, paths = _items(documents, read)
    if progress:
        from tqdm import tqdm

        from quantex.read.count import count_items

        total = count_items(paths, read=read) if paths is not None else None
        items = iter(tqdm(items, total=total, unit="doc", desc="extracting"))
    counter = _Counter(items)
    run = functools.partial(_extract_batch, errors=errors, options=options)
    batches = _Seen(map_batches(run, counter, n_jobs=n_jobs, batch_size=batch_size, mp_context=mp_context))
    empty = extract_corpus([], options=options)
    writer = {"parquet": _write_parquet, "csv": _write_csv, "jsonl": _write_jsonl}[kind]
    with atomic_path(target) as tmp:
        written, problems = writer(batches, tmp, empty)
    if datapackage:
        update_datapackage(empty, target, kind, streamed=Streamed(types=DATE_TYPES, values=batches.values))
    return StreamSummary(target, counter.count, written, tuple(problems), batches.tally.check())


class _Seen(Iterator[pd.DataFrame]):
    """Pass batches' frames through, adding up their tallies and keeping the values of enumerated columns."""

    def __init__(self, batches: Iterable[tuple[pd.DataFrame, Tally]]) -> None:
        self.batches = iter(batches)
        self.values: dict[str, frozenset[str]] = {name: frozenset() for name in ENUMS}
        self.tally = NO_DOCUMENTS

    def __next__(self) -> pd.DataFrame:
        frame, counted = next(self.batches)
        self.tally += counted
        for name in self.values:
            if name in frame and len(frame):
                self.values[name] |= {str(v) for v in frame[name].dropna().unique()}
        return frame


class _Counter(Iterator[Any]):
    """Pass items through, counting the documents among them."""

    def __init__(self, items: Iterator[Any]) -> None:
        self.items = items
        self.count = 0

    def __next__(self) -> Any:
        item = next(self.items)
        self.count += isinstance(item, Document)
        return item


def _items(documents: Source | Iterable[Document | DocumentError], read: ReadOptions | None
           ) -> tuple[Iterator[Document | DocumentError], list[str | os.PathLike[str]] | None]:
    """The documents to extract, and the source's paths when it is one (None for given documents)."""
    if isinstance(documents, (str, os.PathLike)):
        return iter_documents(documents, read=read), [documents]
    if isinstance(documents, pd.DataFrame):
        raise InputTypeError("extract_stream reads documents lazily; for a documents frame use "
                             "quantex.corpus.run.extract_documents")
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return iter(()), None
    if isinstance(first, (str, os.PathLike)):
        paths = cast(list[str | os.PathLike[str]], [first, *stream])
        return iter_documents(paths, read=read), paths
    return _chain(first, stream), None


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _extract_batch(batch: list[Document | DocumentError], *, errors: Literal["collect", "raise"],
                   options: ExtractOptions | None) -> tuple[pd.DataFrame, Tally]:
    from quantex.corpus.run import extract_corpus

    facts = extract_corpus(batch, errors=errors, options=options)
    return facts, tally(batch, facts, facts.attrs.get("errors", ()))


Batches = Iterable[pd.DataFrame]


def _write_parquet(batches: Batches, path: Path, empty: pd.DataFrame) -> tuple[int, list[tuple[str, str]]]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError("writing Parquet needs pyarrow: pip install 'quantex[parquet]'") from exc
    schema = arrow_schema(empty, DATE_TYPES)  # fx_date as date32: dates are dates
    written, problems = 0, []
    with pq.ParquetWriter(path, schema) as writer:
        for frame in batches:
            problems.extend(frame.attrs.get("errors", ()))
            if len(frame):
                writer.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
                written += len(frame)
        if not written:
            writer.write_table(schema.empty_table())
    return written, problems


def _write_csv(batches: Batches, path: Path, empty: pd.DataFrame) -> tuple[int, list[tuple[str, str]]]:
    written, problems = 0, []
    options = {**CSV_OPTIONS, "encoding": None}  # the handle is already UTF-8
    with path.open("w", encoding="utf-8", newline="") as handle:
        empty.to_csv(handle, **options)  # the header, also for a corpus without facts
        for frame in batches:
            problems.extend(frame.attrs.get("errors", ()))
            if len(frame):
                csv_frame(frame, types=DATE_TYPES).to_csv(handle, header=False, **options)
                written += len(frame)
    return written, problems


def _write_jsonl(batches: Batches, path: Path, empty: pd.DataFrame) -> tuple[int, list[tuple[str, str]]]:
    written, problems = 0, []
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for frame in batches:
            problems.extend(frame.attrs.get("errors", ()))
            if len(frame):
                write_jsonl(frame, handle, types=DATE_TYPES)
                written += len(frame)
    return written, problems
