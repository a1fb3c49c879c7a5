"""Record files: JSON Lines and CSV/TSV, one document per line or row, read as streams.

A JSONL dump or a CSV export may be larger than memory, so both are read a piece at a time: JSONL
a line at a time (a line that cannot be decoded or parsed costs that line only), CSV 10,000 rows at
a time through a decoding stream. Each record becomes a :class:`~quantex.read.documents.Document` or a
:class:`~quantex.errors.DocumentError` naming ``file:line`` (or ``file:row``) and the problem.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO

import pandas as pd

from quantex.errors import DocumentError
from quantex.options import ReadOptions
from quantex.read.decoding import bom_codec, decode, printable_name, refuse_binary, without_bom
from quantex.read.documents import Document, Stream, published_at

__all__ = ["csv_file", "jsonl_file"]


def jsonl_file(path: Path, label: str, options: ReadOptions) -> Stream:
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
                     options: ReadOptions) -> Generator[Document | DocumentError, None, bool]:
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


def csv_file(path: Path, label: str, options: ReadOptions, sep: str) -> Stream:
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


def _csv_documents(stream: IO[str], path: Path, label: str, options: ReadOptions, sep: str) -> Stream:
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


def _record_document(record: dict[str, object], where: str, path: Path, options: ReadOptions) -> Document:
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
        published=published_at(record.get(options.published_col), where, options.date_order),
        url=url,
        title=title,
        source_path=printable_name(str(path)),
        source=_scalar(record, "source", where),
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
