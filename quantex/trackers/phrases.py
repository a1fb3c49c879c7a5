"""What a weapon figure counts, read from its sentence: the head noun's class, the model and the verb.

The facts give each figure a category and an event; a record needs three more things the facts do not
carry, all read from the noun phrase and clause around the span (see
``/work/notes/real_news_constructions.md`` classes 4, 5, 8 and 11):

- the weapon class of the head noun right after the number ("267 attack and decoy drones" counts
  drones; "236 missiles and drones" and "151 means of air attack" count both, so they are *mixed* and
  never a per-class figure);
- the model named in that noun phrase ("109 Shahed attack drones", "77 were Kh-101 cruise missiles",
  "19 drones of the Shahed-136/131 type"); two models joined by "or" or "/" are one uncertain model,
  joined by "and" they are several types and the figure has no single model;
- the clause's verb when the fact has no event ("Air defences destroyed 92 targets: 55 Shaheds ...").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quantex.trackers.table import locate
from quantex.vocab.events import EVENT_RE, event_of
from quantex.vocab.weapons import HEAD_RE, HEADS, MODEL_LOOKUP, MODEL_RE, MODELS

__all__ = ["Phrase", "read_phrase"]

MIXED = "mixed"

#: where the noun phrase after a number ends: clause punctuation or the next free-standing number
_PHRASE_END = regex.compile(r"[,;:()!?]|\.(?!\d)|(?<![\w/.-])(?<!\bof\s(?:the\s)?)\d"
                            r"|\s(?:from|over|in|at|on|by|since)\s")
_LAUNCH_CUE = regex.compile(r"\b(?:attack(?:ed|s|ing)?|strike|struck|fired|launched|used)\b[^.;]*\bwith\b|"
                            r"\b(?:launched|fired|attacked with|used)\b", regex.IGNORECASE)
_PHRASE_CHARS = 90
_SEVERAL = regex.compile(r"\sand\s|,")
#: "attacked/struck X with" before the number, with no other number or clause break in between
_ATTACK_WITH = regex.compile(r"\b(?:attack(?:ed|s|ing)?|strike|struck|hit|target(?:ed|s)?|pounded|bombarded)\b"
                             r"[^.;:\d]*\bwith\b[^.;:]*$", regex.IGNORECASE)
#: "62 of 96": the number before the span and "of" / "out of"
_OF_TOTAL = regex.compile(r"(?<![\w-])\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Phrase:
    """The reading of one weapon figure: class (drones, missiles, bombs, mixed or None), model, event.

    ``headed`` is False when no head noun follows the number ("59 of them", "of which 201 were shot
    down"): the class then comes from the fact's category or the total it belongs to.
    """

    weapon: str | None
    model: str | None
    event: str | None
    headed: bool = True


def read_phrase(sentence: str, span: str, category: str | None, event: str | None) -> Phrase:
    """Read the noun phrase after ``span`` in ``sentence``.

    >>> read_phrase("Russia attacked with 3 Iskander-M ballistic missiles and 267 attack and decoy drones.",
    ...             "267", "missiles", "launched")
    Phrase(weapon='drones', model=None, event='launched', headed=True)
    >>> read_phrase("Of the missiles, 77 were Kh-101 cruise missiles.", "77", "drones", None).model
    'Kh-101/Kh-555'
    >>> read_phrase("Russia fired 236 missiles and drones overnight.", "236", "missiles", "launched").weapon
    'mixed'
    """
    at = locate(sentence, span)
    if at < 0:
        return Phrase(_class_of(category), None, event, headed=False)
    if _OF_TOTAL.search(sentence, max(0, at - 20), at):  # the M of "N of M drones were shot down"
        event = "launched"
    elif event in (None, "hit") and _ATTACK_WITH.search(sentence, max(0, at - 90), at):
        event = "launched"  # "struck Kyiv with 66 missiles and 145 drones": the weapons were launched
    after = sentence[at + len(span): at + len(span) + _PHRASE_CHARS]
    cut = _PHRASE_END.search(after)
    phrase = after[: cut.start()] if cut else after
    head = HEAD_RE.search(phrase)
    if head is not None and head.group("mixed"):
        weapon: str | None = MIXED
    elif head is not None:
        weapon = HEADS[head.group("head").lower()]
    else:
        weapon = _class_of(category)
    model = _model(phrase[: head.end()] if head is not None else phrase)
    if model is not None and weapon is None:
        weapon = MODELS[model][0] if " or " not in model else weapon
    return Phrase(weapon, model, event if event is not None else _event(sentence, at, len(span)),
                  headed=head is not None)


def _class_of(category: str | None) -> str | None:
    return category if category in ("drones", "missiles") else None


def _model(phrase: str) -> str | None:
    found = list(MODEL_RE.finditer(phrase))
    models = list(dict.fromkeys(MODEL_LOOKUP[m.group().lower()] for m in found))
    if not models or _SEVERAL.search(phrase):  # "attack and decoy drones": several types
        return None
    if len(models) == 1:
        return models[0]
    return " or ".join(models)


def _event(sentence: str, at: int, length: int) -> str | None:
    """The verb of the clause around the number when the fact has none: the nearest event verb."""
    start = max(sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at)) + 1
    ends = [i for i in (sentence.find(";", at), sentence.find(". ", at)) if i >= 0]
    clause_end = min(ends) if ends else len(sentence)
    best: tuple[int, str] | None = None
    for match in EVENT_RE.finditer(sentence, start, clause_end):
        found = event_of(match.group("verb"), "drones")
        if found not in ("launched", "destroyed", "lost", "hit"):
            continue
        distance = at - match.end() if match.end() <= at else match.start() - (at + length)
        if best is None or distance < best[0]:
            best = (distance, found)
    if best is not None:
        return best[1]
    return "launched" if _LAUNCH_CUE.search(sentence, start, clause_end) else None

