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

import codecs
import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, Union

import pandas as pd

from quantex.errors import CorpusError, DocumentError
from quantex.read.decoding import printable_name
from quantex.read.formats import FORMATS, Document, Options, read_file
from quantex.read.idindex import IdIndex

__all__ = [
    "DOCUMENT_COLUMNS", "ERROR_COLUMNS", "FORMATS", "Document", "Source", "corpus_errors", "documents_frame",
    "iter_documents", "read_corpus",
]

Source = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]

#: column -> (pandas dtype, description) of the frame :func:`read_corpus` returns.
DOCUMENT_COLUMNS: dict[str, tuple[str, str]] = {
    "doc_id": ("string", "Identifier of the document, unique in the corpus (file, file:line or file#entry)."),
    "text": ("string", "The document text the facts' offsets refer to."),
    "published": ("datetime64[ns]", "Publication time as written by the publisher (local wall-clock "
                                    "time, no time zone); midnight when only the day is known."),
    "url": ("string", "Address of the document, when known."),
    "title": ("string", "Title of the document, or headline of the live-blog entry."),
    "source_path": ("string", "The file the document was read from."),
    "entry": ("Int64", "Number of the live-blog entry within its file (0 = text before the first entry)."),
}

#: column -> (pandas dtype, description) of the errors table, :func:`corpus_errors`.
ERROR_COLUMNS: dict[str, tuple[str, str]] = {
    "document": ("string", "The document (doc_id, file, file:line or file#entry) that could not be used."),
    "problem": ("string", "What is wrong with it."),
}


def iter_documents(
    source: Source,
    *,
    text_col: str = "text",
    published_col: str = "published",
    url_col: str = "url",
    title_col: str = "title",
    id_col: str = "id",
    encoding: str | None = None,
) -> Iterator[Document | DocumentError]:
    """Stream the documents of ``source``, with per-document problems as ``DocumentError`` values.

    Args:
        source: A file, a folder, a glob, or a list of those.
        text_col: Field or column holding the text (JSONL and CSV).
        published_col: Field or column holding the publication date (ISO 8601).
        url_col: Field or column holding the address.
        title_col: Field or column holding the title.
        id_col: Field or column holding the document id.
        encoding: Codec for every file; by default a byte-order mark decides (UTF-8, UTF-16,
            UTF-32), then an HTML ``<meta charset>``, then UTF-8.

    Yields:
        A :class:`Document` per readable document, a :class:`DocumentError` per problem, in file order.

    Raises:
        CorpusError: A path that does not exist, or a source without any file of a known format.
        LookupError: ``encoding`` is not a codec name.

    """
    if encoding is not None:
        codecs.lookup(encoding)
    options = Options(text_col, published_col, url_col, title_col, id_col, encoding)
    seen = IdIndex()  # ~20 bytes per document, so a streamed corpus stays within constant memory
    labels: list[str] = []  # one per file (the file list itself is already held by _expand)
    for path, label in _expand(source):
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
    text_col: str = "text",
    published_col: str = "published",
    url_col: str = "url",
    title_col: str = "title",
    id_col: str = "id",
    encoding: str | None = None,
    errors: Literal["collect", "raise"] = "collect",
) -> pd.DataFrame:
    """Read a corpus into a documents frame (:data:`DOCUMENT_COLUMNS`).

    Args:
        source: A file, a folder, a glob, or a list of those.
        text_col: See :func:`iter_documents`; likewise ``published_col``, ``url_col``,
            ``title_col``, ``id_col`` and ``encoding``.
        published_col: Field or column holding the publication date.
        url_col: Field or column holding the address.
        title_col: Field or column holding the title.
        id_col: Field or column holding the document id.
        encoding: Codec for every file (default: detected).
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
    for item in iter_documents(
        source, text_col=text_col, published_col=published_col, url_col=url_col,
        title_col=title_col, id_col=id_col, encoding=encoding,
    ):
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
        for name, (dtype, _) in DOCUMENT_COLUMNS.items()
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
        for i, (name, (dtype, _)) in enumerate(ERROR_COLUMNS.items())
    })
    return table


# --- finding files -------------------------------------------------------------------------------

def _expand(source: Source) -> Iterator[tuple[Path, str]]:
    """Yield (path, label) for every file of a known format; labels are relative to the root given."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    found = False
    for item in items:
        text = os.fspath(item)
        if glob.has_magic(text):
            parts = Path(text).parts
            plain = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
            root = Path(*parts[:plain]) if plain else Path()
            paths = [Path(p) for p in sorted(glob.glob(text, recursive=True))]
        elif Path(text).is_dir():
            root = Path(text)
            paths = sorted(p for p in root.rglob("*") if not any(part.startswith(".") for part in
                                                                 p.relative_to(root).parts))
        elif Path(text).exists():
            found = True
            yield Path(text), printable_name(Path(text).name)
            continue
        else:
            raise CorpusError(f"corpus source {text!r} does not exist")
        for path in paths:
            if path.is_file() and path.suffix.lower() in FORMATS:
                found = True
                yield path, printable_name(path.relative_to(root).as_posix())
    if not found:
        raise CorpusError(f"no file of a known format ({', '.join(sorted(FORMATS))}) in {items!r}")
