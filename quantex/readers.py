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
import datetime
import glob
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Union

import pandas as pd

from quantex.errors import CorpusError, DocumentError, PublishedDateError
from quantex.published import parse_published

__all__ = [
    "DOCUMENT_COLUMNS", "ERROR_COLUMNS", "FORMATS", "Document", "Source", "corpus_errors", "documents_frame",
    "iter_documents", "read_corpus",
]

Source = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]

#: file extension -> format
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}

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


@dataclass(frozen=True)
class _Options:
    text_col: str
    published_col: str
    url_col: str
    title_col: str
    id_col: str
    encoding: str | None


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
    options = _Options(text_col, published_col, url_col, title_col, id_col, encoding)
    seen: dict[str, str] = {}
    for path, label in _expand(source):
        for item in _read_file(path, label, options):
            if isinstance(item, Document):
                if item.doc_id in seen:
                    first = seen[item.doc_id]
                    item = DocumentError(item.doc_id, f"duplicate doc_id (first read from {first})")
                else:
                    seen[item.doc_id] = label
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
            yield Path(text), Path(text).name
            continue
        else:
            raise CorpusError(f"corpus source {text!r} does not exist")
        for path in paths:
            if path.is_file() and path.suffix.lower() in FORMATS:
                found = True
                yield path, path.relative_to(root).as_posix()
    if not found:
        raise CorpusError(f"no file of a known format ({', '.join(sorted(FORMATS))}) in {items!r}")


# --- reading one file ----------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*(?P<value>.*)")
HEADER_KEYS: frozenset[str] = frozenset({"date", "published", "title", "url", "source", "kind", "id"})
_DATE_LINE = re.compile(r"date[ \t]+(?P<value>\d{4}-\d{2}-\d{2}\S*)[ \t]*", re.IGNORECASE)
_NAME_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_ENTRY = re.compile(
    r"""^\#\#[ \t]+
    (?: (?P<day>\d{4}-\d{2}-\d{2})T )?   # optional full date: 2024-10-22T14:05
    (?P<hour>\d{1,2}):(?P<minute>\d{2})  # entry time, HH:MM
    (?: [ \t]+ (?P<headline>.*?) )? [ \t]*$""",
    re.MULTILINE | re.VERBOSE,
)
_TIME = re.compile(r"T(\d{2}):(\d{2})(?::(\d{2}))?")


def _read_file(path: Path, label: str, options: _Options) -> Iterator[Document | DocumentError]:
    kind = FORMATS.get(path.suffix.lower())
    try:
        if kind is None:
            raise DocumentError(label, f"unknown format {path.suffix!r}; known: {', '.join(sorted(FORMATS))}")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DocumentError(label, f"cannot read the file: {exc.strerror or exc}") from exc
        if kind == "text":
            yield from _text_documents(_decode(raw, label, options.encoding), path, label)
        elif kind == "jsonl":
            yield from _jsonl_documents(raw, path, label, options)
        elif kind in ("csv", "tsv"):
            sep = "\t" if kind == "tsv" else ","
            yield from _csv_documents(_decode(raw, label, options.encoding), path, label, options, sep)
        else:
            yield _html_document(raw, path, label, options)
    except DocumentError as exc:
        yield exc


def _bom_codec(raw: bytes) -> str | None:
    return next((name for bom, name in _BOMS if raw.startswith(bom)), None)


def _decode(raw: bytes, label: str, encoding: str | None, fallback: str | None = None) -> str:
    codec = encoding or _bom_codec(raw) or fallback or "utf-8"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise DocumentError(label, f"not {codec} text: byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                                   "cannot be decoded; pass encoding=... if the file uses another codec"
                            ) from exc
    except LookupError as exc:
        raise DocumentError(label, f"unknown text encoding {codec!r}") from exc
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _text_documents(text: str, path: Path, label: str) -> Iterator[Document | DocumentError]:
    header, body = _split_header(text.lstrip("\n"))
    doc_id = header.get("id") or label
    when = _when(header.get("date") or header.get("published") or _name_date(path), label)
    url, source_path = header.get("url"), str(path)
    if header.get("kind", "").lower() != "liveblog":
        yield Document(doc_id, body.strip("\n"), when, url, header.get("title"), source_path)
        return
    entries = list(_ENTRY.finditer(body))
    intro = body[: entries[0].start()] if entries else body
    if intro.strip():
        yield Document(f"{doc_id}#0", intro.strip("\n"), when, url, header.get("title"), source_path, 0)
    for n, match in enumerate(entries, start=1):
        entry_id = f"{doc_id}#{n}"
        end = entries[n].start() if n < len(entries) else len(body)
        headline = match["headline"] or None
        entry_body = body[match.end(): end].strip("\n")
        try:
            day = _when(match["day"], entry_id) if match["day"] else when
            stamp = None if day is None else day.replace(hour=int(match["hour"]), minute=int(match["minute"]))
        except DocumentError as exc:
            yield exc
            continue
        except ValueError as exc:
            yield DocumentError(entry_id, f"impossible entry time {match.group(0).strip()!r}: {exc}")
            continue
        entry_text = f"{headline}\n\n{entry_body}" if headline else entry_body
        yield Document(entry_id, entry_text, stamp, url, headline, source_path, n)


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a ``key: value`` header block (or a first line ``date YYYY-MM-DD``) from the body."""
    head, _, rest = text.partition("\n\n")
    matches = [_HEADER_LINE.fullmatch(line.strip()) for line in head.split("\n")]
    if all(matches) and any(m["key"].lower() in HEADER_KEYS for m in matches if m):
        return {m["key"].lower(): m["value"].strip() for m in matches if m}, rest
    first, _, after = text.partition("\n")
    if found := _DATE_LINE.fullmatch(first.strip()):
        return {"date": found["value"]}, after
    return {}, text


_Stream = Iterator[Document | DocumentError]


def _jsonl_documents(raw: bytes, path: Path, label: str, options: _Options) -> _Stream:
    # Decode line by line when the file is UTF-8, so one bad byte costs one line, not the file.
    utf8 = options.encoding is None and _bom_codec(raw) in (None, "utf-8-sig")
    lines: list[bytes | str] = (
        list(raw.removeprefix(codecs.BOM_UTF8).split(b"\n")) if utf8
        else list(_decode(raw, label, options.encoding).split("\n"))
    )
    for number, line in enumerate(lines, start=1):
        where = f"{label}:{number}"
        try:
            text = _decode(line, where, None) if isinstance(line, bytes) else line
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise DocumentError(where, f"bad JSON: {exc.msg} at column {exc.colno}") from exc
            if not isinstance(record, dict):
                raise DocumentError(where, f"expected a JSON object, got {type(record).__name__}")
            yield _record_document(record, where, path, options)
        except DocumentError as exc:
            yield exc


def _csv_documents(text: str, path: Path, label: str, options: _Options, sep: str) -> _Stream:
    try:
        table = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise DocumentError(label, f"not a readable CSV table: {exc}") from exc
    if options.text_col not in table.columns:
        raise DocumentError(label, f"no {options.text_col!r} column; columns are {list(table.columns)}")
    for number, record in enumerate(table.to_dict("records"), start=1):
        try:
            yield _record_document({str(k): v for k, v in record.items()}, f"{label}:{number}", path, options)
        except DocumentError as exc:
            yield exc


def _record_document(record: dict[str, object], where: str, path: Path, options: _Options) -> Document:
    text = record.get(options.text_col)
    if not isinstance(text, str):
        raise DocumentError(where, f"no {options.text_col!r} field with text")
    doc_id = record.get(options.id_col)
    url, title = record.get(options.url_col), record.get(options.title_col)
    return Document(
        doc_id=str(doc_id) if doc_id not in (None, "") else where,
        text=text,
        published=_when(record.get(options.published_col), where),
        url=str(url) if url not in (None, "") else None,
        title=str(title) if title not in (None, "") else None,
        source_path=str(path),
    )


def _html_document(raw: bytes, path: Path, label: str, options: _Options) -> Document:
    from quantex.html import parse_page, sniff_charset

    page = parse_page(_decode(raw, label, options.encoding, sniff_charset(raw)), document=label)
    published = _when(page.published, label) if page.published else _when(_name_date(path), label)
    return Document(label, page.text, published, page.url, page.title, str(path))


def _name_date(path: Path) -> str | None:
    found = _NAME_DATE.search(path.name)
    return found.group(0) if found else None


def _when(value: object, document: str) -> datetime.datetime | None:
    """Read a publication time; the day via parse_published, the wall-clock time kept when given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        day = parse_published(value)  # DocumentError names the document
    except PublishedDateError as exc:
        raise DocumentError(document, str(exc)) from exc
    if day is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    clock = _TIME.search(value) if isinstance(value, str) else None
    try:
        hour, minute, second = (int(part or 0) for part in clock.groups()) if clock else (0, 0, 0)
        time = datetime.time(hour, minute, second)
    except ValueError as exc:
        raise DocumentError(document, f"impossible time in published {value!r}: {exc}") from exc
    return datetime.datetime.combine(day, time)
