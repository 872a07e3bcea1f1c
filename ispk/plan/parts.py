"""Long lists of a year's events cut into numbered part pages of a fixed size.

A year page that listed every event grew with the record: years/undated/ reached 6.4 MB of HTML
at 10,000 events. Past PART_SIZE events, the year page and the events index link to part pages
of at most PART_SIZE events each. Events have pages of their own, so no record's home moves;
every event stays two clicks from the events index (index -> part -> event).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import routes

PART_SIZE = 200  # events per part page: about 400 KB of HTML, well under 1 MB


def chunks(items: Sequence) -> list[tuple]:
    """The parts of a list too long for one page; none when it fits on one."""
    if len(items) <= PART_SIZE:
        return []
    return [tuple(items[i : i + PART_SIZE]) for i in range(0, len(items), PART_SIZE)]


def path(year: str, number: int) -> str:
    return routes.year_part(year, "events", number)


def label(number: int, part: Sequence) -> str:
    """The label of a part ("Part 2: events 201–400"): its place's place in the year's list (its records are in date order)."""
    first = (number - 1) * PART_SIZE + 1
    return f"Part {number}: events {first}–{first + len(part) - 1}"
