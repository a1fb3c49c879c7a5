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
        word = _last_word(text, max(start, m.start() - 24), m.start()) if "\n" not in m.group() else None
        if word is not None and word.lower().rstrip(".") in ABBREVIATIONS:
            continue
        if word is not None and len(word) == 1 and word.isupper():
            continue  # an initial: "J. Smith"
        _append(text, start, m.start(), bounds)
        start = m.end()
    _append(text, start, len(text), bounds)
    return bounds


_QUOTES = frozenset("\"”’)]")
_WORD_OR_DOT = regex.compile(r"[\w.]")


def _last_word(text: str, lo: int, end: int) -> str | None:
    r"""``group(1)`` of ``_LAST_WORD.search(text, lo, end)`` (the word before a closing stop), or None.

    Read backwards instead of searched: a match ends at ``end``, or before a line break there (``$``);
    before that come the closing quotes, all of them (a stop is no quote), then the stop; the word is
    then the ``[\w.]`` characters before the stop, back to ``lo``, as many as there are (the leftmost
    start of the search). About four times cheaper (``tests/test_spans_fastpath.py`` compares the two).
    """
    if end > lo and text[end - 1] == "\n":
        end -= 1  # the only place "$" can match then: no quote or stop is a line break
    while end > lo and text[end - 1] in _QUOTES:
        end -= 1
    stop = end - 1
    if stop <= lo or text[stop] not in ".!?":
        return None
    word = stop
    while word > lo:
        ch = text[word - 1]
        # ASCII \w is [A-Za-z0-9_]; other characters are asked of regex itself
        if not (ch.isalnum() or ch in "_." if ch.isascii() else _WORD_OR_DOT.match(ch)):
            break
        word -= 1
    return text[word:stop] if word < stop else None


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
