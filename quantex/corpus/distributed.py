"""Many machines: extraction as a Dask graph, facts written as partitioned Parquet.

Needs the ``dask`` extra (``pip install 'quantex[dask]'``: dask[dataframe], distributed, pyarrow);
dask is imported only when a function here is called. Every partition of documents becomes one
task running :func:`quantex.corpus.run.extract_corpus`; the task's facts and its per-document
problems come out as two lazy Dask DataFrames computed from the same tasks. Problems are always
collected (a failed document never stops a cluster-wide run, and never vanishes either). With a
``dask.distributed.Client`` active, the graph runs on its workers, which need quantex installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from quantex.errors import CorpusError
from quantex.options import ExtractOptions
from quantex.read.sources import FORMATS, Document, corpus_errors, iter_documents

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = ["DaskFacts", "extract_dask", "extract_to_parquet"]



class DaskFacts(NamedTuple):
    """The lazy result of :func:`extract_dask`: the facts, and the documents that failed."""

    facts: dd.DataFrame
    errors: dd.DataFrame


def extract_dask(docs: dd.DataFrame | db.Bag, *, options: ExtractOptions | None = None) -> DaskFacts:
    """Extract the facts of every document of a Dask collection, one task per partition.

    Args:
        docs: A Dask DataFrame of documents (``doc_id`` and ``text`` columns at least, as
            :func:`quantex.read.sources.read_corpus` gives), or a Dask Bag of
            :class:`~quantex.read.sources.Document` values or of mappings with those keys.
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).

    Returns:
        ``DaskFacts(facts, errors)``: ``facts`` has the columns of
        :func:`quantex.corpus.run.extract_corpus`, partition by partition in document order;
        ``errors`` has ``document`` and ``problem`` columns. Compute both together
        (``dask.compute(*result)``) to run the extraction once.

    """
    dask, _, _ = _dask()
    parts: list[Any] = docs.to_delayed()  # type: ignore[no-untyped-call]
    runs = [dask.delayed(_extract_partition, pure=True)(part, options) for part in parts]
    return _split(runs, options)


def extract_to_parquet(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | dd.DataFrame | db.Bag,
    out_dir: str | os.PathLike[str],
    *,
    files_per_partition: int = 16,
    overwrite: bool = False,
    options: ExtractOptions | None = None,
) -> Path:
    """Extract a corpus with Dask and write ``out_dir/facts/`` and ``out_dir/errors/`` as Parquet.

    Args:
        source: A corpus file, folder or glob (or a list of them), read in groups of files by the
            tasks themselves; or a Dask DataFrame or Bag of documents (see :func:`extract_dask`).
        out_dir: The dataset folder. It is built under a temporary name beside it and renamed
            into place when complete.
        files_per_partition: Files read and extracted by one task.
        overwrite: Replace an existing ``out_dir``; otherwise an existing one is an error.
        options: How facts are extracted (:class:`~quantex.options.ExtractOptions`).

    Returns:
        ``out_dir``. One Parquet file per partition in each of ``facts/`` and ``errors/``.

    Raises:
        FileExistsError: ``out_dir`` exists and ``overwrite`` is false.

    Document ids of files read from a folder or glob are their file names (as
    :func:`quantex.read.sources.iter_documents` names a listed file), not paths relative to the
    folder; records with an ``id`` field keep it.

    """
    dask, _, _ = _dask()
    target = Path(out_dir)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists; pass overwrite=True to replace it")
    if isinstance(source, (str, os.PathLike)) or _is_path_list(source):
        files = _files(source)  # type: ignore[arg-type]
        groups = [files[i:i + files_per_partition] for i in range(0, len(files), files_per_partition)]
        tasks = [dask.delayed(_extract_files, pure=True)(group, options) for group in groups]
        result = _split(tasks, options)
    else:
        result = extract_dask(source, options=options)  # type: ignore[arg-type]
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        facts: Any = result.facts
        problems: Any = result.errors
        dask.compute(facts.to_parquet(building / "facts", write_index=False, compute=False),
                     problems.to_parquet(building / "errors", write_index=False, compute=False))
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            os.replace(target, old)
            os.replace(building, target)
            shutil.rmtree(old)
        else:
            os.replace(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return target


# --- tasks (module level, so workers can import them) ---------------------------------------------

def _extract_partition(part: pd.DataFrame | list[Any], options: ExtractOptions | None) -> pd.DataFrame:
    from quantex.corpus.run import extract_corpus

    if isinstance(part, pd.DataFrame):
        return extract_corpus(part, options=options)
    if part and all(isinstance(item, Mapping) for item in part):
        # object columns: Arrow strings would refuse a text that is not valid Unicode, failing the whole
        # partition instead of recording that one document
        return extract_corpus(pd.DataFrame(list(part), dtype=object), options=options)
    documents = [item for item in part if isinstance(item, Document)]
    if len(documents) != len(part):
        odd = next(type(item).__name__ for item in part if not isinstance(item, Document))
        raise TypeError(f"a bag of documents holds Document values or mappings, not {odd}")
    return extract_corpus(documents, options=options)


def _extract_files(files: list[str], options: ExtractOptions | None) -> pd.DataFrame:
    from quantex.corpus.run import extract_corpus

    return extract_corpus(iter_documents(files), options=options)


def _facts(frame: pd.DataFrame) -> pd.DataFrame:
    facts: pd.DataFrame = frame.copy()
    facts.attrs = {}  # dask compares partitions' attrs; the errors travel in their own frame
    return facts


def _split(runs: list[Any], options: ExtractOptions | None) -> DaskFacts:
    dask, dd_, _ = _dask()
    from quantex.corpus.run import extract_corpus

    meta = _facts(extract_corpus([], options=options))
    error_meta = corpus_errors(pd.DataFrame())
    if not runs:
        return DaskFacts(dd_.from_pandas(meta, npartitions=1), dd_.from_pandas(error_meta, npartitions=1))
    facts = dd_.from_delayed([dask.delayed(_facts, pure=True)(run) for run in runs], meta=meta)
    tables = [dask.delayed(corpus_errors, pure=True)(run) for run in runs]
    problems = dd_.from_delayed(tables, meta=error_meta)
    return DaskFacts(facts, problems)


# --- helpers ---------------------------------------------------------------------------------------

def _dask() -> tuple[Any, Any, Any]:
    try:
        import dask
        import dask.bag
        import dask.dataframe
    except ImportError as exc:
        raise ImportError("quantex.corpus.distributed needs Dask: pip install 'quantex[dask]'") from exc
    return dask, dask.dataframe, dask.bag


def _is_path_list(source: object) -> bool:
    return isinstance(source, (list, tuple)) and all(isinstance(s, (str, os.PathLike)) for s in source)


def _files(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """The corpus files of a source, in the order quantex.read.sources reads them."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    files: list[str] = []
    for item in items:
        text = os.fspath(item)
        if glob.has_magic(text):
            found = [Path(p) for p in sorted(glob.glob(text, recursive=True))]
        elif Path(text).is_dir():
            found = sorted(p for p in Path(text).rglob("*")
                           if not any(part.startswith(".") for part in p.relative_to(text).parts))
        elif Path(text).exists():
            files.append(text)  # a file named explicitly is read whatever its suffix, as the readers do
            continue
        else:
            raise CorpusError(f"corpus source {text!r} does not exist")
        files.extend(str(p) for p in found if p.is_file() and p.suffix.lower() in FORMATS)
    if not files:
        raise CorpusError(f"no file of a known format ({', '.join(sorted(FORMATS))}) in {items!r}")
    return files
