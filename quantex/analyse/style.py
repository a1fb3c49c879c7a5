"""The look of quantex charts: one colour-blind-safe palette, fixed event colours, source notes.

The palette is Okabe & Ito's eight colours ("Color Universal Design", 2008; reproduced in Wong,
"Points of view: Color blindness", Nature Methods 8:441, 2011), distinguishable under the common
forms of colour blindness. Events keep one colour across every chart, so "destroyed" is the same
blue in the air-war timeline and in the claims timeline.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.axes

__all__ = [
    "DEFAULT_SOURCE", "EVENT_COLOURS", "MISSING_COLOUR", "MISSING_LABEL", "OKABE_ITO", "PALETTE", "colours", "finish",
    "no_data",
]

#: Okabe-Ito colours by name.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}

#: Order in which categorical series take colours (yellow last: it is faint on white).
PALETTE: tuple[str, ...] = tuple(OKABE_ITO[name] for name in (
    "blue", "orange", "bluish green", "vermillion", "reddish purple", "sky blue", "black", "yellow",
))

#: One colour per event of the controlled vocabulary; other events take palette colours in order.
EVENT_COLOURS: dict[str, str] = {
    "launched": OKABE_ITO["vermillion"],
    "destroyed": OKABE_ITO["blue"],
    "hit": OKABE_ITO["orange"],
    "killed": OKABE_ITO["vermillion"],
    "injured": OKABE_ITO["sky blue"],
    "killed or injured": OKABE_ITO["reddish purple"],
    "captured": OKABE_ITO["bluish green"],
    "pledged": OKABE_ITO["sky blue"],
    "announced": OKABE_ITO["reddish purple"],
    "approved": OKABE_ITO["blue"],
    "delivered": OKABE_ITO["bluish green"],
    "loaned": OKABE_ITO["orange"],
    "spent": OKABE_ITO["vermillion"],
    "frozen": OKABE_ITO["black"],
    "deployed": OKABE_ITO["blue"],
}

#: Label of a group whose key (donor, event, place, claimant) is not stated.
MISSING_LABEL = "(not stated)"

#: Neutral grey for that group, outside the palette so it never looks like a real category.
MISSING_COLOUR = "#999999"

#: Source note of charts whose caller names no source.
DEFAULT_SOURCE = "Source: news reports; claims extracted with quantex, each claim counted once."


def colours(labels: Iterable[str], *, events: bool = False) -> dict[str, str]:
    """Give each label a colour: the event colour when ``events`` and known, else the palette in order.

    >>> colours(["a", "b"])
    {'a': '#0072B2', 'b': '#E69F00'}
    >>> colours(["destroyed"], events=True)
    {'destroyed': '#0072B2'}
    """
    unique = list(dict.fromkeys(labels))
    fixed = {label: EVENT_COLOURS[label] for label in unique if events and label in EVENT_COLOURS}
    fixed.update({label: MISSING_COLOUR for label in unique if label == MISSING_LABEL})
    spare = [c for c in PALETTE if c not in fixed.values()] or list(PALETTE)
    rest = [label for label in unique if label not in fixed]
    return {label: fixed.get(label) or spare[rest.index(label) % len(spare)] for label in unique}


def finish(ax: matplotlib.axes.Axes, *, title: str, xlabel: str, ylabel: str, source: str) -> None:
    """Set title and axis labels, drop the top and right spines, and add the source note below."""
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, axis="both", color="0.9", linewidth=0.6)
    ax.set_axisbelow(True)
    # Placed under the x label (left-aligned with the axes) so it never covers tick labels.
    ax.annotate(source, xy=(0, 0), xycoords=("axes fraction", ax.xaxis.label), xytext=(0, -6),
                textcoords="offset points", ha="left", va="top", fontsize=7, color="0.35",
                gid="source-note")


def no_data(ax: matplotlib.axes.Axes, what: str) -> None:
    """Say in the axes that there is nothing to draw."""
    ax.text(0.5, 0.5, f"No {what} in these facts", transform=ax.transAxes, ha="center", va="center",
            color="0.4")
