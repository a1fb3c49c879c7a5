"""One weapon or piece of equipment written without a number: "a missile was shot down", "lost an F-16".

An indefinite article before a noun phrase whose **head** (:func:`quantex.facts.heads.head_after`,
across its modifier chain: "a Ukrainian Su-27 aircraft", "an Iskander-M ballistic missile") is a drone,
missile or equipment noun counts one of it, when the phrase is an argument of an event of the table:

- the subject of a passive or intransitive predicate right after it ("a missile was intercepted", "a
  drone hit a building", "a Ka-52 helicopter was lost");
- the object of an event verb right before it ("shot down a Su-25", "destroyed a HIMARS launcher",
  "Germany delivered an IRIS-T system").

"a drone attack", "a missile strike" and "a missile defence exercise" are not counts: the head of the
phrase is the attack, the strike or the exercise. The span is the article, as the gold sets mark a
singular casualty ("a man was killed" counts one with span "a"); the event, side and place come from
the context stage like any other count's.
"""

from __future__ import annotations

import regex

from quantex.facts.heads import head_after
from quantex.records import NounMatch
from quantex.vocab.events import AUXILIARIES, EVENT_VERBS

__all__ = ["SINGULAR_EVENTS", "singular_counts"]

#: events whose argument may be a single weapon or piece of equipment
SINGULAR_EVENTS: tuple[str, ...] = ("launched", "destroyed", "lost", "hit", "captured", "delivered", "pledged")
_CATEGORIES = frozenset({"drones", "missiles", "equipment"})

_SURFACES = sorted({s for e in SINGULAR_EVENTS for s in EVENT_VERBS.get(e, ()) if s not in ("losses", "loss")},
                   key=lambda s: (-len(s), s))
_VERB = "(?:" + "|".join(regex.escape(s).replace(r"\ ", r"\s+") for s in _SURFACES) + ")"
_AUX = "(?:" + "|".join(regex.escape(a) for a in sorted(AUXILIARIES, key=len, reverse=True)) + ")"

_ARTICLE = regex.compile(r"(?<![\w'’-])(?:a|an)(?=\s+\S)", regex.IGNORECASE)
#: an event verb closing the text before the article: "shot down a Su-25"
_VERB_BEFORE = regex.compile(rf"(?<![\w-]){_VERB}\s+$", regex.IGNORECASE)
#: a predicate opening the text after the phrase: "was shot down", "hit", "has been destroyed"
_PREDICATE_AFTER = regex.compile(rf"\s+(?:{_AUX}\s+)*{_VERB}(?![\w-])", regex.IGNORECASE)


def singular_counts(text: str, start: int, end: int) -> list[tuple[int, int, NounMatch]]:
    """The singular weapon phrases of ``text[start:end]``: (article start, article end, head noun)."""
    found = []
    for article in _ARTICLE.finditer(text, start, end):
        head = head_after(text, article.end() + 1, end)
        if head is None or head.category not in _CATEGORIES:
            continue
        if text[article.end():head.start].count("\n") or (
                not _VERB_BEFORE.search(text, max(start, article.start() - 40), article.start())
                and not _PREDICATE_AFTER.match(text, head.end, end)):
            continue
        found.append((article.start(), article.end(), head))
    return found
