r"""The cheap first pass: where in a text a number or a non-quantity can start.

``patterns.MASTER`` is one large alternation; the ``regex`` module tries every alternative at every
position, so searching with it runs at about 1 MB/s, while a scan for ``\d+`` runs at over 100 MB/s
and a scan for a few dozen words at about 20 MB/s. :func:`candidates` uses such scans to list the
positions where a MASTER match can start, and :func:`quantex.spans.find.find_spans` tries MASTER only
there (``MASTER.match``), which gives the same spans as searching everywhere.

Every MASTER alternative starts either

* at the first character of a run of digits and vulgar fractions (numbers, times, ordinals, most
  dates, glued ISO codes, "½");
* at the word just before such a run (at most :data:`MAX_PREFIX` letters, then white space, hyphens
  and full stops) when it is one of :data:`PREFIX_WORDS` in any case ("aged 40", "mid-2024"), or a
  month or a one-word designation as written ("September 16", "Leopard 2", "No. 5"), or up to eight
  ASCII letters, the first a capital, before a hyphen ("F-16"); at the word before that only when
  the two are a two-word designation ("Storm Shadow 2"); or at the letters glued to the run in any
  case ("g7", "g-20");
* or at a word that can begin a number in words, a vague quantity or a named organisation
  (:data:`WORD_STARTS`, derived from the vocabulary tables).

``tests/test_anchors.py`` checks on generated text that every position where ``MASTER.search``
finds a match is a candidate.
"""

from __future__ import annotations

import regex

from quantex.spans.patterns import FLAGS, WORD_SCALES, alternation
from quantex.vocab.nonquantities import MONTHS, ORGANISATIONS, SPACED_DESIGNATIONS
from quantex.vocab.numbers import LEADING_FRACTIONS, TENS, UNITS, VAGUE
from quantex.vocab.trie import literal_alternation
from quantex.vocab.units import ARTICLE_UNITS

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

#: what can follow "a" or "an" in a MASTER match: "a half", "a quarter of a million", "a dozen", "a few", "a gallon"
ARTICLE_NEXT: frozenset[str] = frozenset(
    {*LEADING_FRACTIONS, "half", *WORD_SCALES, *(unit.split()[0] for unit in ARTICLE_UNITS)}
    | {head.split()[1] for head in VAGUE if head.split()[0] in ("a", "an")}
)
# every word start is letters only, so \b before it is (?<!\w) and \b after it is (?!\w); between them a
# match is one whole word of WORD_STARTS in any order of the alternatives, and the prefix tree finds the
# same words as a flat alternation, twice as fast. "a" and "an" start a number in words or a vague
# quantity only before spaces or hyphens and one of ARTICLE_NEXT (MASTER's other alternatives at an "A"
# need a digit after it, and the digit runs propose it: "A-10"), so they are proposed only there.
_WORD = regex.compile(
    rf"""\b(?:{literal_alternation(WORD_STARTS - {"a", "an"}, regex.escape, FLAGS)}\b
            |an?\b(?=[\s\-]+{literal_alternation(ARTICLE_NEXT, regex.escape, FLAGS)}))""",
    FLAGS,
)
_ONE_WORD_DESIGNATIONS = [d for d in SPACED_DESIGNATIONS if " " not in d]
# Which of MASTER's letter alternatives can start at a word before a digit run? Every one of them that
# _WORD does not find (number words, vague heads and organisations) or the glued letters ("G7", "E3")
# reads its word and then only gap characters up to the digits: a month ("(?-i:September)\.?\s+\d"),
# "aged", "mid-", "early-", "late-" in any case, a designation as written ("Leopard\s+\d", "No\.\s+\d",
# "[A-Z][A-Za-z]{0,7}-\d"), or the first word of a two-word designation ("Storm[\s\-]+Shadow\s+\d").
# So the word just before a run can start one only as _BEFORE_DIGITS says, the word before that only
# as _TWO_BEFORE_DIGITS says, and only when the word after it is the second word of such a designation.
_BEFORE_DIGITS = regex.compile(
    rf"""(?<!\w)(?:(?i:{alternation(PREFIX_WORDS, spaces=False)})(?!\w)
         |(?-i:{alternation([m.capitalize() for m in MONTHS], spaces=False)}|{alternation(_ONE_WORD_DESIGNATIONS)})
          (?!\w)
         |(?-i:[A-Z][A-Za-z]{{0,7}})-)""",
    regex.VERBOSE,
)
_TWO_WORD_DESIGNATIONS = [d for d in SPACED_DESIGNATIONS if " " in d]
_TWO_BEFORE_DIGITS = regex.compile(rf"(?<!\w)(?-i:{alternation(_TWO_WORD_DESIGNATIONS)})(?!\w)")
#: the second words of the two-word designations, as written
_SECOND_WORDS = frozenset(d.split()[-1] for d in _TWO_WORD_DESIGNATIONS)
_GAP = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f-.")


def candidates(text: str) -> list[int]:
    """Sorted positions of ``text`` where a ``patterns.MASTER`` match may start.

    >>> text = "On September 16 the F-16 fleet lost two jets."
    >>> [text[i:i + 4] for i in candidates(text)]
    ['Sept', '16 t', 'F-16', '16 f', 'two ']
    """
    found = [m.start() for m in _WORD.finditer(text)]
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        found.append(start)
        before = _word_before(text, start)
        if before is not None:
            word, end = before
            if _BEFORE_DIGITS.match(text, word, start):
                found.append(word)
            if text[word:end] in _SECOND_WORDS:
                two_before = _word_before(text, word)
                if two_before is not None and _TWO_BEFORE_DIGITS.match(text, two_before[0], start):
                    found.append(two_before[0])
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


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """Start and end of the word before ``pos``, past gap characters; None if none or too long."""
    while pos > 0 and (text[pos - 1] in _GAP or text[pos - 1].isspace()):
        pos -= 1
    word = pos
    while word > 0 and pos - word <= MAX_PREFIX and text[word - 1].isalpha():
        word -= 1
    if pos - word > MAX_PREFIX or word == pos:
        return None
    return word, pos
