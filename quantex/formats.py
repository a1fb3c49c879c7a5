"""Corpus file formats: how the bytes of a text, JSON Lines, CSV or saved HTML file become documents.

:func:`read_file` reads one file into :class:`Document` values and, for each document that
cannot be used, a :class:`~quantex.errors.DocumentError` naming it (``file``, ``file:line`` or
``file#entry``) and the problem. :mod:`quantex.readers` finds the files and collects the results.
"""

from __future__ import annotations

import codecs
import datetime
import io
import json
import re
import sys
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pandas as pd

from quantex.decoding import bom_codec, decode, lone_surrogate, printable_name, refuse_binary, without_bom
from quantex.errors import DocumentError, PublishedDateError
from quantex.published import parse_published

__all__ = ["FORMATS", "HEADER_KEYS", "Document", "Options", "read_file"]

#: file extension -> format
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
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
class Options:
    """Reader options: field and column names, and the codec (None: detected)."""

    text_col: str
    published_col: str
    url_col: str
    title_col: str
    id_col: str
    encoding: str | None


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

_Stream = Iterator[Document | DocumentError]


def read_file(path: Path, label: str, options: Options) -> Iterator[Document | DocumentError]:
    """Read one file (format from its extension); ``label`` names it in ids and error messages."""
    kind = FORMATS.get(path.suffix.lower())
    try:
        if kind is None:
            raise DocumentError(label, f"unknown format {path.suffix!r}; known: {', '.join(sorted(FORMATS))}")
        if kind == "jsonl":  # read line by line: a JSONL dump may be larger than memory
            yield from (_storable(item) for item in _jsonl_file(path, label, options))
            return
        if kind in ("csv", "tsv"):  # read in chunks of rows, for the same reason
            yield from (_storable(item) for item in _csv_file(path, label, options, "\t" if kind == "tsv" else ","))
            return
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DocumentError(label, f"cannot read the file: {exc.strerror or exc}") from exc
        if not without_bom(raw).strip():
            raise DocumentError(label, "empty file (0 bytes): no document to read" if not raw
                                else "the file holds only white space: no document to read")
        items: _Stream
        if kind == "text":
            items = _text_documents(decode(raw, label, options.encoding), path, label)
        else:
            items = iter([_html_document(raw, path, label, options)])
        yield from (_storable(item) for item in items)
    except DocumentError as exc:
        yield exc


def _storable(item: Document | DocumentError) -> Document | DocumentError:
    """The document, or an error when a field holds a lone surrogate (no frame or file can store it)."""
    if isinstance(item, DocumentError):
        return item
    for name in ("text", "doc_id", "title", "url"):
        value = getattr(item, name)
        offset = None if value is None else lone_surrogate(value)
        if offset is not None:
            return DocumentError(printable_name(item.doc_id), (
                f"lone surrogate U+{ord(value[offset]):04X} at offset {offset} of the {name} (a JSON "
                "'\\ud800' escape without its pair?): no frame or UTF-8 file can store it"))
    return item


def _text_documents(text: str, path: Path, label: str) -> Iterator[Document | DocumentError]:
    header, body = _split_header(text.lstrip("\n"))
    doc_id = header.get("id") or label
    when = _when(header.get("date") or header.get("published") or _name_date(path), label)
    url, source_path = header.get("url"), printable_name(str(path))
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


def _jsonl_file(path: Path, label: str, options: Options) -> _Stream:
    """The documents of a JSONL file, read a line at a time (memory bounded by the longest line)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield DocumentError(label, f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        head = handle.read(_HEAD)
        handle.seek(0)
        # Decode line by line when the file is UTF-8, so one bad byte costs one line, not the file.
        if options.encoding is None and bom_codec(head) in (None, "utf-8-sig"):
            refuse_binary(head, label)
            lines: Iterator[bytes | str] = _without_first_bom(handle)
        else:
            codec = options.encoding or bom_codec(head) or "utf-8"
            try:
                sample = head.decode(codec, errors="ignore")  # a character cut at the end is no matter
            except LookupError as exc:
                raise DocumentError(label, f"unknown text encoding {codec!r}") from exc
            refuse_binary(sample, label)
            lines = _decoded_lines(handle, codec, label)
        found = yield from _jsonl_documents(lines, path, label, options)
    if not found:
        raise DocumentError(label, "empty file (0 bytes): no document to read" if not head
                            else "the file holds only white space: no document to read")


_HEAD = 8192


def _without_first_bom(handle: IO[bytes]) -> Iterator[bytes]:
    for number, line in enumerate(handle):
        yield line.removeprefix(codecs.BOM_UTF8) if number == 0 else line


def _decoded_lines(handle: IO[bytes], codec: str, label: str) -> Iterator[str]:
    """Lines split at line feeds only (JSON strings may hold U+2028 and other line separators)."""
    reader = io.TextIOWrapper(handle, encoding=codec, newline="\n")
    try:
        for line in reader:
            yield line.removeprefix("\ufeff").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise DocumentError(label, f"not {codec} text: {exc.reason}; pass encoding=... if the file uses "
                                   "another codec") from exc
    finally:
        reader.detach()  # the caller owns and closes the file


def _jsonl_documents(lines: Iterator[bytes | str], path: Path, label: str,
                     options: Options) -> Generator[Document | DocumentError, None, bool]:
    """Documents and line errors of JSONL lines; returns whether any line was not blank."""
    found = False
    for number, line in enumerate(lines, start=1):
        where = f"{label}:{number}"
        try:
            text = decode(line, where, None) if isinstance(line, bytes) else line
            if not text.strip():
                continue
            found = True
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise DocumentError(where, f"bad JSON: {exc.msg} at column {exc.colno}") from exc
            except RecursionError as exc:  # the stack is unwound here, so going on is safe
                raise DocumentError(where, "bad JSON: nested deeper than Python's recursion limit "
                                           f"({sys.getrecursionlimit()}) allows") from exc
            except ValueError as exc:  # an integer of more digits than int_max_str_digits allows
                raise DocumentError(where, f"bad JSON: {exc}") from exc
            if not isinstance(record, dict):
                raise DocumentError(where, f"expected a JSON object, got {_json_type(record)}")
            yield _record_document(record, where, path, options)
        except DocumentError as exc:
            yield exc
    return found


def _csv_file(path: Path, label: str, options: Options, sep: str) -> _Stream:
    """The documents of a CSV or TSV file, parsed :data:`_CSV_ROWS` rows at a time."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise DocumentError(label, f"cannot read the file: {exc.strerror or exc}") from exc
    with handle:
        head = handle.read(_HEAD)
        handle.seek(0)
        if len(head) < _HEAD and not without_bom(head).strip():
            raise DocumentError(label, "empty file (0 bytes): no document to read" if not head
                                else "the file holds only white space: no document to read")
        codec = options.encoding or bom_codec(head) or "utf-8"
        try:
            refuse_binary(head.decode(codec, errors="ignore"), label)  # a character cut at the end is no matter
        except LookupError as exc:
            raise DocumentError(label, f"unknown text encoding {codec!r}") from exc
        # universal newlines: "\r\n" and "\r" in cells become "\n", as for every other text quantex reads
        reader = io.TextIOWrapper(handle, encoding=codec, newline=None)
        try:
            yield from _csv_documents(reader, path, label, options, sep)
        except UnicodeDecodeError as exc:
            raise DocumentError(label, f"not {codec} text: {exc.reason}; pass encoding=... if the file uses "
                                       "another codec") from exc
        finally:
            reader.detach()  # the file is closed by its own with-block


_CSV_ROWS = 10_000


def _csv_documents(stream: IO[str], path: Path, label: str, options: Options, sep: str) -> _Stream:
    number = 0
    try:
        for table in pd.read_csv(stream, sep=sep, dtype=str, keep_default_na=False, chunksize=_CSV_ROWS):
            if options.text_col not in table.columns:
                raise DocumentError(label, f"no {options.text_col!r} column; columns are {list(table.columns)}")
            for record in table.to_dict("records"):
                number += 1
                try:
                    yield _record_document({str(k): v for k, v in record.items()}, f"{label}:{number}", path,
                                           options)
                except DocumentError as exc:
                    yield exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise DocumentError(label, f"not a readable CSV table: {exc}") from exc


def _record_document(record: dict[str, object], where: str, path: Path, options: Options) -> Document:
    text = record.get(options.text_col)
    if text is None:
        raise DocumentError(where, f"no {options.text_col!r} field with text"
                                   + (" (it is null)" if options.text_col in record else ""))
    if not isinstance(text, str):
        raise DocumentError(where, f"the {options.text_col!r} field is {_json_type(text)}, not text")
    doc_id, url, title = (_scalar(record, name, where) for name in (options.id_col, options.url_col,
                                                                    options.title_col))
    return Document(
        doc_id=doc_id or where,
        text=text,
        published=_when(record.get(options.published_col), where),
        url=url,
        title=title,
        source_path=printable_name(str(path)),
    )


def _scalar(record: dict[str, object], name: str, where: str) -> str | None:
    """A string or number field as text; None when absent, null or empty."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DocumentError(where, f"the {name!r} field is {_json_type(value)}, not a string or number")
    return str(value)


def _json_type(value: object) -> str:
    """How JSON calls the type of a decoded value, with an article."""
    kinds = {dict: "an object", list: "an array", bool: "a boolean", str: "a string", int: "a number",
             float: "a number"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _html_document(raw: bytes, path: Path, label: str, options: Options) -> Document:
    from quantex.html import parse_page, sniff_charset

    page = parse_page(decode(raw, label, options.encoding, sniff_charset(raw)), document=label)
    published = _when(page.published, label) if page.published else _when(_name_date(path), label)
    return Document(label, page.text, published, page.url, page.title, printable_name(str(path)))


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
