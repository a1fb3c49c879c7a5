"""The head of the noun phrase after a number, across a modifier chain the noun table does not list.

``quantex.facts.nouns.find_noun`` first tries the listed modifiers ("attack", "Ukrainian", a
designation); when they do not reach a noun, :func:`head_after` walks the noun phrase word by word:

- a designation ("Shahed-136/131", "KN-23", "Su-27"), a hyphen compound ("Shahed-type",
  "Russia-launched", "aircraft-type", "counter-drone"), a capitalised name ("Storm Shadow", "ASC" and the
  number of its model, "ASC 890") or a lower-case word is a modifier while more of the phrase follows;
- "or", "and" and "/" join alternative designations that share one number ("four Iskander-M or KN-23
  ballistic missiles") when no head noun stands before them ("40 drones and 42 missiles" stops at "and");
- the phrase ends at punctuation, a function word, a verb of the event table, an adverb in -ly, a number,
  or a capitalised word after a head noun ("drones Russia launched");
- the head is the last word, read with the words before it as one table noun where they make one
  ("unmanned aerial vehicles", "electronic warfare systems").

The counted noun is that head: "267 Shahed-type attack drones" counts drones, "15 Russia-launched
drones" drones, "four Iskander-M or KN-23 ballistic missiles" missiles.
"""

from __future__ import annotations

import regex

from quantex.records import NounMatch
from quantex.vocab.events import EVENT_LOOKUP, EVENT_RE
from quantex.vocab.nouns import NOT_NOUNS, NOUNS, noun_key

#: most words a modifier chain and its head may have
MAX_WORDS = 7
_TOKEN = regex.compile(r"[^\W_][\w'’]*(?:[-/][\w'’]+)*")
_GAP = regex.compile(r"[ \t]+|[ \t]*/[ \t]*")
_JOINS = frozenset({"or", "and", "/"})


def head_after(text: str, start: int, limit: int) -> NounMatch | None:
    """The head noun of the phrase starting at ``start``; None when the first word cannot begin one.

    >>> m = head_after("267 Shahed-type attack drones were launched", 4, 43)
    >>> m.lemma, m.category
    ('drone', 'drones')
    >>> head_after("4 Iskander-M or KN-23 ballistic missiles hit Kyiv", 2, 49).category
    'missiles'
    """
    words: list[tuple[int, int]] = []
    pos = start
    join_at = -1
    while pos < limit and len(words) < MAX_WORDS:
        token = _TOKEN.match(text, pos, limit)
        if token is None:
            break
        word = token.group()
        lower = word.lower()
        if lower in _JOINS:
            if not words or _is_noun(text, words) or join_at >= 0:
                break
            join_at = len(words)
        elif _ends_phrase(word, lower, bool(words) and _is_noun(text, words), _after_name(text, words)) or \
                event_at(text, token.start(), limit):
            break
        else:
            words.append(token.span())
        gap = _GAP.match(text, token.end(), limit)
        if gap is None:
            break
        pos = gap.end()
    if join_at == len(words):
        words = words[:join_at]
    while words and not text[words[-1][0]:words[-1][1]].isalpha() and not _is_noun(text, words):
        words.pop()  # a phrase ending in a designation ("the KN-23") has no head of its own here
    if not words:
        return None
    for size in range(min(4, len(words)), 0, -1):
        first = words[-size][0]
        key = noun_key(text[first:words[-1][1]])
        if key in NOUNS:
            category, lemma = NOUNS[key]
            person = category in ("people", "personnel")
            return NounMatch(first, words[-1][1], lemma, None if category == "people" else category, person)
    last = text[words[-1][0]:words[-1][1]]
    if not last.islower() or "-" in last:
        return None
    return NounMatch(words[-1][0], words[-1][1], singular(last), None, False)


#: first words of the event table's verbs of several words ("shot" of "shot down")
_FIRST_OF_PHRASAL = frozenset(surface.split()[0] for surface in EVENT_LOOKUP if " " in surface)


def event_at(text: str, pos: int, limit: int) -> bool:
    """A verb of the event table of several words starts here ("40 shot down": "shot" is no noun then)."""
    word = _TOKEN.match(text, pos, limit)
    if word is None or word.group().lower() not in _FIRST_OF_PHRASAL:
        return False
    event = EVENT_RE.match(text, pos, limit)
    return event is not None and event.group("aux") is None and " " in event.group("verb")


def _is_noun(text: str, words: list[tuple[int, int]]) -> bool:
    start, end = words[-1]
    return noun_key(text[start:end]) in NOUNS


def _after_name(text: str, words: list[tuple[int, int]]) -> bool:
    if not words:
        return False
    start, end = words[-1]
    return text[start:start + 1].isupper() and text[start:end].isalpha()


def _ends_phrase(word: str, lower: str, after_noun: bool, after_name: bool) -> bool:
    if lower in NOT_NOUNS or lower in EVENT_LOOKUP or (lower.endswith("ly") and "-" not in lower):
        return True
    if word.isdigit():
        return not after_name  # "ASC 890 surveillance aircraft": the number belongs to the name
    # "drones Russia launched": a name after the head starts something else
    return after_noun and word[:1].isupper()


__all__ = ["MAX_WORDS", "event_at", "head_after"]


def singular(word: str) -> str:
    """A plural made singular by rule; irregular plurals of the domain are in the noun table.

    >>> [singular(w) for w in ("refineries", "buildings", "churches", "gas", "bus", "s-400s")]
    ['refinery', 'building', 'church', 'gas', 'bus', 's-400']
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as")):
        return word[:-1]
    return word
