"""Events: a page per event and the index of events (every event, or counts per year past LISTING_LIMIT)."""

from __future__ import annotations

from collections.abc import Iterator

from ... import dates
from ..page import Page
from . import base
from .base import Env, by_year, index_page, record_page


def pages(env: Env) -> Iterator[Page]:
    ix = env.ix
    for e in ix.data.events:
        yield record_page(
            env,
            kind="event",
            ident=e.id,
            title=e.title,
            record=e,
            description=f"{dates.describe(e.date)}: {e.title}. {e.kind.capitalize()}, with sources and quotes.",
            e=e,
            x=ix.by_event[e.id],
            year=dates.year_key(e.date),
            years=ix.years_of(e.date),
            year_uncertain=ix.year_uncertain(e.date),
            sources=sorted({u.cite.source for u in ix.uses_of(e)}),
        )


def index(env: Env) -> Page:
    events = env.ix.data.events
    title, description = "Events", "Every event in the record, in date order."
    if len(events) > base.LISTING_LIMIT:
        return index_page(env, "event", title, description, by_year=by_year(env, "events", "events"))
    rows = tuple(sorted(events, key=lambda e: (dates.sort_key(e.date), e.id)))
    return index_page(env, "event", title, description, template="events_index.md.j2", events=rows)
