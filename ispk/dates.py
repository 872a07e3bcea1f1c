"""Dates as the sources allow them: a subset of EDTF (ISO 8601-2) that says what is known.

A date is known to the day, the month or the year; the year itself may be
unknown ("1 September", year not stated). When the texts allow more than one
date, the date is uncertain, in one of two EDTF forms:

- one of several dates (EDTF Level 2 set): ``[2022-12,2023-12]``, "December 2022
  or December 2023", for a text that fits two years;
- a range (EDTF Level 1 interval): ``2014-06/2014-12``, "between June and
  December 2014", for something that happened at an unknown point in between.

Parsing is strict, so that a typo is an error, not a silently different date.
Both forms sort by their earliest date, and a record with one is listed under
each year it may fall in (``candidate_years``).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol, Self, TypeVar

from .model import When


class _Joinable(Protocol):
    def __add__(self, other: Self, /) -> Self: ...


T = TypeVar("T", bound=_Joinable)
"""Plain text or a renderer's escaped markup (``str`` or ``Markup``): what ``Shown.styled`` joins."""
Precision = Literal["day", "month", "year"]
Form = Literal["single", "one of", "between"]
"""A date is one date, one of several (a set), or a point in a range (an interval)."""

_PATTERN = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
MONTHS = tuple(calendar.month_name)[1:]
UNDATED = "undated"
"""The year key (and page) of records with no known year."""
EXPECTED = (
    "expected YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM or XXXX-MM-DD, one of several dates [YYYY-MM,YYYY-MM] or a range YYYY-MM/YYYY-MM"
)
OPEN_BEFORE = ("by",)
"""Qualifiers that leave the earliest bound open: "by November 2014" is on or before it."""


class DateError(ValueError):
    pass


@dataclass(frozen=True)
class Partial:
    """One date, known to the day, the month or the year (the year may be unknown)."""

    year: int | None
    month: int | None
    day: int | None

    form = "single"
    uncertain = False

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # Unknown years sort last; unknown parts sort before known ones.
        return (self.year if self.year is not None else 9999, self.month or 0, self.day or 0)

    @property
    def options(self) -> tuple[Partial, ...]:
        return (self,)

    @property
    def candidate_years(self) -> tuple[int, ...]:
        return (self.year,) if self.year is not None else ()

    @property
    def earliest(self) -> Partial:
        return self

    @property
    def latest(self) -> Partial:
        return self

    def text(self, with_year: bool = True) -> str:
        parts = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTHS[self.month - 1])
        if self.year is not None and with_year:
            parts.append(str(self.year))
        return " ".join(parts) if self.year is not None else " ".join(parts) + " (year not stated)"

    def iso(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return y
        if self.day is None:
            return f"{y}-{self.month:02d}"
        return f"{y}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> str | None:
        """The first calendar day the date covers, as ISO 8601, or None if its year is unknown."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"

    def last_day(self) -> str | None:
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return f"{self.year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class Uncertain:
    """A date that is one of several (``form="one of"``) or lies in a range (``form="between"``).

    It answers the same questions as ``Partial`` so that code written for one
    date keeps working: ``year``, ``month`` and ``day`` are the parts every
    option shares (None where they differ), ``sort_key`` is the earliest's,
    and ``iso()`` is the EDTF string.
    """

    form: Literal["one of", "between"]
    options: tuple[Partial, ...]
    """The dates of a set, in order; for a range, its start and its end."""

    uncertain = True

    def _shared(self, part: str) -> int | None:
        values = {getattr(o, part) for o in self.options}
        return values.pop() if len(values) == 1 else None

    @property
    def year(self) -> int | None:
        return (
            self._shared("year")
            if self.form == "one of"
            else (self.options[0].year if self.options[0].year == self.options[-1].year else None)
        )

    @property
    def month(self) -> int | None:
        return self._shared("month") if self.form == "one of" else None

    @property
    def day(self) -> int | None:
        return self._shared("day") if self.form == "one of" else None

    @property
    def precision(self) -> Precision:
        return self.options[0].precision

    @property
    def earliest(self) -> Partial:
        return self.options[0]

    @property
    def latest(self) -> Partial:
        return self.options[-1]

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return self.earliest.sort_key

    @property
    def candidate_years(self) -> tuple[int, ...]:
        if self.form == "one of":
            return tuple(dict.fromkeys(o.year for o in self.options if o.year is not None))
        start, end = self.earliest.year, self.latest.year
        assert start is not None and end is not None, "_several refuses a range without years"
        return tuple(range(start, end + 1))

    def text(self) -> str:
        if self.form == "one of":
            words = [o.text() for o in self.options]
            return ", ".join(words[:-1]) + " or " + words[-1]
        start, end = self.options
        same_year = start.year == end.year
        return f"between {start.text(with_year=not same_year)} and {end.text()}"

    def iso(self) -> str:
        if self.form == "one of":
            return "[" + ",".join(o.iso() for o in self.options) + "]"
        return "/".join(o.iso() for o in self.options)

    def first_day(self) -> str | None:
        return self.earliest.first_day()

    def last_day(self) -> str | None:
        return self.latest.last_day()


DateValue = Partial | Uncertain


def _one(text: str, whole: str) -> Partial:
    match = _PATTERN.match(text)
    if not match:
        raise DateError(f"{whole!r} is not a date: {EXPECTED}")
    year = None if match["y"] == "XXXX" else int(match["y"])
    month = int(match["m"]) if match["m"] else None
    day = int(match["d"]) if match["d"] else None
    if year is None and month is None:
        raise DateError(f"{text!r} says nothing: a date needs at least a year or a month")
    if year is not None and not 1900 <= year <= 2100:
        raise DateError(f"{text!r} has year {year}: expected a year between 1900 and 2100")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{text!r} has month {month}: expected 01 to 12")
    if day is not None and month is not None:  # the pattern has no day without a month
        # A leap year stands in for an unknown one, so 29 February is allowed.
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} has day {day}: that month has {last} days")
    return Partial(year, month, day)


def _several(whole: str, parts: list[str], form: Literal["one of", "between"]) -> Uncertain:
    options = tuple(_one(p, whole) for p in parts)
    what = "a set" if form == "one of" else "a range"
    if any(o.year is None for o in options):
        raise DateError(f"{whole!r} has a date without a year: {what} needs known years")
    precisions = list(dict.fromkeys(o.precision for o in options))
    if len(precisions) > 1:
        raise DateError(
            f"{whole!r} mixes precisions ({' and '.join(precisions)}): give every date of {what} to the same precision"
        )
    keys = [o.sort_key for o in options]
    if any(a >= b for a, b in itertools.pairwise(keys)):
        if form == "one of":
            raise DateError(f"{whole!r} lists its dates out of order: write each date once, earliest first")
        raise DateError(f"{whole!r} does not end after it starts: write the earlier date first")
    return Uncertain(form, options)


# Pure, and asked of the same few thousand strings hundreds of thousands of times (730,000 at 10,000 events).
@lru_cache(maxsize=65_536)
def parse(text: str) -> DateValue:
    """Parse a date string (one date, a set or a range); raise DateError saying what was expected."""
    text = text or ""
    if text.startswith("[") or text.endswith("]"):
        if not (text.startswith("[") and text.endswith("]")):
            raise DateError(f"{text!r} is not a date: {EXPECTED}")
        parts = text[1:-1].split(",")
        if len(parts) < 2:
            raise DateError(f"{text!r} lists one date: a set needs two or more, or write the date alone")
        return _several(text, parts, "one of")
    if "/" in text:
        parts = text.split("/")
        if len(parts) != 2:
            raise DateError(f"{text!r} is not a date: {EXPECTED}")
        return _several(text, parts, "between")
    return _one(text, text)


@dataclass(frozen=True)
class Shown:
    """A record's date as a reader sees it: its words and its mark, which travel together.

    Every place that shows a record's date (pages, tables, chart tooltips, footnotes,
    page descriptions, open data) takes this value. Its one plain-text form, ``str()``,
    carries the mark: "20 November 2014 (inferred)". A renderer that styles the mark
    goes through ``styled``, which gives it both parts or neither; the words alone are
    not offered. An uncertain date's words say so themselves ("… or …", "between …").
    """

    _words: str
    _mark: Literal["", "inferred"] = ""
    reason: str = ""
    """Why the date is inferred or uncertain (for a title on hover)."""

    def __str__(self) -> str:
        return f"{self._words} ({self._mark})" if self._mark else self._words

    def styled(self, words: Callable[[str], T], mark: Callable[[str, str], T]) -> T:
        """The date through a renderer's two formatters: ``words(text)`` and ``mark(label, reason)``, joined."""
        out = words(self._words)
        return out + mark(self._mark, self.reason) if self._mark else out


def shown(when: When | None, undated_reason: str = "") -> Shown:
    """A date in words saying its precision ("December 2022 or December 2023"), with its mark."""
    if when is None:
        return Shown("Date not known" + (f" ({undated_reason})" if undated_reason else ""))
    text = parse(when.date).text()
    if when.qualifier:
        # "mid-" joins its date ("mid-2014"); words take a space ("before 2016").
        text = f"{when.qualifier}{text}" if when.qualifier.endswith("-") else f"{when.qualifier} {text}"
    return Shown(text, "inferred" if when.basis == "inferred" else "", when.reason)


def describe(when: When | None, undated_reason: str = "") -> str:
    """The date as plain text, its mark included: "20 November 2014 (inferred)"."""
    return str(shown(when, undated_reason))


def precision_label(when: When | None) -> str:
    if when is None:
        return "unknown"
    value = parse(when.date)
    label = {"day": "to the day", "month": "to the month", "year": "to the year"}[value.precision]
    if value.uncertain:
        each = "each " if value.form == "one of" else "both ends "
        kind = f"one of {len(value.options)} dates" if value.form == "one of" else "a range"
        return f"{kind}, {each}{label}"
    if value.year is None:
        label += ", year unknown"
    return label


def year_of(when: When | None) -> int | None:
    """The year, when there is exactly one; None if unknown or uncertain between years."""
    if when is None:
        return None
    years = parse(when.date).candidate_years
    return years[0] if len(years) == 1 else None


def candidate_years(when: When | None) -> tuple[int, ...]:
    """Every year the date may fall in, earliest first (empty when the year is unknown)."""
    return parse(when.date).candidate_years if when is not None else ()


def sort_key(when: When | None) -> tuple[int, int, int]:
    """Sorts by the earliest date; undated last."""
    return parse(when.date).sort_key if when is not None else (9999, 99, 99)


def year_keys(when: When | None) -> list[str]:
    """Every year page a date belongs on: one year, each candidate year, or "undated"."""
    years = candidate_years(when)
    return [str(y) for y in years] if years else [UNDATED]


def year_key(when: When | None) -> str:
    """The one year page a record lives on: its year, or its earliest candidate year when uncertain."""
    return year_keys(when)[0]


def year_uncertain(when: When | None) -> bool:
    """Whether the date allows more than one year (list it under each, marked as uncertain)."""
    return len(candidate_years(when)) > 1


def bounds(when: When | None) -> tuple[str | None, str | None]:
    """The earliest and latest calendar day the date allows, as ISO 8601 (None where open or unknown).

    "2016" spans 2016-01-01 to 2016-12-31; "[2022-12-12,2023-12-12]" spans the two
    days; "by November 2014" has no earliest day.
    """
    if when is None:
        return (None, None)
    value = parse(when.date)
    earliest = None if when.qualifier in OPEN_BEFORE else value.first_day()
    return (earliest, value.last_day())
