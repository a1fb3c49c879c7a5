"""Corpora to facts: run the extractor over every document and keep going past bad ones.

:func:`extract_corpus` streams documents (from :mod:`quantex.read.sources`, a documents frame or any
iterable of :class:`~quantex.read.sources.Document`), extracts the facts of each one and returns one
facts frame whose first columns say which document each fact came from. A document that cannot be
read or whose extraction fails is recorded, with the problem, in the frame's errors (read them with
:func:`quantex.read.sources.corpus_errors`), and the run goes on.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import numpy as np
import pandas as pd

from quantex.batch import FactTable
from quantex.errors import DocumentError, InputTypeError
from quantex.frame import conform, empty_facts
from quantex.read.sources import DOCUMENT_COLUMNS, Document, Source, documents_frame, iter_documents

__all__ = ["CORPUS_COLUMNS", "extract_corpus"]

#: The document columns placed before the fact columns, with their dtypes and descriptions.
CORPUS_COLUMNS: dict[str, tuple[str, str]] = {
    name: DOCUMENT_COLUMNS[name] for name in ("doc_id", "published", "url", "title")
}

Extractor = Callable[..., pd.DataFrame]
_BATCH = 1000  # documents per concatenated batch: bounds the number of small frames held at once


def extract_corpus(
    source_or_documents: Source | pd.DataFrame | Iterable[Document | DocumentError],
    *,
    errors: Literal["collect", "raise"] = "collect",
    progress: bool = False,
    text_col: str = "text",
    published_col: str = "published",
    url_col: str = "url",
    title_col: str = "title",
    id_col: str = "id",
    encoding: str | None = None,
    n_jobs: int = 1,
    _extract: Extractor | None = None,
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
        text_col: Reader options, used only when reading a source; see ``iter_documents``.
        published_col: Reader option.
        url_col: Reader option.
        title_col: Reader option.
        id_col: Reader option.
        encoding: Reader option.
        n_jobs: Worker processes (``-1``: every CPU). Above 1 the corpus is first read whole into
            a documents frame and handed to :func:`quantex.corpus.pool.extract_documents`; the facts
            are the same, in the same order, but reading problems are listed before extraction
            problems, and there is no progress bar.
        _extract: The extractor (default :func:`quantex.extract`); for tests.

    Returns:
        The facts: ``doc_id``, ``published``, ``url``, ``title`` (:data:`CORPUS_COLUMNS`), then
        the columns of :data:`quantex.frame.FACT_COLUMNS`. ``frame.attrs["errors"]`` holds the
        problems as ``(document, problem)`` pairs, as in :func:`quantex.read.sources.read_corpus`.
        Given a documents frame, only extraction problems are listed: the reading problems
        stay on the documents frame (``corpus_errors(documents)``).

    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    if n_jobs != 1:
        return _extract_parallel(source_or_documents, errors, n_jobs, _extract, dict(
            text_col=text_col, published_col=published_col, url_col=url_col, title_col=title_col,
            id_col=id_col, encoding=encoding))
    items, total = _documents(source_or_documents, text_col=text_col, published_col=published_col,
                              url_col=url_col, title_col=title_col, id_col=id_col, encoding=encoding)
    if progress:
        from tqdm import tqdm

        items = iter(tqdm(items, total=total, unit="doc", desc="extracting"))
    batches: list[pd.DataFrame] = []
    problems: list[tuple[str, str]] = []
    while batch := list(itertools.islice(items, _BATCH)):
        frame, failed = _extract_batch(batch, _extract, raise_errors=errors == "raise")
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
    extract: Extractor | None,
    options: dict[str, Any],
) -> pd.DataFrame:
    from quantex.corpus.pool import extract_documents  # parallel sits below corpus: import on use

    problems: list[tuple[str, str]] = []
    if isinstance(source, pd.DataFrame):
        documents = source
    else:
        items, _ = _documents(source, **options)
        found: list[Document] = []
        for item in items:
            if isinstance(item, Document):
                found.append(item)
            elif errors == "raise":
                raise item
            else:
                problems.append((item.document, item.problem))
        documents = documents_frame(found)
    facts = extract_documents(documents, n_jobs=n_jobs, errors=errors, _extract=extract)
    facts.attrs["errors"] = (*problems, *facts.attrs.get("errors", ()))
    return facts


def _extract_batch(
    batch: list[Document | DocumentError], extract: Extractor | None, *, raise_errors: bool
) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """The facts of a batch of documents and the problems met; one frame built for the whole batch."""
    table = FactTable() if extract is None else None
    frames: list[pd.DataFrame] = []
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
            if table is not None:
                count = table.add(item.text, day)
            else:
                found = extract(item.text, published=day)  # type: ignore[misc]
                count = len(found)
                if count:
                    frames.append(found)
        except Exception as exc:  # any failure of one document is recorded, never hidden
            problem = f"extraction failed: {type(exc).__name__}: {exc}"
            if raise_errors:
                raise DocumentError(item.doc_id, problem) from exc
            problems.append((item.doc_id, problem))
            continue
        if count:
            owners.append(item)
            counts.append(count)
    if table is not None:
        facts = table.frame()
    else:
        facts = conform(pd.concat(frames, ignore_index=True)) if frames else empty_facts()
    return _with_documents(facts, owners, counts), problems


def _with_documents(facts: pd.DataFrame, owners: list[Document], counts: list[int]) -> pd.DataFrame:
    """Put the owning document's columns first, each repeated once per fact."""
    columns: dict[str, Any] = {}
    for name, (dtype, _) in CORPUS_COLUMNS.items():
        values = np.repeat(np.array([getattr(doc, name) for doc in owners], dtype=object), counts)
        columns[name] = pd.Series(values, dtype=dtype, index=facts.index)
    combined: pd.DataFrame = pd.concat([pd.DataFrame(columns, index=facts.index), facts], axis=1)
    return combined


def _documents(
    source: Source | pd.DataFrame | Iterable[Document | DocumentError], **options: Any
) -> tuple[Iterator[Document | DocumentError], int | None]:
    """Normalise the accepted inputs to a stream of documents (and its length when known)."""
    if isinstance(source, (str, os.PathLike)):
        return iter_documents(source, **options), None
    if isinstance(source, pd.DataFrame):
        return _frame_documents(source), len(source)
    if not isinstance(source, Iterable):
        raise InputTypeError(f"expected a corpus source, a documents frame or documents, got {type(source)}")
    stream = iter(source)
    first = next(stream, None)
    if first is None:
        return iter(()), 0
    if isinstance(first, (str, os.PathLike)):
        return iter_documents([first, *stream], **options), None  # type: ignore[list-item]
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
        )


def _optional(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)  # type: ignore[call-overload]
