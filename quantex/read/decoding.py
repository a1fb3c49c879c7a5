r"""Bytes to text for the corpus readers: the codec of a file, and the text no document may hold.

A byte-order mark decides the codec (UTF-8, UTF-16, UTF-32), then an HTML page's declared
charset, then UTF-8; a file that does not decode is an error naming the file and the first bad
byte, never a guess. Two more things are refused, because they are never the text a publisher
wrote and they break the frames built from it:

* *NUL-heavy text*: UTF-16 or UTF-32 without a byte-order mark whose content is ASCII decodes as
  valid UTF-8 with a NUL after every character; binary files do too. More than a quarter NUL
  characters in the first 8 KiB (:data:`NUL_SHARE`) rejects the file; a stray NUL is kept.
* *Control-heavy text*: UTF-16 of Cyrillic (or Greek, Arabic, ...) without a byte-order mark decodes
  as valid UTF-8 too, every other character a control character such as U+0004; more than a tenth
  control characters (:data:`CONTROL_SHARE`) rejects the file instead of reading invented numbers.
* *Lone surrogates* (U+D800..U+DFFF on their own): a JSON ``"\ud800"`` escape or a file name
  that is not UTF-8 yields them; pyarrow-backed pandas strings, Parquet and UTF-8 files cannot
  store them, so one such document would take the whole frame down.
"""

from __future__ import annotations

import codecs
import os
import re

from quantex.errors import DocumentError

__all__ = ["CONTROL_SHARE", "NUL_SHARE", "bom_codec", "decode", "lone_surrogate", "printable_name", "refuse_binary",
           "without_bom"]

#: A decoded sample with more than this share of NUL characters is not text.
NUL_SHARE = 0.25
_SAMPLE = 8192
#: A decoded sample with more than this share of control characters (C0 but tab, line feed, carriage
#: return, form feed and vertical tab) is not text: news never holds one in ten.
CONTROL_SHARE = 0.10
_FEW_CONTROLS = 3  # a few stray control characters in a short text are kept, like a stray NUL
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f\x7f]")

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def bom_codec(raw: bytes) -> str | None:
    r"""The codec a byte-order mark at the start of ``raw`` names, or None.

    >>> bom_codec(codecs.BOM_UTF16_LE + b"5\x00"), bom_codec(b"5 drones")
    ('utf-16', None)
    """
    return next((name for bom, name in _BOMS if raw.startswith(bom)), None)


def without_bom(raw: bytes) -> bytes:
    """``raw`` without the byte-order mark it starts with, if any."""
    return next((raw[len(bom):] for bom, _ in _BOMS if raw.startswith(bom)), raw)


def decode(raw: bytes, document: str, encoding: str | None, fallback: str | None = None) -> str:
    r"""Decode a file (or a line of one): ``encoding``, else its BOM, else ``fallback``, else UTF-8.

    Line ends become ``\n`` and a leading BOM is dropped.

    Raises:
        DocumentError: The bytes do not decode, the codec is unknown, or the text is mostly NUL.

    """
    codec = encoding or bom_codec(raw) or fallback or "utf-8"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise DocumentError(document, f"not {codec} text: byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                                      "cannot be decoded; pass encoding=... if the file uses another codec"
                            ) from exc
    except LookupError as exc:
        raise DocumentError(document, f"unknown text encoding {codec!r}") from exc
    refuse_binary(text, document)
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def refuse_binary(text: str | bytes, document: str) -> None:
    r"""Raise unless the start of ``text`` (decoded, or UTF-8 bytes) is mostly free of control characters.

    >>> refuse_binary("5 dr\x00ones", "a.txt")  # a stray NUL is text
    >>> refuse_binary("5 drones".encode("utf-16-le"), "a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quantex.errors.DocumentError: a.txt: not text: 8 of the first 16 bytes are NUL; UTF-16 without ...
    >>> refuse_binary("Росія".encode("utf-16-le"), "ru.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    quantex.errors.DocumentError: ru.txt: not text: 5 of the first 10 bytes are control characters; ...

    """
    sample = text[:_SAMPLE]
    if isinstance(sample, str):
        nul, unit = sample.count("\x00"), "characters"
        controls = len(_CONTROLS.findall(sample))
    else:
        nul, unit = sample.count(b"\x00"), "bytes"
        controls = len(_CONTROL_BYTES.findall(sample))
    hint = ("UTF-16 without a byte-order mark (pass encoding='utf-16-le' or 'utf-16-be') or a binary file")
    if nul > NUL_SHARE * len(sample):
        raise DocumentError(document, f"not text: {nul} of the first {len(sample)} {unit} are NUL; {hint}")
    if controls > max(_FEW_CONTROLS, CONTROL_SHARE * len(sample)):
        # UTF-16 of Cyrillic, Greek or Arabic without a byte-order mark decodes as "valid" UTF-8 in
        # which every other character is a control character (the high byte 0x04, 0x03, 0x06)
        raise DocumentError(document, f"not text: {controls} of the first {len(sample)} {unit} are control "
                                      f"characters; {hint}")


def lone_surrogate(value: str) -> int | None:
    r"""Offset of the first lone surrogate in ``value``, or None when it has none.

    >>> lone_surrogate("56 drones"), lone_surrogate("a \ud800 56")
    (None, 2)
    """
    found = _SURROGATE.search(value)
    return None if found is None else found.start()


def printable_name(name: str) -> str:
    r"""A file name that any UTF-8 table can hold: bytes the file system could not decode, escaped.

    >>> printable_name("caf\udce9.txt")
    'caf\\xe9.txt'
    """
    if lone_surrogate(name) is None:
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a surrogate that did not come from the file system's own escaping
        raw = name.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")
