"""Long lists of a year's events and statements cut into numbered part pages of a fixed size.

A year page that listed every record grew with the record: years/undated/ reached 6.4 MB of
HTML at 10,000 events. Past PART_SIZE, a year's events, and its statements shown on another
page (an event's or a speaker's, their home), go to part pages of at most PART_SIZE each,
linked from the year page and from the events and statements indexes. Only copies move, so no
record's home moves; every record stays two clicks from its index (index -> part -> record).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .. import dates, routes
from ..index import Index
from ..model import Event, Statement

T = TypeVar("T")

PART_SIZE = 200  # records per part page: about 400 KB of HTML for events, well under 1 MB
KEYS = ("events", "statements")
"""The lists that may be cut into parts: a year's events, and its statements that live elsewhere."""


def listed_apart(ix: Index, year: str, key: str) -> list[Event | Statement]:
    """The records of a year that may go to part pages, in date order: its events, or the
    statements that live on another page (a statement with no event or speaker lives on its year's)."""
    items: list[Event | Statement] = list(ix.by_year[year][key])
    if key == "statements":
        items = [s for s in items if not _lives_on(year, s)]
    return sorted(items, key=lambda r: (dates.sort_key(r.date), r.id))


def living_on(ix: Index, year: str) -> list[Statement]:
    """The statements whose home is this year's page: it lists them in full, however many."""
    return [s for s in ix.by_year[year]["statements"] if _lives_on(year, s)]


def _lives_on(year: str, statement: Event | Statement) -> bool:
    return routes.home_of("statement", statement).partition("#")[0] == routes.page_path("year", year)


def cut(ix: Index, year: str, key: str) -> list[tuple[Event | Statement, ...]]:
    """The parts of a year's list too long for its page; none when it fits."""
    items = listed_apart(ix, year, key) if key in KEYS else []
    if len(items) <= PART_SIZE:
        return []
    return [tuple(items[i : i + PART_SIZE]) for i in range(0, len(items), PART_SIZE)]


LINKS_PART_SIZE = 2000  # links per part page of a bare list of links (one JSON file per record): about 200 KB of HTML


def chunks(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """``items`` in parts of at most ``size``; one part when they fit."""
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)] or [()]


def path(year: str, key: str, number: int) -> str:
    return routes.year_part(year, key, number)


def label(key: str, number: int, part: Sequence[object]) -> str:
    """The label of a part ("Part 2: events 201–400"): its place in the year's list, in date order."""
    first = (number - 1) * PART_SIZE + 1
    return f"Part {number}: {key} {first}–{first + len(part) - 1}"
