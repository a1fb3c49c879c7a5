"""Corpora to facts: run the extractor over every document and keep going past bad ones.

:func:`extract_corpus` streams documents (from :mod:`quantex.read.sources`, a documents frame or any
iterable of :class:`~quantex.read.sources.Document`), extracts the facts of each one and returns one
facts frame whose first columns say which document each fact came from. A document that cannot be
read or whose extraction fails is recorded, with the problem, in the frame's errors (read them with
:func:`quantex.read.sources.corpus_errors`), and the run goes on.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import numpy as np
import pandas as pd

from quantex.corpus.pool import each, map_batches, resolve_jobs
from quantex.errors import DocumentError, InputTypeError
from quantex.extract import FactTable
from quantex.frame import empty_facts
from quantex.options import ExtractOptions, ReadOptions
from quantex.read.sources import Document, Source, documents_frame, iter_documents
from quantex.schema import CORPUS_COLUMNS, QUANTITY_CATEGORIES
from quantex.vocab.claimants import claimant_in

__all__ = ["extract_corpus", "extract_documents"]


_BATCH = 1000  # documents per concatenated batch: bounds the number of small frames held at once


def extract_corpus(
    source_or_documents: Source | pd.DataFrame | Iterable[Document | DocumentError],
    *,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool = False,
    read: ReadOptions | None = None,
    options: ExtractOptions | None = None,
    n_jobs: int = 1,
) -> pd.DataFrame:
    """Extract the facts of every document of a corpus.

    Args:
        source_or_documents: A corpus source (file, folder, glob or list of those, read with
            :func:`quantex.read.sources.iter_documents`), a documents frame with at least ``doc_id``
            and ``text`` columns (as from :func:`quantex.read.sources.read_corpus`), or an iterable of
            ``Document`` (and ``DocumentError``) values.
        errors: ``"collect"`` records each unreadable document and each failed extraction and goes
            on; ``"raise"`` raises a ``DocumentError`` naming the first one (chained to the cause).
        progress: Show a tqdm progress bar on standard error.
        read: How a source is read (:class:`~quantex.options.ReadOptions`); used only when reading one.
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).
        n_jobs: Worker processes (``-1``: every CPU). Above 1 the corpus is first read whole into
            a documents frame and handed to :func:`extract_documents`; the facts are the same, in the
            same order, but reading problems are listed before extraction problems, and there is no
            progress bar.

    Returns:
        The facts: ``doc_id``, ``published``, ``url``, ``title`` (:data:`CORPUS_COLUMNS`), then
        the columns of :data:`quantex.schema.FACT_COLUMNS`. ``frame.attrs["errors"]`` holds the
        problems as ``(document, problem)`` pairs, as in :func:`quantex.read.sources.read_corpus`.
        Given a documents frame, only extraction problems are listed: the reading problems
        stay on the documents frame (``corpus_errors(documents)``).

    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    if n_jobs != 1:
        return _extract_parallel(source_or_documents, errors, n_jobs, read, options)
    items, total = _documents(source_or_documents, read)
    if progress:
        from tqdm import tqdm

        items = iter(tqdm(items, total=total, unit="doc", desc="extracting"))
    batches: list[pd.DataFrame] = []
    problems: list[tuple[str, str]] = []
    while batch := list(itertools.islice(items, _BATCH)):
        frame, failed = _extract_batch(batch, options, raise_errors=errors == "raise")
        problems.extend(failed)
        if len(frame):
            batches.append(frame)
    facts = pd.concat(batches, ignore_index=True) if batches else _with_documents(empty_facts(), [], [])
    facts.attrs["errors"] = tuple(problems)
    return facts


def _extract_parallel(
    source: Source | pd.DataFrame | Iterable[Document | DocumentError],
    errors: Literal["collect", "raise"],
    n_jobs: int,
    read: ReadOptions | None,
    options: ExtractOptions | None,
) -> pd.DataFrame:
    problems: list[tuple[str, str]] = []
    if isinstance(source, pd.DataFrame):
        documents = source
    else:
        items, _ = _documents(source, read)
        found: list[Document] = []
        for item in items:
            if isinstance(item, Document):
                found.append(item)
            elif errors == "raise":
                raise item
            else:
                problems.append((item.document, item.problem))
        documents = documents_frame(found)
    facts = extract_documents(documents, n_jobs=n_jobs, errors=errors, options=options)
    facts.attrs["errors"] = (*problems, *facts.attrs.get("errors", ()))
    return facts


def extract_documents(
    documents: pd.DataFrame,
    *,
    n_jobs: int,
    chunksize: int | None = None,
    errors: Literal["collect", "raise"] = "collect",
    mp_context: str | None = None,
    options: ExtractOptions | None = None,
) -> pd.DataFrame:
    """Extract the facts of a documents frame in ``n_jobs`` processes; as ``extract_corpus(documents)``.

    Args:
        documents: A documents frame with at least ``doc_id`` and ``text`` columns, as from
            :func:`quantex.read.sources.read_corpus`.
        n_jobs: Worker processes; ``-1`` for every CPU; ``1`` runs in this process.
        chunksize: Documents per task; default a quarter of each worker's share, at most 1000.
        errors: ``"collect"`` records failed documents in ``frame.attrs["errors"]`` and goes on;
            ``"raise"`` raises a ``DocumentError`` naming the first one.
        mp_context: Process start method, see :func:`map_batches`.
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).

    Returns:
        The same frame, in the same order, with the same ``attrs["errors"]``, as
        :func:`extract_corpus` returns for ``documents`` in one process.

    """
    jobs = resolve_jobs(n_jobs)
    size = chunksize or max(1, min(1000, -(-len(documents) // (4 * jobs))))
    chunks = (documents.iloc[start:start + size] for start in range(0, len(documents), size))
    run = functools.partial(_extract_frame, errors=errors, options=options)
    parts = list(map_batches(functools.partial(each, run), chunks, n_jobs=jobs, batch_size=1,
                             mp_context=mp_context))
    problems = [problem for part in parts for problem in part.attrs.get("errors", ())]
    found = [part for part in parts if len(part)]
    for part in found:
        part.attrs = {}
    facts = pd.concat(found, ignore_index=True) if found else extract_corpus([], options=options)
    facts.attrs["errors"] = tuple(problems)
    return facts


def _extract_frame(chunk: pd.DataFrame, *, errors: Literal["collect", "raise"],
                   options: ExtractOptions | None) -> pd.DataFrame:
    return extract_corpus(chunk, errors=errors, options=options)


def _extract_batch(
    batch: list[Document | DocumentError], options: ExtractOptions | None, *, raise_errors: bool
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """The facts of a batch of documents and the problems met; one frame built for the whole batch."""
    table = FactTable(options)
    owners: list[Document] = []
    counts: list[int] = []
    problems: list[tuple[str, str]] = []
    for item in batch:
        if isinstance(item, DocumentError):
            if raise_errors:
                raise item
            problems.append((item.document, item.problem))
            continue
        day = item.published.date() if item.published is not None else None
        try:
            count = table.add(item.text, day)
        except Exception as exc:  # any failure of one document is recorded, never hidden
            problem = f"extraction failed: {type(exc).__name__}: {exc}"
            if raise_errors:
                raise DocumentError(item.doc_id, problem) from exc
            problems.append((item.doc_id, problem))
            continue
        if count:
            owners.append(item)
            counts.append(count)
    return _claimed(_with_documents(table.frame(), owners, counts), owners, counts), problems


def _claimed(facts: pd.DataFrame, owners: list[Document], counts: list[int]) -> pd.DataFrame:
    """A claimant named by a document's source ("source: Ukrainian Air Force") claims the facts whose text names none.

    The claimant found in a fact's own sentence or paragraph always comes first; a source that names no
    known claimant (a news agency, a blog) adds nothing.
    """
    named = [claimant_in(doc.source) if doc.source else None for doc in owners]
    if not any(named) or "claimant" not in facts.columns:
        return facts
    default = pd.Series(np.repeat(np.array(named, dtype=object), counts), index=facts.index, dtype="string")
    quantity = facts["category"].isin(list(QUANTITY_CATEGORIES)).to_numpy(dtype=bool)
    fill = facts["claimant"].isna().to_numpy(dtype=bool) & quantity
    if fill.any():
        facts = facts.copy()
        facts.loc[fill, "claimant"] = default[fill]
    return facts


def _with_documents(facts: pd.DataFrame, owners: list[Document], counts: list[int]) -> pd.DataFrame:
    """Put the owning document's columns first, each repeated once per fact."""
    columns: dict[str, Any] = {}
    for name, (dtype, *_) in CORPUS_COLUMNS.items():
        values = np.repeat(np.array([getattr(doc, name) for doc in owners], dtype=object), counts)
        columns[name] = pd.Series(values, dtype=dtype, index=facts.index)
    combined: pd.DataFrame = pd.concat([pd.DataFrame(columns, index=facts.index), facts], axis=1)
    return combined


def _documents(
    source: Source | pd.DataFrame | Iterable[Document | DocumentError], read: ReadOptions | None
) -> tuple[Iterator[Document | DocumentError], int | None]:
    """Normalise the accepted inputs to a stream of documents (and its length when known)."""
    if isinstance(source, (str, os.PathLike)):
        return iter_documents(source, read=read), None
    if isinstance(source, pd.DataFrame):
        return _frame_documents(source), len(source)
    if not isinstance(source, Iterable):
        raise InputTypeError(f"expected a corpus source, a documents frame or documents, got {type(source)}")
    stream = iter(source)
    first = next(stream, None)
    if first is None:
        return iter(()), 0
    if isinstance(first, (str, os.PathLike)):
        return iter_documents([first, *stream], read=read), None  # type: ignore[list-item]
    if not isinstance(first, (Document, DocumentError)):
        raise InputTypeError(f"expected Document values, got {type(first).__name__}")
    rest: Iterator[Any] = stream
    total = len(source) if isinstance(source, (list, tuple)) else None
    return itertools.chain([first], rest), total


def _frame_documents(frame: pd.DataFrame) -> Iterator[Document]:
    missing = {"doc_id", "text"} - set(frame.columns)
    if missing:
        raise InputTypeError(f"a documents frame needs doc_id and text columns; missing {sorted(missing)}")
    for row in frame.to_dict("records"):
        published = row.get("published")
        when = None if pd.isna(published) else pd.Timestamp(published).tz_localize(None).to_pydatetime()
        yield Document(
            doc_id=str(row["doc_id"]),
            text=str(row["text"]),
            published=when,
            url=_optional(row.get("url")),
            title=_optional(row.get("title")),
            source_path=_optional(row.get("source_path")),
            entry=None if pd.isna(row.get("entry")) else int(row["entry"]),
            source=_optional(row.get("source")),
        )


def _optional(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]
