"""Regular expressions compiled from the vocabulary tables.

Nothing here is hand-listed vocabulary: every alternative comes from a table in ``quantex.vocab``.
All patterns are free of nested unbounded repetition, so matching stays linear in the input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from quantex.vocab.currencies import AMBIGUOUS_WORDS, CURRENCIES, GENERIC_SYMBOLS
from quantex.vocab.nonquantities import MONTHS, ORGANISATIONS, SPACED_DESIGNATIONS
from quantex.vocab.numbers import (
    AND_A_FRACTIONS,
    FRACTIONS,
    GLUED_SCALES,
    LEADING_FRACTIONS,
    ORDINAL_UNITS,
    OVER_PARTICLE_VERBS,
    QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
)
from quantex.vocab.trie import literal_alternation
from quantex.vocab.units import ARTICLE_UNITS, CASE_SENSITIVE_UNITS, PERCENT_FORMS, PERIOD_FORMS, UNIT_FORMS

FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V0


def alternation(forms: Iterable[str], *, spaces: bool = True) -> str:
    """Join literal forms longest first, escaped, with any run of spaces matching flexible whitespace."""
    out = []
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        escaped = regex.escape(form)
        if spaces:
            escaped = escaped.replace(r"\ ", r"[\s\-]+")
        out.append(escaped)
    return "(?:" + "|".join(out) + ")"


def _piece(char: str) -> str:
    return r"[\s\-]+" if char == " " else regex.escape(char)


def tree_alternation(forms: Iterable[str]) -> str:
    r""":func:`alternation` as the prefix tree of :func:`quantex.vocab.trie.literal_alternation`.

    The same matches, in fewer steps (see ``quantex.vocab.trie``): a space of a form is ``[\s\-]+``,
    which takes a whole run of spaces and hyphens, as no form has a space next to a hyphen or another
    space; where two siblings of the tree could match one character the alternation stays flat. Of
    forms that match the same text ("µg", "μg" ignoring case) only the one tried first is kept: the
    others could only match where it does, with the same end.
    """
    forms = set(forms)
    if any(" -" in f or "- " in f or f != " ".join(f.split()) for f in forms):
        return alternation(forms)
    kept: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        twins = kept.setdefault(form.casefold(), [])
        if not any(_same_text(twin, form) for twin in twins):
            twins.append(form)
    return literal_alternation([f for twins in kept.values() for f in twins], _piece, FLAGS)


def _same_text(a: str, b: str) -> bool:
    """Whether two forms match the same text: character by character, each matches the other's (FLAGS)."""
    return len(a) == len(b) and all(regex.fullmatch(_piece(x), y, FLAGS) and regex.fullmatch(_piece(y), x, FLAGS)
                                    for x, y in zip(a, b, strict=True))


# --- lookups derived from the tables -------------------------------------------------------------
PREFIX_SYMBOLS: dict[str, str] = {s: code for code, c in CURRENCIES.items() for s in c.prefix}
PREFIX_SYMBOLS.update({s: code for s, code in GENERIC_SYMBOLS.items()})
#: the same symbols keyed without spaces and in capitals, to read "c $" or "hk $" in tokenized text
PREFIX_KEYS: dict[str, str] = {s.replace(" ", "").upper(): code for s, code in PREFIX_SYMBOLS.items()}
PREFIX_KEYS.update({k.replace(".", ""): code for k, code in list(PREFIX_KEYS.items())})


def prefix_pattern() -> str:
    """Currency symbols written before an amount; letters before a "$" may be spaced or lower case."""
    out = []
    for symbol in sorted(PREFIX_SYMBOLS, key=lambda f: (-len(f), f)):
        letters = symbol[:-1].replace(".", "")
        if symbol.endswith("$") and letters.isalpha() and (len(letters) > 1 or letters == "C"):
            # tokenized or lower-cased text writes "hk $", "us $", "c $"; a lone "a $" is an article
            out.append(f"(?i:{regex.escape(symbol[:-1]).replace(chr(92) + '.', chr(92) + '.?')})\\s?\\$")
        else:
            out.append(f"(?-i:{regex.escape(symbol)})")
    return "(?:" + "|".join(out) + ")"


SUFFIX_SYMBOLS: dict[str, str] = {s: code for code, c in CURRENCIES.items() for s in c.suffix}
CURRENCY_WORDS: dict[str, str] = {w.lower(): code for code, c in CURRENCIES.items() for w in c.words}
MINOR_WORDS: dict[str, tuple[str, int]] = {
    w.lower(): (code, n) for code, c in CURRENCIES.items() for w, n in c.minor
}
ISO_CODES: tuple[str, ...] = tuple(CURRENCIES)

_NUMBER_WORDS = alternation([*UNITS, *TENS], spaces=False)
#: scale words in number words ("three hundred", "a dozen")
WORD_SCALES: tuple[str, ...] = ("hundred", "thousand", "million", "billion", "trillion", "dozen")
_WORD_SCALE = f"(?:{'|'.join(WORD_SCALES)})"
_DIGIT_WORDS = alternation(list(UNITS)[1:10], spaces=False)
_UNIT_WORD = rf"(?:(?:{alternation(TENS, spaces=False)})[\-\s](?:{_DIGIT_WORDS})|{_NUMBER_WORDS})"
_GROUP = rf"(?:{_UNIT_WORD}(?:\s+{_WORD_SCALE}\b)*)"

#: number words: "twenty-five", "three hundred and fifty", "a dozen", "half a million", "a" in "a gallon"
WORDS = rf"""
    (?:(?:an?\s+)?{alternation(LEADING_FRACTIONS, spaces=False)}(?:\s+of)?(?:\s+an?)?\s+{_WORD_SCALE}
      |(?:one|a)[\s\-]half
      |{_UNIT_WORD}[\s\-](?:thirds?|quarters?|halves|fifths?|sixths?|eighths?|tenths?)
      |(?:an?\s+(?:{_WORD_SCALE})(?:\s+(?:thousand|million|billion))?|{_GROUP})
       (?:(?<=(?:hundred|thousand|million|billion))(?:\s+and)?\s+{_GROUP})*
       (?:\s+and\s+an?\s+{alternation(AND_A_FRACTIONS, spaces=False)}(?:\s+(?:thousand|million|billion|trillion))?)?
      |an?(?=[\s\-]+{alternation(ARTICLE_UNITS)}\b)
    )\b
"""

#: digits: "1,500", "1 500" (no-break, thin or plain space), "2.5", "2½", "2-1/2"; never glued to letters
_ISO_GLUE = alternation(ISO_CODES, spaces=False)
_VULGAR = "".join(FRACTIONS)
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
DIGITS = rf"""
    (?<![\w.,/])\d/(?:2|3|4|8|16|10|100)(?![\d/])
  | (?<![\w.,/{_VULGAR}])[{_VULGAR}](?!\w)
  | (?:(?<=(?-i:{_ISO_GLUE}))|(?<![\w.,/]))
    (?:\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)
      |\d{{1,3}}(?:[\u00a0\u202f\u2009\u2007]\d{{3}})+(?!\d)
      # a plain space groups only exact three-digit groups after one to three digits, and not inside
      # a list of short numbers: "10 000 troops" is one number; "in 2024 500 drones", "3 100 200" are not
      |(?<!\b\d{{1,3}}\x20)\d{{1,3}}(?:\x20\d{{3}})+(?![\w/]|[\x20\u00a0]\d)
      |\d+)
    (?:\.\d+(?![.\d]))?
    (?:[{_VULGAR}]|[\-\s]\d/(?:2|3|4|8|16)(?![\d/])
      # scientific notation: "4e14", "9.83e-3", "1.2 x 10^3", "2.48×10−5" (a true minus sign), "3×10⁶"
      |(?:[eE][+\-−]?\d{{1,3}}|\x20?[x×]\x20?10(?:(?:\^|\*\*)[+\-−]?\d{{1,3}}|−\d{{1,3}}|⁻?[{_SUPERSCRIPTS}]{{1,3}}))
       (?![\w.])
    )?
"""

_VAGUE_HEADS = sorted({k.removesuffix(" of") for k in VAGUE}, key=lambda k: (-len(k), k))
VAGUE_WORDS = alternation(_VAGUE_HEADS)

_MONTH = alternation([m.capitalize() for m in MONTHS], spaces=False)
_MONTH_CS = rf"(?-i:{_MONTH})\.?"
_DAY_JOIN = r"(?:\s*[-–]\s*|\s+(?:to|into|and)\s+)"
_DAY_TO = r"(?:\s*[-–]\s*|\s+(?:to|into)\s+)"  # not "and": "on May 5 and 6 people died"

#: the alternatives of MASTER in the order it tries them, as (kind, pattern, starts at a digit): first
#: things that look like numbers but are not quantities, then vague words, number words and digits.
#: An alternative marked True consumes a digit or vulgar fraction first (``\d``, or ``[{_VULGAR}]``
#: in DIGITS); one marked False a letter (a month, "aged", "mid", a designation, a number word).
ALTERNATIVES: tuple[tuple[str, str, bool], ...] = (
    ("date", r"\b\d{4}-\d{2}-\d{2}\b", True),
    ("date", r"\b\d{1,2}/\d{1,2}/\d{4}\b", True),
    # a night or a span of days: "December 27 to 28", "the night of 27-28 December", "3 into 4 March"
    ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?{_DAY_JOIN}\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_CS}"
             rf"(?:,?\s+\d{{4}})?(?!\w)", True),
    ("date", rf"(?<!\w){_MONTH_CS}\s+\d{{1,2}}(?:st|nd|rd|th)?{_DAY_TO}\d{{1,2}}(?:st|nd|rd|th)?"
             rf"(?:,?\s+\d{{4}})?(?!\w)(?![,.:]\d)(?!\s*(?:%|per\s*cent))", False),
    ("date", rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_CS}(?:,?\s+\d{{4}})?(?!\w)", True),
    ("date", rf"(?<!\w){_MONTH_CS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w,.]\d)", False),
    ("date", rf"(?<!\w){_MONTH_CS}\s+\d{{4}}\b", False),
    ("date", r"\b(?:1[89]|20)\d{2}\s*[-–/]\s*(?:(?:1[89]|20)\d{2}|\d{2})\b(?![.,]?\d)(?!\s*(?:%|per\s*cent))", True),
    ("date", r"\b(?:mid|early|late)-(?:1[89]|20)\d{2}s?\b", False),
    ("date", r"\b(?:1[89]|20)\d{2}s\b", True),
    ("time", r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.)|\b)", True),
    ("time", r"(?-i:\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|CET|EET|EEST|MSK)\b)", True),  # "(0000 GMT)"
    ("time", r"\b\d{1,2}(?:\.\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", True),
    ("age", r"\b\d{1,3}[\s\-]years?[\s\-]old\b", True),
    ("age", r"\baged\s+\d{1,3}\b", False),
    ("ordinal", r"\b\d+(?:st|nd|rd|th)\b", True),
    ("ordinal", rf"\b(?:{alternation(list(TENS), spaces=False)})[-\s]"
                rf"(?:{alternation(list(ORDINAL_UNITS), spaces=False)})\b", False),
    ("designation", r"(?-i:\b[A-Z][A-Za-z]{0,7}-\d+[A-Za-z0-9]*(?:[/-]\d+[A-Za-z0-9]*)*(?:-[A-Z]+)?\b)", False),
    ("designation", rf"(?-i:\b(?!{alternation(ISO_CODES, spaces=False)}\d)[A-Z]{{1,4}}\d{{1,4}}[A-Z0-9]*\b)", False),
    ("designation", rf"(?-i:\b{alternation(SPACED_DESIGNATIONS)}\s+\d+[A-Za-z0-9]*\b(?:[/-]\d+\b)?)", False),
    ("designation", rf"\b{alternation(ORGANISATIONS, spaces=False)}\b", False),
    ("vague", rf"\b{VAGUE_WORDS}\b", False),
    ("words", rf"\b{WORDS}", False),
    ("digits", DIGITS, True),
)


def _master(alternatives: Iterable[tuple[str, str, bool]]) -> regex.Pattern[str]:
    """One pattern trying ``alternatives`` in order, each kind a named group (``m.lastgroup``)."""
    kinds: dict[str, list[str]] = {}
    for kind, pattern, _ in alternatives:
        kinds.setdefault(kind, []).append(f"(?:{pattern}\n)")  # a line end closes any VERBOSE comment
    return regex.compile("|".join(f"(?P<{kind}>{'|'.join(forms)})" for kind, forms in kinds.items()), FLAGS)


#: the start of a number or non-quantity, tried at a candidate position (see ``quantex.spans.anchors``)
MASTER = _master(ALTERNATIVES)
#: the characters a True alternative starts with
DIGIT_START = regex.compile(rf"[\d{_VULGAR}]", FLAGS)
# Where DIGIT_START matches, no False alternative can (a letter is no digit), so MASTER tried there
# finds what MASTER_AT_DIGIT finds, having passed over alternatives that fail; elsewhere the same holds
# for MASTER_AT_LETTER. The alternatives keep their order, so the first to match is the same one.
MASTER_AT_DIGIT = _master(a for a in ALTERNATIVES if a[2])
MASTER_AT_LETTER = _master(a for a in ALTERNATIVES if not a[2])

# --- extensions tried at a position next to a number ------------------------------------------
_scale_words = [s for s in SCALES if len(s) > 2]
SCALE_AFTER = regex.compile(
    rf"""(?:[\s\-]?(?P<word>{alternation(_scale_words, spaces=False)})\b
          |\s?(?P<abbr>(?-i:{alternation(SCALE_ABBREVIATIONS, spaces=False)}))\b
          |(?P<glued>(?-i:[{"".join(GLUED_SCALES)}]))(?![\w])
        )""",
    FLAGS,
)
_prefix = prefix_pattern()
_iso = alternation(ISO_CODES, spaces=False)
#: a currency right before the number ("$", "US$", "£", "GBP ", "USD")
CURRENCY_BEFORE = regex.compile(
    rf"(?:(?<![A-Za-z])(?-i:{_iso})(?-i:\s?)|(?<![A-Za-z]){_prefix}\s?)$", FLAGS
)


def _currency_after(forms: Callable[[Iterable[str]], str]) -> regex.Pattern[str]:
    """A currency right after the number, its forms joined by ``forms`` (flat or as a tree: the same)."""
    return regex.compile(
        rf"""(?:\s?(?P<iso>(?-i:{forms(ISO_CODES)}))\b
              |\s?(?P<symbol>{forms(SUFFIX_SYMBOLS)})(?!\w)
              |(?:\s+(?:of\s+)?|-)(?P<word>{forms([*CURRENCY_WORDS, *AMBIGUOUS_WORDS])})\b
              |(?:\s+|-)(?P<minor>{forms(MINOR_WORDS)})\b
            )""",
        FLAGS,
    )


#: prefix trees of the forms: the same matches as flat alternations (tests/test_spans_fastpath.py compares)
CURRENCY_AFTER = _currency_after(tree_alternation)
PERCENT_AFTER = regex.compile(rf"\s?(?P<percent>{alternation(PERCENT_FORMS)})(?!\w)", FLAGS)
_units_cs = {f for f in UNIT_FORMS if f in CASE_SENSITIVE_UNITS or f != f.lower()}


def _unit_after(forms: Callable[[Iterable[str]], str]) -> regex.Pattern[str]:
    """A unit right after the number, its case-blind forms joined by ``forms`` (flat or as a tree)."""
    return regex.compile(
        rf"""(?P<open>\s?[(\[{{<])?
             (?:(?P<glue>[\s\-]?)(?P<unit>{forms([f for f in UNIT_FORMS if f not in _units_cs])})
              |(?P<glue2>[\s\-]?)(?P<unit2>(?-i:{alternation(_units_cs)})))(?![\w/²³])
             (?(open)[)\]}}>])""",
        FLAGS,
    )


UNIT_AFTER = _unit_after(tree_alternation)
PERIOD_AFTER = regex.compile(rf"(?:\s+|-)(?P<period>{alternation(PERIOD_FORMS)})\b", FLAGS)
RANGE_AFTER = regex.compile(
    r"(?P<sep>\s*[-–—‒]\s*|\s+(?:to|and|or)\s+|\s*/\s*)(?=[^\s])", FLAGS
)
#: a qualifier just before a number; "over" after a verb it is the particle of ("hand over three") is none
QUALIFIER_BEFORE = regex.compile(
    rf"\b(?:(?<!\b{alternation(OVER_PARTICLE_VERBS, spaces=False)}\s+)|(?!over\b))(?P<q>{alternation(QUALIFIERS)})\s+$",
    FLAGS)
BETWEEN_BEFORE = regex.compile(r"\b(?P<w>between|from)\s+$", FLAGS)
MINUS_BEFORE = regex.compile(r"(?:^|(?<=[\s(\[]))(?P<minus>[-−])$|\bminus\s+$", FLAGS)

#: an article's own exchange rate: "($1 = 0.9084 euros)", "(£1 = $1.27)", "(1 euro = 41.2 hryvnias)"
RATE = regex.compile(
    rf"""(?P<rate>
        # starts at a boundary, never inside a number or code: "(21 GBP = 1.3 USD)" is no rate
        (?<![\w.,])(?P<c1>{_prefix})?\s?(?<![\d.,])1(?:\.0+)?\s?(?P<c1w>(?-i:{_iso})|{alternation(CURRENCY_WORDS)})?
        \s*=\s*
        (?P<c2>{_prefix})?\s?(?P<n>\d+(?:\.\d+)?)\s?(?P<c2w>(?-i:{_iso})|{alternation(CURRENCY_WORDS)})?
    )(?=\s*[)\]])""",
    FLAGS,
)
