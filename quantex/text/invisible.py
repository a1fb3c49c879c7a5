"""Invisible format characters: read text as if they were absent, report offsets in the original.

Text scraped from the web carries characters that render as nothing: zero-width spaces and joiners,
word joiners, soft hyphens, byte-order marks and bidirectional controls. Inside a number ("1,\u200b500"),
a scale word ("bil\u00adlion") or a noun ("dro\u00adnes") they would break it. :func:`visible` removes
them and returns a map from offsets in the cleaned text back to the original, so every fact keeps
``text[start:end] == span`` in the text the user gave.

Source of the list: the Unicode character database, general category Cf (format) characters that
appear in news pages: U+00AD SOFT HYPHEN, U+200B..U+200F (zero-width space, non-joiner, joiner,
left-to-right and right-to-left marks), U+202A..U+202E (bidirectional embeddings and overrides),
U+2060 WORD JOINER, U+2066..U+2069 (bidirectional isolates), U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

#: the invisible format characters removed before extraction (see the module docstring)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE = regex.compile(f"[{INVISIBLE}]+")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Visible:
    """Text without invisible characters, and where each of its offsets lies in the original.

    ``offsets`` is empty when nothing was removed (the texts are then the same).
    """

    text: str
    offsets: tuple[int, ...] = ()

    def start(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the cleaned text."""
        return self.offsets[offset] if self.offsets else offset

    def end(self, offset: int) -> int:
        """The original (exclusive) end offset for an exclusive end ``offset`` of the cleaned text."""
        if not self.offsets or offset == 0:
            return offset
        return self.offsets[offset - 1] + 1


def visible(text: str) -> Visible:
    r"""Remove invisible format characters, keeping the way back to the original offsets.

    >>> v = visible("1,\u200b500 drones")
    >>> v.text, v.start(0), v.end(5)
    ('1,500 drones', 0, 6)
    """
    if _INVISIBLE.search(text) is None:
        return Visible(text)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _INVISIBLE.finditer(text):
        pieces.append(text[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return Visible("".join(pieces), tuple(offsets))


def surrogate_at(text: str) -> int | None:
    r"""Offset of the first lone surrogate code point (text that is not valid Unicode), or None.

    >>> surrogate_at("ok \ud800")
    3
    """
    m = _SURROGATE.search(text)
    return None if m is None else m.start()
