"""Corpus file formats: how the bytes of a text, JSON Lines, CSV or saved HTML file become documents.

:func:`read_file` reads one file into :class:`~quantex.read.documents.Document` values and, for each document that
cannot be used, a :class:`~quantex.errors.DocumentError` naming it (``file``, ``file:line`` or
``file#entry``) and the problem. Text files (with their header and live-blog entries) and HTML
pages are read here; JSON Lines and CSV, streamed, in :mod:`quantex.read.rows`.
:mod:`quantex.read.sources` finds the files and collects the results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from quantex.errors import DocumentError
from quantex.options import ReadOptions
from quantex.read.decoding import bom_codec, decode, lone_surrogate, printable_name, without_bom
from quantex.read.documents import Document, Stream, published_at
from quantex.read.rows import csv_file, jsonl_file

__all__ = ["FORMATS", "HEADER_KEYS", "Document", "live_blog_items", "read_file"]

#: file extension -> format
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


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



def read_file(path: Path, label: str, options: ReadOptions) -> Iterator[Document | DocumentError]:
    """Read one file (format from its extension); ``label`` names it in ids and error messages."""
    kind = FORMATS.get(path.suffix.lower())
    try:
        if kind is None:
            raise DocumentError(label, f"unknown format {path.suffix!r}; known: {', '.join(sorted(FORMATS))}")
        if kind == "jsonl":  # read line by line: a JSONL dump may be larger than memory
            yield from (_storable(item) for item in jsonl_file(path, label, options))
            return
        if kind in ("csv", "tsv"):  # read in chunks of rows, for the same reason
            yield from (_storable(item) for item in csv_file(path, label, options, "\t" if kind == "tsv" else ","))
            return
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DocumentError(label, f"cannot read the file: {exc.strerror or exc}") from exc
        if not without_bom(raw).strip():
            raise DocumentError(label, "empty file (0 bytes): no document to read" if not raw
                                else "the file holds only white space: no document to read")
        items: Stream
        if kind == "text":
            items = _text_documents(decode(raw, label, options.encoding), path, label, options.date_order)
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


def _text_documents(text: str, path: Path, label: str, order: str | None) -> Iterator[Document | DocumentError]:
    header, body = _split_header(text.lstrip("\n"))
    doc_id = header.get("id") or label
    when = published_at(header.get("date") or header.get("published") or _name_date(path), label, order)
    url, source_path = header.get("url"), printable_name(str(path))
    if header.get("kind", "").lower() != "liveblog":
        yield Document(doc_id, body.strip("\n"), when, url, header.get("title"), source_path,
                       source=header.get("source"))
        return
    entries = list(_ENTRY.finditer(body))
    intro = body[: entries[0].start()] if entries else body
    if intro.strip():
        yield Document(f"{doc_id}#0", intro.strip("\n"), when, url, header.get("title"), source_path, 0,
                       source=header.get("source"))
    for n, match in enumerate(entries, start=1):
        entry_id = f"{doc_id}#{n}"
        end = entries[n].start() if n < len(entries) else len(body)
        headline = match["headline"] or None
        entry_body = body[match.end(): end].strip("\n")
        try:
            day = published_at(match["day"], entry_id) if match["day"] else when
            stamp = None if day is None else day.replace(hour=int(match["hour"]), minute=int(match["minute"]))
        except DocumentError as exc:
            yield exc
            continue
        except ValueError as exc:
            yield DocumentError(entry_id, f"impossible entry time {match.group(0).strip()!r}: {exc}")
            continue
        entry_text = f"{headline}\n\n{entry_body}" if headline else entry_body
        yield Document(entry_id, entry_text, stamp, url, headline, source_path, n, source=header.get("source"))


#: bytes read to find a text file's header when counting its items
_HEAD_BYTES = 8192


def live_blog_items(path: Path, options: ReadOptions) -> int:
    """How many items a text file will yield: 1, or a live blog's entries (and its introduction).

    Only the first bytes are read unless the header says ``kind: liveblog``.
    """
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    codec = options.encoding or bom_codec(head) or "utf-8"
    header, _ = _split_header(head.decode(codec, errors="replace").lstrip("\ufeff\n"))
    if header.get("kind", "").lower() != "liveblog":
        return 1
    _, body = _split_header(decode(path.read_bytes(), path.name, options.encoding).lstrip("\n"))
    entries = list(_ENTRY.finditer(body))
    intro = body[: entries[0].start()] if entries else body
    return max(1, len(entries) + bool(intro.strip()))


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


def _html_document(raw: bytes, path: Path, label: str, options: ReadOptions) -> Document:
    from quantex.read.html import parse_page, sniff_charset

    page = parse_page(decode(raw, label, options.encoding, sniff_charset(raw)), document=label)
    published = published_at(page.published or _name_date(path), label, options.date_order)
    return Document(label, page.text, published, page.url, page.title, printable_name(str(path)))


def _name_date(path: Path) -> str | None:
    found = _NAME_DATE.search(path.name)
    return found.group(0) if found else None
