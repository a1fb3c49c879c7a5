"""The time window of an attack report: stated in the bulletin, else the night before publication.

Bulletins frame every figure with one window (``/work/notes/real_news_constructions.md`` 11.1, 6.5):
"from 19:00 on 8 July", "on the night of 13-14 May", "on the night of 21 October, from 21:00",
"starting in the evening of 25 August", "between 07:00 and 10:00", "as of 09:00" (a reporting cut-off,
which closes the window). A day without a month takes the month of publication; a day after the
publication day is in the month before. Without a stated start, the window is the night before
publication: 18:00 the day before to 09:00 on the day, which is how the community attack dataset dates
overnight attacks.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

import regex

__all__ = ["Window", "read_window"]

_MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?P<{0}>\d{{1,2}})[:.](?P<{0}m>\d{{2}})"

_NIGHT = regex.compile(rf"\b(?:night\s+(?:of|to|into)|overnight\s+(?:into|to|on))\s+(?:the\s+)?(?:{_MONTH}\s+)?"
                       rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|into)\s+)(?P<d2>\d{{1,2}}))?(?:\s+{_MONTH})?",
                       regex.IGNORECASE)
#: the day an attack is dated in a report published later: "a massive assault ... on November 8, 2025"
_ON_DAY = regex.compile(rf"\b(?:attack|assault|barrage|strike|launched|attacked)\b[^.;]{{0,80}}?\bon\s+(?:the\s+)?"
                        rf"(?:(?:{_MONTH}\s+(?P<d1>\d{{1,2}}))|(?:(?P<d1>\d{{1,2}})\s+{_MONTH}))\b",
                        regex.IGNORECASE)
_EVENING = regex.compile(rf"\b(?:evening|night)\s+of\s+(?P<d1>\d{{1,2}})\s+{_MONTH}", regex.IGNORECASE)
_FROM = regex.compile(rf"\b(?:from|since|starting\s+at)\s+{_TIME.format('h')}(?:\s+(?:on\s+)?(?P<d1>\d{{1,2}})"
                      rf"\s+{_MONTH})?", regex.IGNORECASE)
_BETWEEN = regex.compile(rf"\bbetween\s+{_TIME.format('h')}\s+and\s+{_TIME.format('e')}", regex.IGNORECASE)
_AS_OF = regex.compile(rf"\b(?:as\s+of|by)\s+{_TIME.format('e')}", regex.IGNORECASE)
_PAST_DAY = regex.compile(r"\b(?:past|last)\s+(?:24\s+hours|day)\b", regex.IGNORECASE)

EVENING_HOUR, MORNING_HOUR = 18, 9


@dataclass(frozen=True)
class Window:
    """Start and end of an attack, and whether the report states them (False: the default night)."""

    start: datetime.datetime
    end: datetime.datetime
    stated: bool


def default_window(published: datetime.date) -> Window:
    """The night before publication."""
    day = datetime.datetime.combine(published, datetime.time())
    return Window(day - datetime.timedelta(hours=24 - EVENING_HOUR), day + datetime.timedelta(hours=MORNING_HOUR),
                  False)


def read_window(sentences: Iterable[str], published: datetime.date) -> Window:
    """The window the sentences state, else the night before ``published``.

    >>> read_window(["From 19:00 on 8 July the enemy attacked with 741 means of air attack."],
    ...             datetime.date(2025, 7, 9))
    Window(start=datetime.datetime(2025, 7, 8, 19, 0), end=datetime.datetime(2025, 7, 9, 9, 0), stated=True)
    >>> read_window(["On the night of 13-14 May Russia launched 18 drones."], datetime.date(2024, 5, 14)).start
    datetime.datetime(2024, 5, 13, 18, 0)
    """
    default = default_window(published)
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    for text in sentences:
        if start is None and (m := _FROM.search(text)):
            day = _day(m, published) if m.group("d1") else None
            hour = datetime.time(int(m.group("h")) % 24, int(m.group("hm")) % 60)
            if day is None:  # "from 21:00" alone: the evening before, or the day itself for a morning hour
                day = published - datetime.timedelta(days=1) if hour.hour >= 12 else published
                night = _NIGHT.search(text)
                if night is not None:
                    first, _ = _night_days(night, published)
                    day = first if hour.hour >= 12 else first + datetime.timedelta(days=1)
            start = datetime.datetime.combine(day, hour)
        if start is None and (m := _BETWEEN.search(text)):
            start = datetime.datetime.combine(published, datetime.time(int(m.group("h")) % 24, int(m.group("hm")) % 60))
            end = datetime.datetime.combine(published, datetime.time(int(m.group("e")) % 24, int(m.group("em")) % 60))
        if start is None and (m := _NIGHT.search(text)):
            first, last = _night_days(m, published)
            start = datetime.datetime.combine(first, datetime.time(EVENING_HOUR))
            end = end or datetime.datetime.combine(last, datetime.time(MORNING_HOUR))
        if start is None and (m := _EVENING.search(text)):
            first = _day(m, published)
            start = datetime.datetime.combine(first, datetime.time(EVENING_HOUR))
        if start is None and (m := _ON_DAY.search(text)) and _day(m, published) < published:
            day = _day(m, published)  # a report of an earlier night: the night into that day
            start = datetime.datetime.combine(day - datetime.timedelta(days=1), datetime.time(EVENING_HOUR))
            end = end or datetime.datetime.combine(day, datetime.time(MORNING_HOUR))
        if start is None and _PAST_DAY.search(text):
            start = datetime.datetime.combine(published - datetime.timedelta(days=1), datetime.time())
            end = end or datetime.datetime.combine(published, datetime.time())
        if end is None and (m := _AS_OF.search(text)):
            end = datetime.datetime.combine(published, datetime.time(int(m.group("e")) % 24, int(m.group("em")) % 60))
    if start is None and end is None:
        return default
    start = start or default.start
    if end is None or end <= start:  # the next morning's report closes it
        morning = start.date() + datetime.timedelta(days=1 if start.hour >= EVENING_HOUR - 6 else 0)
        end = datetime.datetime.combine(morning, datetime.time(MORNING_HOUR))
        if end <= start:
            end = start + datetime.timedelta(hours=1)
    return Window(start, end, True)


def _day(match: regex.Match[str], published: datetime.date) -> datetime.date:
    """The day a match names (group d1 and month), in the year that puts it on or before publication."""
    month = _MONTHS[match.group("month").lower()] if match.group("month") else published.month
    day = int(match.group("d1"))
    for year in (published.year, published.year - 1):
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue
        if found <= published + datetime.timedelta(days=1):
            return found
    return published


def _night_days(match: regex.Match[str], published: datetime.date) -> tuple[datetime.date, datetime.date]:
    """First and last day of "the night of D" (the night into D) or "the night of D1-D2"."""
    last = _day(match, published)
    if match.group("d2"):
        second = int(match.group("d2"))
        try:
            last = last.replace(day=second)
        except ValueError:
            last = last + datetime.timedelta(days=1)
        return last - datetime.timedelta(days=1), last
    return last - datetime.timedelta(days=1), last
