"""Split text into sentences with half-open offsets.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital letter, digit or quote,
unless the word before the stop is an abbreviation from the table below; a line break followed by
another line break, a heading mark or a list bullet also ends one. Offsets are kept, never re-joined text.

A run of text longer than :data:`MAX_SENTENCE` characters without any of these (a table of figures, a
scraped page without punctuation) is cut at white space into pieces of at most that length, so that the
sentence stored with each fact, and the context read around it, stay bounded whatever the input.
"""

from __future__ import annotations

import bisect

import regex

#: abbreviations after which a full stop does not end a sentence (news style: titles, months, places)
ABBREVIATIONS: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen",
    "rep", "st", "mt", "no", "nos", "vs", "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "inc", "ltd", "co",
    "corp", "jr", "sr", "fig", "ca", "cf", "al", "u.s.a", "d.c", "a.m", "p.m",
})

_BOUNDARY = regex.compile(
    r"""(?:(?<=[.!?])["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\d\p{Sc}])   # stop, space, capital, digit or currency
          |\n\s*\n\s*                                   # blank line
          |\n(?=\s*(?:[#*\-•]|\d{1,2}:\d{2}))           # a heading, bullet or timestamp line
          |(?<=[^\s.!?,;:])\n(?=\s*\p{Lu})               # a line without a stop, e.g. a headline
        )""",
    regex.VERBOSE,
)
#: the longest sentence kept whole; longer runs are cut at the last white space before this length
MAX_SENTENCE = 1000
_LAST_WORD = regex.compile(r"([\w.]+)[.!?][\"”’)\]]*$")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of every sentence, stripped of surrounding white space.

    >>> text = "Gen. Smith said 12 were killed. About 40 were hurt."
    >>> [text[a:b] for a, b in sentence_bounds(text)]
    ['Gen. Smith said 12 were killed.', 'About 40 were hurt.']
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        word = _LAST_WORD.search(text, max(start, m.start() - 24), m.start())
        if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS and "\n" not in m.group():
            continue
        if word and len(word.group(1)) == 1 and word.group(1).isupper() and "\n" not in m.group():
            continue  # an initial: "J. Smith"
        _append(text, start, m.start(), bounds)
        start = m.end()
    _append(text, start, len(text), bounds)
    return bounds


def _append(text: str, start: int, end: int, bounds: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE),
                  text.rfind("\n", start + MAX_SENTENCE // 2, start + MAX_SENTENCE))
        cut = cut if cut > start else start + MAX_SENTENCE
        _append(text, start, cut, bounds)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        bounds.append((start, end))


class SentenceIndex:
    """Look up the sentence around an offset in O(log n)."""

    def __init__(self, text: str) -> None:
        self.bounds = sentence_bounds(text) or [(0, len(text))]
        self._starts = [b[0] for b in self.bounds]

    def index_of(self, offset: int) -> int:
        """Number of the sentence containing ``offset`` (or the nearest one before it)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def around(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing ``offset`` (or the nearest one before it)."""
        return self.bounds[self.index_of(offset)]
