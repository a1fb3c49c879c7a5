r"""The cheap first pass: where in a text a number or a non-quantity can start.

``patterns.MASTER`` is one large alternation; the ``regex`` module tries every alternative at every
position, so searching with it runs at about 1 MB/s, while a scan for ``\d+`` runs at over 100 MB/s
and a scan for a few dozen words at about 20 MB/s. :func:`candidates` uses such scans to list the
positions where a MASTER match can start, and :func:`quantex.spans.find_spans` tries MASTER only
there (``MASTER.match``), which gives the same spans as searching everywhere.

Every MASTER alternative starts either

* at the first character of a run of digits and vulgar fractions (numbers, times, ordinals, most
  dates, glued ISO codes, "½");
* at one of the two words just before such a run (each at most :data:`MAX_PREFIX` letters, white
  space, hyphens and full stops between them) that begins with a capital letter (a month in
  "September 16", a designation in "F-16" or "Storm Shadow 2", "No. 5") or is one of
  :data:`PREFIX_WORDS` ("aged 40", "mid-2024"), or at the letters glued to it in any case ("g7", "g-20");
* or at a word that can begin a number in words, a vague quantity or a named organisation
  (:data:`WORD_STARTS`, derived from the vocabulary tables).

``tests/test_anchors.py`` checks on generated text that every position where ``MASTER.search``
finds a match is a candidate.
"""

from __future__ import annotations

import regex

from quantex.patterns import FLAGS, alternation
from quantex.vocab.nonquantities import ORGANISATIONS
from quantex.vocab.numbers import LEADING_FRACTIONS, TENS, UNITS, VAGUE
from quantex.vocab.trie import literal_alternation

#: the longest word that can stand before the digits of a non-quantity ("September", "Ramstein")
MAX_PREFIX = 16
#: lower-case words that start a non-quantity before digits: ages and decades
PREFIX_WORDS: tuple[str, ...] = ("aged", "mid", "early", "late")

_FIRST = regex.compile(r"[\s\-]+")
#: words that can begin a MASTER match without a digit: number words, vague heads, organisations
WORD_STARTS: frozenset[str] = frozenset(
    {w.lower() for w in (*UNITS, *TENS, *LEADING_FRACTIONS, "half", "a", "an")}
    | {_FIRST.split(head)[0].lower() for head in VAGUE}
    | {name.lower() for name in ORGANISATIONS if not any(ch.isdigit() for ch in name)}
)

#: digits, and vulgar fractions ("½", "⅔": U+00BC..U+00BE, U+2150..U+215F, U+2189) that stand for numbers
_DIGIT_RUN = regex.compile(r"\d+|[\u00bc-\u00be\u2150-\u215f\u2189]+")

# every word start is letters only, so \b before it is (?<!\w) and \b after it is (?!\w); between them a
# match is one whole word of WORD_STARTS in any order of the alternatives, and the prefix tree finds the
# same words as a flat alternation, twice as fast
_WORD = regex.compile(rf"\b{literal_alternation(WORD_STARTS, regex.escape, FLAGS)}\b", FLAGS)
_PREFIX = regex.compile(rf"(?<!\w)(?:\p{{Lu}}|(?i:{alternation(PREFIX_WORDS, spaces=False)})(?!\w))")
_GAP = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f-.")


def candidates(text: str) -> list[int]:
    """Sorted positions of ``text`` where a ``patterns.MASTER`` match may start.

    >>> text = "On September 16 the F-16 fleet lost two jets."
    >>> [text[i:i + 4] for i in candidates(text)]
    ['On S', 'Sept', '16 t', 'F-16', '16 f', 'two ']
    """
    found = [m.start() for m in _WORD.finditer(text)]
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        found.append(start)
        # the words before the run hold only letters and gaps, so _PREFIX (which needs no word
        # character before it) can start only at their first letters: try it there, up to the run
        found.extend(word for word in _words_back(text, start) if _PREFIX.match(text, word, start))
        glued = _glued_word(text, start)
        if glued is not None:
            found.append(glued)
    return sorted(set(found))


def _glued_word(text: str, pos: int) -> int | None:
    """Start of the letters written right before ``pos``, or before a hyphen there ("g7", "g-7")."""
    end = pos - 1 if pos > 0 and text[pos - 1] == "-" else pos
    word = end
    while word > 0 and end - word <= MAX_PREFIX and text[word - 1].isalpha():
        word -= 1
    return word if word < end else None


def _words_back(text: str, pos: int) -> list[int]:
    """Starts of the (up to) two words before ``pos``, nearest first; none past a word that is too long."""
    starts = []
    for _ in range(2):
        while pos > 0 and (text[pos - 1] in _GAP or text[pos - 1].isspace()):
            pos -= 1
        word = pos
        while word > 0 and pos - word <= MAX_PREFIX and text[word - 1].isalpha():
            word -= 1
        if pos - word > MAX_PREFIX or word == pos:
            break
        starts.append(word)
        pos = word
    return starts
