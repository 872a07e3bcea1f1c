"""Long lists of a year's events, statements and figures cut into numbered part pages of a fixed size.

A year page that listed every record grew with the record: years/undated/ reached 6.4 MB of
HTML at 10,000 events. Past PART_SIZE, a year's events, and its statements and figures shown on
another page (their home: an event's, a speaker's, or for one with neither and no known year, its
first source's: routes.home_of), go to part pages of at most PART_SIZE each, linked from the year page
and from the events, statements and figures indexes. Only copies move, so no record's home
moves; every record stays two clicks from its index (index -> part -> record).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from .. import dates, kinds, routes
from ..index import Index
from ..model import Event, Statement, Statistic, When

T = TypeVar("T")
Item = Event | Statement | Statistic

PART_SIZE = 200  # records per part page: about 400 KB of HTML for events, well under 1 MB
KEYS = ("events", "statements", "statistics")
"""The lists that may be cut into parts: a year's events, and its statements and figures that live elsewhere."""
NOUN = {"events": "events", "statements": "statements", "statistics": "figures"}
"""How a part's label names its records."""


def listed_apart(ix: Index, year: str, key: str) -> list[Item]:
    """The records of a year that may go to part pages, in date order: its events, or the
    statements and figures that live on another page (a dated statement with no event or speaker,
    and a figure with a period, live on their year's)."""
    items: list[Item] = list(ix.by_year[year][key])
    if not kinds.BY_ATTR[key].pages:  # a record with no page of its own may live on its year's
        items = [r for r in items if not _lives_on(year, key, r)]
    return sorted(items, key=lambda r: (dates.sort_key(when(r)), r.id))


def living_on(ix: Index, year: str, key: str) -> list[Any]:
    """The statements or figures whose home is this year's page: it lists them in full, however many."""
    return [r for r in ix.by_year[year][key] if _lives_on(year, key, r)]


def when(record: Item) -> When | None:
    return record.period if isinstance(record, Statistic) else record.date


def _lives_on(year: str, key: str, record: Item) -> bool:
    return routes.home_page(kinds.BY_ATTR[key].name, record) == routes.page_path("year", year)


def cut(ix: Index, year: str, key: str) -> list[tuple[Item, ...]]:
    """The parts of a year's list too long for its page; none when it fits."""
    items = listed_apart(ix, year, key) if key in KEYS else []
    if len(items) <= PART_SIZE:
        return []
    return [tuple(items[i : i + PART_SIZE]) for i in range(0, len(items), PART_SIZE)]


LINKS_PART_SIZE = 2000  # links per part page of a bare list of links (one JSON file per record): about 200 KB of HTML
LINKS_ON_PAGE = PART_SIZE
"""The most of a kind's JSON files the Open data page lists itself: it lists six kinds' files, so past
this a kind's go to part pages of LINKS_PART_SIZE, and the page stays the same size however many there are."""


def chunks(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """``items`` in parts of at most ``size``; one part when they fit."""
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)] or [()]


def path(year: str, key: str, number: int) -> str:
    return routes.year_part(year, key, number)


def label(key: str, number: int, part: Sequence[object]) -> str:
    """The label of a part ("Part 2: events 201–400"): its place in the year's list, in date order."""
    first = (number - 1) * PART_SIZE + 1
    return f"Part {number}: {NOUN[key]} {first}–{first + len(part) - 1}"
