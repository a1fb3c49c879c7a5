"""Corpora in: text, JSON Lines, CSV and saved HTML files read as one stream of documents.

A *source* is a file, a folder (read recursively), a glob (``news/**/*.txt``) or a list of those.
The format follows the file's extension (:data:`FORMATS`). Problems with one document (a bad JSON
line, a missing text column, an impossible date, an undecodable file) never stop the others:
:func:`iter_documents` yields them as :class:`~quantex.errors.DocumentError` values in the stream,
and :func:`read_corpus` collects them (see :func:`corpus_errors`).

Document ids (``doc_id``) are the file's path relative to the folder or glob root given, or its
name for a single file; a record's ``id`` field when it has one; ``<file>:<n>`` for line or row
``n`` of a JSONL or CSV file without ids; ``<file>#<n>`` for entry ``n`` of a live blog. A
document whose id was already seen is reported as an error and skipped, so ids are unique.
"""

from __future__ import annotations

import fnmatch
import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal, Union

import pandas as pd

from quantex.errors import CorpusError, DocumentError
from quantex.options import ReadOptions
from quantex.read.decoding import printable_name
from quantex.read.formats import FORMATS, Document, read_file
from quantex.read.idindex import IdIndex
from quantex.schema import DOCUMENT_COLUMNS, ERROR_COLUMNS

__all__ = [
    "FORMATS", "Document", "Source", "corpus_errors", "documents_frame",
    "iter_documents", "iter_files", "read_corpus",
]

Source = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]




def iter_documents(
    source: Source,
    *,
    read: ReadOptions | None = None,
) -> Iterator[Document | DocumentError]:
    """Stream the documents of ``source``, with per-document problems as ``DocumentError`` values.

    Args:
        source: A file, a folder, a glob, or a list of those.
        read: Field and column names of JSONL and CSV sources and the codec
            (:class:`~quantex.options.ReadOptions`); by default a byte-order mark decides the codec
            (UTF-8, UTF-16, UTF-32), then an HTML ``<meta charset>``, then UTF-8.

    Yields:
        A :class:`Document` per readable document, a :class:`DocumentError` per problem, in file order.

    Raises:
        CorpusError: A path that does not exist, or a source without any file of a known format.

    """
    options = read or ReadOptions()
    seen = IdIndex()  # ~20 bytes per document, so a streamed corpus stays within constant memory
    labels: list[str] = []  # one per file (the file list itself is already held by _expand)
    for found in _expand(source):
        if isinstance(found, DocumentError):
            yield found
            continue
        path, label = found
        labels.append(label)
        for item in read_file(path, label, options):
            if isinstance(item, Document):
                first = seen.add(item.doc_id, len(labels) - 1)
                if first is not None:
                    item = DocumentError(item.doc_id, f"duplicate doc_id (first read from {labels[first]})")
            yield item


def read_corpus(
    source: Source,
    *,
    read: ReadOptions | None = None,
    errors: Literal["collect", "raise"] = "collect",
) -> pd.DataFrame:
    """Read a corpus into a documents frame (:data:`DOCUMENT_COLUMNS`).

    Args:
        source: A file, a folder, a glob, or a list of those.
        read: Field and column names and the codec (:class:`~quantex.options.ReadOptions`).
        errors: ``"collect"`` keeps going and records each problem (read them with
            :func:`corpus_errors`); ``"raise"`` raises the first ``DocumentError``.

    Returns:
        One row per document. Problems are kept in ``frame.attrs["errors"]`` as a tuple of
        ``(document, problem)`` pairs: a tuple rather than a DataFrame, because pandas compares
        ``attrs`` when concatenating frames and a DataFrame there makes ``pd.concat`` fail.

    """
    if errors not in ("collect", "raise"):
        raise ValueError(f"errors must be 'collect' or 'raise', not {errors!r}")
    documents: list[Document] = []
    problems: list[DocumentError] = []
    for item in iter_documents(source, read=read):
        if isinstance(item, Document):
            documents.append(item)
        elif errors == "raise":
            raise item
        else:
            problems.append(item)
    frame = documents_frame(documents)
    frame.attrs["errors"] = tuple((p.document, p.problem) for p in problems)
    return frame


def documents_frame(documents: Iterable[Document]) -> pd.DataFrame:
    """Build a documents frame (full schema, also when empty) from :class:`Document` records."""
    docs = list(documents)
    columns = {
        name: pd.Series([getattr(doc, name) for doc in docs], dtype=dtype)
        for name, (dtype, *_) in DOCUMENT_COLUMNS.items()
    }
    frame: pd.DataFrame = pd.DataFrame(columns)
    return frame


def corpus_errors(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the problems recorded on a frame from :func:`read_corpus` or ``extract_corpus``.

    >>> corpus_errors(pd.DataFrame()).columns.tolist()
    ['document', 'problem']
    """
    pairs = list(frame.attrs.get("errors", ()))
    table: pd.DataFrame = pd.DataFrame({
        name: pd.Series([pair[i] for pair in pairs], dtype=dtype)
        for i, (name, (dtype, *_)) in enumerate(ERROR_COLUMNS.items())
    })
    return table


# --- finding files -------------------------------------------------------------------------------

def iter_files(source: Source) -> Iterator[tuple[Path, str] | DocumentError]:
    """The files ``source`` names, as (path, label), in reading order, and rows for the missing ones.

    A folder that cannot be listed or a link to nothing is a :class:`DocumentError`, the row
    :func:`iter_documents` yields for it.

    Raises:
        CorpusError: A path that does not exist, or a source without any file of a known format.

    """
    return _expand(source)


def _expand(source: Source) -> Iterator[tuple[Path, str] | DocumentError]:
    """Yield (path, label) for every file of a known format; labels are relative to the root given.

    A folder that cannot be listed and a link to nothing (of a known format) are yielded as
    :class:`DocumentError` rows: their documents are missing from the corpus and the errors table says so.
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    found = False
    for item in items:
        text = os.fspath(item)
        problems: list[tuple[Path, str]] = []
        if glob.has_magic(text):
            parts = Path(text).parts
            plain = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
            root = Path(*parts[:plain]) if plain else Path()
            paths, problems = _glob(root, parts[plain:])
        elif Path(text).is_dir():
            root = Path(text)
            paths, problems = _walk(root)
        elif Path(text).exists():
            found = True
            yield Path(text), printable_name(Path(text).name)
            continue
        else:
            raise CorpusError(f"corpus source {text!r} does not exist")
        entries: list[tuple[Path, str | None]] = [(path, None) for path in paths] + list(problems)
        for path, problem in sorted(entries, key=lambda entry: entry[0].parts):
            label = printable_name(path.relative_to(root).as_posix())
            if problem is not None:
                found = True
                yield DocumentError(f"{label}/", problem)
            elif path.suffix.lower() not in FORMATS:
                continue
            elif path.is_file():
                found = True
                yield path, label
            elif path.is_symlink() and not path.exists():
                found = True
                yield DocumentError(label, f"a link to {printable_name(os.readlink(path))}, which does not exist")
    if not found:
        raise CorpusError(f"no file of a known format ({', '.join(sorted(FORMATS))}) in {items!r}")


def _walk(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every entry below ``root`` (hidden ones left out), and the folders that could not be listed."""
    paths: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for folder, dirs, files in os.walk(root, onerror=_unreadable(root, problems)):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        paths.extend(Path(folder) / name for name in files if not name.startswith("."))
    return paths, problems


def _glob(root: Path, pattern: tuple[str, ...]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files ``glob.glob(..., recursive=True)`` finds, and the folders it reaches but cannot list.

    ``pattern`` is the pattern's parts after ``root``. ``glob`` itself skips a folder it cannot list
    without a word, so its documents would vanish; this walk visits only the folders that could hold a
    match (as ``glob`` does) and follows links to folders (as ``glob`` does), never into one twice.
    """
    paths: list[Path] = []
    problems: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root, onerror=_unreadable(root, problems), followlinks=True):
        here = Path(folder).relative_to(root).parts
        seen.add(os.path.realpath(folder))
        dirs[:] = [name for name in dirs if _leads_to((*here, name), pattern)
                   and os.path.realpath(Path(folder) / name) not in seen]
        paths.extend(Path(folder) / name for name in files if _matches((*here, name), pattern))
    return paths, problems


def _unreadable(root: Path, problems: list[tuple[Path, str]]) -> Callable[[OSError], None]:
    def record(exc: OSError) -> None:
        folder = Path(exc.filename) if exc.filename else root
        problems.append((folder, f"cannot read the folder: {exc.strerror or exc}; the documents in it are "
                                 "not in the corpus"))
    return record


def _name_matches(name: str, part: str) -> bool:
    """One path component against one pattern component; a hidden name only by a pattern starting with "."."""
    return (not name.startswith(".") or part.startswith(".")) and fnmatch.fnmatchcase(name, part)


def _matches(names: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """True when the path ``names`` matches ``pattern``; "**" stands for any number of visible folders.

    >>> _matches(("2024", "x", "a.txt"), ("**", "*.txt")), _matches(("a.txt",), ("*", "*.txt"))
    (True, False)
    """
    if not pattern:
        return not names
    if pattern[0] == "**":
        return _matches(names, pattern[1:]) or (
            bool(names) and not names[0].startswith(".") and _matches(names[1:], pattern))
    return bool(names) and _name_matches(names[0], pattern[0]) and _matches(names[1:], pattern[1:])


def _leads_to(names: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """True when the folder ``names`` could hold a match of ``pattern`` (so ``glob`` would list it).

    >>> _leads_to(("2024",), ("*", "*.txt")), _leads_to(("2024",), ("*.txt",))
    (True, False)
    """
    if not names:
        return bool(pattern)
    if not pattern:
        return False
    if pattern[0] == "**":
        return _leads_to(names, pattern[1:]) or (not names[0].startswith(".") and _leads_to(names[1:], pattern))
    return _name_matches(names[0], pattern[0]) and _leads_to(names[1:], pattern[1:])
