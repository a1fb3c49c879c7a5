"""A headline restates its story's lead: its counts take the lead's event, side and place.

Live-blog entries and wire stories open with a heading ("## 11:30 Air force: 127 missiles, 109 drones",
"Man killed in Kharkiv drone strike") whose counts have no verb of their own; the body says what
happened ("Russia launched 127 missiles and 109 drones overnight"). A count on a heading line (a line
opening with "#", or a first line without a full stop) that has no event takes the event, and where it
has none the actor and location, of the first later count of the same category and value.
"""

from __future__ import annotations

import math

from quantex.records import Fact, updated
from quantex.schema import DOMAIN_CATEGORIES


def restate_headlines(text: str, facts: list[Fact]) -> list[Fact]:
    r"""Fill the event, side and place of heading counts from the body count they restate.

    >>> from quantex.extract import facts_of
    >>> facts = facts_of("## 11:30 Air force: 127 missiles\nRussia launched 127 missiles overnight.")
    >>> [(f.span, f.event, f.actor) for f in facts if f.category == "missiles"]
    [('127', 'launched', 'Russia'), ('127', 'launched', 'Russia')]
    """
    if "\n" not in text:
        return facts
    out = list(facts)
    for i, fact in enumerate(out):
        if fact.event is not None or fact.category not in DOMAIN_CATEGORIES or not _on_heading(text, fact.start):
            continue
        line_end = text.find("\n", fact.start)
        for later in out[i + 1:]:
            if later.start > line_end and later.category == fact.category and later.event is not None \
                    and _same(later.value, fact.value) and not _on_heading(text, later.start):
                out[i] = updated(fact, event=later.event, actor=fact.actor or later.actor,
                                 location=fact.location or later.location)
                break
    return out


def _on_heading(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        return False  # the last line is body text
    line = text[start:end].rstrip()
    return line.startswith("#") or (start == 0 and not line.endswith((".", "!", "?", ":", ";", ",")))


def _same(a: float, b: float) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and a == b


__all__ = ["restate_headlines"]
