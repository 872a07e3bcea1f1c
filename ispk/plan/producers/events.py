"""Events: a page per event and the index of events (every event, or counts per year past LISTING_LIMIT)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ... import dates, kinds
from ...model import Event, Region, Source
from .. import shown
from ..facets import FacetData, when_years
from ..folds import Listings
from ..page import Context, Facets, Page
from . import base
from .base import Env, by_year, index_page, record_page


@dataclass(frozen=True, kw_only=True)
class EventPage(Context):
    event: Event
    listings: Listings
    """The events within it, the statements made at it and the figures it published."""
    year: str | None
    """The year it is filed under (None: no year is known)."""
    years: tuple[str, ...]
    """Every year it may fall in: more than one when its year is uncertain."""
    year_uncertain: bool
    regions_of_places: tuple[Region, ...]
    """The regions its places lie in, beyond the regions it names itself."""
    sources_differ: bool
    """Whether its accounts give different death tolls (both are shown, with the range)."""
    sources: tuple[Source, ...]
    """Every source cited anywhere on the event, by id."""


@dataclass(frozen=True, kw_only=True)
class EventsIndexPage(Context):
    heading: str
    intro: str
    events: tuple[Event, ...]
    """Every event, in date order."""


def pages(env: Env) -> Iterator[Page]:
    return pages_of(env, env.ix.data.events)


def pages_of(env: Env, events: Iterable[Event]) -> Iterator[Page]:
    """The pages of these events (the incremental plan asks for a few)."""
    ix = env.ix
    for e in events:
        yield record_page(
            env,
            kind="event",
            ident=e.id,
            title=e.title,
            record=e,
            description=f"{dates.describe(e.date)}: {e.title}. {e.kind.capitalize()}, with sources and quotes.",
            context=EventPage(
                event=e,
                listings=Listings(ix.by_event[e.id]),
                year=dates.year_key(e.date),
                years=tuple(ix.years_of(e.date)),
                year_uncertain=ix.year_uncertain(e.date),
                regions_of_places=tuple(ix.regions[r] for r in sorted({ix.place_region(p) for p in e.places} - set(e.regions))),
                sources_differ=shown.sources_differ(e),
                sources=tuple(ix.sources[s] for s in sorted({u.cite.source for u in ix.uses_of(e)})),
            ),
        )


def index(env: Env) -> Page:
    events = env.ix.data.events
    title, description = "Events", "Every event in the record, in date order."
    if len(events) > base.LISTING_LIMIT:
        return index_page(env, "event", title, description, by_year=by_year(env, "events", "events"))
    rows = tuple(sorted(events, key=lambda e: (dates.sort_key(e.date), e.id)))
    intro = EventsIndexPage(heading=title, intro=kinds.kind("event").blurb, events=rows)
    return index_page(env, "event", title, description, intro, template="events_index.md.j2")


def facets(fx: FacetData, k: kinds.Kind, record: Event) -> Facets:
    """An event's page: its own groups, regions, years and sources."""
    return Facets(
        kind=k.facet_label,
        groups=fx.groups(fx.ix.record_groups(record)),
        regions=fx.regions(fx.ix.event_regions(record)),
        years=when_years(record.date),
        sources=fx.sources(fx.cited(record)),
    )
