r"""How many items a corpus source will yield, counted cheaply: the total of a progress bar.

:func:`count_items` walks the same files :func:`quantex.read.sources.iter_documents` reads, without
reading any text into memory: a JSON Lines file counts its lines that are not blank (bytes scanned in
blocks), a CSV or TSV file its rows (``csv.reader`` over the decoded stream, so a quoted cell with line
breaks is one row), a text file one document (a live blog its entries: ``kind: liveblog`` files are
small), an HTML page one, a folder that cannot be listed or a dangling link one error row. The count is
of items, documents and error rows alike, as the stream yields them; a file whose codec or structure
the reader would refuse counts as one (its error row).

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
>>> _ = (folder / "b.csv").write_text('text\n"two\nlines"\nz\n')
>>> count_items(folder)
4
"""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

from quantex.errors import DocumentError
from quantex.options import ReadOptions
from quantex.read.decoding import bom_codec
from quantex.read.formats import FORMATS, live_blog_items
from quantex.read.sources import Source, iter_files

__all__ = ["count_items"]

_BLOCK = 1 << 20  # bytes per read when counting lines: constant memory for a file of any size


def count_items(source: Source, *, read: ReadOptions | None = None) -> int:
    """The number of documents and error rows ``source`` will yield (see the module docstring)."""
    options = read or ReadOptions()
    total = 0
    for found in iter_files(source):
        if isinstance(found, DocumentError):
            total += 1
            continue
        try:
            total += _count_file(found[0], options)
        except (OSError, UnicodeDecodeError, LookupError, csv.Error):
            total += 1  # the reader will report the file as one error row
    return total


def _count_file(path: Path, options: ReadOptions) -> int:
    kind = FORMATS[path.suffix.lower()]
    if kind == "jsonl":
        return max(1, _lines(path))
    if kind in ("csv", "tsv"):
        with path.open("rb") as handle:
            codec = options.encoding or bom_codec(handle.read(4)) or "utf-8"
            handle.seek(0)
            text = io.TextIOWrapper(handle, encoding=codec, errors="replace", newline="")
            rows = sum(1 for _ in itertools.islice(csv.reader(text, delimiter="\t" if kind == "tsv" else ","), 1, None))
            text.detach()
        return max(1, rows)
    if kind == "text":
        return live_blog_items(path, options)
    return 1


def _lines(path: Path) -> int:
    """Lines holding more than white space, counted on bytes in blocks (UTF-8 or a UTF-16/32 BOM file)."""
    with path.open("rb") as handle:
        head = handle.read(4)
        handle.seek(0)
        codec = bom_codec(head)
        if codec is not None and not codec.startswith("utf-8"):
            text = io.TextIOWrapper(handle, encoding=codec, errors="replace")
            count = sum(1 for line in text if line.strip())
            text.detach()
            return count
        count, ends_blank, tail = 0, True, b""
        while block := handle.read(_BLOCK):
            lines = (tail + block).split(b"\n")
            tail = lines.pop()
            count += sum(1 for line in lines if line.strip())
            ends_blank = not tail.strip()
        return count + (not ends_blank)
