"""The main job as one run: read, extract, mark repeats, write the report folder complete or not at all.

:func:`report_run` is what ``quantex report`` does: it refuses an output folder among or inside the
sources (:mod:`quantex.write.guard`), reads the corpus, extracts its facts (in ``n_jobs`` processes),
marks repeated claims and writes every file of the report into a staging folder that becomes the
output folder in one rename (:mod:`quantex.write.staging`). Each long stage shows a progress bar
with its total, and the run accounts for every document (:class:`~quantex.corpus.accounting.Tally`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quantex.analyse import style
from quantex.corpus.accounting import Tally, tally
from quantex.errors import DocumentError
from quantex.options import ExtractOptions, ReadOptions
from quantex.read.documents import Document

__all__ = ["ReportRun", "report", "report_run"]


@dataclass(frozen=True)
class ReportRun:
    """What a report run wrote: ``report.md`` (in the committed folder) and where the documents went."""

    path: Path
    tally: Tally


def report(
    source: Any, out: str | os.PathLike[str], *, window: str = "2D", constant: bool = False,
    base: str | None = None, formats: Iterable[str] = ("png", "svg"), note: str = style.DEFAULT_SOURCE,
    progress: bool = False, read: ReadOptions | None = None, options: ExtractOptions | None = None,
    n_jobs: int = 1,
) -> Path:
    """Write the facts, summaries, charts and ``report.md`` of a corpus into ``out``, complete or not at all.

    The folder is written as a whole (:func:`report_run`): a previous report there
    is replaced, a folder holding other files is refused, and so is a folder among or inside the sources.

    Args:
        source: A corpus source (file, folder, glob, list) or documents, as for ``extract_corpus``.
        out: The output folder (created if needed).
        window: How long a repeated figure still counts as the same claim (``mark_duplicates``).
        constant: Money in constant US dollars of ``base`` (US CPI-U); by default, nominal dollars of each
            publication day.
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest CPI month.
        formats: Image formats of each chart.
        note: The source note printed under every chart.
        progress: Show a progress bar while extracting.
        read: How the corpus is read (:class:`~quantex.options.ReadOptions`).
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).
        n_jobs: Worker processes for the extraction; -1 for every CPU.

    Returns:
        The path of ``report.md``.

    """
    return report_run(source, out, window=window, constant=constant, base=base, formats=formats, note=note,
                      progress=progress, read=read, options=options, n_jobs=n_jobs, force=True).path


def report_run(
    source: Any, out: str | os.PathLike[str], *, window: str = "2D", constant: bool = False,
    base: str | None = None,
    formats: Iterable[str] = ("png", "svg"), note: str = style.DEFAULT_SOURCE, progress: bool = False,
    read: ReadOptions | None = None, options: ExtractOptions | None = None, n_jobs: int = 1,
    force: bool = False,
) -> ReportRun:
    """Write the facts, summaries, charts and ``report.md`` of a corpus into the folder ``out``.

    Args:
        source: A corpus source (file, folder, glob, list of those) or an iterable of documents.
        out: The output folder; it must not exist, be empty, or (with ``force``) be one quantex wrote.
        window: How long a repeated figure still counts as the same claim (``mark_duplicates``).
        constant: Money in constant dollars of one month (``base``) instead of nominal dollars.
        base: Month of the constant dollars, ``"YYYY-MM"``; None for the latest CPI month.
        formats: Image formats of each chart.
        note: The source note printed under every chart.
        progress: Show a progress bar, with its total, for every long stage.
        read: How the corpus is read (:class:`~quantex.options.ReadOptions`).
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).
        n_jobs: Worker processes for the extraction; -1 for every CPU.
        force: Replace an existing output folder written by quantex.

    Returns:
        The path of ``report.md`` and the checked tally of the documents.

    Raises:
        OutputError: ``out`` is among, inside or around the sources, or exists (without ``force``).
        CorpusError: A source does not exist or holds no file of a known format.

    """
    from quantex.analyse.report import write_report
    from quantex.corpus.consolidate import mark_duplicates
    from quantex.corpus.run import extract_corpus
    from quantex.read.count import count_items
    from quantex.read.sources import corpus_errors, iter_documents
    from quantex.write.guard import check_apart
    from quantex.write.staging import staged_output

    started = time.perf_counter()
    paths = _paths(source)
    if paths is not None:
        check_apart(out, paths)
    with staged_output(out, force=force) as stage:
        stream = iter_documents(paths, read=read) if paths is not None else iter(source)
        total = count_items(paths, read=read) if progress and paths is not None else None
        with _bar(progress, "reading", "doc", total) as bar:
            items: list[Document | DocumentError] = []
            for item in stream:
                items.append(item)
                bar.update(1)
        extracted = extract_corpus(items, options=options, n_jobs=n_jobs, progress=progress)
        problems = corpus_errors(extracted)
        counted = tally(items, extracted, list(zip(problems["document"], problems["problem"], strict=True))).check()
        del items
        with _bar(progress, "marking repeats", "step", 1) as bar:
            facts = mark_duplicates(extracted, window=window)
            bar.update(1)
        path = write_report(facts, stage, errors=problems, corpus=_name(source), window=window,
                            constant=constant, base=base, formats=formats, note=note, started=started,
                            progress=progress, tally=counted)
    return ReportRun(Path(out) / path.name, counted)


def _paths(source: Any) -> list[str] | None:
    """The source as a list of paths, or None when it is documents rather than paths."""
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    if isinstance(source, (list, tuple)) and source and all(isinstance(s, (str, os.PathLike)) for s in source):
        return [os.fspath(s) for s in source]
    return None


def _name(source: Any) -> str:
    paths = _paths(source)
    return ", ".join(paths) if paths is not None else "documents"


class _Silent:
    def update(self, n: int = 1) -> None:
        """Nothing to show."""


@contextmanager
def _bar(progress: bool, desc: str, unit: str, total: int | None) -> Iterator[Any]:
    if not progress:
        yield _Silent()
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=desc, unit=unit) as bar:
        yield bar
