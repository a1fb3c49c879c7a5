"""Casualty counts written without a number: "no casualties were reported", "a man was killed".

Two phrase shapes give a casualty count with no digits, and both are compiled from the tables:

- **zero**: a negative quantifier over a casualty noun ("no casualties", "no reports of injuries or
  deaths", "no damage or casualties were reported", "neither casualties nor damage") or a negative
  pronoun subject of a casualty predicate ("no one was hurt", "nobody was killed"). "No information
  about casualties" says nothing and is not a zero.
- **one**: a singular indefinite person ("a", "an", "one" and at most one modifier, e.g. "a truck
  driver", "a 58-year-old farmer") that is the subject of a casualty predicate ("was killed",
  "died", "received shrapnel wounds"), and a headline's bare person noun at the start of a line ("Man
  killed in Kharkiv drone strike").

The person nouns are the ``people`` and ``personnel`` rows of :mod:`quantex.vocab.nouns`.
"""

from __future__ import annotations

import regex

from quantex.vocab.nouns import NOUN_ROWS

#: casualty nouns a negative quantifier makes a zero
CASUALTY_WORDS: tuple[str, ...] = ("casualties", "injuries", "fatalities", "deaths", "victims", "dead", "wounded",
                                   "injured", "loss of life", "losses of life", "people hurt", "people injured",
                                   "people killed")
#: other things a report says there were none of, beside casualties ("no damage or casualties")
_BESIDE = ("damage", "destruction", "hits", "fires", "serious damage")
_PREDICATE = (r"(?:was|were|has\s+been|had\s+been|is|got)\s+(?:reportedly\s+)?(?:killed|injured|wounded|hurt)\b"
              r"|died\b|dies\b|(?:received|sustained|suffered)\s+(?:\w+\s+){0,2}?(?:wounds|injuries|injury)\b")
_PERSONS = sorted({lemma for lemma, _, category in NOUN_ROWS
                   if category in ("people", "personnel") and lemma not in ("other", "body", "victim", "personnel")},
                  key=lambda w: (-len(w), w))
_PERSON = "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _PERSONS) + ")"
_CASUALTY = "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in CASUALTY_WORDS) + ")"
_OTHER = "(?:" + "|".join(_BESIDE) + ")"

#: zero and singular casualty phrases; group ``zero`` or ``one`` says which, the phrase is the span
ZERO_AND_ONE = regex.compile(
    rf"""(?P<zero>\b(?:there\s+(?:were|was|are|have\s+been)\s+)?no\s+(?:immediate\s+|initial\s+)?
            (?:reports?\s+of\s+|information\s+on\s+(?=$))?
            (?:{_OTHER}\s+(?:or|and|nor)\s+)?{_CASUALTY}\b(?:\s+(?:or|and)\s+{_CASUALTY}\b)?
         |\bneither\s+{_CASUALTY}\s+nor\b
         |\b(?:no\s+one|nobody|none)\s+(?:was|were|has\s+been|had\s+been)\s+(?:killed|hurt|injured|wounded)\b)
      | (?P<one>\b(?:a|an|one)\s+(?:[\w’'-]+\s+)?{_PERSON}\b(?=\s+(?:{_PREDICATE}))
         | (?<=(?:^|\n)(?:\#+[ \t]+(?:\d{{1,2}}:\d{{2}}[ \t]+)?)?)(?=\p{{Lu}}){_PERSON}\b
           (?=\s+(?:killed|injured|wounded|hurt|dies|died)\b))
    """,
    regex.I | regex.X,
)


def phrase_event(phrase: str, after: str) -> str:
    """The event of a phrase: killed, injured, or both when it names both or neither.

    >>> phrase_event("no reports of injuries or deaths", ""), phrase_event("a man", " was killed.")
    ('killed or injured', 'killed')
    """
    verbs = ("kill", "death", "fatalit", "died", "dies", "dead", "injur", "hurt", "wound", "casualt", "loss of life")
    words = phrase if any(v in phrase for v in verbs) else phrase + " " + after.split(".")[0]
    killed = any(w in words for w in ("killed", "death", "fatalit", "died", "dies", "dead", "loss of life"))
    injured = any(w in words for w in ("injur", "hurt", "wound"))
    if killed and not injured:
        return "killed"
    if injured and not killed:
        return "injured"
    return "killed or injured"


def person_of(phrase: str) -> str | None:
    """The person noun of a one-phrase ("a truck driver" -> "driver"), for the unit column."""
    found = regex.findall(rf"\b{_PERSON}\b", phrase, regex.I)
    return " ".join(found[-1].lower().split()) if found else None


__all__ = ["CASUALTY_WORDS", "ZERO_AND_ONE", "person_of", "phrase_event"]
