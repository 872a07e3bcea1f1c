"""Partial dates: a subset of EDTF (ISO 8601-2) that says what is known.

A date is known to the day, the month or the year; the year itself may be
unknown ("1 September", year not stated). Parsing is strict so that a typo is
an error, not a silently different date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Literal

from .model import When

Precision = Literal["day", "month", "year"]

_PATTERN = re.compile(r"^(?P<y>\d{4}|XXXX)(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
MONTHS = tuple(calendar.month_name)[1:]
UNDATED = "undated"
"""The year key (and page) of records with no known year."""


class DateError(ValueError):
    pass


@dataclass(frozen=True)
class Partial:
    year: int | None
    month: int | None
    day: int | None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # Unknown years sort last; unknown parts sort before known ones.
        return (self.year if self.year is not None else 9999, self.month or 0, self.day or 0)

    def text(self) -> str:
        parts = []
        if self.day is not None:
            parts.append(str(self.day))
        if self.month is not None:
            parts.append(MONTHS[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts) if self.year is not None else " ".join(parts) + " (year not stated)"

    def iso(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return y
        if self.day is None:
            return f"{y}-{self.month:02d}"
        return f"{y}-{self.month:02d}-{self.day:02d}"


def parse(text: str) -> Partial:
    """Parse an EDTF-subset string; raise DateError saying what was expected."""
    match = _PATTERN.match(text or "")
    if not match:
        raise DateError(
            f"{text!r} is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM or XXXX-MM-DD"
        )
    year = None if match["y"] == "XXXX" else int(match["y"])
    month = int(match["m"]) if match["m"] else None
    day = int(match["d"]) if match["d"] else None
    if year is None and month is None:
        raise DateError(f"{text!r} says nothing: a date needs at least a year or a month")
    if year is not None and not 1900 <= year <= 2100:
        raise DateError(f"{text!r} has year {year}: expected a year between 1900 and 2100")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"{text!r} has month {month}: expected 01 to 12")
    if day is not None:
        # A leap year stands in for an unknown one, so 29 February is allowed.
        last = calendar.monthrange(year if year is not None else 2000, month)[1]
        if not 1 <= day <= last:
            raise DateError(f"{text!r} has day {day}: that month has {last} days")
    return Partial(year, month, day)


def describe(when: When | None, undated_reason: str = "") -> str:
    """Human text for a date, saying its precision and whether it is inferred."""
    if when is None:
        return "Date not known" + (f" ({undated_reason})" if undated_reason else "")
    partial = parse(when.date)
    text = partial.text()
    if when.qualifier:
        # "mid-" joins its date ("mid-2014"); words take a space ("before 2016").
        text = f"{when.qualifier}{text}" if when.qualifier.endswith("-") else f"{when.qualifier} {text}"
    return text


def precision_label(when: When | None) -> str:
    if when is None:
        return "unknown"
    partial = parse(when.date)
    label = {"day": "to the day", "month": "to the month", "year": "to the year"}[partial.precision]
    if partial.year is None:
        label += ", year unknown"
    return label


def year_of(when: When | None) -> int | None:
    return parse(when.date).year if when is not None else None


def sort_key(when: When | None) -> tuple[int, int, int]:
    return parse(when.date).sort_key if when is not None else (9999, 99, 99)


def year_key(when: When | None) -> str:
    """The year page a dated record belongs to: "2016", or "undated"."""
    year = year_of(when)
    return str(year) if year is not None else UNDATED
