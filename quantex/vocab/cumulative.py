"""Phrases that make a figure a running total since some start, not the count of one day or event.

Sources: the wording of cumulative tallies in the reports quantex reads: Russian Ministry of
Defence briefings ("in total, since the beginning of the special military operation, ... have been
destroyed"), the Ukrainian General Staff's daily losses table ("total combat losses ... from
24.02.22"), UN casualty updates ("since 24 February 2022"), and aid trackers and announcements
("since the start of the full-scale invasion", "to date", "so far this year", "has provided ... in
all"). Lower case; a space matches any run of white space.
"""

from __future__ import annotations

#: phrases marking a cumulative total; ``{year}`` and ``{month}`` stand for any year or month name
CUMULATIVE_PHRASES: tuple[str, ...] = (
    "since the beginning of the special military operation", "since the start of the special military operation",
    "since the beginning of the war", "since the start of the war", "since the war began", "since the war started",
    "since the beginning of the invasion", "since the start of the invasion", "since the invasion began",
    "since the beginning of the full-scale invasion", "since the start of the full-scale invasion",
    "since the full-scale invasion", "since the invasion", "since russia invaded", "since russia's invasion",
    "since the beginning of the conflict", "since the start of the conflict", "since the conflict began",
    "since {month} {year}", "since {month} 24, 2022", "since 24 {month} 2022", "since {year}",
    "since the start of the year", "since the beginning of the year", "since the start of {year}",
    "since the beginning of {year}", "so far this year", "so far", "to date", "up to now", "in total since",
    "total combat losses", "cumulative", "in all since",
)

#: words that make a following "since ..." a comparison ("the largest attack since 2022"), not a running total
COMPARISON_WORDS: tuple[str, ...] = (
    "largest", "biggest", "most", "heaviest", "highest", "lowest", "worst", "deadliest", "first", "fewest",
    "least", "longest", "strongest", "greatest", "record", "more than at any time",
)
